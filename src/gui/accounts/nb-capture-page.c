/* nb-capture-page.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-capture-page"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-capture-page.h"
#include "nb-toast.h"
#include "nb-dav-client.h"
#include "nb-sync-setup.h"

/**
 * NbCapturePage:
 *
 * A subpage of Accounts: the account's other calendars, each with a switch
 * "Count Meetings as Interactions", off until the user turns it on. The
 * calendars are listed from the server when the page opens; they are only
 * ever read.
 */
struct _NbCapturePage
{
  GtkBox               parent_instance;

  NbStore             *store;
  NbAccount           *account;
  GCancellable        *cancellable;

  AdwWindowTitle      *title;
  AdwPreferencesGroup *group;
  GtkWidget           *status_row;
};

G_DEFINE_FINAL_TYPE (NbCapturePage, nb_capture_page, GTK_TYPE_BOX)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
calendar_name (NbDavCollection *calendar)
{
  return calendar->display_name ? calendar->display_name : calendar->href;
}

/* By name, as the user reads them. */
static int
compare_calendars (gconstpointer a,
                   gconstpointer b)
{
  NbDavCollection *x = *(NbDavCollection **) a;
  NbDavCollection *y = *(NbDavCollection **) b;

  return g_utf8_collate (calendar_name (x), calendar_name (y));
}

/* In a worker thread: the account's calendars but its own two. */
static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  NbAccount *account = task_data;
  g_autoptr(NbDavClient) client = NULL;
  g_autoptr(GPtrArray) collections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *addressbook_home = NULL;
  g_autofree char *calendar_home = NULL;
  GPtrArray *calendars;

  client = nb_sync_connect (account, cancellable, &error);
  if (client == NULL ||
      !nb_dav_client_discover (client, &addressbook_home, &calendar_home, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  calendars = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_dav_collection_free);
  if (calendar_home != NULL)
    {
      collections = nb_dav_client_list_collections (client, calendar_home, cancellable, &error);
      if (collections == NULL)
        {
          g_ptr_array_unref (calendars);
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      for (guint i = 0; i < collections->len; i++)
        {
          NbDavCollection *collection = g_ptr_array_index (collections, i);
          g_autofree char *url = nb_dav_client_resolve (client, collection->href);
          const char *meals = nb_account_get_collection (account, NB_COLLECTION_MEALS);
          const char *journal = nb_account_get_collection (account, NB_COLLECTION_INTERACTIONS);

          if (collection->kind != NB_DAV_CALENDAR ||
              g_strcmp0 (url, meals) == 0 || g_strcmp0 (collection->href, meals) == 0 ||
              g_strcmp0 (url, journal) == 0 || g_strcmp0 (collection->href, journal) == 0)
            continue;
          g_ptr_array_add (calendars, g_steal_pointer (&g_ptr_array_index (collections, i)));
        }
    }

  g_ptr_array_sort (calendars, compare_calendars);
  g_task_return_pointer (task, calendars, (GDestroyNotify) g_ptr_array_unref);
}

static void
switch_cb (GtkSwitch     *toggle,
           GParamSpec    *pspec,
           NbCapturePage *self)
{
  const char *url = g_object_get_data (G_OBJECT (toggle), "url");
  g_autoptr(GError) error = NULL;

  if (!nb_store_set_capture_calendar (self->store, nb_account_get_id (self->account), url,
                                      gtk_switch_get_active (toggle), &error))
    {
      g_autofree char *message = NULL;

      /* As it was: nothing changed. */
      g_signal_handlers_block_by_func (toggle, switch_cb, self);
      gtk_switch_set_active (toggle, !gtk_switch_get_active (toggle));
      g_signal_handlers_unblock_by_func (toggle, switch_cb, self);

      /* Translators: the %s is why. */
      message = g_strdup_printf (_("Could not change the calendar: %s"), error->message);
      nb_toast_show_message (GTK_WIDGET (self), message);
    }
  else if (gtk_switch_get_active (toggle))
    g_signal_emit (self, signals[CHOSEN], 0);
}

static void
set_status (NbCapturePage *self,
            const char    *title,
            const char    *subtitle)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row), subtitle);
}

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GError) error = NULL;
  NbCapturePage *self;

  calendars = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = NB_CAPTURE_PAGE (user_data);

  if (calendars == NULL)
    {
      set_status (self, _("Could Not List the Calendars"), error->message);
      return;
    }
  if (calendars->len == 0)
    {
      set_status (self, _("No Other Calendars"),
                  _("This account has no calendar but Netbook’s own."));
      return;
    }

  adw_preferences_group_remove (self->group, self->status_row);
  self->status_row = NULL;
  chosen = nb_store_list_capture_calendars (self->store, nb_account_get_id (self->account), NULL);

  for (guint i = 0; i < calendars->len; i++)
    {
      NbDavCollection *calendar = g_ptr_array_index (calendars, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();
      gboolean on = FALSE;

      for (guint j = 0; chosen != NULL && j < chosen->len && !on; j++)
        on = g_strcmp0 (g_ptr_array_index (chosen, j), calendar->href) == 0;

      /* A calendar's name is not Pango markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), calendar_name (calendar));
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), on);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Count Meetings as Interactions"), -1);
      g_object_set_data_full (G_OBJECT (toggle), "url", g_strdup (calendar->href), g_free);
      g_signal_connect (toggle, "notify::active", G_CALLBACK (switch_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (self->group, row);
    }
}

static void
back_clicked_cb (NbCapturePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (root));
}

static void
nb_capture_page_dispose (GObject *object)
{
  NbCapturePage *self = NB_CAPTURE_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->account);

  G_OBJECT_CLASS (nb_capture_page_parent_class)->dispose (object);
}

static void
nb_capture_page_class_init (NbCapturePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_capture_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-capture-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NbCapturePage, title);
  gtk_widget_class_bind_template_child (widget_class, NbCapturePage, group);
  gtk_widget_class_bind_template_child (widget_class, NbCapturePage, status_row);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  /**
   * NbCapturePage::chosen:
   *
   * A calendar was turned on: a sync reads it.
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
nb_capture_page_init (NbCapturePage *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nb_capture_page_new:
 * @store: the store
 * @account: an account
 *
 * Returns: (transfer floating): the page, listing the account's calendars
 */
GtkWidget *
nb_capture_page_new (NbStore   *store,
                     NbAccount *account)
{
  NbCapturePage *self = g_object_new (NB_TYPE_CAPTURE_PAGE, NULL);
  g_autoptr(GTask) task = NULL;

  self->store = g_object_ref (store);
  self->account = g_object_ref (account);
  adw_window_title_set_subtitle (self->title, nb_account_get_user (account));

  task = g_task_new (NULL, self->cancellable, listed_cb, self);
  g_task_set_task_data (task, g_object_ref (account), g_object_unref);
  g_task_run_in_thread (task, list_thread);

  return GTK_WIDGET (self);
}
