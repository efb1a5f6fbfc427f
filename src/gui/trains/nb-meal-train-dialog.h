/* nb-meal-train-dialog.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_MEAL_TRAIN_DIALOG (nb_meal_train_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NbMealTrainDialog, nb_meal_train_dialog, NB, MEAL_TRAIN_DIALOG, AdwWindow)

NbMealTrainDialog *nb_meal_train_dialog_new (GtkWindow   *parent,
                                             NbStore     *store,
                                             NbMealTrain *train,
                                             gint64       recipient);

G_END_DECLS
