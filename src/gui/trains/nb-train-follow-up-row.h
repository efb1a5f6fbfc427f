/* nb-train-follow-up-row.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_TRAIN_FOLLOW_UP_ROW (nb_train_follow_up_row_get_type ())

G_DECLARE_FINAL_TYPE (NbTrainFollowUpRow, nb_train_follow_up_row, NB, TRAIN_FOLLOW_UP_ROW, GtkListBoxRow)

GtkWidget *nb_train_follow_up_row_new (NbStore               *store,
                                       const NbMealTrainSlot *slot);

G_END_DECLS
