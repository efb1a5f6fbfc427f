/* test-csv.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-csv-reader.h"

/* The CSV reader on bytes written here, in the style of each exporter:
 * every record as "LINE:field|field|…" (a newline in a field as "\n", a
 * '|' as "\|"), one a line. */

static void
append_record (GString *out,
               guint    line,
               GStrv    fields)
{
  g_string_append_printf (out, "%u:", line);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, '|');
      g_assert_true (g_utf8_validate (fields[i], -1, NULL));
      for (const char *p = fields[i]; *p; p++)
        {
          if (*p == '\n')
            g_string_append (out, "\\n");
          else if (*p == '\r')
            g_string_append (out, "\\r");
          else if (*p == '|')
            g_string_append (out, "\\|");
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '\n');
}

static NbCsvReader *
reader_for (const char *data,
            gssize      len,
            const char *name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len < 0 ? strlen (data) : (gsize) len);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  return nb_csv_reader_new (stream, name);
}

/* All the records of @reader. */
static char *
read_records (NbCsvReader *reader)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GStrv fields;
  guint n = 0;

  while ((fields = nb_csv_reader_next (reader, NULL, &error)) != NULL)
    {
      append_record (out, nb_csv_reader_get_line (reader), fields);
      g_strfreev (fields);
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (nb_csv_reader_get_n_records (reader), ==, n);

  /* The end stays the end. */
  g_assert_null (nb_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);

  return g_strdup (out->str);
}

static char *
read_csv (const char  *data,
          gssize       len,
          char         separator,
          NbCsvReader **reader_out)
{
  g_autoptr(NbCsvReader) reader = reader_for (data, len, "test.csv");
  char *records;

  if (separator != 0)
    nb_csv_reader_set_separator (reader, separator);
  records = read_records (reader);
  if (reader_out != NULL)
    *reader_out = g_steal_pointer (&reader);

  return records;
}

static void
assert_no_problems (NbCsvReader *reader)
{
  GPtrArray *problems = nb_csv_reader_get_problems (reader);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (nb_csv_reader_get_n_skipped (reader), ==, 0);
}

static void
test_rfc4180 (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *data =
    "Name,Phone,Note\r\n"
    "Ada,123,plain\r\n"
    "\"Lovelace, Ada\",\"+44 20\",\"said \"\"hello\"\"\"\r\n"
    "\"Two\r\nlines\",\"and\nLF\",\"\"\r\n"
    ",,\r\n"
    "last,row,without newline";

  records = read_csv (data, -1, 0, &reader);
  g_assert_cmpstr (records, ==,
                   "1:Name|Phone|Note\n"
                   "2:Ada|123|plain\n"
                   "3:Lovelace, Ada|+44 20|said \"hello\"\n"
                   "4:Two\\nlines|and\\nLF|\n"
                   "7:||\n"
                   "8:last|row|without newline\n");
  g_assert_cmpint (nb_csv_reader_get_separator (reader), ==, ',');
  g_assert_cmpstr (nb_csv_reader_get_encoding (reader), ==, "UTF-8");
  g_assert_cmpuint (nb_csv_reader_get_n_records (reader), ==, 6);
  g_assert_cmpuint (nb_csv_reader_get_bytes_read (reader), ==, strlen (data));
  assert_no_problems (reader);
}

static void
test_line_ends (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  /* LF, CR LF, lone CR, CR CR LF; and each inside quotes. */
  const char *data =
    "a,b\n"
    "c,d\r\n"
    "e,f\r"
    "g,h\r\r\n"
    "\"1\n2\",\"3\r\n4\",\"5\r6\",\"7\r\r\n8\"\n"
    "i,j\r";

  records = read_csv (data, -1, 0, &reader);
  g_assert_cmpstr (records, ==,
                   "1:a|b\n"
                   "2:c|d\n"
                   "3:e|f\n"
                   "4:g|h\n"
                   "5:1\\n2|3\\n4|5\\n6|7\\n8\n"
                   "10:i|j\n");
  assert_no_problems (reader);
}

static void
test_empty_lines (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *data =
    "\n"
    "\r\n"
    "a,b\n"
    "\n"
    "\r\r\n"
    "\r"
    "c\n"
    "\"\"\n"
    " \n"
    "\n";

  records = read_csv (data, -1, 0, &reader);
  /* A line of "" or of a space is a field, written. */
  g_assert_cmpstr (records, ==,
                   "3:a|b\n"
                   "7:c\n"
                   "8:\n"
                   "9: \n");
  assert_no_problems (reader);
}

static void
test_quotes_lenient (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *data =
    "5'11\",ab\"cd,\"ab\"cd,\"x\"\"\"y\n"
    " \"spaced\",\"\",\"a\"\"\"\n";

  records = read_csv (data, -1, 0, &reader);
  g_assert_cmpstr (records, ==,
                   "1:5'11\"|ab\"cd|abcd|x\"y\n"
                   "2: \"spaced\"||a\"\n");
  assert_no_problems (reader);
}

static void
test_linkedin (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *data =
    "Notes:\r\n"
    "\"When exporting your connection data, you may notice that some of the email addresses are "
    "missing; you will only see those of connections who allowed it, see\r\n"
    "https://www.linkedin.com/psettings/privacy/email, or here: https://example.com/help?a=1,2\"\r\n"
    "\r\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,\"Analytical Engines, Ltd\",Mathematician,05 Mar 2021\r\n"
    "Grace,Hopper,https://www.linkedin.com/in/grace-hopper,grace@example.com,US Navy,Rear Admiral,12 Dec 2019\r\n";

  records = read_csv (data, -1, 0, &reader);
  g_assert_cmpint (nb_csv_reader_get_separator (reader), ==, ',');
  g_assert_cmpstr (records, ==,
                   "1:Notes:\n"
                   "2:When exporting your connection data, you may notice that some of the email addresses are "
                   "missing; you will only see those of connections who allowed it, see\\n"
                   "https://www.linkedin.com/psettings/privacy/email, or here: https://example.com/help?a=1,2\n"
                   "5:First Name|Last Name|URL|Email Address|Company|Position|Connected On\n"
                   "6:Ada|Lovelace|https://www.linkedin.com/in/ada-lovelace||Analytical Engines, Ltd|Mathematician|05 Mar 2021\n"
                   "7:Grace|Hopper|https://www.linkedin.com/in/grace-hopper|grace@example.com|US Navy|Rear Admiral|12 Dec 2019\n");
  assert_no_problems (reader);
}

static void
test_google (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  /* Google Contacts: several values of a kind in one field, " ::: "
   * between them; a note over two lines. */
  const char *data =
    "Name,Given Name,Family Name,Notes,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value\r\n"
    "Ada Lovelace,Ada,Lovelace,\"Met at the \"\"Engine\"\" talk\nLondon\",* Home ::: Work,ada@example.org ::: ada@work.example,Mobile,+44 20 7946 0000\r\n"
    "Zoë Ødegaard,Zoë,Ødegaard,,,,,\r\n";

  records = read_csv (data, -1, 0, &reader);
  g_assert_cmpint (nb_csv_reader_get_separator (reader), ==, ',');
  g_assert_cmpstr (records, ==,
                   "1:Name|Given Name|Family Name|Notes|E-mail 1 - Type|E-mail 1 - Value|Phone 1 - Type|Phone 1 - Value\n"
                   "2:Ada Lovelace|Ada|Lovelace|Met at the \"Engine\" talk\\nLondon|* Home ::: Work|ada@example.org ::: ada@work.example|Mobile|+44 20 7946 0000\n"
                   "4:Zoë Ødegaard|Zoë|Ødegaard|||||\n");
  g_assert_cmpstr (nb_csv_reader_get_encoding (reader), ==, "UTF-8");
  assert_no_problems (reader);
}

static void
test_outlook_windows_1252 (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *data =
    "Vorname;Nachname;Firma;E-Mail-Adresse;Notizen\r\n"
    "J\xfcrgen;M\xfcller;Stra\xdf" "enbau GmbH;jm@example.de;\"Preis: 5 \x80; \x84Gut\x93, a\x81" "b\"\r\n"
    "Anna;Schmidt;;anna@example.de;\r\n";

  records = read_csv (data, -1, 0, &reader);
  g_assert_cmpint (nb_csv_reader_get_separator (reader), ==, ';');
  g_assert_cmpstr (records, ==,
                   "1:Vorname|Nachname|Firma|E-Mail-Adresse|Notizen\n"
                   "2:Jürgen|Müller|Straßenbau GmbH|jm@example.de|Preis: 5 €; „Gut“, a\xef\xbf\xbd" "b\n"
                   "3:Anna|Schmidt||anna@example.de|\n");
  g_assert_cmpstr (nb_csv_reader_get_encoding (reader), ==, "WINDOWS-1252");
  assert_no_problems (reader);
}

static void
test_mixed_encodings (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  /* One field of Windows-1252 among UTF-8 ones: only it is converted. */
  const char *data =
    "name,city\n"
    "Zoë,Köln\n"
    "Ren\xe9,Z\xc3\xbcrich\n";

  records = read_csv (data, -1, 0, &reader);
  g_assert_cmpstr (records, ==,
                   "1:name|city\n"
                   "2:Zoë|Köln\n"
                   "3:René|Zürich\n");
  g_assert_cmpstr (nb_csv_reader_get_encoding (reader), ==, "WINDOWS-1252");
  assert_no_problems (reader);
}

static const char *utf16_text =
  "Vorname;Nachname;E-Mail\r\n"
  "Jürgen;Müller;jm@example.de\r\n"
  "\"Zoë\r\nund 𝄞\";Łukasz;\r\n";

static const char *utf16_expected =
  "1:Vorname|Nachname|E-Mail\n"
  "2:Jürgen|Müller|jm@example.de\n"
  "3:Zoë\\nund 𝄞|Łukasz|\n";

static void
check_utf16 (const char *charset,
             const char *bom,
             gsize       bom_len,
             const char *encoding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *converted = NULL;
  g_autofree char *records = NULL;
  g_autoptr(GString) data = g_string_new_len (bom, bom_len);
  gsize len = 0;

  converted = g_convert (utf16_text, -1, charset, "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  g_string_append_len (data, converted, len);

  records = read_csv (data->str, data->len, 0, &reader);
  g_assert_cmpstr (records, ==, utf16_expected);
  g_assert_cmpint (nb_csv_reader_get_separator (reader), ==, ';');
  g_assert_cmpstr (nb_csv_reader_get_encoding (reader), ==, encoding);
  g_assert_cmpuint (nb_csv_reader_get_bytes_read (reader), ==, data->len);
  assert_no_problems (reader);
}

static void
test_utf16 (void)
{
  check_utf16 ("UTF-16LE", "\xff\xfe", 2, "UTF-16LE");
  check_utf16 ("UTF-16BE", "\xfe\xff", 2, "UTF-16BE");
  /* Outlook's: without a byte-order mark. */
  check_utf16 ("UTF-16LE", "", 0, "UTF-16LE");
  check_utf16 ("UTF-16BE", "", 0, "UTF-16BE");
}

/* A stream that gives one byte at a time: every state of the reader is
 * cut by the end of a read. */
typedef struct
{
  GInputStream  parent_instance;
  GBytes       *bytes;
  gsize         pos;
  gboolean      fail; /* at the end, an error instead */
} TestStream;

typedef GInputStreamClass TestStreamClass;

static GType test_stream_get_type (void);
G_DEFINE_TYPE (TestStream, test_stream, G_TYPE_INPUT_STREAM)

static gssize
test_stream_read (GInputStream  *stream,
                  void          *buffer,
                  gsize          count,
                  GCancellable  *cancellable,
                  GError       **error)
{
  TestStream *self = (TestStream *) stream;
  gsize len;
  const guint8 *data = g_bytes_get_data (self->bytes, &len);

  if (self->pos >= len && self->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED, "The disk went away");
      return -1;
    }
  if (self->pos >= len || count == 0)
    return 0;

  ((guint8 *) buffer)[0] = data[self->pos++];
  return 1;
}

static void
test_stream_finalize (GObject *object)
{
  g_bytes_unref (((TestStream *) object)->bytes);
  G_OBJECT_CLASS (test_stream_parent_class)->finalize (object);
}

static void
test_stream_class_init (TestStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_stream_finalize;
  klass->read_fn = test_stream_read;
}

static void
test_stream_init (TestStream *self)
{
}

static GInputStream *
test_stream_new (const char *data,
                 gsize       len,
                 gboolean    fail)
{
  TestStream *self = g_object_new (test_stream_get_type (), NULL);

  self->bytes = g_bytes_new (data, len);
  self->fail = fail;
  return G_INPUT_STREAM (self);
}

/* The records of @data read a byte at a time, after a first line of 70000
 * bytes, which the reader reads at once to find the separator: so the rest
 * comes in reads of one byte. */
static char *
read_slowly (const char *data,
             gsize       len,
             const char *charset,
             char        separator)
{
  g_autoptr(GString) bytes = g_string_new (NULL);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  g_autofree char *first = NULL;
  GPtrArray *problems;

  for (guint i = 0; i < 70000; i++)
    g_string_append_c (bytes, 'p');
  first = g_strdup_printf ("1:%s|q\n", bytes->str);
  g_string_append_printf (bytes, "%cq\n", separator);
  g_string_append_len (bytes, data, len);

  if (charset != NULL)
    {
      g_autoptr(GError) error = NULL;
      gsize converted_len = 0;
      g_autofree char *converted = g_convert (bytes->str, bytes->len, charset, "UTF-8",
                                              NULL, &converted_len, &error);

      g_assert_no_error (error);
      g_string_truncate (bytes, 0);
      g_string_append_len (bytes, converted, converted_len);
    }

  stream = test_stream_new (bytes->str, bytes->len, FALSE);
  reader = nb_csv_reader_new (stream, "slow.csv");
  nb_csv_reader_set_separator (reader, separator);
  records = read_records (reader);
  problems = nb_csv_reader_get_problems (reader);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (nb_csv_reader_get_bytes_read (reader), ==, bytes->len);
  g_assert_true (g_str_has_prefix (records, first));

  return g_strdup (records + strlen (first));
}

static void
test_byte_by_byte (void)
{
  const char *data =
    "a,\"b\r\r\nc\"\"\",d\r\r\n"
    "\r"
    "e,f\r\r"
    "Ren\xe9,\"x\"y\r";
  g_autofree char *records = read_slowly (data, strlen (data), NULL, ',');
  g_autofree char *records16 = read_slowly (utf16_text, strlen (utf16_text), "UTF-16LE", ';');

  g_assert_cmpstr (records, ==,
                   "2:a|b\\nc\"|d\n"
                   "5:e|f\n"
                   "7:René|xy\n");
  g_assert_cmpstr (records16, ==,
                   "2:Vorname|Nachname|E-Mail\n"
                   "3:Jürgen|Müller|jm@example.de\n"
                   "4:Zoë\\nund 𝄞|Łukasz|\n");
}

static void
test_utf8_bom (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *data = "\xef\xbb\xbf" "First Name,Last Name\nZoë,Ødegaard\n";

  records = read_csv (data, -1, 0, &reader);
  g_assert_cmpstr (records, ==, "1:First Name|Last Name\n2:Zoë|Ødegaard\n");
  g_assert_cmpstr (nb_csv_reader_get_encoding (reader), ==, "UTF-8");
  assert_no_problems (reader);
}

static void
test_tabs (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *data =
    "Name\tNote\tPhone\n"
    "Ada\tone, two; three\t+44\n";

  records = read_csv (data, -1, 0, &reader);
  g_assert_cmpint (nb_csv_reader_get_separator (reader), ==, '\t');
  g_assert_cmpstr (records, ==,
                   "1:Name|Note|Phone\n"
                   "2:Ada|one, two; three|+44\n");
  assert_no_problems (reader);
}

static void
test_separator_detection_ties (void)
{
  g_autoptr(NbCsvReader) a = NULL;
  g_autoptr(NbCsvReader) b = NULL;
  g_autoptr(NbCsvReader) c = NULL;
  g_autofree char *ra = NULL;
  g_autofree char *rb = NULL;
  g_autofree char *rc = NULL;

  /* As many of each on a line: ',' then ';'. */
  ra = read_csv ("a,b;c\td\n", -1, 0, &a);
  g_assert_cmpint (nb_csv_reader_get_separator (a), ==, ',');
  rb = read_csv ("a;b\tc\n\"x,y,z\"\n", -1, 0, &b);
  g_assert_cmpint (nb_csv_reader_get_separator (b), ==, ';');
  /* None: ','. */
  rc = read_csv ("just one column\n", -1, 0, &c);
  g_assert_cmpint (nb_csv_reader_get_separator (c), ==, ',');
  g_assert_cmpstr (rc, ==, "1:just one column\n");
}

static void
test_separator_override (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *data =
    "name;note\n"
    "Ada;\"a, b, c, d\",e,f\n";

  records = read_csv (data, -1, ';', &reader);
  g_assert_cmpint (nb_csv_reader_get_separator (reader), ==, ';');
  g_assert_cmpstr (records, ==,
                   "1:name|note\n"
                   "2:Ada|a, b, c, d,e,f\n");

  {
    g_autoptr(NbCsvReader) commas = NULL;
    g_autofree char *as_commas = read_csv (data, -1, ',', &commas);

    g_assert_cmpint (nb_csv_reader_get_separator (commas), ==, ',');
    g_assert_cmpstr (as_commas, ==,
                     "1:name;note\n"
                     "2:Ada;\"a| b| c| d\"|e|f\n");
  }
}

static void
test_nul_bytes (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char data[] = "name,note\na\0b,\"c\0\"\"d\"\n\0\nlast,\0\n";

  records = read_csv (data, sizeof data - 1, 0, &reader);
  g_assert_cmpstr (records, ==,
                   "1:name|note\n"
                   "2:ab|c\"d\n"
                   "4:last|\n");
  assert_no_problems (reader);
}

static void
assert_problems (NbCsvReader  *reader,
                 const char  **expected)
{
  GPtrArray *problems = nb_csv_reader_get_problems (reader);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", (char *) g_ptr_array_index (problems, i));
  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_assert_cmpuint (i, <, problems->len);
      g_assert_cmpstr (g_ptr_array_index (problems, i), ==, expected[i]);
    }
  g_assert_cmpuint (problems->len, ==, g_strv_length ((GStrv) expected));
}

static void
test_unclosed_quote (void)
{
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *data =
    "a,b\n"
    "c,d\n"
    "e,\"f\n"
    "g,h\n"
    "i,j\n";
  const char *expected[] = {
    "broken.csv, line 3: a quoted field is never closed; the rest of the file (3 lines) was not read",
    NULL
  };

  reader = reader_for (data, -1, "broken.csv");
  records = read_records (reader);
  g_assert_cmpstr (records, ==, "1:a|b\n2:c|d\n");
  g_assert_cmpuint (nb_csv_reader_get_n_skipped (reader), ==, 1);
  assert_problems (reader, expected);
}

static void
test_long_field (void)
{
  gsize big = 10 * 1024 * 1024;
  g_autoptr(GString) data = g_string_new ("name,note\nAda,short\n");
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *expected[] = {
    "big.csv, line 3: a field is longer than 1 MiB; the row was skipped",
    "big.csv, line 5: a field is longer than 1 MiB; the row was skipped",
    "big.csv, line 8: the row is larger than 4 MiB; it was skipped",
    NULL
  };

  /* Unquoted, then quoted with a line end in it. */
  g_string_append (data, "Bob,");
  for (gsize i = 0; i < big; i++)
    g_string_append_c (data, 'x');
  g_string_append (data, "\nCarol,after\n\"");
  for (gsize i = 0; i < big / 2; i++)
    g_string_append_c (data, i == 1000 ? '\n' : 'y');
  g_string_append (data, "\",z\nDan,again\n");
  /* Five fields of 1 MiB: each within its limit, the record is not. */
  for (guint f = 0; f < 5; f++)
    {
      for (gsize i = 0; i < NB_CSV_MAX_FIELD_BYTES; i++)
        g_string_append_c (data, 'w');
      g_string_append_c (data, ',');
    }
  /* The largest field that is read. */
  g_string_append (data, "\nEve,");
  for (gsize i = 0; i < NB_CSV_MAX_FIELD_BYTES; i++)
    g_string_append_c (data, 'v');
  g_string_append (data, "\n");

  reader = reader_for (data->str, data->len, "big.csv");
  records = read_records (reader);
  g_assert_true (g_str_has_prefix (records, "1:name|note\n2:Ada|short\n4:Carol|after\n7:Dan|again\n9:Eve|vvv"));
  g_assert_cmpuint (nb_csv_reader_get_n_records (reader), ==, 5);
  g_assert_cmpuint (nb_csv_reader_get_n_skipped (reader), ==, 3);
  g_assert_cmpuint (nb_csv_reader_get_bytes_read (reader), ==, data->len);
  assert_problems (reader, expected);
}

static void
test_many_fields (void)
{
  g_autoptr(GString) data = g_string_new ("a,b\n");
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *expected[] = {
    "wide.csv, line 2: the row has more than 1024 fields; it was skipped",
    NULL
  };
  guint n_fields = 0;

  for (guint i = 0; i < 2000; i++)
    g_string_append (data, i == 0 ? "f" : ",f");
  g_string_append (data, "\nc,d\n");
  /* The most that is read. */
  for (guint i = 0; i < NB_CSV_MAX_FIELDS; i++)
    g_string_append (data, i == 0 ? "g" : ",g");
  g_string_append (data, "\n");

  reader = reader_for (data->str, data->len, "wide.csv");
  records = read_records (reader);
  g_assert_true (g_str_has_prefix (records, "1:a|b\n3:c|d\n4:g|g|"));
  for (const char *p = strstr (records, "4:"); *p; p++)
    n_fields += *p == 'g';
  g_assert_cmpuint (n_fields, ==, NB_CSV_MAX_FIELDS);
  g_assert_cmpuint (nb_csv_reader_get_n_skipped (reader), ==, 1);
  assert_problems (reader, expected);
}

static void
test_many_problems (void)
{
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(NbCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  GPtrArray *problems;

  for (guint r = 0; r < NB_CSV_MAX_PROBLEMS + 5; r++)
    {
      for (guint i = 0; i <= NB_CSV_MAX_FIELDS; i++)
        g_string_append (data, i == 0 ? "f" : ",");
      g_string_append (data, "\n");
    }

  reader = reader_for (data->str, data->len, "many.csv");
  records = read_records (reader);
  g_assert_cmpstr (records, ==, "");
  g_assert_cmpuint (nb_csv_reader_get_n_skipped (reader), ==, NB_CSV_MAX_PROBLEMS + 5);
  problems = nb_csv_reader_get_problems (reader);
  g_assert_cmpuint (problems->len, ==, NB_CSV_MAX_PROBLEMS + 1);
  g_assert_cmpstr (g_ptr_array_index (problems, NB_CSV_MAX_PROBLEMS), ==,
                   "many.csv: 5 more problems are not listed");
}

static void
test_million_rows (void)
{
  guint n_rows = 1000000;
  g_autoptr(GString) data = g_string_sized_new (n_rows * 24);
  g_autoptr(NbCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GStrv fields;
  guint n = 0;
  gint64 start;
  double seconds;

  g_string_append (data, "First Name,Last Name,Email\n");
  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (data, "A%u,B,a%u@x.org\n", i, i);

  reader = reader_for (data->str, data->len, "million.csv");
  start = g_get_monotonic_time ();
  while ((fields = nb_csv_reader_next (reader, NULL, &error)) != NULL)
    {
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_strfreev (fields);
      n++;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, n_rows + 1);
  g_assert_cmpuint (nb_csv_reader_get_line (reader), ==, n_rows + 1);
  g_test_message ("%u rows (%.1f MB) in %.3f s: %.0f rows/s", n, data->len / 1e6, seconds, n / seconds);
}

static void
test_stream_error (void)
{
  const char *data = "a,b\nc,d\ne,f";
  g_autoptr(GInputStream) stream = test_stream_new (data, strlen (data), TRUE);
  g_autoptr(NbCsvReader) reader = nb_csv_reader_new (stream, "failing.csv");
  g_autoptr(GError) error = NULL;
  GStrv fields;

  /* The first bytes are read at once: the error comes at the start. */
  fields = nb_csv_reader_next (reader, NULL, &error);
  g_assert_null (fields);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED);
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(NbCsvReader) reader = reader_for ("a,b\nc,d\n", -1, "cancelled.csv");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) first = NULL;
  GStrv fields;

  first = nb_csv_reader_next (reader, cancellable, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first[0], ==, "a");

  g_cancellable_cancel (cancellable);
  fields = nb_csv_reader_next (reader, cancellable, &error);
  g_assert_null (fields);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_empty_stream (void)
{
  g_autoptr(NbCsvReader) empty = NULL;
  g_autoptr(NbCsvReader) bom = NULL;
  g_autofree char *r1 = read_csv ("", 0, 0, &empty);
  g_autofree char *r2 = read_csv ("\xef\xbb\xbf\r\n\r\n", -1, 0, &bom);

  g_assert_cmpstr (r1, ==, "");
  g_assert_cmpstr (r2, ==, "");
  g_assert_cmpint (nb_csv_reader_get_separator (empty), ==, ',');
  assert_no_problems (empty);
  assert_no_problems (bom);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv/rfc4180", test_rfc4180);
  g_test_add_func ("/csv/line-ends", test_line_ends);
  g_test_add_func ("/csv/empty-lines", test_empty_lines);
  g_test_add_func ("/csv/quotes-lenient", test_quotes_lenient);
  g_test_add_func ("/csv/linkedin", test_linkedin);
  g_test_add_func ("/csv/google", test_google);
  g_test_add_func ("/csv/outlook-windows-1252", test_outlook_windows_1252);
  g_test_add_func ("/csv/mixed-encodings", test_mixed_encodings);
  g_test_add_func ("/csv/utf16", test_utf16);
  g_test_add_func ("/csv/utf8-bom", test_utf8_bom);
  g_test_add_func ("/csv/byte-by-byte", test_byte_by_byte);
  g_test_add_func ("/csv/tabs", test_tabs);
  g_test_add_func ("/csv/separator-detection-ties", test_separator_detection_ties);
  g_test_add_func ("/csv/separator-override", test_separator_override);
  g_test_add_func ("/csv/nul-bytes", test_nul_bytes);
  g_test_add_func ("/csv/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv/long-field", test_long_field);
  g_test_add_func ("/csv/many-fields", test_many_fields);
  g_test_add_func ("/csv/many-problems", test_many_problems);
  g_test_add_func ("/csv/million-rows", test_million_rows);
  g_test_add_func ("/csv/stream-error", test_stream_error);
  g_test_add_func ("/csv/cancelled", test_cancelled);
  g_test_add_func ("/csv/empty-stream", test_empty_stream);

  return g_test_run ();
}
