/* nb-text.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-text"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "nb-text.h"

/* Search terms longer than this are cut, and at most this many are used:
 * a pasted essay must not become a monster query. */
#define MAX_SEARCH_TERMS    16
#define MAX_SEARCH_TERM_LEN 64

/**
 * nb_text_normalize:
 * @text: (nullable): UTF-8 text
 *
 * Returns: (transfer full): @text in Unicode NFC, with invalid UTF-8
 *   replaced, or an empty string for %NULL
 */
char *
nb_text_normalize (const char *text)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  return g_utf8_normalize (valid, -1, G_NORMALIZE_DEFAULT_COMPOSE);
}

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK ||
         type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

/**
 * nb_text_fold:
 * @text: (nullable): UTF-8 text
 *
 * Folds case and removes accents, so that "José" and "JOSE" compare equal.
 *
 * Returns: (transfer full): the folded text
 */
char *
nb_text_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL);
  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_mark (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
collation_is_plain (void)
{
  const char *collate = setlocale (LC_COLLATE, NULL);

  return collate == NULL ||
         g_str_equal (collate, "C") ||
         g_str_equal (collate, "POSIX") ||
         g_str_has_prefix (collate, "C.");
}

/**
 * nb_text_collation_id:
 *
 * Returns: a name for the way nb_text_sort_key() orders names now; when it
 *   changes, stored sort keys must be made again
 */
const char *
nb_text_collation_id (void)
{
  const char *collate = setlocale (LC_COLLATE, NULL);

  return collation_is_plain () ? "plain-1" : (collate ? collate : "C");
}

/**
 * nb_text_sort_key:
 * @name: a name
 *
 * Makes a key whose byte order (memcmp) is the order in which names are
 * listed: the locale's collation, or, in the C locale, case and accents
 * ignored first.
 *
 * Returns: (transfer full): the key
 */
char *
nb_text_sort_key (const char *name)
{
  g_autofree char *normalized = nb_text_normalize (name);

  if (collation_is_plain ())
    {
      g_autofree char *folded = nb_text_fold (normalized);

      /* Ties between "Ada" and "ada" are broken by the exact text. */
      return g_strconcat (folded, "\001", normalized, NULL);
    }

  return g_utf8_collate_key (normalized, -1);
}

/**
 * nb_text_fts_query:
 * @search: (nullable): what the user typed
 *
 * Turns search text into an FTS5 query in which every word is a prefix that
 * must match: "ada lov" becomes `"ada"* "lov"*`. Punctuation separates words
 * as the unicode61 tokenizer does, so nothing typed can break the query.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL if @search holds
 *   no word
 */
char *
nb_text_fts_query (const char *search)
{
  g_autofree char *normalized = nb_text_normalize (search);
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GString) term = g_string_new (NULL);
  guint n_terms = 0;
  const char *p = normalized;

  while (n_terms < MAX_SEARCH_TERMS)
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;
      gboolean word_char = c != 0 && (g_unichar_isalnum (c) || is_mark (c));

      if (word_char)
        {
          if (g_utf8_strlen (term->str, -1) < MAX_SEARCH_TERM_LEN)
            g_string_append_unichar (term, c);
        }
      else if (term->len > 0)
        {
          if (query->len > 0)
            g_string_append_c (query, ' ');
          /* Terms hold only letters, digits and marks, so no quote to escape. */
          g_string_append_printf (query, "\"%s\"*", term->str);
          g_string_truncate (term, 0);
          n_terms++;
        }

      if (c == 0)
        break;
      p = g_utf8_next_char (p);
    }

  if (query->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/**
 * nb_text_digits:
 * @text: (nullable): a phone number
 *
 * Returns: (transfer full): only the digits of @text
 */
char *
nb_text_digits (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p && *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * nb_text_strip_dup:
 * @text: (nullable): what was typed
 *
 * Returns: (transfer full) (nullable): @text without the white space
 *   around it, or %NULL when nothing is left
 */
char *
nb_text_strip_dup (const char *text)
{
  char *copy = g_strstrip (g_strdup (text ? text : ""));

  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);

  return copy;
}

/**
 * nb_text_drop_controls:
 * @text: (nullable): a name, a title, a note
 *
 * Control characters (Unicode's Cc: U+0001–U+001F, U+007F–U+009F) are no
 * text anyone can read or type, and GTK shows them as boxes: they are
 * dropped, but for tab and line feed. Everything else stays as it is,
 * format characters too (zero-width space and joiner, the byte-order mark,
 * bidirectional marks and overrides), which right-to-left names and emoji
 * need; a label is a paragraph of its own, so an override ends with it.
 *
 * Returns: (transfer full) (nullable): a copy of @text without control
 *   characters; %NULL for %NULL
 */
char *
nb_text_drop_controls (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;
  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_CONTROL || c == '\t' || c == '\n')
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/* Shorter numbers (after their prefixes) are extensions or service
 * numbers: too short to tell a person by. */
#define PHONE_KEY_MIN_DIGITS 6
/* Numbers are compared by their last digits: "+44 20 7946 0000",
 * "0044 20 7946 0000" and "020 7946 0000" end alike, whatever the
 * country prefix and the national trunk 0. */
#define PHONE_KEY_DIGITS 9

/**
 * nb_text_phone_key:
 * @phone: (nullable): a phone number as written
 *
 * Makes what two phone numbers are compared by: the digits, without a
 * `+` or `00` international prefix or a national trunk `0`, and of a long
 * number only the last nine, so that "+44 20 7946 0000",
 * "0044 20 7946 0000" and "020 7946 0000" give the same key.
 *
 * Returns: (transfer full) (nullable): the key, or %NULL when the number
 *   has too few digits to compare
 */
char *
nb_text_phone_key (const char *phone)
{
  g_autofree char *digits = nb_text_digits (phone);
  const char *p = digits;
  gsize len;

  /* "+" is no digit; "00" and a trunk "0" are. */
  while (*p == '0')
    p++;

  len = strlen (p);
  if (len < PHONE_KEY_MIN_DIGITS)
    return NULL;
  if (len > PHONE_KEY_DIGITS)
    p += len - PHONE_KEY_DIGITS;

  return g_strdup (p);
}

/**
 * nb_text_edit_distance:
 * @a: UTF-8 text
 * @b: UTF-8 text
 * @max: the largest distance of interest
 *
 * Counts the characters to insert, delete or replace to make @a into @b
 * (Levenshtein), giving up beyond @max.
 *
 * Returns: the distance, or @max + 1 when it is larger than @max
 */
guint
nb_text_edit_distance (const char *a,
                       const char *b,
                       guint       max)
{
  g_autofree gunichar *ua = NULL;
  g_autofree gunichar *ub = NULL;
  g_autofree guint *row = NULL;
  glong la, lb;

  ua = g_utf8_to_ucs4_fast (a, -1, &la);
  ub = g_utf8_to_ucs4_fast (b, -1, &lb);
  if ((guint) ABS (la - lb) > max)
    return max + 1;

  row = g_new (guint, lb + 1);
  for (glong j = 0; j <= lb; j++)
    row[j] = j;

  for (glong i = 1; i <= la; i++)
    {
      guint diagonal = row[0];
      guint smallest;

      row[0] = i;
      smallest = row[0];
      for (glong j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = diagonal + (ua[i - 1] == ub[j - 1] ? 0 : 1);

          cost = MIN (cost, above + 1);
          cost = MIN (cost, row[j - 1] + 1);
          row[j] = cost;
          diagonal = above;
          smallest = MIN (smallest, cost);
        }

      if (smallest > max)
        return max + 1;
    }

  return MIN (row[lb], max + 1);
}
