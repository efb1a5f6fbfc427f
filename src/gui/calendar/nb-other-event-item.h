/* nb-other-event-item.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-other-event.h"

G_BEGIN_DECLS

#define NB_TYPE_OTHER_EVENT_ITEM (nb_other_event_item_get_type ())

G_DECLARE_FINAL_TYPE (NbOtherEventItem, nb_other_event_item, NB, OTHER_EVENT_ITEM, GtkWidget)

GtkWidget    *nb_other_event_item_new             (NbOtherEvent     *other_event,
                                                   const GDate      *day,
                                                   gboolean          detailed);
NbOtherEvent *nb_other_event_item_get_other_event (NbOtherEventItem *self);
const GDate  *nb_other_event_item_get_day         (NbOtherEventItem *self);
gboolean      nb_other_event_item_get_detailed    (NbOtherEventItem *self);

G_END_DECLS
