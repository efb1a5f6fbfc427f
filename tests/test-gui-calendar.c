/* test-gui-calendar.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "nb-calendar-view.h"
#include "nb-clock.h"
#include "nb-contact-row.h"
#include "nb-day-cell.h"
#include "nb-db.h"
#include "nb-format.h"
#include "nb-gui-test-util.h"
#include "nb-ical-events.h"
#include "nb-meal-dialog.h"
#include "nb-meal-row.h"
#include "nb-month-view.h"
#include "nb-other-event-item.h"
#include "nb-test-util.h"
#include "nb-week.h"

/* The Calendar view driven through its widgets and the X server's mouse
 * and keyboard: birthdays, meals and the other events of a synced calendar
 * on the month grid, a contact dragged onto a day, a meal dragged to
 * another, the keyboard, the meal's title in its dialog, and the birthday
 * notification. The clock is fixed on Wednesday, November 25, 2026, at
 * 10:00. */

typedef NbGuiFixture Fixture;

static NbMonthView *
show_calendar (Fixture *fixture)
{
  GtkWidget *month;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "calendar");
  month = nb_gui_wait_for_widget (fixture->window, NB_TYPE_MONTH_VIEW, NULL, NULL);
  nb_gui_wait_frames (month, 2);

  return NB_MONTH_VIEW (month);
}

static NbDayCell *
cell_of (NbMonthView *view,
         GDate        day)
{
  GtkWidget *cell = nb_month_view_get_cell (view, &day);

  g_assert_nonnull (cell);
  return NB_DAY_CELL (cell);
}

static gint64
add_person (Fixture    *fixture,
            const char *name,
            const char *birthday)
{
  g_autoptr(NbContact) contact = nb_test_contact_new (name, NULL);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;

  if (birthday != NULL)
    {
      g_autoptr(NbBirthday) parsed = nb_birthday_parse (birthday);

      nb_contact_set_birthday (contact, parsed);
    }
  saved = nb_store_save_contact (fixture->store, contact, &error);
  g_assert_no_error (error);

  return nb_contact_get_id (saved);
}

static gint64
add_meal (Fixture    *fixture,
          NbMealKind  kind,
          GDate       day,
          gint64      contact_id,
          const char *name)
{
  g_autoptr(NbMeeting) meeting = nb_meeting_new_for_day (kind, &day);
  g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (attendees, nb_attendee_new (contact_id, name, NULL));
  nb_meeting_set_attendees (meeting, attendees);
  saved = nb_store_save_meeting (fixture->store, meeting, &error);
  g_assert_no_error (error);

  return nb_meeting_get_id (saved);
}

static GtkWidget *
wait_for_item (NbDayCell  *cell,
               const char *tooltip)
{
  return nb_gui_wait_for_widget (cell, GTK_TYPE_BUTTON, "tooltip-text", tooltip);
}

static GDate
meal_day (Fixture *fixture,
          gint64   id)
{
  g_autoptr(NbMeeting) meeting = nb_store_get_meeting (fixture->store, id);
  GDate day;

  g_assert_nonnull (meeting);
  nb_date_set_from_date_time (&day, nb_meeting_get_start (meeting));
  return day;
}

static guint
count_buttons (GtkWidget  *root,
               const char *action)
{
  guint n = 0;

  if (GTK_IS_ACTIONABLE (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    n++;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    n += count_buttons (child, action);

  return n;
}

/* Six weeks from the locale's first weekday, today marked; birthdays with
 * the age turned, and meals, on their days; "+N more" when they do not
 * fit. */
static void
test_month (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 ada = add_person (fixture, "Ada Lovelace", "1815-12-10");
  g_autofree char *turns = g_strdup_printf (_("%s turns %d"), "Ada Lovelace", 211);
  g_autofree char *no_year = g_strdup_printf (_("%s’s birthday"), "Grace Hopper");
  g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more", 6), 6);
  g_autofree char *lunch = NULL;
  g_autofree char *time = NULL;
  g_autofree char *title = NULL;
  NbMonthView *view;
  GDate start, expected_start, today = nb_test_date (25, 11, 2026);
  GtkWidget *more_button, *popover, *first_popover;

  add_person (fixture, "Grace Hopper", "--11-27");
  add_meal (fixture, NB_MEAL_LUNCH, today, ada, "Ada Lovelace");
  for (int i = 0; i < 8; i++)
    add_meal (fixture, NB_MEAL_COFFEE, nb_test_date (18, 11, 2026), ada, "Ada Lovelace");

  view = show_calendar (fixture);

  /* The grid begins the week of November 1 in this locale's way. */
  nb_week_month_grid_start (&today, nb_week_locale_first_day (), &expected_start);
  start = *nb_month_view_get_start (view);
  g_assert_cmpint (g_date_compare (&start, &expected_start), ==, 0);
  g_assert_cmpint (g_date_get_weekday (&start), ==, nb_week_locale_first_day ());
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_of (view, today)), "today"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_of (view, nb_test_date (10, 12, 2026))), "other-month"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell_of (view, nb_test_date (30, 11, 2026))), "other-month"));

  /* Ada's birthday in December shows in the weeks after November, with
   * the age she turns; Grace's has no year, so no age. */
  wait_for_item (cell_of (view, nb_test_date (10, 12, 2026)), turns);
  wait_for_item (cell_of (view, nb_test_date (27, 11, 2026)), no_year);

  {
    g_autoptr(GDateTime) half_past_twelve = g_date_time_new_local (2026, 11, 25, 12, 30, 0);

    time = nb_format_time (half_past_twelve);
  }
  title = g_strdup_printf (_("%1$s with %2$s"), nb_meal_kind_get_name (NB_MEAL_LUNCH), "Ada Lovelace");
  lunch = g_strdup_printf ("%s, %s", time, title);
  wait_for_item (cell_of (view, today), lunch);

  /* Eight coffees do not fit a day: the rest is "+N more", and opening the
   * day lists them all. */
  more_button = nb_gui_wait_for_widget (cell_of (view, nb_test_date (18, 11, 2026)), GTK_TYPE_LABEL, "label", more);
  g_assert_nonnull (more_button);
  nb_day_cell_open (cell_of (view, nb_test_date (18, 11, 2026)));
  popover = nb_gui_wait_for_widget (cell_of (view, nb_test_date (18, 11, 2026)), GTK_TYPE_POPOVER, NULL, NULL);
  g_assert_cmpuint (count_buttons (popover, "meal.edit"), ==, 8);
  /* Closed again, so that its grab does not outlive the test. */
  gtk_popover_popdown (GTK_POPOVER (popover));
  nb_gui_settle ();

  /* A large network has many birthdays a day: the day makes widgets for a
   * few, counts the others, and lists them all when opened. */
  for (int i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %02d", i);

      add_person (fixture, name, "1980-11-03");
    }
  {
    NbDayCell *busy = cell_of (view, nb_test_date (3, 11, 2026));
    g_autofree char *expected_more = NULL;
    guint widgets, shown = 0;

    /* Once the reload the new contacts queued has run, and laid out. */
    nb_gui_wait_for_widget (busy, GTK_TYPE_BUTTON, "action-name", "win.show-contact");
    nb_gui_wait_frames (GTK_WIDGET (busy), 3);
    widgets = count_buttons (GTK_WIDGET (busy), "win.show-contact");
    g_assert_cmpuint (widgets, >, 0);
    g_assert_cmpuint (widgets, <=, 8);
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (busy)); child;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_ACTIONABLE (child) && gtk_widget_get_child_visible (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), "win.show-contact") == 0)
        shown++;
    expected_more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more", 40 - shown),
                                     40 - shown);
    nb_gui_wait_for_widget (busy, GTK_TYPE_LABEL, "label", expected_more);

    /* The month has one day popover: it moves to the day opened. */
    first_popover = popover;
    nb_day_cell_open (busy);
    popover = nb_gui_wait_for_widget (busy, GTK_TYPE_POPOVER, NULL, NULL);
    g_assert_true (popover == first_popover);
    g_assert_null (nb_gui_find_widget (GTK_WIDGET (cell_of (view, nb_test_date (18, 11, 2026))),
                                       GTK_TYPE_POPOVER, NULL, NULL, FALSE));
    g_assert_cmpuint (count_buttons (popover, "win.show-contact"), ==, 40);
    g_assert_cmpuint (count_buttons (popover, "meal.edit"), ==, 0);
    gtk_popover_popdown (GTK_POPOVER (popover));
    nb_gui_settle ();
  }

  /* Next month and back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.move-week", "i", 1);
  g_assert_cmpint (g_date_get_month (nb_month_view_get_month (view)), ==, 12);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.move-week", "i", 0);
  g_assert_cmpint (g_date_get_month (nb_month_view_get_month (view)), ==, 11);
}

/* A real contact row dragged onto a real day cell with the mouse: the
 * dialog opens with them on that day at lunch time, Enter saves, and the
 * meal is stored on that date and shows on the day at once. */
static void
test_drag_contact (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 ada = add_person (fixture, "Ada Lovelace", NULL);
  g_autofree char *day_text = NULL;
  g_autoptr(GPtrArray) meals = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_local (2026, 11, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_local (2026, 12, 1, 0, 0, 0);
  NbMonthView *view;
  GtkWidget *row;
  GtkWindow *dialog;
  NbMeeting *meal;
  GDate target = nb_test_date (12, 11, 2026);
  GDate stored;

  view = show_calendar (fixture);
  row = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_ROW, NULL, NULL);
  g_assert_cmpint (nb_contact_get_id (nb_contact_row_get_contact (NB_CONTACT_ROW (row))), ==, ada);

  nb_gui_drag (row, GTK_WIDGET (cell_of (view, target)));

  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Ada Lovelace");
  day_text = nb_format_day (&target, TRUE);
  nb_gui_wait_for_widget (dialog, GTK_TYPE_LABEL, "label", day_text);
  g_signal_emit_by_name (gtk_window_get_focus (dialog), "activate");
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);

  meals = nb_store_list_meetings (fixture->store, from, to);
  g_assert_cmpuint (meals->len, ==, 1);
  meal = g_ptr_array_index (meals, 0);
  nb_date_set_from_date_time (&stored, nb_meeting_get_start (meal));
  g_assert_cmpint (g_date_compare (&stored, &target), ==, 0);
  g_assert_cmpint (g_date_time_get_hour (nb_meeting_get_start (meal)), ==, 12);
  g_assert_cmpint (g_date_time_get_minute (nb_meeting_get_start (meal)), ==, 30);

  nb_gui_wait_for_widget (cell_of (view, target), GTK_TYPE_BUTTON, "action-name", "meal.edit");
}

/* Several people selected in the sidebar and dragged together: one meal
 * with all of them. */
static void
test_drag_several (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkListView *list;
  GtkSelectionModel *selection;
  GtkWidget *row;
  GtkWindow *dialog;
  NbMonthView *view;

  add_person (fixture, "Ada Lovelace", NULL);
  add_person (fixture, "Grace Hopper", NULL);
  add_person (fixture, "Katherine Johnson", NULL);
  view = show_calendar (fixture);

  list = GTK_LIST_VIEW (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LIST_VIEW, NULL, NULL));
  selection = gtk_list_view_get_model (list);
  nb_gui_wait_for_widget (list, NB_TYPE_CONTACT_ROW, NULL, NULL);
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 2, FALSE);
  /* Choosing people shows their card: back to the month. */
  view = show_calendar (fixture);
  row = nb_gui_wait_for_widget (list, NB_TYPE_CONTACT_ROW, NULL, NULL);

  nb_gui_drag (row, GTK_WIDGET (cell_of (view, nb_test_date (13, 11, 2026))));

  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Ada Lovelace");
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Katherine Johnson");
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "title", "Grace Hopper", TRUE));
}

/* A meal dragged to another day moves there, at the same time; Undo puts
 * it back. */
static void
test_move_meal (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 grace = add_person (fixture, "Grace Hopper", NULL);
  gint64 id = add_meal (fixture, NB_MEAL_DINNER, nb_test_date (19, 11, 2026), grace, "Grace Hopper");
  GDate after, before;
  NbMonthView *view;
  GtkWidget *item;

  view = show_calendar (fixture);
  item = nb_gui_wait_for_widget (cell_of (view, nb_test_date (19, 11, 2026)), GTK_TYPE_BUTTON, "action-name",
                                 "meal.edit");

  nb_gui_drag (item, GTK_WIDGET (cell_of (view, nb_test_date (20, 11, 2026))));

  after = meal_day (fixture, id);
  g_assert_cmpint (g_date_get_day (&after), ==, 20);
  {
    g_autoptr(NbMeeting) moved = nb_store_get_meeting (fixture->store, id);

    g_assert_cmpint (g_date_time_get_hour (nb_meeting_get_start (moved)), ==, 19);
  }
  nb_gui_wait_for_widget (cell_of (view, nb_test_date (20, 11, 2026)), GTK_TYPE_BUTTON, "action-name", "meal.edit");

  nb_gui_click (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_BUTTON, "label", _("_Undo")));
  before = meal_day (fixture, id);
  g_assert_cmpint (g_date_get_day (&before), ==, 19);
}

/* With the keyboard only: arrows between days, Page Down to the next
 * month, Enter opens the day, and its Plan a Meal… the dialog on it. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  NbMonthView *view = show_calendar (fixture);
  GDate today = nb_test_date (25, 11, 2026);
  g_autofree char *day_text = NULL;
  GDate friday = nb_test_date (27, 11, 2026);
  GtkWindow *dialog;
  GtkWidget *plan;

  g_assert_true (nb_month_view_focus_day (view, &today));
  nb_gui_xdotool ("key", "--delay", "100", "Right", "Right", NULL);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (cell_of (view, friday))));

  nb_gui_xdotool ("key", "Down", "Down", NULL);
  /* December 11 is in the grid, still November's. */
  g_assert_cmpint (g_date_get_month (nb_month_view_get_month (view)), ==, 11);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (cell_of (view, nb_test_date (11, 12, 2026)))));

  /* Down past the grid goes to the next month. */
  nb_gui_xdotool ("key", "Down", NULL);
  g_assert_cmpint (g_date_get_month (nb_month_view_get_month (view)), ==, 12);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (cell_of (view, nb_test_date (18, 12, 2026)))));

  nb_gui_xdotool ("key", "Page_Up", NULL);
  g_assert_cmpint (g_date_get_month (nb_month_view_get_month (view)), ==, 11);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (cell_of (view, nb_test_date (18, 11, 2026)))));

  nb_gui_xdotool ("key", "Return", NULL);
  plan = nb_gui_wait_for_widget (cell_of (view, nb_test_date (18, 11, 2026)), GTK_TYPE_BUTTON, "label", _("_Plan a Meal…"));
  g_assert_true (gtk_widget_has_focus (plan));
  nb_gui_xdotool ("key", "Return", NULL);

  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  {
    GDate day = nb_test_date (18, 11, 2026);

    day_text = nb_format_day (&day, TRUE);
  }
  nb_gui_wait_for_widget (dialog, GTK_TYPE_LABEL, "label", day_text);
}

/* Upcoming birthdays, today first. */
static void
test_upcoming (Fixture       *fixture,
               gconstpointer  data)
{
  GDate today = nb_test_date (25, 11, 2026);
  g_autofree char *turns_today = NULL;
  GtkWidget *list, *first;

  add_person (fixture, "Later", "1990-12-20");
  add_person (fixture, "Today", "1990-11-25");
  add_person (fixture, "Too Late", "1990-12-30");
  show_calendar (fixture);

  list = nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ACTION_ROW, "title", "Today");
  first = gtk_widget_get_parent (list);
  g_assert_true (GTK_IS_LIST_BOX (first));
  g_assert_true (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (first), 0)) == list);
  nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ACTION_ROW, "title", "Later");
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW, "title", "Too Late", TRUE));
  turns_today = nb_format_birthday_countdown (&(NbBirthday) { 1990, 11, 25 }, &today);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (list)), turns_today));
}

/* ---------------------------------------------------------------------- */
/* Other events: what a shared calendar holds that is not a meal           */

/* As khal, Thunderbird and a phone write them. Times without a zone are
 * local time, so that the test holds in any time zone. */
static const char dentist_ics[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//pimutils.org//khal//EN\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:dentist@example.org\r\n"
  "DTSTAMP:20261101T080000Z\r\n"
  "DTSTART:20261124T100000\r\n"
  "DTEND:20261124T110000\r\n"
  "SUMMARY:Dentist appointment\r\n"
  "LOCATION:Dr. Chen\\, 12 Harbour Street\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

/* All day, Monday November 30 to Wednesday December 2: DTEND is the day
 * after. */
static const char conference_ics[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:conference@example.org\r\n"
  "DTSTAMP:20261101T080000Z\r\n"
  "DTSTART;VALUE=DATE:20261130\r\n"
  "DTEND;VALUE=DATE:20261203\r\n"
  "SUMMARY:Conference\r\n"
  "LOCATION:Lisbon\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

/* Thursdays at 9:00 from November 5, but not November 12; November 19's
 * moved to Friday 20 at 14:00. Katherine is invited: that does not make it
 * a meal with her. */
static const char team_meeting_ics[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//Example Phone//Calendar 1.0//EN\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:team-meeting@example.org\r\n"
  "DTSTAMP:20261101T080000Z\r\n"
  "DTSTART:20261105T090000\r\n"
  "DTEND:20261105T093000\r\n"
  "RRULE:FREQ=WEEKLY;COUNT=8\r\n"
  "EXDATE:20261112T090000\r\n"
  "SUMMARY:Team meeting\r\n"
  "ATTENDEE;CN=Katherine Johnson:mailto:katherine@nasa.example\r\n"
  "END:VEVENT\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:team-meeting@example.org\r\n"
  "DTSTAMP:20261101T080000Z\r\n"
  "RECURRENCE-ID:20261119T090000\r\n"
  "DTSTART:20261120T140000\r\n"
  "DTEND:20261120T143000\r\n"
  "SUMMARY:Team meeting\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static const char piano_ics[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//pimutils.org//khal//EN\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:piano@example.org\r\n"
  "DTSTAMP:20261101T080000Z\r\n"
  "DTSTART:20261127T170000\r\n"
  "DTEND:20261127T180000\r\n"
  "SUMMARY:Piano lesson\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

/* A connection of its own, as sync's worker thread has. */
static NbDb *
open_db (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  NbDb *db = nb_db_open (nb_store_get_path (fixture->store), NB_DB_SECONDARY, &error);

  g_assert_no_error (error);
  return db;
}

/* An account whose meals calendar is shared with other apps: the
 * calendar's id. */
static gint64
add_shared_calendar (Fixture *fixture)
{
  g_autoptr(NbDb) db = open_db (fixture);
  g_autoptr(NbAccount) account = nb_account_new (0, "https://dav.example.org/", "ada");
  g_autoptr(GError) error = NULL;
  gint64 account_id, calendar_id = 0;

  nb_account_set_collection (account, NB_COLLECTION_MEALS, "https://dav.example.org/ada/calendar/", "Calendar");
  g_assert_true (nb_db_begin (db, &error));
  account_id = nb_db_add_account (db, account, &error);
  g_assert_no_error (error);
  g_assert_true (nb_db_commit (db, &error));
  g_assert_true (nb_db_get_sync_state (db, account_id, NB_COLLECTION_MEALS, &calendar_id, NULL, NULL, &error));
  g_assert_cmpint (calendar_id, >, 0);

  return calendar_id;
}

/* What sync does with an event that is not a meal: keeps it, and tells
 * the store that another connection changed the database. */
static void
sync_other_event (Fixture    *fixture,
                  gint64      calendar_id,
                  const char *href,
                  const char *text)
{
  g_autoptr(NbDb) db = open_db (fixture);
  g_autoptr(NbCalendarEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  event = nb_ical_read_other_event (text, href, &error);
  g_assert_no_error (error);
  g_assert_true (nb_db_save_calendar_event (db, calendar_id, href, "\"1\"", event, &error));
  g_clear_pointer (&db, nb_db_close);

  g_assert_true (nb_store_check_for_changes (fixture->store));
}

static gint64
add_other_events (Fixture *fixture)
{
  gint64 calendar_id = add_shared_calendar (fixture);

  sync_other_event (fixture, calendar_id, "/ada/calendar/dentist.ics", dentist_ics);
  sync_other_event (fixture, calendar_id, "/ada/calendar/conference.ics", conference_ics);
  sync_other_event (fixture, calendar_id, "/ada/calendar/team-meeting.ics", team_meeting_ics);

  return calendar_id;
}

static const char *
item_summary (GtkWidget *item)
{
  return nb_other_event_get_summary (nb_other_event_item_get_other_event (NB_OTHER_EVENT_ITEM (item)));
}

/* The other events under @root, in order; only those shown if @shown. */
static void
collect_other_items (GtkWidget *root,
                     gboolean   shown,
                     GPtrArray *items)
{
  /* A day keeps its popover, hidden, once closed. */
  if ((shown && !gtk_widget_get_child_visible (root)) || (GTK_IS_POPOVER (root) && !gtk_widget_get_visible (root)))
    return;
  if (NB_IS_OTHER_EVENT_ITEM (root))
    g_ptr_array_add (items, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_other_items (child, shown, items);
}

static GtkWidget *
find_other_item (GtkWidget  *root,
                 const char *summary)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  collect_other_items (root, TRUE, items);
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (item_summary (g_ptr_array_index (items, i)), summary) == 0)
      return g_ptr_array_index (items, i);

  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *summary;
  gboolean    present;
} ItemWait;

static gboolean
item_is_as_wanted (gpointer data)
{
  ItemWait *wait = data;

  return (find_other_item (wait->root, wait->summary) != NULL) == wait->present;
}

static GtkWidget *
wait_for_other_item (gpointer    root,
                     const char *summary)
{
  ItemWait wait = { GTK_WIDGET (root), summary, TRUE };

  g_test_message ("waiting for other event “%s”", summary);
  nb_test_wait_for (item_is_as_wanted, &wait);
  return find_other_item (GTK_WIDGET (root), summary);
}

static void
wait_other_item_gone (gpointer    root,
                      const char *summary)
{
  ItemWait wait = { GTK_WIDGET (root), summary, FALSE };

  nb_test_wait_for (item_is_as_wanted, &wait);
}

static guint
count_other_items (GtkWidget *root,
                   gboolean   shown)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  collect_other_items (root, shown, items);
  return items->len;
}

static gboolean
has_drag_source (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        return TRUE;
    }

  return FALSE;
}

static char *
local_time (int hour,
            int minute)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2026, 11, 25, hour, minute, 0);

  return nb_format_time (time);
}

static char *
timed_text (int         hour,
            int         minute,
            const char *summary)
{
  g_autofree char *time = local_time (hour, minute);

  return g_strdup_printf ("%s %s", time, summary);
}

static void
assert_no_meal_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  nb_gui_settle ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      g_assert_false (NB_IS_MEAL_DIALOG (window));
    }
}

/* The events of the shared calendar that are not meals, on the days they
 * take place, each time a repeating one does, a long one on each of its
 * days; dimmed, after the meals of the day, and counted in "+N more". */
static void
test_other_events (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 ada = add_person (fixture, "Ada Lovelace", NULL);
  g_autofree char *dentist = timed_text (10, 0, "Dentist appointment");
  g_autofree char *team = timed_text (9, 0, "Team meeting");
  g_autofree char *moved = timed_text (14, 0, "Team meeting");
  g_autofree char *more = NULL;
  struct { int day, month; const char *summary; const char *text; } shown[] = {
    { 24, 11, "Dentist appointment", dentist },
    { 5, 11, "Team meeting", team },
    { 20, 11, "Team meeting", moved },
    { 26, 11, "Team meeting", team },
    { 3, 12, "Team meeting", team },
    { 30, 11, "Conference", "Conference" },
    { 1, 12, "Conference", "Conference" },
    { 2, 12, "Conference", "Conference" },
  };
  struct { int day, month; } empty[] = {
    { 23, 11 }, { 25, 11 },             /* around the dentist */
    { 12, 11 },                         /* not that week (EXDATE) */
    { 19, 11 },                         /* moved to the 20th */
    { 29, 11 }, { 4, 12 },              /* around the conference */
  };
  NbMonthView *view;
  GtkWidget *item, *first, *popover;
  guint n_shown = 0;

  add_meal (fixture, NB_MEAL_LUNCH, nb_test_date (26, 11, 2026), ada, "Ada Lovelace");
  for (int i = 0; i < 7; i++)
    add_meal (fixture, NB_MEAL_COFFEE, nb_test_date (1, 12, 2026), ada, "Ada Lovelace");
  view = show_calendar (fixture);
  add_other_events (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      NbDayCell *cell = cell_of (view, nb_test_date (shown[i].day, shown[i].month, 2026));

      if (shown[i].day == 1 && shown[i].month == 12)
        continue;   /* below, among the coffees */
      item = wait_for_other_item (cell, shown[i].summary);
      g_assert_nonnull (nb_gui_find_widget (item, GTK_TYPE_LABEL, "label", shown[i].text, TRUE));
      g_assert_cmpuint (count_other_items (GTK_WIDGET (cell), FALSE), ==, 1);
      /* Read-only: nothing to drag, dimmed. */
      g_assert_false (has_drag_source (item));
      g_assert_true (gtk_widget_has_css_class (item, "dim-label"));
      g_assert_false (gtk_widget_get_focusable (item));
    }
  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      NbDayCell *cell = cell_of (view, nb_test_date (empty[i].day, empty[i].month, 2026));

      g_assert_cmpuint (count_other_items (GTK_WIDGET (cell), FALSE), ==, 0);
    }

  /* Its place is in its tooltip. */
  item = find_other_item (GTK_WIDGET (cell_of (view, nb_test_date (24, 11, 2026))), "Dentist appointment");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (item), "Dr. Chen, 12 Harbour Street"));

  /* After the meals of the day, whatever their time: the lunch at 12:30
   * comes before the team meeting at 9:00. A meal can be dragged. */
  first = gtk_widget_get_first_child (GTK_WIDGET (cell_of (view, nb_test_date (26, 11, 2026))));
  first = gtk_widget_get_next_sibling (first);   /* after the number */
  g_assert_true (GTK_IS_BUTTON (first));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (first)), ==, "meal.edit");
  g_assert_true (has_drag_source (first));
  g_assert_true (NB_IS_OTHER_EVENT_ITEM (gtk_widget_get_next_sibling (first)));

  /* Seven coffees and the conference do not fit a day: the conference,
   * last, folds into "+N more" with the coffees that do not fit. */
  {
    NbDayCell *busy = cell_of (view, nb_test_date (1, 12, 2026));
    guint coffees = 0;

    nb_gui_wait_frames (GTK_WIDGET (busy), 3);
    g_assert_cmpuint (count_other_items (GTK_WIDGET (busy), FALSE), ==, 1);
    g_assert_null (find_other_item (GTK_WIDGET (busy), "Conference"));
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (busy)); child;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_ACTIONABLE (child) && gtk_widget_get_child_visible (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), "meal.edit") == 0)
        coffees++;
    more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more", 8 - coffees), 8 - coffees);
    nb_gui_wait_for_widget (busy, GTK_TYPE_LABEL, "label", more);

    /* Opened, the day lists them all: the meals, then the conference,
     * with its days and place. */
    nb_day_cell_open (busy);
    popover = nb_gui_wait_for_widget (busy, GTK_TYPE_POPOVER, NULL, NULL);
    g_assert_cmpuint (count_buttons (popover, "meal.edit"), ==, 7);
    item = wait_for_other_item (popover, "Conference");
    g_assert_true (nb_other_event_item_get_detailed (NB_OTHER_EVENT_ITEM (item)));
    g_assert_true (gtk_widget_get_focusable (item));
    g_assert_null (gtk_widget_get_next_sibling (item));
    {
      GDate first_day = nb_test_date (30, 11, 2026), last_day = nb_test_date (2, 12, 2026);
      g_autofree char *from = nb_format_day (&first_day, FALSE);
      g_autofree char *to = nb_format_day (&last_day, FALSE);
      g_autofree char *span = g_strdup_printf (C_("time range", "%1$s – %2$s"), from, to);
      g_autofree char *details = g_strdup_printf ("%s%s%s", span, _(" · "), "Lisbon");

      nb_gui_wait_for_widget (item, GTK_TYPE_LABEL, "label", details);
    }
    gtk_popover_popdown (GTK_POPOVER (popover));
    nb_gui_settle ();
  }

  /* In December, the conference still begins on November 30. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.move-week", "i", 1);
  g_assert_cmpint (g_date_get_month (nb_month_view_get_month (view)), ==, 12);
  wait_for_other_item (cell_of (view, nb_test_date (30, 11, 2026)), "Conference");
  wait_for_other_item (cell_of (view, nb_test_date (2, 12, 2026)), "Conference");
  g_assert_cmpuint (count_other_items (GTK_WIDGET (cell_of (view, nb_test_date (3, 12, 2026))), FALSE), ==, 1);
  g_assert_cmpuint (count_other_items (GTK_WIDGET (cell_of (view, nb_test_date (10, 12, 2026))), FALSE), ==, 1);
  g_assert_cmpuint (count_other_items (GTK_WIDGET (cell_of (view, nb_test_date (24, 12, 2026))), FALSE), ==, 1);
  /* The team meets eight times (COUNT, the excluded one included), the
   * last on December 24: in December, four times, and the conference's
   * two days. */
  g_assert_cmpuint (count_other_items (GTK_WIDGET (cell_of (view, nb_test_date (31, 12, 2026))), FALSE), ==, 0);
  for (int day = 1; day <= 31; day++)
    n_shown += count_other_items (GTK_WIDGET (cell_of (view, nb_test_date (day, 12, 2026))), FALSE);
  g_assert_cmpuint (n_shown, ==, 4 + 2);
}

/* An other event is read-only: a click on it opens its day, which details
 * it, and never the meal dialog; Enter on it in the opened day does no
 * harm. */
static void
test_other_event_read_only (Fixture       *fixture,
                            gconstpointer  data)
{
  NbMonthView *view = show_calendar (fixture);
  NbDayCell *cell = cell_of (view, nb_test_date (24, 11, 2026));
  GDate day = nb_test_date (24, 11, 2026);
  GtkWidget *item, *popover, *plan;
  GtkWindow *dialog;

  add_other_events (fixture);
  item = wait_for_other_item (cell, "Dentist appointment");

  nb_gui_mouse_click (item);
  popover = nb_gui_wait_for_widget (cell, GTK_TYPE_POPOVER, NULL, NULL);
  assert_no_meal_dialog ();
  item = wait_for_other_item (popover, "Dentist appointment");
  {
    g_autofree char *from = local_time (10, 0);
    g_autofree char *to = local_time (11, 0);
    g_autofree char *span = g_strdup_printf (C_("time range", "%1$s – %2$s"), from, to);
    g_autofree char *details = g_strdup_printf ("%s%s%s", span, _(" · "), "Dr. Chen, 12 Harbour Street");

    nb_gui_wait_for_widget (item, GTK_TYPE_LABEL, "label", details);
  }

  /* With the keyboard: from "Plan a Meal…" up to the event, Enter. */
  plan = nb_gui_wait_for_widget (popover, GTK_TYPE_BUTTON, "label", _("_Plan a Meal…"));
  g_assert_true (gtk_widget_has_focus (plan));
  nb_gui_xdotool ("key", "Up", NULL);
  g_assert_true (gtk_widget_has_focus (item));
  nb_gui_xdotool ("key", "Return", NULL);
  assert_no_meal_dialog ();
  {
    g_autoptr(GDateTime) from = g_date_time_new_local (2026, 11, 1, 0, 0, 0);
    g_autoptr(GDateTime) to = g_date_time_new_local (2026, 12, 1, 0, 0, 0);
    g_autoptr(GPtrArray) meals = nb_store_list_meetings (fixture->store, from, to);

    g_assert_cmpuint (meals->len, ==, 0);
  }

  /* Escape closes the day; "Plan a Meal…" still plans one on it. */
  nb_gui_xdotool ("key", "Escape", NULL);
  nb_day_cell_open (cell);
  popover = nb_gui_wait_for_widget (cell, GTK_TYPE_POPOVER, NULL, NULL);
  plan = nb_gui_wait_for_widget (popover, GTK_TYPE_BUTTON, "label", _("_Plan a Meal…"));
  nb_gui_click (plan);
  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
  {
    g_autofree char *day_text = nb_format_day (&day, TRUE);

    nb_gui_wait_for_widget (dialog, GTK_TYPE_LABEL, "label", day_text);
  }
}

/* Sync brings an other event, then takes it away: the month follows, as
 * it does for meals. */
static void
test_other_event_synced (Fixture       *fixture,
                         gconstpointer  data)
{
  NbMonthView *view = show_calendar (fixture);
  NbDayCell *friday = cell_of (view, nb_test_date (27, 11, 2026));
  gint64 calendar_id = add_shared_calendar (fixture);
  g_autofree char *piano = timed_text (17, 0, "Piano lesson");
  GtkWidget *item;

  g_assert_cmpuint (count_other_items (GTK_WIDGET (friday), FALSE), ==, 0);
  sync_other_event (fixture, calendar_id, "/ada/calendar/piano.ics", piano_ics);
  item = wait_for_other_item (friday, "Piano lesson");
  g_assert_nonnull (nb_gui_find_widget (item, GTK_TYPE_LABEL, "label", piano, TRUE));

  {
    g_autoptr(NbDb) db = open_db (fixture);
    g_autoptr(GError) error = NULL;

    g_assert_true (nb_db_delete_calendar_event (db, calendar_id, "/ada/calendar/piano.ics", &error));
  }
  g_assert_true (nb_store_check_for_changes (fixture->store));
  wait_other_item_gone (friday, "Piano lesson");
}

/* Other events are never meals: not in the week, not in its goal, not
 * asked about afterwards, and someone invited to one is still someone to
 * invite. */
static void
test_other_events_not_meals (Fixture       *fixture,
                             gconstpointer  data)
{
  gint64 ada = add_person (fixture, "Ada Lovelace", NULL);
  g_autofree char *goal = NULL;
  g_autofree char *lunch = NULL;
  g_autoptr(GPtrArray) meals = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_local (2026, 11, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_local (2026, 12, 31, 0, 0, 0);
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  GtkWidget *group, *katherine;

  nb_test_add_contact (fixture->store, "Katherine Johnson", "katherine@nasa.example");
  add_meal (fixture, NB_MEAL_LUNCH, nb_test_date (26, 11, 2026), ada, "Ada Lovelace");
  add_other_events (fixture);

  /* The store has the one meal, and nothing to follow up: the dentist,
   * yesterday, was no meal. */
  meals = nb_store_list_meetings (fixture->store, from, to);
  g_assert_cmpuint (meals->len, ==, 1);
  follow_ups = nb_store_list_follow_ups (fixture->store, now);
  g_assert_cmpuint (follow_ups->len, ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "meals");
  lunch = g_strdup_printf (_("%1$s with %2$s"), nb_meal_kind_get_name (NB_MEAL_LUNCH), "Ada Lovelace");
  nb_gui_wait_for_widget (fixture->window, NB_TYPE_MEAL_ROW, "title", lunch);

  /* One meal this week, though the dentist and the team meeting are in
   * it too. */
  goal = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u meal with people this week",
                                       "%1$u of %2$u meals with people this week", 3),
                          1, 3);
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", goal);
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (fixture->window), NB_TYPE_MEAL_ROW, "title", "Dentist appointment",
                                     FALSE));
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (fixture->window), NB_TYPE_MEAL_ROW, "title", "Team meeting", FALSE));

  /* Invited to the team meeting, Katherine was never met at a meal. */
  group = nb_gui_wait_for_widget (fixture->window, ADW_TYPE_PREFERENCES_GROUP, "title", _("Whom to Invite Next"));
  katherine = nb_gui_wait_for_widget (group, ADW_TYPE_ACTION_ROW, "title", "Katherine Johnson");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (katherine)), ==,
                   _("Never met since you added them"));
}

/* ---------------------------------------------------------------------- */
/* The meal's own title                                                    */

static const char *
placeholder_of (GtkWidget *entry_row)
{
  return gtk_text_get_placeholder_text (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (entry_row))));
}

static GtkWindow *
edit_meal (Fixture *fixture,
           gint64   id)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "meal.edit", "x", id);
  return nb_gui_wait_for_window (NB_TYPE_MEAL_DIALOG);
}

static GtkWidget *
title_row_of (GtkWindow *dialog)
{
  return nb_gui_wait_for_widget (dialog, ADW_TYPE_ENTRY_ROW, "title", _("Titl_e"));
}

typedef struct
{
  GtkWindow  *dialog;
  const char *name;
} FirstFound;

static gboolean
first_found_is (gpointer data)
{
  FirstFound *found = data;
  GtkWidget *row = nb_gui_find_widget (GTK_WIDGET (found->dialog), NB_TYPE_CONTACT_ROW, NULL, NULL, TRUE);
  NbContact *contact = row ? nb_contact_row_get_contact (NB_CONTACT_ROW (row)) : NULL;

  return contact != NULL && g_strcmp0 (nb_contact_get_full_name (contact), found->name) == 0;
}

/* Typed into the dialog's search, and taken with Enter once found first. */
static void
choose_person (GtkWindow  *dialog,
               const char *search,
               const char *name)
{
  GtkWidget *entry = nb_gui_wait_for_widget (dialog, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  FirstFound found = { dialog, name };

  gtk_editable_set_text (GTK_EDITABLE (entry), search);
  nb_test_wait_for (first_found_is, &found);
  g_signal_emit_by_name (entry, "activate");
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", name);
}

/* Enter in the title saves, as in the other fields. */
static NbMeeting *
save_by_title (Fixture   *fixture,
               GtkWindow *dialog,
               gint64     id)
{
  g_signal_emit_by_name (title_row_of (dialog), "entry-activated");
  nb_gui_wait_window_gone (NB_TYPE_MEAL_DIALOG);

  return nb_store_get_meeting (fixture->store, id);
}

/* The title row: empty, the meal is called as Netbook calls it, following
 * its kind and people, which the row shows as placeholder; typed, the
 * title is the meal's, in the month too; one from another app stays as
 * other fields change. */
static void
test_meal_title (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 ada = add_person (fixture, "Ada Lovelace", NULL);
  gint64 id = add_meal (fixture, NB_MEAL_LUNCH, nb_test_date (26, 11, 2026), ada, "Ada Lovelace");
  const char *lunch = nb_meal_kind_get_name (NB_MEAL_LUNCH);
  const char *dinner = nb_meal_kind_get_name (NB_MEAL_DINNER);
  g_autofree char *lunch_ada = g_strdup_printf (_("%1$s with %2$s"), lunch, "Ada Lovelace");
  g_autofree char *lunch_both = g_strdup_printf (_("%1$s with %2$s and %3$s"), lunch,
                                                 "Ada Lovelace", "Grace Hopper");
  g_autofree char *dinner_both = g_strdup_printf (_("%1$s with %2$s and %3$s"), dinner,
                                                  "Ada Lovelace", "Grace Hopper");
  g_autofree char *leave_empty = g_strdup_printf (_("Leave empty for “%s”"), dinner_both);
  g_autofree char *own_item = NULL;
  g_autoptr(NbMeeting) saved = NULL;
  g_autofree char *title = NULL;
  NbMonthView *view;
  GtkWindow *dialog;
  GtkWidget *row, *kind;

  add_person (fixture, "Grace Hopper", NULL);
  view = show_calendar (fixture);

  /* Netbook's title, as placeholder, following the people and the kind. */
  dialog = edit_meal (fixture, id);
  row = title_row_of (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_cmpstr (placeholder_of (row), ==, lunch_ada);
  choose_person (dialog, "grace", "Grace Hopper");
  g_assert_cmpstr (placeholder_of (row), ==, lunch_both);
  kind = nb_gui_wait_for_widget (dialog, ADW_TYPE_COMBO_ROW, "title", _("_Meal"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), NB_MEAL_DINNER);
  g_assert_cmpstr (placeholder_of (row), ==, dinner_both);
  nb_gui_wait_for_widget (dialog, GTK_TYPE_LABEL, "label", leave_empty);

  /* Left empty: no title of its own. */
  saved = save_by_title (fixture, dialog, id);
  g_assert_null (nb_meeting_get_title (saved));
  title = nb_meeting_dup_title (saved);
  g_assert_cmpstr (title, ==, dinner_both);
  g_clear_object (&saved);

  /* Typed: the meal's, and the month says it. */
  dialog = edit_meal (fixture, id);
  gtk_editable_set_text (GTK_EDITABLE (title_row_of (dialog)), "Analytical Engine review");
  saved = save_by_title (fixture, dialog, id);
  g_assert_cmpstr (nb_meeting_get_title (saved), ==, "Analytical Engine review");
  g_clear_object (&saved);
  {
    g_autofree char *time = local_time (12, 30);

    own_item = g_strdup_printf ("%s, %s", time, "Analytical Engine review");
  }
  wait_for_item (cell_of (view, nb_test_date (26, 11, 2026)), own_item);

  /* Shown when the dialog opens again, and emptied: Netbook's again. */
  dialog = edit_meal (fixture, id);
  row = title_row_of (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Analytical Engine review");
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  saved = save_by_title (fixture, dialog, id);
  g_assert_null (nb_meeting_get_title (saved));
  g_clear_object (&saved);

  /* A lunch khal wrote, with a title and nobody named: the title shows,
   * and stays when people and the place are added. */
  {
    gint64 katherine = add_person (fixture, "Katherine Johnson", NULL);
    GDate friday = nb_test_date (27, 11, 2026);
    g_autoptr(NbMeeting) khal = nb_meeting_new_for_day (NB_MEAL_LUNCH, &friday);
    g_autoptr(GError) error = NULL;
    g_autofree char *default_title = NULL;
    gint64 khal_id;

    nb_meeting_set_title (khal, "Lunch with Katherine Johnson");
    saved = nb_store_save_meeting (fixture->store, khal, &error);
    g_assert_no_error (error);
    khal_id = nb_meeting_get_id (saved);
    g_clear_object (&saved);

    dialog = edit_meal (fixture, khal_id);
    row = title_row_of (dialog);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Lunch with Katherine Johnson");
    choose_person (dialog, "katherine", "Katherine Johnson");
    choose_person (dialog, "grace", "Grace Hopper");
    gtk_editable_set_text (GTK_EDITABLE (nb_gui_wait_for_widget (dialog, ADW_TYPE_ENTRY_ROW, "title", _("_Place"))),
                           "Ames Research Center");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Lunch with Katherine Johnson");
    saved = save_by_title (fixture, dialog, khal_id);
    g_assert_cmpstr (nb_meeting_get_title (saved), ==, "Lunch with Katherine Johnson");
    g_assert_cmpstr (nb_meeting_get_place (saved), ==, "Ames Research Center");
    g_assert_cmpuint (nb_meeting_get_attendees (saved)->len, ==, 2);
    g_assert_cmpint (((NbAttendee *) g_ptr_array_index (nb_meeting_get_attendees (saved), 0))->contact_id, ==,
                     katherine);
    /* Netbook's own would have been another. */
    default_title = nb_meeting_dup_default_title (saved);
    g_assert_cmpstr (default_title, !=, "Lunch with Katherine Johnson");
    g_clear_object (&saved);
  }
}

/* On the morning of a birthday, one notification with buttons, and never
 * a second one for it. */
static void
test_notification (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(NbNotificationServer) server = nb_notification_server_new (NULL);
  g_autofree char *expected = g_strdup_printf (_("%s turns %d today"), "Ada Lovelace", 211);
  NbBirthdayNotifier *notifier;

  if (server == NULL)
    {
      g_test_skip ("no D-Bus session bus");
      return;
    }

  /* Ada's birthday is December 10; the clock goes there, at 10:00. */
  add_person (fixture, "Ada Lovelace", "1815-12-10");
  {
    g_autoptr(GDateTime) birthday_morning = g_date_time_new_local (2026, 12, 10, 10, 0, 0);

    nb_clock_set_fixed (birthday_morning);
  }

  notifier = nb_application_get_birthday_notifier (fixture->app);
  g_assert_nonnull (notifier);
  g_assert_cmpuint (nb_birthday_notifier_check (notifier), ==, 1);
  nb_notification_server_wait (server, 1);
  g_assert_cmpstr (g_ptr_array_index (server->summaries, 0), ==, expected);
  /* Default action, Open Card, Plan a Meal: id and label each. */
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (server->actions, 0)), >=, 4);
  g_assert_true (nb_notification_server_has_action (server, 0, "default"));

  /* Once is enough. */
  g_assert_cmpuint (nb_birthday_notifier_check (notifier), ==, 0);
  nb_gui_settle ();
  g_assert_cmpuint (server->summaries->len, ==, 1);

  {
    g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 25, 10, 0, 0);

    nb_clock_set_fixed (now);
  }
}

/* Today's birthdays, first thing when the window opens. */
static void
test_today_toast (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *expected = g_strdup_printf (_("%s turns %d today"), "Katherine Johnson", 108);
  GtkWindow *window;

  add_person (fixture, "Katherine Johnson", "1918-11-25");
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  nb_gui_settle ();

  g_application_activate (G_APPLICATION (fixture->app));
  window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));
  g_assert_nonnull (window);
  fixture->window = NB_WINDOW (window);
  nb_gui_wait_for_widget (window, GTK_TYPE_LABEL, "label", expected);
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

  g_test_add ("/gui/calendar/month", Fixture, NULL,
              nb_gui_fixture_set_up, test_month, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/drag-contact", Fixture, NULL,
              nb_gui_fixture_set_up, test_drag_contact, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/drag-several", Fixture, NULL,
              nb_gui_fixture_set_up, test_drag_several, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/move-meal", Fixture, NULL,
              nb_gui_fixture_set_up, test_move_meal, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/keyboard", Fixture, NULL,
              nb_gui_fixture_set_up, test_keyboard, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/upcoming", Fixture, NULL,
              nb_gui_fixture_set_up, test_upcoming, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/other-events", Fixture, NULL,
              nb_gui_fixture_set_up, test_other_events, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/other-event-read-only", Fixture, NULL,
              nb_gui_fixture_set_up, test_other_event_read_only, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/other-event-synced", Fixture, NULL,
              nb_gui_fixture_set_up, test_other_event_synced, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/other-events-not-meals", Fixture, NULL,
              nb_gui_fixture_set_up, test_other_events_not_meals, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/meal-title", Fixture, NULL,
              nb_gui_fixture_set_up, test_meal_title, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/notification", Fixture, NULL,
              nb_gui_fixture_set_up, test_notification, nb_gui_fixture_tear_down);
  g_test_add ("/gui/calendar/today-toast", Fixture, NULL,
              nb_gui_fixture_set_up, test_today_toast, nb_gui_fixture_tear_down);

  return g_test_run ();
}
