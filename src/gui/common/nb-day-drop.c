/* nb-day-drop.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-contact-ids.h"
#include "nb-day-drop.h"
#include "nb-meeting.h"

/* What a day takes when things are dropped on it, in the Meals view and in
 * the month grid alike: people from the sidebar ask to plan a meal with
 * them ("plan-meal"), a meal from another day asks to move there
 * ("move-meal"). */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *day)
{
  if (G_VALUE_HOLDS (value, NB_TYPE_CONTACT_IDS))
    {
      NbContactIds *ids = g_value_get_boxed (value);

      if (ids == NULL || nb_contact_ids_get_ids (ids)->len == 0)
        return FALSE;

      g_signal_emit_by_name (day, "plan-meal", ids);
      return TRUE;
    }

  if (G_VALUE_HOLDS (value, NB_TYPE_MEETING) && g_value_get_object (value) != NULL)
    {
      g_signal_emit_by_name (day, "move-meal", g_value_get_object (value));
      return TRUE;
    }

  return FALSE;
}

/**
 * nb_day_drop_attach:
 * @day: a widget with the signals "plan-meal" (#NbContactIds) and
 *   "move-meal" (#NbMeeting)
 *
 * Lets people and meals be dropped on @day.
 */
void
nb_day_drop_attach (GtkWidget *day)
{
  GType types[] = { NB_TYPE_CONTACT_IDS, NB_TYPE_MEETING };
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY | GDK_ACTION_MOVE);

  g_return_if_fail (GTK_IS_WIDGET (day));

  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), day);
  gtk_widget_add_controller (day, GTK_EVENT_CONTROLLER (drop));
}
