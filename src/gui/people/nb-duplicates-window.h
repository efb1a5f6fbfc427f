/* nb-duplicates-window.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_DUPLICATES_WINDOW (nb_duplicates_window_get_type ())

G_DECLARE_FINAL_TYPE (NbDuplicatesWindow, nb_duplicates_window, NB, DUPLICATES_WINDOW, AdwWindow)

NbDuplicatesWindow *nb_duplicates_window_new        (GtkWindow          *parent,
                                                     NbStore            *store);
void                nb_duplicates_window_look_again (NbDuplicatesWindow *self);
GListModel         *nb_duplicates_window_get_model  (NbDuplicatesWindow *self);

G_END_DECLS
