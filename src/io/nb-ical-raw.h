/* nb-ical-raw.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A stretch of content lines, first to last. */
typedef struct
{
  guint first;
  guint last;
} NbIcalSpan;

/* One VCALENDAR of a text, as it was written. */
typedef struct
{
  NbIcalSpan  whole;
  GArray     *components;  /* of NbIcalSpan, those asked for, in order */
  GArray     *zones;       /* of NbIcalSpan, the VTIMEZONEs */
  GPtrArray  *zone_ids;    /* their TZIDs */
  gboolean    plain;       /* one such component, time zones, nothing else */
} NbIcalRawCalendar;

GPtrArray *_nb_ical_find_raw_calendars (GPtrArray         *lines,
                                        const char        *component) G_GNUC_WARN_UNUSED_RESULT;
void       _nb_ical_append_span        (GString           *out,
                                        GPtrArray         *lines,
                                        NbIcalSpan         span);
char      *_nb_ical_component_source   (GPtrArray         *lines,
                                        NbIcalRawCalendar *calendar,
                                        guint              k) G_GNUC_WARN_UNUSED_RESULT;
void       _nb_ical_append_unwritten_zones (GString    *out,
                                            const char *source,
                                            GHashTable *written);

G_END_DECLS
