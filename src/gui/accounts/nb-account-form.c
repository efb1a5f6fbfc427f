/* nb-account-form.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-account-form"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-account-form.h"
#include "nb-sync-setup.h"

/**
 * NbAccountForm:
 *
 * Adds a sync account in two steps: the server, user name and password
 * first, then, once the server answered, which address book and calendar
 * to sync with (or new ones). Both steps run in worker threads (sync's
 * _async set-up); the form shows what went wrong in words and keeps what
 * was typed.
 *
 * It is a subpage of the accounts window, and emits #NbAccountForm::added.
 */
struct _NbAccountForm
{
  GtkBox                parent_instance;

  NbStore              *store;
  GCancellable         *cancellable;
  NbSyncDiscovery      *discovery;
  /* The href each combo row item stands for: NULL to make one, "" none. */
  GPtrArray            *choices[NB_N_COLLECTION_KINDS];

  AdwEntryRow          *server_row;
  AdwEntryRow          *user_row;
  AdwEntryRow          *password_row;
  AdwPreferencesGroup  *collections_group;
  AdwComboRow          *contacts_row;
  AdwComboRow          *meals_row;
  GtkLabel             *error_label;
  GtkButton            *action_button;
  GtkSpinner           *spinner;
  GtkLabel             *action_label;
};

G_DEFINE_FINAL_TYPE (NbAccountForm, nb_account_form, GTK_TYPE_BOX)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_busy (NbAccountForm *self,
          gboolean       busy)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* A field turned insensitive with the focus in it is never told it lost
   * it, and its cursor goes on blinking ("GtkText - did not receive a
   * focus-out event"): the focus leaves the form first. It comes back to
   * the error or to the next step. */
  if (busy && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_root_set_focus (root, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->server_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->user_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->password_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->collections_group), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->action_button), !busy);
}

static void
show_error (NbAccountForm *self,
            const char    *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  /* Focus on it, so that a screen reader reads it out. */
  if (message != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->error_label));
      gtk_label_select_region (self->error_label, 0, 0);
    }
}

static gboolean
is_complete (NbAccountForm *self)
{
  return *gtk_editable_get_text (GTK_EDITABLE (self->server_row)) != '\0' &&
         *gtk_editable_get_text (GTK_EDITABLE (self->user_row)) != '\0' &&
         *gtk_editable_get_text (GTK_EDITABLE (self->password_row)) != '\0';
}

/* Typing again goes back to the first step. */
static void
entry_changed_cb (NbAccountForm *self)
{
  if (self->discovery != NULL)
    {
      g_clear_pointer (&self->discovery, nb_sync_discovery_unref);
      gtk_widget_set_visible (GTK_WIDGET (self->collections_group), FALSE);
      gtk_label_set_label (self->action_label, _("_Connect"));
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->action_button), is_complete (self));
}

static void
fill_choices (NbAccountForm    *self,
              NbCollectionKind  kind,
              AdwComboRow      *row)
{
  NbSyncDiscovery *discovery = self->discovery;
  GPtrArray *found = discovery->collections[kind];
  GPtrArray *choices = self->choices[kind];
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gboolean contacts = kind == NB_COLLECTION_CONTACTS;

  NbDavCollection *own = nb_sync_discovery_get_own (discovery, kind);

  g_ptr_array_set_size (choices, 0);

  /* Netbook's own comes first, and is chosen: other apps' address books
   * and calendars are used only when picked. */
  if (own == NULL && discovery->homes[kind] != NULL)
    {
      gtk_string_list_append (names, contacts ? _("New Address Book “Netbook Contacts”")
                                              : _("New Calendar “Netbook Meals”"));
      g_ptr_array_add (choices, NULL);
    }

  for (guint i = 0; i < found->len; i++)
    {
      NbDavCollection *collection = g_ptr_array_index (found, i);
      const char *name = collection->display_name && *collection->display_name
                         ? collection->display_name : collection->href;

      if (collection == own)
        {
          gtk_string_list_splice (names, 0, 0, (const char * const[]) { name, NULL });
          g_ptr_array_insert (choices, 0, g_strdup (collection->href));
          continue;
        }

      gtk_string_list_append (names, name);
      g_ptr_array_add (choices, g_strdup (collection->href));
    }

  gtk_string_list_append (names, contacts ? _("Do Not Sync Contacts") : _("Do Not Sync Meals"));
  g_ptr_array_add (choices, g_strdup (""));

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  /* Without Netbook's own, nothing is synced unless something is picked. */
  adw_combo_row_set_selected (row, own != NULL || discovery->homes[kind] != NULL
                                   ? 0 : choices->len - 1);
}

/* The form cancels what it started before it goes, and before it starts
 * anything again: only a result that was not cancelled may touch it. */
static void
discover_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  NbSyncDiscovery *discovery = nb_sync_discover_finish (result, &error);
  NbAccountForm *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = NB_ACCOUNT_FORM (user_data);
  set_busy (self, FALSE);
  if (discovery == NULL)
    {
      show_error (self, error->message);
      return;
    }

  self->discovery = discovery;
  /* How Netbook talks to the server, when it is not the plain https one
   * would expect. */
  adw_preferences_group_set_description (self->collections_group, discovery->notice);
  fill_choices (self, NB_COLLECTION_CONTACTS, self->contacts_row);
  fill_choices (self, NB_COLLECTION_MEALS, self->meals_row);
  gtk_widget_set_visible (GTK_WIDGET (self->collections_group), TRUE);
  gtk_label_set_label (self->action_label, _("_Add Account"));
  gtk_widget_grab_focus (GTK_WIDGET (self->contacts_row));
}

static void
add_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbAccount) account = nb_sync_add_account_finish (NB_STORE (object), result, &error);
  NbAccountForm *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = NB_ACCOUNT_FORM (user_data);
  set_busy (self, FALSE);
  if (account == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[ADDED], 0, account);
}

static void
discover (NbAccountForm *self)
{
  g_autofree char *server = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->server_row)));
  g_autofree char *user = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->user_row)));

  nb_sync_discover_async (g_strstrip (server), g_strstrip (user),
                          gtk_editable_get_text (GTK_EDITABLE (self->password_row)),
                          self->cancellable, discover_done_cb, self);
}

static void
add_account (NbAccountForm *self)
{
  AdwComboRow *rows[] = { self->contacts_row, self->meals_row };
  const char *chosen[NB_N_COLLECTION_KINDS] = { NULL, };

  /* The journal is not chosen: the first sync makes it next to the
   * meals calendar. */
  for (guint kind = 0; kind < G_N_ELEMENTS (rows); kind++)
    {
      guint selected = adw_combo_row_get_selected (rows[kind]);

      if (selected < self->choices[kind]->len)
        chosen[kind] = g_ptr_array_index (self->choices[kind], selected);
    }

  nb_sync_add_account_async (self->store, self->discovery,
                             gtk_editable_get_text (GTK_EDITABLE (self->password_row)),
                             chosen, self->cancellable, add_done_cb, self);
}

static void
action_clicked_cb (NbAccountForm *self)
{
  if (!is_complete (self))
    return;

  show_error (self, NULL);
  set_busy (self, TRUE);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (self->discovery == NULL)
    discover (self);
  else
    add_account (self);
}

static void
entry_activated_cb (NbAccountForm *self,
                    AdwEntryRow   *row)
{
  if (is_complete (self))
    action_clicked_cb (self);
  else if (row == self->server_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->user_row));
  else if (row == self->user_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

static void
back_clicked_cb (NbAccountForm *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (root));
}

static void
nb_account_form_dispose (GObject *object)
{
  NbAccountForm *self = (NbAccountForm *) object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_ACCOUNT_FORM);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_account_form_parent_class)->dispose (object);
}

static void
nb_account_form_finalize (GObject *object)
{
  NbAccountForm *self = (NbAccountForm *) object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->discovery, nb_sync_discovery_unref);
  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    g_clear_pointer (&self->choices[kind], g_ptr_array_unref);

  G_OBJECT_CLASS (nb_account_form_parent_class)->finalize (object);
}

static void
nb_account_form_class_init (NbAccountFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_account_form_dispose;
  object_class->finalize = nb_account_form_finalize;

  /**
   * NbAccountForm::added:
   * @self: the form
   * @account: the account added
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, NB_TYPE_ACCOUNT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-account-form.ui");
  gtk_widget_class_bind_template_child (widget_class, NbAccountForm, server_row);
  gtk_widget_class_bind_template_child (widget_class, NbAccountForm, user_row);
  gtk_widget_class_bind_template_child (widget_class, NbAccountForm, password_row);
  gtk_widget_class_bind_template_child (widget_class, NbAccountForm, collections_group);
  gtk_widget_class_bind_template_child (widget_class, NbAccountForm, contacts_row);
  gtk_widget_class_bind_template_child (widget_class, NbAccountForm, meals_row);
  gtk_widget_class_bind_template_child (widget_class, NbAccountForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, NbAccountForm, action_button);
  gtk_widget_class_bind_template_child (widget_class, NbAccountForm, spinner);
  gtk_widget_class_bind_template_child (widget_class, NbAccountForm, action_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, action_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

static void
nb_account_form_init (NbAccountForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    self->choices[kind] = g_ptr_array_new_with_free_func (g_free);
}

/**
 * nb_account_form_focus:
 * @self: a form
 *
 * Puts the focus on the first field, to type the server's address.
 */
void
nb_account_form_focus (NbAccountForm *self)
{
  g_return_if_fail (NB_IS_ACCOUNT_FORM (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->server_row));
}

/**
 * nb_account_form_new:
 * @store: the store to add the account to
 *
 * Returns: (transfer floating): a new form
 */
GtkWidget *
nb_account_form_new (NbStore *store)
{
  NbAccountForm *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_ACCOUNT_FORM, NULL);
  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}
