/* nb-network-view.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-view.h"

G_BEGIN_DECLS

#define NB_TYPE_NETWORK_VIEW (nb_network_view_get_type ())

G_DECLARE_FINAL_TYPE (NbNetworkView, nb_network_view, NB, NETWORK_VIEW, GtkWidget)

GtkWidget *nb_network_view_new         (void);
void       nb_network_view_show_person (NbNetworkView *self,
                                        gint64         contact_id);
gint64     nb_network_view_get_person  (NbNetworkView *self);
gboolean   nb_network_view_get_loading (NbNetworkView *self);

G_END_DECLS
