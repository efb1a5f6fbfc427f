/* nb-suggestion-row.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-contact.h"

G_BEGIN_DECLS

#define NB_TYPE_SUGGESTION_ROW (nb_suggestion_row_get_type ())

G_DECLARE_FINAL_TYPE (NbSuggestionRow, nb_suggestion_row, NB, SUGGESTION_ROW, AdwActionRow)

GtkWidget *nb_suggestion_row_new            (NbContact       *contact,
                                             const char      *reason);
NbContact *nb_suggestion_row_get_contact    (NbSuggestionRow *self);

G_END_DECLS
