/* nb-view.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-view"

#include "config.h"

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
   * NbView:store:
   *
   * The store the view shows.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_object ("store", NULL, NULL, NB_TYPE_STORE,
                                                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                            G_PARAM_STATIC_STRINGS));
  /**
   * NbView:title:
   *
   * What the view switcher calls the view, translated.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_string ("title", NULL, NULL, NULL,
                                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * NbView:icon-name:
   *
   * The view switcher's icon for the view.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_string ("icon-name", NULL, NULL, NULL,
                                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

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
  g_autoptr(NbStore) store = NULL;

  g_return_val_if_fail (NB_IS_VIEW (self), NULL);

  g_object_get (self, "store", &store, NULL);
  /* The view holds it. */
  return store;
}

void
nb_view_set_store (NbView  *self,
                   NbStore *store)
{
  g_return_if_fail (NB_IS_VIEW (self));

  g_object_set (self, "store", store, NULL);
}

char *
nb_view_dup_title (NbView *self)
{
  char *title = NULL;

  g_return_val_if_fail (NB_IS_VIEW (self), NULL);

  g_object_get (self, "title", &title, NULL);
  return title;
}

char *
nb_view_dup_icon_name (NbView *self)
{
  char *icon_name = NULL;

  g_return_val_if_fail (NB_IS_VIEW (self), NULL);

  g_object_get (self, "icon-name", &icon_name, NULL);
  return icon_name;
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
