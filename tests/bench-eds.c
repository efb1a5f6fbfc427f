/* bench-eds.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/resource.h>

#include "nb-address-book-importer.h"
#include "nb-eds-server.h"
#include "nb-store.h"

/* How long an import from one of GNOME's address books takes, and the
 * memory it needs: N cards (default 10000) in a local address book of a
 * real Evolution Data Server of the benchmark's own; imported into an empty
 * database, then again (nothing changed). Prints figures, asserts only that
 * the work was done. */

static double
now_s (void)
{
  return g_get_monotonic_time () / (double) G_USEC_PER_SEC;
}

static long
max_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static NbAddressBook *
find_book (const char *uid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) books = nb_address_book_list (NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < books->len; i++)
    if (g_str_equal (nb_address_book_get_uid (g_ptr_array_index (books, i)), uid))
      return g_object_ref (g_ptr_array_index (books, i));

  g_assert_not_reached ();
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  NbEdsServer *server = nb_eds_server_start ();
  g_autoptr(ESource) source = nb_eds_server_add_book (server, "Bench");
  g_autoptr(EBookClient) client = nb_eds_server_connect (server, source);
  g_autoptr(NbAddressBook) book = NULL;
  g_autoptr(NbStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("netbook-bench-eds-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "netbook.db", NULL);
  double start;
  long rss_before;

  g_assert_no_error (error);
  start = now_s ();
  for (guint i = 0; i < n; i += 1000)
    {
      GSList *contacts = NULL;

      for (guint j = i; j < MIN (n, i + 1000); j++)
        {
          g_autofree char *vcard =
            g_strdup_printf ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person %u Example\r\n"
                             "N:Example;Person %u;;;\r\nEMAIL:person%u@example.org\r\n"
                             "TEL:+49 30 %07u\r\nORG:Company %u\r\nNOTE:Met at event %u\r\n"
                             "END:VCARD\r\n", j, j, j, j, j % 100, j % 37);

          contacts = g_slist_prepend (contacts, e_contact_new_from_vcard (vcard));
        }
      e_book_client_add_contacts_sync (client, contacts, E_BOOK_OPERATION_FLAG_NONE, NULL, NULL, &error);
      g_assert_no_error (error);
      g_slist_free_full (contacts, g_object_unref);
    }
  g_print ("  %u cards added to Evolution Data Server in %.1f s\n", n, now_s () - start);

  book = find_book (e_source_get_uid (source));
  store = nb_store_new (path, &error);
  g_assert_no_error (error);

  for (guint run = 0; run < 2; run++)
    {
      g_autoptr(NbAddressBookImporter) importer = nb_address_book_importer_new (store, book);
      double seconds;

      rss_before = max_rss_kib ();
      start = now_s ();
      nb_address_book_importer_run (importer, NULL, &error);
      g_assert_no_error (error);
      seconds = now_s () - start;
      g_assert_cmpuint (nb_address_book_importer_get_n_added (importer) +
                        nb_address_book_importer_get_n_unchanged (importer), ==, n);
      g_print ("  %s: %u cards in %.1f s (%.0f cards/s); peak RSS %ld → %ld MiB\n",
               run == 0 ? "import" : "import again (nothing changed)", n, seconds, n / seconds,
               rss_before / 1024, max_rss_kib () / 1024);
    }

  nb_store_check_for_changes (store);
  g_assert_cmpint (nb_store_count_contacts (store), ==, n);
  g_clear_object (&client);
  nb_eds_server_stop (server);

  return 0;
}
