/* nb-due-item.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nb-keep-in-touch.h"

G_BEGIN_DECLS

#define NB_TYPE_DUE_ITEM (nb_due_item_get_type ())

G_DECLARE_FINAL_TYPE (NbDueItem, nb_due_item, NB, DUE_ITEM, GObject)

NbDueItem                *nb_due_item_new       (const NbKeepInTouchEntry *entry,
                                                 gboolean                  soon) G_GNUC_WARN_UNUSED_RESULT;
const NbKeepInTouchEntry *nb_due_item_get_entry (NbDueItem                *self);
gboolean                  nb_due_item_get_soon  (NbDueItem                *self);
gboolean                  nb_due_item_equal     (NbDueItem                *self,
                                                 NbDueItem                *other);

G_END_DECLS
