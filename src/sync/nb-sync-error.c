/* nb-sync-error.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-sync-error.h"

G_DEFINE_QUARK (nb-sync-error-quark, nb_sync_error)
