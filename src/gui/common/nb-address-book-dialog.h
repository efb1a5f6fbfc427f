/* nb-address-book-dialog.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_ADDRESS_BOOK_DIALOG (nb_address_book_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NbAddressBookDialog, nb_address_book_dialog, NB, ADDRESS_BOOK_DIALOG, AdwWindow)

NbAddressBookDialog *nb_address_book_dialog_new (GtkWindow *parent,
                                                 NbStore   *store);

G_END_DECLS
