/* nb-contact-editor.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-contact-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-address-row.h"
#include "nb-avatar.h"
#include "nb-cadence.h"
#include "nb-contact-editor.h"
#include "nb-field-row.h"
#include "nb-format.h"
#include "nb-text.h"

/**
 * NbContactEditor:
 *
 * Edits a contact as a draft: nothing changes until the draft is built and
 * saved by the window, and nb_contact_editor_is_dirty() tells whether there
 * is anything to lose. Fields Netbook keeps without showing (the vCard
 * properties it does not know, the UID) pass through untouched.
 */
struct _NbContactEditor
{
  GtkWidget       parent_instance;

  NbContact      *original;
  GBytes         *photo;
  char           *photo_mime_type;
  GPtrArray      *email_rows;
  GPtrArray      *phone_rows;
  GPtrArray      *website_rows;
  GPtrArray      *address_rows;
  GtkNativeDialog *photo_chooser;
  GCancellable   *cancellable;

  GtkScrolledWindow   *scroller;
  AdwAvatar           *avatar;
  AdwEntryRow         *name_row;
  AdwEntryRow         *nickname_row;
  AdwEntryRow         *organization_row;
  AdwEntryRow         *organization_units_row;
  AdwEntryRow         *title_row;
  GtkLabel            *name_error_label;
  AdwPreferencesGroup *emails_group;
  AdwPreferencesGroup *phones_group;
  AdwPreferencesGroup *websites_group;
  AdwPreferencesGroup *addresses_group;
  AdwExpanderRow      *birthday_row;
  GtkSpinButton       *day_spin;
  AdwComboRow         *month_row;
  AdwEntryRow         *year_row;
  GtkLabel            *birthday_error_label;
  AdwEntryRow         *how_met_row;
  AdwEntryRow         *help_row;
  AdwEntryRow         *food_row;
  AdwEntryRow         *tags_row;
  AdwEntryRow         *looking_for_row;
  AdwEntryRow         *offers_row;
  AdwComboRow         *cadence_row;
  GtkStringList       *cadence_model;
  GtkTextView         *notes_view;
  GArray              *cadence_days;   /* the rows' values, as nb_cadence_list_choices() */
};

G_DEFINE_FINAL_TYPE (NbContactEditor, nb_contact_editor, GTK_TYPE_WIDGET)

#define MAX_PHOTO_BYTES (10 * 1024 * 1024)

static void fill_cadences (NbContactEditor *self,
                           int              current);

static const char *
editable_text (gpointer editable)
{
  return gtk_editable_get_text (GTK_EDITABLE (editable));
}

static void
set_editable (gpointer    editable,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text ? text : "");
}

/* ---------------------------------------------------------------------- */
/* Labels                                                                  */

/* The items of a list typed with separators, trimmed, empty ones left out. */
static char **
split_list (const char *text,
            const char *separators)
{
  g_auto(GStrv) parts = g_strsplit_set (text, separators, -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i]; i++)
    {
      g_autofree char *item = nb_text_strip_dup (parts[i]);

      if (item != NULL)
        g_strv_builder_add (builder, item);
    }

  return g_strv_builder_end (builder);
}

/* The units of an organisation as the form shows them: largest first,
 * separated by semicolons (a unit's name may hold a comma). */
static char *
units_text (const char * const *units)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) shown = NULL;

  for (guint i = 0; units[i] != NULL; i++)
    {
      if (*units[i] != '\0')
        g_strv_builder_add (builder, units[i]);
    }
  shown = g_strv_builder_end (builder);

  return g_strjoinv ("; ", shown);
}

/* ---------------------------------------------------------------------- */
/* Multi-valued fields                                                     */

static GPtrArray *
rows_for_kind (NbContactEditor *self,
               NbLabelKind      kind)
{
  switch (kind)
    {
    case NB_LABEL_KIND_EMAIL: return self->email_rows;
    case NB_LABEL_KIND_PHONE: return self->phone_rows;
    case NB_LABEL_KIND_WEBSITE: return self->website_rows;
    case NB_LABEL_KIND_ADDRESS: return self->address_rows;
    default: g_return_val_if_reached (NULL);
    }
}

static AdwPreferencesGroup *
group_for_kind (NbContactEditor *self,
                NbLabelKind      kind)
{
  switch (kind)
    {
    case NB_LABEL_KIND_EMAIL: return self->emails_group;
    case NB_LABEL_KIND_PHONE: return self->phones_group;
    case NB_LABEL_KIND_WEBSITE: return self->websites_group;
    case NB_LABEL_KIND_ADDRESS: return self->addresses_group;
    default: g_return_val_if_reached (NULL);
    }
}

static void
remove_row_cb (GtkWidget       *row,
               NbContactEditor *self)
{
  NbLabelKind kind = NB_IS_FIELD_ROW (row) ? nb_field_row_get_kind (NB_FIELD_ROW (row)) : NB_LABEL_KIND_ADDRESS;

  g_ptr_array_remove (rows_for_kind (self, kind), row);
  adw_preferences_group_remove (group_for_kind (self, kind), row);
}

static GtkWidget *
add_row (NbContactEditor *self,
         NbLabelKind      kind,
         GtkWidget       *row)
{
  g_signal_connect (row, "remove", G_CALLBACK (remove_row_cb), self);
  g_ptr_array_add (rows_for_kind (self, kind), row);
  adw_preferences_group_add (group_for_kind (self, kind), row);

  return row;
}

static GtkWidget *
add_field_row (NbContactEditor *self,
               NbLabelKind      kind,
               const NbField   *field)
{
  return add_row (self, kind, nb_field_row_new (kind, field));
}

static GtkWidget *
add_address_row (NbContactEditor *self,
                 const NbAddress *address)
{
  return add_row (self, NB_LABEL_KIND_ADDRESS, nb_address_row_new (address));
}

/* The fields of the rows of one kind, as edited; empty ones left out. */
static GPtrArray *
read_rows (NbContactEditor *self,
           NbLabelKind      kind)
{
  GPtrArray *rows = rows_for_kind (self, kind);
  GPtrArray *values = kind == NB_LABEL_KIND_ADDRESS ? nb_address_array_new () : nb_field_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      gpointer row = g_ptr_array_index (rows, i);
      gpointer value = kind == NB_LABEL_KIND_ADDRESS ? (gpointer) nb_address_row_dup_address (row)
                                                     : (gpointer) nb_field_row_dup_field (row);

      if (value != NULL)
        g_ptr_array_add (values, value);
    }

  return values;
}

static void
clear_rows (NbContactEditor *self,
            NbLabelKind      kind)
{
  GPtrArray *rows = rows_for_kind (self, kind);

  while (rows->len > 0)
    {
      GtkWidget *row = g_ptr_array_steal_index (rows, rows->len - 1);

      adw_preferences_group_remove (group_for_kind (self, kind), row);
    }
}

/* ---------------------------------------------------------------------- */
/* Photo                                                                   */

static void
update_avatar (NbContactEditor *self)
{
  g_autoptr(GdkTexture) texture = NULL;

  adw_avatar_set_text (self->avatar, editable_text (self->name_row));
  if (self->photo != NULL)
    texture = gdk_texture_new_from_bytes (self->photo, NULL);
  adw_avatar_set_custom_image (self->avatar, texture ? GDK_PAINTABLE (texture) : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-photo", self->photo != NULL);
}

static void
photo_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(NbContactEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *type = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", error->message);
      return;
    }

  if (length > MAX_PHOTO_BYTES)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s",
                                  _("The photo is too large: choose one under 10 MB"));
      return;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  texture = gdk_texture_new_from_bytes (bytes, &error);
  if (texture == NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s",
                                  _("This file is not an image Netbook can show"));
      return;
    }

  type = g_content_type_guess (NULL, g_bytes_get_data (bytes, NULL), length, NULL);
  g_clear_pointer (&self->photo, g_bytes_unref);
  g_clear_pointer (&self->photo_mime_type, g_free);
  self->photo = g_steal_pointer (&bytes);
  self->photo_mime_type = g_content_type_get_mime_type (type);
  update_avatar (self);
}

static void
photo_chooser_response_cb (GtkNativeDialog *dialog,
                           int              response,
                           NbContactEditor *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      g_file_load_contents_async (file, self->cancellable, photo_loaded_cb, g_object_ref (self));
    }

  g_clear_object (&self->photo_chooser);
}

static void
choose_photo_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NbContactEditor *self = NB_CONTACT_EDITOR (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_mime_type (filter, "image/*");

  g_clear_object (&self->photo_chooser);
  self->photo_chooser = GTK_NATIVE_DIALOG (
    gtk_file_chooser_native_new (_("Choose a Photo"),
                                 GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel")));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->photo_chooser), filter);
  gtk_native_dialog_set_modal (self->photo_chooser, TRUE);
  g_signal_connect (self->photo_chooser, "response", G_CALLBACK (photo_chooser_response_cb), self);
  gtk_native_dialog_show (self->photo_chooser);
}

static void
remove_photo_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NbContactEditor *self = NB_CONTACT_EDITOR (widget);

  g_clear_pointer (&self->photo, g_bytes_unref);
  g_clear_pointer (&self->photo_mime_type, g_free);
  update_avatar (self);
}

/* ---------------------------------------------------------------------- */

static void
add_field_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NbContactEditor *self = NB_CONTACT_EDITOR (widget);
  GtkWidget *row;

  if (g_str_equal (action_name, "editor.add-email"))
    row = add_field_row (self, NB_LABEL_KIND_EMAIL, NULL);
  else if (g_str_equal (action_name, "editor.add-phone"))
    row = add_field_row (self, NB_LABEL_KIND_PHONE, NULL);
  else if (g_str_equal (action_name, "editor.add-website"))
    row = add_field_row (self, NB_LABEL_KIND_WEBSITE, NULL);
  else
    {
      row = add_address_row (self, NULL);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }

  gtk_widget_grab_focus (row);
}

static void
name_changed_cb (NbContactEditor *self)
{
  g_autofree char *name = nb_text_strip_dup (editable_text (self->name_row));

  update_avatar (self);

  if (name != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->name_error_label), FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
    }
}

/* The collapsed Birthday row says which date it holds. */
static void
update_birthday_subtitle (NbContactEditor *self)
{
  g_autoptr(NbBirthday) birthday = NULL;
  g_autofree char *text = NULL;
  g_autofree char *year_text = nb_text_strip_dup (editable_text (self->year_row));
  guint64 year = 0;

  if (adw_expander_row_get_enable_expansion (self->birthday_row))
    {
      if (year_text != NULL)
        g_ascii_string_to_unsigned (year_text, 10, 1, 9999, &year, NULL);
      birthday = nb_birthday_new (year, adw_combo_row_get_selected (self->month_row) + 1,
                                  gtk_spin_button_get_value_as_int (self->day_spin));
      if (birthday != NULL)
        text = nb_format_birthday (birthday);
    }

  adw_expander_row_set_subtitle (self->birthday_row, text ? text : "");
}

static void
nb_contact_editor_dispose (GObject *object)
{
  NbContactEditor *self = (NbContactEditor *) object;

  g_cancellable_cancel (self->cancellable);
  if (self->photo_chooser != NULL)
    gtk_native_dialog_destroy (self->photo_chooser);
  g_clear_object (&self->photo_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_CONTACT_EDITOR);

  g_clear_object (&self->original);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->photo, g_bytes_unref);
  g_clear_pointer (&self->email_rows, g_ptr_array_unref);
  g_clear_pointer (&self->phone_rows, g_ptr_array_unref);
  g_clear_pointer (&self->website_rows, g_ptr_array_unref);
  g_clear_pointer (&self->address_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_contact_editor_parent_class)->dispose (object);
}

static void
nb_contact_editor_finalize (GObject *object)
{
  NbContactEditor *self = (NbContactEditor *) object;

  g_free (self->photo_mime_type);
  g_clear_pointer (&self->cadence_days, g_array_unref);

  G_OBJECT_CLASS (nb_contact_editor_parent_class)->finalize (object);
}

static void
nb_contact_editor_class_init (NbContactEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_contact_editor_dispose;
  object_class->finalize = nb_contact_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-contact-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, avatar);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, nickname_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, organization_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, organization_units_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, name_error_label);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, emails_group);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, phones_group);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, websites_group);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, addresses_group);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, birthday_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, day_spin);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, month_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, year_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, birthday_error_label);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, how_met_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, help_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, food_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, looking_for_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, offers_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, cadence_model);
  gtk_widget_class_bind_template_child (widget_class, NbContactEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_birthday_subtitle);

  gtk_widget_class_install_action (widget_class, "editor.add-email", NULL, add_field_action);
  gtk_widget_class_install_action (widget_class, "editor.add-phone", NULL, add_field_action);
  gtk_widget_class_install_action (widget_class, "editor.add-website", NULL, add_field_action);
  gtk_widget_class_install_action (widget_class, "editor.add-address", NULL, add_field_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-photo", NULL, choose_photo_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-photo", NULL, remove_photo_action);
}

static void
nb_contact_editor_init (NbContactEditor *self)
{
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->email_rows = g_ptr_array_new ();
  self->phone_rows = g_ptr_array_new ();
  self->website_rows = g_ptr_array_new ();
  self->address_rows = g_ptr_array_new ();
  fill_cadences (self, NB_CADENCE_AS_DEFAULT);

  for (guint month = 1; month <= 12; month++)
    {
      g_autofree char *name = nb_format_month_name (month);

      gtk_string_list_append (months, name);
    }
  adw_combo_row_set_model (self->month_row, G_LIST_MODEL (months));
}

GtkWidget *
nb_contact_editor_new (void)
{
  return g_object_new (NB_TYPE_CONTACT_EDITOR, NULL);
}

/**
 * nb_contact_editor_get_original:
 * @self: an editor
 *
 * Returns: (transfer none) (nullable): the contact being edited, as it was
 */
NbContact *
nb_contact_editor_get_original (NbContactEditor *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_EDITOR (self), NULL);

  return self->original;
}

/* The keep-in-touch choices, @current chosen. */
static void
fill_cadences (NbContactEditor *self,
               int              current)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) labels = NULL;
  guint selected;

  g_clear_pointer (&self->cadence_days, g_array_unref);
  self->cadence_days = nb_cadence_list_choices (NB_CADENCE_CHOICES_CONTACT, current,
                                                g_settings_get_int (settings, "default-cadence-days"),
                                                &labels, &selected);
  gtk_string_list_splice (self->cadence_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->cadence_model)),
                          (const char * const *) labels);
  adw_combo_row_set_selected (self->cadence_row, selected);
}

static int
selected_cadence (NbContactEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->cadence_row);

  if (selected >= self->cadence_days->len)
    return self->original ? nb_contact_get_cadence (self->original) : -1;

  return g_array_index (self->cadence_days, int, selected);
}

/**
 * nb_contact_editor_edit:
 * @self: an editor
 * @contact: (nullable): the contact to edit; a new one when its id is 0
 *
 * Fills the form with @contact.
 */
void
nb_contact_editor_edit (NbContactEditor *self,
                        NbContact       *contact)
{
  const NbBirthday *birthday;
  GtkTextBuffer *buffer;
  g_autofree char *tags = NULL;
  g_autofree char *units = NULL;

  g_return_if_fail (NB_IS_CONTACT_EDITOR (self));

  g_set_object (&self->original, contact);

  clear_rows (self, NB_LABEL_KIND_EMAIL);
  clear_rows (self, NB_LABEL_KIND_PHONE);
  clear_rows (self, NB_LABEL_KIND_WEBSITE);
  clear_rows (self, NB_LABEL_KIND_ADDRESS);
  g_clear_pointer (&self->photo, g_bytes_unref);
  g_clear_pointer (&self->photo_mime_type, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->name_error_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->birthday_error_label), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");

  if (contact == NULL)
    return;

  set_editable (self->name_row, nb_contact_get_full_name (contact));
  set_editable (self->nickname_row, nb_contact_get_nickname (contact));
  set_editable (self->organization_row, nb_contact_get_organization (contact));
  units = units_text (nb_contact_get_organization_units (contact));
  set_editable (self->organization_units_row, units);
  set_editable (self->title_row, nb_contact_get_title (contact));
  set_editable (self->how_met_row, nb_contact_get_how_met (contact));
  set_editable (self->help_row, nb_contact_get_help_notes (contact));
  set_editable (self->food_row, nb_contact_get_food_preferences (contact));
  tags = g_strjoinv (", ", (char **) nb_contact_get_tags (contact));
  set_editable (self->tags_row, tags);
  {
    g_autofree char *looking_for = g_strjoinv ("; ", (char **) nb_contact_get_looking_for (contact));
    g_autofree char *offers = g_strjoinv ("; ", (char **) nb_contact_get_offers (contact));

    set_editable (self->looking_for_row, looking_for);
    set_editable (self->offers_row, offers);
  }
  fill_cadences (self, nb_contact_get_cadence (contact));

  buffer = gtk_text_view_get_buffer (self->notes_view);
  gtk_text_buffer_set_text (buffer, nb_contact_get_notes (contact) ?: "", -1);

  for (guint i = 0; i < nb_contact_get_emails (contact)->len; i++)
    add_field_row (self, NB_LABEL_KIND_EMAIL, g_ptr_array_index (nb_contact_get_emails (contact), i));
  for (guint i = 0; i < nb_contact_get_phones (contact)->len; i++)
    add_field_row (self, NB_LABEL_KIND_PHONE, g_ptr_array_index (nb_contact_get_phones (contact), i));
  for (guint i = 0; i < nb_contact_get_websites (contact)->len; i++)
    add_field_row (self, NB_LABEL_KIND_WEBSITE, g_ptr_array_index (nb_contact_get_websites (contact), i));
  for (guint i = 0; i < nb_contact_get_addresses (contact)->len; i++)
    add_address_row (self, g_ptr_array_index (nb_contact_get_addresses (contact), i));

  birthday = nb_contact_get_birthday (contact);
  adw_expander_row_set_enable_expansion (self->birthday_row, birthday != NULL);
  adw_expander_row_set_expanded (self->birthday_row, FALSE);
  gtk_spin_button_set_value (self->day_spin, birthday ? birthday->day : 1);
  adw_combo_row_set_selected (self->month_row, birthday ? birthday->month - 1 : 0);
  if (birthday != NULL && birthday->year != 0)
    {
      g_autofree char *year = g_strdup_printf ("%u", birthday->year);

      set_editable (self->year_row, year);
    }
  else
    set_editable (self->year_row, NULL);

  update_birthday_subtitle (self);

  if (nb_contact_get_photo (contact) != NULL)
    {
      self->photo = g_bytes_ref (nb_contact_get_photo (contact));
      self->photo_mime_type = g_strdup (nb_contact_get_photo_mime_type (contact));
    }
  update_avatar (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Phrases as the form shows them, separated by semicolons; when the text
 * was not edited, the card's own (one may hold a semicolon). */
static char **
read_phrases (AdwEntryRow        *row,
              const char * const *before)
{
  g_autofree char *shown = g_strjoinv ("; ", (char **) before);

  if (g_str_equal (editable_text (row), shown))
    return g_strdupv ((char **) before);

  return split_list (editable_text (row), ";");
}

static char **
read_tags (NbContactEditor *self)
{
  return split_list (editable_text (self->tags_row), ",;");
}

/* Units that were not edited are kept as the card had them, with the
 * empty ones that hold a place and any semicolon in a name. */
static char **
read_organization_units (NbContactEditor *self)
{
  const char *text = editable_text (self->organization_units_row);
  g_autofree char *typed = g_strstrip (g_strdup (text));
  g_autofree char *before = NULL;

  if (self->original != NULL)
    {
      const char * const *units = nb_contact_get_organization_units (self->original);

      before = units_text (units);
      if (g_str_equal (typed, before))
        return g_strdupv ((char **) units);
    }

  return split_list (text, ";");
}

static gboolean
read_birthday (NbContactEditor  *self,
               NbBirthday      **birthday,
               GError          **error)
{
  g_autofree char *year_text = nb_text_strip_dup (editable_text (self->year_row));
  guint64 year = 0;
  guint month, day;

  *birthday = NULL;
  if (!adw_expander_row_get_enable_expansion (self->birthday_row))
    return TRUE;

  if (year_text != NULL &&
      (!g_ascii_string_to_unsigned (year_text, 10, 1, 9999, &year, NULL)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a year: enter one such as 1985, or leave it empty"), year_text);
      return FALSE;
    }

  day = gtk_spin_button_get_value_as_int (self->day_spin);
  month = adw_combo_row_get_selected (self->month_row) + 1;
  *birthday = nb_birthday_new (year, month, day);

  if (*birthday == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           year ? _("That day does not exist in that year: check the day, month and year")
                                : _("That day does not exist: check the day and the month"));
      return FALSE;
    }

  return TRUE;
}

/* The draft as the form says, whether or not it can be saved. */
static NbContact *
read_form (NbContactEditor  *self,
           GError          **error)
{
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(GPtrArray) emails = read_rows (self, NB_LABEL_KIND_EMAIL);
  g_autoptr(GPtrArray) phones = read_rows (self, NB_LABEL_KIND_PHONE);
  g_autoptr(GPtrArray) websites = read_rows (self, NB_LABEL_KIND_WEBSITE);
  g_autoptr(GPtrArray) addresses = read_rows (self, NB_LABEL_KIND_ADDRESS);
  g_autoptr(NbBirthday) birthday = NULL;
  g_auto(GStrv) tags = read_tags (self);
  g_auto(GStrv) units = read_organization_units (self);
  g_auto(GStrv) looking_for = NULL;
  g_auto(GStrv) offers = NULL;
  g_autofree char *name = nb_text_strip_dup (editable_text (self->name_row));
  g_autofree char *nickname = nb_text_strip_dup (editable_text (self->nickname_row));
  g_autofree char *organization = nb_text_strip_dup (editable_text (self->organization_row));
  g_autofree char *title = nb_text_strip_dup (editable_text (self->title_row));
  g_autofree char *how_met = nb_text_strip_dup (editable_text (self->how_met_row));
  g_autofree char *help = nb_text_strip_dup (editable_text (self->help_row));
  g_autofree char *food = nb_text_strip_dup (editable_text (self->food_row));
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  if (!read_birthday (self, &birthday, error))
    return NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (notes);

  draft = self->original ? nb_contact_copy (self->original) : nb_contact_new ();

  /* N was written for the old name; made again from the new one. */
  if (g_strcmp0 (name, nb_contact_get_full_name (draft)) != 0)
    nb_contact_set_structured_name (draft, NULL);

  nb_contact_set_full_name (draft, name);
  nb_contact_set_nickname (draft, nickname);
  nb_contact_set_organization (draft, organization);
  nb_contact_set_organization_units (draft, (const char * const *) units);
  nb_contact_set_title (draft, title);
  nb_contact_set_how_met (draft, how_met);
  nb_contact_set_help_notes (draft, help);
  nb_contact_set_food_preferences (draft, food);
  nb_contact_set_notes (draft, notes);
  nb_contact_set_tags (draft, (const char * const *) tags);
  looking_for = read_phrases (self->looking_for_row, nb_contact_get_looking_for (draft));
  offers = read_phrases (self->offers_row, nb_contact_get_offers (draft));
  nb_contact_set_looking_for (draft, (const char * const *) looking_for);
  nb_contact_set_offers (draft, (const char * const *) offers);
  nb_contact_set_cadence (draft, selected_cadence (self));
  nb_contact_set_emails (draft, emails);
  nb_contact_set_phones (draft, phones);
  nb_contact_set_websites (draft, websites);
  nb_contact_set_addresses (draft, addresses);
  nb_contact_set_birthday (draft, birthday);
  nb_contact_set_photo (draft, self->photo, self->photo_mime_type);

  return g_steal_pointer (&draft);
}

/**
 * nb_contact_editor_build_draft:
 * @self: an editor
 * @error: return location for why the form cannot be saved
 *
 * Reads the form into a draft to save. When something is missing or wrong
 * (an empty name, a day that does not exist) the form says so next to the
 * field, and @error too.
 *
 * Returns: (transfer full) (nullable): the draft
 */
NbContact *
nb_contact_editor_build_draft (NbContactEditor  *self,
                               GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(NbContact) draft = NULL;

  g_return_val_if_fail (NB_IS_CONTACT_EDITOR (self), NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->birthday_error_label), FALSE);

  draft = read_form (self, &local_error);
  if (draft == NULL)
    {
      gtk_label_set_text (self->birthday_error_label, local_error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->birthday_error_label), TRUE);
      adw_expander_row_set_expanded (self->birthday_row, TRUE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (nb_contact_get_full_name (draft) == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->name_error_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           gtk_label_get_text (self->name_error_label));
      return NULL;
    }

  return g_steal_pointer (&draft);
}

/**
 * nb_contact_editor_is_dirty:
 * @self: an editor
 *
 * Returns: %TRUE if the form differs from the contact as it was, so that
 *   closing it would lose something
 */
gboolean
nb_contact_editor_is_dirty (NbContactEditor *self)
{
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) empty = NULL;

  g_return_val_if_fail (NB_IS_CONTACT_EDITOR (self), FALSE);

  draft = read_form (self, NULL);
  /* A birthday that cannot be read is a change worth keeping. */
  if (draft == NULL)
    return TRUE;

  if (self->original != NULL)
    return !nb_contact_content_equal (draft, self->original);

  empty = nb_contact_new ();
  return !nb_contact_content_equal (draft, empty);
}

void
nb_contact_editor_focus_name (NbContactEditor *self)
{
  g_return_if_fail (NB_IS_CONTACT_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
