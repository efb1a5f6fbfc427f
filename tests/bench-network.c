/* bench-network.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include <gtk/gtk.h>

#include "nb-bench-util.h"
#include "nb-clock.h"
#include "nb-db.h"
#include "nb-network-layout.h"
#include "nb-network-map.h"
#include "nb-store-private.h"

/* The map of the network: prints figures, asserts only that it works.
 * Usage: bench-network [N] (default 100000 contacts). One contact in five
 * is in a newsletter circle (20,000 people of 100,000), one in twenty in
 * each of four smaller circles; organisations follow a long tail (the
 * largest has thousands of people, most a handful); 200,000 interactions
 * of one person each over two years, some people far more often than
 * others; one introduction for every twenty people, half of them mine
 * (between two people), half someone else's (who introduced me to
 * someone). Then: the layout alone of 500 people and 2,000 links, and the
 * map (read and laid out) around me and around a member of the huge
 * circle, 500 people at most; with a display, the snapshot of the map
 * around me (500 people, its groups drawn) and its drawing by the
 * window's renderer. The clock is fixed on 5 December 2026. */

static const char *circles[] = { "family", "friends", "climbing", "choir" };

static void
fill (NbStore *store,
      guint    n_contacts,
      GArray  *ids,
      GDateTime *now)
{
  NbDb *db = _nb_store_get_db (store);
  g_autoptr(GError) error = NULL;
  gint64 two_years = 2 * 365 * 24 * 3600;
  guint n_interactions = 2 * n_contacts;
  GRand *rand = g_rand_new_with_seed (13);
  double start = nb_bench_now_ms ();
  sqlite3_stmt *row, *person;

  g_assert_true (nb_db_begin (db, &error));
  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(NbContact) contact = nb_contact_new ();
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      g_autofree char *org = NULL;
      const char *tags[3] = { NULL, };
      guint n_tags = 0;
      double r = g_rand_double (rand);
      gint64 id;

      nb_contact_set_full_name (contact, name);
      if (g_rand_int_range (rand, 0, 5) == 0)
        tags[n_tags++] = "newsletter";
      if (g_rand_int_range (rand, 0, 5) == 0)
        tags[n_tags++] = circles[g_rand_int_range (rand, 0, G_N_ELEMENTS (circles))];
      nb_contact_set_tags (contact, tags);
      if (g_rand_int_range (rand, 0, 3) != 0)
        {
          /* A long tail: organisation 0 the largest. */
          org = g_strdup_printf ("Company %u Ltd", (guint) (n_contacts / 20 * r * r * r));
          nb_contact_set_organization (contact, org);
        }
      g_assert_true (nb_db_write_contact (db, contact, &error));
      id = nb_contact_get_id (contact);
      g_array_append_val (ids, id);
    }
  g_assert_true (nb_db_commit (db, &error));
  nb_bench_report ("set-up: contacts (one transaction)", nb_bench_now_ms () - start, NULL);

  start = nb_bench_now_ms ();
  g_assert_true (nb_db_begin (db, &error));
  row = nb_db_prepare (db,
                       "INSERT INTO interactions (uid, kind, date, has_time, created, updated)"
                       " VALUES (?, ?, ?, 1, 0, 0)",
                       &error);
  g_assert_nonnull (row);
  for (guint i = 0; i < n_interactions; i++)
    {
      g_autofree char *uid = g_strdup_printf ("bench-%u", i);
      double r = g_rand_double (rand);
      guint who = MIN ((guint) (n_contacts * r * r), n_contacts - 1);
      gint64 date = g_date_time_to_unix (now) - g_rand_int_range (rand, 3600, two_years);
      gint64 interaction;

      sqlite3_bind_text (row, 1, uid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (row, 2, NB_INTERACTION_CALL);
      sqlite3_bind_int64 (row, 3, date);
      g_assert_true (nb_db_step_done (db, row, &error));
      interaction = sqlite3_last_insert_rowid (nb_db_get_handle (db));

      person = nb_db_prepare (db,
                              "INSERT OR IGNORE INTO interaction_people"
                              " (interaction_id, contact_id, date) VALUES (?, ?, ?)",
                              &error);
      sqlite3_bind_int64 (person, 1, interaction);
      sqlite3_bind_int64 (person, 2, g_array_index (ids, gint64, who));
      sqlite3_bind_int64 (person, 3, date);
      g_assert_true (nb_db_step_done (db, person, &error));
    }
  /* Introductions: one for every twenty people; even ones mine between
   * two people, odd ones someone's (the first) who introduced me to the
   * second. */
  sqlite3_reset (row);
  row = nb_db_prepare (db,
                       "INSERT INTO interactions (uid, kind, date, has_time, created, updated,"
                       " introducer) VALUES (?, ?, ?, 1, 0, 0, ?)",
                       &error);
  g_assert_nonnull (row);
  for (guint i = 0; i < n_contacts / 20; i++)
    {
      g_autofree char *uid = g_strdup_printf ("bench-introduction-%u", i);
      gint64 date = g_date_time_to_unix (now) - g_rand_int_range (rand, 3600, two_years);
      double r = g_rand_double (rand);
      gint64 a = g_array_index (ids, gint64, MIN ((guint) (n_contacts * r * r), n_contacts - 1));
      gint64 b = g_array_index (ids, gint64, g_rand_int_range (rand, 0, n_contacts));
      gint64 interaction;

      if (a == b)
        continue;
      sqlite3_bind_text (row, 1, uid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (row, 2, NB_INTERACTION_INTRODUCTION);
      sqlite3_bind_int64 (row, 3, date);
      if (i % 2 == 1)
        sqlite3_bind_int64 (row, 4, a);
      else
        sqlite3_bind_null (row, 4);
      g_assert_true (nb_db_step_done (db, row, &error));
      interaction = sqlite3_last_insert_rowid (nb_db_get_handle (db));
      for (guint p = 0; p < 2; p++)
        {
          person = nb_db_prepare (db,
                                  "INSERT OR IGNORE INTO interaction_people"
                                  " (interaction_id, contact_id, date) VALUES (?, ?, ?)",
                                  &error);
          sqlite3_bind_int64 (person, 1, interaction);
          sqlite3_bind_int64 (person, 2, p == 0 ? a : b);
          sqlite3_bind_int64 (person, 3, date);
          g_assert_true (nb_db_step_done (db, person, &error));
        }
    }
  for (guint i = 0; i < ids->len; i++)
    g_assert_true (nb_db_update_last_interaction (db, g_array_index (ids, gint64, i), &error));
  g_assert_true (nb_db_commit (db, &error));
  {
    g_autofree char *text = g_strdup_printf ("%u interactions, %u introductions", n_interactions,
                                             n_contacts / 20);

    nb_bench_report ("set-up: interactions and last in touch", nb_bench_now_ms () - start, text);
  }

  g_assert_true (nb_db_exec (db, "ANALYZE", &error));
  g_rand_free (rand);
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
}

static char *
describe (NbNetworkGraph *graph)
{
  guint kinds[NB_NETWORK_EDGE_N_KINDS] = { 0, };
  guint far = 0, connectors = 0;

  for (guint e = 0; e < nb_network_graph_get_n_edges (graph); e++)
    {
      NbNetworkEdgeKind kind;

      nb_network_graph_get_edge (graph, e, NULL, NULL, &kind);
      kinds[kind]++;
    }
  for (guint i = 0; i < nb_network_graph_get_n_nodes (graph); i++)
    far = MAX (far, nb_network_graph_get_node_distance (graph, i));

  for (guint i = 0; i < nb_network_graph_get_n_nodes (graph); i++)
    connectors += nb_network_graph_is_connector (graph, i);

  return g_strdup_printf ("%u people (up to %u links away), %u links: %u in touch, %u circle,"
                          " %u organisation, %u introduction; %u groups; %u connect parts",
                          nb_network_graph_get_n_nodes (graph), far,
                          nb_network_graph_get_n_edges (graph),
                          kinds[NB_NETWORK_EDGE_IN_TOUCH], kinds[NB_NETWORK_EDGE_CIRCLE],
                          kinds[NB_NETWORK_EDGE_ORGANIZATION],
                          kinds[NB_NETWORK_EDGE_INTRODUCTION] + kinds[NB_NETWORK_EDGE_MY_INTRODUCTION],
                          nb_network_graph_get_n_groups (graph), connectors);
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  (*(guint *) data)++;

  return G_SOURCE_CONTINUE;
}

/* The map of @graph (laid out) in a 1280×900 window: the best of ten
 * snapshots, and of ten drawings of one by the window's renderer. */
static void
bench_snapshot (NbNetworkGraph *graph)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *map = nb_network_map_new ();
  GskRenderer *renderer;
  g_autofree char *text = NULL;
  guint frames = 0;
  guint tick;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_set_child (GTK_WINDOW (window), map);
  nb_network_map_set_graph (NB_NETWORK_MAP (map), graph);
  tick = gtk_widget_add_tick_callback (map, count_frame_cb, &frames, NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (frames < 3)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (map, tick);
  width = gtk_widget_get_width (map);
  height = gtk_widget_get_height (map);
  g_assert_cmpint (width, >, 0);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (map));

  /* Still or panning (the shapes kept), then zooming (the shapes drawn
   * again at each step). */
  for (guint zooming = 0; zooming < 2; zooming++)
    {
      double snapshot_ms = G_MAXDOUBLE, render_ms = G_MAXDOUBLE;

      for (guint run = 0; run < 10; run++)
        {
          GtkSnapshot *snapshot = gtk_snapshot_new ();
          g_autoptr(GskRenderNode) node = NULL;
          g_autoptr(GdkTexture) texture = NULL;
          double start;

          if (zooming)
            nb_network_map_set_zoom (NB_NETWORK_MAP (map), run % 2 ? 0.9 : 1.0);
          start = nb_bench_now_ms ();
          GTK_WIDGET_GET_CLASS (map)->snapshot (map, snapshot);
          node = gtk_snapshot_free_to_node (snapshot);
          snapshot_ms = MIN (snapshot_ms, nb_bench_now_ms () - start);
          g_assert_nonnull (node);

          start = nb_bench_now_ms ();
          texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
          render_ms = MIN (render_ms, nb_bench_now_ms () - start);
          g_assert_nonnull (texture);
        }

      text = g_strdup_printf ("%u groups drawn, %d×%d px, zoom %.2f",
                              nb_network_map_get_n_shapes (NB_NETWORK_MAP (map)), width, height,
                              nb_network_map_get_zoom (NB_NETWORK_MAP (map)));
      nb_bench_report (zooming ? "snapshot of the map around me, zooming" : "snapshot of the map around me",
              snapshot_ms, text);
      g_clear_pointer (&text, g_free);
      text = g_strdup_printf ("by %s", G_OBJECT_TYPE_NAME (renderer));
      nb_bench_report ("drawing it", render_ms, text);
      g_clear_pointer (&text, g_free);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
bench_map (NbStore    *store,
           gint64      focus,
           const char *what)
{
  NbDb *db = _nb_store_get_db (store);
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(NbNetworkGraph) graph = NULL;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  double ms;

  NB_BENCH_TIME_BEST (ms, 3, {
    g_autoptr(GError) error = NULL;

    g_clear_object (&graph);
    graph = nb_db_load_network (db, focus, 0, g_date_time_to_unix (now), NULL, NULL, &error);
    g_assert_no_error (error);
  });
  text = describe (graph);
  label = g_strdup_printf ("read the map around %s", what);
  nb_bench_report (label, ms, text);
  g_clear_pointer (&label, g_free);
  g_clear_pointer (&text, g_free);

  NB_BENCH_TIME_BEST (ms, 3, nb_network_layout_run (graph, 1, 0));
  label = g_strdup_printf ("lay out the map around %s", what);
  nb_bench_report (label, ms, NULL);
  g_clear_pointer (&label, g_free);

  NB_BENCH_TIME_BEST (ms, 3, {
    g_autoptr(NbNetworkGraph) loaded = NULL;

    nb_store_load_network_async (store, focus, 0, NULL, loaded_cb, &loaded);
    while (loaded == NULL)
      g_main_context_iteration (NULL, TRUE);
  });
  label = g_strdup_printf ("map around %s, read and laid out (async)", what);
  nb_bench_report (label, ms, NULL);

  if (focus == NB_NETWORK_ME && gtk_init_check ())
    bench_snapshot (graph);
  else if (focus == NB_NETWORK_ME)
    nb_bench_report ("snapshot of the map around me: no display, not measured", 0, NULL);
}

int
main (int   argc,
      char *argv[])
{
  guint n_contacts = argc > 1 ? strtoul (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("bench-network-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "netbook.db", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 5, 12, 0, 0);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(NbStore) store = NULL;
  g_autoptr(GError) error = NULL;
  double ms;

  setlocale (LC_ALL, "");
  nb_clock_set_fixed (now);

  /* The layout alone: 500 people, 2,000 links at random. */
  {
    g_autoptr(NbNetworkGraph) graph = nb_network_graph_new ();
    GRand *rand = g_rand_new_with_seed (5);

    for (guint i = 0; i < 500; i++)
      nb_network_graph_add_node (graph, i, "Person", 0, 0);
    while (nb_network_graph_get_n_edges (graph) < 2000)
      nb_network_graph_add_edge (graph, g_rand_int_range (rand, 0, 500),
                                 g_rand_int_range (rand, 0, 500), NB_NETWORK_EDGE_CIRCLE, NULL);
    g_rand_free (rand);

    g_print ("Network map layout\n");
    NB_BENCH_TIME_BEST (ms, 5, nb_network_layout_run (graph, 7, 0));
    nb_bench_report ("layout, 500 people, 2,000 links (" G_STRINGIFY (NB_NETWORK_LAYOUT_ITERATIONS)
            " steps)", ms, NULL);
  }

  store = nb_store_new (path, &error);
  g_assert_no_error (error);

  g_print ("Network map: %u contacts\n", n_contacts);
  fill (store, n_contacts, ids, now);

  bench_map (store, NB_NETWORK_ME, "me");
  {
    /* The first member of the newsletter circle. */
    NbDb *db = _nb_store_get_db (store);
    sqlite3_stmt *stmt = nb_db_prepare (db,
                                        "SELECT contact_id FROM contact_tags WHERE tag = 'newsletter'"
                                        " ORDER BY contact_id LIMIT 1",
                                        &error);
    gint64 member;

    g_assert_true (sqlite3_step (stmt) == SQLITE_ROW);
    member = sqlite3_column_int64 (stmt, 0);
    sqlite3_reset (stmt);
    bench_map (store, member, "a member of the newsletter circle");
  }

  g_clear_object (&store);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_unlink (file);
      }
    g_rmdir (dir);
  }
  nb_clock_set_fixed (NULL);

  return 0;
}
