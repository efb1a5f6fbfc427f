/* nb-csv-layout.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nb-contact.h"

G_BEGIN_DECLS

/**
 * NbCsvSource:
 * @NB_CSV_SOURCE_OTHER: a list of some other program, read by the names
 *   of its columns
 * @NB_CSV_SOURCE_LINKEDIN: LinkedIn's Connections.csv
 * @NB_CSV_SOURCE_GOOGLE: a Google Contacts export ("Google CSV")
 * @NB_CSV_SOURCE_OUTLOOK: an Outlook export ("Outlook CSV"), in English or
 *   German
 *
 * Whose export a CSV file is, as its header tells.
 */
typedef enum
{
  NB_CSV_SOURCE_OTHER,
  NB_CSV_SOURCE_LINKEDIN,
  NB_CSV_SOURCE_GOOGLE,
  NB_CSV_SOURCE_OUTLOOK,
} NbCsvSource;

#define NB_TYPE_CSV_LAYOUT (nb_csv_layout_get_type ())

G_DECLARE_FINAL_TYPE (NbCsvLayout, nb_csv_layout, NB, CSV_LAYOUT, GObject)

NbCsvLayout *nb_csv_layout_new_for_header   (const char * const *header) G_GNUC_WARN_UNUSED_RESULT;
NbCsvSource  nb_csv_layout_get_source       (NbCsvLayout        *self);
const char  *nb_csv_layout_get_source_id    (NbCsvLayout        *self);
const char  *nb_csv_layout_get_source_name  (NbCsvLayout        *self);
guint        nb_csv_layout_get_n_columns    (NbCsvLayout        *self);
guint        nb_csv_layout_get_n_known      (NbCsvLayout        *self);
NbContact   *nb_csv_layout_read_row         (NbCsvLayout        *self,
                                             const char * const *row,
                                             char              **key,
                                             GDate              *connected_on,
                                             GError            **error) G_GNUC_WARN_UNUSED_RESULT;

gboolean     nb_csv_parse_date              (const char         *text,
                                             gboolean            month_first,
                                             GDate              *date);

G_END_DECLS
