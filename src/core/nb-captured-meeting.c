/* nb-captured-meeting.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-captured-meeting.h"

/**
 * nb_captured_meeting_new:
 * @key: the event's UID and the occurrence's start
 * @title: (nullable): the event's title
 * @date: when it started, in seconds since the epoch
 *
 * Returns: (transfer full): a meeting without addresses yet
 */
NbCapturedMeeting *
nb_captured_meeting_new (const char *key,
                         const char *title,
                         gint64      date)
{
  NbCapturedMeeting *meeting = g_new0 (NbCapturedMeeting, 1);

  g_return_val_if_fail (key != NULL, NULL);

  meeting->key = g_strdup (key);
  meeting->title = g_strdup (title);
  meeting->date = date;
  meeting->emails = g_ptr_array_new_with_free_func (g_free);

  return meeting;
}

void
nb_captured_meeting_free (NbCapturedMeeting *meeting)
{
  if (meeting == NULL)
    return;

  g_free (meeting->key);
  g_free (meeting->title);
  g_ptr_array_unref (meeting->emails);
  g_free (meeting);
}
