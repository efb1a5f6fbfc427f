/* fuzz-ical.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The iCalendar reader on any text, as `netbook --import x.ics` reads a
 * calendar (nb_ical_parse()) and as a sync reads one resource of a CalDAV
 * calendar (nb_ical_read_resource()); then what the app does next with
 * what it read: attendees linked to contacts, each meal written back as a
 * sync and an export write it (and read again), the times an event that
 * is not a meal takes place listed for a year, as the calendar view does;
 * and the same for interactions (VJOURNALs): read, linked to contacts,
 * changed and written back, and read again. */

#include <string.h>

#include "nb-ical.h"
#include "nb-ical-events.h"
#include "nb-ical-journal.h"

#include "fuzz-common.h"

void
nb_fuzz_target_init (void)
{
  /* The occurrences of other events are in local time. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_unsetenv ("LANGUAGE");
}

/* A contact for some attendees, none for others, always the same. */
static gint64
find_contact (const char *email,
              const char *uid,
              gpointer    user_data)
{
  const char *key = email != NULL ? email : uid;

  return key != NULL && g_str_hash (key) % 3 != 0 ? (gint64) (g_str_hash (key) % 1000) + 1 : 0;
}

static char *
contact_uid (gint64   contact_id,
             gpointer user_data)
{
  return g_strdup_printf ("urn:uuid:00000000-0000-4000-8000-%012" G_GINT64_MODIFIER "d", contact_id);
}

static void
write_and_read_back (NbIcalEvent *event)
{
  g_autofree char *written = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;

  nb_ical_event_link_attendees (event, find_contact, NULL);

  written = nb_ical_write_meeting_calendar (event->meeting, contact_uid, NULL);
  g_assert_nonnull (written);

  again = nb_ical_parse (written, "written.ics", problems, &error);
  if (again == NULL || again->len != 1)
    g_error ("A meal read and written cannot be read again: %s\n%s",
             error != NULL ? error->message : "not one meal", written);
}

static void
list_occurrences (NbCalendarEvent *event)
{
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);
  g_autoptr(GPtrArray) occurrences = nb_ical_list_occurrences (event, from, to);

  for (guint i = 0; i < occurrences->len; i++)
    {
      NbOccurrence *occurrence = g_ptr_array_index (occurrences, i);

      g_assert_nonnull (occurrence->start);
      g_assert_nonnull (occurrence->end);
    }
}

static gboolean
person (gint64     contact_id,
        char     **name,
        char     **email,
        char     **uid,
        gpointer   user_data)
{
  *name = g_strdup_printf ("Person %" G_GINT64_FORMAT, contact_id);
  *email = contact_id % 2 ? g_strdup_printf ("p%" G_GINT64_FORMAT "@example.org", contact_id) : NULL;
  *uid = contact_uid (contact_id, NULL);
  return TRUE;
}

static const NbIcalWriter writer = { person, find_contact, NULL };

/* An interaction as a sync and an export write it, as it was and changed
 * (another person, another note), each read again. */
static void
write_journal_and_read_back (NbIcalJournal *journal)
{
  NbInteraction *interaction = journal->interaction;

  nb_ical_journal_link_people (journal, find_contact, NULL);

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *written = nb_ical_write_interaction_calendar (interaction, &writer);
      g_autofree char *single = nb_ical_write_interaction (interaction, &writer);
      g_autoptr(NbIcalJournal) again = NULL;
      g_autofree char *circle = NULL;
      g_autoptr(GError) error = NULL;
      int cadence;

      g_assert_nonnull (single);
      if (!nb_ical_read_journal_resource (written, "written", &again, &circle, &cadence, &error))
        g_error ("An interaction read and written cannot be read again: %s\n%s", error->message, written);
      g_assert_nonnull (again);
      if (g_strcmp0 (nb_interaction_get_uid (again->interaction), nb_interaction_get_uid (interaction)) != 0)
        g_error ("An interaction read and written has another UID read again (%s, not %s):\n%s",
                 nb_interaction_get_uid (again->interaction), nb_interaction_get_uid (interaction), written);

      nb_interaction_add_person (interaction, 7);
      nb_interaction_set_note (interaction, "changed, by Netbook; \\ twice");
    }
}

static void
import_journals (const char *text)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) journals = NULL;
  g_autoptr(GError) error = NULL;

  journals = nb_ical_parse_journals (text, "fuzz.ics", problems, &error);
  g_assert ((journals == NULL) == (error != NULL));
  if (journals == NULL)
    return;

  for (guint i = 0; i < journals->len; i++)
    write_journal_and_read_back (g_ptr_array_index (journals, i));
}

static void
read_journal_resource (const char *text)
{
  g_autoptr(NbIcalJournal) journal = NULL;
  g_autofree char *circle = NULL;
  g_autoptr(GError) error = NULL;
  int cadence;

  if (!nb_ical_read_journal_resource (text, "fuzz", &journal, &circle, &cadence, &error))
    {
      g_assert_nonnull (error);
      return;
    }

  g_assert ((journal != NULL) != (circle != NULL));
  if (circle != NULL)
    {
      g_autofree char *written = nb_ical_write_circle (circle, cadence);

      g_assert_nonnull (written);
    }
  else
    write_journal_and_read_back (journal);
}

/* As the importer reads a file. */
static void
import (const char *text)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  events = nb_ical_parse (text, "fuzz.ics", problems, &error);
  g_assert ((events == NULL) == (error != NULL));
  if (events == NULL)
    return;

  for (guint i = 0; i < events->len; i++)
    write_and_read_back (g_ptr_array_index (events, i));
}

/* As a sync reads the calendar-data of one resource. */
static void
read_resource (const char *text)
{
  g_autoptr(NbIcalEvent) meal = NULL;
  g_autoptr(NbCalendarEvent) other = NULL;
  g_autoptr(GError) error = NULL;

  if (!nb_ical_read_resource (text, "fuzz", &meal, &other, &error))
    {
      g_assert_nonnull (error);
      return;
    }

  g_assert ((meal != NULL) != (other != NULL));
  if (meal != NULL)
    write_and_read_back (meal);
  else
    list_occurrences (other);
}

/* A calendar the user counts as interactions, imported or read at a sync:
 * each past meeting has a key and a date, and as many as are passed. */
static void
capture (const char *text)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_captured_meeting_free);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 25, 15, 0, 0);

  if (!nb_ical_capture_file (text, "fuzz.ics", NULL, now, meetings, NULL, NULL))
    {
      g_assert_cmpuint (meetings->len, ==, 0);
      return;
    }

  g_assert_cmpuint (meetings->len, <=, NB_CAPTURE_MAX_MEETINGS);
  for (guint i = 0; i < meetings->len; i++)
    {
      NbCapturedMeeting *meeting = g_ptr_array_index (meetings, i);

      g_assert_nonnull (meeting->key);
      g_assert_true (g_utf8_validate (meeting->key, -1, NULL));
      g_assert_cmpint (meeting->date, <=, g_date_time_to_unix (now));
      g_assert_cmpuint (meeting->emails->len, >, 0);
      g_assert_cmpuint (meeting->emails->len, <=, NB_CAPTURE_MAX_ATTENDEES + 1);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;

  if (size > NB_FUZZ_MAX_LEN)
    return 0;

  /* Both callers take only UTF-8 without NUL: the importer refuses any
   * other file, and a DAV answer's calendar-data is XML text. */
  if (!g_utf8_validate_len ((const char *) data, size, NULL) || memchr (data, '\0', size) != NULL)
    return 0;

  text = nb_fuzz_dup_text (data, size);
  import (text);
  read_resource (text);
  import_journals (text);
  read_journal_resource (text);
  capture (text);

  return 0;
}
