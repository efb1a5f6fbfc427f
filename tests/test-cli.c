/* test-cli.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "nb-cli.h"
#include "nb-clock.h"
#include "nb-test-util.h"

/* The real `netbook` binary, run headless as a script would. */

static char *
vcard_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "vcards", name, NULL);
}

static void
test_import_summary (void)
{
  g_autofree char *db = nb_test_tmp_path ("cli.db");
  g_autofree char *google = vcard_path ("google.vcf");
  g_autofree char *hostile = vcard_path ("hostile.vcf");
  g_autofree char *nameless = vcard_path ("nameless.vcf");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", google, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Imported 6 contacts, updated 0, skipped 0\n");
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Several files at once; what was skipped is said on stderr. */
  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", google, hostile, nameless,
                                NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Imported 21 contacts, updated 0, skipped 1; 6 were already up to date\n");
  g_assert_nonnull (strstr (err, "nameless.vcf, card 6 (line 34): skipped"));
}

/* A LinkedIn export from the command line: found by its header, like a
 * vCard by its BEGIN:VCARD, whatever the file's name. */
static void
test_import_csv (void)
{
  static const char connections[] =
    "Notes:\r\n"
    "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n"
    "\r\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@example.org,Analytical Engines,Mathematician,05 Mar 2021\r\n"
    "Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,US Navy,Rear Admiral,17 Jan 2019\r\n"
    ",,,,,,12 Dec 2022\r\n";
  g_autofree char *db = nb_test_tmp_path ("cli-csv.db");
  g_autofree char *csv = nb_test_tmp_path ("Connections.csv");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_file_set_contents (csv, connections, -1, NULL);
  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", csv, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Imported 2 contacts, updated 0, skipped 1. "
                   "Imported 2 interactions, updated 0, skipped 0\n");
  g_assert_nonnull (strstr (err, "Connections.csv, line 7: it has no name, email address or phone number"));
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM contacts"), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Again: nothing new. */
  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", csv, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Imported 0 contacts, updated 0, skipped 1; 2 were already up to date\n");
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM contacts"), ==, 2);
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM interactions"), ==, 2);
}

static void
test_import_errors (void)
{
  g_autofree char *db = nb_test_tmp_path ("cli.db");
  g_autofree char *google = vcard_path ("google.vcf");
  g_autofree char *text = nb_test_tmp_path ("notes.txt");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", google,
                                "/nonexistent/contacts.vcf", NULL);
  g_assert_cmpint (status, !=, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "Could not read “contacts.vcf”"));
  g_assert_nonnull (strstr (err, "Nothing was imported."));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_file_set_contents (text, "hello", -1, NULL);
  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", text, NULL);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "is neither a vCard nor an iCalendar file"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", NULL);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "--import needs at least one file"));
}

static void
test_export (void)
{
  g_autofree char *db = nb_test_tmp_path ("cli.db");
  g_autofree char *apple = vcard_path ("apple.vcf");
  g_autofree char *target = nb_test_tmp_path ("everyone.vcf");
  g_autofree char *target4 = nb_test_tmp_path ("everyone4.vcf");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  int status;

  status = nb_test_run_netbook (NULL, NULL, "--database", db, "--import", apple, NULL);
  g_assert_cmpint (status, ==, 0);

  status = nb_test_run_netbook (&out, &err, "--database", db, "--export", target, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Exported 5 contacts to “everyone.vcf”\n");
  g_file_get_contents (target, &text, NULL, NULL);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\nVERSION:3.0\r\n"));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&text, g_free);

  status = nb_test_run_netbook (&out, NULL, "--database", db, "--export", target4,
                                "--vcard-version", "4.0", NULL);
  g_assert_cmpint (status, ==, 0);
  g_file_get_contents (target4, &text, NULL, NULL);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  g_clear_pointer (&out, g_free);

  status = nb_test_run_netbook (&out, &err, "--database", db, "--export", "/nonexistent/x.vcf", NULL);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "Could not write"));
  g_clear_pointer (&err, g_free);

  status = nb_test_run_netbook (NULL, &err, "--database", db, "--export", "contacts.txt", NULL);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "*.vcf for contacts or *.ics for meals"));
  g_clear_pointer (&err, g_free);

  status = nb_test_run_netbook (NULL, &err, "--database", db, "--export", target,
                                "--vcard-version", "5.0", NULL);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "Unknown vCard version"));
}

/* Meals: a calendar in, what was left out on stderr, a calendar out. */
static void
test_calendar (void)
{
  g_autofree char *db = nb_test_tmp_path ("cli.db");
  g_autofree char *google = g_test_build_filename (G_TEST_DIST, "data", "calendars", "google.ics", NULL);
  g_autofree char *damaged = g_test_build_filename (G_TEST_DIST, "data", "calendars", "damaged.ics", NULL);
  g_autofree char *contacts = vcard_path ("google.vcf");
  g_autofree char *target = nb_test_tmp_path ("meals.ics");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  int status;

  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", contacts, google, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Imported 6 contacts, updated 0, skipped 0. "
                   "Imported 3 meals, updated 0, skipped 2\n");
  g_assert_nonnull (strstr (err, "google.ics, event 3 (“Christmas Eve”): left out"));
  g_assert_nonnull (strstr (err, "google.ics, event 4 (“Team stand-up”): left out"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", google, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Imported 0 meals, updated 0, skipped 2; 3 meals were already up to date\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", damaged, NULL);
  g_assert_cmpint (status, !=, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "“damaged.ics” is damaged and was not imported"));
  g_assert_nonnull (strstr (err, "Nothing was imported."));
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM meetings"), ==, 3);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = nb_test_run_netbook (&out, &err, "--database", db, "--export", target, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Exported 3 meals to “meals.ics”, and 5 birthdays\n");
  g_assert_true (g_file_get_contents (target, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "UID:4f1c2b9e8a7d@google.com\r\n"));
  g_assert_nonnull (strstr (text, "STATUS:CANCELLED\r\n"));
  g_assert_nonnull (strstr (text, "RRULE:FREQ=YEARLY\r\n"));
}

/* Interactions: VJOURNALs in, by email address in any case, another
 * app's diary entry left out; out again, and in again adding nothing. */
static void
test_interactions (void)
{
  g_autofree char *db = nb_test_tmp_path ("cli-journal.db");
  g_autofree char *journal = g_test_build_filename (G_TEST_DIST, "data", "calendars", "journal.ics", NULL);
  g_autofree char *contacts = vcard_path ("google.vcf");
  g_autofree char *target = nb_test_tmp_path ("all.ics");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  int status;

  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", contacts, journal, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Imported 6 contacts, updated 0, skipped 0. "
                   "Imported 0 meals, updated 0, skipped 0. "
                   "Imported 2 interactions, updated 0, skipped 1\n");
  g_assert_nonnull (strstr (err, "journal.ics, journal entry 3 (“Dear diary”): left out"));
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM interactions"), ==, 2);
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM interaction_people"), ==, 3);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = nb_test_run_netbook (&out, &err, "--database", db, "--export", target, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Exported 0 meals to “all.ics”, 2 interactions, and 5 birthdays\n");
  g_assert_true (g_file_get_contents (target, &text, NULL, NULL));
  /* What the other app wrote goes out as it came, the stranger too. */
  g_assert_nonnull (strstr (text, "ATTENDEE;CN=Stranger:mailto:nobody@example.net\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:Call with Ada and Hedy\r\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = nb_test_run_netbook (&out, &err, "--database", db, "--import", target, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Imported 0 meals, updated 0, skipped 0. "
                   "Imported 0 interactions, updated 0, skipped 0; 2 interactions were already up to date\n");
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM interactions"), ==, 2);
}

static void
test_default_database (void)
{
  g_autofree char *google = vcard_path ("google.vcf");
  g_autofree char *db = g_build_filename (g_get_user_data_dir (), "netbook", "netbook.db", NULL);
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("NETBOOK_BIN"), "--import", google, NULL };
  int status;

  /* Without --database, the database is in the user's data folder. */
  env = g_environ_setenv (env, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));
}

static void
test_newer_database (void)
{
  g_autofree char *db = nb_test_tmp_path ("newer.db");
  g_autofree char *google = vcard_path ("google.vcf");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  sqlite3 *handle;
  int status;

  status = nb_test_run_netbook (NULL, NULL, "--database", db, "--import", google, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  sqlite3_exec (handle, "PRAGMA user_version = 42", NULL, NULL, NULL);
  sqlite3_close (handle);
  before = nb_test_file_checksum (db);

  status = nb_test_run_netbook (NULL, &err, "--database", db, "--import", google, NULL);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "written by a newer version of Netbook"));
  after = nb_test_file_checksum (db);
  g_assert_cmpstr (before, ==, after);
}

/* A database with Ada due (a mentor, monthly, called 49 days ago),
 * Alan due at the default rhythm (added 40 days ago, never in touch), and
 * Grace not due (weekly, written to 3 days ago). "Now" is 31 March 2026,
 * noon UTC. */
static void
fill_keep_in_touch (const char *db)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-03-31T12:00:00Z", NULL);
  g_autoptr(GDateTime) long_ago = g_date_time_add_days (now, -400);
  g_autoptr(GDateTime) forty_days = g_date_time_add_days (now, -40);
  g_autoptr(NbStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *mentors[] = { "Mentors", NULL };
  struct {
    const char *name;
    const char * const *tags;
    int cadence;
    GDateTime *added;
    int days_ago;
    NbInteractionKind kind;
  } people[] = {
    { "Ada Lovelace", mentors, -1, long_ago, 49, NB_INTERACTION_CALL },
    { "Alan Turing", NULL, -1, forty_days, -1, 0 },
    { "Grace Hopper", NULL, 7, long_ago, 3, NB_INTERACTION_MESSAGE },
  };

  store = nb_store_new (db, &error);
  g_assert_no_error (error);
  g_assert_true (nb_store_set_circle_cadence (store, "Mentors", 30, &error));

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(NbContact) contact = nb_test_contact_new (people[i].name, NULL);
      g_autoptr(NbContact) saved = NULL;

      nb_contact_set_tags (contact, people[i].tags);
      nb_contact_set_cadence (contact, people[i].cadence);
      nb_clock_set_fixed (people[i].added);
      saved = nb_store_save_contact (store, contact, &error);
      nb_clock_set_fixed (NULL);
      g_assert_no_error (error);

      if (people[i].days_ago >= 0)
        {
          g_autoptr(GDateTime) when = g_date_time_add_days (now, -people[i].days_ago);

          g_assert_true (nb_store_log_interaction (store, nb_contact_get_id (saved), when,
                                                   people[i].kind, NULL, &error));
          g_assert_no_error (error);
        }
    }
}

static char *
run_keep_in_touch (const char  *db,
                   const char  *config_home,
                   int         *status)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("NETBOOK_BIN"), "--database", db, "--keep-in-touch", NULL };
  char *out = NULL;
  g_autofree char *err = NULL;

  env = g_environ_setenv (env, "NETBOOK_NOW", "2026-03-31T12:00:00Z", TRUE);
  if (config_home != NULL)
    {
      env = g_environ_setenv (env, "GSETTINGS_BACKEND", "keyfile", TRUE);
      env = g_environ_setenv (env, "XDG_CONFIG_HOME", config_home, TRUE);
    }

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, status,
                &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");

  return out;
}

/* netbook --keep-in-touch: who is due, most overdue first, as fields
 * separated by tabs when the output is not a terminal; by the default
 * rhythm of Preferences. */
static void
test_keep_in_touch (void)
{
  g_autofree char *db = nb_test_tmp_path ("keep-in-touch.db");
  g_autofree char *empty = nb_test_tmp_path ("nobody.db");
  g_autofree char *config = nb_test_tmp_path ("config");
  g_autofree char *keyfile_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (keyfile_dir, "keyfile", NULL);
  g_autofree char *out = NULL;
  int status;

  out = run_keep_in_touch (empty, NULL, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "Nobody is due\n");
  g_clear_pointer (&out, g_free);

  fill_keep_in_touch (db);
  out = run_keep_in_touch (db, NULL, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==,
                   "Name\tCircle\tRhythm\tDays since\tLast\n"
                   "Ada Lovelace\tMentors\tEvery month\t49\tCall\n"
                   "Alan Turing\t\tEvery month (the default)\t40\tNever in touch\n");
  g_clear_pointer (&out, g_free);

  /* With a default of two months in Preferences, Alan is not due yet. */
  g_mkdir_with_parents (keyfile_dir, 0700);
  g_assert_true (g_file_set_contents (keyfile, "[org/example/Netbook]\ndefault-cadence-days=60\n",
                                      -1, NULL));
  out = run_keep_in_touch (db, config, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==,
                   "Name\tCircle\tRhythm\tDays since\tLast\n"
                   "Ada Lovelace\tMentors\tEvery month\t49\tCall\n");
}

/* On a terminal, the same in aligned columns. */
static void
test_keep_in_touch_columns (void)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) nb_keep_in_touch_entry_free);
  g_autofree char *aligned = NULL;
  g_autofree char *tabs = NULL;
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *nobody = NULL;
  NbKeepInTouchEntry *entry;

  entry = g_new0 (NbKeepInTouchEntry, 1);
  entry->name = g_strdup ("Алан Тьюринг");
  entry->circle = g_strdup ("Mentors");
  entry->source = NB_RHYTHM_SOURCE_CIRCLE;
  entry->rhythm_days = 7;
  entry->days_since = 455;
  entry->last_date = 1;
  entry->last_kind = NB_INTERACTION_VIDEO_CALL;
  g_ptr_array_add (entries, entry);
  entry = g_new0 (NbKeepInTouchEntry, 1);
  entry->name = g_strdup ("Ada\tLovelace");
  entry->source = NB_RHYTHM_SOURCE_DEFAULT;
  entry->rhythm_days = 30;
  entry->days_since = 40;
  g_ptr_array_add (entries, entry);

  aligned = nb_cli_format_keep_in_touch (entries, TRUE);
  g_assert_cmpstr (aligned, ==,
                   "Name          Circle   Rhythm                     Days since  Last\n"
                   "Алан Тьюринг  Mentors  Every week                 455         Video call\n"
                   "Ada Lovelace  —        Every month (the default)  40          Never in touch\n");

  tabs = nb_cli_format_keep_in_touch (entries, FALSE);
  g_assert_cmpstr (tabs, ==,
                   "Name\tCircle\tRhythm\tDays since\tLast\n"
                   "Алан Тьюринг\tMentors\tEvery week\t455\tVideo call\n"
                   "Ada Lovelace\t\tEvery month (the default)\t40\tNever in touch\n");

  nobody = nb_cli_format_keep_in_touch (none, TRUE);
  g_assert_cmpstr (nobody, ==, "Nobody is due\n");
}

static void
test_version (void)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (nb_test_run_netbook (&out, NULL, "--version", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "netbook " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/import-summary", test_import_summary);
  g_test_add_func ("/cli/import-errors", test_import_errors);
  g_test_add_func ("/cli/import-csv", test_import_csv);
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/calendar", test_calendar);
  g_test_add_func ("/cli/interactions", test_interactions);
  g_test_add_func ("/cli/default-database", test_default_database);
  g_test_add_func ("/cli/newer-database", test_newer_database);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/keep-in-touch", test_keep_in_touch);
  g_test_add_func ("/cli/keep-in-touch-columns", test_keep_in_touch_columns);

  return g_test_run ();
}
