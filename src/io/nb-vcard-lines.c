/* nb-vcard-lines.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-vcard-lines"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "nb-vcard-lines.h"

/* The lines of one card, made ready for EVCard. Exporters fold lines at 75
 * octets, inside a UTF-8 sequence or not, and break QUOTED-PRINTABLE values
 * with soft line breaks anywhere; so a card is unfolded by its bytes first,
 * and only then is each property line read as text. Lines that are no
 * properties are left out and counted. */

/* What 8-bit text that is not UTF-8 and names no character set is read
 * as: older Windows programs write it so. */
#define FALLBACK_CHARSET "WINDOWS-1252"

/* U+FFFD REPLACEMENT CHARACTER, for bytes that are no character. */
#define REPLACEMENT "\xef\xbf\xbd"

typedef struct
{
  GPtrArray *warnings;
  gboolean   said_fallback;
} Decoder;

static void
string_free (gpointer string)
{
  g_string_free (string, TRUE);
}

/* Appends bytes, leaving out NUL bytes, which no vCard holds. */
static void
append_bytes (GString    *string,
              const char *bytes,
              gsize       len)
{
  for (const char *nul; len > 0 && (nul = memchr (bytes, '\0', len)) != NULL; )
    {
      g_string_append_len (string, bytes, nul - bytes);
      len -= nul - bytes + 1;
      bytes = nul + 1;
    }

  g_string_append_len (string, bytes, len);
}

/**
 * nb_vcard_line_is:
 * @line: a line, without its line break
 * @len: its length in bytes
 * @keyword: "BEGIN:VCARD" or "END:VCARD"
 *
 * Returns: whether @line is @keyword, in any case, maybe after a group
 *   ("home.begin:vcard", as some exporters write it) and before blanks
 */
gboolean
nb_vcard_line_is (const char *line,
                  gsize       len,
                  const char *keyword)
{
  gsize klen = strlen (keyword);
  gsize group = 0;

  while (group < len && (g_ascii_isalnum (line[group]) || line[group] == '-' || line[group] == '_'))
    group++;
  if (group > 0 && group < len && line[group] == '.')
    {
      line += group + 1;
      len -= group + 1;
    }

  if (len < klen || g_ascii_strncasecmp (line, keyword, klen) != 0)
    return FALSE;

  for (gsize i = klen; i < len; i++)
    {
      if (!g_ascii_isspace (line[i]))
        return FALSE;
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Unfolding, by bytes                                                     */

/* The length of a property line's group, name and parameters: up to the
 * ':' that starts the value (not one in a quoted parameter), or -1. */
static gssize
header_length (const char *line,
               gsize       len)
{
  gboolean in_quote = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (line[i] == '"')
        in_quote = !in_quote;
      else if (line[i] == ':' && !in_quote)
        return i;
    }

  return -1;
}

/* Whether the group, name and parameters of a line hold @word, in any
 * case. */
static gboolean
header_has (const GString *line,
            const char    *word)
{
  gssize header = header_length (line->str, line->len);
  gsize len = strlen (word);

  for (gssize i = 0; i + (gssize) len <= header; i++)
    {
      if (g_ascii_strncasecmp (line->str + i, word, len) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether a property line's name, after its group, is @name. */
static gboolean
name_is (const GString *line,
         const char    *name)
{
  gssize header = header_length (line->str, line->len);
  const char *start = line->str;
  const char *dot;
  gsize len;

  if (header < 0)
    return FALSE;

  len = strcspn (start, ";:");
  dot = memchr (start, '.', len);
  if (dot != NULL)
    {
      len -= dot + 1 - start;
      start = dot + 1;
    }

  return len == strlen (name) && g_ascii_strncasecmp (start, name, len) == 0;
}

/* vCard 2.1 binary data in base64 may go on over lines without indentation,
 * up to a blank line. */
static gboolean
takes_unindented_data (const GString *line)
{
  return header_has (line, "BASE64") || header_has (line, "ENCODING=B") ||
         name_is (line, "PHOTO") || name_is (line, "LOGO") || name_is (line, "KEY");
}

/* The card's logical lines, as bytes: folds undone (a fold may fall inside
 * a character, since lines are folded by octets), QUOTED-PRINTABLE soft
 * line breaks joined, and any run of CRs before a LF taken as the line
 * end (CR LF, LF, and the CR CR LF of some exporters). */
static GPtrArray *
unfold (const char *text,
        gsize       len)
{
  GPtrArray *logical = g_ptr_array_new_with_free_func (string_free);
  const char *end = text + len;
  const char *start = text;

  while (start < end)
    {
      const char *nl = memchr (start, '\n', end - start);
      const char *line = start;
      gsize line_len = (nl ? nl : end) - start;
      GString *current = logical->len ? g_ptr_array_index (logical, logical->len - 1) : NULL;

      start = nl ? nl + 1 : end;
      while (line_len > 0 && line[line_len - 1] == '\r')
        line_len--;

      /* A soft break: neither the '=' nor the line break are part of the
       * value; but a card's end is no value's. */
      if (current != NULL && current->len > 0 && current->str[current->len - 1] == '=' &&
          header_has (current, "QUOTED-PRINTABLE") && !nb_vcard_line_is (line, line_len, "END:VCARD"))
        {
          g_string_truncate (current, current->len - 1);
          append_bytes (current, line, line_len);
        }
      else if (current != NULL && line_len > 0 && (line[0] == ' ' || line[0] == '\t'))
        append_bytes (current, line + 1, line_len - 1);
      else if (line_len == 0)
        continue;
      else if (current != NULL && memchr (line, ':', line_len) == NULL &&
               takes_unindented_data (current))
        append_bytes (current, line, line_len);
      else
        {
          GString *next = g_string_sized_new (line_len + 1);

          append_bytes (next, line, line_len);
          g_ptr_array_add (logical, next);
        }
    }

  return logical;
}

/* ---------------------------------------------------------------------- */
/* From bytes to text                                                      */

/* Converts @len bytes of text in @charset to UTF-8; each byte that is no
 * character in it becomes U+FFFD, and sets @lossy. Returns %NULL when the
 * system does not know @charset. */
static char *
convert (const char *bytes,
         gsize       len,
         const char *charset,
         gboolean   *lossy)
{
  GIConv cd = g_iconv_open ("UTF-8", charset);
  GString *out;
  char *in = (char *) bytes;
  gsize in_left = len;
  char buffer[1024];
  char *outp;
  gsize out_left;

  if (cd == (GIConv) -1)
    return NULL;

  out = g_string_sized_new (len + 16);
  while (in_left > 0)
    {
      gsize rc;

      outp = buffer;
      out_left = sizeof buffer;
      rc = g_iconv (cd, &in, &in_left, &outp, &out_left);
      g_string_append_len (out, buffer, outp - buffer);

      if (rc == (gsize) -1 && errno != E2BIG)
        {
          /* EILSEQ, or EINVAL for a sequence cut short at the end. */
          g_string_append (out, REPLACEMENT);
          in++;
          in_left--;
          g_iconv (cd, NULL, NULL, NULL, NULL);
          if (lossy != NULL)
            *lossy = TRUE;
        }
    }

  /* What a stateful character set still holds. */
  outp = buffer;
  out_left = sizeof buffer;
  g_iconv (cd, NULL, NULL, &outp, &out_left);
  g_string_append_len (out, buffer, outp - buffer);
  g_iconv_close (cd);

  return g_string_free (out, FALSE);
}

static void
warn_once (Decoder    *decoder,
           const char *message)
{
  for (guint i = 0; i < decoder->warnings->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (decoder->warnings, i), message))
        return;
    }

  g_ptr_array_add (decoder->warnings, g_strdup (message));
}

static gboolean
is_ascii (const char *bytes,
          gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      if ((guchar) bytes[i] >= 0x80)
        return FALSE;
    }

  return TRUE;
}

static gboolean
names_utf8 (const char *charset)
{
  return g_ascii_strcasecmp (charset, "UTF-8") == 0 || g_ascii_strcasecmp (charset, "UTF8") == 0;
}

/* The converter for a CHARSET value. Writers name character sets more
 * narrowly than they write them, as the WHATWG Encoding Standard found on
 * the web: Shift_JIS from phones and Windows is Windows-31J (its 0x5C is a
 * backslash, not a yen sign), ISO-8859-1 and ASCII are Windows-1252, GB2312
 * is GB18030, Big5 is Big5-HKSCS, EUC-KR is Windows-949. */
static const char *
converter_name (const char *charset)
{
  static const struct { const char *label; const char *converter; } aliases[] = {
    { "shift_jis", "CP932" }, { "shift-jis", "CP932" }, { "sjis", "CP932" },
    { "x-sjis", "CP932" }, { "ms_kanji", "CP932" }, { "windows-31j", "CP932" },
    { "iso-8859-1", "WINDOWS-1252" }, { "iso8859-1", "WINDOWS-1252" },
    { "latin1", "WINDOWS-1252" }, { "us-ascii", "WINDOWS-1252" }, { "ascii", "WINDOWS-1252" },
    { "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
    { "big5", "BIG5-HKSCS" }, { "euc-kr", "CP949" }, { "ks_c_5601-1987", "CP949" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    {
      if (g_ascii_strcasecmp (charset, aliases[i].label) == 0)
        return aliases[i].converter;
    }

  return charset;
}

/* Text of a card that names a character set no converter knows: what is
 * ASCII reads alike in every character set a vCard is written in; the
 * rest is taken for UTF-8 when it is that, else left out. */
static char *
decode_unknown (Decoder    *decoder,
                const char *bytes,
                gsize       len,
                const char *charset)
{
  g_autofree char *message = NULL;

  if (is_ascii (bytes, len))
    return g_strndup (bytes, len);

  if (g_utf8_validate_len (bytes, len, NULL))
    {
      /* Translators: %s is a character set a vCard names, such as
       * “X-MAC-KOREAN”. */
      message = g_strdup_printf (_("the character set “%s” is not known; its text was read as UTF-8"),
                                 charset);
      warn_once (decoder, message);
      return g_strndup (bytes, len);
    }

  /* Translators: %s is a character set a vCard names, such as
   * “X-MAC-KOREAN”; “�” is U+FFFD, the replacement character. */
  message = g_strdup_printf (_("the character set “%s” is not known; characters that could not be read were replaced by “�”"),
                             charset);
  warn_once (decoder, message);
  return g_utf8_make_valid (bytes, len);
}

/* Text as UTF-8, from the character set a line names (%NULL for none). */
static char *
decode_text (Decoder    *decoder,
             const char *bytes,
             gsize       len,
             const char *charset)
{
  g_autofree char *message = NULL;
  gboolean lossy = FALSE;
  char *text;

  if (charset == NULL && g_utf8_validate_len (bytes, len, NULL))
    return g_strndup (bytes, len);

  if (charset == NULL)
    {
      warn_once (decoder, _("the card is not valid UTF-8 and was read as Windows Latin-1"));
      return convert (bytes, len, FALLBACK_CHARSET, NULL);
    }

  if (names_utf8 (charset))
    {
      lossy = !g_utf8_validate_len (bytes, len, NULL);
      text = g_utf8_make_valid (bytes, len);
    }
  else
    text = convert (bytes, len, converter_name (charset), &lossy);

  if (text == NULL)
    return decode_unknown (decoder, bytes, len, charset);

  if (lossy)
    {
      /* Translators: %s is the character set a vCard names, such as
       * “Shift_JIS”; “�” is U+FFFD, the replacement character. */
      message = g_strdup_printf (_("some text is not valid in the character set “%s”; characters that could not be read were replaced by “�”"),
                                 charset);
      warn_once (decoder, message);
    }

  return text;
}

static gboolean
segment_is (const char *segment,
            gsize       len,
            const char *word)
{
  return len == strlen (word) && g_ascii_strncasecmp (segment, word, len) == 0;
}

/* The name of a character set as a parameter gives it, for messages too:
 * without quotes, as text, and not endless; %NULL for an empty one. */
static char *
charset_value (const char *value,
               gsize       len)
{
  g_autofree char *valid = NULL;

  if (len >= 2 && value[0] == '"' && value[len - 1] == '"')
    {
      value++;
      len -= 2;
    }

  valid = g_utf8_make_valid (value, MIN (len, 64));
  g_strstrip (valid);
  if (*valid == '\0')
    return NULL;

  return g_steal_pointer (&valid);
}

/* The group, name and parameters of a line without ENCODING=QUOTED-PRINTABLE
 * (or vCard 2.1's bare QUOTED-PRINTABLE) and CHARSET, which are decoded
 * here: EVCard would decode QUOTED-PRINTABLE again, and leaves text in a
 * character set it cannot convert as it is. */
static GString *
take_text_encoding (const char  *header,
                    gsize        len,
                    gboolean    *quoted_printable,
                    char       **charset)
{
  GString *kept = g_string_sized_new (len);
  gboolean in_quote = FALSE;
  gsize start = 0;

  for (gsize i = 0; i <= len; i++)
    {
      const char *segment = header + start;
      gsize segment_len = i - start;

      if (i < len && header[i] == '"')
        in_quote = !in_quote;
      if (i < len && (header[i] != ';' || in_quote))
        continue;

      if (start > 0 && (segment_is (segment, segment_len, "QUOTED-PRINTABLE") ||
                        segment_is (segment, segment_len, "ENCODING=QUOTED-PRINTABLE")))
        *quoted_printable = TRUE;
      else if (start > 0 && segment_len >= 8 && g_ascii_strncasecmp (segment, "CHARSET=", 8) == 0)
        {
          g_free (*charset);
          *charset = charset_value (segment + 8, segment_len - 8);
        }
      else
        {
          if (start > 0)
            g_string_append_c (kept, ';');
          g_string_append_len (kept, segment, segment_len);
        }

      start = i + 1;
    }

  return kept;
}

/* Decodes QUOTED-PRINTABLE into the bytes it stands for; an '=' that is
 * not followed by two hex digits is kept as it is. */
static GString *
decode_quoted_printable (const char *value,
                         gsize       len)
{
  GString *bytes = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      if (value[i] == '=' && i + 2 < len &&
          g_ascii_isxdigit (value[i + 1]) && g_ascii_isxdigit (value[i + 2]))
        {
          g_string_append_c (bytes, g_ascii_xdigit_value (value[i + 1]) * 16 +
                                    g_ascii_xdigit_value (value[i + 2]));
          i += 2;
        }
      else
        g_string_append_c (bytes, value[i]);
    }

  return bytes;
}

/* Line breaks in a value (from QUOTED-PRINTABLE's =0D=0A, or a CR that did
 * not end the line) as the escape EVCard reads as one. */
static char *
escape_line_breaks (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        p++;
      if (*p == '\r' || *p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* A logical line as UTF-8 text, its value decoded from QUOTED-PRINTABLE
 * and from the character set it names. */
static char *
decode_line (Decoder       *decoder,
             const GString *line)
{
  gssize header = header_length (line->str, line->len);
  gboolean quoted_printable = FALSE;
  g_autofree char *charset = NULL;
  g_autoptr(GString) kept = NULL;
  g_autoptr(GString) value = NULL;
  g_autofree char *head = NULL;
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;

  /* Not a property: it is left out. */
  if (header < 0)
    return g_utf8_make_valid (line->str, line->len);

  /* Most lines are UTF-8 already, and say nothing of their encoding. */
  if (!header_has (line, "QUOTED-PRINTABLE") && !header_has (line, "CHARSET") &&
      memchr (line->str, '\r', line->len) == NULL && g_utf8_validate_len (line->str, line->len, NULL))
    return g_strndup (line->str, line->len);

  kept = take_text_encoding (line->str, header, &quoted_printable, &charset);
  if (quoted_printable)
    value = decode_quoted_printable (line->str + header + 1, line->len - header - 1);
  else
    value = g_string_new_len (line->str + header + 1, line->len - header - 1);

  head = decode_text (decoder, kept->str, kept->len, NULL);
  text = decode_text (decoder, value->str, value->len, charset);
  escaped = escape_line_breaks (text);

  return g_strconcat (head, ":", escaped, NULL);
}

/* ---------------------------------------------------------------------- */
/* Property lines as EVCard reads them                                     */

static gboolean
is_name_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p)) || *p == '-' || *p == '_';
}

/* Checks a property line the way EVCard reads it: "group.NAME;params:value"
 * with a name of letters, digits, '-' and '_', and parameters that are
 * NAME=value or bare words. Returns the offset of the value, or -1. */
static gssize
property_value_offset (const char *line)
{
  const char *p = line;
  gboolean have_group = FALSE;
  gboolean in_quote = FALSE;
  gboolean in_value = FALSE;   /* after a parameter's '=' */
  gsize name_len = 0;

  for (; *p && *p != ':' && *p != ';'; p = g_utf8_next_char (p))
    {
      if (*p == '.')
        {
          if (have_group || name_len == 0)
            return -1;
          have_group = TRUE;
          name_len = 0;
        }
      else if (is_name_char (p))
        name_len++;
      else
        return -1;
    }

  if (name_len == 0 || *p == '\0')
    return -1;

  if (*p == ';')
    {
      for (p++; *p && (in_quote || *p != ':'); p = g_utf8_next_char (p))
        {
          /* EVCard would take it for the end of the line. */
          if (*p == '\r' || *p == '\n')
            return -1;
          if (*p == '"')
            in_quote = !in_quote;
          else if (in_quote)
            continue;
          else if (*p == '=')
            in_value = TRUE;
          else if (*p == ';')
            in_value = FALSE;
          else if (*p == ',' || in_value || is_name_char (p))
            continue;
          else
            return -1;
        }

      if (*p != ':')
        return -1;
    }

  return p + 1 - line;
}

/* In a value, a backslash is only an escape before n, r, ';', ',' or
 * another backslash; any other is text (such as C:\Users), and is
 * written as an escaped backslash so that EVCard reads it as such.  */
static void
append_value (GString    *out,
              const char *value)
{
  for (const char *p = value; *p; p++)
    {
      if (*p == '\\')
        {
          if (p[1] && strchr ("nNrR;,\\", p[1]))
            {
              g_string_append_c (out, *p);
              g_string_append_c (out, *++p);
              continue;
            }
          g_string_append (out, "\\\\");
          continue;
        }
      g_string_append_c (out, *p);
    }
}

/* Whether a parameter sets the encoding of the value for EVCard:
 * ENCODING=…, or vCard 2.1's bare BASE64. Sets @base64 when it is BASE64
 * (ENCODING=b, ENCODING=BASE64, EVCard reads only the first value). */
static gboolean
param_is_encoding (const char *param,
                   gsize       len,
                   gboolean   *base64)
{
  const char *value;
  gsize value_len;

  *base64 = segment_is (param, len, "BASE64");
  if (*base64)
    return TRUE;

  if (len < 8 || g_ascii_strncasecmp (param, "ENCODING", 8) != 0 ||
      (len > 8 && param[8] != '='))
    return FALSE;

  value = param + MIN (len, 9);
  value_len = len - MIN (len, 9);
  for (gsize i = 0; i < value_len; i++)
    if (value[i] == ',')
      value_len = i;
  if (value_len >= 2 && value[0] == '"' && value[value_len - 1] == '"')
    {
      value++;
      value_len -= 2;
    }

  *base64 = segment_is (value, value_len, "b") || segment_is (value, value_len, "BASE64");
  return TRUE;
}

/* Whether a parameter has more than one '=' outside quotes
 * ("VALUE=ENCODING=x"), for EVCard would read a parameter of the name
 * before the second; or a name that is not one (RFC 6350, 3.3: letters,
 * digits and '-'), for EVCard skips what it does not expect there and
 * would read ",ENCODING=x" or " ENCODING=x" as an ENCODING. */
static gboolean
param_is_malformed (const char *param,
                    gsize       len)
{
  gboolean in_quote = FALSE;
  gboolean in_name = TRUE;
  guint n_equals = 0;

  if (len == 0)
    return TRUE;

  for (gsize i = 0; i < len; i++)
    {
      if (in_name && param[i] != '=' && !g_ascii_isalnum (param[i]) && param[i] != '-')
        return TRUE;
      if (param[i] == '"')
        in_quote = !in_quote;
      else if (param[i] == '=' && !in_quote)
        {
          n_equals++;
          in_name = FALSE;
        }
    }

  return n_equals > 1 || param[0] == '=';
}

/* Appends ";" and a parameter, without the empty values of its list
 * ("TYPE=,,home" is "TYPE=home"; one with none is left out): after an
 * empty first value EVCard drops the parameter and reads what follows as
 * names, warning of any other character. */
static void
append_param (GString    *out,
              const char *param,
              gsize       len)
{
  const char *equals = memchr (param, '=', len);
  gboolean in_quote = FALSE;
  gboolean any = FALSE;
  gsize start;

  if (equals == NULL)
    {
      g_string_append_c (out, ';');
      g_string_append_len (out, param, len);
      return;
    }

  start = equals - param + 1;
  for (gsize i = start; i <= len; i++)
    {
      if (i < len && param[i] == '"')
        in_quote = !in_quote;
      if (i < len && (param[i] != ',' || in_quote))
        continue;

      if (i > start)
        {
          if (!any)
            {
              g_string_append_c (out, ';');
              g_string_append_len (out, param, equals - param + 1);
            }
          else
            g_string_append_c (out, ',');
          g_string_append_len (out, param + start, i - start);
          any = TRUE;
        }
      start = i + 1;
    }
}

/* Appends the group, name and parameters of a property line (@len bytes,
 * checked by property_value_offset()) with at most one ENCODING, and only
 * BASE64: EVCard warns of a second one, of one without a value and of any
 * other value, and reads such a value as it is, as it is read here. A
 * parameter with two '=' is left out too. */
static void
append_header (GString    *out,
               const char *header,
               gsize       len)
{
  gboolean in_quote = FALSE;
  gboolean have_encoding = FALSE;
  gsize start = 0;

  for (gsize i = 0; i <= len; i++)
    {
      const char *segment = header + start;
      gsize segment_len = i - start;
      gboolean base64;

      if (i < len && header[i] == '"')
        in_quote = !in_quote;
      if (i < len && (header[i] != ';' || in_quote))
        continue;

      if (start == 0)
        g_string_append_len (out, segment, segment_len);
      else if (param_is_malformed (segment, segment_len))
        ;
      else if (!param_is_encoding (segment, segment_len, &base64))
        append_param (out, segment, segment_len);
      else if (base64 && !have_encoding)
        {
          g_string_append (out, ";ENCODING=b");
          have_encoding = TRUE;
        }

      start = i + 1;
    }
}

/**
 * nb_vcard_lines_clean:
 * @text: the bytes of one card, from BEGIN:VCARD to END:VCARD
 * @len: their length
 * @warnings: (element-type utf8): where to add a message for each thing
 *   left out or read by a guess
 *
 * Unfolds the card into one UTF-8 line per property, each ending in CR LF,
 * and leaves out the lines that are not properties.
 *
 * Returns: (transfer full): the card as EVCard can read it
 */
char *
nb_vcard_lines_clean (const char *text,
                      gsize       len,
                      GPtrArray  *warnings)
{
  g_autoptr(GPtrArray) logical = unfold (text, len);
  Decoder decoder = { warnings, FALSE };
  GString *out = g_string_new (NULL);
  guint n_dropped = 0;

  for (guint i = 0; i < logical->len; i++)
    {
      GString *bytes = g_ptr_array_index (logical, i);
      g_autofree char *line = NULL;
      gssize offset;

      /* EVCard reads a grouped BEGIN or END as another property. */
      if (nb_vcard_line_is (bytes->str, bytes->len, "BEGIN:VCARD"))
        {
          g_string_append (out, "BEGIN:VCARD\r\n");
          continue;
        }
      if (nb_vcard_line_is (bytes->str, bytes->len, "END:VCARD"))
        {
          g_string_append (out, "END:VCARD\r\n");
          continue;
        }
      /* Any other BEGIN or END (END:VEVENT, a grouped "x.END:"): EVCard
       * would end the card there, leave out what follows, and warn. */
      if (name_is (bytes, "BEGIN") || name_is (bytes, "END"))
        {
          n_dropped++;
          continue;
        }

      line = decode_line (&decoder, bytes);
      offset = property_value_offset (line);
      if (offset < 0)
        {
          n_dropped++;
          continue;
        }

      append_header (out, line, offset - 1);
      g_string_append_c (out, ':');
      append_value (out, line + offset);
      g_string_append (out, "\r\n");
    }

  if (n_dropped > 0)
    g_ptr_array_add (warnings,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u line that is not a vCard property was left out",
                                                   "%u lines that are not vCard properties were left out",
                                                   n_dropped),
                                      n_dropped));

  return g_string_free (out, FALSE);
}
