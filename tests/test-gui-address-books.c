/* test-gui-address-books.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Import from GNOME Contacts, in the window: the dialog opened from its
 * action lists the address books of a real Evolution Data Server (started
 * on a D-Bus session of the test's own, tests/nb-eds-server.c), and
 * activating one imports it. */

#include "config.h"

#include "nb-address-book-dialog.h"
#include "nb-eds-server.h"
#include "nb-gui-test-util.h"
#include "nb-test-util.h"

static NbEdsServer *server;

static gboolean
store_has_three (gpointer data)
{
  NbGuiFixture *fixture = data;

  return nb_store_count_contacts (fixture->store) == 3;
}

static void
test_import (NbGuiFixture  *fixture,
             gconstpointer  data)
{
  g_autoptr(ESource) source = nb_eds_server_add_book (server, "Friends");
  g_autoptr(EBookClient) client = nb_eds_server_connect (server, source);
  g_autofree char *ada = nb_eds_server_add_card (client,
                                                 "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\n"
                                                 "N:Lovelace;Ada;;;\r\nEMAIL:ada@example.org\r\nEND:VCARD\r\n");
  g_autofree char *grace = nb_eds_server_add_card (client,
                                                   "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\n"
                                                   "N:Hopper;Grace;;;\r\nBDAY:1906-12-09\r\nEND:VCARD\r\n");
  g_autofree char *katherine = nb_eds_server_add_card (client,
                                                       "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                                                       "FN:Katherine Johnson\r\nN:Johnson;Katherine;;;\r\n"
                                                       "TEL:+1 757 555 0100\r\nEND:VCARD\r\n");
  GtkWindow *dialog;
  GtkWidget *row;

  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 0);

  /* From the primary menu's action, as a person would. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "files.import-address-book", NULL));
  dialog = nb_gui_wait_for_window (NB_TYPE_ADDRESS_BOOK_DIALOG);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (dialog));

  /* Listed with its account, the first row focused for the keyboard. */
  row = nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Friends");
  g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  /* (Beside the built-in "Personal", whose name Evolution Data Server
   * translates.) */
  nb_gui_settle ();

  if (g_getenv ("NETBOOK_TEST_SCREENSHOT") != NULL)
    {
      g_autofree char *command = g_strdup_printf ("import -window root %s", g_getenv ("NETBOOK_TEST_SCREENSHOT"));

      nb_gui_wait_frames (GTK_WIDGET (dialog), 5);
      g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
    }

  gtk_widget_activate (row);
  nb_gui_wait_window_gone (NB_TYPE_ADDRESS_BOOK_DIALOG);
  nb_test_wait_for (store_has_three, fixture);
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 3);

  /* Escape closes the dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "files.import-address-book", NULL));
  dialog = nb_gui_wait_for_window (NB_TYPE_ADDRESS_BOOK_DIALOG);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Friends");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  nb_gui_wait_window_gone (NB_TYPE_ADDRESS_BOOK_DIALOG);
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GTK and libadwaita reach the session bus: theirs is the
   * test's own, where Evolution Data Server runs. */
  if (g_getenv ("DISPLAY") != NULL)
    server = nb_eds_server_start ();

  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui-address-books/import", NbGuiFixture, NULL,
              nb_gui_fixture_set_up, test_import, nb_gui_fixture_tear_down);

  status = g_test_run ();
  nb_eds_server_stop (server);

  return status;
}
