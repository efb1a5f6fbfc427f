/* nb-test-util.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* memmem() */
#define _GNU_SOURCE

#include "config.h"

#include "nb-exporter.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* How many times slower this run is than a normal build's:
 * NETBOOK_TEST_TIMEOUT_MULTIPLIER (the sanitized and valgrind runs; see
 * their test setups in meson.build), or 1. */
guint
nb_test_slowdown (void)
{
  const char *multiplier = g_getenv ("NETBOOK_TEST_TIMEOUT_MULTIPLIER");
  guint64 factor = 1;

  if (multiplier != NULL && !g_ascii_string_to_unsigned (multiplier, 10, 1, 100, &factor, NULL))
    g_error ("NETBOOK_TEST_TIMEOUT_MULTIPLIER is not a number from 1 to 100: %s", multiplier);

  return factor;
}

/* Runs the main loop until @condition holds, failing after 20 s, or
 * nb_test_slowdown() times that. */
void
nb_test_wait_for (NbTestCondition condition,
                  gpointer        data)
{
  gboolean timed_out = FALSE;
  guint id;

  id = g_timeout_add_seconds (20 * nb_test_slowdown (), timeout_cb, &timed_out);

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

/* Runs @sql on its own connection: what another program could do to the
 * file behind Netbook's back. */
void
nb_test_exec_sql (const char *path,
                  const char *sql)
{
  sqlite3 *db;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* The first column of the first row of @sql, on its own connection. The
 * application may be writing meanwhile (a sync in a GUI test): the query
 * waits for its lock, as the application's own connections do. */
gint64
nb_test_query_int (const char *path,
                   const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  gint64 value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 10000);
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

/* ---------------------------------------------------------------------- */
/* Storage faults                                                          */

static gboolean mount_namespace;

static gboolean
write_proc_file (const char  *path,
                 const char  *text,
                 char       **why_not)
{
  int fd = open (path, O_WRONLY);
  gboolean ok;

  if (fd < 0)
    {
      *why_not = g_strdup_printf ("cannot open %s: %s", path, g_strerror (errno));
      return FALSE;
    }
  ok = write (fd, text, strlen (text)) == (ssize_t) strlen (text);
  if (!ok)
    *why_not = g_strdup_printf ("cannot write %s: %s", path, g_strerror (errno));
  close (fd);

  return ok;
}

/**
 * nb_test_enter_mount_namespace:
 * @why_not: (out): why not, when it fails
 *
 * Gives this process, and every process it starts from now on, a mount
 * namespace of its own, so that it can mount a small tmpfs or make a
 * folder read-only without touching the rest of the system: as root (as
 * in CI) a plain mount namespace; as another user, a user namespace in
 * which the user keeps their own uid (so the keyring and D-Bus still know
 * them) and may mount. Mounts made in it go away with the test. Call it
 * first thing in main(), before any thread is started.
 *
 * Returns: whether the process may mount now
 */
gboolean
nb_test_enter_mount_namespace (char **why_not)
{
  uid_t uid = geteuid ();
  gid_t gid = getegid ();
  g_autofree char *uid_map = NULL;
  g_autofree char *gid_map = NULL;

  *why_not = NULL;

  if (uid != 0 || unshare (CLONE_NEWNS) != 0)
    {
      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
        {
          *why_not = g_strdup_printf ("neither a mount namespace (root) nor a user namespace could "
                                      "be made: %s", g_strerror (errno));
          return FALSE;
        }

      uid_map = g_strdup_printf ("%u %u 1\n", (guint) uid, (guint) uid);
      gid_map = g_strdup_printf ("%u %u 1\n", (guint) gid, (guint) gid);
      if (!write_proc_file ("/proc/self/setgroups", "deny", why_not) ||
          !write_proc_file ("/proc/self/uid_map", uid_map, why_not) ||
          !write_proc_file ("/proc/self/gid_map", gid_map, why_not))
        return FALSE;
    }

  /* What is mounted here is not seen outside. (The kernel ignores the
   * source and type of a propagation change, a bind and a remount;
   * "none" rather than NULL, which valgrind takes for a bad pointer.) */
  if (mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) != 0)
    {
      *why_not = g_strdup_printf ("cannot make the mounts private: %s", g_strerror (errno));
      return FALSE;
    }

  mount_namespace = TRUE;
  return TRUE;
}

gboolean
nb_test_can_mount (void)
{
  return mount_namespace;
}

/**
 * nb_test_mount_tmpfs:
 * @dir: a folder, made if missing
 * @size: the size of the file system, in bytes
 *
 * Mounts a tmpfs of @size on @dir: a disk that fills up.
 */
void
nb_test_mount_tmpfs (const char *dir,
                     gsize       size)
{
  g_autofree char *options = g_strdup_printf ("size=%" G_GSIZE_FORMAT ",mode=0700", size);

  g_assert_true (mount_namespace);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  if (mount ("netbook-test", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    g_error ("Cannot mount a tmpfs on %s: %s", dir, g_strerror (errno));
}

/**
 * nb_test_mount_read_only:
 * @dir: a folder
 *
 * Makes @dir read-only, for root too: it is mounted on itself, read-only.
 */
void
nb_test_mount_read_only (const char *dir)
{
  struct statvfs st;
  unsigned long flags = MS_REMOUNT | MS_BIND | MS_RDONLY;

  g_assert_true (mount_namespace);
  if (mount (dir, dir, "none", MS_BIND, NULL) != 0)
    g_error ("Cannot bind-mount %s: %s", dir, g_strerror (errno));

  /* In a user namespace the flags of the mount below must be kept. */
  g_assert_cmpint (statvfs (dir, &st), ==, 0);
  if (st.f_flag & ST_NOSUID)
    flags |= MS_NOSUID;
  if (st.f_flag & ST_NODEV)
    flags |= MS_NODEV;
  if (st.f_flag & ST_NOEXEC)
    flags |= MS_NOEXEC;
  if (st.f_flag & ST_NOATIME)
    flags |= MS_NOATIME;
  if (st.f_flag & ST_NODIRATIME)
    flags |= MS_NODIRATIME;
  if (st.f_flag & ST_RELATIME)
    flags |= MS_RELATIME;

  if (mount ("none", dir, "none", flags, NULL) != 0)
    g_error ("Cannot make %s read-only: %s", dir, g_strerror (errno));
}

void
nb_test_unmount (const char *dir)
{
  if (umount2 (dir, MNT_DETACH) != 0)
    g_error ("Cannot unmount %s: %s", dir, g_strerror (errno));
}

/**
 * nb_test_fill_disk:
 * @dir: a folder on a small file system
 * @leave: how many bytes to leave free
 *
 * Writes a file in @dir until the file system is full, then gives back
 * @leave bytes.
 *
 * Returns: (transfer full): the file's path; deleting it frees the space
 */
char *
nb_test_fill_disk (const char *dir,
                   gsize       leave)
{
  g_autofree char *path = g_build_filename (dir, "filler", NULL);
  static char block[4096];
  gsize written = 0;
  int fd;

  memset (block, 'x', sizeof block);
  fd = open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);

  for (;;)
    {
      ssize_t n = write (fd, block, sizeof block);

      if (n > 0)
        {
          written += n;
          continue;
        }
      g_assert_cmpint (errno, ==, ENOSPC);
      /* The last bytes of a partly free page. */
      while (write (fd, block, 1) == 1)
        written++;
      break;
    }
  if (leave > 0)
    {
      g_assert_cmpuint (written, >=, leave);
      written -= leave;
      g_assert_cmpint (ftruncate (fd, written), ==, 0);
    }
  close (fd);
  g_test_message ("filled the disk with %" G_GSIZE_FORMAT " bytes", written);

  return g_steal_pointer (&path);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/**
 * nb_test_dump_db:
 * @path: a database
 * @glob: (nullable): the tables to dump (a GLOB pattern), %NULL for all
 *
 * Returns: (transfer full): every row of every table, as text, in an order
 *   that depends only on the content: two databases with the same content
 *   give the same text
 */
char *
nb_test_dump_db (const char *path,
                 const char *glob)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db;
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' AND name GLOB ? ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, glob ? glob : "*", -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[t]);
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
      int rc;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const guchar *bytes = sqlite3_column_blob (stmt, c);
              int len = sqlite3_column_bytes (stmt, c);

              g_string_append_printf (row, "%d:", sqlite3_column_type (stmt, c));
              if (bytes != NULL)
                g_string_append_len (row, (const char *) bytes, len);
              g_string_append_c (row, '|');
            }
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      g_assert_cmpint (rc, ==, SQLITE_DONE);
      sqlite3_finalize (stmt);

      g_ptr_array_sort (rows, compare_strings);
      g_string_append_printf (dump, "== %s (%u rows)\n", (char *) tables->pdata[t], rows->len);
      for (guint r = 0; r < rows->len; r++)
        g_string_append_printf (dump, "%s\n", (char *) rows->pdata[r]);
    }

  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

/**
 * nb_test_assert_db_intact:
 * @path: a database
 *
 * Fails unless SQLite finds nothing wrong in it (PRAGMA integrity_check)
 * and its foreign keys hold.
 */
void
nb_test_assert_db_intact (const char *path)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* ---------------------------------------------------------------------- */
/* Another process holds the database                                      */

#define LOCK_ENV "NETBOOK_TEST_LOCK_DB"

/* In the child the test binary runs as: holds a write transaction on the
 * database until its standard input closes. Returns -1 in the test itself
 * (the variable is not set), the child's exit status otherwise. */
int
nb_test_lock_holder_main (void)
{
  const char *path = g_getenv (LOCK_ENV);
  sqlite3 *db;
  char buffer[16];

  if (path == NULL)
    return -1;

  if (sqlite3_open (path, &db) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL) != SQLITE_OK)
    return 2;

  g_print ("locked\n");
  fflush (stdout);
  while (read (STDIN_FILENO, buffer, sizeof buffer) > 0)
    ;

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  return 0;
}

/* Starts the test binary TEST_NAME again as a lock holder of PATH, and
 * returns once it holds the lock. */
GSubprocess *
nb_test_hold_lock (const char *test_name,
                   const char *path)
{
  g_autofree char *self = g_test_build_filename (G_TEST_BUILT, test_name, NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  GSubprocess *holder;

  g_subprocess_launcher_setenv (launcher, LOCK_ENV, path, TRUE);
  holder = g_subprocess_launcher_spawn (launcher, &error, self, NULL);
  g_assert_no_error (error);

  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "locked");

  return holder;
}

/* Lets go of the lock and waits for the holder to end. */
void
nb_test_release_lock (GSubprocess *holder)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_close (g_subprocess_get_stdin_pipe (holder), NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check (holder, NULL, &error);
  g_assert_no_error (error);
}

/**
 * nb_test_export:
 * @store: a store
 * @name: a file name in the test's folder; its extension (.vcf, .ics)
 *   says what is exported
 *
 * Returns: (transfer full): the path of the file written
 */
char *
nb_test_export (NbStore    *store,
                const char *name)
{
  g_autofree char *path = nb_test_tmp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NbExporter) exporter = nb_exporter_new (store, file);
  g_autoptr(GError) error = NULL;

  g_assert_true (nb_exporter_run (exporter, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/**
 * nb_test_import:
 * @store: a store
 * @path: a vCard or iCalendar file
 *
 * Imports it, failing the test on an error, and lets the store notice.
 *
 * Returns: (transfer full): the importer, for its counts
 */
NbImporter *
nb_test_import (NbStore    *store,
                const char *path)
{
  NbImporter *importer = nb_importer_new (store);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  nb_importer_add_file (importer, file);
  g_assert_true (nb_importer_run (importer, NULL, &error));
  g_assert_no_error (error);
  nb_store_check_for_changes (store);
  return importer;
}

/**
 * nb_test_save_interaction:
 * @store: a store
 * @draft: an interaction
 *
 * Saves it, failing the test on an error.
 *
 * Returns: (transfer full): the interaction as saved
 */
NbInteraction *
nb_test_save_interaction (NbStore       *store,
                          NbInteraction *draft)
{
  g_autoptr(GError) error = NULL;
  NbInteraction *saved = nb_store_save_interaction (store, draft, &error);

  g_assert_no_error (error);
  g_assert_nonnull (saved);
  return saved;
}
