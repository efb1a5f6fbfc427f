/* nb-follow-up-row.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-meeting.h"

G_BEGIN_DECLS

#define NB_TYPE_FOLLOW_UP_ROW (nb_follow_up_row_get_type ())

G_DECLARE_FINAL_TYPE (NbFollowUpRow, nb_follow_up_row, NB, FOLLOW_UP_ROW, GtkListBoxRow)

GtkWidget *nb_follow_up_row_new         (NbMeeting     *meeting);
NbMeeting *nb_follow_up_row_get_meeting (NbFollowUpRow *self);

G_END_DECLS
