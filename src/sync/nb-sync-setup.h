/* nb-sync-setup.h
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
 * NbSyncDiscovery:
 * @server: the server's address, normalized
 * @user: the user name
 * @homes: where each kind of collection can be made, or %NULL
 * @collections: the address books and the calendars found, of
 *   #NbDavCollection, by #NbCollectionKind
 * @notice: (nullable): what a person should know of how Netbook talks to
 *   the server, such as that it uses plain http
 *
 * What a server offers an account.
 */
typedef struct
{
  char      *server;
  char      *user;
  char      *homes[NB_N_COLLECTION_KINDS];
  GPtrArray *collections[NB_N_COLLECTION_KINDS];
  char      *notice;
} NbSyncDiscovery;

void             nb_sync_discovery_free  (NbSyncDiscovery  *discovery);

NbSyncDiscovery *nb_sync_discover        (const char       *server,
                                          const char       *user,
                                          const char       *password,
                                          GCancellable     *cancellable,
                                          GError          **error) G_GNUC_WARN_UNUSED_RESULT;
NbAccount       *nb_sync_add_account     (const char       *db_path,
                                          NbSyncDiscovery  *discovery,
                                          const char       *password,
                                          const char * const *chosen,
                                          GCancellable     *cancellable,
                                          GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         nb_sync_remove_account  (const char       *db_path,
                                          NbAccount        *account,
                                          GCancellable     *cancellable,
                                          GError          **error);
NbDavCollection *nb_sync_discovery_get_own (NbSyncDiscovery *discovery,
                                          NbCollectionKind  kind);
gboolean         nb_sync_may_use_http    (const char       *server);
NbDavClient     *nb_sync_connect         (NbAccount        *account,
                                          GCancellable     *cancellable,
                                          GError          **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbSyncDiscovery, nb_sync_discovery_free)

G_END_DECLS
