/* nb-import-export.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_IMPORT_EXPORT (nb_import_export_get_type ())

G_DECLARE_FINAL_TYPE (NbImportExport, nb_import_export, NB, IMPORT_EXPORT, GObject)

NbImportExport *nb_import_export_new          (GtkWindow       *window,
                                               NbStore         *store) G_GNUC_WARN_UNUSED_RESULT;
GActionGroup   *nb_import_export_get_actions  (NbImportExport  *self);
void            nb_import_export_import_files (NbImportExport  *self,
                                               GFile          **files,
                                               guint            n_files);
void            nb_import_export_accept_drops (NbImportExport  *self,
                                               GtkWidget       *widget);
void            nb_import_export_close        (NbImportExport  *self);

G_END_DECLS
