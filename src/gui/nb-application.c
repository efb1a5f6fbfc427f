/* nb-application.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-application"

/* How often accounts sync while Netbook runs, in seconds. */
#define SYNC_INTERVAL (15 * 60)

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "nb-application.h"
#include "nb-autostart.h"
#include "nb-birthday-notifier.h"
#include "nb-cli.h"
#include "nb-clock.h"
#include "nb-keep-in-touch-notifier.h"
#include "nb-window.h"

/**
 * NbApplication:
 *
 * Opens the store once, shows the window, announces birthdays and gives
 * the daily keep-in-touch digest, and runs the command line's headless
 * work (import, export) without touching the display.
 *
 * In the background (`netbook --background`, or the "run-in-background"
 * setting on), it holds itself: it runs without a window, gives the
 * reminders when they are due, and a window closed does not end it;
 * `netbook` again opens a window in the same process. The setting also
 * writes or removes the autostart entry that starts it at login.
 */
struct _NbApplication
{
  AdwApplication      parent_instance;

  char               *db_path;
  NbStore            *store;
  NbSyncManager      *sync_manager;
  GError             *store_error;
  GPtrArray          *pending_files;
  NbBirthdayNotifier *notifier;
  NbKeepInTouchNotifier *digest;
  GSettings          *settings;
  guint               sigterm_id;
  gboolean            start_in_background;  /* the first activation opens no window */
  gboolean            held;                 /* held in the background */
};

G_DEFINE_FINAL_TYPE (NbApplication, nb_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry main_entries[] = {
  { "import", 'i', 0, G_OPTION_ARG_NONE, NULL,
    N_("Import the FILEs (vCard contacts, iCalendar meals) into the database, print a summary and exit"), NULL },
  { "import-address-book", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List GNOME’s address books (those of GNOME Contacts and Evolution, online accounts "
       "included) and exit; followed by a NAME, import the address book of that name, print a "
       "summary and exit"), NULL },
  { "export", 'e', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export every contact (FILE.vcf), or every meal and birthday (FILE.ics), and exit"), N_("FILE") },
  { "vcard-version", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The vCard version to export: 3.0 (the default) or 4.0"), N_("VERSION") },
  { "add-account", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Add the CardDAV/CalDAV account at URL, reading its password from standard input, and exit"),
    N_("URL") },
  { "remove-account", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Remove the account at URL and its password from the keyring, and exit"), N_("URL") },
  { "user", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The user name of the account to add or remove"),
    N_("NAME") },
  { "sync", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Sync every account once, print what moved and exit"), NULL },
  { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Run without a window and give reminders when they are due; netbook again opens the window"),
    NULL },
  { "keep-in-touch", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print who is due to be in touch with, most overdue first, and exit: aligned columns on "
       "a terminal, tab-separated fields otherwise"), NULL },
  { "capture-interactions", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Count the past meetings with your contacts in FILE.ics, one of your calendars, as "
       "interactions (again after it changed), and exit; the file is only read"), N_("FILE") },
  { "forget-interactions", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Remove the interactions counted from FILE.ics, and exit"), N_("FILE") },
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use this database file instead of the one in your data folder"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static NbWindow *
get_window (NbApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return NB_IS_WINDOW (window) ? NB_WINDOW (window) : NULL;
}

static void
open_store (NbApplication *self)
{
  g_autofree char *path = NULL;

  if (self->store != NULL || self->store_error != NULL)
    return;

  path = self->db_path ? g_strdup (self->db_path) : nb_store_get_default_path ();
  self->store = nb_store_new (path, &self->store_error);
  if (self->store == NULL)
    g_printerr ("netbook: %s\n", self->store_error->message);
}

/* What runs as long as Netbook does, with a window or without: the
 * reminders, and sync on a timer. */
static void
start_services (NbApplication *self)
{
  open_store (self);
  if (self->store == NULL)
    return;

  if (self->notifier == NULL)
    {
      self->notifier = nb_birthday_notifier_new (G_APPLICATION (self), self->store);
      nb_birthday_notifier_start (self->notifier);
    }

  if (self->digest == NULL)
    {
      self->digest = nb_keep_in_touch_notifier_new (G_APPLICATION (self), self->store);
      nb_keep_in_touch_notifier_start (self->digest);
    }

  /* Sync on start, then on a timer; offline it only says so. */
  if (self->sync_manager == NULL)
    {
      self->sync_manager = nb_sync_manager_new (self->store);
      nb_sync_manager_set_interval (self->sync_manager, SYNC_INTERVAL);
      nb_sync_manager_sync (self->sync_manager);
    }
}

static NbWindow *
ensure_window (NbApplication *self)
{
  NbWindow *window = get_window (self);

  if (window == NULL)
    {
      open_store (self);
      window = nb_window_new (GTK_APPLICATION (self), self->store, self->store_error);
      start_services (self);
      if (self->sync_manager != NULL)
        nb_window_set_sync_manager (window, self->sync_manager);
    }

  return window;
}

/* Held, the application runs without a window. */
static void
set_held (NbApplication *self,
          gboolean       held)
{
  if (held == self->held)
    return;

  self->held = held;
  if (held)
    g_application_hold (G_APPLICATION (self));
  else
    g_application_release (G_APPLICATION (self));
}

static void
run_in_background_changed_cb (NbApplication *self)
{
  gboolean enabled = g_settings_get_boolean (self->settings, "run-in-background");
  g_autoptr(GError) error = NULL;

  if (!nb_autostart_set_enabled (enabled, &error))
    g_warning ("Could not change how Netbook starts at login: %s", error->message);

  /* Turned off, a window closed ends Netbook again, as does this change
   * when no window is open (netbook --background). */
  set_held (self, enabled);
}

static void
import_pending_files (NbApplication *self,
                      NbWindow      *window)
{
  if (self->pending_files == NULL || self->pending_files->len == 0)
    return;

  nb_window_import_files (window, (GFile **) self->pending_files->pdata, self->pending_files->len);
  g_ptr_array_set_size (self->pending_files, 0);
}

static void
nb_application_activate (GApplication *application)
{
  NbApplication *self = NB_APPLICATION (application);
  NbWindow *window;

  /* netbook --background: no window, only what runs without one. */
  if (self->start_in_background)
    {
      self->start_in_background = FALSE;
      set_held (self, TRUE);
      start_services (self);
      return;
    }

  window = ensure_window (self);

  gtk_window_present (GTK_WINDOW (window));
  import_pending_files (self, window);
}

static void
nb_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  NbApplication *self = NB_APPLICATION (application);
  NbWindow *window = ensure_window (self);

  gtk_window_present (GTK_WINDOW (window));
  nb_window_import_files (window, files, n_files);
}

static int
nb_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  NbApplication *self = NB_APPLICATION (application);
  g_autofree char *export_file = NULL;
  g_autofree char *vcard_version = NULL;
  g_autofree char *add_account = NULL;
  g_autofree char *remove_account = NULL;
  g_autofree char *user = NULL;
  g_autofree char *capture = NULL;
  g_autofree char *forget = NULL;
  g_auto(GStrv) files = NULL;
  gboolean import = FALSE;
  gboolean import_address_book = FALSE;
  gboolean sync = FALSE;
  gboolean background = FALSE;
  gboolean keep_in_touch = FALSE;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("netbook %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "database"))
    {
      g_clear_pointer (&self->db_path, g_free);
      g_variant_dict_lookup (options, "database", "^ay", &self->db_path);
    }
  g_variant_dict_lookup (options, "import", "b", &import);
  g_variant_dict_lookup (options, "import-address-book", "b", &import_address_book);
  g_variant_dict_lookup (options, "export", "^ay", &export_file);
  g_variant_dict_lookup (options, "vcard-version", "s", &vcard_version);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files);
  g_variant_dict_lookup (options, "add-account", "s", &add_account);
  g_variant_dict_lookup (options, "remove-account", "s", &remove_account);
  g_variant_dict_lookup (options, "user", "s", &user);
  g_variant_dict_lookup (options, "sync", "b", &sync);
  g_variant_dict_lookup (options, "background", "b", &background);
  g_variant_dict_lookup (options, "keep-in-touch", "b", &keep_in_touch);
  g_variant_dict_lookup (options, "capture-interactions", "^ay", &capture);
  g_variant_dict_lookup (options, "forget-interactions", "^ay", &forget);

  if (add_account != NULL)
    return nb_cli_add_account (self->db_path, add_account, user);
  if (remove_account != NULL)
    return nb_cli_remove_account (self->db_path, remove_account, user);
  if (sync)
    return nb_cli_sync (self->db_path);
  if (keep_in_touch)
    return nb_cli_keep_in_touch (self->db_path);
  if (capture != NULL)
    return nb_cli_capture (self->db_path, capture, FALSE);
  if (forget != NULL)
    return nb_cli_capture (self->db_path, forget, TRUE);

  /* Headless work: no window, no display needed. */
  if (import_address_book)
    {
      g_autofree char *name = NULL;

      if (files != NULL && files[0] != NULL && files[1] != NULL)
        {
          g_printerr ("netbook: %s\n", _("--import-address-book takes one name"));
          return 1;
        }
      /* The name comes in the locale's encoding, as any argument. */
      if (files != NULL && files[0] != NULL)
        name = g_locale_to_utf8 (files[0], -1, NULL, NULL, NULL);
      if (files != NULL && files[0] != NULL && name == NULL)
        name = g_utf8_make_valid (files[0], -1);
      return nb_cli_import_address_book (self->db_path, name);
    }
  if (import)
    return nb_cli_import (self->db_path, (const char * const *) files);

  if (export_file != NULL)
    {
      if (files != NULL && files[0] != NULL)
        {
          g_printerr ("netbook: %s\n", _("--export takes one file"));
          return 1;
        }
      return nb_cli_export (self->db_path, export_file, vcard_version);
    }

  /* `netbook --background`: the reminders without a window, in this
   * process if it is the first Netbook, else in the one already running,
   * which gives them already. */
  if (background)
    {
      g_autoptr(GError) error = NULL;

      if (files != NULL && files[0] != NULL)
        {
          g_printerr ("netbook: %s\n", _("--background takes no file"));
          return 1;
        }

      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("netbook: %s\n", error->message);
          return 1;
        }
      if (g_application_get_is_remote (application))
        return 0;

      open_store (self);
      if (self->store == NULL)
        return 1;

      self->start_in_background = TRUE;
      return G_APPLICATION_CLASS (nb_application_parent_class)->handle_local_options (application, options);
    }

  /* `netbook FILE…` opens the window and imports the files there, in the
   * running instance if there is one. */
  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; files[i]; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));

      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("netbook: %s\n", error->message);
          return 1;
        }

      if (g_application_get_is_remote (application))
        {
          g_application_open (application, (GFile **) gfiles->pdata, gfiles->len, "");
          return 0;
        }

      self->pending_files = g_steal_pointer (&gfiles);
    }

  return G_APPLICATION_CLASS (nb_application_parent_class)->handle_local_options (application, options);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  NbApplication *self = user_data;
  const char *developers[] = { "The Netbook Developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-icon", APP_ID,
                        "application-name", _("Netbook"),
                        "developer-name", _("The Netbook Developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Keep in touch with the people you know."),
                        "developers", developers,
                        /* Translators: your name and email, one translator a line. */
                        "translator-credits", _("translator-credits"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  NbApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Quit means quit, in the background too (until the next login, or the
   * next `netbook --background`). Closing, not quitting, so that each
   * window can ask about unsaved changes first; without a window left,
   * Netbook ends. */
  set_held (self, FALSE);
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

/* SIGTERM (the session ending, `kill`): the windows go without asking, as
 * their pending deletions are committed, and Netbook ends cleanly. */
static gboolean
sigterm_cb (gpointer user_data)
{
  NbApplication *self = user_data;
  GList *windows;

  set_held (self, FALSE);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (windows->data);
  g_application_quit (G_APPLICATION (self));

  return G_SOURCE_CONTINUE;
}

/* From a birthday notification: the card, or a meal planned today. */
static void
show_contact_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  NbApplication *self = user_data;
  NbWindow *window = ensure_window (self);

  gtk_window_present (GTK_WINDOW (window));
  nb_window_show_contact (window, g_variant_get_int64 (parameter));
}

static void
plan_meal_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  NbApplication *self = user_data;
  NbWindow *window = ensure_window (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = g_variant_get_int64 (parameter);

  gtk_window_present (GTK_WINDOW (window));
  g_array_append_val (ids, id);
  nb_window_plan_meal (window, NULL, ids);
}

/* From the daily digest: the keep-in-touch list. */
static void
show_keep_in_touch_action (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  NbApplication *self = user_data;
  NbWindow *window = ensure_window (self);

  gtk_window_present (GTK_WINDOW (window));
  /* The Keep in Touch view, where the window has it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "keep-in-touch");
}

/* From the daily digest: everyone due, snoozed until tomorrow. */
static void
snooze_keep_in_touch_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  NbApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  start_services (self);
  if (self->digest == NULL)
    return;

  if (nb_keep_in_touch_notifier_snooze_all (self->digest, &error) < 0)
    g_warning ("Could not snooze the people due: %s", error->message);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
  { "show-contact", show_contact_action, "x" },
  { "plan-meal", plan_meal_action, "x" },
  { "show-keep-in-touch", show_keep_in_touch_action },
  { "snooze-keep-in-touch", snooze_keep_in_touch_action },
};

static void
nb_application_startup (GApplication *application)
{
  NbApplication *self = NB_APPLICATION (application);
  const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (nb_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_window_set_default_icon_name (APP_ID);

  /* Only the first Netbook of a session gets here (the others hand their
   * command line to it). */
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::run-in-background",
                           G_CALLBACK (run_in_background_changed_cb), self, G_CONNECT_SWAPPED);
  set_held (self, g_settings_get_boolean (self->settings, "run-in-background"));
  self->sigterm_id = g_unix_signal_add (SIGTERM, sigterm_cb, self);
}

static void
nb_application_shutdown (GApplication *application)
{
  NbApplication *self = NB_APPLICATION (application);

  G_APPLICATION_CLASS (nb_application_parent_class)->shutdown (application);

  g_clear_handle_id (&self->sigterm_id, g_source_remove);
  g_clear_object (&self->notifier);
  g_clear_object (&self->digest);
  if (self->sync_manager != NULL)
    nb_sync_manager_cancel (self->sync_manager);
  g_clear_object (&self->sync_manager);
  g_clear_object (&self->store);
}

static void
nb_application_finalize (GObject *object)
{
  NbApplication *self = (NbApplication *) object;

  g_clear_handle_id (&self->sigterm_id, g_source_remove);
  g_clear_object (&self->notifier);
  g_clear_object (&self->digest);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_pointer (&self->pending_files, g_ptr_array_unref);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (nb_application_parent_class)->finalize (object);
}

static void
nb_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NbApplication *self = NB_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_string (value, self->db_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NbApplication *self = NB_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_free (self->db_path);
      self->db_path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_application_class_init (NbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = nb_application_finalize;
  object_class->get_property = nb_application_get_property;
  object_class->set_property = nb_application_set_property;
  app_class->activate = nb_application_activate;
  app_class->open = nb_application_open;
  app_class->startup = nb_application_startup;
  app_class->shutdown = nb_application_shutdown;
  app_class->handle_local_options = nb_application_handle_local_options;

  /**
   * NbApplication:database:
   *
   * The database file; %NULL for the default one in the user's data folder.
   * Set before the first window opens (or with --database).
   */
  properties[PROP_DATABASE] =
    g_param_spec_string ("database", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_application_init (NbApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Keep in touch with the people you know."));
}

/**
 * nb_application_new:
 * @application_id: the application id
 * @flags: flags; %G_APPLICATION_HANDLES_OPEN is added
 *
 * Returns: (transfer full): the application
 */
NbApplication *
nb_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  return g_object_new (NB_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/example/Netbook",
                       NULL);
}

/**
 * nb_application_get_store:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): the store, once a window opened it
 */
NbStore *
nb_application_get_store (NbApplication *self)
{
  g_return_val_if_fail (NB_IS_APPLICATION (self), NULL);

  return self->store;
}


/**
 * nb_application_get_birthday_notifier:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): what announces birthdays, once a
 *   window opened the store
 */
NbBirthdayNotifier *
nb_application_get_birthday_notifier (NbApplication *self)
{
  g_return_val_if_fail (NB_IS_APPLICATION (self), NULL);

  return self->notifier;
}

/**
 * nb_application_get_keep_in_touch_notifier:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): what gives the daily keep-in-touch
 *   digest, once the store is open
 */
NbKeepInTouchNotifier *
nb_application_get_keep_in_touch_notifier (NbApplication *self)
{
  g_return_val_if_fail (NB_IS_APPLICATION (self), NULL);

  return self->digest;
}
