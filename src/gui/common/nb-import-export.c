/* nb-import-export.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-import-export"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-address-book-dialog.h"
#include "nb-address-book-importer.h"
#include "nb-alert.h"
#include "nb-csv-columns-dialog.h"
#include "nb-csv-preview.h"
#include "nb-exporter.h"
#include "nb-import-export.h"
#include "nb-importer.h"
#include "nb-toast.h"

/**
 * NbImportExport:
 *
 * Files in and out, for every view of a window: the file choosers, files
 * dropped on the window, the import running in the background with its
 * progress in a toast (and a way to cancel it), what was imported and
 * what was skipped, and the exports of contacts (all or some, vCard 3.0
 * or 4.0) and of the calendar.
 *
 * Its actions, for the window to insert as "files": `import`,
 * `import-address-book` (from GNOME Contacts' address books), `export`
 * (every contact), `export-contacts` (the contacts of an array of ids,
 * "ax") and `export-calendar`.
 */
struct _NbImportExport
{
  GObject          parent_instance;

  GtkWindow       *window;      /* not owned: the window owns this */
  NbStore         *store;
  GSettings       *settings;
  GSimpleActionGroup *actions;
  GCancellable    *cancellable;

  NbImporter      *importer;
  GCancellable    *import_cancellable;
  AdwToast        *import_toast;
  GtkNativeDialog *file_chooser;
  gboolean         closed;

  /* Files about to be imported: lists are previewed first, and the user
   * chooses the columns of those that are no known export. */
  GPtrArray       *pending;     /* of GFile, in the order given */
  GHashTable      *layouts;     /* GFile → NbCsvLayout chosen */
  GQueue           to_ask;      /* NbCsvPreview */
  guint            n_previews;  /* still being read */
};

G_DEFINE_FINAL_TYPE (NbImportExport, nb_import_export, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* Import                                                                  */

static void
show_problems (NbImportExport *self,
               const char     *summary,
               GPtrArray      *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *dialog, *scroller, *label;

  for (guint i = 0; i < problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (problems, i));
    }

  dialog = adw_message_dialog_new (self->window, _("Import Report"), summary);
  label = gtk_label_new (text->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* A name of a problem may be one long word. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 300);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_details_cb (AdwToast       *toast,
                   NbImportExport *self)
{
  NbImporter *importer = g_object_get_data (G_OBJECT (toast), "nb-importer");
  g_autofree char *summary = nb_importer_dup_summary (importer);

  show_problems (self, summary, nb_importer_get_problems (importer));
}

static void
import_progress_cb (NbImporter     *importer,
                    GParamSpec     *pspec,
                    NbImportExport *self)
{
  g_autofree char *title = NULL;

  if (self->import_toast == NULL)
    return;

  /* Translators: %d is a percentage. */
  title = g_strdup_printf (_("Importing… %d %%"),
                           (int) (nb_importer_get_fraction (importer) * 100));
  adw_toast_set_title (self->import_toast, title);
}

static void
import_cancel_cb (AdwToast       *toast,
                  NbImportExport *self)
{
  g_cancellable_cancel (self->import_cancellable);
}

static void
duplicates_found_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(NbImportExport) self = user_data;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  groups = nb_store_find_duplicates_finish (NB_STORE (object), result, &error);
  if (groups == NULL || groups->len == 0 || self->closed)
    return;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u possible duplicate among your contacts",
                                        "%u possible duplicates among your contacts",
                                        groups->len),
                           groups->len);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Review"));
  adw_toast_set_action_name (toast, "win.show-duplicates");
  nb_toast_add (GTK_WIDGET (self->window), toast);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(NbImportExport) self = user_data;
  g_autoptr(NbImporter) importer = NB_IMPORTER (g_object_ref (object));
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (self->import_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->import_toast, self);
      adw_toast_dismiss (self->import_toast);
    }
  g_clear_object (&self->import_toast);
  g_clear_object (&self->importer);
  g_clear_object (&self->import_cancellable);

  if (!nb_importer_run_finish (importer, result, &error))
    {
      g_autofree char *body = NULL;

      if (self->closed)
        return;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          nb_toast_show_message (GTK_WIDGET (self->window), _("Import cancelled: nothing was imported"));
          return;
        }

      body = g_strdup_printf ("%s\n\n%s", error->message, _("Nothing was imported."));
      nb_alert_show (GTK_WIDGET (self->window), _("Import Failed"), body);
      return;
    }

  if (self->closed)
    return;

  summary = nb_importer_dup_summary (importer);
  escaped = g_markup_escape_text (summary, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 8);
  if (nb_importer_get_problems (importer)->len > 0)
    {
      adw_toast_set_button_label (toast, _("_Details"));
      g_object_set_data_full (G_OBJECT (toast), "nb-importer", g_object_ref (importer), g_object_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (import_details_cb), self, 0);
    }
  nb_toast_add (GTK_WIDGET (self->window), toast);

  /* After new cards came in, a gentle word if some look like others. */
  if (nb_importer_get_n_added (importer) > 0)
    nb_store_find_duplicates_async (self->store, NULL, NULL, self->cancellable,
                                    duplicates_found_cb, g_object_ref (self));
}

/**
 * nb_import_export_import_files:
 * @self: the import and export of a window
 * @files: (array length=n_files): vCard, iCalendar or CSV files
 * @n_files: how many
 *
 * Imports the files in the background, in one transaction, showing the
 * progress and then what was imported and what was skipped.
 */
static void ask_next_columns (NbImportExport *self);

static void
start_import (NbImportExport *self)
{
  g_autoptr(GPtrArray) files = g_steal_pointer (&self->pending);
  g_autoptr(GHashTable) layouts = g_steal_pointer (&self->layouts);

  if (files->len == 0)
    return;

  self->importer = nb_importer_new (self->store);
  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      NbCsvLayout *layout = g_hash_table_lookup (layouts, file);

      if (layout != NULL)
        nb_importer_add_csv_file (self->importer, file, layout);
      else
        nb_importer_add_file (self->importer, file);
    }

  self->import_cancellable = g_cancellable_new ();
  self->import_toast = g_object_ref (adw_toast_new (_("Importing…")));
  adw_toast_set_timeout (self->import_toast, 0);
  adw_toast_set_button_label (self->import_toast, _("_Cancel"));
  g_signal_connect (self->import_toast, "button-clicked", G_CALLBACK (import_cancel_cb), self);
  nb_toast_add (GTK_WIDGET (self->window), g_object_ref (self->import_toast));

  g_signal_connect_object (self->importer, "notify::fraction",
                           G_CALLBACK (import_progress_cb), self, 0);
  nb_importer_run_async (self->importer, self->import_cancellable, import_done_cb,
                         g_object_ref (self));
}

static void
columns_chosen_cb (NbCsvColumnsDialog *dialog,
                   NbCsvLayout        *layout,
                   NbImportExport     *self)
{
  NbCsvPreview *preview = g_object_get_data (G_OBJECT (dialog), "nb-preview");

  if (self->layouts != NULL)
    g_hash_table_replace (self->layouts, g_object_ref (nb_csv_preview_get_file (preview)),
                          g_object_ref (layout));
}

static void
columns_dialog_closed_cb (NbCsvColumnsDialog *dialog,
                          NbImportExport     *self)
{
  NbCsvPreview *preview = g_object_get_data (G_OBJECT (dialog), "nb-preview");
  GFile *file = nb_csv_preview_get_file (preview);

  /* Closed without choosing: that list is left out, the others go on. */
  if (self->pending != NULL && !g_hash_table_contains (self->layouts, file))
    {
      for (guint i = 0; i < self->pending->len; i++)
        if (g_file_equal (g_ptr_array_index (self->pending, i), file))
          {
            g_ptr_array_remove_index (self->pending, i);
            break;
          }
    }

  ask_next_columns (self);
}

/* One dialog after the other, then the import. */
static void
ask_next_columns (NbImportExport *self)
{
  g_autoptr(NbCsvPreview) preview = g_queue_pop_head (&self->to_ask);
  NbCsvColumnsDialog *dialog;

  if (self->closed || self->pending == NULL)
    return;

  if (preview == NULL)
    {
      start_import (self);
      return;
    }

  dialog = nb_csv_columns_dialog_new (self->window, preview);
  g_object_set_data_full (G_OBJECT (dialog), "nb-preview", g_object_ref (preview), g_object_unref);
  g_signal_connect_object (dialog, "columns-chosen", G_CALLBACK (columns_chosen_cb), self, 0);
  g_signal_connect_object (dialog, "close-request", G_CALLBACK (columns_dialog_closed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
preview_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(NbImportExport) self = user_data;
  g_autoptr(NbCsvPreview) preview = NULL;
  g_autoptr(GError) error = NULL;

  preview = nb_csv_preview_new_finish (result, &error);
  self->n_previews--;

  /* A list that cannot be previewed is left to the import, which says
   * what is wrong with it. */
  if (preview != NULL && nb_csv_preview_needs_columns (preview))
    g_queue_push_tail (&self->to_ask, g_steal_pointer (&preview));
  else if (error != NULL)
    g_debug ("No preview: %s", error->message);

  if (self->n_previews == 0)
    ask_next_columns (self);
}

static gboolean
is_list (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *down = name ? g_ascii_strdown (name, -1) : NULL;

  return down != NULL && (g_str_has_suffix (down, ".csv") || g_str_has_suffix (down, ".tsv"));
}

void
nb_import_export_import_files (NbImportExport  *self,
                               GFile          **files,
                               guint            n_files)
{
  g_return_if_fail (NB_IS_IMPORT_EXPORT (self));

  if (n_files == 0 || self->closed)
    return;

  if (self->importer != NULL || self->pending != NULL)
    {
      nb_toast_show_message (GTK_WIDGET (self->window), _("An import is already running"));
      return;
    }

  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  self->layouts = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal,
                                         g_object_unref, g_object_unref);
  for (guint i = 0; i < n_files; i++)
    {
      g_ptr_array_add (self->pending, g_object_ref (files[i]));
      if (is_list (files[i]))
        {
          self->n_previews++;
          nb_csv_preview_new_async (nb_store_get_path (self->store), files[i], self->cancellable,
                                    preview_done_cb, g_object_ref (self));
        }
    }

  if (self->n_previews == 0)
    start_import (self);
}

/* ---------------------------------------------------------------------- */
/* GNOME's address books                                                   */

static void
address_book_details_cb (AdwToast       *toast,
                         NbImportExport *self)
{
  NbAddressBookImporter *importer = g_object_get_data (G_OBJECT (toast), "nb-address-book-importer");
  g_autofree char *summary = nb_address_book_importer_dup_summary (importer);

  show_problems (self, summary, nb_address_book_importer_get_problems (importer));
}

static void
address_book_imported_cb (NbAddressBookDialog   *dialog,
                          NbAddressBookImporter *importer,
                          NbImportExport        *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (self->closed)
    return;

  summary = nb_address_book_importer_dup_summary (importer);
  escaped = g_markup_escape_text (summary, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 8);
  if (nb_address_book_importer_get_problems (importer)->len > 0)
    {
      adw_toast_set_button_label (toast, _("_Details"));
      g_object_set_data_full (G_OBJECT (toast), "nb-address-book-importer", g_object_ref (importer),
                              g_object_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (address_book_details_cb), self, 0);
    }
  nb_toast_add (GTK_WIDGET (self->window), toast);
}

static void
import_address_book_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  NbImportExport *self = user_data;
  NbAddressBookDialog *dialog;

  if (self->closed)
    return;

  dialog = nb_address_book_dialog_new (self->window, self->store);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (address_book_imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------------------- */
/* File choosers                                                           */

static GtkFileFilter *
vcard_filter (const char *name)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, "text/vcard");
  gtk_file_filter_add_mime_type (filter, "text/x-vcard");
  gtk_file_filter_add_suffix (filter, "vcf");
  gtk_file_filter_add_suffix (filter, "vcard");

  return filter;
}

static void
add_calendar_types (GtkFileFilter *filter)
{
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
}

/* Lists of people: LinkedIn's Connections.csv, Google's and Outlook's
 * exports, any other CSV. */
static void
add_csv_types (GtkFileFilter *filter)
{
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "text/tab-separated-values");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "tsv");
}

static GtkFileFilter *
csv_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  /* Translators: a file type in the Import dialog. */
  gtk_file_filter_set_name (filter, _("CSV Lists (LinkedIn, Google, Outlook)"));
  add_csv_types (filter);

  return filter;
}

static GtkFileFilter *
calendar_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("iCalendar Files"));
  add_calendar_types (filter);

  return filter;
}

static GtkFileFilter *
all_files_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");

  return filter;
}

static void
add_filter (GtkFileChooser *chooser,
            GtkFileFilter  *filter)
{
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

/* Opens a new file chooser of the window, in place of one still open. */
static GtkFileChooser *
new_chooser (NbImportExport       *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept,
             GCallback             response_cb)
{
  g_clear_object (&self->file_chooser);
  self->file_chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (title, self->window, action,
                                                                       accept, _("_Cancel")));
  gtk_native_dialog_set_modal (self->file_chooser, TRUE);
  g_signal_connect (self->file_chooser, "response", response_cb, self);

  return GTK_FILE_CHOOSER (self->file_chooser);
}

static void
import_chooser_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            NbImportExport  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));

      nb_import_export_import_files (self, (GFile **) array->pdata, array->len);
    }

  g_clear_object (&self->file_chooser);
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  NbImportExport *self = user_data;
  GtkFileFilter *both = vcard_filter (_("Contacts and Calendars"));
  GtkFileChooser *chooser;

  add_calendar_types (both);
  add_csv_types (both);
  chooser = new_chooser (self, _("Import Contacts or Meals"), GTK_FILE_CHOOSER_ACTION_OPEN,
                         _("_Import"), G_CALLBACK (import_chooser_response_cb));
  gtk_file_chooser_set_select_multiple (chooser, TRUE);
  add_filter (chooser, both);
  add_filter (chooser, vcard_filter (_("vCard Files")));
  add_filter (chooser, csv_filter ());
  add_filter (chooser, calendar_filter ());
  add_filter (chooser, all_files_filter ());
  gtk_native_dialog_show (self->file_chooser);
}

/* ---------------------------------------------------------------------- */
/* Export                                                                  */

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(NbImportExport) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  NbExporter *exporter = NB_EXPORTER (object);

  if (!nb_exporter_run_finish (exporter, result, &error))
    {
      if (!self->closed)
        nb_alert_show (GTK_WIDGET (self->window), _("Export Failed"), error->message);
      return;
    }

  summary = nb_exporter_dup_summary (exporter);
  if (!self->closed)
    nb_toast_show_message (GTK_WIDGET (self->window), summary);
}

static void
export_chooser_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            NbImportExport  *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "nb-ids");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(NbExporter) exporter = nb_exporter_new (self->store, file);
      const char *version = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "version");
      NbVcardVersion vcard_version = NB_VCARD_VERSION_3_0;

      if (version != NULL && nb_vcard_version_from_string (version, &vcard_version))
        g_settings_set_string (self->settings, "export-vcard-version", version);

      nb_exporter_set_vcard_version (exporter, vcard_version);
      nb_exporter_set_contact_ids (exporter, ids);
      nb_exporter_set_format (exporter, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "nb-format")));
      nb_exporter_run_async (exporter, self->cancellable, export_done_cb, g_object_ref (self));
    }

  g_clear_object (&self->file_chooser);
}

/* Exports the contacts of @ids, or all when %NULL, to a file chosen. */
static void
export_contacts (NbImportExport *self,
                 GArray         *ids)
{
  const char *choice_ids[] = { "3.0", "4.0", NULL };
  const char *choice_labels[] = { _("vCard 3.0 (most compatible)"), _("vCard 4.0"), NULL };
  g_autofree char *version = g_settings_get_string (self->settings, "export-vcard-version");
  GtkFileChooser *chooser;

  chooser = new_chooser (self, ids ? _("Export Selected Contacts") : _("Export All Contacts"),
                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                         G_CALLBACK (export_chooser_response_cb));
  /* Translators: the file name an export suggests. */
  gtk_file_chooser_set_current_name (chooser, _("contacts.vcf"));
  gtk_file_chooser_add_choice (chooser, "version", _("Format"), choice_ids, choice_labels);
  gtk_file_chooser_set_choice (chooser, "version", version);
  add_filter (chooser, vcard_filter (_("vCard Files")));
  add_filter (chooser, all_files_filter ());
  if (ids != NULL)
    g_object_set_data_full (G_OBJECT (chooser), "nb-ids", g_array_ref (ids), (GDestroyNotify) g_array_unref);
  gtk_native_dialog_show (self->file_chooser);
}

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  export_contacts (user_data, NULL);
}

static void
export_contacts_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gsize n = 0;
  const gint64 *values = g_variant_get_fixed_array (parameter, &n, sizeof (gint64));

  if (n == 0)
    return;

  g_array_append_vals (ids, values, n);
  export_contacts (user_data, ids);
}

static void
export_calendar_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  NbImportExport *self = user_data;
  GtkFileChooser *chooser;

  chooser = new_chooser (self, _("Export Meals and Birthdays"), GTK_FILE_CHOOSER_ACTION_SAVE,
                         _("_Export"), G_CALLBACK (export_chooser_response_cb));
  /* Translators: the file name an export of meals and birthdays suggests. */
  gtk_file_chooser_set_current_name (chooser, _("calendar.ics"));
  add_filter (chooser, calendar_filter ());
  g_object_set_data (G_OBJECT (chooser), "nb-format", GINT_TO_POINTER (NB_EXPORT_ICALENDAR));
  gtk_native_dialog_show (self->file_chooser);
}

/* ---------------------------------------------------------------------- */

static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         NbImportExport *self)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  for (GSList *l = list; l; l = l->next)
    g_ptr_array_add (files, l->data);

  if (files->len == 0)
    return FALSE;

  nb_import_export_import_files (self, (GFile **) files->pdata, files->len);
  return TRUE;
}

/**
 * nb_import_export_accept_drops:
 * @self: the import and export of a window
 * @widget: where files may be dropped, such as the window
 *
 * Imports the files dropped on @widget.
 */
void
nb_import_export_accept_drops (NbImportExport *self,
                               GtkWidget      *widget)
{
  GtkDropTarget *drop;

  g_return_if_fail (NB_IS_IMPORT_EXPORT (self));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drop));
}

/**
 * nb_import_export_close:
 * @self: the import and export of a window
 *
 * The window is closing: a running import is cancelled (nothing of it is
 * kept), and nothing more is said.
 */
void
nb_import_export_close (NbImportExport *self)
{
  g_return_if_fail (NB_IS_IMPORT_EXPORT (self));

  self->closed = TRUE;
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
}

static void
nb_import_export_dispose (GObject *object)
{
  NbImportExport *self = (NbImportExport *) object;

  nb_import_export_close (self);
  g_cancellable_cancel (self->cancellable);
  if (self->import_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->import_toast, self);
  g_clear_object (&self->import_toast);
  g_clear_object (&self->importer);
  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_queue_clear_full (&self->to_ask, g_object_unref);

  G_OBJECT_CLASS (nb_import_export_parent_class)->dispose (object);
}

static void
nb_import_export_finalize (GObject *object)
{
  NbImportExport *self = (NbImportExport *) object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_import_export_parent_class)->finalize (object);
}

static void
nb_import_export_class_init (NbImportExportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nb_import_export_dispose;
  object_class->finalize = nb_import_export_finalize;
}

static void
nb_import_export_init (NbImportExport *self)
{
  static const GActionEntry entries[] = {
    { "import", import_action },
    { "import-address-book", import_address_book_action },
    { "export", export_action },
    { "export-contacts", export_contacts_action, "ax" },
    { "export-calendar", export_calendar_action },
  };

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
}

/**
 * nb_import_export_new:
 * @window: the window whose files these are: dialogs and toasts go there
 * @store: the store
 *
 * Returns: (transfer full): the import and export of @window
 */
NbImportExport *
nb_import_export_new (GtkWindow *window,
                      NbStore   *store)
{
  NbImportExport *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_IMPORT_EXPORT, NULL);
  self->window = window;
  self->store = g_object_ref (store);

  return self;
}

/**
 * nb_import_export_get_actions:
 * @self: the import and export of a window
 *
 * Returns: (transfer none): its actions, for the window to insert as
 *   "files"
 */
GActionGroup *
nb_import_export_get_actions (NbImportExport *self)
{
  g_return_val_if_fail (NB_IS_IMPORT_EXPORT (self), NULL);

  return G_ACTION_GROUP (self->actions);
}
