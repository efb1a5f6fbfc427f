/* nb-ical-events.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "nb-calendar-event.h"
#include "nb-captured-meeting.h"

G_BEGIN_DECLS

/**
 * NbOccurrence:
 * @start: when it starts
 * @end: when it ends, excluded
 *
 * One time an event takes place. For an all-day event, both are midnight
 * UTC of a day.
 */
typedef struct
{
  GDateTime *start;
  GDateTime *end;
} NbOccurrence;

void             nb_occurrence_free         (NbOccurrence     *occurrence);
NbCalendarEvent *nb_ical_read_other_event   (const char       *text,
                                             const char       *name,
                                             GError          **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray       *nb_ical_list_occurrences   (NbCalendarEvent  *event,
                                             GDateTime        *from,
                                             GDateTime        *to) G_GNUC_WARN_UNUSED_RESULT;

/* More attendees than this: not personal contact. */
#define NB_CAPTURE_MAX_ATTENDEES 20
/* The most meetings counted from one calendar. */
#define NB_CAPTURE_MAX_MEETINGS 100000
/* How far ahead the next meeting of a calendar is looked for. */
#define NB_CAPTURE_HORIZON_DAYS 400

gboolean         nb_ical_capture_meetings   (NbCalendarEvent  *event,
                                             GDateTime        *now,
                                             GPtrArray        *meetings,
                                             gint64           *next);
gboolean         nb_ical_capture_file       (const char       *text,
                                             const char       *name,
                                             GHashTable       *meals,
                                             GDateTime        *now,
                                             GPtrArray        *meetings,
                                             gboolean         *complete,
                                             GError          **error);
char            *nb_ical_capture_dup_limit_message (const char    *name) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbOccurrence, nb_occurrence_free)

G_END_DECLS
