/* nb-address-row.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-address.h"

G_BEGIN_DECLS

#define NB_TYPE_ADDRESS_ROW (nb_address_row_get_type ())

G_DECLARE_FINAL_TYPE (NbAddressRow, nb_address_row, NB, ADDRESS_ROW, AdwExpanderRow)

GtkWidget *nb_address_row_new         (const NbAddress *address);
NbAddress *nb_address_row_dup_address (NbAddressRow    *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
