/* test-eds.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GNOME's own address books into the store, read from a real Evolution
 * Data Server that the test starts on a D-Bus session of its own
 * (nb-eds-server.c): listed, imported, imported again after a card changed
 * in the address book and on Netbook's card, without duplicates and
 * without overwriting what the user wrote. */

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "nb-address-book-importer.h"
#include "nb-eds-server.h"
#include "nb-field.h"
#include "nb-sync-error.h"
#include "nb-test-util.h"

static NbEdsServer *server;

/* Odd Unicode: a decomposed "ë", a character outside the BMP, right-to-left
 * and CJK text, an emoji with a joiner, and an escaped comma. */
#define ODD_NAME "Zoe\xcc\x88 \xf0\x9d\x94\x98nicode \xd9\x86\xd8\xa7\xd8\xb5\xd8\xb1 \xe6\x9d\x8e"

static const char grace_card[] =
  "BEGIN:VCARD\r\n"
  "VERSION:3.0\r\n"
  "FN:Grace Hopper\r\n"
  "N:Hopper;Grace;;;\r\n"
  "TITLE:Computer Scientist\r\n"
  "EMAIL;TYPE=WORK:grace@navy.example\r\n"
  "EMAIL;TYPE=HOME:grace@home.example\r\n"
  "BDAY:1906-12-09\r\n"
  "END:VCARD\r\n";

static const char odd_card[] =
  "BEGIN:VCARD\r\n"
  "VERSION:3.0\r\n"
  "FN:" ODD_NAME "\r\n"
  "N:\xd9\x86\xd8\xa7\xd8\xb5\xd8\xb1;Zoe\xcc\x88;;;\r\n"
  "NOTE:\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb writes code\\, and tea \xe2\x98\x95\r\n"
  "TEL;TYPE=CELL:+49 30 1234567\r\n"
  "END:VCARD\r\n";

static char *
ada_card (void)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 8, 8);
  g_autoptr(GError) error = NULL;
  g_autofree char *png = NULL;
  g_autofree char *base64 = NULL;
  gsize length = 0;

  gdk_pixbuf_fill (pixbuf, 0x3584e4ff);
  gdk_pixbuf_save_to_buffer (pixbuf, &png, &length, "png", &error, NULL);
  g_assert_no_error (error);
  base64 = g_base64_encode ((const guchar *) png, length);

  return g_strdup_printf ("BEGIN:VCARD\r\n"
                          "VERSION:3.0\r\n"
                          "FN:Ada Lovelace\r\n"
                          "N:Lovelace;Ada;;;\r\n"
                          "TITLE:Mathematician\r\n"
                          "EMAIL:ada@example.org\r\n"
                          "PHOTO;ENCODING=b;TYPE=PNG:%s\r\n"
                          "END:VCARD\r\n", base64);
}

static gint64
find (const char *db,
      const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM contacts WHERE full_name = '%s'", name);

  return nb_test_query_int (db, sql);
}

static NbAddressBook *
find_book (GPtrArray  *books,
           const char *name)
{
  for (guint i = 0; i < books->len; i++)
    if (g_str_equal (nb_address_book_get_name (g_ptr_array_index (books, i)), name))
      return g_object_ref (g_ptr_array_index (books, i));

  g_error ("no address book “%s” is listed", name);
  return NULL;
}

static gboolean
has_value (GPtrArray  *fields,
           const char *value)
{
  for (guint i = 0; i < fields->len; i++)
    if (g_str_equal (((NbField *) g_ptr_array_index (fields, i))->value, value))
      return TRUE;

  return FALSE;
}

static void
modify_card (EBookClient *client,
             const char  *uid,
             EContactField field,
             const char  *value)
{
  g_autoptr(EContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  e_book_client_get_contact_sync (client, uid, &contact, NULL, &error);
  g_assert_no_error (error);
  e_contact_set (contact, field, value);
  e_book_client_modify_contact_sync (client, contact, E_BOOK_OPERATION_FLAG_NONE, NULL, &error);
  g_assert_no_error (error);
}

static void
test_import (void)
{
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autoptr(ESource) source = nb_eds_server_add_book (server, "Friends");
  g_autoptr(EBookClient) client = nb_eds_server_connect (server, source);
  g_autofree char *ada_vcard = ada_card ();
  g_autofree char *ada_uid = nb_eds_server_add_card (client, ada_vcard);
  g_autofree char *grace_uid = nb_eds_server_add_card (client, grace_card);
  g_autofree char *odd_uid = nb_eds_server_add_card (client, odd_card);
  g_autoptr(GPtrArray) books = NULL;
  g_autoptr(NbAddressBook) book = NULL;
  g_autoptr(NbAddressBookImporter) importer = NULL;
  int status;
  g_autoptr(NbAddressBookImporter) again = NULL;
  g_autoptr(NbContact) ada = NULL;
  g_autoptr(NbContact) grace = NULL;
  g_autoptr(NbContact) odd = NULL;
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *summary = NULL;
  const NbBirthday *birthday;
  gint64 start;

  /* Listed as GNOME Contacts shows it, with the built-in "Personal". */
  start = g_get_monotonic_time ();
  books = nb_address_book_list (NULL, &error);
  g_assert_no_error (error);
  g_test_message ("listed %u address books in %.0f ms", books->len,
                  (g_get_monotonic_time () - start) / 1000.0);
  book = find_book (books, "Friends");
  g_assert_cmpstr (nb_address_book_get_uid (book), ==, e_source_get_uid (source));
  g_assert_nonnull (nb_address_book_get_account (book));
  g_clear_object (&book);
  book = find_book (books, "Personal");
  g_clear_object (&book);
  book = find_book (books, "Friends");

  /* And on the command line: the name, a tab and the account. */
  status = nb_test_run_netbook (&out, &err, "--import-address-book", NULL);
  if (status != 0)
    g_error ("netbook --import-address-book ended with %d:\n%s", status, err);
  g_assert_nonnull (strstr (out, "Friends\t"));
  g_assert_nonnull (strstr (out, "Personal"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  start = g_get_monotonic_time ();
  importer = nb_address_book_importer_new (store, book);
  nb_address_book_importer_run (importer, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("imported 3 cards in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  nb_store_check_for_changes (store);
  g_assert_cmpuint (nb_address_book_importer_get_n_added (importer), ==, 3);
  g_assert_cmpuint (nb_address_book_importer_get_n_updated (importer), ==, 0);
  g_assert_cmpuint (nb_address_book_importer_get_n_skipped (importer), ==, 0);
  g_assert_cmpuint (nb_address_book_importer_get_problems (importer)->len, ==, 0);
  g_assert_cmpfloat (nb_address_book_importer_get_fraction (importer), ==, 1.0);
  summary = nb_address_book_importer_dup_summary (importer);
  g_assert_cmpstr (summary, ==, "Imported 3 contacts, updated 0, skipped 0");
  g_assert_cmpint (nb_store_count_contacts (store), ==, 3);

  /* The photo came inline, from the file Evolution Data Server keeps. */
  ada = nb_store_get_contact (store, find (db, "Ada Lovelace"));
  g_assert_nonnull (nb_contact_get_photo (ada));
  g_assert_cmpuint (g_bytes_get_size (nb_contact_get_photo (ada)), >, 8);
  g_assert_cmpstr (nb_contact_get_photo_mime_type (ada), ==, "image/png");
  g_assert_cmpstr (nb_contact_get_title (ada), ==, "Mathematician");

  grace = nb_store_get_contact (store, find (db, "Grace Hopper"));
  g_assert_cmpuint (nb_contact_get_emails (grace)->len, ==, 2);
  g_assert_true (has_value (nb_contact_get_emails (grace), "grace@navy.example"));
  g_assert_true (has_value (nb_contact_get_emails (grace), "grace@home.example"));
  birthday = nb_contact_get_birthday (grace);
  g_assert_nonnull (birthday);
  g_assert_cmpuint (birthday->year, ==, 1906);
  g_assert_cmpuint (birthday->month, ==, 12);
  g_assert_cmpuint (birthday->day, ==, 9);

  odd = nb_store_get_contact (store, find (db, ODD_NAME));
  g_assert_cmpstr (nb_contact_get_full_name (odd), ==, ODD_NAME);
  g_assert_true (has_value (nb_contact_get_phones (odd), "+49 30 1234567"));

  /* Again, unchanged: nothing added. */
  again = nb_address_book_importer_new (store, book);
  nb_address_book_importer_run (again, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_address_book_importer_get_n_added (again), ==, 0);
  g_assert_cmpuint (nb_address_book_importer_get_n_unchanged (again), ==, 3);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 3);

  /* Ada's title changes in GNOME Contacts; Grace's there too, and a phone
   * number is added, while the user gives her a title on Netbook. */
  modify_card (client, ada_uid, E_CONTACT_TITLE, "Countess of Lovelace");
  modify_card (client, grace_uid, E_CONTACT_TITLE, "Rear Admiral");
  modify_card (client, grace_uid, E_CONTACT_PHONE_BUSINESS, "+1 202 555 0100");
  nb_contact_set_title (grace, "Commodore");
  saved = nb_store_save_contact (store, grace, &error);
  g_assert_no_error (error);
  g_clear_object (&saved);
  g_clear_object (&ada);
  g_clear_object (&grace);

  /* Imported again from the command line, by name. */
  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", db,
                                        "--import-address-book", "Friends", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "Imported 0 contacts, updated 2, skipped 0; 1 was already up to date\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  nb_store_check_for_changes (store);

  g_assert_cmpint (nb_store_count_contacts (store), ==, 3);
  ada = nb_store_get_contact (store, find (db, "Ada Lovelace"));
  g_assert_cmpstr (nb_contact_get_title (ada), ==, "Countess of Lovelace");
  g_assert_nonnull (nb_contact_get_photo (ada));
  grace = nb_store_get_contact (store, find (db, "Grace Hopper"));
  g_assert_cmpstr (nb_contact_get_title (grace), ==, "Commodore");
  g_assert_true (has_value (nb_contact_get_phones (grace), "+1 202 555 0100"));
  g_assert_cmpuint (nb_contact_get_emails (grace)->len, ==, 2);

  /* A name no address book has: the names are listed, nothing is done. */
  g_assert_cmpint (nb_test_run_netbook (&out, &err, "--database", db,
                                        "--import-address-book", "Enemies", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Enemies"));
  g_assert_nonnull (strstr (err, "“Friends”"));
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (nb_store_count_contacts (store), ==, 3);
}

/* A card that is no person is skipped and listed; the others come. */
static void
test_skipped (void)
{
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autoptr(ESource) source = nb_eds_server_add_book (server, "Notes");
  g_autoptr(EBookClient) client = nb_eds_server_connect (server, source);
  g_autofree char *note_uid = nb_eds_server_add_card (client,
                                                      "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                                                      "NOTE:Only a note\r\nEND:VCARD\r\n");
  g_autofree char *grace_uid = nb_eds_server_add_card (client, grace_card);
  g_autoptr(GPtrArray) books = nb_address_book_list (NULL, NULL);
  g_autoptr(NbAddressBook) book = find_book (books, "Notes");
  g_autoptr(NbAddressBookImporter) importer = nb_address_book_importer_new (store, book);
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  nb_address_book_importer_run (importer, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_address_book_importer_get_n_added (importer), ==, 1);
  g_assert_cmpuint (nb_address_book_importer_get_n_skipped (importer), ==, 1);
  problems = nb_address_book_importer_get_problems (importer);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "Address book “Notes”, card “"));
  g_test_message ("%s", (const char *) g_ptr_array_index (problems, 0));
}

/* An address book removed between the listing and the import: a clear
 * error, and nothing is stored. */
static void
test_removed (void)
{
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autoptr(ESource) source = nb_eds_server_add_book (server, "Old Friends");
  g_autoptr(EBookClient) client = nb_eds_server_connect (server, source);
  g_autofree char *uid = nb_eds_server_add_card (client, grace_card);
  g_autoptr(GPtrArray) books = NULL;
  g_autoptr(NbAddressBook) book = NULL;
  g_autoptr(NbAddressBookImporter) importer = NULL;
  g_autoptr(GError) error = NULL;

  books = nb_address_book_list (NULL, &error);
  g_assert_no_error (error);
  book = find_book (books, "Old Friends");

  g_clear_object (&client);
  nb_eds_server_remove_book (server, source);

  importer = nb_address_book_importer_new (store, book);
  g_assert_false (nb_address_book_importer_run (importer, NULL, &error));
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“Old Friends”"));
  g_test_message ("%s", error->message);
  g_assert_cmpuint (nb_address_book_importer_get_n_added (importer), ==, 0);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 0);
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM imported_rows"), ==, 0);
}

/* A cancelled import stores nothing. */
static void
test_cancelled (void)
{
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autoptr(GPtrArray) books = nb_address_book_list (NULL, NULL);
  g_autoptr(NbAddressBook) book = find_book (books, "Friends");
  g_autoptr(NbAddressBookImporter) importer = nb_address_book_importer_new (store, book);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (nb_address_book_importer_run (importer, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 0);
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM imported_rows"), ==, 0);
}

/* Without Evolution Data Server: a clear error, soon, never a hang. */
static void
test_unreachable (void)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *address = NULL;
  g_autofree char *dir = nb_test_tmp_path ("no-bus");
  gint64 start = g_get_monotonic_time ();

  address = g_strdup_printf ("unix:path=%s/bus", dir);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", address, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("NETBOOK_BIN"),
                                         "--import-address-book", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  g_test_message ("%s in %.0f ms", err, (g_get_monotonic_time () - start) / 1000.0);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_nonnull (strstr (err, "Evolution Data Server is not running"));
  g_assert_cmpstr (out, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  server = nb_eds_server_start ();

  g_test_add_func ("/eds/import", test_import);
  g_test_add_func ("/eds/skipped", test_skipped);
  g_test_add_func ("/eds/removed", test_removed);
  g_test_add_func ("/eds/cancelled", test_cancelled);
  g_test_add_func ("/eds/unreachable", test_unreachable);

  status = g_test_run ();
  nb_eds_server_stop (server);

  return status;
}
