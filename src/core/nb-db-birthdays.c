/* nb-db-birthdays.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include "nb-db.h"

/* Birthdays by the day they are celebrated on, read through the index on
 * (bday_month, bday_day): a month of them is one indexed look-up, however
 * many contacts there are. */

/**
 * nb_db_birthday_days_sql:
 * @from: the first day
 * @n_days: how many days
 *
 * Returns: (transfer full): the (month, day) pairs of the days, for an
 *   `IN (VALUES …)`: February 29 comes with February 28 of a common year,
 *   when it is celebrated then
 */
GString *
nb_db_birthday_days_sql (const GDate *from,
                         guint        n_days)
{
  GString *sql = g_string_new (NULL);
  GDate day = *from;

  for (guint i = 0; i < n_days; i++)
    {
      g_string_append_printf (sql, "%s(%u, %u)", i ? ", " : "",
                              g_date_get_month (&day), g_date_get_day (&day));
      if (g_date_get_month (&day) == 2 && g_date_get_day (&day) == 28 &&
          !g_date_is_leap_year (g_date_get_year (&day)))
        g_string_append (sql, ", (2, 29)");
      g_date_add_days (&day, 1);
    }

  return sql;
}

/* A birthday found, with its contact's collation key, to sort by. */
typedef struct
{
  NbBirthdayEvent *event;
  GBytes          *sort_key;
} Found;

static void
found_clear (Found *found)
{
  g_clear_pointer (&found->event, nb_birthday_event_free);
  g_clear_pointer (&found->sort_key, g_bytes_unref);
}

static int
compare_found (gconstpointer a,
               gconstpointer b)
{
  const Found *fa = a;
  const Found *fb = b;
  int by_date = g_date_compare (&fa->event->date, &fb->event->date);

  if (by_date != 0)
    return by_date;

  /* By name as the contact list sorts: the stored collation keys. */
  return g_bytes_compare (fa->sort_key, fb->sort_key);
}

/**
 * nb_db_list_birthdays:
 * @db: a connection
 * @from: the first day
 * @n_days: how many days, at most 366
 * @limit: how many at most, the first by day and name; 0 for all
 * @hidden: (nullable): contact ids to leave out
 * @n_total: (out) (optional): how many there are in all
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbBirthdayEvent) (nullable): the
 *   birthdays celebrated on those days, by day and name
 */
GPtrArray *
nb_db_list_birthdays (NbDb         *db,
                      const GDate  *from,
                      guint         n_days,
                      guint         limit,
                      GHashTable   *hidden,
                      guint        *n_total,
                      GError      **error)
{
  g_autoptr(GArray) found = g_array_new (FALSE, TRUE, sizeof (Found));
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_birthday_event_free);
  g_autoptr(GString) days = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  GDate end;
  int rc;

  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (n_days > 0 && n_days <= 366, NULL);

  g_array_set_clear_func (found, (GDestroyNotify) found_clear);
  end = *from;
  g_date_add_days (&end, n_days);
  days = nb_db_birthday_days_sql (from, n_days);
  sql = g_strdup_printf ("SELECT id, full_name, bday_year, bday_month, bday_day, sort_key FROM contacts"
                         " WHERE bday_month IS NOT NULL AND (bday_month, bday_day) IN (VALUES %s)",
                         days->str);

  /* Not a cached statement: its text changes with the days. */
  rc = sqlite3_prepare_v2 (nb_db_get_handle (db), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      nb_db_set_error (db, rc, error);
      return NULL;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      NbBirthday birthday = { sqlite3_column_int (stmt, 2), sqlite3_column_int (stmt, 3),
                              sqlite3_column_int (stmt, 4) };
      Found one;
      GDate date;

      if (hidden != NULL && g_hash_table_contains (hidden, &id))
        continue;

      nb_birthday_get_next (&birthday, from, &date);
      if (g_date_compare (&date, &end) >= 0)
        continue;

      one.event = nb_birthday_event_new (id, nb_db_column_text (stmt, 1), &birthday, &date);
      one.sort_key = g_bytes_new (sqlite3_column_blob (stmt, 5), sqlite3_column_bytes (stmt, 5));
      g_array_append_val (found, one);
    }

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      nb_db_set_error (db, rc, error);
      return NULL;
    }

  g_array_sort (found, compare_found);
  if (n_total != NULL)
    *n_total = found->len;

  for (guint i = 0; i < found->len && (limit == 0 || i < limit); i++)
    g_ptr_array_add (events, g_steal_pointer (&g_array_index (found, Found, i).event));

  return g_steal_pointer (&events);
}

/**
 * nb_db_claim_birthday_notices:
 * @db: a connection, inside a transaction
 * @today: the current date
 * @hidden: (nullable): contact ids to leave out
 * @error: return location for an error
 *
 * Notes today's birthdays as announced, and returns those that were not
 * yet: a birthday is announced once a year, however often this is asked.
 *
 * Returns: (transfer full) (element-type NbBirthdayEvent) (nullable): the
 *   birthdays to announce now
 */
GPtrArray *
nb_db_claim_birthday_notices (NbDb         *db,
                              const GDate  *today,
                              GHashTable   *hidden,
                              GError      **error)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) claimed = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_birthday_event_free);
  sqlite3_stmt *stmt;

  g_assert (nb_db_in_transaction (db));

  events = nb_db_list_birthdays (db, today, 1, 0, hidden, NULL, error);
  if (events == NULL)
    return NULL;

  stmt = nb_db_prepare (db, "INSERT OR IGNORE INTO birthday_notices (contact_id, year) VALUES (?, ?)", error);
  if (stmt == NULL)
    return NULL;

  for (guint i = 0; i < events->len; i++)
    {
      NbBirthdayEvent *event = g_ptr_array_index (events, i);

      sqlite3_bind_int64 (stmt, 1, event->contact_id);
      sqlite3_bind_int (stmt, 2, g_date_get_year (today));
      if (!nb_db_step_done (db, stmt, error))
        return NULL;
      if (sqlite3_changes (nb_db_get_handle (db)) > 0)
        g_ptr_array_add (claimed, nb_birthday_event_copy (event));
    }

  return g_steal_pointer (&claimed);
}

/**
 * nb_db_foreach_birthday:
 * @db: a connection
 * @func: called with each contact that has a birthday, by name
 * @user_data: data for @func
 * @error: return location for an error
 *
 * Returns: %TRUE if every birthday was visited
 */
gboolean
nb_db_foreach_birthday (NbDb              *db,
                        NbDbBirthdayFunc   func,
                        gpointer           user_data,
                        GError           **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "SELECT uid, full_name, bday_year, bday_month, bday_day"
                                      " FROM contacts WHERE bday_month IS NOT NULL"
                                      " ORDER BY sort_key, id",
                                      error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NbBirthday) birthday = nb_birthday_new (sqlite3_column_int (stmt, 2),
                                                        sqlite3_column_int (stmt, 3),
                                                        sqlite3_column_int (stmt, 4));

      if (birthday != NULL &&
          !func (nb_db_column_text (stmt, 0), nb_db_column_text (stmt, 1), birthday, user_data, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
    }

  return nb_db_finish_rows (db, stmt, rc, error);
}
