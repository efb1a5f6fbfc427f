/* nb-contact-sidebar.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_CONTACT_SIDEBAR (nb_contact_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (NbContactSidebar, nb_contact_sidebar, NB, CONTACT_SIDEBAR, GtkWidget)

GtkWidget *nb_contact_sidebar_new              (NbStore          *store);
NbStore   *nb_contact_sidebar_get_store        (NbContactSidebar *self);
void       nb_contact_sidebar_set_store        (NbContactSidebar *self,
                                                NbStore          *store);
guint      nb_contact_sidebar_get_n_selected   (NbContactSidebar *self);
guint      nb_contact_sidebar_get_n_due        (NbContactSidebar *self);
void       nb_contact_sidebar_set_keep_in_touch_shown (NbContactSidebar *self,
                                                       gboolean          shown);
GArray    *nb_contact_sidebar_dup_selected_ids (NbContactSidebar *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean   nb_contact_sidebar_has_no_contacts  (NbContactSidebar *self);
void       nb_contact_sidebar_reveal           (NbContactSidebar *self,
                                                gint64            id);
void       nb_contact_sidebar_clear_search     (NbContactSidebar *self);
void       nb_contact_sidebar_focus_search     (NbContactSidebar *self);
void       nb_contact_sidebar_focus_list       (NbContactSidebar *self);
void       nb_contact_sidebar_set_key_capture  (NbContactSidebar *self,
                                                GtkWidget        *widget);

G_END_DECLS
