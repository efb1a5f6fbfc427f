/* nb-network-layout.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-network-graph.h"

G_BEGIN_DECLS

/* Enough for a map of 500 people to settle. */
#define NB_NETWORK_LAYOUT_ITERATIONS 300

void nb_network_layout_run (NbNetworkGraph *graph,
                            guint32         seed,
                            guint           iterations);

G_END_DECLS
