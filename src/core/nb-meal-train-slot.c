/* nb-meal-train-slot.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meal-train-slot"

#include "config.h"

#include "nb-meal-train-slot.h"

G_DEFINE_BOXED_TYPE (NbMealTrainSlot, nb_meal_train_slot,
                     nb_meal_train_slot_copy, nb_meal_train_slot_free)

/**
 * nb_meal_train_slot_new:
 *
 * Returns: (transfer full): a planned dinner slot with no helper
 */
NbMealTrainSlot *
nb_meal_train_slot_new (void)
{
  NbMealTrainSlot *self = g_new0 (NbMealTrainSlot, 1);

  self->meal = NB_MEAL_DINNER;
  self->status = NB_MEETING_PLANNED;
  self->helpers = g_array_new (FALSE, FALSE, sizeof (gint64));

  return self;
}

NbMealTrainSlot *
nb_meal_train_slot_copy (const NbMealTrainSlot *self)
{
  NbMealTrainSlot *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->uid = g_strdup (self->uid);
  copy->ical_source = g_strdup (self->ical_source);
  copy->helpers = g_array_copy (self->helpers);

  return copy;
}

void
nb_meal_train_slot_free (NbMealTrainSlot *self)
{
  if (self == NULL)
    return;

  g_free (self->uid);
  g_free (self->ical_source);
  g_array_unref (self->helpers);
  g_free (self);
}

/**
 * nb_meal_train_slot_content_equal:
 * @a: a slot
 * @b: another
 *
 * Returns: whether @a and @b are the same meal (UID, day, meal) with the
 *   same status, thank-you note and helpers in the same order; their ids
 *   and trains are not compared
 */
gboolean
nb_meal_train_slot_content_equal (const NbMealTrainSlot *a,
                                  const NbMealTrainSlot *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_strcmp0 (a->uid, b->uid) != 0 || a->day != b->day || a->meal != b->meal ||
      a->status != b->status || a->follow_up != b->follow_up ||
      a->helpers->len != b->helpers->len)
    return FALSE;

  for (guint i = 0; i < a->helpers->len; i++)
    if (g_array_index (a->helpers, gint64, i) != g_array_index (b->helpers, gint64, i))
      return FALSE;

  return TRUE;
}

/**
 * nb_meal_train_slot_is_open:
 * @self: a slot
 *
 * Returns: whether the slot still needs someone to bring the meal: no one
 *   does and it is not cancelled
 */
gboolean
nb_meal_train_slot_is_open (const NbMealTrainSlot *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->status != NB_MEETING_CANCELLED && self->helpers->len == 0;
}

gboolean
nb_meal_train_slot_has_helper (const NbMealTrainSlot *self,
                               gint64                 contact_id)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->helpers->len; i++)
    if (g_array_index (self->helpers, gint64, i) == contact_id)
      return TRUE;

  return FALSE;
}

/**
 * nb_meal_train_slot_add_helper:
 * @self: a slot
 * @contact_id: a contact's id, or %NB_TRAIN_HELPER_ME
 *
 * Adds a helper after the others.
 *
 * Returns: %TRUE if @contact_id was not a helper of @self yet
 */
gboolean
nb_meal_train_slot_add_helper (NbMealTrainSlot *self,
                               gint64           contact_id)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (contact_id >= 0, FALSE);

  if (nb_meal_train_slot_has_helper (self, contact_id))
    return FALSE;

  g_array_append_val (self->helpers, contact_id);

  return TRUE;
}

/**
 * nb_meal_train_slot_remove_helper:
 * @self: a slot
 * @contact_id: a contact's id, or %NB_TRAIN_HELPER_ME
 *
 * Returns: %TRUE if @contact_id was a helper of @self
 */
gboolean
nb_meal_train_slot_remove_helper (NbMealTrainSlot *self,
                                  gint64           contact_id)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->helpers->len; i++)
    if (g_array_index (self->helpers, gint64, i) == contact_id)
      {
        g_array_remove_index (self->helpers, i);
        return TRUE;
      }

  return FALSE;
}

/**
 * nb_meal_train_slots_count_open:
 * @slots: (element-type NbMealTrainSlot): slots
 *
 * Returns: how many of @slots are open
 */
guint
nb_meal_train_slots_count_open (GPtrArray *slots)
{
  guint n = 0;

  g_return_val_if_fail (slots != NULL, 0);

  for (guint i = 0; i < slots->len; i++)
    n += nb_meal_train_slot_is_open (g_ptr_array_index (slots, i));

  return n;
}
