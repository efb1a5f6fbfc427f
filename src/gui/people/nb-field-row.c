/* nb-field-row.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-field-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-field-row.h"
#include "nb-label-drop-down.h"
#include "nb-text.h"

/**
 * NbFieldRow:
 *
 * An email address, phone number or website in the contact editor: the
 * value, its label, and Remove. Its title says the label ("Mobile"), or
 * the kind when there is none. What the form does not show of the field
 * (its vCard parameters and group) is kept and comes back with
 * nb_field_row_dup_field().
 */
struct _NbFieldRow
{
  AdwEntryRow      parent_instance;

  NbLabelKind      kind;
  NbField         *original;

  NbLabelDropDown *label_drop_down;
};

G_DEFINE_FINAL_TYPE (NbFieldRow, nb_field_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_KIND,
  PROP_FIELD,
  N_PROPS
};

enum {
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
kind_name (NbLabelKind kind)
{
  switch (kind)
    {
    case NB_LABEL_KIND_EMAIL: return _("Email");
    case NB_LABEL_KIND_PHONE: return _("Phone");
    case NB_LABEL_KIND_WEBSITE: return _("Website");
    case NB_LABEL_KIND_ADDRESS: return _("Address");
    default: g_return_val_if_reached ("");
    }
}

static void
update_title (NbFieldRow *self)
{
  const char *label = nb_label_drop_down_get_label (self->label_drop_down);
  g_autofree char *name = nb_format_label (label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), label ? name : kind_name (self->kind));
}

static void
remove_clicked_cb (NbFieldRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
nb_field_row_constructed (GObject *object)
{
  NbFieldRow *self = (NbFieldRow *) object;
  static const GtkInputPurpose purposes[] = {
    [NB_LABEL_KIND_EMAIL] = GTK_INPUT_PURPOSE_EMAIL,
    [NB_LABEL_KIND_PHONE] = GTK_INPUT_PURPOSE_PHONE,
    [NB_LABEL_KIND_WEBSITE] = GTK_INPUT_PURPOSE_URL,
    [NB_LABEL_KIND_ADDRESS] = GTK_INPUT_PURPOSE_FREE_FORM,
  };
  const char *label;

  G_OBJECT_CLASS (nb_field_row_parent_class)->constructed (object);

  /* A new phone number is a mobile's, anything else a home's. */
  if (self->original != NULL)
    label = self->original->label;
  else
    label = self->kind == NB_LABEL_KIND_PHONE ? "mobile" : "home";

  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (self), purposes[self->kind]);
  gtk_editable_set_text (GTK_EDITABLE (self), self->original ? self->original->value : "");
  nb_label_drop_down_set_kind (self->label_drop_down, self->kind);
  nb_label_drop_down_set_label (self->label_drop_down, label);
  update_title (self);
}

static void
nb_field_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NB_TYPE_FIELD_ROW);

  G_OBJECT_CLASS (nb_field_row_parent_class)->dispose (object);
}

static void
nb_field_row_finalize (GObject *object)
{
  NbFieldRow *self = (NbFieldRow *) object;

  g_clear_pointer (&self->original, nb_field_free);

  G_OBJECT_CLASS (nb_field_row_parent_class)->finalize (object);
}

static void
nb_field_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  NbFieldRow *self = NB_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;

    case PROP_FIELD:
      g_value_set_boxed (value, self->original);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_field_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  NbFieldRow *self = NB_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_uint (value);
      break;

    case PROP_FIELD:
      self->original = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_field_row_class_init (NbFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = nb_field_row_constructed;
  object_class->dispose = nb_field_row_dispose;
  object_class->finalize = nb_field_row_finalize;
  object_class->get_property = nb_field_row_get_property;
  object_class->set_property = nb_field_row_set_property;

  /**
   * NbFieldRow:kind:
   *
   * The #NbLabelKind of the field: email, phone or website.
   */
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, NB_LABEL_KIND_EMAIL, NB_LABEL_KIND_WEBSITE, NB_LABEL_KIND_EMAIL, flags);
  /**
   * NbFieldRow:field:
   *
   * The field as it was before editing, or %NULL for a new one.
   */
  properties[PROP_FIELD] =
    g_param_spec_boxed ("field", NULL, NULL, NB_TYPE_FIELD, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NbFieldRow::remove:
   * @self: the row
   *
   * Remove was clicked: the editor takes the row away.
   */
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (NB_TYPE_LABEL_DROP_DOWN);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-field-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NbFieldRow, label_drop_down);
  gtk_widget_class_bind_template_callback (widget_class, update_title);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
nb_field_row_init (NbFieldRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nb_field_row_new:
 * @kind: email, phone or website
 * @field: (nullable): the field to edit, or %NULL for a new one
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
nb_field_row_new (NbLabelKind    kind,
                  const NbField *field)
{
  g_return_val_if_fail (kind != NB_LABEL_KIND_ADDRESS, NULL);

  return g_object_new (NB_TYPE_FIELD_ROW, "kind", kind, "field", field, NULL);
}

NbLabelKind
nb_field_row_get_kind (NbFieldRow *self)
{
  g_return_val_if_fail (NB_IS_FIELD_ROW (self), NB_LABEL_KIND_EMAIL);

  return self->kind;
}

/**
 * nb_field_row_dup_field:
 * @self: a row
 *
 * Returns: (transfer full) (nullable): the field as edited, with what the
 *   form does not show kept; %NULL when the value is empty
 */
NbField *
nb_field_row_dup_field (NbFieldRow *self)
{
  g_autofree char *value = NULL;
  NbField *field;

  g_return_val_if_fail (NB_IS_FIELD_ROW (self), NULL);

  value = nb_text_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self)));
  if (value == NULL)
    return NULL;

  field = nb_field_new (nb_label_drop_down_get_label (self->label_drop_down), value);
  if (self->original != NULL)
    nb_field_copy_details (field, self->original);

  return field;
}
