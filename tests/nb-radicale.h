/* nb-radicale.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A Radicale server of the test's own (see nb-radicale.c). A test that
 * uses G_TEST_OPTION_ISOLATE_DIRS and a #SoupSession with the default proxy
 * resolver needs GIO_USE_PROXY_RESOLVER=dummy (tests/meson.build sets it). */
typedef struct _NbRadicale NbRadicale;

NbRadicale *nb_radicale_start       (GError      **error) G_GNUC_WARN_UNUSED_RESULT;
const char *nb_radicale_get_url     (NbRadicale   *self);
const char *nb_radicale_get_storage (NbRadicale   *self);
void        nb_radicale_stop        (NbRadicale   *self);
void        nb_radicale_kill        (NbRadicale   *self);
gboolean    nb_radicale_restart     (NbRadicale   *self,
                                     GError      **error);
guint       nb_radicale_http        (NbRadicale   *self,
                                     const char   *method,
                                     const char   *path,
                                     const char   *user,
                                     const char   *password,
                                     const char   *content_type,
                                     const char   *body,
                                     char        **response,
                                     char        **etag);
void        nb_radicale_free        (NbRadicale   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbRadicale, nb_radicale_free)

G_END_DECLS
