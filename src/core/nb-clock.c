/* nb-clock.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-clock"

#include "config.h"

#include "nb-birthday.h"
#include "nb-clock.h"

/* The one place Netbook reads the time from, so that tests (and
 * screenshots) can fix it: nb_clock_set_fixed(), or NETBOOK_NOW set to an
 * ISO 8601 time such as "2026-11-23T09:00:00+01:00". */

static GDateTime *fixed_now;

static GDateTime *
now_from_environment (void)
{
  const char *text = g_getenv ("NETBOOK_NOW");
  g_autoptr(GTimeZone) local = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  local = g_time_zone_new_local ();
  return g_date_time_new_from_iso8601 (text, local);
}

/**
 * nb_clock_get_now:
 *
 * Returns: (transfer full): the current time, in the local time zone
 */
GDateTime *
nb_clock_get_now (void)
{
  static gsize env_checked;
  static GDateTime *env_now;

  if (fixed_now != NULL)
    return g_date_time_ref (fixed_now);

  if (g_once_init_enter (&env_checked))
    {
      env_now = now_from_environment ();
      g_once_init_leave (&env_checked, 1);
    }

  if (env_now != NULL)
    return g_date_time_to_local (env_now);

  return g_date_time_new_now_local ();
}

/**
 * nb_clock_get_today:
 * @today: (out caller-allocates): the local date of today
 */
void
nb_clock_get_today (GDate *today)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();

  nb_date_set_from_date_time (today, now);
}

/**
 * nb_clock_set_fixed:
 * @now: (nullable): the time to report from now on, or %NULL for the real
 *   time
 */
void
nb_clock_set_fixed (GDateTime *now)
{
  g_clear_pointer (&fixed_now, g_date_time_unref);
  if (now != NULL)
    fixed_now = g_date_time_ref (now);
}
