/* nb-meal-day.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meal-day"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-contact-ids.h"
#include "nb-day-drop.h"
#include "nb-format.h"
#include "nb-meal-day.h"
#include "nb-meal-row.h"
#include "nb-train-slot-event.h"

/**
 * NbMealDay:
 *
 * One day of the week in the Meals view: its meals, a button to plan one,
 * and a place to drop people from the sidebar to plan a meal with them, or
 * a meal from another day to move it.
 */
struct _NbMealDay
{
  GtkWidget   parent_instance;

  GDate       day;

  GtkLabel   *weekday_label;
  GtkLabel   *date_label;
  GtkWidget  *today_label;
  GtkWidget  *add_button;
  GtkListBox *meal_list;
};

G_DEFINE_FINAL_TYPE (NbMealDay, nb_meal_day, GTK_TYPE_WIDGET)

enum {
  PLAN_MEAL,
  MEAL_ACTIVATED,
  MOVE_MEAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_clicked_cb (NbMealDay *self)
{
  g_signal_emit (self, signals[PLAN_MEAL], 0, NULL);
}

static void
row_activated_cb (NbMealDay     *self,
                  GtkListBoxRow *row)
{
  if (NB_IS_MEAL_ROW (row))
    g_signal_emit (self, signals[MEAL_ACTIVATED], 0, nb_meal_row_get_meeting (NB_MEAL_ROW (row)));
}

static void
nb_meal_day_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), NB_TYPE_MEAL_DAY);

  /* The header's box is no template child of its own. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (nb_meal_day_parent_class)->dispose (object);
}

static void
nb_meal_day_class_init (NbMealDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_meal_day_dispose;

  /**
   * NbMealDay::plan-meal:
   * @self: the day
   * @ids: (nullable): the contacts dropped on the day, or %NULL
   *
   * Asks to plan a meal on the day.
   */
  signals[PLAN_MEAL] =
    g_signal_new ("plan-meal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NB_TYPE_CONTACT_IDS);

  /**
   * NbMealDay::meal-activated:
   * @self: the day
   * @meeting: the meal
   *
   * A meal of the day was activated, to be opened.
   */
  signals[MEAL_ACTIVATED] =
    g_signal_new ("meal-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NB_TYPE_MEETING);

  /**
   * NbMealDay::move-meal:
   * @self: the day
   * @meeting: the meal dropped on it
   *
   * Asks to move a meal to the day, at the same time.
   */
  signals[MOVE_MEAL] =
    g_signal_new ("move-meal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NB_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-meal-day.ui");
  gtk_widget_class_bind_template_child (widget_class, NbMealDay, weekday_label);
  gtk_widget_class_bind_template_child (widget_class, NbMealDay, date_label);
  gtk_widget_class_bind_template_child (widget_class, NbMealDay, today_label);
  gtk_widget_class_bind_template_child (widget_class, NbMealDay, add_button);
  gtk_widget_class_bind_template_child (widget_class, NbMealDay, meal_list);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nb-meal-day");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
nb_meal_day_init (NbMealDay *self)
{
  GtkLayoutManager *layout;
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  placeholder = gtk_label_new (_("No meals planned"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_list_box_set_placeholder (self->meal_list, placeholder);

  /* People dragged from the sidebar, meals from another day. */
  nb_day_drop_attach (GTK_WIDGET (self));
}

GtkWidget *
nb_meal_day_new (void)
{
  return g_object_new (NB_TYPE_MEAL_DAY, NULL);
}

/**
 * nb_meal_day_set_day:
 * @self: a day
 * @day: the date it shows
 * @today: whether it is today
 */
void
nb_meal_day_set_day (NbMealDay   *self,
                     const GDate *day,
                     gboolean     today)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *weekday = NULL;
  g_autofree char *full = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *day_month = NULL;

  g_return_if_fail (NB_IS_MEAL_DAY (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  self->day = *day;

  date = g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day), g_date_get_day (day), 0, 0, 0);
  weekday = g_date_time_format (date, "%A");
  /* Translators: a day of the week's date without the weekday: "%B %-d"
   * gives "November 25"; "%-d. %B" gives "25. November". */
  day_month = g_date_time_format (date, C_("day in a week", "%B %-d"));
  full = nb_format_day (day, TRUE);

  gtk_label_set_text (self->weekday_label, weekday);
  gtk_label_set_text (self->date_label, day_month);
  gtk_widget_set_visible (self->today_label, today);
  if (today)
    gtk_widget_add_css_class (GTK_WIDGET (self), "today");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "today");

  /* Translators: the button that plans a meal on a day: "Plan a Meal on
   * Wednesday, November 25, 2026". */
  plan = g_strdup_printf (_("Plan a Meal on %s"), full);
  gtk_widget_set_tooltip_text (self->add_button, plan);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, plan,
                                  -1);

  /* The day's full date is what screen readers say and tests look for. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, full,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->meal_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, full,
                                  -1);
}

/**
 * nb_meal_day_get_day:
 *
 * Returns: (transfer none): the date shown
 */
const GDate *
nb_meal_day_get_day (NbMealDay *self)
{
  g_return_val_if_fail (NB_IS_MEAL_DAY (self), NULL);

  return &self->day;
}

/**
 * nb_meal_day_set_meals:
 * @self: a day
 * @store: the store, for the photos
 * @meals: (element-type NbMeeting): its meals, by time
 * @trains: (element-type NbTrainSlotEvent): the meals of meal trains on
 *   it; activated, they open their train
 */
void
nb_meal_day_set_meals (NbMealDay *self,
                       NbStore   *store,
                       GPtrArray *meals,
                       GPtrArray *trains)
{
  GtkListBoxRow *row;

  g_return_if_fail (NB_IS_MEAL_DAY (self));

  while ((row = gtk_list_box_get_row_at_index (self->meal_list, 0)) != NULL)
    gtk_list_box_remove (self->meal_list, GTK_WIDGET (row));

  for (guint i = 0; i < meals->len; i++)
    gtk_list_box_append (self->meal_list, nb_meal_row_new (store, g_ptr_array_index (meals, i), FALSE));

  for (guint i = 0; i < trains->len; i++)
    {
      NbTrainSlotEvent *event = g_ptr_array_index (trains, i);
      g_autofree char *time = nb_format_time (nb_train_slot_event_get_start (event));
      GtkWidget *train_row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("nb-meal-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (train_row), nb_train_slot_event_get_summary (event));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (train_row), time);
      adw_action_row_add_prefix (ADW_ACTION_ROW (train_row), icon);
      gtk_widget_add_css_class (train_row, "nb-train");
      if (nb_train_slot_event_is_open (event))
        gtk_widget_add_css_class (train_row, "nb-open");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (train_row), "win.show-meal-train");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (train_row),
                                              g_variant_new_int64 (nb_train_slot_event_get_train_id (event)));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (train_row), TRUE);
      gtk_list_box_append (self->meal_list, train_row);
    }
}
