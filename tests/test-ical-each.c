/* test-ical-each.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-ical.h"
#include "nb-ical-private.h"
#include "nb-test-util.h"

/* A calendar is read one top-level component at a time when it is plainly
 * written, and whole otherwise (nb-ical.c): both must find the same meals,
 * the same events left out, the same damage and the same events as
 * written. Each calendar of tests/data and of the fuzz corpus is read both
 * ways, as it is and changed: with LF or CR line ends, its time zones
 * after its events, its BEGIN and END lines in lower case or folded, twice
 * in one file, cut short at each line, without each of its lines. */

static char *
describe (NbIcalEvent *event)
{
  NbMeeting *meeting = event->meeting;
  GString *out = g_string_new (NULL);
  GDateTime *start = nb_meeting_get_start (meeting);
  GDateTime *sent = nb_meeting_get_follow_up_date (meeting);
  GPtrArray *attendees = nb_meeting_get_attendees (meeting);

  g_string_append_printf (out, "uid=%s kind=%d start=%" G_GINT64_FORMAT "/%s duration=%u\n",
                          nb_meeting_get_uid (meeting), nb_meeting_get_kind (meeting),
                          start ? g_date_time_to_unix (start) : -1,
                          start ? g_date_time_get_timezone_abbreviation (start) : "",
                          nb_meeting_get_duration (meeting));
  g_string_append_printf (out, "title=%s place=%s address=%s notes=%s\n",
                          nb_meeting_get_title (meeting), nb_meeting_get_place (meeting),
                          nb_meeting_get_address (meeting), nb_meeting_get_notes (meeting));
  g_string_append_printf (out, "payer=%d status=%d follow-up=%d sent=%" G_GINT64_FORMAT "\n",
                          nb_meeting_get_payer (meeting), nb_meeting_get_status (meeting),
                          nb_meeting_get_follow_up (meeting), sent ? g_date_time_to_unix (sent) : -1);
  for (guint i = 0; attendees != NULL && i < attendees->len; i++)
    {
      NbAttendee *attendee = g_ptr_array_index (attendees, i);

      g_string_append_printf (out, "attendee=%s <%s> %s\n", attendee->name, attendee->email,
                              (char *) g_ptr_array_index (event->attendee_uids, i));
    }
  g_string_append_printf (out, "source=[%s]\n", nb_meeting_get_ical_source (meeting));

  return g_string_free (out, FALSE);
}

static char *
describe_reading (GPtrArray *events,
                  GPtrArray *problems,
                  GError    *error)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "error: %s\n", error ? error->message : "none");
  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (out, "problem: %s\n", (char *) g_ptr_array_index (problems, i));
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      g_autofree char *event = describe (g_ptr_array_index (events, i));

      g_string_append (out, event);
    }

  return g_string_free (out, FALSE);
}

static guint n_compared;
static guint n_read_each;

/* Reads @text both ways and compares. */
static void
compare (const char *text,
         const char *what)
{
  g_autoptr(GPtrArray) problems_whole = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) problems_each = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error_whole = NULL;
  g_autoptr(GError) error_each = NULL;
  g_autoptr(GPtrArray) whole = _nb_ical_parse_whole (text, "test.ics", problems_whole, &error_whole);
  g_autoptr(GPtrArray) each = nb_ical_parse (text, "test.ics", problems_each, &error_each);
  g_autofree char *expected = describe_reading (whole, problems_whole, error_whole);
  g_autofree char *found = describe_reading (each, problems_each, error_each);

  if (g_strcmp0 (expected, found) != 0)
    g_test_message ("%s:\n%s", what, text);
  g_assert_cmpstr (found, ==, expected);
  n_compared++;
}

static char *
replace_all (const char *text,
             const char *from,
             const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

/* @text with its VTIMEZONEs moved to just before its last END:VCALENDAR. */
static char *
zones_last (const char *text)
{
  g_autoptr(GString) rest = g_string_new (NULL);
  g_autoptr(GString) zones = g_string_new (NULL);
  const char *p = text;
  const char *end;

  while ((p = strstr (text, "BEGIN:VTIMEZONE")) != NULL && (end = strstr (p, "END:VTIMEZONE")) != NULL)
    {
      end = strchr (end, '\n');
      if (end == NULL)
        break;
      end++;
      g_string_append_len (rest, text, p - text);
      g_string_append_len (zones, p, end - p);
      text = end;
    }
  g_string_append (rest, text);

  p = g_strrstr (rest->str, "END:VCALENDAR");
  if (p != NULL)
    g_string_insert (rest, p - rest->str, zones->str);

  return g_string_free (g_steal_pointer (&rest), FALSE);
}

static void
compare_variants (const char *text,
                  const char *name)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_lines = g_strv_length (lines);
  g_autofree char *lf = replace_all (text, "\r\n", "\n");
  g_autofree char *cr = replace_all (lf, "\n", "\r");
  g_autofree char *zones = zones_last (text);
  g_autofree char *lower_begin = replace_all (text, "BEGIN:V", "begin:v");
  g_autofree char *lower = replace_all (lower_begin, "END:V", "end:v");
  g_autofree char *folded_begin = replace_all (text, "BEGIN:VEVENT", "BEGIN:VEV\r\n ENT");
  g_autofree char *folded = replace_all (folded_begin, "END:VEVENT", "END:\r\n\tVEVENT");
  g_autofree char *twice = g_strconcat (text, text, NULL);
  g_autofree char *what = NULL;

  /* A plainly written calendar is read one component at a time, with any
   * line ends, its time zones anywhere, its names in any case, folded. */
  if (_nb_ical_reads_each (text))
    {
      const char *variants[] = { lf, cr, zones, lower, folded, twice };

      n_read_each++;
      for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
        g_assert_true (_nb_ical_reads_each (variants[i]));
    }

  compare (text, name);
  compare (lf, "LF");
  compare (cr, "CR");
  compare (zones, "time zones last");
  compare (lower, "lower case");
  compare (folded, "folded");
  compare (twice, "twice");

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(GString) without = g_string_new (NULL);
      GString *head = g_string_new (NULL);

      for (guint j = 0; j < n_lines; j++)
        {
          if (j < i)
            {
              g_string_append (head, lines[j]);
              g_string_append_c (head, '\n');
            }
          if (j != i)
            {
              g_string_append (without, lines[j]);
              if (j + 1 < n_lines)
                g_string_append_c (without, '\n');
            }
        }
      g_free (what);
      what = g_strdup_printf ("%s cut at line %u", name, i);
      compare (head->str, what);
      g_string_free (head, TRUE);
      g_free (what);
      what = g_strdup_printf ("%s without line %u", name, i);
      compare (without->str, what);
    }
}

static void
compare_directory (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *text = NULL;
      gsize length = 0;

      if (!g_file_get_contents (file, &text, &length, NULL) ||
          memchr (text, '\0', length) != NULL || !g_utf8_validate (text, length, NULL))
        continue;
      compare_variants (text, name);
    }
}

static void
test_same_as_whole (void)
{
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "data", "calendars", NULL);
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", "ical", NULL);
  g_autofree char *regressions = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", "ical", NULL);

  compare_directory (data);
  compare_directory (corpus);
  compare_directory (regressions);
  g_test_message ("%u calendars read both ways, of which %u files read one component at a time",
                  n_compared, n_read_each);
  g_assert_cmpuint (n_compared, >, 500);
  g_assert_cmpuint (n_read_each, >=, 10);
}

/* What libical reads in its own way is read whole. */
static void
test_read_whole (void)
{
  static const char *texts[] = {
    /* Cut short. */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\n",
    /* Text outside the calendar. */
    "X-BEFORE:1\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
    /* An END of another component. */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
    /* A name libical takes as VEVENT, and a BEGIN with a parameter. */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENTS\r\nEND:VEVENTS\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nBEGIN;X=1:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    /* A calendar in a calendar. */
    "BEGIN:VCALENDAR\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VCALENDAR\r\n",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_assert_false (_nb_ical_reads_each (texts[i]));
      compare (texts[i], texts[i]);
    }
  g_assert_true (_nb_ical_reads_each ("BEGIN:VCALENDAR\nBEGIN:X-THING\nEND:X-THING\nEND:VCALENDAR"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical-each/same-as-whole", test_same_as_whole);
  g_test_add_func ("/ical-each/read-whole", test_read_whole);

  return g_test_run ();
}
