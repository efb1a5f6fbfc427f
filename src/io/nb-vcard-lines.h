/* nb-vcard-lines.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  nb_vcard_line_is     (const char *line,
                                gsize       len,
                                const char *keyword);
char     *nb_vcard_lines_clean (const char *text,
                                gsize       len,
                                GPtrArray  *warnings) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
