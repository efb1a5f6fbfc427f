/* nb-network-graph.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * NbNetworkEdgeKind:
 * @NB_NETWORK_EDGE_IN_TOUCH: me and someone I was in touch with in the
 *   last year (an interaction)
 * @NB_NETWORK_EDGE_CIRCLE: two people in the same circle (contact tag)
 * @NB_NETWORK_EDGE_ORGANIZATION: two people of the same organisation
 * @NB_NETWORK_EDGE_INTRODUCTION: someone introduced me to someone
 *   (directed: the first node introduced me to the second)
 * @NB_NETWORK_EDGE_MY_INTRODUCTION: I introduced two people to each other
 *   (no direction: either way round is the same edge)
 *
 * Why two people of the map are linked.
 */
typedef enum
{
  NB_NETWORK_EDGE_IN_TOUCH,
  NB_NETWORK_EDGE_CIRCLE,
  NB_NETWORK_EDGE_ORGANIZATION,
  NB_NETWORK_EDGE_INTRODUCTION,
  NB_NETWORK_EDGE_MY_INTRODUCTION,
  NB_NETWORK_EDGE_N_KINDS
} NbNetworkEdgeKind;

/* The contact id of the node that is me. */
#define NB_NETWORK_ME 0

/* How many people a map draws at most, by default. */
#define NB_NETWORK_DEFAULT_MAX_NODES 500

#define NB_TYPE_NETWORK_GRAPH (nb_network_graph_get_type ())

G_DECLARE_FINAL_TYPE (NbNetworkGraph, nb_network_graph, NB, NETWORK_GRAPH, GObject)

NbNetworkGraph *nb_network_graph_new              (void);

guint           nb_network_graph_add_node         (NbNetworkGraph    *self,
                                                   gint64             contact_id,
                                                   const char        *name,
                                                   gint64             last_interaction,
                                                   guint              distance);
gboolean        nb_network_graph_add_edge         (NbNetworkGraph    *self,
                                                   guint              source,
                                                   guint              target,
                                                   NbNetworkEdgeKind  kind,
                                                   const char        *label);

guint           nb_network_graph_get_n_nodes      (NbNetworkGraph    *self);
guint           nb_network_graph_get_n_edges      (NbNetworkGraph    *self);
int             nb_network_graph_find_node        (NbNetworkGraph    *self,
                                                   gint64             contact_id);

gint64          nb_network_graph_get_node_id      (NbNetworkGraph    *self,
                                                   guint              node);
const char     *nb_network_graph_get_node_name    (NbNetworkGraph    *self,
                                                   guint              node);
gint64          nb_network_graph_get_node_last_interaction (NbNetworkGraph *self,
                                                            guint           node);
guint           nb_network_graph_get_node_distance (NbNetworkGraph   *self,
                                                    guint             node);

void            nb_network_graph_get_edge         (NbNetworkGraph    *self,
                                                   guint              edge,
                                                   guint             *source,
                                                   guint             *target,
                                                   NbNetworkEdgeKind *kind);
const char     *nb_network_graph_get_edge_label   (NbNetworkGraph    *self,
                                                   guint              edge);

/* Positions, set by nb_network_layout_run() (0, 0 before). */
void            nb_network_graph_get_position     (NbNetworkGraph    *self,
                                                   guint              node,
                                                   double            *x,
                                                   double            *y);
void            nb_network_graph_set_position     (NbNetworkGraph    *self,
                                                   guint              node,
                                                   double             x,
                                                   double             y);

/* Groups: the circles and organisations of two or more people on the
 * map, kind NB_NETWORK_EDGE_CIRCLE or NB_NETWORK_EDGE_ORGANIZATION. */
guint           nb_network_graph_add_group        (NbNetworkGraph    *self,
                                                   NbNetworkEdgeKind  kind,
                                                   const char        *name);
void            nb_network_graph_add_group_member (NbNetworkGraph    *self,
                                                   guint              group,
                                                   guint              node);
guint           nb_network_graph_get_n_groups     (NbNetworkGraph    *self);
int             nb_network_graph_find_group       (NbNetworkGraph    *self,
                                                   NbNetworkEdgeKind  kind,
                                                   const char        *name);
NbNetworkEdgeKind nb_network_graph_get_group_kind (NbNetworkGraph    *self,
                                                   guint              group);
const char     *nb_network_graph_get_group_name   (NbNetworkGraph    *self,
                                                   guint              group);
const guint    *nb_network_graph_get_group_members (NbNetworkGraph   *self,
                                                    guint             group,
                                                    guint            *n_members);

/* Who connects otherwise separate parts of the map (see the .c file). */
gboolean        nb_network_graph_is_connector     (NbNetworkGraph    *self,
                                                   guint              node);
const char * const *nb_network_graph_get_connected_parts (NbNetworkGraph *self,
                                                          guint           node);

G_END_DECLS
