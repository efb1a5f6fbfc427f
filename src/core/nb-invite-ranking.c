/* nb-invite-ranking.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-invite-ranking"

#include "config.h"

#include "nb-invite-ranking.h"
#include "nb-keep-in-touch.h"

/* Calendar days, in @now's time zone, from @then to @now. */
static int
days_since (gint64     then,
            GDateTime *now)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (then);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, g_date_time_get_timezone (now));
  GDate then_day, today;

  nb_date_set_from_date_time (&then_day, local);
  nb_date_set_from_date_time (&today, now);

  return MAX (0, g_date_days_between (&then_day, &today));
}

/* A birthday this week comes before those merely due, the nearest first;
 * someone long overdue still comes before. */
static void
raise_for_birthday (NbSuggestion     *suggestion,
                    const NbBirthday *birthday,
                    const GDate      *today)
{
  const double ahead = NB_INVITE_BIRTHDAY_DAYS_AHEAD;
  int until = nb_birthday_days_until (birthday, today);

  nb_birthday_get_next (birthday, today, &suggestion->birthday);
  suggestion->reason = NB_SUGGESTION_BIRTHDAY;
  suggestion->days = until;
  suggestion->score = MAX (suggestion->score, 1.0) + 1.0 + (ahead - until) / ahead;
}

/**
 * nb_invite_ranking_overdue:
 * @days_since: calendar days since you were last in touch, or since they
 *   were added
 * @rhythm_days: their rhythm, more than 0
 * @never_in_touch: whether you were never in touch
 *
 * Returns: how overdue they are: nb_keep_in_touch_overdue(), and at least
 *   %NB_INVITE_NEVER_MET_OVERDUE for someone never in touch
 */
double
nb_invite_ranking_overdue (int      days_since,
                           int      rhythm_days,
                           gboolean never_in_touch)
{
  double overdue = nb_keep_in_touch_overdue (days_since, rhythm_days);

  return never_in_touch ? MAX (overdue, NB_INVITE_NEVER_MET_OVERDUE) : overdue;
}

/**
 * nb_invite_ranking_suggest:
 * @facts: what is known of a contact
 * @now: the current time
 * @today: the current date, @now's
 *
 * Scores a contact as someone to invite, and says why: the days since you
 * last met, or were in touch by a call or a message, or since they were
 * added; or their birthday, which raises the score.
 *
 * Returns: (transfer full): the suggestion
 */
NbSuggestion *
nb_invite_ranking_suggest (const NbInviteFacts *facts,
                           GDateTime           *now,
                           const GDate         *today)
{
  NbSuggestion *suggestion;

  g_return_val_if_fail (facts != NULL, NULL);
  g_return_val_if_fail (now != NULL && today != NULL, NULL);

  suggestion = g_new0 (NbSuggestion, 1);
  suggestion->contact_id = facts->contact_id;
  /* The score is the days since ÷ the rhythm: 1 on the day they are
   * due. */
  suggestion->score = MAX (facts->overdue + 1.0, 0.0);
  g_date_clear (&suggestion->birthday, 1);

  if (facts->last_interaction == 0)
    {
      suggestion->reason = NB_SUGGESTION_NEVER_MET;
      suggestion->days = days_since (facts->created, now);
    }
  else
    {
      gboolean met = (facts->last_kind == NB_INTERACTION_MEAL ||
                      facts->last_kind == NB_INTERACTION_MET);

      suggestion->reason = met ? NB_SUGGESTION_LAST_MET : NB_SUGGESTION_LAST_IN_TOUCH;
      suggestion->days = days_since (facts->last_interaction, now);
    }

  if (facts->birthday != NULL)
    raise_for_birthday (suggestion, facts->birthday, today);

  return suggestion;
}

/**
 * nb_invite_ranking_compare:
 * @a: a pointer to an #NbSuggestion pointer
 * @b: another
 *
 * Orders suggestions best first: the highest score, then the contact
 * added first, as g_ptr_array_sort() takes it.
 *
 * Returns: less than, equal to or greater than 0 as @a comes before, with
 *   or after @b
 */
int
nb_invite_ranking_compare (gconstpointer a,
                           gconstpointer b)
{
  const NbSuggestion *sa = *(NbSuggestion **) a;
  const NbSuggestion *sb = *(NbSuggestion **) b;

  if (sa->score != sb->score)
    return sa->score < sb->score ? 1 : -1;

  return sa->contact_id < sb->contact_id ? -1 : sa->contact_id > sb->contact_id;
}
