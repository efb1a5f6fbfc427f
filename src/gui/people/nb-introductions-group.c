/* nb-introductions-group.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-introductions-group"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-format.h"
#include "nb-interaction-dialog.h"
#include "nb-introduction-dialog.h"
#include "nb-introductions-group.h"

/**
 * NbIntroductionsGroup:
 *
 * On a card, the introductions the person was part of: "Introduced to
 * Charles Babbage" (by me, with where it stands), "Introduced by Grace
 * Hopper" (someone introduced me to them), "Introduced you to Charles
 * Babbage" (they introduced me to someone). Activating one opens it.
 */
struct _NbIntroductionsGroup
{
  AdwPreferencesGroup  parent_instance;

  NbStore             *store;
  GtkListBox          *list;
  guint                n_rows;
};

G_DEFINE_FINAL_TYPE (NbIntroductionsGroup, nb_introductions_group, ADW_TYPE_PREFERENCES_GROUP)

static char *
dup_name (NbStore *store,
          gint64   id)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (store, id);

  return g_strdup (contact != NULL && nb_contact_get_full_name (contact) ? nb_contact_get_full_name (contact) : "");
}

static char *
dup_day (NbInteraction *introduction)
{
  GDate day;

  nb_interaction_get_day (introduction, &day);
  return nb_format_day (&day, TRUE);
}

static GtkWidget *
introduction_row (NbIntroductionsGroup *self,
                  NbInteraction        *introduction,
                  gint64                contact_id)
{
  gint64 introducer = nb_interaction_get_introducer (introduction);
  gint64 other = nb_interaction_get_other_person (introduction, contact_id);
  g_autofree char *other_name = dup_name (self->store, other);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  if (introducer == 0)
    {
      if (nb_interaction_get_introduced (introduction) > 0)
        /* Translators: on a card, an introduction I made of this person
         * to another. */
        title = g_strdup_printf (_("Introduced to %s"), other_name);
      else
        /* Translators: on a card, an introduction I am making of this
         * person to another, still asking both. */
        title = g_strdup_printf (_("Introduction to %s"), other_name);
      subtitle = nb_format_introduction_status (introduction, self->store, g_date_time_to_unix (now));
    }
  else if (introducer == contact_id)
    /* Translators: on a card, this person introduced me to another. */
    title = g_strdup_printf (_("Introduced you to %s"), other_name);
  else
    /* Translators: on a card, another person introduced me to this one. */
    title = g_strdup_printf (_("Introduced by %s"), other_name);
  if (subtitle == NULL)
    subtitle = dup_day (introduction);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, NULL, -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "nb-introduction", g_object_ref (introduction), g_object_unref);

  return row;
}

static void
row_activated_cb (NbIntroductionsGroup *self,
                  GtkListBoxRow        *row)
{
  NbInteraction *introduction = g_object_get_data (G_OBJECT (row), "nb-introduction");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  GtkWidget *dialog;

  if (introduction == NULL)
    return;

  /* One someone else made has no steps: it is an entry like others. */
  if (nb_interaction_get_introducer (introduction) != 0)
    dialog = nb_interaction_dialog_new (parent, self->store, introduction);
  else
    dialog = nb_introduction_dialog_new (parent, self->store, introduction);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
nb_introductions_group_dispose (GObject *object)
{
  NbIntroductionsGroup *self = NB_INTRODUCTIONS_GROUP (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_introductions_group_parent_class)->dispose (object);
}

static void
nb_introductions_group_class_init (NbIntroductionsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_introductions_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-introductions-group.ui");
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionsGroup, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
nb_introductions_group_init (NbIntroductionsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nb_introductions_group_new:
 * @store: the store
 * @contact_id: the card's contact
 * @introductions: (element-type NbInteraction): the introductions they
 *   were part of (nb_store_list_introductions())
 *
 * Returns: (transfer floating): the group
 */
GtkWidget *
nb_introductions_group_new (NbStore   *store,
                            gint64     contact_id,
                            GPtrArray *introductions)
{
  NbIntroductionsGroup *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (introductions != NULL, NULL);

  self = g_object_new (NB_TYPE_INTRODUCTIONS_GROUP, NULL);
  self->store = g_object_ref (store);
  for (guint i = 0; i < introductions->len; i++)
    {
      NbInteraction *introduction = g_ptr_array_index (introductions, i);

      if (nb_interaction_get_people (introduction)->len < 2)
        continue;
      gtk_list_box_append (self->list, introduction_row (self, introduction, contact_id));
      self->n_rows++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), self->n_rows > 0);

  return GTK_WIDGET (self);
}

/**
 * nb_introductions_group_get_n_rows:
 * @self: the group
 *
 * Returns: how many introductions it lists
 */
guint
nb_introductions_group_get_n_rows (NbIntroductionsGroup *self)
{
  g_return_val_if_fail (NB_IS_INTRODUCTIONS_GROUP (self), 0);

  return self->n_rows;
}
