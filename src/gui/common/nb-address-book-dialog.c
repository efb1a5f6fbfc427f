/* nb-address-book-dialog.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-address-book-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-address-book-dialog.h"
#include "nb-address-book-importer.h"

/**
 * NbAddressBookDialog:
 *
 * Import from GNOME Contacts: the address books of Evolution Data Server
 * (GNOME Contacts', Evolution's, the online accounts'), listed while a
 * spinner turns, one row each; activating a row, or its Import button,
 * imports that book with its progress shown here. Once it is imported the
 * dialog closes and emits #NbAddressBookDialog::imported, for the window to
 * say what was imported; an error stays in the dialog.
 */
struct _NbAddressBookDialog
{
  AdwWindow              parent_instance;

  NbStore               *store;
  GPtrArray             *books;             /* (element-type NbAddressBook) */
  GCancellable          *cancellable;       /* the listing's, and the dialog's */
  GCancellable          *import_cancellable;
  NbAddressBookImporter *importer;

  GtkStack              *stack;
  GtkSpinner            *spinner;
  GtkListBox            *list_box;
  AdwStatusPage         *error_page;
  GtkLabel              *importing_label;
  GtkProgressBar        *progress_bar;
};

G_DEFINE_FINAL_TYPE (NbAddressBookDialog, nb_address_book_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (NbAddressBookDialog *self,
            const char          *title,
            const char          *message)
{
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static GtkWidget *
new_row (NbAddressBookDialog *self,
         NbAddressBook       *book)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Import"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), nb_address_book_get_name (book));
  if (nb_address_book_get_account (book) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), nb_address_book_get_account (book));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Import this address book"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (gtk_widget_activate), row, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
list_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(NbAddressBookDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) books = nb_address_book_list_finish (result, &error);
  GtkListBoxRow *first;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->spinner);

  if (books == NULL)
    {
      show_error (self, _("Address Books Cannot Be Read"), error->message);
      return;
    }

  if (books->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  g_clear_pointer (&self->books, g_ptr_array_unref);
  self->books = g_steal_pointer (&books);
  for (guint i = 0; i < self->books->len; i++)
    gtk_list_box_append (self->list_box, new_row (self, g_ptr_array_index (self->books, i)));

  gtk_stack_set_visible_child_name (self->stack, "list");
  first = gtk_list_box_get_row_at_index (self->list_box, 0);
  gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
list_books (NbAddressBookDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  nb_address_book_list_async (self->cancellable, list_done_cb, g_object_ref (self));
}

static void
retry_clicked_cb (NbAddressBookDialog *self)
{
  list_books (self);
}

static void
progress_cb (NbAddressBookImporter *importer,
             GParamSpec            *pspec,
             NbAddressBookDialog   *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, nb_address_book_importer_get_fraction (importer));
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(NbAddressBookDialog) self = user_data;
  g_autoptr(NbAddressBookImporter) importer = g_object_ref (NB_ADDRESS_BOOK_IMPORTER (object));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = nb_address_book_importer_run_finish (importer, result, &error);
  g_signal_handlers_disconnect_by_data (importer, self);
  g_clear_object (&self->importer);
  g_clear_object (&self->import_cancellable);

  if (ok)
    {
      g_signal_emit (self, signals[IMPORTED], 0, importer);
      if (self->stack != NULL)
        gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* Closed meanwhile: nothing was imported, nobody to tell. */
  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->stack == NULL)
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  {
    g_autofree char *message = g_strdup_printf ("%s\n\n%s", error->message, _("Nothing was imported."));

    show_error (self, _("Import Failed"), message);
  }
}

static void
import_book (NbAddressBookDialog *self,
             NbAddressBook       *book)
{
  g_autofree char *label = NULL;

  if (self->importer != NULL)
    return;

  /* Translators: %s is the name of an address book. */
  label = g_strdup_printf (_("Importing “%s”…"), nb_address_book_get_name (book));
  gtk_label_set_label (self->importing_label, label);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_stack_set_visible_child_name (self->stack, "importing");

  self->importer = nb_address_book_importer_new (self->store, book);
  self->import_cancellable = g_cancellable_new ();
  g_signal_connect (self->importer, "notify::fraction", G_CALLBACK (progress_cb), self);
  nb_address_book_importer_run_async (self->importer, self->import_cancellable, import_done_cb,
                                      g_object_ref (self));
}

static void
row_activated_cb (NbAddressBookDialog *self,
                  GtkListBoxRow       *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (self->books == NULL || index < 0 || (guint) index >= self->books->len)
    return;

  import_book (self, g_ptr_array_index (self->books, index));
}

static void
cancel_clicked_cb (NbAddressBookDialog *self)
{
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}

static void
nb_address_book_dialog_dispose (GObject *object)
{
  NbAddressBookDialog *self = (NbAddressBookDialog *) object;

  g_cancellable_cancel (self->cancellable);
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_ADDRESS_BOOK_DIALOG);
  self->stack = NULL;

  G_OBJECT_CLASS (nb_address_book_dialog_parent_class)->dispose (object);
}

static void
nb_address_book_dialog_finalize (GObject *object)
{
  NbAddressBookDialog *self = (NbAddressBookDialog *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->importer);
  g_clear_pointer (&self->books, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_address_book_dialog_parent_class)->finalize (object);
}

static void
nb_address_book_dialog_class_init (NbAddressBookDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_address_book_dialog_dispose;
  object_class->finalize = nb_address_book_dialog_finalize;

  /**
   * NbAddressBookDialog::imported:
   * @self: the dialog
   * @importer: the import that was stored
   *
   * An address book was imported; the dialog closes.
   */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, NB_TYPE_ADDRESS_BOOK_IMPORTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-address-book-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NbAddressBookDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, NbAddressBookDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, NbAddressBookDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, NbAddressBookDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, NbAddressBookDialog, importing_label);
  gtk_widget_class_bind_template_child (widget_class, NbAddressBookDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, retry_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nb_address_book_dialog_init (NbAddressBookDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * nb_address_book_dialog_new:
 * @parent: the window it belongs to
 * @store: the store to import into
 *
 * Returns: (transfer none): the dialog, listing the address books; present
 *   it
 */
NbAddressBookDialog *
nb_address_book_dialog_new (GtkWindow *parent,
                            NbStore   *store)
{
  NbAddressBookDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_ADDRESS_BOOK_DIALOG,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
  self->store = g_object_ref (store);
  list_books (self);

  return self;
}
