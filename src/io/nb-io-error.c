/* nb-io-error.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-io-error.h"

G_DEFINE_QUARK (nb-io-error-quark, nb_io_error)
