/* nb-keep-in-touch-row.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-due-item.h"
#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_KEEP_IN_TOUCH_ROW (nb_keep_in_touch_row_get_type ())

G_DECLARE_FINAL_TYPE (NbKeepInTouchRow, nb_keep_in_touch_row, NB, KEEP_IN_TOUCH_ROW, GtkListBoxRow)

GtkWidget *nb_keep_in_touch_row_new      (NbStore          *store,
                                          NbDueItem        *item);
NbDueItem *nb_keep_in_touch_row_get_item (NbKeepInTouchRow *self);
const char *nb_keep_in_touch_row_get_name (NbKeepInTouchRow *self);

G_END_DECLS
