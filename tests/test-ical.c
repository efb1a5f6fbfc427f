/* test-ical.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "nb-exporter.h"
#include "nb-ical.h"
#include "nb-ical-events.h"
#include "nb-importer.h"
#include "nb-io-error.h"
#include "nb-test-util.h"

/* Meals as iCalendar files: what Netbook writes, what it reads from other
 * calendars, and what it refuses. */

static char *
calendar_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "calendars", name, NULL);
}

static NbImporter *
import_file (NbStore     *store,
             const char  *path,
             GError     **error)
{
  NbImporter *importer = nb_importer_new (store);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  nb_importer_add_file (importer, file);
  nb_importer_run (importer, NULL, error);
  nb_store_check_for_changes (store);

  return importer;
}

static char *
export_calendar (NbStore    *store,
                 const char *name)
{
  g_autofree char *path = nb_test_tmp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NbExporter) exporter = nb_exporter_new (store, file);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (nb_exporter_get_format (exporter), ==, NB_EXPORT_ICALENDAR);
  g_assert_true (nb_exporter_run (exporter, NULL, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static NbMeeting *
meal_at (NbMealKind  kind,
         const char *zone_id,
         int         month,
         int         day,
         int         hour,
         int         minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_id);
  g_autoptr(GDateTime) start = g_date_time_new (zone, 2026, month, day, hour, minute, 0);
  NbMeeting *meeting = nb_meeting_new ();

  nb_meeting_set_kind (meeting, kind);
  nb_meeting_set_start (meeting, start);
  nb_meeting_set_duration (meeting, nb_meal_kind_get_default_duration (kind));

  return meeting;
}

static void
add_attendee (NbMeeting  *meeting,
              gint64      contact_id,
              const char *name,
              const char *email)
{
  g_autoptr(GPtrArray) attendees = nb_attendee_array_copy (nb_meeting_get_attendees (meeting));

  g_ptr_array_add (attendees, nb_attendee_new (contact_id, name, email));
  nb_meeting_set_attendees (meeting, attendees);
}

static gint64
save (NbStore   *store,
      NbMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbMeeting) saved = nb_store_save_meeting (store, meeting, &error);

  g_assert_no_error (error);
  nb_meeting_set_uid (meeting, nb_meeting_get_uid (saved));

  return nb_meeting_get_id (saved);
}

static NbMeeting *
find_by_uid (NbStore    *store,
             const char *uid)
{
  g_autofree char *sql = NULL;
  gint64 id;

  /* UIDs in the tests are plain; no quoting needed. */
  g_assert_null (strchr (uid, '\''));
  sql = g_strdup_printf ("SELECT id FROM meetings WHERE uid = '%s'", uid);
  id = nb_test_query_int (nb_store_get_path (store), sql);
  g_assert_cmpint (id, >, 0);

  return nb_store_get_meeting (store, id);
}

static gint64
count_meals (NbStore *store)
{
  return nb_test_query_int (nb_store_get_path (store), "SELECT count(*) FROM meetings");
}

/* A week of meals of every kind, zone, payer, status and follow-up. */
typedef struct
{
  NbStore   *store;
  gint64     ada;
  gint64     grace;
  NbMeeting *meals[4];
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) sent = g_date_time_new_utc (2026, 11, 24, 8, 15, 0);
  NbMeeting *meeting;

  fixture->store = nb_test_open_store (NULL);
  fixture->ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  fixture->grace = nb_test_add_contact (fixture->store, "Grace Hopper", NULL);

  meeting = fixture->meals[0] = meal_at (NB_MEAL_LUNCH, "Europe/Berlin", 11, 25, 12, 30);
  nb_meeting_set_duration (meeting, 75);
  nb_meeting_set_place (meeting, "Café Einstein");
  nb_meeting_set_address (meeting, "Unter den Linden 42, Berlin");
  nb_meeting_set_payer (meeting, NB_PAYER_ME);
  nb_meeting_set_notes (meeting, "The engine; the notes, and\nthe sketches \\ drafts");
  add_attendee (meeting, fixture->ada, "Ada Lovelace", "ada@example.org");

  meeting = fixture->meals[1] = meal_at (NB_MEAL_DINNER, "America/New_York", 11, 27, 19, 0);
  nb_meeting_set_status (meeting, NB_MEETING_CANCELLED);
  nb_meeting_set_payer (meeting, NB_PAYER_DUTCH);
  add_attendee (meeting, fixture->grace, "Grace Hopper", NULL);

  meeting = fixture->meals[2] = meal_at (NB_MEAL_COFFEE, "UTC", 11, 20, 9, 0);
  nb_meeting_set_status (meeting, NB_MEETING_DONE);
  nb_meeting_set_follow_up (meeting, NB_FOLLOW_UP_SENT, sent);
  nb_meeting_set_payer (meeting, NB_PAYER_THEM);
  add_attendee (meeting, fixture->ada, "Ada Lovelace", "ada@example.org");
  add_attendee (meeting, fixture->grace, "Grace Hopper", NULL);

  /* Someone who is not, or no longer, a contact. */
  meeting = fixture->meals[3] = meal_at (NB_MEAL_DRINKS, "Europe/Berlin", 11, 21, 20, 0);
  nb_meeting_set_status (meeting, NB_MEETING_DONE);
  nb_meeting_set_follow_up (meeting, NB_FOLLOW_UP_DUE, NULL);
  add_attendee (meeting, 0, "Alan Turing", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixture->meals); i++)
    save (fixture->store, fixture->meals[i]);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->meals); i++)
    g_clear_object (&fixture->meals[i]);
  g_clear_object (&fixture->store);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text);
}

/* The export is what other calendars read: RFC 5545, unfolded here. */
static void
test_export_content (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = export_calendar (fixture->store, "meals.ics");
  g_autofree char *folded = NULL;
  g_autofree char *text = NULL;
  g_autofree char *grace_uid = NULL;
  g_autoptr(GRegex) unfold = g_regex_new ("\r\n[ \t]", 0, 0, NULL);
  g_autoptr(NbContact) grace = nb_store_get_contact (fixture->store, fixture->grace);
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &folded, NULL, NULL));
  g_assert_true (g_str_has_prefix (folded, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
  g_assert_true (g_str_has_suffix (folded, "END:VCALENDAR\r\n"));

  /* Every line ends in CRLF and is at most 75 octets. */
  lines = g_strsplit (folded, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
    }

  text = g_regex_replace_literal (unfold, folded, -1, 0, "", 0, NULL);

  assert_contains (text, "BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n");
  assert_contains (text, "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n");
  g_assert_null (strstr (text, "freeassociation"));

  assert_contains (text, "SUMMARY:Lunch with Ada Lovelace\r\n");
  assert_contains (text, "DTSTART;TZID=Europe/Berlin:20261125T123000\r\n");
  assert_contains (text, "DTEND;TZID=Europe/Berlin:20261125T134500\r\n");
  assert_contains (text, "LOCATION:Café Einstein\\, Unter den Linden 42\\, Berlin\r\n");
  assert_contains (text, "DESCRIPTION:The engine\\; the notes\\, and\\nthe sketches \\\\ drafts\r\n");
  assert_contains (text, "ATTENDEE;CN=Ada Lovelace;ROLE=REQ-PARTICIPANT:mailto:ada@example.org\r\n");
  assert_contains (text, "STATUS:CONFIRMED\r\n");
  assert_contains (text, "X-NETBOOK-PAYER:me\r\n");

  assert_contains (text, "SUMMARY:Dinner with Grace Hopper\r\n");
  assert_contains (text, "DTSTART;TZID=America/New_York:20261127T190000\r\n");
  assert_contains (text, "STATUS:CANCELLED\r\n");
  grace_uid = g_strdup_printf ("ATTENDEE;CN=Grace Hopper;ROLE=REQ-PARTICIPANT:urn:uuid:%s\r\n",
                               nb_contact_get_uid (grace));
  assert_contains (text, grace_uid);

  /* UTC is written as UTC. */
  assert_contains (text, "DTSTART:20261120T090000Z\r\n");
  assert_contains (text, "ATTENDEE;CN=Alan Turing;ROLE=REQ-PARTICIPANT:invalid:nomail\r\n");

  for (guint i = 0; i < G_N_ELEMENTS (fixture->meals); i++)
    {
      g_autofree char *uid = g_strdup_printf ("UID:%s\r\n", nb_meeting_get_uid (fixture->meals[i]));

      assert_contains (text, uid);
    }
}

static void
assert_meals_equal (NbMeeting *a,
                    NbMeeting *b)
{
  GPtrArray *a_attendees = nb_meeting_get_attendees (a);
  GPtrArray *b_attendees = nb_meeting_get_attendees (b);

  g_assert_cmpstr (nb_meeting_get_uid (a), ==, nb_meeting_get_uid (b));
  g_assert_cmpint (nb_meeting_get_kind (a), ==, nb_meeting_get_kind (b));
  g_assert_true (g_date_time_equal (nb_meeting_get_start (a), nb_meeting_get_start (b)));
  g_assert_cmpstr (g_time_zone_get_identifier (g_date_time_get_timezone (nb_meeting_get_start (a))), ==,
                   g_time_zone_get_identifier (g_date_time_get_timezone (nb_meeting_get_start (b))));
  g_assert_cmpuint (nb_meeting_get_duration (a), ==, nb_meeting_get_duration (b));
  g_assert_cmpstr (nb_meeting_get_place (a), ==, nb_meeting_get_place (b));
  g_assert_cmpstr (nb_meeting_get_address (a), ==, nb_meeting_get_address (b));
  g_assert_cmpint (nb_meeting_get_payer (a), ==, nb_meeting_get_payer (b));
  g_assert_cmpint (nb_meeting_get_status (a), ==, nb_meeting_get_status (b));
  g_assert_cmpstr (nb_meeting_get_notes (a), ==, nb_meeting_get_notes (b));
  g_assert_cmpint (nb_meeting_get_follow_up (a), ==, nb_meeting_get_follow_up (b));
  g_assert_true ((nb_meeting_get_follow_up_date (a) == NULL) == (nb_meeting_get_follow_up_date (b) == NULL));
  if (nb_meeting_get_follow_up_date (a) != NULL)
    g_assert_true (g_date_time_equal (nb_meeting_get_follow_up_date (a),
                                      nb_meeting_get_follow_up_date (b)));

  g_assert_cmpuint (a_attendees->len, ==, b_attendees->len);
  for (guint i = 0; i < a_attendees->len; i++)
    {
      NbAttendee *x = g_ptr_array_index (a_attendees, i);
      NbAttendee *y = g_ptr_array_index (b_attendees, i);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->email, ==, y->email);
      g_assert_true ((x->contact_id == 0) == (y->contact_id == 0));
    }
}

/* Exported meals import back as they were, into the same database (where
 * nothing changes) and into another one with the same contacts. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *ics = export_calendar (fixture->store, "round-trip.ics");
  g_autofree char *vcf = nb_test_tmp_path ("round-trip.vcf");
  g_autoptr(GFile) vcf_file = g_file_new_for_path (vcf);
  g_autoptr(NbExporter) contacts = nb_exporter_new (fixture->store, vcf_file);
  g_autoptr(NbImporter) again = NULL;
  g_autoptr(NbImporter) people = NULL;
  g_autoptr(NbImporter) meals = NULL;
  g_autoptr(NbImporter) twice = NULL;
  g_autofree char *other_path = nb_test_tmp_path ("other-device.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) other = nb_store_new (other_path, &error);
  g_autofree char *summary = NULL;

  again = import_file (fixture->store, ics, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_meals_added (again), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_meals_updated (again), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_meals_unchanged (again), ==, 4);
  g_assert_cmpint (count_meals (fixture->store), ==, 4);

  /* Another device: first the contacts, then the meals. */
  g_assert_true (nb_exporter_run (contacts, NULL, &error));
  people = import_file (other, vcf, &error);
  g_assert_no_error (error);
  meals = import_file (other, ics, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_meals_added (meals), ==, 4);
  g_assert_cmpuint (nb_importer_get_n_meals_skipped (meals), ==, 0);
  summary = nb_importer_dup_summary (meals);
  g_assert_cmpstr (summary, ==, "Imported 4 meals, updated 0, skipped 0");

  for (guint i = 0; i < G_N_ELEMENTS (fixture->meals); i++)
    {
      g_autoptr(NbMeeting) copy = find_by_uid (other, nb_meeting_get_uid (fixture->meals[i]));

      assert_meals_equal (fixture->meals[i], copy);
    }

  /* Ada is found by her email, Grace (who has none) by her UID, and both
   * are in touch through the done coffee. */
  {
    g_autoptr(NbMeeting) coffee = find_by_uid (other, nb_meeting_get_uid (fixture->meals[2]));
    GPtrArray *attendees = nb_meeting_get_attendees (coffee);
    NbAttendee *ada = g_ptr_array_index (attendees, 0);
    NbAttendee *grace = g_ptr_array_index (attendees, 1);
    g_autoptr(NbContact) ada_contact = nb_store_get_contact (other, ada->contact_id);
    g_autoptr(NbContact) grace_contact = nb_store_get_contact (other, grace->contact_id);

    g_assert_cmpstr (nb_contact_get_full_name (ada_contact), ==, "Ada Lovelace");
    g_assert_cmpstr (nb_contact_get_full_name (grace_contact), ==, "Grace Hopper");
    g_assert_cmpint (nb_contact_get_last_interaction (grace_contact), ==,
                     g_date_time_to_unix (nb_meeting_get_start (coffee)));
  }

  /* Importing it twice adds nothing. */
  twice = import_file (other, ics, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_meals_added (twice), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_meals_unchanged (twice), ==, 4);
  g_assert_cmpint (count_meals (other), ==, 4);
}

/* A meal changed elsewhere updates the stored one: it is matched by UID. */
static void
test_reimport_updates (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *ics = export_calendar (fixture->store, "update.ics");
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(NbMeeting) lunch = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  g_auto(GStrv) parts = NULL;

  /* "I pay" becomes "go dutch", as another device would write it. */
  g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));
  parts = g_strsplit (text, "X-NETBOOK-PAYER:me", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  changed = g_strjoinv ("X-NETBOOK-PAYER:dutch", parts);
  g_assert_true (g_file_set_contents (ics, changed, -1, NULL));

  importer = import_file (fixture->store, ics, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_meals_updated (importer), ==, 1);
  g_assert_cmpuint (nb_importer_get_n_meals_unchanged (importer), ==, 3);
  g_assert_cmpint (count_meals (fixture->store), ==, 4);

  lunch = find_by_uid (fixture->store, nb_meeting_get_uid (fixture->meals[0]));
  g_assert_cmpint (nb_meeting_get_payer (lunch), ==, NB_PAYER_DUTCH);
}

/* Calendars as Google Calendar and Outlook write them. */
static void
test_foreign_calendars (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autofree char *google = calendar_path ("google.ics");
  g_autofree char *outlook = calendar_path ("outlook.ics");
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(NbImporter) again = NULL;
  g_autoptr(NbImporter) breakfast_importer = NULL;
  g_autoptr(NbMeeting) lunch = NULL;
  g_autoptr(NbMeeting) dinner = NULL;
  g_autoptr(NbMeeting) coffee = NULL;
  g_autoptr(NbMeeting) breakfast = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gint64 ada = nb_test_add_contact (store, "Ada Lovelace", "ada@example.org");
  gint64 grace = nb_test_add_contact (store, "Grace Hopper", "grace@navy.example");
  GPtrArray *problems;
  NbAttendee *attendee;

  importer = import_file (store, google, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_meals_added (importer), ==, 3);
  g_assert_cmpuint (nb_importer_get_n_meals_skipped (importer), ==, 2);
  summary = nb_importer_dup_summary (importer);
  g_assert_cmpstr (summary, ==, "Imported 3 meals, updated 0, skipped 2");
  /* Its lunches with Ada are meals (by their titles): they count once, as
   * meals, not again as meetings. */
  g_assert_cmpuint (nb_importer_get_n_captured (importer), ==, 0);

  /* The all-day holiday and the repeating stand-up are no meals. */
  problems = nb_importer_get_problems (importer);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "Christmas Eve"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "all day"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "Team stand-up"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "repeats"));

  lunch = find_by_uid (store, "4f1c2b9e8a7d@google.com");
  g_assert_cmpint (nb_meeting_get_kind (lunch), ==, NB_MEAL_LUNCH);
  g_assert_cmpint (g_date_time_get_hour (nb_meeting_get_start (lunch)), ==, 12);
  g_assert_cmpint (g_date_time_get_minute (nb_meeting_get_start (lunch)), ==, 30);
  g_assert_cmpstr (g_time_zone_get_identifier (g_date_time_get_timezone (nb_meeting_get_start (lunch))), ==,
                   "Europe/Berlin");
  g_assert_cmpuint (nb_meeting_get_duration (lunch), ==, 75);
  g_assert_cmpstr (nb_meeting_get_place (lunch), ==, "Café Einstein, Unter den Linden 42, Berlin");
  g_assert_cmpstr (nb_meeting_get_notes (lunch), ==,
                   "Talk about the engine, and the notes on Menabrea.\nBring the sketches.");
  g_assert_cmpint (nb_meeting_get_payer (lunch), ==, NB_PAYER_UNSETTLED);
  g_assert_cmpint (nb_meeting_get_status (lunch), ==, NB_MEETING_PLANNED);
  g_assert_cmpuint (nb_meeting_get_attendees (lunch)->len, ==, 1);
  attendee = g_ptr_array_index (nb_meeting_get_attendees (lunch), 0);
  /* Matched by email, whatever its case. */
  g_assert_cmpint (attendee->contact_id, ==, ada);
  g_assert_cmpstr (attendee->name, ==, "Ada Lovelace");

  /* DURATION instead of DTEND; the kind from the summary; a guest who is no
   * contact keeps her name. */
  dinner = find_by_uid (store, "9c3d77e1a2b4@google.com");
  g_assert_cmpint (nb_meeting_get_kind (dinner), ==, NB_MEAL_DINNER);
  g_assert_cmpuint (nb_meeting_get_duration (dinner), ==, 120);
  g_assert_cmpint (g_date_time_to_unix (nb_meeting_get_start (dinner)), ==, 1795802400);
  g_assert_cmpuint (nb_meeting_get_attendees (dinner)->len, ==, 2);
  attendee = g_ptr_array_index (nb_meeting_get_attendees (dinner), 0);
  g_assert_cmpint (attendee->contact_id, ==, grace);
  attendee = g_ptr_array_index (nb_meeting_get_attendees (dinner), 1);
  g_assert_cmpint (attendee->contact_id, ==, 0);
  g_assert_cmpstr (attendee->name, ==, "Katherine Johnson");
  g_assert_cmpstr (attendee->email, ==, "kj@nasa.example");

  coffee = find_by_uid (store, "cancelled@google.com");
  g_assert_cmpint (nb_meeting_get_kind (coffee), ==, NB_MEAL_COFFEE);
  g_assert_cmpint (nb_meeting_get_status (coffee), ==, NB_MEETING_CANCELLED);

  again = import_file (store, google, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_meals_added (again), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_meals_unchanged (again), ==, 3);
  g_assert_cmpint (count_meals (store), ==, 3);

  /* Outlook: a Windows time zone defined in the file, quoted TZIDs. */
  breakfast_importer = import_file (store, outlook, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_meals_added (breakfast_importer), ==, 1);
  breakfast = find_by_uid (store, "040000008200E00074C5B7101A82E00800000000");
  g_assert_cmpint (nb_meeting_get_kind (breakfast), ==, NB_MEAL_BREAKFAST);
  /* 08:00 at UTC+1 */
  g_assert_cmpint (g_date_time_to_unix (nb_meeting_get_start (breakfast)), ==, 1795676400);
  g_assert_cmpuint (nb_meeting_get_duration (breakfast), ==, 90);
  g_assert_cmpstr (nb_meeting_get_place (breakfast), ==, "Bäckerei Müller");
  g_assert_cmpuint (nb_meeting_get_attendees (breakfast)->len, ==, 0);
}

/* A damaged calendar is refused whole, with the reason, and nothing that
 * was stored changes, even the contacts of a good file in the same import. */
static void
test_damaged (void)
{
  const char *names[] = { "damaged.ics", "truncated.ics", "no-start.ics" };
  const char *reasons[] = { "DTSTART", "incomplete", "no valid start" };
  g_autofree char *db_path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db_path);
  g_autoptr(NbMeeting) meal = meal_at (NB_MEAL_LUNCH, "UTC", 11, 25, 12, 0);
  g_autofree char *before = NULL;
  g_autofree char *cards = g_test_build_filename (G_TEST_DIST, "data", "vcards", "google.vcf", NULL);

  add_attendee (meal, nb_test_add_contact (store, "Ada Lovelace", "ada@example.org"), "Ada Lovelace",
                "ada@example.org");
  save (store, meal);
  before = nb_test_file_checksum (db_path);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = calendar_path (names[i]);
      g_autoptr(GFile) calendar = g_file_new_for_path (path);
      g_autoptr(GFile) vcard = g_file_new_for_path (cards);
      g_autoptr(NbImporter) importer = nb_importer_new (store);
      g_autoptr(GError) error = NULL;

      nb_importer_add_file (importer, vcard);
      nb_importer_add_file (importer, calendar);
      g_assert_false (nb_importer_run (importer, NULL, &error));
      g_assert_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID);
      g_test_message ("%s: %s", names[i], error->message);
      g_assert_nonnull (strstr (error->message, names[i]));
      g_assert_nonnull (strstr (error->message, reasons[i]));

      g_assert_cmpuint (nb_importer_get_n_added (importer), ==, 0);
      g_assert_cmpuint (nb_importer_get_n_meals_added (importer), ==, 0);
      g_assert_cmpint (count_meals (store), ==, 1);
      g_assert_cmpint (nb_store_count_contacts (store), ==, 1);
    }

  {
    g_autofree char *after = nb_test_file_checksum (db_path);

    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_empty (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autofree char *path = calendar_path ("empty.ics");
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(GError) error = NULL;

  importer = import_file (store, path, &error);
  g_assert_error (error, NB_IO_ERROR, NB_IO_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "empty.ics"));
}

/* Hostile calendars: each gives an error, never a crash or a half import. */
/* A synced event that is not a meal, whose all-day end is no date: as if
 * it had none, one day. Found by fuzzing (a critical, then a NULL end). */
static void
test_other_event_bad_end (void)
{
  const char *text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                     "UID:not-a-date\r\nDTSTART;VALUE=DATE:20261230\r\n"
                     "DTEND;VALUE=DATE:68228857\r\nSUMMARY:Conference\r\n"
                     "END:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(NbCalendarEvent) event = nb_ical_read_other_event (text, "bad-end", &error);
  g_autoptr(GDateTime) day_after = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (event);
  g_assert_true (nb_calendar_event_get_all_day (event));
  day_after = g_date_time_add_days (nb_calendar_event_get_start (event), 1);
  g_assert_true (g_date_time_equal (nb_calendar_event_get_end (event), day_after));
}

/* A CR inside a line of a calendar with LF line ends is part of the line
 * for libical; the lines Netbook keeps as they were written must be split
 * the same way, or a meal written back holds half a line. Found by
 * fuzzing. */
static void
test_lone_cr_written_back (void)
{
  const char *text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                     "UID:lone-cr\r\nDTSTART:20261218T190000\r\n"
                     "SUMMARY:Dinner\r\rat ours\r\n"
                     "X-OTHER-APP:kept\ras it was\r\n"
                     "END:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  events = nb_ical_parse (text, "lone-cr.ics", problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);

  written = nb_ical_write_meeting_calendar (((NbIcalEvent *) g_ptr_array_index (events, 0))->meeting,
                                            NULL, NULL);
  g_assert_nonnull (strstr (written, "\r\nX-OTHER-APP:kept\ras it was\r\n"));
  again = nb_ical_parse (written, "written.ics", problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 1);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_hostile (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GString) deep = g_string_new ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n");
  g_autoptr(GString) long_line = g_string_new ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
                                               "DTSTART:20261125T120000Z\r\nSUMMARY:Lunch ");
  const char *texts[] = {
    "BEGIN:VCALENDAR\r\n\xff\xfe garbage\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261125T120000Z\r\nSUMMARY:a\0b\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261332T256161Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261125T120000Z\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    NULL, NULL,
  };
  gsize lengths[G_N_ELEMENTS (texts)];

  for (guint i = 0; i < 20000; i++)
    g_string_append (deep, "BEGIN:VALARM\r\n");
  texts[5] = deep->str;
  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (long_line, 'x');
  g_string_append (long_line, "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  texts[6] = long_line->str;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    lengths[i] = strlen (texts[i]);
  /* The second holds a NUL on purpose. */
  lengths[1] = sizeof ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261125T120000Z\r\nSUMMARY:a\0b\r\n"
                       "END:VEVENT\r\nEND:VCALENDAR\r\n") - 1;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *name = g_strdup_printf ("hostile-%u.ics", i);
      g_autofree char *path = nb_test_tmp_path (name);
      g_autoptr(NbImporter) importer = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, texts[i], lengths[i], NULL));
      importer = import_file (store, path, &error);
      g_test_message ("%s: %s", name, error ? error->message : "imported");

      /* The long summary is a valid meal; the others are refused. */
      if (i == 6)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (nb_importer_get_n_meals_added (importer), ==, 1);
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_nonnull (strstr (error->message, name));
          g_assert_cmpint (count_meals (store), ==, 0);
        }
    }
}

/* Odd but readable events are read with sane values, and match themselves
 * when imported again even without a UID. */
static void
test_lenient (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autofree char *path = nb_test_tmp_path ("odd.ics");
  g_autoptr(NbImporter) first = NULL;
  g_autoptr(NbImporter) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meals = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 11, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2026, 12, 1, 0, 0, 0);
  const char *text =
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261125T120000Z\r\n"
    "DTEND:20261124T120000Z\r\nATTENDEE;CN=\"\r\nSUMMARY:Lunch\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART:20261126T190000Z\r\nDURATION:P30D\r\nSUMMARY:Dinner\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n";
  NbMeeting *lunch, *dinner;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  first = import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_meals_added (first), ==, 2);

  meals = nb_store_list_meetings (store, from, to);
  g_assert_cmpuint (meals->len, ==, 2);
  lunch = g_ptr_array_index (meals, 0);
  dinner = g_ptr_array_index (meals, 1);
  /* An end before the start: the kind's usual length. */
  g_assert_cmpuint (nb_meeting_get_duration (lunch), ==, nb_meal_kind_get_default_duration (NB_MEAL_LUNCH));
  g_assert_cmpuint (nb_meeting_get_attendees (lunch)->len, ==, 0);
  /* No meal lasts a month. */
  g_assert_cmpuint (nb_meeting_get_duration (dinner), ==, 24 * 60);

  second = import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_meals_added (second), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_meals_unchanged (second), ==, 2);
}

static void
set_birthday (NbStore    *store,
              gint64      id,
              const char *text)
{
  g_autoptr(NbContact) stored = nb_store_get_contact (store, id);
  g_autoptr(NbContact) contact = nb_contact_copy (stored);
  g_autoptr(NbBirthday) birthday = nb_birthday_parse (text);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;

  nb_contact_set_birthday (contact, birthday);
  saved = nb_store_save_contact (store, contact, &error);
  g_assert_no_error (error);
}

/* The days a yearly event of @text falls on from 2026 to 2029, as libical
 * (which GNOME Calendar reads calendars with) expands it. */
static char *
expand_birthday (const char *text,
                 const char *uid)
{
  g_autoptr(GString) days = g_string_new (NULL);
  icalcomponent *root = icalparser_parse_string (text);
  icalcomponent *event;

  g_assert_nonnull (root);
  for (event = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      break;
  g_assert_nonnull (event);

  {
    icalproperty *rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
    struct icaltimetype start = icalcomponent_get_dtstart (event);
    icalrecur_iterator *it = icalrecur_iterator_new (icalproperty_get_rrule (rrule), start);
    struct icaltimetype next;

    g_assert_true (start.is_date);
    while (!icaltime_is_null_time (next = icalrecur_iterator_next (it)) && next.year < 2030)
      if (next.year >= 2026)
        g_string_append_printf (days, "%s%04d-%02d-%02d", days->len ? " " : "", next.year, next.month, next.day);
    icalrecur_iterator_free (it);
  }

  icalcomponent_free (root);
  return g_strdup (days->str);
}

/* Birthdays export as yearly all-day events that calendars show on the
 * right days, and do not come back as meals. */
static void
test_birthdays (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 leap = nb_test_add_contact (fixture->store, "Leap Day", NULL);
  gint64 no_year = nb_test_add_contact (fixture->store, "No Year", NULL);
  g_autoptr(NbContact) ada = NULL;
  g_autoptr(NbContact) leap_contact = NULL;
  g_autoptr(NbContact) no_year_contact = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *days = NULL;
  g_autoptr(GRegex) unfold = g_regex_new ("\r\n[ \t]", 0, 0, NULL);
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(GError) error = NULL;

  set_birthday (fixture->store, fixture->ada, "1815-12-10");
  set_birthday (fixture->store, leap, "1984-02-29");
  set_birthday (fixture->store, no_year, "--02-29");
  ada = nb_store_get_contact (fixture->store, fixture->ada);
  leap_contact = nb_store_get_contact (fixture->store, leap);
  no_year_contact = nb_store_get_contact (fixture->store, no_year);

  path = export_calendar (fixture->store, "birthdays.ics");
  g_assert_true (g_file_get_contents (path, &folded, NULL, NULL));
  text = g_regex_replace_literal (unfold, folded, -1, 0, "", 0, NULL);

  expected = g_strdup_printf ("UID:netbook-birthday-%s\r\n", nb_contact_get_uid (ada));
  assert_contains (text, expected);
  assert_contains (text, "DTSTART;VALUE=DATE:18151210\r\nDTEND;VALUE=DATE:18151211\r\n"
                         "RRULE:FREQ=YEARLY\r\n");
  assert_contains (text, "SUMMARY:Ada Lovelace’s birthday\r\n");
  assert_contains (text, "TRANSP:TRANSPARENT\r\n");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("X-NETBOOK-BIRTHDAY:%s\r\n", nb_contact_get_uid (ada));
  assert_contains (text, expected);

  /* Ada's birthday every December 10. */
  g_clear_pointer (&uid, g_free);
  uid = g_strdup_printf ("netbook-birthday-%s", nb_contact_get_uid (ada));
  days = expand_birthday (text, uid);
  g_assert_cmpstr (days, ==, "2026-12-10 2027-12-10 2028-12-10 2029-12-10");

  /* February 29: on February 28 in common years. */
  assert_contains (text, "DTSTART;VALUE=DATE:19840229\r\nDTEND;VALUE=DATE:19840301\r\n"
                         "RRULE:FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2\r\n");
  g_clear_pointer (&uid, g_free);
  g_clear_pointer (&days, g_free);
  uid = g_strdup_printf ("netbook-birthday-%s", nb_contact_get_uid (leap_contact));
  days = expand_birthday (text, uid);
  g_assert_cmpstr (days, ==, "2026-02-28 2027-02-28 2028-02-29 2029-02-28");

  /* Without a year: from 1972, a leap year, on. */
  assert_contains (text, "DTSTART;VALUE=DATE:19720229\r\n");
  g_clear_pointer (&uid, g_free);
  g_clear_pointer (&days, g_free);
  uid = g_strdup_printf ("netbook-birthday-%s", nb_contact_get_uid (no_year_contact));
  days = expand_birthday (text, uid);
  g_assert_cmpstr (days, ==, "2026-02-28 2027-02-28 2028-02-29 2029-02-28");

  /* Imported back, the birthdays are no meals, nor left-out events. */
  importer = import_file (fixture->store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_meals_added (importer), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_meals_unchanged (importer), ==, 4);
  g_assert_cmpuint (nb_importer_get_n_meals_skipped (importer), ==, 0);
  g_assert_cmpint (count_meals (fixture->store), ==, 4);
}

/* The parser alone, as the file importer uses it. */
static void
test_parse_several_calendars (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261125T120000Z\r\n"
    "SUMMARY:Lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTART:20261126T190000Z\r\n"
    "SUMMARY:Drinks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  NbIcalEvent *event;

  events = nb_ical_parse (text, "two.ics", problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  event = g_ptr_array_index (events, 1);
  g_assert_cmpstr (nb_meeting_get_uid (event->meeting), ==, "b");
  g_assert_cmpint (nb_meeting_get_kind (event->meeting), ==, NB_MEAL_DRINKS);
  g_assert_cmpuint (nb_meeting_get_duration (event->meeting), ==,
                    nb_meal_kind_get_default_duration (NB_MEAL_DRINKS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/ical/export-content", Fixture, NULL, fixture_set_up, test_export_content, fixture_tear_down);
  g_test_add ("/ical/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/ical/reimport-updates", Fixture, NULL, fixture_set_up, test_reimport_updates,
              fixture_tear_down);
  g_test_add ("/ical/birthdays", Fixture, NULL, fixture_set_up, test_birthdays, fixture_tear_down);
  g_test_add_func ("/ical/foreign-calendars", test_foreign_calendars);
  g_test_add_func ("/ical/damaged", test_damaged);
  g_test_add_func ("/ical/empty", test_empty);
  g_test_add_func ("/ical/hostile", test_hostile);
  g_test_add_func ("/ical/other-event-bad-end", test_other_event_bad_end);
  g_test_add_func ("/ical/lone-cr-written-back", test_lone_cr_written_back);
  g_test_add_func ("/ical/lenient", test_lenient);
  g_test_add_func ("/ical/several-calendars", test_parse_several_calendars);

  return g_test_run ();
}
