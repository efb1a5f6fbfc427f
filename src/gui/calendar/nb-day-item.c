/* nb-day-item.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-day-item"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-day-item.h"
#include "nb-format.h"

/**
 * NbDayItem:
 *
 * A birthday or a meal on a day of the month view, and in the opened day: a
 * flat button whose text says it, and whose action shows the contact or
 * edits the meal. A meal can be dragged to another day. In the grid the
 * items do not take the focus (arrows move between days, and Enter opens
 * the day); in the opened day they do.
 */
struct _NbDayItem
{
  GtkButton  parent_instance;

  NbMeeting *meeting;   /* for a meal, what a drag carries */

  GtkImage  *icon;
  GtkLabel  *label;
};

G_DEFINE_FINAL_TYPE (NbDayItem, nb_day_item, GTK_TYPE_BUTTON)

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 NbDayItem     *self)
{
  if (self->meeting == NULL)
    return NULL;

  return gdk_content_provider_new_typed (NB_TYPE_MEETING, self->meeting);
}

static void
nb_day_item_dispose (GObject *object)
{
  NbDayItem *self = (NbDayItem *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_DAY_ITEM);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (nb_day_item_parent_class)->dispose (object);
}

static void
nb_day_item_class_init (NbDayItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_day_item_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-day-item.ui");
  gtk_widget_class_bind_template_child (widget_class, NbDayItem, icon);
  gtk_widget_class_bind_template_child (widget_class, NbDayItem, label);
}

static void
nb_day_item_init (NbDayItem *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static NbDayItem *
new_item (const char *text,
          const char *accessible,
          const char *action,
          gint64      target,
          gboolean    focusable)
{
  NbDayItem *self = g_object_new (NB_TYPE_DAY_ITEM,
                                  "focusable", focusable,
                                  "tooltip-text", accessible,
                                  "action-name", action,
                                  "action-target", g_variant_new_int64 (target),
                                  NULL);

  gtk_label_set_text (self->label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  return self;
}

/**
 * nb_day_item_new_birthday:
 * @event: a birthday
 * @focusable: whether it takes the focus, as in the opened day
 *
 * A birthday: the name and the age turned; activated, it shows the
 * contact.
 *
 * Returns: (transfer floating): the item
 */
GtkWidget *
nb_day_item_new_birthday (const NbBirthdayEvent *event,
                          gboolean               focusable)
{
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;
  NbDayItem *self;

  g_return_val_if_fail (event != NULL, NULL);

  if (event->age >= 0)
    {
      /* Translators: a birthday in a day of the month view: "Ada Lovelace
       * (211)", the age turned. */
      text = g_strdup_printf (_("%s (%d)"), event->name, event->age);
      /* Translators: "Ada Lovelace turns 211". */
      accessible = g_strdup_printf (_("%s turns %d"), event->name, event->age);
    }
  else
    {
      text = g_strdup (event->name);
      /* Translators: "Ada Lovelace’s birthday". */
      accessible = g_strdup_printf (_("%s’s birthday"), event->name);
    }

  self = new_item (text, accessible, "win.show-contact", event->contact_id, focusable);
  gtk_image_set_from_icon_name (self->icon, "nb-birthday-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->icon), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "nb-birthday");

  return GTK_WIDGET (self);
}

/**
 * nb_day_item_new_meal:
 * @meeting: a meal
 * @focusable: whether it takes the focus, as in the opened day
 *
 * A meal: its time and title; activated, it edits the meal, and dragged to
 * another day, it moves there.
 *
 * Returns: (transfer floating): the item
 */
GtkWidget *
nb_day_item_new_meal (NbMeeting *meeting,
                      gboolean   focusable)
{
  g_autofree char *time = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;
  GtkDragSource *source;
  NbDayItem *self;

  g_return_val_if_fail (NB_IS_MEETING (meeting), NULL);

  time = nb_format_time (nb_meeting_get_start (meeting));
  title = nb_meeting_dup_title (meeting);
  text = g_strdup_printf ("%s %s", time, title);
  accessible = g_strdup_printf ("%s, %s", time, title);

  self = new_item (text, accessible, "meal.edit", nb_meeting_get_id (meeting), focusable);
  self->meeting = g_object_ref (meeting);
  if (nb_meeting_get_status (meeting) == NB_MEETING_CANCELLED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "nb-cancelled");

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  return GTK_WIDGET (self);
}

/**
 * nb_day_item_new_train_slot:
 * @event: a meal of a meal train
 * @focusable: whether it takes the focus, as in the opened day
 *
 * A meal of a meal train: when it can be brought and who brings it;
 * activated, it opens the train.
 *
 * Returns: (transfer floating): the item
 */
GtkWidget *
nb_day_item_new_train_slot (NbTrainSlotEvent *event,
                            gboolean          focusable)
{
  g_autofree char *time = NULL;
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;
  NbDayItem *self;

  g_return_val_if_fail (NB_IS_TRAIN_SLOT_EVENT (event), NULL);

  time = nb_format_time (nb_train_slot_event_get_start (event));
  text = g_strdup_printf ("%s %s", time, nb_train_slot_event_get_summary (event));
  accessible = g_strdup_printf ("%s, %s", time, nb_train_slot_event_get_summary (event));

  self = new_item (text, accessible, "win.show-meal-train",
                   nb_train_slot_event_get_train_id (event), focusable);
  gtk_image_set_from_icon_name (self->icon, "nb-meal-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->icon), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "nb-train");
  if (nb_train_slot_event_is_open (event))
    gtk_widget_add_css_class (GTK_WIDGET (self), "nb-open");
  if (nb_train_slot_event_is_cancelled (event))
    gtk_widget_add_css_class (GTK_WIDGET (self), "nb-cancelled");

  return GTK_WIDGET (self);
}
