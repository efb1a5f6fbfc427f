/* nb-meeting-private.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-meeting.h"

G_BEGIN_DECLS

void _nb_meeting_set_id         (NbMeeting *self,
                                 gint64     id);
void _nb_meeting_set_timestamps (NbMeeting *self,
                                 gint64     created,
                                 gint64     updated);

G_END_DECLS
