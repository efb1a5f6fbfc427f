/* nb-db-capture.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-db.h"
#include "nb-interaction-private.h"

/* The source of a calendar file's meetings, and the first text after
 * every such source (":" + 1 is ";"), for a range the index answers. */
#define CAPTURE_FILE_PREFIX     "file:"
#define CAPTURE_FILE_PREFIX_END "file;"

/* Interactions read from a calendar the user chose: each is an ordinary
 * "met" interaction whose captured_from names the calendar and
 * captured_key the event and its time (schema v8), so that reading the
 * calendar again changes exactly what it added. */

static gboolean
add_contacts (NbDb        *db,
              const char  *email,
              GArray      *people,
              GError     **error)
{
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;

  /* lower (value) is what the contact_emails index holds. */
  stmt = nb_db_prepare (db,
                        "SELECT DISTINCT contact_id FROM contact_fields"
                        " WHERE kind = 0 AND lower (value) = lower (?1)",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, email, -1, SQLITE_TRANSIENT);
  if ((ids = nb_db_collect_ids (db, stmt, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gboolean found = FALSE;

      for (guint j = 0; j < people->len && !found; j++)
        found = g_array_index (people, gint64, j) == id;
      if (!found)
        g_array_append_val (people, id);
    }

  return TRUE;
}

static gint
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gboolean
same_people (GArray *a,
             GArray *b)
{
  g_autoptr(GArray) x = g_array_copy (a);
  g_autoptr(GArray) y = g_array_copy (b);

  if (x->len != y->len)
    return FALSE;
  g_array_sort (x, compare_ids);
  g_array_sort (y, compare_ids);
  return memcmp (x->data, y->data, x->len * sizeof (gint64)) == 0;
}

/**
 * nb_db_replace_captured:
 * @db: a connection, inside a transaction
 * @source: the calendar, e.g. "collection:12" or "file:/home/ada/work.ics"
 * @meetings: (element-type NbCapturedMeeting): its past meetings
 * @now: events that start after it are left out
 * @touched: (nullable) (element-type gint64): where to add the contacts
 *   whose last interaction may have changed
 * @n_changed: (out) (optional): how many interactions were added,
 *   changed or removed
 * @error: return location for an error
 *
 * Makes the interactions captured from @source those of @meetings whose
 * organizer or attendees are contacts (by email, in any case): adds the
 * new ones, updates the changed ones and removes those whose event is
 * gone. An empty @meetings removes all @source added.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_replace_captured (NbDb       *db,
                        const char *source,
                        GPtrArray  *meetings,
                        gint64      now,
                        GArray     *touched,
                        guint      *n_changed,
                        GError    **error)
{
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) dismissed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) still_dismissed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer name, value;
  sqlite3_stmt *stmt;
  guint changed = 0;
  int rc;

  g_assert (nb_db_in_transaction (db));

  stmt = nb_db_prepare (db, "SELECT id, captured_key FROM interactions WHERE captured_from = ?1",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (stored, g_strdup (nb_db_column_text (stmt, 1)),
                           g_memdup2 (&id, sizeof id));
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return FALSE;

  stmt = nb_db_prepare (db, "SELECT key FROM capture_dismissed WHERE source = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (dismissed, g_strdup (nb_db_column_text (stmt, 0)));
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return FALSE;

  for (guint i = 0; meetings != NULL && i < meetings->len; i++)
    {
      NbCapturedMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(NbInteraction) interaction = NULL;
      g_autofree gint64 *id = NULL;
      g_autofree char *key = NULL;

      if (meeting->date > now)
        continue;
      /* Deleted by the user: still dismissed while it is in the calendar. */
      if (g_hash_table_remove (dismissed, meeting->key))
        {
          g_hash_table_add (still_dismissed, g_strdup (meeting->key));
          continue;
        }
      if (g_hash_table_contains (still_dismissed, meeting->key))
        continue;

      for (guint j = 0; j < meeting->emails->len; j++)
        if (!add_contacts (db, g_ptr_array_index (meeting->emails, j), people, error))
          return FALSE;
      if (people->len == 0)
        continue;

      /* Taken out: what is left in @stored is gone from the calendar; a
       * key seen twice counts once. */
      if (g_hash_table_lookup_extended (stored, meeting->key, NULL, &value) && value == NULL)
        continue;
      g_hash_table_steal_extended (stored, meeting->key, (gpointer *) &key, (gpointer *) &id);

      if (id != NULL)
        {
          if ((interaction = nb_db_load_interaction (db, *id, error)) == NULL)
            return FALSE;
          if (nb_interaction_get_date (interaction) == meeting->date &&
              g_strcmp0 (nb_interaction_get_title (interaction), meeting->title) == 0 &&
              same_people (nb_interaction_get_people (interaction), people))
            {
              /* Unchanged; remember the key so a twin is skipped. */
              g_hash_table_insert (stored, g_steal_pointer (&key), NULL);
              continue;
            }
        }
      else
        interaction = nb_interaction_new ();

      nb_interaction_set_kind (interaction, NB_INTERACTION_MET);
      nb_interaction_set_date (interaction, meeting->date);
      nb_interaction_set_has_time (interaction, TRUE);
      nb_interaction_set_title (interaction, meeting->title);
      nb_interaction_set_people (interaction, people);
      if (!nb_db_write_interaction (db, interaction, touched, error))
        return FALSE;
      changed++;

      if (id == NULL)
        {
          stmt = nb_db_prepare (db,
                                "UPDATE interactions SET captured_from = ?1, captured_key = ?2"
                                " WHERE id = ?3",
                                error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, meeting->key, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 3, nb_interaction_get_id (interaction));
          if (!nb_db_step_done (db, stmt, error))
            return FALSE;
          key = g_strdup (meeting->key);
        }
      g_hash_table_insert (stored, g_steal_pointer (&key), NULL);
    }

  g_hash_table_iter_init (&iter, stored);
  while (g_hash_table_iter_next (&iter, &name, &value))
    {
      if (value == NULL)
        continue;
      if (!nb_db_delete_interaction (db, *(gint64 *) value, touched, error))
        return FALSE;
      /* Gone from the calendar, not dismissed by the user. */
      g_hash_table_add (dismissed, g_strdup (name));
      changed++;
    }

  /* What is no longer in the calendar is no longer dismissed. */
  stmt = nb_db_prepare (db, "DELETE FROM capture_dismissed WHERE source = ?1 AND key = ?2", error);
  if (stmt == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, dismissed);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    {
      sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      if (!nb_db_step_done (db, stmt, error))
        return FALSE;
    }

  if (n_changed != NULL)
    *n_changed = changed;

  return TRUE;
}

/**
 * nb_db_capture_source:
 * @account_id: an account
 * @url: one of its calendars
 *
 * Returns: (transfer full): what captured_from says of the calendar
 */
char *
nb_db_capture_source (gint64      account_id,
                      const char *url)
{
  return g_strdup_printf ("caldav:%" G_GINT64_FORMAT ":%s", account_id, url);
}

/**
 * nb_db_capture_file_source:
 * @path: a calendar file
 *
 * Returns: (transfer full): what captured_from says of the file
 */
char *
nb_db_capture_file_source (const char *path)
{
  return g_strconcat (CAPTURE_FILE_PREFIX, path, NULL);
}

/**
 * nb_db_list_capture_calendars:
 * @db: a connection
 * @account_id: an account
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the URLs of the
 *   account's calendars counted as interactions, in order
 */
GPtrArray *
nb_db_list_capture_calendars (NbDb    *db,
                              gint64   account_id,
                              GError **error)
{
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db, "SELECT url FROM capture_calendars WHERE account_id = ?1 ORDER BY url",
                        error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (urls, g_strdup (nb_db_column_text (stmt, 0)));
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&urls);
}

/**
 * nb_db_set_capture_calendar:
 * @db: a connection, inside a transaction
 * @account_id: an account
 * @url: one of its calendars
 * @capture: whether its meetings count as interactions
 * @touched: (nullable) (element-type gint64): where to add the contacts
 *   whose last interaction may have changed
 * @error: return location for an error
 *
 * Chooses the calendar, to be read at the next sync, or takes it back
 * with the interactions it added.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_set_capture_calendar (NbDb        *db,
                            gint64       account_id,
                            const char  *url,
                            gboolean     capture,
                            GArray      *touched,
                            GError     **error)
{
  g_autofree char *source = nb_db_capture_source (account_id, url);
  sqlite3_stmt *stmt;

  g_assert (nb_db_in_transaction (db));

  stmt = nb_db_prepare (db,
                        capture
                        ? "INSERT OR IGNORE INTO capture_calendars (account_id, url) VALUES (?1, ?2)"
                        : "DELETE FROM capture_calendars WHERE account_id = ?1 AND url = ?2",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_text (stmt, 2, url, -1, SQLITE_TRANSIENT);
  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  return capture || nb_db_replace_captured (db, source, NULL, 0, touched, NULL, error);
}

/**
 * nb_db_forget_account_captures:
 * @db: a connection, inside a transaction
 * @account_id: an account about to be removed
 * @error: return location for an error
 *
 * Removes the interactions its calendars added.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_forget_account_captures (NbDb    *db,
                               gint64   account_id,
                               GError **error)
{
  g_autoptr(GPtrArray) urls = nb_db_list_capture_calendars (db, account_id, error);

  if (urls == NULL)
    return FALSE;

  for (guint i = 0; i < urls->len; i++)
    if (!nb_db_set_capture_calendar (db, account_id, g_ptr_array_index (urls, i), FALSE, NULL, error))
      return FALSE;

  return TRUE;
}

/**
 * nb_db_list_capture_files:
 * @db: a connection
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the paths of
 *   the calendar files whose meetings count as interactions, those that
 *   added at least one, in order
 */
GPtrArray *
nb_db_list_capture_files (NbDb    *db,
                          GError **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  /* A range on captured_from: the partial index answers it. */
  stmt = nb_db_prepare (db,
                        "SELECT DISTINCT substr (captured_from, length ('" CAPTURE_FILE_PREFIX "') + 1)"
                        " FROM interactions WHERE captured_from >= '" CAPTURE_FILE_PREFIX "'"
                        " AND captured_from < '" CAPTURE_FILE_PREFIX_END "' ORDER BY captured_from",
                        error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (paths, g_strdup (nb_db_column_text (stmt, 0)));
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&paths);
}

/**
 * nb_db_get_capture_state:
 * @db: a connection
 * @account_id: an account
 * @url: one of its chosen calendars
 * @state: (out) (transfer full) (nullable): its sync-token or getctag when
 *   it was last read, %NULL when it must be read again
 * @recheck: (out): when the next of its meetings begins (Unix time)
 * @error: return location for an error
 *
 * Returns: %TRUE on success (also when the calendar is not chosen: then
 *   @state is %NULL)
 */
gboolean
nb_db_get_capture_state (NbDb        *db,
                         gint64       account_id,
                         const char  *url,
                         char       **state,
                         gint64      *recheck,
                         GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *state = NULL;
  *recheck = 0;

  stmt = nb_db_prepare (db, "SELECT state, recheck FROM capture_calendars"
                            " WHERE account_id = ?1 AND url = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_text (stmt, 2, url, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_free (*state);
      *state = g_strdup (nb_db_column_text (stmt, 0));
      *recheck = sqlite3_column_int64 (stmt, 1);
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    {
      g_clear_pointer (state, g_free);
      return FALSE;
    }

  return TRUE;
}

/**
 * nb_db_set_capture_state:
 * @db: a connection
 * @account_id: an account
 * @url: one of its chosen calendars, just read
 * @state: (nullable): its sync-token or getctag as it was read
 * @recheck: when the next of its meetings begins (Unix time)
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_set_capture_state (NbDb        *db,
                         gint64       account_id,
                         const char  *url,
                         const char  *state,
                         gint64       recheck,
                         GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db, "UPDATE capture_calendars SET state = ?3, recheck = ?4"
                            " WHERE account_id = ?1 AND url = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_text (stmt, 2, url, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, state, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, recheck);

  return nb_db_step_done (db, stmt, error);
}

