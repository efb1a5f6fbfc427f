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

/* How overdue someone is: the keep-in-touch measure,
 * nb_keep_in_touch_overdue(): (days since you were last in touch, or,
 * never in touch, since you added them − their rhythm) ÷ their rhythm;
 * 0 on the day they are due. Someone never in touch is at least half a
 * rhythm short of due (−0.5), however recently they were added; someone in
 * touch within the last quarter of their rhythm (below −0.75) is not
 * proposed again yet (unless their birthday comes). */
#define NB_INVITE_NEVER_MET_OVERDUE (-0.5)
#define NB_INVITE_MIN_OVERDUE       (-0.75)

/**
 * NbInviteFacts:
 * @contact_id: the contact
 * @overdue: how overdue they are, as above (nb_invite_ranking_overdue())
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

double        nb_invite_ranking_overdue (int                  days_since,
                                         int                  rhythm_days,
                                         gboolean             never_in_touch);
NbSuggestion *nb_invite_ranking_suggest (const NbInviteFacts *facts,
                                         GDateTime           *now,
                                         const GDate         *today) G_GNUC_WARN_UNUSED_RESULT;
int           nb_invite_ranking_compare (gconstpointer        a,
                                         gconstpointer        b);

G_END_DECLS
