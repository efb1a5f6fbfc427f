/* nb-meal-row.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_MEAL_ROW (nb_meal_row_get_type ())

G_DECLARE_FINAL_TYPE (NbMealRow, nb_meal_row, NB, MEAL_ROW, AdwActionRow)

GtkWidget *nb_meal_row_new         (NbStore   *store,
                                    NbMeeting *meeting,
                                    gboolean   with_day);
NbMeeting *nb_meal_row_get_meeting (NbMealRow *self);

G_END_DECLS
