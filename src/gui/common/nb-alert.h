/* nb-alert.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void nb_alert_show (GtkWidget  *widget,
                    const char *heading,
                    const char *body);

G_END_DECLS
