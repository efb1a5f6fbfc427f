/* nb-clock.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GDateTime *nb_clock_get_now   (void) G_GNUC_WARN_UNUSED_RESULT;
void       nb_clock_get_today (GDate     *today);
void       nb_clock_set_fixed (GDateTime *now);

G_END_DECLS
