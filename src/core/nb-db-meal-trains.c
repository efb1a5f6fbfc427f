/* nb-db-meal-trains.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-db.h"
#include "nb-meal-train-private.h"

#define TRAIN_COLUMNS \
  "id, uid, recipient, reason, address, first_day, last_day, meals, weekdays, n_people, " \
  "lunch_start, lunch_end, dinner_start, dinner_end, dietary, notes, cancelled, ical_source"

#define SLOT_COLUMNS \
  "s.id, s.train_id, t.recipient, s.uid, s.day, s.meal, s.status, s.follow_up, s.ical_source"

static gboolean
date_from_julian (guint32  day,
                  GDate   *date)
{
  g_date_clear (date, 1);
  if (!g_date_valid_julian (day))
    return FALSE;

  g_date_set_julian (date, day);

  return TRUE;
}

/**
 * nb_db_load_meal_train:
 * @db: a connection
 * @id: a train's id
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the train, or %NULL with @error set
 */
NbMealTrain *
nb_db_load_meal_train (NbDb    *db,
                       gint64   id,
                       GError **error)
{
  g_autoptr(NbMealTrain) train = nb_meal_train_new ();
  sqlite3_stmt *stmt;
  GDate first, last;

  stmt = nb_db_select_by_id (db, "SELECT " TRAIN_COLUMNS " FROM meal_trains WHERE id = ?", id,
                             _("The meal train does not exist (any more)"), error);
  if (stmt == NULL)
    return NULL;

  _nb_meal_train_set_id (train, sqlite3_column_int64 (stmt, 0));
  nb_meal_train_set_uid (train, nb_db_column_text (stmt, 1));
  nb_meal_train_set_recipient (train, sqlite3_column_int64 (stmt, 2));
  nb_meal_train_set_reason (train, nb_db_column_text (stmt, 3));
  nb_meal_train_set_address (train, nb_db_column_text (stmt, 4));
  if (date_from_julian (sqlite3_column_int64 (stmt, 5), &first) &&
      date_from_julian (sqlite3_column_int64 (stmt, 6), &last))
    nb_meal_train_set_days (train, &first, &last, NULL);
  nb_meal_train_set_meals (train, sqlite3_column_int (stmt, 7));
  nb_meal_train_set_weekdays (train, sqlite3_column_int (stmt, 8));
  nb_meal_train_set_n_people (train, sqlite3_column_int (stmt, 9));
  nb_meal_train_set_window (train, NB_MEAL_LUNCH, sqlite3_column_int (stmt, 10),
                            sqlite3_column_int (stmt, 11));
  nb_meal_train_set_window (train, NB_MEAL_DINNER, sqlite3_column_int (stmt, 12),
                            sqlite3_column_int (stmt, 13));
  nb_meal_train_set_dietary (train, nb_db_column_text (stmt, 14));
  nb_meal_train_set_notes (train, nb_db_column_text (stmt, 15));
  nb_meal_train_set_cancelled (train, sqlite3_column_int (stmt, 16));
  nb_meal_train_set_ical_source (train, nb_db_column_text (stmt, 17));
  sqlite3_reset (stmt);

  return g_steal_pointer (&train);
}

/**
 * nb_db_find_meal_train_by_uid:
 * @db: a connection
 * @uid: a train's UID
 * @error: return location for an error
 *
 * Returns: the train's id, 0 if there is none, or -1 on error
 */
gint64
nb_db_find_meal_train_by_uid (NbDb        *db,
                              const char  *uid,
                              GError     **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT id FROM meal_trains WHERE uid = ?", error);

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);

  return nb_db_find_id (db, stmt, error);
}

static gboolean
insert_slot (NbDb        *db,
             gint64       train_id,
             guint32      day,
             NbMealKind   meal,
             GError     **error)
{
  g_autofree char *uid = g_uuid_string_random ();
  sqlite3_stmt *stmt;

  /* A slot there was, cancelled when its day left the train, comes back as
   * it was, with its helpers and its UID. */
  stmt = nb_db_prepare (db,
                        "INSERT INTO meal_train_slots (train_id, uid, day, meal, updated)"
                        " VALUES (?1, ?2, ?3, ?4, ?5)"
                        " ON CONFLICT (train_id, day, meal) DO UPDATE SET status = 0,"
                        " updated = excluded.updated WHERE status = 2",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, train_id);
  sqlite3_bind_text (stmt, 2, uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, day);
  sqlite3_bind_int (stmt, 4, meal);
  sqlite3_bind_int64 (stmt, 5, nb_db_now_usec ());

  return nb_db_step_done (db, stmt, error);
}

/* A slot whose day or meal left the train goes if no one was to bring it,
 * and is cancelled if someone was, so that they can be told. */
static gboolean
drop_slot (NbDb        *db,
           gint64       train_id,
           guint32      day,
           NbMealKind   meal,
           GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db,
                        "DELETE FROM meal_train_slots WHERE train_id = ?1 AND day = ?2"
                        " AND meal = ?3 AND status = 0 AND NOT EXISTS (SELECT 1 FROM"
                        " meal_train_helpers h WHERE h.slot_id = meal_train_slots.id)",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, train_id);
  sqlite3_bind_int64 (stmt, 2, day);
  sqlite3_bind_int (stmt, 3, meal);
  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  stmt = nb_db_prepare (db,
                        "UPDATE meal_train_slots SET status = 2, updated = ?4"
                        " WHERE train_id = ?1 AND day = ?2 AND meal = ?3 AND status = 0",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, train_id);
  sqlite3_bind_int64 (stmt, 2, day);
  sqlite3_bind_int (stmt, 3, meal);
  sqlite3_bind_int64 (stmt, 4, nb_db_now_usec ());

  return nb_db_step_done (db, stmt, error);
}

/* The slots follow the train's days and meals from @before (NULL for a
 * new train) to @after: only the meals that joined or left it change, so
 * that a slot the user cancelled stays cancelled. */
static gboolean
follow_schedule (NbDb         *db,
                 gint64        train_id,
                 NbMealTrain  *before,
                 NbMealTrain  *after,
                 GError      **error)
{
  g_autoptr(GArray) old_times = NULL;
  g_autoptr(GArray) new_times = nb_meal_train_list_slot_times (after);

  if (before != NULL)
    {
      old_times = nb_meal_train_list_slot_times (before);
      for (guint i = 0; i < old_times->len; i++)
        {
          const NbTrainSlotTime *time = &g_array_index (old_times, NbTrainSlotTime, i);

          if (!nb_meal_train_has_slot_time (after, time->day, time->meal) &&
              !drop_slot (db, train_id, time->day, time->meal, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < new_times->len; i++)
    {
      const NbTrainSlotTime *time = &g_array_index (new_times, NbTrainSlotTime, i);

      if ((before == NULL || !nb_meal_train_has_slot_time (before, time->day, time->meal)) &&
          !insert_slot (db, train_id, time->day, time->meal, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * nb_db_write_meal_train:
 * @db: a connection, in a transaction
 * @train: a train; a new one when its id is 0, which it is given
 * @error: return location for an error
 *
 * Writes @train, and makes its slots follow its days and meals: a meal
 * that joined it gets a slot, one that left it goes, or is cancelled when
 * someone was to bring it.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_write_meal_train (NbDb         *db,
                        NbMealTrain  *train,
                        GError      **error)
{
  g_autoptr(NbMealTrain) before = NULL;
  gint64 id = nb_meal_train_get_id (train);
  gint64 now = nb_db_now_usec ();
  guint lunch_start, lunch_end, dinner_start, dinner_end;
  sqlite3_stmt *stmt;

  g_assert (nb_db_in_transaction (db));

  if (nb_meal_train_get_first_day (train) == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                           _("A meal train needs a first and a last day."));
      return FALSE;
    }

  if (nb_meal_train_get_uid (train) == NULL)
    {
      g_autofree char *uid = g_uuid_string_random ();

      nb_meal_train_set_uid (train, uid);
    }

  if (id != 0)
    {
      before = nb_db_load_meal_train (db, id, error);
      if (before == NULL)
        return FALSE;
      stmt = nb_db_prepare (db,
                            "UPDATE meal_trains SET uid = ?1, recipient = ?2, reason = ?3,"
                            " address = ?4, first_day = ?5, last_day = ?6, meals = ?7,"
                            " weekdays = ?8, n_people = ?9, lunch_start = ?10, lunch_end = ?11,"
                            " dinner_start = ?12, dinner_end = ?13, dietary = ?14, notes = ?15,"
                            " cancelled = ?16, ical_source = ?17, updated = ?18 WHERE id = ?19",
                            error);
    }
  else
    stmt = nb_db_prepare (db,
                          "INSERT INTO meal_trains (uid, recipient, reason, address, first_day,"
                          " last_day, meals, weekdays, n_people, lunch_start, lunch_end,"
                          " dinner_start, dinner_end, dietary, notes, cancelled, ical_source,"
                          " updated, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                          " ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
                          error);
  if (stmt == NULL)
    return FALSE;

  nb_meal_train_get_window (train, NB_MEAL_LUNCH, &lunch_start, &lunch_end);
  nb_meal_train_get_window (train, NB_MEAL_DINNER, &dinner_start, &dinner_end);

  sqlite3_bind_text (stmt, 1, nb_meal_train_get_uid (train), -1, SQLITE_TRANSIENT);
  if (nb_meal_train_get_recipient (train) > 0)
    sqlite3_bind_int64 (stmt, 2, nb_meal_train_get_recipient (train));
  nb_db_bind_text_or_null (stmt, 3, nb_meal_train_get_reason (train));
  nb_db_bind_text_or_null (stmt, 4, nb_meal_train_get_address (train));
  sqlite3_bind_int64 (stmt, 5, nb_meal_train_get_first_day (train));
  sqlite3_bind_int64 (stmt, 6, nb_meal_train_get_last_day (train));
  sqlite3_bind_int (stmt, 7, nb_meal_train_get_meals (train));
  sqlite3_bind_int (stmt, 8, nb_meal_train_get_weekdays (train));
  sqlite3_bind_int (stmt, 9, nb_meal_train_get_n_people (train));
  sqlite3_bind_int (stmt, 10, lunch_start);
  sqlite3_bind_int (stmt, 11, lunch_end);
  sqlite3_bind_int (stmt, 12, dinner_start);
  sqlite3_bind_int (stmt, 13, dinner_end);
  nb_db_bind_text_or_null (stmt, 14, nb_meal_train_get_dietary (train));
  nb_db_bind_text_or_null (stmt, 15, nb_meal_train_get_notes (train));
  sqlite3_bind_int (stmt, 16, nb_meal_train_get_cancelled (train));
  nb_db_bind_text_or_null (stmt, 17, nb_meal_train_get_ical_source (train));
  sqlite3_bind_int64 (stmt, 18, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 19, id);

  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  if (id == 0)
    id = sqlite3_last_insert_rowid (nb_db_get_handle (db));

  if (!follow_schedule (db, id, before, train, error))
    return FALSE;

  _nb_meal_train_set_id (train, id);

  return TRUE;
}

/**
 * nb_db_delete_meal_train:
 * @db: a connection, in a transaction
 * @id: a train's id
 * @error: return location for an error
 *
 * Deletes the train with its slots.
 *
 * Returns: %TRUE on success, also when there was no such train
 */
gboolean
nb_db_delete_meal_train (NbDb    *db,
                         gint64   id,
                         GError **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, "DELETE FROM meal_trains WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);

  return nb_db_step_done (db, stmt, error);
}

/**
 * nb_db_list_meal_train_ids:
 * @db: a connection
 * @recipient: a contact's id, or 0 for every train
 * @until: 0, or a Julian day number: then only the trains not cancelled
 *   whose last day is that day or later
 * @error: return location for an error
 *
 * Lists the trains for @recipient, or all, the latest first.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): their ids
 */
GArray *
nb_db_list_meal_train_ids (NbDb     *db,
                           gint64    recipient,
                           guint32   until,
                           GError  **error)
{
  sqlite3_stmt *stmt;

  if (recipient > 0)
    stmt = nb_db_prepare (db,
                          "SELECT id FROM meal_trains WHERE recipient = ?1"
                          " AND (?2 = 0 OR (last_day >= ?2 AND cancelled = 0))"
                          " ORDER BY first_day DESC, id DESC",
                          error);
  else
    stmt = nb_db_prepare (db,
                          "SELECT id FROM meal_trains WHERE ?2 = 0 OR (last_day >= ?2 AND cancelled = 0)"
                          " ORDER BY first_day DESC, id DESC",
                          error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, recipient);
  sqlite3_bind_int64 (stmt, 2, until);

  return nb_db_collect_ids (db, stmt, error);
}

/* Adds the helpers that @sql lists (slot id, contact id) to the slots in
 * @by_id, by id. */
static gboolean
load_helpers (NbDb        *db,
              GHashTable  *by_id,
              const char  *sql,
              gint64       a,
              gint64       b,
              gint64       c,
              GError     **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  sqlite3_bind_int64 (stmt, 3, c);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 slot_id = sqlite3_column_int64 (stmt, 0);
      NbMealTrainSlot *slot = g_hash_table_lookup (by_id, &slot_id);
      gint64 contact_id = sqlite3_column_int64 (stmt, 1);

      if (slot != NULL)
        nb_meal_train_slot_add_helper (slot, contact_id);
    }

  return nb_db_finish_rows (db, stmt, rc, error);
}

static NbMealTrainSlot *
slot_from_row (sqlite3_stmt *stmt)
{
  NbMealTrainSlot *slot = nb_meal_train_slot_new ();

  slot->id = sqlite3_column_int64 (stmt, 0);
  slot->train_id = sqlite3_column_int64 (stmt, 1);
  slot->recipient = sqlite3_column_int64 (stmt, 2);
  slot->uid = g_strdup (nb_db_column_text (stmt, 3));
  slot->day = sqlite3_column_int64 (stmt, 4);
  slot->meal = sqlite3_column_int (stmt, 5) == NB_MEAL_LUNCH ? NB_MEAL_LUNCH : NB_MEAL_DINNER;
  slot->status = CLAMP (sqlite3_column_int (stmt, 6), 0, NB_MEETING_N_STATUSES - 1);
  slot->follow_up = CLAMP (sqlite3_column_int (stmt, 7), 0, NB_FOLLOW_UP_N_STATES - 1);
  slot->ical_source = g_strdup (nb_db_column_text (stmt, 8));

  return slot;
}

static GPtrArray *
list_slots (NbDb        *db,
            const char  *where,
            gint64       a,
            gint64       b,
            gint64       c,
            GError     **error)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_meal_train_slot_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *sql = NULL;
  g_autofree char *helpers_sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  sql = g_strconcat ("SELECT " SLOT_COLUMNS " FROM meal_train_slots s"
                     " JOIN meal_trains t ON t.id = s.train_id WHERE ", where,
                     " ORDER BY s.day, s.meal, s.train_id", NULL);
  stmt = nb_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  sqlite3_bind_int64 (stmt, 3, c);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NbMealTrainSlot *slot = slot_from_row (stmt);

      g_ptr_array_add (slots, slot);
      g_hash_table_insert (by_id, &slot->id, slot);
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  if (slots->len == 0)
    return g_steal_pointer (&slots);

  helpers_sql = g_strconcat ("SELECT h.slot_id, COALESCE (h.contact_id, 0) FROM meal_train_slots s"
                             " JOIN meal_trains t ON t.id = s.train_id"
                             " JOIN meal_train_helpers h ON h.slot_id = s.id WHERE ", where,
                             " ORDER BY h.slot_id, h.position", NULL);
  if (!load_helpers (db, by_id, helpers_sql, a, b, c, error))
    return NULL;

  return g_steal_pointer (&slots);
}

/**
 * nb_db_list_meal_train_slots:
 * @db: a connection
 * @train_id: a train's id, or 0 for the slots of every train that is not
 *   cancelled
 * @first_day: the first day to list, as a Julian day number
 * @last_day: the last day
 * @error: return location for an error
 *
 * Lists slots by day, lunch before dinner, with their helpers.
 *
 * Returns: (transfer full) (element-type NbMealTrainSlot) (nullable): the
 *   slots
 */
GPtrArray *
nb_db_list_meal_train_slots (NbDb     *db,
                             gint64    train_id,
                             guint32   first_day,
                             guint32   last_day,
                             GError  **error)
{
  if (train_id != 0)
    return list_slots (db, "s.train_id = ?1 AND s.day BETWEEN ?2 AND ?3",
                       train_id, first_day, last_day, error);

  return list_slots (db, "s.day BETWEEN ?2 AND ?3 AND t.cancelled = 0",
                     0, first_day, last_day, error);
}

/**
 * nb_db_load_meal_train_slot:
 * @db: a connection
 * @id: a slot's id
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the slot, or %NULL with @error set
 */
NbMealTrainSlot *
nb_db_load_meal_train_slot (NbDb    *db,
                            gint64   id,
                            GError **error)
{
  g_autoptr(GPtrArray) slots = list_slots (db, "s.id = ?1", id, 0, 0, error);

  if (slots == NULL)
    return NULL;

  if (slots->len == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("The meal train does not bring this meal (any more)"));
      return NULL;
    }

  return g_ptr_array_steal_index (slots, 0);
}

/**
 * nb_db_write_meal_train_slot:
 * @db: a connection, in a transaction
 * @slot: a slot of a train that is stored
 * @error: return location for an error
 *
 * Writes what became of @slot and who brings it. A slot with no id is
 * found by its UID, or by its train, day and meal, and added if there is
 * none; it is given its id.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_write_meal_train_slot (NbDb             *db,
                             NbMealTrainSlot  *slot,
                             GError          **error)
{
  sqlite3_stmt *stmt;
  gint64 id = slot->id;

  g_assert (nb_db_in_transaction (db));
  g_return_val_if_fail (slot->meal == NB_MEAL_LUNCH || slot->meal == NB_MEAL_DINNER, FALSE);

  if (slot->uid == NULL)
    slot->uid = g_uuid_string_random ();

  if (id == 0)
    stmt = nb_db_prepare (db,
                          "INSERT INTO meal_train_slots (train_id, uid, day, meal, status,"
                          " follow_up, updated, ical_source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?9)"
                          " ON CONFLICT (train_id, day, meal) DO UPDATE SET uid = excluded.uid,"
                          " status = excluded.status, follow_up = excluded.follow_up,"
                          " updated = excluded.updated, ical_source = excluded.ical_source"
                          " RETURNING id",
                          error);
  else
    stmt = nb_db_prepare (db,
                          "UPDATE meal_train_slots SET train_id = ?1, uid = ?2, day = ?3,"
                          " meal = ?4, status = ?5, follow_up = ?6, updated = ?7,"
                          " ical_source = ?9 WHERE id = ?8 RETURNING id",
                          error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, slot->train_id);
  sqlite3_bind_text (stmt, 2, slot->uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, slot->day);
  sqlite3_bind_int (stmt, 4, slot->meal);
  sqlite3_bind_int (stmt, 5, slot->status);
  sqlite3_bind_int (stmt, 6, slot->follow_up);
  sqlite3_bind_int64 (stmt, 7, nb_db_now_usec ());
  if (id != 0)
    sqlite3_bind_int64 (stmt, 8, id);
  nb_db_bind_text_or_null (stmt, 9, slot->ical_source);

  id = nb_db_find_id (db, stmt, error);
  if (id < 0)
    return FALSE;
  if (id == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("The meal train does not bring this meal (any more)"));
      return FALSE;
    }
  slot->id = id;

  stmt = nb_db_prepare (db, "DELETE FROM meal_train_helpers WHERE slot_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  stmt = nb_db_prepare (db,
                        "INSERT INTO meal_train_helpers (slot_id, position, contact_id)"
                        " VALUES (?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < slot->helpers->len; i++)
    {
      gint64 contact_id = g_array_index (slot->helpers, gint64, i);

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      if (contact_id != NB_TRAIN_HELPER_ME)
        sqlite3_bind_int64 (stmt, 3, contact_id);
      else
        sqlite3_bind_null (stmt, 3);
      if (!nb_db_step_done (db, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * nb_db_list_meal_train_follow_ups:
 * @db: a connection
 * @today: a Julian day number
 * @error: return location for an error
 *
 * Lists the slots of trains going on, up to @today, that someone was to
 * bring and no one said whether they did, or that were brought and whose
 * helpers are not thanked yet, the oldest first (of the first 500 slots
 * left to follow up). Those of @today may not have passed yet.
 *
 * Returns: (transfer full) (element-type NbMealTrainSlot) (nullable): the
 *   slots
 */
GPtrArray *
nb_db_list_meal_train_follow_ups (NbDb     *db,
                                  guint32   today,
                                  GError  **error)
{
  return list_slots (db,
                     "s.day <= ?1 AND t.cancelled = 0"
                     " AND ((s.status = 0 AND EXISTS (SELECT 1 FROM meal_train_helpers h"
                     "       WHERE h.slot_id = s.id))"
                     "  OR (s.status = 1 AND s.follow_up = 1))"
                     " AND s.id IN (SELECT id FROM meal_train_slots WHERE status = 0 OR follow_up = 1"
                     "  ORDER BY day LIMIT 500)",
                     today, 0, 0, error);
}

/* What a brought meal tells of the helper and me, and of the recipient:
 * help I received from the helper, help given to the recipient. Each has a
 * UID made of the slot's and the contact's, the same on every device. */
static char *
help_uid (const NbMealTrainSlot *slot,
          const char            *what,
          NbContact             *contact)
{
  return g_strdup_printf ("%s-%s-%s", slot->uid, what, nb_contact_get_uid (contact));
}

/* Makes the interaction of @uid be there or not: added once, however
 * often it is asked for, with @kind, @contact_id, @when and @note; or
 * deleted with what it told of the contact. */
static gboolean
set_interaction (NbDb               *db,
                 const char         *uid,
                 gboolean            wanted,
                 NbInteractionKind   kind,
                 gint64              contact_id,
                 GDateTime          *when,
                 const char         *note,
                 GArray             *touched,
                 GError            **error)
{
  g_autoptr(NbInteraction) interaction = NULL;
  gint64 id = nb_db_find_interaction_by_uid (db, uid, error);

  if (id < 0)
    return FALSE;
  if (!wanted)
    return id == 0 || nb_db_delete_interaction (db, id, touched, error);
  if (id > 0)
    return TRUE;

  interaction = nb_interaction_new_with_contact (kind, contact_id, when);
  nb_interaction_set_uid (interaction, uid);
  nb_interaction_set_note (interaction, note);

  return nb_db_write_interaction (db, interaction, touched, error);
}

/* Adds, or takes away, what a slot brought tells of its helpers and its
 * recipient. */
static gboolean
follow_brought_slot (NbDb                  *db,
                     NbMealTrain           *train,
                     const NbMealTrainSlot *slot,
                     gboolean               brought,
                     GArray                *touched,
                     GError               **error)
{
  g_autoptr(NbContact) recipient = NULL;
  g_autoptr(GDateTime) when = nb_meal_train_dup_slot_start (train, slot->day, slot->meal, NULL);
  gboolean lunch = slot->meal == NB_MEAL_LUNCH;
  const char *recipient_name;
  g_autoptr(GError) local_error = NULL;

  if (nb_meal_train_get_recipient (train) > 0)
    {
      recipient = nb_db_load_contact (db, nb_meal_train_get_recipient (train), &local_error);
      if (recipient == NULL && !g_error_matches (local_error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  /* Translators: the person a meal train is for, once deleted. */
  recipient_name = recipient ? nb_contact_get_full_name (recipient) : C_("meal train", "someone");

  for (guint i = 0; i < slot->helpers->len; i++)
    {
      gint64 helper_id = g_array_index (slot->helpers, gint64, i);
      g_autoptr(NbContact) helper = NULL;
      g_autofree char *uid = NULL;
      g_autofree char *note = NULL;

      if (helper_id == NB_TRAIN_HELPER_ME)
        continue;
      helper = nb_db_load_contact (db, helper_id, error);
      if (helper == NULL)
        return FALSE;

      uid = help_uid (slot, "helper", helper);
      /* Translators: the note of the help a helper of a meal train gave:
       * "Brought dinner to Ada Lovelace (meal train)". */
      note = g_strdup_printf (lunch ? _("Brought lunch to %s (meal train)")
                                    : _("Brought dinner to %s (meal train)"),
                              recipient_name);
      if (!set_interaction (db, uid, brought, NB_INTERACTION_HELP_RECEIVED, helper_id, when, note,
                            touched, error))
        return FALSE;

      if (recipient == NULL)
        continue;

      g_free (uid);
      g_free (note);
      uid = help_uid (slot, "for", helper);
      /* Translators: the note of the help a recipient of a meal train was
       * given: "Dinner brought by Grace Hopper (meal train)". */
      note = g_strdup_printf (lunch ? _("Lunch brought by %s (meal train)")
                                    : _("Dinner brought by %s (meal train)"),
                              nb_contact_get_full_name (helper));
      if (!set_interaction (db, uid, brought, NB_INTERACTION_HELP_GIVEN,
                            nb_meal_train_get_recipient (train), when, note, touched, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
has_contact_helper (const NbMealTrainSlot *slot)
{
  for (guint i = 0; i < slot->helpers->len; i++)
    if (g_array_index (slot->helpers, gint64, i) != NB_TRAIN_HELPER_ME)
      return TRUE;

  return FALSE;
}

static gboolean
load_slot_and_train (NbDb              *db,
                     gint64             slot_id,
                     NbMealTrainSlot  **slot,
                     NbMealTrain      **train,
                     GError           **error)
{
  *slot = nb_db_load_meal_train_slot (db, slot_id, error);
  if (*slot == NULL)
    return FALSE;
  *train = nb_db_load_meal_train (db, (*slot)->train_id, error);

  return *train != NULL;
}

/**
 * nb_db_answer_meal_train_slot:
 * @db: a connection, in a transaction
 * @slot_id: a slot's id
 * @status: whether it was brought (%NB_MEETING_DONE), not
 *   (%NB_MEETING_CANCELLED), or not known yet (%NB_MEETING_PLANNED)
 * @touched: the ids of the contacts whose interactions changed are added
 * @error: return location for an error
 *
 * Says what became of a slot. A slot brought is help I received from each
 * of its helpers and help its recipient was given, and asks to thank the
 * helpers; a slot no longer brought takes that back.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_answer_meal_train_slot (NbDb             *db,
                              gint64            slot_id,
                              NbMeetingStatus   status,
                              GArray           *touched,
                              GError          **error)
{
  g_autoptr(NbMealTrainSlot) slot = NULL;
  g_autoptr(NbMealTrain) train = NULL;
  gboolean was_brought;

  g_assert (nb_db_in_transaction (db));

  if (!load_slot_and_train (db, slot_id, &slot, &train, error))
    return FALSE;

  was_brought = slot->status == NB_MEETING_DONE;
  slot->status = status;
  if (status == NB_MEETING_DONE && !was_brought)
    slot->follow_up = has_contact_helper (slot) ? NB_FOLLOW_UP_DUE : NB_FOLLOW_UP_NOT_NEEDED;
  else if (status != NB_MEETING_DONE)
    slot->follow_up = NB_FOLLOW_UP_NONE;

  if (!nb_db_write_meal_train_slot (db, slot, error))
    return FALSE;

  if (was_brought != (status == NB_MEETING_DONE))
    return follow_brought_slot (db, train, slot, status == NB_MEETING_DONE, touched, error);

  return TRUE;
}

/**
 * nb_db_thank_meal_train_slot:
 * @db: a connection, in a transaction
 * @slot_id: a slot that was brought
 * @follow_up: %NB_FOLLOW_UP_SENT when I thanked its helpers,
 *   %NB_FOLLOW_UP_NOT_NEEDED, or %NB_FOLLOW_UP_DUE to take it back
 * @touched: the ids of the contacts whose interactions changed are added
 * @error: return location for an error
 *
 * A thank-you sent is one to each helper, in their history.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_thank_meal_train_slot (NbDb        *db,
                             gint64       slot_id,
                             NbFollowUp   follow_up,
                             GArray      *touched,
                             GError     **error)
{
  g_autoptr(NbMealTrainSlot) slot = NULL;
  g_autoptr(NbMealTrain) train = NULL;
  g_autoptr(GDateTime) when = NULL;

  g_assert (nb_db_in_transaction (db));

  if (!load_slot_and_train (db, slot_id, &slot, &train, error))
    return FALSE;

  slot->follow_up = follow_up;
  if (!nb_db_write_meal_train_slot (db, slot, error))
    return FALSE;

  when = nb_meal_train_dup_slot_end (train, slot->day, slot->meal, NULL);
  for (guint i = 0; i < slot->helpers->len; i++)
    {
      gint64 helper_id = g_array_index (slot->helpers, gint64, i);
      g_autoptr(NbContact) helper = NULL;
      g_autofree char *uid = NULL;

      if (helper_id == NB_TRAIN_HELPER_ME)
        continue;
      helper = nb_db_load_contact (db, helper_id, error);
      if (helper == NULL)
        return FALSE;

      uid = help_uid (slot, "thanks", helper);
      /* Translators: the note of a thank-you for a meal of a meal train. */
      if (!set_interaction (db, uid, follow_up == NB_FOLLOW_UP_SENT, NB_INTERACTION_THANKS_SENT,
                            helper_id, when,
                            slot->meal == NB_MEAL_LUNCH ? _("For the lunch of the meal train")
                                                        : _("For the dinner of the meal train"),
                            touched, error))
        return FALSE;
    }

  return TRUE;
}
