/* nb-eds-server.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-address-book-private.h"

G_BEGIN_DECLS

/* A real Evolution Data Server of the test's own: a private D-Bus session
 * (GTestDBus) on which its source registry and address book factory are
 * D-Bus-activated, with XDG folders of their own in a temporary folder. */
typedef struct _NbEdsServer NbEdsServer;

NbEdsServer     *nb_eds_server_start        (void);
void             nb_eds_server_stop         (NbEdsServer *self);
ESourceRegistry *nb_eds_server_get_registry (NbEdsServer *self);
ESource         *nb_eds_server_add_book     (NbEdsServer *self,
                                             const char  *name) G_GNUC_WARN_UNUSED_RESULT;
void             nb_eds_server_remove_book  (NbEdsServer *self,
                                             ESource     *source);
EBookClient     *nb_eds_server_connect      (NbEdsServer *self,
                                             ESource     *source) G_GNUC_WARN_UNUSED_RESULT;
char            *nb_eds_server_add_card     (EBookClient *client,
                                             const char  *vcard) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
