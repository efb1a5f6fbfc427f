/* nb-store-transaction-trains.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-store-transaction"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-meal-train-private.h"
#include "nb-store-transaction-private.h"

/* Meal trains and their slots through the door: all of them for an export,
 * merged by UID for an import, one by UID for sync (a train and each of
 * its slots are resources of their own on a CalDAV server). Sync compares
 * the `updated` of each with the one it was in step with, as for meals. */

static gboolean
can_write (NbStoreTransaction *self)
{
  return self->writable && !self->done;
}

/* Every slot of a train, with its helpers. */
static GPtrArray *
list_all_slots (NbStoreTransaction  *self,
                gint64               train_id,
                GError             **error)
{
  return nb_db_list_meal_train_slots (self->db, train_id, 0, G_MAXINT32, error);
}

/* The `updated` of the train or slot @uid in @table; 0 if there is none. */
static gint64
select_updated (NbStoreTransaction  *self,
                const char          *table,
                const char          *uid,
                GError             **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT updated FROM %s WHERE uid = ?", table);
  sqlite3_stmt *stmt = nb_db_prepare (self->db, sql, error);

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  return nb_db_find_id (self->db, stmt, error);
}

/* The id and train of the slot @uid: 0 if there is none, -1 on error. */
static gint64
find_slot (NbStoreTransaction  *self,
           const char          *uid,
           gint64              *train_id,
           GError             **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (self->db, "SELECT id, train_id FROM meal_train_slots WHERE uid = ?",
                                      error);
  int rc;
  gint64 id = 0;

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (train_id != NULL)
        *train_id = sqlite3_column_int64 (stmt, 1);
      rc = sqlite3_step (stmt);
    }
  if (!nb_db_finish_rows (self->db, stmt, rc, error))
    return -1;

  return id;
}

/* ---------------------------------------------------------------------- */
/* Export and import                                                       */

/**
 * nb_store_transaction_foreach_meal_train:
 * @self: a transaction
 * @cancellable: (nullable): a cancellable
 * @func: called with each train and all its slots, the latest first
 * @user_data: data for @func
 * @error: return location for an error
 *
 * Returns: %TRUE if every train was visited
 */
gboolean
nb_store_transaction_foreach_meal_train (NbStoreTransaction  *self,
                                         GCancellable        *cancellable,
                                         NbMealTrainFunc      func,
                                         gpointer             user_data,
                                         GError             **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  ids = nb_db_list_meal_train_ids (self->db, 0, 0, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(NbMealTrain) train = NULL;
      g_autoptr(GPtrArray) slots = NULL;
      gint64 id = g_array_index (ids, gint64, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      train = nb_db_load_meal_train (self->db, id, error);
      if (train == NULL)
        return FALSE;
      slots = list_all_slots (self, id, error);
      if (slots == NULL || !func (train, slots, user_data, error))
        return FALSE;
    }

  return TRUE;
}

/* Whether the stored slots hold each of @slots as it is, by UID. */
static gboolean
has_slots (GPtrArray *stored,
           GPtrArray *slots)
{
  for (guint i = 0; i < slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (slots, i);
      gboolean found = FALSE;

      for (guint j = 0; j < stored->len && !found; j++)
        found = nb_meal_train_slot_content_equal (g_ptr_array_index (stored, j), slot);
      if (!found)
        return FALSE;
    }

  return TRUE;
}

/* Writes @slot of the train @train_id: the stored slot of its UID, else
 * the one of its day and meal, else a new one. */
static gboolean
write_slot (NbStoreTransaction  *self,
            gint64               train_id,
            NbMealTrainSlot     *slot,
            GError             **error)
{
  gint64 owner = 0;
  gint64 id = find_slot (self, slot->uid, &owner, error);

  if (id < 0)
    return FALSE;
  if (id > 0 && owner != train_id)
    {
      g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                   _("A meal of another meal train has the same UID"));
      return FALSE;
    }

  slot->id = id;
  slot->train_id = train_id;

  return nb_db_write_meal_train_slot (self->db, slot, error);
}

/**
 * nb_store_transaction_merge_meal_train:
 * @self: a transaction
 * @train: a detached meal train read from a calendar file
 * @slots: (element-type NbMealTrainSlot): its slots, each with a UID and
 *   a day and meal of @train
 * @outcome: (out) (optional): what was done
 * @error: return location for an error
 *
 * Adds @train with its slots, or updates the stored train with the same
 * UID and its slots (matched by UID, then by day and meal), so that
 * importing a calendar twice adds nothing and changes nothing the second
 * time. Stored slots that @slots do not name stay as they are. @train and
 * @slots are given their ids.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_merge_meal_train (NbStoreTransaction  *self,
                                       NbMealTrain         *train,
                                       GPtrArray           *slots,
                                       NbMergeOutcome      *outcome,
                                       GError             **error)
{
  gint64 id;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (train), FALSE);
  g_return_val_if_fail (nb_meal_train_get_uid (train) != NULL, FALSE);
  g_return_val_if_fail (slots != NULL, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  id = nb_db_find_meal_train_by_uid (self->db, nb_meal_train_get_uid (train), error);
  if (id < 0)
    return FALSE;

  if (id > 0)
    {
      g_autoptr(NbMealTrain) stored = nb_db_load_meal_train (self->db, id, error);
      g_autoptr(GPtrArray) stored_slots = NULL;

      if (stored == NULL || (stored_slots = list_all_slots (self, id, error)) == NULL)
        return FALSE;

      if (nb_meal_train_content_equal (stored, train) && has_slots (stored_slots, slots))
        {
          _nb_meal_train_set_id (train, id);
          if (outcome != NULL)
            *outcome = NB_MERGE_UNCHANGED;
          return TRUE;
        }
    }

  _nb_meal_train_set_id (train, id);
  if (!nb_db_write_meal_train (self->db, train, error))
    return FALSE;

  for (guint i = 0; i < slots->len; i++)
    if (!write_slot (self, nb_meal_train_get_id (train), g_ptr_array_index (slots, i), error))
      return FALSE;

  if (outcome != NULL)
    *outcome = id > 0 ? NB_MERGE_UPDATED : NB_MERGE_ADDED;

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Sync                                                                    */

/**
 * nb_store_transaction_load_meal_train_by_uid:
 * @self: a transaction
 * @uid: a train's UID
 * @updated: (out) (optional): when it was last changed here, in
 *   microseconds
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the train, or %NULL with @error
 *   unset if there is none
 */
NbMealTrain *
nb_store_transaction_load_meal_train_by_uid (NbStoreTransaction  *self,
                                             const char          *uid,
                                             gint64              *updated,
                                             GError             **error)
{
  g_autoptr(NbMealTrain) train = NULL;
  gint64 id;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  id = nb_db_find_meal_train_by_uid (self->db, uid, error);
  if (id <= 0)
    return NULL;

  train = nb_db_load_meal_train (self->db, id, error);
  if (train == NULL)
    return NULL;

  if (updated != NULL && (*updated = select_updated (self, "meal_trains", uid, error)) < 0)
    return NULL;

  return g_steal_pointer (&train);
}

/**
 * nb_store_transaction_save_meal_train:
 * @self: a transaction
 * @train: a train; added when its id is 0, else updated
 * @updated: (out) (optional): its new `updated`
 * @error: return location for an error
 *
 * Writes @train as it is; its slots follow its days and meals
 * (nb_store_save_meal_train()).
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_save_meal_train (NbStoreTransaction  *self,
                                      NbMealTrain         *train,
                                      gint64              *updated,
                                      GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (train), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  if (!nb_db_write_meal_train (self->db, train, error))
    return FALSE;

  return updated == NULL ||
         (*updated = select_updated (self, "meal_trains", nb_meal_train_get_uid (train), error)) >= 0;
}

/**
 * nb_store_transaction_delete_meal_train:
 * @self: a transaction
 * @id: a train's id
 * @error: return location for an error
 *
 * Deletes the train with its slots.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_delete_meal_train (NbStoreTransaction  *self,
                                        gint64               id,
                                        GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_delete_meal_train (self->db, id, error);
}

/**
 * nb_store_transaction_load_meal_train_slot_by_uid:
 * @self: a transaction
 * @uid: a slot's UID
 * @train_uid: (out) (optional) (transfer full): the UID of its train
 * @updated: (out) (optional): when it was last changed here, in
 *   microseconds
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the slot with its helpers, or
 *   %NULL with @error unset if there is none
 */
NbMealTrainSlot *
nb_store_transaction_load_meal_train_slot_by_uid (NbStoreTransaction  *self,
                                                  const char          *uid,
                                                  char               **train_uid,
                                                  gint64              *updated,
                                                  GError             **error)
{
  g_autoptr(NbMealTrainSlot) slot = NULL;
  g_autoptr(NbMealTrain) train = NULL;
  gint64 id;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  id = find_slot (self, uid, NULL, error);
  if (id <= 0)
    return NULL;

  slot = nb_db_load_meal_train_slot (self->db, id, error);
  if (slot == NULL)
    return NULL;
  if (train_uid != NULL)
    {
      train = nb_db_load_meal_train (self->db, slot->train_id, error);
      if (train == NULL)
        return NULL;
      *train_uid = g_strdup (nb_meal_train_get_uid (train));
    }
  if (updated != NULL && (*updated = select_updated (self, "meal_train_slots", uid, error)) < 0)
    return NULL;

  return g_steal_pointer (&slot);
}

/**
 * nb_store_transaction_save_meal_train_slot:
 * @self: a transaction
 * @slot: a slot with a UID, a day and a meal
 * @train_uid: the UID of its train
 * @updated: (out) (optional): its new `updated`
 * @error: return location for an error
 *
 * Writes @slot as it is, with its helpers, into the stored slot of its
 * UID, else of its day and meal. @slot is given its id and its train's.
 *
 * Returns: %TRUE on success; %FALSE with %NB_STORE_ERROR_NOT_FOUND when
 *   there is no train @train_uid (yet), %NB_STORE_ERROR_INVALID when the
 *   train has no such meal
 */
gboolean
nb_store_transaction_save_meal_train_slot (NbStoreTransaction  *self,
                                           NbMealTrainSlot     *slot,
                                           const char          *train_uid,
                                           gint64              *updated,
                                           GError             **error)
{
  g_autoptr(NbMealTrain) train = NULL;
  gint64 train_id;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (slot != NULL && slot->uid != NULL, FALSE);
  g_return_val_if_fail (train_uid != NULL, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  train_id = nb_db_find_meal_train_by_uid (self->db, train_uid, error);
  if (train_id < 0)
    return FALSE;
  if (train_id == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("The meal train of this meal is not there (yet)"));
      return FALSE;
    }

  train = nb_db_load_meal_train (self->db, train_id, error);
  if (train == NULL)
    return FALSE;
  if (!nb_meal_train_has_slot_time (train, slot->day, slot->meal))
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                           _("The meal is not one of its meal train’s"));
      return FALSE;
    }

  if (!write_slot (self, train_id, slot, error))
    return FALSE;
  slot->recipient = nb_meal_train_get_recipient (train);

  return updated == NULL ||
         (*updated = select_updated (self, "meal_train_slots", slot->uid, error)) >= 0;
}

/**
 * nb_store_transaction_delete_meal_train_slot:
 * @self: a transaction
 * @id: a slot's id
 * @error: return location for an error
 *
 * Deletes the slot with its helpers.
 *
 * Returns: %TRUE on success, also when there was no such slot
 */
gboolean
nb_store_transaction_delete_meal_train_slot (NbStoreTransaction  *self,
                                             gint64               id,
                                             GError             **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  stmt = nb_db_prepare (self->db, "DELETE FROM meal_train_slots WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return nb_db_step_done (self->db, stmt, error);
}
