/* nb-meal-row.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meal-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-avatar.h"
#include "nb-format.h"
#include "nb-meal-row.h"

/**
 * NbMealRow:
 *
 * A meal in a list: its time, "Lunch with Ada Lovelace", the place and who
 * pays, and the avatars of the people it is with.
 */
struct _NbMealRow
{
  AdwActionRow  parent_instance;

  NbMeeting    *meeting;

  GtkLabel     *time_label;
  GtkBox       *avatar_box;
  GtkImage     *status_icon;
};

G_DEFINE_FINAL_TYPE (NbMealRow, nb_meal_row, ADW_TYPE_ACTION_ROW)

/* More faces than this crowd the row; the title names everyone. */
#define MAX_AVATARS 3

static void
show (NbMealRow *self,
      NbStore   *store,
      gboolean   with_day)
{
  NbMeeting *meeting = self->meeting;
  GPtrArray *attendees = nb_meeting_get_attendees (meeting);
  g_autofree char *title = nb_meeting_dup_title (meeting);
  g_autofree char *time = nb_format_time (nb_meeting_get_start (meeting));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *label = NULL;
  const char *place = nb_meeting_get_place (meeting);

  gtk_label_set_text (self->time_label, time);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  /* Out of a day's list, the row says its day and time first. */
  gtk_widget_set_visible (GTK_WIDGET (self->time_label), !with_day);
  if (with_day)
    {
      GDateTime *start = nb_meeting_get_start (meeting);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *day_text = NULL;
      GDate day;

      g_date_set_dmy (&day, g_date_time_get_day_of_month (start), g_date_time_get_month (start),
                      g_date_time_get_year (start));
      day_text = nb_format_day (&day, g_date_time_get_year (start) != g_date_time_get_year (now));
      /* Translators: a meal's day and time: "Wednesday, November 25, 12:30". */
      g_string_append_printf (subtitle, _("%1$s, %2$s"), day_text, time);
      g_string_append (subtitle, _(" · "));
    }

  switch (nb_meeting_get_status (meeting))
    {
    case NB_MEETING_CANCELLED:
      g_string_append (subtitle, nb_meeting_status_get_label (NB_MEETING_CANCELLED));
      gtk_image_set_from_icon_name (self->status_icon, "action-unavailable-symbolic");
      gtk_widget_set_visible (GTK_WIDGET (self->status_icon), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "nb-cancelled");
      break;

    case NB_MEETING_DONE:
      g_string_append (subtitle, nb_meeting_status_get_label (NB_MEETING_DONE));
      gtk_image_set_from_icon_name (self->status_icon, "emblem-ok-symbolic");
      gtk_widget_set_visible (GTK_WIDGET (self->status_icon), TRUE);
      break;

    case NB_MEETING_PLANNED:
    default:
      if (place != NULL)
        {
          g_string_append (subtitle, place);
          /* Translators: between the parts of a meal's subtitle. */
          g_string_append (subtitle, _(" · "));
        }
      g_string_append (subtitle, nb_payer_get_label (nb_meeting_get_payer (meeting)));
      break;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);

  for (guint i = 0; i < MIN (attendees->len, MAX_AVATARS); i++)
    {
      NbAttendee *attendee = g_ptr_array_index (attendees, i);
      g_autoptr(NbContact) contact = NULL;
      GtkWidget *avatar = adw_avatar_new (32, attendee->name, TRUE);

      if (attendee->contact_id != 0)
        contact = nb_store_get_contact (store, attendee->contact_id);
      if (contact != NULL)
        nb_avatar_show_contact (ADW_AVATAR (avatar), contact);
      gtk_box_append (self->avatar_box, avatar);
    }

  /* What a screen reader says: "12:30, Lunch with Ada Lovelace, …". */
  label = with_day ? g_strdup_printf ("%s, %s", title, subtitle->str)
                   : g_strdup_printf ("%s, %s, %s", time, title, subtitle->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 NbMealRow     *self)
{
  return gdk_content_provider_new_typed (NB_TYPE_MEETING, self->meeting);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               NbMealRow     *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static void
nb_meal_row_dispose (GObject *object)
{
  NbMealRow *self = (NbMealRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_MEAL_ROW);

  G_OBJECT_CLASS (nb_meal_row_parent_class)->dispose (object);
}

static void
nb_meal_row_finalize (GObject *object)
{
  NbMealRow *self = (NbMealRow *) object;

  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (nb_meal_row_parent_class)->finalize (object);
}

static void
nb_meal_row_class_init (NbMealRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_meal_row_dispose;
  object_class->finalize = nb_meal_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-meal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NbMealRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, NbMealRow, avatar_box);
  gtk_widget_class_bind_template_child (widget_class, NbMealRow, status_icon);
}

static void
nb_meal_row_init (NbMealRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Dragged to another day, the meal moves there. */
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
}

/**
 * nb_meal_row_new:
 * @store: the store, for the attendees' photos
 * @meeting: the meal to show
 * @with_day: whether to say the day, in lists that are not of one day
 *
 * Returns: (transfer floating): a row showing @meeting
 */
GtkWidget *
nb_meal_row_new (NbStore   *store,
                 NbMeeting *meeting,
                 gboolean   with_day)
{
  NbMealRow *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (NB_IS_MEETING (meeting), NULL);

  self = g_object_new (NB_TYPE_MEAL_ROW, NULL);
  self->meeting = g_object_ref (meeting);
  show (self, store, with_day);

  return GTK_WIDGET (self);
}

/**
 * nb_meal_row_get_meeting:
 *
 * Returns: (transfer none): the meal shown
 */
NbMeeting *
nb_meal_row_get_meeting (NbMealRow *self)
{
  g_return_val_if_fail (NB_IS_MEAL_ROW (self), NULL);

  return self->meeting;
}
