/* nb-gui-test-util.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-application.h"
#include "nb-window.h"

G_BEGIN_DECLS

/* The real application, window and database of one GUI test. */
typedef struct
{
  char          *dir;
  NbApplication *app;
  NbWindow      *window;
  NbStore       *store;
} NbGuiFixture;

gboolean   nb_gui_test_init         (int            *argc,
                                     char         ***argv);
void       nb_gui_fixture_set_up    (NbGuiFixture   *fixture,
                                     gconstpointer   data);
void       nb_gui_fixture_tear_down (NbGuiFixture   *fixture,
                                     gconstpointer   data);
void       nb_gui_settle            (void);
GtkWidget *nb_gui_find_widget       (GtkWidget      *root,
                                     GType           type,
                                     const char     *property,
                                     const char     *value,
                                     gboolean        mapped);
GtkWidget *nb_gui_wait_for_widget   (gpointer        root,
                                     GType           type,
                                     const char     *property,
                                     const char     *value);
void       nb_gui_wait_for_widget_gone (gpointer      root,
                                     GType           type,
                                     const char     *property,
                                     const char     *value);
GtkWindow *nb_gui_wait_for_window   (GType           type);
void       nb_gui_wait_window_gone  (GType           type);
void       nb_gui_click             (GtkWidget      *button);
void       nb_gui_wait_frames       (GtkWidget      *widget,
                                     guint           n);
void       nb_gui_mouse_click       (GtkWidget      *widget);
void       nb_gui_drag              (GtkWidget      *from,
                                     GtkWidget      *to);
void       nb_gui_xdotool           (const char     *first,
                                     ...) G_GNUC_NULL_TERMINATED;

/* The desktop's notification server (org.freedesktop.Notifications), on
 * a bus of the test's: it records what it is asked to show, and can press
 * a notification's buttons as a person would. */
typedef struct
{
  GDBusConnection *bus;
  GPtrArray       *summaries;  /* (element-type utf8) */
  GPtrArray       *bodies;     /* (element-type utf8) */
  GPtrArray       *actions;    /* (element-type GStrv): ids and labels, in pairs */
  guint            n_closed;
  guint            object_id;
  guint            name_id;
  gboolean         owned;
} NbNotificationServer;

NbNotificationServer *nb_notification_server_new    (GDBusConnection      *bus);
void                  nb_notification_server_free   (NbNotificationServer *self);
void                  nb_notification_server_wait   (NbNotificationServer *self,
                                                     guint                 n);
void                  nb_notification_server_invoke (NbNotificationServer *self,
                                                     guint                 index,
                                                     const char           *action);
gboolean              nb_notification_server_has_action (NbNotificationServer *self,
                                                     guint                 index,
                                                     const char           *action);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbNotificationServer, nb_notification_server_free)

G_END_DECLS
