/* test-cli.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

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
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/calendar", test_calendar);
  g_test_add_func ("/cli/interactions", test_interactions);
  g_test_add_func ("/cli/default-database", test_default_database);
  g_test_add_func ("/cli/newer-database", test_newer_database);
  g_test_add_func ("/cli/version", test_version);

  return g_test_run ();
}
