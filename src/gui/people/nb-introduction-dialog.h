/* nb-introduction-dialog.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_INTRODUCTION_DIALOG (nb_introduction_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NbIntroductionDialog, nb_introduction_dialog, NB, INTRODUCTION_DIALOG, AdwWindow)

GtkWidget     *nb_introduction_dialog_new                 (GtkWindow     *parent,
                                                           NbStore       *store,
                                                           NbInteraction *introduction);
GtkWidget     *nb_introduction_dialog_new_made_by_someone (GtkWindow     *parent,
                                                           NbStore       *store,
                                                           gint64         contact_id);
NbInteraction *nb_introduction_dialog_get_introduction    (NbIntroductionDialog *self);

G_END_DECLS
