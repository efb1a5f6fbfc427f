/* nb-db-reminders.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include "nb-db.h"

/* What the reminders need of the database beyond the keep-in-touch list:
 * the day the daily digest was last given, and snoozing everyone due at
 * once. The day is kept in the database, not in GSettings, so that two
 * Netbooks on one database (a window and `netbook --background`, or two
 * sessions of one user) give one digest between them: the claim is a
 * write transaction, which the second waits for and then finds done. */

#define DIGEST_DAY_KEY "keep-in-touch-digest-day"

/**
 * nb_db_get_digest_day:
 * @db: a connection
 * @day: (out): the Julian day the digest was last given, or 0 if never
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_get_digest_day (NbDb     *db,
                      guint32  *day,
                      GError  **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT value FROM meta WHERE key = '" DIGEST_DAY_KEY "'",
                                      error);
  int rc;

  *day = 0;
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      gint64 value = g_ascii_strtoll (nb_db_column_text (stmt, 0) ? nb_db_column_text (stmt, 0) : "0",
                                      NULL, 10);

      *day = value > 0 && value <= G_MAXUINT32 ? (guint32) value : 0;
      rc = SQLITE_DONE;
    }

  return nb_db_finish_rows (db, stmt, rc, error);
}

/**
 * nb_db_set_digest_day:
 * @db: a connection, inside a transaction
 * @day: the Julian day the digest was given
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_set_digest_day (NbDb     *db,
                      guint32   day,
                      GError  **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "INSERT OR REPLACE INTO meta (key, value)"
                                      " VALUES ('" DIGEST_DAY_KEY "', ?)",
                                      error);
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (stmt == NULL)
    return FALSE;

  g_snprintf (text, sizeof text, "%" G_GUINT32_FORMAT, day);
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_snooze_due:
 * @db: a connection, inside a transaction
 * @today: the current day, a Julian day number
 * @default_cadence: the default rhythm, in days
 * @until: when the snooze ends, in seconds since 1970
 * @hidden: (nullable): contact ids to leave out
 * @error: return location for an error
 *
 * Snoozes everyone due today until @until.
 *
 * Returns: how many were snoozed, or -1 on error
 */
gint64
nb_db_snooze_due (NbDb        *db,
                  guint32      today,
                  int          default_cadence,
                  gint64       until,
                  GHashTable  *hidden,
                  GError     **error)
{
  g_autoptr(GArray) due = NULL;

  g_assert (nb_db_in_transaction (db));

  due = nb_db_list_overdue (db, today, default_cadence, 0.0, NULL, NULL, NULL, hidden, 0, G_MAXUINT,
                            NULL, error);
  if (due == NULL)
    return -1;

  for (guint i = 0; i < due->len; i++)
    if (!nb_db_snooze_contact (db, g_array_index (due, NbDbOverdue, i).contact_id, until, error))
      return -1;

  return due->len;
}
