/* nb-accounts-window.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-sync-manager.h"

G_BEGIN_DECLS

#define NB_TYPE_ACCOUNTS_WINDOW (nb_accounts_window_get_type ())

G_DECLARE_FINAL_TYPE (NbAccountsWindow, nb_accounts_window, NB, ACCOUNTS_WINDOW, AdwPreferencesWindow)

GtkWidget *nb_accounts_window_new      (GtkWindow     *parent,
                                        NbSyncManager *manager,
                                        NbStore       *store);
void       nb_accounts_window_show_add (NbAccountsWindow *self);

G_END_DECLS
