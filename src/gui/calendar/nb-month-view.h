/* nb-month-view.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_MONTH_VIEW (nb_month_view_get_type ())

G_DECLARE_FINAL_TYPE (NbMonthView, nb_month_view, NB, MONTH_VIEW, GtkWidget)

/* A month view shows six weeks. */
#define NB_MONTH_VIEW_N_DAYS 42

GtkWidget   *nb_month_view_new        (void);
void         nb_month_view_set_month  (NbMonthView *self,
                                       const GDate *day);
const GDate *nb_month_view_get_month  (NbMonthView *self);
const GDate *nb_month_view_get_start  (NbMonthView *self);
void         nb_month_view_set_events (NbMonthView *self,
                                       GPtrArray   *birthdays,
                                       GPtrArray   *meals,
                                       GPtrArray   *trains,
                                       GPtrArray   *others);
gboolean     nb_month_view_focus_day  (NbMonthView *self,
                                       const GDate *day);
GtkWidget   *nb_month_view_get_cell   (NbMonthView *self,
                                       const GDate *day);

G_END_DECLS
