/* nb-view.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-contact-ids.h"
#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_VIEW (nb_view_get_type ())

G_DECLARE_INTERFACE (NbView, nb_view, NB, VIEW, GtkWidget)

/**
 * NbViewInterface:
 * @show_day: (nullable): shows the time around a day (its week, its month)
 * @move: (nullable): goes back or on by @steps (weeks, months…), or to
 *   today with 0
 *
 * What every main view of the window is: the People, Meals and Calendar
 * views, and those to come. Each has the properties "store", "title" and
 * "icon-name", and may ask for meals to be planned, opened and moved
 * (#NbView::plan-meal, #NbView::edit-meal, #NbView::move-meal): the
 * window's meal actions do it, alike for every view.
 */
struct _NbViewInterface
{
  GTypeInterface parent_iface;

  void (*show_day) (NbView      *self,
                    const GDate *day);
  void (*move)     (NbView      *self,
                    int          steps);
};

NbStore    *nb_view_get_store     (NbView       *self);
void        nb_view_set_store     (NbView       *self,
                                   NbStore      *store);
char       *nb_view_dup_title     (NbView       *self) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_view_dup_icon_name (NbView       *self) G_GNUC_WARN_UNUSED_RESULT;
void        nb_view_show_day      (NbView       *self,
                                   const GDate  *day);
gboolean    nb_view_move          (NbView       *self,
                                   int           steps);
void        nb_view_plan_meal     (NbView       *self,
                                   const GDate  *day,
                                   NbContactIds *ids);
void        nb_view_edit_meal     (NbView       *self,
                                   NbMeeting    *meeting);
void        nb_view_move_meal     (NbView       *self,
                                   NbMeeting    *meeting,
                                   const GDate  *day);

G_END_DECLS
