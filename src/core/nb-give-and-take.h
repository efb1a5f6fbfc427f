/* nb-give-and-take.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nb-enums.h"

G_BEGIN_DECLS

/* How far back the give and take of a relationship looks. */
#define NB_GIVE_AND_TAKE_DAYS 365

/* Beyond this many times in a row the same side reached out, it is said. */
#define NB_GIVE_AND_TAKE_STREAK 5

/* Helped this often, and never the other way: it is said. */
#define NB_GIVE_AND_TAKE_HELP 3

/**
 * NbGiveAndTake:
 * @reached_out: how often each side reached out (index: #NbInitiator;
 *   %NB_INITIATOR_UNKNOWN counts the times nobody said)
 * @streak: who reached out the last times in a row, of the times it was
 *   said (%NB_INITIATOR_UNKNOWN when never)
 * @n_streak: how many times in a row
 * @streak_ended: the other side reached out before that (added after)
 * @help_given: help I gave
 * @help_received: help I received
 * @asked_of_me: favours asked of me, by answer (index: #NbAnswer)
 * @i_asked: favours I asked, by answer (index: #NbAnswer)
 * @introductions: introductions I made that involve them
 * @thanks_sent: thank-you notes I sent
 * @meals: meals that happened together, by who paid (index: #NbPayer)
 *
 * A relationship's give and take over the last %NB_GIVE_AND_TAKE_DAYS
 * days: what happened, each way, in words; never a score.
 */
typedef struct
{
  guint       reached_out[NB_N_INITIATORS];
  NbInitiator streak;
  guint       n_streak;
  gboolean    streak_ended;
  guint       help_given;
  guint       help_received;
  guint       asked_of_me[NB_N_ANSWERS];
  guint       i_asked[NB_N_ANSWERS];
  guint       introductions;
  guint       thanks_sent;
  guint       meals[NB_PAYER_N_PAYERS];
} NbGiveAndTake;

#define NB_TYPE_GIVE_AND_TAKE (nb_give_and_take_get_type ())

GType          nb_give_and_take_get_type  (void) G_GNUC_CONST;
NbGiveAndTake *nb_give_and_take_new       (void) G_GNUC_WARN_UNUSED_RESULT;
NbGiveAndTake *nb_give_and_take_copy      (const NbGiveAndTake *self) G_GNUC_WARN_UNUSED_RESULT;
void           nb_give_and_take_free      (NbGiveAndTake       *self);
void           nb_give_and_take_add       (NbGiveAndTake       *self,
                                           NbInteractionKind    kind,
                                           NbAnswer             answer,
                                           NbInitiator          initiator);
void           nb_give_and_take_add_meal  (NbGiveAndTake       *self,
                                           NbPayer              payer);
guint          nb_give_and_take_count     (const NbGiveAndTake *self);
guint          nb_give_and_take_given     (const NbGiveAndTake *self);
guint          nb_give_and_take_received  (const NbGiveAndTake *self);
char          *nb_give_and_take_dup_note  (const NbGiveAndTake *self,
                                           const char          *name) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbGiveAndTake, nb_give_and_take_free)

G_END_DECLS
