/* nb-history-item.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-enum-types.h"
#include "nb-enums.h"
#include "nb-interaction.h"

G_BEGIN_DECLS

#define NB_TYPE_HISTORY_ITEM (nb_history_item_get_type ())

G_DECLARE_FINAL_TYPE (NbHistoryItem, nb_history_item, NB, HISTORY_ITEM, GObject)

NbHistoryItemKind  nb_history_item_get_kind             (NbHistoryItem *self);
gint64             nb_history_item_get_date             (NbHistoryItem *self);
gboolean           nb_history_item_get_has_time         (NbHistoryItem *self);
void               nb_history_item_get_day              (NbHistoryItem *self,
                                                         GDate         *day);
gint64             nb_history_item_get_id               (NbHistoryItem *self);
NbInteractionKind  nb_history_item_get_interaction_kind (NbHistoryItem *self);
NbInteraction     *nb_history_item_get_interaction      (NbHistoryItem *self);
const char        *nb_history_item_get_title            (NbHistoryItem *self);
const char        *nb_history_item_get_note             (NbHistoryItem *self);
int                nb_history_item_get_age              (NbHistoryItem *self);

/* For the store. */
NbHistoryItem     *_nb_history_item_new                 (NbHistoryItemKind  kind,
                                                         gint64             id,
                                                         gint64             date,
                                                         gboolean           has_time) G_GNUC_WARN_UNUSED_RESULT;
void               _nb_history_item_set_details         (NbHistoryItem     *self,
                                                         NbInteractionKind  interaction_kind,
                                                         const char        *title,
                                                         const char        *note,
                                                         int                age);
void               _nb_history_item_set_interaction     (NbHistoryItem     *self,
                                                         NbInteraction     *interaction);
int                _nb_history_item_compare             (NbHistoryItem     *a,
                                                         NbHistoryItem     *b);

G_END_DECLS
