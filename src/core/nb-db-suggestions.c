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

/* The columns suggestion_from_row() reads, and who is left out: those not
 * to be reminded of (a rhythm of 0), those snoozed, and those with a meal
 * planned, or past and not yet answered for. ?1 is today (a Julian day),
 * ?2 the default rhythm. */
#define SUGGESTION_COLUMNS \
  "SELECT id, last_interaction, last_interaction_kind, created / 1000000," \
  "  bday_year, bday_month, bday_day, COALESCE (rhythm_days, ?2), touch_day" \
  " FROM contacts c" \
  " WHERE COALESCE (rhythm_days, ?2) > 0 AND (snooze_day IS NULL OR snooze_day <= ?1)" \
  "  AND NOT EXISTS (SELECT 1 FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id" \
  "                  WHERE a.contact_id = c.id AND m.status = 0)"

static NbSuggestion *
suggestion_from_row (sqlite3_stmt *stmt,
                     gboolean      birthday_soon,
                     GDateTime    *now,
                     const GDate  *today)
{
  g_autoptr(NbBirthday) birthday = NULL;
  gint64 days = (gint64) g_date_get_julian (today) - sqlite3_column_int64 (stmt, 8);
  NbInviteFacts facts = {
    .contact_id = sqlite3_column_int64 (stmt, 0),
    .last_interaction = sqlite3_column_int64 (stmt, 1),
    .last_kind = sqlite3_column_int (stmt, 2),
    .created = sqlite3_column_int64 (stmt, 3),
  };

  facts.overdue = nb_invite_ranking_overdue (MAX (days, 0), sqlite3_column_int (stmt, 7),
                                             facts.last_interaction == 0);
  if (birthday_soon)
    birthday = nb_birthday_new (sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5),
                                sqlite3_column_int (stmt, 6));
  facts.birthday = birthday;

  return nb_invite_ranking_suggest (&facts, now, today);
}

/* Everyone with a birthday in the next days: the birthday index finds
 * them. */
static gboolean
add_birthdays (NbDb          *db,
               GDateTime     *now,
               const GDate   *today,
               int            default_cadence,
               GHashTable    *hidden,
               GHashTable    *seen,
               GPtrArray     *suggestions,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GString) days = nb_db_birthday_days_sql (today, NB_INVITE_BIRTHDAY_DAYS_AHEAD);
  g_autofree char *sql = g_strdup_printf (SUGGESTION_COLUMNS " AND bday_month IS NOT NULL"
                                          " AND (bday_month, bday_day) IN (VALUES %s)",
                                          days->str);
  sqlite3_stmt *stmt;
  int rc;

  /* Not a cached statement: its text changes with the day. */
  rc = sqlite3_prepare_v2 (nb_db_get_handle (db), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return nb_db_set_error (db, rc, error);

  sqlite3_bind_int64 (stmt, 1, g_date_get_julian (today));
  sqlite3_bind_int (stmt, 2, default_cadence);

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

      suggestion = suggestion_from_row (stmt, TRUE, now, today);
      g_hash_table_add (seen, &suggestion->contact_id);
      g_ptr_array_add (suggestions, suggestion);
    }

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return nb_db_set_error (db, rc, error);

  return TRUE;
}

typedef struct
{
  GHashTable *seen;
} OverdueFilter;

/* Keeps those not suggested yet for their birthday and with no meal
 * planned. */
static gboolean
keep_invitee (NbDb      *db,
              gint64     contact_id,
              gpointer   user_data,
              GError   **error)
{
  OverdueFilter *filter = user_data;
  sqlite3_stmt *stmt;
  gint64 found;

  if (g_hash_table_contains (filter->seen, &contact_id))
    return FALSE;

  stmt = nb_db_prepare (db,
                        "SELECT a.contact_id FROM meeting_attendees a"
                        " JOIN meetings m ON m.id = a.meeting_id"
                        " WHERE a.contact_id = ? AND m.status = 0 LIMIT 1",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  found = nb_db_find_id (db, stmt, error);

  return found == 0;
}

/* The most overdue, by the keep-in-touch list's measure (its walk of the
 * contacts by rhythm, nb_db_list_overdue()). */
static gboolean
add_overdue (NbDb          *db,
             GDateTime     *now,
             const GDate   *today,
             int            default_cadence,
             guint          limit,
             GHashTable    *hidden,
             GHashTable    *seen,
             GPtrArray     *suggestions,
             GCancellable  *cancellable,
             GError       **error)
{
  static const double never_floor = NB_INVITE_NEVER_MET_OVERDUE;
  OverdueFilter filter = { seen };
  g_autoptr(GArray) rows = NULL;
  sqlite3_stmt *stmt;

  rows = nb_db_list_overdue (db, g_date_get_julian (today), default_cadence, NB_INVITE_MIN_OVERDUE,
                             &never_floor, keep_invitee, &filter, hidden, 0, limit,
                             cancellable, error);
  if (rows == NULL)
    return FALSE;

  stmt = nb_db_prepare (db, SUGGESTION_COLUMNS " AND id = ?3", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      NbSuggestion *suggestion;
      int rc;

      sqlite3_bind_int64 (stmt, 1, g_date_get_julian (today));
      sqlite3_bind_int (stmt, 2, default_cadence);
      sqlite3_bind_int64 (stmt, 3, g_array_index (rows, NbDbOverdue, i).contact_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          suggestion = suggestion_from_row (stmt, FALSE, now, today);
          g_hash_table_add (seen, &suggestion->contact_id);
          g_ptr_array_add (suggestions, suggestion);
          rc = SQLITE_DONE;
        }
      if (!nb_db_finish_rows (db, stmt, rc, error))
        return FALSE;
    }

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
 * Ranks whom to invite next, by the keep-in-touch list's measure
 * (nb-keep-in-touch.c: their own, circle or default rhythm, calendar
 * days since the last interaction of any kind or a meal that happened,
 * or, never in touch, since they were added, at least half a rhythm);
 * a birthday in the next week raises the score. Those in touch within the
 * last quarter of their rhythm are not proposed, unless for their
 * birthday. Contacts with a meal already planned (or past and not yet
 * answered for), those snoozed, and those not to be reminded of (rhythm 0)
 * are left out. The rules are nb-invite-ranking.h's.
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
  GDate today;

  nb_date_set_from_date_time (&today, now);
  default_cadence = MAX (default_cadence, 1);

  if (!add_birthdays (db, now, &today, default_cadence, hidden, seen, suggestions, cancellable,
                      error) ||
      !add_overdue (db, now, &today, default_cadence, limit, hidden, seen, suggestions,
                    cancellable, error))
    return NULL;

  g_ptr_array_sort (suggestions, nb_invite_ranking_compare);
  if (suggestions->len > limit)
    g_ptr_array_set_size (suggestions, limit);

  return g_steal_pointer (&suggestions);
}
