/* nb-label-drop-down.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-label-drop-down"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-label-drop-down.h"

/**
 * NbLabelDropDown:
 *
 * The drop-down of the labels a field can have (Home, Work, Mobile…): the
 * usual ones of its kind, the field's own custom label as it was written,
 * and "No Label" when it has none, so that editing never changes a label
 * by accident. #NbLabelDropDown:label is the label chosen, as stored: a
 * key such as "mobile", the custom text, or %NULL.
 */
struct _NbLabelDropDown
{
  GtkWidget      parent_instance;

  NbLabelKind    kind;
  char          *label;
  GStrv          keys;       /* the label of each item; "" for none */
  gboolean       filling;

  GtkDropDown   *drop_down;
  GtkStringList *names;
};

G_DEFINE_FINAL_TYPE (NbLabelDropDown, nb_label_drop_down, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The items, for the kind and the label. */
static void
fill (NbLabelDropDown *self)
{
  const char * const *keys = nb_format_label_keys (self->kind);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n_names = g_list_model_get_n_items (G_LIST_MODEL (self->names));
  guint n = 0, selected = 0;
  gboolean found = FALSE;

  self->filling = TRUE;
  gtk_string_list_splice (self->names, 0, n_names, NULL);

  if (self->label == NULL)
    {
      g_strv_builder_add (builder, "");
      /* Translators: the choice, in the drop-down of a field's type (Home,
       * Work…), for a field that has no type. */
      gtk_string_list_append (self->names, C_("field label", "No Label"));
      found = TRUE;
      n++;
    }

  for (guint i = 0; keys[i] != NULL; i++, n++)
    {
      g_autofree char *name = nb_format_label (keys[i]);

      if (g_strcmp0 (self->label, keys[i]) == 0)
        {
          selected = n;
          found = TRUE;
        }
      g_strv_builder_add (builder, keys[i]);
      gtk_string_list_append (self->names, name);
    }

  if (!found)
    {
      selected = n;
      g_strv_builder_add (builder, self->label);
      gtk_string_list_append (self->names, self->label);
    }

  g_strfreev (self->keys);
  self->keys = g_strv_builder_end (builder);
  gtk_drop_down_set_selected (self->drop_down, selected);
  self->filling = FALSE;
}

static void
selected_cb (NbLabelDropDown *self)
{
  guint selected = gtk_drop_down_get_selected (self->drop_down);
  const char *key;

  if (self->filling || self->keys == NULL || selected >= g_strv_length (self->keys))
    return;

  key = *self->keys[selected] != '\0' ? self->keys[selected] : NULL;
  if (g_strcmp0 (key, self->label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (key);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

static void
nb_label_drop_down_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NB_TYPE_LABEL_DROP_DOWN);

  G_OBJECT_CLASS (nb_label_drop_down_parent_class)->dispose (object);
}

static void
nb_label_drop_down_finalize (GObject *object)
{
  NbLabelDropDown *self = (NbLabelDropDown *) object;

  g_free (self->label);
  g_strfreev (self->keys);

  G_OBJECT_CLASS (nb_label_drop_down_parent_class)->finalize (object);
}

static void
nb_label_drop_down_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  NbLabelDropDown *self = NB_LABEL_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_label_drop_down_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  NbLabelDropDown *self = NB_LABEL_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_KIND:
      nb_label_drop_down_set_kind (self, g_value_get_uint (value));
      break;

    case PROP_LABEL:
      nb_label_drop_down_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_label_drop_down_class_init (NbLabelDropDownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_label_drop_down_dispose;
  object_class->finalize = nb_label_drop_down_finalize;
  object_class->get_property = nb_label_drop_down_get_property;
  object_class->set_property = nb_label_drop_down_set_property;

  /**
   * NbLabelDropDown:kind:
   *
   * The #NbLabelKind: which labels it offers.
   */
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, NB_LABEL_KIND_EMAIL, NB_LABEL_KIND_ADDRESS, NB_LABEL_KIND_EMAIL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * NbLabelDropDown:label:
   *
   * The label chosen: a key, a custom label, or %NULL for none.
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-label-drop-down.ui");
  gtk_widget_class_bind_template_child (widget_class, NbLabelDropDown, drop_down);
  gtk_widget_class_bind_template_child (widget_class, NbLabelDropDown, names);
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
nb_label_drop_down_init (NbLabelDropDown *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill (self);
}

void
nb_label_drop_down_set_kind (NbLabelDropDown *self,
                             NbLabelKind      kind)
{
  g_return_if_fail (NB_IS_LABEL_DROP_DOWN (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * nb_label_drop_down_get_label:
 *
 * Returns: (nullable): the label chosen, as stored
 */
const char *
nb_label_drop_down_get_label (NbLabelDropDown *self)
{
  g_return_val_if_fail (NB_IS_LABEL_DROP_DOWN (self), NULL);

  return self->label;
}

/**
 * nb_label_drop_down_set_label:
 * @self: a drop-down
 * @label: (nullable): a key, a custom label, or %NULL for none
 *
 * Chooses @label, offering it when it is not one of the usual ones.
 */
void
nb_label_drop_down_set_label (NbLabelDropDown *self,
                              const char      *label)
{
  g_return_if_fail (NB_IS_LABEL_DROP_DOWN (self));

  if (label != NULL && *label == '\0')
    label = NULL;
  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}
