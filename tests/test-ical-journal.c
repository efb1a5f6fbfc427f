/* test-ical-journal.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-exporter.h"
#include "nb-ical-journal.h"
#include "nb-ical-text.h"
#include "nb-importer.h"
#include "nb-test-util.h"

/* Interactions as VJOURNALs in iCalendar files: what `--export` writes,
 * what `--import` reads back, what another app's journal entry keeps when
 * Netbook changes it, and what a reader nobody here wrote sees. */

static NbStore *
open_store (const char  *name,
            char       **path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = nb_test_tmp_path (name);
  NbStore *store = nb_store_new (db_path, &error);

  g_assert_no_error (error);
  if (path != NULL)
    *path = g_steal_pointer (&db_path);
  return store;
}

static char *
contact_uid (NbStore *store,
             gint64   id)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (store, id);

  g_assert_nonnull (contact);
  return g_strdup (nb_contact_get_uid (contact));
}

static NbInteraction *
call_at (gint64 first,
         gint64 second)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 20, 15, 30, 0);
  NbInteraction *interaction = nb_interaction_new ();

  nb_interaction_set_kind (interaction, NB_INTERACTION_CALL);
  nb_interaction_set_date_time (interaction, when);
  nb_interaction_add_person (interaction, first);
  if (second)
    nb_interaction_add_person (interaction, second);
  return interaction;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

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

/* Three people, one without an email address: a group call, a day met in
 * person, and a meal (the planner's, a VEVENT already: not a VJOURNAL). */
typedef struct
{
  NbStore *store;
  char    *path;
  gint64   ada, alan, grace;
  char    *call_uid;
  char    *met_uid;
} Book;

static void
book_fill (Book       *book,
           const char *db_name)
{
  g_autoptr(NbInteraction) call = NULL;
  g_autoptr(NbInteraction) met = NULL;
  g_autoptr(NbInteraction) meal = NULL;
  g_autoptr(NbInteraction) saved = NULL;
  g_autoptr(NbInteraction) saved_met = NULL;
  g_autoptr(NbInteraction) saved_meal = NULL;
  GDate day = nb_test_date (22, 11, 2026);

  book->store = open_store (db_name, &book->path);
  book->ada = nb_test_add_contact (book->store, "Ada Lovelace", "ada@example.org");
  book->alan = nb_test_add_contact (book->store, "Alan Turing", "alan@example.org");
  book->grace = nb_test_add_contact (book->store, "Grace Hopper", NULL);

  call = call_at (book->ada, book->alan);
  nb_interaction_set_note (call, "Engines, looms; and the rest, at length");
  saved = nb_test_save_interaction (book->store, call);
  book->call_uid = g_strdup (nb_interaction_get_uid (saved));

  met = nb_interaction_new ();
  nb_interaction_set_kind (met, NB_INTERACTION_MET);
  nb_interaction_set_day (met, &day);
  nb_interaction_add_person (met, book->grace);
  saved_met = nb_test_save_interaction (book->store, met);
  book->met_uid = g_strdup (nb_interaction_get_uid (saved_met));

  meal = call_at (book->ada, 0);
  nb_interaction_set_kind (meal, NB_INTERACTION_MEAL);
  saved_meal = nb_test_save_interaction (book->store, meal);
}

static void
book_clear (Book *book)
{
  g_clear_object (&book->store);
  g_clear_pointer (&book->path, g_free);
  g_clear_pointer (&book->call_uid, g_free);
  g_clear_pointer (&book->met_uid, g_free);
}

static void
test_export (void)
{
  Book book = { 0, };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *grace_uid = NULL;
  g_autofree char *grace_line = NULL;
  g_autofree char *uid_line = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  book_fill (&book, "export.db");
  path = nb_test_export (book.store, "export.ics");
  text = read_text (path);
  lines = unfolded_lines (text);

  /* Two interactions; the meal is not one of them. */
  g_assert_cmpuint (count_prefix (lines, "BEGIN:VJOURNAL"), ==, 2);
  g_assert_cmpuint (count_prefix (lines, "X-NETBOOK-INTERACTION:meal"), ==, 0);

  uid_line = g_strconcat ("UID:", book.call_uid, NULL);
  g_assert_true (has_line (lines, uid_line));
  g_assert_true (has_line (lines, "DTSTART:20261120T153000Z"));
  g_assert_true (has_line (lines, "SUMMARY:Call with Ada Lovelace and Alan Turing"));
  g_assert_true (has_line (lines, "X-NETBOOK-DEFAULT-TITLE:Call with Ada Lovelace and Alan Turing"));
  g_assert_true (has_line (lines, "DESCRIPTION:Engines\\, looms\\; and the rest\\, at length"));
  g_assert_true (has_line (lines, "ATTENDEE;CN=Ada Lovelace:mailto:ada@example.org"));
  g_assert_true (has_line (lines, "ATTENDEE;CN=Alan Turing:mailto:alan@example.org"));
  g_assert_true (has_line (lines, "X-NETBOOK-INTERACTION:call"));
  /* A day without a time, and a person without an email address. */
  g_assert_true (has_line (lines, "DTSTART;VALUE=DATE:20261122"));
  g_assert_true (has_line (lines, "X-NETBOOK-INTERACTION:met"));
  g_assert_true (has_line (lines, "SUMMARY:Met in person with Grace Hopper"));
  grace_uid = contact_uid (book.store, book.grace);
  grace_line = g_strconcat ("X-NETBOOK-CONTACT:", grace_uid, NULL);
  g_assert_true (has_line (lines, grace_line));
  g_assert_cmpuint (count_prefix (lines, "X-NETBOOK-CONTACT:"), ==, 3);
  g_assert_cmpuint (count_prefix (lines, "ATTENDEE"), ==, 2);
  g_assert_cmpuint (count_prefix (lines, "DTSTAMP:"), >=, 2);

  book_clear (&book);
}

static void
assert_same_interaction (NbStore *here,
                         NbStore *there,
                         const char *uid,
                         guint    n_people)
{
  g_autoptr(NbInteraction) a = nb_store_find_interaction_by_uid (here, uid);
  g_autoptr(NbInteraction) b = nb_store_find_interaction_by_uid (there, uid);

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (nb_interaction_get_kind (a), ==, nb_interaction_get_kind (b));
  g_assert_cmpint (nb_interaction_get_date (a), ==, nb_interaction_get_date (b));
  g_assert_cmpint (nb_interaction_get_has_time (a), ==, nb_interaction_get_has_time (b));
  g_assert_cmpstr (nb_interaction_get_note (a), ==, nb_interaction_get_note (b));
  g_assert_cmpstr (nb_interaction_get_title (a), ==, nb_interaction_get_title (b));
  g_assert_cmpuint (nb_interaction_get_people (b)->len, ==, n_people);
  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *uid_a = contact_uid (here, g_array_index (nb_interaction_get_people (a), gint64, i));
      g_autofree char *uid_b = contact_uid (there, g_array_index (nb_interaction_get_people (b), gint64, i));

      g_assert_cmpstr (uid_a, ==, uid_b);
    }
}

/* Exported from one database, imported into another that has the same
 * contacts (from a vCard export): the same interactions, for the same
 * people; importing again adds nothing. */
static void
test_round_trip (void)
{
  Book book = { 0, };
  g_autoptr(NbStore) other = NULL;
  g_autoptr(NbImporter) cards = NULL;
  g_autoptr(NbImporter) first = NULL;
  g_autoptr(NbImporter) again = NULL;
  g_autoptr(NbImporter) home = NULL;
  g_autofree char *vcf = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbKeepInTouchEntry) entry = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 25, 12, 0, 0);
  g_autofree char *ada_uid = NULL;

  book_fill (&book, "round-a.db");
  {
    g_autofree char *path = nb_test_tmp_path ("round.vcf");
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(NbExporter) exporter = nb_exporter_new (book.store, file);

    g_assert_true (nb_exporter_run (exporter, NULL, &error));
    g_assert_no_error (error);
    vcf = g_steal_pointer (&path);
  }
  ics = nb_test_export (book.store, "round.ics");

  other = open_store ("round-b.db", NULL);
  cards = nb_test_import (other, vcf);
  first = nb_test_import (other, ics);
  g_assert_cmpuint (nb_importer_get_n_interactions_added (first), ==, 2);
  g_assert_cmpuint (nb_importer_get_n_interactions_skipped (first), ==, 0);
  summary = nb_importer_dup_summary (first);
  g_assert_nonnull (strstr (summary, "Imported 2 interactions, updated 0, skipped 0"));

  assert_same_interaction (book.store, other, book.call_uid, 2);
  assert_same_interaction (book.store, other, book.met_uid, 1);

  /* The group call counts for each of its people. */
  {
    g_autoptr(NbInteraction) call = nb_store_find_interaction_by_uid (other, book.call_uid);

    entry = nb_store_get_keep_in_touch (other, g_array_index (nb_interaction_get_people (call), gint64, 0),
                                        now, 30, &error);
    g_assert_no_error (error);
    g_assert_nonnull (entry);
    g_assert_cmpint (entry->last_kind, ==, NB_INTERACTION_CALL);
    g_assert_cmpint (entry->last_date, ==, nb_interaction_get_date (call));
    ada_uid = contact_uid (other, entry->contact_id);
  }

  again = nb_test_import (other, ics);
  g_assert_cmpuint (nb_importer_get_n_interactions_added (again), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_interactions_updated (again), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_interactions_unchanged (again), ==, 2);

  /* And into the database it came from: nothing either. */
  home = nb_test_import (book.store, ics);
  g_assert_cmpuint (nb_importer_get_n_interactions_added (home), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_interactions_updated (home), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_interactions_unchanged (home), ==, 2);

  book_clear (&book);
}

/* Into a database whose contacts were typed anew (other UIDs): people are
 * found by email address in any case; one who is not there is not counted
 * and the entry that names nobody known is left out. A changed entry
 * updates the interaction. */
static void
test_match_by_email (void)
{
  Book book = { 0, };
  g_autoptr(NbStore) other = NULL;
  g_autoptr(NbImporter) first = NULL;
  g_autoptr(NbImporter) changed = NULL;
  g_autoptr(NbInteraction) call = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *edited_path = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ada;

  book_fill (&book, "email-a.db");
  ics = nb_test_export (book.store, "email.ics");

  other = open_store ("email-b.db", NULL);
  ada = nb_test_add_contact (other, "Ada King", "ADA@Example.ORG");
  first = nb_test_import (other, ics);
  g_assert_cmpuint (nb_importer_get_n_interactions_added (first), ==, 1);
  g_assert_cmpuint (nb_importer_get_n_interactions_skipped (first), ==, 1);

  call = nb_store_find_interaction_by_uid (other, book.call_uid);
  g_assert_nonnull (call);
  g_assert_cmpuint (nb_interaction_get_people (call)->len, ==, 1);
  g_assert_cmpint (g_array_index (nb_interaction_get_people (call), gint64, 0), ==, ada);

  /* The file changed: the interaction is updated, not added. */
  text = read_text (ics);
  {
    g_auto(GStrv) parts = g_strsplit (text, "X-NETBOOK-INTERACTION:call", -1);

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    edited = g_strjoinv ("X-NETBOOK-INTERACTION:video-call", parts);
  }
  edited_path = nb_test_tmp_path ("email-edited.ics");
  g_assert_true (g_file_set_contents (edited_path, edited, -1, &error));
  changed = nb_test_import (other, edited_path);
  g_assert_cmpuint (nb_importer_get_n_interactions_added (changed), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_interactions_updated (changed), ==, 1);
  g_clear_object (&call);
  call = nb_store_find_interaction_by_uid (other, book.call_uid);
  g_assert_cmpint (nb_interaction_get_kind (call), ==, NB_INTERACTION_VIDEO_CALL);

  book_clear (&book);
}

/* Journal entries of other apps (a diary) are left out and counted, not
 * taken as "met": nothing says they were time spent with anyone. */
static void
test_other_journals_skipped (void)
{
  static const char text[] =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Diary//EN\r\n"
    "BEGIN:VJOURNAL\r\n"
    "UID:diary-1\r\n"
    "DTSTAMP:20261101T100000Z\r\n"
    "DTSTART;VALUE=DATE:20261101\r\n"
    "SUMMARY:Thoughts on Ada\r\n"
    "ATTENDEE:mailto:ada@example.org\r\n"
    "END:VJOURNAL\r\n"
    "BEGIN:VJOURNAL\r\n"
    "UID:diary-2\r\n"
    "DTSTAMP:20261101T100000Z\r\n"
    "DTSTART;VALUE=DATE:20261102\r\n"
    "SUMMARY:Phoned Ada\r\n"
    "ATTENDEE;CN=Ada:mailto:ada@example.org\r\n"
    "X-NETBOOK-INTERACTION:call\r\n"
    "END:VJOURNAL\r\n"
    "END:VCALENDAR\r\n";
  g_autoptr(NbStore) store = open_store ("diary.db", NULL);
  g_autofree char *path = nb_test_tmp_path ("diary.ics");
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(NbInteraction) phoned = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GPtrArray *problems;
  GDate day;

  nb_test_add_contact (store, "Ada Lovelace", "ada@example.org");
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  importer = nb_test_import (store, path);
  g_assert_cmpuint (nb_importer_get_n_interactions_added (importer), ==, 1);
  g_assert_cmpuint (nb_importer_get_n_interactions_skipped (importer), ==, 1);
  summary = nb_importer_dup_summary (importer);
  g_assert_nonnull (strstr (summary, "Imported 1 interaction, updated 0, skipped 1"));
  problems = nb_importer_get_problems (importer);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "Thoughts on Ada"));
  g_assert_null (nb_store_find_interaction_by_uid (store, "diary-1"));

  phoned = nb_store_find_interaction_by_uid (store, "diary-2");
  g_assert_nonnull (phoned);
  g_assert_false (nb_interaction_get_has_time (phoned));
  nb_interaction_get_day (phoned, &day);
  g_assert_cmpint (g_date_get_day (&day), ==, 2);
  g_assert_cmpint (g_date_get_month (&day), ==, 11);
  /* Its title is another app's: kept. */
  g_assert_cmpstr (nb_interaction_get_title (phoned), ==, "Phoned Ada");
}

/* Contacts for a VJOURNAL written by hand: ids 1 to 3. */
static const struct {
  gint64      id;
  const char *name;
  const char *email;
  const char *uid;
} people[] = {
  { 1, "Katherine Johnson", "katherine@example.org", "urn:uuid:k" },
  { 2, "Mary Jackson", "mary@example.org", "urn:uuid:m" },
  { 3, "Dorothy Vaughan", NULL, "urn:uuid:d" },
};

static gboolean
person_cb (gint64     id,
           char     **name,
           char     **email,
           char     **uid,
           gpointer   user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    if (people[i].id == id)
      {
        *name = g_strdup (people[i].name);
        *email = g_strdup (people[i].email);
        *uid = g_strdup (people[i].uid);
        return TRUE;
      }
  return FALSE;
}

static gint64
find_cb (const char *email,
         const char *uid,
         gpointer    user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    if ((email && people[i].email && g_ascii_strcasecmp (email, people[i].email) == 0) ||
        (uid && g_strcmp0 (uid, people[i].uid) == 0))
      return people[i].id;
  return 0;
}

static const NbIcalWriter writer = { person_cb, find_cb, NULL };

static const char foreign[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//Other Journal App//EN\r\n"
  "BEGIN:VJOURNAL\r\n"
  "UID:other-app-42\r\n"
  "DTSTAMP:20261101T090000Z\r\n"
  "LAST-MODIFIED:20261101T090000Z\r\n"
  "DTSTART:20261101T083000Z\r\n"
  "SUMMARY:Orbit chat\r\n"
  "DESCRIPTION:first draft\r\n"
  "CATEGORIES:work,orbits\r\n"
  "CLASS:PRIVATE\r\n"
  "ATTENDEE;CN=Katherine Johnson;PARTSTAT=ACCEPTED:mailto:KATHERINE@example.org\r\n"
  "ATTENDEE;CN=Someone Else;PARTSTAT=TENTATIVE:mailto:someone@example.net\r\n"
  "X-OTHER-APP-MOOD:cheerful\\, mostly\r\n"
  "X-NETBOOK-INTERACTION:call\r\n"
  "END:VJOURNAL\r\n"
  "END:VCALENDAR\r\n";

static NbIcalJournal *
read_foreign (const char *text)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(NbIcalJournal) journal = NULL;
  g_autofree char *circle = NULL;
  int cadence;

  g_assert_true (nb_ical_read_journal_resource (text, "other", &journal, &circle, &cadence, &error));
  g_assert_no_error (error);
  g_assert_nonnull (journal);
  nb_ical_journal_link_people (journal, find_cb, NULL);
  return g_steal_pointer (&journal);
}

/* Every line of @before that does not start with one of @changed is in
 * @after, byte for byte. */
static void
assert_kept (const char         *before,
             const char         *after,
             const char * const *changed)
{
  g_autoptr(GPtrArray) lines = nb_ical_text_split (before);

  for (guint i = 0; i < lines->len; i++)
    {
      NbIcalLine *line = g_ptr_array_index (lines, i);

      if (changed != NULL && g_strv_contains (changed, line->name))
        continue;
      if (strstr (after, line->raw) == NULL)
        g_error ("lost: %s", line->raw);
    }
}

static void
test_foreign_kept (void)
{
  static const char * const note_changed[] = { "DESCRIPTION", "DTSTAMP", "LAST-MODIFIED", NULL };
  g_autoptr(NbIcalJournal) journal = read_foreign (foreign);
  g_autoptr(NbIcalJournal) back = NULL;
  g_autofree char *unchanged = NULL;
  g_autofree char *written = NULL;
  g_autofree char *with_more = NULL;
  g_autofree char *without = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  /* Only Katherine is known; Someone Else stays, uncounted. */
  g_assert_cmpuint (nb_interaction_get_people (journal->interaction)->len, ==, 1);
  g_assert_cmpstr (nb_interaction_get_title (journal->interaction), ==, "Orbit chat");

  unchanged = nb_ical_write_interaction_calendar (journal->interaction, &writer);
  g_assert_cmpstr (unchanged, ==, foreign);

  nb_interaction_set_note (journal->interaction, "second draft, longer");
  written = nb_ical_write_interaction_calendar (journal->interaction, &writer);
  assert_kept (foreign, written, note_changed);
  lines = unfolded_lines (written);
  g_assert_true (has_line (lines, "DESCRIPTION:second draft\\, longer"));
  g_assert_false (has_line (lines, "DESCRIPTION:first draft"));
  g_assert_cmpuint (count_prefix (lines, "DTSTAMP:"), ==, 1);
  back = read_foreign (written);
  g_assert_cmpstr (nb_interaction_get_note (back->interaction), ==, "second draft, longer");
  g_assert_cmpstr (nb_interaction_get_title (back->interaction), ==, "Orbit chat");

  /* Two more people: Mary by email and UID, Dorothy (no email) by UID. */
  nb_interaction_add_person (journal->interaction, 2);
  nb_interaction_add_person (journal->interaction, 3);
  with_more = nb_ical_write_interaction_calendar (journal->interaction, &writer);
  assert_kept (foreign, with_more, note_changed);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = unfolded_lines (with_more);
  g_assert_true (has_line (lines, "ATTENDEE;CN=Mary Jackson:mailto:mary@example.org"));
  g_assert_true (has_line (lines, "X-NETBOOK-CONTACT:urn:uuid:m"));
  g_assert_true (has_line (lines, "X-NETBOOK-CONTACT:urn:uuid:d"));
  /* Katherine was there already: not written twice. */
  g_assert_cmpuint (count_prefix (lines, "ATTENDEE"), ==, 3);
  /* Its own title: not replaced by one made from the people. */
  g_assert_true (has_line (lines, "SUMMARY:Orbit chat"));
  g_clear_pointer (&back, nb_ical_journal_free);
  back = read_foreign (with_more);
  g_assert_cmpuint (nb_interaction_get_people (back->interaction)->len, ==, 3);

  /* Katherine taken off: her line goes, Someone Else's stays. */
  g_clear_object (&journal->interaction);
  journal->interaction = g_object_ref (back->interaction);
  g_assert_true (nb_interaction_remove_person (journal->interaction, 1));
  without = nb_ical_write_interaction_calendar (journal->interaction, &writer);
  g_assert_null (strstr (without, "KATHERINE@example.org"));
  g_assert_nonnull (strstr (without, "ATTENDEE;CN=Someone Else;PARTSTAT=TENTATIVE:mailto:someone@example.net\r\n"));
  g_assert_nonnull (strstr (without, "X-OTHER-APP-MOOD:cheerful\\, mostly\r\n"));
  g_assert_nonnull (strstr (without, "CATEGORIES:work,orbits\r\n"));
}

/* A title Netbook made follows the people and the kind; on another device
 * it is made in that device's language. */
/* A favour asked of me, answered no, as X-NETBOOK-ANSWER and -ANSWERED,
 * and who reached out as X-NETBOOK-INITIATOR: written into another app's
 * entry with only those lines new, read back the same; a changed answer
 * replaces its lines and nothing else. */
static void
test_answers (void)
{
  static const char * const answered[] = { "X-NETBOOK-INTERACTION", "SUMMARY", "DTSTAMP",
                                           "LAST-MODIFIED", NULL };
  g_autoptr(NbIcalJournal) journal = read_foreign (foreign);
  g_autoptr(NbIcalJournal) back = NULL;
  g_autoptr(NbIcalJournal) again = NULL;
  g_autofree char *written = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  gint64 when = 1795255200;  /* 2026-11-21 10:00 UTC */

  g_assert_cmpint (nb_interaction_get_answer (journal->interaction), ==, NB_ANSWER_NONE);
  g_assert_cmpint (nb_interaction_get_initiator (journal->interaction), ==, NB_INITIATOR_UNKNOWN);

  nb_interaction_set_kind (journal->interaction, NB_INTERACTION_FAVOUR_ASKED_OF_ME);
  nb_interaction_set_answer (journal->interaction, NB_ANSWER_NO);
  nb_interaction_set_answered (journal->interaction, when);
  nb_interaction_set_initiator (journal->interaction, NB_INITIATOR_THEM);
  written = nb_ical_write_interaction_calendar (journal->interaction, &writer);
  assert_kept (foreign, written, answered);
  lines = unfolded_lines (written);
  g_assert_true (has_line (lines, "X-NETBOOK-INTERACTION:favour-asked-of-me"));
  g_assert_true (has_line (lines, "X-NETBOOK-ANSWER:no"));
  g_assert_true (has_line (lines, "X-NETBOOK-ANSWERED:20261121T100000Z"));
  g_assert_true (has_line (lines, "X-NETBOOK-INITIATOR:them"));

  back = read_foreign (written);
  g_assert_cmpint (nb_interaction_get_kind (back->interaction), ==, NB_INTERACTION_FAVOUR_ASKED_OF_ME);
  g_assert_cmpint (nb_interaction_get_answer (back->interaction), ==, NB_ANSWER_NO);
  g_assert_cmpint (nb_interaction_get_answered (back->interaction), ==, when);
  g_assert_cmpint (nb_interaction_get_initiator (back->interaction), ==, NB_INITIATOR_THEM);

  /* Written again as it was read: the same text. */
  {
    g_autofree char *same = nb_ical_write_interaction_calendar (back->interaction, &writer);

    g_assert_cmpstr (same, ==, written);
  }

  /* Later, yes: the answer's lines change, who reached out stays. */
  nb_interaction_set_answer (back->interaction, NB_ANSWER_YES);
  nb_interaction_set_answered (back->interaction, when + 86400);
  changed = nb_ical_write_interaction_calendar (back->interaction, &writer);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = unfolded_lines (changed);
  g_assert_cmpuint (count_prefix (lines, "X-NETBOOK-ANSWER:"), ==, 1);
  g_assert_true (has_line (lines, "X-NETBOOK-ANSWER:yes"));
  g_assert_true (has_line (lines, "X-NETBOOK-ANSWERED:20261122T100000Z"));
  g_assert_cmpuint (count_prefix (lines, "X-NETBOOK-INITIATOR:"), ==, 1);
  again = read_foreign (changed);
  g_assert_cmpint (nb_interaction_get_answer (again->interaction), ==, NB_ANSWER_YES);
  g_assert_cmpint (nb_interaction_get_initiator (again->interaction), ==, NB_INITIATOR_THEM);

  /* Words Netbook does not know are not read as an answer. */
  {
    g_autofree char *odd = g_strdup (foreign);
    g_autofree char *text = NULL;
    g_autoptr(NbIcalJournal) read = NULL;
    char *at = strstr (odd, "X-NETBOOK-INTERACTION:call\r\n");

    g_assert_nonnull (at);
    *at = '\0';
    text = g_strconcat (odd, "X-NETBOOK-INTERACTION:favour-i-asked\r\nX-NETBOOK-ANSWER:perhaps\r\n"
                        "X-NETBOOK-ANSWERED:tomorrow\r\nX-NETBOOK-INITIATOR:nobody\r\n"
                        "END:VJOURNAL\r\nEND:VCALENDAR\r\n", NULL);
    read = read_foreign (text);
    g_assert_cmpint (nb_interaction_get_answer (read->interaction), ==, NB_ANSWER_NONE);
    g_assert_cmpint (nb_interaction_get_answered (read->interaction), ==, 0);
    g_assert_cmpint (nb_interaction_get_initiator (read->interaction), ==, NB_INITIATOR_UNKNOWN);
  }
}

static void
test_default_title (void)
{
  g_autoptr(NbInteraction) call = call_at (1, 3);
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;
  g_autoptr(NbIcalJournal) back = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  nb_interaction_set_uid (call, "netbook-made-1");
  written = nb_ical_write_interaction_calendar (call, &writer);
  lines = unfolded_lines (written);
  g_assert_true (has_line (lines, "SUMMARY:Call with Katherine Johnson and Dorothy Vaughan"));
  g_assert_true (has_line (lines, "X-NETBOOK-CONTACT:urn:uuid:d"));
  g_assert_cmpuint (count_prefix (lines, "ATTENDEE"), ==, 1);

  back = read_foreign (written);
  g_assert_null (nb_interaction_get_title (back->interaction));
  g_assert_cmpuint (nb_interaction_get_people (back->interaction)->len, ==, 2);

  nb_interaction_set_kind (back->interaction, NB_INTERACTION_VIDEO_CALL);
  again = nb_ical_write_interaction_calendar (back->interaction, &writer);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = unfolded_lines (again);
  g_assert_true (has_line (lines, "SUMMARY:Video call with Katherine Johnson and Dorothy Vaughan"));
  g_assert_true (has_line (lines, "X-NETBOOK-INTERACTION:video-call"));
  g_assert_cmpuint (count_prefix (lines, "SUMMARY:"), ==, 1);
  g_assert_cmpuint (count_prefix (lines, "X-NETBOOK-DEFAULT-TITLE:"), ==, 1);
}

/* A circle's rhythm: its UID is made from its name, and read back. */
static void
test_circle (void)
{
  g_autofree char *text = nb_ical_write_circle ("Close friends, Berlin", 14);
  g_autofree char *uid = nb_ical_circle_uid ("Close friends, Berlin");
  g_autofree char *name = nb_ical_circle_name_from_uid (uid);
  g_autoptr(NbIcalJournal) journal = NULL;
  g_autofree char *circle = NULL;
  g_autoptr(GError) error = NULL;
  int cadence = -1;

  g_assert_cmpstr (name, ==, "Close friends, Berlin");
  g_assert_null (nb_ical_circle_name_from_uid ("netbook-circle-zz"));
  g_assert_null (nb_ical_circle_name_from_uid ("6c756e6368"));
  g_assert_true (nb_ical_read_journal_resource (text, "circle", &journal, &circle, &cadence, &error));
  g_assert_no_error (error);
  g_assert_null (journal);
  g_assert_cmpstr (circle, ==, "Close friends, Berlin");
  g_assert_cmpint (cadence, ==, 14);
  g_assert_nonnull (strstr (text, "X-NETBOOK-CIRCLE:Close friends\\, Berlin\r\n"));
}

static const char python_journals[] =
  "import sys, icalendar\n"
  "cal = icalendar.Calendar.from_ical(sys.stdin.read())\n"
  "for j in sorted(cal.walk('VJOURNAL'), key=lambda j: str(j['X-NETBOOK-INTERACTION'])):\n"
  "    start = j.decoded('DTSTART')\n"
  "    print('%s|%s|%s|%s' % (j['X-NETBOOK-INTERACTION'], j['SUMMARY'], start.isoformat(),\n"
  "                           j.get('DESCRIPTION', '')))\n"
  "    att = j.get('ATTENDEE', [])\n"
  "    att = att if isinstance(att, list) else [att]\n"
  "    for a in att:\n"
  "        print('  %s <%s>' % (a.params['CN'], str(a)))\n"
  "    c = j.get('X-NETBOOK-CONTACT', [])\n"
  "    print('  contacts=%d' % len(c if isinstance(c, list) else [c]))\n";

/* Python's icalendar, which nobody here wrote, reads the export as it was
 * meant. */
static void
test_python_reads_export (void)
{
  Book book = { 0, };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *seen = NULL;

  book_fill (&book, "python.db");
  path = nb_test_export (book.store, "python.ics");
  text = read_text (path);
  seen = nb_test_run_python (python_journals, text);

  g_assert_nonnull (strstr (seen, "call|Call with Ada Lovelace and Alan Turing|2026-11-20T15:30:00+00:00|"
                                  "Engines, looms; and the rest, at length\n"));
  g_assert_nonnull (strstr (seen, "  Ada Lovelace <mailto:ada@example.org>\n"));
  g_assert_nonnull (strstr (seen, "  Alan Turing <mailto:alan@example.org>\n"));
  g_assert_nonnull (strstr (seen, "  contacts=2\n"));
  g_assert_nonnull (strstr (seen, "met|Met in person with Grace Hopper|2026-11-22|\n  contacts=1\n"));

  book_clear (&book);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/journal/export", test_export);
  g_test_add_func ("/journal/answers", test_answers);
  g_test_add_func ("/journal/round-trip", test_round_trip);
  g_test_add_func ("/journal/match-by-email", test_match_by_email);
  g_test_add_func ("/journal/other-journals-skipped", test_other_journals_skipped);
  g_test_add_func ("/journal/foreign-kept", test_foreign_kept);
  g_test_add_func ("/journal/default-title", test_default_title);
  g_test_add_func ("/journal/circle", test_circle);
  g_test_add_func ("/journal/python-reads-export", test_python_reads_export);

  return g_test_run ();
}
