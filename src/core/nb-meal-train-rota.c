/* nb-meal-train-rota.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meal-train-rota"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-meal-train-rota.h"

/* A meal train's rota as plain text, for the organizer to paste into a
 * messenger or a mail:
 *
 *   Meal train for Ada Lovelace, 2–15 March, dinner at 18:00–19:00, 12 Bakers Row.
 *   Dietary needs: no nuts
 *   Meals for 4 people
 *   Notes, as they were written
 *
 *   Mon 2: Grace Hopper
 *   Tue 3: open
 *
 * Every word and format is translatable; the names of days and months come
 * from the locale. The reason for the train is private and never in it. */

static GDateTime *
date_time_of_day (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);

  return g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 0, 0, 0);
}

/* "2–15 March", "23 February – 8 March", "28 December 2026 – 10 January 2027". */
static char *
format_days (guint32 first_day,
             guint32 last_day)
{
  g_autoptr(GDateTime) first = date_time_of_day (first_day);
  g_autoptr(GDateTime) last = date_time_of_day (last_day);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  /* Translators: the formats of a meal train's first and last days, as
   * g_date_time_format() takes them, for "2 March" (one day), "2–15 March",
   * "23 February – 8 March" and "28 December 2026 – 10 January 2027". */
  if (first_day == last_day)
    return g_date_time_format (first, C_("meal train day", "%-d %B"));

  if (g_date_time_get_year (first) != g_date_time_get_year (last))
    {
      from = g_date_time_format (first, C_("meal train first day across years", "%-d %B %Y"));
      to = g_date_time_format (last, C_("meal train last day across years", "%-d %B %Y"));
    }
  else if (g_date_time_get_month (first) != g_date_time_get_month (last))
    {
      from = g_date_time_format (first, C_("meal train first day across months", "%-d %B"));
      to = g_date_time_format (last, C_("meal train last day", "%-d %B"));
    }
  else
    {
      from = g_date_time_format (first, C_("meal train first day within a month", "%-d"));
      to = g_date_time_format (last, C_("meal train last day", "%-d %B"));
      /* Translators: the days of a meal train within one month: "2–15 March". */
      return g_strdup_printf (C_("meal train days within a month", "%1$s–%2$s"), from, to);
    }

  /* Translators: the days of a meal train across months:
   * "23 February – 8 March". */
  return g_strdup_printf (C_("meal train days", "%1$s – %2$s"), from, to);
}

static char *
format_minutes (guint minutes)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (2000, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) at = g_date_time_add_minutes (time, minutes);

  /* Translators: a drop-off time of a meal train, as g_date_time_format()
   * takes it: "%H:%M" gives "18:00", "%-l:%M %p" gives "6:00 PM". */
  return g_date_time_format (at, C_("meal train time", "%H:%M"));
}

/* "dinner at 18:00–19:00". */
static char *
format_meal (NbMealTrain *train,
             NbMealKind   meal)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *window = NULL;
  guint start, end;

  nb_meal_train_get_window (train, meal, &start, &end);
  from = format_minutes (start);
  to = format_minutes (end);
  /* Translators: a drop-off window: "18:00–19:00". */
  window = g_strdup_printf (C_("meal train drop-off window", "%1$s–%2$s"), from, to);

  if (meal == NB_MEAL_LUNCH)
    /* Translators: in a meal train's rota: "lunch at 12:00–13:00". */
    return g_strdup_printf (C_("meal train rota", "lunch at %s"), window);

  /* Translators: in a meal train's rota: "dinner at 18:00–19:00". */
  return g_strdup_printf (C_("meal train rota", "dinner at %s"), window);
}

static char *
format_meals (NbMealTrain *train)
{
  NbTrainMeals meals = nb_meal_train_get_meals (train);
  g_autofree char *lunch = NULL;
  g_autofree char *dinner = NULL;

  if (meals & NB_TRAIN_MEALS_LUNCH)
    lunch = format_meal (train, NB_MEAL_LUNCH);
  if (meals & NB_TRAIN_MEALS_DINNER)
    dinner = format_meal (train, NB_MEAL_DINNER);

  if (lunch != NULL && dinner != NULL)
    /* Translators: both meals of a meal train:
     * "lunch at 12:00–13:00 and dinner at 18:00–19:00". */
    return g_strdup_printf (C_("meal train rota", "%1$s and %2$s"), lunch, dinner);

  return g_strdup (lunch != NULL ? lunch : dinner);
}

static char *
format_header (NbMealTrain *train,
               const char  *recipient_name)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  char *meals;

  if (nb_meal_train_get_first_day (train) != 0)
    g_ptr_array_add (parts, format_days (nb_meal_train_get_first_day (train),
                                         nb_meal_train_get_last_day (train)));
  if ((meals = format_meals (train)) != NULL)
    g_ptr_array_add (parts, meals);
  if (nb_meal_train_get_address (train) != NULL)
    g_ptr_array_add (parts, g_strdup (nb_meal_train_get_address (train)));
  g_ptr_array_add (parts, NULL);

  if (parts->len == 1)
    /* Translators: the first line of a meal train's rota, when there is
     * nothing more to say: "Meal train for Ada Lovelace." */
    return g_strdup_printf (C_("meal train rota", "Meal train for %s."), recipient_name);

  /* Translators: between the days, the meals and the address in the first
   * line of a meal train's rota. */
  joined = g_strjoinv (C_("meal train rota", ", "), (char **) parts->pdata);

  /* Translators: the first line of a meal train's rota: who it is for,
   * then its days, meals and address, as many as are known: "Meal train
   * for Ada Lovelace, 2–15 March, dinner at 18:00–19:00, 12 Bakers Row." */
  return g_strdup_printf (C_("meal train rota", "Meal train for %1$s, %2$s."), recipient_name, joined);
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const NbMealTrainSlot *x = *(NbMealTrainSlot * const *) a;
  const NbMealTrainSlot *y = *(NbMealTrainSlot * const *) b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;

  return (int) x->meal - (int) y->meal;
}

/* "Grace Hopper, Alan Turing", or "open". */
static char *
format_helpers (const NbMealTrainSlot *slot,
                NbMealTrainNameFunc    name_func,
                gpointer               user_data)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (slot->helpers->len == 0)
    /* Translators: a meal of a meal train that nobody brings yet. */
    return g_strdup (C_("meal train rota", "open"));

  for (guint i = 0; i < slot->helpers->len; i++)
    {
      gint64 id = g_array_index (slot->helpers, gint64, i);
      char *name = name_func != NULL ? name_func (id, user_data) : NULL;

      if (name == NULL && id == NB_TRAIN_HELPER_ME)
        /* Translators: the user, as a helper of a meal train in its rota. */
        name = g_strdup (C_("meal train helper", "me"));
      else if (name == NULL)
        /* Translators: a helper of a meal train whose name is not known. */
        name = g_strdup (C_("meal train helper", "someone"));
      g_ptr_array_add (names, name);
    }
  g_ptr_array_add (names, NULL);

  /* Translators: between the names of the helpers of one meal. */
  return g_strjoinv (C_("meal train rota", ", "), (char **) names->pdata);
}

/**
 * nb_meal_train_format_rota:
 * @train: a meal train
 * @recipient_name: the name of the person the meals are for
 * @slots: (element-type NbMealTrainSlot): the train's slots, in any order
 * @name_func: (scope call) (nullable): gives the name of each helper,
 *   %NB_TRAIN_HELPER_ME included; %NULL for none
 * @user_data: data for @name_func
 *
 * Writes the rota of a meal train as plain text, to paste into any
 * messenger: a line with whom it is for, its days, meals and their
 * drop-off windows, and its address; lines with the dietary needs, the
 * number of people and the notes; then, after an empty line, a line for
 * each meal by day, in the form "Mon 2: Grace Hopper" (with the meal,
 * "Mon 2, lunch: …", when the slots have both), saying "open" for a meal
 * nobody brings yet. Cancelled meals are left out. Days and months are
 * named in the locale's language; a train across months names the month
 * of each day.
 *
 * A helper @name_func gives no name for (returns %NULL) is "me" when it
 * is %NB_TRAIN_HELPER_ME, and "someone" otherwise: to have the user's own
 * name in the rota, return it for %NB_TRAIN_HELPER_ME.
 *
 * The train's reason is private, and never in the rota.
 *
 * Returns: (transfer full): the rota, its lines each ended by "\n"
 */
char *
nb_meal_train_format_rota (NbMealTrain         *train,
                           const char          *recipient_name,
                           GPtrArray           *slots,
                           NbMealTrainNameFunc  name_func,
                           gpointer             user_data)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autofree char *header = NULL;
  GString *out;
  gboolean both_meals = FALSE;
  gboolean across_months;
  guint n_people;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (train), NULL);
  g_return_val_if_fail (recipient_name != NULL, NULL);
  g_return_val_if_fail (slots != NULL, NULL);

  header = format_header (train, recipient_name);
  out = g_string_new (header);
  g_string_append_c (out, '\n');

  if (nb_meal_train_get_dietary (train) != NULL)
    {
      /* Translators: in a meal train's rota. */
      g_string_append_printf (out, C_("meal train rota", "Dietary needs: %s"),
                              nb_meal_train_get_dietary (train));
      g_string_append_c (out, '\n');
    }

  n_people = nb_meal_train_get_n_people (train);
  if (n_people > 0)
    {
      /* Translators: in a meal train's rota: how many people eat. */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Meals for %u person",
                                                "Meals for %u people", n_people),
                              n_people);
      g_string_append_c (out, '\n');
    }

  if (nb_meal_train_get_notes (train) != NULL)
    {
      g_string_append (out, nb_meal_train_get_notes (train));
      g_string_append_c (out, '\n');
    }

  sorted = g_ptr_array_new ();
  for (guint i = 0; i < slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (slots, i);

      if (slot->status == NB_MEETING_CANCELLED || !g_date_valid_julian (slot->day))
        continue;
      if (sorted->len > 0 && ((NbMealTrainSlot *) g_ptr_array_index (sorted, 0))->meal != slot->meal)
        both_meals = TRUE;
      g_ptr_array_add (sorted, slot);
    }
  g_ptr_array_sort (sorted, compare_slots);

  across_months = FALSE;
  if (sorted->len > 0)
    {
      GDate first, last;

      g_date_clear (&first, 1);
      g_date_clear (&last, 1);
      g_date_set_julian (&first, ((NbMealTrainSlot *) g_ptr_array_index (sorted, 0))->day);
      g_date_set_julian (&last, ((NbMealTrainSlot *) g_ptr_array_index (sorted, sorted->len - 1))->day);
      across_months = g_date_get_month (&first) != g_date_get_month (&last) ||
                      g_date_get_year (&first) != g_date_get_year (&last);
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < sorted->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (sorted, i);
      g_autoptr(GDateTime) date = date_time_of_day (slot->day);
      g_autofree char *day = NULL;
      g_autofree char *helpers = format_helpers (slot, name_func, user_data);

      /* Translators: the day of a meal in a meal train's rota, as
       * g_date_time_format() takes it: "Mon 2"; and "Mon 2 Mar" when the
       * train runs across months. */
      day = g_date_time_format (date, across_months ? C_("meal train rota day across months", "%a %-d %b")
                                                    : C_("meal train rota day", "%a %-d"));
      if (both_meals)
        g_string_append_printf (out,
                                /* Translators: a line of a meal train's rota with
                                 * both meals: "Mon 2, lunch: Grace Hopper". */
                                C_("meal train rota", "%1$s, %2$s: %3$s"), day,
                                slot->meal == NB_MEAL_LUNCH ? C_("meal train rota", "lunch")
                                                            : C_("meal train rota", "dinner"),
                                helpers);
      else
        /* Translators: a line of a meal train's rota: "Mon 2: Grace Hopper". */
        g_string_append_printf (out, C_("meal train rota", "%1$s: %2$s"), day, helpers);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
