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
 * @title: what the view switcher calls the view, untranslated (marked
 *   with N_())
 * @icon_name: the view switcher's icon for the view
 * @get_store: the store the view shows
 * @set_store: shows another store
 * @show_day: (nullable): shows the time around a day (its week, its month)
 * @move: (nullable): goes back or on by @steps (weeks, months…), or to
 *   today with 0
 *
 * What every main view of the window is: the People, Meals and Calendar
 * views, and those to come. Each has a title, an icon and a store, and
 * may ask for meals to be planned, opened and moved
 * (#NbView::plan-meal, #NbView::edit-meal, #NbView::move-meal): the
 * window's meal actions do it, alike for every view.
 */
struct _NbViewInterface
{
  GTypeInterface parent_iface;

  const char *title;
  const char *icon_name;

  NbStore *(*get_store) (NbView      *self);
  void     (*set_store) (NbView      *self,
                         NbStore     *store);

  void     (*show_day)  (NbView      *self,
                         const GDate *day);
  void     (*move)      (NbView      *self,
                         int          steps);
};

NbStore    *nb_view_get_store     (NbView       *self);
void        nb_view_set_store     (NbView       *self,
                                   NbStore      *store);
const char *nb_view_get_title     (NbView       *self);
const char *nb_view_get_icon_name (NbView       *self);
void        nb_view_show_day      (NbView       *self,
                                   const GDate  *day);
gboolean    nb_view_move          (NbView       *self,
                                   int           steps);
void        nb_view_class_install_move_actions (GtkWidgetClass *widget_class);
void        nb_view_set_at_today  (NbView       *self,
                                   gboolean      at_today);
void        nb_view_plan_meal     (NbView       *self,
                                   const GDate  *day,
                                   NbContactIds *ids);
void        nb_view_edit_meal     (NbView       *self,
                                   NbMeeting    *meeting);
void        nb_view_move_meal     (NbView       *self,
                                   NbMeeting    *meeting,
                                   const GDate  *day);

G_END_DECLS
