/* nb-network-layout.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "nb-network-layout.h"

/* A force-directed layout (Fruchterman and Reingold, 1991, with their
 * grid variant for repulsion): linked people pull each other like springs
 * (d² / k), everyone pushes away those near them (k² / d, only within
 * REPULSION_RADIUS, found through a grid of cells of that size, so that a
 * step costs about n·(people per cell) instead of n²), and a weak gravity
 * keeps groups that are not linked from drifting apart. Each step moves a
 * person at most by the temperature, which cools linearly.
 *
 * Distances are in units of k, the ideal length of a link (1.0); the map
 * scales them to pixels. The focus (node 0) stays at the origin. The
 * start is random from @seed (GRand, the same sequence everywhere) and
 * the arithmetic is done in the same order each run, so the same seed and
 * the same graph give the same positions, bit for bit. */

#define K 1.0
#define REPULSION_RADIUS (3.0 * K)
#define GRAVITY 0.08
/* A coincident pair is pushed apart along this small fixed distance. */
#define EPSILON 1e-6
#define MAX_CELLS_PER_SIDE 256

typedef struct
{
  double x;
  double y;
} Vec;

/* Pushes @a and @b apart when closer than REPULSION_RADIUS. */
static void
repel (const Vec *pos,
       Vec       *disp,
       guint      a,
       guint      b)
{
  double dx = pos[a].x - pos[b].x;
  double dy = pos[a].y - pos[b].y;
  double d2 = dx * dx + dy * dy;
  double d, f;

  if (d2 >= REPULSION_RADIUS * REPULSION_RADIUS)
    return;

  if (d2 < EPSILON * EPSILON)
    {
      /* On top of each other: apart along a direction fixed by their
       * indices, never a division by zero. */
      double angle = (a * 2654435761u % 360) * G_PI / 180.0;

      dx = cos (angle) * EPSILON;
      dy = sin (angle) * EPSILON;
      d2 = EPSILON * EPSILON;
    }

  d = sqrt (d2);
  f = (K * K / d) * (1.0 - d / REPULSION_RADIUS);
  disp[a].x += dx / d * f;
  disp[a].y += dy / d * f;
  disp[b].x -= dx / d * f;
  disp[b].y -= dy / d * f;
}

/* All pairs closer than REPULSION_RADIUS, through the grid: each cell is
 * compared with itself and with four of its neighbours (right, below
 * left, below, below right), so that each pair is seen once. */
static void
repel_all (const Vec *pos,
           Vec       *disp,
           guint      n,
           int       *head,
           int       *next,
           guint      max_cells)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double cell;
  guint cols, rows;
  static const int offsets[][2] = { { 1, 0 }, { -1, 1 }, { 0, 1 }, { 1, 1 } };

  for (guint i = 0; i < n; i++)
    {
      min_x = MIN (min_x, pos[i].x);
      min_y = MIN (min_y, pos[i].y);
      max_x = MAX (max_x, pos[i].x);
      max_y = MAX (max_y, pos[i].y);
    }

  /* Cells of at least the radius, and not more of them than a bound
   * (people spread very far apart get larger cells, never a huge grid). */
  cell = MAX (REPULSION_RADIUS, MAX (max_x - min_x, max_y - min_y) / (MAX_CELLS_PER_SIDE - 1));
  cols = (guint) ((max_x - min_x) / cell) + 1;
  rows = (guint) ((max_y - min_y) / cell) + 1;
  g_assert (cols * rows <= max_cells);

  for (guint c = 0; c < cols * rows; c++)
    head[c] = -1;
  /* Backwards, so that each cell lists its people in index order. */
  for (guint i = n; i-- > 0;)
    {
      guint cx = (guint) ((pos[i].x - min_x) / cell);
      guint cy = (guint) ((pos[i].y - min_y) / cell);
      guint c = cy * cols + cx;

      next[i] = head[c];
      head[c] = (int) i;
    }

  for (guint cy = 0; cy < rows; cy++)
    for (guint cx = 0; cx < cols; cx++)
      {
        int first = head[cy * cols + cx];

        for (int a = first; a >= 0; a = next[a])
          for (int b = next[a]; b >= 0; b = next[b])
            repel (pos, disp, (guint) a, (guint) b);

        for (guint o = 0; o < G_N_ELEMENTS (offsets); o++)
          {
            int ox = (int) cx + offsets[o][0];
            int oy = (int) cy + offsets[o][1];

            if (ox < 0 || ox >= (int) cols || oy >= (int) rows)
              continue;

            for (int a = first; a >= 0; a = next[a])
              for (int b = head[oy * cols + ox]; b >= 0; b = next[b])
                repel (pos, disp, (guint) a, (guint) b);
          }
      }
}

/**
 * nb_network_layout_run:
 * @graph: a graph, node 0 its focus
 * @seed: where the random start comes from
 * @iterations: how many steps (at most; 0 for
 *   %NB_NETWORK_LAYOUT_ITERATIONS)
 *
 * Places the people of @graph (nb_network_graph_set_position()). Always
 * finite positions, within a square of side 4·√n + 8 around the focus.
 */
void
nb_network_layout_run (NbNetworkGraph *graph,
                       guint32         seed,
                       guint           iterations)
{
  guint n = nb_network_graph_get_n_nodes (graph);
  guint n_edges = nb_network_graph_get_n_edges (graph);
  g_autofree Vec *pos = NULL;
  g_autofree Vec *disp = NULL;
  g_autofree int *head = NULL;
  g_autofree int *next = NULL;
  g_autofree guint *ends = NULL;
  guint max_cells = MAX_CELLS_PER_SIDE * MAX_CELLS_PER_SIDE;
  double side = sqrt ((double) n) * K;
  double bound = 2.0 * side + 4.0 * K;
  double t0 = side / 4.0 + K;
  GRand *rand;

  g_return_if_fail (NB_IS_NETWORK_GRAPH (graph));

  if (n == 0)
    return;
  if (iterations == 0)
    iterations = NB_NETWORK_LAYOUT_ITERATIONS;

  pos = g_new (Vec, n);
  disp = g_new (Vec, n);
  head = g_new (int, max_cells);
  next = g_new (int, n);
  ends = g_new (guint, 2 * n_edges);

  rand = g_rand_new_with_seed (seed);
  pos[0].x = pos[0].y = 0;
  for (guint i = 1; i < n; i++)
    {
      pos[i].x = g_rand_double_range (rand, -side / 2, side / 2);
      pos[i].y = g_rand_double_range (rand, -side / 2, side / 2);
    }
  g_rand_free (rand);

  for (guint e = 0; e < n_edges; e++)
    nb_network_graph_get_edge (graph, e, &ends[2 * e], &ends[2 * e + 1], NULL);

  for (guint step = 0; step < iterations; step++)
    {
      double t = t0 * (1.0 - (double) step / iterations) + 0.01 * K;

      memset (disp, 0, n * sizeof (Vec));
      repel_all (pos, disp, n, head, next, max_cells);

      for (guint e = 0; e < n_edges; e++)
        {
          guint a = ends[2 * e], b = ends[2 * e + 1];
          double dx = pos[a].x - pos[b].x;
          double dy = pos[a].y - pos[b].y;
          double d = sqrt (dx * dx + dy * dy);

          /* f = d² / k along the link: (dx / d) · f = dx · d / k. */
          disp[a].x -= dx * d / K;
          disp[a].y -= dy * d / K;
          disp[b].x += dx * d / K;
          disp[b].y += dy * d / K;
        }

      for (guint i = 1; i < n; i++)
        {
          double len;

          disp[i].x -= GRAVITY * pos[i].x;
          disp[i].y -= GRAVITY * pos[i].y;
          len = sqrt (disp[i].x * disp[i].x + disp[i].y * disp[i].y);
          if (len > t)
            {
              disp[i].x *= t / len;
              disp[i].y *= t / len;
            }
          if (!isfinite (disp[i].x) || !isfinite (disp[i].y))
            continue;
          pos[i].x = CLAMP (pos[i].x + disp[i].x, -bound, bound);
          pos[i].y = CLAMP (pos[i].y + disp[i].y, -bound, bound);
        }
    }

  for (guint i = 0; i < n; i++)
    nb_network_graph_set_position (graph, i, pos[i].x, pos[i].y);
}
