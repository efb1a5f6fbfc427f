/* nb-address-book.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NB_TYPE_ADDRESS_BOOK (nb_address_book_get_type ())

G_DECLARE_FINAL_TYPE (NbAddressBook, nb_address_book, NB, ADDRESS_BOOK, GObject)

NbAddressBook *nb_address_book_new         (const char           *uid,
                                            const char           *name,
                                            const char           *account) G_GNUC_WARN_UNUSED_RESULT;
const char    *nb_address_book_get_uid     (NbAddressBook        *self);
const char    *nb_address_book_get_name    (NbAddressBook        *self);
const char    *nb_address_book_get_account (NbAddressBook        *self);

GPtrArray     *nb_address_book_list        (GCancellable         *cancellable,
                                            GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void           nb_address_book_list_async  (GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GPtrArray     *nb_address_book_list_finish (GAsyncResult         *result,
                                            GError              **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
