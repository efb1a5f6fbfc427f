/* bench-sync.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "nb-db.h"
#include "nb-dav-server.h"
#include "nb-secrets.h"
#include "nb-store.h"
#include "nb-sync-manager.h"
#include "nb-sync-setup.h"
#include "nb-vcard-writer.h"

/* How long sync takes against a local Radicale: prints figures, asserts
 * only that the work was done. Usage: bench-sync [N] (default 10000).
 * Needs a session bus with an unlocked keyring (build-aux/setup.sh bench).
 *
 *  1. initial sync down: N cards on the server, an empty database;
 *  2. incremental: 10 cards changed on the server by another client;
 *  3. incremental: 10 cards changed here;
 *  4. in step: nothing changed anywhere;
 *  5. initial sync up: UP new contacts here (default 500). Radicale's
 *     filesystem storage takes longer for each PUT as a collection grows
 *     (about 15 ms per card at 50 cards, 65 ms at 600), so the server's N
 *     cards are laid into its storage folder, as another client's, rather
 *     than sent one by one. */

static double
now_s (void)
{
  return g_get_monotonic_time () / (double) G_USEC_PER_SEC;
}

static NbStore *
open_store (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  NbStore *store = nb_store_new (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
add_account (NbDavServer *radicale,
             NbStore     *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbSyncDiscovery) discovery = NULL;
  g_autoptr(NbAccount) account = NULL;

  discovery = nb_sync_discover (nb_dav_server_get_url (radicale), "alice", "secret", NULL, &error);
  g_assert_no_error (error);
  account = nb_sync_add_account (store, discovery, "secret", NULL, NULL, &error);
  g_assert_no_error (error);
}

/* Syncs once; prints the time and what moved. */
static NbSyncCounts
timed_sync (const char *label,
            NbStore    *store,
            guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  NbSyncResult *result;
  double start = now_s (), seconds;

  results = nb_sync_run (store, NULL, NULL, NULL, &error);
  seconds = now_s () - start;
  g_assert_no_error (error);
  result = g_ptr_array_index (results, 0);
  if (result->error != NULL)
    g_error ("%s: %s", label, result->error->message);

  printf ("%-44s %8.2f s   received %5u, sent %5u", label, seconds,
          result->counts[NB_COLLECTION_CONTACTS].received,
          result->counts[NB_COLLECTION_CONTACTS].sent);
  if (n > 0)
    printf ("   (%.1f cards/s)", n / seconds);
  printf ("\n");
  fflush (stdout);

  return result->counts[NB_COLLECTION_CONTACTS];
}

static void
make_contacts (NbStore *store,
               guint    n)
{
  g_autoptr(GError) error = NULL;
  NbDb *db = nb_db_open (nb_store_get_path (store), NB_DB_SECONDARY, &error);

  g_assert_no_error (error);
  g_assert_true (nb_db_begin (db, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NbContact) contact = nb_contact_new ();
      g_autoptr(GPtrArray) emails = nb_field_array_new ();
      g_autofree char *name = g_strdup_printf ("Person %05u Ünïcode", i);
      g_autofree char *email = g_strdup_printf ("person%05u@example.org", i);

      g_ptr_array_add (emails, nb_field_new ("work", email));
      nb_contact_set_full_name (contact, name);
      nb_contact_set_emails (contact, emails);
      nb_contact_set_organization (contact, "Analytical Engines");
      nb_contact_set_how_met (contact, "At the Royal Society, over lunch");
      nb_contact_set_notes (contact, "Likes long walks and longer proofs.");
      g_assert_true (nb_db_write_contact (db, contact, &error));
    }
  g_assert_true (nb_db_commit (db, &error));
  nb_db_close (db);
}

/* Lays @n cards into the address book's folder in Radicale's storage, as
 * if another client had written them. */
static void
seed_server (NbDavServer *radicale,
             const char  *book,
             guint        n)
{
  g_autofree char *folder = g_build_filename (nb_dav_server_get_storage (radicale),
                                              "collection-root", book, NULL);

  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NbContact) contact = nb_contact_new ();
      g_autoptr(GPtrArray) emails = nb_field_array_new ();
      g_autofree char *name = g_strdup_printf ("Person %05u Ünïcode", i);
      g_autofree char *email = g_strdup_printf ("person%05u@example.org", i);
      g_autofree char *uid = g_strdup_printf ("seed-%05u", i);
      g_autofree char *file = g_strdup_printf ("%s/%s.vcf", folder, uid);
      g_autofree char *card = NULL;
      g_autoptr(GError) error = NULL;

      g_ptr_array_add (emails, nb_field_new ("work", email));
      nb_contact_set_uid (contact, uid);
      nb_contact_set_full_name (contact, name);
      nb_contact_set_emails (contact, emails);
      nb_contact_set_organization (contact, "Analytical Engines");
      nb_contact_set_how_met (contact, "At the Royal Society, over lunch");
      nb_contact_set_notes (contact, "Likes long walks and longer proofs.");
      card = nb_vcard_write (contact, NB_VCARD_VERSION_3_0);
      g_file_set_contents (file, card, -1, &error);
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  guint up = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 500;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbDavServer) radicale = NULL;
  g_autoptr(NbStore) here = NULL;
  g_autoptr(NbStore) other = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-sync-XXXXXX", &error);
  g_autofree char *server = NULL;
  NbSyncCounts counts;

  g_assert_no_error (error);
  /* Straight to Radicale: the test proxy would be timed too. */
  radicale = nb_dav_server_start (NB_DAV_SERVER_RADICALE, NB_DAV_SERVER_DIRECT, &error);
  g_assert_no_error (error);
  server = nb_account_normalize_server (nb_dav_server_get_url (radicale));

  printf ("Sync with Radicale on 127.0.0.1: %u cards on the server, %u sent up\n", n, up);
  here = open_store (dir, "here.db");
  add_account (radicale, here);
  seed_server (radicale, "alice/netbook-contacts", n);
  {
    /* Radicale reads and indexes cards it did not write itself when it is
     * first asked for them: that is its work, timed apart. */
    double start = now_s ();
    g_autofree char *listing = NULL;

    g_assert_cmpuint (nb_dav_server_http (radicale, "PROPFIND", "/alice/netbook-contacts/",
                                          "alice", "secret", NULL, NULL, &listing, NULL), ==, 207);
    printf ("%-44s %8.2f s\n", "(Radicale indexes the cards laid in)", now_s () - start);
  }

  counts = timed_sync ("Initial sync down (every card received)", here, n);
  g_assert_cmpuint (counts.received, ==, n);

  /* Another client changes ten cards. */
  {
    g_autoptr(NbDb) db = nb_db_open (nb_store_get_path (here), NB_DB_SECONDARY, NULL);
    sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT href FROM sync_items ORDER BY href LIMIT 10", NULL);

    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        const char *href = nb_db_column_text (stmt, 0);
        g_autofree char *card = NULL;
        g_autofree char *changed = NULL;
        g_autoptr(GString) edited = NULL;

        g_assert_cmpuint (nb_dav_server_http (radicale, "GET", href, "alice", "secret", NULL, NULL,
                                              &card, NULL), ==, 200);
        edited = g_string_new (card);
        g_assert_cmpuint (g_string_replace (edited, "longer proofs", "shorter proofs", 1), ==, 1);
        g_assert_cmpuint (nb_dav_server_http (radicale, "PUT", href, "alice", "secret",
                                              "text/vcard; charset=utf-8", edited->str, &changed,
                                              NULL),
                          <, 300);
      }
    sqlite3_reset (stmt);
  }
  counts = timed_sync ("Incremental: 10 cards changed on the server", here, 0);
  g_assert_cmpuint (counts.received, ==, 10);

  /* Ten cards changed here. */
  {
    g_autoptr(NbDb) db = nb_db_open (nb_store_get_path (here), NB_DB_SECONDARY, NULL);

    g_assert_true (nb_db_begin (db, NULL));
    for (guint i = 0; i < 10; i++)
      {
        g_autoptr(NbContact) contact = nb_db_load_contact (db, 1 + (i * 97) % n, NULL);

        nb_contact_set_notes (contact, "Changed here");
        g_assert_true (nb_db_write_contact (db, contact, NULL));
      }
    g_assert_true (nb_db_commit (db, NULL));
  }
  counts = timed_sync ("Incremental: 10 cards changed here", here, 0);
  g_assert_cmpuint (counts.sent, ==, 10);
  /* The server's token moved with those ten: the next sync lists them once
   * (their ETags are known, nothing is fetched); the one after is in step. */
  counts = timed_sync ("Next sync: our own 10 changes listed back", here, 0);
  g_assert_cmpuint (counts.received + counts.sent, ==, 0);
  counts = timed_sync ("In step: nothing to do", here, 0);
  g_assert_cmpuint (counts.received + counts.sent, ==, 0);

  /* New contacts on a device of its own, into a second address book. */
  other = open_store (dir, "other.db");
  make_contacts (other, up);
  {
    g_autoptr(NbSyncDiscovery) discovery = NULL;
    g_autoptr(NbAccount) account = NULL;
    const char *chosen[] = { NULL, "" };

    discovery = nb_sync_discover (nb_dav_server_get_url (radicale), "bob", "hunter2", NULL, &error);
    g_assert_no_error (error);
    account = nb_sync_add_account (other, discovery, "hunter2", chosen, NULL, &error);
    g_assert_no_error (error);
  }
  counts = timed_sync ("Initial sync up (every card sent)", other, up);
  g_assert_cmpuint (counts.sent, ==, up);

  nb_secrets_clear (server, "alice", NULL, NULL);
  nb_secrets_clear (server, "bob", NULL, NULL);
  g_clear_object (&here);
  g_clear_object (&other);
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);

    if (system (cmd) != 0)
      g_printerr ("Could not remove %s\n", dir);
  }

  return 0;
}
