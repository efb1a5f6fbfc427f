/* test-secrets.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

#include "nb-db.h"
#include "nb-secrets.h"
#include "nb-sync-error.h"
#include "nb-test-util.h"

/* These tests need a D-Bus session with an unlocked GNOME Keyring whose
 * files are in a throw-away XDG_DATA_HOME, as build-aux/setup.sh test
 * gives them. Without one they fail, unless NETBOOK_TEST_NO_KEYRING=1. */

#define SERVER "https://dav.example.org/"
#define OTHER_SERVER "https://cloud.example.net/remote.php/dav/"

static const char no_keyring_message[] =
  "No keyring is available: Netbook needs a Secret Service such as GNOME Keyring to keep passwords";

/* The XDG folders of the session, before G_TEST_OPTION_ISOLATE_DIRS
 * replaced them with the test's own. */
static char *session_data_home;
static char *session_config_home;
static char *session_cache_home;
static char *session_state_home;

/* Looks at the keyring once, without prompting: %NULL when it can be used,
 * or why not. */
static const char *
keyring_problem (void)
{
  static gboolean checked;
  static char *problem;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(SecretService) service = NULL;
  g_autoptr(SecretCollection) collection = NULL;
  g_autofree char *real_data_home = NULL;

  if (checked)
    return problem;
  checked = TRUE;

  real_data_home = g_build_filename (g_get_home_dir (), ".local", "share", NULL);
  if (session_data_home == NULL || g_str_equal (session_data_home, real_data_home))
    {
      problem = g_strdup ("XDG_DATA_HOME is not a throw-away folder, so the keyring may be "
                          "your own; run the tests with build-aux/setup.sh test");
      return problem;
    }

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  if (bus == NULL)
    {
      problem = g_strdup_printf ("No D-Bus session bus: %s", error->message);
      return problem;
    }

  service = secret_service_get_sync (SECRET_SERVICE_NONE, NULL, &error);
  if (service != NULL)
    collection = secret_collection_for_alias_sync (service, SECRET_COLLECTION_DEFAULT,
                                                   SECRET_COLLECTION_NONE, NULL, &error);
  if (error != NULL)
    problem = g_strdup_printf ("No Secret Service on the session bus: %s", error->message);
  else if (collection == NULL)
    problem = g_strdup ("The Secret Service has no default keyring (start gnome-keyring-daemon "
                        "with --unlock)");
  else if (secret_collection_get_locked (collection))
    problem = g_strdup ("The default keyring is locked, and a prompt would wait forever");

  return problem;
}

/* Whether the test can go on; fails it, or skips it with
 * NETBOOK_TEST_NO_KEYRING=1, when there is no usable keyring. */
static gboolean
require_keyring (void)
{
  const char *problem = keyring_problem ();

  if (problem == NULL)
    return TRUE;

  if (g_strcmp0 (g_getenv ("NETBOOK_TEST_NO_KEYRING"), "1") == 0)
    g_test_skip (problem);
  else
    g_test_fail_printf ("%s. Run the tests in a D-Bus session with an unlocked gnome-keyring "
                        "(build-aux/setup.sh test), or set NETBOOK_TEST_NO_KEYRING=1 to skip "
                        "them.", problem);
  return FALSE;
}

static char *
random_password (void)
{
  return g_strdup_printf ("nb-test-%08" G_GINT32_MODIFIER "x%08" G_GINT32_MODIFIER "x",
                          g_random_int (), g_random_int ());
}

static void
assert_no_password (const char *server,
                    const char *user)
{
  g_autoptr(GError) error = NULL;
  char *password = nb_secrets_lookup (server, user, NULL, &error);

  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NO_PASSWORD);
  g_assert_null (password);
}

static void
assert_password (const char *server,
                 const char *user,
                 const char *expected)
{
  g_autoptr(GError) error = NULL;
  char *password = nb_secrets_lookup (server, user, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (password, ==, expected);
  secret_password_free (password);
}

static void
store (const char *server,
       const char *user,
       const char *password)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nb_secrets_store (server, user, password, NULL, &error));
  g_assert_no_error (error);
}

static void
clear (const char *server,
       const char *user)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nb_secrets_clear (server, user, NULL, &error));
  g_assert_no_error (error);
}

/* The keyring's items for @server and @user, found without Netbook's
 * code, by the schema's name and attributes as they are documented. */
static GList *
find_items (const char *server,
            const char *user)
{
  static const SecretSchema documented = {
    .name = "org.example.Netbook.Account",
    .flags = SECRET_SCHEMA_NONE,
    .attributes = {
      { .name = "server", .type = SECRET_SCHEMA_ATTRIBUTE_STRING },
      { .name = "user", .type = SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  GList *items;

  attributes = secret_attributes_build (&documented, "server", server, "user", user, NULL);
  items = secret_service_search_sync (NULL, &documented, attributes,
                                      SECRET_SEARCH_ALL | SECRET_SEARCH_LOAD_SECRETS,
                                      NULL, &error);
  g_assert_no_error (error);
  return items;
}

static void
test_schema (void)
{
  const SecretSchema *schema = nb_secrets_get_schema ();

  g_assert_cmpstr (schema->name, ==, "org.example.Netbook.Account");
  g_assert_cmpint (schema->flags, ==, SECRET_SCHEMA_NONE);
  g_assert_cmpstr (schema->attributes[0].name, ==, "server");
  g_assert_cmpint (schema->attributes[0].type, ==, SECRET_SCHEMA_ATTRIBUTE_STRING);
  g_assert_cmpstr (schema->attributes[1].name, ==, "user");
  g_assert_cmpint (schema->attributes[1].type, ==, SECRET_SCHEMA_ATTRIBUTE_STRING);
  g_assert_null (schema->attributes[2].name);
}

static void
test_round_trip (void)
{
  g_autofree char *password = random_password ();
  g_autoptr(GError) error = NULL;
  char *found;

  if (!require_keyring ())
    return;

  clear (SERVER, "ada");
  assert_no_password (SERVER, "ada");

  store (SERVER, "ada", password);
  assert_password (SERVER, "ada", password);

  /* Another user on the server, or the user on another server, has none. */
  assert_no_password (SERVER, "charles");
  assert_no_password (OTHER_SERVER, "ada");
  assert_no_password ("https://dav.example.org/other/", "ada");

  /* The message names the account, and nothing secret. */
  found = nb_secrets_lookup (SERVER, "charles", NULL, &error);
  g_assert_null (found);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NO_PASSWORD);
  g_assert_cmpstr (error->message, ==, "The keyring holds no password for charles on dav.example.org");
  g_assert_null (strstr (error->message, password));

  clear (SERVER, "ada");
}

static void
test_replace (void)
{
  g_autofree char *first = random_password ();
  g_autofree char *second = random_password ();
  GList *items;

  if (!require_keyring ())
    return;

  store (SERVER, "ada", first);
  store (SERVER, "ada", second);
  assert_password (SERVER, "ada", second);

  /* One item, not two. */
  items = find_items (SERVER, "ada");
  g_assert_cmpuint (g_list_length (items), ==, 1);
  g_list_free_full (items, g_object_unref);

  clear (SERVER, "ada");
}

static void
test_clear (void)
{
  g_autofree char *password = random_password ();
  g_autofree char *other = random_password ();
  GList *items;

  if (!require_keyring ())
    return;

  store (SERVER, "ada", password);
  store (SERVER, "charles", other);

  clear (SERVER, "ada");
  assert_no_password (SERVER, "ada");
  items = find_items (SERVER, "ada");
  g_assert_null (items);

  /* Only that account's password went. */
  assert_password (SERVER, "charles", other);

  /* Nothing to clear is fine. */
  clear (SERVER, "ada");
  clear (OTHER_SERVER, "nobody");

  clear (SERVER, "charles");
  assert_no_password (SERVER, "charles");
}

static void
test_unicode (void)
{
  const char *password = "pässwörd 🔑";
  const char *server = "https://bücher.example/dav/";

  if (!require_keyring ())
    return;

  store (SERVER, "zoë", password);
  assert_password (SERVER, "zoë", password);
  assert_no_password (SERVER, "zoe");

  store (server, "zoë", "ünïcödé ✓");
  assert_password (server, "zoë", "ünïcödé ✓");
  assert_password (SERVER, "zoë", password);

  clear (SERVER, "zoë");
  clear (server, "zoë");
  assert_no_password (SERVER, "zoë");
  assert_no_password (server, "zoë");
}

static void
test_in_keyring (void)
{
  g_autofree char *password = random_password ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SecretService) service = NULL;
  g_autoptr(SecretCollection) collection = NULL;
  g_autoptr(SecretValue) value = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  g_autofree char *label = NULL;
  SecretItem *item;
  GList *items;
  char *found;

  if (!require_keyring ())
    return;

  store (SERVER, "ada", password);

  /* Straight from libsecret, with Netbook's schema. */
  found = secret_password_lookup_sync (nb_secrets_get_schema (), NULL, &error,
                                       "server", SERVER,
                                       "user", "ada",
                                       NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, password);
  secret_password_free (found);

  /* One item, in the default collection, named for people, holding the
   * password and the documented attributes. */
  items = find_items (SERVER, "ada");
  g_assert_cmpuint (g_list_length (items), ==, 1);
  item = items->data;

  label = secret_item_get_label (item);
  g_assert_cmpstr (label, ==, "Netbook: ada on dav.example.org");

  value = secret_item_get_secret (item);
  g_assert_nonnull (value);
  g_assert_cmpstr (secret_value_get_text (value), ==, password);

  attributes = secret_item_get_attributes (item);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "server"), ==, SERVER);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "user"), ==, "ada");
  g_assert_cmpstr (g_hash_table_lookup (attributes, "xdg:schema"), ==,
                   "org.example.Netbook.Account");

  service = secret_service_get_sync (SECRET_SERVICE_NONE, NULL, &error);
  g_assert_no_error (error);
  collection = secret_collection_for_alias_sync (service, SECRET_COLLECTION_DEFAULT,
                                                 SECRET_COLLECTION_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (collection);
  g_assert_true (g_str_has_prefix (g_dbus_proxy_get_object_path (G_DBUS_PROXY (item)),
                                   g_dbus_proxy_get_object_path (G_DBUS_PROXY (collection))));

  g_list_free_full (items, g_object_unref);
  clear (SERVER, "ada");
}

static void
assert_tree_lacks (const char *dir,
                   const char *needle)
{
  g_autofree char *found = NULL;

  if (dir == NULL)
    return;

  g_test_message ("Searching %s", dir);
  if (nb_test_file_tree_contains (dir, needle, &found))
    g_error ("The password is in %s", found);
}

static void
test_not_in_files (void)
{
  g_autofree char *password = random_password ();
  g_autofree char *db_path = nb_test_tmp_path ("netbook.db");
  g_autofree char *decoy = nb_test_tmp_path ("decoy.txt");
  g_autofree char *keyring_file = NULL;
  g_autofree char *found = NULL;
  g_autoptr(NbAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  NbDb *db;
  const char *dirs[] = {
    g_get_user_cache_dir (),
    g_get_user_config_dir (),
    g_get_user_data_dir (),
    g_get_user_state_dir (),
    session_config_home,
    session_cache_home,
    session_state_home,
    session_data_home,
  };

  if (!require_keyring ())
    return;

  /* The search finds what is there: a string written into a file, and the
   * user name Netbook writes into its database. */
  g_file_set_contents (decoy, password, -1, &error);
  g_assert_no_error (error);
  g_assert_true (nb_test_file_tree_contains (g_get_user_cache_dir (), password, &found));
  g_assert_cmpstr (found, ==, decoy);
  g_clear_pointer (&found, g_free);
  g_assert_cmpint (g_unlink (decoy), ==, 0);
  g_assert_false (nb_test_file_tree_contains (g_get_user_cache_dir (), password, &found));
  g_assert_null (found);

  /* An account in Netbook's database, its password in the keyring. */
  db = nb_db_open (db_path, NB_DB_PRIMARY, &error);
  g_assert_no_error (error);
  account = nb_account_new (0, SERVER, "ada-lovelace");
  g_assert_true (nb_db_begin (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nb_db_add_account (db, account, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (nb_db_commit (db, &error));
  g_assert_no_error (error);
  store (nb_account_get_server (account), nb_account_get_user (account), password);

  g_assert_true (nb_test_file_tree_contains (g_get_user_cache_dir (), "ada-lovelace", &found));
  g_assert_true (g_str_has_prefix (found, db_path));
  g_clear_pointer (&found, g_free);

  /* The password is in none of the files, with the database open (its
   * write-ahead log) and closed. */
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    assert_tree_lacks (dirs[i], password);
  nb_db_close (db);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    assert_tree_lacks (dirs[i], password);

  /* GNOME Keyring keeps it, encrypted, in its login keyring. */
  keyring_file = g_build_filename (session_data_home, "keyrings", "login.keyring", NULL);
  g_assert_true (g_file_test (keyring_file, G_FILE_TEST_IS_REGULAR));
  assert_password (SERVER, "ada-lovelace", password);

  clear (SERVER, "ada-lovelace");
}

/* In a child process: Netbook's three calls, each expected to fail with
 * @message. */
static void
assert_all_fail (const char *message)
{
  g_autoptr(GError) error = NULL;
  char *password;

  g_assert_false (nb_secrets_store (SERVER, "ada", "s3cret-not-kept", NULL, &error));
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_KEYRING);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (strstr (error->message, "s3cret"));
  g_clear_error (&error);

  password = nb_secrets_lookup (SERVER, "ada", NULL, &error);
  g_assert_null (password);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_KEYRING);
  g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);

  g_assert_false (nb_secrets_clear (SERVER, "ada", NULL, &error));
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_KEYRING);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_no_bus (void)
{
  if (g_test_subprocess ())
    {
      /* Nothing listens there, and without a display GDBus cannot
       * autolaunch a bus either. */
      g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/netbook-test-bus", TRUE);
      g_unsetenv ("DISPLAY");
      assert_all_fail (no_keyring_message);
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static const char bus_config[] =
  "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
  " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
  "<busconfig>\n"
  "  <type>session</type>\n"
  "  <listen>unix:tmpdir=/tmp</listen>\n"
  "  <policy context=\"default\">\n"
  "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
  "    <allow eavesdrop=\"true\"/>\n"
  "    <allow own=\"*\"/>\n"
  "  </policy>\n"
  "</busconfig>\n";

/* The bus daemon ends with the test's child process, even when that
 * fails, so that it holds no pipe the test waits on. */
static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static void
test_no_service (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) daemon = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *config = NULL;
  g_autofree char *address = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  /* A session bus of its own, with no services to start: nothing there
   * provides org.freedesktop.secrets. */
  config = nb_test_tmp_path ("bus.conf");
  g_file_set_contents (config, bus_config, -1, &error);
  g_assert_no_error (error);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  daemon = g_subprocess_launcher_spawn (launcher, &error,
                                        "dbus-daemon", "--nofork", "--print-address=1",
                                        "--config-file", config, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (daemon));
  address = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (address);

  g_setenv ("DBUS_SESSION_BUS_ADDRESS", address, TRUE);
  assert_all_fail (no_keyring_message);

  g_subprocess_force_exit (daemon);
  g_subprocess_wait (daemon, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  session_data_home = g_strdup (g_getenv ("XDG_DATA_HOME"));
  session_config_home = g_strdup (g_getenv ("XDG_CONFIG_HOME"));
  session_cache_home = g_strdup (g_getenv ("XDG_CACHE_HOME"));
  session_state_home = g_strdup (g_getenv ("XDG_STATE_HOME"));

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/secrets/schema", test_schema);
  g_test_add_func ("/secrets/round-trip", test_round_trip);
  g_test_add_func ("/secrets/replace", test_replace);
  g_test_add_func ("/secrets/clear", test_clear);
  g_test_add_func ("/secrets/unicode", test_unicode);
  g_test_add_func ("/secrets/in-keyring", test_in_keyring);
  g_test_add_func ("/secrets/not-in-files", test_not_in_files);
  g_test_add_func ("/secrets/no-bus", test_no_bus);
  g_test_add_func ("/secrets/no-service", test_no_service);

  return g_test_run ();
}
