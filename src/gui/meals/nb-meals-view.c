/* nb-meals-view.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meals-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-columns.h"
#include "nb-contact-ids.h"
#include "nb-follow-up-row.h"
#include "nb-format.h"
#include "nb-meal-day.h"
#include "nb-meal-trains-group.h"
#include "nb-meals-view.h"
#include "nb-reloader.h"
#include "nb-suggestion-row.h"
#include "nb-train-follow-up-row.h"
#include "nb-train-slot-event.h"
#include "nb-week.h"
#include "nb-view.h"

/**
 * NbMealsView:
 *
 * "Who will you be having lunch with this week?" A week of meals, day by
 * day, with the weekly goal; beside it (below it on a narrow window) the
 * meals to follow up and whom to invite next. It follows the store: any
 * change anywhere shows at once, or, while the view is not shown, when it
 * is shown next.
 */
struct _NbMealsView
{
  GtkWidget     parent_instance;

  NbReloader   *reloader;
  GSettings    *settings;
  GCancellable *cancellable;
  GDate         week_start;
  GDate         today;
  guint         tick_id;
  GArray       *follow_up_ids;
  NbMealDay    *days[7];

  GtkWidget    *scroller;
  GtkLabel     *week_label;
  GtkLabel     *goal_label;
  GtkLevelBar  *goal_bar;
  GtkBox       *days_box;
  GtkWidget    *follow_ups_group;
  GtkBox       *trains_box;
  GtkListBox   *follow_up_list;
  GtkWidget    *suggestions_group;
  GtkListBox   *suggestion_list;
};

static void nb_meals_view_view_iface_init (NbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NbMealsView, nb_meals_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (NB_TYPE_VIEW, nb_meals_view_view_iface_init))

static void show_day                (NbView      *view,
                                     const GDate *day);

/* How many people "Whom to Invite Next" proposes. */
#define N_SUGGESTIONS 6

static NbStore *
get_store (NbMealsView *self)
{
  return nb_reloader_get_store (self->reloader);
}

static void
show_toast (NbMealsView *self,
            const char  *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", message);
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* ---------------------------------------------------------------------- */
/* The week                                                                */

static void
update_goal (NbMealsView *self,
             GPtrArray   *meals,
             GPtrArray   *trains)
{
  guint goal = self->settings ? g_settings_get_uint (self->settings, "weekly-goal") : 3;
  GDate this_week;
  g_autofree char *text = NULL;
  guint n = 0;

  for (guint i = 0; i < meals->len; i++)
    {
      NbMeeting *meeting = g_ptr_array_index (meals, i);

      if (nb_meeting_get_status (meeting) != NB_MEETING_CANCELLED &&
          nb_meeting_get_attendees (meeting)->len > 0)
        n++;
    }
  /* A meal of a meal train I bring is a meal with people too. */
  for (guint i = 0; i < trains->len; i++)
    {
      NbTrainSlotEvent *event = g_ptr_array_index (trains, i);

      if (nb_train_slot_event_is_mine (event) && !nb_train_slot_event_is_cancelled (event))
        n++;
    }

  nb_week_start (&self->today, nb_week_locale_first_day (), &this_week);
  if (g_date_compare (&this_week, &self->week_start) == 0)
    {
      if (n >= goal)
        /* Translators: the weekly goal is met: "Goal reached: 4 meals with
         * people this week". */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Goal reached: %u meal with people this week",
                                             "Goal reached: %u meals with people this week", n),
                                n);
      else
        /* Translators: the weekly goal: "2 of 3 meals with people this
         * week"; the plural follows the goal, the second number. */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%1$u of %2$u meal with people this week",
                                             "%1$u of %2$u meals with people this week", goal),
                                n, goal);
    }
  else if (n >= goal)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Goal reached: %u meal with people that week",
                                         "Goal reached: %u meals with people that week", n),
                            n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%1$u of %2$u meal with people that week",
                                         "%1$u of %2$u meals with people that week", goal),
                            n, goal);

  gtk_label_set_text (self->goal_label, text);
  gtk_level_bar_set_max_value (self->goal_bar, goal);
  gtk_level_bar_set_value (self->goal_bar, MIN (n, goal));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->goal_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

static void
load_week (NbMealsView *self)
{
  g_autoptr(GDateTime) from = nb_date_to_local_time (&self->week_start, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_add_days (from, 7);
  g_autoptr(GPtrArray) meals = nb_store_list_meetings (get_store (self), from, to);
  g_autoptr(GPtrArray) trains = nb_train_slot_event_list (get_store (self), &self->week_start, 7);
  g_autofree char *week = nb_format_week (&self->week_start);
  GDate this_week;

  gtk_label_set_text (self->week_label, week);

  for (guint d = 0; d < 7; d++)
    {
      g_autoptr(GPtrArray) of_day = g_ptr_array_new ();
      g_autoptr(GPtrArray) trains_of_day = g_ptr_array_new ();
      GDate day = self->week_start;

      g_date_add_days (&day, d);
      for (guint i = 0; i < meals->len; i++)
        {
          NbMeeting *meeting = g_ptr_array_index (meals, i);
          GDate start;

          nb_date_from_local_time (nb_meeting_get_start (meeting), &start);
          if (g_date_compare (&start, &day) == 0)
            g_ptr_array_add (of_day, meeting);
        }

      for (guint i = 0; i < trains->len; i++)
        if (nb_train_slot_event_get_day (g_ptr_array_index (trains, i)) == g_date_get_julian (&day))
          g_ptr_array_add (trains_of_day, g_ptr_array_index (trains, i));

      nb_meal_day_set_day (self->days[d], &day, g_date_compare (&day, &self->today) == 0);
      nb_meal_day_set_meals (self->days[d], get_store (self), of_day, trains_of_day);
    }

  update_goal (self, meals, trains);

  nb_week_start (&self->today, nb_week_locale_first_day (), &this_week);
  nb_view_set_at_today (NB_VIEW (self), g_date_compare (&this_week, &self->week_start) == 0);
}

static void
plan_meal_cb (NbMealDay    *day,
              NbContactIds *ids,
              NbMealsView  *self)
{
  nb_view_plan_meal (NB_VIEW (self), nb_meal_day_get_day (day), ids);
}

static void
move_meal_cb (NbMealDay   *day,
              NbMeeting   *meeting,
              NbMealsView *self)
{
  nb_view_move_meal (NB_VIEW (self), meeting, nb_meal_day_get_day (day));
}

static void
meal_activated_cb (NbMealDay   *day,
                   NbMeeting   *meeting,
                   NbMealsView *self)
{
  nb_view_edit_meal (NB_VIEW (self), meeting);
}

/* ---------------------------------------------------------------------- */
/* Follow-ups                                                              */

static void
answered_cb (NbFollowUpRow *row,
             NbMeeting     *changed,
             NbMealsView   *self)
{
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = nb_store_save_meeting (get_store (self), changed, &error);
  if (saved == NULL)
    show_toast (self, error->message);
}

static gboolean
same_ids (GArray    *ids,
          GPtrArray *meals)
{
  if (ids == NULL || ids->len != meals->len)
    return FALSE;

  for (guint i = 0; i < meals->len; i++)
    if (g_array_index (ids, gint64, i) != nb_meeting_get_id (g_ptr_array_index (meals, i)))
      return FALSE;

  return TRUE;
}

static void
load_follow_ups (NbMealsView *self,
                 gboolean     force)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GPtrArray) meals = nb_store_list_follow_ups (get_store (self), now);
  g_autoptr(GPtrArray) trains = NULL;
  guint n_trains;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  gboolean had_focus = focus && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->follow_up_list));

  if (!force && same_ids (self->follow_up_ids, meals))
    return;

  clear_list (self->follow_up_list);
  g_array_set_size (self->follow_up_ids, 0);
  for (guint i = 0; i < meals->len; i++)
    {
      NbMeeting *meeting = g_ptr_array_index (meals, i);
      gint64 id = nb_meeting_get_id (meeting);

      GtkWidget *row = nb_follow_up_row_new (meeting);

      g_signal_connect (row, "answered", G_CALLBACK (answered_cb), self);
      gtk_list_box_append (self->follow_up_list, row);
      g_array_append_val (self->follow_up_ids, id);
    }

  /* The meals of meal trains that passed, after them. */
  {
    g_autoptr(GError) error = NULL;

    trains = nb_store_list_meal_train_follow_ups (get_store (self), now, &error);
    if (trains == NULL)
      g_warning ("Could not read the meal trains: %s", error->message);
    for (guint i = 0; trains != NULL && i < trains->len; i++)
      gtk_list_box_append (self->follow_up_list,
                           nb_train_follow_up_row_new (get_store (self), g_ptr_array_index (trains, i)));
  }
  n_trains = trains ? trains->len : 0;

  gtk_widget_set_visible (self->follow_ups_group, meals->len + n_trains > 0);

  /* Answering one moves the keyboard on to the next. */
  if (had_focus && meals->len + n_trains > 0)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->follow_up_list, 0)));
}

static void
follow_up_activated_cb (NbMealsView   *self,
                        GtkListBoxRow *row)
{
  if (NB_IS_FOLLOW_UP_ROW (row))
    nb_view_edit_meal (NB_VIEW (self), nb_follow_up_row_get_meeting (NB_FOLLOW_UP_ROW (row)));
}

/* ---------------------------------------------------------------------- */
/* Whom to invite next                                                     */

static GtkWidget *
create_suggestion_row (NbMealsView  *self,
                       NbSuggestion *suggestion)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (get_store (self), suggestion->contact_id);
  g_autofree char *reason = NULL;

  if (contact == NULL)
    return NULL;

  reason = nb_format_suggestion (suggestion, &self->today);
  return nb_suggestion_row_new (contact, reason);
}

static void
suggestions_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) suggestions = nb_store_suggest_invitees_finish (NB_STORE (object), result, &error);
  NbMealsView *self;

  if (suggestions == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not find whom to invite: %s", error->message);
      return;
    }

  self = NB_MEALS_VIEW (user_data);
  clear_list (self->suggestion_list);
  for (guint i = 0; i < suggestions->len; i++)
    {
      GtkWidget *row = create_suggestion_row (self, g_ptr_array_index (suggestions, i));

      if (row != NULL)
        gtk_list_box_append (self->suggestion_list, row);
    }

  gtk_widget_set_visible (self->suggestions_group,
                          gtk_list_box_get_row_at_index (self->suggestion_list, 0) != NULL);
}

static void
load_suggestions (NbMealsView *self)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  int cadence = self->settings ? g_settings_get_int (self->settings, "default-cadence-days") : 30;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* The view is the callback's data: the cancellable, cancelled when the
   * view goes, keeps it alive long enough. */
  nb_store_suggest_invitees_async (get_store (self), now, cadence, N_SUGGESTIONS, self->cancellable,
                                   suggestions_cb, self);
}

static void
suggestion_activated_cb (NbMealsView   *self,
                         GtkListBoxRow *row)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(NbContactIds) payload = NULL;
  GDate tomorrow = self->today;
  gint64 id;

  if (!NB_IS_SUGGESTION_ROW (row))
    return;

  /* Lunch tomorrow, to begin with; the dialog changes it. */
  id = nb_contact_get_id (nb_suggestion_row_get_contact (NB_SUGGESTION_ROW (row)));
  g_date_add_days (&tomorrow, 1);
  g_array_append_val (ids, id);
  payload = nb_contact_ids_new (ids);
  nb_view_plan_meal (NB_VIEW (self), &tomorrow, payload);
}

/* ---------------------------------------------------------------------- */
/* Keeping up                                                              */

/* What the reloader calls when the view is shown or the store changes. */
/* The meal trains going on, and a button to organise one. */
static void
load_trains (NbMealsView *self)
{
  g_autoptr(GPtrArray) trains = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  trains = nb_store_list_meal_trains (get_store (self), 0, g_date_get_julian (&self->today), &error);
  if (trains == NULL)
    {
      g_warning ("Could not read the meal trains: %s", error->message);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->trains_box))) != NULL)
    gtk_box_remove (self->trains_box, child);
  gtk_box_append (self->trains_box, nb_meal_trains_group_new (get_store (self), trains, TRUE));
}

static void
reload_view (GtkWidget *view)
{
  NbMealsView *self = NB_MEALS_VIEW (view);

  nb_clock_get_today (&self->today);
  load_week (self);
  load_trains (self);
  load_follow_ups (self, TRUE);
  load_suggestions (self);
}

static void
queue_reload (NbMealsView *self)
{
  nb_reloader_queue (self->reloader);
}

static gboolean
tick_cb (gpointer user_data)
{
  NbMealsView *self = user_data;
  GDate today;

  if (get_store (self) == NULL)
    return G_SOURCE_CONTINUE;

  /* After midnight, "this week" and "today" move on. */
  nb_clock_get_today (&today);
  if (g_date_compare (&today, &self->today) != 0)
    {
      GDate old_week, new_week;

      nb_week_start (&self->today, nb_week_locale_first_day (), &old_week);
      nb_week_start (&today, nb_week_locale_first_day (), &new_week);
      if (g_date_compare (&old_week, &self->week_start) == 0)
        self->week_start = new_week;
      self->today = today;
      nb_reloader_reload (self->reloader);
      return G_SOURCE_CONTINUE;
    }

  /* A meal whose time has just passed is asked about. */
  if (nb_reloader_is_ready (self->reloader))
    load_follow_ups (self, FALSE);

  return G_SOURCE_CONTINUE;
}

static void
move_weeks (NbMealsView *self,
            int          weeks)
{
  GDate day = self->week_start;

  if (weeks > 0)
    g_date_add_days (&day, 7 * weeks);
  else
    g_date_subtract_days (&day, 7 * -weeks);

  show_day (NB_VIEW (self), &day);
}

/* ---------------------------------------------------------------------- */
/* The class                                                               */

static void
nb_meals_view_dispose (GObject *object)
{
  NbMealsView *self = (NbMealsView *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_object (&self->reloader);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, queue_reload, self);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_MEALS_VIEW);

  G_OBJECT_CLASS (nb_meals_view_parent_class)->dispose (object);
}

static void
nb_meals_view_finalize (GObject *object)
{
  NbMealsView *self = (NbMealsView *) object;

  g_clear_pointer (&self->follow_up_ids, g_array_unref);

  G_OBJECT_CLASS (nb_meals_view_parent_class)->finalize (object);
}

static void
nb_meals_view_class_init (NbMealsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_meals_view_dispose;
  object_class->finalize = nb_meals_view_finalize;





  g_type_ensure (NB_TYPE_COLUMNS);
  g_type_ensure (NB_TYPE_MEAL_DAY);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-meals-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NbMealsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, NbMealsView, week_label);
  gtk_widget_class_bind_template_child (widget_class, NbMealsView, goal_label);
  gtk_widget_class_bind_template_child (widget_class, NbMealsView, goal_bar);
  gtk_widget_class_bind_template_child (widget_class, NbMealsView, days_box);
  gtk_widget_class_bind_template_child (widget_class, NbMealsView, follow_ups_group);
  gtk_widget_class_bind_template_child (widget_class, NbMealsView, trains_box);
  gtk_widget_class_bind_template_child (widget_class, NbMealsView, follow_up_list);
  gtk_widget_class_bind_template_child (widget_class, NbMealsView, suggestions_group);
  gtk_widget_class_bind_template_child (widget_class, NbMealsView, suggestion_list);
  gtk_widget_class_bind_template_callback (widget_class, follow_up_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, suggestion_activated_cb);

  nb_view_class_install_move_actions (widget_class);


  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nb-meals-view");
}

static void
nb_meals_view_init (NbMealsView *self)
{
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->follow_up_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->reloader = nb_reloader_new (GTK_WIDGET (self), reload_view);
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::weekly-goal", G_CALLBACK (queue_reload), self);
  g_signal_connect_swapped (self->settings, "changed::default-cadence-days", G_CALLBACK (queue_reload), self);

  for (guint d = 0; d < 7; d++)
    {
      self->days[d] = NB_MEAL_DAY (nb_meal_day_new ());
      g_signal_connect (self->days[d], "plan-meal", G_CALLBACK (plan_meal_cb), self);
      g_signal_connect (self->days[d], "meal-activated", G_CALLBACK (meal_activated_cb), self);
      g_signal_connect (self->days[d], "move-meal", G_CALLBACK (move_meal_cb), self);
      gtk_box_append (self->days_box, GTK_WIDGET (self->days[d]));
    }

  gtk_level_bar_remove_offset_value (self->goal_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->goal_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->goal_bar, GTK_LEVEL_BAR_OFFSET_FULL);

  nb_clock_get_today (&today);
  self->today = today;
  nb_week_start (&today, nb_week_locale_first_day (), &self->week_start);

  self->tick_id = g_timeout_add_seconds (60, tick_cb, self);
}

GtkWidget *
nb_meals_view_new (void)
{
  return g_object_new (NB_TYPE_MEALS_VIEW, NULL);
}

static NbStore *
view_get_store (NbView *view)
{
  return get_store (NB_MEALS_VIEW (view));
}

static void
view_set_store (NbView  *view,
                NbStore *store)
{
  nb_reloader_set_store (NB_MEALS_VIEW (view)->reloader, store);
}

/* The week of @day. */
static void
show_day (NbView      *view,
          const GDate *day)
{
  NbMealsView *self = NB_MEALS_VIEW (view);
  GDate start;

  nb_week_start (day, nb_week_locale_first_day (), &start);
  if (g_date_compare (&start, &self->week_start) == 0)
    return;

  self->week_start = start;
  if (nb_reloader_is_ready (self->reloader))
    {
      nb_clock_get_today (&self->today);
      load_week (self);
    }
  else
    nb_reloader_reload (self->reloader);
}

/**
 * nb_meals_view_get_week_start:
 *
 * Returns: (transfer none): the first day of the week shown
 */
const GDate *
nb_meals_view_get_week_start (NbMealsView *self)
{
  g_return_val_if_fail (NB_IS_MEALS_VIEW (self), NULL);

  return &self->week_start;
}

/* @weeks on (back when negative), or this week with 0. */
static void
move (NbView *view,
      int     weeks)
{
  GDate today;

  if (weeks != 0)
    {
      move_weeks (NB_MEALS_VIEW (view), weeks);
      return;
    }

  nb_clock_get_today (&today);
  show_day (view, &today);
}

static void
nb_meals_view_view_iface_init (NbViewInterface *iface)
{
  iface->title = N_("Meals");
  iface->icon_name = "nb-meal-symbolic";
  iface->get_store = view_get_store;
  iface->set_store = view_set_store;
  iface->show_day = show_day;
  iface->move = move;
}
