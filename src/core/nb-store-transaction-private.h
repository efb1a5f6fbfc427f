/* nb-store-transaction-private.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-db.h"
#include "nb-store-transaction.h"

G_BEGIN_DECLS

/* One class in two files: nb-store-transaction.c for the connection, its
 * transactions and what import and export need; nb-store-transaction-sync.c
 * for what sync needs. */
struct _NbStoreTransaction
{
  GObject   parent_instance;

  NbDb     *db;
  gboolean  writable;
  /* Opened by nb_store_transaction_open(): transactions come and go on
   * it. Otherwise it is one transaction, begun with the object. */
  gboolean  reusable;
  /* That one transaction was committed or rolled back. */
  gboolean  done;
};

G_END_DECLS
