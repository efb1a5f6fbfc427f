/* nb-store-transaction-interactions.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-store-transaction"

#include "config.h"

#include "nb-store-transaction-private.h"

/* What import, export and sync need of interactions through the door:
 * each interaction by UID, the name, preferred email address and UID of
 * the people they are with, and, for sync, the collection of an account
 * made after the account (the journal). Part of NbStoreTransaction. */

static gboolean
can_write (NbStoreTransaction *self)
{
  return self->writable && !self->done;
}

/**
 * nb_store_transaction_merge_interaction:
 * @self: a transaction
 * @interaction: a detached interaction read from a calendar file
 * @outcome: (out) (optional): what was done
 * @error: return location for an error
 *
 * Adds @interaction, or replaces the stored one with the same UID, so that
 * importing a file twice adds nothing the second time.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_merge_interaction (NbStoreTransaction  *self,
                                        NbInteraction       *interaction,
                                        NbMergeOutcome      *outcome,
                                        GError             **error)
{
  g_autoptr(NbInteraction) stored = NULL;
  g_autoptr(NbInteraction) copy = NULL;
  gint64 id = 0;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_INTERACTION (interaction), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  if (nb_interaction_get_uid (interaction) != NULL)
    {
      id = nb_db_find_interaction_by_uid (self->db, nb_interaction_get_uid (interaction), error);
      if (id < 0)
        return FALSE;
    }

  if (id != 0)
    {
      g_autoptr(NbInteraction) probe = NULL;

      stored = nb_db_load_interaction (self->db, id, error);
      if (stored == NULL)
        return FALSE;

      /* One made here that comes back as it went out is as it was. */
      probe = nb_interaction_copy (interaction);
      if (nb_interaction_get_ical_source (stored) == NULL)
        nb_interaction_set_ical_source (probe, NULL);

      if (nb_interaction_content_equal (stored, probe))
        {
          if (outcome)
            *outcome = NB_MERGE_UNCHANGED;
          return TRUE;
        }
    }

  copy = stored ? nb_interaction_copy (stored) : nb_interaction_new ();
  nb_interaction_assign (copy, interaction);
  if (!nb_db_write_interaction (self->db, copy, NULL, error))
    return FALSE;

  if (outcome)
    *outcome = id ? NB_MERGE_UPDATED : NB_MERGE_ADDED;
  return TRUE;
}

/**
 * nb_store_transaction_foreach_interaction:
 * @self: a transaction
 * @cancellable: (nullable): a cancellable
 * @func: called with each interaction that is not waiting to be deleted,
 *   by date
 * @user_data: data for @func
 * @error: return location for an error
 *
 * Returns: %TRUE if every interaction was visited
 */
gboolean
nb_store_transaction_foreach_interaction (NbStoreTransaction  *self,
                                          GCancellable        *cancellable,
                                          NbInteractionFunc    func,
                                          gpointer             user_data,
                                          GError             **error)
{
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);

  stmt = nb_db_prepare (self->db, "SELECT id FROM interactions WHERE hidden = 0 ORDER BY date, id",
                        error);
  if (stmt == NULL)
    return FALSE;

  ids = nb_db_collect_ids (self->db, stmt, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(NbInteraction) interaction = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      interaction = nb_db_load_interaction (self->db, g_array_index (ids, gint64, i), error);
      if (interaction == NULL || !func (interaction, user_data, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * nb_store_transaction_get_person:
 * @self: a transaction
 * @contact_id: a contact
 * @name: (out) (optional) (transfer full): its name
 * @email: (out) (optional) (transfer full) (nullable): its preferred email
 *   address, else its first, or %NULL
 * @uid: (out) (optional) (transfer full): its UID
 *
 * Returns: %TRUE if the contact exists
 */
gboolean
nb_store_transaction_get_person (NbStoreTransaction  *self,
                                 gint64               contact_id,
                                 char               **name,
                                 char               **email,
                                 char               **uid)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);

  stmt = nb_db_prepare (self->db,
                        "SELECT full_name, uid,"
                        " (SELECT value FROM contact_fields f WHERE f.contact_id = c.id AND f.kind = 0"
                        "  ORDER BY f.pref = 0, f.pref, f.position LIMIT 1)"
                        " FROM contacts c WHERE id = ?",
                        NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (name)
        *name = g_strdup (nb_db_column_text (stmt, 0));
      if (uid)
        *uid = g_strdup (nb_db_column_text (stmt, 1));
      if (email)
        *email = g_strdup (nb_db_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);

  return found;
}

/**
 * nb_store_transaction_load_interaction_by_uid:
 * @self: a transaction
 * @uid: an interaction's UID
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the interaction, or %NULL with
 *   @error unset if there is none
 */
NbInteraction *
nb_store_transaction_load_interaction_by_uid (NbStoreTransaction  *self,
                                              const char          *uid,
                                              GError             **error)
{
  gint64 id;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  id = nb_db_find_interaction_by_uid (self->db, uid, error);
  if (id <= 0)
    return NULL;

  return nb_db_load_interaction (self->db, id, error);
}

/**
 * nb_store_transaction_save_interaction:
 * @self: a transaction
 * @interaction: an interaction; added when its id is 0, else updated
 * @error: return location for an error
 *
 * Writes @interaction as it is and sets its `updated`, and the last
 * interaction of its people.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_save_interaction (NbStoreTransaction  *self,
                                       NbInteraction       *interaction,
                                       GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_INTERACTION (interaction), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_write_interaction (self->db, interaction, NULL, error);
}

/**
 * nb_store_transaction_delete_interaction:
 * @self: a transaction
 * @id: a stored interaction's id
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_delete_interaction (NbStoreTransaction  *self,
                                         gint64               id,
                                         GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_delete_interaction (self->db, id, NULL, error);
}

/**
 * nb_store_transaction_set_collection:
 * @self: a transaction
 * @account: an account
 * @kind: which of its collections
 * @url: the collection's URL; "" for one the server would not make
 * @name: (nullable): its name
 * @error: return location for an error
 *
 * Gives an account a collection it did not have (the journal, for an
 * account added before there was one), and sets it on @account too.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_set_collection (NbStoreTransaction  *self,
                                     NbAccount           *account,
                                     NbCollectionKind     kind,
                                     const char          *url,
                                     const char          *name,
                                     GError             **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (kind < NB_N_COLLECTION_KINDS && url != NULL, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  stmt = nb_db_prepare (self->db,
                        "INSERT INTO sync_collections (account_id, kind, url, name) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT (account_id, kind) DO UPDATE SET url = excluded.url,"
                        " name = excluded.name, sync_token = NULL, ctag = NULL",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, nb_account_get_id (account));
  sqlite3_bind_int (stmt, 2, kind);
  sqlite3_bind_text (stmt, 3, url, -1, SQLITE_TRANSIENT);
  nb_db_bind_text_or_null (stmt, 4, name);
  if (!nb_db_step_done (self->db, stmt, error))
    return FALSE;

  nb_account_set_collection (account, kind, url, name);
  return TRUE;
}

/**
 * nb_store_transaction_get_circle_cadence:
 * @self: a transaction
 * @name: a circle
 *
 * Returns: the circle's keep-in-touch rhythm in days (0 for never), or -1
 *   if it has none
 */
int
nb_store_transaction_get_circle_cadence (NbStoreTransaction *self,
                                         const char         *name)
{
  sqlite3_stmt *stmt;
  int days = -1;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), -1);
  g_return_val_if_fail (name != NULL, -1);

  stmt = nb_db_prepare (self->db, "SELECT cadence_days FROM circles WHERE name = ?", NULL);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    days = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return days;
}

/**
 * nb_store_transaction_set_circle_cadence:
 * @self: a transaction
 * @name: a circle
 * @days: its rhythm in days, 0 for never, or -1 for none
 * @error: return location for an error
 *
 * Sets a circle's rhythm, and the rhythm of each of its members.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_set_circle_cadence (NbStoreTransaction  *self,
                                         const char          *name,
                                         int                  days,
                                         GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_set_circle_cadence (self->db, name, days < 0 ? -1 : days, error);
}

/**
 * nb_store_transaction_replace_file_captured:
 * @self: a transaction
 * @path: a calendar file being imported
 * @meetings: (element-type NbCapturedMeeting): its past meetings
 * @now: later ones are left out
 * @n_changed: (out) (optional): how many interactions were added, changed
 *   or removed
 * @error: return location for an error
 *
 * nb_store_replace_captured_interactions() for the file, inside the
 * import's transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_replace_file_captured (NbStoreTransaction  *self,
                                            const char          *path,
                                            GPtrArray           *meetings,
                                            GDateTime           *now,
                                            guint               *n_changed,
                                            GError             **error)
{
  g_autofree char *source = NULL;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  source = nb_db_capture_file_source (path);
  return nb_db_replace_captured (self->db, source, meetings, g_date_time_to_unix (now),
                                 NULL, n_changed, error);
}

/**
 * nb_store_transaction_has_file_captured:
 * @self: a transaction
 * @path: a calendar file
 *
 * Returns: whether some meetings of @path count as interactions
 */
gboolean
nb_store_transaction_has_file_captured (NbStoreTransaction *self,
                                        const char         *path)
{
  g_autofree char *source = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  stmt = nb_db_prepare (self->db, "SELECT 1 FROM interactions WHERE captured_from = ?1 LIMIT 1", NULL);
  if (stmt == NULL)
    return FALSE;
  source = nb_db_capture_file_source (path);
  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return found;
}

