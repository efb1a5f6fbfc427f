/* nb-ical-text.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-ical-text"

#include "config.h"

#include <string.h>

#include "nb-ical-text.h"

/* iCalendar as text, beside libical: libical reads what a calendar means,
 * but writes back only what it understood, in its own way (it re-escapes
 * the values of X- properties without escaping their commas, and folds
 * lines anew). To leave what another app wrote exactly as it was, Netbook
 * keeps the content lines it does not change as they were written; these
 * functions find those lines, and write Netbook's own as RFC 5545 asks. */

/* RFC 5545, 3.1: a content line SHOULD NOT be longer than 75 octets. */
#define FOLD_OCTETS 75

void
nb_ical_line_free (NbIcalLine *line)
{
  if (line == NULL)
    return;

  g_free (line->name);
  g_free (line->value);
  g_free (line->raw);
  g_free (line->unfolded);
  g_free (line);
}

/* Lines end as libical reads them, so that a line kept as it was written
 * is one that libical read as one: in a text with any LF, at each LF, the
 * CRs before it (CR LF, and the CR CR LF of some exporters) being part of
 * the line end and any other CR part of the line; in a text without LF
 * (old Mac files), at each CR. */

/* The end of the physical line at @p: the first byte of its line end. */
static const char *
line_end (const char *p,
          char        end_char)
{
  const char *end = p;

  while (*end != '\0' && *end != end_char)
    end++;

  while (end_char == '\n' && end > p && end[-1] == '\r')
    end--;

  return end;
}

/* Past the line end at @p. */
static const char *
skip_line_end (const char *p,
               char        end_char)
{
  while (end_char == '\n' && *p == '\r')
    p++;

  return *p == end_char ? p + 1 : p;
}

static NbIcalLine *
make_line (const char *start,
           const char *end,
           GString    *unfolded)
{
  NbIcalLine *line = g_new0 (NbIcalLine, 1);
  gsize name_length = strcspn (unfolded->str, ";:");

  line->raw = g_strndup (start, end - start);
  line->unfolded = g_strdup (unfolded->str);
  line->name = g_ascii_strup (unfolded->str, name_length);
  g_strstrip (line->name);

  if (g_str_equal (line->name, "BEGIN") || g_str_equal (line->name, "END"))
    {
      line->value = g_ascii_strup (nb_ical_line_get_value (line), -1);
      g_strstrip (line->value);
    }

  return line;
}

/**
 * nb_ical_text_split:
 * @text: an iCalendar text
 *
 * Splits @text into its content lines, unfolding continuation lines (a
 * line end followed by a space or a tab). Empty lines are left out.
 *
 * Returns: (transfer full) (element-type NbIcalLine): the lines, in order
 */
GPtrArray *
nb_ical_text_split (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_ical_line_free);
  g_autoptr(GString) unfolded = g_string_new (NULL);
  const char *p = text;
  char end_char;

  g_return_val_if_fail (text != NULL, lines);

  end_char = strchr (text, '\n') != NULL ? '\n' : '\r';

  while (*p != '\0')
    {
      const char *start = p;
      const char *end = line_end (p, end_char);

      g_string_assign (unfolded, "");
      g_string_append_len (unfolded, p, end - p);
      p = skip_line_end (end, end_char);

      while (*p == ' ' || *p == '\t')
        {
          end = line_end (p, end_char);
          g_string_append_len (unfolded, p + 1, end - p - 1);
          p = skip_line_end (end, end_char);
        }

      if (unfolded->len > 0)
        g_ptr_array_add (lines, make_line (start, p, unfolded));
    }

  return lines;
}

/**
 * nb_ical_line_is:
 * @line: a content line
 * @name: a property name, in upper case
 * @value: (nullable): for BEGIN and END, the component's name
 *
 * Returns: whether @line is that property, or that BEGIN or END
 */
gboolean
nb_ical_line_is (NbIcalLine *line,
                 const char *name,
                 const char *value)
{
  return g_str_equal (line->name, name) && (value == NULL || g_strcmp0 (line->value, value) == 0);
}

/**
 * nb_ical_line_get_value:
 * @line: a content line
 *
 * Returns: its value as written (escaped): what follows the colon after
 *   its name and parameters (a quoted parameter value may hold a colon)
 */
const char *
nb_ical_line_get_value (NbIcalLine *line)
{
  gboolean quoted = FALSE;

  for (const char *p = line->unfolded; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == ':' && !quoted)
        return p + 1;
    }

  return "";
}

/**
 * nb_ical_escape_text:
 * @value: a text value
 *
 * Escapes a TEXT value as RFC 5545, 3.3.11 asks: a backslash, a
 * semicolon, a comma and a line end are written `\\`, `\;`, `\,`, `\n`.
 *
 * Returns: (transfer full): the escaped value
 */
char *
nb_ical_escape_text (const char *value)
{
  GString *out = g_string_sized_new (strlen (value) + 8);

  for (const char *p = value; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
        case ';':
        case ',':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;

        case '\r':
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append (out, "\\n");
          break;

        default:
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/**
 * nb_ical_append_folded:
 * @out: where to write
 * @line: one content line, unfolded, without a line end
 *
 * Writes @line folded into lines of at most 75 octets, never inside a
 * UTF-8 sequence, each ended with CR LF.
 */
void
nb_ical_append_folded (GString    *out,
                       const char *line)
{
  const char *p = line;
  gsize limit = FOLD_OCTETS;

  while (*p != '\0')
    {
      const char *cut = p;

      while (*cut != '\0')
        {
          const char *next = g_utf8_next_char (cut);

          if ((gsize) (next - p) > limit)
            break;
          cut = next;
        }

      if (p != line)
        g_string_append_c (out, ' ');
      g_string_append_len (out, p, cut - p);
      g_string_append (out, "\r\n");

      p = cut;
      /* The space that starts a continuation line counts. */
      limit = FOLD_OCTETS - 1;
    }
}
