/* nb-field-row.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-field.h"
#include "nb-format.h"

G_BEGIN_DECLS

#define NB_TYPE_FIELD_ROW (nb_field_row_get_type ())

G_DECLARE_FINAL_TYPE (NbFieldRow, nb_field_row, NB, FIELD_ROW, AdwEntryRow)

GtkWidget   *nb_field_row_new       (NbLabelKind    kind,
                                     const NbField *field);
NbLabelKind  nb_field_row_get_kind  (NbFieldRow    *self);
NbField     *nb_field_row_dup_field (NbFieldRow    *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
