/* nb-autostart.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-autostart"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "nb-autostart.h"

/* Starting Netbook without a window at login, for the "run-in-background"
 * setting: an XDG autostart entry, as Geary and Fractal write one, that
 * runs `netbook --background`. Netbook is not sandboxed (no Flatpak), so
 * the XDG Background portal, which asks the user and writes the entry
 * for a sandboxed app, is not needed: the entry is written directly. */

/**
 * nb_autostart_get_path:
 *
 * Returns: (transfer full): where the entry goes:
 *   `$XDG_CONFIG_HOME/autostart/org.example.Netbook.desktop`
 */
char *
nb_autostart_get_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);
}

/* Quotes an argument of a desktop entry's Exec key where it needs it (the
 * Desktop Entry Specification's reserved characters). */
static char *
quote_exec_argument (const char *argument)
{
  GString *quoted;

  if (strpbrk (argument, " \t\n\"'\\><~|&;$*?#()`=%") == NULL)
    return g_strdup (argument);

  quoted = g_string_new ("\"");
  for (const char *p = argument; *p; p++)
    {
      if (strchr ("\"`$\\", *p) != NULL)
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');

  return g_string_free (quoted, FALSE);
}

/**
 * nb_autostart_get_command:
 *
 * The entry's Exec: `netbook --background`, the installed binary by its
 * name as the application's own desktop file calls it; by its full path
 * where it is installed outside the PATH (a prefix of one's own).
 *
 * Returns: (transfer full): the command line
 */
char *
nb_autostart_get_command (void)
{
  g_autofree char *installed = g_build_filename (BINDIR, "netbook", NULL);
  g_autofree char *found = g_find_program_in_path ("netbook");
  g_autofree char *program = NULL;

  if (g_file_test (installed, G_FILE_TEST_IS_EXECUTABLE) && g_strcmp0 (found, installed) != 0)
    program = quote_exec_argument (installed);
  else
    program = g_strdup ("netbook");

  return g_strconcat (program, " --background", NULL);
}

/**
 * nb_autostart_set_enabled:
 * @enabled: whether Netbook starts at login
 * @error: return location for an error
 *
 * Writes the autostart entry, or removes it.
 *
 * Returns: %TRUE on success (also when there was nothing to remove)
 */
gboolean
nb_autostart_set_enabled (gboolean   enabled,
                          GError   **error)
{
  g_autofree char *path = nb_autostart_get_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *command = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GKeyFile) entry = NULL;
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  if (!enabled)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s: %s", path, g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  command = nb_autostart_get_command ();
  entry = g_key_file_new ();
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_TYPE, G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_NAME, "Netbook");
  /* The application's desktop file says the same. */
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Keep in touch with the people you know: contacts, meals and birthdays"));
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_ICON, APP_ID);
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_EXEC, command);
  g_key_file_set_boolean (entry, group, G_KEY_FILE_DESKTOP_KEY_TERMINAL, FALSE);
  g_key_file_set_boolean (entry, group, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (entry, group, "X-GNOME-Autostart-enabled", TRUE);

  data = g_key_file_to_data (entry, NULL, NULL);
  return g_file_set_contents (path, data, -1, error);
}
