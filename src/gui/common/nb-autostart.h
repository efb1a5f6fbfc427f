/* nb-autostart.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *nb_autostart_get_path    (void) G_GNUC_WARN_UNUSED_RESULT;
char     *nb_autostart_get_command (void) G_GNUC_WARN_UNUSED_RESULT;
gboolean  nb_autostart_set_enabled (gboolean   enabled,
                                    GError   **error);

G_END_DECLS
