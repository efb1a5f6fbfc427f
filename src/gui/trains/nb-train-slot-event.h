/* nb-train-slot-event.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_TRAIN_SLOT_EVENT (nb_train_slot_event_get_type ())

G_DECLARE_FINAL_TYPE (NbTrainSlotEvent, nb_train_slot_event, NB, TRAIN_SLOT_EVENT, GObject)

GPtrArray   *nb_train_slot_event_list         (NbStore          *store,
                                               const GDate      *start,
                                               guint             n_days) G_GNUC_WARN_UNUSED_RESULT;
gint64       nb_train_slot_event_get_train_id (NbTrainSlotEvent *self);
guint32      nb_train_slot_event_get_day      (NbTrainSlotEvent *self);
GDateTime   *nb_train_slot_event_get_start    (NbTrainSlotEvent *self);
const char  *nb_train_slot_event_get_summary  (NbTrainSlotEvent *self);
gboolean     nb_train_slot_event_is_open      (NbTrainSlotEvent *self);
gboolean     nb_train_slot_event_is_cancelled (NbTrainSlotEvent *self);
gboolean     nb_train_slot_event_is_mine      (NbTrainSlotEvent *self);

G_END_DECLS
