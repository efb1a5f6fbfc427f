/* nb-sync-test-util.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-dav-server.h"
#include "nb-store.h"
#include "nb-sync-manager.h"

G_BEGIN_DECLS

/* Devices, accounts and syncs, for the tests that sync with a server of
 * their own (nb-dav-server.h). */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbSyncResult, nb_sync_result_free)

#define NB_TEST_CONTACTS(result) (&(result)->counts[NB_COLLECTION_CONTACTS])
#define NB_TEST_MEALS(result) (&(result)->counts[NB_COLLECTION_MEALS])

NbStore      *nb_test_open_device     (const char    *name) G_GNUC_WARN_UNUSED_RESULT;
NbAccount    *nb_test_add_account     (NbDavServer   *server,
                                       NbStore       *store,
                                       const char    *user,
                                       const char    *password) G_GNUC_WARN_UNUSED_RESULT;
NbSyncResult *nb_test_sync            (NbStore       *store,
                                       gboolean       ok) G_GNUC_WARN_UNUSED_RESULT;
guint         nb_test_sync_moved      (NbSyncResult  *result);
NbContact    *nb_test_find_contact    (NbStore       *store,
                                       const char    *uid) G_GNUC_WARN_UNUSED_RESULT;
NbMeeting    *nb_test_find_meeting    (NbStore       *store,
                                       const char    *uid) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
