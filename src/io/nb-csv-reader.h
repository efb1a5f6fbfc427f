/* nb-csv-reader.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NB_TYPE_CSV_READER (nb_csv_reader_get_type ())

G_DECLARE_FINAL_TYPE (NbCsvReader, nb_csv_reader, NB, CSV_READER, GObject)

/* Bounds on one record; a file is read one record at a time, so these bound
 * the memory a read takes. A record with a field longer than
 * NB_CSV_MAX_FIELD_BYTES, with more than NB_CSV_MAX_FIELDS fields or larger
 * than NB_CSV_MAX_RECORD_BYTES (its fields' bytes, as UTF-8) is skipped as
 * a whole and reported; the next record is read normally. */
#define NB_CSV_MAX_FIELD_BYTES  (1024 * 1024)
#define NB_CSV_MAX_FIELDS       1024
#define NB_CSV_MAX_RECORD_BYTES (4 * 1024 * 1024)
/* Problems listed for one file; more are counted, not listed. */
#define NB_CSV_MAX_PROBLEMS     1000

NbCsvReader *nb_csv_reader_new           (GInputStream  *stream,
                                          const char    *name) G_GNUC_WARN_UNUSED_RESULT;
void         nb_csv_reader_set_separator (NbCsvReader   *self,
                                          char           separator);
GStrv        nb_csv_reader_next          (NbCsvReader   *self,
                                          GCancellable  *cancellable,
                                          GError       **error) G_GNUC_WARN_UNUSED_RESULT;
guint        nb_csv_reader_get_line      (NbCsvReader   *self);
guint        nb_csv_reader_get_n_records (NbCsvReader   *self);
guint        nb_csv_reader_get_n_skipped (NbCsvReader   *self);
guint64      nb_csv_reader_get_bytes_read (NbCsvReader  *self);
char         nb_csv_reader_get_separator (NbCsvReader   *self);
const char  *nb_csv_reader_get_encoding  (NbCsvReader   *self);
GPtrArray   *nb_csv_reader_get_problems  (NbCsvReader   *self);

G_END_DECLS
