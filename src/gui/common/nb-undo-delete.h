/* nb-undo-delete.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_UNDO_DELETE (nb_undo_delete_get_type ())

G_DECLARE_FINAL_TYPE (NbUndoDelete, nb_undo_delete, NB, UNDO_DELETE, GObject)

NbUndoDelete *nb_undo_delete_new        (NbStore      *store) G_GNUC_WARN_UNUSED_RESULT;
void          nb_undo_delete_contacts   (NbUndoDelete *self,
                                         GtkWidget    *where,
                                         GArray       *ids,
                                         const char   *title);
void          nb_undo_delete_meal       (NbUndoDelete *self,
                                         GtkWidget    *where,
                                         gint64        id,
                                         const char   *title);
void          nb_undo_delete_interaction (NbUndoDelete *self,
                                          GtkWidget    *where,
                                          gint64        id,
                                          const char   *title);
void          nb_undo_delete_commit_all (NbUndoDelete *self);

G_END_DECLS
