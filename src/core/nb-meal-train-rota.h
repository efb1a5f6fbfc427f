/* nb-meal-train-rota.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "nb-meal-train-slot.h"
#include "nb-meal-train.h"

G_BEGIN_DECLS

/**
 * NbMealTrainNameFunc:
 * @contact_id: a helper: a contact's id, or %NB_TRAIN_HELPER_ME
 * @user_data: the data given with the function
 *
 * Gives the name of a helper of a meal train.
 *
 * Returns: (transfer full) (nullable): the name, or %NULL when there is
 *   none to give
 */
typedef char *(*NbMealTrainNameFunc) (gint64   contact_id,
                                      gpointer user_data);

char *nb_meal_train_format_rota (NbMealTrain         *train,
                                 const char          *recipient_name,
                                 GPtrArray           *slots,
                                 NbMealTrainNameFunc  name_func,
                                 gpointer             user_data) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
