/* nb-window.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"
#include "nb-sync-manager.h"

G_BEGIN_DECLS

#define NB_TYPE_WINDOW (nb_window_get_type ())

G_DECLARE_FINAL_TYPE (NbWindow, nb_window, NB, WINDOW, AdwApplicationWindow)

NbWindow *nb_window_new          (GtkApplication *application,
                                  NbStore        *store,
                                  const GError   *error);
NbStore  *nb_window_get_store    (NbWindow       *self);
void      nb_window_set_sync_manager (NbWindow    *self,
                                      NbSyncManager *manager);
void      nb_window_show_contact (NbWindow       *self,
                                  gint64          id);
void      nb_window_plan_meal    (NbWindow       *self,
                                  const GDate    *day,
                                  GArray         *contact_ids);
void      nb_window_import_files (NbWindow       *self,
                                  GFile         **files,
                                  guint           n_files);

G_END_DECLS
