/* nb-calendar-view.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-calendar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-avatar.h"
#include "nb-calendar-view.h"
#include "nb-clock.h"
#include "nb-columns.h"
#include "nb-contact-ids.h"
#include "nb-format.h"
#include "nb-month-view.h"
#include "nb-other-event.h"
#include "nb-reloader.h"
#include "nb-train-slot-event.h"
#include "nb-week.h"
#include "nb-view.h"

/**
 * NbCalendarView:
 *
 * Birthdays, meals and the other events of synced calendars together: the
 * month grid, and beside it (below it when narrow) the birthdays of the
 * next thirty days, today first. It reads what it shows when it is shown,
 * and follows the store, sync included.
 */
struct _NbCalendarView
{
  GtkWidget     parent_instance;

  NbReloader   *reloader;

  GtkWidget    *scroller;
  GtkLabel     *month_label;
  NbMonthView  *month_view;
  GtkListBox   *upcoming_list;
};

static void nb_calendar_view_view_iface_init (NbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NbCalendarView, nb_calendar_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (NB_TYPE_VIEW, nb_calendar_view_view_iface_init))

static void show_day                   (NbView         *view,
                                        const GDate    *day);

/* How far ahead the upcoming birthdays go, and how many are listed: with a
 * large network, a month holds thousands; the grid counts them all. */
#define UPCOMING_DAYS 30
#define UPCOMING_SHOWN 12

static NbStore *
get_store (NbCalendarView *self)
{
  return nb_reloader_get_store (self->reloader);
}

static GtkWidget *
upcoming_row (NbCalendarView  *self,
              NbBirthdayEvent *event,
              const GDate     *today)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (get_store (self), event->contact_id);
  g_autofree char *when = nb_format_birthday_countdown (&event->birthday, today);
  g_autofree char *day = nb_format_day (&event->date, FALSE);
  g_autofree char *label = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (32, event->name, TRUE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), event->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  /* Translators: an upcoming birthday's subtitle: "Turns 211 in 15 days ·
   * Thursday, December 10". */
  subtitle = g_strdup_printf (_("%1$s · %2$s"), when, day);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (contact != NULL)
    nb_avatar_show_contact (ADW_AVATAR (avatar), contact);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-contact");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", event->contact_id);

  if (g_date_compare (&event->date, today) == 0)
    gtk_widget_add_css_class (row, "nb-today");

  /* Translators: an upcoming birthday as a screen reader says it: "Ada
   * Lovelace, Turns 211 in 15 days, Thursday, December 10". */
  label = g_strdup_printf (_("%1$s, %2$s, %3$s"), event->name, when, day);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return row;
}

static void
load_upcoming (NbCalendarView *self)
{
  g_autoptr(GPtrArray) events = NULL;
  GtkListBoxRow *row;
  guint n_total = 0;
  GDate today;

  nb_clock_get_today (&today);
  events = nb_store_list_birthdays (get_store (self), &today, UPCOMING_DAYS, UPCOMING_SHOWN, &n_total);

  while ((row = gtk_list_box_get_row_at_index (self->upcoming_list, 0)) != NULL)
    gtk_list_box_remove (self->upcoming_list, GTK_WIDGET (row));

  for (guint i = 0; i < events->len; i++)
    gtk_list_box_append (self->upcoming_list, upcoming_row (self, g_ptr_array_index (events, i), &today));

  if (n_total > events->len)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more birthday in the next 30 days",
                                                            "%u more birthdays in the next 30 days",
                                                            n_total - events->len),
                                               n_total - events->len);
      GtkWidget *more_row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more_row), more);
      gtk_widget_add_css_class (more_row, "dim-label");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (more_row), FALSE);
      gtk_list_box_append (self->upcoming_list, more_row);
    }
}

static void
load_month (NbCalendarView *self)
{
  const GDate *start = nb_month_view_get_start (self->month_view);
  const GDate *month = nb_month_view_get_month (self->month_view);
  g_autoptr(GDateTime) from = nb_date_to_local_time (start, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_add_days (from, NB_MONTH_VIEW_N_DAYS);
  g_autoptr(GDateTime) first = g_date_time_new_utc (g_date_get_year (month), g_date_get_month (month), 1,
                                                    0, 0, 0);
  g_autoptr(GPtrArray) meals = nb_store_list_meetings (get_store (self), from, to);
  g_autoptr(GPtrArray) birthdays = nb_store_list_birthdays (get_store (self), start, NB_MONTH_VIEW_N_DAYS, 0, NULL);
  g_autoptr(GPtrArray) others = nb_other_event_list (get_store (self), start, NB_MONTH_VIEW_N_DAYS);
  g_autoptr(GPtrArray) trains = nb_train_slot_event_list (get_store (self), start, NB_MONTH_VIEW_N_DAYS);
  g_autofree char *title = g_date_time_format (first, C_("month view", "%OB %Y"));
  GDate today, this_month;

  gtk_label_set_text (self->month_label, title);
  nb_month_view_set_events (self->month_view, birthdays, meals, trains, others);

  nb_clock_get_today (&today);
  g_date_clear (&this_month, 1);
  g_date_set_dmy (&this_month, 1, g_date_get_month (&today), g_date_get_year (&today));
  nb_view_set_at_today (NB_VIEW (self), g_date_compare (&this_month, month) == 0);
}

/* What the reloader calls when the view is shown or the store changes. */
static void
reload_view (GtkWidget *view)
{
  NbCalendarView *self = NB_CALENDAR_VIEW (view);

  load_month (self);
  load_upcoming (self);
}

static void
month_changed_cb (NbCalendarView *self)
{
  if (nb_reloader_is_ready (self->reloader))
    load_month (self);
  else
    nb_reloader_reload (self->reloader);
}

static void
plan_meal_cb (NbCalendarView *self,
              const GDate    *day,
              NbContactIds   *ids)
{
  nb_view_plan_meal (NB_VIEW (self), day, ids);
}

static void
move_meal_cb (NbCalendarView *self,
              NbMeeting      *meeting,
              const GDate    *day)
{
  nb_view_move_meal (NB_VIEW (self), meeting, day);
}

static void
move_months (NbCalendarView *self,
             int             months)
{
  GDate month = *nb_month_view_get_month (self->month_view);

  if (months > 0)
    g_date_add_months (&month, months);
  else
    g_date_subtract_months (&month, -months);

  nb_month_view_set_month (self->month_view, &month);
}

static void
nb_calendar_view_dispose (GObject *object)
{
  NbCalendarView *self = (NbCalendarView *) object;

  g_clear_object (&self->reloader);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_CALENDAR_VIEW);

  G_OBJECT_CLASS (nb_calendar_view_parent_class)->dispose (object);
}

static void
nb_calendar_view_class_init (NbCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_calendar_view_dispose;




  g_type_ensure (NB_TYPE_COLUMNS);
  g_type_ensure (NB_TYPE_MONTH_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NbCalendarView, scroller);
  gtk_widget_class_bind_template_child (widget_class, NbCalendarView, month_label);
  gtk_widget_class_bind_template_child (widget_class, NbCalendarView, month_view);
  gtk_widget_class_bind_template_child (widget_class, NbCalendarView, upcoming_list);
  gtk_widget_class_bind_template_callback (widget_class, month_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_meal_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_meal_cb);

  nb_view_class_install_move_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nb-calendar-view");
}

static void
nb_calendar_view_init (NbCalendarView *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->reloader = nb_reloader_new (GTK_WIDGET (self), reload_view);

  placeholder = gtk_label_new (_("No birthdays in the next 30 days"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_list_box_set_placeholder (self->upcoming_list, placeholder);
}

GtkWidget *
nb_calendar_view_new (void)
{
  return g_object_new (NB_TYPE_CALENDAR_VIEW, NULL);
}

static NbStore *
view_get_store (NbView *view)
{
  return get_store (NB_CALENDAR_VIEW (view));
}

static void
view_set_store (NbView  *view,
                NbStore *store)
{
  nb_reloader_set_store (NB_CALENDAR_VIEW (view)->reloader, store);
}

/* The month of @day. */
static void
show_day (NbView      *view,
          const GDate *day)
{
  nb_month_view_set_month (NB_CALENDAR_VIEW (view)->month_view, day);
}

/* @months on (back when negative), or today, with the focus on it, with
 * 0. */
static void
move (NbView *view,
      int     months)
{
  NbCalendarView *self = NB_CALENDAR_VIEW (view);
  GDate today;

  if (months != 0)
    {
      move_months (self, months);
      return;
    }

  nb_clock_get_today (&today);
  show_day (view, &today);
  nb_month_view_focus_day (self->month_view, &today);
}

/**
 * nb_calendar_view_get_month_view:
 *
 * Returns: (transfer none): the month grid
 */
NbMonthView *
nb_calendar_view_get_month_view (NbCalendarView *self)
{
  g_return_val_if_fail (NB_IS_CALENDAR_VIEW (self), NULL);

  return self->month_view;
}

static void
nb_calendar_view_view_iface_init (NbViewInterface *iface)
{
  iface->title = N_("Calendar");
  iface->icon_name = "x-office-calendar-symbolic";
  iface->get_store = view_get_store;
  iface->set_store = view_set_store;
  iface->show_day = show_day;
  iface->move = move;
}
