/* nb-db-keep-in-touch.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "nb-cadence.h"
#include "nb-db.h"
#include "nb-keep-in-touch.h"

/* Who is due, found by index. The store keeps for every contact the day
 * it was last in touch (touch_day) and its rhythm when it is not the
 * default (rhythm_days; nb-keep-in-touch.c says how it is resolved). For
 * people of one rhythm, the most overdue are those last in touch first:
 * contacts_by_rhythm (rhythm_days, touch_day, and so id) gives them in that
 * order, ties by id, with no sort even when thousands share a day (an
 * import). There are few rhythms (the default and the handful people
 * choose), so the list, most overdue first, is a merge of one walk of the
 * index per rhythm, which reads only as many rows as the page needs; the
 * few snoozed are skipped on the way. */

/* Resolves a contact's rhythm (its own, else its circles' shortest that is
 * not never, else never if a circle says so, else NULL for the default),
 * the circle that gave it, and the day it was last in touch. */
#define RESOLVE_SET \
  "UPDATE contacts SET" \
  " rhythm_days = COALESCE (cadence_days," \
  "  (SELECT ci.cadence_days FROM contact_tags t JOIN circles ci ON ci.name = t.tag" \
  "   WHERE t.contact_id = contacts.id ORDER BY ci.cadence_days = 0, ci.cadence_days, ci.name" \
  "   LIMIT 1))," \
  " rhythm_circle = CASE WHEN cadence_days IS NULL THEN" \
  "  (SELECT ci.name FROM contact_tags t JOIN circles ci ON ci.name = t.tag" \
  "   WHERE t.contact_id = contacts.id ORDER BY ci.cadence_days = 0, ci.cadence_days, ci.name" \
  "   LIMIT 1) END," \
  " touch_day = nb_local_day (COALESCE (last_interaction, created / 1000000))"

#define ENTRY_COLUMNS \
  "id, full_name, cadence_days, rhythm_days, rhythm_circle, last_interaction," \
  " last_interaction_kind, touch_day, snooze_day"

/**
 * nb_db_update_keep_in_touch:
 * @db: a connection, inside a transaction
 * @contact_id: a contact
 * @error: return location for an error
 *
 * Sets what the keep-in-touch list finds the contact by, after its rhythm,
 * tags or last interaction changed.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_update_keep_in_touch (NbDb     *db,
                            gint64    contact_id,
                            GError  **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, RESOLVE_SET " WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_set_circle_cadence:
 * @db: a connection, inside a transaction
 * @name: a circle (a tag)
 * @days: its rhythm in days, %NB_CADENCE_NEVER, or %NB_CADENCE_AS_DEFAULT
 *   for none
 * @error: return location for an error
 *
 * Sets a circle's rhythm and the rhythm of each of its members.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_set_circle_cadence (NbDb        *db,
                          const char  *name,
                          int          days,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  if (days < 0)
    stmt = nb_db_prepare (db, "DELETE FROM circles WHERE name = ?1", error);
  else
    stmt = nb_db_prepare (db, "INSERT OR REPLACE INTO circles (name, cadence_days) VALUES (?1, ?2)",
                          error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (days >= 0)
    sqlite3_bind_int (stmt, 2, days);
  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  stmt = nb_db_prepare (db,
                        RESOLVE_SET " WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag = ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_list_circles:
 * @db: a connection
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbCircle) (nullable): every tag
 *   in use and every circle with a rhythm, by name
 */
GPtrArray *
nb_db_list_circles (NbDb     *db,
                    GError  **error)
{
  g_autoptr(GPtrArray) circles = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_circle_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT t.tag, count (*), ci.cadence_days FROM contact_tags t"
                        " LEFT JOIN circles ci ON ci.name = t.tag GROUP BY t.tag"
                        " UNION ALL"
                        " SELECT name, 0, cadence_days FROM circles"
                        " WHERE name NOT IN (SELECT tag FROM contact_tags)"
                        " ORDER BY 1 COLLATE NOCASE, 1",
                        error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NbCircle *circle = g_new0 (NbCircle, 1);

      circle->name = g_strdup (nb_db_column_text (stmt, 0));
      circle->n_members = sqlite3_column_int (stmt, 1);
      circle->cadence_days = sqlite3_column_type (stmt, 2) == SQLITE_NULL
        ? NB_CADENCE_AS_DEFAULT : sqlite3_column_int (stmt, 2);
      g_ptr_array_add (circles, circle);
    }

  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&circles);
}

/**
 * nb_db_snooze_contact:
 * @db: a connection, inside a transaction
 * @contact_id: a contact
 * @until: the time the snooze ends, in seconds since 1970, or 0 for none:
 *   the contact is not due before that day
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_snooze_contact (NbDb     *db,
                      gint64    contact_id,
                      gint64    until,
                      GError  **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "UPDATE contacts SET snoozed_until = ?2,"
                                      " snooze_day = nb_local_day (?2) WHERE id = ?1",
                                      error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (until > 0)
    sqlite3_bind_int64 (stmt, 2, until);
  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  if (sqlite3_changes (nb_db_get_handle (db)) == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("The contact does not exist (any more)"));
      return FALSE;
    }

  return TRUE;
}

/* An entry from a row of ENTRY_COLUMNS; for someone never reminded of, a
 * rhythm of 0 and no due day. */
static NbKeepInTouchEntry *
entry_from_row (sqlite3_stmt *stmt,
                guint32       today,
                int           default_cadence)
{
  NbKeepInTouchEntry *entry = g_new0 (NbKeepInTouchEntry, 1);
  gint64 touch_day = sqlite3_column_int64 (stmt, 7);

  entry->contact_id = sqlite3_column_int64 (stmt, 0);
  entry->name = g_strdup (nb_db_column_text (stmt, 1));
  if (sqlite3_column_type (stmt, 3) == SQLITE_NULL)
    {
      entry->source = NB_RHYTHM_SOURCE_DEFAULT;
      entry->rhythm_days = MAX (default_cadence, 0);
    }
  else
    {
      entry->rhythm_days = sqlite3_column_int (stmt, 3);
      entry->source = sqlite3_column_type (stmt, 2) != SQLITE_NULL
        ? NB_RHYTHM_SOURCE_OWN : NB_RHYTHM_SOURCE_CIRCLE;
      if (entry->source == NB_RHYTHM_SOURCE_CIRCLE)
        entry->circle = g_strdup (nb_db_column_text (stmt, 4));
    }

  entry->last_date = sqlite3_column_int64 (stmt, 5);
  entry->last_kind = CLAMP (sqlite3_column_int (stmt, 6), 0, NB_INTERACTION_N_KINDS - 1);
  entry->days_since = MAX (0, (gint64) today - touch_day);

  g_date_clear (&entry->due, 1);
  g_date_clear (&entry->snoozed_until, 1);
  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL && sqlite3_column_int64 (stmt, 8) > today)
    g_date_set_julian (&entry->snoozed_until, sqlite3_column_int64 (stmt, 8));

  if (entry->rhythm_days > 0)
    {
      gint64 due = touch_day + entry->rhythm_days;

      if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
        due = MAX (due, sqlite3_column_int64 (stmt, 8));
      if (due >= 1 && due <= G_MAXUINT32)
        g_date_set_julian (&entry->due, due);
      entry->overdue = nb_keep_in_touch_overdue (entry->days_since, entry->rhythm_days);
    }

  return entry;
}

/**
 * nb_db_load_keep_in_touch:
 * @db: a connection
 * @contact_id: a contact
 * @today: the current day, a Julian day number
 * @default_cadence: the default rhythm, in days
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): how the contact stands
 */
NbKeepInTouchEntry *
nb_db_load_keep_in_touch (NbDb     *db,
                          gint64    contact_id,
                          guint32   today,
                          int       default_cadence,
                          GError  **error)
{
  NbKeepInTouchEntry *entry;
  sqlite3_stmt *stmt;

  stmt = nb_db_select_by_id (db, "SELECT " ENTRY_COLUMNS " FROM contacts WHERE id = ?", contact_id,
                             _("The contact does not exist (any more)"), error);
  if (stmt == NULL)
    return NULL;

  entry = entry_from_row (stmt, today, default_cadence);
  sqlite3_reset (stmt);

  return entry;
}

/* The rhythms in use other than the default, shortest first: one seek of
 * the index each. */
static GArray *
list_rhythms (NbDb     *db,
              GError  **error)
{
  g_autoptr(GArray) rhythms = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT min (rhythm_days) FROM contacts WHERE rhythm_days > ?",
                                      error);
  int last = 0;

  if (stmt == NULL)
    return NULL;

  for (;;)
    {
      int rc;

      sqlite3_bind_int (stmt, 1, last);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          nb_db_set_error (db, rc, error);
          return NULL;
        }
      if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
        {
          sqlite3_reset (stmt);
          break;
        }
      last = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
      g_array_append_val (rhythms, last);
    }

  return g_steal_pointer (&rhythms);
}

/* The last day in touch of someone @overdue overdue today at @rhythm. */
static gint64
touch_day_for (guint32 today,
               int     rhythm,
               double  overdue)
{
  return (gint64) today - (gint64) ceil (rhythm * (1.0 + overdue) - 1e-9);
}

typedef struct
{
  sqlite3_stmt *stmt;
  int           rhythm;
  gboolean      floored;
  gboolean      has_row;
  gint64        id;
  double        key;
} Stream;

static gboolean
stream_next (NbDb     *db,
             Stream   *stream,
             guint32   today,
             double    floor_value,
             GError  **error)
{
  int rc = sqlite3_step (stream->stmt);

  if (rc == SQLITE_DONE)
    {
      stream->has_row = FALSE;
      return TRUE;
    }
  if (rc != SQLITE_ROW)
    {
      stream->has_row = FALSE;
      return nb_db_set_error (db, rc, error);
    }

  stream->has_row = TRUE;
  stream->id = sqlite3_column_int64 (stream->stmt, 0);
  stream->key = stream->floored
    ? floor_value
    : nb_keep_in_touch_overdue ((gint64) today - sqlite3_column_int64 (stream->stmt, 1),
                                stream->rhythm);
  return TRUE;
}

/* Opens a walk of the contacts of @rhythm (NULL rhythm_days when
 * @is_default) last in touch in (@after, @until], not snoozed beyond
 * @today, by day and id. @which: 0 everyone, 1 only those ever in touch, 2
 * only those never in touch (all at the floor: the longest known first). */
static gboolean
stream_open (NbDb      *db,
             Stream    *stream,
             gboolean   is_default,
             int        rhythm,
             gint64     after,
             gint64     until,
             guint32    today,
             int        which,
             GError   **error)
{
  static const char * const only[] = {
    "", " AND last_interaction IS NOT NULL", " AND last_interaction IS NULL"
  };
  g_autofree char *sql = NULL;
  int rc;

  sql = g_strdup_printf ("SELECT id, touch_day FROM contacts WHERE %s"
                         " AND touch_day > ?2 AND touch_day <= ?3"
                         " AND (snooze_day IS NULL OR snooze_day <= ?4)%s ORDER BY touch_day, id",
                         is_default ? "rhythm_days IS NULL AND ?1 IS NOT NULL" : "rhythm_days = ?1",
                         only[which]);

  rc = sqlite3_prepare_v2 (nb_db_get_handle (db), sql, -1, &stream->stmt, NULL);
  if (rc != SQLITE_OK)
    return nb_db_set_error (db, rc, error);

  sqlite3_bind_int (stream->stmt, 1, rhythm);
  sqlite3_bind_int64 (stream->stmt, 2, after);
  sqlite3_bind_int64 (stream->stmt, 3, until);
  sqlite3_bind_int64 (stream->stmt, 4, today);
  stream->rhythm = rhythm;
  stream->floored = which == 2;

  return TRUE;
}

/**
 * nb_db_list_overdue:
 * @db: a connection
 * @today: the current day, a Julian day number
 * @default_cadence: the default rhythm, in days (0: never)
 * @min_overdue: how overdue at least (0 for those due)
 * @never_floor: (nullable): how overdue, at least, someone never in touch
 *   is (no less than @min_overdue), or %NULL to count them as the others
 * @filter: (nullable): says whether to keep a contact
 * @filter_data: data for @filter
 * @hidden: (nullable): contact ids to leave out
 * @skip: how many to skip (an offset)
 * @n: how many at most
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * The contacts at least @min_overdue overdue, not snoozed, most overdue
 * first (then by id; those at @never_floor, the longest known first): a
 * merge of one walk of contacts_by_rhythm per rhythm, which reads about as
 * many rows as it returns.
 *
 * Returns: (transfer full) (element-type NbDbOverdue) (nullable): them
 */
GArray *
nb_db_list_overdue (NbDb              *db,
                    guint32            today,
                    int                default_cadence,
                    double             min_overdue,
                    const double      *never_floor,
                    NbDbOverdueFilter  filter,
                    gpointer           filter_data,
                    GHashTable        *hidden,
                    guint              skip,
                    guint              n,
                    GCancellable      *cancellable,
                    GError           **error)
{
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (NbDbOverdue));
  g_autoptr(GArray) rhythms = NULL;
  g_autoptr(GArray) streams = g_array_new (FALSE, TRUE, sizeof (Stream));
  g_autoptr(GError) local_error = NULL;
  double floor_value = never_floor ? MAX (*never_floor, min_overdue) : 0.0;
  guint skipped = 0;

  rhythms = list_rhythms (db, error);
  if (rhythms == NULL)
    return NULL;

  for (guint i = 0; i <= rhythms->len && local_error == NULL; i++)
    {
      gboolean is_default = i == rhythms->len;
      int rhythm = is_default ? default_cadence : g_array_index (rhythms, int, i);
      gint64 until = touch_day_for (today, rhythm, min_overdue);
      Stream stream = { 0 };

      if (rhythm <= 0)
        continue;

      if (never_floor == NULL)
        {
          if (stream_open (db, &stream, is_default, rhythm, G_MININT64, until, today, 0, &local_error))
            g_array_append_val (streams, stream);
          continue;
        }

      /* At least @floor_value overdue, whoever they are; less, those in
       * touch as they are, and those never in touch at the floor. */
      {
        gint64 floor_until = touch_day_for (today, rhythm, floor_value);
        Stream in_touch = { 0 }, never = { 0 };

        if (stream_open (db, &stream, is_default, rhythm, G_MININT64, floor_until, today, 0,
                         &local_error))
          g_array_append_val (streams, stream);
        if (local_error == NULL &&
            stream_open (db, &in_touch, is_default, rhythm, floor_until, until, today, 1,
                         &local_error))
          g_array_append_val (streams, in_touch);
        if (local_error == NULL &&
            stream_open (db, &never, is_default, rhythm, floor_until, G_MAXINT64, today, 2,
                         &local_error))
          g_array_append_val (streams, never);
      }
    }

  for (guint i = 0; i < streams->len && local_error == NULL; i++)
    stream_next (db, &g_array_index (streams, Stream, i), today, floor_value, &local_error);

  while (local_error == NULL && out->len < n)
    {
      Stream *best = NULL;
      NbDbOverdue row;

      if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        break;

      for (guint i = 0; i < streams->len; i++)
        {
          Stream *s = &g_array_index (streams, Stream, i);

          if (s->has_row &&
              (best == NULL || s->key > best->key || (s->key == best->key && s->id < best->id)))
            best = s;
        }
      if (best == NULL)
        break;

      row.contact_id = best->id;
      row.rhythm_days = best->rhythm;
      row.overdue = best->key;
      if (!stream_next (db, best, today, floor_value, &local_error))
        break;

      if (hidden != NULL && g_hash_table_contains (hidden, &row.contact_id))
        continue;
      if (filter != NULL)
        {
          gboolean keep = filter (db, row.contact_id, filter_data, &local_error);

          if (local_error != NULL)
            break;
          if (!keep)
            continue;
        }
      if (skipped < skip)
        {
          skipped++;
          continue;
        }

      g_array_append_val (out, row);
    }

  for (guint i = 0; i < streams->len; i++)
    sqlite3_finalize (g_array_index (streams, Stream, i).stmt);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&out);
}

static GPtrArray *
load_entries (NbDb     *db,
              GArray   *ids,
              gsize     stride,
              guint32   today,
              int       default_cadence,
              GError  **error)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) nb_keep_in_touch_entry_free);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = *(gint64 *) (ids->data + i * stride);
      NbKeepInTouchEntry *entry = nb_db_load_keep_in_touch (db, id, today, default_cadence, error);

      if (entry == NULL)
        return NULL;
      g_ptr_array_add (entries, entry);
    }

  return g_steal_pointer (&entries);
}

/**
 * nb_db_list_due:
 * @db: a connection
 * @today: the current day, a Julian day number
 * @default_cadence: the default rhythm, in days
 * @offset: how many to skip
 * @limit: how many at most
 * @hidden: (nullable): contact ids to leave out
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbKeepInTouchEntry) (nullable):
 *   the people due, most overdue first
 */
GPtrArray *
nb_db_list_due (NbDb          *db,
                guint32        today,
                int            default_cadence,
                guint          offset,
                guint          limit,
                GHashTable    *hidden,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GArray) rows = nb_db_list_overdue (db, today, default_cadence, 0.0, NULL, NULL, NULL,
                                               hidden, offset, limit, cancellable, error);

  if (rows == NULL)
    return NULL;

  return load_entries (db, rows, sizeof (NbDbOverdue), today, default_cadence, error);
}

static gboolean
count_range (NbDb     *db,
             gboolean  is_default,
             int       rhythm,
             gint64    until,
             guint32   today,
             gint64   *count,
             GError  **error)
{
  /* Everyone last in touch by @until (the index alone), less those of
   * them snoozed beyond today (the few snoozed, by their index: the unary
   * + keeps SQLite off contacts_by_rhythm). */
  static const char * const sql[2][2] = {
    { "SELECT count (*) FROM contacts WHERE rhythm_days = ?1 AND touch_day <= ?2",
      "SELECT count (*) FROM contacts WHERE snooze_day > ?3 AND +rhythm_days = ?1"
      " AND +touch_day <= ?2" },
    { "SELECT count (*) FROM contacts WHERE rhythm_days IS NULL AND touch_day <= ?2",
      "SELECT count (*) FROM contacts WHERE snooze_day > ?3 AND +rhythm_days IS NULL"
      " AND +touch_day <= ?2" },
  };

  for (guint i = 0; i < 2; i++)
    {
      sqlite3_stmt *stmt = nb_db_prepare (db, sql[is_default ? 1 : 0][i], error);
      int rc;

      if (stmt == NULL)
        return FALSE;

      if (!is_default)
        sqlite3_bind_int (stmt, 1, rhythm);
      sqlite3_bind_int64 (stmt, 2, until);
      if (i == 1)
        sqlite3_bind_int64 (stmt, 3, today);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *count += (i == 0 ? 1 : -1) * sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_DONE;
        }

      if (!nb_db_finish_rows (db, stmt, rc, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * nb_db_count_due:
 * @db: a connection
 * @today: the current day, a Julian day number
 * @default_cadence: the default rhythm, in days
 * @hidden: (nullable): contact ids to leave out
 * @error: return location for an error
 *
 * Returns: how many people are due (one count of an index range per
 *   rhythm), or -1 on error
 */
gint64
nb_db_count_due (NbDb        *db,
                 guint32      today,
                 int          default_cadence,
                 GHashTable  *hidden,
                 GError     **error)
{
  g_autoptr(GArray) rhythms = list_rhythms (db, error);
  GHashTableIter iter;
  gpointer key;
  gint64 count = 0;

  if (rhythms == NULL)
    return -1;

  for (guint i = 0; i < rhythms->len; i++)
    {
      int rhythm = g_array_index (rhythms, int, i);

      if (!count_range (db, FALSE, rhythm, touch_day_for (today, rhythm, 0.0), today, &count, error))
        return -1;
    }

  if (default_cadence > 0 &&
      !count_range (db, TRUE, default_cadence, touch_day_for (today, default_cadence, 0.0), today,
                    &count, error))
    return -1;

  if (hidden == NULL)
    return count;

  g_hash_table_iter_init (&iter, hidden);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(NbKeepInTouchEntry) entry = NULL;
      g_autoptr(GError) local_error = NULL;

      entry = nb_db_load_keep_in_touch (db, *(gint64 *) key, today, default_cadence, &local_error);
      if (entry != NULL && entry->rhythm_days > 0 && g_date_valid (&entry->due) &&
          g_date_get_julian (&entry->due) <= today)
        count--;
    }

  return count;
}

static int
compare_soon (gconstpointer a,
              gconstpointer b)
{
  const NbKeepInTouchEntry *ea = *(NbKeepInTouchEntry **) a;
  const NbKeepInTouchEntry *eb = *(NbKeepInTouchEntry **) b;
  int by_day = g_date_compare (&ea->due, &eb->due);

  if (by_day != 0)
    return by_day;
  if (ea->overdue != eb->overdue)
    return ea->overdue > eb->overdue ? -1 : 1;

  return ea->contact_id < eb->contact_id ? -1 : ea->contact_id > eb->contact_id;
}

/**
 * nb_db_list_due_soon:
 * @db: a connection
 * @today: the current day, a Julian day number
 * @default_cadence: the default rhythm, in days
 * @days: how many days ahead
 * @hidden: (nullable): contact ids to leave out
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbKeepInTouchEntry) (nullable):
 *   the people not due today who will be within @days days, the soonest
 *   first
 */
GPtrArray *
nb_db_list_due_soon (NbDb        *db,
                     guint32      today,
                     int          default_cadence,
                     guint        days,
                     GHashTable  *hidden,
                     GError     **error)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) nb_keep_in_touch_entry_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) rhythms = list_rhythms (db, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  if (rhythms == NULL)
    return NULL;

  /* Those whose rhythm ends within the days, snoozed no longer than them,
   * and those whose snooze ends then. */
  for (guint i = 0; i <= rhythms->len; i++)
    {
      gboolean is_default = i == rhythms->len;
      int rhythm = is_default ? default_cadence : g_array_index (rhythms, int, i);
      g_autoptr(GArray) found = NULL;

      if (rhythm <= 0)
        continue;

      if (is_default)
        stmt = nb_db_prepare (db,
                              "SELECT id FROM contacts WHERE rhythm_days IS NULL"
                              " AND touch_day > ?2 AND touch_day <= ?3",
                              error);
      else
        stmt = nb_db_prepare (db,
                              "SELECT id FROM contacts WHERE rhythm_days = ?1"
                              " AND touch_day > ?2 AND touch_day <= ?3",
                              error);
      if (stmt == NULL)
        return NULL;

      if (!is_default)
        sqlite3_bind_int (stmt, 1, rhythm);
      sqlite3_bind_int64 (stmt, 2, (gint64) today - rhythm);
      sqlite3_bind_int64 (stmt, 3, (gint64) today - rhythm + days);
      found = nb_db_collect_ids (db, stmt, error);
      if (found == NULL)
        return NULL;
      g_array_append_vals (ids, found->data, found->len);
    }

  stmt = nb_db_prepare (db, "SELECT id FROM contacts WHERE snooze_day > ?1 AND snooze_day <= ?2",
                        error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, today);
  sqlite3_bind_int64 (stmt, 2, (gint64) today + days);
  {
    g_autoptr(GArray) found = nb_db_collect_ids (db, stmt, error);

    if (found == NULL)
      return NULL;
    g_array_append_vals (ids, found->data, found->len);
  }

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 *id = &g_array_index (ids, gint64, i);
      NbKeepInTouchEntry *entry;
      guint32 due;

      if ((hidden != NULL && g_hash_table_contains (hidden, id)) || !g_hash_table_add (seen, id))
        continue;

      entry = nb_db_load_keep_in_touch (db, *id, today, default_cadence, error);
      if (entry == NULL)
        return NULL;

      due = g_date_valid (&entry->due) ? g_date_get_julian (&entry->due) : 0;
      if (entry->rhythm_days > 0 && due > today && due <= (gint64) today + days)
        g_ptr_array_add (entries, entry);
      else
        nb_keep_in_touch_entry_free (entry);
    }

  g_ptr_array_sort (entries, compare_soon);
  return g_steal_pointer (&entries);
}
