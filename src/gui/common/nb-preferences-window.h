/* nb-preferences-window.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_PREFERENCES_WINDOW (nb_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (NbPreferencesWindow, nb_preferences_window, NB, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *nb_preferences_window_new (GtkWindow *parent);
void       nb_preferences_window_set_store (NbPreferencesWindow *self,
                                            NbStore             *store);

G_END_DECLS
