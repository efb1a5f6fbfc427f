/* nb-importer.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-csv-layout.h"
#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_IMPORTER (nb_importer_get_type ())

G_DECLARE_FINAL_TYPE (NbImporter, nb_importer, NB, IMPORTER, GObject)

NbImporter *nb_importer_new             (NbStore              *store) G_GNUC_WARN_UNUSED_RESULT;
void        nb_importer_add_file        (NbImporter           *self,
                                         GFile                *file);
void        nb_importer_add_csv_file    (NbImporter           *self,
                                         GFile                *file,
                                         NbCsvLayout          *layout);
gboolean    nb_importer_run             (NbImporter           *self,
                                         GCancellable         *cancellable,
                                         GError              **error);
void        nb_importer_run_async       (NbImporter           *self,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean    nb_importer_run_finish      (NbImporter           *self,
                                         GAsyncResult         *result,
                                         GError              **error);
double      nb_importer_get_fraction    (NbImporter           *self);
guint       nb_importer_get_n_added     (NbImporter           *self);
guint       nb_importer_get_n_updated   (NbImporter           *self);
guint       nb_importer_get_n_unchanged (NbImporter           *self);
guint       nb_importer_get_n_skipped   (NbImporter           *self);
guint       nb_importer_get_n_meals_added     (NbImporter     *self);
guint       nb_importer_get_n_meals_updated   (NbImporter     *self);
guint       nb_importer_get_n_meals_unchanged (NbImporter     *self);
guint       nb_importer_get_n_meals_skipped   (NbImporter     *self);
guint       nb_importer_get_n_interactions_added     (NbImporter *self);
guint       nb_importer_get_n_captured               (NbImporter *self);
guint       nb_importer_get_n_interactions_updated   (NbImporter *self);
guint       nb_importer_get_n_interactions_unchanged (NbImporter *self);
guint       nb_importer_get_n_interactions_skipped   (NbImporter *self);
GPtrArray  *nb_importer_get_problems    (NbImporter           *self);
char       *nb_importer_dup_summary     (NbImporter           *self) G_GNUC_WARN_UNUSED_RESULT;

guint       nb_importer_get_n_trains_added     (NbImporter *self);
guint       nb_importer_get_n_trains_updated   (NbImporter *self);
guint       nb_importer_get_n_trains_unchanged (NbImporter *self);

G_END_DECLS
