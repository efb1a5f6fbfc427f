/* nb-csv-preview.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-csv-layout.h"
#include "nb-csv-reader.h"
#include "nb-store-transaction.h"

G_BEGIN_DECLS

/* Rows of a list shown before the columns are chosen. */
#define NB_CSV_PREVIEW_ROWS 5

#define NB_TYPE_CSV_PREVIEW (nb_csv_preview_get_type ())

G_DECLARE_FINAL_TYPE (NbCsvPreview, nb_csv_preview, NB, CSV_PREVIEW, GObject)

void                nb_csv_preview_new_async      (const char          *db_path,
                                                   GFile               *file,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
NbCsvPreview       *nb_csv_preview_new_finish     (GAsyncResult        *result,
                                                   GError             **error) G_GNUC_WARN_UNUSED_RESULT;
NbCsvPreview       *nb_csv_preview_new            (const char          *db_path,
                                                   GFile               *file,
                                                   GCancellable        *cancellable,
                                                   GError             **error) G_GNUC_WARN_UNUSED_RESULT;
GFile              *nb_csv_preview_get_file       (NbCsvPreview        *self);
const char * const *nb_csv_preview_get_header     (NbCsvPreview        *self);
GPtrArray          *nb_csv_preview_get_rows       (NbCsvPreview        *self);
NbCsvLayout        *nb_csv_preview_get_layout     (NbCsvPreview        *self);
gboolean            nb_csv_preview_needs_columns  (NbCsvPreview        *self);

gboolean            nb_csv_find_header            (NbCsvReader         *reader,
                                                   NbStoreTransaction  *transaction,
                                                   NbCsvLayout         *given,
                                                   NbCsvLayout        **layout,
                                                   GStrv               *header,
                                                   gboolean            *remembered,
                                                   GCancellable        *cancellable,
                                                   GError             **error);

G_END_DECLS
