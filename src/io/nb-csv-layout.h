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

/**
 * NbCsvField:
 *
 * What a column of a list holds. The address parts and labels make up the
 * card's addresses and label its email addresses, phone numbers and
 * websites.
 */
typedef enum
{
  NB_CSV_FIELD_IGNORE,
  NB_CSV_FIELD_FULL_NAME,
  NB_CSV_FIELD_GIVEN,
  NB_CSV_FIELD_MIDDLE,
  NB_CSV_FIELD_FAMILY,
  NB_CSV_FIELD_PREFIX,
  NB_CSV_FIELD_SUFFIX,
  NB_CSV_FIELD_NICKNAME,
  NB_CSV_FIELD_ORGANIZATION,
  NB_CSV_FIELD_DEPARTMENT,
  NB_CSV_FIELD_TITLE,
  NB_CSV_FIELD_EMAIL,
  NB_CSV_FIELD_PHONE,
  NB_CSV_FIELD_WEBSITE,
  NB_CSV_FIELD_BIRTHDAY,
  NB_CSV_FIELD_NOTES,
  NB_CSV_FIELD_TAGS,
  NB_CSV_FIELD_CONNECTED_ON,
  /* The label of the email, phone, address or website of the same group. */
  NB_CSV_FIELD_LABEL,
  NB_CSV_FIELD_ADDRESS_FORMATTED,
  NB_CSV_FIELD_ADDRESS_STREET,
  NB_CSV_FIELD_ADDRESS_EXTENDED,
  NB_CSV_FIELD_ADDRESS_PO_BOX,
  NB_CSV_FIELD_ADDRESS_CITY,
  NB_CSV_FIELD_ADDRESS_REGION,
  NB_CSV_FIELD_ADDRESS_POSTAL_CODE,
  NB_CSV_FIELD_ADDRESS_COUNTRY,
} NbCsvField;

#define NB_CSV_N_FIELDS (NB_CSV_FIELD_ADDRESS_COUNTRY + 1)

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

NbCsvLayout *nb_csv_layout_new_with_fields  (const char * const *header,
                                             const NbCsvField   *fields,
                                             guint               n_fields) G_GNUC_WARN_UNUSED_RESULT;
NbCsvLayout *nb_csv_layout_new_from_fields_string (const char * const *header,
                                                   const char         *text) G_GNUC_WARN_UNUSED_RESULT;
const char * const *nb_csv_layout_get_header (NbCsvLayout        *self);
NbCsvField   nb_csv_layout_get_field        (NbCsvLayout        *self,
                                             guint               column);
char        *nb_csv_layout_dup_fields_string (NbCsvLayout       *self) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_csv_header_dup_key          (const char * const *header) G_GNUC_WARN_UNUSED_RESULT;
const char  *nb_csv_field_get_label         (NbCsvField          field);

gboolean     nb_csv_parse_date              (const char         *text,
                                             gboolean            month_first,
                                             GDate              *date);

G_END_DECLS
