/* nb-array.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *nb_ptr_array_copy  (GPtrArray      *array,
                               GCopyFunc       copy,
                               GDestroyNotify  free_func) G_GNUC_WARN_UNUSED_RESULT;
gboolean   nb_ptr_array_equal (GPtrArray      *a,
                               GPtrArray      *b,
                               GEqualFunc      equal);

G_END_DECLS
