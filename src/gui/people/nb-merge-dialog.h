/* nb-merge-dialog.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-contact.h"

G_BEGIN_DECLS

#define NB_TYPE_MERGE_DIALOG (nb_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NbMergeDialog, nb_merge_dialog, NB, MERGE_DIALOG, AdwWindow)

NbMergeDialog *nb_merge_dialog_new          (GtkWindow     *parent,
                                             GPtrArray     *contacts);
NbContact     *nb_merge_dialog_dup_merged   (NbMergeDialog *self) G_GNUC_WARN_UNUSED_RESULT;
GArray        *nb_merge_dialog_dup_other_ids (NbMergeDialog *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
