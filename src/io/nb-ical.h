/* nb-ical.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "nb-birthday.h"
#include "nb-calendar-event.h"
#include "nb-meeting.h"

G_BEGIN_DECLS

/* A calendar is parsed whole by libical, which takes some 4 KiB for each
 * component (an event, an alarm, a time zone) and some 6 bytes for each
 * byte of text: these bound what reading one may take. Measured peak RSS
 * of `netbook --import`: 135 MiB for 30,000 meals (4 MiB), 393 MiB for
 * 1,000 meals of 60 KiB notes (60 MiB), 761 MiB for 200,000 meals
 * (30 MiB, 36 s). The bound on components
 * lets an export of 100,000 contacts' birthdays and 33,000 meals back in
 * (README, Performance); a calendar of a million events is refused before
 * it is parsed. Parsing one event at a time would lower both. */
#define NB_ICAL_MAX_BYTES      (64 * 1024 * 1024)
#define NB_ICAL_MAX_COMPONENTS 200000

/**
 * NbIcalEvent:
 * @meeting: the meal, its attendees not yet linked to contacts
 * @attendee_uids: (element-type utf8): for each attendee, the UID of the
 *   contact it names (urn:uuid:…), or an empty string
 *
 * A meal read from a calendar.
 */
typedef struct
{
  NbMeeting *meeting;
  GPtrArray *attendee_uids;
} NbIcalEvent;

/* Gives the UID of a contact, for an attendee without an email address. */
typedef char *(*NbIcalContactUidFunc) (gint64   contact_id,
                                       gpointer user_data);

/* Finds the contact of an attendee; returns its id, or 0. */
typedef gint64 (*NbIcalFindContactFunc) (const char *email,
                                         const char *uid,
                                         gpointer    user_data);

char        *nb_ical_calendar_begin   (void) G_GNUC_WARN_UNUSED_RESULT;
const char  *nb_ical_calendar_end     (void);
char        *nb_ical_write_timezone   (const char            *tzid,
                                       gint64                 since) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_ical_write_meeting    (NbMeeting             *meeting,
                                       NbIcalContactUidFunc   contact_uid,
                                       gpointer               user_data) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_ical_write_meeting_calendar (NbMeeting       *meeting,
                                       NbIcalContactUidFunc   contact_uid,
                                       gpointer               user_data) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_ical_write_source_timezones (NbMeeting       *meeting,
                                       GHashTable            *written) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_ical_write_birthday   (const char            *contact_uid,
                                       const char            *name,
                                       const NbBirthday      *birthday) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *nb_ical_parse            (const char            *text,
                                       const char            *name,
                                       GPtrArray             *problems,
                                       GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     nb_ical_read_resource    (const char            *text,
                                       const char            *name,
                                       NbIcalEvent          **meal,
                                       NbCalendarEvent      **other,
                                       GError               **error);
void         nb_ical_event_free       (NbIcalEvent           *event);
void         nb_ical_event_link_attendees (NbIcalEvent       *event,
                                       NbIcalFindContactFunc  find_contact,
                                       gpointer               user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbIcalEvent, nb_ical_event_free)

G_END_DECLS
