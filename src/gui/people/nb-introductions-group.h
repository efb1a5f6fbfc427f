/* nb-introductions-group.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_INTRODUCTIONS_GROUP (nb_introductions_group_get_type ())

G_DECLARE_FINAL_TYPE (NbIntroductionsGroup, nb_introductions_group, NB, INTRODUCTIONS_GROUP, AdwPreferencesGroup)

GtkWidget *nb_introductions_group_new  (NbStore    *store,
                                        gint64      contact_id,
                                        GPtrArray  *introductions);
guint      nb_introductions_group_get_n_rows (NbIntroductionsGroup *self);

G_END_DECLS
