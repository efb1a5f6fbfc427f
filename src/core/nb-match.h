/* nb-match.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * NbMatchField:
 * @NB_MATCH_OFFERS: what they can offer
 * @NB_MATCH_LOOKING_FOR: what they are looking for
 * @NB_MATCH_ORGANIZATION: where they work
 * @NB_MATCH_TITLE: their job title
 * @NB_MATCH_TAGS: their circles
 * @NB_MATCH_NOTES: the notes on their card
 *
 * Where a need and an offer met, best first. The values are the columns
 * of the matching index: append, never reorder.
 */
typedef enum
{
  NB_MATCH_OFFERS,
  NB_MATCH_LOOKING_FOR,
  NB_MATCH_ORGANIZATION,
  NB_MATCH_TITLE,
  NB_MATCH_TAGS,
  NB_MATCH_NOTES,
} NbMatchField;

/**
 * NbMatch:
 * @contact_id: the other person
 * @name: their name
 * @field: where it matched
 * @text: what matched there: the phrase, the organisation, a line of notes
 * @score: how well (lower is better, bm25), for ranking only
 * @last_interaction: when we were last in touch (closeness), 0 for never
 *
 * Someone who could help with a need, or whose need an offer meets, and
 * why.
 */
typedef struct
{
  gint64        contact_id;
  char         *name;
  NbMatchField  field;
  char         *text;
  double        score;
  gint64        last_interaction;
} NbMatch;

#define NB_TYPE_MATCH (nb_match_get_type ())

GType    nb_match_get_type (void) G_GNUC_CONST;
NbMatch *nb_match_copy     (const NbMatch *self) G_GNUC_WARN_UNUSED_RESULT;
void     nb_match_free     (NbMatch       *self);
char    *nb_match_dup_reason (const NbMatch *self) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbMatch, nb_match_free)

G_END_DECLS
