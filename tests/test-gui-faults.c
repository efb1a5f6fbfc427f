/* test-gui-faults.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "nb-application.h"
#include "nb-gui-test-util.h"
#include "nb-test-util.h"
#include "nb-window.h"

/* What the window says when the database cannot be opened (written by a
 * newer Netbook, damaged, another program's, read-only), cannot be written (another process
 * holds it, the disk is full), and what it shows of another process's
 * work on the same database. The real application, window and files;
 * the disk faults in a mount namespace of the test's own. */

#define FAULT_DB_ENV "NETBOOK_TEST_FAULT_DB"

typedef NbGuiFixture Fixture;

static char *no_mount_reason;

/* ---------------------------------------------------------------------- */
/* The database refused                                                    */

static NbWindow *
open_window (NbApplication **app,
             const char      *db)
{
  static guint n_apps;
  g_autofree char *app_id = g_strdup_printf ("org.example.Netbook.Faults%u", ++n_apps);
  g_autoptr(GError) error = NULL;
  NbWindow *window;

  *app = nb_application_new (app_id, G_APPLICATION_NON_UNIQUE);
  g_object_set (*app, "database", db, NULL);
  g_application_register (G_APPLICATION (*app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (*app));

  window = NB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (*app)));
  g_assert_nonnull (window);
  nb_gui_settle ();

  return window;
}

/* In a process of its own (g_test_trap_subprocess()): the window opened on
 * the database the parent made says why it cannot open it, and changes
 * nothing. */
static void
refused_child (const char *why)
{
  const char *path = g_getenv (FAULT_DB_ENV);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before = nb_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(NbApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = NULL;
  NbWindow *window;
  AdwStatusPage *page;

  if (g_str_equal (why, "read-only"))
    nb_test_mount_read_only (dir);

  /* What the store says of it, to find in the window. */
  store = nb_store_new (path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_printerr ("the store said: %s\n", error->message);

  window = open_window (&app, path);
  g_assert_null (nb_window_get_store (window));
  page = ADW_STATUS_PAGE (nb_gui_wait_for_widget (window, ADW_TYPE_STATUS_PAGE, "title",
                                                  _("Netbook Cannot Open Your Data")));
  escaped = g_markup_escape_text (error->message, -1);
  g_assert_cmpstr (adw_status_page_get_description (page), ==, escaped);
  nb_gui_wait_for_widget (window, GTK_TYPE_BUTTON, "label", _("_Quit"));

  /* Nothing else is there to use. */
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL, NULL, TRUE));

  gtk_window_destroy (GTK_WINDOW (window));
  nb_gui_settle ();
  after = nb_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static char *
make_database (const char *why)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("netbook-gui-faults-XXXXXX", &error);
  char *path = g_build_filename (dir, "netbook.db", NULL);

  g_assert_no_error (error);
  {
    g_autoptr(NbStore) store = nb_store_new (path, &error);

    g_assert_no_error (error);
    nb_test_add_contact (store, "Marie Curie", "marie@example.com");
  }

  if (g_str_equal (why, "other"))
    {
      g_assert_cmpint (g_unlink (path), ==, 0);
      exec_sql (path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);"
                      "INSERT INTO invoices (total) VALUES (12.5);");
    }
  else if (g_str_equal (why, "newer"))
    exec_sql (path, "PRAGMA user_version = 99");
  else if (g_str_equal (why, "corrupt"))
    {
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      memcpy (contents, "NOT SQLITE AT ALL", 16);
      g_assert_true (g_file_set_contents (path, contents, length, NULL));
    }

  return path;
}

static void
remove_database (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)))
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

static void
test_refused (gconstpointer data)
{
  const char *why = data;
  g_autofree char *path = NULL;
  g_autofree char *stderr_pattern = NULL;

  if (g_test_subprocess ())
    {
      refused_child (why);
      return;
    }

  if (g_str_equal (why, "read-only") && no_mount_reason != NULL)
    {
      g_test_skip_printf ("This test mounts a folder read-only, and %s", no_mount_reason);
      return;
    }

  path = make_database (why);
  g_setenv (FAULT_DB_ENV, path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (FAULT_DB_ENV);
  g_test_trap_assert_passed ();

  /* And on stderr, as Netbook started from a terminal. */
  stderr_pattern = g_strdup_printf ("*the store said: *%s*\nnetbook: *%s*", path, path);
  g_test_trap_assert_stderr (stderr_pattern);

  remove_database (path);
}

/* ---------------------------------------------------------------------- */
/* Saving fails, then works                                                */

static void
click_button (NbWindow   *window,
              const char *property,
              const char *value)
{
  nb_gui_click (nb_gui_wait_for_widget (window, GTK_TYPE_BUTTON, property, value));
}

static void
set_row_text (NbWindow   *window,
              const char *row_title,
              const char *text)
{
  GtkWidget *row = nb_gui_wait_for_widget (window, ADW_TYPE_ENTRY_ROW, "title", row_title);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  nb_gui_settle ();
}

/* Ada's card, open in the editor, her organization changed. */
static void
edit_ada (NbWindow   *window,
          NbStore    *store,
          const char *organization)
{
  gint64 id = nb_test_add_contact (store, "Ada Lovelace", "ada@example.com");

  nb_gui_settle ();
  nb_window_show_contact (window, id);
  click_button (window, "tooltip-text", _("Edit Contact"));
  set_row_text (window, _("Organization"), organization);
}

/* Done: the alert says why it was not saved; the editor keeps the edit. */
static void
assert_not_saved (NbWindow   *window,
                  const char *reason,
                  const char *advice)
{
  AdwMessageDialog *alert;
  GtkWidget *row;

  click_button (window, "label", _("_Done"));
  alert = ADW_MESSAGE_DIALOG (nb_gui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_test_message ("the alert: %s — %s", adw_message_dialog_get_heading (alert),
                  adw_message_dialog_get_body (alert));
  g_assert_cmpstr (adw_message_dialog_get_heading (alert), ==, _("Not Saved"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (alert), reason));
  g_assert_true (g_str_has_suffix (adw_message_dialog_get_body (alert), advice));
  adw_message_dialog_response (alert, "close");
  nb_gui_settle ();

  row = nb_gui_wait_for_widget (window, ADW_TYPE_ENTRY_ROW, "title", _("Organization"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Analytical Society");
}

static void
assert_saved (Fixture *fixture,
              NbStore *store)
{
  click_button (fixture->window, "label", _("_Done"));
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", "Analytical Society");
  g_assert_cmpint (nb_test_query_int (nb_store_get_path (store),
                                      "SELECT count(*) FROM contacts WHERE organization = 'Analytical Society'"),
                   ==, 1);
}

/* Another process holds the database for longer than Netbook waits. */
static void
test_save_locked (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSubprocess) holder = NULL;
  gint64 start, waited;

  edit_ada (fixture->window, fixture->store, "Analytical Society");

  holder = nb_test_hold_lock ("test-gui-faults", nb_store_get_path (fixture->store));

  /* Said within the 5 s after which GNOME would call the window not
   * responding. */
  start = g_get_monotonic_time ();
  assert_not_saved (fixture->window, _("The database is in use by another program"),
                    _("Your changes are still here: save again in a moment."));
  waited = (g_get_monotonic_time () - start) / 1000;
  g_test_message ("said after %" G_GINT64_FORMAT " ms", waited);
  g_assert_cmpint (waited, <, 5000);

  /* Let go of, the same Done saves. */
  nb_test_release_lock (holder);
  assert_saved (fixture, fixture->store);
}

/* The disk is full, then has room again. */
static void
test_save_disk_full (void)
{
  Fixture fixture = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *filler = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_after = NULL;
  NbStore *store;

  if (no_mount_reason != NULL)
    {
      g_test_skip_printf ("This test mounts a small tmpfs, and %s", no_mount_reason);
      return;
    }

  dir = g_dir_make_tmp ("netbook-gui-faults-XXXXXX", &error);
  g_assert_no_error (error);
  nb_test_mount_tmpfs (dir, 2 * 1024 * 1024);
  db = g_build_filename (dir, "netbook.db", NULL);
  fixture.window = open_window (&fixture.app, db);
  store = nb_window_get_store (fixture.window);
  g_assert_nonnull (store);

  edit_ada (fixture.window, store, "Analytical Society");
  dump = nb_test_dump_db (db, NULL);
  filler = nb_test_fill_disk (dir, 0);

  assert_not_saved (fixture.window, _("The disk is full"),
                    _("Your changes are still here: make some room on the disk, then save again."));
  dump_after = nb_test_dump_db (db, NULL);
  g_assert_cmpstr (dump, ==, dump_after);
  nb_test_assert_db_intact (db);

  g_assert_cmpint (g_unlink (filler), ==, 0);
  assert_saved (&fixture, store);

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  nb_gui_settle ();
  g_clear_object (&fixture.app);
  nb_test_unmount (dir);
  g_rmdir (dir);
}

/* ---------------------------------------------------------------------- */
/* Another Netbook on the same database                                    */

static gboolean
list_shows_imported (gpointer data)
{
  NbWindow *window = data;

  return nb_gui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "label", "Imported 0", TRUE) != NULL;
}

static void
wait_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* netbook --import runs from a terminal while the window is open and a
 * contact is saved in it: both work, and the window shows the imported
 * contacts without being told. */
static void
test_other_process_import (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *vcf = g_build_filename (fixture->dir, "many.vcf", NULL);
  g_autoptr(GString) cards = g_string_new (NULL);
  g_autoptr(GSubprocess) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = nb_store_get_path (fixture->store);
  gboolean done = FALSE;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (cards, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported %u\r\nEND:VCARD\r\n", i);
  g_assert_true (g_file_set_contents (vcf, cards->str, cards->len, NULL));

  edit_ada (fixture->window, fixture->store, "Analytical Society");

  import = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                             g_getenv ("NETBOOK_BIN"), "--database", path, "--import", vcf, NULL);
  g_assert_no_error (error);
  g_subprocess_wait_async (import, NULL, wait_done_cb, &done);

  /* Saved while the other runs (waiting for it if it holds the database). */
  assert_saved (fixture, fixture->store);
  nb_test_wait_for (is_true, &done);
  g_assert_true (g_subprocess_get_successful (import));

  /* The list shows them, the store counts them; nothing of either is lost. */
  nb_test_wait_for (list_shows_imported, fixture->window);
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 301);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts WHERE full_name LIKE 'Imported %'"),
                   ==, 300);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contacts WHERE organization = 'Analytical Society'"),
                   ==, 1);
  nb_test_assert_db_intact (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if ((status = nb_test_lock_holder_main ()) >= 0)
    return status;

  /* Before GTK starts a thread. */
  nb_test_enter_mount_namespace (&no_mount_reason);

  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  g_test_add_data_func ("/gui-faults/refused/newer", "newer", test_refused);
  g_test_add_data_func ("/gui-faults/refused/corrupt", "corrupt", test_refused);
  g_test_add_data_func ("/gui-faults/refused/other", "other", test_refused);
  g_test_add_data_func ("/gui-faults/refused/read-only", "read-only", test_refused);
  g_test_add ("/gui-faults/save-locked", Fixture, NULL,
              nb_gui_fixture_set_up, test_save_locked, nb_gui_fixture_tear_down);
  g_test_add_func ("/gui-faults/save-disk-full", test_save_disk_full);
  g_test_add ("/gui-faults/other-process-import", Fixture, NULL,
              nb_gui_fixture_set_up, test_other_process_import, nb_gui_fixture_tear_down);

  return g_test_run ();
}
