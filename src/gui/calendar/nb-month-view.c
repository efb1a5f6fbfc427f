/* nb-month-view.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-month-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-contact-ids.h"
#include "nb-day-cell.h"
#include "nb-day-popover.h"
#include "nb-month-view.h"
#include "nb-other-event.h"
#include "nb-train-slot-event.h"
#include "nb-week.h"

/**
 * NbMonthView:
 *
 * Six weeks × seven days around a month, weeks starting on the locale's
 * first weekday, with the locale's names of the days; today marked, days
 * of the months around dimmed. The arrow keys move between days, into the
 * months around when they go past the grid; Page Up and Page Down move by
 * a month.
 */
struct _NbMonthView
{
  GtkWidget  parent_instance;

  GDate      month;        /* the first of the month shown */
  GDate      start;        /* the first day of the grid */
  GtkWidget *weekdays[7];
  NbDayCell *cells[NB_MONTH_VIEW_N_DAYS];
  NbDayPopover *popover;   /* one for the month, on the day opened */

  GtkGrid   *grid;
};

G_DEFINE_FINAL_TYPE (NbMonthView, nb_month_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MONTH,
  N_PROPS
};

enum {
  PLAN_MEAL,
  MOVE_MEAL,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_days (NbMonthView *self)
{
  g_autofree char *title = NULL;
  g_autoptr(GDateTime) first = NULL;
  GDate today;

  nb_clock_get_today (&today);
  nb_week_month_grid_start (&self->month, nb_week_locale_first_day (), &self->start);

  for (guint i = 0; i < 7; i++)
    {
      GDate day = self->start;
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *name = NULL;
      g_autofree char *full = NULL;
      g_autofree char *upper = NULL;

      g_date_add_days (&day, i);
      date = g_date_time_new_utc (g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                                  0, 0, 0);
      name = g_date_time_format (date, "%a");
      full = g_date_time_format (date, "%A");
      upper = g_utf8_strup (name, -1);
      gtk_label_set_text (GTK_LABEL (self->weekdays[i]), upper);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->weekdays[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, full,
                                      -1);
    }

  for (guint i = 0; i < NB_MONTH_VIEW_N_DAYS; i++)
    {
      GDate day = self->start;

      g_date_add_days (&day, i);
      nb_day_cell_set_day (self->cells[i], &day,
                           g_date_get_month (&day) == g_date_get_month (&self->month),
                           g_date_compare (&day, &today) == 0);
    }

  first = g_date_time_new_utc (g_date_get_year (&self->month), g_date_get_month (&self->month), 1, 0, 0, 0);
  /* Translators: a month and its year, as g_date_time_format() takes it:
   * "%OB %Y" gives "November 2026". */
  title = g_date_time_format (first, C_("month view", "%OB %Y"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static int
cell_index (NbMonthView *self,
            const GDate *day)
{
  int index = g_date_days_between (&self->start, day);

  return index >= 0 && index < NB_MONTH_VIEW_N_DAYS ? index : -1;
}

static int
focused_index (NbMonthView *self)
{
  for (guint i = 0; i < NB_MONTH_VIEW_N_DAYS; i++)
    if (gtk_widget_has_focus (GTK_WIDGET (self->cells[i])))
      return i;

  return -1;
}

/* Moves the focus @days days on, showing another month if it goes there. */
static void
move_focus (NbMonthView *self,
            int          index,
            int          days)
{
  GDate target = self->start;

  g_date_add_days (&target, index);
  if (days > 0)
    g_date_add_days (&target, days);
  else
    g_date_subtract_days (&target, -days);

  if (cell_index (self, &target) < 0)
    nb_month_view_set_month (self, &target);

  nb_month_view_focus_day (self, &target);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                NbMonthView           *self)
{
  int index = focused_index (self);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int days;

  if (index < 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      days = rtl ? 1 : -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      days = rtl ? -1 : 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      days = -7;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      days = 7;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      {
        GDate target = self->start;

        g_date_add_days (&target, index);
        if (keyval == GDK_KEY_Page_Up || keyval == GDK_KEY_KP_Page_Up)
          g_date_subtract_months (&target, 1);
        else
          g_date_add_months (&target, 1);
        nb_month_view_set_month (self, &target);
        nb_month_view_focus_day (self, &target);
        return GDK_EVENT_STOP;
      }
    default:
      return GDK_EVENT_PROPAGATE;
    }

  move_focus (self, index, days);
  return GDK_EVENT_STOP;
}

static void
cell_plan_meal_cb (NbDayCell    *cell,
                   NbContactIds *ids,
                   NbMonthView  *self)
{
  g_signal_emit (self, signals[PLAN_MEAL], 0, nb_day_cell_get_day (cell), ids);
}

static void
cell_move_meal_cb (NbDayCell   *cell,
                   NbMeeting   *meeting,
                   NbMonthView *self)
{
  g_signal_emit (self, signals[MOVE_MEAL], 0, meeting, nb_day_cell_get_day (cell));
}

static void
show_cell_in_popover (NbMonthView *self,
                      NbDayCell   *cell)
{
  nb_day_popover_show_day (self->popover, nb_day_cell_get_day (cell), nb_day_cell_get_birthdays (cell),
                           nb_day_cell_get_meals (cell), nb_day_cell_get_trains (cell),
                           nb_day_cell_get_others (cell));
}

static void
cell_open_cb (NbDayCell   *cell,
              NbMonthView *self)
{
  GtkWidget *popover = GTK_WIDGET (self->popover);

  /* The popover points at the day it shows, as its child. */
  if (gtk_widget_get_parent (popover) != GTK_WIDGET (cell))
    {
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      if (gtk_widget_get_parent (popover) != NULL)
        gtk_widget_unparent (popover);
      gtk_widget_set_parent (popover, GTK_WIDGET (cell));
    }

  show_cell_in_popover (self, cell);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
popover_plan_meal_cb (NbDayPopover *popover,
                      const GDate  *day,
                      NbMonthView  *self)
{
  g_signal_emit (self, signals[PLAN_MEAL], 0, day, NULL);
}

static void
nb_month_view_dispose (GObject *object)
{
  NbMonthView *self = (NbMonthView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (object), NB_TYPE_MONTH_VIEW);
  if (self->popover != NULL && gtk_widget_get_parent (GTK_WIDGET (self->popover)) != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->popover));
  g_clear_object (&self->popover);

  G_OBJECT_CLASS (nb_month_view_parent_class)->dispose (object);
}

static void
nb_month_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  NbMonthView *self = NB_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_MONTH:
      g_value_set_boxed (value, &self->month);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_month_view_class_init (NbMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_month_view_dispose;
  object_class->get_property = nb_month_view_get_property;

  /**
   * NbMonthView:month:
   *
   * The first day of the month shown.
   */
  properties[PROP_MONTH] =
    g_param_spec_boxed ("month", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NbMonthView::plan-meal:
   * @self: the view
   * @day: the day
   * @ids: (nullable): the people dropped on it, or %NULL
   */
  signals[PLAN_MEAL] =
    g_signal_new ("plan-meal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  G_TYPE_DATE | G_SIGNAL_TYPE_STATIC_SCOPE, NB_TYPE_CONTACT_IDS);

  /**
   * NbMonthView::move-meal:
   * @self: the view
   * @meeting: the meal dropped
   * @day: the day it was dropped on
   */
  signals[MOVE_MEAL] =
    g_signal_new ("move-meal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  NB_TYPE_MEETING, G_TYPE_DATE | G_SIGNAL_TYPE_STATIC_SCOPE);

  g_type_ensure (NB_TYPE_DAY_CELL);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-month-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NbMonthView, grid);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nb-month-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
nb_month_view_init (NbMonthView *self)
{
  GtkEventController *key;
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < 7; i++)
    {
      self->weekdays[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->weekdays[i], "nb-weekday");
      gtk_label_set_xalign (GTK_LABEL (self->weekdays[i]), 0);
      gtk_label_set_ellipsize (GTK_LABEL (self->weekdays[i]), PANGO_ELLIPSIZE_END);
      gtk_grid_attach (self->grid, self->weekdays[i], i, 0, 1, 1);
    }

  for (guint i = 0; i < NB_MONTH_VIEW_N_DAYS; i++)
    {
      self->cells[i] = NB_DAY_CELL (nb_day_cell_new ());
      gtk_widget_set_hexpand (GTK_WIDGET (self->cells[i]), TRUE);
      gtk_widget_set_vexpand (GTK_WIDGET (self->cells[i]), TRUE);
      g_signal_connect (self->cells[i], "open", G_CALLBACK (cell_open_cb), self);
      g_signal_connect (self->cells[i], "plan-meal", G_CALLBACK (cell_plan_meal_cb), self);
      g_signal_connect (self->cells[i], "move-meal", G_CALLBACK (cell_move_meal_cb), self);
      if (i % 7 == 6)
        gtk_widget_add_css_class (GTK_WIDGET (self->cells[i]), "last-column");
      if (i / 7 == 5)
        gtk_widget_add_css_class (GTK_WIDGET (self->cells[i]), "last-row");
      gtk_grid_attach (self->grid, GTK_WIDGET (self->cells[i]), i % 7, 1 + i / 7, 1, 1);
    }

  self->popover = g_object_ref_sink (NB_DAY_POPOVER (nb_day_popover_new ()));
  g_signal_connect (self->popover, "plan-meal", G_CALLBACK (popover_plan_meal_cb), self);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  nb_clock_get_today (&today);
  g_date_clear (&self->month, 1);
  g_date_set_dmy (&self->month, 1, g_date_get_month (&today), g_date_get_year (&today));
  update_days (self);
}

GtkWidget *
nb_month_view_new (void)
{
  return g_object_new (NB_TYPE_MONTH_VIEW, NULL);
}

/**
 * nb_month_view_set_month:
 * @self: a view
 * @day: any day of the month to show
 */
void
nb_month_view_set_month (NbMonthView *self,
                         const GDate *day)
{
  GDate first;

  g_return_if_fail (NB_IS_MONTH_VIEW (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, g_date_get_month (day), g_date_get_year (day));
  if (g_date_compare (&first, &self->month) == 0)
    {
      update_days (self);
      return;
    }

  self->month = first;
  update_days (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTH]);
}

/**
 * nb_month_view_get_month:
 *
 * Returns: (transfer none): the first day of the month shown
 */
const GDate *
nb_month_view_get_month (NbMonthView *self)
{
  g_return_val_if_fail (NB_IS_MONTH_VIEW (self), NULL);

  return &self->month;
}

/**
 * nb_month_view_get_start:
 *
 * Returns: (transfer none): the first of the 42 days shown
 */
const GDate *
nb_month_view_get_start (NbMonthView *self)
{
  g_return_val_if_fail (NB_IS_MONTH_VIEW (self), NULL);

  return &self->start;
}

/**
 * nb_month_view_set_events:
 * @self: a view
 * @birthdays: (element-type NbBirthdayEvent): the birthdays of the 42 days
 * @meals: (element-type NbMeeting): their meals, by time
 * @trains: (element-type NbTrainSlotEvent): the meals of meal trains on
 *   them, by day
 * @others: (element-type NbOtherEvent): the times other events take place
 *   on them, all-day ones first, then by time
 */
void
nb_month_view_set_events (NbMonthView *self,
                          GPtrArray   *birthdays,
                          GPtrArray   *meals,
                          GPtrArray   *trains,
                          GPtrArray   *others)
{
  g_autoptr(GPtrArray) day_birthdays = g_ptr_array_new ();
  g_autoptr(GPtrArray) day_meals = g_ptr_array_new ();
  g_autoptr(GPtrArray) day_trains = g_ptr_array_new ();
  GPtrArray *day_others[NB_MONTH_VIEW_N_DAYS];

  g_return_if_fail (NB_IS_MONTH_VIEW (self));

  /* An other event goes on each day it covers: a conference on three. */
  for (guint d = 0; d < NB_MONTH_VIEW_N_DAYS; d++)
    day_others[d] = g_ptr_array_new ();
  for (guint i = 0; i < others->len; i++)
    {
      NbOtherEvent *other = g_ptr_array_index (others, i);
      GDate first, last;
      int from, to;

      nb_other_event_get_days (other, &first, &last);
      from = MAX (g_date_days_between (&self->start, &first), 0);
      to = MIN (g_date_days_between (&self->start, &last), NB_MONTH_VIEW_N_DAYS - 1);
      for (int d = from; d <= to; d++)
        g_ptr_array_add (day_others[d], other);
    }

  for (guint d = 0; d < NB_MONTH_VIEW_N_DAYS; d++)
    {
      GDate day = self->start;

      g_date_add_days (&day, d);
      g_ptr_array_set_size (day_birthdays, 0);
      g_ptr_array_set_size (day_meals, 0);
      g_ptr_array_set_size (day_trains, 0);

      for (guint i = 0; i < birthdays->len; i++)
        {
          NbBirthdayEvent *event = g_ptr_array_index (birthdays, i);

          if (g_date_compare (&event->date, &day) == 0)
            g_ptr_array_add (day_birthdays, event);
        }
      for (guint i = 0; i < meals->len; i++)
        {
          NbMeeting *meeting = g_ptr_array_index (meals, i);
          GDate start;

          nb_date_from_local_time (nb_meeting_get_start (meeting), &start);
          if (g_date_compare (&start, &day) == 0)
            g_ptr_array_add (day_meals, meeting);
        }

      for (guint i = 0; i < trains->len; i++)
        {
          NbTrainSlotEvent *event = g_ptr_array_index (trains, i);

          if (nb_train_slot_event_get_day (event) == g_date_get_julian (&day))
            g_ptr_array_add (day_trains, event);
        }

      nb_day_cell_set_events (self->cells[d], day_birthdays, day_meals, day_trains, day_others[d]);
      g_ptr_array_unref (day_others[d]);
    }

  /* The day open follows what changed on it. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    {
      GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (self->popover));

      if (NB_IS_DAY_CELL (cell))
        show_cell_in_popover (self, NB_DAY_CELL (cell));
    }
}

/**
 * nb_month_view_get_cell:
 * @self: a view
 * @day: a day
 *
 * Returns: (transfer none) (nullable): the cell of @day, if it is shown
 */
GtkWidget *
nb_month_view_get_cell (NbMonthView *self,
                        const GDate *day)
{
  int index;

  g_return_val_if_fail (NB_IS_MONTH_VIEW (self), NULL);

  index = cell_index (self, day);
  return index >= 0 ? GTK_WIDGET (self->cells[index]) : NULL;
}

/**
 * nb_month_view_focus_day:
 * @self: a view
 * @day: a day shown
 *
 * Returns: %TRUE if the day is shown and took the focus
 */
gboolean
nb_month_view_focus_day (NbMonthView *self,
                         const GDate *day)
{
  GtkWidget *cell;

  g_return_val_if_fail (NB_IS_MONTH_VIEW (self), FALSE);

  cell = nb_month_view_get_cell (self, day);
  return cell != NULL && gtk_widget_grab_focus (cell);
}
