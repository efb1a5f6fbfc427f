/* nb-csv-preview.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-csv-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-csv-preview.h"
#include "nb-io-error.h"

/**
 * NbCsvPreview:
 *
 * The header and first rows of a CSV list, read before an import in the
 * window: with the columns an import would read (a known export's, the
 * ones the user chose last time for such a header, or a guess from the
 * names of the columns), and whether the user should choose them.
 */
struct _NbCsvPreview
{
  GObject      parent_instance;

  GFile       *file;
  GStrv        header;
  GPtrArray   *rows;       /* of GStrv */
  NbCsvLayout *layout;     /* nullable */
  gboolean     needs_columns;
};

G_DEFINE_FINAL_TYPE (NbCsvPreview, nb_csv_preview, G_TYPE_OBJECT)

/* Rows before the header that are looked at for it (LinkedIn's export
 * starts with a few lines of notes). */
#define MAX_ROWS_BEFORE_HEADER 20

static void
nb_csv_preview_finalize (GObject *object)
{
  NbCsvPreview *self = NB_CSV_PREVIEW (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->header, g_strfreev);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (nb_csv_preview_parent_class)->finalize (object);
}

static void
nb_csv_preview_class_init (NbCsvPreviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nb_csv_preview_finalize;
}

static void
nb_csv_preview_init (NbCsvPreview *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/* The columns the user chose for lists with @row as header, if any. */
static NbCsvLayout *
remembered_layout (NbStoreTransaction  *transaction,
                   GStrv                row,
                   GError             **error)
{
  g_autofree char *key = nb_csv_header_dup_key ((const char * const *) row);
  g_autofree char *columns = NULL;

  if (transaction == NULL)
    return NULL;

  columns = nb_store_transaction_dup_list_columns (transaction, key, error);
  return nb_csv_layout_new_from_fields_string ((const char * const *) row, columns);
}

/**
 * nb_csv_find_header:
 * @reader: a reader at the start of a list
 * @transaction: (nullable): where the columns chosen for lists are
 *   remembered
 * @given: (nullable): the columns the user chose for this list
 * @layout: (out) (transfer full) (nullable): what the columns hold: @given,
 *   else what the user chose for such a header before, else a known
 *   export's columns or a guess by their names; %NULL when none of the
 *   first rows names a person's columns
 * @header: (out) (transfer full) (nullable): the header row: the one
 *   @layout is for, else the first row of several cells
 * @remembered: (out) (optional): whether @layout is one the user chose
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Reads the rows of a list up to its header: with @given, the first row
 * whose columns have the names of @given's header.
 *
 * Returns: %FALSE if the list could not be read
 */
gboolean
nb_csv_find_header (NbCsvReader         *reader,
                    NbStoreTransaction  *transaction,
                    NbCsvLayout         *given,
                    NbCsvLayout        **layout,
                    GStrv               *header,
                    gboolean            *remembered,
                    GCancellable        *cancellable,
                    GError             **error)
{
  g_autofree char *given_key = given ? nb_csv_header_dup_key (nb_csv_layout_get_header (given)) : NULL;
  g_autoptr(GError) local_error = NULL;

  *layout = NULL;
  *header = NULL;
  if (remembered != NULL)
    *remembered = FALSE;

  for (guint n = 0; *layout == NULL && n < MAX_ROWS_BEFORE_HEADER; n++)
    {
      g_auto(GStrv) row = nb_csv_reader_next (reader, cancellable, &local_error);

      if (row == NULL)
        break;
      if (g_strv_length (row) < 2)
        continue;

      if (*header == NULL)
        *header = g_strdupv (row);

      if (given != NULL)
        {
          g_autofree char *key = nb_csv_header_dup_key ((const char * const *) row);

          if (g_str_equal (key, given_key))
            *layout = g_object_ref (given);
        }
      else
        {
          *layout = remembered_layout (transaction, row, &local_error);
          if (local_error != NULL)
            break;
          if (*layout != NULL && remembered != NULL)
            *remembered = TRUE;
          if (*layout == NULL)
            *layout = nb_csv_layout_new_for_header ((const char * const *) row);
        }

      if (*layout != NULL)
        {
          g_strfreev (*header);
          *header = g_steal_pointer (&row);
        }
    }

  if (local_error != NULL)
    {
      g_clear_object (layout);
      g_clear_pointer (header, g_strfreev);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * nb_csv_preview_new:
 * @db_path: the database, for the columns chosen before
 * @file: a CSV file
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Reads the header and the first rows of @file, blocking.
 *
 * Returns: (transfer full) (nullable): the preview, or %NULL on error
 */
NbCsvPreview *
nb_csv_preview_new (const char    *db_path,
                    GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(NbCsvPreview) self = NULL;
  g_autoptr(NbStoreTransaction) transaction = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(NbCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = path ? g_filename_display_basename (path) : g_file_get_uri (file);
  gboolean remembered = FALSE;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  if (db_path != NULL)
    {
      transaction = nb_store_transaction_begin_read (db_path, error);
      if (transaction == NULL)
        return NULL;
    }

  self = g_object_new (NB_TYPE_CSV_PREVIEW, NULL);
  self->file = g_object_ref (file);
  reader = nb_csv_reader_new (G_INPUT_STREAM (stream), name);

  if (!nb_csv_find_header (reader, transaction, NULL, &self->layout, &self->header, &remembered,
                           cancellable, error))
    return NULL;

  if (self->header == NULL)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a list: none of its first rows has columns"), name);
      return NULL;
    }

  /* No header was known: the rows after the first row of several cells,
   * read again. */
  if (self->layout == NULL)
    {
      g_clear_object (&reader);
      g_clear_object (&stream);
      stream = g_file_read (file, cancellable, error);
      if (stream == NULL)
        return NULL;
      reader = nb_csv_reader_new (G_INPUT_STREAM (stream), name);

      for (;;)
        {
          g_auto(GStrv) row = nb_csv_reader_next (reader, cancellable, &local_error);

          if (row == NULL || g_strv_length (row) >= 2)
            break;
        }
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  while (self->rows->len < NB_CSV_PREVIEW_ROWS)
    {
      GStrv row = nb_csv_reader_next (reader, cancellable, &local_error);

      if (row == NULL)
        break;
      g_ptr_array_add (self->rows, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* A known export is read as it is; any other list by the columns the
   * user chose, once for each kind of header. */
  self->needs_columns = self->layout == NULL ||
                        (nb_csv_layout_get_source (self->layout) == NB_CSV_SOURCE_OTHER && !remembered);

  return g_steal_pointer (&self);
}

static void
preview_worker (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  const char *db_path = g_object_get_data (G_OBJECT (task), "db-path");
  GError *error = NULL;
  NbCsvPreview *preview = nb_csv_preview_new (db_path, file, cancellable, &error);

  if (preview == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, preview, g_object_unref);
}

/**
 * nb_csv_preview_new_async:
 * @db_path: the database, for the columns chosen before
 * @file: a CSV file
 * @cancellable: (nullable): a cancellable
 * @callback: called when it is read
 * @user_data: data for @callback
 *
 * Reads the header and the first rows of @file in a worker thread.
 */
void
nb_csv_preview_new_async (const char          *db_path,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_return_if_fail (G_IS_FILE (file));

  g_task_set_source_tag (task, nb_csv_preview_new_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "db-path", g_strdup (db_path), g_free);
  g_task_run_in_thread (task, preview_worker);
}

NbCsvPreview *
nb_csv_preview_new_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GFile *
nb_csv_preview_get_file (NbCsvPreview *self)
{
  g_return_val_if_fail (NB_IS_CSV_PREVIEW (self), NULL);

  return self->file;
}

/**
 * nb_csv_preview_get_header:
 * @self: a preview
 *
 * Returns: (transfer none): the cells of the list's header
 */
const char * const *
nb_csv_preview_get_header (NbCsvPreview *self)
{
  g_return_val_if_fail (NB_IS_CSV_PREVIEW (self), NULL);

  return (const char * const *) self->header;
}

/**
 * nb_csv_preview_get_rows:
 * @self: a preview
 *
 * Returns: (transfer none) (element-type GStrv): up to
 *   %NB_CSV_PREVIEW_ROWS rows after the header
 */
GPtrArray *
nb_csv_preview_get_rows (NbCsvPreview *self)
{
  g_return_val_if_fail (NB_IS_CSV_PREVIEW (self), NULL);

  return self->rows;
}

/**
 * nb_csv_preview_get_layout:
 * @self: a preview
 *
 * Returns: (transfer none) (nullable): the columns an import would read
 */
NbCsvLayout *
nb_csv_preview_get_layout (NbCsvPreview *self)
{
  g_return_val_if_fail (NB_IS_CSV_PREVIEW (self), NULL);

  return self->layout;
}

/**
 * nb_csv_preview_needs_columns:
 * @self: a preview
 *
 * Returns: whether the user should choose what the columns hold: the list
 *   is no export Netbook knows, and its columns were never chosen
 */
gboolean
nb_csv_preview_needs_columns (NbCsvPreview *self)
{
  g_return_val_if_fail (NB_IS_CSV_PREVIEW (self), FALSE);

  return self->needs_columns;
}
