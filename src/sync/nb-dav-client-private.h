/* nb-dav-client-private.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-dav-client.h"

G_BEGIN_DECLS

char      *_nb_dav_client_normalize_href   (NbDavClient  *self,
                                            const char   *href) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *_nb_dav_client_parse_resources  (NbDavClient  *self,
                                            const char   *data,
                                            gsize         len,
                                            const char   *collection,
                                            NbDavKind     kind,
                                            gboolean      with_data,
                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;

/* The parsers of the other answers, each as if @data were the answer of
 * @href (the server address when %NULL); the client calls the same code
 * on the answers it gets. For the tests and the fuzzers. */
char      *_nb_dav_client_parse_principal  (NbDavClient  *self,
                                            const char   *data,
                                            gsize         len,
                                            const char   *href,
                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   _nb_dav_client_parse_homes      (NbDavClient  *self,
                                            const char   *data,
                                            gsize         len,
                                            const char   *href,
                                            char        **addressbook_home,
                                            char        **calendar_home,
                                            GError      **error);
GPtrArray *_nb_dav_client_parse_collections (NbDavClient *self,
                                            const char   *data,
                                            gsize         len,
                                            const char   *home,
                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;
NbDavCollection *_nb_dav_client_parse_collection (NbDavClient *self,
                                            const char   *data,
                                            gsize         len,
                                            const char   *href,
                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *_nb_dav_client_parse_changes    (NbDavClient  *self,
                                            const char   *data,
                                            gsize         len,
                                            const char   *href,
                                            char        **new_sync_token,
                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
