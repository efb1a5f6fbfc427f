/* test-import.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-exporter.h"
#include "nb-importer.h"
#include "nb-io-error.h"
#include "nb-store-transaction.h"
#include "nb-test-util.h"

static char *
vcard_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "vcards", name, NULL);
}

static NbImporter *
import (NbStore    *store,
        GError    **error,
        const char *first,
        ...)
{
  NbImporter *importer = nb_importer_new (store);
  va_list args;

  va_start (args, first);
  for (const char *name = first; name; name = va_arg (args, const char *))
    {
      g_autofree char *path = g_path_is_absolute (name) ? g_strdup (name) : vcard_path (name);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      nb_importer_add_file (importer, file);
    }
  va_end (args);

  nb_importer_run (importer, NULL, error);
  nb_store_check_for_changes (store);

  return importer;
}

static void
test_duplicates (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbImporter) first = NULL;
  g_autoptr(NbImporter) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  /* Two Grace Hoppers with one address in different case are one person;
   * the third, with another address, is another person of that name. */
  first = import (store, &error, "dupes.vcf", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (first), ==, 2);
  g_assert_cmpuint (nb_importer_get_n_updated (first) + nb_importer_get_n_unchanged (first), ==, 1);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 2);

  second = import (store, &error, "dupes.vcf", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (second), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_updated (second), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_unchanged (second), ==, 3);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 2);

  summary = nb_importer_dup_summary (second);
  g_assert_cmpstr (summary, ==, "Imported 0 contacts, updated 0, skipped 0; 3 were already up to date");
}

/* Cards without a name, as phones save a shop or a number: two named
 * after the same shop are one only if they share a number or an address,
 * and one with a photo alone is the one with that photo. Imported again,
 * they add nothing. */
static void
test_nameless_duplicates (void)
{
  const char *cards =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Pizza Napoli\r\nTEL;TYPE=WORK:+49 30 1234567\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Pizza Napoli\r\nTEL;TYPE=CELL:+49 170 7654321\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Pizza Napoli\r\nTEL:+49-30-1234567\r\nNOTE:Same shop\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPHOTO;ENCODING=b;TYPE=GIF:R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\r\nEND:VCARD\r\n";
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autofree char *path = nb_test_tmp_path ("nameless-twins.vcf");
  g_autoptr(NbImporter) first = NULL;
  g_autoptr(NbImporter) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, cards, -1, NULL));
  first = import (store, &error, path, NULL);
  g_assert_no_error (error);
  /* The shop's two numbers are two entries; its number again is the
   * first; the same photo twice is one unnamed person, another photo
   * another. */
  g_assert_cmpuint (nb_importer_get_n_added (first), ==, 4);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 4);
  g_assert_cmpint (nb_test_query_int (nb_store_get_path (store),
                                      "SELECT count(*) FROM contacts WHERE full_name = 'Pizza Napoli'"), ==, 2);

  second = import (store, &error, path, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (second), ==, 0);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 4);
}

static void
test_reimport_everything (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbImporter) first = NULL;
  g_autoptr(NbImporter) second = NULL;
  g_autoptr(GError) error = NULL;
  gint64 count;

  first = import (store, &error, "google.vcf", "apple.vcf", "thunderbird.vcf", "outlook.vcf",
                  "nextcloud.vcf", "monica.vcf", "hostile.vcf", "iphone.vcf", "charsets.vcf",
                  "utf8-splits.vcf", "nameless.vcf", "photos.vcf", "groups.vcf",
                  "org-units.vcf", "pref.vcf", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_skipped (first), ==, 1);
  count = nb_store_count_contacts (store);
  g_assert_cmpint (count, ==, nb_importer_get_n_added (first));

  second = import (store, &error, "google.vcf", "apple.vcf", "thunderbird.vcf", "outlook.vcf",
                   "nextcloud.vcf", "monica.vcf", "hostile.vcf", "iphone.vcf", "charsets.vcf",
                   "utf8-splits.vcf", "nameless.vcf", "photos.vcf", "groups.vcf",
                   "org-units.vcf", "pref.vcf", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (second), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_updated (second), ==, 0);
  g_assert_cmpint (nb_store_count_contacts (store), ==, count);
}

static void
test_merge_keeps_own_notes (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbImporter) first = NULL;
  g_autoptr(NbImporter) second = NULL;
  g_autoptr(NbContactList) list = nb_contact_list_new (store);
  g_autoptr(NbContact) contact = NULL;
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = nb_test_tmp_path ("ada.vcf");
  const char *v1 = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada-1\r\nFN:Ada Lovelace\r\n"
                   "TEL;TYPE=CELL:+44 20 7946 0018\r\nEND:VCARD\r\n";
  const char *v2 = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada-1\r\nFN:Ada Lovelace\r\n"
                   "TITLE:Countess\r\nTEL;TYPE=CELL:+44 (20) 7946-0018\r\n"
                   "TEL;TYPE=HOME:+44 20 7946 0019\r\nEND:VCARD\r\n";

  g_file_set_contents (path, v1, -1, &error);
  first = import (store, &error, path, NULL);
  g_assert_no_error (error);

  nb_test_wait_list_loaded (list);
  contact = g_list_model_get_item (G_LIST_MODEL (list), 0);
  draft = nb_contact_copy (contact);
  nb_contact_set_how_met (draft, "Babbage's soirée");
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);

  /* The same card, updated elsewhere: new fields come in, the number
   * written another way is not doubled, Netbook's own notes stay. */
  g_file_set_contents (path, v2, -1, &error);
  second = import (store, &error, path, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_updated (second), ==, 1);

  g_assert_cmpstr (nb_contact_get_title (contact), ==, "Countess");
  g_assert_cmpstr (nb_contact_get_how_met (contact), ==, "Babbage's soirée");
  g_assert_cmpuint (nb_contact_get_phones (contact)->len, ==, 2);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 1);
}

static void
test_all_or_nothing (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = nb_test_tmp_path ("missing.vcf");

  nb_test_add_contact (store, "Already Here", NULL);

  /* The second file cannot be read: nothing of the first is kept. */
  importer = import (store, &error, "google.vcf", missing, NULL);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.vcf"));
  g_assert_cmpint (nb_store_count_contacts (store), ==, 1);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, 0);
}

static void
test_not_a_vcard (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = nb_test_tmp_path ("notes.txt");

  g_file_set_contents (path, "Shopping list:\n- eggs\n- flour\n", -1, &error);
  importer = import (store, &error, path, NULL);
  g_assert_error (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "“notes.txt” is neither a vCard nor an iCalendar file"));
  g_assert_cmpint (nb_store_count_contacts (store), ==, 0);
}

static void
test_utf16 (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = nb_test_tmp_path ("outlook-utf16.vcf");
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) data = g_string_new_len ("\xff\xfe", 2);
  gsize len = 0;

  utf16 = g_convert ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Émilie du Châtelet\r\nEND:VCARD\r\n", -1,
                     "UTF-16LE", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  g_string_append_len (data, utf16, len);
  g_file_set_contents (path, data->str, data->len, &error);

  importer = import (store, &error, path, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, 1);
}

static char *
write_many_cards (const char *name,
                  guint       n)
{
  g_autofree char *path = nb_test_tmp_path (name);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:person-%u\r\nFN:Person %u\r\n"
                                  "EMAIL:person%u@example.com\r\nTEL:+1 555 %07u\r\n"
                                  "NOTE:Met at conference number %u\r\nEND:VCARD\r\n",
                            i, i, i, i, i);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
fraction_cb (NbImporter *importer,
             GParamSpec *pspec,
             guint      *n)
{
  (*n)++;
}

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GError **error = user_data;

  if (!nb_importer_run_finish (NB_IMPORTER (object), result, error) && *error == NULL)
    g_assert_not_reached ();
  *(gboolean *) g_object_get_data (object, "done") = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* 20,000 cards; 4,000 where the tests run slower (under the sanitizers or
 * valgrind), where 20,000 took 110 s with both cores busy and more than
 * the wait's 200 s with more running beside. */
static void
test_async_progress (void)
{
  guint n_cards = nb_test_slowdown () > 1 ? 4000 : 20000;
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbImporter) importer = nb_importer_new (store);
  g_autoptr(NbContactList) list = nb_contact_list_new (store);
  g_autofree char *path = write_many_cards ("many.vcf", n_cards);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;
  guint n_progress = 0;

  nb_test_wait_list_loaded (list);
  nb_importer_add_file (importer, file);
  g_object_set_data (G_OBJECT (importer), "done", &done);
  g_signal_connect (importer, "notify::fraction", G_CALLBACK (fraction_cb), &n_progress);
  nb_importer_run_async (importer, NULL, done_cb, &error);
  nb_test_wait_for (is_true, &done);

  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, n_cards);
  g_assert_cmpfloat (nb_importer_get_fraction (importer), ==, 1.0);
  g_assert_cmpuint (n_progress, >=, 1);

  /* The list that was open shows the new contacts. */
  nb_test_wait_list_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n_cards);
}

static void
test_cancel (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbImporter) importer = nb_importer_new (store);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = write_many_cards ("cancel.vcf", 2000);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  nb_importer_add_file (importer, file);
  g_cancellable_cancel (cancellable);
  g_assert_false (nb_importer_run (importer, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (nb_store_count_contacts (store), ==, 0);
}

static GPtrArray *
all_contacts (NbStore *store)
{
  g_autoptr(NbContactList) list = nb_contact_list_new (store);
  GPtrArray *contacts = g_ptr_array_new_with_free_func (g_object_unref);

  nb_test_wait_list_loaded (list);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_ptr_array_add (contacts, g_list_model_get_item (G_LIST_MODEL (list), i));

  return contacts;
}

static void
export_roundtrip (NbVcardVersion version)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbStore) other = NULL;
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(NbExporter) exporter = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = nb_test_tmp_path ("export.vcf");
  g_autofree char *other_path = nb_test_tmp_path ("other.db");
  g_autoptr(GFile) out_file = g_file_new_for_path (out);
  g_autofree char *summary = NULL;

  importer = import (store, &error, "google.vcf", "apple.vcf", "thunderbird.vcf", "outlook.vcf",
                     "nextcloud.vcf", "monica.vcf", "hostile.vcf", "iphone.vcf", "charsets.vcf",
                     "utf8-splits.vcf", "nameless.vcf", "photos.vcf", "groups.vcf",
                     "org-units.vcf", "pref.vcf", NULL);
  g_assert_no_error (error);

  /* Keep-in-touch rhythms go along: every week, and never. */
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(GPtrArray) contacts = all_contacts (store);
      g_autoptr(NbContact) copy = nb_contact_copy (g_ptr_array_index (contacts, i));
      g_autoptr(NbContact) saved = NULL;

      nb_contact_set_cadence (copy, i ? 0 : 7);
      saved = nb_store_save_contact (store, copy, &error);
      g_assert_no_error (error);
    }
  before = all_contacts (store);

  exporter = nb_exporter_new (store, out_file);
  nb_exporter_set_vcard_version (exporter, version);
  g_assert_true (nb_exporter_run (exporter, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (nb_exporter_get_n_exported (exporter), ==, before->len);
  summary = nb_exporter_dup_summary (exporter);
  g_assert_true (g_str_has_prefix (summary, "Exported "));

  /* Into an empty database: every contact comes back as it was. */
  other = nb_store_new (other_path, &error);
  g_assert_no_error (error);
  g_clear_object (&importer);
  importer = import (other, &error, out, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, before->len);
  g_assert_cmpuint (nb_importer_get_n_skipped (importer), ==, 0);

  after = all_contacts (other);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      NbContact *a = g_ptr_array_index (before, i);
      NbContact *b = g_ptr_array_index (after, i);

      if (!nb_contact_content_equal (a, b))
        g_error ("“%s” differs after export and import", nb_contact_get_full_name (a));
    }
}

static void
test_export_roundtrip_3_0 (void)
{
  export_roundtrip (NB_VCARD_VERSION_3_0);
}

static void
test_export_roundtrip_4_0 (void)
{
  export_roundtrip (NB_VCARD_VERSION_4_0);
}

/* Exports every contact of @store as vCard 3.0, and gives the text. */
static char *
export_text (NbStore *store)
{
  g_autofree char *out = nb_test_tmp_path ("exported.vcf");
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(NbExporter) exporter = nb_exporter_new (store, file);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (nb_exporter_run (exporter, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (out, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/* What an import keeps of the card, an export writes back: the groups
 * that tie Apple's labels to what they label. */
static void
test_export_groups (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *lines[] = {
    "\r\nitem1.EMAIL:maryam@stanford.example\r\nitem1.X-ABLabel:Work-ish\r\n",
    "\r\nitem3.ADR;TYPE=HOME:;;450 Jane Stanford Way;Stanford;CA;94305;USA\r\n",
    "\r\nitem6.URL:https://stanford.example/~maryam\r\nitem6.X-ABLabel:_$!<HomePage>!$_\r\n",
    "\r\nitem2.X-ABRELATEDNAMES:Jane\r\nitem2.X-ABLabel:_$!<Spouse>!$_\r\nitem3.X-ABADR:us\r\n",
  };

  importer = import (store, &error, "groups.vcf", NULL);
  g_assert_no_error (error);
  text = export_text (store);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    if (strstr (text, lines[i]) == NULL)
      g_error ("“%s” is not in\n%s", lines[i], text);
}

static void
test_export_selected (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbExporter) exporter = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *out = nb_test_tmp_path ("two.vcf");
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autofree char *text = NULL;
  gint64 id;

  nb_test_add_contact (store, "One", NULL);
  id = nb_test_add_contact (store, "Two", NULL);
  g_array_append_val (ids, id);
  nb_test_add_contact (store, "Three", NULL);
  id = nb_test_add_contact (store, "Four", NULL);
  g_array_append_val (ids, id);

  exporter = nb_exporter_new (store, file);
  nb_exporter_set_contact_ids (exporter, ids);
  g_assert_true (nb_exporter_run (exporter, NULL, &error));

  g_file_get_contents (out, &text, NULL, &error);
  g_assert_nonnull (strstr (text, "FN:Two\r\n"));
  g_assert_nonnull (strstr (text, "FN:Four\r\n"));
  g_assert_null (strstr (text, "FN:One\r\n"));
  g_assert_cmpuint (nb_exporter_get_n_exported (exporter), ==, 2);
}

static void
test_export_failure_keeps_file (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbExporter) exporter = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = nb_test_tmp_path ("keep.vcf");
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-folder/x.vcf");
  g_autoptr(GDir) dir = NULL;
  const char *name;

  nb_test_add_contact (store, "Someone", NULL);
  g_file_set_contents (out, "precious", -1, &error);

  /* Interrupted: the old file is as it was, and no temporary is left. */
  exporter = nb_exporter_new (store, file);
  g_cancellable_cancel (cancellable);
  g_assert_false (nb_exporter_run (exporter, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_file_get_contents (out, &text, NULL, NULL);
  g_assert_cmpstr (text, ==, "precious");

  dir = g_dir_open (g_get_user_cache_dir (), 0, NULL);
  while ((name = g_dir_read_name (dir)))
    g_assert_false (g_str_has_suffix (name, ".tmp"));

  g_clear_error (&error);
  g_clear_object (&exporter);
  exporter = nb_exporter_new (store, nowhere);
  g_assert_false (nb_exporter_run (exporter, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Could not write"));
}

/* The UID of a helper (or "me"), so that two databases compare. */
static char *
helper_uid (NbStore *store,
            gint64   id)
{
  g_autoptr(NbContact) contact = NULL;

  if (id == NB_TRAIN_HELPER_ME)
    return g_strdup ("me");

  contact = nb_store_get_contact (store, id);
  g_assert_nonnull (contact);
  return g_strdup (nb_contact_get_uid (contact));
}

/* A train's slots as one line each: UID, day, meal, status, helpers. */
static char *
describe_slots (NbStore *store,
                gint64   train_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) slots = nb_store_list_meal_train_slots (store, train_id, 0, G_MAXINT32, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (slots, i);

      g_string_append_printf (out, "%s %u %d %d", slot->uid, slot->day, slot->meal, slot->status);
      for (guint j = 0; j < slot->helpers->len; j++)
        {
          g_autofree char *uid = helper_uid (store, g_array_index (slot->helpers, gint64, j));

          g_string_append_printf (out, " %s", uid);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static const char python_trains[] =
  "import sys, icalendar\n"
  "cal = icalendar.Calendar.from_ical(sys.stdin.read())\n"
  "trains = [e for e in cal.walk('VEVENT') if 'X-NETBOOK-TRAIN-FOR' in e]\n"
  "slots = [e for e in cal.walk('VEVENT') if 'X-NETBOOK-TRAIN-SLOT' in e]\n"
  "print('TRAINS=%d SLOTS=%d' % (len(trains), len(slots)))\n"
  "for t in trains:\n"
  "    print('TRAIN=%s %s' % (t['UID'], t.decoded('DTSTART').isoformat()))\n"
  "    print('CHILDREN=%d' % len([s for s in slots if str(s['RELATED-TO']) == str(t['UID'])]))\n"
  "for s in slots:\n"
  "    h = s.get('X-NETBOOK-HELPER')\n"
  "    print('HELPERS=%d' % (0 if h is None else (len(h) if isinstance(h, list) else 1)))\n";

/* A meal train goes out with the meals, its slots and helpers with it; a
 * second database takes it in whole, with its helpers found by UID among
 * the contacts, and taking the same file in again adds and changes
 * nothing. */
static void
test_export_meal_trains (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autofree char *other_path = nb_test_tmp_path ("other.db");
  g_autoptr(NbStore) other = NULL;
  g_autoptr(NbMealTrain) draft = nb_meal_train_new ();
  g_autoptr(NbMealTrain) train = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) trains = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbImporter) cards = NULL;
  g_autoptr(NbImporter) first = NULL;
  g_autoptr(NbImporter) second = NULL;
  g_autofree char *vcf = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *text = NULL;
  g_autofree char *seen = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *reimported = NULL;
  g_autofree char *recipient_uid = NULL;
  g_autofree char *their_recipient_uid = NULL;
  NbMealTrain *copy;
  GDate from = nb_test_date (10, 5, 2027);
  GDate to = nb_test_date (12, 5, 2027);
  gint64 ada = nb_test_add_contact (store, "Ada Lovelace", "ada@example.com");
  gint64 grace = nb_test_add_contact (store, "Grace Hopper", "grace@example.com");
  gint64 alan = nb_test_add_contact (store, "Alan Turing", "alan@example.com");
  NbMealTrainSlot *slot;

  nb_meal_train_set_recipient (draft, ada);
  g_assert_true (nb_meal_train_set_days (draft, &from, &to, &error));
  nb_meal_train_set_meals (draft, NB_TRAIN_MEALS_LUNCH | NB_TRAIN_MEALS_DINNER);
  nb_meal_train_set_reason (draft, "Hip surgery");
  nb_meal_train_set_address (draft, "12 Bakers Row");
  nb_meal_train_set_dietary (draft, "No nuts");
  nb_meal_train_set_notes (draft, "The cooler is by the door.");
  nb_meal_train_set_n_people (draft, 3);
  nb_meal_train_set_window (draft, NB_MEAL_DINNER, 17 * 60 + 30, 19 * 60);
  train = nb_store_save_meal_train (store, draft, &error);
  g_assert_no_error (error);

  slots = nb_store_list_meal_train_slots (store, nb_meal_train_get_id (train), 0, G_MAXINT32, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (slots->len, ==, 6);
  slot = g_ptr_array_index (slots, 1);
  nb_meal_train_slot_add_helper (slot, grace);
  g_assert_true (nb_store_save_meal_train_slot (store, slot, &error));
  slot = g_ptr_array_index (slots, 2);
  nb_meal_train_slot_add_helper (slot, alan);
  nb_meal_train_slot_add_helper (slot, NB_TRAIN_HELPER_ME);
  slot->status = NB_MEETING_DONE;
  g_assert_true (nb_store_save_meal_train_slot (store, slot, &error));
  slot = g_ptr_array_index (slots, 5);
  slot->status = NB_MEETING_CANCELLED;
  g_assert_true (nb_store_save_meal_train_slot (store, slot, &error));
  g_assert_no_error (error);
  before = describe_slots (store, nb_meal_train_get_id (train));

  vcf = nb_test_export (store, "people.vcf");
  ics = nb_test_export (store, "everything.ics");
  g_assert_true (g_file_get_contents (ics, &text, NULL, &error));
  g_assert_nonnull (strstr (text, "X-NETBOOK-TRAIN-REASON:Hip surgery"));

  /* Python's icalendar reads the train and its six slots, each tied to
   * it, with their helpers. */
  seen = nb_test_run_python (python_trains, text);
  g_assert_nonnull (strstr (seen, "TRAINS=1 SLOTS=6\n"));
  g_assert_nonnull (strstr (seen, "TRAIN=" ));
  g_assert_nonnull (strstr (seen, " 2027-05-10\n"));
  g_assert_nonnull (strstr (seen, "CHILDREN=6\n"));
  g_assert_nonnull (strstr (seen, "HELPERS=2\n"));

  other = nb_store_new (other_path, &error);
  g_assert_no_error (error);
  cards = nb_test_import (other, vcf);
  g_assert_cmpuint (nb_importer_get_n_added (cards), ==, 3);
  first = nb_test_import (other, ics);
  g_assert_cmpuint (nb_importer_get_n_trains_added (first), ==, 1);
  g_assert_cmpuint (nb_importer_get_problems (first)->len, ==, 0);
  imported = nb_importer_dup_summary (first);
  g_assert_nonnull (strstr (imported, "Meal trains: 1 added, 0 updated, 0 already up to date"));

  trains = nb_store_list_meal_trains (other, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trains->len, ==, 1);
  copy = g_ptr_array_index (trains, 0);
  g_assert_cmpstr (nb_meal_train_get_uid (copy), ==, nb_meal_train_get_uid (train));
  recipient_uid = helper_uid (store, ada);
  their_recipient_uid = helper_uid (other, nb_meal_train_get_recipient (copy));
  g_assert_cmpstr (their_recipient_uid, ==, recipient_uid);
  g_assert_cmpstr (nb_meal_train_get_reason (copy), ==, "Hip surgery");
  g_assert_cmpstr (nb_meal_train_get_address (copy), ==, "12 Bakers Row");
  g_assert_cmpstr (nb_meal_train_get_dietary (copy), ==, "No nuts");
  g_assert_cmpstr (nb_meal_train_get_notes (copy), ==, "The cooler is by the door.");
  g_assert_cmpuint (nb_meal_train_get_n_people (copy), ==, 3);
  g_assert_cmpuint (nb_meal_train_get_first_day (copy), ==, nb_meal_train_get_first_day (train));
  g_assert_cmpuint (nb_meal_train_get_last_day (copy), ==, nb_meal_train_get_last_day (train));
  g_assert_cmpuint (nb_meal_train_get_meals (copy), ==, nb_meal_train_get_meals (train));
  g_assert_cmpuint (nb_meal_train_get_weekdays (copy), ==, nb_meal_train_get_weekdays (train));
  {
    guint start, end;

    nb_meal_train_get_window (copy, NB_MEAL_DINNER, &start, &end);
    g_assert_cmpuint (start, ==, 17 * 60 + 30);
    g_assert_cmpuint (end, ==, 19 * 60);
  }
  after = describe_slots (other, nb_meal_train_get_id (copy));
  g_assert_cmpstr (after, ==, before);

  /* Again: nothing added, nothing changed. */
  second = nb_test_import (other, ics);
  g_assert_cmpuint (nb_importer_get_n_trains_added (second), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_trains_updated (second), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_trains_unchanged (second), ==, 1);
  reimported = describe_slots (other, nb_meal_train_get_id (copy));
  g_assert_cmpstr (reimported, ==, before);
  again = nb_store_list_meal_trains (other, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/duplicates", test_duplicates);
  g_test_add_func ("/import/nameless-duplicates", test_nameless_duplicates);
  g_test_add_func ("/import/reimport-everything", test_reimport_everything);
  g_test_add_func ("/import/merge-keeps-own-notes", test_merge_keeps_own_notes);
  g_test_add_func ("/import/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/import/not-a-vcard", test_not_a_vcard);
  g_test_add_func ("/import/utf16", test_utf16);
  g_test_add_func ("/import/async-progress", test_async_progress);
  g_test_add_func ("/import/cancel", test_cancel);
  g_test_add_func ("/export/roundtrip-3.0", test_export_roundtrip_3_0);
  g_test_add_func ("/export/roundtrip-4.0", test_export_roundtrip_4_0);
  g_test_add_func ("/export/groups", test_export_groups);
  g_test_add_func ("/export/selected", test_export_selected);
  g_test_add_func ("/export/failure-keeps-file", test_export_failure_keeps_file);
  g_test_add_func ("/export/meal-trains", test_export_meal_trains);

  return g_test_run ();
}
