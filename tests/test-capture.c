/* test-capture.c: interactions captured from the user's calendars
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-db.h"
#include "nb-ical-events.h"
#include "nb-store.h"
#include "nb-test-util.h"

/* "Now" is Tuesday 31 March 2026, 12:00 UTC. */
static GDateTime *
utc (int month,
     int day,
     int hour)
{
  return g_date_time_new_utc (2026, month, day, hour, 0, 0);
}

static char *
vevent (const char *uid,
        const char *summary,
        const char *dtstart,
        const char *extra)
{
  return g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                          "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260301T000000Z\r\n"
                          "SUMMARY:%s\r\n%s\r\n%s"
                          "END:VEVENT\r\nEND:VCALENDAR\r\n",
                          uid, summary, dtstart, extra);
}

static void
add_event (GPtrArray  *events,
           char       *text)
{
  g_autoptr(GError) error = NULL;
  NbCalendarEvent *event = nb_ical_read_other_event (text, "test", &error);

  g_assert_no_error (error);
  g_ptr_array_add (events, event);
  g_free (text);
}

static GPtrArray *
capture (GPtrArray *events,
         GDateTime *now)
{
  GPtrArray *meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_captured_meeting_free);

  for (guint i = 0; i < events->len; i++)
    nb_ical_capture_meetings (g_ptr_array_index (events, i), now, meetings, NULL);

  return meetings;
}

static gint64
last_interaction (NbStore *store,
                  gint64   id)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (store, id);

  return nb_contact_get_last_interaction (contact);
}

static gint64
count (const char *path,
       const char *sql)
{
  return nb_test_query_int (path, sql);
}

static void
test_capture (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GDateTime) now = utc (3, 31, 12);
  g_autoptr(GDateTime) call = utc (3, 1, 10);
  g_autoptr(GDateTime) lunch = utc (3, 20, 12);
  g_autoptr(GDateTime) last_standup = utc (3, 30, 9);
  g_autoptr(GString) crowd = g_string_new ("ATTENDEE:mailto:bob@example.org\r\n");
  g_autoptr(GError) error = NULL;
  gint64 ada, bob, carol, bob_before, carol_before, max_id;
  guint changed = G_MAXUINT;

  ada = nb_test_add_contact (store, "Ada Lovelace", "ada@example.org");
  bob = nb_test_add_contact (store, "Bob Babbage", "Bob@Example.org");
  carol = nb_test_add_contact (store, "Carol Herschel", "carol@example.org");
  g_assert_true (nb_store_log_interaction (store, ada, call, NB_INTERACTION_CALL, NULL, &error));
  g_assert_no_error (error);
  bob_before = last_interaction (store, bob);
  carol_before = last_interaction (store, carol);

  /* Matched by email in any case, the organizer too. */
  add_event (events, vevent ("lunch", "Lunch with Ada", "DTSTART:20260320T120000Z",
                             "DTEND:20260320T130000Z\r\nORGANIZER:mailto:me@example.net\r\n"
                             "ATTENDEE;CN=Ada:MAILTO:ADA@Example.ORG\r\n"));
  /* All day: left out. */
  add_event (events, vevent ("holiday", "Holiday", "DTSTART;VALUE=DATE:20260325",
                             "ATTENDEE:mailto:carol@example.org\r\n"));
  /* More than 20 attendees: left out. */
  for (int i = 0; i < 20; i++)
    g_string_append_printf (crowd, "ATTENDEE:mailto:guest%d@example.com\r\n", i);
  g_string_append (crowd, "ATTENDEE:mailto:carol@example.org\r\n");
  add_event (events, vevent ("conference", "Conference", "DTSTART:20260326T090000Z", crowd->str));
  /* Weekly from 2 March, 8 times: 5 have passed by 31 March. */
  add_event (events, vevent ("standup", "Standup", "DTSTART:20260302T090000Z",
                             "DTEND:20260302T091500Z\r\nRRULE:FREQ=WEEKLY;COUNT=8\r\n"
                             "ORGANIZER:mailto:bob@example.org\r\n"));
  /* Cancelled: left out. */
  add_event (events, vevent ("cancelled", "Cancelled", "DTSTART:20260327T090000Z",
                             "STATUS:CANCELLED\r\nATTENDEE:mailto:carol@example.org\r\n"));
  /* In the future: left out. */
  add_event (events, vevent ("future", "Future", "DTSTART:20260410T090000Z",
                             "ATTENDEE:mailto:carol@example.org\r\n"));
  /* Nobody Netbook knows: left out. */
  add_event (events, vevent ("strangers", "Strangers", "DTSTART:20260310T090000Z",
                             "ATTENDEE:mailto:nobody@example.com\r\n"));

  meetings = capture (events, now);
  g_assert_true (nb_store_replace_captured_interactions (store, "collection:1", meetings, now,
                                                         &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 6);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions"
                                " WHERE captured_from = 'collection:1' AND kind = 1"), ==, 6);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions WHERE title = 'Standup'"), ==, 5);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interaction_people p JOIN interactions i"
                                " ON i.id = p.interaction_id WHERE i.title = 'Lunch with Ada'"), ==, 1);
  g_assert_cmpint (last_interaction (store, ada), ==, g_date_time_to_unix (lunch));
  g_assert_cmpint (last_interaction (store, bob), ==, g_date_time_to_unix (last_standup));
  g_assert_cmpint (last_interaction (store, carol), ==, carol_before);
  /* Not uploaded to the journal: only the call is. */
  {
    g_autoptr(GPtrArray) uploads = NULL;
    g_autoptr(NbInteraction) call_saved = NULL;
    NbDb *db = nb_db_open (path, NB_DB_SECONDARY, &error);

    g_assert_no_error (error);
    uploads = nb_db_list_sync_uploads (db, NB_COLLECTION_INTERACTIONS, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (uploads->len, ==, 1);
    call_saved = nb_store_find_interaction_by_uid (store,
                                                   ((NbSyncItem *) g_ptr_array_index (uploads, 0))->uid);
    g_assert_nonnull (call_saved);
    g_assert_cmpint (nb_interaction_get_kind (call_saved), ==, NB_INTERACTION_CALL);
    nb_db_close (db);
  }

  /* Reading it again adds nothing. */
  max_id = count (path, "SELECT max(id) FROM interactions");
  g_assert_true (nb_store_replace_captured_interactions (store, "collection:1", meetings, now,
                                                         &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpint (count (path, "SELECT max(id) FROM interactions"), ==, max_id);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions"), ==, 7);

  /* One the user deleted is not counted again while it is in the
   * calendar. */
  g_assert_true (nb_store_delete_interaction (store, count (path, "SELECT min(id) FROM interactions"
                                                                  " WHERE title = 'Standup'"),
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions WHERE title = 'Standup'"), ==, 4);
  g_assert_true (nb_store_replace_captured_interactions (store, "collection:1", meetings, now,
                                                         &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions WHERE title = 'Standup'"), ==, 4);
  g_assert_cmpint (count (path, "SELECT count(*) FROM capture_dismissed"), ==, 1);

  /* The same event in another source is counted for that source. */
  {
    g_autoptr(GPtrArray) other = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GPtrArray) other_meetings = NULL;

    add_event (other, vevent ("lunch", "Lunch with Ada", "DTSTART:20260320T120000Z",
                              "ATTENDEE:mailto:ada@example.org\r\n"));
    other_meetings = capture (other, now);
    g_assert_true (nb_store_replace_captured_interactions (store, "file:/tmp/other.ics",
                                                           other_meetings, now, NULL, &error));
    g_assert_no_error (error);
  }

  /* A renamed event is updated in place; a gone one removed. */
  g_ptr_array_remove_index (events, 0);
  add_event (events, vevent ("lunch", "Dinner with Ada", "DTSTART:20260320T120000Z",
                             "ATTENDEE:mailto:ada@example.org\r\n"));
  g_ptr_array_remove_index (events, 2);   /* the standup */
  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = capture (events, now);
  g_assert_true (nb_store_replace_captured_interactions (store, "collection:1", meetings, now,
                                                         &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 5);
  /* The standup is gone from the calendar: dismissed no more. */
  g_assert_cmpint (count (path, "SELECT count(*) FROM capture_dismissed"), ==, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions WHERE title = 'Dinner with Ada'"
                                " AND captured_from = 'collection:1'"), ==, 1);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions WHERE title = 'Standup'"), ==, 0);
  g_assert_cmpint (last_interaction (store, bob), ==, bob_before);

  /* Removing the source removes exactly what it added. */
  g_assert_true (nb_store_remove_captured_interactions (store, "collection:1", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions"
                                " WHERE captured_from = 'collection:1'"), ==, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions"), ==, 2);
  g_assert_cmpint (last_interaction (store, ada), ==, g_date_time_to_unix (lunch));
  g_assert_true (nb_store_remove_captured_interactions (store, "file:/tmp/other.ics", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions"), ==, 1);
  g_assert_cmpint (last_interaction (store, ada), ==, g_date_time_to_unix (call));
  g_assert_cmpint (last_interaction (store, bob), ==, bob_before);
}

/* A v7 database gains the capture columns; its interactions stay the
 * user's own, so they are uploaded as before. */
static void
test_migration_from_v7 (void)
{
  g_autofree char *path = nb_test_tmp_path ("v7.db");
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbInteraction) interaction = NULL;
  g_autoptr(GError) error = NULL;
  const NbMigration *migrations;
  guint n;
  NbDb *db;

  migrations = _nb_db_get_migrations (&n);
  g_assert_cmpuint (n, >=, 8);
  db = _nb_db_open_with_migrations (path, migrations, 7, &error);
  g_assert_no_error (error);
  g_assert_true (nb_db_exec (db,
                             "INSERT INTO interactions (id, uid, kind, date, has_time, title,"
                             " created, updated) VALUES (4, 'v7-call', 2, 1772362800, 1, 'Call',"
                             " 1, 1);",
                             &error));
  g_assert_no_error (error);
  nb_db_close (db);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, 7);

  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, NB_DB_SCHEMA_VERSION);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions"
                                            " WHERE captured_from IS NULL AND captured_key IS NULL"),
                   ==, 1);
  interaction = nb_store_get_interaction (store, 4);
  g_assert_nonnull (interaction);
  g_assert_cmpstr (nb_interaction_get_title (interaction), ==, "Call");
  /* Removing a source that added nothing changes nothing. */
  g_assert_true (nb_store_remove_captured_interactions (store, "collection:1", &error));
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions"), ==, 1);
}

/* netbook --capture-interactions FILE.ics: a calendar file of the user's
 * own, read and never written; again adds nothing; --forget-interactions
 * takes back what it added. */
/* Tea with Ada, a weekly walk she organizes, and a dinner (a meal). */
static const char my_calendar[] =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
  "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"
  "BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
  "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
  "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
  "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
  "BEGIN:VEVENT\r\nUID:tea\r\nDTSTAMP:20260301T000000Z\r\nSUMMARY:Tea\r\n"
  "DTSTART;TZID=Europe/Berlin:20260312T160000\r\nATTENDEE:mailto:ADA@example.org\r\n"
  "END:VEVENT\r\n"
  "BEGIN:VEVENT\r\nUID:walk\r\nDTSTAMP:20260301T000000Z\r\nSUMMARY:Walk\r\n"
  "DTSTART;TZID=Europe/Berlin:20260318T080000\r\nRRULE:FREQ=WEEKLY\r\n"
  "EXDATE;TZID=Europe/Berlin:20260325T080000\r\n"
  "ORGANIZER:mailto:ada@example.org\r\nEND:VEVENT\r\n"
  "BEGIN:VEVENT\r\nUID:meal\r\nDTSTAMP:20260301T000000Z\r\nSUMMARY:Dinner\r\n"
  "DTSTART:20260314T180000Z\r\nX-NETBOOK-KIND:dinner\r\n"
  "ATTENDEE:mailto:ada@example.org\r\nEND:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static void
test_cli_file (void)
{
  g_autofree char *path = nb_test_tmp_path ("cli.db");
  g_autofree char *ics = nb_test_tmp_path ("mine.ics");
  g_autofree char *source = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  NbStore *store = nb_store_new (path, &error);
  gint64 ada;
  char *out = NULL, *err = NULL;
  const char *text = my_calendar;

  g_assert_no_error (error);
  ada = nb_test_add_contact (store, "Ada Lovelace", "ada@example.org");
  g_clear_object (&store);
  g_assert_true (g_file_set_contents (ics, text, -1, &error));
  g_assert_no_error (error);
  checksum = nb_test_file_checksum (ics);
  source = g_strconcat ("file:", ics, NULL);
  sql = g_strdup_printf ("SELECT count(*) FROM interaction_people p JOIN interactions i"
                         " ON i.id = p.interaction_id WHERE p.contact_id = %" G_GINT64_FORMAT
                         " AND i.captured_from = '%s'", ada, source);
  g_setenv ("NETBOOK_NOW", "2026-03-31T12:00:00Z", TRUE);

  /* Tea, and the walks of 18 March and 1 April but the 25th's: the
   * walk of 1 April is still to come. The meal is one already. */
  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", path, "--capture-interactions",
                                        ics, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "2 interactions added, changed or removed\n");
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (nb_test_query_int (path, sql), ==, 2);

  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", path, "--capture-interactions",
                                        ics, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "0 interactions added, changed or removed\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions"), ==, 2);

  /* A week later, the walk of 1 April has passed. */
  g_setenv ("NETBOOK_NOW", "2026-04-07T12:00:00Z", TRUE);
  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", path, "--capture-interactions",
                                        ics, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "1 interaction added, changed or removed\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (nb_test_query_int (path, sql), ==, 3);

  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", path, "--forget-interactions",
                                        ics, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "3 interactions added, changed or removed\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions"), ==, 0);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts"
                                            " WHERE last_interaction IS NOT NULL"
                                            " AND last_interaction <> 0"), ==, 0);

  /* A file that is not there changes nothing. */
  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", path, "--capture-interactions",
                                        "/nonexistent/none.ics", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "none.ics"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Never written. */
  {
    g_autofree char *after = nb_test_file_checksum (ics);

    g_assert_cmpstr (after, ==, checksum);
  }
  g_unsetenv ("NETBOOK_NOW");
}

/* Importing a calendar file counts its meetings with contacts too, as
 * --capture-interactions does; Accounts lists the file, and forgetting it
 * takes them back. */
static void
test_import (void)
{
  g_autofree char *path = nb_test_tmp_path ("import.db");
  g_autofree char *ics = nb_test_tmp_path ("import.ics");
  g_autofree char *source = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  NbStore *store = nb_store_new (path, &error);
  char *out = NULL, *err = NULL;

  g_assert_no_error (error);
  nb_test_add_contact (store, "Ada Lovelace", "ada@example.org");
  g_clear_object (&store);
  g_assert_true (g_file_set_contents (ics, my_calendar, -1, &error));
  g_assert_no_error (error);
  source = g_strconcat ("file:", ics, NULL);
  g_setenv ("NETBOOK_NOW", "2026-03-31T12:00:00Z", TRUE);

  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", path, "--import", ics, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Imported 1 meal"));
  g_assert_nonnull (strstr (out, "Meetings with your contacts: 2 interactions added, changed or removed"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions"
                                            " WHERE captured_from IS NOT NULL"), ==, 2);

  /* Again: nothing changed, nothing said about meetings. */
  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", path, "--import", ics, NULL), ==, 0);
  g_assert_null (strstr (out, "Meetings"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions"), ==, 2);

  /* The file lost its meetings: importing it again takes them back,
   * although nothing in it is left out as a meal any more. */
  {
    g_autofree char *meal_only = NULL;
    const char *meal = strstr (my_calendar, "BEGIN:VEVENT\r\nUID:meal");

    g_assert_nonnull (meal);
    meal_only = g_strconcat ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n", meal, NULL);
    g_assert_true (g_file_set_contents (ics, meal_only, -1, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", path, "--import", ics, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Meetings with your contacts: 2 interactions added, changed or removed"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions"), ==, 0);

  /* Listed while it counts; forgotten, no more. */
  g_assert_true (g_file_set_contents (ics, my_calendar, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", path, "--import", ics, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  files = nb_store_list_capture_files (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (files, 0), ==, ics);
  g_clear_pointer (&files, g_ptr_array_unref);
  g_assert_true (nb_store_remove_captured_interactions (store, source, &error));
  g_assert_no_error (error);
  files = nb_store_list_capture_files (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, ==, 0);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions"), ==, 0);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM meetings"), ==, 1);
  g_clear_object (&store);
  g_unsetenv ("NETBOOK_NOW");
}

/* A calendar of a dozen daily meetings since 1995 (a hostile file, or a
 * very long life): only the first NB_CAPTURE_MAX_MEETINGS count, and it
 * is said. */
static void
test_limit (void)
{
  g_autoptr(GString) text = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n");
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_captured_meeting_free);
  g_autoptr(GDateTime) now = utc (3, 31, 12);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean complete = TRUE;

  for (int i = 0; i < 12; i++)
    g_string_append_printf (text, "BEGIN:VEVENT\r\nUID:daily-%d\r\nDTSTAMP:20260301T000000Z\r\n"
                            "SUMMARY:Daily %d\r\nDTSTART:19950101T%02d0000Z\r\nRRULE:FREQ=DAILY\r\n"
                            "ORGANIZER:mailto:ada@example.org\r\nORGANIZER:mailto:bob@example.org\r\n"
                            "ATTENDEE:mailto:carol@example.org\r\nEND:VEVENT\r\n", i, i, i);
  g_string_append (text, "END:VCALENDAR\r\n");

  g_assert_true (nb_ical_capture_file (text->str, "daily.ics", NULL, now, meetings, &complete, &error));
  g_assert_no_error (error);
  g_assert_false (complete);
  g_assert_cmpuint (meetings->len, ==, NB_CAPTURE_MAX_MEETINGS);
  /* One organizer, as RFC 5545 has it. */
  g_assert_cmpuint (((NbCapturedMeeting *) g_ptr_array_index (meetings, 0))->emails->len, ==, 2);

  message = nb_ical_capture_dup_limit_message ("daily.ics");
  g_assert_nonnull (strstr (message, "daily.ics"));
  g_assert_nonnull (strstr (message, "100000"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/capture/store", test_capture);
  g_test_add_func ("/capture/migration-from-v7", test_migration_from_v7);
  g_test_add_func ("/capture/cli-file", test_cli_file);
  g_test_add_func ("/capture/import", test_import);
  g_test_add_func ("/capture/limit", test_limit);

  return g_test_run ();
}
