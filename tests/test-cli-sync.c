/* test-cli-sync.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-db.h"
#include "nb-dav-server.h"
#include "nb-secrets.h"
#include "nb-sync-setup.h"
#include "nb-test-util.h"

/* `netbook --add-account` and `netbook --sync` as a person runs them from a
 * terminal, against a server on 127.0.0.1 (Radicale or Xandikos, as
 * NETBOOK_TEST_SERVER says): which scheme they use, what they say while they
 * work, and what they say of a conflict. */

typedef struct
{
  NbDavServer *server;
  char        *host;     /* 127.0.0.1:PORT */
  char        *here;
  char        *there;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = NULL;

  fixture->server = nb_dav_server_start_default (&error);
  g_assert_no_error (error);
  uri = g_uri_parse (nb_dav_server_get_url (fixture->server), G_URI_FLAGS_NONE, NULL);
  fixture->host = g_strdup_printf ("127.0.0.1:%d", g_uri_get_port (uri));
  fixture->here = nb_test_tmp_path ("here.db");
  fixture->there = nb_test_tmp_path ("there.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *server = g_strdup_printf ("http://%s/", fixture->host);

  nb_secrets_clear (server, "alice", NULL, NULL);
  g_clear_pointer (&fixture->server, nb_dav_server_free);
  g_free (fixture->host);
  g_free (fixture->here);
  g_free (fixture->there);
}

/* Adds alice's account, typed as "127.0.0.1:PORT" with no scheme. */
static void
add_account (Fixture    *fixture,
             const char *db,
             char      **out)
{
  g_autofree char *err = NULL;
  int status;

  status = nb_test_run_netbook_input ("secret\n", out, &err, "--database", db,
                                      "--add-account", fixture->host, "--user", "alice", NULL);
  g_test_message ("%s%s", out ? *out : "", err);
  g_assert_cmpint (status, ==, 0);
}

/* Without a scheme: https first, then, as the server is on this computer,
 * plain http, and it says so. */
static void
test_no_scheme (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *using = g_strdup_printf ("Using http://%s/: the server does not answer over https, "
                                            "and the password does not leave this computer\n",
                                            fixture->host);
  g_autofree char *added = g_strdup_printf ("Added alice on %s:\n", fixture->host);
  g_autofree char *books = nb_dav_server_get_home (fixture->server, "alice", NB_DAV_ADDRESSBOOK);
  g_autofree char *calendars = nb_dav_server_get_home (fixture->server, "alice", NB_DAV_CALENDAR);
  g_autofree char *book = g_strdup_printf ("Address book “Netbook Contacts” (%snetbook-contacts/), made now",
                                           books);
  g_autofree char *calendar = g_strdup_printf ("Calendar “Netbook Meals” (%snetbook-meals/), made now",
                                               calendars);

  add_account (fixture, fixture->here, &out);
  g_assert_nonnull (strstr (out, using));
  g_assert_nonnull (strstr (out, added));
  g_assert_nonnull (strstr (out, book));
  g_assert_nonnull (strstr (out, calendar));
  g_assert_cmpint (nb_test_query_int (fixture->here, "SELECT count(*) FROM accounts"
                                                     " WHERE server LIKE 'http://%'"), ==, 1);
}

/* Typed with https://, it is https or nothing. */
static void
test_https_typed (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *url = g_strdup_printf ("https://%s", fixture->host);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  status = nb_test_run_netbook_input ("secret\n", &out, &err, "--database", fixture->here,
                                      "--add-account", url, "--user", "alice", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, fixture->host));
  g_assert_null (strstr (err, "secret"));
  g_assert_cmpint (nb_test_query_int (fixture->here, "SELECT count(*) FROM accounts"), ==, 0);
}

/* Only a loopback host may fall back to http. */
static void
test_may_use_http (void)
{
  static const struct { const char *server; gboolean http; } cases[] = {
    { "127.0.0.1:5232", TRUE },
    { "127.1.2.3", TRUE },
    { "localhost:8080/dav", TRUE },
    { "LOCALHOST", TRUE },
    { "[::1]:5232", TRUE },
    { "dav.example.com", FALSE },
    { "192.168.1.10:5232", FALSE },
    { "10.0.0.1", FALSE },
    { "[2001:db8::1]:5232", FALSE },
    { "localhost.example.com", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].server);
      g_assert_true (nb_sync_may_use_http (cases[i].server) == cases[i].http);
    }
}

static void
import_people (const char *db,
               guint       n)
{
  g_autofree char *path = nb_test_tmp_path ("people.vcf");
  g_autoptr(GString) cards = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (cards, "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:person-%03u\r\n"
                            "FN:Person %03u\r\nN:%03u;Person;;;\r\nEND:VCARD\r\n", i, i, i);
  g_assert_true (g_file_set_contents (path, cards->str, -1, NULL));
  g_assert_cmpint (nb_test_run_netbook (NULL, NULL, "--database", db, "--import", path, NULL), ==, 0);
}

/* On a terminal, --sync says how far it is, a line per kind and
 * direction; in a pipe, only what it did. */
static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *command = NULL;
  g_autofree char *binary = g_shell_quote (g_getenv ("NETBOOK_BIN"));
  g_autofree char *db = g_shell_quote (fixture->here);
  g_autofree char *out = NULL;
  g_autofree char *piped = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  add_account (fixture, fixture->here, NULL);
  import_people (fixture->here, 120);

  /* script(1) gives netbook a terminal. */
  command = g_strdup_printf ("script -qec '%s --database %s --sync' /dev/null", binary, db);
  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s", out);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "Contacts: 120 of 120 sent"));
  g_assert_nonnull (strstr (out, "\r\033[K"));
  g_assert_nonnull (strstr (out, "Contacts: 0 received, 0 removed here, 120 sent"));

  import_people (fixture->here, 130);
  g_assert_cmpint (nb_test_run_netbook (&piped, NULL, "--database", fixture->here, "--sync", NULL), ==, 0);
  g_assert_null (strstr (piped, "of 10 sent"));
  g_assert_nonnull (strstr (piped, "Contacts: 0 received, 0 removed here, 10 sent"));
}

static void
set_title (const char *db,
           const char *uid,
           const char *title)
{
  g_autoptr(NbDb) handle = nb_db_open (db, NB_DB_SECONDARY, NULL);
  g_autoptr(NbContact) contact = NULL;

  contact = nb_db_load_contact (handle, nb_db_find_contact_by_uid (handle, uid, NULL), NULL);
  nb_contact_set_title (contact, title);
  g_assert_true (nb_db_begin (handle, NULL));
  g_assert_true (nb_db_write_contact (handle, contact, NULL));
  g_assert_true (nb_db_commit (handle, NULL));
}

/* Both devices change Ada's title; the later change wins, and --sync says
 * what it replaced. */
static void
test_conflict_report (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = nb_test_tmp_path ("ada.vcf");
  g_autofree char *out = NULL;

  add_account (fixture, fixture->here, NULL);
  add_account (fixture, fixture->there, NULL);
  g_assert_true (g_file_set_contents (path, "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada\r\nFN:Ada Lovelace\r\n"
                                            "N:Lovelace;Ada;;;\r\nEND:VCARD\r\n", -1, NULL));
  g_assert_cmpint (nb_test_run_netbook (NULL, NULL, "--database", fixture->here, "--import", path, NULL), ==, 0);
  g_assert_cmpint (nb_test_run_netbook (NULL, NULL, "--database", fixture->here, "--sync", NULL), ==, 0);
  g_assert_cmpint (nb_test_run_netbook (NULL, NULL, "--database", fixture->there, "--sync", NULL), ==, 0);

  set_title (fixture->here, "ada", "Countess");
  g_usleep (1100 * 1000);
  set_title (fixture->there, "ada", "Analyst");
  g_assert_cmpint (nb_test_run_netbook (NULL, NULL, "--database", fixture->there, "--sync", NULL), ==, 0);

  g_assert_cmpint (nb_test_run_netbook (&out, NULL, "--database", fixture->here, "--sync", NULL), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "  Ada Lovelace: Job Title “Countess” replaced by “Analyst” from the server;"
                                 " kept under Replaced by Sync\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli-sync/no-scheme", test_no_scheme);
  ADD ("/cli-sync/https-typed", test_https_typed);
  g_test_add_func ("/cli-sync/may-use-http", test_may_use_http);
  ADD ("/cli-sync/progress", test_progress);
  ADD ("/cli-sync/conflict-report", test_conflict_report);

  return g_test_run ();
}
