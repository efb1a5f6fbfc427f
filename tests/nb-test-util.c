/* nb-test-util.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* memmem() */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "nb-test-util.h"

/* Tests run with G_TEST_OPTION_ISOLATE_DIRS: the XDG folders are new for
 * each test, so files made in the cache folder are the test's own. */

char *
nb_test_tmp_path (const char *name)
{
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

NbStore *
nb_test_open_store (char **path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = nb_test_tmp_path ("netbook.db");
  NbStore *store = nb_store_new (db_path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  if (path != NULL)
    *path = g_steal_pointer (&db_path);

  return store;
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, failing after 20 s, or as
 * many times that as NETBOOK_TEST_TIMEOUT_MULTIPLIER says (the sanitized
 * and valgrind runs are slower; see their test setups in meson.build). */
void
nb_test_wait_for (NbTestCondition condition,
                  gpointer        data)
{
  const char *multiplier = g_getenv ("NETBOOK_TEST_TIMEOUT_MULTIPLIER");
  guint64 factor = 1;
  gboolean timed_out = FALSE;
  guint id;

  if (multiplier != NULL && !g_ascii_string_to_unsigned (multiplier, 10, 1, 100, &factor, NULL))
    g_error ("NETBOOK_TEST_TIMEOUT_MULTIPLIER is not a number from 1 to 100: %s", multiplier);

  id = g_timeout_add_seconds (20 * factor, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for a condition");

  g_source_remove (id);
}

static gboolean
list_loaded (gpointer data)
{
  return !nb_contact_list_get_loading (NB_CONTACT_LIST (data));
}

void
nb_test_wait_list_loaded (NbContactList *list)
{
  nb_test_wait_for (list_loaded, list);
}

NbContact *
nb_test_contact_new (const char *name,
                     const char *email)
{
  NbContact *contact = nb_contact_new ();

  nb_contact_set_full_name (contact, name);
  if (email != NULL)
    {
      g_autoptr(GPtrArray) emails = nb_field_array_new ();

      g_ptr_array_add (emails, nb_field_new ("home", email));
      nb_contact_set_emails (contact, emails);
    }

  return contact;
}

gint64
nb_test_add_contact (NbStore    *store,
                     const char *name,
                     const char *email)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) draft = nb_test_contact_new (name, email);
  g_autoptr(NbContact) saved = nb_store_save_contact (store, draft, &error);

  g_assert_no_error (error);
  g_assert_nonnull (saved);

  return nb_contact_get_id (saved);
}

char *
nb_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

char *
nb_test_file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

/* The first column of the first row of @sql, on its own connection. */
gint64
nb_test_query_int (const char *path,
                   const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  gint64 value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/* Runs the built `netbook` with the arguments and @input on its standard
 * input, and returns its exit status. */
static int
run_netbook_argv (const char  *input,
                  char       **out,
                  char       **err,
                  const char  *first_arg,
                  va_list      args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *captured_out = NULL;
  g_autofree char *captured_err = NULL;
  const char *binary = g_getenv ("NETBOOK_BIN");

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  /* What is not captured must not mix with the test's own output. */
  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE |
                               (out ? G_SUBPROCESS_FLAGS_STDOUT_PIPE : G_SUBPROCESS_FLAGS_STDOUT_SILENCE) |
                               (err ? G_SUBPROCESS_FLAGS_STDERR_PIPE : G_SUBPROCESS_FLAGS_STDERR_SILENCE),
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input ? input : "", NULL,
                                 out ? &captured_out : NULL, err ? &captured_err : NULL, &error);
  g_assert_no_error (error);

  if (out != NULL)
    *out = g_steal_pointer (&captured_out);
  if (err != NULL)
    *err = g_steal_pointer (&captured_err);

  if (g_subprocess_get_if_exited (process))
    return g_subprocess_get_exit_status (process);

  return -1;
}

int
nb_test_run_netbook (char       **out,
                     char       **err,
                     const char  *first_arg,
                     ...)
{
  va_list args;
  int status;

  va_start (args, first_arg);
  status = run_netbook_argv (NULL, out, err, first_arg, args);
  va_end (args);

  return status;
}

/**
 * nb_test_run_netbook_input:
 * @input: what netbook reads on its standard input, such as a password
 * @out: (out) (optional): what it printed on stdout
 * @err: (out) (optional): what it printed on stderr
 * @first_arg: the first argument, then the others, %NULL-terminated
 *
 * As nb_test_run_netbook(), with @input on its standard input.
 *
 * Returns: its exit status, or -1 if it did not exit
 */
int
nb_test_run_netbook_input (const char  *input,
                           char       **out,
                           char       **err,
                           const char  *first_arg,
                           ...)
{
  va_list args;
  int status;

  va_start (args, first_arg);
  status = run_netbook_argv (input, out, err, first_arg, args);
  va_end (args);

  return status;
}

/**
 * nb_test_run_python:
 * @script: a Python program
 * @input: (nullable): what it reads on its standard input
 *
 * Runs @script with Debian's own Python (/usr/bin/python3, which has
 * python3-icalendar and python3-vobject), as a reader that nobody on this
 * project wrote. The test fails when it cannot run or fails.
 *
 * Returns: (transfer full): what it printed
 */
char *
nb_test_run_python (const char *script,
                    const char *input)
{
  g_autoptr(GSubprocess) python = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    g_error ("/usr/bin/python3 is needed (Debian's python3, with python3-icalendar and python3-vobject)");

  python = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                             G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                             "/usr/bin/python3", "-c", script, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (python, input ? input : "", NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (python))
    g_error ("The Python reader failed:\n%s", err);

  return g_steal_pointer (&out);
}

/**
 * nb_test_date:
 *
 * Returns: the date @day.@month.@year
 */
GDate
nb_test_date (int day,
              int month,
              int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

/* Files bigger than this are not read, and make the search fail. */
#define TREE_FILE_MAX ((goffset) 256 * 1024 * 1024)

/**
 * nb_test_file_tree_contains:
 * @dir: a folder
 * @needle: the bytes to look for (a string, without its terminating NUL)
 * @found_path: (out) (optional): where the path of the first file that
 *   holds @needle goes
 *
 * Reads every regular file under @dir, in all its subfolders, and looks
 * for @needle in its bytes. Symbolic links are not followed. A missing
 * @dir holds nothing. A file that cannot be read, or is bigger than
 * 256 MiB, fails the test: the answer would not be known.
 *
 * Returns: whether some file holds @needle
 */
gboolean
nb_test_file_tree_contains (const char  *dir,
                            const char  *needle,
                            char       **found_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  size_t needle_len = strlen (needle);
  const char *name;

  g_assert_cmpuint (needle_len, >, 0);

  if (found_path != NULL)
    *found_path = NULL;

  listing = g_dir_open (dir, 0, &error);
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return FALSE;
  g_assert_no_error (error);

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      g_assert_cmpint (g_lstat (path, &st), ==, 0);

      if (S_ISDIR (st.st_mode))
        {
          if (nb_test_file_tree_contains (path, needle, found_path))
            return TRUE;
        }
      else if (S_ISREG (st.st_mode))
        {
          g_autofree char *contents = NULL;
          gsize length = 0;

          if ((goffset) st.st_size > TREE_FILE_MAX)
            g_error ("%s is too big to search (%" G_GOFFSET_FORMAT " bytes)",
                     path, (goffset) st.st_size);

          g_file_get_contents (path, &contents, &length, &error);
          g_assert_no_error (error);

          if (length >= needle_len && memmem (contents, length, needle, needle_len) != NULL)
            {
              if (found_path != NULL)
                *found_path = g_steal_pointer (&path);
              return TRUE;
            }
        }
    }

  return FALSE;
}
