/* nb-sync-test-util.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-db.h"
#include "nb-sync-setup.h"
#include "nb-sync-test-util.h"
#include "nb-test-util.h"

/**
 * nb_test_open_device:
 * @name: the database's file name, such as "here.db"
 *
 * Opens a database of its own in the test's folder: one device.
 *
 * Returns: (transfer full): its store
 */
NbStore *
nb_test_open_device (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = nb_test_tmp_path (name);
  NbStore *store = nb_store_new (path, &error);

  g_assert_no_error (error);
  return store;
}

/**
 * nb_test_add_account:
 * @server: a server
 * @store: a device
 * @user: the user name
 * @password: the password, which goes to the keyring
 *
 * Adds an account on @server, as Accounts does with what it offers first:
 * the first address book and calendar found, made when there are none.
 *
 * Returns: (transfer full): the account, with both collections
 */
NbAccount *
nb_test_add_account (NbDavServer *server,
                     NbStore     *store,
                     const char  *user,
                     const char  *password)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbSyncDiscovery) discovery = NULL;
  NbAccount *account;

  discovery = nb_sync_discover (nb_dav_server_get_url (server), user, password, NULL, &error);
  g_assert_no_error (error);
  account = nb_sync_add_account (store, discovery, password, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (nb_account_get_collection (account, NB_COLLECTION_CONTACTS));
  g_assert_nonnull (nb_account_get_collection (account, NB_COLLECTION_MEALS));

  return account;
}

/**
 * nb_test_sync:
 * @store: a device with one account
 * @ok: whether the sync must go without an error or a problem
 *
 * Syncs the device's one account, and has @store look for what changed.
 *
 * Returns: (transfer full): how it went
 */
NbSyncResult *
nb_test_sync (NbStore  *store,
              gboolean  ok)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = nb_sync_run (store, NULL, NULL, NULL, &error);
  NbSyncResult *result;

  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_steal_index (results, 0);
  if (ok)
    {
      for (guint i = 0; i < result->problems->len; i++)
        g_test_message ("Sync problem: %s", (char *) g_ptr_array_index (result->problems, i));
      g_assert_no_error (result->error);
      g_assert_cmpuint (result->problems->len, ==, 0);
    }
  nb_store_check_for_changes (store);

  return result;
}

/**
 * nb_test_sync_moved:
 * @result: a sync's result
 *
 * Returns: how many items moved either way, of both kinds
 */
guint
nb_test_sync_moved (NbSyncResult *result)
{
  guint moved = 0;

  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      NbSyncCounts *counts = &result->counts[kind];

      moved += counts->received + counts->removed + counts->sent + counts->deleted;
    }

  return moved;
}

/**
 * nb_test_find_contact:
 * @store: a device
 * @uid: a contact's UID
 *
 * Returns: (transfer full) (nullable): the contact of @uid, %NULL if none
 */
NbContact *
nb_test_find_contact (NbStore    *store,
                      const char *uid)
{
  g_autoptr(NbDb) db = nb_db_open (nb_store_get_path (store), NB_DB_SECONDARY, NULL);
  gint64 id = nb_db_find_contact_by_uid (db, uid, NULL);

  return id > 0 ? nb_store_get_contact (store, id) : NULL;
}

/**
 * nb_test_find_meeting:
 * @store: a device
 * @uid: a meal's UID, as in its event
 *
 * Returns: (transfer full) (nullable): the meal of @uid, %NULL if none
 */
NbMeeting *
nb_test_find_meeting (NbStore    *store,
                      const char *uid)
{
  g_autoptr(NbDb) db = nb_db_open (nb_store_get_path (store), NB_DB_SECONDARY, NULL);
  gint64 id = nb_db_find_meeting_by_uid (db, uid, NULL);

  return id > 0 ? nb_store_get_meeting (store, id) : NULL;
}
