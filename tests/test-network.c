/* test-network.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "nb-clock.h"
#include "nb-network-graph.h"
#include "nb-network-layout.h"
#include "nb-test-util.h"

/* The map of the network: who is on it (the nearest first) and where the
 * force-directed layout puts them. */

/* @n people (node 0 the focus) and @n_edges links drawn from a seeded
 * generator, links to self and repeats left out. */
static NbNetworkGraph *
random_graph (guint   n,
              guint   n_edges,
              guint32 seed)
{
  NbNetworkGraph *graph = nb_network_graph_new ();
  GRand *rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      g_assert_cmpuint (nb_network_graph_add_node (graph, i + 1, name, 0, 0), ==, i);
    }
  for (guint e = 0; e < n_edges; e++)
    nb_network_graph_add_edge (graph, g_rand_int_range (rand, 0, n), g_rand_int_range (rand, 0, n),
                               NB_NETWORK_EDGE_CIRCLE, NULL);
  g_rand_free (rand);

  return graph;
}

static double
distance (NbNetworkGraph *graph,
          guint           a,
          guint           b)
{
  double ax, ay, bx, by;

  nb_network_graph_get_position (graph, a, &ax, &ay);
  nb_network_graph_get_position (graph, b, &bx, &by);

  return hypot (ax - bx, ay - by);
}

static void
test_graph_edges (void)
{
  g_autoptr(NbNetworkGraph) graph = nb_network_graph_new ();
  guint source, target;
  NbNetworkEdgeKind kind;

  g_assert_cmpuint (nb_network_graph_add_node (graph, NB_NETWORK_ME, NULL, 0, 0), ==, 0);
  g_assert_cmpuint (nb_network_graph_add_node (graph, 12, "Ada", 0, 1), ==, 1);
  g_assert_cmpuint (nb_network_graph_add_node (graph, 13, "Charles", 0, 1), ==, 2);
  /* The same person again: the same node. */
  g_assert_cmpuint (nb_network_graph_add_node (graph, 12, "Ada", 0, 1), ==, 1);
  g_assert_cmpint (nb_network_graph_find_node (graph, 13), ==, 2);
  g_assert_cmpint (nb_network_graph_find_node (graph, 14), ==, -1);

  /* One edge per pair and kind, either way round; introductions keep
   * their direction. */
  g_assert_true (nb_network_graph_add_edge (graph, 1, 2, NB_NETWORK_EDGE_CIRCLE, "climbing"));
  g_assert_false (nb_network_graph_add_edge (graph, 2, 1, NB_NETWORK_EDGE_CIRCLE, "climbing"));
  g_assert_true (nb_network_graph_add_edge (graph, 2, 1, NB_NETWORK_EDGE_ORGANIZATION, "Acme"));
  g_assert_true (nb_network_graph_add_edge (graph, 2, 1, NB_NETWORK_EDGE_INTRODUCTION, NULL));
  g_assert_true (nb_network_graph_add_edge (graph, 1, 2, NB_NETWORK_EDGE_INTRODUCTION, NULL));
  g_assert_false (nb_network_graph_add_edge (graph, 1, 1, NB_NETWORK_EDGE_CIRCLE, NULL));
  /* One I made has no direction. */
  g_assert_true (nb_network_graph_add_edge (graph, 2, 1, NB_NETWORK_EDGE_MY_INTRODUCTION, NULL));
  g_assert_false (nb_network_graph_add_edge (graph, 1, 2, NB_NETWORK_EDGE_MY_INTRODUCTION, NULL));
  g_assert_cmpuint (nb_network_graph_get_n_edges (graph), ==, 5);

  nb_network_graph_get_edge (graph, 2, &source, &target, &kind);
  g_assert_cmpuint (source, ==, 2);
  g_assert_cmpuint (target, ==, 1);
  g_assert_cmpint (kind, ==, NB_NETWORK_EDGE_INTRODUCTION);
  g_assert_cmpstr (nb_network_graph_get_edge_label (graph, 0), ==, "climbing");
}

/* @n people, me first (node 0, linked to everyone: I never hold the
 * others together) and people 1…n-1 named "Person i". */
static NbNetworkGraph *
graph_with_me (guint n)
{
  NbNetworkGraph *graph = nb_network_graph_new ();

  nb_network_graph_add_node (graph, NB_NETWORK_ME, NULL, 0, 0);
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      nb_network_graph_add_node (graph, i, name, 0, 1);
      nb_network_graph_add_edge (graph, 0, i, NB_NETWORK_EDGE_IN_TOUCH, NULL);
    }

  return graph;
}

/* People @first to @last of the group @name, all linked to each other. */
static void
add_clique (NbNetworkGraph    *graph,
            NbNetworkEdgeKind  kind,
            const char        *name,
            guint              first,
            guint              last)
{
  guint group = nb_network_graph_add_group (graph, kind, name);

  for (guint i = first; i <= last; i++)
    {
      nb_network_graph_add_group_member (graph, group, i);
      for (guint j = i + 1; j <= last; j++)
        nb_network_graph_add_edge (graph, i, j, kind, name);
    }
}

static void
assert_connectors (NbNetworkGraph *graph,
                   guint           expected)
{
  for (guint i = 0; i < nb_network_graph_get_n_nodes (graph); i++)
    g_assert_cmpint (nb_network_graph_is_connector (graph, i), ==, i == expected);
}

static void
test_graph_connectors (void)
{
  /* Work (1-4) and Climbing (4-7), Person 4 in both. */
  {
    g_autoptr(NbNetworkGraph) graph = graph_with_me (8);
    const char * const *parts;

    add_clique (graph, NB_NETWORK_EDGE_ORGANIZATION, "Work", 1, 4);
    add_clique (graph, NB_NETWORK_EDGE_CIRCLE, "Climbing", 4, 7);
    assert_connectors (graph, 4);
    parts = nb_network_graph_get_connected_parts (graph, 4);
    g_assert_nonnull (parts);
    g_assert_cmpstr (parts[0], ==, "Work");
    g_assert_cmpstr (parts[1], ==, "Climbing");
    g_assert_null (parts[2]);
    g_assert_null (nb_network_graph_get_connected_parts (graph, 0));

    /* Another link between them, an introduction: nobody is needed. */
    nb_network_graph_add_edge (graph, 6, 2, NB_NETWORK_EDGE_INTRODUCTION, NULL);
    assert_connectors (graph, G_MAXUINT);
  }

  /* Hedy climbs with 9 and 10 and works with 1-3, who sing with 4-7:
   * she connects Work (hers, though the choir is larger there) and
   * Climbing. */
  {
    g_autoptr(NbNetworkGraph) graph = graph_with_me (11);
    const char * const *parts;

    add_clique (graph, NB_NETWORK_EDGE_CIRCLE, "Choir", 1, 7);
    add_clique (graph, NB_NETWORK_EDGE_ORGANIZATION, "Work", 1, 3);
    nb_network_graph_add_group_member (graph, nb_network_graph_add_group (graph, NB_NETWORK_EDGE_ORGANIZATION,
                                                                          "Work"), 8);
    for (guint i = 1; i <= 3; i++)
      nb_network_graph_add_edge (graph, 8, i, NB_NETWORK_EDGE_ORGANIZATION, "Work");
    add_clique (graph, NB_NETWORK_EDGE_CIRCLE, "Climbing", 8, 10);
    assert_connectors (graph, 8);
    parts = nb_network_graph_get_connected_parts (graph, 8);
    g_assert_cmpstr (parts[0], ==, "Work");
    g_assert_cmpstr (parts[1], ==, "Climbing");
    g_assert_null (parts[2]);
  }

  /* One clique: nobody. */
  {
    g_autoptr(NbNetworkGraph) graph = graph_with_me (6);

    add_clique (graph, NB_NETWORK_EDGE_CIRCLE, "Family", 1, 5);
    assert_connectors (graph, G_MAXUINT);
  }

  /* A chain 1-2-3-4-5 without groups: 3 leaves two pairs apart (named by
   * their nearest person); 2 and 4 leave one person alone only. */
  {
    g_autoptr(NbNetworkGraph) graph = graph_with_me (6);
    const char * const *parts;

    for (guint i = 1; i < 5; i++)
      nb_network_graph_add_edge (graph, i, i + 1, NB_NETWORK_EDGE_MY_INTRODUCTION, NULL);
    assert_connectors (graph, 3);
    parts = nb_network_graph_get_connected_parts (graph, 3);
    g_assert_cmpstr (parts[0], ==, "Person 1");
    g_assert_cmpstr (parts[1], ==, "Person 4");
    g_assert_null (parts[2]);
  }

  /* The first person (where the search starts) between three circles,
   * the third of which is also the second's name elsewhere. */
  {
    g_autoptr(NbNetworkGraph) graph = graph_with_me (8);
    const char * const *parts;

    add_clique (graph, NB_NETWORK_EDGE_CIRCLE, "Choir", 1, 3);
    add_clique (graph, NB_NETWORK_EDGE_CIRCLE, "Chess", 4, 5);
    nb_network_graph_add_edge (graph, 1, 4, NB_NETWORK_EDGE_INTRODUCTION, NULL);
    nb_network_graph_add_edge (graph, 1, 6, NB_NETWORK_EDGE_INTRODUCTION, NULL);
    nb_network_graph_add_edge (graph, 6, 7, NB_NETWORK_EDGE_CIRCLE, NULL);
    assert_connectors (graph, 1);
    parts = nb_network_graph_get_connected_parts (graph, 1);
    g_assert_cmpstr (parts[0], ==, "Choir");
    g_assert_cmpstr (parts[1], ==, "Chess");
    g_assert_cmpstr (parts[2], ==, "Person 6");
    g_assert_null (parts[3]);
  }
}

static void
test_layout_deterministic (void)
{
  g_autoptr(NbNetworkGraph) a = random_graph (120, 300, 1);
  g_autoptr(NbNetworkGraph) b = random_graph (120, 300, 1);
  g_autoptr(NbNetworkGraph) c = random_graph (120, 300, 1);
  guint differ = 0;

  nb_network_layout_run (a, 42, 0);
  nb_network_layout_run (b, 42, 0);
  nb_network_layout_run (c, 43, 0);

  for (guint i = 0; i < 120; i++)
    {
      double ax, ay, bx, by, cx, cy;

      nb_network_graph_get_position (a, i, &ax, &ay);
      nb_network_graph_get_position (b, i, &bx, &by);
      nb_network_graph_get_position (c, i, &cx, &cy);
      /* Exactly the same, bit for bit. */
      g_assert_true (ax == bx && ay == by);
      differ += ax != cx || ay != cy;
    }
  /* Another seed, another picture (the focus stays at the centre). */
  g_assert_cmpuint (differ, ==, 119);
}

static void
assert_in_bounds (NbNetworkGraph *graph)
{
  guint n = nb_network_graph_get_n_nodes (graph);
  double bound = 2 * sqrt (n) + 4;
  double x, y;

  for (guint i = 0; i < n; i++)
    {
      nb_network_graph_get_position (graph, i, &x, &y);
      g_assert_true (isfinite (x) && isfinite (y));
      g_assert_cmpfloat (fabs (x), <=, bound);
      g_assert_cmpfloat (fabs (y), <=, bound);
    }
  nb_network_graph_get_position (graph, 0, &x, &y);
  g_assert_cmpfloat (x, ==, 0);
  g_assert_cmpfloat (y, ==, 0);
}

static void
test_layout_bounds (void)
{
  /* Nobody linked; everyone linked to the focus (a star); a dense tangle;
   * one person; two. */
  guint sizes[][2] = { { 300, 0 }, { 500, 2000 }, { 60, 1500 }, { 1, 0 }, { 2, 1 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(NbNetworkGraph) graph = random_graph (sizes[s][0], sizes[s][1], s);

      nb_network_layout_run (graph, s, 0);
      assert_in_bounds (graph);
    }

  {
    g_autoptr(NbNetworkGraph) star = random_graph (200, 0, 0);

    for (guint i = 1; i < 200; i++)
      nb_network_graph_add_edge (star, 0, i, NB_NETWORK_EDGE_IN_TOUCH, NULL);
    nb_network_layout_run (star, 5, 0);
    assert_in_bounds (star);
    /* A star's people around the focus, at about a link's length (the
     * crowd pushes them out somewhat), not piled up on it. */
    for (guint i = 1; i < 200; i++)
      {
        g_assert_cmpfloat (distance (star, 0, i), >, 0.3);
        g_assert_cmpfloat (distance (star, 0, i), <, 2 * sqrt (200));
      }
  }
}

/* Two groups of ten, each linked within itself, the focus linked to one
 * person of each: linked people end closer than people of different
 * groups. */
static void
test_layout_clusters (void)
{
  g_autoptr(NbNetworkGraph) graph = random_graph (21, 0, 0);
  double linked = 0, apart = 0, longest_link = 0, shortest_apart = G_MAXDOUBLE;
  guint n_linked = 0, n_apart = 0;

  for (guint g = 0; g < 2; g++)
    for (guint i = 1 + 10 * g; i <= 10 + 10 * g; i++)
      for (guint j = i + 1; j <= 10 + 10 * g; j++)
        g_assert_true (nb_network_graph_add_edge (graph, i, j, NB_NETWORK_EDGE_CIRCLE, NULL));
  nb_network_graph_add_edge (graph, 0, 1, NB_NETWORK_EDGE_IN_TOUCH, NULL);
  nb_network_graph_add_edge (graph, 0, 11, NB_NETWORK_EDGE_IN_TOUCH, NULL);

  nb_network_layout_run (graph, 3, 0);
  assert_in_bounds (graph);

  for (guint i = 1; i <= 20; i++)
    for (guint j = i + 1; j <= 20; j++)
      {
        double d = distance (graph, i, j);

        if ((i - 1) / 10 == (j - 1) / 10)
          {
            linked += d;
            n_linked++;
            longest_link = MAX (longest_link, d);
          }
        else
          {
            apart += d;
            n_apart++;
            shortest_apart = MIN (shortest_apart, d);
          }
      }
  g_test_message ("linked: mean %.3f, longest %.3f; apart: mean %.3f, shortest %.3f",
                  linked / n_linked, longest_link, apart / n_apart, shortest_apart);
  g_assert_cmpfloat (linked / n_linked * 2, <, apart / n_apart);
  g_assert_cmpfloat (longest_link, <, shortest_apart);
}

/* The network of a store, selected and linked. */

typedef struct
{
  NbStore          *store;
  char             *path;
  GDateTime        *now;
} Fixture;

static gint64
add_person (Fixture    *fixture,
            const char *name,
            const char *organization,
            const char *tag,
            int         days_ago)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) draft = nb_test_contact_new (name, NULL);
  g_autoptr(NbContact) saved = NULL;
  const char *tags[] = { tag, NULL };

  nb_contact_set_organization (draft, organization);
  nb_contact_set_tags (draft, tags);
  saved = nb_store_save_contact (fixture->store, draft, &error);
  g_assert_no_error (error);

  if (days_ago >= 0)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (fixture->now, -days_ago);

      g_assert_true (nb_store_log_interaction (fixture->store, nb_contact_get_id (saved), when,
                                               NB_INTERACTION_CALL, NULL, &error));
      g_assert_no_error (error);
    }

  return nb_contact_get_id (saved);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->now = g_date_time_new_utc (2026, 12, 5, 12, 0, 0);
  nb_clock_set_fixed (fixture->now);
  fixture->store = nb_test_open_store (&fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
  nb_clock_set_fixed (NULL);
  g_clear_pointer (&fixture->now, g_date_time_unref);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  NbNetworkGraph **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = nb_store_load_network_finish (NB_STORE (source), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*out);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static NbNetworkGraph *
load (Fixture *fixture,
      gint64   focus,
      guint    max_nodes)
{
  NbNetworkGraph *graph = NULL;

  nb_store_load_network_async (fixture->store, focus, max_nodes, NULL, loaded_cb, &graph);
  nb_test_wait_for (is_set, &graph);

  return graph;
}

static gboolean
has_edge (NbNetworkGraph    *graph,
          gint64             a,
          gint64             b,
          NbNetworkEdgeKind  kind)
{
  int na = nb_network_graph_find_node (graph, a);
  int nb = nb_network_graph_find_node (graph, b);

  for (guint e = 0; na >= 0 && nb >= 0 && e < nb_network_graph_get_n_edges (graph); e++)
    {
      guint s, t;
      NbNetworkEdgeKind k;

      nb_network_graph_get_edge (graph, e, &s, &t, &k);
      if (k == kind && ((s == (guint) na && t == (guint) nb) || (s == (guint) nb && t == (guint) na)))
        return TRUE;
    }

  return FALSE;
}

static void
test_select_nearest (Fixture       *fixture,
                     gconstpointer  data)
{
  /* In touch this year: Ada (2 days ago), Charles (100 days); the others
   * earlier or never. Ada climbs with Grace (380 days), Alan (500) and
   * Emmy (never); Charles works at the Royal Society with Michael (390).
   * Nobody leads to Mary or Sofia. */
  gint64 ada = add_person (fixture, "Ada Lovelace", NULL, "climbing", 2);
  gint64 charles = add_person (fixture, "Charles Babbage", "Royal Society", NULL, 100);
  gint64 mary = add_person (fixture, "Mary Somerville", NULL, NULL, 400);
  gint64 grace = add_person (fixture, "Grace Hopper", NULL, "climbing", 380);
  gint64 alan = add_person (fixture, "Alan Turing", NULL, "climbing", 500);
  gint64 emmy = add_person (fixture, "Emmy Noether", NULL, "climbing", -1);
  gint64 michael = add_person (fixture, "Michael Faraday", "Royal Society", NULL, 390);
  gint64 sofia = add_person (fixture, "Sofia Kovalevskaya", "Royal Society of Chemistry", NULL, -1);
  g_autoptr(NbNetworkGraph) all = NULL;
  g_autoptr(NbNetworkGraph) five = NULL;
  g_autoptr(NbNetworkGraph) ada_map = NULL;
  gint64 expected[] = { NB_NETWORK_ME, ada, charles, grace, michael, alan, emmy };
  guint distances[] = { 0, 1, 1, 2, 2, 2, 2 };

  /* Everyone near me: by distance, then most recently in touch; Mary and
   * Sofia are not linked to anyone on the map. */
  all = load (fixture, NB_NETWORK_ME, 0);
  g_assert_cmpuint (nb_network_graph_get_n_nodes (all), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpint (nb_network_graph_get_node_id (all, i), ==, expected[i]);
      g_assert_cmpuint (nb_network_graph_get_node_distance (all, i), ==, distances[i]);
    }
  g_assert_cmpint (nb_network_graph_find_node (all, mary), ==, -1);
  g_assert_cmpint (nb_network_graph_find_node (all, sofia), ==, -1);
  g_assert_null (nb_network_graph_get_node_name (all, 0));
  g_assert_cmpstr (nb_network_graph_get_node_name (all, 1), ==, "Ada Lovelace");

  g_assert_true (has_edge (all, NB_NETWORK_ME, ada, NB_NETWORK_EDGE_IN_TOUCH));
  g_assert_true (has_edge (all, NB_NETWORK_ME, charles, NB_NETWORK_EDGE_IN_TOUCH));
  g_assert_false (has_edge (all, NB_NETWORK_ME, michael, NB_NETWORK_EDGE_IN_TOUCH));
  g_assert_false (has_edge (all, NB_NETWORK_ME, emmy, NB_NETWORK_EDGE_IN_TOUCH));
  g_assert_true (has_edge (all, ada, emmy, NB_NETWORK_EDGE_CIRCLE));
  g_assert_true (has_edge (all, grace, alan, NB_NETWORK_EDGE_CIRCLE));
  g_assert_true (has_edge (all, charles, michael, NB_NETWORK_EDGE_ORGANIZATION));
  g_assert_false (has_edge (all, ada, charles, NB_NETWORK_EDGE_CIRCLE));
  /* 2 in touch, 6 pairs in the circle of four, 1 in the Royal Society
   * (not the Royal Society of Chemistry); no introduction made up. */
  g_assert_cmpuint (nb_network_graph_get_n_edges (all), ==, 2 + 6 + 1);

  /* The groups of two or more people, their members in the map's order. */
  g_assert_cmpuint (nb_network_graph_get_n_groups (all), ==, 2);
  {
    int climbing = nb_network_graph_find_group (all, NB_NETWORK_EDGE_CIRCLE, "climbing");
    int society = nb_network_graph_find_group (all, NB_NETWORK_EDGE_ORGANIZATION, "Royal Society");
    guint n_members;
    const guint *members;

    g_assert_cmpint (climbing, >=, 0);
    g_assert_cmpint (society, >=, 0);
    g_assert_cmpint (nb_network_graph_find_group (all, NB_NETWORK_EDGE_ORGANIZATION, "climbing"), ==, -1);
    g_assert_cmpint (nb_network_graph_get_group_kind (all, society), ==, NB_NETWORK_EDGE_ORGANIZATION);
    g_assert_cmpstr (nb_network_graph_get_group_name (all, climbing), ==, "climbing");
    members = nb_network_graph_get_group_members (all, climbing, &n_members);
    g_assert_cmpuint (n_members, ==, 4);
    g_assert_cmpint (nb_network_graph_get_node_id (all, members[0]), ==, ada);
    g_assert_cmpint (nb_network_graph_get_node_id (all, members[1]), ==, grace);
    g_assert_cmpint (nb_network_graph_get_node_id (all, members[2]), ==, alan);
    g_assert_cmpint (nb_network_graph_get_node_id (all, members[3]), ==, emmy);
    members = nb_network_graph_get_group_members (all, society, &n_members);
    g_assert_cmpuint (n_members, ==, 2);
    g_assert_cmpint (nb_network_graph_get_node_id (all, members[0]), ==, charles);
    g_assert_cmpint (nb_network_graph_get_node_id (all, members[1]), ==, michael);
  }

  /* Only five: the nearest; at distance two, the most recent first. */
  five = load (fixture, NB_NETWORK_ME, 5);
  g_assert_cmpuint (nb_network_graph_get_n_nodes (five), ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (nb_network_graph_get_node_id (five, i), ==, expected[i]);

  /* Around Ada: me and her circle first, then through me the others. */
  ada_map = load (fixture, ada, 4);
  g_assert_cmpint (nb_network_graph_get_node_id (ada_map, 0), ==, ada);
  g_assert_cmpint (nb_network_graph_get_node_id (ada_map, 1), ==, NB_NETWORK_ME);
  g_assert_cmpint (nb_network_graph_get_node_id (ada_map, 2), ==, grace);
  g_assert_cmpint (nb_network_graph_get_node_id (ada_map, 3), ==, alan);
  {
    double x, y;

    nb_network_graph_get_position (ada_map, 0, &x, &y);
    g_assert_true (x == 0 && y == 0);
  }
}

/* An introduction saved in the store: @introducer (0: me) among @a and
 * @b, @days_ago. Returns its id. */
static gint64
save_introduction (Fixture *fixture,
                   gint64   introducer,
                   gint64   a,
                   gint64   b,
                   int      days_ago)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = g_date_time_add_days (fixture->now, -days_ago);
  g_autoptr(NbInteraction) draft = nb_interaction_new ();
  g_autoptr(NbInteraction) saved = NULL;

  nb_interaction_set_kind (draft, NB_INTERACTION_INTRODUCTION);
  nb_interaction_set_date_time (draft, when);
  nb_interaction_add_person (draft, a);
  nb_interaction_add_person (draft, b);
  if (introducer != 0)
    nb_interaction_set_introducer (draft, introducer);
  saved = nb_store_save_interaction (fixture->store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_interaction_get_introducer (saved), ==, introducer);

  return nb_interaction_get_id (saved);
}

/* The edge of @kind between @a and @b, in this direction only, or -1. */
static int
find_edge (NbNetworkGraph    *graph,
           gint64             a,
           gint64             b,
           NbNetworkEdgeKind  kind)
{
  int na = nb_network_graph_find_node (graph, a);
  int nb = nb_network_graph_find_node (graph, b);

  for (guint e = 0; na >= 0 && nb >= 0 && e < nb_network_graph_get_n_edges (graph); e++)
    {
      guint s, t;
      NbNetworkEdgeKind k;

      nb_network_graph_get_edge (graph, e, &s, &t, &k);
      if (k == kind && s == (guint) na && t == (guint) nb)
        return (int) e;
    }

  return -1;
}

static void
test_select_introductions (Fixture       *fixture,
                           gconstpointer  data)
{
  /* Nobody in touch in the last year (the introductions are older), so
   * that the introductions alone lead from one to the other. I
   * introduced Ada and Charles to each other; Grace introduced me to
   * Alan; I introduced Ada to Emmy, but that one is deleted (can still be
   * undone). Mary introduced me to Sofia, far from Ada. */
  gint64 ada = add_person (fixture, "Ada Lovelace", NULL, NULL, -1);
  gint64 charles = add_person (fixture, "Charles Babbage", NULL, NULL, -1);
  gint64 grace = add_person (fixture, "Grace Hopper", NULL, NULL, -1);
  gint64 alan = add_person (fixture, "Alan Turing", NULL, NULL, -1);
  gint64 emmy = add_person (fixture, "Emmy Noether", NULL, NULL, -1);
  gint64 mary = add_person (fixture, "Mary Somerville", NULL, NULL, -1);
  gint64 sofia = add_person (fixture, "Sofia Kovalevskaya", NULL, NULL, -1);
  g_autoptr(NbNetworkGraph) ada_map = NULL;
  g_autoptr(NbNetworkGraph) grace_map = NULL;
  g_autoptr(NbNetworkGraph) alan_map = NULL;
  g_autoptr(GError) error = NULL;
  gint64 hidden;

  save_introduction (fixture, 0, ada, charles, 400);
  save_introduction (fixture, grace, grace, alan, 410);
  hidden = save_introduction (fixture, 0, ada, emmy, 420);
  save_introduction (fixture, mary, sofia, mary, 430);
  g_assert_true (nb_store_set_interaction_hidden (fixture->store, hidden, TRUE, &error));
  g_assert_no_error (error);

  /* Around Ada: Charles, one link away; not Emmy. */
  ada_map = load (fixture, ada, 0);
  g_assert_cmpuint (nb_network_graph_get_n_nodes (ada_map), ==, 2);
  g_assert_cmpint (nb_network_graph_get_node_id (ada_map, 1), ==, charles);
  g_assert_cmpuint (nb_network_graph_get_node_distance (ada_map, 1), ==, 1);
  g_assert_cmpint (nb_network_graph_find_node (ada_map, emmy), ==, -1);
  g_assert_cmpuint (nb_network_graph_get_n_edges (ada_map), ==, 1);
  /* One I made: no direction (either way round finds it). */
  g_assert_true (has_edge (ada_map, ada, charles, NB_NETWORK_EDGE_MY_INTRODUCTION));
  g_assert_false (has_edge (ada_map, ada, charles, NB_NETWORK_EDGE_INTRODUCTION));

  /* Around Grace and around Alan: the arrow from Grace to Alan, whoever
   * is in the middle. */
  grace_map = load (fixture, grace, 0);
  alan_map = load (fixture, alan, 0);
  g_assert_cmpuint (nb_network_graph_get_n_nodes (grace_map), ==, 2);
  g_assert_cmpuint (nb_network_graph_get_n_nodes (alan_map), ==, 2);
  g_assert_cmpuint (nb_network_graph_get_n_edges (grace_map), ==, 1);
  g_assert_cmpint (find_edge (grace_map, grace, alan, NB_NETWORK_EDGE_INTRODUCTION), ==, 0);
  g_assert_cmpint (find_edge (alan_map, grace, alan, NB_NETWORK_EDGE_INTRODUCTION), ==, 0);
  g_assert_cmpint (find_edge (alan_map, alan, grace, NB_NETWORK_EDGE_INTRODUCTION), ==, -1);
  g_assert_cmpint (find_edge (alan_map, grace, alan, NB_NETWORK_EDGE_MY_INTRODUCTION), ==, -1);

  /* The introducer is known whichever order the people were saved in. */
  {
    g_autoptr(NbNetworkGraph) sofia_map = load (fixture, sofia, 0);

    g_assert_cmpint (find_edge (sofia_map, mary, sofia, NB_NETWORK_EDGE_INTRODUCTION), >=, 0);
    g_assert_cmpint (nb_network_graph_find_node (sofia_map, ada), ==, -1);
  }

  /* Undone: Emmy is back, linked to Ada. */
  g_assert_true (nb_store_set_interaction_hidden (fixture->store, hidden, FALSE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(NbNetworkGraph) again = load (fixture, ada, 0);

    g_assert_cmpuint (nb_network_graph_get_n_nodes (again), ==, 3);
    g_assert_true (has_edge (again, emmy, ada, NB_NETWORK_EDGE_MY_INTRODUCTION));
    g_assert_false (has_edge (again, emmy, charles, NB_NETWORK_EDGE_MY_INTRODUCTION));
  }
}

/* Someone who made many introductions: only the most recent are read
 * from them (20), so the older ones do not lead anywhere from them. */
static void
test_select_introductions_bound (Fixture       *fixture,
                                 gconstpointer  data)
{
  gint64 ada = add_person (fixture, "Ada Lovelace", NULL, NULL, -1);
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(NbNetworkGraph) graph = NULL;

  for (guint i = 0; i < 25; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      gint64 id = add_person (fixture, name, NULL, NULL, -1);

      g_array_append_val (others, id);
      /* Person 0 the most recent, 24 the oldest; all over a year ago. */
      save_introduction (fixture, ada, ada, id, 400 + (int) i);
    }

  graph = load (fixture, ada, 0);
  g_assert_cmpuint (nb_network_graph_get_n_nodes (graph), ==, 1 + 20);
  for (guint i = 0; i < 25; i++)
    {
      gint64 id = g_array_index (others, gint64, i);

      if (i < 20)
        g_assert_cmpint (find_edge (graph, ada, id, NB_NETWORK_EDGE_INTRODUCTION), >=, 0);
      else
        g_assert_cmpint (nb_network_graph_find_node (graph, id), ==, -1);
    }
  g_assert_cmpuint (nb_network_graph_get_n_edges (graph), ==, 20);

  /* From one of the older ones, their introduction is found. */
  g_clear_object (&graph);
  graph = load (fixture, g_array_index (others, gint64, 24), 0);
  g_assert_cmpint (find_edge (graph, ada, g_array_index (others, gint64, 24),
                              NB_NETWORK_EDGE_INTRODUCTION), >=, 0);
}

static void
test_select_deleted (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 ada = add_person (fixture, "Ada Lovelace", NULL, NULL, 2);
  gint64 grace = add_person (fixture, "Grace Hopper", NULL, NULL, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(NbNetworkGraph) graph = NULL;

  g_assert_true (nb_store_delete_contact (fixture->store, ada, &error));
  g_assert_no_error (error);
  graph = load (fixture, NB_NETWORK_ME, 0);
  g_assert_cmpuint (nb_network_graph_get_n_nodes (graph), ==, 2);
  g_assert_cmpint (nb_network_graph_get_node_id (graph, 1), ==, grace);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/network/graph/edges", test_graph_edges);
  g_test_add_func ("/network/graph/connectors", test_graph_connectors);
  g_test_add_func ("/network/layout/deterministic", test_layout_deterministic);
  g_test_add_func ("/network/layout/bounds", test_layout_bounds);
  g_test_add_func ("/network/layout/clusters", test_layout_clusters);
  g_test_add ("/network/select/nearest", Fixture, NULL,
              fixture_set_up, test_select_nearest, fixture_tear_down);
  g_test_add ("/network/select/introductions", Fixture, NULL,
              fixture_set_up, test_select_introductions, fixture_tear_down);
  g_test_add ("/network/select/introductions-bound", Fixture, NULL,
              fixture_set_up, test_select_introductions_bound, fixture_tear_down);
  g_test_add ("/network/select/deleted", Fixture, NULL,
              fixture_set_up, test_select_deleted, fixture_tear_down);

  return g_test_run ();
}
