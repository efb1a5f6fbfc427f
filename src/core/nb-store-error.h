/* nb-store-error.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NB_STORE_ERROR (nb_store_error_quark ())

/**
 * NbStoreError:
 * @NB_STORE_ERROR_FAILED: any other failure
 * @NB_STORE_ERROR_NEWER_VERSION: the database was written by a newer Netbook
 * @NB_STORE_ERROR_NOT_NETBOOK: the file is another program's database
 * @NB_STORE_ERROR_CORRUPT: the file is damaged or is not a database
 * @NB_STORE_ERROR_FULL: the disk is full
 * @NB_STORE_ERROR_IO: the file could not be read or written
 * @NB_STORE_ERROR_BUSY: another program holds the database locked
 * @NB_STORE_ERROR_NOT_FOUND: the contact does not exist
 * @NB_STORE_ERROR_INVALID: the data is not acceptable, such as an empty name
 * @NB_STORE_ERROR_MIGRATION: upgrading the database failed; it is unchanged
 * @NB_STORE_ERROR_EXISTS: it was added before
 * @NB_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 */
typedef enum
{
  NB_STORE_ERROR_FAILED,
  NB_STORE_ERROR_NEWER_VERSION,
  NB_STORE_ERROR_NOT_NETBOOK,
  NB_STORE_ERROR_CORRUPT,
  NB_STORE_ERROR_FULL,
  NB_STORE_ERROR_IO,
  NB_STORE_ERROR_BUSY,
  NB_STORE_ERROR_NOT_FOUND,
  NB_STORE_ERROR_INVALID,
  NB_STORE_ERROR_MIGRATION,
  NB_STORE_ERROR_EXISTS,
  NB_STORE_ERROR_READ_ONLY,
} NbStoreError;

GQuark nb_store_error_quark (void);

G_END_DECLS
