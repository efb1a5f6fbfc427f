/* nb-invite-ranking.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-birthday.h"
#include "nb-enums.h"
#include "nb-suggestion.h"

G_BEGIN_DECLS

/* How many days ahead a birthday makes someone worth inviting. */
#define NB_INVITE_BIRTHDAY_DAYS_AHEAD 7

/* How overdue someone is: the days since you were last in touch (or, never
 * met, since you added them) divided by their keep-in-touch rhythm.
 * Someone never met is at least half a rhythm overdue, however recently
 * they were added; someone met within the last quarter of their rhythm is
 * not proposed again yet (unless their birthday comes). The database
 * ranks by this (nb-db-suggestions.c), so these are numbers its SQL
 * quotes too. */
#define NB_INVITE_NEVER_MET_OVERDUE 0.5
#define NB_INVITE_MIN_OVERDUE       0.25

/**
 * NbInviteFacts:
 * @contact_id: the contact
 * @overdue: how overdue they are, as above
 * @last_interaction: when you were last in touch, in seconds since 1970;
 *   0 if never
 * @last_kind: how you were last in touch
 * @created: when they were added, in seconds since 1970
 * @birthday: (nullable): their birthday, when it is in the next
 *   %NB_INVITE_BIRTHDAY_DAYS_AHEAD days
 *
 * What whom to invite next is decided on, for one contact.
 */
typedef struct
{
  gint64             contact_id;
  double             overdue;
  gint64             last_interaction;
  NbInteractionKind  last_kind;
  gint64             created;
  const NbBirthday  *birthday;
} NbInviteFacts;

NbSuggestion *nb_invite_ranking_suggest (const NbInviteFacts *facts,
                                         GDateTime           *now,
                                         const GDate         *today) G_GNUC_WARN_UNUSED_RESULT;
int           nb_invite_ranking_compare (gconstpointer        a,
                                         gconstpointer        b);

G_END_DECLS
