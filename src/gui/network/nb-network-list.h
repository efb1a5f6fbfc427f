/* nb-network-list.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-network-graph.h"

G_BEGIN_DECLS

#define NB_TYPE_NETWORK_LIST (nb_network_list_get_type ())

G_DECLARE_FINAL_TYPE (NbNetworkList, nb_network_list, NB, NETWORK_LIST, GtkWidget)

GtkWidget  *nb_network_list_new        (void);
void        nb_network_list_set_graph  (NbNetworkList  *self,
                                        NbNetworkGraph *graph);
GtkListBox *nb_network_list_get_list_box (NbNetworkList *self);
char       *nb_network_list_describe_links (NbNetworkGraph *graph,
                                            guint           node) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_network_list_describe_group (NbNetworkGraph *graph,
                                            guint           group) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_network_list_name_group (NbNetworkGraph *graph,
                                        guint           group) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
