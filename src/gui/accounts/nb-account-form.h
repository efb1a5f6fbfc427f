/* nb-account-form.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_ACCOUNT_FORM (nb_account_form_get_type ())

G_DECLARE_FINAL_TYPE (NbAccountForm, nb_account_form, NB, ACCOUNT_FORM, GtkBox)

GtkWidget *nb_account_form_new   (NbStore       *store);
void       nb_account_form_focus (NbAccountForm *self);

G_END_DECLS
