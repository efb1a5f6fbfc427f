/* nb-give-and-take.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-give-and-take"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-give-and-take.h"

/* What happened each way in a relationship, counted from its interactions
 * and meals, newest first; and the one gentle note it may call for. It is
 * never a score: nothing adds the two sides up into a number, and nothing
 * ranks people by it. */

G_DEFINE_BOXED_TYPE (NbGiveAndTake, nb_give_and_take, nb_give_and_take_copy, nb_give_and_take_free)

NbGiveAndTake *
nb_give_and_take_new (void)
{
  return g_new0 (NbGiveAndTake, 1);
}

NbGiveAndTake *
nb_give_and_take_copy (const NbGiveAndTake *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
nb_give_and_take_free (NbGiveAndTake *self)
{
  g_free (self);
}

/**
 * nb_give_and_take_add:
 * @self: a give and take
 * @kind: how we were in touch (not a meal: see nb_give_and_take_add_meal())
 * @answer: a favour's answer
 * @initiator: who reached out
 *
 * Counts one interaction. Add them newest first: who reached out the last
 * times in a row is counted from the first one added.
 */
void
nb_give_and_take_add (NbGiveAndTake     *self,
                      NbInteractionKind  kind,
                      NbAnswer           answer,
                      NbInitiator        initiator)
{
  g_return_if_fail (self != NULL);

  if ((guint) answer >= NB_N_ANSWERS)
    answer = NB_ANSWER_NONE;
  if ((guint) initiator >= NB_N_INITIATORS)
    initiator = NB_INITIATOR_UNKNOWN;

  self->reached_out[initiator]++;
  if (initiator != NB_INITIATOR_UNKNOWN && !self->streak_ended)
    {
      if (self->n_streak == 0 || self->streak == initiator)
        {
          self->streak = initiator;
          self->n_streak++;
        }
      else
        self->streak_ended = TRUE;
    }

  switch (kind)
    {
    case NB_INTERACTION_HELP_GIVEN: self->help_given++; break;
    case NB_INTERACTION_HELP_RECEIVED: self->help_received++; break;
    case NB_INTERACTION_FAVOUR_ASKED_OF_ME: self->asked_of_me[answer]++; break;
    case NB_INTERACTION_FAVOUR_I_ASKED: self->i_asked[answer]++; break;
    case NB_INTERACTION_INTRODUCTION: self->introductions++; break;
    case NB_INTERACTION_THANKS_SENT: self->thanks_sent++; break;
    case NB_INTERACTION_MEAL:
    case NB_INTERACTION_MET:
    case NB_INTERACTION_CALL:
    case NB_INTERACTION_MESSAGE:
    case NB_INTERACTION_VIDEO_CALL:
    case NB_INTERACTION_NEWS_SHARED:
    case NB_INTERACTION_CONNECTED:
    default:
      break;
    }
}

/**
 * nb_give_and_take_add_meal:
 * @self: a give and take
 * @payer: who paid
 *
 * Counts a meal that happened together.
 */
void
nb_give_and_take_add_meal (NbGiveAndTake *self,
                           NbPayer        payer)
{
  g_return_if_fail (self != NULL);

  if ((guint) payer >= NB_PAYER_N_PAYERS)
    payer = NB_PAYER_UNSETTLED;
  self->meals[payer]++;
}

/**
 * nb_give_and_take_count:
 * @self: a give and take
 *
 * Returns: how many interactions and meals it counts
 */
guint
nb_give_and_take_count (const NbGiveAndTake *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < NB_N_INITIATORS; i++)
    n += self->reached_out[i];
  for (guint i = 0; i < NB_PAYER_N_PAYERS; i++)
    n += self->meals[i];

  return n;
}

/**
 * nb_give_and_take_given:
 * @self: a give and take
 *
 * Returns: how often I helped: help given, favours asked of me I said yes to
 */
guint
nb_give_and_take_given (const NbGiveAndTake *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->help_given + self->asked_of_me[NB_ANSWER_YES];
}

/**
 * nb_give_and_take_received:
 * @self: a give and take
 *
 * Returns: how often they helped: help received, favours I asked they said
 *   yes to
 */
guint
nb_give_and_take_received (const NbGiveAndTake *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->help_received + self->i_asked[NB_ANSWER_YES];
}

/**
 * nb_give_and_take_dup_note:
 * @self: a give and take
 * @name: the other person's name
 *
 * The one gentle note a strongly one-sided relationship calls for, either
 * way: help that went only one way this year (%NB_GIVE_AND_TAKE_HELP times
 * or more), or the same side reaching out the last
 * %NB_GIVE_AND_TAKE_STREAK times or more.
 *
 * Returns: (transfer full) (nullable): the note, or %NULL when there is
 *   nothing to say
 */
char *
nb_give_and_take_dup_note (const NbGiveAndTake *self,
                           const char          *name)
{
  guint given, received;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  given = nb_give_and_take_given (self);
  received = nb_give_and_take_received (self);

  if (received >= NB_GIVE_AND_TAKE_HELP && given == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: a name, then how often, in the last
                                          * twelve months. */
                                         "%s has helped you %u time this year; perhaps there is something you can offer them",
                                         "%s has helped you %u times this year; perhaps there is something you can offer them",
                                         received),
                            name, received);
  if (given >= NB_GIVE_AND_TAKE_HELP && received == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "You have helped %s %u time this year; it is all right to ask them for something too",
                                         "You have helped %s %u times this year; it is all right to ask them for something too",
                                         given),
                            name, given);
  if (self->n_streak >= NB_GIVE_AND_TAKE_STREAK && self->streak == NB_INITIATOR_ME)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "You have reached out the last %u time",
                                         "You have reached out the last %u times",
                                         self->n_streak),
                            self->n_streak);
  if (self->n_streak >= NB_GIVE_AND_TAKE_STREAK && self->streak == NB_INITIATOR_THEM)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s has reached out the last %u time",
                                         "%s has reached out the last %u times",
                                         self->n_streak),
                            name, self->n_streak);

  return NULL;
}
