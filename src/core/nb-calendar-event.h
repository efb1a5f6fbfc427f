/* nb-calendar-event.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NB_TYPE_CALENDAR_EVENT (nb_calendar_event_get_type ())

G_DECLARE_FINAL_TYPE (NbCalendarEvent, nb_calendar_event, NB, CALENDAR_EVENT, GObject)

NbCalendarEvent *nb_calendar_event_new          (const char      *uid,
                                                 const char      *summary,
                                                 const char      *location,
                                                 GDateTime       *start,
                                                 GDateTime       *end,
                                                 gboolean         all_day,
                                                 GDateTime       *until,
                                                 gboolean         repeats,
                                                 const char      *source) G_GNUC_WARN_UNUSED_RESULT;
const char      *nb_calendar_event_get_uid      (NbCalendarEvent *self);
const char      *nb_calendar_event_get_summary  (NbCalendarEvent *self);
const char      *nb_calendar_event_get_location (NbCalendarEvent *self);
GDateTime       *nb_calendar_event_get_start    (NbCalendarEvent *self);
GDateTime       *nb_calendar_event_get_end      (NbCalendarEvent *self);
gboolean         nb_calendar_event_get_all_day  (NbCalendarEvent *self);
GDateTime       *nb_calendar_event_get_until    (NbCalendarEvent *self);
gboolean         nb_calendar_event_get_repeats  (NbCalendarEvent *self);
const char      *nb_calendar_event_get_source   (NbCalendarEvent *self);

G_END_DECLS
