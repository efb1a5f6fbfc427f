/* nb-db-network.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-db.h"
#include "nb-network-graph.h"

/* The neighbourhood of a person (or of me) for the map, read breadth
 * first: the focus, then everyone one link away, then two… A link is: me
 * and whoever I was in touch with in the last year (their last
 * interaction); two people in the same circle (contact tag); two people of
 * the same organisation; an introduction (an interaction of kind
 * NB_INTERACTION_INTRODUCTION, not hidden): one I made links the people I
 * introduced to each other (no direction), one someone else made (its
 * introducer, one of its people) links the introducer to each of the
 * others, in that direction (they introduced me to them).
 *
 * When the neighbourhood is larger than max_nodes, the nearest are kept:
 * a whole level of the search before the next, and within a level the
 * most recently in touch first (me first of all).
 *
 * What is read stays bounded, whatever the size of the address book:
 * - me: those in touch in the last year, the most recent max_nodes only
 *   (one pass over the contacts table, which has no index on
 *   last_interaction; about 20 ms for 100,000 contacts);
 * - a circle: its members by the tag index, the max_nodes most recently
 *   in touch only: a circle of 20,000 contributes max_nodes people, never
 *   20,000 (SQLite still visits the circle's index entries to sort them);
 * - an organisation: through the full-text index (contacts_fts, column
 *   organization) then the exact name, the max_nodes most recent only;
 * - each circle and organisation once per map, whoever leads to it;
 * - a person's introductions: the INTRODUCTIONS_PER_PERSON most recent
 *   only, read through the index interaction_people_by_contact (contact,
 *   date, interaction) from the newest back (SQLite stops at the bound;
 *   it steps over the person's other interactions on the way), and of
 *   each at most PEOPLE_PER_INTRODUCTION people; each person's once per
 *   map, kept for the links.
 * The links drawn are then found among the people kept only. */

#define INTRODUCTIONS_PER_PERSON 20
#define PEOPLE_PER_INTRODUCTION 8

/* A group of more than this many people on the map links each member to
 * its first LINKS_PER_MEMBER members (the nearest, most recently in touch)
 * rather than to every other: a circle of 500 would be 124,750 lines. */
#define LINKS_PER_MEMBER 8

#define YEAR_SECONDS (365 * 24 * 3600)

typedef struct
{
  gint64 id;
  gint64 last;
} Candidate;

typedef struct
{
  NbDb           *db;
  GHashTable     *hidden;
  gint64          since;
  guint           max_nodes;
  NbNetworkGraph *graph;
  GPtrArray      *orgs;      /* per node: char *, or NULL */
  GPtrArray      *tags;      /* per node: GStrv, or NULL */
  GHashTable     *groups_read;  /* "t:tag", "o:org" */
  GHashTable     *candidates;   /* gint64 id → Candidate, for the next level */
  GHashTable     *introductions;  /* gint64 contact id → GPtrArray of Introduction */
} Loader;

typedef struct
{
  gint64  id;
  gint64  introducer;  /* NB_NETWORK_ME: I made it */
  GArray *people;      /* gint64 contact ids, the introducer among them */
} Introduction;

static void
introduction_free (Introduction *introduction)
{
  g_array_unref (introduction->people);
  g_free (introduction);
}

static gboolean
is_hidden (Loader *loader,
           gint64  id)
{
  return loader->hidden != NULL && g_hash_table_contains (loader->hidden, &id);
}

static void
offer (Loader *loader,
       gint64  id,
       gint64  last)
{
  Candidate *candidate;

  if (is_hidden (loader, id) || nb_network_graph_find_node (loader->graph, id) >= 0 ||
      g_hash_table_contains (loader->candidates, &id))
    return;

  candidate = g_new (Candidate, 1);
  candidate->id = id;
  candidate->last = last;
  g_hash_table_insert (loader->candidates, &candidate->id, candidate);
}

/* Offers each (id, last interaction) row of @stmt, bound. */
static gboolean
offer_rows (Loader        *loader,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    offer (loader, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));

  return nb_db_finish_rows (loader->db, stmt, rc, error);
}

/* Adds a person to the map, with what links them to others. */
static gboolean
add_person (Loader   *loader,
            gint64    id,
            guint     distance,
            GError  **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  int rc;

  if (id == NB_NETWORK_ME)
    {
      nb_network_graph_add_node (loader->graph, NB_NETWORK_ME, NULL, G_MAXINT64, distance);
      g_ptr_array_add (loader->orgs, NULL);
      g_ptr_array_add (loader->tags, NULL);
      return TRUE;
    }

  stmt = nb_db_select_by_id (loader->db,
                             "SELECT full_name, organization, COALESCE (last_interaction, 0)"
                             " FROM contacts WHERE id = ?",
                             id, _("The contact does not exist (any more)"), error);
  if (stmt == NULL)
    return FALSE;
  nb_network_graph_add_node (loader->graph, id, nb_db_column_text (stmt, 0),
                             sqlite3_column_int64 (stmt, 2), distance);
  {
    const char *org = nb_db_column_text (stmt, 1);

    g_ptr_array_add (loader->orgs, org != NULL && *org != '\0' ? g_strdup (org) : NULL);
  }
  sqlite3_reset (stmt);

  stmt = nb_db_prepare (loader->db,
                        "SELECT tag FROM contact_tags WHERE contact_id = ? ORDER BY position",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (tags, g_strdup (nb_db_column_text (stmt, 0)));
  g_ptr_array_add (tags, NULL);
  g_ptr_array_add (loader->tags, g_ptr_array_steal (tags, NULL));

  return nb_db_finish_rows (loader->db, stmt, rc, error);
}

/* The most recent introductions of @id (a contact), at most
 * INTRODUCTIONS_PER_PERSON, newest first; read once per map. */
static GPtrArray *
read_introductions (Loader   *loader,
                    gint64    id,
                    GError  **error)
{
  g_autoptr(GPtrArray) introductions = NULL;
  GPtrArray *read;
  sqlite3_stmt *stmt;
  int rc;

  read = g_hash_table_lookup (loader->introductions, &id);
  if (read != NULL)
    return read;

  introductions = g_ptr_array_new_with_free_func ((GDestroyNotify) introduction_free);
  stmt = nb_db_prepare (loader->db,
                        "SELECT i.id, COALESCE (i.introducer, 0)"
                        " FROM interaction_people p INDEXED BY interaction_people_by_contact"
                        " JOIN interactions i ON i.id = p.interaction_id"
                        " WHERE p.contact_id = ? AND i.kind = ? AND i.hidden = 0"
                        " ORDER BY p.date DESC, p.interaction_id DESC LIMIT ?",
                        error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, NB_INTERACTION_INTRODUCTION);
  sqlite3_bind_int (stmt, 3, INTRODUCTIONS_PER_PERSON);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Introduction *introduction = g_new0 (Introduction, 1);

      introduction->id = sqlite3_column_int64 (stmt, 0);
      introduction->introducer = sqlite3_column_int64 (stmt, 1);
      introduction->people = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_ptr_array_add (introductions, introduction);
    }
  if (!nb_db_finish_rows (loader->db, stmt, rc, error))
    return NULL;

  for (guint i = 0; i < introductions->len; i++)
    {
      Introduction *introduction = g_ptr_array_index (introductions, i);
      gboolean introducer_found = FALSE;

      stmt = nb_db_prepare (loader->db,
                            "SELECT contact_id FROM interaction_people WHERE interaction_id = ?"
                            " ORDER BY contact_id LIMIT ?",
                            error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, introduction->id);
      sqlite3_bind_int (stmt, 2, PEOPLE_PER_INTRODUCTION);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 person = sqlite3_column_int64 (stmt, 0);

          introducer_found |= person == introduction->introducer;
          g_array_append_val (introduction->people, person);
        }
      if (!nb_db_finish_rows (loader->db, stmt, rc, error))
        return NULL;
      /* As the store reads it: an introducer who is not one of its
       * people is not one (then I made it). */
      if (!introducer_found)
        introduction->introducer = NB_NETWORK_ME;
    }

  read = g_steal_pointer (&introductions);
  g_hash_table_insert (loader->introductions, g_memdup2 (&id, sizeof id), read);

  return read;
}

/* Whether @text has a letter or digit, that is, a word for the full-text
 * index. */
static gboolean
has_word (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* Offers the people one link away from @node. */
static gboolean
offer_neighbours (Loader   *loader,
                  guint     node,
                  GError  **error)
{
  gint64 id = nb_network_graph_get_node_id (loader->graph, node);
  const char *org = g_ptr_array_index (loader->orgs, node);
  char **tags = g_ptr_array_index (loader->tags, node);
  sqlite3_stmt *stmt;

  if (id == NB_NETWORK_ME)
    {
      stmt = nb_db_prepare (loader->db,
                            "SELECT id, last_interaction FROM contacts WHERE last_interaction >= ?"
                            " ORDER BY last_interaction DESC, id LIMIT ?",
                            error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, loader->since);
      sqlite3_bind_int64 (stmt, 2, loader->max_nodes);
      return offer_rows (loader, stmt, error);
    }

  if (nb_network_graph_get_node_last_interaction (loader->graph, node) >= loader->since)
    offer (loader, NB_NETWORK_ME, G_MAXINT64);

  {
    GPtrArray *introductions = read_introductions (loader, id, error);

    if (introductions == NULL)
      return FALSE;
    /* The others of each of their introductions: those they introduced
     * or were introduced to, who introduced me to them or whom they
     * introduced me to. Their last interaction orders them as others. */
    for (guint i = 0; i < introductions->len; i++)
      {
        Introduction *introduction = g_ptr_array_index (introductions, i);

        for (guint p = 0; p < introduction->people->len; p++)
          {
            gint64 other = g_array_index (introduction->people, gint64, p);
            sqlite3_stmt *last;

            if (other == id || is_hidden (loader, other) ||
                nb_network_graph_find_node (loader->graph, other) >= 0 ||
                g_hash_table_contains (loader->candidates, &other))
              continue;
            last = nb_db_prepare (loader->db,
                                  "SELECT id, COALESCE (last_interaction, 0) FROM contacts"
                                  " WHERE id = ?",
                                  error);
            if (last == NULL)
              return FALSE;
            sqlite3_bind_int64 (last, 1, other);
            if (!offer_rows (loader, last, error))
              return FALSE;
          }
      }
  }

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *key = g_strconcat ("t:", tags[i], NULL);

      if (!g_hash_table_add (loader->groups_read, g_steal_pointer (&key)))
        continue;

      stmt = nb_db_prepare (loader->db,
                            "SELECT c.id, COALESCE (c.last_interaction, 0) AS last"
                            " FROM contact_tags t JOIN contacts c ON c.id = t.contact_id"
                            " WHERE t.tag = ? ORDER BY last DESC, c.id LIMIT ?",
                            error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, tags[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, loader->max_nodes);
      if (!offer_rows (loader, stmt, error))
        return FALSE;
    }

  if (org != NULL && has_word (org))
    {
      g_autofree char *key = g_strconcat ("o:", org, NULL);
      g_autoptr(GString) query = NULL;

      if (!g_hash_table_add (loader->groups_read, g_steal_pointer (&key)))
        return TRUE;

      /* A phrase in the organisation column; quotes doubled. */
      query = g_string_new ("organization : \"");
      for (const char *p = org; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append_c (query, '"');

      stmt = nb_db_prepare (loader->db,
                            "SELECT c.id, COALESCE (c.last_interaction, 0) AS last"
                            " FROM contacts_fts f JOIN contacts c ON c.id = f.rowid"
                            " WHERE contacts_fts MATCH ? AND c.organization = ?"
                            " ORDER BY last DESC, c.id LIMIT ?",
                            error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, query->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, org, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, loader->max_nodes);
      if (!offer_rows (loader, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = *(const Candidate * const *) a;
  const Candidate *y = *(const Candidate * const *) b;

  if (x->last != y->last)
    return x->last > y->last ? -1 : 1;

  return x->id < y->id ? -1 : x->id > y->id;
}

/* Links, among the people kept, those of each circle and organisation. */
static void
link_groups (Loader *loader)
{
  NbNetworkGraph *graph = loader->graph;
  guint n = nb_network_graph_get_n_nodes (graph);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      char **tags = g_ptr_array_index (loader->tags, i);
      const char *org = g_ptr_array_index (loader->orgs, i);
      guint n_tags = tags ? g_strv_length (tags) : 0;

      for (guint t = 0; t <= n_tags; t++)
        {
          g_autofree char *key = NULL;
          GArray *members;

          if (t < n_tags)
            key = g_strconcat ("t:", tags[t], NULL);
          else if (org != NULL)
            key = g_strconcat ("o:", org, NULL);
          else
            continue;

          members = g_hash_table_lookup (groups, key);
          if (members == NULL)
            {
              members = g_array_new (FALSE, FALSE, sizeof (guint));
              g_ptr_array_add (order, key);
              g_hash_table_insert (groups, g_steal_pointer (&key), members);
            }
          g_array_append_val (members, i);
        }
    }

  /* Groups in the order first met, members in node order: the same edges
   * in the same order for the same database. */
  for (guint g = 0; g < order->len; g++)
    {
      const char *key = g_ptr_array_index (order, g);
      GArray *members = g_hash_table_lookup (groups, key);
      NbNetworkEdgeKind kind = key[0] == 't' ? NB_NETWORK_EDGE_CIRCLE : NB_NETWORK_EDGE_ORGANIZATION;
      guint hubs = members->len > LINKS_PER_MEMBER + 1 ? LINKS_PER_MEMBER : members->len;

      if (members->len >= 2)
        {
          guint group = nb_network_graph_add_group (graph, kind, key + 2);

          for (guint m = 0; m < members->len; m++)
            nb_network_graph_add_group_member (graph, group, g_array_index (members, guint, m));
        }
      for (guint h = 0; h < hubs; h++)
        for (guint m = h + 1; m < members->len; m++)
          nb_network_graph_add_edge (graph, g_array_index (members, guint, h),
                                     g_array_index (members, guint, m), kind, key + 2);
    }
}

/* Links, among the people kept, those of each introduction. */
static gboolean
link_introductions (Loader  *loader,
                    GError **error)
{
  NbNetworkGraph *graph = loader->graph;

  for (guint i = 0; i < nb_network_graph_get_n_nodes (graph); i++)
    {
      gint64 id = nb_network_graph_get_node_id (graph, i);
      GPtrArray *introductions;

      if (id == NB_NETWORK_ME)
        continue;
      introductions = read_introductions (loader, id, error);
      if (introductions == NULL)
        return FALSE;

      for (guint k = 0; k < introductions->len; k++)
        {
          Introduction *introduction = g_ptr_array_index (introductions, k);
          GArray *people = introduction->people;

          if (introduction->introducer != NB_NETWORK_ME)
            {
              int from = nb_network_graph_find_node (graph, introduction->introducer);

              for (guint p = 0; from >= 0 && p < people->len; p++)
                {
                  int to = nb_network_graph_find_node (graph, g_array_index (people, gint64, p));

                  if (to >= 0)
                    nb_network_graph_add_edge (graph, (guint) from, (guint) to,
                                               NB_NETWORK_EDGE_INTRODUCTION, NULL);
                }
              continue;
            }

          for (guint a = 0; a < people->len; a++)
            for (guint b = a + 1; b < people->len; b++)
              {
                int na = nb_network_graph_find_node (graph, g_array_index (people, gint64, a));
                int nb = nb_network_graph_find_node (graph, g_array_index (people, gint64, b));

                if (na >= 0 && nb >= 0)
                  nb_network_graph_add_edge (graph, (guint) na, (guint) nb,
                                             NB_NETWORK_EDGE_MY_INTRODUCTION, NULL);
              }
        }
    }

  return TRUE;
}

/**
 * nb_db_load_network:
 * @db: a connection
 * @focus_id: the person in the middle, or %NB_NETWORK_ME
 * @max_nodes: how many people at most (0 for the default)
 * @now: the current time, in seconds since 1970
 * @hidden: (nullable): contact ids to leave out
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Reads the neighbourhood of @focus_id (see above). Node 0 is the focus.
 *
 * Returns: (transfer full) (nullable): the graph, without positions
 */
NbNetworkGraph *
nb_db_load_network (NbDb          *db,
                    gint64         focus_id,
                    guint          max_nodes,
                    gint64         now,
                    GHashTable    *hidden,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(NbNetworkGraph) graph = nb_network_graph_new ();
  g_autoptr(GPtrArray) orgs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GHashTable) groups_read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) candidates = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_autoptr(GHashTable) introductions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                               (GDestroyNotify) g_ptr_array_unref);
  Loader loader = {
    .db = db,
    .hidden = hidden,
    .since = now - YEAR_SECONDS,
    .max_nodes = max_nodes ? max_nodes : NB_NETWORK_DEFAULT_MAX_NODES,
    .graph = graph,
    .orgs = orgs,
    .tags = tags,
    .groups_read = groups_read,
    .candidates = candidates,
    .introductions = introductions,
  };
  guint level_start = 0, level_end;
  guint distance = 0;

  if (focus_id != NB_NETWORK_ME && is_hidden (&loader, focus_id))
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("The contact does not exist (any more)"));
      return NULL;
    }
  if (!add_person (&loader, focus_id, 0, error))
    return NULL;

  while (nb_network_graph_get_n_nodes (graph) < loader.max_nodes)
    {
      g_autoptr(GPtrArray) level = NULL;
      GHashTableIter iter;
      gpointer value;
      guint room;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      level_end = nb_network_graph_get_n_nodes (graph);
      if (level_start == level_end)
        break;

      for (guint i = level_start; i < level_end; i++)
        if (!offer_neighbours (&loader, i, error))
          return NULL;

      level = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_iter_init (&iter, candidates);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          g_ptr_array_add (level, value);
          g_hash_table_iter_steal (&iter);
        }
      g_ptr_array_sort (level, compare_candidates);

      distance++;
      room = loader.max_nodes - level_end;
      for (guint i = 0; i < level->len && i < room; i++)
        {
          Candidate *candidate = g_ptr_array_index (level, i);

          if (!add_person (&loader, candidate->id, distance, error))
            return NULL;
        }
      level_start = level_end;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* Me and those in touch in the last year. */
  {
    int me = nb_network_graph_find_node (graph, NB_NETWORK_ME);

    for (guint i = 0; me >= 0 && i < nb_network_graph_get_n_nodes (graph); i++)
      if ((int) i != me &&
          nb_network_graph_get_node_last_interaction (graph, i) >= loader.since)
        nb_network_graph_add_edge (graph, (guint) me, i, NB_NETWORK_EDGE_IN_TOUCH, NULL);
  }
  link_groups (&loader);
  if (!link_introductions (&loader, error))
    return NULL;

  return g_steal_pointer (&graph);
}
