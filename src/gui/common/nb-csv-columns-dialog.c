/* nb-csv-columns-dialog.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-csv-columns-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-csv-columns-dialog.h"

/**
 * NbCsvColumnsDialog:
 *
 * Asks what each column of a list holds, before a list that is no export
 * Netbook knows is imported: a row per column with its name, its first
 * values, and what it is read as (guessed from its name where Netbook
 * can). "Import" emits #NbCsvColumnsDialog::columns-chosen; it can only
 * be pressed once a column holds names, email addresses or phone numbers.
 */
struct _NbCsvColumnsDialog
{
  AdwWindow             parent_instance;

  AdwWindowTitle       *window_title;
  AdwPreferencesGroup  *columns_group;
  GtkWidget            *import_button;
  GtkWidget            *hint_label;

  NbCsvPreview         *preview;
  GPtrArray            *rows;     /* AdwComboRow, one per column */
};

G_DEFINE_FINAL_TYPE (NbCsvColumnsDialog, nb_csv_columns_dialog, ADW_TYPE_WINDOW)

enum {
  COLUMNS_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What a column can be read as, in the order they are offered. */
static const NbCsvField offered[] = {
  NB_CSV_FIELD_IGNORE,
  NB_CSV_FIELD_FULL_NAME,
  NB_CSV_FIELD_GIVEN,
  NB_CSV_FIELD_MIDDLE,
  NB_CSV_FIELD_FAMILY,
  NB_CSV_FIELD_PREFIX,
  NB_CSV_FIELD_SUFFIX,
  NB_CSV_FIELD_NICKNAME,
  NB_CSV_FIELD_EMAIL,
  NB_CSV_FIELD_PHONE,
  NB_CSV_FIELD_WEBSITE,
  NB_CSV_FIELD_ORGANIZATION,
  NB_CSV_FIELD_DEPARTMENT,
  NB_CSV_FIELD_TITLE,
  NB_CSV_FIELD_BIRTHDAY,
  NB_CSV_FIELD_NOTES,
  NB_CSV_FIELD_TAGS,
  NB_CSV_FIELD_ADDRESS_FORMATTED,
  NB_CSV_FIELD_ADDRESS_STREET,
  NB_CSV_FIELD_ADDRESS_EXTENDED,
  NB_CSV_FIELD_ADDRESS_PO_BOX,
  NB_CSV_FIELD_ADDRESS_CITY,
  NB_CSV_FIELD_ADDRESS_REGION,
  NB_CSV_FIELD_ADDRESS_POSTAL_CODE,
  NB_CSV_FIELD_ADDRESS_COUNTRY,
  NB_CSV_FIELD_CONNECTED_ON,
};

/* Values shown under a column's name. */
#define MAX_SAMPLE_CHARS 80

static NbCsvField
row_field (AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < G_N_ELEMENTS (offered) ? offered[selected] : NB_CSV_FIELD_IGNORE;
}

static NbCsvLayout *
make_layout (NbCsvColumnsDialog *self)
{
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (NbCsvField));

  for (guint i = 0; i < self->rows->len; i++)
    {
      NbCsvField field = row_field (g_ptr_array_index (self->rows, i));

      g_array_append_val (fields, field);
    }

  return nb_csv_layout_new_with_fields (nb_csv_preview_get_header (self->preview),
                                        (const NbCsvField *) fields->data, fields->len);
}

static void
update_import (NbCsvColumnsDialog *self)
{
  g_autoptr(NbCsvLayout) layout = make_layout (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "columns.import", layout != NULL);
  gtk_widget_set_visible (self->hint_label, layout == NULL);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NbCsvColumnsDialog *self = NB_CSV_COLUMNS_DIALOG (widget);
  g_autoptr(NbCsvLayout) layout = make_layout (self);

  if (layout == NULL)
    return;

  g_signal_emit (self, signals[COLUMNS_CHOSEN], 0, layout);
  gtk_window_close (GTK_WINDOW (self));
}

/* "Ada Lovelace, Grace Hopper, …": a column's first values. */
static char *
sample_values (NbCsvPreview *preview,
               guint         column)
{
  GPtrArray *rows = nb_csv_preview_get_rows (preview);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      g_autofree char *value = NULL;

      if (column >= g_strv_length (row))
        continue;
      value = g_strstrip (g_strdup (row[column]));
      g_strdelimit (value, "\r\n\t", ' ');
      if (*value == '\0')
        continue;
      if (text->len > 0)
        /* Translators: between the first values of a column. */
        g_string_append (text, _(", "));
      g_string_append (text, value);
      if (g_utf8_strlen (text->str, -1) > MAX_SAMPLE_CHARS)
        {
          const char *end = g_utf8_offset_to_pointer (text->str, MAX_SAMPLE_CHARS);

          g_string_truncate (text, end - text->str);
          g_string_append (text, "…");
          break;
        }
    }

  if (text->len == 0)
    /* Translators: a column whose first rows are all empty. */
    return g_strdup (_("Empty in the first rows"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
fill (NbCsvColumnsDialog *self)
{
  const char * const *header = nb_csv_preview_get_header (self->preview);
  NbCsvLayout *guess = nb_csv_preview_get_layout (self->preview);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *name = g_file_get_basename (nb_csv_preview_get_file (self->preview));
  g_autofree char *description = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (offered); i++)
    gtk_string_list_append (labels, nb_csv_field_get_label (offered[i]));

  adw_window_title_set_subtitle (self->window_title, name);
  description = g_strdup_printf (_("“%s” is not an export Netbook knows. Choose what its columns hold; Netbook remembers it for lists like this one."),
                                 name);
  adw_preferences_group_set_description (self->columns_group, description);

  for (guint i = 0; header[i] != NULL; i++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autofree char *sample = sample_values (self->preview, i);
      g_autofree char *title = NULL;
      NbCsvField field = guess ? nb_csv_layout_get_field (guess, i) : NB_CSV_FIELD_IGNORE;

      if (*g_strstrip (g_strdup (header[i])) == '\0')
        /* Translators: a column without a name in a list's header. */
        title = g_strdup_printf (_("Column %u"), i + 1);
      else
        title = g_strdup (header[i]);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample);
      adw_combo_row_set_model (row, G_LIST_MODEL (labels));
      for (guint j = 0; j < G_N_ELEMENTS (offered); j++)
        if (offered[j] == field)
          adw_combo_row_set_selected (row, j);

      g_signal_connect_object (row, "notify::selected", G_CALLBACK (update_import), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      g_ptr_array_add (self->rows, row);
    }

  update_import (self);
}

static void
nb_csv_columns_dialog_dispose (GObject *object)
{
  NbCsvColumnsDialog *self = NB_CSV_COLUMNS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_CSV_COLUMNS_DIALOG);
  g_clear_object (&self->preview);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_csv_columns_dialog_parent_class)->dispose (object);
}

static void
nb_csv_columns_dialog_class_init (NbCsvColumnsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_csv_columns_dialog_dispose;

  /**
   * NbCsvColumnsDialog::columns-chosen:
   * @self: the dialog
   * @layout: the columns as the user chose them
   *
   * Emitted when "Import" is pressed; the dialog closes after it.
   */
  signals[COLUMNS_CHOSEN] = g_signal_new ("columns-chosen", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, NB_TYPE_CSV_LAYOUT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-csv-columns-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NbCsvColumnsDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, NbCsvColumnsDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, NbCsvColumnsDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, NbCsvColumnsDialog, hint_label);

  gtk_widget_class_install_action (widget_class, "columns.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nb_csv_columns_dialog_init (NbCsvColumnsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/**
 * nb_csv_columns_dialog_new:
 * @parent: the window it is for
 * @preview: the list's header and first rows
 *
 * Returns: (transfer none): a dialog, not shown yet
 */
NbCsvColumnsDialog *
nb_csv_columns_dialog_new (GtkWindow    *parent,
                           NbCsvPreview *preview)
{
  NbCsvColumnsDialog *self;

  g_return_val_if_fail (NB_IS_CSV_PREVIEW (preview), NULL);

  self = g_object_new (NB_TYPE_CSV_COLUMNS_DIALOG, "transient-for", parent, NULL);
  self->preview = g_object_ref (preview);
  fill (self);

  return self;
}

/**
 * nb_csv_columns_dialog_dup_layout:
 * @self: a dialog
 *
 * Returns: (transfer full) (nullable): the columns as now chosen, or %NULL
 *   while none holds a person's name, email address or phone number
 */
NbCsvLayout *
nb_csv_columns_dialog_dup_layout (NbCsvColumnsDialog *self)
{
  g_return_val_if_fail (NB_IS_CSV_COLUMNS_DIALOG (self), NULL);

  return make_layout (self);
}
