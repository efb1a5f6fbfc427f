/* nb-csv-columns-dialog.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-csv-preview.h"

G_BEGIN_DECLS

#define NB_TYPE_CSV_COLUMNS_DIALOG (nb_csv_columns_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NbCsvColumnsDialog, nb_csv_columns_dialog, NB, CSV_COLUMNS_DIALOG, AdwWindow)

NbCsvColumnsDialog *nb_csv_columns_dialog_new        (GtkWindow          *parent,
                                                      NbCsvPreview       *preview);
NbCsvLayout        *nb_csv_columns_dialog_dup_layout (NbCsvColumnsDialog *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
