/* fuzz-csv.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The CSV reader on any bytes, as an import reads a file (NbCsvReader over
 * a stream): with the separator found, and with each separator set. Every
 * field must be UTF-8 within the bounds, every record begin on a later line
 * than the one before, and every record skipped be reported. And a file
 * read a few bytes at a time must read as it does at once: after a first
 * line of 64 KiB, which the reader takes whole to find the separator, the
 * rest comes in reads of 1 to 13 bytes, so that each state of the reader
 * is cut by the end of a read. */

#include <gio/gio.h>
#include <string.h>

#include "nb-csv-reader.h"

#include "fuzz-common.h"

#define PADDING (64 * 1024)

/* A stream of a first part in one read, then of the rest in small reads. */
typedef struct
{
  GInputStream   parent_instance;
  const uint8_t *first;
  gsize          first_len;
  const uint8_t *data;
  gsize          len;
  gsize          pos; /* in first, then in data */
  guint          n_reads;
} FuzzStream;

typedef GInputStreamClass FuzzStreamClass;

static GType fuzz_stream_get_type (void);
G_DEFINE_TYPE (FuzzStream, fuzz_stream, G_TYPE_INPUT_STREAM)

static gssize
fuzz_stream_read (GInputStream  *stream,
                  void          *buffer,
                  gsize          count,
                  GCancellable  *cancellable,
                  GError       **error)
{
  FuzzStream *self = (FuzzStream *) stream;
  gsize most = 1 + self->n_reads++ % 13;
  gsize n;

  if (self->pos < self->first_len)
    {
      n = MIN (count, self->first_len - self->pos);
      memcpy (buffer, self->first + self->pos, n);
      self->pos += n;
      return n;
    }

  n = MIN (count, self->first_len + self->len - self->pos);
  n = MIN (n, most);
  if (n > 0)
    memcpy (buffer, self->data + (self->pos - self->first_len), n);
  self->pos += n;
  return n;
}

static void
fuzz_stream_class_init (FuzzStreamClass *klass)
{
  klass->read_fn = fuzz_stream_read;
}

static void
fuzz_stream_init (FuzzStream *self)
{
}

static uint8_t padding[PADDING];

void
nb_fuzz_target_init (void)
{
  memset (padding, 'p', PADDING - 1);
  padding[PADDING - 1] = '\n';
}

/* Reads all of @reader; checks what must hold of any input. Gives the
 * records as text, each field after its length, for comparing. */
static GString *
read_all (NbCsvReader   *reader,
          char           separator,
          const uint8_t *data,
          size_t         size,
          size_t         stream_size)
{
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);
  GPtrArray *problems;
  GStrv fields;
  guint n = 0;
  guint last_line = 0;
  guint n_line_ends = 0;
  const char *encoding;

  /* The most lines the records may be on: a line end is a CR or LF byte,
   * in UTF-16 too. */
  for (size_t i = 0; i < size; i++)
    n_line_ends += data[i] == '\r' || data[i] == '\n';

  if (separator != 0)
    nb_csv_reader_set_separator (reader, separator);

  while ((fields = nb_csv_reader_next (reader, NULL, &error)) != NULL)
    {
      guint n_fields = g_strv_length (fields);
      guint line = nb_csv_reader_get_line (reader);
      gsize record_bytes = 0;

      n++;
      g_assert_cmpuint (n_fields, >=, 1);
      g_assert_cmpuint (n_fields, <=, NB_CSV_MAX_FIELDS);
      g_assert_cmpuint (line, >, last_line);
      last_line = line;
      g_assert_cmpuint (nb_csv_reader_get_n_records (reader), ==, n);

      g_string_append_printf (out, "%u:", line);
      for (guint i = 0; i < n_fields; i++)
        {
          gsize len = strlen (fields[i]);

          g_assert_true (g_utf8_validate (fields[i], len, NULL));
          g_assert_cmpuint (len, <=, NB_CSV_MAX_FIELD_BYTES);
          record_bytes += len;
          g_string_append_printf (out, "%" G_GSIZE_FORMAT ":%s", len, fields[i]);
        }
      g_assert_cmpuint (record_bytes, <=, NB_CSV_MAX_RECORD_BYTES);
      g_string_append_c (out, '\n');
      g_strfreev (fields);
    }

  /* A memory stream does not fail. */
  g_assert_no_error (error);
  g_assert_null (nb_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (last_line, <=, n_line_ends + 1 + (stream_size > size ? 1 : 0));
  g_assert_cmpuint (n + nb_csv_reader_get_n_skipped (reader), <=, n_line_ends + 1 + (stream_size > size ? 1 : 0));
  g_assert_cmpuint (nb_csv_reader_get_bytes_read (reader), ==, stream_size);

  if (separator != 0)
    g_assert_cmpint (nb_csv_reader_get_separator (reader), ==, separator);
  else
    g_assert_true (strchr (",;\t", nb_csv_reader_get_separator (reader)) != NULL &&
                   nb_csv_reader_get_separator (reader) != 0);

  encoding = nb_csv_reader_get_encoding (reader);
  g_assert_true (g_strcmp0 (encoding, "UTF-8") == 0 || g_strcmp0 (encoding, "UTF-16LE") == 0 ||
                 g_strcmp0 (encoding, "UTF-16BE") == 0 || g_strcmp0 (encoding, "WINDOWS-1252") == 0);

  /* Each record skipped is reported, in UTF-8; past the most listed, one
   * message counts the others. */
  problems = nb_csv_reader_get_problems (reader);
  for (guint i = 0; i < problems->len; i++)
    g_assert_true (g_utf8_validate (g_ptr_array_index (problems, i), -1, NULL));
  if (nb_csv_reader_get_n_skipped (reader) <= NB_CSV_MAX_PROBLEMS)
    g_assert_cmpuint (problems->len, ==, nb_csv_reader_get_n_skipped (reader));
  else
    g_assert_cmpuint (problems->len, ==, NB_CSV_MAX_PROBLEMS + 1);

  return out;
}

static GString *
read_at_once (const uint8_t *data,
              size_t         size,
              char           separator,
              gboolean      *utf16_out)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr(NbCsvReader) reader = nb_csv_reader_new (stream, "fuzz.csv");
  GString *records = read_all (reader, separator, data, size, size);

  *utf16_out = g_str_has_prefix (nb_csv_reader_get_encoding (reader), "UTF-16");

  return records;
}

/* The records of @data after the padding, read slowly; their lines as in
 * the file without it. */
static GString *
read_slowly (const uint8_t *data,
             size_t         size,
             char           separator)
{
  g_autoptr(GInputStream) stream = g_object_new (fuzz_stream_get_type (), NULL);
  g_autoptr(NbCsvReader) reader = NULL;
  g_autoptr(GString) records = NULL;
  GString *shifted = g_string_new (NULL);
  const char *p;

  ((FuzzStream *) stream)->first = padding;
  ((FuzzStream *) stream)->first_len = PADDING;
  ((FuzzStream *) stream)->data = data;
  ((FuzzStream *) stream)->len = size;

  reader = nb_csv_reader_new (stream, "fuzz.csv");
  records = read_all (reader, separator, data, size, PADDING + size);

  /* The first record is the padding; the others' lines are one later. */
  p = strchr (records->str, '\n');
  g_assert_nonnull (p);
  p++;
  while (*p)
    {
      char *end;
      guint64 line = g_ascii_strtoull (p, &end, 10);
      const char *next;

      g_assert_true (*end == ':' && line >= 2);
      g_string_append_printf (shifted, "%" G_GUINT64_FORMAT, line - 1);
      /* Fields may hold newlines: the record ends where its lengths say. */
      next = end + 1;
      for (;;)
        {
          char *after;
          guint64 len;

          if (*next == '\n')
            break;
          len = g_ascii_strtoull (next, &after, 10);
          g_assert_true (*after == ':');
          next = after + 1 + len;
        }
      g_string_append_len (shifted, end, next + 1 - end);
      p = next + 1;
    }

  return shifted;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char separators[] = { 0, ',', ';', '\t' };

  if (size > NB_FUZZ_MAX_LEN)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      gboolean utf16 = FALSE;
      g_autoptr(GString) at_once = read_at_once (data, size, separators[i], &utf16);

      /* Read slowly, after a line of UTF-8: the same, but for what the
       * start of a file decides (a byte-order mark, UTF-16). */
      if (separators[i] != 0 && !utf16 &&
          !(size >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf))
        {
          g_autoptr(GString) slowly = read_slowly (data, size, separators[i]);

          g_assert_cmpstr (slowly->str, ==, at_once->str);
        }
    }

  return 0;
}
