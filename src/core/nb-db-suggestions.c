/* nb-db-suggestions.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include "nb-db.h"
#include "nb-invite-ranking.h"

/* Whom to invite next: the database finds the contacts worth inviting and
 * how overdue each is; nb-invite-ranking.c scores them and says why. */

/* The columns facts_from_row() reads, and who is left out: those not to
 * be reminded of (a rhythm of 0), and those with a meal planned, or past
 * and not yet answered for. ?1 is now, in seconds since 1970, ?2 the
 * default rhythm, %s the birthdays to come (nb_db_birthday_days_sql()). */
#define SUGGESTION_COLUMNS \
  "SELECT id, last_interaction, last_interaction_kind, created / 1000000," \
  "  bday_year, bday_month, bday_day," \
  "  CASE WHEN last_interaction IS NULL" \
  "    THEN MAX ((?1 - created / 1000000) / 86400.0 / COALESCE (cadence_days, ?2), " \
  G_STRINGIFY (NB_INVITE_NEVER_MET_OVERDUE) ")" \
  "    ELSE (?1 - last_interaction) / 86400.0 / COALESCE (cadence_days, ?2) END AS overdue," \
  "  (bday_month, bday_day) IN (VALUES %s) AS birthday_soon" \
  " FROM contacts c" \
  " WHERE COALESCE (cadence_days, ?2) > 0" \
  "  AND NOT EXISTS (SELECT 1 FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id" \
  "                  WHERE a.contact_id = c.id AND m.status = 0)"

static NbSuggestion *
suggestion_from_row (sqlite3_stmt *stmt,
                     GDateTime    *now,
                     const GDate  *today)
{
  g_autoptr(NbBirthday) birthday = NULL;
  NbInviteFacts facts = {
    .contact_id = sqlite3_column_int64 (stmt, 0),
    .last_interaction = sqlite3_column_int64 (stmt, 1),
    .last_kind = sqlite3_column_int (stmt, 2),
    .created = sqlite3_column_int64 (stmt, 3),
    .overdue = sqlite3_column_double (stmt, 7),
  };

  if (sqlite3_column_int (stmt, 8))
    birthday = nb_birthday_new (sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5),
                                sqlite3_column_int (stmt, 6));
  facts.birthday = birthday;

  return nb_invite_ranking_suggest (&facts, now, today);
}

static gboolean
add_suggestions (NbDb          *db,
                 const char    *sql,
                 GDateTime     *now,
                 int            default_cadence,
                 guint          limit,
                 GHashTable    *hidden,
                 GHashTable    *seen,
                 GPtrArray     *suggestions,
                 GCancellable  *cancellable,
                 GError       **error)
{
  gint64 now_unix = g_date_time_to_unix (now);
  sqlite3_stmt *stmt;
  GDate today;
  int rc;

  nb_date_set_from_date_time (&today, now);

  /* Not a cached statement: its text changes with the day. */
  rc = sqlite3_prepare_v2 (nb_db_get_handle (db), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return nb_db_set_error (db, rc, error);

  sqlite3_bind_int64 (stmt, 1, now_unix);
  sqlite3_bind_int (stmt, 2, MAX (default_cadence, 1));
  sqlite3_bind_int (stmt, 3, limit);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      NbSuggestion *suggestion;

      if (g_cancellable_is_cancelled (cancellable))
        {
          rc = SQLITE_INTERRUPT;
          break;
        }

      if ((hidden != NULL && g_hash_table_contains (hidden, &id)) || g_hash_table_contains (seen, &id))
        continue;

      suggestion = suggestion_from_row (stmt, now, &today);
      g_hash_table_add (seen, &suggestion->contact_id);
      g_ptr_array_add (suggestions, suggestion);
    }

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return nb_db_set_error (db, rc, error);

  return TRUE;
}

/**
 * nb_db_suggest_invitees:
 * @db: a connection
 * @now: the current time
 * @default_cadence: the keep-in-touch cadence, in days, of contacts that
 *   have none of their own
 * @limit: how many suggestions at most
 * @hidden: (nullable): contact ids to leave out
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Ranks whom to invite next: the days since the last real interaction (a
 * meal that happened, a logged contact) or, for those never met, since they
 * were added (at least half a cadence), divided by their cadence; a
 * birthday in the next week raises the score. Those met within the last
 * quarter of their cadence are not proposed, unless for their birthday.
 * Contacts with a meal already planned (or past and not yet answered for),
 * and those not to be reminded of (cadence 0), are left out. The rules are
 * nb-invite-ranking.h's.
 *
 * Returns: (transfer full) (element-type NbSuggestion): the suggestions,
 *   best first
 */
GPtrArray *
nb_db_suggest_invitees (NbDb          *db,
                        GDateTime     *now,
                        int            default_cadence,
                        guint          limit,
                        GHashTable    *hidden,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_suggestion_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GString) days = NULL;
  g_autofree char *birthdays_sql = NULL;
  g_autofree char *overdue_sql = NULL;
  guint margin = limit + (hidden ? g_hash_table_size (hidden) : 0);
  GDate today;

  nb_date_set_from_date_time (&today, now);
  days = nb_db_birthday_days_sql (&today, NB_INVITE_BIRTHDAY_DAYS_AHEAD);

  /* Everyone with a birthday in the next days (the birthday index finds
   * them), and the most overdue (one walk over the contacts, in a worker
   * thread). */
  birthdays_sql = g_strdup_printf (SUGGESTION_COLUMNS " AND (bday_month, bday_day) IN (VALUES %s)",
                                   days->str, days->str);
  overdue_sql = g_strdup_printf (SUGGESTION_COLUMNS
                                 " AND overdue >= " G_STRINGIFY (NB_INVITE_MIN_OVERDUE)
                                 " ORDER BY overdue DESC, id LIMIT ?3",
                                 days->str);

  if (!add_suggestions (db, birthdays_sql, now, default_cadence, margin, hidden, seen,
                        suggestions, cancellable, error) ||
      !add_suggestions (db, overdue_sql, now, default_cadence, margin, hidden, seen,
                        suggestions, cancellable, error))
    return NULL;

  g_ptr_array_sort (suggestions, nb_invite_ranking_compare);
  if (suggestions->len > limit)
    g_ptr_array_set_size (suggestions, limit);

  return g_steal_pointer (&suggestions);
}
