/* nb-day-cell.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_DAY_CELL (nb_day_cell_get_type ())

G_DECLARE_FINAL_TYPE (NbDayCell, nb_day_cell, NB, DAY_CELL, GtkWidget)

GtkWidget   *nb_day_cell_new           (void);
void         nb_day_cell_set_day       (NbDayCell   *self,
                                        const GDate *day,
                                        gboolean     in_month,
                                        gboolean     today);
const GDate *nb_day_cell_get_day       (NbDayCell   *self);
void         nb_day_cell_set_events    (NbDayCell   *self,
                                        GPtrArray   *birthdays,
                                        GPtrArray   *meals,
                                        GPtrArray   *trains,
                                        GPtrArray   *others);
GPtrArray   *nb_day_cell_get_birthdays (NbDayCell   *self);
GPtrArray   *nb_day_cell_get_meals     (NbDayCell   *self);
GPtrArray   *nb_day_cell_get_trains    (NbDayCell   *self);
GPtrArray   *nb_day_cell_get_others    (NbDayCell   *self);
void         nb_day_cell_open          (NbDayCell   *self);

G_END_DECLS
