/* nb-captured-meeting.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One past time of an event of a calendar the user chose to count as
 * interactions: @key names the event and the occurrence (stable while the
 * event does not move), @emails its organizer's and attendees' addresses. */
typedef struct
{
  char      *key;
  char      *title;
  gint64     date;
  GPtrArray *emails;
} NbCapturedMeeting;

NbCapturedMeeting *nb_captured_meeting_new  (const char        *key,
                                             const char        *title,
                                             gint64             date) G_GNUC_WARN_UNUSED_RESULT;
void               nb_captured_meeting_free (NbCapturedMeeting *meeting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbCapturedMeeting, nb_captured_meeting_free)

G_END_DECLS
