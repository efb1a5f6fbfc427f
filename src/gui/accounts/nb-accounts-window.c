/* nb-accounts-window.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-accounts-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-account-form.h"
#include "nb-accounts-window.h"
#include "nb-capture-files-group.h"
#include "nb-capture-page.h"
#include "nb-format.h"
#include "nb-sync-setup.h"

/**
 * NbAccountsWindow:
 *
 * The sync accounts: each with its server, its address book and calendar,
 * and how its last sync went; a button to remove it (and its password),
 * one to add another, and one to sync now.
 */
struct _NbAccountsWindow
{
  AdwPreferencesWindow  parent_instance;

  NbSyncManager        *manager;
  NbStore              *store;
  GCancellable         *cancellable;

  GtkListBox           *accounts_list;
  GtkButton            *sync_button;
  NbCaptureFilesGroup  *files_group;
};

G_DEFINE_FINAL_TYPE (NbAccountsWindow, nb_accounts_window, ADW_TYPE_PREFERENCES_WINDOW)

static void remove_clicked_cb (GtkButton        *button,
                               NbAccountsWindow *self);
static void calendars_clicked_cb (GtkButton        *button,
                                  NbAccountsWindow *self);

static char *
describe_account (NbAccount *account)
{
  g_autofree char *host = nb_account_dup_host (account);
  g_autofree char *synced = nb_format_last_sync (nb_account_get_last_sync (account));
  GString *text = g_string_new (host);

  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      const char *name = nb_account_get_collection_name (account, kind);

      if (name != NULL)
        g_string_append_printf (text, " · %s", name);
    }

  g_string_append_c (text, '\n');
  if (nb_account_get_last_error (account) != NULL)
    /* Translators: why an account's last sync failed. */
    g_string_append_printf (text, _("Sync failed: %s"), nb_account_get_last_error (account));
  else
    g_string_append (text, synced);

  return g_string_free (text, FALSE);
}

static void
fill (NbAccountsWindow *self)
{
  GPtrArray *accounts = nb_sync_manager_get_accounts (self->manager);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->accounts_list))) != NULL)
    gtk_list_box_remove (self->accounts_list, child);

  if (accounts->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No Accounts"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Your contacts and meals are only on this computer."));
      gtk_list_box_append (self->accounts_list, row);
    }

  for (guint i = 0; i < accounts->len; i++)
    {
      NbAccount *account = g_ptr_array_index (accounts, i);
      g_autofree char *subtitle = describe_account (account);
      g_autofree char *host = nb_account_dup_host (account);
      g_autofree char *remove_label = NULL;
      g_autofree char *calendars_label = NULL;
      GtkWidget *calendars;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      /* A user name is not Pango markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), nb_account_get_user (account));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      if (nb_account_get_last_error (account) != NULL)
        adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                   gtk_image_new_from_icon_name ("dialog-warning-symbolic"));

      /* Its other calendars, to count as interactions. */
      calendars = gtk_button_new_from_icon_name ("x-office-calendar-symbolic");
      gtk_widget_set_valign (calendars, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (calendars, "flat");
      gtk_widget_set_tooltip_text (calendars, _("Count Meetings as Interactions"));
      /* Translators: the calendars button of an account: user, server. */
      calendars_label = g_strdup_printf (_("Calendars of %s on %s to count as interactions"),
                                         nb_account_get_user (account), host);
      gtk_accessible_update_property (GTK_ACCESSIBLE (calendars), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      calendars_label, -1);
      g_object_set_data_full (G_OBJECT (calendars), "account", g_object_ref (account), g_object_unref);
      g_signal_connect (calendars, "clicked", G_CALLBACK (calendars_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), calendars);

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Account"));
      /* Translators: the remove button of an account: user, server. */
      remove_label = g_strdup_printf (_("Remove the account of %s on %s"),
                                      nb_account_get_user (account), host);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_label, -1);
      g_object_set_data_full (G_OBJECT (remove), "account", g_object_ref (account), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      gtk_list_box_append (self->accounts_list, row);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->sync_button), accounts->len > 0);
}

static void
syncing_changed_cb (NbAccountsWindow *self)
{
  gboolean syncing = nb_sync_manager_get_syncing (self->manager);

  gtk_button_set_label (self->sync_button, syncing ? _("Syncing…") : _("_Sync Now"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->sync_button),
                            !syncing && nb_sync_manager_get_n_accounts (self->manager) > 0);
  if (!syncing)
    fill (self);
}

static void
sync_clicked_cb (NbAccountsWindow *self)
{
  nb_sync_manager_sync (self->manager);
}

/* The window cancels what it started before it goes: only a result that
 * was not cancelled may touch it. */
static void
remove_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean removed = nb_sync_remove_account_finish (NB_STORE (object), result, &error);
  NbAccountsWindow *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = NB_ACCOUNTS_WINDOW (user_data);
  if (!removed)
    {
      /* A toast's title is Pango markup; the message is not. */
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
    }

  nb_sync_manager_reload (self->manager);
  fill (self);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    NbAccountsWindow *self)
{
  NbAccount *account = g_object_get_data (G_OBJECT (dialog), "account");

  if (!g_str_equal (response, "remove"))
    return;

  nb_sync_manager_cancel (self->manager);
  nb_sync_remove_account_async (self->store, account, self->cancellable, remove_done_cb, self);
}

static void
calendars_clicked_cb (GtkButton        *button,
                      NbAccountsWindow *self)
{
  NbAccount *account = g_object_get_data (G_OBJECT (button), "account");
  GtkWidget *page = nb_capture_page_new (self->store, account);

  /* A calendar turned on counts from the next sync: now. */
  g_signal_connect_object (page, "chosen", G_CALLBACK (nb_sync_manager_sync), self->manager,
                           G_CONNECT_SWAPPED);
  adw_preferences_window_present_subpage (ADW_PREFERENCES_WINDOW (self), page);
}

static void
remove_clicked_cb (GtkButton        *button,
                   NbAccountsWindow *self)
{
  NbAccount *account = g_object_get_data (G_OBJECT (button), "account");
  g_autofree char *host = nb_account_dup_host (account);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  /* Translators: user, server. */
  heading = g_strdup_printf (_("Remove the Account of %s on %s?"), nb_account_get_user (account), host);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
    _("Contacts and meals stay on this computer and on the server; they no longer sync. "
      "The password is removed from the keyring.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "account", g_object_ref (account), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (remove_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
added_cb (NbAccountForm    *form,
          NbAccount        *account,
          NbAccountsWindow *self)
{
  g_autofree char *host = nb_account_dup_host (account);
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;

  adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (self));
  nb_sync_manager_reload (self->manager);
  fill (self);

  /* Translators: user, server. */
  message = g_strdup_printf (_("Added %s on %s: syncing now"), nb_account_get_user (account), host);
  escaped = g_markup_escape_text (message, -1);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
  nb_sync_manager_sync (self->manager);
}

/**
 * nb_accounts_window_show_add:
 * @self: an accounts window
 *
 * Shows the form that adds an account.
 */
void
nb_accounts_window_show_add (NbAccountsWindow *self)
{
  GtkWidget *form;

  g_return_if_fail (NB_IS_ACCOUNTS_WINDOW (self));

  form = nb_account_form_new (self->store);
  g_signal_connect (form, "added", G_CALLBACK (added_cb), self);
  adw_preferences_window_present_subpage (ADW_PREFERENCES_WINDOW (self), form);
  nb_account_form_focus (NB_ACCOUNT_FORM (form));
}

static void
add_clicked_cb (NbAccountsWindow *self)
{
  nb_accounts_window_show_add (self);
}

static void
nb_accounts_window_dispose (GObject *object)
{
  NbAccountsWindow *self = (NbAccountsWindow *) object;

  g_cancellable_cancel (self->cancellable);
  if (self->manager != NULL)
    g_signal_handlers_disconnect_by_data (self->manager, self);
  g_clear_object (&self->manager);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_accounts_window_parent_class)->dispose (object);
}

static void
nb_accounts_window_finalize (GObject *object)
{
  NbAccountsWindow *self = (NbAccountsWindow *) object;

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (nb_accounts_window_parent_class)->finalize (object);
}

static void
nb_accounts_window_class_init (NbAccountsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_accounts_window_dispose;
  object_class->finalize = nb_accounts_window_finalize;

  g_type_ensure (NB_TYPE_ACCOUNT_FORM);
  g_type_ensure (NB_TYPE_CAPTURE_FILES_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-accounts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NbAccountsWindow, accounts_list);
  gtk_widget_class_bind_template_child (widget_class, NbAccountsWindow, sync_button);
  gtk_widget_class_bind_template_child (widget_class, NbAccountsWindow, files_group);
  gtk_widget_class_bind_template_callback (widget_class, sync_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
nb_accounts_window_init (NbAccountsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * nb_accounts_window_new:
 * @parent: (nullable): the window it belongs to
 * @manager: the sync manager
 * @store: the store the accounts are in
 *
 * Returns: (transfer floating): a new accounts window
 */
GtkWidget *
nb_accounts_window_new (GtkWindow     *parent,
                        NbSyncManager *manager,
                        NbStore       *store)
{
  NbAccountsWindow *self;

  g_return_val_if_fail (NB_IS_SYNC_MANAGER (manager), NULL);
  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_ACCOUNTS_WINDOW, "transient-for", parent, NULL);
  self->manager = g_object_ref (manager);
  self->store = g_object_ref (store);
  nb_capture_files_group_set_store (self->files_group, store);
  g_signal_connect_swapped (manager, "notify::syncing", G_CALLBACK (syncing_changed_cb), self);
  syncing_changed_cb (self);
  fill (self);

  return GTK_WIDGET (self);
}
