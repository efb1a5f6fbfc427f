/* nb-sync-error.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NB_SYNC_ERROR (nb_sync_error_quark ())

/**
 * NbSyncError:
 * @NB_SYNC_ERROR_UNREACHABLE: the server cannot be reached
 * @NB_SYNC_ERROR_CERTIFICATE: the server's certificate is not trusted
 * @NB_SYNC_ERROR_AUTH: the server refused the user name or password
 * @NB_SYNC_ERROR_NOT_FOUND: there is nothing at that address
 * @NB_SYNC_ERROR_CHANGED: it changed on the server meanwhile (412)
 * @NB_SYNC_ERROR_INVALID_TOKEN: the server no longer knows the sync token
 * @NB_SYNC_ERROR_SERVER: the server failed
 * @NB_SYNC_ERROR_PROTOCOL: the server's answer cannot be read
 * @NB_SYNC_ERROR_KEYRING: the system keyring cannot be used
 * @NB_SYNC_ERROR_NO_PASSWORD: the keyring holds no password for the account
 * @NB_SYNC_ERROR_INVALID: the address or the account is not valid
 */
typedef enum
{
  NB_SYNC_ERROR_UNREACHABLE,
  NB_SYNC_ERROR_CERTIFICATE,
  NB_SYNC_ERROR_AUTH,
  NB_SYNC_ERROR_NOT_FOUND,
  NB_SYNC_ERROR_CHANGED,
  NB_SYNC_ERROR_INVALID_TOKEN,
  NB_SYNC_ERROR_SERVER,
  NB_SYNC_ERROR_PROTOCOL,
  NB_SYNC_ERROR_KEYRING,
  NB_SYNC_ERROR_NO_PASSWORD,
  NB_SYNC_ERROR_INVALID,
} NbSyncError;

GQuark nb_sync_error_quark (void);

G_END_DECLS
