/* nb-week.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GDateWeekday nb_week_locale_first_day (void);
void         nb_week_start            (const GDate  *day,
                                       GDateWeekday  first_day,
                                       GDate        *start);
void         nb_week_month_grid_start (const GDate  *month,
                                       GDateWeekday  first_day,
                                       GDate        *start);
GDateTime   *nb_date_to_local_time    (const GDate  *date,
                                       int           hour,
                                       int           minute) G_GNUC_WARN_UNUSED_RESULT;
void         nb_date_from_local_time  (GDateTime    *time,
                                       GDate        *date);

G_END_DECLS
