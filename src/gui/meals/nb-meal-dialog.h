/* nb-meal-dialog.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_MEAL_DIALOG (nb_meal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NbMealDialog, nb_meal_dialog, NB, MEAL_DIALOG, AdwWindow)

NbMealDialog *nb_meal_dialog_new              (GtkWindow   *parent,
                                               NbStore     *store,
                                               NbMeeting   *meeting);
NbMealDialog *nb_meal_dialog_new_for_contacts (GtkWindow   *parent,
                                               NbStore     *store,
                                               const GDate *day,
                                               NbMealKind   kind,
                                               GArray      *contact_ids);

G_END_DECLS
