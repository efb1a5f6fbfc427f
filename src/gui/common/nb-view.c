/* nb-view.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-view.h"

G_DEFINE_INTERFACE (NbView, nb_view, GTK_TYPE_WIDGET)

enum {
  PLAN_MEAL,
  EDIT_MEAL,
  MOVE_MEAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
nb_view_default_init (NbViewInterface *iface)
{
  /**
   * NbView::plan-meal:
   * @self: the view
   * @day: the day to plan the meal on
   * @ids: (nullable): whom with, or %NULL to choose
   *
   * Asks to plan a meal.
   */
  signals[PLAN_MEAL] =
    g_signal_new ("plan-meal", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  G_TYPE_DATE | G_SIGNAL_TYPE_STATIC_SCOPE, NB_TYPE_CONTACT_IDS);

  /**
   * NbView::edit-meal:
   * @self: the view
   * @meeting: the meal
   *
   * Asks to open a meal.
   */
  signals[EDIT_MEAL] =
    g_signal_new ("edit-meal", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NB_TYPE_MEETING);

  /**
   * NbView::move-meal:
   * @self: the view
   * @meeting: the meal
   * @day: the day to move it to
   *
   * Asks to move a meal to another day.
   */
  signals[MOVE_MEAL] =
    g_signal_new ("move-meal", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  NB_TYPE_MEETING, G_TYPE_DATE | G_SIGNAL_TYPE_STATIC_SCOPE);
}

/**
 * nb_view_get_store:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the store it shows
 */
NbStore *
nb_view_get_store (NbView *self)
{
  g_return_val_if_fail (NB_IS_VIEW (self), NULL);

  return NB_VIEW_GET_IFACE (self)->get_store (self);
}

/**
 * nb_view_set_store:
 * @self: a view
 * @store: (nullable): the store to show
 */
void
nb_view_set_store (NbView  *self,
                   NbStore *store)
{
  g_return_if_fail (NB_IS_VIEW (self));
  g_return_if_fail (store == NULL || NB_IS_STORE (store));

  NB_VIEW_GET_IFACE (self)->set_store (self, store);
}

/**
 * nb_view_get_title:
 *
 * Returns: what the view switcher calls the view, translated
 */
const char *
nb_view_get_title (NbView *self)
{
  g_return_val_if_fail (NB_IS_VIEW (self), NULL);

  return g_dgettext (GETTEXT_PACKAGE, NB_VIEW_GET_IFACE (self)->title);
}

/**
 * nb_view_get_icon_name:
 *
 * Returns: the view switcher's icon for the view
 */
const char *
nb_view_get_icon_name (NbView *self)
{
  g_return_val_if_fail (NB_IS_VIEW (self), NULL);

  return NB_VIEW_GET_IFACE (self)->icon_name;
}

/**
 * nb_view_show_day:
 * @self: a view
 * @day: a day
 *
 * Shows the time around @day, in a view that shows time.
 */
void
nb_view_show_day (NbView      *self,
                  const GDate *day)
{
  NbViewInterface *iface;

  g_return_if_fail (NB_IS_VIEW (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  iface = NB_VIEW_GET_IFACE (self);
  if (iface->show_day != NULL)
    iface->show_day (self, day);
}

/**
 * nb_view_move:
 * @self: a view
 * @steps: how many weeks or months on (back when negative), or 0 for
 *   today's
 *
 * Returns: whether the view shows time, and moved
 */
gboolean
nb_view_move (NbView *self,
              int     steps)
{
  NbViewInterface *iface;

  g_return_val_if_fail (NB_IS_VIEW (self), FALSE);

  iface = NB_VIEW_GET_IFACE (self);
  if (iface->move == NULL)
    return FALSE;

  iface->move (self, steps);
  return TRUE;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  int steps = 0;

  if (g_str_equal (action_name, "view.previous"))
    steps = -1;
  else if (g_str_equal (action_name, "view.next"))
    steps = 1;

  nb_view_move (NB_VIEW (widget), steps);
}

/**
 * nb_view_class_install_move_actions:
 * @widget_class: the class of a view that shows time
 *
 * Installs "view.previous", "view.next" and "view.today", which move the
 * view with its #NbViewInterface.move, for its buttons.
 */
void
nb_view_class_install_move_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "view.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "view.today", NULL, move_action);
}

/**
 * nb_view_set_at_today:
 * @self: a view that shows time
 * @at_today: whether it shows today's week or month
 *
 * "view.today" has nothing to do while it does.
 */
void
nb_view_set_at_today (NbView   *self,
                      gboolean  at_today)
{
  g_return_if_fail (NB_IS_VIEW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.today", !at_today);
}

void
nb_view_plan_meal (NbView       *self,
                   const GDate  *day,
                   NbContactIds *ids)
{
  g_return_if_fail (NB_IS_VIEW (self));

  g_signal_emit (self, signals[PLAN_MEAL], 0, day, ids);
}

void
nb_view_edit_meal (NbView    *self,
                   NbMeeting *meeting)
{
  g_return_if_fail (NB_IS_VIEW (self));

  g_signal_emit (self, signals[EDIT_MEAL], 0, meeting);
}

void
nb_view_move_meal (NbView      *self,
                   NbMeeting   *meeting,
                   const GDate *day)
{
  g_return_if_fail (NB_IS_VIEW (self));

  g_signal_emit (self, signals[MOVE_MEAL], 0, meeting, day);
}
