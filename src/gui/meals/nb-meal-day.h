/* nb-meal-day.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_MEAL_DAY (nb_meal_day_get_type ())

G_DECLARE_FINAL_TYPE (NbMealDay, nb_meal_day, NB, MEAL_DAY, GtkWidget)

GtkWidget   *nb_meal_day_new       (void);
void         nb_meal_day_set_day   (NbMealDay   *self,
                                    const GDate *day,
                                    gboolean     today);
const GDate *nb_meal_day_get_day   (NbMealDay   *self);
void         nb_meal_day_set_meals (NbMealDay   *self,
                                    NbStore     *store,
                                    GPtrArray   *meals,
                                    GPtrArray   *trains);

G_END_DECLS
