/* nb-meeting.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-attendee.h"
#include "nb-enum-types.h"
#include "nb-enums.h"

G_BEGIN_DECLS

#define NB_TYPE_MEETING (nb_meeting_get_type ())

G_DECLARE_FINAL_TYPE (NbMeeting, nb_meeting, NB, MEETING, GObject)

NbMeeting       *nb_meeting_new                  (void) G_GNUC_WARN_UNUSED_RESULT;
NbMeeting       *nb_meeting_new_for_day          (NbMealKind        kind,
                                                  const GDate      *day) G_GNUC_WARN_UNUSED_RESULT;
NbMeeting       *nb_meeting_copy                 (NbMeeting        *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean         nb_meeting_assign               (NbMeeting        *self,
                                                  NbMeeting        *other);
gboolean         nb_meeting_content_equal        (NbMeeting        *self,
                                                  NbMeeting        *other);

gint64           nb_meeting_get_id               (NbMeeting        *self);
const char      *nb_meeting_get_uid              (NbMeeting        *self);
void             nb_meeting_set_uid              (NbMeeting        *self,
                                                  const char       *uid);
NbMealKind       nb_meeting_get_kind             (NbMeeting        *self);
void             nb_meeting_set_kind             (NbMeeting        *self,
                                                  NbMealKind        kind);
GDateTime       *nb_meeting_get_start            (NbMeeting        *self);
void             nb_meeting_set_start            (NbMeeting        *self,
                                                  GDateTime        *start);
guint            nb_meeting_get_duration         (NbMeeting        *self);
void             nb_meeting_set_duration         (NbMeeting        *self,
                                                  guint             minutes);
GDateTime       *nb_meeting_dup_end              (NbMeeting        *self) G_GNUC_WARN_UNUSED_RESULT;
const char      *nb_meeting_get_place            (NbMeeting        *self);
void             nb_meeting_set_place            (NbMeeting        *self,
                                                  const char       *place);
const char      *nb_meeting_get_address          (NbMeeting        *self);
void             nb_meeting_set_address          (NbMeeting        *self,
                                                  const char       *address);
NbPayer          nb_meeting_get_payer            (NbMeeting        *self);
void             nb_meeting_set_payer            (NbMeeting        *self,
                                                  NbPayer           payer);
NbMeetingStatus  nb_meeting_get_status           (NbMeeting        *self);
void             nb_meeting_set_status           (NbMeeting        *self,
                                                  NbMeetingStatus   status);
const char      *nb_meeting_get_notes            (NbMeeting        *self);
void             nb_meeting_set_notes            (NbMeeting        *self,
                                                  const char       *notes);
NbFollowUp       nb_meeting_get_follow_up        (NbMeeting        *self);
GDateTime       *nb_meeting_get_follow_up_date   (NbMeeting        *self);
void             nb_meeting_set_follow_up        (NbMeeting        *self,
                                                  NbFollowUp        follow_up,
                                                  GDateTime        *date);
GPtrArray       *nb_meeting_get_attendees        (NbMeeting        *self);
void             nb_meeting_set_attendees        (NbMeeting        *self,
                                                  GPtrArray        *attendees);
gboolean         nb_meeting_has_contact          (NbMeeting        *self,
                                                  gint64            contact_id);
gint64           nb_meeting_get_created          (NbMeeting        *self);
gint64           nb_meeting_get_updated          (NbMeeting        *self);
const char      *nb_meeting_get_title            (NbMeeting        *self);
void             nb_meeting_set_title            (NbMeeting        *self,
                                                  const char       *title);
const char      *nb_meeting_get_ical_source      (NbMeeting        *self);
void             nb_meeting_set_ical_source      (NbMeeting        *self,
                                                  const char       *source);
char            *nb_meeting_dup_title            (NbMeeting        *self) G_GNUC_WARN_UNUSED_RESULT;
char            *nb_meeting_dup_default_title    (NbMeeting        *self) G_GNUC_WARN_UNUSED_RESULT;

const char      *nb_meal_kind_get_name           (NbMealKind        kind);
gboolean         nb_meal_kind_from_title         (const char       *title,
                                                  NbMealKind       *kind);
gboolean         nb_meal_kind_is_whole_title     (const char       *title);
void             nb_meal_kind_get_default_time   (NbMealKind        kind,
                                                  int              *hour,
                                                  int              *minute);
guint            nb_meal_kind_get_default_duration (NbMealKind      kind);

G_END_DECLS
