/* nb-toast.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-toast"

#include "config.h"

#include "nb-toast.h"

/* Toasts, from any widget: they show in the toast overlay that holds the
 * widget, or that of the window a dialog belongs to. The window is never
 * asked for it by name. */

/* The outermost toast overlay in @widget. */
static GtkWidget *
find_within (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_within (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  while (widget != NULL)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
      GtkRoot *root;

      /* A window: the overlay it holds. */
      if (overlay == NULL && GTK_IS_WINDOW (widget))
        overlay = find_within (widget);
      if (overlay != NULL)
        return ADW_TOAST_OVERLAY (overlay);

      /* A dialog: the toast goes to the window it is for. */
      root = gtk_widget_get_root (widget);
      widget = GTK_IS_WINDOW (root) ? GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (root))) : NULL;
    }

  return NULL;
}

/**
 * nb_toast_add:
 * @widget: a widget in a window with a toast overlay, or in a dialog of one
 * @toast: (transfer full): the toast
 *
 * Shows @toast in @widget's window. Without a toast overlay there, the
 * toast is dropped.
 */
void
nb_toast_add (GtkWidget *widget,
              AdwToast  *toast)
{
  AdwToastOverlay *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = find_overlay (widget);
  if (overlay == NULL)
    {
      g_debug ("No toast overlay for “%s”", adw_toast_get_title (toast));
      g_object_unref (toast);
      return;
    }

  adw_toast_overlay_add_toast (overlay, toast);
}

/**
 * nb_toast_replace:
 * @widget: a widget in a window with a toast overlay, or in a dialog of one
 * @toast: (transfer full): the toast
 * @kind: what the toast is, such as "message" or "undo"
 *
 * Shows @toast in @widget's window, dismissing the last toast of the same
 * @kind that is still shown or waiting there: only the newest message
 * matters, and only the latest change can be undone from a toast. So a
 * toast waits at most for one toast of each other kind, never for a queue
 * of old ones. (Not ADW_TOAST_PRIORITY_HIGH, which pushes the shown toast
 * back into the queue, and in libadwaita 1.2 can crash when its animation
 * ends.)
 */
void
nb_toast_replace (GtkWidget  *widget,
                  AdwToast   *toast,
                  const char *kind)
{
  g_autofree char *key = NULL;
  AdwToastOverlay *overlay;
  AdwToast *last;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));
  g_return_if_fail (kind != NULL);

  overlay = find_overlay (widget);
  if (overlay == NULL)
    {
      g_debug ("No toast overlay for “%s”", adw_toast_get_title (toast));
      g_object_unref (toast);
      return;
    }

  key = g_strconcat ("nb-toast-", kind, NULL);
  last = g_object_get_data (G_OBJECT (overlay), key);
  if (last != NULL)
    adw_toast_dismiss (last);

  g_object_set_data_full (G_OBJECT (overlay), key, g_object_ref (toast), g_object_unref);
  adw_toast_overlay_add_toast (overlay, toast);
}

/**
 * nb_toast_show_message:
 * @widget: a widget in a window with a toast overlay
 * @message: what to say, as plain text
 *
 * Shows a short toast with @message at once, in place of the message
 * shown before (nb_toast_replace()).
 */
void
nb_toast_show_message (GtkWidget  *widget,
                       const char *message)
{
  AdwToast *toast;
  g_autofree char *escaped = NULL;

  g_return_if_fail (message != NULL);

  /* A toast's title is Pango markup. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 5);
  nb_toast_replace (widget, toast, "message");
}
