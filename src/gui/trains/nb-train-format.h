/* nb-train-format.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-store.h"

G_BEGIN_DECLS

char *nb_train_dup_helper_name (NbStore               *store,
                                gint64                 helper) G_GNUC_WARN_UNUSED_RESULT;
char *nb_train_slot_dup_title  (const NbMealTrainSlot *slot) G_GNUC_WARN_UNUSED_RESULT;
char *nb_train_format_status   (NbMealTrain           *train,
                                GPtrArray             *slots) G_GNUC_WARN_UNUSED_RESULT;
char *nb_train_format_days     (NbMealTrain           *train) G_GNUC_WARN_UNUSED_RESULT;
char *nb_train_format_helpers  (NbStore               *store,
                                const NbMealTrainSlot *slot) G_GNUC_WARN_UNUSED_RESULT;
char *nb_train_format_recipient (NbStore              *store,
                                NbMealTrain           *train) G_GNUC_WARN_UNUSED_RESULT;
char *nb_train_format_slot_summary (NbStore           *store,
                                NbMealTrain           *train,
                                const NbMealTrainSlot *slot) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
