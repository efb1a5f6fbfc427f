/* nb-address-row.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-address-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-address-row.h"
#include "nb-label-drop-down.h"
#include "nb-text.h"

/**
 * NbAddressRow:
 *
 * A postal address in the contact editor: an expander whose title is the
 * address's first line and whose subtitle is its label, with a row for
 * each part, in the order people write them (street first), a label and
 * Remove. What the form does not show of the address is kept and comes
 * back with nb_address_row_dup_address().
 */
struct _NbAddressRow
{
  AdwExpanderRow   parent_instance;

  NbAddress       *original;
  AdwEntryRow     *parts[NB_ADDRESS_N_PARTS];   /* in vCard ADR order */

  NbLabelDropDown *label_drop_down;
  AdwEntryRow     *street_row;
  AdwEntryRow     *line2_row;
  AdwEntryRow     *po_box_row;
  AdwEntryRow     *postal_code_row;
  AdwEntryRow     *city_row;
  AdwEntryRow     *region_row;
  AdwEntryRow     *country_row;
};

G_DEFINE_FINAL_TYPE (NbAddressRow, nb_address_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_ADDRESS,
  N_PROPS
};

enum {
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The address as typed, without the label's and the original's details. */
static void
read_parts (NbAddressRow *self,
            NbAddress    *address)
{
  for (guint i = 0; i < NB_ADDRESS_N_PARTS; i++)
    {
      g_autofree char *part = nb_text_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->parts[i])));

      nb_address_set_part (address, i, part);
    }
}

static void
update_title (NbAddressRow *self)
{
  g_autoptr(NbAddress) address = nb_address_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  char *newline;

  /* Not yet built. */
  if (self->parts[NB_ADDRESS_N_PARTS - 1] == NULL)
    return;

  read_parts (self, address);
  text = nb_address_format (address);
  newline = strchr (text, '\n');
  if (newline != NULL)
    *newline = '\0';
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), *text ? text : _("New Address"));

  label = nb_format_label (nb_label_drop_down_get_label (self->label_drop_down));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), label);
}

static void
remove_clicked_cb (NbAddressRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
nb_address_row_constructed (GObject *object)
{
  NbAddressRow *self = (NbAddressRow *) object;

  G_OBJECT_CLASS (nb_address_row_parent_class)->constructed (object);

  for (guint i = 0; i < NB_ADDRESS_N_PARTS; i++)
    {
      const char *part = self->original ? nb_address_get_part (self->original, i) : NULL;

      gtk_editable_set_text (GTK_EDITABLE (self->parts[i]), part ? part : "");
    }
  nb_label_drop_down_set_label (self->label_drop_down, self->original ? self->original->label : "home");
  update_title (self);
}

static void
nb_address_row_dispose (GObject *object)
{
  NbAddressRow *self = (NbAddressRow *) object;

  memset (self->parts, 0, sizeof self->parts);
  gtk_widget_dispose_template (GTK_WIDGET (object), NB_TYPE_ADDRESS_ROW);

  G_OBJECT_CLASS (nb_address_row_parent_class)->dispose (object);
}

static void
nb_address_row_finalize (GObject *object)
{
  NbAddressRow *self = (NbAddressRow *) object;

  g_clear_pointer (&self->original, nb_address_free);

  G_OBJECT_CLASS (nb_address_row_parent_class)->finalize (object);
}

static void
nb_address_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NbAddressRow *self = NB_ADDRESS_ROW (object);

  switch (prop_id)
    {
    case PROP_ADDRESS:
      g_value_set_boxed (value, self->original);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_address_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NbAddressRow *self = NB_ADDRESS_ROW (object);

  switch (prop_id)
    {
    case PROP_ADDRESS:
      self->original = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_address_row_class_init (NbAddressRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = nb_address_row_constructed;
  object_class->dispose = nb_address_row_dispose;
  object_class->finalize = nb_address_row_finalize;
  object_class->get_property = nb_address_row_get_property;
  object_class->set_property = nb_address_row_set_property;

  /**
   * NbAddressRow:address:
   *
   * The address as it was before editing, or %NULL for a new one.
   */
  properties[PROP_ADDRESS] =
    g_param_spec_boxed ("address", NULL, NULL, NB_TYPE_ADDRESS,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NbAddressRow::remove:
   * @self: the row
   *
   * Remove was clicked: the editor takes the row away.
   */
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (NB_TYPE_LABEL_DROP_DOWN);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-address-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NbAddressRow, label_drop_down);
  gtk_widget_class_bind_template_child (widget_class, NbAddressRow, street_row);
  gtk_widget_class_bind_template_child (widget_class, NbAddressRow, line2_row);
  gtk_widget_class_bind_template_child (widget_class, NbAddressRow, po_box_row);
  gtk_widget_class_bind_template_child (widget_class, NbAddressRow, postal_code_row);
  gtk_widget_class_bind_template_child (widget_class, NbAddressRow, city_row);
  gtk_widget_class_bind_template_child (widget_class, NbAddressRow, region_row);
  gtk_widget_class_bind_template_child (widget_class, NbAddressRow, country_row);
  gtk_widget_class_bind_template_callback (widget_class, update_title);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
nb_address_row_init (NbAddressRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The parts as NbAddress numbers them (vCard's ADR order). */
  self->parts[0] = self->po_box_row;
  self->parts[1] = self->line2_row;
  self->parts[2] = self->street_row;
  self->parts[3] = self->city_row;
  self->parts[4] = self->region_row;
  self->parts[5] = self->postal_code_row;
  self->parts[6] = self->country_row;
}

/**
 * nb_address_row_new:
 * @address: (nullable): the address to edit, or %NULL for a new one
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
nb_address_row_new (const NbAddress *address)
{
  return g_object_new (NB_TYPE_ADDRESS_ROW, "address", address, NULL);
}

/**
 * nb_address_row_dup_address:
 * @self: a row
 *
 * Returns: (transfer full) (nullable): the address as edited, with what
 *   the form does not show kept; %NULL when every part is empty
 */
NbAddress *
nb_address_row_dup_address (NbAddressRow *self)
{
  g_autoptr(NbAddress) address = NULL;

  g_return_val_if_fail (NB_IS_ADDRESS_ROW (self), NULL);

  address = nb_address_new (nb_label_drop_down_get_label (self->label_drop_down));
  if (self->original != NULL)
    nb_address_copy_details (address, self->original);
  read_parts (self, address);

  if (nb_address_is_empty (address))
    return NULL;

  return g_steal_pointer (&address);
}
