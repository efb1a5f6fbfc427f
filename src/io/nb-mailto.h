/* nb-mailto.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *nb_mailto_build (const char * const *to,
                       const char         *subject,
                       const char         *body) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
