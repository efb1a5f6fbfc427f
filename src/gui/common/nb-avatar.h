/* nb-avatar.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-contact.h"

G_BEGIN_DECLS

void nb_avatar_show_contact (AdwAvatar *avatar,
                             NbContact *contact);

G_END_DECLS
