/* nb-network-graph.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "nb-network-graph.h"

/* The people of a map (nodes, node 0 the focus) and why they are linked
 * (edges). At most one edge of each kind links two people, whichever
 * order they were given in (introductions keep their direction). */

typedef struct
{
  gint64  contact_id;
  char   *name;
  gint64  last_interaction;
  guint   distance;
  double  x;
  double  y;
} Node;

typedef struct
{
  guint              source;
  guint              target;
  NbNetworkEdgeKind  kind;
  char              *label;
} Edge;

struct _NbNetworkGraph
{
  GObject     parent_instance;

  GArray     *nodes;
  GArray     *edges;
  GHashTable *by_id;  /* contact id (gint64 *) → node index + 1 */
  GHashTable *pairs;  /* "a:b:kind" → TRUE */
};

G_DEFINE_FINAL_TYPE (NbNetworkGraph, nb_network_graph, G_TYPE_OBJECT)

static void
clear_node (gpointer data)
{
  Node *node = data;

  g_free (node->name);
}

static void
clear_edge (gpointer data)
{
  Edge *edge = data;

  g_free (edge->label);
}

static void
nb_network_graph_finalize (GObject *object)
{
  NbNetworkGraph *self = NB_NETWORK_GRAPH (object);

  g_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->pairs);

  G_OBJECT_CLASS (nb_network_graph_parent_class)->finalize (object);
}

static void
nb_network_graph_class_init (NbNetworkGraphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_network_graph_finalize;
}

static void
nb_network_graph_init (NbNetworkGraph *self)
{
  self->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_array_set_clear_func (self->nodes, clear_node);
  self->edges = g_array_new (FALSE, TRUE, sizeof (Edge));
  g_array_set_clear_func (self->edges, clear_edge);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * nb_network_graph_new:
 *
 * Returns: (transfer full): an empty graph
 */
NbNetworkGraph *
nb_network_graph_new (void)
{
  return g_object_new (NB_TYPE_NETWORK_GRAPH, NULL);
}

/**
 * nb_network_graph_add_node:
 * @self: a graph
 * @contact_id: the contact, or %NB_NETWORK_ME
 * @name: (nullable): their name (%NULL for me)
 * @last_interaction: when I was last in touch, in seconds since 1970; 0
 *   if never
 * @distance: how many links from the focus (0 for the focus)
 *
 * Adds a person, or finds them when already there.
 *
 * Returns: the person's node index
 */
guint
nb_network_graph_add_node (NbNetworkGraph *self,
                           gint64          contact_id,
                           const char     *name,
                           gint64          last_interaction,
                           guint           distance)
{
  Node node = { 0, };
  int found;

  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), 0);

  found = nb_network_graph_find_node (self, contact_id);
  if (found >= 0)
    return (guint) found;

  node.contact_id = contact_id;
  node.name = g_strdup (name);
  node.last_interaction = last_interaction;
  node.distance = distance;
  g_array_append_val (self->nodes, node);
  g_hash_table_insert (self->by_id, g_memdup2 (&contact_id, sizeof contact_id),
                       GUINT_TO_POINTER (self->nodes->len));

  return self->nodes->len - 1;
}

/**
 * nb_network_graph_add_edge:
 * @self: a graph
 * @source: a node index
 * @target: another node index
 * @kind: why they are linked
 * @label: (nullable): the circle or organisation
 *
 * Links two people, once for each kind.
 *
 * Returns: %TRUE if the edge is new
 */
gboolean
nb_network_graph_add_edge (NbNetworkGraph    *self,
                           guint              source,
                           guint              target,
                           NbNetworkEdgeKind  kind,
                           const char        *label)
{
  Edge edge = { 0, };
  guint a = source, b = target;
  char *key;

  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), FALSE);
  g_return_val_if_fail (source < self->nodes->len && target < self->nodes->len, FALSE);
  g_return_val_if_fail (kind < NB_NETWORK_EDGE_N_KINDS, FALSE);

  if (source == target)
    return FALSE;

  if (kind != NB_NETWORK_EDGE_INTRODUCTION && a > b)
    {
      a = target;
      b = source;
    }
  key = g_strdup_printf ("%u:%u:%d", a, b, kind);
  if (!g_hash_table_add (self->pairs, key))
    return FALSE;

  edge.source = source;
  edge.target = target;
  edge.kind = kind;
  edge.label = g_strdup (label);
  g_array_append_val (self->edges, edge);

  return TRUE;
}

guint
nb_network_graph_get_n_nodes (NbNetworkGraph *self)
{
  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), 0);

  return self->nodes->len;
}

guint
nb_network_graph_get_n_edges (NbNetworkGraph *self)
{
  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), 0);

  return self->edges->len;
}

/**
 * nb_network_graph_find_node:
 *
 * Returns: the node index of @contact_id, or -1 if not in the graph
 */
int
nb_network_graph_find_node (NbNetworkGraph *self,
                            gint64          contact_id)
{
  gpointer index;

  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), -1);

  index = g_hash_table_lookup (self->by_id, &contact_id);

  return index == NULL ? -1 : (int) GPOINTER_TO_UINT (index) - 1;
}

static Node *
get_node (NbNetworkGraph *self,
          guint           node)
{
  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  return &g_array_index (self->nodes, Node, node);
}

gint64
nb_network_graph_get_node_id (NbNetworkGraph *self,
                              guint           node)
{
  Node *n = get_node (self, node);

  return n ? n->contact_id : -1;
}

const char *
nb_network_graph_get_node_name (NbNetworkGraph *self,
                                guint           node)
{
  Node *n = get_node (self, node);

  return n ? n->name : NULL;
}

gint64
nb_network_graph_get_node_last_interaction (NbNetworkGraph *self,
                                            guint           node)
{
  Node *n = get_node (self, node);

  return n ? n->last_interaction : 0;
}

guint
nb_network_graph_get_node_distance (NbNetworkGraph *self,
                                    guint           node)
{
  Node *n = get_node (self, node);

  return n ? n->distance : 0;
}

void
nb_network_graph_get_edge (NbNetworkGraph    *self,
                           guint              edge,
                           guint             *source,
                           guint             *target,
                           NbNetworkEdgeKind *kind)
{
  Edge *e;

  g_return_if_fail (NB_IS_NETWORK_GRAPH (self));
  g_return_if_fail (edge < self->edges->len);

  e = &g_array_index (self->edges, Edge, edge);
  if (source)
    *source = e->source;
  if (target)
    *target = e->target;
  if (kind)
    *kind = e->kind;
}

const char *
nb_network_graph_get_edge_label (NbNetworkGraph *self,
                                 guint           edge)
{
  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), NULL);
  g_return_val_if_fail (edge < self->edges->len, NULL);

  return g_array_index (self->edges, Edge, edge).label;
}

void
nb_network_graph_get_position (NbNetworkGraph *self,
                               guint           node,
                               double         *x,
                               double         *y)
{
  Node *n = get_node (self, node);

  if (x)
    *x = n ? n->x : 0;
  if (y)
    *y = n ? n->y : 0;
}

void
nb_network_graph_set_position (NbNetworkGraph *self,
                               guint           node,
                               double          x,
                               double          y)
{
  Node *n = get_node (self, node);

  g_return_if_fail (isfinite (x) && isfinite (y));

  if (n)
    {
      n->x = x;
      n->y = y;
    }
}
