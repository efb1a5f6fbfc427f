/* nb-keep-in-touch.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-keep-in-touch"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-birthday.h"
#include "nb-cadence.h"
#include "nb-keep-in-touch.h"

/* How overdue someone is, the one measure of the keep-in-touch list and of
 * whom to invite next:
 *
 *  - their rhythm: their own when they have one (0 = never), else the
 *    shortest of their circles' that have one (never only when all their
 *    circles with a rhythm say never), else the default of Preferences;
 *  - the calendar days, in the local time zone, since you were last in
 *    touch (an interaction of any kind, or a meal that happened), or,
 *    never in touch, since they were added: a change of daylight-saving
 *    time or the length of a month never moves a day;
 *  - overdue = (days since − rhythm) ÷ rhythm: due from 0 on;
 *  - a snooze until a day: not due before that day.
 *
 * The store keeps, for every contact, the day they were last in touch
 * (contacts.touch_day, a Julian day number) and their rhythm when it is
 * not the default (contacts.rhythm_days), so that the database finds the
 * most overdue by index (nb-db-keep-in-touch.c). */

G_DEFINE_BOXED_TYPE (NbKeepInTouchEntry, nb_keep_in_touch_entry,
                     nb_keep_in_touch_entry_copy, nb_keep_in_touch_entry_free)
G_DEFINE_BOXED_TYPE (NbCircle, nb_circle, nb_circle_copy, nb_circle_free)

NbKeepInTouchEntry *
nb_keep_in_touch_entry_copy (const NbKeepInTouchEntry *self)
{
  NbKeepInTouchEntry *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->name = g_strdup (self->name);
  copy->circle = g_strdup (self->circle);

  return copy;
}

void
nb_keep_in_touch_entry_free (NbKeepInTouchEntry *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->circle);
  g_free (self);
}

NbCircle *
nb_circle_copy (const NbCircle *self)
{
  NbCircle *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->name = g_strdup (self->name);

  return copy;
}

void
nb_circle_free (NbCircle *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self);
}

/**
 * nb_keep_in_touch_day_of:
 * @unix_time: a time, in seconds since 1970
 *
 * Returns: its day in the local time zone, as a Julian day number
 *   (g_date_get_julian())
 */
guint32
nb_keep_in_touch_day_of (gint64 unix_time)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (unix_time);
  GDate day;

  if (local == NULL)
    return 1;

  nb_date_set_from_date_time (&day, local);
  return g_date_get_julian (&day);
}

/**
 * nb_keep_in_touch_today:
 * @now: the current time
 *
 * Returns: its day, in its own time zone, as a Julian day number
 */
guint32
nb_keep_in_touch_today (GDateTime *now)
{
  GDate day;

  g_return_val_if_fail (now != NULL, 1);

  nb_date_set_from_date_time (&day, now);
  return g_date_get_julian (&day);
}

/**
 * nb_keep_in_touch_overdue:
 * @days_since: the days since you were last in touch
 * @rhythm_days: the rhythm, more than 0
 *
 * Returns: (@days_since − @rhythm_days) ÷ @rhythm_days: negative before
 *   someone is due, 0 on the day, 1 at twice their rhythm
 */
double
nb_keep_in_touch_overdue (int days_since,
                          int rhythm_days)
{
  g_return_val_if_fail (rhythm_days > 0, 0.0);

  return (double) (days_since - rhythm_days) / rhythm_days;
}

/**
 * nb_keep_in_touch_describe_since:
 * @days: how many days ago, 0 or more
 *
 * Returns: (transfer full): "today", "yesterday", "5 days ago", "7 weeks
 *   ago", "8 months ago", "3 years ago"
 */
char *
nb_keep_in_touch_describe_since (int days)
{
  int n;

  if (days <= 0)
    return g_strdup (C_("time ago", "today"));
  if (days == 1)
    return g_strdup (C_("time ago", "yesterday"));
  if (days < 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days), days);
  if (days < 91)
    {
      n = days / 7;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week ago", "%d weeks ago", n), n);
    }
  if (days < 730)
    {
      n = days * 12 / 365;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month ago", "%d months ago", n), n);
    }

  n = days / 365;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year ago", "%d years ago", n), n);
}

/* "last call 7 weeks ago", kind by kind, so that each language can say
 * it its way. */
static char *
describe_last (NbInteractionKind  kind,
               const char        *since)
{
#define SAY(text) return g_strdup_printf (text, since)
  switch (kind)
    {
    /* Translators: %s is how long ago, such as "7 weeks ago". */
    case NB_INTERACTION_MEAL: SAY (C_("last in touch", "last meal %s"));
    case NB_INTERACTION_CALL: SAY (C_("last in touch", "last call %s"));
    case NB_INTERACTION_VIDEO_CALL: SAY (C_("last in touch", "last video call %s"));
    case NB_INTERACTION_MESSAGE: SAY (C_("last in touch", "last message %s"));
    case NB_INTERACTION_HELP_GIVEN: SAY (C_("last in touch", "last helped them %s"));
    case NB_INTERACTION_HELP_RECEIVED: SAY (C_("last in touch", "last helped you %s"));
    case NB_INTERACTION_INTRODUCTION: SAY (C_("last in touch", "last introduction %s"));
    case NB_INTERACTION_FAVOUR_ASKED_OF_ME: SAY (C_("last in touch", "last asked you a favour %s"));
    case NB_INTERACTION_FAVOUR_I_ASKED: SAY (C_("last in touch", "last you asked a favour %s"));
    case NB_INTERACTION_THANKS_SENT: SAY (C_("last in touch", "last thanked %s"));
    case NB_INTERACTION_NEWS_SHARED: SAY (C_("last in touch", "last news shared %s"));
    case NB_INTERACTION_CONNECTED: SAY (C_("last in touch", "connected online %s"));
    case NB_INTERACTION_MET:
    default:
      SAY (C_("last in touch", "last met %s"));
    }
#undef SAY
}

/**
 * nb_keep_in_touch_entry_describe:
 * @self: an entry
 *
 * Returns: (transfer full): why they are on the list: "Mentors · Every
 *   month · last call 7 weeks ago", "Every week · never in touch, added
 *   3 weeks ago"
 */
char *
nb_keep_in_touch_entry_describe (const NbKeepInTouchEntry *self)
{
  g_autofree char *rhythm = NULL;
  g_autofree char *since = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  rhythm = self->source == NB_RHYTHM_SOURCE_DEFAULT
    ? nb_cadence_describe_default (self->rhythm_days)
    : nb_cadence_describe (self->rhythm_days);
  since = nb_keep_in_touch_describe_since (self->days_since);
  if (self->last_date != 0)
    last = describe_last (self->last_kind, since);
  else
    /* Translators: %s is how long ago, such as "3 weeks ago". */
    last = g_strdup_printf (C_("last in touch", "never in touch, added %s"), since);

  if (self->circle != NULL && self->source == NB_RHYTHM_SOURCE_CIRCLE)
    /* Translators: why someone is due: a circle, its rhythm, and when you
     * were last in touch: "Mentors · Every month · last call 7 weeks ago". */
    return g_strdup_printf (C_("keep in touch reason", "%1$s · %2$s · %3$s"),
                            self->circle, rhythm, last);

  /* Translators: why someone is due: their rhythm and when you were last
   * in touch: "Every month · last call 7 weeks ago". */
  return g_strdup_printf (C_("keep in touch reason", "%1$s · %2$s"), rhythm, last);
}
