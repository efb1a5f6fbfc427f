/* nb-db-sync.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-db.h"

/* Sync accounts and what each of their collections last agreed on with
 * the server. Contacts and meals are told apart by NbCollectionKind; the
 * SQL that names their table is picked from these pairs. */

G_STATIC_ASSERT (NB_COLLECTION_CONTACTS == 0 && NB_COLLECTION_MEALS == 1 &&
                 NB_COLLECTION_INTERACTIONS == 2 && NB_N_COLLECTION_KINDS == 3);
G_STATIC_ASSERT (NB_INTERACTION_MEAL == 0);

/* The UID of a circle's rhythm in the journal (nb_ical_circle_uid()). */
#define CIRCLE_UID "('netbook-circle-' || lower (hex (c.name)))"

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup (nb_db_column_text (stmt, column));
}

/* ---------------------------------------------------------------------- */
/* Accounts                                                                */

/**
 * nb_db_list_accounts:
 * @db: a connection
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbAccount) (nullable): the
 *   accounts in the order they were added
 */
GPtrArray *
nb_db_list_accounts (NbDb    *db,
                     GError **error)
{
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT id, server, user, last_sync, last_error FROM accounts ORDER BY id",
                        error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NbAccount *account = nb_account_new (sqlite3_column_int64 (stmt, 0),
                                           nb_db_column_text (stmt, 1),
                                           nb_db_column_text (stmt, 2));

      nb_account_set_status (account, sqlite3_column_int64 (stmt, 3), nb_db_column_text (stmt, 4));
      g_ptr_array_add (accounts, account);
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  for (guint i = 0; i < accounts->len; i++)
    {
      NbAccount *account = g_ptr_array_index (accounts, i);
      gint64 *id = g_new (gint64, 1);

      *id = nb_account_get_id (account);
      g_hash_table_insert (by_id, id, account);
    }

  stmt = nb_db_prepare (db, "SELECT account_id, kind, url, name FROM sync_collections", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 account_id = sqlite3_column_int64 (stmt, 0);
      int kind = sqlite3_column_int (stmt, 1);
      NbAccount *account = g_hash_table_lookup (by_id, &account_id);

      if (account != NULL && kind >= 0 && kind < NB_N_COLLECTION_KINDS)
        nb_account_set_collection (account, kind, nb_db_column_text (stmt, 2),
                                   nb_db_column_text (stmt, 3));
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&accounts);
}

/**
 * nb_db_add_account:
 * @db: a connection, in a transaction
 * @account: the account and its collections
 * @error: return location for an error
 *
 * Returns: the new account's id, or 0 on error (%NB_STORE_ERROR_EXISTS
 *   when the same user on the same server was added before)
 */
gint64
nb_db_add_account (NbDb       *db,
                   NbAccount  *account,
                   GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_assert (nb_db_in_transaction (db));

  stmt = nb_db_prepare (db,
                        "INSERT INTO accounts (server, user, created) VALUES (?, ?, ?)",
                        error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, nb_account_get_server (account), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, nb_account_get_user (account), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, nb_db_now_usec ());
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_CONSTRAINT_UNIQUE)
    {
      g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_EXISTS,
                   _("The account of %s on %s was added before"),
                   nb_account_get_user (account), nb_account_get_server (account));
      return 0;
    }
  if (rc != SQLITE_DONE)
    {
      nb_db_set_error (db, rc, error);
      return 0;
    }

  id = sqlite3_last_insert_rowid (nb_db_get_handle (db));

  for (NbCollectionKind kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      const char *url = nb_account_get_collection (account, kind);

      if (url == NULL)
        continue;

      stmt = nb_db_prepare (db,
                            "INSERT INTO sync_collections (account_id, kind, url, name)"
                            " VALUES (?, ?, ?, ?)",
                            error);
      if (stmt == NULL)
        return 0;

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, kind);
      sqlite3_bind_text (stmt, 3, url, -1, SQLITE_TRANSIENT);
      nb_db_bind_text_or_null (stmt, 4, nb_account_get_collection_name (account, kind));
      if (!nb_db_step_done (db, stmt, error))
        return 0;
    }

  return id;
}

/**
 * nb_db_remove_account:
 * @db: a connection, in a transaction
 * @id: the account
 * @error: return location for an error
 *
 * Removes the account and what its sync knew; the contacts and meals it
 * brought stay.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_remove_account (NbDb    *db,
                      gint64   id,
                      GError **error)
{
  sqlite3_stmt *stmt;

  /* What its calendars added goes with it. */
  if (nb_db_in_transaction (db) && !nb_db_forget_account_captures (db, id, error))
    return FALSE;

  stmt = nb_db_prepare (db, "DELETE FROM accounts WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_set_account_status:
 * @db: a connection
 * @id: the account
 * @last_sync: when its last sync that reached the server ended, or 0 to
 *   keep the one stored
 * @last_error: (nullable): why its last sync failed
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_set_account_status (NbDb        *db,
                          gint64       id,
                          gint64       last_sync,
                          const char  *last_error,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db,
                        "UPDATE accounts SET last_sync = coalesce (nullif (?2, 0), last_sync),"
                        " last_error = ?3 WHERE id = ?1",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, last_sync);
  nb_db_bind_text_or_null (stmt, 3, last_error);
  return nb_db_step_done (db, stmt, error);
}

/* ---------------------------------------------------------------------- */
/* Collections                                                             */

/**
 * nb_db_get_sync_state:
 * @db: a connection
 * @account_id: an account
 * @kind: which of its collections
 * @collection_id: (out): the collection's row, or 0 if the account has no
 *   collection of that kind
 * @sync_token: (out) (optional) (transfer full) (nullable): the server's
 *   sync-token when the collection last came down whole
 * @ctag: (out) (optional) (transfer full) (nullable): its getctag then
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_get_sync_state (NbDb              *db,
                      gint64             account_id,
                      NbCollectionKind   kind,
                      gint64            *collection_id,
                      char             **sync_token,
                      char             **ctag,
                      GError           **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT id, sync_token, ctag FROM sync_collections"
                        " WHERE account_id = ? AND kind = ?",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int (stmt, 2, kind);

  *collection_id = 0;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *collection_id = sqlite3_column_int64 (stmt, 0);
      if (sync_token)
        *sync_token = column_dup (stmt, 1);
      if (ctag)
        *ctag = column_dup (stmt, 2);
      rc = SQLITE_DONE;
    }

  return nb_db_finish_rows (db, stmt, rc, error);
}

/**
 * nb_db_set_sync_state:
 * @db: a connection
 * @collection_id: a collection
 * @sync_token: (nullable): the sync-token of the server's state now in step
 * @ctag: (nullable): the getctag of that state
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_set_sync_state (NbDb        *db,
                      gint64       collection_id,
                      const char  *sync_token,
                      const char  *ctag,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db, "UPDATE sync_collections SET sync_token = ?, ctag = ? WHERE id = ?",
                        error);
  if (stmt == NULL)
    return FALSE;

  nb_db_bind_text_or_null (stmt, 1, sync_token);
  nb_db_bind_text_or_null (stmt, 2, ctag);
  sqlite3_bind_int64 (stmt, 3, collection_id);
  return nb_db_step_done (db, stmt, error);
}

/* ---------------------------------------------------------------------- */
/* Items                                                                   */

static NbSyncItem *
item_from_row (sqlite3_stmt *stmt)
{
  NbSyncItem *item = g_new0 (NbSyncItem, 1);

  item->uid = column_dup (stmt, 0);
  item->href = column_dup (stmt, 1);
  item->etag = column_dup (stmt, 2);
  item->base = column_dup (stmt, 3);
  item->synced = sqlite3_column_int64 (stmt, 4);

  return item;
}

static GPtrArray *
collect_items (NbDb          *db,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_sync_item_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, item_from_row (stmt));

  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&items);
}

/**
 * nb_db_find_sync_item:
 * @db: a connection
 * @collection_id: a collection
 * @uid: (nullable): the local item's UID, or %NULL to find by @href
 * @href: (nullable): the resource on the server
 * @item: (out) (transfer full) (nullable): the item, or %NULL if there is
 *   none
 * @error: return location for an error
 *
 * Returns: %TRUE on success, even if there is no such item
 */
gboolean
nb_db_find_sync_item (NbDb         *db,
                      gint64        collection_id,
                      const char   *uid,
                      const char   *href,
                      NbSyncItem  **item,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail ((uid == NULL) != (href == NULL), FALSE);

  stmt = nb_db_prepare (db,
                        uid != NULL
                        ? "SELECT uid, href, etag, base, synced FROM sync_items"
                          " WHERE collection_id = ? AND uid = ?"
                        : "SELECT uid, href, etag, base, synced FROM sync_items"
                          " WHERE collection_id = ? AND href = ?",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  sqlite3_bind_text (stmt, 2, uid ? uid : href, -1, SQLITE_TRANSIENT);

  *item = NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *item = item_from_row (stmt);
      rc = SQLITE_DONE;
    }

  return nb_db_finish_rows (db, stmt, rc, error);
}

/**
 * nb_db_save_sync_item:
 * @db: a connection
 * @collection_id: the collection
 * @uid: the local contact's or meal's UID
 * @href: its resource on the server
 * @etag: (nullable): the resource's ETag, or %NULL if unknown
 * @base: (nullable): the text both sides now agree on
 * @synced: the `updated` of the local version that is as @base says, or 0
 *   if the local item differs from the server's and is to be sent on the
 *   next sync
 * @error: return location for an error
 *
 * Records that the local item @uid is the resource @href; an earlier
 * record of either is replaced. An edit made after the version @synced
 * names is sent on the next sync.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_save_sync_item (NbDb              *db,
                      gint64             collection_id,
                      const char        *uid,
                      const char        *href,
                      const char        *etag,
                      const char        *base,
                      gint64             synced,
                      GError           **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "INSERT OR REPLACE INTO sync_items"
                                      " (collection_id, uid, href, etag, base, synced)"
                                      " VALUES (?, ?, ?, ?, ?, ?)",
                                      error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  sqlite3_bind_text (stmt, 2, uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, href, -1, SQLITE_TRANSIENT);
  nb_db_bind_text_or_null (stmt, 4, etag);
  nb_db_bind_text_or_null (stmt, 5, base);
  sqlite3_bind_int64 (stmt, 6, synced);
  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_delete_sync_item:
 * @db: a connection
 * @collection_id: a collection
 * @uid: the local item's UID
 * @error: return location for an error
 *
 * Forgets the item's resource: a local item that is still there counts
 * as new here again.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_delete_sync_item (NbDb        *db,
                        gint64       collection_id,
                        const char  *uid,
                        GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db, "DELETE FROM sync_items WHERE collection_id = ? AND uid = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  sqlite3_bind_text (stmt, 2, uid, -1, SQLITE_TRANSIENT);
  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_list_sync_uploads:
 * @db: a connection
 * @kind: what the collection holds
 * @collection_id: the collection
 * @error: return location for an error
 *
 * Lists the local items the server does not have as they are: the new
 * ones (with no href) and those changed here since they were in step.
 *
 * Returns: (transfer full) (element-type NbSyncItem) (nullable): the items
 */
GPtrArray *
nb_db_list_sync_uploads (NbDb              *db,
                         NbCollectionKind   kind,
                         gint64             collection_id,
                         GError           **error)
{
  static const char * const sql[] = {
    "SELECT c.uid, s.href, s.etag, s.base, s.synced FROM contacts c"
    " LEFT JOIN sync_items s ON s.collection_id = ?1 AND s.uid = c.uid"
    " WHERE s.uid IS NULL OR s.synced <> c.updated ORDER BY c.id",
    /* Meals; meal trains, and then their slots, each a resource of its
     * own. */
    "SELECT * FROM (SELECT m.uid, s.href, s.etag, s.base, s.synced FROM meetings m"
    " LEFT JOIN sync_items s ON s.collection_id = ?1 AND s.uid = m.uid"
    " WHERE s.uid IS NULL OR s.synced <> m.updated ORDER BY m.id)"
    " UNION ALL"
    " SELECT * FROM (SELECT t.uid, s.href, s.etag, s.base, s.synced FROM meal_trains t"
    " LEFT JOIN sync_items s ON s.collection_id = ?1 AND s.uid = t.uid"
    " WHERE s.uid IS NULL OR s.synced <> t.updated ORDER BY t.id)"
    " UNION ALL"
    " SELECT * FROM (SELECT l.uid, s.href, s.etag, s.base, s.synced FROM meal_train_slots l"
    " LEFT JOIN sync_items s ON s.collection_id = ?1 AND s.uid = l.uid"
    " WHERE s.uid IS NULL OR s.synced <> l.updated ORDER BY l.train_id, l.day, l.meal)",
    /* Interactions but meals (they are events), those captured from the
     * user's calendars (they are there already) and those whose deletion
     * may still be undone; and circles' rhythms, whose revision is their
     * rhythm (cadence_days + 1, never 0). */
    "SELECT * FROM (SELECT i.uid, s.href, s.etag, s.base, s.synced FROM interactions i"
    " LEFT JOIN sync_items s ON s.collection_id = ?1 AND s.uid = i.uid"
    " WHERE i.kind <> 0 AND i.hidden = 0 AND i.captured_from IS NULL AND (s.uid IS NULL OR s.synced <> i.updated) ORDER BY i.id)"
    " UNION ALL"
    " SELECT " CIRCLE_UID ", s.href, s.etag, s.base, s.synced FROM circles c"
    " LEFT JOIN sync_items s ON s.collection_id = ?1 AND s.uid = " CIRCLE_UID
    " WHERE s.uid IS NULL OR s.synced <> c.cadence_days + 1",
  };
  sqlite3_stmt *stmt = nb_db_prepare (db, sql[kind], error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  return collect_items (db, stmt, error);
}

/**
 * nb_db_list_sync_removals:
 * @db: a connection
 * @kind: what the collection holds
 * @collection_id: the collection
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbSyncItem) (nullable): the items
 *   on the server whose local copy was deleted
 */
GPtrArray *
nb_db_list_sync_removals (NbDb              *db,
                          NbCollectionKind   kind,
                          gint64             collection_id,
                          GError           **error)
{
  static const char * const sql[] = {
    "SELECT uid, href, etag, base, synced FROM sync_items s WHERE collection_id = ?1"
    " AND NOT EXISTS (SELECT 1 FROM contacts WHERE uid = s.uid)",
    "SELECT uid, href, etag, base, synced FROM sync_items s WHERE collection_id = ?1"
    " AND NOT EXISTS (SELECT 1 FROM meetings WHERE uid = s.uid)"
    " AND NOT EXISTS (SELECT 1 FROM meal_trains WHERE uid = s.uid)"
    " AND NOT EXISTS (SELECT 1 FROM meal_train_slots WHERE uid = s.uid)",
    "SELECT uid, href, etag, base, synced FROM sync_items s WHERE collection_id = ?1"
    " AND NOT EXISTS (SELECT 1 FROM interactions WHERE uid = s.uid)"
    " AND NOT EXISTS (SELECT 1 FROM circles c WHERE " CIRCLE_UID " = s.uid)",
  };
  sqlite3_stmt *stmt = nb_db_prepare (db, sql[kind], error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  return collect_items (db, stmt, error);
}

/**
 * nb_db_list_sync_etags:
 * @db: a connection
 * @collection_id: a collection
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type utf8 utf8) (nullable): for each
 *   known resource, its href and its ETag (or "")
 */
GHashTable *
nb_db_list_sync_etags (NbDb    *db,
                       gint64   collection_id,
                       GError **error)
{
  g_autoptr(GHashTable) etags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT href, etag FROM sync_items WHERE collection_id = ?1"
                        " UNION ALL SELECT href, etag FROM calendar_events WHERE collection_id = ?1",
                        error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (etags, column_dup (stmt, 0),
                         g_strdup (nb_db_column_text (stmt, 1) ?: ""));

  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&etags);
}

/* ---------------------------------------------------------------------- */
/* Events that are not meals                                               */

/**
 * nb_db_save_calendar_event:
 * @db: a connection
 * @collection_id: the calendar it is in
 * @href: its resource
 * @etag: (nullable): the resource's ETag
 * @event: the event
 * @error: return location for an error
 *
 * Keeps an event of a synced calendar that is not a meal, in place of what
 * @href held before.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_save_calendar_event (NbDb             *db,
                           gint64            collection_id,
                           const char       *href,
                           const char       *etag,
                           NbCalendarEvent  *event,
                           GError          **error)
{
  GDateTime *until = nb_calendar_event_get_until (event);
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db,
                        "INSERT OR REPLACE INTO calendar_events (collection_id, href, etag, uid,"
                        " summary, location, starts, ends, all_day, repeats, last_end, source)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  sqlite3_bind_text (stmt, 2, href, -1, SQLITE_TRANSIENT);
  nb_db_bind_text_or_null (stmt, 3, etag);
  nb_db_bind_text_or_null (stmt, 4, nb_calendar_event_get_uid (event));
  nb_db_bind_text_or_null (stmt, 5, nb_calendar_event_get_summary (event));
  nb_db_bind_text_or_null (stmt, 6, nb_calendar_event_get_location (event));
  sqlite3_bind_int64 (stmt, 7, g_date_time_to_unix (nb_calendar_event_get_start (event)));
  sqlite3_bind_int64 (stmt, 8, g_date_time_to_unix (nb_calendar_event_get_end (event)));
  sqlite3_bind_int (stmt, 9, nb_calendar_event_get_all_day (event));
  sqlite3_bind_int (stmt, 10, nb_calendar_event_get_repeats (event));
  if (until != NULL)
    sqlite3_bind_int64 (stmt, 11, g_date_time_to_unix (until));
  sqlite3_bind_text (stmt, 12, nb_calendar_event_get_source (event), -1, SQLITE_TRANSIENT);

  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_delete_calendar_event:
 * @db: a connection
 * @collection_id: the calendar it is in
 * @href: its resource
 * @error: return location for an error
 *
 * Forgets the event at @href, if there is one.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_delete_calendar_event (NbDb        *db,
                             gint64       collection_id,
                             const char  *href,
                             GError     **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "DELETE FROM calendar_events"
                                      " WHERE collection_id = ? AND href = ?",
                                      error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  sqlite3_bind_text (stmt, 2, href, -1, SQLITE_TRANSIENT);
  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_list_calendar_events:
 * @db: a connection
 * @from: the start of a period, in seconds since 1970
 * @to: its end, excluded
 * @error: return location for an error
 *
 * Lists the events that are not meals and may take place in a period: those
 * that repeat come once, and are to be expanded.
 *
 * Returns: (transfer full) (element-type NbCalendarEvent) (nullable): the
 *   events, by start
 */
GPtrArray *
nb_db_list_calendar_events (NbDb    *db,
                            gint64   from,
                            gint64   to,
                            GError **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT uid, summary, location, starts, ends, all_day, repeats, last_end,"
                        " source FROM calendar_events"
                        " WHERE starts < ?2 AND (last_end IS NULL OR last_end > ?1)"
                        " ORDER BY starts, id",
                        error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean all_day = sqlite3_column_int (stmt, 5) != 0;
      GDateTime *(*from_unix) (gint64) = all_day ? g_date_time_new_from_unix_utc
                                                 : g_date_time_new_from_unix_local;
      g_autoptr(GDateTime) start = from_unix (sqlite3_column_int64 (stmt, 3));
      g_autoptr(GDateTime) end = from_unix (sqlite3_column_int64 (stmt, 4));
      g_autoptr(GDateTime) until = NULL;

      if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
        until = from_unix (sqlite3_column_int64 (stmt, 7));

      g_ptr_array_add (events, nb_calendar_event_new (nb_db_column_text (stmt, 0),
                                                      nb_db_column_text (stmt, 1),
                                                      nb_db_column_text (stmt, 2),
                                                      start, end, all_day, until,
                                                      sqlite3_column_int (stmt, 6) != 0,
                                                      nb_db_column_text (stmt, 8)));
    }

  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&events);
}

/* ---------------------------------------------------------------------- */
/* History                                                                 */

/**
 * nb_db_add_sync_note:
 * @db: a connection
 * @kind: a contact or a meal
 * @uid: its UID
 * @summary: what a conflict replaced, for people
 * @data: (nullable): the whole version that lost, as the server had it
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_add_sync_note (NbDb              *db,
                     NbCollectionKind   kind,
                     const char        *uid,
                     const char        *summary,
                     const char        *data,
                     GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db,
                        "INSERT INTO sync_history (kind, uid, date, summary, data)"
                        " VALUES (?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, kind);
  sqlite3_bind_text (stmt, 2, uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, nb_db_now_usec ());
  sqlite3_bind_text (stmt, 4, summary, -1, SQLITE_TRANSIENT);
  nb_db_bind_text_or_null (stmt, 5, data);
  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_list_sync_notes:
 * @db: a connection
 * @kind: a contact or a meal
 * @uid: its UID
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbSyncNote) (nullable): what sync
 *   conflicts replaced in the item, the newest first
 */
GPtrArray *
nb_db_list_sync_notes (NbDb              *db,
                       NbCollectionKind   kind,
                       const char        *uid,
                       GError           **error)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_sync_note_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT date, summary, data FROM sync_history WHERE kind = ? AND uid = ?"
                        " ORDER BY date DESC, id DESC",
                        error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, kind);
  sqlite3_bind_text (stmt, 2, uid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NbSyncNote *note = g_new0 (NbSyncNote, 1);

      note->date = sqlite3_column_int64 (stmt, 0);
      note->summary = column_dup (stmt, 1);
      note->data = column_dup (stmt, 2);
      g_ptr_array_add (notes, note);
    }

  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&notes);
}

/**
 * nb_db_is_synced:
 * @db: a connection
 * @uid: a contact's or meal's UID
 *
 * Returns: whether any collection of any account has the item, so that its
 *   UID must stay as it is
 */
gboolean
nb_db_is_synced (NbDb       *db,
                 const char *uid)
{
  /* Through the (collection_id, uid) index, one probe per collection. */
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT 1 FROM sync_items"
                                      " WHERE collection_id IN (SELECT id FROM sync_collections)"
                                      " AND uid = ? LIMIT 1", NULL);

  /* When in doubt, it is. */
  if (stmt == NULL)
    return TRUE;

  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  return nb_db_find_id (db, stmt, NULL) != 0;
}
