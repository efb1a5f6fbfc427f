/* nb-gui-test-util.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "nb-gui-test-util.h"
#include "nb-test-util.h"

/* What the GUI tests share: the application set up on a database of each
 * test's own, and finding, waiting for and using widgets as a person
 * would. */

/**
 * nb_gui_test_init:
 *
 * Sets up GTest, the locale with the build's translations, GTK and
 * libadwaita.
 *
 * Returns: %FALSE, having said so, when there is no display to test on
 */
gboolean
nb_gui_test_init (int    *argc,
                  char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no X display\n");
      return FALSE;
    }

  setlocale (LC_ALL, "");
  /* The build's translations, when a test runs in another language. */
  if (g_getenv ("NETBOOK_TEST_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("NETBOOK_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();

  /* Without animations, AdwAnimation ends at once. libadwaita 1.2.2 frees a
   * toast without stopping its show animation, whose end then reads freed
   * memory; under Xvfb the frame clock can hold that animation back until
   * after the toast is gone. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  return TRUE;
}

static gboolean
window_sized (gpointer data)
{
  GtkWindow *window = data;
  int width = 0, height = 0;

  /* The default size counts the frame (its border), the widget not. */
  gtk_window_get_default_size (window, &width, &height);
  return gtk_widget_get_mapped (GTK_WIDGET (window)) &&
         gtk_widget_get_width (GTK_WIDGET (window)) >= width - 50 &&
         gtk_widget_get_height (GTK_WIDGET (window)) >= height - 50;
}

void
nb_gui_fixture_set_up (NbGuiFixture  *fixture,
                       gconstpointer  data)
{
  static guint n_apps;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *app_id = g_strdup_printf ("org.example.Netbook.Test%u", ++n_apps);

  /* A database of the test's own. (G_TEST_OPTION_ISOLATE_DIRS would hide
   * the system's MIME database, which GTK needs to load icons.) */
  fixture->dir = g_dir_make_tmp ("netbook-gui-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (fixture->dir, "netbook.db", NULL);

  /* A registered application is only let go of at shutdown, which is part
   * of g_application_run(): each test has an application of its own. */
  fixture->app = nb_application_new (app_id, G_APPLICATION_NON_UNIQUE);
  g_object_set (fixture->app, "database", db, NULL);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (fixture->app));

  fixture->window = NB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  g_assert_nonnull (fixture->window);
  fixture->store = nb_window_get_store (fixture->window);
  g_assert_nonnull (fixture->store);

  g_assert_cmpstr (nb_store_get_path (fixture->store), ==, db);
  nb_gui_settle ();

  /* The X server sizes the window a moment after it is shown: tests that
   * point at widgets start once it has its size. */
  nb_test_wait_for (window_sized, fixture->window);
  nb_gui_settle ();
}

void
nb_gui_fixture_tear_down (NbGuiFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  g_autoptr(GFileEnumerator) children = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GFile *child;

  /* Dialogs a test left open go first. */
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  fixture->window = NULL;
  nb_gui_settle ();
  g_clear_object (&fixture->app);

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, 0, NULL, NULL);
  while (g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child)
    g_file_delete (child, NULL, NULL);
  g_file_delete (dir, NULL, NULL);
  g_free (fixture->dir);
}

void
nb_gui_settle (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE));
}

static gboolean
widget_matches (GtkWidget  *widget,
                GType       type,
                const char *property,
                const char *value)
{
  g_autofree char *text = NULL;

  if (!g_type_is_a (G_OBJECT_TYPE (widget), type))
    return FALSE;
  if (property == NULL)
    return TRUE;
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (widget), property) == NULL)
    return FALSE;

  g_object_get (widget, property, &text, NULL);
  return g_strcmp0 (text, value) == 0;
}

/**
 * nb_gui_find_widget:
 *
 * Returns: (transfer none) (nullable): the first widget under @root, in
 *   tree order, of @type whose string @property is @value (any, without a
 *   @property); only mapped ones (what is on screen) when @mapped
 */
GtkWidget *
nb_gui_find_widget (GtkWidget  *root,
                    GType       type,
                    const char *property,
                    const char *value,
                    gboolean    mapped)
{
  if ((!mapped || gtk_widget_get_mapped (root)) && widget_matches (root, type, property, value))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = nb_gui_find_widget (child, type, property, value, mapped);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  GType       type;
  const char *property;
  const char *value;
  GtkWidget  *found;
} Lookup;

static gboolean
lookup_done (gpointer data)
{
  Lookup *lookup = data;

  lookup->found = nb_gui_find_widget (lookup->root, lookup->type, lookup->property, lookup->value, TRUE);
  return lookup->found != NULL;
}

/**
 * nb_gui_wait_for_widget:
 *
 * Waits until such a widget is on screen, failing after a while.
 *
 * Returns: (transfer none): the widget
 */
GtkWidget *
nb_gui_wait_for_widget (gpointer    root,
                        GType       type,
                        const char *property,
                        const char *value)
{
  Lookup lookup = { GTK_WIDGET (root), type, property, value, NULL };

  g_test_message ("waiting for %s with %s “%s”", g_type_name (type), property, value);
  nb_test_wait_for (lookup_done, &lookup);
  g_assert_nonnull (lookup.found);
  return lookup.found;
}

static gboolean
lookup_gone (gpointer data)
{
  return !lookup_done (data);
}

/**
 * nb_gui_wait_for_widget_gone:
 *
 * Waits until no such widget is on screen (a list updated by a worker
 * thread), failing after a while.
 */
void
nb_gui_wait_for_widget_gone (gpointer    root,
                             GType       type,
                             const char *property,
                             const char *value)
{
  Lookup lookup = { GTK_WIDGET (root), type, property, value, NULL };

  g_test_message ("waiting for no %s with %s “%s”", g_type_name (type), property, value);
  nb_test_wait_for (lookup_gone, &lookup);
}

/**
 * nb_gui_wait_for_window:
 * @type: the type of a window, such as a dialog
 *
 * Returns: (transfer none): the first visible window of @type, once there
 *   is one
 */
GtkWindow *
nb_gui_wait_for_window (GType type)
{
  for (guint tries = 0; tries < 200; tries++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

          if (g_type_is_a (G_OBJECT_TYPE (window), type) && gtk_widget_get_visible (window))
            return GTK_WINDOW (window);
        }
      g_main_context_iteration (NULL, TRUE);
    }

  g_error ("No %s appeared", g_type_name (type));
}

static gboolean
no_window_of_type (gpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (window), type))
        return FALSE;
    }

  return TRUE;
}

/**
 * nb_gui_wait_window_gone:
 * @type: the type of a window, such as a dialog
 *
 * Waits until no window of @type is left.
 */
void
nb_gui_wait_window_gone (GType type)
{
  nb_test_wait_for (no_window_of_type, GSIZE_TO_POINTER (type));
}

void
nb_gui_click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  nb_gui_settle ();
}

typedef struct
{
  guint frames;
  guint wanted;
} FrameWait;

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  FrameWait *wait = user_data;

  wait->frames++;
  return G_SOURCE_CONTINUE;
}

static gboolean
enough_frames (gpointer data)
{
  FrameWait *wait = data;

  return wait->frames >= wait->wanted;
}

/**
 * nb_gui_wait_frames:
 * @widget: a widget on screen
 * @n: how many frames
 *
 * Runs the main loop until @widget's frame clock has drawn @n frames: by
 * then what was queued is laid out.
 */
void
nb_gui_wait_frames (GtkWidget *widget,
                    guint      n)
{
  FrameWait wait = { 0, n };
  guint id = gtk_widget_add_tick_callback (widget, count_frame_cb, &wait, NULL);

  nb_test_wait_for (enough_frames, &wait);
  gtk_widget_remove_tick_callback (widget, id);
}

/* The centre of @widget, in the coordinates of its X window. */
static void
x11_centre (GtkWidget *widget,
            gulong    *xid,
            int       *x,
            int       *y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_rect_t bounds;
  double dx, dy;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (native), &bounds));
  gtk_native_get_surface_transform (native, &dx, &dy);
  *xid = gdk_x11_surface_get_xid (gtk_native_get_surface (native));
  *x = (int) (dx + bounds.origin.x + bounds.size.width / 2);
  *y = (int) (dy + bounds.origin.y + bounds.size.height / 2);
}

static void
subprocess_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  gboolean *done = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/**
 * nb_gui_xdotool:
 * @first: the first argument of xdotool
 * @...: the others, then %NULL
 *
 * Runs xdotool, the real mouse and keyboard of the X server, while the
 * main loop runs, so that the application sees what it does.
 */
void
nb_gui_xdotool (const char *first,
                ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) xdotool = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;
  va_list args;

  g_ptr_array_add (argv, (char *) "xdotool");
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  xdotool = g_subprocess_newv ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);

  g_subprocess_wait_async (xdotool, NULL, subprocess_done_cb, &done);
  nb_test_wait_for (is_true, &done);
  g_assert_true (g_subprocess_get_successful (xdotool));
  nb_gui_settle ();
}

/**
 * nb_gui_mouse_click:
 * @widget: a widget on screen
 *
 * Clicks the middle of @widget with the real mouse of the X server
 * (xdotool), as a person would, unlike nb_gui_click(), which only says it
 * was clicked.
 */
void
nb_gui_mouse_click (GtkWidget *widget)
{
  g_autofree char *xid_text = NULL, *x_text = NULL, *y_text = NULL;
  gulong xid;
  int x, y;

  nb_gui_wait_frames (widget, 3);
  g_assert_true (gtk_widget_get_width (widget) > 0);
  x11_centre (widget, &xid, &x, &y);
  xid_text = g_strdup_printf ("%lu", xid);
  x_text = g_strdup_printf ("%d", x);
  y_text = g_strdup_printf ("%d", y);

  nb_gui_xdotool ("mousemove", "--window", xid_text, x_text, y_text, "sleep", "0.2",
                  "click", "1", NULL);
  nb_gui_settle ();
}

/**
 * nb_gui_drag:
 * @from: the widget to drag
 * @to: the widget to drop it on
 *
 * Drags @from onto @to with the real mouse of the X server (xdotool), as a
 * person would: press, move past the drag threshold, move over @to,
 * release. The main loop runs meanwhile, so that the application sees it.
 */
void
nb_gui_drag (GtkWidget *from,
             GtkWidget *to)
{
  g_autofree char *start = NULL, *nudge = NULL, *middle = NULL, *end = NULL, *xid_from = NULL, *xid_to = NULL;
  gulong from_xid, to_xid;
  int fx, fy, tx, ty;

  /* Where the widgets are once a frame or two has laid them out. */
  nb_gui_wait_frames (to, 3);
  g_assert_true (gtk_widget_get_width (from) > 0 && gtk_widget_get_width (to) > 0);
  x11_centre (from, &from_xid, &fx, &fy);
  x11_centre (to, &to_xid, &tx, &ty);

  xid_from = g_strdup_printf ("%lu", from_xid);
  xid_to = g_strdup_printf ("%lu", to_xid);
  start = g_strdup_printf ("%d", fx);
  nudge = g_strdup_printf ("%d", fx + 20);
  middle = g_strdup_printf ("%d", (fx + tx) / 2);
  end = g_strdup_printf ("%d", tx);

  g_test_message ("dragging from (%d, %d) to (%d, %d)", fx, fy, tx, ty);
  {
    g_autofree char *fy_text = g_strdup_printf ("%d", fy);
    g_autofree char *ty_text = g_strdup_printf ("%d", ty);
    g_autofree char *my_text = g_strdup_printf ("%d", (fy + ty) / 2);

    nb_gui_xdotool ("mousemove", "--window", xid_from, start, fy_text, "sleep", "0.3",
                    "mousedown", "1", "sleep", "0.3",
                    "mousemove", "--window", xid_from, nudge, fy_text, "sleep", "0.3",
                    "mousemove", "--window", xid_to, middle, my_text, "sleep", "0.3",
                    "mousemove", "--window", xid_to, end, ty_text, "sleep", "0.5",
                    "mouseup", "1",
                    NULL);
  }
  nb_gui_settle ();
}

/* ---------------------------------------------------------------------- */
/* The notification server                                                 */

static void
notify_method_cb (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *path,
                  const char            *interface,
                  const char            *method,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  NbNotificationServer *self = user_data;

  if (g_strcmp0 (method, "Notify") == 0)
    {
      const char *summary, *body;
      g_autofree const char **actions = NULL;

      g_variant_get_child (parameters, 3, "&s", &summary);
      g_variant_get_child (parameters, 4, "&s", &body);
      g_variant_get_child (parameters, 5, "^a&s", &actions);
      g_ptr_array_add (self->summaries, g_strdup (summary));
      g_ptr_array_add (self->bodies, g_strdup (body));
      g_ptr_array_add (self->actions, g_strdupv ((char **) actions));
      /* The id of a notification: its place in the lists, plus one. */
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", self->summaries->len));
    }
  else if (g_strcmp0 (method, "GetCapabilities") == 0)
    {
      const char *capabilities[] = { "actions", "body", NULL };

      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", capabilities));
    }
  else
    {
      if (g_strcmp0 (method, "CloseNotification") == 0)
        self->n_closed++;
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
}

static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "  </interface>"
  "</node>";

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  ((NbNotificationServer *) user_data)->owned = TRUE;
}

static gboolean
is_owned (gpointer data)
{
  return ((NbNotificationServer *) data)->owned;
}

/**
 * nb_notification_server_new:
 * @bus: (nullable): the bus to serve on; %NULL for the session bus
 *
 * Returns: (transfer full) (nullable): the server, serving once it
 *   returns; %NULL if there is no session bus
 */
NbNotificationServer *
nb_notification_server_new (GDBusConnection *bus)
{
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (notifications_xml, NULL);
  GDBusInterfaceVTable vtable = { notify_method_cb, NULL, NULL, { 0 } };
  NbNotificationServer *self;
  g_autoptr(GError) error = NULL;

  if (bus == NULL)
    bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  else
    g_object_ref (bus);
  if (bus == NULL)
    return NULL;

  self = g_new0 (NbNotificationServer, 1);
  self->bus = bus;
  self->summaries = g_ptr_array_new_with_free_func (g_free);
  self->bodies = g_ptr_array_new_with_free_func (g_free);
  self->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->object_id = g_dbus_connection_register_object (bus, "/org/freedesktop/Notifications",
                                                       node->interfaces[0], &vtable, self, NULL, &error);
  g_assert_no_error (error);
  self->name_id = g_bus_own_name_on_connection (bus, "org.freedesktop.Notifications",
                                                G_BUS_NAME_OWNER_FLAGS_NONE, name_acquired_cb, NULL,
                                                self, NULL);
  nb_test_wait_for (is_owned, self);

  return self;
}

void
nb_notification_server_free (NbNotificationServer *self)
{
  g_bus_unown_name (self->name_id);
  g_dbus_connection_unregister_object (self->bus, self->object_id);
  g_ptr_array_unref (self->summaries);
  g_ptr_array_unref (self->bodies);
  g_ptr_array_unref (self->actions);
  g_object_unref (self->bus);
  g_free (self);
}

typedef struct
{
  NbNotificationServer *server;
  guint                 n;
} Count;

static gboolean
has_count (gpointer data)
{
  Count *count = data;

  return count->server->summaries->len >= count->n;
}

/* Waits until @n notifications in all were shown. */
void
nb_notification_server_wait (NbNotificationServer *self,
                             guint                 n)
{
  Count count = { self, n };

  nb_test_wait_for (has_count, &count);
}

/**
 * nb_notification_server_has_action:
 * @index: a notification, 0 the first shown
 * @action: an action id ("default", "app.quit")
 *
 * Returns: whether the notification offers @action
 */
gboolean
nb_notification_server_has_action (NbNotificationServer *self,
                                   guint                 index,
                                   const char           *action)
{
  char **actions;

  g_assert_cmpuint (index, <, self->actions->len);
  actions = g_ptr_array_index (self->actions, index);
  for (guint i = 0; actions[i] != NULL && actions[i + 1] != NULL; i += 2)
    if (g_str_equal (actions[i], action))
      return TRUE;

  return FALSE;
}

/* Presses @action ("default": the notification itself) of the notification
 * at @index, as the desktop does when a person clicks it. */
void
nb_notification_server_invoke (NbNotificationServer *self,
                               guint                 index,
                               const char           *action)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nb_notification_server_has_action (self, index, action));
  g_dbus_connection_emit_signal (self->bus, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", index + 1, action), &error);
  g_assert_no_error (error);
}
