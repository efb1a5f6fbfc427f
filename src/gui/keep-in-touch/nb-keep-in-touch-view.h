/* nb-keep-in-touch-view.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-due-list.h"

G_BEGIN_DECLS

#define NB_TYPE_KEEP_IN_TOUCH_VIEW (nb_keep_in_touch_view_get_type ())

G_DECLARE_FINAL_TYPE (NbKeepInTouchView, nb_keep_in_touch_view, NB, KEEP_IN_TOUCH_VIEW, GtkWidget)

GtkWidget *nb_keep_in_touch_view_new          (void);
NbDueList *nb_keep_in_touch_view_get_due_list (NbKeepInTouchView *self);

G_END_DECLS
