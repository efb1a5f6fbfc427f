/* nb-eds-server.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "nb-eds-server.h"

struct _NbEdsServer
{
  char            *dir;
  GTestDBus       *bus;
  ESourceRegistry *registry;
};

/* The services, as Debian installs them. */
static const char * const services[] = {
  "org.gnome.evolution.dataserver.Sources5",
  "org.gnome.evolution.dataserver.AddressBook10",
};

/* The program a D-Bus service file of the system starts; the test fails,
 * saying so, when Evolution Data Server is not installed. */
static char *
service_exec (const char *name)
{
  g_autofree char *path = g_strdup_printf ("/usr/share/dbus-1/services/%s.service", name);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &error) ||
      (exec = g_key_file_get_string (file, "D-BUS Service", "Exec", &error)) == NULL)
    g_error ("Evolution Data Server cannot be started: %s (install evolution-data-server)",
             error->message);

  if (!g_file_test (exec, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("Evolution Data Server cannot be started: %s, named in %s, is missing "
             "(install evolution-data-server)", exec, path);

  return g_steal_pointer (&exec);
}

static void
set_env (const char *name,
         const char *value,
         GPtrArray  *saved)
{
  g_ptr_array_add (saved, g_strdup (name));
  g_ptr_array_add (saved, g_strdup (g_getenv (name)));
  if (value != NULL)
    g_setenv (name, value, TRUE);
  else
    g_unsetenv (name);
}

/**
 * nb_eds_server_start:
 *
 * Starts a D-Bus session of the test's own, on which Evolution Data
 * Server's registry and address book factory are D-Bus-activated in XDG
 * folders of their own, and reaches the registry. DBUS_SESSION_BUS_ADDRESS
 * then names that session, for this process and the ones it starts.
 * Evolution Data Server missing or not starting fails the test.
 *
 * Returns: (transfer full): the server
 */
NbEdsServer *
nb_eds_server_start (void)
{
  NbEdsServer *self = g_new0 (NbEdsServer, 1);
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *service_dir = NULL;
  g_autofree char *schema_dirs = NULL;
  const char *folders[][2] = {
    { "XDG_DATA_HOME", "data" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
    { "XDG_RUNTIME_DIR", "run" },
  };

  /* The registry's client reads org.gnome.Evolution.DefaultSources: the
   * schemas of the Evolution Data Server the tests were built against,
   * whatever XDG_DATA_DIRS says. */
  schema_dirs = g_strjoin (G_SEARCHPATH_SEPARATOR_S, NB_EDS_DATADIR "/glib-2.0/schemas",
                           g_getenv ("GSETTINGS_SCHEMA_DIR"), NULL);
  g_setenv ("GSETTINGS_SCHEMA_DIR", schema_dirs, TRUE);

  self->dir = g_dir_make_tmp ("netbook-eds-XXXXXX", &error);
  g_assert_no_error (error);
  service_dir = g_build_filename (self->dir, "services", NULL);
  g_assert_cmpint (g_mkdir_with_parents (service_dir, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (services); i++)
    {
      g_autofree char *exec = service_exec (services[i]);
      g_autofree char *file = g_strdup_printf ("%s/%s.service", service_dir, services[i]);
      g_autofree char *text = g_strdup_printf ("[D-BUS Service]\nName=%s\nExec=%s\n",
                                               services[i], exec);

      g_file_set_contents (file, text, -1, &error);
      g_assert_no_error (error);
    }

  /* What the bus and the services it starts inherit: folders of their
   * own, never the user's, and no fatal warnings (theirs are not ours). */
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *folder = g_build_filename (self->dir, folders[i][1], NULL);

      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      set_env (folders[i][0], folder, saved);
    }
  set_env ("G_DEBUG", NULL, saved);
  /* Its own data (GSettings schemas) where it was installed, not the
   * isolated folders of G_TEST_OPTION_ISOLATE_DIRS. */
  set_env ("XDG_DATA_DIRS", NB_EDS_DATADIR, saved);
  set_env ("XDG_CONFIG_DIRS", "/etc/xdg", saved);
  set_env ("HOME", self->dir, saved);

  self->bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_add_service_dir (self->bus, service_dir);
  /* g_test_dbus_up() unsets DISPLAY (against X11's autolaunch of a bus);
   * the GUI tests need it back. */
  set_env ("DISPLAY", g_getenv ("DISPLAY"), saved);
  g_test_dbus_up (self->bus);

  for (guint i = 0; i < saved->len; i += 2)
    {
      const char *name = g_ptr_array_index (saved, i);
      const char *value = g_ptr_array_index (saved, i + 1);

      if (value != NULL)
        g_setenv (name, value, TRUE);
      else
        g_unsetenv (name);
    }
  self->registry = e_source_registry_new_sync (NULL, &error);
  if (self->registry == NULL)
    g_error ("Evolution Data Server's registry did not start on the test's D-Bus: %s",
             error->message);

  return self;
}

/**
 * nb_eds_server_stop:
 *
 * Stops the session's bus, and with it the services.
 */
/* The stopped bus, kept until the process ends (nb_eds_server_stop()).
 * Volatile: a variable only written could be optimized away, and the bus
 * with it, out of the leak checker's sight. */
static GTestDBus *volatile kept_bus;

void
nb_eds_server_stop (NbEdsServer *self)
{
  g_clear_object (&self->registry);
  /* g_test_dbus_down() would wait for every user of the bus to let it go;
   * the services end when the bus does. */
  g_test_dbus_stop (self->bus);
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
  /* Not unreferenced: finalizing it would wait as g_test_dbus_down() does.
   * It is kept where the process can still reach it until it ends (and the
   * leak checker sees it is kept, not lost). */
  kept_bus = g_steal_pointer (&self->bus);
  g_free (self->dir);
  g_free (self);
}

ESourceRegistry *
nb_eds_server_get_registry (NbEdsServer *self)
{
  return self->registry;
}

static gboolean
source_known (ESourceRegistry *registry,
              const char      *uid)
{
  g_autoptr(ESource) found = e_source_registry_ref_source (registry, uid);

  return found != NULL;
}

/**
 * nb_eds_server_add_book:
 * @name: its name
 *
 * Adds a local address book (on this computer), as GNOME Contacts would.
 *
 * Returns: (transfer full): its source
 */
ESource *
nb_eds_server_add_book (NbEdsServer *self,
                        const char  *name)
{
  g_autoptr(ESource) source = NULL;
  g_autoptr(GError) error = NULL;
  ESourceAddressBook *extension;
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  source = e_source_new (NULL, NULL, &error);
  g_assert_no_error (error);
  e_source_set_display_name (source, name);
  e_source_set_parent (source, "local-stub");
  extension = e_source_get_extension (source, E_SOURCE_EXTENSION_ADDRESS_BOOK);
  e_source_backend_set_backend_name (E_SOURCE_BACKEND (extension), "local");

  e_source_registry_commit_source_sync (self->registry, source, NULL, &error);
  g_assert_no_error (error);

  while (!source_known (self->registry, e_source_get_uid (source)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }

  return e_source_registry_ref_source (self->registry, e_source_get_uid (source));
}

/**
 * nb_eds_server_remove_book:
 * @source: an address book's source
 *
 * Removes the address book, as GNOME Contacts would.
 */
void
nb_eds_server_remove_book (NbEdsServer *self,
                           ESource     *source)
{
  g_autoptr(GError) error = NULL;
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  e_source_remove_sync (source, NULL, &error);
  g_assert_no_error (error);

  while (source_known (self->registry, e_source_get_uid (source)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
}

/**
 * nb_eds_server_connect:
 * @source: an address book's source
 *
 * Returns: (transfer full): a client of the address book
 */
EBookClient *
nb_eds_server_connect (NbEdsServer *self,
                       ESource     *source)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  /* The factory's registry may learn of a new book after this one. */
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      EClient *client = e_book_client_connect_sync (source, (guint32) -1, NULL, &error);

      if (client != NULL)
        return E_BOOK_CLIENT (client);
      if (g_get_monotonic_time () > end)
        g_assert_no_error (error);
      g_usleep (50000);
    }
}

/**
 * nb_eds_server_add_card:
 * @client: an address book
 * @vcard: a vCard
 *
 * Returns: (transfer full): the UID the card was given
 */
char *
nb_eds_server_add_card (EBookClient *client,
                        const char  *vcard)
{
  g_autoptr(EContact) contact = e_contact_new_from_vcard (vcard);
  g_autoptr(GError) error = NULL;
  GSList *contacts = g_slist_prepend (NULL, contact);
  GSList *uids = NULL;
  char *uid;

  e_book_client_add_contacts_sync (client, contacts, E_BOOK_OPERATION_FLAG_NONE, &uids, NULL, &error);
  g_slist_free (contacts);
  g_assert_no_error (error);
  g_assert_nonnull (uids);

  uid = g_strdup (uids->data);
  g_slist_free_full (uids, g_free);
  return uid;
}
