/* nb-duplicate-row.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-duplicate-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-duplicate-row.h"
#include "nb-format.h"

/**
 * NbDuplicateRow:
 *
 * One group of cards that are probably the same person, in the review of
 * duplicates: their names, why they look alike, and "Not the Same" and
 * "Merge…", which activate `duplicates.not-same` and `duplicates.merge`
 * with the group's id list (`ax`).
 */
struct _NbDuplicateRow
{
  GtkWidget    parent_instance;

  GtkWidget   *box;
  GtkLabel    *names_label;
  GtkLabel    *reasons_label;
  GtkWidget   *buttons_box;
  GtkWidget   *not_same_button;
  GtkWidget   *merge_button;

  NbDuplicate *duplicate;
};

G_DEFINE_FINAL_TYPE (NbDuplicateRow, nb_duplicate_row, GTK_TYPE_WIDGET)

/* "Ada Lovelace and Ada King", "Ada, Ada and Ada King". */
static char *
join_names (GPtrArray *names)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0 && i + 1 == names->len)
        /* Translators: before the last name of a list of names. */
        g_string_append (text, _(" and "));
      else if (i > 0)
        /* Translators: between names of a list of names. */
        g_string_append (text, _(", "));
      g_string_append (text, g_ptr_array_index (names, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * nb_duplicate_row_set_duplicate:
 * @self: a row
 * @store: where the cards are
 * @duplicate: (nullable): the group it shows
 */
void
nb_duplicate_row_set_duplicate (NbDuplicateRow *self,
                                NbStore        *store,
                                NbDuplicate    *duplicate)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *joined = NULL;
  g_autofree char *reasons = NULL;
  GVariant *target;
  GArray *ids;

  g_return_if_fail (NB_IS_DUPLICATE_ROW (self));

  if (!g_set_object (&self->duplicate, duplicate) || duplicate == NULL)
    return;

  ids = nb_duplicate_get_contact_ids (duplicate);
  for (guint i = 0; i < ids->len; i++)
    {
      NbContact *contact = nb_store_get_contact (store, g_array_index (ids, gint64, i));

      if (contact != NULL)
        g_ptr_array_add (contacts, contact);
    }

  /* Cards of one name each say what tells them apart: "Ada Lovelace
   * (ada@engines.example) and Ada Lovelace (Analyst, LinkedIn)". */
  for (guint i = 0; i < contacts->len; i++)
    {
      NbContact *contact = g_ptr_array_index (contacts, i);
      const char *name = nb_contact_get_full_name (contact);
      g_autofree char *hint = NULL;

      for (guint j = 0; j < contacts->len && hint == NULL; j++)
        if (j != i && g_strcmp0 (nb_contact_get_full_name (g_ptr_array_index (contacts, j)), name) == 0)
          hint = nb_format_card_hint (contact);

      if (hint != NULL)
        /* Translators: a card's name and what tells it from another card
         * of the same name. */
        g_ptr_array_add (names, g_strdup_printf (_("%1$s (%2$s)"), name, hint));
      else
        g_ptr_array_add (names, g_strdup (name));
    }

  joined = join_names (names);
  gtk_label_set_text (self->names_label, joined);
  reasons = g_strjoinv (" · ", (char **) nb_duplicate_get_details (duplicate));
  gtk_label_set_text (self->reasons_label, reasons);

  target = g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids->data, ids->len, sizeof (gint64));
  g_variant_ref_sink (target);
  /* The target first: a name without it would not fit the action. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->merge_button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->merge_button), "duplicates.merge");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->not_same_button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->not_same_button), "duplicates.not-same");
  g_variant_unref (target);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, joined,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reasons,
                                  -1);
}

NbDuplicate *
nb_duplicate_row_get_duplicate (NbDuplicateRow *self)
{
  g_return_val_if_fail (NB_IS_DUPLICATE_ROW (self), NULL);

  return self->duplicate;
}

static void
nb_duplicate_row_dispose (GObject *object)
{
  NbDuplicateRow *self = NB_DUPLICATE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_DUPLICATE_ROW);
  g_clear_object (&self->duplicate);

  G_OBJECT_CLASS (nb_duplicate_row_parent_class)->dispose (object);
}

static void
nb_duplicate_row_class_init (NbDuplicateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_duplicate_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-duplicate-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NbDuplicateRow, box);
  gtk_widget_class_bind_template_child (widget_class, NbDuplicateRow, names_label);
  gtk_widget_class_bind_template_child (widget_class, NbDuplicateRow, reasons_label);
  gtk_widget_class_bind_template_child (widget_class, NbDuplicateRow, buttons_box);
  gtk_widget_class_bind_template_child (widget_class, NbDuplicateRow, not_same_button);
  gtk_widget_class_bind_template_child (widget_class, NbDuplicateRow, merge_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
nb_duplicate_row_init (NbDuplicateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
nb_duplicate_row_new (void)
{
  return g_object_new (NB_TYPE_DUPLICATE_ROW, NULL);
}
