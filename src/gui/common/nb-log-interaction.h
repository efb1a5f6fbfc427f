/* nb-log-interaction.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

gboolean nb_log_interaction_now (GtkWidget         *where,
                                 NbStore           *store,
                                 gint64             contact_id,
                                 NbInteractionKind  kind);

G_END_DECLS
