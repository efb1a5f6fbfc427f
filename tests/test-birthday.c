/* test-birthday.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-birthday.h"
#include "nb-clock.h"

static void
test_parse (void)
{
  static const struct {
    const char *text;
    guint year, month, day;   /* month 0: invalid */
  } cases[] = {
    { "1985-07-04", 1985, 7, 4 },
    { "19850704", 1985, 7, 4 },
    { "--07-04", 0, 7, 4 },
    { "--0704", 0, 7, 4 },
    { " 1985-07-04 ", 1985, 7, 4 },
    { "1985-07-04T00:00:00Z", 1985, 7, 4 },
    { "19700101T120000", 1970, 1, 1 },
    { "1604-03-15", 0, 3, 15 },          /* Apple: no year */
    { "16040315", 0, 3, 15 },
    { "--02-29", 0, 2, 29 },             /* no year: February 29 is fine */
    { "2024-02-29", 2024, 2, 29 },
    { "2023-02-29", 0, 0, 0 },
    { "1985-02-30", 0, 0, 0 },
    { "1985-13-01", 0, 0, 0 },
    { "1985-00-10", 0, 0, 0 },
    { "0000-01-01", 0, 0, 0 },
    { "--13-01", 0, 0, 0 },
    { "85-07-04", 0, 0, 0 },
    { "July 4th", 0, 0, 0 },
    { "", 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(NbBirthday) birthday = nb_birthday_parse (cases[i].text);

      if (cases[i].month == 0)
        {
          g_assert_null (birthday);
          continue;
        }

      g_assert_nonnull (birthday);
      g_assert_cmpuint (birthday->year, ==, cases[i].year);
      g_assert_cmpuint (birthday->month, ==, cases[i].month);
      g_assert_cmpuint (birthday->day, ==, cases[i].day);
    }

  g_assert_null (nb_birthday_parse (NULL));
}

static void
test_iso (void)
{
  g_autoptr(NbBirthday) with_year = nb_birthday_new (1815, 12, 10);
  g_autoptr(NbBirthday) without = nb_birthday_new (0, 3, 5);
  g_autofree char *a = nb_birthday_to_iso (with_year);
  g_autofree char *b = nb_birthday_to_iso (without);

  g_assert_cmpstr (a, ==, "1815-12-10");
  g_assert_cmpstr (b, ==, "--03-05");
  g_assert_true (nb_birthday_has_year (with_year));
  g_assert_false (nb_birthday_has_year (without));
  g_assert_null (nb_birthday_new (2023, 2, 29));
  g_assert_null (nb_birthday_new (10000, 1, 1));
}

static void
assert_next (const NbBirthday *birthday,
             guint             y,
             guint             m,
             guint             d,
             guint             ny,
             guint             nm,
             guint             nd,
             int               days,
             int               age)
{
  GDate today, next;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, d, m, y);
  nb_birthday_get_next (birthday, &today, &next);

  g_assert_cmpuint (g_date_get_year (&next), ==, ny);
  g_assert_cmpuint (g_date_get_month (&next), ==, nm);
  g_assert_cmpuint (g_date_get_day (&next), ==, nd);
  g_assert_cmpint (nb_birthday_days_until (birthday, &today), ==, days);
  g_assert_cmpint (nb_birthday_age_at_next (birthday, &today), ==, age);
}

static void
test_leap_day (void)
{
  g_autoptr(NbBirthday) leap = nb_birthday_new (2000, 2, 29);
  g_autoptr(NbBirthday) leap_no_year = nb_birthday_new (0, 2, 29);

  /* In a common year, February 29 is celebrated on February 28. */
  assert_next (leap, 2026, 2, 1, 2026, 2, 28, 27, 26);
  assert_next (leap, 2026, 2, 28, 2026, 2, 28, 0, 26);
  assert_next (leap, 2026, 3, 1, 2027, 2, 28, 364, 27);
  assert_next (leap, 2028, 1, 1, 2028, 2, 29, 59, 28);
  assert_next (leap_no_year, 2027, 3, 1, 2028, 2, 29, 365, -1);
}

static void
test_year_boundary (void)
{
  g_autoptr(NbBirthday) january = nb_birthday_new (1990, 1, 2);
  g_autoptr(NbBirthday) december = nb_birthday_new (1815, 12, 10);

  assert_next (january, 2026, 12, 30, 2027, 1, 2, 3, 37);
  assert_next (january, 2027, 1, 2, 2027, 1, 2, 0, 37);
  assert_next (december, 2026, 11, 23, 2026, 12, 10, 17, 211);
  assert_next (december, 2026, 12, 11, 2027, 12, 10, 364, 212);
}

static void
test_time_zones (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("-05:00");
  g_autoptr(GDateTime) moment = g_date_time_new (utc, 2026, 11, 23, 23, 30, 0);
  g_autoptr(GDateTime) in_berlin = g_date_time_to_timezone (moment, berlin);
  g_autoptr(GDateTime) in_new_york = g_date_time_to_timezone (moment, new_york);
  g_autoptr(NbBirthday) birthday = nb_birthday_new (1980, 11, 24);
  GDate day;

  /* The same moment is the birthday in Berlin and the eve of it in New
   * York: "today" is the local date. */
  nb_date_set_from_date_time (&day, in_berlin);
  g_assert_cmpint (nb_birthday_days_until (birthday, &day), ==, 0);
  nb_date_set_from_date_time (&day, in_new_york);
  g_assert_cmpint (nb_birthday_days_until (birthday, &day), ==, 1);
}

static void
test_fixed_clock (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) fixed = g_date_time_new (zone, 2026, 2, 28, 8, 0, 0);
  GDate today;

  nb_clock_set_fixed (fixed);
  nb_clock_get_today (&today);
  g_assert_cmpuint (g_date_get_year (&today), ==, 2026);
  g_assert_cmpuint (g_date_get_month (&today), ==, 2);
  g_assert_cmpuint (g_date_get_day (&today), ==, 28);
  nb_clock_set_fixed (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/birthday/parse", test_parse);
  g_test_add_func ("/birthday/iso", test_iso);
  g_test_add_func ("/birthday/leap-day", test_leap_day);
  g_test_add_func ("/birthday/year-boundary", test_year_boundary);
  g_test_add_func ("/birthday/time-zones", test_time_zones);
  g_test_add_func ("/birthday/fixed-clock", test_fixed_clock);

  return g_test_run ();
}
