/* nb-day-item.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-birthday-event.h"
#include "nb-meeting.h"
#include "nb-train-slot-event.h"

G_BEGIN_DECLS

#define NB_TYPE_DAY_ITEM (nb_day_item_get_type ())

G_DECLARE_FINAL_TYPE (NbDayItem, nb_day_item, NB, DAY_ITEM, GtkButton)

GtkWidget *nb_day_item_new_birthday (const NbBirthdayEvent *event,
                                     gboolean               focusable);
GtkWidget *nb_day_item_new_meal     (NbMeeting             *meeting,
                                     gboolean               focusable);
GtkWidget *nb_day_item_new_train_slot (NbTrainSlotEvent    *event,
                                     gboolean               focusable);

G_END_DECLS
