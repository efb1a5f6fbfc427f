/* nb-contact-chooser.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_CONTACT_CHOOSER (nb_contact_chooser_get_type ())

G_DECLARE_FINAL_TYPE (NbContactChooser, nb_contact_chooser, NB, CONTACT_CHOOSER, GtkWidget)

GtkWidget *nb_contact_chooser_new       (void);
NbStore   *nb_contact_chooser_get_store (NbContactChooser *self);
void       nb_contact_chooser_set_store (NbContactChooser *self,
                                         NbStore          *store);
void       nb_contact_chooser_clear     (NbContactChooser *self);

G_END_DECLS
