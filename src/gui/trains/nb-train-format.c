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

/**
 * nb_train_format_recipient:
 * @store: the store
 * @train: a train
 *
 * Returns: (transfer full): the name of whom the train is for
 */
char *
nb_train_format_recipient (NbStore     *store,
                           NbMealTrain *train)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (store, nb_meal_train_get_recipient (train));

  if (contact == NULL)
    /* Translators: the person a meal train is for, once deleted. */
    return g_strdup (C_("meal train", "someone"));

  return g_strdup (nb_contact_get_full_name (contact));
}

/**
 * nb_train_format_helpers:
 * @store: the store
 * @slot: a slot
 *
 * Returns: (transfer full): the names of who brings it, in order: "Grace
 *   Hopper, You"; "" for no one
 */
char *
nb_train_format_helpers (NbStore               *store,
                         const NbMealTrainSlot *slot)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < slot->helpers->len; i++)
    g_ptr_array_add (names, nb_train_dup_helper_name (store, g_array_index (slot->helpers, gint64, i)));
  g_ptr_array_add (names, NULL);

  /* Translators: the separator between the helpers who bring a meal together. */
  return g_strjoinv (C_("meal train", ", "), (char **) names->pdata);
}

/**
 * nb_train_format_slot_summary:
 * @store: the store
 * @train: a train
 * @slot: one of its slots
 *
 * Returns: (transfer full): the meal as the calendar shows it: "Dinner
 *   for Ada Lovelace — Grace Hopper brings", "… — you bring it",
 *   "… — still open"
 */
char *
nb_train_format_slot_summary (NbStore               *store,
                              NbMealTrain           *train,
                              const NbMealTrainSlot *slot)
{
  g_autofree char *recipient = nb_train_format_recipient (store, train);
  const char *meal = nb_meal_kind_get_name (slot->meal);
  g_autofree char *joined = NULL;

  if (slot->status == NB_MEETING_CANCELLED || nb_meal_train_get_cancelled (train))
    /* Translators: a meal of a meal train in the calendar: "Dinner for Ada Lovelace — cancelled". */
    return g_strdup_printf (C_("meal train", "%1$s for %2$s — cancelled"), meal, recipient);
  if (slot->helpers->len == 0)
    /* Translators: a meal of a meal train no one brings yet. */
    return g_strdup_printf (C_("meal train", "%1$s for %2$s — still open"), meal, recipient);
  if (slot->helpers->len == 1 && g_array_index (slot->helpers, gint64, 0) == NB_TRAIN_HELPER_ME)
    /* Translators: a meal of a meal train I bring. */
    return g_strdup_printf (C_("meal train", "%1$s for %2$s — you bring it"), meal, recipient);

  joined = nb_train_format_helpers (store, slot);

  /* Translators: a meal of a meal train and who brings it: "Dinner for Ada
   * Lovelace — Grace Hopper brings". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s for %2$s — %3$s brings",
                                       "%1$s for %2$s — %3$s bring", slot->helpers->len),
                          meal, recipient, joined);
}
