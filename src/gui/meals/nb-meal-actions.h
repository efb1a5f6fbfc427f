/* nb-meal-actions.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"
#include "nb-undo-delete.h"
#include "nb-view.h"

G_BEGIN_DECLS

#define NB_TYPE_MEAL_ACTIONS (nb_meal_actions_get_type ())

G_DECLARE_FINAL_TYPE (NbMealActions, nb_meal_actions, NB, MEAL_ACTIONS, GObject)

NbMealActions *nb_meal_actions_new         (GtkWindow     *window,
                                            NbStore       *store,
                                            NbUndoDelete  *deletes) G_GNUC_WARN_UNUSED_RESULT;
GActionGroup  *nb_meal_actions_get_actions (NbMealActions *self);
void           nb_meal_actions_watch_view  (NbMealActions *self,
                                            NbView        *view);
void           nb_meal_actions_plan        (NbMealActions *self,
                                            const GDate   *day,
                                            GArray        *contact_ids);
void           nb_meal_actions_edit        (NbMealActions *self,
                                            NbMeeting     *meeting);
void           nb_meal_actions_move        (NbMealActions *self,
                                            NbMeeting     *meeting,
                                            const GDate   *day);

G_END_DECLS
