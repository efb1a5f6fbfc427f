/* nb-meal-trains-group.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meal-trains-group"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-meal-train-window.h"
#include "nb-meal-trains-group.h"
#include "nb-train-format.h"

/**
 * NbMealTrainsGroup:
 *
 * Meal trains, each with its days and how many meals are still open:
 * those for a contact on their card, or those going on, with whom they
 * are for and a button to organise one, in the Meals view. Activating one
 * opens it.
 */
struct _NbMealTrainsGroup
{
  AdwPreferencesGroup parent_instance;

  NbStore            *store;
  gboolean            for_everyone;
};

G_DEFINE_FINAL_TYPE (NbMealTrainsGroup, nb_meal_trains_group, ADW_TYPE_PREFERENCES_GROUP)

static void
row_activated_cb (AdwActionRow      *row,
                  NbMealTrainsGroup *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "train-id");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_window_present (GTK_WINDOW (nb_meal_train_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                            self->store, id)));
}

static GtkWidget *
train_row (NbMealTrainsGroup *self,
           NbMealTrain       *train)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autofree char *days = nb_train_format_days (train);
  g_autofree char *status = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("nb-meal-symbolic");
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gint64 *id = g_new (gint64, 1);

  slots = nb_store_list_meal_train_slots (self->store, nb_meal_train_get_id (train), 0,
                                          G_MAXUINT32, &error);
  if (slots == NULL)
    g_warning ("Could not read a meal train: %s", error->message);
  else
    status = nb_train_format_status (train, slots);

  *id = nb_meal_train_get_id (train);
  g_object_set_data_full (G_OBJECT (row), "train-id", id, g_free);
  if (self->for_everyone)
    {
      g_autofree char *recipient = nb_train_format_recipient (self->store, train);
      /* Translators: a meal train in the Meals view, under whom it is for:
       * its days, then how many meals are open. */
      g_autofree char *subtitle = g_strdup_printf (C_("meal train", "%s · %s"), days, status ? status : "");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), recipient);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), days);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status ? status : "");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_visible (icon, TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);

  return row;
}

static void
nb_meal_trains_group_dispose (GObject *object)
{
  NbMealTrainsGroup *self = (NbMealTrainsGroup *) object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_meal_trains_group_parent_class)->dispose (object);
}

static void
nb_meal_trains_group_class_init (NbMealTrainsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nb_meal_trains_group_dispose;
}

static void
nb_meal_trains_group_init (NbMealTrainsGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Meal Trains"));
}

static void
organise_clicked_cb (NbMealTrainsGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  nb_meal_train_window_organise (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, 0);
}

/**
 * nb_meal_trains_group_new:
 * @store: the store
 * @trains: (element-type NbMealTrain): the trains to list
 * @for_everyone: %TRUE for the trains going on, each with whom it is
 *   for, and a button to organise one; %FALSE for the trains of a contact
 *
 * Returns: (transfer floating): the group
 */
GtkWidget *
nb_meal_trains_group_new (NbStore   *store,
                          GPtrArray *trains,
                          gboolean   for_everyone)
{
  NbMealTrainsGroup *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_MEAL_TRAINS_GROUP, NULL);
  self->store = g_object_ref (store);
  self->for_everyone = for_everyone;
  if (for_everyone)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Organise…"));

      gtk_widget_set_tooltip_text (button, _("Organise a meal train: friends bring meals to someone who needs it"));
      gtk_widget_add_css_class (button, "flat");
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (organise_clicked_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), button);
      if (trains->len == 0)
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                               _("When someone has surgery, a new baby, a loss or a move, friends can bring them meals."));
    }
  for (guint i = 0; i < trains->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self),
                               train_row (self, g_ptr_array_index (trains, i)));

  return GTK_WIDGET (self);
}
