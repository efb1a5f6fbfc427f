/* nb-contact-row.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-contact.h"

G_BEGIN_DECLS

#define NB_TYPE_CONTACT_ROW (nb_contact_row_get_type ())

G_DECLARE_FINAL_TYPE (NbContactRow, nb_contact_row, NB, CONTACT_ROW, GtkWidget)

GtkWidget *nb_contact_row_new         (void);
NbContact *nb_contact_row_get_contact (NbContactRow *self);
void       nb_contact_row_set_contact (NbContactRow *self,
                                       NbContact    *contact);

G_END_DECLS
