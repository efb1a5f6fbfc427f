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

/* libical takes some 4 KiB for each component (an event, an alarm, a time
 * zone) and some 6 bytes for each byte of text it holds. A plainly written
 * calendar is parsed one top-level component at a time (nb-ical.c), so
 * that an import holds the file and one event: measured peak RSS of
 * `netbook --import`, 129 MiB for 199,999 meals (29 MiB, 6.9 s; 761 MiB
 * and 36 s parsed whole) and 149 MiB for 1,000 meals of 60 KiB notes
 * (57 MiB; 393 MiB parsed whole). Any other calendar is parsed whole, and
 * these bound what that may take. The bound on components lets an export
 * of 100,000 contacts' birthdays and 33,000 meals back in (README,
 * Performance); a calendar of a million events is refused before it is
 * parsed. */
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

/* Takes a meal read from a calendar (transfer full); %FALSE, with @error
 * set, stops the reading. */
typedef gboolean (*NbIcalEventFunc) (NbIcalEvent *event,
                                     gpointer     user_data,
                                     GError     **error);

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
gboolean     nb_ical_parse_each       (const char            *text,
                                       const char            *name,
                                       GPtrArray             *problems,
                                       NbIcalEventFunc        func,
                                       gpointer               user_data,
                                       guint                 *n_meals,
                                       GError               **error);
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
