/* nb-contact-history.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"
#include "nb-undo-delete.h"

G_BEGIN_DECLS

#define NB_TYPE_CONTACT_HISTORY (nb_contact_history_get_type ())

G_DECLARE_FINAL_TYPE (NbContactHistory, nb_contact_history, NB, CONTACT_HISTORY, GtkWidget)

GtkWidget  *nb_contact_history_new         (void);
void        nb_contact_history_set_store   (NbContactHistory *self,
                                            NbStore          *store);
void        nb_contact_history_set_deletes (NbContactHistory *self,
                                            NbUndoDelete     *deletes);
void        nb_contact_history_set_contact (NbContactHistory *self,
                                            gint64            contact_id);
GListModel *nb_contact_history_get_model   (NbContactHistory *self);
gboolean    nb_contact_history_load_more   (NbContactHistory *self);
gboolean    nb_contact_history_get_complete (NbContactHistory *self);

G_END_DECLS
