/* nb-columns.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NB_TYPE_COLUMNS (nb_columns_get_type ())

G_DECLARE_FINAL_TYPE (NbColumns, nb_columns, NB, COLUMNS, GtkWidget)

GtkWidget *nb_columns_new (void);

G_END_DECLS
