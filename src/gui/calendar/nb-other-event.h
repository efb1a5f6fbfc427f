/* nb-other-event.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-calendar-event.h"
#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_OTHER_EVENT (nb_other_event_get_type ())

G_DECLARE_FINAL_TYPE (NbOtherEvent, nb_other_event, NB, OTHER_EVENT, GObject)

NbOtherEvent    *nb_other_event_new            (NbCalendarEvent *event,
                                                GDateTime       *start,
                                                GDateTime       *end) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray       *nb_other_event_list           (NbStore         *store,
                                                const GDate     *first,
                                                guint            n_days) G_GNUC_WARN_UNUSED_RESULT;
NbCalendarEvent *nb_other_event_get_event      (NbOtherEvent    *self);
GDateTime       *nb_other_event_get_start      (NbOtherEvent    *self);
GDateTime       *nb_other_event_get_end        (NbOtherEvent    *self);
const char      *nb_other_event_get_summary    (NbOtherEvent    *self);
void             nb_other_event_get_days       (NbOtherEvent    *self,
                                                GDate           *first,
                                                GDate           *last);
gboolean         nb_other_event_fills_day      (NbOtherEvent    *self,
                                                const GDate     *day);
char            *nb_other_event_dup_time       (NbOtherEvent    *self,
                                                const GDate     *day) G_GNUC_WARN_UNUSED_RESULT;
char            *nb_other_event_dup_span       (NbOtherEvent    *self) G_GNUC_WARN_UNUSED_RESULT;
char            *nb_other_event_dup_accessible (NbOtherEvent    *self,
                                                const GDate     *day) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
