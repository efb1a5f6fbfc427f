/* nb-matches-group.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_MATCHES_GROUP (nb_matches_group_get_type ())

G_DECLARE_FINAL_TYPE (NbMatchesGroup, nb_matches_group, NB, MATCHES_GROUP, AdwPreferencesGroup)

GtkWidget *nb_matches_group_new       (NbStore        *store,
                                       gint64          contact_id,
                                       gboolean        helpers);
gboolean   nb_matches_group_is_loading (NbMatchesGroup *self);

G_END_DECLS
