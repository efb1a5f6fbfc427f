/* nb-alert.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-alert"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-alert.h"

/**
 * nb_alert_show:
 * @widget: a widget of the window the alert is about
 * @heading: what went wrong, in a few words
 * @body: (nullable): why, and what happens now
 *
 * Says that something failed, in a dialog over @widget's window, with a
 * button to close it.
 */
void
nb_alert_show (GtkWidget  *widget,
               const char *heading,
               const char *body)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  root = gtk_widget_get_root (widget);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
