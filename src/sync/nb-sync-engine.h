/* nb-sync-engine.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-account.h"
#include "nb-dav-client.h"
#include "nb-db.h"

G_BEGIN_DECLS

/**
 * NbSyncCounts:
 * @received: items added or changed here from the server
 * @removed: items deleted here because they were deleted on the server
 * @sent: items sent to the server, new or changed
 * @deleted: items deleted on the server because they were deleted here
 * @conflicts: items changed on both sides, merged
 * @skipped: resources on the server Netbook could not read
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
} NbSyncCounts;

/**
 * NbSyncProgressFunc:
 * @done: steps done
 * @total: steps known so far
 * @user_data: data given with the function
 *
 * Called in the thread the sync runs in.
 */
typedef void (*NbSyncProgressFunc) (guint    done,
                                    guint    total,
                                    gpointer user_data);

#define NB_TYPE_SYNC_ENGINE (nb_sync_engine_get_type ())

G_DECLARE_FINAL_TYPE (NbSyncEngine, nb_sync_engine, NB, SYNC_ENGINE, GObject)

NbSyncEngine       *nb_sync_engine_new          (NbDb               *db,
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

G_END_DECLS
