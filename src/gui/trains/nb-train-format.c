/* nb-train-format.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-train-format"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-format.h"
#include "nb-train-format.h"

/* The words for a meal train and its meals, the same in its window, on
 * the card and in the calendar. */

/**
 * nb_train_dup_helper_name:
 * @store: the store
 * @helper: a contact's id, or %NB_TRAIN_HELPER_ME
 *
 * Returns: (transfer full): the helper's name; "You" for me
 */
char *
nb_train_dup_helper_name (NbStore *store,
                          gint64   helper)
{
  g_autoptr(NbContact) contact = NULL;

  if (helper == NB_TRAIN_HELPER_ME)
    /* Translators: the user, as the helper who brings a meal. */
    return g_strdup (C_("meal train", "You"));

  contact = nb_store_get_contact (store, helper);
  if (contact == NULL)
    return g_strdup (_("Someone deleted"));

  return g_strdup (nb_contact_get_full_name (contact));
}

/**
 * nb_train_slot_dup_title:
 * @slot: a slot
 *
 * Returns: (transfer full): the slot's day and meal: "Monday, March 1 ·
 *   Dinner"
 */
char *
nb_train_slot_dup_title (const NbMealTrainSlot *slot)
{
  g_autofree char *day = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, slot->day);
  day = nb_format_day (&date, FALSE);

  /* Translators: a meal of a meal train: the day, then the meal. */
  return g_strdup_printf (C_("meal train", "%s · %s"), day,
                          nb_meal_kind_get_name (slot->meal));
}

/**
 * nb_train_format_status:
 * @train: a train
 * @slots: (element-type NbMealTrainSlot): its slots
 *
 * Returns: (transfer full): how many of its meals are still open: "4 of
 *   14 evenings still open"
 */
char *
nb_train_format_status (NbMealTrain *train,
                        GPtrArray   *slots)
{
  guint open = nb_meal_train_slots_count_open (slots);
  guint total = 0;

  if (nb_meal_train_get_cancelled (train))
    return g_strdup (_("This meal train is cancelled."));

  for (guint i = 0; i < slots->len; i++)
    total += ((NbMealTrainSlot *) g_ptr_array_index (slots, i))->status != NB_MEETING_CANCELLED;

  if (total == 0)
    return g_strdup (_("This meal train brings no meals."));
  if (open == 0)
    return g_strdup (_("Every meal has someone to bring it."));

  switch (nb_meal_train_get_meals (train))
    {
    case NB_TRAIN_MEALS_DINNER:
      return g_strdup_printf (ngettext ("%u of %u evening still open",
                                        "%u of %u evenings still open", total), open, total);
    case NB_TRAIN_MEALS_LUNCH:
      return g_strdup_printf (ngettext ("%u of %u lunch still open",
                                        "%u of %u lunches still open", total), open, total);
    default:
      return g_strdup_printf (ngettext ("%u of %u meal still open",
                                        "%u of %u meals still open", total), open, total);
    }
}

/**
 * nb_train_format_days:
 * @train: a train
 *
 * Returns: (transfer full): its days: "Monday, March 1 – Sunday, March 14"
 */
char *
nb_train_format_days (NbMealTrain *train)
{
  GDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, nb_meal_train_get_first_day (train));
  g_date_set_julian (&last, nb_meal_train_get_last_day (train));
  from = nb_format_day (&first, FALSE);
  until = nb_format_day (&last, g_date_get_year (&first) != g_date_get_year (&last));

  /* Translators: the days of a meal train: "Monday, March 1 – Sunday, March 14". */
  return g_strdup_printf (C_("meal train", "%s – %s"), from, until);
}
