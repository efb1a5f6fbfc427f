/* nb-sync-button.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-sync-manager.h"

G_BEGIN_DECLS

#define NB_TYPE_SYNC_BUTTON (nb_sync_button_get_type ())

G_DECLARE_FINAL_TYPE (NbSyncButton, nb_sync_button, NB, SYNC_BUTTON, AdwBin)

NbSyncManager *nb_sync_button_get_manager (NbSyncButton  *self);
void           nb_sync_button_set_manager (NbSyncButton  *self,
                                           NbSyncManager *manager);
void           nb_sync_button_sync        (NbSyncButton  *self);

G_END_DECLS
