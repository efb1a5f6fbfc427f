/* nb-secrets.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libsecret/secret.h>

G_BEGIN_DECLS

const SecretSchema *nb_secrets_get_schema (void);
gboolean            nb_secrets_store      (const char    *server,
                                           const char    *user,
                                           const char    *password,
                                           GCancellable  *cancellable,
                                           GError       **error);
char               *nb_secrets_lookup     (const char    *server,
                                           const char    *user,
                                           GCancellable  *cancellable,
                                           GError       **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_secrets_clear      (const char    *server,
                                           const char    *user,
                                           GCancellable  *cancellable,
                                           GError       **error);

G_END_DECLS
