/* nb-give-and-take-group.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-give-and-take.h"

G_BEGIN_DECLS

#define NB_TYPE_GIVE_AND_TAKE_GROUP (nb_give_and_take_group_get_type ())

G_DECLARE_FINAL_TYPE (NbGiveAndTakeGroup, nb_give_and_take_group, NB, GIVE_AND_TAKE_GROUP, AdwPreferencesGroup)

GtkWidget *nb_give_and_take_group_new  (void);
void       nb_give_and_take_group_show (NbGiveAndTakeGroup  *self,
                                        const NbGiveAndTake *counts,
                                        const char          *name);

G_END_DECLS
