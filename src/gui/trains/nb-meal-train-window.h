/* nb-meal-train-window.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_MEAL_TRAIN_WINDOW (nb_meal_train_window_get_type ())

G_DECLARE_FINAL_TYPE (NbMealTrainWindow, nb_meal_train_window, NB, MEAL_TRAIN_WINDOW, AdwWindow)

NbMealTrainWindow *nb_meal_train_window_new          (GtkWindow         *parent,
                                                      NbStore           *store,
                                                      gint64             train_id);
gint64             nb_meal_train_window_get_train_id (NbMealTrainWindow *self);
void               nb_meal_train_window_organise     (GtkWindow         *parent,
                                                      NbStore           *store,
                                                      gint64             recipient);

G_END_DECLS
