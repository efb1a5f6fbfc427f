/* nb-io-error.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NB_IO_ERROR (nb_io_error_quark ())

/**
 * NbIoError:
 * @NB_IO_ERROR_INVALID: a card or event cannot be read
 * @NB_IO_ERROR_NOT_SUPPORTED: the file is of a kind Netbook does not read
 * @NB_IO_ERROR_EMPTY: the file holds nothing to import
 */
typedef enum
{
  NB_IO_ERROR_INVALID,
  NB_IO_ERROR_NOT_SUPPORTED,
  NB_IO_ERROR_EMPTY,
} NbIoError;

GQuark nb_io_error_quark (void);

G_END_DECLS
