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

G_END_DECLS
