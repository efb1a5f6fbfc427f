/* nb-label-drop-down.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-format.h"

G_BEGIN_DECLS

#define NB_TYPE_LABEL_DROP_DOWN (nb_label_drop_down_get_type ())

G_DECLARE_FINAL_TYPE (NbLabelDropDown, nb_label_drop_down, NB, LABEL_DROP_DOWN, GtkWidget)

void         nb_label_drop_down_set_kind  (NbLabelDropDown *self,
                                           NbLabelKind      kind);
const char  *nb_label_drop_down_get_label (NbLabelDropDown *self);
void         nb_label_drop_down_set_label (NbLabelDropDown *self,
                                           const char      *label);

G_END_DECLS
