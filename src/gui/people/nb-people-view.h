/* nb-people-view.h
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

#define NB_TYPE_PEOPLE_VIEW (nb_people_view_get_type ())

G_DECLARE_FINAL_TYPE (NbPeopleView, nb_people_view, NB, PEOPLE_VIEW, GtkWidget)

GtkWidget    *nb_people_view_new            (NbStore      *store,
                                             NbUndoDelete *deletes);
void          nb_people_view_set_deletes    (NbPeopleView *self,
                                             NbUndoDelete *deletes);
GActionGroup *nb_people_view_get_actions    (NbPeopleView *self);
void          nb_people_view_show_selection (NbPeopleView *self,
                                             GArray       *ids,
                                             gboolean      no_contacts);
gboolean      nb_people_view_get_editing    (NbPeopleView *self);
gboolean      nb_people_view_get_showing_card (NbPeopleView *self);
guint         nb_people_view_get_n_selected (NbPeopleView *self);
gboolean      nb_people_view_close_request  (NbPeopleView *self);

G_END_DECLS
