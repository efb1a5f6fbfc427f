/* nb-address-book-importer.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-address-book.h"
#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_ADDRESS_BOOK_IMPORTER (nb_address_book_importer_get_type ())

G_DECLARE_FINAL_TYPE (NbAddressBookImporter, nb_address_book_importer, NB, ADDRESS_BOOK_IMPORTER, GObject)

NbAddressBookImporter *nb_address_book_importer_new             (NbStore               *store,
                                                                 NbAddressBook         *book) G_GNUC_WARN_UNUSED_RESULT;
NbAddressBook         *nb_address_book_importer_get_book        (NbAddressBookImporter *self);
gboolean               nb_address_book_importer_run             (NbAddressBookImporter *self,
                                                                 GCancellable          *cancellable,
                                                                 GError               **error);
void                   nb_address_book_importer_run_async       (NbAddressBookImporter *self,
                                                                 GCancellable          *cancellable,
                                                                 GAsyncReadyCallback    callback,
                                                                 gpointer               user_data);
gboolean               nb_address_book_importer_run_finish      (NbAddressBookImporter *self,
                                                                 GAsyncResult          *result,
                                                                 GError               **error);
double                 nb_address_book_importer_get_fraction    (NbAddressBookImporter *self);
guint                  nb_address_book_importer_get_n_added     (NbAddressBookImporter *self);
guint                  nb_address_book_importer_get_n_updated   (NbAddressBookImporter *self);
guint                  nb_address_book_importer_get_n_unchanged (NbAddressBookImporter *self);
guint                  nb_address_book_importer_get_n_skipped   (NbAddressBookImporter *self);
GPtrArray             *nb_address_book_importer_get_problems    (NbAddressBookImporter *self);
char                  *nb_address_book_importer_dup_summary     (NbAddressBookImporter *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
