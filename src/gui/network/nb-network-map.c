/* nb-network-map.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-network-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "nb-network-map.h"

/**
 * NbNetworkMap:
 *
 * A picture of a network (an #NbNetworkGraph laid out by
 * nb_network_layout_run()): people as coloured circles with their
 * initials, in the colours of their avatars elsewhere; links as lines,
 * introductions as arrows (from whoever introduced me to someone to them;
 * with a head at both ends between two people I introduced to each
 * other). The largest circles and organisations among the people drawn
 * (MAX_SHAPES) are soft tinted regions behind them, each its own tint and
 * labelled with its name: the convex hull of its members, padded and
 * rounded; their member-to-member lines are left out, the shape says it.
 * People, links and labels are drawn with GtkSnapshot only (colour and
 * rounded-clip nodes, text layouts), so that the GL renderer draws 500
 * people without a software pass; the shapes alone are one cairo node
 * the size of the view (at most MAX_SHAPES filled paths, their hulls
 * found once per graph). Who connects otherwise separate parts of the
 * map (nb_network_graph_is_connector()) has a ring around them.
 *
 * Mouse and touchpad: drag to pan, ctrl+scroll or pinch to zoom, scroll
 * to pan. Keyboard: Tab and Shift+Tab go from person to person (nearest
 * to the focus first), the arrows to the nearest person in that direction
 * (the map follows), ctrl+arrows pan, + and − zoom, 0 fits everyone.
 * Click, Enter or Space on a person emits #NbNetworkMap::activated with
 * their contact id (never for me).
 */

/* Pixels per layout unit (an ideal link's length) at zoom 1. */
#define UNIT_PX 90.0
#define RADIUS_PX 20.0
#define MIN_ZOOM 0.05
#define MAX_ZOOM 8.0
/* Fitting everyone in zooms in at most this far: positions spread with
 * the zoom and avatars only with its square root, so a small network
 * uses the room it has and its names overlap less. */
#define FIT_MAX_ZOOM 2.0
#define ZOOM_STEP 1.25
#define PAN_STEP_PX 60.0
#define NAMES_ZOOM 0.8
#define NAME_WIDTH_PX 120
#define MAX_SHAPES 8
/* Around the members' circles, in pixels. */
#define SHAPE_MARGIN_PX 10.0
#define SHAPE_LABEL_WIDTH_PX 220

typedef struct
{
  guint        group;
  GArray      *hull;   /* double x, y pairs, in layout units, in order */
  GdkRGBA      tint;
  PangoLayout *label;
} Shape;

struct _NbNetworkMap
{
  GtkWidget       parent_instance;

  NbNetworkGraph *graph;
  GPtrArray      *initials;   /* PangoLayout per node */
  GPtrArray      *names;      /* PangoLayout per node */
  GArray         *shapes;     /* Shape, largest group first */
  GArray         *edge_drawn; /* gboolean per edge: FALSE if a shape says it */
  GArray         *label_boxes; /* x, y, width, height, shape: 5 doubles per label */
  GskRenderNode  *shapes_node; /* kept while the zoom stays (see append_shapes()) */
  graphene_rect_t shapes_region;
  double          shapes_zoom;
  gboolean        fit_pending; /* fit everyone in at the next allocation */
  double          zoom;
  double          centre_x;   /* the layout point at the middle */
  double          centre_y;
  int             focus;      /* the person with the keyboard focus, or -1 */

  double          drag_start_x;
  double          drag_start_y;
  double          pinch_start_zoom;
};

G_DEFINE_FINAL_TYPE (NbNetworkMap, nb_network_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_GRAPH,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* libadwaita's avatar colours (the darker stop of each of its 14
 * gradients), chosen as AdwAvatar chooses: by the hash of the name. */
static const GdkRGBA palette[] = {
  { 0.200, 0.498, 0.863, 1 }, { 0.059, 0.604, 0.784, 1 }, { 0.161, 0.682, 0.455, 1 },
  { 0.416, 0.722, 0.357, 1 }, { 0.824, 0.616, 0.035, 1 }, { 0.839, 0.518, 0.000, 1 },
  { 0.929, 0.357, 0.000, 1 }, { 0.902, 0.176, 0.259, 1 }, { 0.890, 0.231, 0.416, 1 },
  { 0.600, 0.271, 0.710, 1 }, { 0.478, 0.349, 0.792, 1 }, { 0.690, 0.537, 0.322, 1 },
  { 0.471, 0.325, 0.212, 1 }, { 0.431, 0.427, 0.443, 1 },
};

static const GdkRGBA edge_colours[NB_NETWORK_EDGE_N_KINDS] = {
  [NB_NETWORK_EDGE_IN_TOUCH] = { 0.45, 0.45, 0.50, 0.55 },
  [NB_NETWORK_EDGE_CIRCLE] = { 0.21, 0.52, 0.89, 0.45 },
  [NB_NETWORK_EDGE_ORGANIZATION] = { 0.18, 0.64, 0.40, 0.45 },
  [NB_NETWORK_EDGE_INTRODUCTION] = { 0.90, 0.38, 0.00, 0.90 },
  [NB_NETWORK_EDGE_MY_INTRODUCTION] = { 0.90, 0.38, 0.00, 0.90 },
};

/* The shapes' tints, in the order of the groups' sizes. */
static const GdkRGBA tints[MAX_SHAPES] = {
  { 0.21, 0.52, 0.89, 1 }, { 0.18, 0.64, 0.40, 1 }, { 0.90, 0.56, 0.00, 1 },
  { 0.60, 0.27, 0.71, 1 }, { 0.90, 0.18, 0.26, 1 }, { 0.06, 0.60, 0.78, 1 },
  { 0.69, 0.54, 0.32, 1 }, { 0.42, 0.72, 0.36, 1 },
};

static void
clear_shape (gpointer data)
{
  Shape *shape = data;

  g_array_unref (shape->hull);
  g_clear_object (&shape->label);
}

static double
cross (double ox, double oy, double ax, double ay, double bx, double by)
{
  return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const double *p = a, *q = b;

  if (p[0] != q[0])
    return p[0] < q[0] ? -1 : 1;
  return p[1] < q[1] ? -1 : p[1] > q[1];
}

/* The convex hull of @points (x, y pairs), Andrew's monotone chain:
 * counter-clockwise, no point repeated, collinear points left out. */
static GArray *
convex_hull (GArray *points)
{
  guint n = points->len / 2, k = 0;
  g_autofree double *sorted = g_memdup2 (points->data, n * 2 * sizeof (double));
  GArray *hull = g_array_sized_new (FALSE, FALSE, sizeof (double), 4 * n + 2);
  double *h;

  qsort (sorted, n, 2 * sizeof (double), compare_points);
  g_array_set_size (hull, 4 * n + 2);
  h = (double *) hull->data;
  for (guint i = 0; i < n; i++)
    {
      while (k >= 2 && cross (h[2 * k - 4], h[2 * k - 3], h[2 * k - 2], h[2 * k - 1],
                              sorted[2 * i], sorted[2 * i + 1]) <= 0)
        k--;
      h[2 * k] = sorted[2 * i];
      h[2 * k + 1] = sorted[2 * i + 1];
      k++;
    }
  for (guint i = n - 1, lower = k + 1; i-- > 0;)
    {
      while (k >= lower && cross (h[2 * k - 4], h[2 * k - 3], h[2 * k - 2], h[2 * k - 1],
                                  sorted[2 * i], sorted[2 * i + 1]) <= 0)
        k--;
      h[2 * k] = sorted[2 * i];
      h[2 * k + 1] = sorted[2 * i + 1];
      k++;
    }
  /* The last point is the first again (when there are two or more). */
  g_array_set_size (hull, 2 * (k > 1 ? k - 1 : k));

  return hull;
}

static int
compare_groups_by_size (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  NbNetworkGraph *graph = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  guint nx, ny;

  nb_network_graph_get_group_members (graph, x, &nx);
  nb_network_graph_get_group_members (graph, y, &ny);
  if (nx != ny)
    return nx > ny ? -1 : 1;

  return x < y ? -1 : x > y;
}

static const char *
node_label (NbNetworkMap *self,
            guint         node)
{
  const char *name = nb_network_graph_get_node_name (self->graph, node);

  /* TRANSLATORS: me, on the map of the network */
  return name != NULL ? name : C_("map of the network", "Me");
}

static char *
initials_of (const char *name)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = 0, last = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      {
        n++;
        last = i;
      }
  for (guint i = 0, taken = 0; words[i] != NULL && taken < 2; i++)
    {
      if (*words[i] == '\0' || (taken == 1 && i != last))
        continue;
      g_string_append_unichar (text, g_unichar_toupper (g_utf8_get_char (words[i])));
      taken++;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static double
scale (NbNetworkMap *self)
{
  return UNIT_PX * self->zoom;
}

static double
radius (NbNetworkMap *self)
{
  return CLAMP (RADIUS_PX * sqrt (self->zoom), 4.0, 40.0);
}

/**
 * nb_network_map_get_node_point:
 * @x: (out): where @node is drawn, in the widget's coordinates
 * @y: (out):
 *
 * Returns: %FALSE if there is no such person
 */
gboolean
nb_network_map_get_node_point (NbNetworkMap *self,
                               guint         node,
                               double       *x,
                               double       *y)
{
  double nx, ny;

  g_return_val_if_fail (NB_IS_NETWORK_MAP (self), FALSE);

  if (self->graph == NULL || node >= nb_network_graph_get_n_nodes (self->graph))
    return FALSE;

  nb_network_graph_get_position (self->graph, node, &nx, &ny);
  *x = (nx - self->centre_x) * scale (self) + gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  *y = (ny - self->centre_y) * scale (self) + gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  return TRUE;
}

/**
 * nb_network_map_node_at:
 *
 * Returns: the person drawn at (@x, @y) (the topmost), or -1
 */
int
nb_network_map_node_at (NbNetworkMap *self,
                        double        x,
                        double        y)
{
  double r = radius (self);

  g_return_val_if_fail (NB_IS_NETWORK_MAP (self), -1);

  if (self->graph == NULL)
    return -1;

  /* Drawn in order: the last is on top. */
  for (guint i = nb_network_graph_get_n_nodes (self->graph); i-- > 0;)
    {
      double nx, ny;

      nb_network_map_get_node_point (self, i, &nx, &ny);
      if ((nx - x) * (nx - x) + (ny - y) * (ny - y) <= r * r)
        return (int) i;
    }

  return -1;
}

static void
activate_node (NbNetworkMap *self,
               int           node)
{
  gint64 id;

  if (node < 0)
    return;

  id = nb_network_graph_get_node_id (self->graph, (guint) node);
  if (id != NB_NETWORK_ME)
    g_signal_emit (self, signals[ACTIVATED], 0, id);
}

/* A line from (x1, y1) to (x2, y2): a thin rectangle, rotated. */
static void
append_line (GtkSnapshot   *snapshot,
             double         x1,
             double         y1,
             double         x2,
             double         y2,
             double         width,
             const GdkRGBA *colour)
{
  double length = hypot (x2 - x1, y2 - y1);

  if (length < 0.5)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x1, y1));
  gtk_snapshot_rotate (snapshot, atan2 (y2 - y1, x2 - x1) * 180.0 / G_PI);
  gtk_snapshot_append_color (snapshot, colour,
                             &GRAPHENE_RECT_INIT (0, -width / 2, length, width));
  gtk_snapshot_restore (snapshot);
}

/* An arrow's head, its tip at (x, y), pointing along (ux, uy). */
static void
append_arrow_head (GtkSnapshot   *snapshot,
                   double         x,
                   double         y,
                   double         ux,
                   double         uy,
                   double         head,
                   const GdkRGBA *colour)
{
  append_line (snapshot, x, y, x - head * (ux * 0.87 - uy * 0.5),
               y - head * (uy * 0.87 + ux * 0.5), 2.0, colour);
  append_line (snapshot, x, y, x - head * (ux * 0.87 + uy * 0.5),
               y - head * (uy * 0.87 - ux * 0.5), 2.0, colour);
}

/* Layout units to the widget's pixels. */
static void
to_view (NbNetworkMap *self,
         double        x,
         double        y,
         int           width,
         int           height,
         double       *vx,
         double       *vy)
{
  *vx = (x - self->centre_x) * scale (self) + width / 2.0;
  *vy = (y - self->centre_y) * scale (self) + height / 2.0;
}

/* Whether a label at @box (x, y, width, height) would cover no label
 * placed before, and if @people, no one drawn. */
static gboolean
label_place_free (NbNetworkMap *self,
                  const double *box,
                  gboolean      people)
{
  double r = radius (self);

  for (guint p = 0; p < self->label_boxes->len / 5; p++)
    {
      double *other = &g_array_index (self->label_boxes, double, 5 * p);

      if (!(box[0] + box[2] <= other[0] || box[0] >= other[0] + other[2] ||
            box[1] + box[3] <= other[1] || box[1] >= other[1] + other[3]))
        return FALSE;
    }
  for (guint i = 0; people && i < nb_network_graph_get_n_nodes (self->graph); i++)
    {
      double x, y;

      nb_network_map_get_node_point (self, i, &x, &y);
      if (x + r > box[0] && x - r < box[0] + box[2] && y + r > box[1] && y - r < box[1] + box[3])
        return FALSE;
    }

  return TRUE;
}

/* The shapes as one cairo node, in the map's pixels (the layout's
 * origin at 0, 0) at the current zoom, within @region only. */
static GskRenderNode *
draw_shapes (NbNetworkMap          *self,
             const graphene_rect_t *region,
             double                 pad)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, region);

  for (guint s = 0; s < self->shapes->len; s++)
    {
      Shape *shape = &g_array_index (self->shapes, Shape, s);
      guint k = shape->hull->len / 2;
      double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
      g_autofree double *points = g_new (double, 2 * k);

      for (guint i = 0; i < k; i++)
        {
          points[2 * i] = g_array_index (shape->hull, double, 2 * i) * scale (self);
          points[2 * i + 1] = g_array_index (shape->hull, double, 2 * i + 1) * scale (self);
          min_x = MIN (min_x, points[2 * i]);
          max_x = MAX (max_x, points[2 * i]);
          min_y = MIN (min_y, points[2 * i + 1]);
          max_y = MAX (max_y, points[2 * i + 1]);
        }
      if (max_x + pad < region->origin.x || max_y + pad < region->origin.y ||
          min_x - pad > region->origin.x + region->size.width ||
          min_y - pad > region->origin.y + region->size.height)
        continue;

      /* Within the shape's box only: the group below is that size. */
      cairo_save (cr);
      cairo_rectangle (cr, min_x - pad - 2, min_y - pad - 2, max_x - min_x + 2 * pad + 4,
                       max_y - min_y + 2 * pad + 4);
      cairo_clip (cr);
      cairo_push_group (cr);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      if (max_x - min_x < 0.5 && max_y - min_y < 0.5)
        {
          /* All in one place: a round dot (a closed path of no length,
           * round caps). */
          cairo_move_to (cr, min_x, min_y);
          cairo_close_path (cr);
        }
      else
        {
          for (guint i = 0; i < k; i++)
            cairo_line_to (cr, points[2 * i], points[2 * i + 1]);
          cairo_close_path (cr);
        }
      /* The padded hull: the path stroked as wide as twice the padding,
       * round joins, and filled; a thin rim of the darker tint. */
      gdk_cairo_set_source_rgba (cr, &shape->tint);
      cairo_set_line_width (cr, 2 * pad + 3);
      cairo_stroke_preserve (cr);
      cairo_set_source_rgba (cr, shape->tint.red, shape->tint.green, shape->tint.blue, 0.45);
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_set_line_width (cr, 2 * pad);
      cairo_stroke_preserve (cr);
      cairo_fill (cr);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.4);
      cairo_restore (cr);
    }
  cairo_destroy (cr);

  return gtk_snapshot_free_to_node (snapshot);
}

/* The groups' shapes, the largest first (at the back), then where their
 * labels go. The shapes' node is kept while the zoom stays and the view
 * stays within the part drawn (the view and a quarter of it on each
 * side): panning draws the same node elsewhere, so that a renderer that
 * keeps the texture of a node (GL) does not draw them again. */
static void
append_shapes (NbNetworkMap  *self,
               GtkSnapshot   *snapshot,
               int            width,
               int            height,
               const GdkRGBA *text_colour)
{
  double pad = radius (self) + SHAPE_MARGIN_PX;
  /* Where the layout's origin is in the view. */
  double ox = width / 2.0 - self->centre_x * scale (self);
  double oy = height / 2.0 - self->centre_y * scale (self);
  graphene_rect_t view = GRAPHENE_RECT_INIT (-ox, -oy, width, height);
  g_autofree double *tops = g_new (double, 2 * MAX (self->shapes->len, 1));
  g_autofree double *bottoms = g_new (double, 2 * MAX (self->shapes->len, 1));
  g_autofree gboolean *shown = g_new0 (gboolean, MAX (self->shapes->len, 1));
  gboolean any = FALSE;

  for (guint s = 0; s < self->shapes->len; s++)
    {
      Shape *shape = &g_array_index (self->shapes, Shape, s);
      guint k = shape->hull->len / 2;
      double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

      for (guint i = 0; i < k; i++)
        {
          double x, y;

          to_view (self, g_array_index (shape->hull, double, 2 * i),
                   g_array_index (shape->hull, double, 2 * i + 1), width, height, &x, &y);
          min_x = MIN (min_x, x);
          max_x = MAX (max_x, x);
          if (y < min_y)
            {
              min_y = y;
              tops[2 * s] = x;
            }
          if (y > max_y)
            {
              max_y = y;
              bottoms[2 * s] = x;
            }
        }
      tops[2 * s + 1] = min_y - pad;
      bottoms[2 * s + 1] = max_y + pad;
      /* Out of view altogether: not drawn. */
      if (max_x + pad < 0 || max_y + pad < 0 || min_x - pad > width || min_y - pad > height)
        continue;
      shown[s] = TRUE;
      any = TRUE;
    }

  if (any)
    {
      if (self->shapes_node == NULL || self->shapes_zoom != self->zoom ||
          !graphene_rect_contains_rect (&self->shapes_region, &view))
        {
          g_clear_pointer (&self->shapes_node, gsk_render_node_unref);
          graphene_rect_inset (&view, -width / 4.0, -height / 4.0);
          self->shapes_region = view;
          self->shapes_zoom = self->zoom;
          self->shapes_node = draw_shapes (self, &self->shapes_region, pad);
        }
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (ox, oy));
      if (self->shapes_node != NULL)
        gtk_snapshot_append_node (snapshot, self->shapes_node);
      gtk_snapshot_restore (snapshot);
    }

  /* Labels above their shapes, else below, placed now and drawn over the
   * people: the first place that covers neither a person nor a label
   * placed before, trying above, below, then lower and lower from above;
   * else the first that covers no label; else none (the list names the
   * group). */
  g_array_set_size (self->label_boxes, 0);
  for (guint s = 0; s < self->shapes->len; s++)
    {
      Shape *shape = &g_array_index (self->shapes, Shape, s);
      int lw, lh;
      double box[5];
      gboolean placed = FALSE;

      if (!shown[s])
        continue;
      pango_layout_get_pixel_size (shape->label, &lw, &lh);
      box[2] = lw;
      box[3] = lh;
      box[4] = s;
      for (guint pass = 0; pass < 2 && !placed; pass++)
        for (guint tries = 0; tries < 6 && !placed; tries++)
          {
            if (tries == 1)
              {
                box[0] = bottoms[2 * s] - lw / 2.0;
                box[1] = bottoms[2 * s + 1] + 1;
              }
            else
              {
                box[0] = tops[2 * s] - lw / 2.0;
                box[1] = tops[2 * s + 1] - lh - 1 + (tries == 0 ? 0 : (tries - 1) * (lh + 1));
              }
            placed = label_place_free (self, box, pass == 0);
          }
      if (placed)
        g_array_append_vals (self->label_boxes, box, 5);
    }
}

/* The labels placed by append_shapes(), on a pale ground. */
static void
append_shape_labels (NbNetworkMap  *self,
                     GtkSnapshot   *snapshot,
                     const GdkRGBA *text_colour)
{
  gboolean dark_text = text_colour->red + text_colour->green + text_colour->blue < 1.5;
  GdkRGBA ground = dark_text ? (GdkRGBA) { 1, 1, 1, 0.8 } : (GdkRGBA) { 0.14, 0.14, 0.14, 0.8 };

  /* Zoomed out so far that the people are small: no labels, they would
   * hide the map (the list names the groups). */
  if (radius (self) < 15)
    return;

  for (guint p = 0; p < self->label_boxes->len / 5; p++)
    {
      double *box = &g_array_index (self->label_boxes, double, 5 * p);
      Shape *shape = &g_array_index (self->shapes, Shape, (guint) box[4]);
      GskRoundedRect pill;

      gsk_rounded_rect_init_from_rect (&pill, &GRAPHENE_RECT_INIT (box[0] - 4, box[1], box[2] + 8,
                                                                   box[3]), box[3] / 2);
      gtk_snapshot_push_rounded_clip (snapshot, &pill);
      gtk_snapshot_append_color (snapshot, &ground, &pill.bounds);
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (box[0] + box[2] / 2 - SHAPE_LABEL_WIDTH_PX / 2.0,
                                                    box[1]));
      gtk_snapshot_append_layout (snapshot, shape->label, text_colour);
      gtk_snapshot_restore (snapshot);
    }
}

static void
nb_network_map_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  NbNetworkMap *self = NB_NETWORK_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double r = radius (self);
  GdkRGBA white = { 1, 1, 1, 1 };
  GdkRGBA accent = { 0.21, 0.52, 0.89, 1 };
  GdkRGBA text_colour;
  guint n, n_edges;

  if (self->graph == NULL)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text_colour);
  n = nb_network_graph_get_n_nodes (self->graph);
  n_edges = nb_network_graph_get_n_edges (self->graph);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  append_shapes (self, snapshot, width, height, &text_colour);

  for (guint e = 0; e < n_edges; e++)
    {
      guint a, b;
      NbNetworkEdgeKind kind;
      double x1, y1, x2, y2;

      if (!g_array_index (self->edge_drawn, gboolean, e))
        continue;
      nb_network_graph_get_edge (self->graph, e, &a, &b, &kind);
      nb_network_map_get_node_point (self, a, &x1, &y1);
      nb_network_map_get_node_point (self, b, &x2, &y2);
      /* Off screen on one side altogether: not drawn. */
      if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) ||
          (x1 > width && x2 > width) || (y1 > height && y2 > height))
        continue;

      if (kind == NB_NETWORK_EDGE_INTRODUCTION || kind == NB_NETWORK_EDGE_MY_INTRODUCTION)
        {
          /* An arrow, its head on the edge of the target's circle; one
           * I made (they were introduced to each other) has a head at
           * both ends. */
          double length = hypot (x2 - x1, y2 - y1);
          double ux, uy, head = MAX (6.0, r / 2);
          double tail_x = x1, tail_y = y1;

          if (length <= 2 * r)
            continue;
          ux = (x2 - x1) / length;
          uy = (y2 - y1) / length;
          if (kind == NB_NETWORK_EDGE_MY_INTRODUCTION)
            {
              tail_x = x1 + ux * r;
              tail_y = y1 + uy * r;
              append_arrow_head (snapshot, tail_x, tail_y, -ux, -uy, head, &edge_colours[kind]);
            }
          append_line (snapshot, tail_x, tail_y, x2 - ux * r, y2 - uy * r, 2.0, &edge_colours[kind]);
          append_arrow_head (snapshot, x2 - ux * r, y2 - uy * r, ux, uy, head, &edge_colours[kind]);
        }
      else
        append_line (snapshot, x1, y1, x2, y2, 1.0, &edge_colours[kind]);
    }

  for (guint i = 0; i < n; i++)
    {
      const char *label = node_label (self, i);
      const GdkRGBA *colour = &palette[g_str_hash (label) % G_N_ELEMENTS (palette)];
      double x, y;
      GskRoundedRect circle;

      nb_network_map_get_node_point (self, i, &x, &y);
      if (x < -r || y < -r || x > width + r || y > height + r)
        continue;

      gsk_rounded_rect_init_from_rect (&circle, &GRAPHENE_RECT_INIT (x - r, y - r, 2 * r, 2 * r), r);
      gtk_snapshot_push_rounded_clip (snapshot, &circle);
      gtk_snapshot_append_color (snapshot, colour, &circle.bounds);
      gtk_snapshot_pop (snapshot);

      /* Who connects otherwise separate parts: a ring of the text's
       * colour around them, a shape that needs no colour to be seen. */
      if (nb_network_graph_is_connector (self->graph, i))
        {
          GskRoundedRect ring;
          float widths[4] = { 2.5, 2.5, 2.5, 2.5 };
          GdkRGBA colours[4] = { text_colour, text_colour, text_colour, text_colour };

          gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (x - r - 3.5, y - r - 3.5,
                                                                       2 * r + 7, 2 * r + 7),
                                           r + 3.5);
          gtk_snapshot_append_border (snapshot, &ring, widths, colours);
        }

      if ((int) i == self->focus && gtk_widget_has_focus (widget))
        {
          GskRoundedRect ring;
          float widths[4] = { 3, 3, 3, 3 };
          GdkRGBA colours[4] = { accent, accent, accent, accent };

          gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (x - r - 7, y - r - 7,
                                                                       2 * r + 14, 2 * r + 14),
                                           r + 7);
          gtk_snapshot_append_border (snapshot, &ring, widths, colours);
        }

      /* Initials once the circles are large enough to read them. */
      if (r >= 10)
        {
          PangoLayout *layout = g_ptr_array_index (self->initials, i);
          int lw, lh;

          pango_layout_get_pixel_size (layout, &lw, &lh);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - lw / 2.0, y - lh / 2.0));
          gtk_snapshot_append_layout (snapshot, layout, &white);
          gtk_snapshot_restore (snapshot);
        }

      /* Names, once zoomed in enough for them not to overlap. */
      if (self->zoom >= NAMES_ZOOM)
        {
          PangoLayout *layout = g_ptr_array_index (self->names, i);

          /* Centred within the layout's fixed width. */
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - NAME_WIDTH_PX / 2.0, y + r + 2));
          gtk_snapshot_append_layout (snapshot, layout, &text_colour);
          gtk_snapshot_restore (snapshot);
        }
    }

  append_shape_labels (self, snapshot, &text_colour);

  gtk_snapshot_pop (snapshot);
}

static void
ensure_visible (NbNetworkMap *self,
                guint         node)
{
  double x, y, r = radius (self) + 8;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (!nb_network_map_get_node_point (self, node, &x, &y) || width == 0)
    return;
  if (x < r || x > width - r || y < r || y > height - r)
    nb_network_graph_get_position (self->graph, node, &self->centre_x, &self->centre_y);
}

/**
 * nb_network_map_focus_node:
 *
 * Gives @node the keyboard focus (the map's focus ring), and brings it
 * into view.
 */
void
nb_network_map_focus_node (NbNetworkMap *self,
                           guint         node)
{
  g_return_if_fail (NB_IS_NETWORK_MAP (self));

  if (self->graph == NULL || node >= nb_network_graph_get_n_nodes (self->graph))
    return;

  self->focus = (int) node;
  ensure_visible (self, node);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
nb_network_map_get_focus_node (NbNetworkMap *self)
{
  g_return_val_if_fail (NB_IS_NETWORK_MAP (self), -1);

  return self->focus;
}

/* The nearest person in a direction (within 45° of it), or -1. */
static int
nearest_in_direction (NbNetworkMap *self,
                      double        dx,
                      double        dy)
{
  double fx, fy, best = G_MAXDOUBLE;
  int found = -1;

  if (self->focus < 0)
    return 0;

  nb_network_graph_get_position (self->graph, (guint) self->focus, &fx, &fy);
  for (guint i = 0; i < nb_network_graph_get_n_nodes (self->graph); i++)
    {
      double x, y, along, across, d;

      if ((int) i == self->focus)
        continue;
      nb_network_graph_get_position (self->graph, i, &x, &y);
      along = (x - fx) * dx + (y - fy) * dy;
      across = fabs ((x - fx) * dy - (y - fy) * dx);
      if (along <= 0 || across > along)
        continue;
      d = along + 2 * across;
      if (d < best)
        {
          best = d;
          found = (int) i;
        }
    }

  return found;
}

static void
pan_by (NbNetworkMap *self,
        double        dx_px,
        double        dy_px)
{
  self->centre_x += dx_px / scale (self);
  self->centre_y += dy_px / scale (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
key_pressed_cb (NbNetworkMap    *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;
  double dx = 0, dy = 0;
  int next;

  if (self->graph == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      nb_network_map_set_zoom (self, self->zoom * ZOOM_STEP);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      nb_network_map_set_zoom (self, self->zoom / ZOOM_STEP);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      nb_network_map_zoom_to_fit (self);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      activate_node (self, self->focus);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      dx = -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      dx = 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      dy = -1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      dy = 1;
      break;
    default:
      return FALSE;
    }

  if (ctrl)
    {
      pan_by (self, dx * PAN_STEP_PX, dy * PAN_STEP_PX);
      return TRUE;
    }

  next = nearest_in_direction (self, dx, dy);
  if (next >= 0)
    nb_network_map_focus_node (self, (guint) next);
  else
    pan_by (self, dx * PAN_STEP_PX, dy * PAN_STEP_PX);

  return TRUE;
}

/* Tab and Shift+Tab: from person to person, then out of the map. */
static gboolean
nb_network_map_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  NbNetworkMap *self = NB_NETWORK_MAP (widget);
  guint n = self->graph ? nb_network_graph_get_n_nodes (self->graph) : 0;
  gboolean inside = gtk_widget_has_focus (widget);
  int next;

  if (n == 0)
    return FALSE;

  if (direction == GTK_DIR_TAB_FORWARD)
    next = inside ? self->focus + 1 : 0;
  else if (direction == GTK_DIR_TAB_BACKWARD)
    next = inside ? self->focus - 1 : (int) n - 1;
  else
    next = inside ? self->focus : 0;

  if (next < 0 || next >= (int) n)
    return FALSE;

  nb_network_map_focus_node (self, (guint) next);
  gtk_widget_grab_focus (widget);

  return TRUE;
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   NbNetworkMap    *self)
{
  int node = nb_network_map_node_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* A double click opens the card once. */
  if (node < 0 || n_press > 1)
    return;

  self->focus = node;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  activate_node (self, node);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               NbNetworkMap   *self)
{
  self->drag_start_x = self->centre_x;
  self->drag_start_y = self->centre_y;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                NbNetworkMap   *self)
{
  self->centre_x = self->drag_start_x - dx / scale (self);
  self->centre_y = self->drag_start_y - dy / scale (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           NbNetworkMap             *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (state & GDK_CONTROL_MASK)
    nb_network_map_set_zoom (self, self->zoom * pow (ZOOM_STEP, -dy));
  else
    pan_by (self, dx * PAN_STEP_PX / 2, dy * PAN_STEP_PX / 2);

  return TRUE;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               NbNetworkMap     *self)
{
  self->pinch_start_zoom = self->zoom;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          factor,
                       NbNetworkMap   *self)
{
  nb_network_map_set_zoom (self, self->pinch_start_zoom * factor);
}

static void
nb_network_map_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = 120;
  *natural = 480;
}

static void
nb_network_map_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  NbNetworkMap *self = NB_NETWORK_MAP (widget);

  if (self->fit_pending && width > 0 && height > 0)
    {
      self->fit_pending = FALSE;
      nb_network_map_zoom_to_fit (self);
    }
}

static void
nb_network_map_dispose (GObject *object)
{
  NbNetworkMap *self = NB_NETWORK_MAP (object);

  g_clear_object (&self->graph);
  g_clear_pointer (&self->initials, g_ptr_array_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->shapes, g_array_unref);
  g_clear_pointer (&self->edge_drawn, g_array_unref);
  g_clear_pointer (&self->label_boxes, g_array_unref);
  g_clear_pointer (&self->shapes_node, gsk_render_node_unref);

  G_OBJECT_CLASS (nb_network_map_parent_class)->dispose (object);
}

static void
nb_network_map_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NbNetworkMap *self = NB_NETWORK_MAP (object);

  switch (prop_id)
    {
    case PROP_GRAPH:
      g_value_set_object (value, self->graph);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_network_map_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NbNetworkMap *self = NB_NETWORK_MAP (object);

  switch (prop_id)
    {
    case PROP_GRAPH:
      nb_network_map_set_graph (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      nb_network_map_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_network_map_class_init (NbNetworkMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_network_map_dispose;
  object_class->get_property = nb_network_map_get_property;
  object_class->set_property = nb_network_map_set_property;
  widget_class->snapshot = nb_network_map_snapshot;
  widget_class->measure = nb_network_map_measure;
  widget_class->size_allocate = nb_network_map_size_allocate;
  widget_class->focus = nb_network_map_focus;

  properties[PROP_GRAPH] =
    g_param_spec_object ("graph", NULL, NULL, NB_TYPE_NETWORK_GRAPH,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NbNetworkMap::activated:
   * @contact_id: the person clicked or activated with the keyboard
   */
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "network-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
nb_network_map_init (NbNetworkMap *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *gesture;

  self->zoom = 1.0;
  self->focus = -1;
  self->initials = g_ptr_array_new_with_free_func (g_object_unref);
  self->names = g_ptr_array_new_with_free_func (g_object_unref);
  self->shapes = g_array_new (FALSE, FALSE, sizeof (Shape));
  g_array_set_clear_func (self->shapes, clear_shape);
  self->edge_drawn = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->label_boxes = g_array_new (FALSE, FALSE, sizeof (double));

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map of the network"), -1);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));
}

GtkWidget *
nb_network_map_new (void)
{
  return g_object_new (NB_TYPE_NETWORK_MAP, NULL);
}

/* The largest groups' shapes, and which lines they make needless. */
static void
update_shapes (NbNetworkMap *self)
{
  NbNetworkGraph *graph = self->graph;
  guint n_groups = graph ? nb_network_graph_get_n_groups (graph) : 0;
  guint n_edges = graph ? nb_network_graph_get_n_edges (graph) : 0;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) drawn = g_hash_table_new (NULL, NULL);

  g_array_set_size (self->shapes, 0);
  g_clear_pointer (&self->shapes_node, gsk_render_node_unref);
  g_array_set_size (self->edge_drawn, n_edges);
  for (guint e = 0; e < n_edges; e++)
    g_array_index (self->edge_drawn, gboolean, e) = TRUE;
  if (graph == NULL)
    return;

  for (guint g = 0; g < n_groups; g++)
    g_array_append_val (order, g);
  g_array_sort_with_data (order, compare_groups_by_size, graph);

  for (guint i = 0; i < order->len && i < MAX_SHAPES; i++)
    {
      guint group = g_array_index (order, guint, i);
      guint n_members;
      const guint *members = nb_network_graph_get_group_members (graph, group, &n_members);
      g_autoptr(GArray) points = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * n_members);
      Shape shape = { group, NULL, tints[i], NULL };
      const char *name = nb_network_graph_get_group_name (graph, group);
      g_autofree char *label = NULL;
      PangoAttrList *attrs;

      if (n_members < 2)
        continue;
      for (guint m = 0; m < n_members; m++)
        {
          double xy[2];

          nb_network_graph_get_position (graph, members[m], &xy[0], &xy[1]);
          g_array_append_vals (points, xy, 2);
        }
      shape.hull = convex_hull (points);

      if (nb_network_graph_get_group_kind (graph, group) == NB_NETWORK_EDGE_CIRCLE)
        /* TRANSLATORS: the label of a circle's shape on the map */
        label = g_strdup_printf (_("Circle %s"), name);
      else
        label = g_strdup (name);
      shape.label = gtk_widget_create_pango_layout (GTK_WIDGET (self), label);
      pango_layout_set_width (shape.label, SHAPE_LABEL_WIDTH_PX * PANGO_SCALE);
      pango_layout_set_ellipsize (shape.label, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (shape.label, PANGO_ALIGN_CENTER);
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (shape.label, attrs);
      pango_attr_list_unref (attrs);

      g_array_append_val (self->shapes, shape);
      g_hash_table_add (drawn, GUINT_TO_POINTER (group + 1));
    }

  for (guint e = 0; e < n_edges; e++)
    {
      NbNetworkEdgeKind kind;
      int group;

      nb_network_graph_get_edge (graph, e, NULL, NULL, &kind);
      if (kind != NB_NETWORK_EDGE_CIRCLE && kind != NB_NETWORK_EDGE_ORGANIZATION)
        continue;
      group = nb_network_graph_find_group (graph, kind, nb_network_graph_get_edge_label (graph, e));
      if (group >= 0 && g_hash_table_contains (drawn, GUINT_TO_POINTER (group + 1)))
        g_array_index (self->edge_drawn, gboolean, e) = FALSE;
    }
}

/**
 * nb_network_map_get_n_shapes:
 *
 * Returns: how many groups are drawn as shapes
 */
guint
nb_network_map_get_n_shapes (NbNetworkMap *self)
{
  g_return_val_if_fail (NB_IS_NETWORK_MAP (self), 0);

  return self->shapes->len;
}

/**
 * nb_network_map_get_shape_group:
 *
 * Returns: the group (of the graph) of @shape; the shapes are in the
 *   order of the groups' sizes, largest first
 */
guint
nb_network_map_get_shape_group (NbNetworkMap *self,
                                guint         shape)
{
  g_return_val_if_fail (NB_IS_NETWORK_MAP (self), 0);
  g_return_val_if_fail (shape < self->shapes->len, 0);

  return g_array_index (self->shapes, Shape, shape).group;
}

/**
 * nb_network_map_get_edge_drawn:
 *
 * Returns: whether @edge is drawn as a line (not when a group's shape
 *   already says it)
 */
gboolean
nb_network_map_get_edge_drawn (NbNetworkMap *self,
                               guint         edge)
{
  g_return_val_if_fail (NB_IS_NETWORK_MAP (self), FALSE);

  return edge < self->edge_drawn->len && g_array_index (self->edge_drawn, gboolean, edge);
}

/**
 * nb_network_map_set_graph:
 * @graph: (nullable): the people, laid out
 *
 * Shows @graph, everyone in view (at most at zoom 1).
 */
void
nb_network_map_set_graph (NbNetworkMap   *self,
                          NbNetworkGraph *graph)
{
  g_return_if_fail (NB_IS_NETWORK_MAP (self));
  g_return_if_fail (graph == NULL || NB_IS_NETWORK_GRAPH (graph));

  if (!g_set_object (&self->graph, graph))
    return;

  g_ptr_array_set_size (self->initials, 0);
  g_ptr_array_set_size (self->names, 0);
  for (guint i = 0; graph != NULL && i < nb_network_graph_get_n_nodes (graph); i++)
    {
      g_autofree char *initials = initials_of (node_label (self, i));
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), initials);

      g_ptr_array_add (self->initials, layout);
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), node_label (self, i));
      pango_layout_set_width (layout, NAME_WIDTH_PX * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      {
        PangoAttrList *attrs = pango_attr_list_new ();

        pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
        pango_layout_set_attributes (layout, attrs);
        pango_attr_list_unref (attrs);
      }
      g_ptr_array_add (self->names, layout);
    }
  update_shapes (self);
  self->fit_pending = graph != NULL;

  self->focus = -1;
  self->centre_x = self->centre_y = 0;
  self->zoom = 1.0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRAPH]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

NbNetworkGraph *
nb_network_map_get_graph (NbNetworkMap *self)
{
  g_return_val_if_fail (NB_IS_NETWORK_MAP (self), NULL);

  return self->graph;
}

double
nb_network_map_get_zoom (NbNetworkMap *self)
{
  g_return_val_if_fail (NB_IS_NETWORK_MAP (self), 1.0);

  return self->zoom;
}

void
nb_network_map_set_zoom (NbNetworkMap *self,
                         double        zoom)
{
  g_return_if_fail (NB_IS_NETWORK_MAP (self));

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * nb_network_map_zoom_to_fit:
 *
 * Shows everyone: the middle of the map in the middle, at the zoom that
 * fits all (at most %FIT_MAX_ZOOM).
 */
void
nb_network_map_zoom_to_fit (NbNetworkMap *self)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double margin = 2 * RADIUS_PX;
  double fit;

  g_return_if_fail (NB_IS_NETWORK_MAP (self));

  if (self->graph == NULL || nb_network_graph_get_n_nodes (self->graph) == 0)
    return;

  for (guint i = 0; i < nb_network_graph_get_n_nodes (self->graph); i++)
    {
      double x, y;

      nb_network_graph_get_position (self->graph, i, &x, &y);
      min_x = MIN (min_x, x);
      min_y = MIN (min_y, y);
      max_x = MAX (max_x, x);
      max_y = MAX (max_y, y);
    }

  self->centre_x = (min_x + max_x) / 2;
  self->centre_y = (min_y + max_y) / 2;
  fit = MIN ((MAX (width - 2 * margin, 1)) / MAX ((max_x - min_x) * UNIT_PX, 1e-3),
             (MAX (height - 2 * margin, 1)) / MAX ((max_y - min_y) * UNIT_PX, 1e-3));
  if (width == 0 || height == 0)
    fit = 1.0;
  g_object_freeze_notify (G_OBJECT (self));
  self->zoom = 0;  /* always notified */
  nb_network_map_set_zoom (self, MIN (fit, FIT_MAX_ZOOM));
  g_object_thaw_notify (G_OBJECT (self));
}
