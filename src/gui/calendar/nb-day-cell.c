/* nb-day-cell.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-day-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-contact-ids.h"
#include "nb-day-cell.h"
#include "nb-day-drop.h"
#include "nb-day-item.h"
#include "nb-format.h"
#include "nb-other-event-item.h"

/**
 * NbDayCell:
 *
 * A day of the month view: its number, then its birthdays, meals and other
 * events (of a synced calendar, read-only), as many as fit, and "+N more"
 * for the rest. Enter, or a click beside the birthdays and meals, opens the
 * day: everything on it, and "Plan a Meal…". People dropped on it plan a
 * meal with them that day; a meal dropped on it moves there.
 */
struct _NbDayCell
{
  GtkWidget   parent_instance;

  GDate       date;
  GPtrArray  *birthdays;    /* NbBirthdayEvent */
  GPtrArray  *meals;        /* NbMeeting */
  GPtrArray  *trains;       /* NbTrainSlotEvent */
  GPtrArray  *others;       /* NbOtherEvent */
  GPtrArray  *items;        /* their widgets, children of the cell */
  guint       n_hidden;
  guint       more_idle;

  GtkLabel   *day_label;
  GtkWidget  *more_button;
  GtkLabel   *more_label;
};

G_DEFINE_FINAL_TYPE (NbDayCell, nb_day_cell, GTK_TYPE_WIDGET)

enum {
  OPEN,
  PLAN_MEAL,
  MOVE_MEAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define SPACING 2

/* A day makes widgets for this many of its items at most: a large network
 * has hundreds of birthdays a day; "+N more" counts the others, and the
 * opened day lists them all. */
#define MAX_ITEM_WIDGETS 8

/* ---------------------------------------------------------------------- */
/* Items                                                                   */

static void
clear_items (NbDayCell *self)
{
  for (guint i = 0; i < self->items->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->items, i));
  g_ptr_array_set_size (self->items, 0);
}

static void
update_more_label (NbDayCell *self)
{
  g_autofree char *text = NULL;

  /* Translators: a day of the month view with more than fits: "+2 more". */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more", self->n_hidden),
                          self->n_hidden);
  gtk_label_set_text (self->more_label, text);
}

static gboolean
more_idle_cb (gpointer user_data)
{
  NbDayCell *self = user_data;

  self->more_idle = 0;
  update_more_label (self);

  return G_SOURCE_REMOVE;
}

static guint
n_events (NbDayCell *self)
{
  return self->birthdays->len + self->meals->len + self->trains->len + self->others->len;
}

/* ---------------------------------------------------------------------- */
/* The day, opened                                                         */

/**
 * nb_day_cell_open:
 * @self: a day
 *
 * Asks to show everything on the day, and "Plan a Meal…": the month view
 * opens its day popover on the cell.
 */
void
nb_day_cell_open (NbDayCell *self)
{
  g_return_if_fail (NB_IS_DAY_CELL (self));

  g_signal_emit (self, signals[OPEN], 0);
}

static void
more_clicked_cb (NbDayCell *self)
{
  nb_day_cell_open (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  nb_day_cell_open (NB_DAY_CELL (widget));
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   NbDayCell       *self)
{
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  /* A click on a birthday or a meal is the item's; one on an other event
   * opens the day, which details it. */
  for (GtkWidget *w = target; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (GTK_IS_BUTTON (w))
      return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  nb_day_cell_open (self);
}

/* ---------------------------------------------------------------------- */
/* Drops                                                                   */

/* ---------------------------------------------------------------------- */
/* Layout: the number, the items that fit, "+N more"                       */

static int
natural_height (GtkWidget *widget,
                int        width)
{
  int minimum = 0, natural = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  return natural;
}

static void
nb_day_cell_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  NbDayCell *self = NB_DAY_CELL (widget);
  int min = 0, nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        {
          int child_min = 0, child_nat = 0;

          if (!gtk_widget_get_visible (child) || GTK_IS_POPOVER (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat = MAX (nat, child_nat);
        }
    }
  else
    {
      /* At least the number and "+N more"; at best everything. */
      min = nat = natural_height (GTK_WIDGET (self->day_label), for_size);
      if (self->items->len > 0)
        min += SPACING + natural_height (self->more_button, for_size);
      for (guint i = 0; i < self->items->len; i++)
        nat += SPACING + natural_height (g_ptr_array_index (self->items, i), for_size);
      nat = MAX (nat, min);
    }

  *minimum = min;
  *natural = nat;
}

static void
nb_day_cell_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  NbDayCell *self = NB_DAY_CELL (widget);
  int label_height = natural_height (GTK_WIDGET (self->day_label), width);
  int more_height = natural_height (self->more_button, width);
  int y = label_height + SPACING;
  int room = height - y;
  int needed = 0;
  guint n_shown = 0;

  gtk_widget_size_allocate (GTK_WIDGET (self->day_label),
                            &(GtkAllocation) { 0, 0, width, label_height }, -1);

  for (guint i = 0; i < self->items->len; i++)
    needed += natural_height (g_ptr_array_index (self->items, i), width) + SPACING;

  /* Not all fit: "+N more" takes the last line. */
  if (needed > room || self->items->len < n_events (self))
    room -= more_height + SPACING;

  for (guint i = 0; i < self->items->len; i++)
    {
      GtkWidget *item = g_ptr_array_index (self->items, i);
      int item_height = natural_height (item, width);
      gboolean shown = n_shown == i && item_height + SPACING <= room - (y - label_height - SPACING);

      gtk_widget_set_child_visible (item, shown);
      if (shown)
        {
          gtk_widget_size_allocate (item, &(GtkAllocation) { 0, y, width, item_height }, -1);
          y += item_height + SPACING;
          n_shown++;
        }
    }

  gtk_widget_set_child_visible (self->more_button, n_shown < n_events (self));
  if (n_shown < n_events (self))
    gtk_widget_size_allocate (self->more_button,
                              &(GtkAllocation) { 0, y, width, MIN (more_height, MAX (height - y, 0)) }, -1);

  /* The label changes after the layout, not during it. */
  if (self->n_hidden != n_events (self) - n_shown)
    {
      self->n_hidden = n_events (self) - n_shown;
      if (self->more_idle == 0)
        self->more_idle = g_idle_add (more_idle_cb, self);
    }

  /* The month view's day popover, when open on this day. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

static GtkSizeRequestMode
nb_day_cell_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* ---------------------------------------------------------------------- */
/* The class                                                               */

static void
nb_day_cell_dispose (GObject *object)
{
  NbDayCell *self = (NbDayCell *) object;

  GtkWidget *child;

  g_clear_handle_id (&self->more_idle, g_source_remove);
  /* The month view's popover is the month view's: let it go. */
  child = gtk_widget_get_first_child (GTK_WIDGET (self));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_POPOVER (child))
        gtk_widget_unparent (child);
      child = next;
    }
  if (self->items != NULL)
    clear_items (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_DAY_CELL);

  G_OBJECT_CLASS (nb_day_cell_parent_class)->dispose (object);
}

static void
nb_day_cell_finalize (GObject *object)
{
  NbDayCell *self = (NbDayCell *) object;

  g_clear_pointer (&self->birthdays, g_ptr_array_unref);
  g_clear_pointer (&self->meals, g_ptr_array_unref);
  g_clear_pointer (&self->others, g_ptr_array_unref);
  g_clear_pointer (&self->trains, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_day_cell_parent_class)->finalize (object);
}

static void
nb_day_cell_class_init (NbDayCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_day_cell_dispose;
  object_class->finalize = nb_day_cell_finalize;
  widget_class->measure = nb_day_cell_measure;
  widget_class->size_allocate = nb_day_cell_size_allocate;
  widget_class->get_request_mode = nb_day_cell_get_request_mode;

  /**
   * NbDayCell::open:
   * @self: the day
   *
   * Asks to show everything on the day: Enter, a click beside its items, or
   * "+N more".
   */
  signals[OPEN] =
    g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * NbDayCell::plan-meal:
   * @self: the day
   * @ids: (nullable): the people dropped on it, or %NULL
   *
   * Asks to plan a meal on the day.
   */
  signals[PLAN_MEAL] =
    g_signal_new ("plan-meal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NB_TYPE_CONTACT_IDS);

  /**
   * NbDayCell::move-meal:
   * @self: the day
   * @meeting: the meal dropped on it
   *
   * Asks to move a meal to the day, at the same time.
   */
  signals[MOVE_MEAL] =
    g_signal_new ("move-meal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NB_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-day-cell.ui");
  gtk_widget_class_bind_template_child (widget_class, NbDayCell, day_label);
  gtk_widget_class_bind_template_child (widget_class, NbDayCell, more_button);
  gtk_widget_class_bind_template_child (widget_class, NbDayCell, more_label);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);

  gtk_widget_class_install_action (widget_class, "cell.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "cell.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "cell.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "cell.open", NULL);

  gtk_widget_class_set_css_name (widget_class, "nb-day-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
nb_day_cell_init (NbDayCell *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->birthdays = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_birthday_event_free);
  self->meals = g_ptr_array_new_with_free_func (g_object_unref);
  self->others = g_ptr_array_new_with_free_func (g_object_unref);
  self->trains = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_ptr_array_new ();
  g_date_clear (&self->date, 1);

  /* Laid out by the cell, which shows it when some items do not fit. */
  gtk_widget_set_visible (self->more_button, TRUE);
  gtk_widget_set_child_visible (self->more_button, FALSE);

  nb_day_drop_attach (GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
nb_day_cell_new (void)
{
  return g_object_new (NB_TYPE_DAY_CELL, NULL);
}

/**
 * nb_day_cell_set_day:
 * @self: a cell
 * @day: its date
 * @in_month: whether it is in the month shown (others are dimmed)
 * @today: whether it is today
 */
void
nb_day_cell_set_day (NbDayCell   *self,
                     const GDate *day,
                     gboolean     in_month,
                     gboolean     today)
{
  g_autofree char *number = NULL;
  g_autofree char *full = NULL;

  g_return_if_fail (NB_IS_DAY_CELL (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  self->date = *day;
  number = g_strdup_printf ("%u", g_date_get_day (day));
  full = nb_format_day (day, TRUE);
  gtk_label_set_text (self->day_label, number);

  if (in_month)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "other-month");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "other-month");
  if (today)
    gtk_widget_add_css_class (GTK_WIDGET (self), "today");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "today");

  /* The full date is what screen readers say, and tests find days by. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, full,
                                  -1);
}

/**
 * nb_day_cell_get_day:
 *
 * Returns: (transfer none): the date shown
 */
const GDate *
nb_day_cell_get_day (NbDayCell *self)
{
  g_return_val_if_fail (NB_IS_DAY_CELL (self), NULL);

  return &self->date;
}

/**
 * nb_day_cell_set_events:
 * @self: a cell
 * @birthdays: (element-type NbBirthdayEvent): the day's birthdays
 * @meals: (element-type NbMeeting): the day's meals, by time
 * @trains: (element-type NbTrainSlotEvent): the meals of meal trains on
 *   the day, by time
 * @others: (element-type NbOtherEvent): the other events on the day,
 *   all-day ones first, then by time
 */
void
nb_day_cell_set_events (NbDayCell *self,
                        GPtrArray *birthdays,
                        GPtrArray *meals,
                        GPtrArray *trains,
                        GPtrArray *others)
{
  g_autofree char *description = NULL;

  g_return_if_fail (NB_IS_DAY_CELL (self));

  clear_items (self);
  g_ptr_array_set_size (self->birthdays, 0);
  g_ptr_array_set_size (self->meals, 0);
  g_ptr_array_set_size (self->others, 0);
  g_ptr_array_set_size (self->trains, 0);

  for (guint i = 0; i < birthdays->len; i++)
    {
      NbBirthdayEvent *event = g_ptr_array_index (birthdays, i);

      g_ptr_array_add (self->birthdays, nb_birthday_event_copy (event));
      if (self->items->len < MAX_ITEM_WIDGETS)
        g_ptr_array_add (self->items, nb_day_item_new_birthday (event, FALSE));
    }
  for (guint i = 0; i < meals->len; i++)
    {
      NbMeeting *meeting = g_ptr_array_index (meals, i);

      g_ptr_array_add (self->meals, g_object_ref (meeting));
      if (self->items->len < MAX_ITEM_WIDGETS)
        g_ptr_array_add (self->items, nb_day_item_new_meal (meeting, FALSE));
    }
  for (guint i = 0; i < trains->len; i++)
    {
      NbTrainSlotEvent *event = g_ptr_array_index (trains, i);

      g_ptr_array_add (self->trains, g_object_ref (event));
      if (self->items->len < MAX_ITEM_WIDGETS)
        g_ptr_array_add (self->items, nb_day_item_new_train_slot (event, FALSE));
    }
  for (guint i = 0; i < others->len; i++)
    {
      NbOtherEvent *other = g_ptr_array_index (others, i);

      g_ptr_array_add (self->others, g_object_ref (other));
      if (self->items->len < MAX_ITEM_WIDGETS)
        g_ptr_array_add (self->items, nb_other_event_item_new (other, &self->date, FALSE));
    }

  for (guint i = 0; i < self->items->len; i++)
    gtk_widget_insert_before (g_ptr_array_index (self->items, i), GTK_WIDGET (self), self->more_button);

  /* What is on the day, after its date. */
  if (birthdays->len > 0 || meals->len > 0)
    {
      g_autofree char *n_birthdays = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u birthday", "%u birthdays",
                                                                   birthdays->len),
                                                      birthdays->len);
      g_autofree char *n_meals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meal", "%u meals", meals->len),
                                                  meals->len);

      /* Translators: what a day of the month view holds, as a screen
       * reader says it after the date: "1 birthday, 2 meals", and then
       * ", 1 other event" when there are some. */
      description = g_strdup_printf (C_("day contents", "%1$s, %2$s"), n_birthdays, n_meals);
    }
  if (trains->len > 0)
    {
      g_autofree char *n_trains = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meal of a meal train",
                                                                "%u meals of meal trains", trains->len),
                                                   trains->len);
      g_autofree char *before = g_steal_pointer (&description);

      description = before ? g_strdup_printf (C_("day contents", "%1$s, %2$s"), before, n_trains)
                           : g_steal_pointer (&n_trains);
    }
  if (others->len > 0)
    {
      g_autofree char *n_others = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other event",
                                                                "%u other events", others->len),
                                                   others->len);
      g_autofree char *before = g_steal_pointer (&description);

      description = before ? g_strdup_printf (C_("day contents", "%1$s, %2$s"), before, n_others)
                           : g_steal_pointer (&n_others);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * nb_day_cell_get_birthdays:
 *
 * Returns: (transfer none) (element-type NbBirthdayEvent): the day's
 *   birthdays
 */
GPtrArray *
nb_day_cell_get_birthdays (NbDayCell *self)
{
  g_return_val_if_fail (NB_IS_DAY_CELL (self), NULL);

  return self->birthdays;
}

/**
 * nb_day_cell_get_meals:
 *
 * Returns: (transfer none) (element-type NbMeeting): the day's meals
 */
GPtrArray *
nb_day_cell_get_meals (NbDayCell *self)
{
  g_return_val_if_fail (NB_IS_DAY_CELL (self), NULL);

  return self->meals;
}

/**
 * nb_day_cell_get_trains:
 *
 * Returns: (transfer none) (element-type NbTrainSlotEvent): the meals of
 *   meal trains on the day
 */
GPtrArray *
nb_day_cell_get_trains (NbDayCell *self)
{
  g_return_val_if_fail (NB_IS_DAY_CELL (self), NULL);

  return self->trains;
}

/**
 * nb_day_cell_get_others:
 *
 * Returns: (transfer none) (element-type NbOtherEvent): the other events
 *   on the day
 */
GPtrArray *
nb_day_cell_get_others (NbDayCell *self)
{
  g_return_val_if_fail (NB_IS_DAY_CELL (self), NULL);

  return self->others;
}
