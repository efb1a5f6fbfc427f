/* nb-capture-files-group.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-capture-files-group"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-capture-files-group.h"
#include "nb-toast.h"

/**
 * NbCaptureFilesGroup:
 *
 * The calendar files whose past meetings with contacts count as
 * interactions (those imported, or read with --capture-interactions),
 * each with a button to stop counting them, which takes back what the
 * file added. Hidden while there is none.
 */
struct _NbCaptureFilesGroup
{
  AdwPreferencesGroup  parent_instance;

  NbStore             *store;

  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (NbCaptureFilesGroup, nb_capture_files_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void fill (NbCaptureFilesGroup *self);

static void
forget_clicked_cb (GtkButton           *button,
                   NbCaptureFilesGroup *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "path");
  g_autofree char *source = nb_store_capture_file_source (path);
  g_autoptr(GError) error = NULL;

  if (!nb_store_remove_captured_interactions (self->store, source, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: the %s is why. */
      message = g_strdup_printf (_("Could not stop counting the file’s meetings: %s"), error->message);
      nb_toast_show_message (GTK_WIDGET (self), message);
    }
  /* The row goes with #NbStore::interactions-changed. */
}

static GtkWidget *
file_row (NbCaptureFilesGroup *self,
          const char          *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *folder_name = g_filename_display_name (folder);
  g_autofree char *label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *forget = gtk_button_new_from_icon_name ("user-trash-symbolic");

  /* A file's name is not Pango markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder_name);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_tooltip_text (row, path);

  gtk_widget_set_valign (forget, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (forget, "flat");
  gtk_widget_set_tooltip_text (forget, _("Stop Counting Its Meetings"));
  /* Translators: the button of a calendar file: its name. */
  label = g_strdup_printf (_("Stop counting the meetings in %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (forget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (forget), "path", g_strdup (path), g_free);
  g_signal_connect (forget, "clicked", G_CALLBACK (forget_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), forget);

  return row;
}

static void
fill (NbCaptureFilesGroup *self)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  if (self->store != NULL && (paths = nb_store_list_capture_files (self->store, &error)) == NULL)
    g_warning ("Could not list the calendar files: %s", error->message);

  for (guint i = 0; paths != NULL && i < paths->len; i++)
    gtk_list_box_append (self->list, file_row (self, g_ptr_array_index (paths, i)));

  gtk_widget_set_visible (GTK_WIDGET (self), paths != NULL && paths->len > 0);
}

static void
nb_capture_files_group_dispose (GObject *object)
{
  NbCaptureFilesGroup *self = NB_CAPTURE_FILES_GROUP (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_capture_files_group_parent_class)->dispose (object);
}

static void
nb_capture_files_group_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  NbCaptureFilesGroup *self = NB_CAPTURE_FILES_GROUP (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_capture_files_group_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  NbCaptureFilesGroup *self = NB_CAPTURE_FILES_GROUP (object);

  switch (prop_id)
    {
    case PROP_STORE:
      nb_capture_files_group_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_capture_files_group_class_init (NbCaptureFilesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_capture_files_group_dispose;
  object_class->get_property = nb_capture_files_group_get_property;
  object_class->set_property = nb_capture_files_group_set_property;

  /**
   * NbCaptureFilesGroup:store:
   *
   * The store whose calendar files are listed.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, NB_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-capture-files-group.ui");
  gtk_widget_class_bind_template_child (widget_class, NbCaptureFilesGroup, list);
}

static void
nb_capture_files_group_init (NbCaptureFilesGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nb_capture_files_group_new:
 * @store: the store
 *
 * Returns: (transfer floating): the group
 */
GtkWidget *
nb_capture_files_group_new (NbStore *store)
{
  return g_object_new (NB_TYPE_CAPTURE_FILES_GROUP, "store", store, NULL);
}

NbStore *
nb_capture_files_group_get_store (NbCaptureFilesGroup *self)
{
  g_return_val_if_fail (NB_IS_CAPTURE_FILES_GROUP (self), NULL);

  return self->store;
}

/**
 * nb_capture_files_group_set_store:
 * @self: the group
 * @store: (nullable): the store
 *
 * Lists the store's calendar files, again whenever interactions change
 * (an import in the background counts a file's meetings).
 */
void
nb_capture_files_group_set_store (NbCaptureFilesGroup *self,
                                  NbStore             *store)
{
  g_return_if_fail (NB_IS_CAPTURE_FILES_GROUP (self));
  g_return_if_fail (store == NULL || NB_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_swapped (store, "interactions-changed", G_CALLBACK (fill), self);

  fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
