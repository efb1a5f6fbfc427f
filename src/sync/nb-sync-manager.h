/* nb-sync-manager.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-account.h"
#include "nb-store.h"
#include "nb-sync-engine.h"

G_BEGIN_DECLS

/**
 * NbSyncResult:
 * @account: the account synced
 * @counts: what moved, by #NbCollectionKind
 * @problems: (element-type utf8): what was left out, a sentence each
 * @conflicts: (element-type utf8): the fields changed on both sides, and
 *   what was kept, a sentence each
 * @error: (nullable): why the account could not be synced
 *
 * How one account's sync went.
 */
typedef struct
{
  NbAccount    *account;
  NbSyncCounts  counts[NB_N_COLLECTION_KINDS];
  GPtrArray    *problems;
  GPtrArray    *conflicts;
  GError       *error;
} NbSyncResult;

void       nb_sync_result_free (NbSyncResult       *result);
GPtrArray *nb_sync_run         (NbStore            *store,
                                GCancellable       *cancellable,
                                NbSyncProgressFunc  progress,
                                gpointer            user_data,
                                GError            **error) G_GNUC_WARN_UNUSED_RESULT;
char      *nb_sync_result_describe (NbSyncResult   *result) G_GNUC_WARN_UNUSED_RESULT;

#define NB_TYPE_SYNC_MANAGER (nb_sync_manager_get_type ())

G_DECLARE_FINAL_TYPE (NbSyncManager, nb_sync_manager, NB, SYNC_MANAGER, GObject)

NbSyncManager *nb_sync_manager_new            (NbStore       *store) G_GNUC_WARN_UNUSED_RESULT;
void           nb_sync_manager_sync           (NbSyncManager *self);
void           nb_sync_manager_cancel         (NbSyncManager *self);
void           nb_sync_manager_set_interval   (NbSyncManager *self,
                                               guint          seconds);
void           nb_sync_manager_reload         (NbSyncManager *self);
gboolean       nb_sync_manager_get_syncing    (NbSyncManager *self);
double         nb_sync_manager_get_fraction   (NbSyncManager *self);
gint64         nb_sync_manager_get_last_sync  (NbSyncManager *self);
const char    *nb_sync_manager_get_error      (NbSyncManager *self);
guint          nb_sync_manager_get_n_accounts (NbSyncManager *self);
GPtrArray     *nb_sync_manager_get_accounts   (NbSyncManager *self);

G_END_DECLS
