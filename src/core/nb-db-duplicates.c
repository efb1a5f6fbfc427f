/* nb-db-duplicates.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-contact-private.h"
#include "nb-db.h"
#include "nb-duplicate-private.h"

/* How many rows between two looks at the cancellable and two reports of
 * progress. */
#define STEP_ROWS 4096

/* The columns of a card that are no field of NbContact: put back as they
 * were by an Undo. */
#define RAW_COLUMNS \
  "created, updated, last_interaction, last_interaction_kind, snoozed_until, snooze_day," \
  " touch_day, rhythm_days, rhythm_circle"
#define N_RAW_COLUMNS 9

static gboolean
cancelled (GCancellable  *cancellable,
           GError       **error)
{
  return g_cancellable_set_error_if_cancelled (cancellable, error);
}

static void
report (NbProgressFunc progress,
        gpointer       progress_data,
        double         fraction)
{
  if (progress != NULL)
    progress (CLAMP (fraction, 0.0, 1.0), progress_data);
}

static gboolean
read_people (NbDb               *db,
             NbDuplicateFinder  *finder,
             gint64              total,
             GCancellable       *cancellable,
             NbProgressFunc      progress,
             gpointer            progress_data,
             GError            **error)
{
  sqlite3_stmt *stmt;
  gint64 n_rows = 0;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT id, full_name, bday_year, bday_month, bday_day FROM contacts",
                        error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      _nb_duplicate_finder_add_contact (finder, sqlite3_column_int64 (stmt, 0),
                                        nb_db_column_text (stmt, 1),
                                        sqlite3_column_int (stmt, 2),
                                        sqlite3_column_int (stmt, 3),
                                        sqlite3_column_int (stmt, 4));
      if (++n_rows % STEP_ROWS == 0)
        {
          if (cancelled (cancellable, error))
            {
              sqlite3_reset (stmt);
              return FALSE;
            }
          report (progress, progress_data, 0.6 * n_rows / MAX (total, 1));
        }
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return FALSE;

  /* In the order of the table's key: by contact, every email address and
   * phone number. */
  stmt = nb_db_prepare (db,
                        "SELECT contact_id, kind, value FROM contact_fields WHERE kind IN (0, 1)",
                        error);
  if (stmt == NULL)
    return FALSE;

  n_rows = 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *value = nb_db_column_text (stmt, 2);

      if (sqlite3_column_int (stmt, 1) == NB_FIELD_KIND_EMAIL)
        _nb_duplicate_finder_add_email (finder, id, value);
      else
        _nb_duplicate_finder_add_phone (finder, id, value);

      if (++n_rows % STEP_ROWS == 0)
        {
          if (cancelled (cancellable, error))
            {
              sqlite3_reset (stmt);
              return FALSE;
            }
          /* About two fields a card. */
          report (progress, progress_data, 0.6 + 0.25 * n_rows / MAX (2 * total, 1));
        }
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return FALSE;

  stmt = nb_db_prepare (db, "SELECT contact_a, contact_b FROM not_duplicates", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    _nb_duplicate_finder_add_not_duplicates (finder, sqlite3_column_int64 (stmt, 0),
                                             sqlite3_column_int64 (stmt, 1));

  return nb_db_finish_rows (db, stmt, rc, error);
}

/**
 * nb_db_find_duplicates:
 * @db: a connection
 * @cancellable: (nullable): a cancellable
 * @progress: (nullable): told how far the scan is, in this thread
 * @progress_data: data for @progress
 * @error: return location for an error
 *
 * Finds the groups of cards that are probably one person's, reading each
 * card's name, birthday, email addresses and phone numbers once, in one
 * read transaction (see _nb_duplicate_finder_run()).
 *
 * Returns: (transfer full) (element-type NbDuplicate) (nullable): the
 *   groups, strongest first
 */
GPtrArray *
nb_db_find_duplicates (NbDb            *db,
                       GCancellable    *cancellable,
                       NbProgressFunc   progress,
                       gpointer         progress_data,
                       GError         **error)
{
  g_autoptr(NbDuplicateFinder) finder = _nb_duplicate_finder_new ();
  gboolean own_transaction = !nb_db_in_transaction (db);
  GPtrArray *groups;
  gint64 total;
  gboolean ok;

  if (own_transaction && !nb_db_exec (db, "BEGIN DEFERRED", error))
    return NULL;

  report (progress, progress_data, 0.0);
  total = nb_db_count_contacts (db, error);
  ok = total >= 0 &&
       read_people (db, finder, total, cancellable, progress, progress_data, error);

  if (own_transaction)
    nb_db_rollback (db);
  if (!ok)
    return NULL;

  report (progress, progress_data, 0.85);
  groups = _nb_duplicate_finder_run (finder, cancellable, error);
  if (groups != NULL)
    report (progress, progress_data, 1.0);

  return groups;
}

/**
 * nb_db_set_not_duplicates:
 * @db: a connection, inside a transaction
 * @contact_ids: (element-type gint64): two or more cards
 * @error: return location for an error
 *
 * Remembers that no two of @contact_ids are the same person.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_set_not_duplicates (NbDb     *db,
                          GArray   *contact_ids,
                          GError  **error)
{
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db,
                        "INSERT OR IGNORE INTO not_duplicates (contact_a, contact_b)"
                        " VALUES (min (?1, ?2), max (?1, ?2))",
                        error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < contact_ids->len; i++)
    for (guint j = i + 1; j < contact_ids->len; j++)
      {
        gint64 a = g_array_index (contact_ids, gint64, i);
        gint64 b = g_array_index (contact_ids, gint64, j);

        if (a == b)
          continue;
        sqlite3_bind_int64 (stmt, 1, a);
        sqlite3_bind_int64 (stmt, 2, b);
        if (!nb_db_step_done (db, stmt, error))
          return FALSE;
      }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Merge and Undo                                                          */

static gboolean
read_raw_row (NbDb        *db,
              gint64       id,
              NbMergeRow  *row,
              GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = nb_db_select_by_id (db, "SELECT " RAW_COLUMNS " FROM contacts WHERE id = ?", id,
                             _("The contact does not exist (any more)"), error);
  if (stmt == NULL)
    return FALSE;

  row->id = id;
  row->n_values = N_RAW_COLUMNS;
  row->values = g_new0 (sqlite3_value *, N_RAW_COLUMNS);
  for (guint i = 0; i < N_RAW_COLUMNS; i++)
    row->values[i] = sqlite3_value_dup (sqlite3_column_value (stmt, i));
  sqlite3_reset (stmt);

  return TRUE;
}

static gboolean
write_raw_row (NbDb        *db,
               NbMergeRow  *row,
               GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db,
                        "UPDATE contacts SET created = ?1, updated = ?2, last_interaction = ?3,"
                        " last_interaction_kind = ?4, snoozed_until = ?5, snooze_day = ?6,"
                        " touch_day = ?7, rhythm_days = ?8, rhythm_circle = ?9 WHERE id = ?10",
                        error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < row->n_values; i++)
    sqlite3_bind_value (stmt, i + 1, row->values[i]);
  sqlite3_bind_int64 (stmt, 10, row->id);

  return nb_db_step_done (db, stmt, error);
}

static void
add_move (NbMergeUndo     *undo,
          NbMergeMoveKind  kind,
          gint64           other,
          gint64           key1,
          gint64           key2,
          gint64           value,
          const char      *text1,
          const char      *text2)
{
  NbMergeMove move = { kind, other, key1, key2, value, g_strdup (text1), g_strdup (text2) };

  g_array_append_val (undo->moves, move);
}

static gboolean
run_ids (NbDb        *db,
         const char  *sql,
         gint64       a,
         gint64       b,
         gint64       c,
         GError     **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, b);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_int64 (stmt, 3, c);

  return nb_db_step_done (db, stmt, error);
}

/* The tables whose rows a merge marks as changed, so that sync sends them
 * again (an interaction names its people by their cards' UIDs). */
static const struct
{
  NbMergeMoveKind kind;
  const char     *select;
  const char     *update;
} touch_tables[] = {
  { NB_MERGE_TOUCH_INTERACTION,
    "SELECT updated FROM interactions WHERE id = ?",
    "UPDATE interactions SET updated = ?2 WHERE id = ?1" },
  { NB_MERGE_TOUCH_MEETING,
    "SELECT updated FROM meetings WHERE id = ?",
    "UPDATE meetings SET updated = ?2 WHERE id = ?1" },
  { NB_MERGE_TOUCH_TRAIN,
    "SELECT updated FROM meal_trains WHERE id = ?",
    "UPDATE meal_trains SET updated = ?2 WHERE id = ?1" },
  { NB_MERGE_TOUCH_SLOT,
    "SELECT updated FROM meal_train_slots WHERE id = ?",
    "UPDATE meal_train_slots SET updated = ?2 WHERE id = ?1" },
};

static gboolean
touch (NbDb             *db,
       NbMergeUndo      *undo,
       GHashTable       *touched,
       NbMergeMoveKind   kind,
       gint64            id,
       gint64            now,
       GError          **error)
{
  g_autofree char *key = g_strdup_printf ("%d:%" G_GINT64_FORMAT, kind, id);
  guint t = kind - NB_MERGE_TOUCH_INTERACTION;
  sqlite3_stmt *stmt;
  gint64 updated;

  if (!g_hash_table_add (touched, g_steal_pointer (&key)))
    return TRUE;

  stmt = nb_db_select_by_id (db, touch_tables[t].select, id, _("Not found"), error);
  if (stmt == NULL)
    return FALSE;
  updated = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  add_move (undo, kind, 0, id, 0, updated, NULL, NULL);
  return run_ids (db, touch_tables[t].update, id, now, 0, error);
}

/* Rows that name @other: each its key, and whether the kept card is named
 * in that place too. */
typedef struct
{
  gint64    key1;
  gint64    key2;
  gint64    value;
  gboolean  kept_too;
  char     *text1;
  char     *text2;
} Ref;

static void
ref_clear (Ref *ref)
{
  g_free (ref->text1);
  g_free (ref->text2);
}

/* Columns: key1, key2, value, kept_too, text1, text2; parameters: the
 * other card, the kept one. */
static GArray *
collect_refs (NbDb        *db,
              const char  *sql,
              gint64       other,
              gint64       kept,
              GError     **error)
{
  g_autoptr(GArray) refs = g_array_new (FALSE, TRUE, sizeof (Ref));
  sqlite3_stmt *stmt = nb_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  g_array_set_clear_func (refs, (GDestroyNotify) ref_clear);
  sqlite3_bind_int64 (stmt, 1, other);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, kept);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Ref ref = { 0 };

      ref.key1 = sqlite3_column_int64 (stmt, 0);
      ref.key2 = sqlite3_column_int64 (stmt, 1);
      ref.value = sqlite3_column_int64 (stmt, 2);
      ref.kept_too = sqlite3_column_int (stmt, 3);
      ref.text1 = g_strdup (nb_db_column_text (stmt, 4));
      ref.text2 = g_strdup (nb_db_column_text (stmt, 5));
      g_array_append_val (refs, ref);
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&refs);
}

static gboolean
move_references (NbDb         *db,
                 NbMergeUndo  *undo,
                 GHashTable   *touched,
                 gint64        other,
                 gint64        kept,
                 gint64        now,
                 GError      **error)
{
  g_autoptr(GArray) refs = NULL;

  /* The people of interactions. */
  refs = collect_refs (db,
                       "SELECT p.interaction_id, p.opt_in, p.date, EXISTS (SELECT 1 FROM"
                       " interaction_people k WHERE k.interaction_id = p.interaction_id"
                       " AND k.contact_id = ?2), NULL, NULL"
                       " FROM interaction_people p WHERE p.contact_id = ?1",
                       other, kept, error);
  if (refs == NULL)
    return FALSE;
  for (guint i = 0; i < refs->len; i++)
    {
      Ref *ref = &g_array_index (refs, Ref, i);

      if (ref->kept_too)
        {
          add_move (undo, NB_MERGE_DROP_PERSON, other, ref->key1, ref->key2, ref->value, NULL, NULL);
          if (!run_ids (db, "DELETE FROM interaction_people WHERE interaction_id = ?1 AND contact_id = ?2",
                        ref->key1, other, 0, error))
            return FALSE;
        }
      else
        {
          add_move (undo, NB_MERGE_MOVE_PERSON, other, ref->key1, 0, 0, NULL, NULL);
          if (!run_ids (db, "UPDATE interaction_people SET contact_id = ?3"
                            " WHERE interaction_id = ?1 AND contact_id = ?2",
                        ref->key1, other, kept, error))
            return FALSE;
        }
      if (!touch (db, undo, touched, NB_MERGE_TOUCH_INTERACTION, ref->key1, now, error))
        return FALSE;
    }
  g_clear_pointer (&refs, g_array_unref);

  /* Introductions they made. */
  refs = collect_refs (db,
                       "SELECT id, 0, 0, 0, NULL, NULL FROM interactions WHERE introducer = ?1",
                       other, kept, error);
  if (refs == NULL)
    return FALSE;
  for (guint i = 0; i < refs->len; i++)
    {
      Ref *ref = &g_array_index (refs, Ref, i);

      add_move (undo, NB_MERGE_MOVE_INTRODUCER, other, ref->key1, 0, 0, NULL, NULL);
      if (!run_ids (db, "UPDATE interactions SET introducer = ?2 WHERE id = ?1",
                    ref->key1, kept, 0, error) ||
          !touch (db, undo, touched, NB_MERGE_TOUCH_INTERACTION, ref->key1, now, error))
        return FALSE;
    }
  g_clear_pointer (&refs, g_array_unref);

  /* Meals they came to. */
  refs = collect_refs (db,
                       "SELECT a.meeting_id, a.position, 0, EXISTS (SELECT 1 FROM"
                       " meeting_attendees k WHERE k.meeting_id = a.meeting_id"
                       " AND k.contact_id = ?2), a.name, a.email"
                       " FROM meeting_attendees a WHERE a.contact_id = ?1",
                       other, kept, error);
  if (refs == NULL)
    return FALSE;
  for (guint i = 0; i < refs->len; i++)
    {
      Ref *ref = &g_array_index (refs, Ref, i);

      if (ref->kept_too)
        {
          add_move (undo, NB_MERGE_DROP_ATTENDEE, other, ref->key1, ref->key2, 0,
                    ref->text1, ref->text2);
          if (!run_ids (db, "DELETE FROM meeting_attendees WHERE meeting_id = ?1 AND position = ?2",
                        ref->key1, ref->key2, 0, error))
            return FALSE;
        }
      else
        {
          add_move (undo, NB_MERGE_MOVE_ATTENDEE, other, ref->key1, ref->key2, 0, NULL, NULL);
          if (!run_ids (db, "UPDATE meeting_attendees SET contact_id = ?3"
                            " WHERE meeting_id = ?1 AND position = ?2",
                        ref->key1, ref->key2, kept, error))
            return FALSE;
        }
      if (!touch (db, undo, touched, NB_MERGE_TOUCH_MEETING, ref->key1, now, error))
        return FALSE;
    }
  g_clear_pointer (&refs, g_array_unref);

  /* Meal trains for them. */
  refs = collect_refs (db, "SELECT id, 0, 0, 0, NULL, NULL FROM meal_trains WHERE recipient = ?1",
                       other, kept, error);
  if (refs == NULL)
    return FALSE;
  for (guint i = 0; i < refs->len; i++)
    {
      Ref *ref = &g_array_index (refs, Ref, i);

      add_move (undo, NB_MERGE_MOVE_RECIPIENT, other, ref->key1, 0, 0, NULL, NULL);
      if (!run_ids (db, "UPDATE meal_trains SET recipient = ?2 WHERE id = ?1",
                    ref->key1, kept, 0, error) ||
          !touch (db, undo, touched, NB_MERGE_TOUCH_TRAIN, ref->key1, now, error))
        return FALSE;
    }
  g_clear_pointer (&refs, g_array_unref);

  /* Meals of meal trains they bring. */
  refs = collect_refs (db,
                       "SELECT h.slot_id, h.position, 0, EXISTS (SELECT 1 FROM"
                       " meal_train_helpers k WHERE k.slot_id = h.slot_id AND k.contact_id = ?2),"
                       " NULL, NULL FROM meal_train_helpers h WHERE h.contact_id = ?1",
                       other, kept, error);
  if (refs == NULL)
    return FALSE;
  for (guint i = 0; i < refs->len; i++)
    {
      Ref *ref = &g_array_index (refs, Ref, i);

      if (ref->kept_too)
        {
          add_move (undo, NB_MERGE_DROP_HELPER, other, ref->key1, ref->key2, 0, NULL, NULL);
          if (!run_ids (db, "DELETE FROM meal_train_helpers WHERE slot_id = ?1 AND position = ?2",
                        ref->key1, ref->key2, 0, error))
            return FALSE;
        }
      else
        {
          add_move (undo, NB_MERGE_MOVE_HELPER, other, ref->key1, ref->key2, 0, NULL, NULL);
          if (!run_ids (db, "UPDATE meal_train_helpers SET contact_id = ?3"
                            " WHERE slot_id = ?1 AND position = ?2",
                        ref->key1, ref->key2, kept, error))
            return FALSE;
        }
      if (!touch (db, undo, touched, NB_MERGE_TOUCH_SLOT, ref->key1, now, error))
        return FALSE;
    }
  g_clear_pointer (&refs, g_array_unref);

  /* Birthday notifications given. */
  refs = collect_refs (db,
                       "SELECT n.year, 0, 0, EXISTS (SELECT 1 FROM birthday_notices k"
                       " WHERE k.contact_id = ?2 AND k.year = n.year), NULL, NULL"
                       " FROM birthday_notices n WHERE n.contact_id = ?1",
                       other, kept, error);
  if (refs == NULL)
    return FALSE;
  for (guint i = 0; i < refs->len; i++)
    {
      Ref *ref = &g_array_index (refs, Ref, i);

      add_move (undo, ref->kept_too ? NB_MERGE_DROP_NOTICE : NB_MERGE_MOVE_NOTICE, other,
                ref->key1, 0, 0, NULL, NULL);
      if (!run_ids (db, ref->kept_too
                        ? "DELETE FROM birthday_notices WHERE contact_id = ?2 AND year = ?1"
                        : "UPDATE birthday_notices SET contact_id = ?3 WHERE contact_id = ?2 AND year = ?1",
                    ref->key1, other, kept, error))
        return FALSE;
    }
  g_clear_pointer (&refs, g_array_unref);

  /* What imports of lists gave them: the next import updates the kept card. */
  refs = collect_refs (db, "SELECT 0, 0, 0, 0, source, key FROM imported_rows WHERE contact_id = ?1",
                       other, kept, error);
  if (refs == NULL)
    return FALSE;
  for (guint i = 0; i < refs->len; i++)
    {
      Ref *ref = &g_array_index (refs, Ref, i);
      sqlite3_stmt *stmt;

      add_move (undo, NB_MERGE_MOVE_IMPORTED, other, 0, 0, 0, ref->text1, ref->text2);
      stmt = nb_db_prepare (db, "UPDATE imported_rows SET contact_id = ?3 WHERE source = ?1 AND key = ?2",
                            error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, ref->text1, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, ref->text2, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, kept);
      if (!nb_db_step_done (db, stmt, error))
        return FALSE;
    }
  g_clear_pointer (&refs, g_array_unref);

  /* "Not the same person" goes with the card; an Undo brings it back. */
  refs = collect_refs (db,
                       "SELECT contact_a, contact_b, 0, 0, NULL, NULL FROM not_duplicates"
                       " WHERE contact_a = ?1 OR contact_b = ?1",
                       other, kept, error);
  if (refs == NULL)
    return FALSE;
  for (guint i = 0; i < refs->len; i++)
    {
      Ref *ref = &g_array_index (refs, Ref, i);

      add_move (undo, NB_MERGE_DROP_NOT_DUPLICATE, other, ref->key1, ref->key2, 0, NULL, NULL);
    }

  return TRUE;
}

/**
 * nb_db_merge_contacts:
 * @db: a connection, inside a transaction
 * @merged: the card to keep, its id one of the group's, with the fields
 *   chosen
 * @other_ids: (element-type gint64): the other cards, merged into it
 * @undo: (out) (transfer full) (optional): what nb_db_undo_merge() needs
 * @error: return location for an error
 *
 * Moves everything that names the other cards (the people of
 * interactions, introducers, meal attendees, meal trains' recipients and
 * helpers, birthday notices, imported rows) to the kept card, marks the
 * interactions, meals and trains so changed for sync, deletes the other
 * cards as any card is deleted (so that sync deletes them on servers),
 * and saves @merged.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_merge_contacts (NbDb          *db,
                      NbContact     *merged,
                      GArray        *other_ids,
                      NbMergeUndo  **undo,
                      GError       **error)
{
  g_autoptr(NbMergeUndo) record = _nb_merge_undo_new ();
  g_autoptr(GHashTable) touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 kept = nb_contact_get_id (merged);
  gint64 now = nb_db_now_usec ();

  g_assert (nb_db_in_transaction (db));

  if (kept == 0 || other_ids->len == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                           _("A merge needs the card to keep and at least one other"));
      return FALSE;
    }

  record->kept_id = kept;
  record->kept = nb_db_load_contact (db, kept, error);
  if (record->kept == NULL || !read_raw_row (db, kept, &record->kept_row, error))
    return FALSE;

  for (guint i = 0; i < other_ids->len; i++)
    {
      gint64 other = g_array_index (other_ids, gint64, i);
      NbMergeRow row = { 0 };
      NbContact *contact;

      if (other == kept)
        {
          g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                               _("A card cannot be merged into itself"));
          return FALSE;
        }

      contact = nb_db_load_contact (db, other, error);
      if (contact == NULL)
        return FALSE;
      g_ptr_array_add (record->others, contact);
      if (!read_raw_row (db, other, &row, error))
        return FALSE;
      g_array_append_val (record->other_rows, row);

      if (!move_references (db, record, touched, other, kept, now, error) ||
          !nb_db_delete_contact (db, other, error))
        return FALSE;
    }

  if (!nb_db_write_contact (db, merged, error) ||
      !nb_db_update_last_interaction (db, kept, error) ||
      !nb_db_update_keep_in_touch (db, kept, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&record);

  return TRUE;
}

static gboolean
undo_move (NbDb         *db,
           NbMergeMove  *move,
           gint64        kept,
           GError      **error)
{
  static const char *sql[] = {
    [NB_MERGE_MOVE_PERSON] =
      "UPDATE interaction_people SET contact_id = ?1 WHERE interaction_id = ?2 AND contact_id = ?5",
    [NB_MERGE_DROP_PERSON] =
      "INSERT OR IGNORE INTO interaction_people (interaction_id, contact_id, opt_in, date)"
      " SELECT ?2, ?1, ?3, ?4 WHERE EXISTS (SELECT 1 FROM interactions WHERE id = ?2)",
    [NB_MERGE_MOVE_INTRODUCER] = "UPDATE interactions SET introducer = ?1 WHERE id = ?2",
    [NB_MERGE_MOVE_ATTENDEE] =
      "UPDATE meeting_attendees SET contact_id = ?1 WHERE meeting_id = ?2 AND position = ?3",
    [NB_MERGE_DROP_ATTENDEE] =
      "INSERT OR IGNORE INTO meeting_attendees (meeting_id, position, contact_id, name, email)"
      " SELECT ?2, ?3, ?1, ?6, ?7 WHERE EXISTS (SELECT 1 FROM meetings WHERE id = ?2)",
    [NB_MERGE_MOVE_RECIPIENT] = "UPDATE meal_trains SET recipient = ?1 WHERE id = ?2",
    [NB_MERGE_MOVE_HELPER] =
      "UPDATE meal_train_helpers SET contact_id = ?1 WHERE slot_id = ?2 AND position = ?3",
    [NB_MERGE_DROP_HELPER] =
      "INSERT OR IGNORE INTO meal_train_helpers (slot_id, position, contact_id)"
      " SELECT ?2, ?3, ?1 WHERE EXISTS (SELECT 1 FROM meal_train_slots WHERE id = ?2)",
    [NB_MERGE_MOVE_NOTICE] =
      "UPDATE birthday_notices SET contact_id = ?1 WHERE contact_id = ?5 AND year = ?2",
    [NB_MERGE_DROP_NOTICE] =
      "INSERT OR IGNORE INTO birthday_notices (contact_id, year) VALUES (?1, ?2)",
    [NB_MERGE_MOVE_IMPORTED] =
      "UPDATE imported_rows SET contact_id = ?1 WHERE source = ?6 AND key = ?7",
    [NB_MERGE_DROP_NOT_DUPLICATE] =
      "INSERT OR IGNORE INTO not_duplicates (contact_a, contact_b) SELECT ?2, ?3"
      " WHERE EXISTS (SELECT 1 FROM contacts WHERE id = ?2)"
      " AND EXISTS (SELECT 1 FROM contacts WHERE id = ?3)",
    [NB_MERGE_TOUCH_INTERACTION] = "UPDATE interactions SET updated = ?4 WHERE id = ?2",
    [NB_MERGE_TOUCH_MEETING] = "UPDATE meetings SET updated = ?4 WHERE id = ?2",
    [NB_MERGE_TOUCH_TRAIN] = "UPDATE meal_trains SET updated = ?4 WHERE id = ?2",
    [NB_MERGE_TOUCH_SLOT] = "UPDATE meal_train_slots SET updated = ?4 WHERE id = ?2",
  };
  sqlite3_stmt *stmt = nb_db_prepare (db, sql[move->kind], error);
  int n;

  if (stmt == NULL)
    return FALSE;

  /* ?1 the other card, ?2 and ?3 the row's key, ?4 its value, ?5 the kept
   * card, ?6 and ?7 its strings: each statement takes those it needs. */
  n = sqlite3_bind_parameter_count (stmt);
  sqlite3_bind_int64 (stmt, 1, move->other);
  if (n >= 2)
    sqlite3_bind_int64 (stmt, 2, move->key1);
  if (n >= 3)
    sqlite3_bind_int64 (stmt, 3, move->key2);
  if (n >= 4)
    sqlite3_bind_int64 (stmt, 4, move->value);
  if (n >= 5)
    sqlite3_bind_int64 (stmt, 5, kept);
  if (n >= 6)
    sqlite3_bind_text (stmt, 6, move->text1, -1, SQLITE_TRANSIENT);
  if (n >= 7)
    sqlite3_bind_text (stmt, 7, move->text2, -1, SQLITE_TRANSIENT);

  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_undo_merge:
 * @db: a connection, inside a transaction
 * @undo: what nb_db_merge_contacts() did
 * @error: return location for an error
 *
 * Puts the cards back as they were before the merge: the other cards
 * again, with their ids, UIDs and fields, everything that named them
 * named them again, and the kept card as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_undo_merge (NbDb         *db,
                  NbMergeUndo  *undo,
                  GError      **error)
{
  sqlite3_stmt *stmt;

  g_assert (nb_db_in_transaction (db));

  for (guint i = 0; i < undo->others->len; i++)
    {
      g_autoptr(NbContact) copy = nb_contact_copy (g_ptr_array_index (undo->others, i));
      gint64 id = nb_contact_get_id (copy);

      /* The card again under its id, then every field of it. */
      stmt = nb_db_prepare (db,
                            "INSERT INTO contacts (id, uid, full_name, sort_key, match_key,"
                            " created, updated) VALUES (?1, ?2, ?3, x'', '', 0, 0)",
                            error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, nb_contact_get_uid (copy), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, nb_contact_get_full_name (copy), -1, SQLITE_TRANSIENT);
      if (!nb_db_step_done (db, stmt, error) ||
          !nb_db_write_contact (db, copy, error))
        return FALSE;
    }

  for (guint i = undo->moves->len; i > 0; i--)
    {
      if (!undo_move (db, &g_array_index (undo->moves, NbMergeMove, i - 1), undo->kept_id, error))
        return FALSE;
    }

  {
    g_autoptr(NbContact) kept = nb_contact_copy (undo->kept);

    if (!nb_db_write_contact (db, kept, error))
      return FALSE;
  }

  if (!write_raw_row (db, &undo->kept_row, error))
    return FALSE;
  for (guint i = 0; i < undo->other_rows->len; i++)
    {
      if (!write_raw_row (db, &g_array_index (undo->other_rows, NbMergeRow, i), error))
        return FALSE;
    }

  return TRUE;
}
