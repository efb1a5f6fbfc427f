/* nb-network-map.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-network-graph.h"

G_BEGIN_DECLS

#define NB_TYPE_NETWORK_MAP (nb_network_map_get_type ())

G_DECLARE_FINAL_TYPE (NbNetworkMap, nb_network_map, NB, NETWORK_MAP, GtkWidget)

GtkWidget      *nb_network_map_new            (void);
void            nb_network_map_set_graph      (NbNetworkMap   *self,
                                               NbNetworkGraph *graph);
NbNetworkGraph *nb_network_map_get_graph      (NbNetworkMap   *self);
double          nb_network_map_get_zoom       (NbNetworkMap   *self);
void            nb_network_map_set_zoom       (NbNetworkMap   *self,
                                               double          zoom);
void            nb_network_map_zoom_to_fit    (NbNetworkMap   *self);
int             nb_network_map_get_focus_node (NbNetworkMap   *self);
void            nb_network_map_focus_node     (NbNetworkMap   *self,
                                               guint           node);
gboolean        nb_network_map_get_node_point (NbNetworkMap   *self,
                                               guint           node,
                                               double         *x,
                                               double         *y);
int             nb_network_map_node_at        (NbNetworkMap   *self,
                                               double          x,
                                               double          y);
guint           nb_network_map_get_n_shapes   (NbNetworkMap   *self);
guint           nb_network_map_get_shape_group (NbNetworkMap  *self,
                                                guint          shape);
gboolean        nb_network_map_get_edge_drawn (NbNetworkMap   *self,
                                               guint           edge);

G_END_DECLS
