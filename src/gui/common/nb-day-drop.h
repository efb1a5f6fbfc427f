/* nb-day-drop.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void nb_day_drop_attach (GtkWidget *day);

G_END_DECLS
