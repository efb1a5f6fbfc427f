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
#include "nb-view.h"

G_BEGIN_DECLS

#define NB_TYPE_CALENDAR_VIEW (nb_calendar_view_get_type ())

G_DECLARE_FINAL_TYPE (NbCalendarView, nb_calendar_view, NB, CALENDAR_VIEW, GtkWidget)

GtkWidget   *nb_calendar_view_new            (void);
NbMonthView *nb_calendar_view_get_month_view (NbCalendarView *self);

G_END_DECLS
