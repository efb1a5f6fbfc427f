/* nb-interaction-dialog.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_INTERACTION_DIALOG (nb_interaction_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NbInteractionDialog, nb_interaction_dialog, NB, INTERACTION_DIALOG, AdwWindow)

GtkWidget *nb_interaction_dialog_new (GtkWindow     *parent,
                                      NbStore       *store,
                                      NbInteraction *interaction);

G_END_DECLS
