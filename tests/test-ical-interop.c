/* test-ical-interop.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-ical-events.h"
#include "nb-ical-text.h"
#include "nb-ical.h"
#include "nb-test-util.h"

/* Calendars that other apps wrote (khal, Thunderbird, Apple Calendar,
 * Google; samples in tests/data/calendars written after their exports):
 * what Netbook takes for a meal and what not, and that writing a meal back
 * changes nothing but what Netbook changed. Python's icalendar reads what
 * Netbook writes, as a reader nobody on this project wrote. */

#define PLACE "Café Einstein, Unter den Linden; 2nd floor \\ back\nHof 3"

static char *
read_sample (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "calendars", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

static NbIcalEvent *
read_meal (const char *text)
{
  g_autoptr(NbCalendarEvent) other = NULL;
  g_autoptr(GError) error = NULL;
  NbIcalEvent *meal = NULL;

  g_assert_true (nb_ical_read_resource (text, "sample", &meal, &other, &error));
  g_assert_no_error (error);
  g_assert_null (other);
  g_assert_nonnull (meal);

  return meal;
}

static NbCalendarEvent *
read_other (const char *text)
{
  g_autoptr(NbIcalEvent) meal = NULL;
  g_autoptr(GError) error = NULL;
  NbCalendarEvent *other = NULL;

  g_assert_true (nb_ical_read_resource (text, "sample", &meal, &other, &error));
  g_assert_no_error (error);
  g_assert_null (meal);
  g_assert_nonnull (other);

  return other;
}

/* The content lines of @text, unfolded. */
static GPtrArray *
unfolded_lines (const char *text)
{
  g_autoptr(GPtrArray) lines = nb_ical_text_split (text);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (out, g_strdup (((NbIcalLine *) g_ptr_array_index (lines, i))->unfolded));

  return out;
}

static gboolean
has_line (GPtrArray  *lines,
          const char *line)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (g_ptr_array_index (lines, i), line))
      return TRUE;

  return FALSE;
}

static guint
count_prefix (GPtrArray  *lines,
              const char *prefix)
{
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    n += g_str_has_prefix (g_ptr_array_index (lines, i), prefix);

  return n;
}

/* What the raw lines of @before became in @after: each line of @before
 * whose name is not in @changed must be in @after, exactly as it was
 * written, folds and all. */
static void
assert_kept (const char         *before,
             const char         *after,
             const char * const *changed)
{
  g_autoptr(GPtrArray) lines = nb_ical_text_split (before);

  for (guint i = 0; i < lines->len; i++)
    {
      NbIcalLine *line = g_ptr_array_index (lines, i);

      if (g_strv_contains (changed, line->name))
        continue;
      if (strstr (after, line->raw) == NULL)
        g_error ("“%s” was not kept as it was written in:\n%s", line->unfolded, after);
    }
}

/* khal writes a lunch with a title of its own, an alarm, an organizer,
 * attendees with their answers, categories and its own property. */
static void
test_khal_meal_read (void)
{
  g_autofree char *text = read_sample ("khal-lunch.ics");
  g_autoptr(NbIcalEvent) meal = read_meal (text);
  NbMeeting *meeting = meal->meeting;
  GPtrArray *attendees = nb_meeting_get_attendees (meeting);
  g_autofree char *title = nb_meeting_dup_title (meeting);

  g_assert_cmpint (nb_meeting_get_kind (meeting), ==, NB_MEAL_LUNCH);
  g_assert_cmpstr (title, ==, "Lunch with Katherine Johnson");
  g_assert_cmpstr (nb_meeting_get_title (meeting), ==, "Lunch with Katherine Johnson");
  g_assert_cmpstr (nb_meeting_get_place (meeting), ==, "Langley cafeteria, Building 1244");
  g_assert_null (nb_meeting_get_address (meeting));
  g_assert_cmpstr (nb_meeting_get_notes (meeting), ==, "Talk about the trajectory\nfor Friendship 7.");
  g_assert_cmpuint (nb_meeting_get_duration (meeting), ==, 90);
  g_assert_cmpuint (attendees->len, ==, 2);
  g_assert_cmpstr (((NbAttendee *) g_ptr_array_index (attendees, 0))->email, ==, "katherine@langley.example");
  g_assert_cmpstr (((NbAttendee *) g_ptr_array_index (attendees, 1))->name, ==, "Mary Jackson");
  g_assert_cmpstr (nb_meeting_get_ical_source (meeting), ==, text);
}

/* Written back untouched, it is the very same text. */
static void
test_unchanged_is_identical (void)
{
  g_autofree char *text = read_sample ("khal-lunch.ics");
  g_autoptr(NbIcalEvent) meal = read_meal (text);
  g_autofree char *again = nb_ical_write_meeting_calendar (meal->meeting, NULL, NULL);

  g_assert_cmpstr (again, ==, text);
}

static const char python_khal_check[] =
  "import sys, icalendar\n"
  "cal = icalendar.Calendar.from_ical(sys.stdin.read())\n"
  "ev = [c for c in cal.walk('VEVENT')][0]\n"
  "alarm = [c for c in ev.walk('VALARM')][0]\n"
  "print('SUMMARY=' + str(ev['SUMMARY']))\n"
  "print('TRIGGER=' + alarm.decoded('TRIGGER').__str__())\n"
  "print('ORGANIZER=' + ev['ORGANIZER'].params['CN'])\n"
  "for a in ev.get('ATTENDEE'):\n"
  "    print('ATTENDEE=%s %s' % (a.params['CN'], a.params['PARTSTAT']))\n"
  "print('CATEGORIES=' + ','.join(ev['CATEGORIES'].cats))\n"
  "print('X-KHAL-TEST=' + str(ev['X-KHAL-TEST']))\n"
  "print('LOCATION=' + repr(str(ev['LOCATION'])))\n"
  "print('X-NETBOOK-PLACE=' + repr(str(ev['X-NETBOOK-PLACE'])))\n"
  "print('START=' + ev.decoded('DTSTART').isoformat())\n"
  "print('SEQUENCE=%d' % ev['SEQUENCE'])\n";

/* Netbook changes only its own fields (time, place, who pays): what khal
 * wrote stays as khal wrote it, and Python's icalendar reads it so. */
static void
test_edit_own_fields (void)
{
  static const char * const changed[] = { "DTSTART", "DTEND", "DTSTAMP", "LAST-MODIFIED",
                                           "LOCATION", "SEQUENCE", NULL };
  g_autofree char *text = read_sample ("khal-lunch.ics");
  g_autoptr(NbIcalEvent) meal = read_meal (text);
  g_autoptr(NbIcalEvent) back = NULL;
  g_autoptr(GDateTime) later = g_date_time_add_hours (nb_meeting_get_start (meal->meeting), 1);
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *written = NULL;
  g_autofree char *seen = NULL;
  g_autofree char *expected_place = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *location_line = NULL;

  nb_meeting_set_start (meal->meeting, later);
  nb_meeting_set_place (meal->meeting, PLACE);
  nb_meeting_set_payer (meal->meeting, NB_PAYER_ME);
  written = nb_ical_write_meeting_calendar (meal->meeting, NULL, NULL);

  assert_kept (text, written, changed);
  lines = unfolded_lines (written);
  g_assert_true (has_line (lines, "SUMMARY:Lunch with Katherine Johnson"));
  g_assert_true (has_line (lines, "SEQUENCE:3"));
  g_assert_true (has_line (lines, "DTSTART;TZID=Europe/Berlin:20261210T133000"));
  g_assert_true (has_line (lines, "X-NETBOOK-PAYER:me"));
  escaped = nb_ical_escape_text (PLACE);
  location_line = g_strconcat ("LOCATION:", escaped, NULL);
  g_assert_true (has_line (lines, location_line));
  g_assert_cmpstr (escaped, ==, "Café Einstein\\, Unter den Linden\\; 2nd floor \\\\ back\\nHof 3");
  g_assert_cmpuint (count_prefix (lines, "BEGIN:VTIMEZONE"), ==, 1);
  /* khal named no kind: Netbook does not name one either, as it did not
   * change it. */
  g_assert_cmpuint (count_prefix (lines, "X-NETBOOK-KIND"), ==, 0);

  /* Read back by Netbook: as it was set. */
  back = read_meal (written);
  g_assert_true (g_date_time_equal (nb_meeting_get_start (back->meeting), later));
  g_assert_cmpstr (nb_meeting_get_place (back->meeting), ==, PLACE);
  g_assert_cmpint (nb_meeting_get_payer (back->meeting), ==, NB_PAYER_ME);
  g_assert_cmpstr (nb_meeting_get_title (back->meeting), ==, "Lunch with Katherine Johnson");

  /* Read by another reader: khal's parts intact, Netbook's exact. */
  seen = nb_test_run_python (python_khal_check, written);
  expected_place = g_strdup_printf ("LOCATION=%s\n", "'Café Einstein, Unter den Linden; 2nd floor \\\\ back\\nHof 3'");
  g_assert_nonnull (strstr (seen, "SUMMARY=Lunch with Katherine Johnson\n"));
  g_assert_nonnull (strstr (seen, "TRIGGER=-1 day, 23:45:00\n"));
  g_assert_nonnull (strstr (seen, "ORGANIZER=Dorothy Vaughan, NACA\n"));
  g_assert_nonnull (strstr (seen, "ATTENDEE=Katherine Johnson ACCEPTED\n"));
  g_assert_nonnull (strstr (seen, "ATTENDEE=Mary Jackson TENTATIVE\n"));
  g_assert_nonnull (strstr (seen, "CATEGORIES=work,orbits\n"));
  g_assert_nonnull (strstr (seen, "X-KHAL-TEST=keep me, exactly; as I am\n"));
  g_assert_nonnull (strstr (seen, expected_place));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-PLACE='Café Einstein, Unter den Linden; 2nd floor \\\\ back\\nHof 3'\n"));
  g_assert_nonnull (strstr (seen, "START=2026-12-10T13:30:00+01:00\n"));
  g_assert_nonnull (strstr (seen, "SEQUENCE=3\n"));
}

/* An attendee renamed keeps the answer they gave; one taken off the meal
 * is gone; one added is invited. */
static void
test_attendees (void)
{
  g_autofree char *text = read_sample ("khal-lunch.ics");
  g_autoptr(NbIcalEvent) meal = read_meal (text);
  g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *written = NULL;
  gboolean renamed = FALSE;

  g_ptr_array_add (attendees, nb_attendee_new (0, "Mary W. Jackson", "mary@langley.example"));
  g_ptr_array_add (attendees, nb_attendee_new (0, "Grace Hopper", "grace@navy.example"));
  nb_meeting_set_attendees (meal->meeting, attendees);
  written = nb_ical_write_meeting_calendar (meal->meeting, NULL, NULL);
  lines = unfolded_lines (written);

  g_assert_null (strstr (written, "katherine@"));
  g_assert_true (has_line (lines, "ATTENDEE;CN=Grace Hopper;ROLE=REQ-PARTICIPANT:mailto:grace@navy.example"));
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (!g_str_has_prefix (line, "ATTENDEE") || strstr (line, "mary@") == NULL)
        continue;
      g_assert_nonnull (strstr (line, "CN=Mary W. Jackson"));
      g_assert_nonnull (strstr (line, "PARTSTAT=TENTATIVE"));
      g_assert_nonnull (strstr (line, "RSVP=TRUE"));
      renamed = TRUE;
    }
  g_assert_true (renamed);
  /* The title was khal's own: it stays. */
  g_assert_true (has_line (lines, "SUMMARY:Lunch with Katherine Johnson"));
}

/* What is not a meal: a dentist appointment at lunch time, a holiday, a
 * repeating meeting. What is: Netbook's own, and a title naming a meal in
 * any of Netbook's languages. */
static void
test_what_is_a_meal (void)
{
  static const struct {
    const char *summary;
    const char *extra;
    gboolean    meal;
    NbMealKind  kind;
  } cases[] = {
    { "Dentist appointment", "", FALSE, 0 },
    { "Lunchbox repair", "", FALSE, 0 },
    { "Team stand-up", "X-NETBOOK-KIND:coffee\r\n", TRUE, NB_MEAL_COFFEE },
    { "Mittagessen mit Ada", "", TRUE, NB_MEAL_LUNCH },
    { "Petit-déjeuner avec Ada", "", TRUE, NB_MEAL_BREAKFAST },
    { "Déjeuner avec Ada", "", TRUE, NB_MEAL_LUNCH },
    { "CENA con Ada", "", TRUE, NB_MEAL_DINNER },
    { "Café avec Ada", "", TRUE, NB_MEAL_COFFEE },
    { "Drinks @ the Bar", "", TRUE, NB_MEAL_DRINKS },
    { "Lunch", "RRULE:FREQ=WEEKLY\r\n", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                                               "UID:case-%u\r\nDTSTAMP:20261101T080000Z\r\n"
                                               "DTSTART:20261125T120000Z\r\nDTEND:20261125T130000Z\r\n"
                                               "SUMMARY:%s\r\n%sEND:VEVENT\r\nEND:VCALENDAR\r\n",
                                               i, cases[i].summary, cases[i].extra);
      g_autoptr(NbIcalEvent) meal = NULL;
      g_autoptr(NbCalendarEvent) other = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", cases[i].summary);
      g_assert_true (nb_ical_read_resource (text, "case", &meal, &other, &error));
      g_assert_no_error (error);
      g_assert_true ((meal != NULL) == cases[i].meal);
      g_assert_true ((other != NULL) == !cases[i].meal);
      if (meal != NULL)
        g_assert_cmpint (nb_meeting_get_kind (meal->meeting), ==, cases[i].kind);
      else
        g_assert_cmpstr (nb_calendar_event_get_summary (other), ==, cases[i].summary);
    }
}

/* The msgstr of @msgid in a .po file, or NULL. */
static char *
po_translation (const char *po,
                const char *msgid)
{
  g_autofree char *key = g_strdup_printf ("\nmsgid \"%s\"\nmsgstr \"", msgid);
  const char *at = strstr (po, key);
  const char *end;

  if (at == NULL)
    return NULL;

  at += strlen (key);
  end = strchr (at, '"');
  return end ? g_strndup (at, end - at) : NULL;
}

/* Every language in po/LINGUAS: the name it gives each kind of meal is a
 * meal in a title, so that a meal written on a device in that language is
 * one on every device. */
static void
test_meal_words_of_every_language (void)
{
  static const char * const kinds[NB_MEAL_N_KINDS] = { "Breakfast", "Coffee", "Lunch", "Dinner", "Drinks" };
  g_autofree char *linguas_path = g_test_build_filename (G_TEST_DIST, "..", "po", "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_auto(GStrv) languages = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (linguas_path, &linguas, NULL, NULL));
  languages = g_strsplit_set (linguas, " \n", -1);

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat (g_strstrip (languages[i]), ".po", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "po", name, NULL);
      g_autofree char *po = NULL;

      if (*languages[i] == '\0' || languages[i][0] == '#')
        continue;

      g_assert_true (g_file_get_contents (path, &po, NULL, NULL));
      for (guint kind = 0; kind < NB_MEAL_N_KINDS; kind++)
        {
          g_autofree char *word = po_translation (po, kinds[kind]);
          g_autofree char *title = NULL;
          NbMealKind found;

          g_assert_nonnull (word);
          title = g_strdup_printf ("%s · Ada Lovelace", word);
          g_test_message ("%s: %s", name, title);
          g_assert_true (nb_meal_kind_from_title (title, &found));
          g_assert_cmpint (found, ==, kind);
          n++;
        }
    }

  g_assert_cmpuint (n, >=, 3 * NB_MEAL_N_KINDS);
}

/* A title that says only the meal, in any case or language, is no title
 * of the meal's own: it shows Netbook's, with the people in it; and it is
 * not rewritten while nothing it says changed. */
static void
test_kind_alone_is_no_title (void)
{
  static const char * const titles[] = { "lunch", "LUNCH ", "Mittagessen", "almuerzo" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *text = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                                               "UID:kind-alone\r\nDTSTAMP:20261101T080000Z\r\n"
                                               "DTSTART:20261125T120000Z\r\nDTEND:20261125T130000Z\r\n"
                                               "SUMMARY:%s\r\nATTENDEE;CN=Ada Lovelace:mailto:ada@example.org\r\n"
                                               "END:VEVENT\r\nEND:VCALENDAR\r\n", titles[i]);
      g_autoptr(NbIcalEvent) meal = read_meal (text);
      g_autofree char *title = nb_meeting_dup_title (meal->meeting);
      g_autofree char *again = nb_ical_write_meeting_calendar (meal->meeting, NULL, NULL);

      g_assert_null (nb_meeting_get_title (meal->meeting));
      g_assert_cmpstr (title, ==, "Lunch with Ada Lovelace");
      g_assert_cmpstr (again, ==, text);
    }
}

/* Another app changed LOCATION and left Netbook's X-NETBOOK-PLACE: the
 * place is what everyone sees. */
static void
test_location_wins (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:moved-place\r\n"
    "DTSTAMP:20261101T080000Z\r\nDTSTART:20261125T120000Z\r\nDTEND:20261125T130000Z\r\n"
    "SUMMARY:Lunch with Ada Lovelace\r\nLOCATION:Borchardt\\, Französische Str. 47\r\n"
    "X-NETBOOK-KIND:lunch\r\nX-NETBOOK-PLACE:Café Einstein\r\n"
    "X-NETBOOK-ADDRESS:Unter den Linden 42\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  const char *same =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:same-place\r\n"
    "DTSTAMP:20261101T080000Z\r\nDTSTART:20261125T120000Z\r\nDTEND:20261125T130000Z\r\n"
    "SUMMARY:Lunch\r\nLOCATION:Café Einstein\\, Unter den Linden 42\r\n"
    "X-NETBOOK-KIND:lunch\r\nX-NETBOOK-PLACE:Café Einstein\r\n"
    "X-NETBOOK-ADDRESS:Unter den Linden 42\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(NbIcalEvent) moved = read_meal (text);
  g_autoptr(NbIcalEvent) kept = read_meal (same);

  g_assert_cmpstr (nb_meeting_get_place (moved->meeting), ==, "Borchardt, Französische Str. 47");
  g_assert_null (nb_meeting_get_address (moved->meeting));
  g_assert_cmpstr (nb_meeting_get_place (kept->meeting), ==, "Café Einstein");
  g_assert_cmpstr (nb_meeting_get_address (kept->meeting), ==, "Unter den Linden 42");
}

/* A meal Netbook wrote on a device in German: its title is Netbook's, so
 * each device says it in its own language, and it is not rewritten while
 * nothing it says changed. */
static void
test_default_title (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:german\r\n"
    "DTSTAMP:20261101T080000Z\r\nDTSTART:20261125T120000Z\r\nDTEND:20261125T130000Z\r\n"
    "SUMMARY:Mittagessen mit Ada Lovelace\r\n"
    "ATTENDEE;CN=Ada Lovelace;ROLE=REQ-PARTICIPANT:mailto:ada@example.org\r\n"
    "X-NETBOOK-KIND:lunch\r\nX-NETBOOK-DEFAULT-TITLE:Mittagessen mit Ada Lovelace\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(NbIcalEvent) meal = read_meal (text);
  g_autofree char *title = nb_meeting_dup_title (meal->meeting);
  g_autofree char *unchanged = nb_ical_write_meeting_calendar (meal->meeting, NULL, NULL);
  g_autofree char *written = NULL;
  g_autoptr(GPtrArray) attendees = nb_attendee_array_copy (nb_meeting_get_attendees (meal->meeting));
  g_autoptr(GPtrArray) lines = NULL;

  g_assert_null (nb_meeting_get_title (meal->meeting));
  g_assert_cmpstr (title, ==, "Lunch with Ada Lovelace");
  g_assert_cmpstr (unchanged, ==, text);

  /* Someone joins: the title is Netbook's to write again. */
  g_ptr_array_add (attendees, nb_attendee_new (0, "Grace Hopper", NULL));
  nb_meeting_set_attendees (meal->meeting, attendees);
  written = nb_ical_write_meeting_calendar (meal->meeting, NULL, NULL);
  lines = unfolded_lines (written);
  g_assert_true (has_line (lines, "SUMMARY:Lunch with Ada Lovelace and Grace Hopper"));
  g_assert_true (has_line (lines, "X-NETBOOK-DEFAULT-TITLE:Lunch with Ada Lovelace and Grace Hopper"));
}

/* A meal made in Netbook with every character TEXT must escape: written,
 * read back by Netbook and by Python, it is the same. */
static void
test_escaping (void)
{
  static const char python_values[] =
    "import sys, icalendar\n"
    "ev = icalendar.Calendar.from_ical(sys.stdin.read()).walk('VEVENT')[0]\n"
    "for name in ('LOCATION', 'DESCRIPTION', 'X-NETBOOK-PLACE', 'X-NETBOOK-ADDRESS'):\n"
    "    print(name + '=' + repr(str(ev[name])))\n";
  const char *notes = "Bring: notes, sketches; and\\or drafts\nSecond line";
  const char *address = "Unter den Linden 42, 10117 Berlin; Hof 3";
  g_autoptr(NbMeeting) meeting = nb_meeting_new ();
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 25, 12, 0, 0);
  g_autoptr(NbIcalEvent) back = NULL;
  g_autofree char *written = NULL;
  g_autofree char *seen = NULL;
  g_autofree char *location = NULL;

  nb_meeting_set_uid (meeting, "escaping");
  nb_meeting_set_start (meeting, start);
  nb_meeting_set_place (meeting, PLACE);
  nb_meeting_set_address (meeting, address);
  nb_meeting_set_notes (meeting, notes);
  written = nb_ical_write_meeting_calendar (meeting, NULL, NULL);

  back = read_meal (written);
  g_assert_cmpstr (nb_meeting_get_place (back->meeting), ==, PLACE);
  g_assert_cmpstr (nb_meeting_get_address (back->meeting), ==, address);
  g_assert_cmpstr (nb_meeting_get_notes (back->meeting), ==, notes);

  seen = nb_test_run_python (python_values, written);
  location = g_strdup_printf ("LOCATION='%s, %s'\n",
                              "Café Einstein, Unter den Linden; 2nd floor \\\\ back\\nHof 3", address);
  g_assert_nonnull (strstr (seen, location));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-PLACE='Café Einstein, Unter den Linden; 2nd floor \\\\ back\\nHof 3'\n"));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-ADDRESS='Unter den Linden 42, 10117 Berlin; Hof 3'\n"));
  g_assert_nonnull (strstr (seen, "DESCRIPTION='Bring: notes, sketches; and\\\\or drafts\\nSecond line'\n"));
}

static GPtrArray *
occurrences_in (NbCalendarEvent *event,
                int              year,
                int              month)
{
  g_autoptr(GDateTime) from = g_date_time_new_utc (year, month, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_add_months (from, 1);

  return nb_ical_list_occurrences (event, from, to);
}

static char *
format_occurrences (GPtrArray *occurrences)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < occurrences->len; i++)
    {
      NbOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      g_autoptr(GDateTime) start = g_date_time_to_utc (occurrence->start);
      g_autoptr(GDateTime) end = g_date_time_to_utc (occurrence->end);
      g_autofree char *a = g_date_time_format (start, "%Y-%m-%d %H:%M");
      g_autofree char *b = g_date_time_format (end, "%H:%M");

      g_string_append_printf (out, "%s-%s\n", a, b);
    }

  return g_string_free (out, FALSE);
}

/* Events that are not meals, as the Calendar shows them: the one-off, the
 * all-day one over the new year, and a weekly one in a zone of Outlook's
 * naming, with a time left out and a time moved. */
static void
test_other_events (void)
{
  g_autofree char *dentist_text = read_sample ("dentist.ics");
  g_autofree char *conference_text = read_sample ("conference.ics");
  g_autofree char *team_text = read_sample ("team-weekly.ics");
  g_autoptr(NbCalendarEvent) dentist = read_other (dentist_text);
  g_autoptr(NbCalendarEvent) conference = read_other (conference_text);
  g_autoptr(NbCalendarEvent) team = read_other (team_text);
  g_autoptr(GPtrArray) november = NULL;
  g_autoptr(GPtrArray) december = NULL;
  g_autoptr(GPtrArray) december_conference = NULL;
  g_autoptr(GPtrArray) january_conference = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autofree char *november_text = NULL;
  g_autofree char *december_text = NULL;
  g_autofree char *until_text = NULL;

  g_assert_cmpstr (nb_calendar_event_get_summary (dentist), ==, "Dentist appointment");
  g_assert_cmpstr (nb_calendar_event_get_location (dentist), ==, "Dr. Ruth Ames, 3 Harbour St");
  g_assert_false (nb_calendar_event_get_repeats (dentist));
  g_assert_false (nb_calendar_event_get_all_day (dentist));
  g_assert_cmpint (g_date_time_to_unix (nb_calendar_event_get_until (dentist)), ==,
                   g_date_time_to_unix (nb_calendar_event_get_end (dentist)));

  g_assert_true (nb_calendar_event_get_all_day (conference));
  g_assert_cmpint (g_date_time_get_day_of_month (nb_calendar_event_get_start (conference)), ==, 30);
  g_assert_cmpint (g_date_time_get_year (nb_calendar_event_get_end (conference)), ==, 2027);
  g_assert_cmpint (g_date_time_get_day_of_month (nb_calendar_event_get_end (conference)), ==, 2);
  december_conference = occurrences_in (conference, 2026, 12);
  january_conference = occurrences_in (conference, 2027, 1);
  g_assert_cmpuint (december_conference->len, ==, 1);
  g_assert_cmpuint (january_conference->len, ==, 1);

  /* Mondays at 10:00 in W. Europe Standard Time (09:00 UTC), but the
   * 16th; the 23rd moved to Tuesday 24th, 15:00; eight times in all. */
  g_assert_true (nb_calendar_event_get_repeats (team));
  november = occurrences_in (team, 2026, 11);
  december = occurrences_in (team, 2026, 12);
  november_text = format_occurrences (november);
  december_text = format_occurrences (december);
  g_assert_cmpstr (november_text, ==,
                   "2026-11-02 09:00-10:00\n"
                   "2026-11-09 09:00-10:00\n"
                   "2026-11-24 14:00-15:00\n"
                   "2026-11-30 09:00-10:00\n");
  g_assert_cmpstr (december_text, ==,
                   "2026-12-07 09:00-10:00\n"
                   "2026-12-14 09:00-10:00\n"
                   "2026-12-21 09:00-10:00\n");
  until = g_date_time_to_utc (nb_calendar_event_get_until (team));
  until_text = g_date_time_format (until, "%Y-%m-%d %H:%M");
  g_assert_cmpstr (until_text, ==, "2026-12-21 10:00");
}

/* For ever: no end to find. */
static void
test_repeats_for_ever (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:yoga\r\nDTSTAMP:20261101T080000Z\r\n"
    "SUMMARY:Yoga\r\nDTSTART:20100104T060000\r\nDURATION:PT1H\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=MO\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(NbCalendarEvent) yoga = read_other (text);
  g_autoptr(GPtrArray) november = occurrences_in (yoga, 2026, 11);

  g_assert_true (nb_calendar_event_get_repeats (yoga));
  g_assert_null (nb_calendar_event_get_until (yoga));
  /* Floating: 6:00 wherever one is. */
  g_assert_cmpuint (november->len, ==, 5);
  for (guint i = 0; i < november->len; i++)
    g_assert_cmpint (g_date_time_get_hour (((NbOccurrence *) g_ptr_array_index (november, i))->start), ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ical-interop/khal-meal-read", test_khal_meal_read);
  g_test_add_func ("/ical-interop/unchanged-is-identical", test_unchanged_is_identical);
  g_test_add_func ("/ical-interop/edit-own-fields", test_edit_own_fields);
  g_test_add_func ("/ical-interop/attendees", test_attendees);
  g_test_add_func ("/ical-interop/what-is-a-meal", test_what_is_a_meal);
  g_test_add_func ("/ical-interop/meal-words-of-every-language", test_meal_words_of_every_language);
  g_test_add_func ("/ical-interop/kind-alone-is-no-title", test_kind_alone_is_no_title);
  g_test_add_func ("/ical-interop/location-wins", test_location_wins);
  g_test_add_func ("/ical-interop/default-title", test_default_title);
  g_test_add_func ("/ical-interop/escaping", test_escaping);
  g_test_add_func ("/ical-interop/other-events", test_other_events);
  g_test_add_func ("/ical-interop/repeats-for-ever", test_repeats_for_ever);

  return g_test_run ();
}
