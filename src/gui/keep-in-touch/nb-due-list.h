/* nb-due-list.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_DUE_LIST (nb_due_list_get_type ())

G_DECLARE_FINAL_TYPE (NbDueList, nb_due_list, NB, DUE_LIST, GObject)

NbDueList *nb_due_list_new                 (NbStore   *store) G_GNUC_WARN_UNUSED_RESULT;
void       nb_due_list_set_default_cadence (NbDueList *self,
                                            int        days);
void       nb_due_list_reload              (NbDueList *self);
void       nb_due_list_load_more           (NbDueList *self);
gboolean   nb_due_list_get_loading         (NbDueList *self);
gboolean   nb_due_list_get_complete        (NbDueList *self);
gboolean   nb_due_list_get_loaded          (NbDueList *self);

G_END_DECLS
