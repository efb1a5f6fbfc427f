/* test-birthdays.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "nb-test-util.h"
#include "nb-week.h"

/* Birthdays from the store: by the days they fall on, and announced once a
 * year. */

static gint64
add_with_birthday (NbStore    *store,
                   const char *name,
                   const char *birthday)
{
  g_autoptr(NbContact) contact = nb_test_contact_new (name, NULL);
  g_autoptr(NbBirthday) parsed = nb_birthday_parse (birthday);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (parsed);
  nb_contact_set_birthday (contact, parsed);
  saved = nb_store_save_contact (store, contact, &error);
  g_assert_no_error (error);

  return nb_contact_get_id (saved);
}

static void
assert_event (GPtrArray  *events,
              guint       index,
              const char *name,
              GDate       date,
              int         age)
{
  NbBirthdayEvent *event;

  g_assert_cmpuint (index, <, events->len);
  event = g_ptr_array_index (events, index);
  g_assert_cmpstr (event->name, ==, name);
  g_assert_cmpint (g_date_compare (&event->date, &date), ==, 0);
  g_assert_cmpint (event->age, ==, age);
}

/* Six weeks of a month view, the turn of a year, and February 29. */
static void
test_list (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GPtrArray) november = NULL;
  g_autoptr(GPtrArray) new_year = NULL;
  g_autoptr(GPtrArray) common = NULL;
  g_autoptr(GPtrArray) leap = NULL;
  GDate from;
  gint64 hidden;

  add_with_birthday (store, "Ada Lovelace", "1815-12-10");
  add_with_birthday (store, "Grace Hopper", "1906-12-09");
  add_with_birthday (store, "Lise Meitner", "1878-11-07");
  add_with_birthday (store, "Marie Curie", "1867-11-07");
  add_with_birthday (store, "No Year", "--11-25");
  add_with_birthday (store, "Apple No Year", "1604-11-26");
  add_with_birthday (store, "Leap Day", "1984-02-29");
  add_with_birthday (store, "New Year", "1990-01-02");
  hidden = add_with_birthday (store, "Being Deleted", "1970-11-20");
  nb_store_set_contact_hidden (store, hidden, TRUE);

  /* November 2026 in a Sunday-first month view: Nov 1 to Dec 12. */
  from = nb_test_date (1, 11, 2026);
  november = nb_store_list_birthdays (store, &from, 42, 0, NULL);
  g_assert_cmpuint (november->len, ==, 6);
  /* Same day: by name. */
  assert_event (november, 0, "Lise Meitner", nb_test_date (7, 11, 2026), 148);
  assert_event (november, 1, "Marie Curie", nb_test_date (7, 11, 2026), 159);
  /* Without a year, no age; 1604 is Apple's "no year". */
  assert_event (november, 2, "No Year", nb_test_date (25, 11, 2026), -1);
  assert_event (november, 3, "Apple No Year", nb_test_date (26, 11, 2026), -1);
  assert_event (november, 4, "Grace Hopper", nb_test_date (9, 12, 2026), 120);
  assert_event (november, 5, "Ada Lovelace", nb_test_date (10, 12, 2026), 211);

  /* Across the new year, the age of the year it falls in. */
  from = nb_test_date (20, 12, 2026);
  new_year = nb_store_list_birthdays (store, &from, 30, 0, NULL);
  g_assert_cmpuint (new_year->len, ==, 1);
  assert_event (new_year, 0, "New Year", nb_test_date (2, 1, 2027), 37);

  /* February 29 falls on February 28 in a common year. */
  from = nb_test_date (25, 2, 2027);
  common = nb_store_list_birthdays (store, &from, 7, 0, NULL);
  g_assert_cmpuint (common->len, ==, 1);
  assert_event (common, 0, "Leap Day", nb_test_date (28, 2, 2027), 43);

  from = nb_test_date (25, 2, 2028);
  leap = nb_store_list_birthdays (store, &from, 7, 0, NULL);
  g_assert_cmpuint (leap->len, ==, 1);
  assert_event (leap, 0, "Leap Day", nb_test_date (29, 2, 2028), 44);
}

/* A birthday is announced once a year, however often Netbook starts. */
static void
test_notices (void)
{
  g_autofree char *path = NULL;
  NbStore *store = nb_test_open_store (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) after_restart = NULL;
  g_autoptr(GPtrArray) next_year = NULL;
  g_autoptr(GPtrArray) deleted = NULL;
  GDate today = nb_test_date (10, 12, 2026);
  GDate in_a_year = nb_test_date (10, 12, 2027);
  gint64 ada;

  ada = add_with_birthday (store, "Ada Lovelace", "1815-12-10");
  add_with_birthday (store, "Someone Else", "--12-10");
  add_with_birthday (store, "Not Today", "1990-12-11");

  first = nb_store_claim_birthday_notices (store, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 2);
  assert_event (first, 0, "Ada Lovelace", today, 211);

  again = nb_store_claim_birthday_notices (store, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);

  g_assert_finalize_object (store);
  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  after_restart = nb_store_claim_birthday_notices (store, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after_restart->len, ==, 0);

  next_year = nb_store_claim_birthday_notices (store, &in_a_year, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (next_year->len, ==, 2);
  assert_event (next_year, 0, "Ada Lovelace", in_a_year, 212);

  /* A deleted contact takes its notices along. */
  g_assert_true (nb_store_delete_contact (store, ada, &error));
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM birthday_notices WHERE contact_id = 1"), ==, 0);
  deleted = nb_store_claim_birthday_notices (store, &in_a_year, &error);
  g_assert_cmpuint (deleted->len, ==, 0);

  g_assert_finalize_object (store);
}

static void
assert_grid_start (int          month,
                   int          year,
                   GDateWeekday first,
                   int          day,
                   int          start_month,
                   int          start_year)
{
  GDate any = nb_test_date (15, month, year);
  GDate start, expected = nb_test_date (day, start_month, start_year);

  nb_week_month_grid_start (&any, first, &start);
  g_assert_cmpint (g_date_compare (&start, &expected), ==, 0);
  g_assert_cmpint (g_date_get_weekday (&start), ==, first);
}

/* The six weeks a month view shows, for Sunday- and Monday-first locales. */
static void
test_month_grid (void)
{
  /* November 1, 2026 is a Sunday. */
  assert_grid_start (11, 2026, G_DATE_SUNDAY, 1, 11, 2026);
  assert_grid_start (11, 2026, G_DATE_MONDAY, 26, 10, 2026);
  /* March 1, 2026 is a Sunday too; February 2026 fits four weeks. */
  assert_grid_start (2, 2026, G_DATE_SUNDAY, 1, 2, 2026);
  assert_grid_start (2, 2026, G_DATE_MONDAY, 26, 1, 2026);
  /* January 2027 starts on a Friday, in the year before. */
  assert_grid_start (1, 2027, G_DATE_SUNDAY, 27, 12, 2026);
  assert_grid_start (1, 2027, G_DATE_MONDAY, 28, 12, 2026);
  /* A month that starts on the first day of the week starts the grid. */
  assert_grid_start (6, 2026, G_DATE_MONDAY, 1, 6, 2026);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/birthdays/list", test_list);
  g_test_add_func ("/birthdays/notices", test_notices);
  g_test_add_func ("/birthdays/month-grid", test_month_grid);

  return g_test_run ();
}
