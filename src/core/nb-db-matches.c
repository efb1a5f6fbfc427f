/* nb-db-matches.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include <string.h>

#include "nb-db.h"

/* Who could help with a contact's needs, and whose needs their offers
 * meet: each phrase's words, stop words left out, looked for in the
 * matching index (contacts_match: stemmed, accent-insensitive), one field
 * at a time from the best reason (an offer) to the weakest (a note), so
 * that each match says why. */

/* Beyond this many words, the rest of a phrase is not searched. */
#define MAX_WORDS 12

static const char * const stop_words[] = {
  /* English */
  "a", "an", "and", "any", "at", "by", "for", "from", "good", "in", "into", "is", "it", "me",
  "my", "new", "of", "on", "or", "some", "the", "to", "with",
  /* German */
  "am", "auf", "der", "die", "das", "ein", "eine", "einen", "für", "im", "mit", "und", "von",
  "zu", "zum", "zur",
  /* French */
  "au", "aux", "de", "des", "du", "en", "et", "la", "le", "les", "pour", "un", "une",
  /* Spanish */
  "con", "del", "el", "las", "los", "para", "por", "y",
};

/* The FTS5 query for @phrase within @column: its words, quoted, OR'ed;
 * %NULL when it has none worth looking for. */
static char *
phrase_query (const char *phrase,
              const char *column)
{
  g_autofree char *lower = g_utf8_strdown (phrase, -1);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) query = g_string_new (NULL);
  guint n_words = 0;

  for (const char *p = lower; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0 && n_words < MAX_WORDS &&
          g_utf8_strlen (word->str, -1) > 1 &&
          !g_strv_contains (stop_words, word->str))
        {
          g_string_append (query, n_words++ == 0 ? "(" : " OR ");
          /* Letters and digits only: nothing to escape in the quotes. */
          g_string_append_printf (query, "\"%s\"", word->str);
        }
      g_string_truncate (word, 0);

      if (c == 0)
        break;
    }

  if (n_words == 0)
    return NULL;

  return g_strdup_printf ("{%s} : %s)", column, query->str);
}

/* The line of @highlighted (the column with the matched words between
 * \1 and \2) that matched, without the marks, shortened. */
static char *
matched_line (const char *highlighted)
{
  const char *mark = strchr (highlighted, '\1');
  const char *start, *end;
  g_autoptr(GString) line = g_string_new (NULL);

  if (mark == NULL)
    mark = highlighted;
  start = mark;
  while (start > highlighted && start[-1] != '\n')
    start--;
  end = strchr (mark, '\n');
  if (end == NULL)
    end = highlighted + strlen (highlighted);

  for (const char *p = start; p < end; p++)
    if (*p != '\1' && *p != '\2')
      g_string_append_c (line, *p);

  /* A note is long: its first 80 characters tell enough. */
  if (g_utf8_strlen (line->str, -1) > 80)
    {
      const char *cut = g_utf8_offset_to_pointer (line->str, 80);

      g_string_truncate (line, cut - line->str);
      g_string_append (line, "…");
    }

  return g_string_free (g_steal_pointer (&line), FALSE);
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const NbMatch *x = *(NbMatch **) a;
  const NbMatch *y = *(NbMatch **) b;

  if (x->field != y->field)
    return x->field < y->field ? -1 : 1;
  if (x->score != y->score)
    return x->score < y->score ? -1 : 1;
  if (x->last_interaction != y->last_interaction)
    return x->last_interaction > y->last_interaction ? -1 : 1;
  return x->contact_id < y->contact_id ? -1 : x->contact_id > y->contact_id;
}

static const char * const column_names[] = {
  [NB_MATCH_OFFERS] = "offers",
  [NB_MATCH_LOOKING_FOR] = "looking_for",
  [NB_MATCH_ORGANIZATION] = "organization",
  [NB_MATCH_TITLE] = "title",
  [NB_MATCH_TAGS] = "tags",
  [NB_MATCH_NOTES] = "notes",
};

/**
 * nb_db_find_matches:
 * @db: a connection
 * @contact_id: whose needs (or offers) to match
 * @helpers: %TRUE for who could help with @contact_id's needs (their
 *   offers, organisation, title, circles, notes); %FALSE for whose needs
 *   @contact_id's offers meet
 * @limit: how many people at most
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbMatch) (nullable): the people,
 *   best reason first, then how well, then the closest (most recently in
 *   touch); each once, @contact_id never
 */
GPtrArray *
nb_db_find_matches (NbDb     *db,
                    gint64    contact_id,
                    gboolean  helpers,
                    guint     limit,
                    GError  **error)
{
  g_autoptr(GPtrArray) phrases = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) best = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_match_free);
  static const NbMatchField helper_fields[] = {
    NB_MATCH_OFFERS, NB_MATCH_ORGANIZATION, NB_MATCH_TITLE, NB_MATCH_TAGS, NB_MATCH_NOTES,
  };
  static const NbMatchField helped_fields[] = { NB_MATCH_LOOKING_FOR };
  const NbMatchField *fields = helpers ? helper_fields : helped_fields;
  guint n_fields = helpers ? G_N_ELEMENTS (helper_fields) : G_N_ELEMENTS (helped_fields);
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db, "SELECT phrase FROM contact_phrases WHERE contact_id = ?1 AND kind = ?2"
                            " ORDER BY position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int (stmt, 2, helpers ? 0 : 1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (phrases, g_strdup (nb_db_column_text (stmt, 0)));
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  for (guint f = 0; f < n_fields; f++)
    for (guint i = 0; i < phrases->len; i++)
      {
        g_autofree char *query = phrase_query (g_ptr_array_index (phrases, i), column_names[fields[f]]);
        g_autofree char *sql = NULL;

        if (query == NULL)
          continue;

        /* The column's index for highlight() is the field's value. */
        sql = g_strdup_printf ("SELECT m.rowid, highlight (contacts_match, %d, char (1), char (2)),"
                               " bm25 (contacts_match), c.full_name, COALESCE (c.last_interaction, 0)"
                               " FROM contacts_match m JOIN contacts c ON c.id = m.rowid"
                               " WHERE contacts_match MATCH ?1 AND m.rowid <> ?2"
                               " ORDER BY bm25 (contacts_match) LIMIT ?3",
                               (int) fields[f]);
        stmt = nb_db_prepare (db, sql, error);
        if (stmt == NULL)
          return NULL;
        sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64 (stmt, 2, contact_id);
        sqlite3_bind_int64 (stmt, 3, (gint64) limit * 4 + 8);
        while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
          {
            gint64 id = sqlite3_column_int64 (stmt, 0);
            NbMatch *match;

            /* The first field a person matched in is the best reason. */
            match = g_hash_table_lookup (best, &id);
            if (match != NULL)
              {
                if (match->field == fields[f])
                  match->score = MIN (match->score, sqlite3_column_double (stmt, 2));
                continue;
              }

            match = g_new0 (NbMatch, 1);
            match->contact_id = id;
            match->text = matched_line (nb_db_column_text (stmt, 1) ?: "");
            match->score = sqlite3_column_double (stmt, 2);
            match->name = g_strdup (nb_db_column_text (stmt, 3));
            match->last_interaction = sqlite3_column_int64 (stmt, 4);
            match->field = fields[f];
            g_ptr_array_add (matches, match);
            g_hash_table_insert (best, &match->contact_id, match);
          }
        if (!nb_db_finish_rows (db, stmt, rc, error))
          return NULL;
      }

  g_ptr_array_sort (matches, compare_matches);
  if (matches->len > limit)
    g_ptr_array_set_size (matches, limit);

  return g_steal_pointer (&matches);
}
