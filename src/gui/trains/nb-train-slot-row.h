/* nb-train-slot-row.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_TRAIN_SLOT_ROW (nb_train_slot_row_get_type ())

G_DECLARE_FINAL_TYPE (NbTrainSlotRow, nb_train_slot_row, NB, TRAIN_SLOT_ROW, GtkListBoxRow)

GtkWidget             *nb_train_slot_row_new       (NbStore               *store,
                                                    NbMealTrain           *train,
                                                    const NbMealTrainSlot *slot,
                                                    GPtrArray             *slots,
                                                    gint64                 earlier,
                                                    gint64                 later);
const NbMealTrainSlot *nb_train_slot_row_get_slot  (NbTrainSlotRow        *self);

G_END_DECLS
