/* nb-calendar-view.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-month-view.h"
#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_CALENDAR_VIEW (nb_calendar_view_get_type ())

G_DECLARE_FINAL_TYPE (NbCalendarView, nb_calendar_view, NB, CALENDAR_VIEW, GtkWidget)

GtkWidget   *nb_calendar_view_new            (void);
void         nb_calendar_view_set_store      (NbCalendarView *self,
                                              NbStore        *store);
void         nb_calendar_view_show_day       (NbCalendarView *self,
                                              const GDate    *day);
void         nb_calendar_view_move           (NbCalendarView *self,
                                              int             months);
NbMonthView *nb_calendar_view_get_month_view (NbCalendarView *self);

G_END_DECLS
