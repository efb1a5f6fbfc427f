/* nb-sync-setup.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-account.h"
#include "nb-dav-client.h"
#include "nb-store.h"

G_BEGIN_DECLS

/**
 * NbSyncDiscovery:
 * @server: the server's address, normalized
 * @user: the user name
 * @homes: where each kind of collection can be made, or %NULL
 * @collections: the address books and the calendars found, of
 *   #NbDavCollection, by #NbCollectionKind
 * @notice: (nullable): what a person should know of how Netbook talks to
 *   the server, such as that it uses plain http
 *
 * What a server offers an account. Once found it is only read, and
 * shared by reference (nb_sync_discovery_ref()), with a worker thread too.
 */
typedef struct
{
  char      *server;
  char      *user;
  char      *homes[NB_N_COLLECTION_KINDS];
  GPtrArray *collections[NB_N_COLLECTION_KINDS];
  char      *notice;
} NbSyncDiscovery;

NbSyncDiscovery *nb_sync_discovery_ref         (NbSyncDiscovery     *discovery);
void             nb_sync_discovery_unref       (NbSyncDiscovery     *discovery);
NbDavCollection *nb_sync_discovery_get_own     (NbSyncDiscovery     *discovery,
                                                NbCollectionKind     kind);

NbSyncDiscovery *nb_sync_discover              (const char          *server,
                                                const char          *user,
                                                const char          *password,
                                                GCancellable        *cancellable,
                                                GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void             nb_sync_discover_async        (const char          *server,
                                                const char          *user,
                                                const char          *password,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
NbSyncDiscovery *nb_sync_discover_finish       (GAsyncResult        *result,
                                                GError             **error) G_GNUC_WARN_UNUSED_RESULT;
NbAccount       *nb_sync_add_account           (NbStore             *store,
                                                NbSyncDiscovery     *discovery,
                                                const char          *password,
                                                const char * const  *chosen,
                                                GCancellable        *cancellable,
                                                GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void             nb_sync_add_account_async     (NbStore             *store,
                                                NbSyncDiscovery     *discovery,
                                                const char          *password,
                                                const char * const  *chosen,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
NbAccount       *nb_sync_add_account_finish    (NbStore             *store,
                                                GAsyncResult        *result,
                                                GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         nb_sync_remove_account        (NbStore             *store,
                                                NbAccount           *account,
                                                GCancellable        *cancellable,
                                                GError             **error);
void             nb_sync_remove_account_async  (NbStore             *store,
                                                NbAccount           *account,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean         nb_sync_remove_account_finish (NbStore             *store,
                                                GAsyncResult        *result,
                                                GError             **error);
gboolean         nb_sync_may_use_http          (const char          *server);
NbDavClient     *nb_sync_connect               (NbAccount           *account,
                                                GCancellable        *cancellable,
                                                GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbSyncDiscovery, nb_sync_discovery_unref)

G_END_DECLS
