/* nb-other-event-item.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-other-event-item"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-other-event-item.h"

/**
 * NbOtherEventItem:
 *
 * An event of a synced calendar that is not a meal, on a day of the month
 * view: a calendar icon, its time and its title, dimmed, with its span and
 * place as tooltip. Detailed, in the opened day, it says its span and place
 * below and takes the focus, so that the keyboard and screen readers reach
 * it. It is read-only: it cannot be dragged, and activating it does
 * nothing.
 */
struct _NbOtherEventItem
{
  GtkWidget     parent_instance;

  NbOtherEvent *other_event;
  GDate         day;
  gboolean      detailed;

  GtkWidget    *box;
  GtkLabel     *title_label;
  GtkLabel     *details_label;
};

G_DEFINE_FINAL_TYPE (NbOtherEventItem, nb_other_event_item, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_OTHER_EVENT,
  PROP_DAY,
  PROP_DETAILED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "10:00 – 11:00 · Dr. Chen, 12 Harbour Street". */
static char *
dup_details (NbOtherEventItem *self)
{
  g_autofree char *span = nb_other_event_dup_span (self->other_event);
  const char *location = nb_calendar_event_get_location (nb_other_event_get_event (self->other_event));

  if (location == NULL || *location == '\0')
    return g_steal_pointer (&span);

  /* Translators: between the parts of an event's details. */
  return g_strconcat (span, _(" · "), location, NULL);
}

static void
show (NbOtherEventItem *self)
{
  const char *summary = nb_other_event_get_summary (self->other_event);
  g_autofree char *time = nb_other_event_dup_time (self->other_event, &self->day);
  g_autofree char *accessible = nb_other_event_dup_accessible (self->other_event, &self->day);
  g_autofree char *details = dup_details (self);
  g_autofree char *tooltip = g_strconcat (summary, "\n", details, NULL);
  g_autofree char *text = NULL;

  /* A meal says its time before its title; an event that takes the whole
   * day says none. */
  if (nb_other_event_fills_day (self->other_event, &self->day))
    text = g_strdup (summary);
  else
    text = g_strdup_printf ("%s %s", time, summary);

  gtk_label_set_text (self->title_label, text);
  gtk_label_set_text (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), self->detailed);
  if (self->detailed)
    {
      /* Wrapped, but not without end: Pango takes seconds to break a
       * word of thousands of characters into lines. */
      gtk_label_set_wrap (self->title_label, TRUE);
      gtk_label_set_wrap_mode (self->title_label, PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (self->title_label, 4);
      gtk_label_set_max_width_chars (self->title_label, 30);
    }

  /* In the grid, arrows move between days; in the opened day, each item
   * takes the focus. */
  gtk_widget_set_focusable (GTK_WIDGET (self), self->detailed);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, details,
                                  -1);
}

static void
nb_other_event_item_constructed (GObject *object)
{
  NbOtherEventItem *self = (NbOtherEventItem *) object;

  G_OBJECT_CLASS (nb_other_event_item_parent_class)->constructed (object);

  g_return_if_fail (self->other_event != NULL && g_date_valid (&self->day));
  show (self);
}

static void
nb_other_event_item_dispose (GObject *object)
{
  NbOtherEventItem *self = (NbOtherEventItem *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_OTHER_EVENT_ITEM);
  g_clear_object (&self->other_event);

  G_OBJECT_CLASS (nb_other_event_item_parent_class)->dispose (object);
}

static void
nb_other_event_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  NbOtherEventItem *self = NB_OTHER_EVENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_OTHER_EVENT:
      g_value_set_object (value, self->other_event);
      break;

    case PROP_DAY:
      g_value_set_boxed (value, &self->day);
      break;

    case PROP_DETAILED:
      g_value_set_boolean (value, self->detailed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_other_event_item_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  NbOtherEventItem *self = NB_OTHER_EVENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_OTHER_EVENT:
      self->other_event = g_value_dup_object (value);
      break;

    case PROP_DAY:
      if (g_value_get_boxed (value) != NULL)
        self->day = *(GDate *) g_value_get_boxed (value);
      break;

    case PROP_DETAILED:
      self->detailed = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_other_event_item_class_init (NbOtherEventItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = nb_other_event_item_constructed;
  object_class->dispose = nb_other_event_item_dispose;
  object_class->get_property = nb_other_event_item_get_property;
  object_class->set_property = nb_other_event_item_set_property;

  properties[PROP_OTHER_EVENT] =
    g_param_spec_object ("other-event", NULL, NULL, NB_TYPE_OTHER_EVENT, flags);
  /**
   * NbOtherEventItem:day:
   *
   * The day it is shown on: a long event shows on each of its days.
   */
  properties[PROP_DAY] =
    g_param_spec_boxed ("day", NULL, NULL, G_TYPE_DATE, flags);
  /**
   * NbOtherEventItem:detailed:
   *
   * Whether it says its span and place, and takes the focus, as in the
   * opened day.
   */
  properties[PROP_DETAILED] =
    g_param_spec_boolean ("detailed", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-other-event-item.ui");
  gtk_widget_class_bind_template_child (widget_class, NbOtherEventItem, box);
  gtk_widget_class_bind_template_child (widget_class, NbOtherEventItem, title_label);
  gtk_widget_class_bind_template_child (widget_class, NbOtherEventItem, details_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nb-other-event-item");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
nb_other_event_item_init (NbOtherEventItem *self)
{
  g_date_clear (&self->day, 1);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nb_other_event_item_new:
 * @other_event: a time of an event that is not a meal
 * @day: the day it is shown on
 * @detailed: whether it says its span and place, and takes the focus
 *
 * Returns: (transfer floating): the item
 */
GtkWidget *
nb_other_event_item_new (NbOtherEvent *other_event,
                         const GDate  *day,
                         gboolean      detailed)
{
  g_return_val_if_fail (NB_IS_OTHER_EVENT (other_event), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  return g_object_new (NB_TYPE_OTHER_EVENT_ITEM,
                       "other-event", other_event,
                       "day", day,
                       "detailed", detailed,
                       NULL);
}

/**
 * nb_other_event_item_get_other_event:
 *
 * Returns: (transfer none): the time of the event shown
 */
NbOtherEvent *
nb_other_event_item_get_other_event (NbOtherEventItem *self)
{
  g_return_val_if_fail (NB_IS_OTHER_EVENT_ITEM (self), NULL);

  return self->other_event;
}

/**
 * nb_other_event_item_get_day:
 *
 * Returns: (transfer none): the day it is shown on
 */
const GDate *
nb_other_event_item_get_day (NbOtherEventItem *self)
{
  g_return_val_if_fail (NB_IS_OTHER_EVENT_ITEM (self), NULL);

  return &self->day;
}

gboolean
nb_other_event_item_get_detailed (NbOtherEventItem *self)
{
  g_return_val_if_fail (NB_IS_OTHER_EVENT_ITEM (self), FALSE);

  return self->detailed;
}
