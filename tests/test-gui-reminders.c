/* test-gui-reminders.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/prctl.h>

#include "nb-autostart.h"
#include "nb-clock.h"
#include "nb-gui-test-util.h"
#include "nb-keep-in-touch-notifier.h"
#include "nb-preferences-window.h"
#include "nb-test-util.h"

/* The reminders that reach you: the daily keep-in-touch digest through a
 * notification server of the test's own, the autostart entry of "Run in
 * Background", and `netbook --background`, the real binary on a D-Bus
 * session of its own. The clock is fixed: Wednesday, November 25, 2026,
 * 10:00; the digest's time is 9:00 unless a test says otherwise. */

typedef NbGuiFixture Fixture;

static void
set_now (int day,
         int month,
         int hour,
         int minute)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, month, day, hour, minute, 0);

  nb_clock_set_fixed (now);
}

/* Someone last called @days_ago days before November 25. */
static gint64
add_person (NbStore    *store,
            const char *name,
            int         days_ago)
{
  g_autoptr(GDateTime) base = g_date_time_new_local (2026, 11, 25, 10, 0, 0);
  g_autoptr(GDateTime) when = g_date_time_add_days (base, -days_ago);
  g_autoptr(GError) error = NULL;
  gint64 id = nb_test_add_contact (store, name, NULL);

  g_assert_true (nb_store_log_interaction (store, id, when, NB_INTERACTION_CALL, NULL, &error));
  g_assert_no_error (error);

  return id;
}

static gint64
count_due (NbStore *store)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GError) error = NULL;
  gint64 n = nb_store_count_due (store, now, 30, &error);

  g_assert_no_error (error);
  return n;
}

static char *
title_for (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person to get back in touch with",
                                       "%u people to get back in touch with", n), n);
}

static NbKeepInTouchNotifier *
notifier_of (Fixture *fixture)
{
  NbKeepInTouchNotifier *notifier = nb_application_get_keep_in_touch_notifier (fixture->app);

  g_assert_nonnull (notifier);
  return notifier;
}

typedef struct
{
  NbStore *store;
  gint64   n;
} DueCount;

static gboolean
due_is (gpointer data)
{
  DueCount *due = data;

  return count_due (due->store) == due->n;
}

static gboolean
closed_one (gpointer data)
{
  return ((NbNotificationServer *) data)->n_closed >= 1;
}

/* Two people due: one digest naming both, once that day, whoever asks;
 * again the next day, with a third; "Snooze All for a Day" snoozes them. */
static void
test_digest (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(NbNotificationServer) server = nb_notification_server_new (NULL);
  g_autofree char *two = title_for (2);
  g_autofree char *three = title_for (3);
  g_autofree char *both = NULL;
  g_autofree char *and_more = NULL;
  NbKeepInTouchNotifier *notifier = notifier_of (fixture);

  if (server == NULL)
    {
      g_test_skip ("no D-Bus session bus");
      return;
    }

  /* Translators' forms, as the notifier builds them. */
  both = g_strdup_printf (_("%1$s and %2$s"), "Ada Lovelace", "Alan Turing");
  and_more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s, %2$s and %3$u more",
                                           "%1$s, %2$s and %3$u more", 1),
                              "Ada Lovelace", "Alan Turing", 1u);

  /* Every 30 days by default: Ada is the more overdue; Grace is due in
   * five days. */
  add_person (fixture->store, "Alan Turing", 60);
  add_person (fixture->store, "Ada Lovelace", 90);
  add_person (fixture->store, "Grace Hopper", 25);
  g_assert_cmpint (count_due (fixture->store), ==, 2);

  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier), ==, 2);
  nb_notification_server_wait (server, 1);
  g_assert_cmpstr (g_ptr_array_index (server->summaries, 0), ==, two);
  g_assert_cmpstr (g_ptr_array_index (server->bodies, 0), ==, both);
  g_assert_true (nb_notification_server_has_action (server, 0, "default"));
  g_assert_true (nb_notification_server_has_action (server, 0, "app.snooze-keep-in-touch"));

  /* Once a day: not again from this process, nor from another connection
   * to the database (another Netbook started that day). */
  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier), ==, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NbStore) other = nb_store_new (nb_store_get_path (fixture->store), &error);
    g_autoptr(NbKeepInTouchNotifier) again = NULL;

    g_assert_no_error (error);
    again = nb_keep_in_touch_notifier_new (G_APPLICATION (fixture->app), other);
    nb_keep_in_touch_notifier_start (again);
    g_assert_cmpint (nb_keep_in_touch_notifier_check (again), ==, 0);
  }
  nb_gui_settle ();
  g_assert_cmpuint (server->summaries->len, ==, 1);

  /* The next day, before its time: nothing. Five days later, at 9:00,
   * Grace is due too, and the digest names the two most overdue. */
  set_now (26, 11, 8, 59);
  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier), ==, 0);
  set_now (30, 11, 9, 0);
  g_assert_cmpint (count_due (fixture->store), ==, 3);
  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier), ==, 3);
  nb_notification_server_wait (server, 2);
  g_assert_cmpstr (g_ptr_array_index (server->summaries, 1), ==, three);
  g_assert_cmpstr (g_ptr_array_index (server->bodies, 1), ==, and_more);

  /* "Snooze All for a Day", pressed on the notification: nobody is due
   * until tomorrow, and the notification goes. */
  nb_notification_server_invoke (server, 1, "app.snooze-keep-in-touch");
  {
    DueCount none = { fixture->store, 0 };

    nb_test_wait_for (due_is, &none);
  }
  nb_test_wait_for (closed_one, server);
  set_now (1, 12, 9, 0);
  g_assert_cmpint (count_due (fixture->store), ==, 3);
  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier), ==, 3);
  nb_notification_server_wait (server, 3);

  set_now (25, 11, 10, 0);
}

/* One person: named in the title, the reason in the body. */
static void
test_one (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(NbNotificationServer) server = nb_notification_server_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(NbKeepInTouchEntry) entry = NULL;
  g_autoptr(GDateTime) now = NULL;
  gint64 ada;

  if (server == NULL)
    {
      g_test_skip ("no D-Bus session bus");
      return;
    }

  ada = add_person (fixture->store, "Ada Lovelace", 45);
  now = nb_clock_get_now ();
  entry = nb_store_get_keep_in_touch (fixture->store, ada, now, 30, NULL);
  g_assert_nonnull (entry);
  reason = nb_keep_in_touch_entry_describe (entry);
  title = g_strdup_printf (_("Time to get back in touch with %s"), "Ada Lovelace");

  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier_of (fixture)), ==, 1);
  nb_notification_server_wait (server, 1);
  g_assert_cmpstr (g_ptr_array_index (server->summaries, 0), ==, title);
  g_assert_cmpstr (g_ptr_array_index (server->bodies, 0), ==, reason);

  /* Clicked: the window comes back, even after it was closed. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  nb_gui_settle ();
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  nb_notification_server_invoke (server, 0, "default");
  fixture->window = NB_WINDOW (nb_gui_wait_for_window (NB_TYPE_WINDOW));
}

/* Silent when nobody is due, when turned off, and before its time. */
static void
test_quiet (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(NbNotificationServer) server = nb_notification_server_new (NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  NbKeepInTouchNotifier *notifier = notifier_of (fixture);

  if (server == NULL)
    {
      g_test_skip ("no D-Bus session bus");
      return;
    }

  /* In touch last week: not due. */
  add_person (fixture->store, "Grace Hopper", 7);
  g_assert_cmpint (count_due (fixture->store), ==, 0);
  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier), ==, 0);

  /* Nothing was noted for the day: someone due later that day (here, a
   * rhythm of a week) is still announced. */
  g_settings_set_int (settings, "default-cadence-days", 7);
  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier), ==, 1);
  nb_notification_server_wait (server, 1);
  g_settings_reset (settings, "default-cadence-days");

  /* Turned off: nothing, on a day someone is due. */
  add_person (fixture->store, "Ada Lovelace", 90);
  set_now (26, 11, 10, 0);
  g_settings_set_boolean (settings, "digest-enabled", FALSE);
  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier), ==, 0);
  g_settings_reset (settings, "digest-enabled");

  /* At 11:30 rather than 9:00: not at 10:00, at 11:30 yes. */
  g_settings_set_int (settings, "digest-time", 11 * 60 + 30);
  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier), ==, 0);
  set_now (26, 11, 11, 30);
  g_assert_cmpint (nb_keep_in_touch_notifier_check (notifier), ==, 1);
  g_settings_reset (settings, "digest-time");

  nb_notification_server_wait (server, 2);
  nb_gui_settle ();
  g_assert_cmpuint (server->summaries->len, ==, 2);
  set_now (25, 11, 10, 0);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static gboolean
file_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

/* "Run in Background" in Preferences writes the autostart entry, with
 * `netbook --background`, and turned off removes it; the daily reminder's
 * switch and time. */
static void
test_autostart (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = nb_autostart_get_path ();
  g_autofree char *expected_path = g_build_filename (g_get_user_config_dir (), "autostart",
                                                     "org.example.Netbook.desktop", NULL);
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *validate = NULL;
  g_auto(GStrv) argv = NULL;
  GtkWidget *preferences;
  GtkWidget *row;
  GtkWidget *toggle;

  g_assert_cmpstr (path, ==, expected_path);
  g_unlink (path);
  g_assert_false (g_settings_get_boolean (settings, "run-in-background"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preferences", NULL);
  preferences = GTK_WIDGET (nb_gui_wait_for_window (NB_TYPE_PREFERENCES_WINDOW));
  row = nb_gui_wait_for_widget (preferences, ADW_TYPE_ACTION_ROW, "title", _("Run in Bac_kground"));
  toggle = nb_gui_find_widget (row, GTK_TYPE_SWITCH, NULL, NULL, TRUE);
  g_assert_nonnull (toggle);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));

  adw_action_row_activate (ADW_ACTION_ROW (row));
  nb_gui_settle ();
  g_assert_true (g_settings_get_boolean (settings, "run-in-background"));
  nb_test_wait_for (file_exists, path);

  g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  exec = g_key_file_get_string (entry, "Desktop Entry", "Exec", &error);
  g_assert_no_error (error);
  g_shell_parse_argv (exec, NULL, &argv, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (argv), ==, 2);
  g_assert_true (g_str_equal (argv[0], "netbook") ||
                 g_str_equal (argv[0], BINDIR G_DIR_SEPARATOR_S "netbook"));
  g_assert_cmpstr (argv[1], ==, "--background");
  g_assert_cmpstr (g_key_file_get_value (entry, "Desktop Entry", "Type", NULL), ==, "Application");
  g_assert_true (g_key_file_get_boolean (entry, "Desktop Entry", "X-GNOME-Autostart-enabled", NULL));
  g_assert_true (g_key_file_get_boolean (entry, "Desktop Entry", "NoDisplay", NULL));

  /* As a session reads it. */
  validate = g_find_program_in_path ("desktop-file-validate");
  if (validate != NULL)
    {
      const char *validate_argv[] = { validate, path, NULL };
      g_autofree char *out = NULL;
      int status;

      g_spawn_sync (NULL, (char **) validate_argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                    NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }

  adw_action_row_activate (ADW_ACTION_ROW (row));
  nb_gui_settle ();
  g_assert_false (g_settings_get_boolean (settings, "run-in-background"));
  nb_test_wait_for (file_gone, path);

  /* The reminder's time: an hour and minutes, one setting. */
  row = nb_gui_find_widget (preferences, ADW_TYPE_ACTION_ROW, "title", _("Reminder _Time"), TRUE);
  g_assert_nonnull (row);
  {
    GtkWidget *hour = nb_gui_find_widget (row, GTK_TYPE_SPIN_BUTTON, NULL, NULL, TRUE);
    GtkWidget *minute;
    GtkWidget *daily = nb_gui_find_widget (preferences, ADW_TYPE_ACTION_ROW, "title", _("_Daily Reminder"),
                                           TRUE);

    g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (hour)), ==, 9);
    for (minute = gtk_widget_get_next_sibling (hour); !GTK_IS_SPIN_BUTTON (minute);
         minute = gtk_widget_get_next_sibling (minute))
      ;
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (hour), 7);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (minute), 45);
    g_assert_cmpint (g_settings_get_int (settings, "digest-time"), ==, 7 * 60 + 45);
    g_settings_set_int (settings, "digest-time", 18 * 60 + 5);
    g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (hour)), ==, 18);
    g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (minute)), ==, 5);
    g_settings_reset (settings, "digest-time");

    /* Off, the time cannot be set. */
    adw_action_row_activate (ADW_ACTION_ROW (daily));
    g_assert_false (g_settings_get_boolean (settings, "digest-enabled"));
    g_assert_false (gtk_widget_is_sensitive (row));
    g_settings_reset (settings, "digest-enabled");
    g_assert_true (gtk_widget_is_sensitive (row));
  }

  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* ---------------------------------------------------------------------- */
/* netbook --background, the real binary                                    */

typedef struct
{
  char                 *dir;
  char                 *db;
  GSubprocess          *bus_daemon;
  char                 *address;
  GDBusConnection      *bus;
  NbNotificationServer *server;
  gboolean              owned;
  guint                 watch_id;
} Session;

static void
appeared_cb (GDBusConnection *connection,
             const char      *name,
             const char      *owner,
             gpointer         user_data)
{
  ((Session *) user_data)->owned = TRUE;
}

static void
vanished_cb (GDBusConnection *connection,
             const char      *name,
             gpointer         user_data)
{
  ((Session *) user_data)->owned = FALSE;
}

/* The processes a test starts end with it, however it ends. */
static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* A D-Bus session of the test's own, with a notification server. */
static void
session_start (Session *session)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);

  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);

  session->dir = g_dir_make_tmp ("netbook-background-XXXXXX", &error);
  g_assert_no_error (error);
  session->db = g_build_filename (session->dir, "netbook.db", NULL);

  session->bus_daemon = g_subprocess_launcher_spawn (launcher, &error, "dbus-daemon", "--session", "--nofork",
                                                     "--print-address=1", NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (session->bus_daemon));
  session->address = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (session->address);

  session->bus = g_dbus_connection_new_for_address_sync (session->address,
                                                         G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                         G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                         NULL, NULL, &error);
  g_assert_no_error (error);
  session->server = nb_notification_server_new (session->bus);
  session->watch_id = g_bus_watch_name_on_connection (session->bus, "org.example.Netbook",
                                                      G_BUS_NAME_WATCHER_FLAGS_NONE, appeared_cb, vanished_cb,
                                                      session, NULL);
}

static void
session_stop (Session *session)
{
  g_autoptr(GFile) dir = g_file_new_for_path (session->dir);
  g_autoptr(GFileEnumerator) children = NULL;
  GFile *child;

  g_bus_unwatch_name (session->watch_id);
  g_clear_pointer (&session->server, nb_notification_server_free);
  g_dbus_connection_close_sync (session->bus, NULL, NULL);
  g_clear_object (&session->bus);
  g_subprocess_force_exit (session->bus_daemon);
  g_subprocess_wait (session->bus_daemon, NULL, NULL);
  g_clear_object (&session->bus_daemon);

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, 0, NULL, NULL);
  while (g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child)
    g_file_delete (child, NULL, NULL);
  g_file_delete (dir, NULL, NULL);
  g_free (session->dir);
  g_free (session->db);
  g_free (session->address);
}

/* netbook (or gapplication) with @now as its clock, on the session. */
static GSubprocess *
session_spawn (Session     *session,
               const char  *now,
               const char  *first_arg,
               ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *config = g_build_filename (session->dir, "config", NULL);
  GSubprocess *process;
  va_list args;

  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", session->address, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  g_subprocess_launcher_setenv (launcher, "NETBOOK_NOW", now, TRUE);
  /* The binary reads its translations where it is installed, which a
   * build's test cannot count on: it speaks English here (the German
   * wording is tested in this process, with the build's catalogs). */
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");

  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  return process;
}

static gboolean
is_owned_session (gpointer data)
{
  return ((Session *) data)->owned;
}

static gboolean
is_gone_session (gpointer data)
{
  return !((Session *) data)->owned;
}

static void
waited_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, &error);
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Waits for a process of the test's to end, and says how. (Asynchronously:
 * the windows' main loop goes on meanwhile, and the process's end wakes it
 * up.) */
static int
wait_exit (GSubprocess *process)
{
  gboolean done = FALSE;

  g_subprocess_wait_async (process, NULL, waited_cb, &done);
  nb_test_wait_for (is_true, &done);
  g_assert_true (g_subprocess_get_if_exited (process));

  return g_subprocess_get_exit_status (process);
}

/* How many windows the running Netbook has: GtkApplication puts each on
 * the bus, under /org/example/Netbook/window/. */
static guint
count_windows (Session *session)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GDBusNodeInfo) node = NULL;
  g_autoptr(GError) error = NULL;
  const char *xml;
  guint n = 0;

  reply = g_dbus_connection_call_sync (session->bus, "org.example.Netbook", "/org/example/Netbook/window",
                                       "org.freedesktop.DBus.Introspectable", "Introspect", NULL,
                                       G_VARIANT_TYPE ("(s)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(&s)", &xml);
  node = g_dbus_node_info_new_for_xml (xml, &error);
  g_assert_no_error (error);
  for (guint i = 0; node->nodes != NULL && node->nodes[i] != NULL; i++)
    n++;

  return n;
}

typedef struct
{
  Session *session;
  guint    n;
} Windows;

static gboolean
has_windows (gpointer data)
{
  Windows *windows = data;

  return count_windows (windows->session) == windows->n;
}

/* Whatever the running Netbook did on starting is done once it answers a
 * call its main loop dispatches. */
static void
sync_with_netbook (Session *session)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_sync (session->bus, "org.example.Netbook", "/org/example/Netbook",
                                       "org.gtk.Actions", "List", NULL, G_VARIANT_TYPE ("(as)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  nb_gui_settle ();
}

static guint32
owner_pid (Session *session)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  guint32 pid;

  reply = g_dbus_connection_call_sync (session->bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                       g_variant_new ("(s)", "org.example.Netbook"), G_VARIANT_TYPE ("(u)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &pid);

  return pid;
}

/* netbook --background: no window, the digest when due, held; netbook
 * again opens the window in that process; SIGTERM and the quit action end
 * it cleanly; the next start that day says nothing, the next day again. */
static void
test_background (void)
{
  const char *netbook = g_getenv ("NETBOOK_BIN");
  /* In English: see session_spawn(). */
  g_autofree char *two = g_strdup_printf ("%u people to get back in touch with", 2);
  g_autofree char *config_autostart = NULL;
  Session session = { 0 };
  GSubprocess *background, *second;
  Windows one = { &session, 1 };
  g_autofree char *pid = NULL;

  if (netbook == NULL)
    {
      g_test_skip ("NETBOOK_BIN is not set");
      return;
    }
  if (g_find_program_in_path ("dbus-daemon") == NULL)
    {
      g_test_skip ("no dbus-daemon");
      return;
    }

  session_start (&session);
  g_test_message ("session started");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NbStore) store = nb_store_new (session.db, &error);

    g_assert_no_error (error);
    add_person (store, "Ada Lovelace", 90);
    add_person (store, "Alan Turing", 60);
  }

  g_test_message ("netbook --background");
  background = session_spawn (&session, "2026-11-25T10:00:00", netbook, "--background", "--database",
                              session.db, NULL);
  nb_test_wait_for (is_owned_session, &session);
  g_test_message ("running");
  pid = g_strdup (g_subprocess_get_identifier (background));
  g_assert_cmpuint (owner_pid (&session), ==, (guint32) g_ascii_strtoull (pid, NULL, 10));

  /* The digest, without a window. */
  nb_notification_server_wait (session.server, 1);
  g_assert_cmpstr (g_ptr_array_index (session.server->summaries, 0), ==, two);
  sync_with_netbook (&session);
  g_assert_cmpuint (count_windows (&session), ==, 0);

  g_test_message ("no window");
  /* A second --background leaves it be. */
  second = session_spawn (&session, "2026-11-25T10:00:00", netbook, "--background", NULL);
  g_assert_cmpint (wait_exit (second), ==, 0);
  g_test_message ("second done");
  g_clear_object (&second);
  sync_with_netbook (&session);
  g_assert_cmpuint (count_windows (&session), ==, 0);

  /* netbook: the window, in the process already running. */
  second = session_spawn (&session, "2026-11-25T10:00:00", netbook, NULL);
  g_assert_cmpint (wait_exit (second), ==, 0);
  g_clear_object (&second);
  nb_test_wait_for (has_windows, &one);
  g_assert_cmpuint (owner_pid (&session), ==, (guint32) g_ascii_strtoull (pid, NULL, 10));

  /* Closing the window (the quit action closes them all) would end it; a
   * window closed by the window manager leaves it running: --background
   * holds it. Here, SIGTERM: it ends cleanly, window and all. */
  g_subprocess_send_signal (background, SIGTERM);
  g_assert_cmpint (wait_exit (background), ==, 0);
  g_clear_object (&background);
  nb_test_wait_for (is_gone_session, &session);

  /* Again that day: nothing more. The quit action ends it. */
  background = session_spawn (&session, "2026-11-25T11:00:00", netbook, "--background", "--database",
                              session.db, NULL);
  nb_test_wait_for (is_owned_session, &session);
  sync_with_netbook (&session);
  g_assert_cmpuint (session.server->summaries->len, ==, 1);
  g_assert_cmpuint (count_windows (&session), ==, 0);
  second = session_spawn (&session, "2026-11-25T11:00:00", "gapplication", "action", "org.example.Netbook",
                          "quit", NULL);
  g_assert_cmpint (wait_exit (second), ==, 0);
  g_clear_object (&second);
  g_assert_cmpint (wait_exit (background), ==, 0);
  g_clear_object (&background);
  nb_test_wait_for (is_gone_session, &session);

  /* The next day: the digest again. */
  background = session_spawn (&session, "2026-11-26T09:30:00", netbook, "--background", "--database",
                              session.db, NULL);
  nb_notification_server_wait (session.server, 2);
  g_assert_cmpstr (g_ptr_array_index (session.server->summaries, 1), ==, two);
  g_subprocess_send_signal (background, SIGTERM);
  g_assert_cmpint (wait_exit (background), ==, 0);
  g_clear_object (&background);

  /* It wrote no autostart entry: only the setting does. */
  config_autostart = g_build_filename (session.dir, "config", "autostart", NULL);
  g_assert_false (g_file_test (config_autostart, G_FILE_TEST_EXISTS));

  session_stop (&session);
}

int
main (int   argc,
      char *argv[])
{
  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  set_now (25, 11, 10, 0);

  g_test_add ("/gui/reminders/digest", Fixture, NULL,
              nb_gui_fixture_set_up, test_digest, nb_gui_fixture_tear_down);
  g_test_add ("/gui/reminders/one", Fixture, NULL,
              nb_gui_fixture_set_up, test_one, nb_gui_fixture_tear_down);
  g_test_add ("/gui/reminders/quiet", Fixture, NULL,
              nb_gui_fixture_set_up, test_quiet, nb_gui_fixture_tear_down);
  g_test_add ("/gui/reminders/autostart", Fixture, NULL,
              nb_gui_fixture_set_up, test_autostart, nb_gui_fixture_tear_down);
  g_test_add_func ("/gui/reminders/background", test_background);

  return g_test_run ();
}
