/* nb-birthday.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-birthday"

#include "config.h"

#include <string.h>

#include "nb-birthday.h"

G_DEFINE_BOXED_TYPE (NbBirthday, nb_birthday, nb_birthday_copy, nb_birthday_free)

/* A leap year, so that a year-less February 29 is a valid birthday. */
#define ANY_LEAP_YEAR 2000

static gboolean
is_valid (guint year,
          guint month,
          guint day)
{
  if (year > 9999 || month < 1 || month > 12 || day < 1)
    return FALSE;

  return day <= g_date_get_days_in_month (month, year ? year : ANY_LEAP_YEAR);
}

/**
 * nb_birthday_new:
 * @year: the year, or 0 when unknown
 * @month: 1 to 12
 * @day: 1 to 31
 *
 * Returns: (transfer full) (nullable): a birthday, or %NULL if the date does
 *   not exist
 */
NbBirthday *
nb_birthday_new (guint year,
                 guint month,
                 guint day)
{
  NbBirthday *self;

  if (!is_valid (year, month, day))
    return NULL;

  self = g_new0 (NbBirthday, 1);
  self->year = year;
  self->month = month;
  self->day = day;

  return self;
}

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              guint      *value)
{
  guint v = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      v = v * 10 + (text[i] - '0');
    }

  *value = v;
  return TRUE;
}

/**
 * nb_birthday_parse:
 * @text: a vCard date: `YYYY-MM-DD`, `YYYYMMDD`, `--MM-DD`, `--MMDD`, or a
 *   date-time whose date has one of these forms
 *
 * The year 1604, which Apple Contacts writes for an unknown year, gives a
 * birthday without year.
 *
 * Returns: (transfer full) (nullable): the birthday, or %NULL if @text is
 *   not a valid date
 */
NbBirthday *
nb_birthday_parse (const char *text)
{
  g_autofree char *date = NULL;
  const char *t;
  guint year = 0, month = 0, day = 0;
  gsize len;

  if (text == NULL)
    return NULL;

  while (g_ascii_isspace (*text))
    text++;

  t = strchr (text, 'T');
  date = t ? g_strndup (text, t - text) : g_strdup (text);
  g_strchomp (date);
  len = strlen (date);

  if (len == 10 && date[4] == '-' && date[7] == '-')
    {
      if (!parse_digits (date, 4, &year) ||
          !parse_digits (date + 5, 2, &month) ||
          !parse_digits (date + 8, 2, &day))
        return NULL;
    }
  else if (len == 8 && g_str_has_prefix (date, "--") == FALSE)
    {
      if (!parse_digits (date, 4, &year) ||
          !parse_digits (date + 4, 2, &month) ||
          !parse_digits (date + 6, 2, &day))
        return NULL;
    }
  else if (len == 7 && g_str_has_prefix (date, "--") && date[4] == '-')
    {
      if (!parse_digits (date + 2, 2, &month) || !parse_digits (date + 5, 2, &day))
        return NULL;
    }
  else if (len == 6 && g_str_has_prefix (date, "--"))
    {
      if (!parse_digits (date + 2, 2, &month) || !parse_digits (date + 4, 2, &day))
        return NULL;
    }
  else
    return NULL;

  if (year == NB_BIRTHDAY_APPLE_NO_YEAR)
    year = 0;
  else if (year == 0 && len >= 8 && date[0] != '-')
    return NULL;

  return nb_birthday_new (year, month, day);
}

NbBirthday *
nb_birthday_copy (const NbBirthday *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
nb_birthday_free (NbBirthday *self)
{
  g_free (self);
}

gboolean
nb_birthday_equal (const NbBirthday *a,
                   const NbBirthday *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return a->year == b->year && a->month == b->month && a->day == b->day;
}

gboolean
nb_birthday_has_year (const NbBirthday *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->year != 0;
}

/**
 * nb_birthday_to_iso:
 * @self: a birthday
 *
 * Returns: (transfer full): `YYYY-MM-DD`, or `--MM-DD` without a year
 */
char *
nb_birthday_to_iso (const NbBirthday *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->year)
    return g_strdup_printf ("%04u-%02u-%02u", self->year, self->month, self->day);

  return g_strdup_printf ("--%02u-%02u", self->month, self->day);
}

/* The day the birthday is celebrated in @year: February 29 falls on
 * February 28 in common years. */
static void
occurrence_in_year (const NbBirthday *self,
                    GDateYear         year,
                    GDate            *out)
{
  guint day = self->day;

  if (self->month == 2 && day == 29 && !g_date_is_leap_year (year))
    day = 28;

  g_date_clear (out, 1);
  g_date_set_dmy (out, day, self->month, year);
}

/**
 * nb_birthday_get_next:
 * @self: a birthday
 * @from: a valid date
 * @next: (out caller-allocates): the first day on or after @from on which
 *   the birthday is celebrated
 */
void
nb_birthday_get_next (const NbBirthday *self,
                      const GDate      *from,
                      GDate            *next)
{
  GDateYear year;

  g_return_if_fail (self != NULL);
  g_return_if_fail (from != NULL && g_date_valid (from));
  g_return_if_fail (next != NULL);

  year = g_date_get_year (from);
  occurrence_in_year (self, year, next);
  if (g_date_compare (next, from) < 0)
    occurrence_in_year (self, year + 1, next);
}

/**
 * nb_birthday_days_until:
 * @self: a birthday
 * @today: the current date
 *
 * Returns: the number of days until the next birthday, 0 if it is today
 */
int
nb_birthday_days_until (const NbBirthday *self,
                        const GDate      *today)
{
  GDate next;

  g_return_val_if_fail (self != NULL, -1);

  nb_birthday_get_next (self, today, &next);
  return g_date_days_between (today, &next);
}

/**
 * nb_birthday_age_at_next:
 * @self: a birthday
 * @today: the current date
 *
 * Returns: the age the person turns on their next birthday (today's, if it
 *   is today), or -1 when the year is not known
 */
int
nb_birthday_age_at_next (const NbBirthday *self,
                         const GDate      *today)
{
  GDate next;

  g_return_val_if_fail (self != NULL, -1);

  if (self->year == 0)
    return -1;

  nb_birthday_get_next (self, today, &next);
  return (int) g_date_get_year (&next) - (int) self->year;
}

/**
 * nb_date_set_from_date_time:
 * @date: a date to set
 * @date_time: a moment, in the time zone whose calendar day is wanted
 */
void
nb_date_set_from_date_time (GDate     *date,
                            GDateTime *date_time)
{
  int y, m, d;

  g_return_if_fail (date != NULL);
  g_return_if_fail (date_time != NULL);

  g_date_time_get_ymd (date_time, &y, &m, &d);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}
