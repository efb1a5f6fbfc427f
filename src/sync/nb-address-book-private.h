/* nb-address-book-private.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* libebook's and libedataserver's headers use API that GLib has deprecated
 * since. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#include <libebook/libebook.h>
G_GNUC_END_IGNORE_DEPRECATIONS

#include "nb-address-book.h"

G_BEGIN_DECLS

/* libebook 3.46 declares no cleanup functions for these. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EBookClient, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EBookClientCursor, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EContact, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EBookQuery, e_book_query_unref)

/* How long Evolution Data Server may take to start, or an address book to
 * open, before the import gives up. */
#define NB_ADDRESS_BOOK_TIMEOUT_S 30

ESourceRegistry *_nb_address_book_open_registry (GCancellable  *cancellable,
                                                 GError       **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
