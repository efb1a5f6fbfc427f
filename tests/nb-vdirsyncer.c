/* nb-vdirsyncer.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "nb-test-util.h"
#include "nb-vdirsyncer.h"

/* vdirsyncer syncing an account's address book and calendar with two
 * local folders (vdirs), as khard and khal use them: one .vcf or .ics file
 * per item. Its configuration, status and folders are in the test's own
 * folder (G_TEST_OPTION_ISOLATE_DIRS). A test writes and deletes files as
 * khard or khal would, runs vdirsyncer, and reads the files back with
 * tests/vdir-dump.py, a reader that is not Netbook's. */

#define PYTHON "/usr/bin/python3"

struct _NbVdirsyncer
{
  char *dir;
  char *home;
  char *config;
  char *folders[NB_N_COLLECTION_KINDS];
};

/* The journal of interactions is not paired: its folder stays NULL. */
static const char *extensions[NB_N_COLLECTION_KINDS] = { ".vcf", ".ics", ".ics" };

/* Runs @argv with @input on its standard input; returns its output (with
 * its errors), or %NULL with @error set when it fails. */
static char *
run (NbVdirsyncer  *self,
     const char    *input,
     GError       **error,
     const char    *first_arg,
     ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *output = NULL;
  g_autofree char *command = NULL;
  va_list args;

  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_strv_builder_add (builder, arg);
  va_end (args);
  argv = g_strv_builder_end (builder);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_MERGE);
  /* G_TEST_OPTION_ISOLATE_DIRS sets HOME and XDG_CONFIG_HOME to /dev/null. */
  g_subprocess_launcher_setenv (launcher, "HOME", self->home, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "XDG_CONFIG_HOME");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv, error);
  if (process == NULL)
    return NULL;

  if (!g_subprocess_communicate_utf8 (process, input, NULL, &output, NULL, error))
    return NULL;

  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    {
      command = g_strjoinv (" ", argv);
      g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED, "%s failed:\n%s", command,
                   output);
      return NULL;
    }

  return g_steal_pointer (&output);
}

static char *
collection_url (NbDavServer *server,
                const char  *href)
{
  return g_strconcat (nb_dav_server_get_url (server), href[0] == '/' ? href + 1 : href, NULL);
}

/**
 * nb_vdirsyncer_new:
 * @server: the server
 * @user: the user name
 * @password: the password, which goes into the configuration file
 * @account: the Netbook account whose address book and calendar to sync
 * @error: return location for an error
 *
 * Writes a vdirsyncer configuration with a pair for the address book and
 * one for the calendar, each with a folder of its own, and runs
 * `vdirsyncer discover`. That vdirsyncer is not installed is an error, not
 * a reason to skip.
 *
 * Returns: (transfer full): the vdirsyncer, or %NULL with @error set
 */
NbVdirsyncer *
nb_vdirsyncer_new (NbDavServer  *server,
                   const char   *user,
                   const char   *password,
                   NbAccount    *account,
                   GError      **error)
{
  g_autoptr(NbVdirsyncer) self = g_new0 (NbVdirsyncer, 1);
  g_autofree char *program = g_find_program_in_path ("vdirsyncer");
  g_autofree char *status = NULL;
  g_autofree char *template = nb_test_tmp_path ("vdirsyncer-XXXXXX");
  g_autofree char *book_url = NULL;
  g_autofree char *calendar_url = NULL;
  g_autofree char *config = NULL;
  g_autofree char *output = NULL;

  if (program == NULL)
    {
      g_set_error_literal (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT,
                           "vdirsyncer is not installed, and the interoperability tests need it: "
                           "apt install vdirsyncer (build-aux/setup.sh test installs it)");
      return NULL;
    }

  book_url = collection_url (server, nb_account_get_collection (account, NB_COLLECTION_CONTACTS));
  calendar_url = collection_url (server, nb_account_get_collection (account, NB_COLLECTION_MEALS));
  self->dir = g_mkdtemp (g_steal_pointer (&template));
  g_assert_nonnull (self->dir);
  self->home = g_build_filename (self->dir, "home", NULL);
  self->config = g_build_filename (self->dir, "config", NULL);
  self->folders[NB_COLLECTION_CONTACTS] = g_build_filename (self->dir, "contacts", NULL);
  self->folders[NB_COLLECTION_MEALS] = g_build_filename (self->dir, "calendar", NULL);
  status = g_build_filename (self->dir, "status", NULL);
  g_assert_cmpint (g_mkdir (self->home, 0700), ==, 0);
  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    if (self->folders[kind] != NULL)
      g_assert_cmpint (g_mkdir (self->folders[kind], 0700), ==, 0);

  /* One collection each: the account's, by its address. */
  config = g_strdup_printf ("[general]\n"
                            "status_path = \"%s/\"\n"
                            "\n"
                            "[pair contacts]\n"
                            "a = \"contacts_local\"\n"
                            "b = \"contacts_remote\"\n"
                            "collections = null\n"
                            "\n"
                            "[storage contacts_local]\n"
                            "type = \"filesystem\"\n"
                            "path = \"%s/\"\n"
                            "fileext = \".vcf\"\n"
                            "\n"
                            "[storage contacts_remote]\n"
                            "type = \"carddav\"\n"
                            "url = \"%s\"\n"
                            "username = \"%s\"\n"
                            "password = \"%s\"\n"
                            "\n"
                            "[pair calendar]\n"
                            "a = \"calendar_local\"\n"
                            "b = \"calendar_remote\"\n"
                            "collections = null\n"
                            "\n"
                            "[storage calendar_local]\n"
                            "type = \"filesystem\"\n"
                            "path = \"%s/\"\n"
                            "fileext = \".ics\"\n"
                            "\n"
                            "[storage calendar_remote]\n"
                            "type = \"caldav\"\n"
                            "url = \"%s\"\n"
                            "username = \"%s\"\n"
                            "password = \"%s\"\n",
                            status,
                            self->folders[NB_COLLECTION_CONTACTS], book_url, user, password,
                            self->folders[NB_COLLECTION_MEALS], calendar_url, user, password);
  if (!g_file_set_contents (self->config, config, -1, error))
    return NULL;

  /* `yes | vdirsyncer discover`: it may ask before it makes anything. */
  output = run (self, "y\ny\ny\ny\ny\ny\ny\ny\n", error,
                program, "-c", self->config, "discover", NULL);
  if (output == NULL)
    return NULL;
  g_test_message ("vdirsyncer discover:\n%s", output);

  return g_steal_pointer (&self);
}

/**
 * nb_vdirsyncer_get_dir:
 * @self: a #NbVdirsyncer
 * @kind: cards or events
 *
 * Returns: the local folder of @kind
 */
const char *
nb_vdirsyncer_get_dir (NbVdirsyncer     *self,
                       NbCollectionKind  kind)
{
  return self->folders[kind];
}

static guint
count_lines (const char *output,
             const char *what)
{
  guint n = 0;

  for (const char *s = strstr (output, what); s != NULL; s = strstr (s + 1, what))
    n++;

  return n;
}

/**
 * nb_vdirsyncer_sync:
 * @self: a #NbVdirsyncer
 * @n_changes: (out) (optional): how many items vdirsyncer copied or
 *   deleted, either way
 * @error: return location for an error
 *
 * Runs `vdirsyncer sync` for both pairs.
 *
 * Returns: %TRUE when vdirsyncer succeeded; otherwise @error has its output
 */
gboolean
nb_vdirsyncer_sync (NbVdirsyncer  *self,
                    guint         *n_changes,
                    GError       **error)
{
  g_autofree char *output = run (self, NULL, error, "vdirsyncer", "-c", self->config, "sync",
                                 NULL);

  if (output == NULL)
    return FALSE;

  g_test_message ("vdirsyncer sync:\n%s", output);
  if (n_changes != NULL)
    *n_changes = count_lines (output, "Copying (") + count_lines (output, "Deleting item");

  return TRUE;
}

/**
 * nb_vdirsyncer_write:
 * @self: a #NbVdirsyncer
 * @kind: a card or an event
 * @uid: its UID
 * @text: the whole file
 *
 * Writes the item of @uid into its file, as khard or khal would: a new
 * one as "UID.vcf" or "UID.ics", one that is there in place.
 */
void
nb_vdirsyncer_write (NbVdirsyncer     *self,
                     NbCollectionKind  kind,
                     const char       *uid,
                     const char       *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = nb_vdirsyncer_find_file (self, kind, uid);

  if (path == NULL)
    {
      g_autofree char *name = g_strconcat (uid, extensions[kind], NULL);

      path = g_build_filename (self->folders[kind], name, NULL);
    }

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/**
 * nb_vdirsyncer_find_file:
 * @self: a #NbVdirsyncer
 * @kind: cards or events
 * @uid: a UID
 *
 * Returns: (transfer full) (nullable): the file that holds the item of
 *   @uid, %NULL if none does
 */
char *
nb_vdirsyncer_find_file (NbVdirsyncer     *self,
                         NbCollectionKind  kind,
                         const char       *uid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (self->folders[kind], 0, &error);
  g_autofree char *line = g_strdup_printf ("\nUID:%s\r\n", uid);
  g_autofree char *lf_line = g_strdup_printf ("\nUID:%s\n", uid);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (self->folders[kind], name, NULL);
      g_autofree char *contents = NULL;

      if (!g_str_has_suffix (name, extensions[kind]))
        continue;

      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      if (strstr (contents, line) != NULL || strstr (contents, lf_line) != NULL)
        return g_steal_pointer (&path);
    }

  return NULL;
}

/**
 * nb_vdirsyncer_delete:
 * @self: a #NbVdirsyncer
 * @kind: a card or an event
 * @uid: its UID
 *
 * Deletes the file of the item of @uid, which must be there.
 */
void
nb_vdirsyncer_delete (NbVdirsyncer     *self,
                      NbCollectionKind  kind,
                      const char       *uid)
{
  g_autofree char *path = nb_vdirsyncer_find_file (self, kind, uid);

  g_assert_nonnull (path);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/**
 * nb_vdirsyncer_read:
 * @self: a #NbVdirsyncer
 * @kind: cards or events
 *
 * Reads the folder of @kind with python3-vobject or python3-icalendar
 * (tests/vdir-dump.py says what it gives).
 *
 * Returns: (transfer full): a group for each item, named by its UID
 */
GKeyFile *
nb_vdirsyncer_read (NbVdirsyncer     *self,
                    NbCollectionKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GKeyFile) items = g_key_file_new ();
  g_autofree char *script = g_build_filename (NB_TESTS_SRCDIR, "vdir-dump.py", NULL);
  g_autofree char *output = run (self, NULL, &error, PYTHON, script, self->folders[kind], NULL);

  g_assert_no_error (error);
  g_key_file_load_from_data (items, output, -1, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&items);
}

void
nb_vdirsyncer_free (NbVdirsyncer *self)
{
  if (self == NULL)
    return;

  g_free (self->dir);
  g_free (self->home);
  g_free (self->config);
  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    g_free (self->folders[kind]);
  g_free (self);
}
