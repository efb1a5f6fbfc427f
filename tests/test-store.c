/* test-store.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "nb-db.h"
#include "nb-store-transaction.h"
#include "nb-test-util.h"

static NbContact *
full_contact (void)
{
  g_autoptr(NbContact) contact = nb_test_contact_new ("Ada Lovelace", "ada@example.com");
  g_autoptr(GPtrArray) phones = nb_field_array_new ();
  g_autoptr(GPtrArray) websites = nb_field_array_new ();
  g_autoptr(GPtrArray) addresses = nb_address_array_new ();
  g_autoptr(NbAddress) address = nb_address_new ("home");
  g_autoptr(NbBirthday) birthday = nb_birthday_new (1815, 12, 10);
  g_autoptr(GBytes) photo = g_bytes_new_static ("\x89PNG\r\n\x1a\n0000", 12);
  const char *tags[] = { "maths", "friends", NULL };
  const char *units[] = { "Difference Engine", "", "Note G", NULL };

  g_ptr_array_add (phones, nb_field_new ("mobile", "+44 20 7946 0018"));
  g_ptr_array_add (phones, nb_field_new (NULL, "0118 999 881 999"));
  /* As a vCard gave them: in a group, and the preferred one. */
  ((NbField *) g_ptr_array_index (phones, 1))->group = g_strdup ("item2");
  ((NbField *) g_ptr_array_index (phones, 1))->pref = 1;
  g_ptr_array_add (websites, nb_field_new ("homepage", "https://ada.example.org"));
  nb_address_set_part (address, 2, "12 St James's Square");
  nb_address_set_part (address, 3, "London");
  address->group = g_strdup ("item3");
  address->pref = 2;
  g_ptr_array_add (addresses, g_steal_pointer (&address));

  nb_contact_set_nickname (contact, "Enchantress of Numbers");
  nb_contact_set_organization (contact, "Analytical Engines");
  nb_contact_set_organization_units (contact, units);
  nb_contact_set_title (contact, "Mathematician");
  nb_contact_set_how_met (contact, "Babbage's soirée");
  nb_contact_set_food_preferences (contact, "Vegetarian");
  nb_contact_set_help_notes (contact, "Introduce her to Menabrea");
  nb_contact_set_notes (contact, "Wrote Note G.\nLoves poetry.");
  nb_contact_set_phones (contact, phones);
  nb_contact_set_websites (contact, websites);
  nb_contact_set_addresses (contact, addresses);
  nb_contact_set_birthday (contact, birthday);
  nb_contact_set_tags (contact, tags);
  nb_contact_set_photo (contact, photo, "image/png");
  nb_contact_set_vcard_extra (contact, "X-UNKNOWN:kept\r\n");

  return g_steal_pointer (&contact);
}

static void
test_save_and_reopen (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbContact) draft = full_contact ();
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  NbStore *store = nb_test_open_store (&path);
  gint64 id;

  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  id = nb_contact_get_id (saved);
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (nb_contact_get_uid (saved));
  g_assert_cmpint (nb_contact_get_created (saved), >, 0);
  g_assert_true (nb_contact_content_equal (saved, draft));
  g_clear_object (&saved);
  g_assert_finalize_object (store);

  /* Everything is there after the store is opened again. */
  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  saved = nb_store_get_contact (store, id);
  g_assert_nonnull (saved);
  g_assert_true (nb_contact_content_equal (saved, draft));
  g_assert_cmpint (nb_store_count_contacts (store), ==, 1);
  g_clear_object (&saved);
  g_assert_finalize_object (store);
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_shared_objects (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  gint64 id = nb_test_add_contact (store, "Grace Hopper", NULL);
  g_autoptr(NbContact) a = nb_store_get_contact (store, id);
  g_autoptr(NbContact) b = nb_store_get_contact (store, id);
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  /* One object per contact, so every view shows the same. */
  g_assert_true (a == b);

  g_signal_connect (a, "notify::title", G_CALLBACK (notify_count_cb), &notified);

  draft = nb_contact_copy (a);
  nb_contact_set_title (draft, "Rear Admiral");
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);

  g_assert_true (saved == a);
  g_assert_cmpstr (nb_contact_get_title (a), ==, "Rear Admiral");
  g_assert_cmpuint (notified, ==, 1);
}

static void
count_signal_cb (gpointer  instance,
                 guint    *count)
{
  (*count)++;
}

static void
test_change_signals (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbContact) contact = NULL;
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  gint64 id;

  g_signal_connect (store, "contacts-changed", G_CALLBACK (count_signal_cb), &changed);

  id = nb_test_add_contact (store, "Alan Turing", NULL);
  g_assert_cmpuint (changed, ==, 1);

  /* A change that keeps the name keeps the list as it is. */
  contact = nb_store_get_contact (store, id);
  draft = nb_contact_copy (contact);
  nb_contact_set_notes (draft, "Bletchley Park");
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_clear_object (&saved);

  nb_contact_set_full_name (draft, "Alan M. Turing");
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
}

static void
test_empty_name_refused (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbContact) draft = nb_test_contact_new ("   ", "nobody@example.com");
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = nb_store_save_contact (store, draft, &error);
  g_assert_null (saved);
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID);
  g_assert_cmpint (nb_contact_get_id (draft), ==, 0);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 0);
}

static void
removed_cb (NbStore *store,
            gint64   id,
            gint64  *removed)
{
  *removed = id;
}

static void
test_delete (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GError) error = NULL;
  gint64 id = nb_test_add_contact (store, "Hedy Lamarr", "hedy@example.com");
  gint64 removed = 0;
  sqlite3 *db;
  sqlite3_stmt *stmt;

  g_signal_connect (store, "contact-removed", G_CALLBACK (removed_cb), &removed);
  g_assert_true (nb_store_delete_contact (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (removed, ==, id);
  g_assert_null (nb_store_get_contact (store, id));

  /* Nothing of it is left: fields, search text. */
  g_assert_cmpint (sqlite3_open (nb_store_get_path (store), &db), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "SELECT (SELECT count(*) FROM contact_fields) + "
                          "(SELECT count(*) FROM contacts_fts)", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* A deleted contact that a view still holds is not the one made next,
 * even when the database gives the new one the same id (SQLite takes the
 * highest id plus one). */
static void
test_delete_while_held (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GError) error = NULL;
  gint64 id = nb_test_add_contact (store, "Hedy Lamarr", "hedy@example.com");
  g_autoptr(NbContact) held = nb_store_get_contact (store, id);
  g_autoptr(NbContact) gone = NULL;
  g_autoptr(NbContact) draft = nb_test_contact_new ("Grace Hopper", "grace@example.com");
  g_autoptr(NbContact) next = NULL;
  g_autoptr(NbContact) again = NULL;

  g_assert_true (nb_store_delete_contact (store, id, &error));
  g_assert_no_error (error);
  gone = nb_store_get_contact (store, id);
  g_assert_null (gone);

  next = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nb_contact_get_full_name (next), ==, "Grace Hopper");
  again = nb_store_get_contact (store, nb_contact_get_id (next));
  g_assert_cmpstr (nb_contact_get_full_name (again), ==, "Grace Hopper");
  g_assert_cmpstr (nb_contact_get_full_name (held), ==, "Hedy Lamarr");
}

static void
test_hidden (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  gint64 id = nb_test_add_contact (store, "Katherine Johnson", NULL);
  gint64 removed = 0;
  guint changed = 0;

  g_signal_connect (store, "contact-removed", G_CALLBACK (removed_cb), &removed);
  g_signal_connect (store, "contacts-changed", G_CALLBACK (count_signal_cb), &changed);

  nb_store_set_contact_hidden (store, id, TRUE);
  g_assert_true (nb_store_is_contact_hidden (store, id));
  g_assert_cmpint (removed, ==, id);
  g_assert_cmpuint (changed, ==, 1);

  /* Hidden is not deleted. */
  g_assert_cmpint (nb_store_count_contacts (store), ==, 1);

  nb_store_set_contact_hidden (store, id, FALSE);
  g_assert_false (nb_store_is_contact_hidden (store, id));
  g_assert_cmpuint (changed, ==, 2);
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

static void
assert_refused_unchanged (const char *path,
                          int         code)
{
  g_autofree char *before = nb_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) store = nb_store_new (path, &error);

  g_assert_null (store);
  g_assert_error (error, NB_STORE_ERROR, code);
  g_test_message ("Refused with: %s", error->message);

  after = nb_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_newer_version_refused (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  NbStore *store = nb_test_open_store (&path);

  nb_test_add_contact (store, "Marie Curie", NULL);
  g_assert_finalize_object (store);

  /* As a newer Netbook would leave it. */
  exec_sql (path, "PRAGMA user_version = 99");
  assert_refused_unchanged (path, NB_STORE_ERROR_NEWER_VERSION);

  {
    g_autoptr(NbStore) again = nb_store_new (path, &error);

    g_assert_true (strstr (error->message, "newer version") != NULL);
  }
}

static void
test_other_database_refused (void)
{
  g_autofree char *path = nb_test_tmp_path ("other.db");

  exec_sql (path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);"
                  "INSERT INTO invoices (total) VALUES (12.5);");
  assert_refused_unchanged (path, NB_STORE_ERROR_NOT_NETBOOK);
}

static void
test_corrupt_file_refused (void)
{
  g_autofree char *path = nb_test_tmp_path ("corrupt.db");
  g_autoptr(GString) junk = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 4096; i++)
    g_string_append_c (junk, (char) g_test_rand_int_range (0, 256));
  g_file_set_contents (path, junk->str, junk->len, &error);
  g_assert_no_error (error);

  assert_refused_unchanged (path, NB_STORE_ERROR_CORRUPT);
}

static void
test_damaged_page_refused_cleanly (void)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  NbStore *store = nb_test_open_store (&path);
  gsize len;

  nb_test_add_contact (store, "Marie Curie", NULL);
  g_assert_finalize_object (store);

  /* Overwrite the header's magic string: not a database any more. */
  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  memcpy (contents, "NOT SQLITE AT ALL", 16);
  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);

  assert_refused_unchanged (path, NB_STORE_ERROR_CORRUPT);
}

static gboolean
failing_step (NbDb    *db,
              GError **error)
{
  return nb_db_exec (db, "INSERT INTO no_such_table VALUES (1)", error);
}

static guint
count_backups (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".bak"))
      n++;

  return n;
}

static void
test_migrations (void)
{
  const NbMigration v1[] = {
    { 1, "CREATE TABLE things (name TEXT); INSERT INTO things VALUES ('kept');", NULL },
  };
  const NbMigration v2[] = {
    { 1, "CREATE TABLE things (name TEXT); INSERT INTO things VALUES ('kept');", NULL },
    { 2, "ALTER TABLE things ADD COLUMN colour TEXT DEFAULT 'blue'", NULL },
  };
  const NbMigration v3_broken[] = {
    v2[0], v2[1],
    { 3, "ALTER TABLE things ADD COLUMN size INTEGER", NULL },
    { 4, NULL, failing_step },
  };
  g_autofree char *path = nb_test_tmp_path ("migrate.db");
  g_autoptr(GError) error = NULL;
  NbDb *db;

  db = _nb_db_open_with_migrations (path, v1, G_N_ELEMENTS (v1), &error);
  g_assert_no_error (error);
  nb_db_close (db);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpuint (count_backups (g_get_user_cache_dir ()), ==, 0);

  /* Upgrading keeps a copy of the file as it was. */
  db = _nb_db_open_with_migrations (path, v2, G_N_ELEMENTS (v2), &error);
  g_assert_no_error (error);
  nb_db_close (db);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM things WHERE colour = 'blue'"), ==, 1);
  g_assert_cmpuint (count_backups (g_get_user_cache_dir ()), ==, 1);

  /* A migration that fails half-way changes nothing: all steps are one
   * transaction. */
  db = _nb_db_open_with_migrations (path, v3_broken, G_N_ELEMENTS (v3_broken), &error);
  g_assert_null (db);
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_MIGRATION);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM pragma_table_info('things') WHERE name = 'size'"), ==, 0);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM things"), ==, 1);
}

static void
test_pragmas (void)
{
  g_autofree char *path = NULL;
  NbStore *store = nb_test_open_store (&path);

  g_assert_finalize_object (store);
  g_assert_cmpint (nb_test_query_int (path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, NB_DB_SCHEMA_VERSION);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA application_id"), ==, 0x4e42544b);
}

static void
test_transaction_rollback (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GError) error = NULL;
  NbStoreTransaction *transaction;
  NbMergeOutcome outcome;

  transaction = nb_store_transaction_begin (nb_store_get_path (store), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      g_autoptr(NbContact) contact = nb_test_contact_new (name, NULL);

      g_assert_true (nb_store_transaction_merge_contact (transaction, contact, &outcome, &error));
      g_assert_no_error (error);
      g_assert_cmpint (outcome, ==, NB_MERGE_ADDED);
    }

  /* Dropped without a commit: nothing was stored. */
  g_assert_finalize_object (transaction);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 0);
  g_assert_false (nb_store_check_for_changes (store));
}

static void
test_changes_from_elsewhere (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbStore) other = NULL;
  g_autoptr(NbContact) shown = NULL;
  g_autoptr(NbContact) theirs = NULL;
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = nb_test_add_contact (store, "Emmy Noether", NULL);
  guint changed = 0;

  shown = nb_store_get_contact (store, id);
  g_signal_connect (store, "contacts-changed", G_CALLBACK (count_signal_cb), &changed);

  /* Another process (another store on the same file) edits the contact. */
  other = nb_store_new (nb_store_get_path (store), &error);
  g_assert_no_error (error);
  theirs = nb_store_get_contact (other, id);
  draft = nb_contact_copy (theirs);
  nb_contact_set_organization (draft, "Göttingen");
  saved = nb_store_save_contact (other, draft, &error);
  g_assert_no_error (error);

  g_assert_true (nb_store_check_for_changes (store));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (nb_contact_get_organization (shown), ==, "Göttingen");
  g_assert_false (nb_store_check_for_changes (store));
}

/* Needs and offers are kept in their order, changed, and read again by
 * another connection. */
static void
test_needs_and_offers (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  g_autoptr(NbStore) other = NULL;
  g_autoptr(NbContact) draft = nb_test_contact_new ("Ada Lovelace", "ada@example.org");
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(NbContact) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *needs[] = { "a good plumber", "a flat in Lyon", NULL };
  const char *offers[] = { "instrument making", NULL };

  nb_contact_set_looking_for (draft, needs);
  nb_contact_set_offers (draft, offers);
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contact_phrases"), ==, 3);

  other = nb_store_new (path, &error);
  g_assert_no_error (error);
  again = nb_store_get_contact (other, nb_contact_get_id (saved));
  g_assert_nonnull (again);
  g_assert_cmpstrv (nb_contact_get_looking_for (again), needs);
  g_assert_cmpstrv (nb_contact_get_offers (again), offers);

  /* Changed: the old phrases go. */
  nb_contact_set_looking_for (saved, (const char * const []) { "a flat in Lyon", NULL });
  g_clear_object (&again);
  again = nb_store_save_contact (store, saved, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contact_phrases WHERE kind = 0"), ==, 1);

  /* Deleted with the contact. */
  g_assert_true (nb_store_delete_contact (store, nb_contact_get_id (saved), &error));
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM contact_phrases"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/store/needs-and-offers", test_needs_and_offers);
  g_test_add_func ("/store/shared-objects", test_shared_objects);
  g_test_add_func ("/store/change-signals", test_change_signals);
  g_test_add_func ("/store/empty-name-refused", test_empty_name_refused);
  g_test_add_func ("/store/delete", test_delete);
  g_test_add_func ("/store/hidden", test_hidden);
  g_test_add_func ("/store/newer-version-refused", test_newer_version_refused);
  g_test_add_func ("/store/other-database-refused", test_other_database_refused);
  g_test_add_func ("/store/corrupt-file-refused", test_corrupt_file_refused);
  g_test_add_func ("/store/damaged-header-refused", test_damaged_page_refused_cleanly);
  g_test_add_func ("/store/migrations", test_migrations);
  g_test_add_func ("/store/pragmas", test_pragmas);
  g_test_add_func ("/store/transaction-rollback", test_transaction_rollback);
  g_test_add_func ("/store/changes-from-elsewhere", test_changes_from_elsewhere);
  g_test_add_func ("/store/delete-while-held", test_delete_while_held);

  return g_test_run ();
}
