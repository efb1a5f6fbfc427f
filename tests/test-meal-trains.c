/* test-meal-trains.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <string.h>

#include "nb-meal-train-rota.h"
#include "nb-test-util.h"

/* Meal trains: their slots over weeks, days of the week and changes of
 * the clocks, and who brings what. Run in Europe/Berlin (tests/meson.build),
 * whose clocks change on the last Sundays of March and October. */

static guint32
julian (int day,
        int month,
        int year)
{
  GDate date = nb_test_date (day, month, year);

  return g_date_get_julian (&date);
}

static NbMealTrain *
train_new (int          first_day,
           int          first_month,
           int          last_day,
           int          last_month,
           NbTrainMeals meals,
           guint        weekdays)
{
  g_autoptr(GError) error = NULL;
  NbMealTrain *train = nb_meal_train_new ();
  GDate first = nb_test_date (first_day, first_month, 2027);
  GDate last = nb_test_date (last_day, last_month, 2027);

  g_assert_true (nb_meal_train_set_days (train, &first, &last, &error));
  g_assert_no_error (error);
  nb_meal_train_set_meals (train, meals);
  nb_meal_train_set_weekdays (train, weekdays);

  return train;
}

static void
test_slot_times (void)
{
  /* Monday 1 to Sunday 14 March 2027: two weeks, every evening. */
  g_autoptr(NbMealTrain) train = train_new (1, 3, 14, 3, NB_TRAIN_MEALS_DINNER,
                                            NB_TRAIN_EVERY_DAY);
  g_autoptr(GArray) times = nb_meal_train_list_slot_times (train);
  g_autoptr(GArray) weekdays = NULL;
  g_autoptr(GArray) both = NULL;

  g_assert_cmpuint (times->len, ==, 14);
  for (guint i = 0; i < times->len; i++)
    {
      NbTrainSlotTime *time = &g_array_index (times, NbTrainSlotTime, i);

      g_assert_cmpuint (time->day, ==, julian (1, 3, 2027) + i);
      g_assert_cmpint (time->meal, ==, NB_MEAL_DINNER);
    }

  /* Weekdays only, lunch and dinner: ten days, lunch first. */
  nb_meal_train_set_weekdays (train, NB_TRAIN_EVERY_DAY & ~(NB_TRAIN_WEEKDAY (G_DATE_SATURDAY) |
                                                            NB_TRAIN_WEEKDAY (G_DATE_SUNDAY)));
  nb_meal_train_set_meals (train, NB_TRAIN_MEALS_ALL);
  both = nb_meal_train_list_slot_times (train);
  g_assert_cmpuint (both->len, ==, 20);
  g_assert_cmpint (g_array_index (both, NbTrainSlotTime, 0).meal, ==, NB_MEAL_LUNCH);
  g_assert_cmpint (g_array_index (both, NbTrainSlotTime, 1).meal, ==, NB_MEAL_DINNER);
  g_assert_cmpuint (g_array_index (both, NbTrainSlotTime, 9).day, ==, julian (5, 3, 2027));
  g_assert_cmpuint (g_array_index (both, NbTrainSlotTime, 10).day, ==, julian (8, 3, 2027));
  g_assert_false (nb_meal_train_has_slot_time (train, julian (6, 3, 2027), NB_MEAL_DINNER));
  g_assert_false (nb_meal_train_has_slot_time (train, julian (15, 3, 2027), NB_MEAL_DINNER));
  g_assert_false (nb_meal_train_has_slot_time (train, julian (2, 3, 2027), NB_MEAL_BREAKFAST));

  /* Mondays and Thursdays over six weeks. */
  nb_meal_train_set_weekdays (train, NB_TRAIN_WEEKDAY (G_DATE_MONDAY) |
                                     NB_TRAIN_WEEKDAY (G_DATE_THURSDAY));
  nb_meal_train_set_meals (train, NB_TRAIN_MEALS_DINNER);
  {
    GDate first = nb_test_date (1, 3, 2027);
    GDate last = nb_test_date (11, 4, 2027);

    g_assert_true (nb_meal_train_set_days (train, &first, &last, NULL));
  }
  weekdays = nb_meal_train_list_slot_times (train);
  g_assert_cmpuint (weekdays->len, ==, 12);

  /* No meal, no slot. */
  nb_meal_train_set_meals (train, NB_TRAIN_MEALS_NONE);
  g_clear_pointer (&times, g_array_unref);
  times = nb_meal_train_list_slot_times (train);
  g_assert_cmpuint (times->len, ==, 0);
}

static void
test_days_refused (void)
{
  g_autoptr(NbMealTrain) train = train_new (1, 3, 14, 3, NB_TRAIN_MEALS_DINNER,
                                            NB_TRAIN_EVERY_DAY);
  g_autoptr(GError) error = NULL;
  GDate first = nb_test_date (10, 3, 2027);
  GDate before = nb_test_date (9, 3, 2027);
  GDate far = nb_test_date (10, 9, 2027);
  GDate invalid;

  g_date_clear (&invalid, 1);

  g_assert_false (nb_meal_train_set_days (train, &first, &before, &error));
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nb_meal_train_set_days (train, &first, &far, &error));
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nb_meal_train_set_days (train, &invalid, &first, &error));
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Unchanged. */
  g_assert_cmpuint (nb_meal_train_get_first_day (train), ==, julian (1, 3, 2027));
  g_assert_cmpuint (nb_meal_train_get_last_day (train), ==, julian (14, 3, 2027));

  /* A train never set has no slots and cannot be saved. */
  {
    g_autofree char *path = NULL;
    g_autoptr(NbStore) store = nb_test_open_store (&path);
    g_autoptr(NbMealTrain) empty = nb_meal_train_new ();
    g_autoptr(NbMealTrain) saved = nb_store_save_meal_train (store, empty, &error);
    g_autoptr(GArray) times = nb_meal_train_list_slot_times (empty);

    g_assert_null (saved);
    g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID);
    g_assert_cmpuint (times->len, ==, 0);
  }
}

static void
test_summer_time (void)
{
  /* Summer time begins on Sunday 28 March 2027 and ends on Sunday 31
   * October: the drop-off window stays 18:00–19:00 on the clock. */
  g_autoptr(NbMealTrain) train = train_new (27, 3, 29, 3, NB_TRAIN_MEALS_ALL, NB_TRAIN_EVERY_DAY);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) winter = NULL;
  g_autoptr(GDateTime) summer = NULL;
  g_autoptr(GDateTime) summer_end = NULL;
  g_autoptr(GDateTime) late = NULL;
  g_autoptr(GDateTime) midnight = NULL;

  g_assert_nonnull (berlin);
  winter = nb_meal_train_dup_slot_start (train, julian (27, 3, 2027), NB_MEAL_DINNER, berlin);
  summer = nb_meal_train_dup_slot_start (train, julian (28, 3, 2027), NB_MEAL_DINNER, NULL);
  summer_end = nb_meal_train_dup_slot_end (train, julian (28, 3, 2027), NB_MEAL_DINNER, NULL);

  g_assert_cmpint (g_date_time_get_hour (winter), ==, 18);
  g_assert_cmpint (g_date_time_get_hour (summer), ==, 18);
  g_assert_cmpint (g_date_time_get_hour (summer_end), ==, 19);
  g_assert_cmpint (g_date_time_get_utc_offset (winter) / G_TIME_SPAN_HOUR, ==, 1);
  g_assert_cmpint (g_date_time_get_utc_offset (summer) / G_TIME_SPAN_HOUR, ==, 2);
  /* A day and 23 hours apart, as the clocks went forward between. */
  g_assert_cmpint (g_date_time_difference (summer, winter) / G_TIME_SPAN_HOUR, ==, 23);

  /* A window may end at midnight: the next day's 00:00. */
  nb_meal_train_set_window (train, NB_MEAL_DINNER, 23 * 60, 24 * 60);
  midnight = nb_meal_train_dup_slot_end (train, julian (31, 10, 2027), NB_MEAL_DINNER, berlin);
  late = nb_meal_train_dup_slot_start (train, julian (31, 10, 2027), NB_MEAL_DINNER, berlin);
  g_assert_cmpint (g_date_time_get_day_of_month (midnight), ==, 1);
  g_assert_cmpint (g_date_time_get_hour (midnight), ==, 0);
  g_assert_cmpint (g_date_time_difference (midnight, late) / G_TIME_SPAN_MINUTE, ==, 60);

  /* A window that would end before it begins lasts an hour. */
  nb_meal_train_set_window (train, NB_MEAL_LUNCH, 12 * 60 + 30, 12 * 60);
  {
    guint start, end;

    nb_meal_train_get_window (train, NB_MEAL_LUNCH, &start, &end);
    g_assert_cmpuint (start, ==, 12 * 60 + 30);
    g_assert_cmpuint (end, ==, 13 * 60 + 30);
  }
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_notify (void)
{
  g_autoptr(NbMealTrain) train = nb_meal_train_new ();
  guint count = 0;

  g_signal_connect (train, "notify", G_CALLBACK (count_notify), &count);
  nb_meal_train_set_address (train, "12 Bakers Row");
  nb_meal_train_set_address (train, "12 Bakers Row");
  g_assert_cmpuint (count, ==, 1);
  nb_meal_train_set_address (train, "");
  g_assert_null (nb_meal_train_get_address (train));
  g_assert_cmpuint (count, ==, 2);
  nb_meal_train_set_n_people (train, 4);
  nb_meal_train_set_n_people (train, 4);
  nb_meal_train_set_meals (train, NB_TRAIN_MEALS_DINNER);
  g_assert_cmpuint (count, ==, 3);
  nb_meal_train_set_window (train, NB_MEAL_DINNER, 17 * 60, 18 * 60);
  g_assert_cmpuint (count, ==, 5);
  nb_meal_train_set_cancelled (train, TRUE);
  nb_meal_train_set_cancelled (train, 2);
  g_assert_cmpuint (count, ==, 6);
}

static NbMealTrainSlot *
find_slot (GPtrArray  *slots,
           guint32     day,
           NbMealKind  meal)
{
  for (guint i = 0; i < slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (slots, i);

      if (slot->day == day && slot->meal == meal)
        return slot;
    }

  return NULL;
}

static NbMealTrainSlot *
slot_at_day (GPtrArray *slots,
             guint32    day)
{
  for (guint i = 0; i < slots->len; i++)
    if (((NbMealTrainSlot *) g_ptr_array_index (slots, i))->day == day)
      return g_ptr_array_index (slots, i);

  g_error ("No slot on day %u", day);
}

static GPtrArray *
list_slots (NbStore *store,
            gint64   train_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *slots = nb_store_list_meal_train_slots (store, train_id, 0, G_MAXUINT32, &error);

  g_assert_no_error (error);

  return slots;
}

static void
count_signal (NbStore *store,
              guint   *count)
{
  (*count)++;
}

static void
test_store (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  g_autoptr(NbMealTrain) train = train_new (1, 3, 14, 3, NB_TRAIN_MEALS_DINNER, NB_TRAIN_EVERY_DAY);
  g_autoptr(NbMealTrain) saved = NULL;
  g_autoptr(NbMealTrain) loaded = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) trains = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ada = nb_test_add_contact (store, "Ada Lovelace", "ada@example.com");
  gint64 grace = nb_test_add_contact (store, "Grace Hopper", "grace@example.com");
  gint64 vera = nb_test_add_contact (store, "Vera Rubin", "vera@example.com");
  NbMealTrainSlot *slot;
  guint changed = 0;
  gint64 first_id, second_id;

  g_signal_connect (store, "meal-trains-changed", G_CALLBACK (count_signal), &changed);

  nb_meal_train_set_recipient (train, ada);
  nb_meal_train_set_reason (train, "Surgery");
  nb_meal_train_set_address (train, "12 Bakers Row");
  nb_meal_train_set_n_people (train, 3);
  nb_meal_train_set_dietary (train, "No nuts");
  nb_meal_train_set_notes (train, "Leave it on the porch, don't ring.");
  saved = nb_store_save_meal_train (store, train, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_meal_train_get_id (saved), >, 0);
  g_assert_nonnull (nb_meal_train_get_uid (saved));
  g_assert_cmpuint (changed, ==, 1);

  loaded = nb_store_get_meal_train (store, nb_meal_train_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nb_meal_train_get_uid (loaded), ==, nb_meal_train_get_uid (saved));
  g_assert_cmpint (nb_meal_train_get_recipient (loaded), ==, ada);
  g_assert_cmpstr (nb_meal_train_get_reason (loaded), ==, "Surgery");
  g_assert_cmpstr (nb_meal_train_get_address (loaded), ==, "12 Bakers Row");
  g_assert_cmpstr (nb_meal_train_get_dietary (loaded), ==, "No nuts");
  g_assert_cmpstr (nb_meal_train_get_notes (loaded), ==, "Leave it on the porch, don't ring.");
  g_assert_cmpuint (nb_meal_train_get_n_people (loaded), ==, 3);
  g_assert_cmpuint (nb_meal_train_get_first_day (loaded), ==, julian (1, 3, 2027));
  g_assert_cmpuint (nb_meal_train_get_last_day (loaded), ==, julian (14, 3, 2027));
  g_assert_cmpint (nb_meal_train_get_meals (loaded), ==, NB_TRAIN_MEALS_DINNER);

  slots = list_slots (store, nb_meal_train_get_id (saved));
  g_assert_cmpuint (slots->len, ==, 14);
  g_assert_cmpuint (nb_meal_train_slots_count_open (slots), ==, 14);

  /* Grace and Vera bring the first dinner, I bring the second. */
  slot = find_slot (slots, julian (1, 3, 2027), NB_MEAL_DINNER);
  g_assert_cmpint (slot->recipient, ==, ada);
  g_assert_true (nb_meal_train_slot_add_helper (slot, grace));
  g_assert_true (nb_meal_train_slot_add_helper (slot, vera));
  g_assert_false (nb_meal_train_slot_add_helper (slot, vera));
  g_assert_true (nb_store_save_meal_train_slot (store, slot, &error));
  g_assert_no_error (error);
  first_id = slot->id;
  slot = find_slot (slots, julian (2, 3, 2027), NB_MEAL_DINNER);
  nb_meal_train_slot_add_helper (slot, NB_TRAIN_HELPER_ME);
  g_assert_true (nb_store_save_meal_train_slot (store, slot, &error));
  second_id = slot->id;
  g_assert_cmpuint (changed, ==, 3);

  g_clear_pointer (&slots, g_ptr_array_unref);
  slots = list_slots (store, nb_meal_train_get_id (saved));
  g_assert_cmpuint (nb_meal_train_slots_count_open (slots), ==, 12);
  slot = find_slot (slots, julian (1, 3, 2027), NB_MEAL_DINNER);
  g_assert_cmpuint (slot->helpers->len, ==, 2);
  g_assert_cmpint (g_array_index (slot->helpers, gint64, 0), ==, grace);
  g_assert_cmpint (g_array_index (slot->helpers, gint64, 1), ==, vera);
  slot = find_slot (slots, julian (2, 3, 2027), NB_MEAL_DINNER);
  g_assert_true (nb_meal_train_slot_has_helper (slot, NB_TRAIN_HELPER_ME));

  /* Vera moves to the third evening, and back: Undo. */
  g_assert_true (nb_store_move_meal_train_helper (store, first_id,
                                                  find_slot (slots, julian (3, 3, 2027),
                                                             NB_MEAL_DINNER)->id,
                                                  vera, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) moved = list_slots (store, nb_meal_train_get_id (saved));

    g_assert_false (nb_meal_train_slot_has_helper (find_slot (moved, julian (1, 3, 2027),
                                                              NB_MEAL_DINNER), vera));
    g_assert_true (nb_meal_train_slot_has_helper (find_slot (moved, julian (3, 3, 2027),
                                                             NB_MEAL_DINNER), vera));
    g_assert_cmpuint (nb_meal_train_slots_count_open (moved), ==, 11);
  }
  g_assert_true (nb_store_move_meal_train_helper (store,
                                                  find_slot (slots, julian (3, 3, 2027),
                                                             NB_MEAL_DINNER)->id,
                                                  first_id, vera, &error));
  /* Someone who does not bring a meal cannot be moved from it. */
  g_assert_false (nb_store_move_meal_train_helper (store, second_id, first_id, grace, &error));
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The train shortens to its first week: the empty evenings go, the one
   * I bring stays, cancelled, so that I know. Then it grows back: the
   * evening comes back with me. */
  {
    GDate first = nb_test_date (3, 3, 2027);
    GDate last = nb_test_date (7, 3, 2027);
    g_autoptr(NbMealTrain) shorter = NULL;
    g_autoptr(GPtrArray) after = NULL;

    g_assert_true (nb_meal_train_set_days (saved, &first, &last, NULL));
    shorter = nb_store_save_meal_train (store, saved, &error);
    g_assert_no_error (error);
    after = list_slots (store, nb_meal_train_get_id (saved));
    g_assert_cmpuint (after->len, ==, 7);
    g_assert_cmpint (find_slot (after, julian (1, 3, 2027), NB_MEAL_DINNER)->status, ==,
                     NB_MEETING_CANCELLED);
    g_assert_cmpint (find_slot (after, julian (2, 3, 2027), NB_MEAL_DINNER)->status, ==,
                     NB_MEETING_CANCELLED);
    g_assert_cmpuint (nb_meal_train_slots_count_open (after), ==, 5);

    first = nb_test_date (2, 3, 2027);
    g_assert_true (nb_meal_train_set_days (saved, &first, &last, NULL));
    g_clear_object (&shorter);
    shorter = nb_store_save_meal_train (store, saved, &error);
    g_clear_pointer (&after, g_ptr_array_unref);
    after = list_slots (store, nb_meal_train_get_id (saved));
    g_assert_cmpuint (after->len, ==, 7);
    slot = find_slot (after, julian (2, 3, 2027), NB_MEAL_DINNER);
    g_assert_cmpint (slot->status, ==, NB_MEETING_PLANNED);
    g_assert_cmpint (slot->id, ==, second_id);
    g_assert_true (nb_meal_train_slot_has_helper (slot, NB_TRAIN_HELPER_ME));
    g_assert_cmpint (find_slot (after, julian (1, 3, 2027), NB_MEAL_DINNER)->status, ==,
                     NB_MEETING_CANCELLED);
  }

  /* A slot I cancelled stays cancelled when the train is saved again. */
  {
    g_autoptr(GPtrArray) now = list_slots (store, nb_meal_train_get_id (saved));
    g_autoptr(NbMealTrain) again = NULL;
    g_autoptr(GPtrArray) after = NULL;

    slot = find_slot (now, julian (5, 3, 2027), NB_MEAL_DINNER);
    slot->status = NB_MEETING_CANCELLED;
    g_assert_true (nb_store_save_meal_train_slot (store, slot, &error));
    nb_meal_train_set_notes (saved, "Ring twice.");
    again = nb_store_save_meal_train (store, saved, &error);
    g_assert_no_error (error);
    after = list_slots (store, nb_meal_train_get_id (saved));
    g_assert_cmpint (find_slot (after, julian (5, 3, 2027), NB_MEAL_DINNER)->status, ==,
                     NB_MEETING_CANCELLED);
  }

  /* Slots of every train, by day: a cancelled train shows none. */
  {
    g_autoptr(GPtrArray) week = NULL;
    g_autoptr(NbMealTrain) cancelled = NULL;

    week = nb_store_list_meal_train_slots (store, 0, julian (1, 3, 2027), julian (4, 3, 2027),
                                           &error);
    g_assert_no_error (error);
    g_assert_cmpuint (week->len, ==, 4);
    g_clear_pointer (&week, g_ptr_array_unref);

    nb_meal_train_set_cancelled (saved, TRUE);
    cancelled = nb_store_save_meal_train (store, saved, &error);
    g_assert_no_error (error);
    week = nb_store_list_meal_train_slots (store, 0, julian (1, 3, 2027), julian (4, 3, 2027),
                                           &error);
    g_assert_cmpuint (week->len, ==, 0);
  }

  trains = nb_store_list_meal_trains (store, ada, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trains->len, ==, 1);
  g_clear_pointer (&trains, g_ptr_array_unref);
  trains = nb_store_list_meal_trains (store, grace, 0, &error);
  g_assert_cmpuint (trains->len, ==, 0);
  g_clear_pointer (&trains, g_ptr_array_unref);

  /* A helper who is deleted no longer brings anything; a recipient who is
   * deleted leaves the train without one. */
  g_assert_true (nb_store_delete_contact (store, vera, &error));
  g_assert_true (nb_store_delete_contact (store, ada, &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = nb_store_get_meal_train (store, nb_meal_train_get_id (saved), &error);
  g_assert_cmpint (nb_meal_train_get_recipient (loaded), ==, 0);
  g_clear_pointer (&slots, g_ptr_array_unref);
  slots = list_slots (store, nb_meal_train_get_id (saved));
  g_assert_cmpuint (find_slot (slots, julian (1, 3, 2027), NB_MEAL_DINNER)->helpers->len, ==, 1);

  /* Deleting the train deletes its slots. */
  g_assert_true (nb_store_delete_meal_train (store, nb_meal_train_get_id (saved), &error));
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM meal_train_slots"), ==, 0);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM meal_train_helpers"), ==, 0);
  g_clear_object (&loaded);
  loaded = nb_store_get_meal_train (store, nb_meal_train_get_id (saved), &error);
  g_assert_null (loaded);
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND);
}

static NbMealTrainSlot *
rota_slot (guint32     day,
           NbMealKind  meal,
           gint64      helper)
{
  NbMealTrainSlot *slot = nb_meal_train_slot_new ();

  slot->day = day;
  slot->meal = meal;
  if (helper >= 0)
    nb_meal_train_slot_add_helper (slot, helper);

  return slot;
}

static char *
rota_name_cb (gint64   contact_id,
              gpointer user_data)
{
  guint *calls = user_data;

  (*calls)++;
  if (contact_id == 5)
    return g_strdup ("Grace Hopper");
  if (contact_id == 6)
    return g_strdup ("Alan Turing");

  return NULL;
}

/* The rota to paste into a messenger: in English here (LC_ALL=C.UTF-8);
 * cancelled meals left out, open ones said to be, the reason never. */
static void
test_rota (void)
{
  g_autoptr(NbMealTrain) train = train_new (1, 3, 14, 3, NB_TRAIN_MEALS_DINNER,
                                            NB_TRAIN_EVERY_DAY);
  g_autoptr(NbMealTrain) both = train_new (26, 2, 3, 3, NB_TRAIN_MEALS_ALL, NB_TRAIN_EVERY_DAY);
  g_autoptr(NbMealTrain) years = nb_meal_train_new ();
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_meal_train_slot_free);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *rota = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *across = NULL;
  g_autofree char *new_year = NULL;
  NbMealTrainSlot *slot;
  GDate first = nb_test_date (28, 12, 2026);
  GDate last = nb_test_date (10, 1, 2027);
  guint calls = 0;

  nb_meal_train_set_reason (train, "Hip surgery");
  nb_meal_train_set_address (train, "12 Bakers Row");
  nb_meal_train_set_dietary (train, "No nuts");
  nb_meal_train_set_notes (train, "Ring twice; the cooler is by the door.");
  nb_meal_train_set_n_people (train, 4);

  /* Given out of order. */
  g_ptr_array_add (slots, rota_slot (julian (3, 3, 2027), NB_MEAL_DINNER, -1));
  g_ptr_array_add (slots, rota_slot (julian (1, 3, 2027), NB_MEAL_DINNER, 5));
  g_ptr_array_add (slots, rota_slot (julian (2, 3, 2027), NB_MEAL_DINNER, -1));
  slot = rota_slot (julian (4, 3, 2027), NB_MEAL_DINNER, 6);
  slot->status = NB_MEETING_CANCELLED;
  g_ptr_array_add (slots, slot);
  g_ptr_array_add (slots, rota_slot (julian (5, 3, 2027), NB_MEAL_DINNER, NB_TRAIN_HELPER_ME));
  slot = rota_slot (julian (6, 3, 2027), NB_MEAL_DINNER, 6);
  nb_meal_train_slot_add_helper (slot, 99);
  slot->status = NB_MEETING_DONE;
  g_ptr_array_add (slots, slot);

  rota = nb_meal_train_format_rota (train, "Ada Lovelace", slots, rota_name_cb, &calls);
  g_assert_cmpstr (rota, ==,
                   "Meal train for Ada Lovelace, 1–14 March, dinner at 18:00–19:00, 12 Bakers Row.\n"
                   "Dietary needs: No nuts\n"
                   "Meals for 4 people\n"
                   "Ring twice; the cooler is by the door.\n"
                   "\n"
                   "Mon 1: Grace Hopper\n"
                   "Tue 2: open\n"
                   "Wed 3: open\n"
                   "Fri 5: me\n"
                   "Sat 6: Alan Turing, someone\n");
  g_assert_null (strstr (rota, "surgery"));
  g_assert_cmpuint (calls, ==, 4);

  /* Without a name function, without details, without slots. */
  nb_meal_train_set_address (train, NULL);
  nb_meal_train_set_dietary (train, NULL);
  nb_meal_train_set_notes (train, NULL);
  nb_meal_train_set_n_people (train, 1);
  nb_meal_train_set_window (train, NB_MEAL_DINNER, 17 * 60 + 30, 24 * 60);
  bare = nb_meal_train_format_rota (train, "Ada Lovelace", none, NULL, NULL);
  g_assert_cmpstr (bare, ==,
                   "Meal train for Ada Lovelace, 1–14 March, dinner at 17:30–00:00.\n"
                   "Meals for 1 person\n");

  /* Both meals, across two months: each line says its meal and month. */
  g_ptr_array_set_size (slots, 0);
  g_ptr_array_add (slots, rota_slot (julian (1, 3, 2027), NB_MEAL_DINNER, NB_TRAIN_HELPER_ME));
  g_ptr_array_add (slots, rota_slot (julian (1, 3, 2027), NB_MEAL_LUNCH, -1));
  g_ptr_array_add (slots, rota_slot (julian (28, 2, 2027), NB_MEAL_LUNCH, 5));
  across = nb_meal_train_format_rota (both, "Ada Lovelace", slots, rota_name_cb, &calls);
  g_assert_cmpstr (across, ==,
                   "Meal train for Ada Lovelace, 26 February – 3 March, lunch at 12:00–13:00 "
                   "and dinner at 18:00–19:00.\n"
                   "\n"
                   "Sun 28 Feb, lunch: Grace Hopper\n"
                   "Mon 1 Mar, lunch: open\n"
                   "Mon 1 Mar, dinner: me\n");

  /* Across years, written fully; no meals, nothing but the days. */
  g_assert_true (nb_meal_train_set_days (years, &first, &last, NULL));
  nb_meal_train_set_meals (years, NB_TRAIN_MEALS_NONE);
  new_year = nb_meal_train_format_rota (years, "Ada Lovelace", none, NULL, NULL);
  g_assert_cmpstr (new_year, ==,
                   "Meal train for Ada Lovelace, 28 December 2026 – 10 January 2027.\n");
}

static gboolean
make_locale (const char *dir,
             const char *name,
             const char *source)
{
  g_autofree char *target = g_build_filename (dir, name, NULL);
  const char *argv[] = { "localedef", "-i", source, "-f", "UTF-8", target, NULL };
  int status = -1;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return FALSE;

  return g_file_test (target, G_FILE_TEST_IS_DIR);
}

/* The rota in German, as Netbook's translation and a German locale write
 * it: days, months and the words of the rota. */
static void
test_rota_german (void)
{
  g_autofree char *dir = nb_test_tmp_path ("locales");
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(NbMealTrain) train = train_new (1, 3, 14, 3, NB_TRAIN_MEALS_DINNER, NB_TRAIN_EVERY_DAY);
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_meal_train_slot_free);
  g_autofree char *rota = NULL;
  const char *localedir = g_getenv ("NETBOOK_TEST_LOCALEDIR");
  guint calls = 0;

  g_assert_nonnull (localedir);
  g_mkdir_with_parents (dir, 0700);
  /* build-aux/setup.sh installs the "locales" package for its sources. */
  if (!make_locale (dir, "de_DE.UTF-8", "de_DE"))
    g_error ("localedef cannot make de_DE: install Debian's locales package");

  g_setenv ("LOCPATH", dir, TRUE);
  g_setenv ("LANGUAGE", "de", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));

  nb_meal_train_set_address (train, "Bäckerzeile 12");
  nb_meal_train_set_dietary (train, "Keine Nüsse");
  nb_meal_train_set_n_people (train, 4);
  g_ptr_array_add (slots, rota_slot (julian (1, 3, 2027), NB_MEAL_DINNER, 5));
  g_ptr_array_add (slots, rota_slot (julian (2, 3, 2027), NB_MEAL_DINNER, -1));
  g_ptr_array_add (slots, rota_slot (julian (3, 3, 2027), NB_MEAL_DINNER, NB_TRAIN_HELPER_ME));

  rota = nb_meal_train_format_rota (train, "Ada Lovelace", slots, rota_name_cb, &calls);
  g_test_message ("%s", rota);
  g_assert_cmpstr (rota, ==,
                   "Essenshilfe für Ada Lovelace, 1.–14. März, Abendessen (18:00–19:00), Bäckerzeile 12.\n"
                   "Ernährungsweise: Keine Nüsse\n"
                   "Essen für 4 Personen\n"
                   "\n"
                   "Mo 1.: Grace Hopper\n"
                   "Di 2.: offen\n"
                   "Mi 3.: ich\n");

  setlocale (LC_ALL, saved);
  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LOCPATH");
}

static gint64
count_kind (const char        *path,
            NbInteractionKind  kind)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM interactions WHERE kind = %d", kind);

  return nb_test_query_int (path, sql);
}

/* After a meal: did it happen? Then help received from the helper, help
 * given to the recipient, and a thank-you to write; all of it undone when
 * the answer is. */
static void
test_afterwards (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  g_autoptr(NbMealTrain) train = train_new (1, 3, 3, 3, NB_TRAIN_MEALS_DINNER, NB_TRAIN_EVERY_DAY);
  g_autoptr(NbMealTrain) saved = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) evening = g_date_time_new_local (2027, 3, 2, 20, 0, 0);
  g_autoptr(GDateTime) before = g_date_time_new_local (2027, 3, 2, 18, 30, 0);
  gint64 ada = nb_test_add_contact (store, "Ada Lovelace", NULL);
  gint64 grace = nb_test_add_contact (store, "Grace Hopper", NULL);
  gint64 first, second;

  nb_meal_train_set_recipient (train, ada);
  saved = nb_store_save_meal_train (store, train, &error);
  g_assert_no_error (error);
  slots = list_slots (store, nb_meal_train_get_id (saved));
  nb_meal_train_slot_add_helper (slot_at_day (slots, julian (1, 3, 2027)), grace);
  nb_meal_train_slot_add_helper (slot_at_day (slots, julian (2, 3, 2027)), NB_TRAIN_HELPER_ME);
  nb_meal_train_slot_add_helper (slot_at_day (slots, julian (3, 3, 2027)), grace);
  for (guint i = 0; i < slots->len; i++)
    g_assert_true (nb_store_save_meal_train_slot (store, g_ptr_array_index (slots, i), &error));
  first = slot_at_day (slots, julian (1, 3, 2027))->id;
  second = slot_at_day (slots, julian (2, 3, 2027))->id;

  /* At 18:30 on the 2nd, only the 1st has passed; at 20:00, the 2nd too. */
  follow_ups = nb_store_list_meal_train_follow_ups (store, before, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (follow_ups->len, ==, 1);
  g_clear_pointer (&follow_ups, g_ptr_array_unref);
  follow_ups = nb_store_list_meal_train_follow_ups (store, evening, &error);
  g_assert_cmpuint (follow_ups->len, ==, 2);
  g_assert_cmpint (slot_at_day (follow_ups, julian (1, 3, 2027))->id, ==, first);
  g_clear_pointer (&follow_ups, g_ptr_array_unref);

  /* Grace brought it: help from her, help for Ada, a thank-you due. */
  g_assert_true (nb_store_answer_meal_train_slot (store, first, NB_MEETING_DONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_kind (path, NB_INTERACTION_HELP_RECEIVED), ==, 1);
  g_assert_cmpint (count_kind (path, NB_INTERACTION_HELP_GIVEN), ==, 1);
  follow_ups = nb_store_list_meal_train_follow_ups (store, evening, &error);
  g_assert_cmpuint (follow_ups->len, ==, 2);
  g_assert_cmpint (slot_at_day (follow_ups, julian (1, 3, 2027))->follow_up, ==, NB_FOLLOW_UP_DUE);
  g_clear_pointer (&follow_ups, g_ptr_array_unref);
  {
    g_autoptr(GDateTime) now = g_date_time_new_local (2027, 3, 10, 12, 0, 0);
    g_autoptr(NbGiveAndTake) grace_counts = nb_store_get_give_and_take (store, grace, now, &error);
    g_autoptr(NbGiveAndTake) ada_counts = nb_store_get_give_and_take (store, ada, now, &error);

    g_assert_cmpuint (nb_give_and_take_count (grace_counts), >, 0);
    g_assert_cmpuint (nb_give_and_take_count (ada_counts), >, 0);
  }

  /* Answered again, nothing is counted twice. */
  g_assert_true (nb_store_answer_meal_train_slot (store, first, NB_MEETING_DONE, &error));
  g_assert_cmpint (count_kind (path, NB_INTERACTION_HELP_RECEIVED), ==, 1);

  /* Thanked: in her history, and off the list. */
  g_assert_true (nb_store_thank_meal_train_slot (store, first, NB_FOLLOW_UP_SENT, &error));
  g_assert_cmpint (count_kind (path, NB_INTERACTION_THANKS_SENT), ==, 1);
  /* The one I was to bring did not happen. */
  g_assert_true (nb_store_answer_meal_train_slot (store, second, NB_MEETING_CANCELLED, &error));
  follow_ups = nb_store_list_meal_train_follow_ups (store, evening, &error);
  g_assert_cmpuint (follow_ups->len, ==, 0);
  g_clear_pointer (&follow_ups, g_ptr_array_unref);

  /* Undone: the thank-you, then the answer, and what they told. */
  g_assert_true (nb_store_thank_meal_train_slot (store, first, NB_FOLLOW_UP_DUE, &error));
  g_assert_cmpint (count_kind (path, NB_INTERACTION_THANKS_SENT), ==, 0);
  g_assert_true (nb_store_answer_meal_train_slot (store, first, NB_MEETING_PLANNED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_kind (path, NB_INTERACTION_HELP_RECEIVED), ==, 0);
  g_assert_cmpint (count_kind (path, NB_INTERACTION_HELP_GIVEN), ==, 0);
  follow_ups = nb_store_list_meal_train_follow_ups (store, evening, &error);
  g_assert_cmpuint (follow_ups->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/meal-trains/slot-times", test_slot_times);
  g_test_add_func ("/meal-trains/days-refused", test_days_refused);
  g_test_add_func ("/meal-trains/summer-time", test_summer_time);
  g_test_add_func ("/meal-trains/notify", test_notify);
  g_test_add_func ("/meal-trains/store", test_store);
  g_test_add_func ("/meal-trains/afterwards", test_afterwards);
  g_test_add_func ("/meal-trains/rota", test_rota);
  g_test_add_func ("/meal-trains/rota-german", test_rota_german);

  return g_test_run ();
}
