/* nb-sync-setup.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-sync"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-secrets.h"
#include "nb-store-error.h"
#include "nb-sync-engine.h"
#include "nb-sync-error.h"
#include "nb-sync-setup.h"

/* Adding an account: find what the server offers, choose (or make) an
 * address book and a calendar, keep the password in the keyring and the
 * rest in the database. All of it blocks: run it in a worker thread. */

void
nb_sync_discovery_free (NbSyncDiscovery *discovery)
{
  if (discovery == NULL)
    return;

  g_free (discovery->server);
  g_free (discovery->user);
  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      g_free (discovery->homes[kind]);
      g_clear_pointer (&discovery->collections[kind], g_ptr_array_unref);
    }
  g_free (discovery);
}

/**
 * nb_sync_discover:
 * @server: the server's address, as a person typed it
 * @user: the user name
 * @password: the password
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Logs in and finds the address books and calendars of @user, through
 * the well-known addresses, the principal and its home sets.
 *
 * Returns: (transfer full): what was found
 */
NbSyncDiscovery *
nb_sync_discover (const char    *server,
                  const char    *user,
                  const char    *password,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(NbSyncDiscovery) discovery = g_new0 (NbSyncDiscovery, 1);
  g_autoptr(NbDavClient) client = NULL;
  char **homes = discovery->homes;

  g_return_val_if_fail (server != NULL && user != NULL && password != NULL, NULL);

  discovery->server = nb_account_normalize_server (server);
  if (discovery->server == NULL)
    {
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_INVALID,
                   _("“%s” is not the address of a server"), server);
      return NULL;
    }
  if (*user == '\0')
    {
      g_set_error_literal (error, NB_SYNC_ERROR, NB_SYNC_ERROR_INVALID, _("A user name is needed"));
      return NULL;
    }
  discovery->user = g_strdup (user);

  client = nb_dav_client_new (discovery->server, user, password, error);
  if (client == NULL ||
      !nb_dav_client_discover (client, &homes[NB_COLLECTION_CONTACTS], &homes[NB_COLLECTION_MEALS],
                               cancellable, error))
    return NULL;

  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      g_autoptr(GPtrArray) found = NULL;
      NbDavKind dav_kind = kind == NB_COLLECTION_CONTACTS ? NB_DAV_ADDRESSBOOK : NB_DAV_CALENDAR;

      discovery->collections[kind] = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_dav_collection_free);
      if (homes[kind] == NULL)
        continue;

      /* Address books and calendars can share a home. */
      found = nb_dav_client_list_collections (client, homes[kind], cancellable, error);
      if (found == NULL)
        return NULL;

      for (guint i = 0; i < found->len; i++)
        {
          NbDavCollection *collection = g_ptr_array_index (found, i);

          if (collection->kind == dav_kind)
            g_ptr_array_add (discovery->collections[kind], g_steal_pointer (&found->pdata[i]));
        }
    }

  return g_steal_pointer (&discovery);
}

static const char *
collection_name (NbDavCollection *collection)
{
  return collection->display_name && *collection->display_name
    ? collection->display_name : collection->href;
}

/**
 * nb_sync_add_account:
 * @db_path: the database
 * @discovery: what nb_sync_discover() found
 * @password: the password, kept in the keyring only
 * @chosen: (array fixed-size=2) (nullable): for contacts and meals, the
 *   href of the collection to sync with, "" not to sync that kind, or
 *   %NULL for the first one found — made when there is none
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Returns: (transfer full): the account added
 */
NbAccount *
nb_sync_add_account (const char          *db_path,
                     NbSyncDiscovery     *discovery,
                     const char          *password,
                     const char * const  *chosen,
                     GCancellable        *cancellable,
                     GError             **error)
{
  g_autoptr(NbAccount) account = NULL;
  g_autoptr(NbAccount) added = NULL;
  g_autoptr(NbDavClient) client = NULL;
  g_autoptr(NbDb) db = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  g_return_val_if_fail (db_path != NULL && discovery != NULL && password != NULL, NULL);

  account = nb_account_new (0, discovery->server, discovery->user);
  db = nb_db_open (db_path, NB_DB_SECONDARY, error);
  if (db == NULL)
    return NULL;

  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      GPtrArray *found = discovery->collections[kind];
      const char *href = chosen ? chosen[kind] : NULL;
      NbDavCollection *match = NULL;

      if (href != NULL && *href == '\0')
        continue;

      for (guint i = 0; found != NULL && i < found->len && match == NULL; i++)
        {
          NbDavCollection *collection = g_ptr_array_index (found, i);

          if (href == NULL || g_str_equal (collection->href, href))
            match = collection;
        }

      if (match != NULL)
        {
          nb_account_set_collection (account, kind, match->href, collection_name (match));
        }
      else if (discovery->homes[kind] != NULL)
        {
          const char *home = discovery->homes[kind];
          /* Translators: the names of the address book and the calendar
           * Netbook makes on a server that has none. */
          const char *name = kind == NB_COLLECTION_CONTACTS ? _("Netbook Contacts") : _("Netbook Meals");
          g_autofree char *made = g_strconcat (home, g_str_has_suffix (home, "/") ? "" : "/",
                                               kind == NB_COLLECTION_CONTACTS ? "netbook-contacts/" : "netbook-meals/",
                                               NULL);

          if (client == NULL)
            {
              client = nb_dav_client_new (discovery->server, discovery->user, password, error);
              if (client == NULL)
                return NULL;
            }
          if (!nb_dav_client_create_collection (client, made,
                                                kind == NB_COLLECTION_CONTACTS ? NB_DAV_ADDRESSBOOK : NB_DAV_CALENDAR,
                                                name, cancellable, error))
            return NULL;
          nb_account_set_collection (account, kind, made, name);
        }
    }

  if (nb_account_get_collection (account, NB_COLLECTION_CONTACTS) == NULL &&
      nb_account_get_collection (account, NB_COLLECTION_MEALS) == NULL)
    {
      g_autofree char *host = nb_account_dup_host (account);

      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NOT_FOUND,
                   _("No address book or calendar was found on %s"), host);
      return NULL;
    }

  /* The row first, so that an account added before keeps its secret. */
  if (!nb_db_begin (db, error))
    return NULL;
  id = nb_db_add_account (db, account, error);
  if (id == 0)
    {
      nb_db_rollback (db);
      return NULL;
    }

  if (!nb_secrets_store (discovery->server, discovery->user, password, cancellable, error))
    {
      nb_db_rollback (db);
      return NULL;
    }

  if (!nb_db_commit (db, &local_error))
    {
      nb_secrets_clear (discovery->server, discovery->user, NULL, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* As stored: with its id. */
  added = nb_account_new (id, discovery->server, discovery->user);
  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    nb_account_set_collection (added, kind, nb_account_get_collection (account, kind),
                               nb_account_get_collection_name (account, kind));

  return g_steal_pointer (&added);
}

/**
 * nb_sync_remove_account:
 * @db_path: the database
 * @account: an account
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Forgets an account and removes its password from the keyring. The
 * contacts and meals it brought stay.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_sync_remove_account (const char    *db_path,
                        NbAccount     *account,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(NbDb) db = NULL;

  g_return_val_if_fail (NB_IS_ACCOUNT (account), FALSE);

  db = nb_db_open (db_path, NB_DB_SECONDARY, error);
  if (db == NULL)
    return FALSE;

  if (!nb_secrets_clear (nb_account_get_server (account), nb_account_get_user (account),
                         cancellable, error))
    return FALSE;

  return nb_db_begin (db, error) &&
         nb_db_remove_account (db, nb_account_get_id (account), error) &&
         nb_db_commit (db, error);
}

/**
 * nb_sync_connect:
 * @account: an account
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Returns: (transfer full): a client for the account's server, with the
 *   password from the keyring
 */
NbDavClient *
nb_sync_connect (NbAccount     *account,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree char *password = NULL;
  NbDavClient *client;

  g_return_val_if_fail (NB_IS_ACCOUNT (account), NULL);

  password = nb_secrets_lookup (nb_account_get_server (account), nb_account_get_user (account),
                                cancellable, error);
  if (password == NULL)
    return NULL;

  client = nb_dav_client_new (nb_account_get_server (account), nb_account_get_user (account), password, error);
  memset (password, 0, strlen (password));

  return client;
}
