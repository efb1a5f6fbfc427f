/* test-faults.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nb-db.h"
#include "nb-secrets.h"
#include "nb-sync-setup.h"
#include "nb-sync-test-util.h"
#include "nb-test-util.h"
#include "nb-vcard-writer.h"

/* What goes wrong with the disk and with other processes: a folder Netbook
 * may not write, a disk that fills up during a save, an import or a sync,
 * another process holding the database, two Netbooks on one database, and
 * Netbook killed during a sync, an upgrade of the database or an export.
 * Each time: a clear message, nothing already stored lost, the file as it
 * was or wholly changed, never half.
 *
 * The disk faults are real: a small tmpfs that fills up, a folder mounted
 * read-only (which root cannot write either), in a mount namespace of the
 * test's own (nb_test_enter_mount_namespace()). */

#define MIGRATE_ENV "NETBOOK_TEST_MIGRATE_DB"
#define USER "alice"
#define PASSWORD "secret"

static char *no_mount_reason;

static gboolean
can_mount (void)
{
  if (nb_test_can_mount ())
    return TRUE;

  g_test_skip_printf ("This test mounts a tmpfs or a read-only folder, and %s", no_mount_reason);
  return FALSE;
}

static void
add_precious (NbStore *store)
{
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Precious %u", i);
      g_autofree char *email = g_strdup_printf ("precious%u@example.com", i);

      nb_test_add_contact (store, name, email);
    }
}

static void
prepare_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = nb_store_new (path, &error);

  g_assert_no_error (error);
  add_precious (store);
}

static char *
write_cards (const char *name,
             guint       n)
{
  g_autofree char *path = nb_test_tmp_path (name);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported %u\r\n"
                                  "EMAIL:imported%u@example.com\r\nNOTE:A note long enough to "
                                  "take some room in the database for every card.\r\nEND:VCARD\r\n",
                            i, i);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  return g_steal_pointer (&path);
}

static char *
big_text (gsize size)
{
  GString *text = g_string_sized_new (size);

  /* Different words, so that SQLite cannot make little of them. */
  while (text->len < size)
    g_string_append_printf (text, "%08x ", g_test_rand_int ());

  return g_string_free (text, FALSE);
}

/* ---------------------------------------------------------------------- */
/* A folder Netbook may not write                                          */

static void
assert_read_only_message (const char *message,
                          const char *path)
{
  g_test_message ("said: %s", message);
  g_assert_nonnull (strstr (message, path));
  g_assert_nonnull (strstr (message, "is read-only"));
  g_assert_nonnull (strstr (message, "Nothing has been changed."));
}

/* The folder is on a read-only file system (or mounted read-only): root
 * cannot write it either. */
static void
test_read_only_folder (void)
{
  g_autofree char *dir = nb_test_tmp_path ("read-only");
  g_autofree char *path = g_build_filename (dir, "netbook.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "new.db", NULL);
  g_autofree char *google = nb_test_data_path ("vcards/google.vcf");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  NbStore *store;
  int status;

  if (!can_mount ())
    return;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  prepare_database (path);
  before = nb_test_file_checksum (path);
  dump = nb_test_dump_db (path, NULL);

  nb_test_mount_read_only (dir);

  /* The store says so, for the file and for a new one. */
  store = nb_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_READ_ONLY);
  assert_read_only_message (error->message, path);
  g_assert_nonnull (strstr (error->message, g_strerror (EROFS)));
  g_clear_error (&error);

  store = nb_store_new (missing, &error);
  g_assert_null (store);
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* And so does the command line, on stderr, with nothing on stdout. */
  status = nb_test_run_netbook (&out, &err, "--database", path, "--import", google, NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "netbook: "));
  assert_read_only_message (err, path);

  after = nb_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  nb_test_unmount (dir);

  g_free (after);
  after = nb_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  dump_after = nb_test_dump_db (path, NULL);
  g_assert_cmpstr (dump, ==, dump_after);
  nb_test_assert_db_intact (path);
}

typedef struct
{
  uid_t uid;
  gid_t gid;
} Identity;

static void
become_cb (gpointer data)
{
  Identity *who = data;

  if (getuid () == who->uid)
    return;

  if (setgroups (0, NULL) != 0 || setgid (who->gid) != 0 || setuid (who->uid) != 0)
    _exit (127);
}

static void
copy_executable (const char *from,
                 const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (chmod (to, 0755), ==, 0);
}

/* The folder is 0555 and the file 0444, as a person may have made them.
 * Root may write them anyway, so as root Netbook runs as "nobody", who
 * owns them. */
static void
test_read_only_permissions (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *top = g_dir_make_tmp ("netbook-faults-XXXXXX", &error);
  g_autofree char *dir = g_build_filename (top, "data", NULL);
  g_autofree char *path = g_build_filename (dir, "netbook.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { g_getenv ("NETBOOK_BIN"), "--database", path, "--export", NULL, NULL };
  g_autofree char *target = g_build_filename (top, "out.vcf", NULL);
  Identity who = { getuid (), getgid () };
  g_autofree char *copy = NULL;
  int status;

  g_assert_no_error (error);
  argv[4] = target;
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  prepare_database (path);
  before = nb_test_file_checksum (path);

  if (geteuid () == 0)
    {
      struct passwd *nobody = getpwnam ("nobody");

      if (nobody == NULL)
        {
          g_test_skip ("Running as root, and there is no user “nobody” to run Netbook as");
          return;
        }
      who.uid = nobody->pw_uid;
      who.gid = nobody->pw_gid;
      g_assert_cmpint (chmod (top, 0755), ==, 0);
      /* The build may be where nobody may not go (a clone in /root, 0700):
       * a copy of the binary, which needs nothing of the build tree. */
      argv[0] = copy = g_build_filename (top, "netbook", NULL);
      copy_executable (g_getenv ("NETBOOK_BIN"), copy);
      g_assert_cmpint (chown (dir, who.uid, who.gid), ==, 0);
      g_assert_cmpint (chown (path, who.uid, who.gid), ==, 0);
      g_test_message ("running Netbook as nobody (%u)", (guint) who.uid);
    }
  g_assert_cmpint (chmod (path, 0444), ==, 0);
  g_assert_cmpint (chmod (dir, 0555), ==, 0);

  env = g_environ_setenv (env, "HOME", top, TRUE);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, become_cb, &who,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_cmpstr (out, ==, "");
  assert_read_only_message (err, path);
  g_assert_nonnull (strstr (err, g_strerror (EACCES)));

  after = nb_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);

  /* The file may be written, its folder not: no journal can be made. */
  g_assert_cmpint (chmod (path, 0644), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, become_cb, &who,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  assert_read_only_message (err, path);
  g_assert_nonnull (strstr (err, "The folder of the database"));
  g_free (after);
  after = nb_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);

  g_assert_cmpint (chmod (dir, 0700), ==, 0);
  g_assert_cmpint (chmod (path, 0600), ==, 0);
  nb_test_assert_db_intact (path);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts"), ==, 5);

  g_unlink (path);
  g_rmdir (dir);
  if (copy != NULL)
    g_unlink (copy);
  g_rmdir (top);
}

/* ---------------------------------------------------------------------- */
/* A full disk                                                             */

static void
assert_disk_full_message (const char *message)
{
  g_test_message ("said: %s", message);
  g_assert_nonnull (strstr (message, "The disk is full"));
}

/* A contact edited with a large photo and notes, on a disk with no room. */
static void
test_disk_full_save (void)
{
  g_autofree char *dir = nb_test_tmp_path ("small-disk");
  g_autofree char *path = g_build_filename (dir, "netbook.db", NULL);
  g_autofree char *filler = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_after = NULL;
  g_autofree char *notes = big_text (200 * 1024);
  g_autofree char *photo_data = big_text (300 * 1024);
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbContact) shown = NULL;
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(NbContact) fresh = NULL;
  gint64 id;

  if (!can_mount ())
    return;

  /* Room for the database (its six full-text tables too: schema v11 added
   * the matching index's) and one save of a 500 KiB card, with its WAL. */
  nb_test_mount_tmpfs (dir, 3 * 1024 * 1024);
  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  add_precious (store);
  id = nb_test_add_contact (store, "Ada Lovelace", "ada@example.com");
  shown = nb_store_get_contact (store, id);
  dump = nb_test_dump_db (path, NULL);

  filler = nb_test_fill_disk (dir, 0);

  photo = g_bytes_new (photo_data, strlen (photo_data));
  draft = nb_contact_copy (shown);
  nb_contact_set_notes (draft, notes);
  nb_contact_set_photo (draft, photo, "image/png");
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_null (saved);
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_FULL);
  assert_disk_full_message (error->message);
  g_clear_error (&error);

  /* A new contact neither; it is given no id. */
  fresh = nb_test_contact_new ("Grace Hopper", NULL);
  nb_contact_set_notes (fresh, notes);
  g_assert_null (nb_store_save_contact (store, fresh, &error));
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_FULL);
  g_assert_cmpint (nb_contact_get_id (fresh), ==, 0);
  g_clear_error (&error);

  /* What is shown and what is stored are as before. */
  g_assert_null (nb_contact_get_notes (shown));
  g_assert_cmpint (nb_store_count_contacts (store), ==, 6);
  dump_after = nb_test_dump_db (path, NULL);
  g_assert_cmpstr (dump, ==, dump_after);
  nb_test_assert_db_intact (path);

  /* With room again, the same store saves. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nb_contact_get_notes (shown), ==, notes);
  g_clear_object (&saved);
  g_clear_object (&shown);
  g_clear_object (&store);
  nb_test_assert_db_intact (path);
  g_assert_cmpint (nb_test_query_int (path, "SELECT length(notes) FROM contacts WHERE full_name = 'Ada Lovelace'"),
                   ==, strlen (notes));

  nb_test_unmount (dir);
}

/* netbook --import of more than the disk holds. */
static void
test_disk_full_import (void)
{
  g_autofree char *dir = nb_test_tmp_path ("small-disk");
  g_autofree char *path = g_build_filename (dir, "netbook.db", NULL);
  g_autofree char *vcf = write_cards ("many.vcf", 20000);
  g_autofree char *google = nb_test_data_path ("vcards/google.vcf");
  g_autofree char *dump = NULL;
  g_autofree char *dump_after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  if (!can_mount ())
    return;

  nb_test_mount_tmpfs (dir, 2 * 1024 * 1024);
  prepare_database (path);
  dump = nb_test_dump_db (path, NULL);

  status = nb_test_run_netbook (&out, &err, "--database", path, "--import", vcf, NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out, ==, "");
  assert_disk_full_message (err);
  g_assert_nonnull (strstr (err, "Nothing was imported."));

  dump_after = nb_test_dump_db (path, NULL);
  g_assert_cmpstr (dump, ==, dump_after);
  nb_test_assert_db_intact (path);

  /* What fits is imported afterwards. */
  g_clear_pointer (&out, g_free);
  status = nb_test_run_netbook (&out, NULL, "--database", path, "--import", google, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Imported 6 contacts, updated 0, skipped 0\n");
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts"), ==, 11);

  nb_test_unmount (dir);
}

/* ---------------------------------------------------------------------- */
/* With a server                                                           */

typedef struct
{
  NbDavServer *server;
  char        *host;
} ServerFixture;

static void
server_set_up (ServerFixture *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->server = nb_dav_server_start_default (&error);
  g_assert_no_error (error);
}

static void
server_tear_down (ServerFixture *fixture,
                  gconstpointer  data)
{
  g_autofree char *server = nb_account_normalize_server (nb_dav_server_get_url (fixture->server));

  nb_secrets_clear (server, USER, NULL, NULL);
  g_clear_pointer (&fixture->server, nb_dav_server_free);
}

/* Here: five contacts and the account, closed again.
 *
 * Returns: (transfer full): the address book's path on the server */
static char *
prepare_device (ServerFixture *fixture,
                const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) here = nb_store_new (path, &error);
  g_autoptr(NbAccount) account = NULL;

  g_assert_no_error (error);
  add_precious (here);
  account = nb_test_add_account (fixture->server, here, USER, PASSWORD);

  return g_strdup (nb_account_get_collection (account, NB_COLLECTION_CONTACTS));
}

/* Lays @n cards with notes into the address book's folder in Radicale's
 * storage, as another client's (a PUT each would take most of the test's
 * time). */
static void
fill_server (ServerFixture *fixture,
             const char    *book,
             guint          n)
{
  g_autofree char *folder = g_build_filename (nb_dav_server_get_storage (fixture->server),
                                              "collection-root", book, NULL);
  g_autofree char *notes = big_text (1500);
  g_autofree char *listing = NULL;

  g_assert_cmpint (nb_dav_server_get_kind (fixture->server), ==, NB_DAV_SERVER_RADICALE);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("From there %u", i);
      g_autofree char *uid = g_strdup_printf ("there-%04u", i);
      g_autofree char *file = g_strdup_printf ("%s/%s.vcf", folder, uid);
      g_autoptr(NbContact) contact = nb_test_contact_new (name, NULL);
      g_autofree char *card = NULL;
      g_autoptr(GError) error = NULL;

      nb_contact_set_uid (contact, uid);
      nb_contact_set_notes (contact, notes);
      card = nb_vcard_write (contact, NB_VCARD_VERSION_3_0);
      g_file_set_contents (file, card, -1, &error);
      g_assert_no_error (error);
    }

  /* Radicale indexes what it did not write when first asked. */
  g_assert_cmpuint (nb_dav_server_http (fixture->server, "PROPFIND", book, USER, PASSWORD, NULL, NULL,
                                        &listing, NULL), ==, 207);
}

/* What a sync must not lose: the contacts and what ties them to the
 * server. */
#define CONTENT_TABLES "[cs][oy]*"

static void
test_disk_full_sync (ServerFixture *fixture,
                     gconstpointer  data)
{
  g_autofree char *dir = nb_test_tmp_path ("small-disk");
  g_autofree char *path = g_build_filename (dir, "netbook.db", NULL);
  g_autofree char *filler = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *book = NULL;
  int status;

  if (!can_mount ())
    return;

  nb_test_mount_tmpfs (dir, 8 * 1024 * 1024);
  book = prepare_device (fixture, path);
  fill_server (fixture, book, 200);
  dump = nb_test_dump_db (path, CONTENT_TABLES);

  /* Room for a little, not for a batch of a hundred contacts. */
  filler = nb_test_fill_disk (dir, 64 * 1024);
  status = nb_test_run_netbook (&out, &err, "--database", path, "--sync", NULL);
  g_test_message ("stdout: %s", out);
  g_assert_cmpint (status, ==, 1);
  assert_disk_full_message (err);

  dump_after = nb_test_dump_db (path, CONTENT_TABLES);
  g_assert_cmpstr (dump, ==, dump_after);
  nb_test_assert_db_intact (path);

  /* With room again, it all comes. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  status = nb_test_run_netbook (&out, &err, "--database", path, "--sync", NULL);
  g_test_message ("%s%s", out, err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Contacts: 200 received"));
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts"), ==, 205);
  nb_test_assert_db_intact (path);

  nb_test_unmount (dir);
}

/* ---------------------------------------------------------------------- */
/* Another process holds the database                                      */

static void
communicate_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  char **err = user_data;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (object), result, NULL, err, &error);
  g_assert_no_error (error);
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* A save in this process, and netbook --import in another, while a third
 * holds the database for longer than they wait: both fail, saying why,
 * after the wait; neither hangs, and the store's own connection (the
 * window's) waits less than the 5 s after which GNOME says a window is not
 * responding. Once it is let go, both work. */
static void
test_locked (void)
{
  g_autofree char *path = nb_test_tmp_path ("netbook.db");
  g_autofree char *google = nb_test_data_path ("vcards/google.vcf");
  g_autofree char *dump = NULL;
  g_autofree char *dump_after = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbContact) shown = NULL;
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(GSubprocess) import = NULL;
  gint64 start, waited;
  gint64 id;

  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  add_precious (store);
  id = nb_test_add_contact (store, "Ada Lovelace", NULL);
  shown = nb_store_get_contact (store, id);
  dump = nb_test_dump_db (path, NULL);

  holder = nb_test_hold_lock ("test-faults", path);
  import = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                             g_getenv ("NETBOOK_BIN"), "--database", path, "--import", google, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (import, NULL, NULL, communicate_done_cb, &err);

  start = g_get_monotonic_time ();
  draft = nb_contact_copy (shown);
  nb_contact_set_notes (draft, "Wrote Note G.");
  saved = nb_store_save_contact (store, draft, &error);
  waited = (g_get_monotonic_time () - start) / 1000;
  g_test_message ("the save waited %" G_GINT64_FORMAT " ms", waited);
  g_assert_null (saved);
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_BUSY);
  g_test_message ("said: %s", error->message);
  g_assert_nonnull (strstr (error->message, "in use by another program"));
  g_assert_cmpint (waited, >=, 2000);
  g_assert_cmpint (waited, <, 5000);
  g_assert_null (nb_contact_get_notes (shown));
  g_clear_error (&error);

  nb_test_wait_for (is_set, &err);
  g_test_message ("import said: %s", err);
  g_assert_cmpint (g_subprocess_get_exit_status (import), ==, 1);
  g_assert_nonnull (strstr (err, "in use by another program"));
  g_assert_nonnull (strstr (err, "Nothing was imported."));

  nb_test_release_lock (holder);
  dump_after = nb_test_dump_db (path, NULL);
  g_assert_cmpstr (dump, ==, dump_after);

  /* Let go of, it works again. */
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nb_contact_get_notes (shown), ==, "Wrote Note G.");
  g_assert_cmpint (nb_test_run_netbook (&out, NULL, "--database", path, "--import", google, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "Imported 6 contacts, updated 0, skipped 0\n");
  g_assert_true (nb_store_check_for_changes (store));
  g_assert_cmpint (nb_store_count_contacts (store), ==, 12);
  nb_test_assert_db_intact (path);
}

static guint
count_cards (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, "BEGIN:VCARD\r\n")) != NULL; p++)
    n++;

  return n;
}

/* ---------------------------------------------------------------------- */
/* Two Netbooks on one database                                            */

static gboolean
subprocess_done (gpointer data)
{
  return *(gboolean *) data;
}

static void
wait_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *(gboolean *) user_data = TRUE;
}

/* This process saves contacts while netbook --import runs in another:
 * both work, and this one sees the other's contacts. The import is one
 * transaction, which the saves wait for (up to the busy timeout): fewer
 * cards where everything runs ten times slower (sanitizers, valgrind). */
static void
test_two_processes_import (void)
{
  g_autofree char *path = nb_test_tmp_path ("netbook.db");
  guint n_cards = 3000 / nb_test_slowdown ();
  g_autofree char *vcf = write_cards ("many.vcf", n_cards);
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = NULL;
  g_autoptr(GSubprocess) import = NULL;
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean done = FALSE;
  guint n_saved = 0;

  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  add_precious (store);

  import = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                             g_getenv ("NETBOOK_BIN"), "--database", path, "--import", vcf, NULL);
  g_assert_no_error (error);
  g_subprocess_wait_async (import, NULL, wait_done_cb, &done);

  /* Saves, and reads, while it runs, and a few after. */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Mine %u", i);
      g_autoptr(NbContact) draft = nb_test_contact_new (name, NULL);
      NbContact *saved = nb_store_save_contact (store, draft, &error);

      g_assert_no_error (error);
      g_ptr_array_add (mine, saved);
      n_saved++;
      g_assert_cmpint (nb_store_count_contacts (store), >=, 5 + n_saved);
      g_usleep (50000);
      g_main_context_iteration (NULL, FALSE);
    }
  nb_test_wait_for (subprocess_done, &done);
  g_assert_true (g_subprocess_get_successful (import));

  /* The other's contacts show up here. */
  g_assert_true (nb_store_check_for_changes (store));
  g_assert_cmpint (nb_store_count_contacts (store), ==, 5 + 20 + n_cards);
  for (guint i = 0; i < mine->len; i++)
    {
      g_autoptr(NbContact) again = nb_store_get_contact (store, nb_contact_get_id (mine->pdata[i]));

      g_assert_true (again == mine->pdata[i]);
    }
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts WHERE full_name LIKE 'Mine %'"), ==, 20);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts_fts"), ==, 5 + 20 + n_cards);
  nb_test_assert_db_intact (path);
}

/* This process edits contacts while netbook --sync brings 150 from the
 * server in another. */
static void
test_two_processes_sync (ServerFixture *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = nb_test_tmp_path ("here.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = NULL;
  g_autoptr(GSubprocess) sync = NULL;
  g_autoptr(NbContact) first = NULL;
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autofree char *book = NULL;
  gboolean done = FALSE;
  gint64 first_id;

  book = prepare_device (fixture, path);
  fill_server (fixture, book, 150);
  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  first_id = nb_test_query_int (path, "SELECT min(id) FROM contacts");
  first = nb_store_get_contact (store, first_id);

  sync = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                           g_getenv ("NETBOOK_BIN"), "--database", path, "--sync", NULL);
  g_assert_no_error (error);
  g_subprocess_wait_async (sync, NULL, wait_done_cb, &done);

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("Mine %u", i);

      nb_test_add_contact (store, name, NULL);
      g_usleep (50000);
      g_main_context_iteration (NULL, FALSE);
    }
  draft = nb_contact_copy (first);
  nb_contact_set_notes (draft, "Edited while the other synced");
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);

  nb_test_wait_for (subprocess_done, &done);
  g_assert_true (g_subprocess_get_successful (sync));
  nb_store_check_for_changes (store);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 5 + 10 + 150);
  g_assert_cmpstr (nb_contact_get_notes (first), ==, "Edited while the other synced");

  /* This process syncs what the other did not send: then every contact
   * is on the server, the edit too. */
  result = nb_test_sync (store, TRUE);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 165);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM sync_items JOIN sync_collections c "
                                            "ON c.id = collection_id WHERE c.kind = 0 AND synced > 0"),
                   ==, 165);
  accounts = nb_store_list_accounts (store, &error);
  g_assert_no_error (error);
  g_clear_pointer (&book, g_free);
  book = nb_dav_server_read_all (fixture->server,
                                 nb_account_get_collection (accounts->pdata[0], NB_COLLECTION_CONTACTS),
                                 USER, PASSWORD);
  g_assert_cmpuint (count_cards (book), ==, 165);
  g_assert_nonnull (strstr (book, "NOTE:Edited while the other synced"));
  g_assert_nonnull (strstr (book, "FN:Mine 9"));
  nb_test_assert_db_intact (path);
}

/* ---------------------------------------------------------------------- */
/* Killed                                                                  */

static gboolean
contacts_more_than (const char *path,
                    gint64      n)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  gint64 count = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      return FALSE;
    }
  if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM contacts", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count > n;
}

/* netbook --sync killed once it stored the first batch: every batch is
 * whole or absent, each contact with what ties it to the server; the next
 * sync brings the rest, none twice. */
static void
test_kill_during_sync (ServerFixture *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = nb_test_tmp_path ("here.db");
  g_autofree char *book = NULL;
  const char *argv[] = { g_getenv ("NETBOOK_BIN"), "--database", path, "--sync", NULL };
  g_autoptr(GError) error = NULL;
  gint64 n, linked;
  GPid pid;
  int status;

  book = prepare_device (fixture, path);
  fill_server (fixture, book, 300);

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  for (guint tries = 0; !contacts_more_than (path, 5) && tries < 2000; tries++)
    g_usleep (5000);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_assert_true (WIFSIGNALED (status));

  nb_test_assert_db_intact (path);
  n = nb_test_query_int (path, "SELECT count(*) FROM contacts");
  linked = nb_test_query_int (path, "SELECT count(*) FROM sync_items JOIN sync_collections c "
                                    "ON c.id = collection_id WHERE c.kind = 0");
  g_test_message ("%" G_GINT64_FORMAT " contacts when it was killed", n);
  g_assert_cmpint (n, >, 5);
  g_assert_cmpint (n - 5, ==, linked);
  g_assert_true ((n - 5) % 100 == 0 || n == 305);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts_fts"), ==, n);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts WHERE full_name LIKE 'Precious %'"),
                   ==, 5);

  g_assert_cmpint (nb_test_run_netbook (NULL, NULL, "--database", path, "--sync", NULL), ==, 0);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts"), ==, 305);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(DISTINCT uid) FROM contacts"), ==, 305);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(DISTINCT full_name) FROM contacts"), ==, 305);
  nb_test_assert_db_intact (path);
}

/* The child: upgrades the database with Netbook's own steps, the last of
 * which, once its SQL ran, says so and waits to be killed. */
static gboolean
stall_step (NbDb    *db,
            GError **error)
{
  g_print ("migrating\n");
  fflush (stdout);
  g_usleep (60 * G_USEC_PER_SEC);
  return TRUE;
}

static int
run_migration (const char *path)
{
  guint n_steps;
  const NbMigration *netbook = _nb_db_get_migrations (&n_steps);
  g_autofree NbMigration *steps = g_memdup2 (netbook, n_steps * sizeof (NbMigration));
  g_autoptr(GError) error = NULL;

  steps[n_steps - 1].func = stall_step;
  if (_nb_db_open_with_migrations (path, steps, n_steps, &error) == NULL)
    g_printerr ("%s\n", error->message);

  return 1;
}

static guint
count_files (const char *dir,
             const char *part)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)))
    if (strstr (name, part) != NULL)
      n++;

  return n;
}

static guint
count_copies (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)))
    if (g_str_has_suffix (name, ".bak"))
      n++;

  return n;
}

/* Netbook killed while it upgrades a database of the previous format:
 * the database is as it was, the copy made before is whole, and the next
 * start upgrades it. */
static void
test_kill_during_migration (void)
{
  g_autofree char *path = nb_test_tmp_path ("old.db");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *self = g_test_build_filename (G_TEST_BUILT, "test-faults", NULL);
  g_autofree char *dump = NULL;
  g_autofree char *dump_after = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = NULL;
  g_autoptr(GDir) listing = NULL;
  const NbMigration *migrations;
  const char *name;
  guint n_migrations;
  NbDb *db;

  /* A database of the format before this one, with contacts. */
  migrations = _nb_db_get_migrations (&n_migrations);
  db = _nb_db_open_with_migrations (path, migrations, n_migrations - 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO contacts (uid, full_name, sort_key, match_key, "
                                              "created, updated) VALUES ('old-%u', 'Old %u', "
                                              "x'%04x', 'old %u', 1, 1)", i, i, i, i);

      g_assert_true (nb_db_exec (db, sql, &error));
    }
  nb_db_close (db);
  dump = nb_test_dump_db (path, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_setenv (launcher, MIGRATE_ENV, path, TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, self, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "migrating");

  /* Its last step's SQL ran, in the transaction of all steps. */
  g_subprocess_force_exit (child);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_subprocess_get_if_exited (child));

  nb_test_assert_db_intact (path);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, n_migrations - 1);
  dump_after = nb_test_dump_db (path, NULL);
  g_assert_cmpstr (dump, ==, dump_after);

  /* The copy made before it began is whole. */
  g_assert_cmpuint (count_files (dir, ".bak.part-"), ==, 0);
  g_assert_cmpuint (count_copies (dir), ==, 1);
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)))
    if (g_str_has_suffix (name, ".bak"))
      {
        g_autofree char *backup = g_build_filename (dir, name, NULL);
        g_autofree char *dump_backup = NULL;

        nb_test_assert_db_intact (backup);
        dump_backup = nb_test_dump_db (backup, NULL);
        g_assert_cmpstr (dump, ==, dump_backup);
      }

  /* Started again, Netbook upgrades it, keeping every contact. */
  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 200);
  g_clear_object (&store);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, n_migrations);
  nb_test_assert_db_intact (path);
}

/* A copy is being written: under whatever name. */
static gboolean
backup_begun (const char *dir)
{
  return count_files (dir, ".bak") > 0;
}

/* The real Netbook killed while it makes the copy of a large database of
 * the previous format before upgrading it: the database is as it was, or
 * (when the kill came later) wholly upgraded; a copy cut off is never
 * named .bak; the next start upgrades it. */
static void
test_kill_during_backup (void)
{
  g_autofree char *path = nb_test_tmp_path ("old.db");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *target = nb_test_tmp_path ("out.vcf");
  g_autofree char *dump = NULL;
  const char *argv[] = { g_getenv ("NETBOOK_BIN"), "--database", path, "--export", target, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = NULL;
  const NbMigration *migrations;
  guint n_migrations;
  gint64 version;
  GPid pid;
  int status;
  NbDb *db;

  migrations = _nb_db_get_migrations (&n_migrations);
  db = _nb_db_open_with_migrations (path, migrations, n_migrations - 1, &error);
  g_assert_no_error (error);
  g_assert_true (nb_db_exec (db, "BEGIN", &error));
  for (guint i = 0; i < 30000; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO contacts (uid, full_name, sort_key, match_key, "
                                              "notes, created, updated) VALUES ('old-%u', 'Old %u', "
                                              "x'%08x', 'old %u', '%0200u', 1, 1)", i, i, i, i, i);

      g_assert_true (nb_db_exec (db, sql, &error));
    }
  g_assert_true (nb_db_exec (db, "COMMIT", &error));
  nb_db_close (db);
  dump = nb_test_dump_db (path, NULL);

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  for (guint tries = 0; !backup_begun (dir) && tries < 100000; tries++)
    g_usleep (100);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_assert_true (WIFSIGNALED (status));

  nb_test_assert_db_intact (path);
  version = nb_test_query_int (path, "PRAGMA user_version");
  g_test_message ("killed with the database at version %" G_GINT64_FORMAT ", %u copies, %u cut off",
                  version, count_copies (dir), count_files (dir, ".bak.part-"));
  if (version == n_migrations - 1)
    {
      g_autofree char *dump_after = nb_test_dump_db (path, NULL);

      g_assert_cmpstr (dump, ==, dump_after);
    }
  else
    {
      g_assert_cmpint (version, ==, n_migrations);
      g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts"), ==, 30000);
    }

  /* Every copy named .bak is whole. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)))
      if (g_str_has_suffix (name, ".bak"))
        {
          g_autofree char *backup = g_build_filename (dir, name, NULL);

          nb_test_assert_db_intact (backup);
          g_assert_cmpint (nb_test_query_int (backup, "SELECT count(*) FROM contacts"), ==, 30000);
        }
  }

  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 30000);
  g_clear_object (&store);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, n_migrations);
}

static gboolean
export_begun (gpointer data)
{
  const char *dir = data;
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)))
    if (g_str_has_prefix (name, ".everyone.vcf.") && g_str_has_suffix (name, ".tmp"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        GStatBuf st;

        if (g_stat (path, &st) == 0 && st.st_size > 0)
          return TRUE;
      }

  return FALSE;
}

/* netbook --export killed while it writes: the file it replaces is as it
 * was, never half-written; when it is not killed, it is whole. */
static void
test_kill_during_export (void)
{
  g_autofree char *path = nb_test_tmp_path ("netbook.db");
  g_autofree char *vcf = write_cards ("many.vcf", 20000);
  g_autofree char *exports = nb_test_tmp_path ("exports");
  g_autofree char *target = g_build_filename (exports, "everyone.vcf", NULL);
  g_autofree char *old = g_strdup ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:The last export\r\nEND:VCARD\r\n");
  g_autofree char *text = NULL;
  const char *argv[] = { g_getenv ("NETBOOK_BIN"), "--database", path, "--export", target, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (nb_test_run_netbook (NULL, NULL, "--database", path, "--import", vcf, NULL), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (exports, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, old, -1, NULL));

  for (guint round = 0; round < 3; round++)
    {
      GPid pid;
      int status;

      g_spawn_async (NULL, (char **) argv, NULL,
                     G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &pid, &error);
      g_assert_no_error (error);
      while (!export_begun (exports))
        g_usleep (2000);
      /* Later each round. */
      g_usleep (round * 100000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);

      g_test_message ("round %u: %s", round,
                      WIFSIGNALED (status) ? "killed while it wrote" : "it had finished");
      g_assert_true (g_file_get_contents (target, &text, NULL, NULL));
      if (WIFSIGNALED (status))
        g_assert_cmpstr (text, ==, old);
      else
        g_assert_cmpuint (count_cards (text), ==, 20000);
      g_clear_pointer (&text, g_free);
    }

  g_assert_cmpint (nb_test_run_netbook (NULL, NULL, "--database", path, "--export", target, NULL), ==, 0);
  g_assert_true (g_file_get_contents (target, &text, NULL, NULL));
  g_assert_cmpuint (count_cards (text), ==, 20000);
  g_assert_true (g_str_has_suffix (text, "END:VCARD\r\n"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if ((status = nb_test_lock_holder_main ()) >= 0)
    return status;
  if (g_getenv (MIGRATE_ENV) != NULL)
    return run_migration (g_getenv (MIGRATE_ENV));

  /* Before anything starts a thread. */
  nb_test_enter_mount_namespace (&no_mount_reason);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (no_mount_reason != NULL)
    g_test_message ("no mount namespace: %s", no_mount_reason);

  g_test_add_func ("/faults/read-only-folder", test_read_only_folder);
  g_test_add_func ("/faults/read-only-permissions", test_read_only_permissions);
  g_test_add_func ("/faults/disk-full-save", test_disk_full_save);
  g_test_add_func ("/faults/disk-full-import", test_disk_full_import);
  g_test_add ("/faults/disk-full-sync", ServerFixture, NULL, server_set_up, test_disk_full_sync,
              server_tear_down);
  g_test_add_func ("/faults/locked", test_locked);
  g_test_add_func ("/faults/two-processes-import", test_two_processes_import);
  g_test_add ("/faults/two-processes-sync", ServerFixture, NULL, server_set_up, test_two_processes_sync,
              server_tear_down);
  g_test_add ("/faults/kill-during-sync", ServerFixture, NULL, server_set_up, test_kill_during_sync,
              server_tear_down);
  g_test_add_func ("/faults/kill-during-migration", test_kill_during_migration);
  g_test_add_func ("/faults/kill-during-backup", test_kill_during_backup);
  g_test_add_func ("/faults/kill-during-export", test_kill_during_export);

  return g_test_run ();
}
