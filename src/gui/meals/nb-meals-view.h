/* nb-meals-view.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-store.h"
#include "nb-view.h"

G_BEGIN_DECLS

#define NB_TYPE_MEALS_VIEW (nb_meals_view_get_type ())

G_DECLARE_FINAL_TYPE (NbMealsView, nb_meals_view, NB, MEALS_VIEW, GtkWidget)

GtkWidget   *nb_meals_view_new            (void);
const GDate *nb_meals_view_get_week_start (NbMealsView *self);

G_END_DECLS
