/* nb-duplicate-row.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-duplicate.h"
#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_DUPLICATE_ROW (nb_duplicate_row_get_type ())

G_DECLARE_FINAL_TYPE (NbDuplicateRow, nb_duplicate_row, NB, DUPLICATE_ROW, GtkWidget)

GtkWidget   *nb_duplicate_row_new           (void);
void         nb_duplicate_row_set_duplicate (NbDuplicateRow *self,
                                             NbStore        *store,
                                             NbDuplicate    *duplicate);
NbDuplicate *nb_duplicate_row_get_duplicate (NbDuplicateRow *self);

G_END_DECLS
