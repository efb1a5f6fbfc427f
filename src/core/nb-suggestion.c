/* nb-suggestion.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-suggestion.h"

G_DEFINE_BOXED_TYPE (NbSuggestion, nb_suggestion, nb_suggestion_copy, nb_suggestion_free)

NbSuggestion *
nb_suggestion_copy (const NbSuggestion *self)
{
  return g_memdup2 (self, sizeof *self);
}

void
nb_suggestion_free (NbSuggestion *self)
{
  g_free (self);
}
