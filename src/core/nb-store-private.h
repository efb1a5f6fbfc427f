/* nb-store-private.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-db.h"
#include "nb-store.h"

G_BEGIN_DECLS

NbDb *_nb_store_get_db (NbStore *self);

G_END_DECLS
