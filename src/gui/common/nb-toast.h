/* nb-toast.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void nb_toast_add          (GtkWidget       *widget,
                            AdwToast        *toast);
void nb_toast_replace      (GtkWidget       *widget,
                            AdwToast        *toast,
                            const char      *kind);
void nb_toast_show_message (GtkWidget       *widget,
                            const char      *message);

G_END_DECLS
