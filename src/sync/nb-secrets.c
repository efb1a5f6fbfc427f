/* nb-secrets.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-secrets"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-account.h"
#include "nb-secrets.h"
#include "nb-sync-error.h"

/* Sync accounts' passwords, kept in the system keyring (a Secret Service
 * such as GNOME Keyring) and nowhere else: the database holds only the
 * server and the user name.
 *
 * These functions block on D-Bus, and the keyring may show an unlock
 * prompt and wait for it: call them from a worker thread (a GTask's
 * thread function), never from the main loop. */

typedef enum
{
  OPERATION_STORE,
  OPERATION_LOOKUP,
  OPERATION_CLEAR,
} Operation;

static const SecretSchema schema = {
  .name = "org.example.Netbook.Account",
  .flags = SECRET_SCHEMA_NONE,
  .attributes = {
    { .name = "server", .type = SECRET_SCHEMA_ATTRIBUTE_STRING },
    { .name = "user", .type = SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
};

/**
 * nb_secrets_get_schema:
 *
 * The schema of Netbook's passwords in the keyring:
 * "org.example.Netbook.Account", with the string attributes "server" (the
 * account's server, as nb_account_normalize_server() gives it) and "user".
 *
 * Returns: (transfer none): the schema
 */
const SecretSchema *
nb_secrets_get_schema (void)
{
  return &schema;
}

/* Whether @cause says there is no session bus, or nothing on it that
 * provides org.freedesktop.secrets. */
static gboolean
keyring_is_missing (const GError *cause)
{
  g_autoptr(GDBusConnection) bus = NULL;

  if (cause->domain == G_DBUS_ERROR)
    {
      switch (cause->code)
        {
        case G_DBUS_ERROR_SERVICE_UNKNOWN:
        case G_DBUS_ERROR_NAME_HAS_NO_OWNER:
        case G_DBUS_ERROR_NO_SERVER:
        case G_DBUS_ERROR_DISCONNECTED:
        case G_DBUS_ERROR_SPAWN_EXEC_FAILED:
        case G_DBUS_ERROR_SPAWN_FORK_FAILED:
        case G_DBUS_ERROR_SPAWN_CHILD_EXITED:
        case G_DBUS_ERROR_SPAWN_CHILD_SIGNALED:
        case G_DBUS_ERROR_SPAWN_FAILED:
        case G_DBUS_ERROR_SPAWN_SETUP_FAILED:
        case G_DBUS_ERROR_SPAWN_CONFIG_INVALID:
        case G_DBUS_ERROR_SPAWN_SERVICE_INVALID:
        case G_DBUS_ERROR_SPAWN_SERVICE_NOT_FOUND:
        case G_DBUS_ERROR_SPAWN_PERMISSIONS_INVALID:
        case G_DBUS_ERROR_SPAWN_FILE_INVALID:
        case G_DBUS_ERROR_SPAWN_NO_MEMORY:
          return TRUE;
        default:
          break;
        }
    }

  /* Without a session bus, libsecret passes on GDBus's G_IO_ERROR (such as
   * "Cannot autolaunch D-Bus without X11 $DISPLAY"); ask for the bus
   * again, rather than guess from the error's code. GDBus keeps the
   * connection, so this costs nothing when there is one. */
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  return bus == NULL;
}

/* Turns what libsecret or GDBus reported into an NB_SYNC_ERROR_KEYRING
 * error for people. Takes @cause. Cancellation is passed on as it is. */
static void
propagate_keyring_error (GError    **error,
                         GError     *cause,
                         Operation   operation)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, cause);
      return;
    }

  /* No password is ever part of these messages. */
  g_debug ("Keyring error: %s %d: %s", g_quark_to_string (cause->domain), cause->code,
           cause->message);

  if (g_error_matches (cause, SECRET_ERROR, SECRET_ERROR_IS_LOCKED))
    {
      g_set_error_literal (error, NB_SYNC_ERROR, NB_SYNC_ERROR_KEYRING,
                           _("The keyring is locked"));
    }
  else if (keyring_is_missing (cause))
    {
      g_set_error_literal (error, NB_SYNC_ERROR, NB_SYNC_ERROR_KEYRING,
                           _("No keyring is available: Netbook needs a Secret Service "
                             "such as GNOME Keyring to keep passwords"));
    }
  else
    {
      g_dbus_error_strip_remote_error (cause);

      switch (operation)
        {
        case OPERATION_STORE:
          g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_KEYRING,
                       _("The keyring could not store the password: %s"), cause->message);
          break;
        case OPERATION_LOOKUP:
          g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_KEYRING,
                       _("The keyring could not look up the password: %s"), cause->message);
          break;
        case OPERATION_CLEAR:
        default:
          g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_KEYRING,
                       _("The keyring could not remove the password: %s"), cause->message);
          break;
        }
    }

  g_error_free (cause);
}

/* When the keyring is locked and its unlock prompt is dismissed (or
 * cannot be shown, as without a display), libsecret's lookup gives no
 * password and no error, and its clear removes nothing and reports no
 * error. Looking without unlocking tells that apart from "nothing
 * stored": fails with "locked" if a matching item is there but locked. */
static gboolean
check_not_locked (const char    *server,
                  const char    *user,
                  Operation      operation,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  GError *local_error = NULL;
  GList *items;
  gboolean locked = FALSE;

  attributes = secret_attributes_build (&schema, "server", server, "user", user, NULL);
  items = secret_service_search_sync (NULL, &schema, attributes, SECRET_SEARCH_ALL,
                                      cancellable, &local_error);
  if (local_error != NULL)
    {
      propagate_keyring_error (error, local_error, operation);
      return FALSE;
    }

  for (GList *l = items; l != NULL; l = l->next)
    locked |= secret_item_get_locked (l->data);
  g_list_free_full (items, g_object_unref);

  if (locked)
    {
      g_set_error_literal (error, NB_SYNC_ERROR, NB_SYNC_ERROR_KEYRING,
                           _("The keyring is locked"));
      return FALSE;
    }

  return TRUE;
}

/**
 * nb_secrets_store:
 * @server: the account's server, as nb_account_normalize_server() gives it
 * @user: the user name
 * @password: the password
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Keeps the account's password in the default collection of the keyring
 * (the login keyring), replacing the one stored before. Blocks: call it
 * from a worker thread.
 *
 * Returns: %TRUE on success; %FALSE with an %NB_SYNC_ERROR_KEYRING error
 *   when the keyring is missing, locked or fails (or %G_IO_ERROR_CANCELLED)
 */
gboolean
nb_secrets_store (const char    *server,
                  const char    *user,
                  const char    *password,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(NbAccount) account = NULL;
  g_autofree char *host = NULL;
  g_autofree char *label = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (server != NULL, FALSE);
  g_return_val_if_fail (user != NULL, FALSE);
  g_return_val_if_fail (password != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  account = nb_account_new (0, server, user);
  host = nb_account_dup_host (account);
  /* TRANSLATORS: the name of a password in the keyring, as the Passwords
   * and Keys app shows it; the user name, then the server. */
  label = g_strdup_printf (_("Netbook: %s on %s"), user, host);

  if (!secret_password_store_sync (&schema, SECRET_COLLECTION_DEFAULT, label, password,
                                   cancellable, &local_error,
                                   "server", server,
                                   "user", user,
                                   NULL))
    {
      if (local_error == NULL)
        local_error = g_error_new_literal (SECRET_ERROR, SECRET_ERROR_PROTOCOL,
                                           "no reason given");
      propagate_keyring_error (error, local_error, OPERATION_STORE);
      return FALSE;
    }

  return TRUE;
}

/**
 * nb_secrets_lookup:
 * @server: the account's server, as nb_account_normalize_server() gives it
 * @user: the user name
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads the account's password from the keyring. When the keyring is
 * locked, the Secret Service may ask the person to unlock it, and this
 * waits for their answer. Blocks: call it from a worker thread.
 *
 * Returns: (transfer full) (nullable): the password, in memory libsecret
 *   keeps out of swap; free it with secret_password_free(), which wipes
 *   it, and never with g_free(). %NULL with %NB_SYNC_ERROR_NO_PASSWORD when
 *   none is stored, %NB_SYNC_ERROR_KEYRING when the keyring is missing,
 *   locked or fails, or %G_IO_ERROR_CANCELLED.
 */
char *
nb_secrets_lookup (const char    *server,
                   const char    *user,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(NbAccount) account = NULL;
  g_autofree char *host = NULL;
  GError *local_error = NULL;
  char *password;

  g_return_val_if_fail (server != NULL, NULL);
  g_return_val_if_fail (user != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The nonpageable variant: what the documentation above promises. */
  password = secret_password_lookup_nonpageable_sync (&schema, cancellable, &local_error,
                                                      "server", server,
                                                      "user", user,
                                                      NULL);
  if (password != NULL)
    return password;

  if (local_error != NULL)
    {
      propagate_keyring_error (error, local_error, OPERATION_LOOKUP);
      return NULL;
    }

  if (!check_not_locked (server, user, OPERATION_LOOKUP, cancellable, error))
    return NULL;

  account = nb_account_new (0, server, user);
  host = nb_account_dup_host (account);
  g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NO_PASSWORD,
               _("The keyring holds no password for %s on %s"), user, host);
  return NULL;
}

/**
 * nb_secrets_clear:
 * @server: the account's server, as nb_account_normalize_server() gives it
 * @user: the user name
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Removes the account's password from the keyring. Blocks: call it from
 * a worker thread.
 *
 * Returns: %TRUE when no password for the account is left, also when
 *   none was stored; %FALSE with an %NB_SYNC_ERROR_KEYRING error when the
 *   keyring is missing, locked or fails (or %G_IO_ERROR_CANCELLED)
 */
gboolean
nb_secrets_clear (const char    *server,
                  const char    *user,
                  GCancellable  *cancellable,
                  GError       **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (server != NULL, FALSE);
  g_return_val_if_fail (user != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (secret_password_clear_sync (&schema, cancellable, &local_error,
                                  "server", server,
                                  "user", user,
                                  NULL))
    return TRUE;

  if (local_error != NULL)
    {
      propagate_keyring_error (error, local_error, OPERATION_CLEAR);
      return FALSE;
    }

  /* Nothing was removed: nothing was there, or it is locked. */
  return check_not_locked (server, user, OPERATION_CLEAR, cancellable, error);
}
