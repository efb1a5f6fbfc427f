/* test-gui-meals.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "nb-cadence.h"
#include "nb-clock.h"
#include "nb-contact-card.h"
#include "nb-contact-ids.h"
#include "nb-contact-row.h"
#include "nb-format.h"
#include "nb-gui-test-util.h"
#include "nb-meal-day.h"
#include "nb-meal-dialog.h"
#include "nb-meal-row.h"
#include "nb-test-util.h"
#include "nb-week.h"

/* The Meals view driven through its widgets: planning a meal in the
 * dialog, seeing it in the week, changing and deleting it, answering the
 * follow-ups and taking up a suggestion. The clock is fixed on Wednesday,
 * November 25, 2026, at 10:00. */

typedef NbGuiFixture Fixture;

static void
show_meals (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "meals");
  nb_gui_settle ();
  nb_gui_wait_for_widget (fixture->window, NB_TYPE_MEAL_DAY, NULL, NULL);
}

static void
date_of (GDate *date,
         int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, G_DATE_NOVEMBER, 2026);
}

static NbMealDay *
find_day (Fixture *fixture,
          int      day_of_month)
{
  GtkWidget *any = nb_gui_wait_for_widget (fixture->window, NB_TYPE_MEAL_DAY, NULL, NULL);
  GDate date;

  date_of (&date, day_of_month);
  for (GtkWidget *day = gtk_widget_get_first_child (gtk_widget_get_parent (any));
       day != NULL;
       day = gtk_widget_get_next_sibling (day))
    if (NB_IS_MEAL_DAY (day) && g_date_compare (nb_meal_day_get_day (NB_MEAL_DAY (day)), &date) == 0)
      return NB_MEAL_DAY (day);

  g_error ("November %d is not in the week shown", day_of_month);
}

static GtkWidget *
wait_for_meal_row (Fixture    *fixture,
                   const char *title)
{
  return nb_gui_wait_for_widget (fixture->window, NB_TYPE_MEAL_ROW, "title", title);
}

typedef struct
{
  Fixture    *fixture;
  const char *title;
} Gone;

static gboolean
meal_row_gone (gpointer data)
{
  Gone *gone = data;

  return nb_gui_find_widget (GTK_WIDGET (gone->fixture->window), NB_TYPE_MEAL_ROW, "title",
                             gone->title, TRUE) == NULL;
}

static void
wait_meal_row_gone (Fixture    *fixture,
                    const char *title)
{
  Gone gone = { fixture, title };

  nb_test_wait_for (meal_row_gone, &gone);
}

static GPtrArray *
meals_of_week (Fixture *fixture)
{
  g_autoptr(GDateTime) from = g_date_time_new_local (2026, 11, 22, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_local (2026, 11, 30, 0, 0, 0);

  return nb_store_list_meetings (fixture->store, from, to);
}

static char *
meal_title (const char *kind,
            const char *name)
{
  return g_strdup_printf (_("%1$s with %2$s"), kind, name);
}

static gint64
add_meal (Fixture         *fixture,
          NbMealKind       kind,
          int              day,
          NbMeetingStatus  status,
          gint64           contact_id,
          const char      *name)
{
  g_autoptr(NbMeeting) meeting = NULL;
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();
  g_autoptr(GError) error = NULL;
  GDate date;

  date_of (&date, day);
  meeting = nb_meeting_new_for_day (kind, &date);
  g_ptr_array_add (attendees, nb_attendee_new (contact_id, name, NULL));
  nb_meeting_set_attendees (meeting, attendees);
  nb_meeting_set_status (meeting, status);
  saved = nb_store_save_meeting (fixture->store, meeting, &error);
  g_assert_no_error (error);

  return nb_meeting_get_id (saved);
}

/* Planned in the dialog, seen in the week: the issue's own words. */
static void
test_plan_in_dialog (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  g_autofree char *title = meal_title (nb_meal_kind_get_name (NB_MEAL_DINNER), "Ada Lovelace");
  g_autofree char *thursday = NULL;
  g_autofree char *plan_label = NULL;
  g_autofree char *goal = NULL;
  g_autoptr(GPtrArray) meals = NULL;
  GtkWindow *dialog;
  GtkWidget *entry, *row, *place;
  NbMeeting *meal;
  NbAttendee *attendee;
  GDate date;

  show_meals (fixture);

  /* The "+" of Thursday opens the dialog on Thursday. */
  date_of (&date, 26);
  thursday = nb_format_day (&date, TRUE);
  plan_label = g_strdup_printf (_("Plan a Meal on %s"), thursday);
  nb_gui_click (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_BUTTON, "tooltip-text", plan_label));
  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  nb_gui_wait_for_widget (dialog, GTK_TYPE_LABEL, "label", thursday);

  /* Nobody yet: nothing to save. */
  g_assert_false (gtk_widget_is_sensitive (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Add"))));

  /* Typing finds people; Enter takes the first. */
  entry = nb_gui_wait_for_widget (dialog, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "lovel");
  nb_gui_wait_for_widget (dialog, NB_TYPE_CONTACT_ROW, NULL, NULL);
  g_signal_emit_by_name (entry, "activate");
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Ada Lovelace");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* Dinner, at Noma, and I pay: decided up front. */
  row = nb_gui_wait_for_widget (dialog, ADW_TYPE_COMBO_ROW, "title", _("_Meal"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), NB_MEAL_DINNER);
  place = nb_gui_wait_for_widget (dialog, ADW_TYPE_ENTRY_ROW, "title", _("_Place"));
  gtk_editable_set_text (GTK_EDITABLE (place), "Noma");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (nb_gui_wait_for_widget (dialog, GTK_TYPE_TOGGLE_BUTTON,
                                                                           "label", _("_I Pay"))),
                                TRUE);
  nb_gui_settle ();

  /* Enter saves. */
  g_signal_emit_by_name (place, "entry-activated");
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);

  /* In the week, on Thursday, at once; and in the goal. */
  row = wait_for_meal_row (fixture, title);
  g_assert_true (gtk_widget_get_ancestor (row, NB_TYPE_MEAL_DAY) == GTK_WIDGET (find_day (fixture, 26)));
  goal = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u meal with people this week",
                                       "%1$u of %2$u meals with people this week", 3),
                          1, 3);
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", goal);

  /* And stored as planned. */
  meals = meals_of_week (fixture);
  g_assert_cmpuint (meals->len, ==, 1);
  meal = g_ptr_array_index (meals, 0);
  g_assert_cmpint (nb_meeting_get_kind (meal), ==, NB_MEAL_DINNER);
  g_assert_cmpint (g_date_time_get_day_of_month (nb_meeting_get_start (meal)), ==, 26);
  g_assert_cmpint (g_date_time_get_hour (nb_meeting_get_start (meal)), ==, 19);
  g_assert_cmpstr (nb_meeting_get_place (meal), ==, "Noma");
  g_assert_cmpint (nb_meeting_get_payer (meal), ==, NB_PAYER_ME);
  g_assert_cmpint (nb_meeting_get_status (meal), ==, NB_MEETING_PLANNED);
  attendee = g_ptr_array_index (nb_meeting_get_attendees (meal), 0);
  g_assert_cmpint (attendee->contact_id, ==, ada);
  g_assert_cmpstr (attendee->email, ==, "ada@example.org");
}

/* Opened from the week, moved to another day, then deleted, with Undo. */
static void
test_edit_and_delete (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 grace = nb_test_add_contact (fixture->store, "Grace Hopper", NULL);
  g_autofree char *title = meal_title (nb_meal_kind_get_name (NB_MEAL_LUNCH), "Grace Hopper");
  g_autofree char *deleted = g_strdup_printf (_("“%s” deleted"), title);
  g_autoptr(GPtrArray) meals = NULL;
  GtkWindow *dialog;
  GtkWidget *row;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) friday = g_date_time_new_local (2026, 11, 27, 12, 0, 0);

  add_meal (fixture, NB_MEAL_LUNCH, 26, NB_MEETING_PLANNED, grace, "Grace Hopper");
  show_meals (fixture);
  row = wait_for_meal_row (fixture, title);

  g_signal_emit_by_name (row, "activate");
  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_WINDOW_TITLE, "title", _("Edit Meal"));

  /* Another day, from the calendar. */
  calendar = GTK_CALENDAR (nb_gui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CALENDAR, NULL, NULL, FALSE));
  gtk_calendar_select_day (calendar, friday);
  g_signal_emit_by_name (calendar, "day-selected");
  nb_gui_click (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Save")));
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);
  row = wait_for_meal_row (fixture, title);
  g_assert_true (gtk_widget_get_ancestor (row, NB_TYPE_MEAL_DAY) == GTK_WIDGET (find_day (fixture, 27)));

  /* Delete: gone at once, back with Undo. */
  g_signal_emit_by_name (row, "activate");
  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  nb_gui_click (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Delete Meal")));
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);
  wait_meal_row_gone (fixture, title);
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", deleted);
  nb_gui_click (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_BUTTON, "label", _("_Undo")));
  wait_for_meal_row (fixture, title);

  meals = meals_of_week (fixture);
  g_assert_cmpuint (meals->len, ==, 1);
}

/* A dialog with changes is not closed without asking. */
static void
test_cancel_asks (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWindow *dialog;
  GtkWindow *question;
  g_autoptr(GPtrArray) meals = NULL;

  nb_test_add_contact (fixture->store, "Grace Hopper", NULL);
  show_meals (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "meal.plan", NULL);
  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);

  /* Untouched: Cancel just closes. */
  nb_gui_click (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Cancel")));
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "meal.plan", NULL);
  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (nb_gui_wait_for_widget (dialog, ADW_TYPE_ENTRY_ROW, "title", _("_Place"))),
                         "Noma");
  nb_gui_click (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Cancel")));
  question = nb_gui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "keep");
  nb_gui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  nb_gui_click (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Cancel")));
  question = nb_gui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "discard");
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);

  meals = meals_of_week (fixture);
  g_assert_cmpuint (meals->len, ==, 0);
}

/* Past meals are asked about; a meal that happened asks for a thank-you
 * note until it is sent. */
static void
test_follow_ups (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", NULL);
  gint64 id = add_meal (fixture, NB_MEAL_LUNCH, 23, NB_MEETING_PLANNED, ada, "Ada Lovelace");
  g_autoptr(NbMeeting) after_yes = NULL;
  g_autoptr(NbMeeting) after_sent = NULL;
  g_autoptr(NbContact) contact = NULL;
  GtkWidget *group;

  show_meals (fixture);
  group = nb_gui_wait_for_widget (fixture->window, ADW_TYPE_PREFERENCES_GROUP, "title", _("Follow-Ups"));

  nb_gui_click (nb_gui_wait_for_widget (group, GTK_TYPE_BUTTON, "label", _("It _Happened")));
  after_yes = nb_store_get_meeting (fixture->store, id);
  g_assert_cmpint (nb_meeting_get_status (after_yes), ==, NB_MEETING_DONE);
  g_assert_cmpint (nb_meeting_get_follow_up (after_yes), ==, NB_FOLLOW_UP_DUE);

  /* Having met, Ada is in touch as of that lunch. */
  contact = nb_store_get_contact (fixture->store, ada);
  g_assert_cmpint (nb_contact_get_last_interaction (contact), ==,
                   g_date_time_to_unix (nb_meeting_get_start (after_yes)));

  nb_gui_click (nb_gui_wait_for_widget (group, GTK_TYPE_BUTTON, "label", _("_Sent")));
  after_sent = nb_store_get_meeting (fixture->store, id);
  g_assert_cmpint (nb_meeting_get_follow_up (after_sent), ==, NB_FOLLOW_UP_SENT);
  g_assert_nonnull (nb_meeting_get_follow_up_date (after_sent));

  /* Nothing left to ask. */
  nb_gui_settle ();
  g_assert_false (gtk_widget_get_mapped (group));
}

/* A suggestion plans a meal with that person; so does a drop on a day,
 * and Enter saves it. */
static void
test_suggestion_and_drop (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 grace = nb_test_add_contact (fixture->store, "Grace Hopper", "grace@navy.example");
  gint64 alan = nb_test_add_contact (fixture->store, "Alan Turing", NULL);
  g_autofree char *lunch_grace = meal_title (nb_meal_kind_get_name (NB_MEAL_LUNCH), "Grace Hopper");
  g_autofree char *reason = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(NbContactIds) payload = NULL;
  g_autoptr(GPtrArray) meals = NULL;
  GtkWidget *group;
  GtkWidget *row = NULL;
  GtkWindow *dialog;
  GtkWidget *focus;

  show_meals (fixture);
  group = nb_gui_wait_for_widget (fixture->window, ADW_TYPE_PREFERENCES_GROUP, "title",
                                  _("Whom to Invite Next"));

  /* Grace was never met: the reason says so. */
  reason = g_strdup (_("Never met since you added them"));
  nb_gui_wait_for_widget (group, ADW_TYPE_ACTION_ROW, "subtitle", reason);
  row = nb_gui_wait_for_widget (group, ADW_TYPE_ACTION_ROW, "title", "Grace Hopper");

  /* Activating it opens the dialog with her, tomorrow at lunch; Enter
   * saves it. */
  g_signal_emit_by_name (row, "activate");
  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Grace Hopper");
  focus = gtk_window_get_focus (dialog);
  g_assert_true (GTK_IS_BUTTON (focus));
  g_signal_emit_by_name (focus, "activate");
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);
  row = wait_for_meal_row (fixture, lunch_grace);
  g_assert_true (gtk_widget_get_ancestor (row, NB_TYPE_MEAL_DAY) == GTK_WIDGET (find_day (fixture, 26)));

  /* Planned with, she is no longer suggested (once the suggestions,
   * ranked in a worker thread, come back). */
  nb_gui_wait_for_widget_gone (group, ADW_TYPE_ACTION_ROW, "title", "Grace Hopper");

  /* Both dropped on Saturday: one meal with both of them. */
  g_array_append_val (ids, grace);
  g_array_append_val (ids, alan);
  payload = nb_contact_ids_new (ids);
  g_signal_emit_by_name (find_day (fixture, 28), "plan-meal", payload);
  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Alan Turing");
  g_signal_emit_by_name (gtk_window_get_focus (dialog), "activate");
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);

  meals = meals_of_week (fixture);
  g_assert_cmpuint (meals->len, ==, 2);
  {
    NbMeeting *saturday = g_ptr_array_index (meals, 1);

    g_assert_cmpint (g_date_time_get_day_of_month (nb_meeting_get_start (saturday)), ==, 28);
    g_assert_cmpint (g_date_time_get_hour (nb_meeting_get_start (saturday)), ==, 12);
    g_assert_cmpint (g_date_time_get_minute (nb_meeting_get_start (saturday)), ==, 30);
    g_assert_cmpuint (nb_meeting_get_attendees (saturday)->len, ==, 2);
  }
}

/* A card shows the meals together and when you last met; from it you
 * plan a meal, log a call, and set how often to meet. */
static void
test_card (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  g_autofree char *lunch = meal_title (nb_meal_kind_get_name (NB_MEAL_LUNCH), "Ada Lovelace");
  g_autofree char *dinner = meal_title (nb_meal_kind_get_name (NB_MEAL_DINNER), "Ada Lovelace");
  g_autofree char *ago = nb_format_days_ago (2);
  g_autofree char *last_met = g_strdup_printf (_("Last met %s"), ago);
  g_autofree char *today = nb_format_days_ago (0);
  g_autofree char *last_call = g_strdup_printf (_("Last in touch %s"), today);
  g_autofree char *weekly = nb_cadence_describe (7);
  g_autoptr(NbContact) contact = NULL;
  g_autoptr(GPtrArray) meals = NULL;
  GtkListView *list;
  GtkWidget *card, *group, *row;
  GtkWindow *dialog;

  add_meal (fixture, NB_MEAL_LUNCH, 23, NB_MEETING_DONE, ada, "Ada Lovelace");
  add_meal (fixture, NB_MEAL_DINNER, 27, NB_MEETING_PLANNED, ada, "Ada Lovelace");

  list = GTK_LIST_VIEW (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LIST_VIEW, NULL, NULL));
  nb_gui_wait_for_widget (list, NB_TYPE_CONTACT_ROW, NULL, NULL);
  gtk_selection_model_select_item (gtk_list_view_get_model (list), 0, TRUE);
  card = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_CARD, NULL, NULL);

  group = nb_gui_wait_for_widget (card, ADW_TYPE_PREFERENCES_GROUP, "title", _("Meals Together"));
  nb_gui_wait_for_widget (group, NB_TYPE_MEAL_ROW, "title", lunch);
  nb_gui_wait_for_widget (group, NB_TYPE_MEAL_ROW, "title", dinner);
  nb_gui_wait_for_widget (card, ADW_TYPE_ACTION_ROW, "title", last_met);

  /* A call, logged: in touch today. */
  gtk_widget_activate_action (card, "card.log-interaction", "i", NB_INTERACTION_CALL);
  nb_gui_wait_for_widget (card, ADW_TYPE_ACTION_ROW, "title", last_call);
  contact = nb_store_get_contact (fixture->store, ada);
  g_assert_cmpint (nb_contact_get_last_interaction_kind (contact), ==, NB_INTERACTION_CALL);

  /* Plan a Meal… plans one with her, today; Enter saves it. */
  nb_gui_click (nb_gui_wait_for_widget (card, GTK_TYPE_BUTTON, "label", _("_Plan a Meal…")));
  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Ada Lovelace");
  g_signal_emit_by_name (gtk_window_get_focus (dialog), "activate");
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);
  meals = meals_of_week (fixture);
  g_assert_cmpuint (meals->len, ==, 3);

  /* Every week, set in the editor, shows on the card. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "people.edit", NULL);
  row = nb_gui_wait_for_widget (fixture->window, ADW_TYPE_COMBO_ROW, "title", _("Meet Again"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "people.save", NULL);
  nb_gui_wait_for_widget (card, ADW_TYPE_ACTION_ROW, "title", weekly);
  g_assert_cmpint (nb_contact_get_cadence (contact), ==, 7);
}

/* A real drag with the mouse of the X server: a contact row of the
 * sidebar dropped on Wednesday opens the dialog with her, that day, at
 * lunch time; Enter saves it. */
static void
test_drag_contact (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  g_autofree char *wednesday = NULL;
  g_autoptr(GPtrArray) meals = NULL;
  GtkWidget *row;
  GtkWindow *dialog;
  NbMeeting *meal;
  GDate date;

  show_meals (fixture);
  row = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_ROW, NULL, NULL);
  g_assert_cmpint (nb_contact_get_id (nb_contact_row_get_contact (NB_CONTACT_ROW (row))), ==, ada);

  nb_gui_drag (row, GTK_WIDGET (find_day (fixture, 25)));

  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Ada Lovelace");
  date_of (&date, 25);
  wednesday = nb_format_day (&date, TRUE);
  nb_gui_wait_for_widget (dialog, GTK_TYPE_LABEL, "label", wednesday);
  g_signal_emit_by_name (gtk_window_get_focus (dialog), "activate");
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);

  meals = meals_of_week (fixture);
  g_assert_cmpuint (meals->len, ==, 1);
  meal = g_ptr_array_index (meals, 0);
  g_assert_cmpint (g_date_time_get_day_of_month (nb_meeting_get_start (meal)), ==, 25);
  g_assert_cmpint (g_date_time_get_hour (nb_meeting_get_start (meal)), ==, 12);
  g_assert_cmpint (g_date_time_get_minute (nb_meeting_get_start (meal)), ==, 30);
  g_assert_cmpint (nb_meeting_get_kind (meal), ==, NB_MEAL_LUNCH);
}

/* The week moves back and forth, and "This Week" comes home. */
static void
test_week_navigation (Fixture       *fixture,
                      gconstpointer  data)
{
  GDate today, start, next;
  g_autofree char *this_week = NULL;
  g_autofree char *next_week = NULL;

  show_meals (fixture);
  date_of (&today, 25);
  nb_week_start (&today, nb_week_locale_first_day (), &start);
  next = start;
  g_date_add_days (&next, 7);
  this_week = nb_format_week (&start);
  next_week = nb_format_week (&next);

  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", this_week);
  nb_gui_click (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_BUTTON, "tooltip-text", _("Next Week")));
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", next_week);
  nb_gui_click (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_BUTTON, "label", _("_This Week")));
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", this_week);

  /* And from the keyboard: Alt+Page Down, Alt+Home. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.move-week", "i", 1);
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", next_week);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.move-week", "i", 0);
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", this_week);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDateTime) now = NULL;

  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  now = g_date_time_new_local (2026, 11, 25, 10, 0, 0);
  nb_clock_set_fixed (now);

  g_test_add ("/gui/meals/plan-in-dialog", Fixture, NULL,
              nb_gui_fixture_set_up, test_plan_in_dialog, nb_gui_fixture_tear_down);
  g_test_add ("/gui/meals/edit-and-delete", Fixture, NULL,
              nb_gui_fixture_set_up, test_edit_and_delete, nb_gui_fixture_tear_down);
  g_test_add ("/gui/meals/cancel-asks", Fixture, NULL,
              nb_gui_fixture_set_up, test_cancel_asks, nb_gui_fixture_tear_down);
  g_test_add ("/gui/meals/follow-ups", Fixture, NULL,
              nb_gui_fixture_set_up, test_follow_ups, nb_gui_fixture_tear_down);
  g_test_add ("/gui/meals/suggestion-and-drop", Fixture, NULL,
              nb_gui_fixture_set_up, test_suggestion_and_drop, nb_gui_fixture_tear_down);
  g_test_add ("/gui/meals/drag-contact", Fixture, NULL,
              nb_gui_fixture_set_up, test_drag_contact, nb_gui_fixture_tear_down);
  g_test_add ("/gui/meals/card", Fixture, NULL,
              nb_gui_fixture_set_up, test_card, nb_gui_fixture_tear_down);
  g_test_add ("/gui/meals/week-navigation", Fixture, NULL,
              nb_gui_fixture_set_up, test_week_navigation, nb_gui_fixture_tear_down);

  return g_test_run ();
}
