/* test-crash.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "nb-test-util.h"

/* Netbook killed with SIGKILL at any moment, or stopped by a full disk,
 * loses at most the change in flight and never damages what was stored. */

#define WRITER_ENV "NETBOOK_TEST_WRITER_DB"

static void
assert_intact (const char *path)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* The child: saves contacts, each with three emails, tags and notes, one
 * transaction each, until it is killed. */
static int
run_writer (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = nb_store_new (path, &error);
  const char *tags[] = { "one", "two", NULL };

  if (store == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; ; i++)
    {
      g_autofree char *name = g_strdup_printf ("Writer %u", i);
      g_autoptr(NbContact) contact = nb_test_contact_new (name, NULL);
      g_autoptr(GPtrArray) emails = nb_field_array_new ();
      g_autoptr(NbContact) saved = NULL;

      for (guint e = 0; e < 3; e++)
        g_ptr_array_add (emails, nb_field_new ("work", "someone@example.com"));
      nb_contact_set_emails (contact, emails);
      nb_contact_set_tags (contact, tags);
      nb_contact_set_notes (contact, "Some notes to make the row longer than a few bytes.");

      saved = nb_store_save_contact (store, contact, &error);
      if (saved == NULL)
        g_error ("%s", error->message);

      /* Tell the parent the first save is in, so that it never kills us
       * while a slow machine is still creating the schema. */
      if (i == 0)
        {
          g_autofree char *marker = g_strconcat (path, ".saving", NULL);

          if (!g_file_set_contents (marker, "", 0, &error))
            g_error ("%s", error->message);
        }
    }

  return 0;
}

static void
test_kill_during_saves (void)
{
  g_autofree char *path = nb_test_tmp_path ("killed.db");
  g_autofree char *marker = g_strconcat (path, ".saving", NULL);
  g_autofree char *self = g_test_build_filename (G_TEST_BUILT, "test-crash", NULL);
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), WRITER_ENV, path, TRUE);
  const char *argv[] = { self, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  gint64 n;
  int status;

  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);

  /* Let it write for a while after its first save, then pull the plug. */
  while (!g_file_test (marker, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (waitpid (pid, &status, WNOHANG), ==, 0);
      g_usleep (10000);
    }
  g_usleep (500000);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_assert_true (WIFSIGNALED (status));

  assert_intact (path);
  n = nb_test_query_int (path, "SELECT count(*) FROM contacts");
  g_test_message ("%" G_GINT64_FORMAT " contacts were saved before the kill", n);
  g_assert_cmpint (n, >, 0);

  /* Every saved contact is whole: all its emails, tags and search text. */
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contact_fields"), ==, 3 * n);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contact_tags"), ==, 2 * n);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts_fts"), ==, n);

  {
    g_autoptr(NbStore) store = nb_store_new (path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (nb_store_count_contacts (store), ==, n);
  }
}

static char *
write_many_cards (guint n)
{
  g_autofree char *path = nb_test_tmp_path ("many.vcf");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported %u\r\n"
                                  "EMAIL:imported%u@example.com\r\nNOTE:A note long enough to "
                                  "take some room in the database for every card.\r\nEND:VCARD\r\n",
                            i, i);
  g_file_set_contents (path, text->str, text->len, NULL);

  return g_steal_pointer (&path);
}

static void
prepare_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = nb_store_new (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Precious %u", i);

      nb_test_add_contact (store, name, "precious@example.com");
    }
}

static void
test_kill_during_import (void)
{
  g_autofree char *path = nb_test_tmp_path ("import-killed.db");
  g_autofree char *vcf = write_many_cards (60000);
  const char *argv[] = { g_getenv ("NETBOOK_BIN"), "--database", path, "--import", vcf, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  gint64 n;
  int status;

  prepare_database (path);

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_usleep (500000);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);

  assert_intact (path);
  n = nb_test_query_int (path, "SELECT count(*) FROM contacts");
  g_test_message ("%" G_GINT64_FORMAT " contacts after the kill", n);

  /* One transaction: the import happened whole, or not at all. */
  g_assert_true (n == 5 || n == 60005);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts WHERE full_name LIKE 'Precious %'"), ==, 5);
}

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 2 * 1024 * 1024, 2 * 1024 * 1024 };

  /* Writing past the limit fails (EFBIG) instead of killing the process. */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
test_disk_full_during_import (void)
{
  g_autofree char *path = nb_test_tmp_path ("full.db");
  g_autofree char *vcf = write_many_cards (40000);
  const char *argv[] = { g_getenv ("NETBOOK_BIN"), "--database", path, "--import", vcf, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  prepare_database (path);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, limit_file_size, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("stderr: %s", err);

  /* It says so and fails; what was stored before is all there. */
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "netbook: "));
  g_assert_nonnull (strstr (err, "Nothing was imported."));
  g_assert_cmpstr (out, ==, "");

  assert_intact (path);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts"), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv (WRITER_ENV) != NULL)
    return run_writer (g_getenv (WRITER_ENV));

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/crash/kill-during-saves", test_kill_during_saves);
  g_test_add_func ("/crash/kill-during-import", test_kill_during_import);
  g_test_add_func ("/crash/disk-full-during-import", test_disk_full_during_import);

  return g_test_run ();
}
