/* nb-day-popover.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-day-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-day-item.h"
#include "nb-day-popover.h"
#include "nb-format.h"
#include "nb-other-event-item.h"

/**
 * NbDayPopover:
 *
 * A day of the month view, opened: its date, everything on it (birthdays
 * and meals to open, other events to read), scrolled when there is much,
 * and "Plan a Meal…". The month view has one, which it opens on the day
 * asked for; a birthday or a meal activated closes it, and closed, it gives
 * the focus back to the day.
 */
struct _NbDayPopover
{
  GtkPopover         parent_instance;

  GDate              day;

  GtkLabel          *heading;
  GtkScrolledWindow *scroller;
  GtkBox            *items_box;
  GtkWidget         *empty_label;
  GtkWidget         *plan_button;
};

G_DEFINE_FINAL_TYPE (NbDayPopover, nb_day_popover, GTK_TYPE_POPOVER)

enum {
  PLAN_MEAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
closed_cb (NbDayPopover *self)
{
  GtkWidget *day = gtk_widget_get_parent (GTK_WIDGET (self));

  if (day != NULL)
    gtk_widget_grab_focus (day);
}

static void
plan_clicked_cb (NbDayPopover *self)
{
  GDate day = self->day;

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PLAN_MEAL], 0, &day);
}

static void
item_clicked_cb (GtkButton    *item,
                 NbDayPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
add_item (NbDayPopover *self,
          GtkWidget    *item)
{
  if (GTK_IS_BUTTON (item))
    g_signal_connect (item, "clicked", G_CALLBACK (item_clicked_cb), self);
  gtk_box_append (self->items_box, item);
}

static void
nb_day_popover_show (GtkWidget *widget)
{
  NbDayPopover *self = NB_DAY_POPOVER (widget);

  GTK_WIDGET_CLASS (nb_day_popover_parent_class)->show (widget);

  /* Enter plans a meal; Up reaches what is on the day. */
  gtk_widget_grab_focus (self->plan_button);
}

static void
nb_day_popover_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NB_TYPE_DAY_POPOVER);

  G_OBJECT_CLASS (nb_day_popover_parent_class)->dispose (object);
}

static void
nb_day_popover_class_init (NbDayPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_day_popover_dispose;
  widget_class->show = nb_day_popover_show;

  /**
   * NbDayPopover::plan-meal:
   * @self: the opened day
   * @day: its date
   *
   * "Plan a Meal…" was chosen.
   */
  signals[PLAN_MEAL] =
    g_signal_new ("plan-meal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DATE | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-day-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, NbDayPopover, heading);
  gtk_widget_class_bind_template_child (widget_class, NbDayPopover, scroller);
  gtk_widget_class_bind_template_child (widget_class, NbDayPopover, items_box);
  gtk_widget_class_bind_template_child (widget_class, NbDayPopover, empty_label);
  gtk_widget_class_bind_template_child (widget_class, NbDayPopover, plan_button);
  gtk_widget_class_bind_template_callback (widget_class, closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_clicked_cb);
}

static void
nb_day_popover_init (NbDayPopover *self)
{
  g_date_clear (&self->day, 1);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
nb_day_popover_new (void)
{
  return g_object_new (NB_TYPE_DAY_POPOVER, NULL);
}

/**
 * nb_day_popover_show_day:
 * @self: the opened day
 * @day: its date
 * @birthdays: (element-type NbBirthdayEvent): its birthdays
 * @meals: (element-type NbMeeting): its meals, by time
 * @trains: (element-type NbTrainSlotEvent): the meals of meal trains on it
 * @others: (element-type NbOtherEvent): the other events on it
 *
 * Shows all of them, each taking the focus; what was shown before goes.
 */
void
nb_day_popover_show_day (NbDayPopover *self,
                         const GDate  *day,
                         GPtrArray    *birthdays,
                         GPtrArray    *meals,
                         GPtrArray    *trains,
                         GPtrArray    *others)
{
  g_autofree char *title = NULL;
  GtkWidget *child;
  gboolean had_focus;
  int natural = 0;

  g_return_if_fail (NB_IS_DAY_POPOVER (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  self->day = *day;
  title = nb_format_day (day, TRUE);
  gtk_label_set_text (self->heading, title);

  /* Refreshed while open, on an item that goes: the focus goes back to
   * "Plan a Meal…" rather than nowhere. */
  had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self->items_box)) != NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_box))) != NULL)
    gtk_box_remove (self->items_box, child);

  for (guint i = 0; i < birthdays->len; i++)
    add_item (self, nb_day_item_new_birthday (g_ptr_array_index (birthdays, i), TRUE));
  for (guint i = 0; i < meals->len; i++)
    add_item (self, nb_day_item_new_meal (g_ptr_array_index (meals, i), TRUE));
  for (guint i = 0; i < trains->len; i++)
    add_item (self, nb_day_item_new_train_slot (g_ptr_array_index (trains, i), TRUE));
  /* Read-only: they take the focus, to be read, and do nothing. */
  for (guint i = 0; i < others->len; i++)
    add_item (self, nb_other_event_item_new (g_ptr_array_index (others, i), day, TRUE));

  gtk_widget_set_visible (self->empty_label, birthdays->len + meals->len + trains->len + others->len == 0);

  /* A scrollbar only when there is more than fits: a scrolled window that
   * may show one is at least the scrollbar's height, taller than a day of
   * one or two meals. */
  gtk_widget_measure (GTK_WIDGET (self->items_box), GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER,
                                  natural > gtk_scrolled_window_get_max_content_height (self->scroller)
                                  ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER);

  if (had_focus && gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_widget_grab_focus (self->plan_button);
}

