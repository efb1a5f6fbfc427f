/* nb-interaction-private.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-interaction.h"

G_BEGIN_DECLS

void _nb_interaction_set_id         (NbInteraction *self,
                                     gint64         id);
void _nb_interaction_set_timestamps (NbInteraction *self,
                                     gint64         created,
                                     gint64         updated);

G_END_DECLS
