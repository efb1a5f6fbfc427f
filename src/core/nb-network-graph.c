/* nb-network-graph.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "nb-network-graph.h"

/* The people of a map (nodes, node 0 the focus), why they are linked
 * (edges) and the circles and organisations they share (groups). At most
 * one edge of each kind links two people, whichever order they were given
 * in (an introduction someone else made keeps its direction). */

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

typedef struct
{
  NbNetworkEdgeKind  kind;
  char              *name;
  GArray            *members;  /* guint node indexes, in the order added */
} Group;

struct _NbNetworkGraph
{
  GObject     parent_instance;

  GArray     *nodes;
  GArray     *edges;
  GArray     *groups;
  GHashTable *by_id;  /* contact id (gint64 *) → node index + 1 */
  GHashTable *pairs;  /* "a:b:kind" → TRUE */
  GHashTable *group_keys;  /* "kind:name" → group index + 1 */

  /* Connectors, computed when first asked for; per node: NULL, or the
   * names of the parts they connect (GStrv). */
  GPtrArray  *connects;
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
clear_group (gpointer data)
{
  Group *group = data;

  g_free (group->name);
  g_array_unref (group->members);
}

static void
invalidate (NbNetworkGraph *self)
{
  g_clear_pointer (&self->connects, g_ptr_array_unref);
}

static void
nb_network_graph_finalize (GObject *object)
{
  NbNetworkGraph *self = NB_NETWORK_GRAPH (object);

  g_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_array_unref (self->groups);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->pairs);
  g_hash_table_unref (self->group_keys);
  invalidate (self);

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
  self->groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_array_set_clear_func (self->groups, clear_group);
  self->group_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
  invalidate (self);
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
  invalidate (self);

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

static char *
group_key (NbNetworkEdgeKind  kind,
           const char        *name)
{
  return g_strdup_printf ("%d:%s", kind, name);
}

/**
 * nb_network_graph_add_group:
 * @self: a graph
 * @kind: %NB_NETWORK_EDGE_CIRCLE or %NB_NETWORK_EDGE_ORGANIZATION
 * @name: the circle or organisation
 *
 * Adds a group without members, or finds it when already there.
 *
 * Returns: the group's index
 */
guint
nb_network_graph_add_group (NbNetworkGraph    *self,
                            NbNetworkEdgeKind  kind,
                            const char        *name)
{
  Group group = { 0, };
  int found;

  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), 0);
  g_return_val_if_fail (kind == NB_NETWORK_EDGE_CIRCLE || kind == NB_NETWORK_EDGE_ORGANIZATION, 0);
  g_return_val_if_fail (name != NULL, 0);

  found = nb_network_graph_find_group (self, kind, name);
  if (found >= 0)
    return (guint) found;

  group.kind = kind;
  group.name = g_strdup (name);
  group.members = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (self->groups, group);
  g_hash_table_insert (self->group_keys, group_key (kind, name),
                       GUINT_TO_POINTER (self->groups->len));
  invalidate (self);

  return self->groups->len - 1;
}

static Group *
get_group (NbNetworkGraph *self,
           guint           group)
{
  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);

  return &g_array_index (self->groups, Group, group);
}

/**
 * nb_network_graph_add_group_member:
 *
 * Adds @node to @group (once).
 */
void
nb_network_graph_add_group_member (NbNetworkGraph *self,
                                   guint           group,
                                   guint           node)
{
  Group *g = get_group (self, group);

  g_return_if_fail (node < self->nodes->len);

  if (g == NULL)
    return;
  for (guint i = 0; i < g->members->len; i++)
    if (g_array_index (g->members, guint, i) == node)
      return;
  g_array_append_val (g->members, node);
  invalidate (self);
}

guint
nb_network_graph_get_n_groups (NbNetworkGraph *self)
{
  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), 0);

  return self->groups->len;
}

/**
 * nb_network_graph_find_group:
 *
 * Returns: the index of the group, or -1 if not in the graph
 */
int
nb_network_graph_find_group (NbNetworkGraph    *self,
                             NbNetworkEdgeKind  kind,
                             const char        *name)
{
  g_autofree char *key = NULL;
  gpointer index;

  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), -1);

  if (name == NULL)
    return -1;
  key = group_key (kind, name);
  index = g_hash_table_lookup (self->group_keys, key);

  return index == NULL ? -1 : (int) GPOINTER_TO_UINT (index) - 1;
}

NbNetworkEdgeKind
nb_network_graph_get_group_kind (NbNetworkGraph *self,
                                 guint           group)
{
  Group *g = get_group (self, group);

  return g ? g->kind : NB_NETWORK_EDGE_CIRCLE;
}

const char *
nb_network_graph_get_group_name (NbNetworkGraph *self,
                                 guint           group)
{
  Group *g = get_group (self, group);

  return g ? g->name : NULL;
}

/**
 * nb_network_graph_get_group_members:
 * @n_members: (out): how many
 *
 * Returns: (array length=n_members) (transfer none): the node indexes of
 *   the group's people on the map
 */
const guint *
nb_network_graph_get_group_members (NbNetworkGraph *self,
                                    guint           group,
                                    guint          *n_members)
{
  Group *g = get_group (self, group);

  *n_members = g ? g->members->len : 0;

  return g ? (const guint *) g->members->data : NULL;
}

/* Who connects otherwise separate parts.
 *
 * The definition: the graph of the map without me (I am linked to
 * everyone I was in touch with, so I would hold everything together and
 * say nothing), all kinds of links alike. A person connects when taking
 * them out of it too splits what they were part of into two or more
 * parts of at least two people each: they are an articulation point
 * (a cut vertex) of that graph, and not only for someone who hangs on
 * them alone. I am never one. Each part is named by a circle or
 * organisation: of the connector's own groups, the one with the most of
 * the part's people, else of all groups (the first group on a tie, each
 * group once), else by its nearest person (lowest node index); parts are
 * listed nearest first.
 *
 * Found by one depth-first search (Hopcroft and Tarjan), iterative, nodes
 * and links in their order in the graph: the same graph gives the same
 * answer. */

typedef struct
{
  guint first;  /* lowest node index in the part */
  GArray *nodes;
} Part;

static int
compare_parts (gconstpointer a,
               gconstpointer b)
{
  const Part *x = a;
  const Part *y = b;

  return x->first < y->first ? -1 : x->first > y->first;
}

static char **
name_parts (NbNetworkGraph *self,
            guint           connector,
            GArray         *parts,
            GPtrArray      *node_groups,
            guint          *counts)
{
  GArray *own = g_ptr_array_index (node_groups, connector);

  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);

  g_array_sort (parts, compare_parts);
  for (guint p = 0; p < parts->len; p++)
    {
      Part *part = &g_array_index (parts, Part, p);
      int best = -1;

      for (guint i = 0; i < part->nodes->len; i++)
        {
          GArray *groups = g_ptr_array_index (node_groups, g_array_index (part->nodes, guint, i));

          for (guint j = 0; groups != NULL && j < groups->len; j++)
            counts[g_array_index (groups, guint, j)]++;
        }
      /* The connector's own groups first, then any. */
      for (guint j = 0; own != NULL && j < own->len; j++)
        {
          guint g = g_array_index (own, guint, j);

          if (counts[g] > 0 && !g_hash_table_contains (used, GUINT_TO_POINTER (g + 1)) &&
              (best < 0 || counts[g] > counts[best] || (counts[g] == counts[best] && (int) g < best)))
            best = (int) g;
        }
      for (guint i = 0; best < 0 && i < part->nodes->len; i++)
        {
          GArray *groups = g_ptr_array_index (node_groups, g_array_index (part->nodes, guint, i));

          for (guint j = 0; groups != NULL && j < groups->len; j++)
            {
              guint g = g_array_index (groups, guint, j);

              if (counts[g] > 0 && !g_hash_table_contains (used, GUINT_TO_POINTER (g + 1)) &&
                  (best < 0 || counts[g] > counts[best] || (counts[g] == counts[best] && (int) g < best)))
                best = (int) g;
            }
        }
      for (guint i = 0; i < part->nodes->len; i++)
        {
          GArray *groups = g_ptr_array_index (node_groups, g_array_index (part->nodes, guint, i));

          for (guint j = 0; groups != NULL && j < groups->len; j++)
            counts[g_array_index (groups, guint, j)] = 0;
        }

      if (best >= 0)
        {
          g_hash_table_add (used, GUINT_TO_POINTER (best + 1));
          g_ptr_array_add (names, g_strdup (get_group (self, (guint) best)->name));
        }
      else
        g_ptr_array_add (names, g_strdup (get_node (self, part->first)->name));
    }
  g_ptr_array_add (names, NULL);

  return (char **) g_ptr_array_steal (names, NULL);
}

static void
clear_part (gpointer data)
{
  Part *part = data;

  g_array_unref (part->nodes);
}

static void
add_part (GArray      *parts,
          const guint *nodes,
          guint        n)
{
  Part part = { G_MAXUINT, g_array_sized_new (FALSE, FALSE, sizeof (guint), n) };

  for (guint i = 0; i < n; i++)
    {
      part.first = MIN (part.first, nodes[i]);
      g_array_append_val (part.nodes, nodes[i]);
    }
  g_array_append_val (parts, part);
}

static void
unref_array (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

static void
find_connectors (NbNetworkGraph *self)
{
  guint n = self->nodes->len;
  int me = nb_network_graph_find_node (self, NB_NETWORK_ME);
  g_autofree guint *degree = g_new0 (guint, n + 1);
  g_autofree guint *adjacent = NULL;
  g_autofree guint *disc = g_new (guint, n);
  g_autofree guint *low = g_new (guint, n);
  g_autofree guint *size = g_new (guint, n);
  g_autofree guint *next = g_new (guint, n);
  g_autofree int *parent = g_new (int, n);
  g_autofree guint *order = g_new (guint, n);   /* pre-order: order[disc[v]] = v */
  g_autofree guint *stack = g_new (guint, n);
  g_autofree guint *counts = g_new0 (guint, self->groups->len + 1);
  g_autoptr(GPtrArray) node_groups = g_ptr_array_new_full (n, unref_array);
  g_autofree guint *rest = g_new (guint, n);
  g_autofree gboolean *in_piece = g_new0 (gboolean, n);
  guint counter = 0;

  self->connects = g_ptr_array_new_full (n, (GDestroyNotify) g_strfreev);
  g_ptr_array_set_size (self->connects, n);
  g_ptr_array_set_size (node_groups, n);

  for (guint g = 0; g < self->groups->len; g++)
    {
      Group *group = get_group (self, g);

      for (guint i = 0; i < group->members->len; i++)
        {
          guint m = g_array_index (group->members, guint, i);
          GArray *groups = g_ptr_array_index (node_groups, m);

          if (groups == NULL)
            {
              groups = g_array_new (FALSE, FALSE, sizeof (guint));
              g_ptr_array_index (node_groups, m) = groups;
            }
          g_array_append_val (groups, g);
        }
    }

  /* Adjacency, compressed: the links of v at adjacent[degree[v] ..
   * degree[v + 1]), in the order of the edges; none to me. */
  for (guint e = 0; e < self->edges->len; e++)
    {
      Edge *edge = &g_array_index (self->edges, Edge, e);

      if ((int) edge->source == me || (int) edge->target == me)
        continue;
      degree[edge->source + 1]++;
      degree[edge->target + 1]++;
    }
  for (guint v = 0; v < n; v++)
    degree[v + 1] += degree[v];
  adjacent = g_new (guint, MAX (degree[n], 1));
  memset (next, 0, n * sizeof (guint));
  for (guint e = 0; e < self->edges->len; e++)
    {
      Edge *edge = &g_array_index (self->edges, Edge, e);

      if ((int) edge->source == me || (int) edge->target == me)
        continue;
      adjacent[degree[edge->source] + next[edge->source]++] = edge->target;
      adjacent[degree[edge->target] + next[edge->target]++] = edge->source;
    }

  for (guint v = 0; v < n; v++)
    {
      disc[v] = G_MAXUINT;
      next[v] = degree[v];
    }

  for (guint root = 0; root < n; root++)
    {
      guint top = 0, start = counter;

      if ((int) root == me || disc[root] != G_MAXUINT)
        continue;

      /* The depth-first search of root's part. */
      disc[root] = low[root] = counter;
      order[counter++] = root;
      size[root] = 1;
      parent[root] = -1;
      stack[top++] = root;
      while (top > 0)
        {
          guint v = stack[top - 1];

          if (next[v] < degree[v + 1])
            {
              guint w = adjacent[next[v]++];

              if (disc[w] == G_MAXUINT)
                {
                  disc[w] = low[w] = counter;
                  order[counter++] = w;
                  size[w] = 1;
                  parent[w] = (int) v;
                  stack[top++] = w;
                }
              else if ((int) w != parent[v])
                low[v] = MIN (low[v], disc[w]);
            }
          else
            {
              top--;
              if (parent[v] >= 0)
                {
                  guint p = (guint) parent[v];

                  low[p] = MIN (low[p], low[v]);
                  size[p] += size[v];
                }
            }
        }

      /* Each person of the part: the parts left without them. */
      for (guint i = start; i < counter; i++)
        {
          guint v = order[i];
          g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (Part));
          guint separated = 0, n_rest = 0, big = 0;

          g_array_set_clear_func (parts, clear_part);
          for (guint a = degree[v]; a < degree[v + 1]; a++)
            {
              guint c = adjacent[a];

              /* A child of v in the search that reaches nothing above
               * v: its subtree is cut off without v (once per child,
               * whatever the number of links between them). */
              if (parent[c] != (int) v || in_piece[c])
                continue;
              in_piece[c] = TRUE;
              if (parent[v] >= 0 && low[c] < disc[v])
                continue;
              separated += size[c];
              if (size[c] >= 2)
                big++;
              add_part (parts, &order[disc[c]], size[c]);
            }
          for (guint a = degree[v]; a < degree[v + 1]; a++)
            in_piece[adjacent[a]] = FALSE;

          if (parent[v] >= 0 && parts->len > 0)
            {
              /* The rest of the part, on the side of the root. */
              guint total = counter - start - 1 - separated;

              if (total >= 2)
                {
                  for (guint j = 0; j < parts->len; j++)
                    {
                      Part *part = &g_array_index (parts, Part, j);

                      for (guint k = 0; k < part->nodes->len; k++)
                        in_piece[g_array_index (part->nodes, guint, k)] = TRUE;
                    }
                  for (guint j = start; j < counter; j++)
                    if (order[j] != v && !in_piece[order[j]])
                      rest[n_rest++] = order[j];
                  for (guint j = 0; j < parts->len; j++)
                    {
                      Part *part = &g_array_index (parts, Part, j);

                      for (guint k = 0; k < part->nodes->len; k++)
                        in_piece[g_array_index (part->nodes, guint, k)] = FALSE;
                    }
                  add_part (parts, rest, n_rest);
                  big++;
                }
            }

          if (big < 2)
            continue;
          /* Only the parts of two or more people are named. */
          for (guint j = parts->len; j-- > 0;)
            if (g_array_index (parts, Part, j).nodes->len < 2)
              g_array_remove_index (parts, j);
          g_ptr_array_index (self->connects, v) = name_parts (self, v, parts, node_groups, counts);
        }
    }
}

static void
ensure_connectors (NbNetworkGraph *self)
{
  if (self->connects == NULL)
    find_connectors (self);
}

/**
 * nb_network_graph_is_connector:
 *
 * Returns: whether @node connects otherwise separate parts of the map
 *   (see above)
 */
gboolean
nb_network_graph_is_connector (NbNetworkGraph *self,
                               guint           node)
{
  return nb_network_graph_get_connected_parts (self, node) != NULL;
}

/**
 * nb_network_graph_get_connected_parts:
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   names of the parts that @node connects (two or more: a circle, an
 *   organisation or a person), nearest first; %NULL if @node does not
 *   connect separate parts
 */
const char * const *
nb_network_graph_get_connected_parts (NbNetworkGraph *self,
                                      guint           node)
{
  g_return_val_if_fail (NB_IS_NETWORK_GRAPH (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  ensure_connectors (self);

  return g_ptr_array_index (self->connects, node);
}
