/* nb-match.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-match"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-match.h"

G_DEFINE_BOXED_TYPE (NbMatch, nb_match, nb_match_copy, nb_match_free)

NbMatch *
nb_match_copy (const NbMatch *self)
{
  NbMatch *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->name = g_strdup (self->name);
  copy->text = g_strdup (self->text);
  return copy;
}

void
nb_match_free (NbMatch *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->text);
  g_free (self);
}

/**
 * nb_match_dup_reason:
 * @self: a match
 *
 * Returns: (transfer full): why, as a card says it: "can offer: instrument
 *   making", "works at: Analytical Engines Ltd"
 */
char *
nb_match_dup_reason (const NbMatch *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->field)
    {
    /* Translators: why someone could help with a need: what they offer. */
    case NB_MATCH_OFFERS: return g_strdup_printf (_("can offer: %s"), self->text);
    /* Translators: whose need an offer meets: what they look for. */
    case NB_MATCH_LOOKING_FOR: return g_strdup_printf (_("is looking for: %s"), self->text);
    case NB_MATCH_ORGANIZATION: return g_strdup_printf (_("works at: %s"), self->text);
    case NB_MATCH_TITLE: return g_strdup_printf (_("works as: %s"), self->text);
    case NB_MATCH_TAGS: return g_strdup_printf (_("in the circles: %s"), self->text);
    case NB_MATCH_NOTES:
    default: return g_strdup_printf (_("notes say: %s"), self->text);
    }
}
