/* nb-meal-train-private.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-meal-train.h"

G_BEGIN_DECLS

void _nb_meal_train_set_id (NbMealTrain *self,
                            gint64       id);

G_END_DECLS
