/* nb-contact-list.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_CONTACT_LIST (nb_contact_list_get_type ())

G_DECLARE_FINAL_TYPE (NbContactList, nb_contact_list, NB, CONTACT_LIST, GObject)

NbContactList *nb_contact_list_new          (NbStore       *store) G_GNUC_WARN_UNUSED_RESULT;
NbStore       *nb_contact_list_get_store    (NbContactList *self);
const char    *nb_contact_list_get_search   (NbContactList *self);
void           nb_contact_list_set_search   (NbContactList *self,
                                             const char    *search);
gboolean       nb_contact_list_get_loading  (NbContactList *self);
gint64         nb_contact_list_get_id       (NbContactList *self,
                                             guint          position);
guint          nb_contact_list_find         (NbContactList *self,
                                             gint64         id);

G_END_DECLS
