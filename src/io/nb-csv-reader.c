/* nb-csv-reader.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-csv-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-csv-reader.h"

/**
 * NbCsvReader:
 *
 * Reads the records of a CSV stream one at a time, as fields of UTF-8 text,
 * so that a file of any size is read in bounded memory: one record and a
 * read buffer. It reads RFC 4180 and what real exporters write besides
 * (LinkedIn's Connections.csv, Google Contacts, Outlook):
 *
 * - the separator is ',', ';' or TAB, found in the first lines unless set;
 * - a UTF-8 byte-order mark is dropped; UTF-16 (with a byte-order mark, or
 *   recognised by its NUL bytes, as Outlook writes it) is read as UTF-8;
 *   otherwise a field that is not UTF-8 is read as Windows-1252;
 * - CR LF, LF, a lone CR and CR CR LF end a record; inside quotes they are
 *   part of the field, as "\n";
 * - a '"' opens a quoted field only at the very start of a field, and "" in
 *   it is one '"'; elsewhere a '"' is kept, and text after a closing quote
 *   is added to the field (as Excel and Python's csv module read it);
 * - empty lines are skipped; NUL bytes are dropped.
 *
 * A record that is too large (see NB_CSV_MAX_FIELD_BYTES) is skipped and
 * reported in nb_csv_reader_get_problems(), as is a quoted field that is
 * never closed (the rest of the file is then in it). It knows nothing of
 * what the fields mean.
 */

typedef enum
{
  STATE_FIELD_START,
  STATE_UNQUOTED,
  STATE_QUOTED,
  STATE_QUOTE_IN_QUOTED, /* a '"' in a quoted field: "" or its end */
} State;

typedef enum
{
  SKIP_NONE,
  SKIP_FIELD_TOO_LONG,
  SKIP_TOO_MANY_FIELDS,
  SKIP_RECORD_TOO_LARGE,
} SkipReason;

typedef enum
{
  ENCODING_UTF8,
  ENCODING_UTF16LE,
  ENCODING_UTF16BE,
} Encoding;

struct _NbCsvReader
{
  GObject       parent_instance;

  GInputStream *stream;
  char         *name;
  GByteArray   *buffer;      /* bytes read, as UTF-8 or Windows-1252 */
  gsize         pos;         /* of the next byte to parse in buffer */
  guint8       *chunk;       /* raw bytes of UTF-16, before they are decoded */
  GString      *record;      /* the fields so far, each ended by a NUL */
  GArray       *offsets;     /* of each field ended in record (guint) */
  gsize         field_start; /* of the field being read, in record */
  GPtrArray    *problems;
  guint64       bytes_read;

  Encoding      encoding;
  gboolean      windows_1252; /* a field was read as Windows-1252 */
  guint8        odd_byte;     /* UTF-16: the first byte of a unit */
  gboolean      has_odd_byte;
  gunichar      high_surrogate; /* UTF-16: or 0 */

  char          separator;
  guint8        special_unquoted[256];
  guint8        special_quoted[256];

  State         state;
  SkipReason    skip;
  guint         crs;         /* 1: after a CR; 2: after a CR and a CR */
  guint         line_no;     /* line ends so far */
  gboolean      line_dirty;  /* bytes after the last line end */
  guint         record_line; /* of the record being read */
  guint         line;        /* of the record last returned */

  guint         n_records;
  guint         n_skipped;
  guint         n_unlisted;  /* problems past NB_CSV_MAX_PROBLEMS */
  gboolean      started;
  gboolean      eof;
  gboolean      done;
};

G_DEFINE_FINAL_TYPE (NbCsvReader, nb_csv_reader, G_TYPE_OBJECT)

#define CHUNK_SIZE (64 * 1024)
/* What the separator is found in, at most. */
#define PEEK_BYTES (64 * 1024)
#define PEEK_LINES 50

static void
nb_csv_reader_finalize (GObject *object)
{
  NbCsvReader *self = (NbCsvReader *) object;

  g_clear_object (&self->stream);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->buffer, g_byte_array_unref);
  g_clear_pointer (&self->chunk, g_free);
  g_string_free (self->record, TRUE);
  g_clear_pointer (&self->offsets, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_csv_reader_parent_class)->finalize (object);
}

static void
nb_csv_reader_class_init (NbCsvReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_csv_reader_finalize;
}

static void
nb_csv_reader_init (NbCsvReader *self)
{
  self->buffer = g_byte_array_sized_new (CHUNK_SIZE);
  self->record = g_string_new (NULL);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->record_line = 1;
}

/**
 * nb_csv_reader_new:
 * @stream: the stream to read
 * @name: the name of the file, for messages
 *
 * Returns: (transfer full): a reader
 */
NbCsvReader *
nb_csv_reader_new (GInputStream *stream,
                   const char   *name)
{
  NbCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  self = g_object_new (NB_TYPE_CSV_READER, NULL);
  self->stream = g_object_ref (stream);
  /* It goes into every message, which must be UTF-8. */
  self->name = g_utf8_make_valid (name != NULL ? name : "", -1);

  return self;
}

/**
 * nb_csv_reader_set_separator:
 * @self: a reader
 * @separator: ',', ';', '\t' (or another ASCII character but '"' and the
 *   line ends), or 0 to find it in the first lines (the default)
 *
 * Sets the separator of fields; only before the first nb_csv_reader_next().
 */
void
nb_csv_reader_set_separator (NbCsvReader *self,
                             char         separator)
{
  g_return_if_fail (NB_IS_CSV_READER (self));
  g_return_if_fail (!self->started);
  g_return_if_fail ((guchar) separator < 0x80 && separator != '"' &&
                    separator != '\r' && separator != '\n');

  self->separator = separator;
}

/* ---------------------------------------------------------------------- */
/* Bytes in                                                                */

static const gunichar windows_1252_high[32] = {
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
};

/* The whole of @text, read as Windows-1252 (its five bytes without a
 * character become U+FFFD). */
static GString *
from_windows_1252 (const char *text,
                   gsize       len)
{
  GString *out = g_string_sized_new (len + len / 2);

  for (gsize i = 0; i < len; i++)
    {
      guchar c = text[i];

      if (c < 0x80)
        g_string_append_c (out, c);
      else if (c < 0xa0)
        g_string_append_unichar (out, windows_1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }

  return out;
}

static inline guint8 *
put_unichar (guint8   *out,
             gunichar  c)
{
  return out + g_unichar_to_utf8 (c, (char *) out);
}

static guint8 *
put_utf16_unit (NbCsvReader *self,
                guint8      *out,
                gunichar     unit)
{
  if (self->high_surrogate != 0)
    {
      gunichar high = self->high_surrogate;

      self->high_surrogate = 0;
      if (unit >= 0xdc00 && unit <= 0xdfff)
        return put_unichar (out, 0x10000 + ((high - 0xd800) << 10) + (unit - 0xdc00));
      out = put_unichar (out, 0xfffd);
    }

  if (unit >= 0xd800 && unit <= 0xdbff)
    self->high_surrogate = unit;
  else if (unit >= 0xdc00 && unit <= 0xdfff)
    out = put_unichar (out, 0xfffd);
  else if (unit != 0)  /* a NUL is dropped, as in UTF-8 */
    out = put_unichar (out, unit);

  return out;
}

/* Appends @data, UTF-16, to the buffer as UTF-8; a unit or surrogate pair
 * cut by the end of @data is completed by the next call. */
static void
decode_utf16 (NbCsvReader  *self,
              const guint8 *data,
              gsize         len)
{
  gboolean le = self->encoding == ENCODING_UTF16LE;
  gsize old_len = self->buffer->len;
  guint8 *out;

  /* At most 3 bytes of UTF-8 for each 2 bytes, and a U+FFFD before. */
  g_byte_array_set_size (self->buffer, old_len + len * 2 + 8);
  out = self->buffer->data + old_len;

  if (self->has_odd_byte && len > 0)
    {
      guint8 first = self->odd_byte;

      self->has_odd_byte = FALSE;
      out = put_utf16_unit (self, out, le ? (first | data[0] << 8) : (first << 8 | data[0]));
      data++;
      len--;
    }

  for (; len >= 2; data += 2, len -= 2)
    out = put_utf16_unit (self, out, le ? (data[0] | data[1] << 8) : (data[0] << 8 | data[1]));

  if (len == 1)
    {
      self->odd_byte = data[0];
      self->has_odd_byte = TRUE;
    }

  g_byte_array_set_size (self->buffer, out - self->buffer->data);
}

static void
decode_utf16_end (NbCsvReader *self)
{
  guint8 tail[8];
  guint8 *out = tail;

  if (self->high_surrogate != 0)
    {
      self->high_surrogate = 0;
      out = put_unichar (out, 0xfffd);
    }
  if (self->has_odd_byte)
    {
      self->has_odd_byte = FALSE;
      out = put_unichar (out, 0xfffd);
    }
  g_byte_array_append (self->buffer, tail, out - tail);
}

/* Reads the next bytes into the buffer, after those parsed; sets eof at
 * the end of the stream. */
static gboolean
fill_buffer (NbCsvReader   *self,
             GCancellable  *cancellable,
             GError       **error)
{
  gssize n;

  g_assert (self->pos == self->buffer->len);
  g_byte_array_set_size (self->buffer, 0);
  self->pos = 0;

  if (self->encoding == ENCODING_UTF8)
    {
      g_byte_array_set_size (self->buffer, CHUNK_SIZE);
      n = g_input_stream_read (self->stream, self->buffer->data, CHUNK_SIZE, cancellable, error);
      g_byte_array_set_size (self->buffer, MAX (n, 0));
    }
  else
    {
      n = g_input_stream_read (self->stream, self->chunk, CHUNK_SIZE, cancellable, error);
      if (n > 0)
        decode_utf16 (self, self->chunk, n);
    }

  if (n < 0)
    return FALSE;

  self->bytes_read += n;
  if (n == 0)
    {
      self->eof = TRUE;
      if (self->encoding != ENCODING_UTF8)
        decode_utf16_end (self);
    }

  return TRUE;
}

/* UTF-16 without a byte-order mark: most of the first units are ASCII, with
 * a NUL byte each (Outlook's exports). */
static Encoding
detect_utf16 (const guint8 *data,
              gsize         len)
{
  gsize n_pairs = MIN (len, 512) / 2;
  gsize n_le = 0, n_be = 0;

  if (n_pairs < 2)
    return ENCODING_UTF8;

  for (gsize i = 0; i < n_pairs; i++)
    {
      guint8 a = data[2 * i], b = data[2 * i + 1];

      if (a != 0 && b == 0)
        n_le++;
      else if (a == 0 && b != 0)
        n_be++;
    }

  if (n_le * 4 >= n_pairs * 3)
    return ENCODING_UTF16LE;
  if (n_be * 4 >= n_pairs * 3)
    return ENCODING_UTF16BE;
  return ENCODING_UTF8;
}

/* The separator that most often appears outside quotes on one of the first
 * lines; ',' before ';' before TAB when as many. */
static char
detect_separator (const guint8 *data,
                  gsize         len)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0, };
  guint best[G_N_ELEMENTS (candidates)] = { 0, };
  gboolean in_quotes = FALSE;
  gboolean field_start = TRUE;
  guint n_lines = 0;
  char separator = ',';
  guint max = 0;

  len = MIN (len, PEEK_BYTES);

  for (gsize i = 0; i < len && n_lines < PEEK_LINES; i++)
    {
      guint8 c = data[i];

      if (in_quotes)
        {
          if (c == '"')
            {
              if (i + 1 < len && data[i + 1] == '"')
                i++;
              else
                in_quotes = FALSE;
            }
          continue;
        }

      switch (c)
        {
        case '"':
          if (field_start)
            in_quotes = TRUE;
          field_start = FALSE;
          break;

        case ',':
          counts[0]++;
          field_start = TRUE;
          break;

        case ';':
          counts[1]++;
          field_start = TRUE;
          break;

        case '\t':
          counts[2]++;
          field_start = TRUE;
          break;

        case '\r':
        case '\n':
          /* The LF of a CR LF ends no other line. */
          if (!(c == '\n' && i > 0 && data[i - 1] == '\r'))
            n_lines++;
          for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
            {
              best[k] = MAX (best[k], counts[k]);
              counts[k] = 0;
            }
          field_start = TRUE;
          break;

        default:
          field_start = FALSE;
          break;
        }
    }

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      best[k] = MAX (best[k], counts[k]);
      if (best[k] > max)
        {
          max = best[k];
          separator = candidates[k];
        }
    }

  return separator;
}

/* Before the first record: the encoding and the separator, from the first
 * bytes, which stay in the buffer to be parsed. */
static gboolean
start (NbCsvReader   *self,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(GByteArray) first = g_byte_array_sized_new (PEEK_BYTES);
  gsize skip = 0;

  while (first->len < PEEK_BYTES)
    {
      gsize old_len = first->len;
      gssize n;

      g_byte_array_set_size (first, PEEK_BYTES);
      n = g_input_stream_read (self->stream, first->data + old_len, PEEK_BYTES - old_len,
                               cancellable, error);
      g_byte_array_set_size (first, old_len + MAX (n, 0));
      if (n < 0)
        return FALSE;
      self->bytes_read += n;
      if (n == 0)
        {
          self->eof = TRUE;
          break;
        }
    }

  if (first->len >= 3 && first->data[0] == 0xef && first->data[1] == 0xbb && first->data[2] == 0xbf)
    skip = 3;
  else if (first->len >= 2 && first->data[0] == 0xff && first->data[1] == 0xfe)
    {
      self->encoding = ENCODING_UTF16LE;
      skip = 2;
    }
  else if (first->len >= 2 && first->data[0] == 0xfe && first->data[1] == 0xff)
    {
      self->encoding = ENCODING_UTF16BE;
      skip = 2;
    }
  else
    self->encoding = detect_utf16 (first->data, first->len);

  g_byte_array_set_size (self->buffer, 0);
  self->pos = 0;
  if (self->encoding == ENCODING_UTF8)
    g_byte_array_append (self->buffer, first->data + skip, first->len - skip);
  else
    {
      self->chunk = g_malloc (CHUNK_SIZE);
      decode_utf16 (self, first->data + skip, first->len - skip);
      if (self->eof)
        decode_utf16_end (self);
    }

  if (self->separator == 0)
    self->separator = detect_separator (self->buffer->data, self->buffer->len);

  /* What ends a run of bytes that are simply part of a field. */
  for (guint c = 0; c < 256; c++)
    {
      self->special_unquoted[c] = c == (guchar) self->separator || c == '\r' || c == '\n' || c == '\0';
      self->special_quoted[c] = c == '"' || c == '\r' || c == '\n' || c == '\0';
    }

  self->started = TRUE;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Records                                                                 */

static void
add_problem (NbCsvReader *self,
             guint        line,
             const char  *message)
{
  /* A file of a million broken rows must not make a million messages. */
  if (self->problems->len >= NB_CSV_MAX_PROBLEMS)
    {
      self->n_unlisted++;
      return;
    }

  /* Translators: %s is a file's name, %u a line in it, then what is wrong
   * there. */
  g_ptr_array_add (self->problems, g_strdup_printf (_("%s, line %u: %s"), self->name, line, message));
}

static void
clear_record (NbCsvReader *self)
{
  /* Memory a huge record took goes back. */
  if (self->record->allocated_len > 1024 * 1024)
    {
      g_string_free (self->record, TRUE);
      self->record = g_string_new (NULL);
    }
  else
    g_string_truncate (self->record, 0);

  g_array_set_size (self->offsets, 0);
  self->field_start = 0;
  self->state = STATE_FIELD_START;
  self->skip = SKIP_NONE;
}

/* The record is read on to its end, but not kept. */
static void
start_skip (NbCsvReader *self,
            SkipReason   reason)
{
  SkipReason keep = reason;
  State state = self->state;

  clear_record (self);
  self->skip = keep;
  self->state = state;
}

/* The bytes of the fields, without the NUL after each. */
static inline gsize
record_bytes (NbCsvReader *self)
{
  return self->record->len - self->offsets->len;
}

static void
append (NbCsvReader *self,
        const char  *data,
        gsize        len)
{
  if (self->skip != SKIP_NONE)
    return;

  if (self->record->len - self->field_start + len > NB_CSV_MAX_FIELD_BYTES)
    start_skip (self, SKIP_FIELD_TOO_LONG);
  else if (record_bytes (self) + len > NB_CSV_MAX_RECORD_BYTES)
    start_skip (self, SKIP_RECORD_TOO_LARGE);
  else
    g_string_append_len (self->record, data, len);
}

static void
end_field (NbCsvReader *self)
{
  const char *field;
  gsize len;
  guint start = self->field_start;

  self->state = STATE_FIELD_START;
  if (self->skip != SKIP_NONE)
    return;

  if (self->offsets->len >= NB_CSV_MAX_FIELDS)
    {
      start_skip (self, SKIP_TOO_MANY_FIELDS);
      return;
    }

  field = self->record->str + start;
  len = self->record->len - start;
  if (!g_utf8_validate_len (field, len, NULL))
    {
      g_autoptr(GString) text = from_windows_1252 (field, len);

      self->windows_1252 = TRUE;
      if (text->len > NB_CSV_MAX_FIELD_BYTES)
        {
          start_skip (self, SKIP_FIELD_TOO_LONG);
          return;
        }
      if (record_bytes (self) - len + text->len > NB_CSV_MAX_RECORD_BYTES)
        {
          start_skip (self, SKIP_RECORD_TOO_LARGE);
          return;
        }
      g_string_truncate (self->record, start);
      g_string_append_len (self->record, text->str, text->len);
    }

  g_array_append_val (self->offsets, start);
  g_string_append_c (self->record, '\0');
  self->field_start = self->record->len;
}

/* A line end: in a quoted field, a "\n" of it; elsewhere the end of the
 * record (TRUE), unless the line is empty. */
static gboolean
line_end (NbCsvReader *self)
{
  self->line_no++;
  self->line_dirty = FALSE;

  if (self->state == STATE_QUOTED)
    {
      append (self, "\n", 1);
      return FALSE;
    }

  if (self->state == STATE_FIELD_START && self->offsets->len == 0 && self->skip == SKIP_NONE)
    {
      /* An empty line. */
      self->record_line = self->line_no + 1;
      return FALSE;
    }

  end_field (self);
  return TRUE;
}

/* Parses the buffer on to the end of a record (TRUE) or of the buffer. */
static gboolean
parse (NbCsvReader *self)
{
  const guint8 *data = self->buffer->data;
  const guint8 *end = data + self->buffer->len;
  const guint8 *p = data + self->pos;
  const guint8 *q;
  char separator = self->separator;
  gboolean record_ended = FALSE;

  while (p < end && !record_ended)
    {
      guint8 c = *p;

      if (G_UNLIKELY (self->crs != 0))
        {
          if (c == '\n')
            {
              /* The end of a CR LF or CR CR LF. */
              self->crs = 0;
              p++;
              continue;
            }
          if (c == '\r')
            {
              p++;
              if (self->crs == 1)
                self->crs = 2;
              else
                /* Of CR CR CR, the second is a line end of its own: the
                 * third may be of a CR CR LF with it. */
                record_ended = line_end (self);
              continue;
            }
          if (self->crs == 2)
            {
              /* CR CR: two line ends. */
              self->crs = 0;
              record_ended = line_end (self);
              if (record_ended)
                break;
            }
          self->crs = 0;
        }

      if (c == '\r')
        {
          p++;
          self->crs = 1;
          record_ended = line_end (self);
          continue;
        }
      if (c == '\n')
        {
          p++;
          record_ended = line_end (self);
          continue;
        }
      if (c == '\0')
        {
          p++;
          continue;
        }

      self->line_dirty = TRUE;

      switch (self->state)
        {
        case STATE_FIELD_START:
          if (c == '"')
            {
              self->state = STATE_QUOTED;
              p++;
            }
          else if (c == (guchar) separator)
            {
              end_field (self);
              p++;
            }
          else
            self->state = STATE_UNQUOTED;
          break;

        case STATE_UNQUOTED:
          if (c == (guchar) separator)
            {
              end_field (self);
              p++;
              break;
            }
          for (q = p + 1; q < end && !self->special_unquoted[*q]; q++)
            ;
          append (self, (const char *) p, q - p);
          p = q;
          break;

        case STATE_QUOTED:
          if (c == '"')
            {
              self->state = STATE_QUOTE_IN_QUOTED;
              p++;
              break;
            }
          for (q = p + 1; q < end && !self->special_quoted[*q]; q++)
            ;
          append (self, (const char *) p, q - p);
          p = q;
          break;

        case STATE_QUOTE_IN_QUOTED:
          if (c == '"')
            {
              append (self, "\"", 1);
              self->state = STATE_QUOTED;
              p++;
            }
          else if (c == (guchar) separator)
            {
              end_field (self);
              p++;
            }
          else
            /* "ab"cd: the rest is read as if unquoted. */
            self->state = STATE_UNQUOTED;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  self->pos = p - data;
  return record_ended;
}

/* The record read as a strv, or NULL when it was skipped. */
static GStrv
finish_record (NbCsvReader *self)
{
  guint line = self->record_line;
  GStrv fields;

  self->record_line = self->line_no + 1;

  if (self->skip != SKIP_NONE)
    {
      g_autofree char *message = NULL;

      switch (self->skip)
        {
        case SKIP_FIELD_TOO_LONG:
          message = g_strdup_printf (_("a field is longer than %u MiB; the row was skipped"),
                                     NB_CSV_MAX_FIELD_BYTES / (1024 * 1024));
          break;

        case SKIP_TOO_MANY_FIELDS:
          message = g_strdup_printf (_("the row has more than %u fields; it was skipped"),
                                     NB_CSV_MAX_FIELDS);
          break;

        case SKIP_RECORD_TOO_LARGE:
          message = g_strdup_printf (_("the row is larger than %u MiB; it was skipped"),
                                     NB_CSV_MAX_RECORD_BYTES / (1024 * 1024));
          break;

        case SKIP_NONE:
        default:
          g_assert_not_reached ();
        }

      add_problem (self, line, message);
      self->n_skipped++;
      clear_record (self);
      return NULL;
    }

  fields = g_new (char *, self->offsets->len + 1);
  for (guint i = 0; i < self->offsets->len; i++)
    fields[i] = g_strdup (self->record->str + g_array_index (self->offsets, guint, i));
  fields[self->offsets->len] = NULL;

  clear_record (self);
  self->n_records++;
  self->line = line;

  return fields;
}

/* At the end of the stream: the last record, if any. */
static GStrv
finish_stream (NbCsvReader *self)
{
  for (;;)
    {
      if (self->crs == 2)
        {
          /* A CR CR at the very end. */
          self->crs = 0;
          if (line_end (self))
            return finish_record (self);
          continue;
        }
      self->crs = 0;

      if (self->state == STATE_QUOTED)
        {
          guint n_lines = self->line_no + (self->line_dirty ? 1 : 0) - self->record_line + 1;
          g_autofree char *message =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "a quoted field is never closed; the rest of the file (%u line) was not read",
                                          "a quoted field is never closed; the rest of the file (%u lines) was not read",
                                          n_lines),
                             n_lines);

          add_problem (self, self->record_line, message);
          self->n_skipped++;
          clear_record (self);
          self->done = TRUE;
          return NULL;
        }

      self->done = TRUE;
      if (self->state == STATE_FIELD_START && self->offsets->len == 0 && self->skip == SKIP_NONE)
        return NULL;

      end_field (self);
      return finish_record (self);
    }
}

/* Once, at the end: how many problems were not listed. */
static void
list_unlisted (NbCsvReader *self)
{
  if (self->n_unlisted == 0)
    return;

  /* Translators: %s is a file's name. */
  g_ptr_array_add (self->problems,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%s: %u more problem is not listed",
                                                 "%s: %u more problems are not listed",
                                                 self->n_unlisted),
                                    self->name, self->n_unlisted));
  self->n_unlisted = 0;
}

/**
 * nb_csv_reader_next:
 * @self: a reader
 * @cancellable: (nullable): a cancellable
 * @error: return location for a read error
 *
 * Reads on to the next record that can be read. Records that cannot be
 * read are skipped and listed in nb_csv_reader_get_problems(); empty lines
 * are skipped silently.
 *
 * Returns: (transfer full) (nullable): the record's fields, as UTF-8, or
 *   %NULL at the end of the stream or on a read error or cancel (then
 *   @error is set)
 */
GStrv
nb_csv_reader_next (NbCsvReader   *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_return_val_if_fail (NB_IS_CSV_READER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->done)
    {
      list_unlisted (self);
      return NULL;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (!self->started && !start (self, cancellable, error))
    return NULL;

  for (;;)
    {
      GStrv fields;

      if (parse (self))
        {
          fields = finish_record (self);
          if (fields != NULL)
            return fields;
          continue;
        }

      if (self->eof)
        {
          fields = finish_stream (self);
          if (fields != NULL)
            return fields;

          if (self->done)
            {
              list_unlisted (self);
              return NULL;
            }
          continue;
        }

      if (!fill_buffer (self, cancellable, error))
        return NULL;
    }
}

/**
 * nb_csv_reader_get_line:
 * @self: a reader
 *
 * Returns: the line (from 1) the record last returned began on
 */
guint
nb_csv_reader_get_line (NbCsvReader *self)
{
  g_return_val_if_fail (NB_IS_CSV_READER (self), 0);

  return self->line;
}

guint
nb_csv_reader_get_n_records (NbCsvReader *self)
{
  g_return_val_if_fail (NB_IS_CSV_READER (self), 0);

  return self->n_records;
}

guint
nb_csv_reader_get_n_skipped (NbCsvReader *self)
{
  g_return_val_if_fail (NB_IS_CSV_READER (self), 0);

  return self->n_skipped;
}

/**
 * nb_csv_reader_get_bytes_read:
 * @self: a reader
 *
 * Returns: the bytes read from the stream so far (before any conversion),
 *   for progress
 */
guint64
nb_csv_reader_get_bytes_read (NbCsvReader *self)
{
  g_return_val_if_fail (NB_IS_CSV_READER (self), 0);

  return self->bytes_read;
}

/**
 * nb_csv_reader_get_separator:
 * @self: a reader
 *
 * Returns: the separator set, or found by the first nb_csv_reader_next()
 *   (0 before it if none was set)
 */
char
nb_csv_reader_get_separator (NbCsvReader *self)
{
  g_return_val_if_fail (NB_IS_CSV_READER (self), 0);

  return self->separator;
}

/**
 * nb_csv_reader_get_encoding:
 * @self: a reader
 *
 * Returns: "UTF-16LE" or "UTF-16BE" when the stream is, "WINDOWS-1252"
 *   when a field so far was read so, else "UTF-8"
 */
const char *
nb_csv_reader_get_encoding (NbCsvReader *self)
{
  g_return_val_if_fail (NB_IS_CSV_READER (self), NULL);

  switch (self->encoding)
    {
    case ENCODING_UTF16LE:
      return "UTF-16LE";
    case ENCODING_UTF16BE:
      return "UTF-16BE";
    case ENCODING_UTF8:
    default:
      return self->windows_1252 ? "WINDOWS-1252" : "UTF-8";
    }
}

/**
 * nb_csv_reader_get_problems:
 * @self: a reader
 *
 * Returns: (transfer none) (element-type utf8): a message for each record
 *   skipped, naming the file and the line
 */
GPtrArray *
nb_csv_reader_get_problems (NbCsvReader *self)
{
  g_return_val_if_fail (NB_IS_CSV_READER (self), NULL);

  return self->problems;
}
