/* nb-train-slot-event.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-train-slot-event"

#include "config.h"

#include "nb-train-format.h"
#include "nb-train-slot-event.h"

/**
 * NbTrainSlotEvent:
 *
 * A meal of a meal train, as the calendar shows it: on its day, at the
 * start of its drop-off window, as "Dinner for Ada Lovelace — Grace Hopper
 * brings". Activated, it opens its train.
 */
struct _NbTrainSlotEvent
{
  GObject    parent_instance;

  gint64     train_id;
  guint32    day;
  GDateTime *start;
  char      *summary;
  gboolean   open;
  gboolean   cancelled;
  gboolean   mine;
};

G_DEFINE_FINAL_TYPE (NbTrainSlotEvent, nb_train_slot_event, G_TYPE_OBJECT)

static void
nb_train_slot_event_finalize (GObject *object)
{
  NbTrainSlotEvent *self = (NbTrainSlotEvent *) object;

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (nb_train_slot_event_parent_class)->finalize (object);
}

static void
nb_train_slot_event_class_init (NbTrainSlotEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nb_train_slot_event_finalize;
}

static void
nb_train_slot_event_init (NbTrainSlotEvent *self)
{
}

/**
 * nb_train_slot_event_list:
 * @store: the store
 * @start: the first day
 * @n_days: how many days
 *
 * Lists the meals of the meal trains that are not cancelled on those
 * days, by day, lunch before dinner.
 *
 * Returns: (transfer full) (element-type NbTrainSlotEvent): the meals
 */
GPtrArray *
nb_train_slot_event_list (NbStore     *store,
                          const GDate *start,
                          guint        n_days)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) trains = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GError) error = NULL;
  guint32 first;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);

  first = g_date_get_julian (start);
  slots = nb_store_list_meal_train_slots (store, 0, first, first + n_days - 1, &error);
  if (slots == NULL)
    {
      g_warning ("Could not read the meal trains: %s", error->message);
      return g_steal_pointer (&events);
    }

  for (guint i = 0; i < slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (slots, i);
      NbMealTrain *train = g_hash_table_lookup (trains, &slot->train_id);
      NbTrainSlotEvent *event;

      if (train == NULL)
        {
          g_clear_error (&error);
          train = nb_store_get_meal_train (store, slot->train_id, &error);
          if (train == NULL)
            {
              g_warning ("Could not read a meal train: %s", error->message);
              continue;
            }
          g_hash_table_insert (trains, &slot->train_id, train);
        }

      event = g_object_new (NB_TYPE_TRAIN_SLOT_EVENT, NULL);
      event->train_id = slot->train_id;
      event->day = slot->day;
      event->start = nb_meal_train_dup_slot_start (train, slot->day, slot->meal, NULL);
      event->summary = nb_train_format_slot_summary (store, train, slot);
      event->open = nb_meal_train_slot_is_open (slot);
      event->cancelled = slot->status == NB_MEETING_CANCELLED;
      event->mine = nb_meal_train_slot_has_helper (slot, NB_TRAIN_HELPER_ME);
      if (event->start == NULL)
        {
          g_object_unref (event);
          continue;
        }
      g_ptr_array_add (events, event);
    }

  return g_steal_pointer (&events);
}

gint64
nb_train_slot_event_get_train_id (NbTrainSlotEvent *self)
{
  g_return_val_if_fail (NB_IS_TRAIN_SLOT_EVENT (self), 0);

  return self->train_id;
}

/**
 * nb_train_slot_event_get_day:
 * @self: a meal
 *
 * Returns: its day, as a Julian day number
 */
guint32
nb_train_slot_event_get_day (NbTrainSlotEvent *self)
{
  g_return_val_if_fail (NB_IS_TRAIN_SLOT_EVENT (self), 0);

  return self->day;
}

/**
 * nb_train_slot_event_get_start:
 * @self: a meal
 *
 * Returns: (transfer none): when its drop-off window begins
 */
GDateTime *
nb_train_slot_event_get_start (NbTrainSlotEvent *self)
{
  g_return_val_if_fail (NB_IS_TRAIN_SLOT_EVENT (self), NULL);

  return self->start;
}

const char *
nb_train_slot_event_get_summary (NbTrainSlotEvent *self)
{
  g_return_val_if_fail (NB_IS_TRAIN_SLOT_EVENT (self), NULL);

  return self->summary;
}

gboolean
nb_train_slot_event_is_open (NbTrainSlotEvent *self)
{
  g_return_val_if_fail (NB_IS_TRAIN_SLOT_EVENT (self), FALSE);

  return self->open;
}

gboolean
nb_train_slot_event_is_cancelled (NbTrainSlotEvent *self)
{
  g_return_val_if_fail (NB_IS_TRAIN_SLOT_EVENT (self), FALSE);

  return self->cancelled;
}

/**
 * nb_train_slot_event_is_mine:
 * @self: a meal
 *
 * Returns: whether I bring it: then it is one of my meals with people
 */
gboolean
nb_train_slot_event_is_mine (NbTrainSlotEvent *self)
{
  g_return_val_if_fail (NB_IS_TRAIN_SLOT_EVENT (self), FALSE);

  return self->mine;
}
