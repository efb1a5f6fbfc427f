/* test-gui-network.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gi18n.h>
#include <math.h>

#include "nb-clock.h"
#include "nb-contact-card.h"
#include "nb-gui-test-util.h"
#include "nb-network-view.h"
#include "nb-network-layout.h"
#include "nb-network-list.h"
#include "nb-network-map.h"
#include "nb-test-util.h"

/* The map of the network alone, in a plain window, with a small graph
 * made here: clicks with the real mouse of the X server, keys with its
 * keyboard (xdotool), the list beside it; and how long drawing 500 people
 * takes. */

typedef struct
{
  GtkWindow      *window;
  NbNetworkMap   *map;
  NbNetworkList  *list;
  NbNetworkGraph *graph;
  GArray         *activated;  /* gint64 contact ids, in order */
} Fixture;

static void
activated_cb (GtkWidget *widget,
              gint64     contact_id,
              Fixture   *fixture)
{
  g_array_append_val (fixture->activated, contact_id);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  fixture->activated = g_array_new (FALSE, FALSE, sizeof (gint64));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 600);
  fixture->map = NB_NETWORK_MAP (nb_network_map_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (fixture->map), TRUE);
  fixture->list = NB_NETWORK_LIST (nb_network_list_new ());
  gtk_widget_set_size_request (GTK_WIDGET (fixture->list), 300, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->map));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->list));
  gtk_window_set_child (fixture->window, box);
  g_signal_connect (fixture->map, "activated", G_CALLBACK (activated_cb), fixture);
  g_signal_connect (fixture->list, "activated", G_CALLBACK (activated_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  nb_gui_settle ();
  g_clear_object (&fixture->graph);
  g_array_unref (fixture->activated);
}

/* Me; Ada (12) and Charles (13) in touch; Ada and Grace (14) climb
 * together; Alan (15) introduced me to Ada; I introduced Charles and
 * Grace to each other. */
static NbNetworkGraph *
small_graph (void)
{
  NbNetworkGraph *graph = nb_network_graph_new ();

  nb_network_graph_add_node (graph, NB_NETWORK_ME, NULL, 0, 0);
  nb_network_graph_add_node (graph, 12, "Ada Lovelace", 0, 1);
  nb_network_graph_add_node (graph, 13, "Charles Babbage", 0, 1);
  nb_network_graph_add_node (graph, 14, "Grace Hopper", 0, 2);
  nb_network_graph_add_node (graph, 15, "Alan Turing", 0, 2);
  nb_network_graph_add_edge (graph, 0, 1, NB_NETWORK_EDGE_IN_TOUCH, NULL);
  nb_network_graph_add_edge (graph, 0, 2, NB_NETWORK_EDGE_IN_TOUCH, NULL);
  nb_network_graph_add_edge (graph, 1, 3, NB_NETWORK_EDGE_CIRCLE, "climbing");
  nb_network_graph_add_edge (graph, 4, 1, NB_NETWORK_EDGE_INTRODUCTION, NULL);
  nb_network_graph_add_edge (graph, 3, 2, NB_NETWORK_EDGE_MY_INTRODUCTION, NULL);
  nb_network_graph_add_group_member (graph, nb_network_graph_add_group (graph, NB_NETWORK_EDGE_CIRCLE,
                                                                        "climbing"), 3);
  nb_network_graph_add_group_member (graph, 0, 1);
  nb_network_layout_run (graph, 1, 0);

  return graph;
}

static void
show (Fixture        *fixture,
      NbNetworkGraph *graph)
{
  fixture->graph = graph;
  nb_network_map_set_graph (fixture->map, graph);
  nb_network_list_set_graph (fixture->list, graph);
  gtk_window_present (fixture->window);
  nb_gui_wait_frames (GTK_WIDGET (fixture->map), 3);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->map)), >, 0);
}

/* Clicks the map where @node is drawn, with the X server's mouse. */
static void
click_node (Fixture *fixture,
            guint    node)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (fixture->map));
  graphene_point_t point, in_native;
  g_autofree char *xid = NULL, *x = NULL, *y = NULL;
  double x_point, y_point, dx, dy;

  g_assert_true (nb_network_map_get_node_point (fixture->map, node, &x_point, &y_point));
  point = GRAPHENE_POINT_INIT (x_point, y_point);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (fixture->map), GTK_WIDGET (native),
                                           &point, &in_native));
  gtk_native_get_surface_transform (native, &dx, &dy);
  xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (gtk_native_get_surface (native)));
  x = g_strdup_printf ("%d", (int) (in_native.x + dx));
  y = g_strdup_printf ("%d", (int) (in_native.y + dy));
  nb_gui_xdotool ("mousemove", "--window", xid, x, y, "sleep", "0.2", "click", "1", NULL);
  nb_gui_wait_frames (GTK_WIDGET (fixture->map), 2);
}

static void
test_click (Fixture       *fixture,
            gconstpointer  data)
{
  show (fixture, small_graph ());

  /* The node under the point of each person is that person. */
  for (guint i = 0; i < 5; i++)
    {
      double x, y;

      g_assert_true (nb_network_map_get_node_point (fixture->map, i, &x, &y));
      g_assert_cmpint (nb_network_map_node_at (fixture->map, x, y), ==, i);
    }
  g_assert_cmpint (nb_network_map_node_at (fixture->map, -100, -100), ==, -1);

  click_node (fixture, 1);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->activated, gint64, 0), ==, 12);
  g_assert_cmpint (nb_network_map_get_focus_node (fixture->map), ==, 1);

  click_node (fixture, 3);
  g_assert_cmpuint (fixture->activated->len, ==, 2);
  g_assert_cmpint (g_array_index (fixture->activated, gint64, 1), ==, 14);

  /* Me: no card to open. */
  click_node (fixture, 0);
  g_assert_cmpuint (fixture->activated->len, ==, 2);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  double zoom;

  show (fixture, small_graph ());
  gtk_widget_grab_focus (GTK_WIDGET (fixture->map));
  nb_gui_settle ();

  zoom = nb_network_map_get_zoom (fixture->map);
  nb_gui_xdotool ("key", "plus", NULL);
  g_assert_cmpfloat (nb_network_map_get_zoom (fixture->map), >, zoom);
  zoom = nb_network_map_get_zoom (fixture->map);
  nb_gui_xdotool ("key", "minus", "minus", NULL);
  g_assert_cmpfloat (nb_network_map_get_zoom (fixture->map), <, zoom);

  /* 0: everyone in view. */
  nb_network_map_set_zoom (fixture->map, 6.0);
  nb_gui_xdotool ("key", "0", NULL);
  g_assert_cmpfloat (nb_network_map_get_zoom (fixture->map), <=, 2.0);
  for (guint i = 0; i < 5; i++)
    {
      double x, y;

      g_assert_true (nb_network_map_get_node_point (fixture->map, i, &x, &y));
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x, <=, gtk_widget_get_width (GTK_WIDGET (fixture->map)));
      g_assert_cmpfloat (y, <=, gtk_widget_get_height (GTK_WIDGET (fixture->map)));
    }

  /* Tab from person to person (map order), Enter opens the card. */
  nb_network_map_focus_node (fixture->map, 0);
  nb_gui_xdotool ("key", "Tab", NULL);
  g_assert_cmpint (nb_network_map_get_focus_node (fixture->map), ==, 1);
  nb_gui_xdotool ("key", "Tab", NULL);
  g_assert_cmpint (nb_network_map_get_focus_node (fixture->map), ==, 2);
  nb_gui_xdotool ("key", "Return", NULL);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->activated, gint64, 0), ==, 13);

  /* An arrow goes to someone in that direction: towards me (at the
   * centre), along the axis I am mostly in, there is at least me. */
  {
    double fx, fy, x, y;
    int before = nb_network_map_get_focus_node (fixture->map);
    gboolean horizontal;
    const char *key;

    nb_network_graph_get_position (fixture->graph, (guint) before, &fx, &fy);
    horizontal = fabs (fx) >= fabs (fy);
    key = horizontal ? (fx > 0 ? "Left" : "Right") : (fy > 0 ? "Up" : "Down");
    nb_gui_xdotool ("key", key, NULL);
    g_assert_cmpint (nb_network_map_get_focus_node (fixture->map), !=, before);
    nb_network_graph_get_position (fixture->graph,
                                   (guint) nb_network_map_get_focus_node (fixture->map), &x, &y);
    if (horizontal)
      g_assert_true (fx > 0 ? x < fx : x > fx);
    else
      g_assert_true (fy > 0 ? y < fy : y > fy);
  }
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  GtkListBox *box;
  GtkListBoxRow *row;
  g_autofree char *ada_links = NULL;
  g_autofree char *alan_links = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *in_touch = NULL;
  g_autofree char *circle = NULL;
  g_autofree char *by = NULL;

  show (fixture, small_graph ());
  box = nb_network_list_get_list_box (fixture->list);

  /* Everyone, in the map's order, each with their links. */
  for (guint i = 0; i < 5; i++)
    {
      const char *name = nb_network_graph_get_node_name (fixture->graph, i);

      row = gtk_list_box_get_row_at_index (box, (int) i);
      g_assert_nonnull (row);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       name ? name : C_("map of the network", "Me"));
      g_assert_cmpint (gtk_list_box_row_get_activatable (row), ==, i != 0);
    }
  /* Then the circle, with all its people in the map's order. */
  {
    g_autofree char *title = g_strdup_printf (_("Circle %s"), "climbing");
    g_autofree char *members = g_strdup_printf ("Ada Lovelace%sGrace Hopper", _(", "));

    row = gtk_list_box_get_row_at_index (box, 5);
    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, members);
    g_assert_false (gtk_list_box_row_get_activatable (row));
  }
  g_assert_null (gtk_list_box_get_row_at_index (box, 6));

  /* On the map: the circle a shape, its line not drawn, the others are. */
  g_assert_cmpuint (nb_network_map_get_n_shapes (fixture->map), ==, 1);
  g_assert_cmpuint (nb_network_map_get_shape_group (fixture->map, 0), ==, 0);
  for (guint e = 0; e < nb_network_graph_get_n_edges (fixture->graph); e++)
    {
      NbNetworkEdgeKind kind;

      nb_network_graph_get_edge (fixture->graph, e, NULL, NULL, &kind);
      g_assert_cmpint (nb_network_map_get_edge_drawn (fixture->map, e), ==, kind != NB_NETWORK_EDGE_CIRCLE);
    }

  ada_links = nb_network_list_describe_links (fixture->graph, 1);
  in_touch = g_strdup_printf (_("In touch in the last year: %s"), C_("map of the network", "Me"));
  circle = g_strdup_printf (_("Circle %s: %s"), "climbing", "Grace Hopper");
  by = g_strdup_printf (_("Introduced to you by %s"), "Alan Turing");
  expected = g_strjoin (" · ", in_touch, circle, by, NULL);
  g_assert_cmpstr (ada_links, ==, expected);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (box, 1))),
                   ==, expected);
  /* Both ends of each introduction say it, in words. */
  alan_links = nb_network_list_describe_links (fixture->graph, 4);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf (_("Introduced you to %s"), "Ada Lovelace");
  g_assert_cmpstr (alan_links, ==, expected);
  {
    g_autofree char *charles_links = nb_network_list_describe_links (fixture->graph, 2);
    g_autofree char *grace_links = nb_network_list_describe_links (fixture->graph, 3);
    g_autofree char *to_grace = g_strdup_printf (_("Introduced to %s"), "Grace Hopper");
    g_autofree char *to_charles = g_strdup_printf (_("Introduced to %s"), "Charles Babbage");
    g_autofree char *charles_expected = g_strjoin (" · ", in_touch, to_grace, NULL);
    g_autofree char *grace_circle = g_strdup_printf (_("Circle %s: %s"), "climbing", "Ada Lovelace");
    g_autofree char *grace_expected = g_strjoin (" · ", grace_circle, to_charles, NULL);

    g_assert_cmpstr (charles_links, ==, charles_expected);
    g_assert_cmpstr (grace_links, ==, grace_expected);
  }

  /* A row activated with the mouse: that person. */
  nb_gui_mouse_click (GTK_WIDGET (gtk_list_box_get_row_at_index (box, 3)));
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->activated, gint64, 0), ==, 14);
}

/* Grace works with Ada and Charles and climbs with Alan and Emmy: she
 * connects the two; the row says so first, nobody else's does. */
static void
test_connectors (Fixture       *fixture,
                 gconstpointer  data)
{
  NbNetworkGraph *graph = nb_network_graph_new ();
  const char *names[] = { "Ada Lovelace", "Charles Babbage", "Grace Hopper", "Alan Turing", "Emmy Noether" };
  g_autofree char *connects = g_strdup_printf (_("Connects %s and %s"), "Work", "climbing");
  g_autofree char *prefix = g_strconcat (connects, " · ", NULL);
  guint work, climbing;

  nb_network_graph_add_node (graph, NB_NETWORK_ME, NULL, 0, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      nb_network_graph_add_node (graph, 12 + i, names[i], 0, 1);
      nb_network_graph_add_edge (graph, 0, i + 1, NB_NETWORK_EDGE_IN_TOUCH, NULL);
    }
  work = nb_network_graph_add_group (graph, NB_NETWORK_EDGE_ORGANIZATION, "Work");
  climbing = nb_network_graph_add_group (graph, NB_NETWORK_EDGE_CIRCLE, "climbing");
  for (guint i = 1; i <= 3; i++)
    {
      nb_network_graph_add_group_member (graph, work, i);
      nb_network_graph_add_group_member (graph, climbing, i + 2);
      for (guint j = i + 1; j <= 3; j++)
        {
          nb_network_graph_add_edge (graph, i, j, NB_NETWORK_EDGE_ORGANIZATION, "Work");
          nb_network_graph_add_edge (graph, i + 2, j + 2, NB_NETWORK_EDGE_CIRCLE, "climbing");
        }
    }
  nb_network_layout_run (graph, 1, 0);
  show (fixture, graph);

  for (guint i = 0; i < nb_network_graph_get_n_nodes (graph); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (nb_network_list_get_list_box (fixture->list),
                                                          (int) i);
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));

      g_assert_cmpint (g_str_has_prefix (subtitle, prefix), ==, i == 3);
      g_assert_cmpint (nb_network_graph_is_connector (graph, i), ==, i == 3);
    }
  /* The list is complete: everyone, then both groups. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (nb_network_list_get_list_box (fixture->list), 7));
  g_assert_null (gtk_list_box_get_row_at_index (nb_network_list_get_list_box (fixture->list), 8));

  /* Tab still goes through everyone on the map, then on to the list. */
  nb_network_map_focus_node (fixture->map, 0);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->map));
  nb_gui_settle ();
  for (guint i = 1; i < nb_network_graph_get_n_nodes (graph); i++)
    {
      nb_gui_xdotool ("key", "Tab", NULL);
      g_assert_cmpint (nb_network_map_get_focus_node (fixture->map), ==, i);
      g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->map)));
    }
  nb_gui_xdotool ("key", "Tab", NULL);
  g_assert_false (gtk_widget_has_focus (GTK_WIDGET (fixture->map)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (fixture->list)));

  /* Both groups are shapes; none of their lines is drawn. */
  g_assert_cmpuint (nb_network_map_get_n_shapes (fixture->map), ==, 2);
  for (guint e = 0; e < nb_network_graph_get_n_edges (graph); e++)
    {
      NbNetworkEdgeKind kind;

      nb_network_graph_get_edge (graph, e, NULL, NULL, &kind);
      g_assert_cmpint (nb_network_map_get_edge_drawn (fixture->map, e), ==, kind == NB_NETWORK_EDGE_IN_TOUCH);
    }
  if (g_getenv ("NB_MAP_PNG") != NULL)
    {
      g_autofree char *file = g_strconcat (g_getenv ("NB_MAP_PNG"), "-connectors.png", NULL);
      GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (fixture->map)));
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;

      nb_network_map_focus_node (fixture->map, 3);
      gtk_widget_grab_focus (GTK_WIDGET (fixture->map));
      GTK_WIDGET_GET_CLASS (fixture->map)->snapshot (GTK_WIDGET (fixture->map), snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      texture = gsk_renderer_render_texture (renderer, node,
                                             &GRAPHENE_RECT_INIT (0, 0,
                                                                  gtk_widget_get_width (GTK_WIDGET (fixture->map)),
                                                                  gtk_widget_get_height (GTK_WIDGET (fixture->map))));
      gdk_texture_save_to_png (texture, file);
    }
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* 500 people, twelve circles: how long a snapshot (the render nodes) and
 * drawing them with the window's renderer take (figures); the eight
 * largest circles drawn as shapes, their lines not. NB_MAP_PNG=file
 * saves the picture. */
static void
test_snapshot_500 (Fixture       *fixture,
                   gconstpointer  data)
{
  NbNetworkGraph *graph = nb_network_graph_new ();
  GtkWidget *widget = GTK_WIDGET (fixture->map);
  GskRenderer *renderer;
  GRand *rand = g_rand_new_with_seed (9);
  double best_snapshot = G_MAXDOUBLE, best_render = G_MAXDOUBLE;

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u Example", i);

      nb_network_graph_add_node (graph, i + 1, name, 0, 1);
    }
  /* Twelve circles of 10 to 120 people, members at random, each linked
   * as the store links them (a group's first eight to all the others);
   * then random links up to 2,000, a quarter introductions. */
  for (guint g = 0; g < 12; g++)
    {
      g_autofree char *name = g_strdup_printf ("Group %u", g);
      guint group = nb_network_graph_add_group (graph, NB_NETWORK_EDGE_CIRCLE, name);
      guint size = 10 + 10 * g;
      guint n_members;
      const guint *members;

      while (nb_network_graph_get_group_members (graph, group, &n_members), n_members < size)
        nb_network_graph_add_group_member (graph, group, g_rand_int_range (rand, 0, 500));
      members = nb_network_graph_get_group_members (graph, group, &n_members);
      for (guint h = 0; h < 8; h++)
        for (guint m = h + 1; m < n_members; m++)
          nb_network_graph_add_edge (graph, members[h], members[m], NB_NETWORK_EDGE_CIRCLE, name);
    }
  g_test_message ("%u links in circles", nb_network_graph_get_n_edges (graph));
  while (nb_network_graph_get_n_edges (graph) < 2000)
    nb_network_graph_add_edge (graph, g_rand_int_range (rand, 0, 500), g_rand_int_range (rand, 0, 500),
                               g_rand_int_range (rand, 0, 4) == 0 ? NB_NETWORK_EDGE_INTRODUCTION
                                                                  : NB_NETWORK_EDGE_IN_TOUCH, NULL);
  g_rand_free (rand);
  nb_network_layout_run (graph, 2, 0);

  gtk_window_set_default_size (fixture->window, 1280, 900);
  show (fixture, graph);
  nb_network_map_set_zoom (fixture->map, 0.5);
  nb_gui_wait_frames (widget, 2);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  /* The eight largest circles are shapes; their lines are not drawn. */
  g_assert_cmpuint (nb_network_map_get_n_shapes (fixture->map), ==, 8);
  for (guint s = 0; s < 8; s++)
    {
      g_autofree char *name = g_strdup_printf ("Group %u", 11 - s);

      g_assert_cmpstr (nb_network_graph_get_group_name (graph, nb_network_map_get_shape_group (fixture->map, s)),
                       ==, name);
    }
  {
    guint hidden = 0;

    for (guint e = 0; e < nb_network_graph_get_n_edges (graph); e++)
      {
        NbNetworkEdgeKind kind;
        const char *label = nb_network_graph_get_edge_label (graph, e);
        gboolean small;

        nb_network_graph_get_edge (graph, e, NULL, NULL, &kind);
        small = label != NULL && (g_str_equal (label, "Group 0") || g_str_equal (label, "Group 1") ||
                                  g_str_equal (label, "Group 2") || g_str_equal (label, "Group 3"));
        g_assert_cmpint (nb_network_map_get_edge_drawn (fixture->map, e), ==,
                         kind != NB_NETWORK_EDGE_CIRCLE || small);
        hidden += !nb_network_map_get_edge_drawn (fixture->map, e);
      }
    g_test_message ("%u of %u links said by the shapes", hidden, nb_network_graph_get_n_edges (graph));
  }

  for (guint run = 0; run < 10; run++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      double start = now_ms ();

      GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      best_snapshot = MIN (best_snapshot, now_ms () - start);
      g_assert_nonnull (node);

      start = now_ms ();
      texture = gsk_renderer_render_texture (renderer, node,
                                             &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                                  gtk_widget_get_height (widget)));
      best_render = MIN (best_render, now_ms () - start);
      g_assert_nonnull (texture);
    }
  g_test_message ("snapshot of 500 people, %u links, 8 groups drawn: %.1f ms; drawn by %s: %.1f ms",
                  nb_network_graph_get_n_edges (graph), best_snapshot, G_OBJECT_TYPE_NAME (renderer),
                  best_render);
  if (g_getenv ("NB_MAP_PNG") != NULL)
    {
      g_autoptr(GdkTexture) texture = NULL;
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;

      GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      texture = gsk_renderer_render_texture (renderer, node,
                                             &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                                  gtk_widget_get_height (widget)));
      gdk_texture_save_to_png (texture, g_getenv ("NB_MAP_PNG"));
    }
}

/* In the window: Show on Map on Ada's card shows the map around her; her
 * circle's Grace in the list opens Grace's card. */

static gboolean
view_loaded (gpointer data)
{
  NbNetworkView *view = data;

  return !nb_network_view_get_loading (view) &&
         nb_network_map_get_graph (NB_NETWORK_MAP (nb_gui_find_widget (GTK_WIDGET (view),
                                                                       NB_TYPE_NETWORK_MAP,
                                                                       NULL, NULL, FALSE))) != NULL;
}

static gboolean
card_shows (gpointer data)
{
  gpointer *args = data;
  NbContactCard *card = NB_CONTACT_CARD (nb_gui_find_widget (args[0], NB_TYPE_CONTACT_CARD, NULL,
                                                             NULL, TRUE));
  NbContact *contact = card ? nb_contact_card_get_contact (card) : NULL;

  return contact != NULL && nb_contact_get_id (contact) == *(gint64 *) args[1];
}

static void
test_window (NbGuiFixture  *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GDateTime) week_ago = g_date_time_add_days (now, -7);
  const char *climbing[] = { "climbing", NULL };
  gint64 ada, grace;
  NbNetworkView *view;
  NbNetworkGraph *graph;
  GtkListBox *box;
  GtkListBoxRow *row = NULL;
  gpointer args[2];

  {
    g_autoptr(NbContact) draft = nb_test_contact_new ("Ada Lovelace", NULL);
    g_autoptr(NbContact) saved = NULL;

    nb_contact_set_tags (draft, climbing);
    saved = nb_store_save_contact (fixture->store, draft, &error);
    g_assert_no_error (error);
    ada = nb_contact_get_id (saved);
  }
  {
    g_autoptr(NbContact) draft = nb_test_contact_new ("Grace Hopper", NULL);
    g_autoptr(NbContact) saved = NULL;

    nb_contact_set_tags (draft, climbing);
    saved = nb_store_save_contact (fixture->store, draft, &error);
    g_assert_no_error (error);
    grace = nb_contact_get_id (saved);
  }
  g_assert_true (nb_store_log_interaction (fixture->store, ada, week_ago, NB_INTERACTION_CALL, NULL,
                                          &error));
  g_assert_no_error (error);

  nb_window_show_contact (fixture->window, ada);
  args[0] = fixture->window;
  args[1] = &ada;
  nb_test_wait_for (card_shows, args);
  nb_gui_mouse_click (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_BUTTON, "label",
                                              _("Show on _Map")));

  view = NB_NETWORK_VIEW (nb_gui_wait_for_widget (fixture->window, NB_TYPE_NETWORK_VIEW, NULL, NULL));
  nb_test_wait_for (view_loaded, view);
  g_assert_cmpint (nb_network_view_get_person (view), ==, ada);
  graph = nb_network_map_get_graph (NB_NETWORK_MAP (nb_gui_find_widget (GTK_WIDGET (view),
                                                                        NB_TYPE_NETWORK_MAP,
                                                                        NULL, NULL, TRUE)));
  /* Ada, then me (in touch) and Grace (her circle). */
  g_assert_cmpuint (nb_network_graph_get_n_nodes (graph), ==, 3);
  g_assert_cmpint (nb_network_graph_get_node_id (graph, 0), ==, ada);
  g_assert_cmpint (nb_network_graph_find_node (graph, grace), >=, 0);
  g_assert_cmpint (nb_network_graph_find_node (graph, NB_NETWORK_ME), >=, 0);

  box = nb_network_list_get_list_box (NB_NETWORK_LIST (nb_gui_find_widget (GTK_WIDGET (view),
                                                                           NB_TYPE_NETWORK_LIST,
                                                                           NULL, NULL, TRUE)));
  for (int i = 0; (row = gtk_list_box_get_row_at_index (box, i)) != NULL; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Grace Hopper") == 0)
      break;
  g_assert_nonnull (row);
  nb_gui_mouse_click (GTK_WIDGET (row));
  args[1] = &grace;
  nb_test_wait_for (card_shows, args);
}

int
main (int   argc,
      char *argv[])
{
  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/network/click", Fixture, NULL, fixture_set_up, test_click, fixture_tear_down);
  g_test_add ("/gui/network/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/gui/network/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/gui/network/connectors", Fixture, NULL, fixture_set_up, test_connectors,
              fixture_tear_down);
  g_test_add ("/gui/network/snapshot-500", Fixture, NULL, fixture_set_up, test_snapshot_500,
              fixture_tear_down);
  g_test_add ("/gui/network/window", NbGuiFixture, NULL, nb_gui_fixture_set_up, test_window,
              nb_gui_fixture_tear_down);

  return g_test_run ();
}
