/* nb-meal-trains-group.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_MEAL_TRAINS_GROUP (nb_meal_trains_group_get_type ())

G_DECLARE_FINAL_TYPE (NbMealTrainsGroup, nb_meal_trains_group, NB, MEAL_TRAINS_GROUP, AdwPreferencesGroup)

GtkWidget *nb_meal_trains_group_new (NbStore   *store,
                                     GPtrArray *trains,
                                     gboolean   for_everyone);

G_END_DECLS
