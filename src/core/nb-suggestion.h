/* nb-suggestion.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * NbSuggestionReason:
 * @NB_SUGGESTION_BIRTHDAY: their birthday is in the next days
 * @NB_SUGGESTION_LAST_MET: it has been a while since you last met
 * @NB_SUGGESTION_LAST_IN_TOUCH: it has been a while since a call or message
 * @NB_SUGGESTION_NEVER_MET: you never met since you added them
 */
typedef enum
{
  NB_SUGGESTION_BIRTHDAY,
  NB_SUGGESTION_LAST_MET,
  NB_SUGGESTION_LAST_IN_TOUCH,
  NB_SUGGESTION_NEVER_MET,
} NbSuggestionReason;

/**
 * NbSuggestion:
 * @contact_id: whom to invite
 * @score: how overdue they are: days since the last interaction divided by
 *   their keep-in-touch cadence, raised for a birthday in the next days
 * @reason: why, to show
 * @days: the days since the last interaction (or since they were added),
 *   or until the birthday
 * @birthday: the day of the birthday, for %NB_SUGGESTION_BIRTHDAY
 *
 * Someone to invite next, and why.
 */
typedef struct
{
  gint64             contact_id;
  double             score;
  NbSuggestionReason reason;
  int                days;
  GDate              birthday;
} NbSuggestion;

#define NB_TYPE_SUGGESTION (nb_suggestion_get_type ())

GType         nb_suggestion_get_type (void) G_GNUC_CONST;
NbSuggestion *nb_suggestion_copy     (const NbSuggestion *self) G_GNUC_WARN_UNUSED_RESULT;
void          nb_suggestion_free     (NbSuggestion       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbSuggestion, nb_suggestion_free)

G_END_DECLS
