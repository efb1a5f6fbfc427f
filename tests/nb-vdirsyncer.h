/* nb-vdirsyncer.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-account.h"
#include "nb-dav-server.h"

G_BEGIN_DECLS

/* vdirsyncer, a third-party client, with a folder of cards and one of
 * events as khard and khal keep them (see nb-vdirsyncer.c). */
typedef struct _NbVdirsyncer NbVdirsyncer;

NbVdirsyncer *nb_vdirsyncer_new       (NbDavServer       *server,
                                       const char        *user,
                                       const char        *password,
                                       NbAccount         *account,
                                       GError           **error) G_GNUC_WARN_UNUSED_RESULT;
const char   *nb_vdirsyncer_get_dir   (NbVdirsyncer      *self,
                                       NbCollectionKind   kind);
gboolean      nb_vdirsyncer_sync      (NbVdirsyncer      *self,
                                       guint             *n_changes,
                                       GError           **error);
void          nb_vdirsyncer_write     (NbVdirsyncer      *self,
                                       NbCollectionKind   kind,
                                       const char        *uid,
                                       const char        *text);
char         *nb_vdirsyncer_find_file (NbVdirsyncer      *self,
                                       NbCollectionKind   kind,
                                       const char        *uid) G_GNUC_WARN_UNUSED_RESULT;
void          nb_vdirsyncer_delete    (NbVdirsyncer      *self,
                                       NbCollectionKind   kind,
                                       const char        *uid);
GKeyFile     *nb_vdirsyncer_read      (NbVdirsyncer      *self,
                                       NbCollectionKind   kind) G_GNUC_WARN_UNUSED_RESULT;
void          nb_vdirsyncer_free      (NbVdirsyncer      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbVdirsyncer, nb_vdirsyncer_free)

G_END_DECLS
