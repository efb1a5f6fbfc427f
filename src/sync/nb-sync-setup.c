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
#include "nb-store-transaction.h"
#include "nb-sync-engine.h"
#include "nb-sync-error.h"
#include "nb-sync-setup.h"

/* Adding an account: find what the server offers, choose (or make) an
 * address book and a calendar, keep the password in the keyring and the
 * rest in the database. Each step talks to the server, the keyring or the
 * database and blocks: the window calls the _async functions, which run
 * it in a worker thread on a connection of its own; the command line
 * calls the blocking ones. */

static void
discovery_clear (NbSyncDiscovery *discovery)
{
  g_free (discovery->server);
  g_free (discovery->user);
  g_free (discovery->notice);
  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      g_free (discovery->homes[kind]);
      g_clear_pointer (&discovery->collections[kind], g_ptr_array_unref);
    }
}

/**
 * nb_sync_discovery_ref:
 * @discovery: what nb_sync_discover() found
 *
 * Returns: (transfer full): @discovery
 */
NbSyncDiscovery *
nb_sync_discovery_ref (NbSyncDiscovery *discovery)
{
  g_return_val_if_fail (discovery != NULL, NULL);

  return g_atomic_rc_box_acquire (discovery);
}

/**
 * nb_sync_discovery_unref:
 * @discovery: (nullable) (transfer full): what nb_sync_discover() found
 */
void
nb_sync_discovery_unref (NbSyncDiscovery *discovery)
{
  if (discovery != NULL)
    g_atomic_rc_box_release_full (discovery, (GDestroyNotify) discovery_clear);
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
 * host (@notice then says so). It blocks: see nb_sync_discover_async().
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
  g_autoptr(NbSyncDiscovery) discovery = g_atomic_rc_box_new0 (NbSyncDiscovery);
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
  switch (kind)
    {
    case NB_COLLECTION_CONTACTS: return "netbook-contacts";
    case NB_COLLECTION_INTERACTIONS: return "netbook-journal";
    case NB_COLLECTION_MEALS:
    default: return "netbook-meals";
    }
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

/* nb_sync_add_account(), on the database at @db_path. */
static NbAccount *
add_account (const char          *db_path,
             NbSyncDiscovery     *discovery,
             const char          *password,
             const char * const  *chosen,
             GCancellable        *cancellable,
             GError             **error)
{
  g_autoptr(NbAccount) account = NULL;
  g_autoptr(NbAccount) added = NULL;
  g_autoptr(NbDavClient) client = NULL;
  g_autoptr(NbStoreTransaction) transaction = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  account = nb_account_new (0, discovery->server, discovery->user);
  transaction = nb_store_transaction_open (db_path, error);
  if (transaction == NULL)
    return NULL;

  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      GPtrArray *found = discovery->collections[kind];
      const char *href = chosen ? chosen[kind] : NULL;
      NbDavCollection *match = NULL;

      /* The journal of interactions is found or made next to the meals
       * calendar by the first sync (nb-sync-engine.c). */
      if (kind == NB_COLLECTION_INTERACTIONS)
        continue;

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
  if (!nb_store_transaction_start (transaction, error))
    return NULL;
  id = nb_store_transaction_add_account (transaction, account, error);
  if (id == 0)
    {
      nb_store_transaction_rollback (transaction);
      return NULL;
    }

  if (!nb_secrets_store (discovery->server, discovery->user, password, cancellable, error))
    {
      nb_store_transaction_rollback (transaction);
      return NULL;
    }

  if (!nb_store_transaction_commit (transaction, &local_error))
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
 * nb_sync_add_account:
 * @store: the store to add the account to
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
 * Adds an account, blocking: see nb_sync_add_account_async().
 *
 * Returns: (transfer full): the account added
 */
NbAccount *
nb_sync_add_account (NbStore             *store,
                     NbSyncDiscovery     *discovery,
                     const char          *password,
                     const char * const  *chosen,
                     GCancellable        *cancellable,
                     GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (discovery != NULL && password != NULL, NULL);

  return add_account (nb_store_get_path (store), discovery, password, chosen, cancellable, error);
}

/* nb_sync_remove_account(), on the database at @db_path. */
static gboolean
remove_account (const char    *db_path,
                NbAccount     *account,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(NbStoreTransaction) transaction = NULL;

  transaction = nb_store_transaction_open (db_path, error);
  if (transaction == NULL)
    return FALSE;

  if (!nb_secrets_clear (nb_account_get_server (account), nb_account_get_user (account),
                         cancellable, error))
    return FALSE;

  return nb_store_transaction_start (transaction, error) &&
         nb_store_transaction_remove_account (transaction, nb_account_get_id (account), error) &&
         nb_store_transaction_commit (transaction, error);
}

/**
 * nb_sync_remove_account:
 * @store: the store the account is in
 * @account: an account
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Forgets an account and removes its password from the keyring, blocking:
 * see nb_sync_remove_account_async(). The contacts and meals it brought
 * stay.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_sync_remove_account (NbStore       *store,
                        NbAccount     *account,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_return_val_if_fail (NB_IS_STORE (store), FALSE);
  g_return_val_if_fail (NB_IS_ACCOUNT (account), FALSE);

  return remove_account (nb_store_get_path (store), account, cancellable, error);
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
  char *password;
  NbDavClient *client;

  g_return_val_if_fail (NB_IS_ACCOUNT (account), NULL);

  password = nb_secrets_lookup (nb_account_get_server (account), nb_account_get_user (account),
                                cancellable, error);
  if (password == NULL)
    return NULL;

  client = nb_dav_client_new (nb_account_get_server (account), nb_account_get_user (account), password, error);
  /* Wiped and given back to libsecret's memory kept out of swap. */
  secret_password_free (password);

  return client;
}

/* ---------------------------------------------------------------------- */
/* The same, in a worker thread                                            */

/* What a worker thread needs: copies, so that nothing it reads belongs to
 * the main thread. */
typedef struct
{
  char            *server;
  char            *user;
  char            *password;
  char            *db_path;
  NbSyncDiscovery *discovery;
  char            *chosen[NB_N_COLLECTION_KINDS];
  NbAccount       *account;
} SetupData;

static void
setup_data_free (SetupData *data)
{
  /* The password leaves no copy in freed memory. */
  if (data->password != NULL)
    memset (data->password, 0, strlen (data->password));

  g_free (data->server);
  g_free (data->user);
  g_free (data->password);
  g_free (data->db_path);
  g_clear_pointer (&data->discovery, nb_sync_discovery_unref);
  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    g_free (data->chosen[kind]);
  g_clear_object (&data->account);
  g_free (data);
}

static void
discover_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  SetupData *data = task_data;
  GError *error = NULL;
  NbSyncDiscovery *discovery;

  discovery = nb_sync_discover (data->server, data->user, data->password, cancellable, &error);
  if (discovery == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, discovery, (GDestroyNotify) nb_sync_discovery_unref);
}

/**
 * nb_sync_discover_async:
 * @server: the server's address, as a person typed it
 * @user: the user name
 * @password: the password
 * @cancellable: (nullable): a cancellable
 * @callback: called in this thread when it is done
 * @user_data: data for @callback
 *
 * Finds what the server offers @user in a worker thread, as
 * nb_sync_discover() does.
 */
void
nb_sync_discover_async (const char          *server,
                        const char          *user,
                        const char          *password,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SetupData *data;

  g_return_if_fail (server != NULL && user != NULL && password != NULL);

  data = g_new0 (SetupData, 1);
  data->server = g_strdup (server);
  data->user = g_strdup (user);
  data->password = g_strdup (password);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_sync_discover_async);
  g_task_set_task_data (task, data, (GDestroyNotify) setup_data_free);
  g_task_run_in_thread (task, discover_thread);
}

/**
 * nb_sync_discover_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full): what was found
 */
NbSyncDiscovery *
nb_sync_discover_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nb_sync_discover_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
add_account_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  SetupData *data = task_data;
  GError *error = NULL;
  NbAccount *account;

  account = add_account (data->db_path, data->discovery, data->password,
                         (const char * const *) data->chosen, cancellable, &error);
  if (account == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, account, g_object_unref);
}

/**
 * nb_sync_add_account_async:
 * @store: the store to add the account to
 * @discovery: what nb_sync_discover() found; it is kept until the end
 * @password: the password, kept in the keyring only
 * @chosen: (array fixed-size=2) (nullable): which collections to sync
 *   with, as for nb_sync_add_account()
 * @cancellable: (nullable): a cancellable
 * @callback: called in this thread when it is done
 * @user_data: data for @callback
 *
 * Adds an account in a worker thread, on a connection of its own, as
 * nb_sync_add_account() does. The store learns of it with
 * nb_store_check_for_changes().
 */
void
nb_sync_add_account_async (NbStore             *store,
                           NbSyncDiscovery     *discovery,
                           const char          *password,
                           const char * const  *chosen,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SetupData *data;

  g_return_if_fail (NB_IS_STORE (store));
  g_return_if_fail (discovery != NULL && password != NULL);

  data = g_new0 (SetupData, 1);
  data->db_path = g_strdup (nb_store_get_path (store));
  data->discovery = nb_sync_discovery_ref (discovery);
  data->password = g_strdup (password);
  for (guint kind = 0; chosen != NULL && kind < NB_N_COLLECTION_KINDS; kind++)
    data->chosen[kind] = g_strdup (chosen[kind]);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_sync_add_account_async);
  g_task_set_task_data (task, data, (GDestroyNotify) setup_data_free);
  g_task_run_in_thread (task, add_account_thread);
}

/**
 * nb_sync_add_account_finish:
 * @store: the store given to nb_sync_add_account_async()
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full): the account added
 */
NbAccount *
nb_sync_add_account_finish (NbStore       *store,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nb_sync_add_account_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
remove_account_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  SetupData *data = task_data;
  GError *error = NULL;

  if (remove_account (data->db_path, data->account, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * nb_sync_remove_account_async:
 * @store: the store the account is in
 * @account: an account
 * @cancellable: (nullable): a cancellable
 * @callback: called in this thread when it is done
 * @user_data: data for @callback
 *
 * Forgets an account and its password in a worker thread, as
 * nb_sync_remove_account() does.
 */
void
nb_sync_remove_account_async (NbStore             *store,
                              NbAccount           *account,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SetupData *data;

  g_return_if_fail (NB_IS_STORE (store));
  g_return_if_fail (NB_IS_ACCOUNT (account));

  data = g_new0 (SetupData, 1);
  data->db_path = g_strdup (nb_store_get_path (store));
  data->account = g_object_ref (account);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_sync_remove_account_async);
  g_task_set_task_data (task, data, (GDestroyNotify) setup_data_free);
  g_task_run_in_thread (task, remove_account_thread);
}

/**
 * nb_sync_remove_account_finish:
 * @store: the store given to nb_sync_remove_account_async()
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: %TRUE if the account was removed
 */
gboolean
nb_sync_remove_account_finish (NbStore       *store,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nb_sync_remove_account_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
