/* nb-sync-engine.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-account.h"
#include "nb-dav-client.h"
#include "nb-store-transaction.h"

G_BEGIN_DECLS

/**
 * NbSyncCounts:
 * @received: items added or changed here from the server
 * @removed: items deleted here because they were deleted on the server
 * @sent: items sent to the server, new or changed
 * @deleted: items deleted on the server because they were deleted here
 * @conflicts: items changed on both sides, merged
 * @skipped: resources on the server Netbook could not read
 * @unfetched: changed resources the server did not give; the next sync
 *   asks for them again
 *
 * What one sync moved, for one kind of item.
 */
typedef struct
{
  guint received;
  guint removed;
  guint sent;
  guint deleted;
  guint conflicts;
  guint skipped;
  guint unfetched;
} NbSyncCounts;

/**
 * NbSyncProgressFunc:
 * @done: steps done
 * @total: steps known so far
 * @user_data: data given with the function
 *
 * Called in the thread the sync runs in.
 */
/**
 * NbSyncDirection:
 * @NB_SYNC_RECEIVING: what changed on the server comes down
 * @NB_SYNC_SENDING: what changed here goes up
 */
typedef enum
{
  NB_SYNC_RECEIVING,
  NB_SYNC_SENDING,
} NbSyncDirection;

/**
 * NbSyncProgress:
 * @account: the account being synced
 * @kind: contacts or meals
 * @direction: whether they come down or go up
 * @done: how many of them are done
 * @total: how many there are in this direction
 * @all_done: how many items of the whole run are done
 * @all_total: how many the whole run has found so far
 *
 * How far a sync is.
 */
typedef struct
{
  NbAccount        *account;
  NbCollectionKind  kind;
  NbSyncDirection   direction;
  guint             done;
  guint             total;
  guint             all_done;
  guint             all_total;
} NbSyncProgress;

typedef void (*NbSyncProgressFunc) (const NbSyncProgress *progress,
                                    gpointer              user_data);

#define NB_TYPE_SYNC_ENGINE (nb_sync_engine_get_type ())

G_DECLARE_FINAL_TYPE (NbSyncEngine, nb_sync_engine, NB, SYNC_ENGINE, GObject)

NbSyncEngine       *nb_sync_engine_new          (NbStoreTransaction *transaction,
                                                 NbAccount          *account,
                                                 NbDavClient        *client) G_GNUC_WARN_UNUSED_RESULT;
void                nb_sync_engine_set_progress (NbSyncEngine       *self,
                                                 NbSyncProgressFunc  func,
                                                 gpointer            user_data);
gboolean            nb_sync_engine_run          (NbSyncEngine       *self,
                                                 GCancellable       *cancellable,
                                                 GError            **error);
const NbSyncCounts *nb_sync_engine_get_counts   (NbSyncEngine       *self,
                                                 NbCollectionKind    kind);
GPtrArray          *nb_sync_engine_get_problems (NbSyncEngine       *self);
GPtrArray          *nb_sync_engine_get_conflicts (NbSyncEngine      *self);

G_END_DECLS
