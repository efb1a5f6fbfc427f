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
  g_free (discovery->notice);
  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      g_free (discovery->homes[kind]);
      g_clear_pointer (&discovery->collections[kind], g_ptr_array_unref);
    }
  g_free (discovery);
}

/**
 * nb_sync_may_use_http:
 * @server: a server address as someone typed it, without a scheme
 *
 * Whether Netbook may try plain http when https fails: only for a
 * loopback host (localhost, 127.0.0.0/8, ::1), where the password does
 * not leave the computer. To any other host, a password goes over plain
 * http only when the person typed "http://".
 *
 * Returns: %TRUE for a loopback host
 */
gboolean
nb_sync_may_use_http (const char *server)
{
  g_autofree char *url = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GInetAddress) address = NULL;
  g_autofree char *host = NULL;

  g_return_val_if_fail (server != NULL, FALSE);

  url = nb_account_normalize_server (server);
  if (url != NULL)
    uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return FALSE;

  host = g_ascii_strdown (g_uri_get_host (uri), -1);
  if (g_str_equal (host, "localhost") || g_str_has_suffix (host, ".localhost"))
    return TRUE;

  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

/* Failures where a server may simply not speak https. */
static gboolean
is_connection_error (const GError *error)
{
  return g_error_matches (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE) ||
         g_error_matches (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL);
}

/* Finds the homes of @discovery->server. */
static gboolean
find_homes (NbSyncDiscovery  *discovery,
            const char       *password,
            NbDavClient     **client,
            GCancellable     *cancellable,
            GError          **error)
{
  char **homes = discovery->homes;

  *client = nb_dav_client_new (discovery->server, discovery->user, password, error);

  return *client != NULL &&
         nb_dav_client_discover (*client, &homes[NB_COLLECTION_CONTACTS], &homes[NB_COLLECTION_MEALS],
                                 cancellable, error);
}

/* Logs in, over https unless @typed says otherwise; falls back to http
 * only on a loopback host (see nb_sync_may_use_http()). */
static NbDavClient *
connect_for_discovery (NbSyncDiscovery  *discovery,
                       const char       *typed,
                       const char       *password,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autoptr(NbDavClient) client = NULL;
  g_autoptr(GError) https_error = NULL;
  g_autofree char *http = NULL;
  gboolean scheme_typed = strstr (typed, "://") != NULL;

  if (find_homes (discovery, password, &client, cancellable, &https_error))
    {
      if (scheme_typed && g_str_has_prefix (discovery->server, "http:") &&
          !nb_sync_may_use_http (typed))
        /* Translators: after adding an account at an address typed with http://. */
        discovery->notice = g_strdup (_("The password goes to this server over plain http, unencrypted, "
                                        "as the address you typed says"));
      return g_steal_pointer (&client);
    }

  if (scheme_typed || !is_connection_error (https_error))
    {
      g_propagate_error (error, g_steal_pointer (&https_error));
      return NULL;
    }

  if (!nb_sync_may_use_http (typed))
    {
      g_set_error (error, https_error->domain, https_error->code,
                   /* Translators: an error over https, then why Netbook does not try http. */
                   _("%s over https. Netbook sends a password over plain http only to an address "
                     "typed with “http://”"),
                   https_error->message);
      return NULL;
    }

  /* A server on this computer, such as a Radicale started by hand: plain
   * http keeps the password on the computer too. */
  g_clear_object (&client);
  http = g_strconcat ("http", discovery->server + strlen ("https"), NULL);
  g_free (discovery->server);
  discovery->server = g_steal_pointer (&http);
  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    g_clear_pointer (&discovery->homes[kind], g_free);

  if (!find_homes (discovery, password, &client, cancellable, error))
    {
      g_prefix_error (error, "%s; ", https_error->message);
      return NULL;
    }

  /* Translators: after adding an account at an address typed without
   * http:// or https://, on this computer; %s is the address used. */
  discovery->notice = g_strdup_printf (_("Using %s: the server does not answer over https, and "
                                         "the password does not leave this computer"),
                                       discovery->server);
  return g_steal_pointer (&client);
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
 * the well-known addresses, the principal and its home sets. An address
 * without a scheme is tried with https, and with http only on a loopback
 * host (@notice then says so).
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

  client = connect_for_discovery (discovery, server, password, cancellable, error);
  if (client == NULL)
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

/* The last segment of the collections Netbook makes. */
static const char *
own_segment (NbCollectionKind kind)
{
  return kind == NB_COLLECTION_CONTACTS ? "netbook-contacts" : "netbook-meals";
}

/**
 * nb_sync_discovery_get_own:
 * @discovery: what nb_sync_discover() found
 * @kind: contacts or meals
 *
 * Finds the address book or calendar Netbook made on the server before,
 * from this device or another one.
 *
 * Returns: (transfer none) (nullable): the collection, or %NULL if there
 *   is none yet
 */
NbDavCollection *
nb_sync_discovery_get_own (NbSyncDiscovery  *discovery,
                           NbCollectionKind  kind)
{
  GPtrArray *found;
  g_autofree char *suffix = NULL;

  g_return_val_if_fail (discovery != NULL && kind < NB_N_COLLECTION_KINDS, NULL);

  found = discovery->collections[kind];
  suffix = g_strconcat ("/", own_segment (kind), "/", NULL);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      NbDavCollection *collection = g_ptr_array_index (found, i);

      if (g_str_has_suffix (collection->href, suffix))
        return collection;
    }

  return NULL;
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
 *   %NULL for Netbook's own ("Netbook Contacts", "Netbook Meals"), found
 *   or made: another app's address book or calendar is used only when
 *   chosen
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

      if (href == NULL)
        match = nb_sync_discovery_get_own (discovery, kind);
      for (guint i = 0; href != NULL && found != NULL && i < found->len && match == NULL; i++)
        {
          NbDavCollection *collection = g_ptr_array_index (found, i);

          if (g_str_equal (collection->href, href))
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
                                               own_segment (kind), "/", NULL);

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
