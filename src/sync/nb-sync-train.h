/* nb-sync-train.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nb-meal-train-slot.h"
#include "nb-meal-train.h"
#include "nb-store-transaction.h"
#include "nb-merge.h"

G_BEGIN_DECLS

#define NB_TYPE_SYNC_TRAIN_ITEM (nb_sync_train_item_get_type ())

G_DECLARE_FINAL_TYPE (NbSyncTrainItem, nb_sync_train_item, NB, SYNC_TRAIN_ITEM, GObject)

NbSyncTrainItem *nb_sync_train_item_new_train (NbMealTrain           *train,
                                               gint64                 updated) G_GNUC_WARN_UNUSED_RESULT;
NbSyncTrainItem *nb_sync_train_item_new_slot  (const NbMealTrainSlot *slot,
                                               const char            *train_uid,
                                               gint64                 updated) G_GNUC_WARN_UNUSED_RESULT;
NbMealTrain     *nb_sync_train_item_get_train (NbSyncTrainItem       *self);
NbMealTrainSlot *nb_sync_train_item_get_slot  (NbSyncTrainItem       *self);
const char      *nb_sync_train_item_get_train_uid (NbSyncTrainItem   *self);

/* The meals adapter's share for trains and slots (nb-sync-adapter.c). */
GObject            *_nb_sync_train_parse      (NbStoreTransaction  *transaction,
                                               const char          *text,
                                               const char          *name,
                                               gint64              *revision,
                                               GError             **error);
char               *_nb_sync_train_serialize  (NbStoreTransaction  *transaction,
                                               NbSyncTrainItem     *item);
GObject            *_nb_sync_train_load       (NbStoreTransaction  *transaction,
                                               const char          *uid,
                                               GError             **error);
gboolean            _nb_sync_train_save       (NbStoreTransaction  *transaction,
                                               NbSyncTrainItem     *item,
                                               GError             **error);
gboolean            _nb_sync_train_remove     (NbStoreTransaction  *transaction,
                                               NbSyncTrainItem     *item,
                                               GError             **error);
const char         *_nb_sync_train_get_uid    (NbSyncTrainItem     *item);
gint64              _nb_sync_train_get_updated (NbSyncTrainItem    *item);
GObject            *_nb_sync_train_copy       (NbSyncTrainItem     *item);
gboolean            _nb_sync_train_equal      (NbSyncTrainItem     *a,
                                               NbSyncTrainItem     *b);
gboolean            _nb_sync_train_assign     (NbSyncTrainItem     *item,
                                               NbSyncTrainItem     *other);
char               *_nb_sync_train_dup_name   (NbSyncTrainItem     *item);
void                _nb_sync_train_keep_server_text (NbSyncTrainItem *merged,
                                               NbSyncTrainItem     *remote);
const NbMergeField *_nb_sync_train_get_fields (NbSyncTrainItem     *item,
                                               guint               *n_fields);
gboolean            _nb_sync_train_is_resource (const char         *text);

G_END_DECLS
