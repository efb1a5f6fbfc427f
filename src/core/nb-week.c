/* nb-week.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-week"

#include "config.h"

#include <langinfo.h>

#include "nb-week.h"

/* glibc's first day of the week is a day counted from a week's origin:
 * 1997-11-30 (a Sunday) or 1997-12-01 (a Monday). */
#define ORIGIN_SUNDAY 19971130
#define ORIGIN_MONDAY 19971201

/**
 * nb_week_locale_first_day:
 *
 * Returns: the day weeks start on in the LC_TIME locale: Monday in most of
 *   Europe, Sunday in the United States
 */
GDateWeekday
nb_week_locale_first_day (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } langinfo;
  int origin_weekday = 0;   /* 0 is Sunday */
  int first_weekday;
  int weekday;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];   /* 1 is the origin's day */

  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  if (langinfo.word == ORIGIN_MONDAY)
    origin_weekday = 1;
  else if (langinfo.word != ORIGIN_SUNDAY)
    return G_DATE_MONDAY;

  /* 0 is Sunday, 1 Monday… as in GDateWeekday, but for Sunday. */
  weekday = (origin_weekday + first_weekday - 1 + 7) % 7;
  return weekday == 0 ? G_DATE_SUNDAY : (GDateWeekday) weekday;
#else
  return G_DATE_MONDAY;
#endif
}

/**
 * nb_week_start:
 * @day: a valid date
 * @first_day: the day weeks start on
 * @start: (out caller-allocates): the first day of @day's week
 */
void
nb_week_start (const GDate  *day,
               GDateWeekday  first_day,
               GDate        *start)
{
  int back;

  g_return_if_fail (day != NULL && g_date_valid (day));
  g_return_if_fail (g_date_valid_weekday (first_day));

  back = ((int) g_date_get_weekday (day) - (int) first_day + 7) % 7;
  *start = *day;
  g_date_subtract_days (start, back);
}

/**
 * nb_date_to_local_time:
 * @date: a date
 * @hour: 0 to 23
 * @minute: 0 to 59
 *
 * Returns: (transfer full): that time of that day in the local time zone
 */
GDateTime *
nb_date_to_local_time (const GDate *date,
                       int          hour,
                       int          minute)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), hour, minute, 0);
}

/**
 * nb_date_from_local_time:
 * @time: a time, in any time zone
 * @date: (out caller-allocates): the day it falls on in the local time zone
 */
void
nb_date_from_local_time (GDateTime *time,
                         GDate     *date)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (time != NULL);
  g_return_if_fail (date != NULL);

  local = g_date_time_to_local (time);
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

/**
 * nb_week_month_grid_start:
 * @month: any day of a month
 * @first_day: the day weeks start on
 * @start: (out caller-allocates): the first of the 42 days (six weeks) a
 *   month view shows: the start of the week of the month's first day
 */
void
nb_week_month_grid_start (const GDate  *month,
                          GDateWeekday  first_day,
                          GDate        *start)
{
  GDate first;

  g_return_if_fail (month != NULL && g_date_valid (month));

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, g_date_get_month (month), g_date_get_year (month));
  nb_week_start (&first, first_day, start);
}
