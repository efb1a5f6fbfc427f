/* nb-matches-group.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-matches-group"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-matches-group.h"

/* How many people a card names. */
#define MAX_MATCHES 5

/**
 * NbMatchesGroup:
 *
 * On a card with needs, "Who Could Help?": the people whose offers,
 * organisation, title, circles or notes meet them, each with why; on a
 * card with offers, "Could Help": the people whose needs they meet.
 * Found in a worker thread; hidden while there is nobody. Activating a
 * person opens their card; each has an Introduce… button (the card's
 * card.introduce action).
 */
struct _NbMatchesGroup
{
  AdwPreferencesGroup  parent_instance;

  GtkListBox          *list;
  GCancellable        *cancellable;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (NbMatchesGroup, nb_matches_group, ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
match_row (NbMatch *match)
{
  g_autofree char *reason = nb_match_dup_reason (match);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  GtkWidget *introduce = gtk_button_new_with_label (_("Introduce…"));
  g_autofree char *introduce_label = NULL;

  /* Names and phrases are not Pango markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), match->name ? match->name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  /* Introduce the card's person to them (the card's action). */
  gtk_widget_set_valign (introduce, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (introduce), "card.introduce");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (introduce), "x", match->contact_id);
  /* Translators: a button as a screen reader says it; %s is a name. */
  introduce_label = g_strdup_printf (_("Introduce to %s"), match->name ? match->name : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (introduce), GTK_ACCESSIBLE_PROPERTY_LABEL, introduce_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), introduce);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-contact");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", match->contact_id);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
found_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  NbMatchesGroup *self;

  matches = nb_store_find_matches_finish (NB_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = NB_MATCHES_GROUP (user_data);
  self->loading = FALSE;

  if (matches == NULL)
    {
      g_warning ("Could not find who could help: %s", error->message);
      return;
    }

  for (guint i = 0; i < matches->len; i++)
    gtk_list_box_append (self->list, match_row (g_ptr_array_index (matches, i)));
  gtk_widget_set_visible (GTK_WIDGET (self), matches->len > 0);
}

static void
nb_matches_group_dispose (GObject *object)
{
  NbMatchesGroup *self = NB_MATCHES_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (nb_matches_group_parent_class)->dispose (object);
}

static void
nb_matches_group_class_init (NbMatchesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_matches_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-matches-group.ui");
  gtk_widget_class_bind_template_child (widget_class, NbMatchesGroup, list);
}

static void
nb_matches_group_init (NbMatchesGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * nb_matches_group_new:
 * @store: the store
 * @contact_id: the card's contact
 * @helpers: %TRUE for who could help with their needs, %FALSE for whom
 *   their offers could help
 *
 * Returns: (transfer floating): the group, hidden until someone is found
 */
GtkWidget *
nb_matches_group_new (NbStore  *store,
                      gint64    contact_id,
                      gboolean  helpers)
{
  NbMatchesGroup *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_MATCHES_GROUP, NULL);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   helpers ? _("Who Could Help?") : _("Could Help"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  helpers ? _("Who could help") : _("Whom they could help"), -1);
  self->loading = TRUE;
  nb_store_find_matches_async (store, contact_id, helpers, MAX_MATCHES, self->cancellable, found_cb, self);

  return GTK_WIDGET (self);
}

/**
 * nb_matches_group_is_loading:
 * @self: the group
 *
 * Returns: whether the people are still being looked for
 */
gboolean
nb_matches_group_is_loading (NbMatchesGroup *self)
{
  g_return_val_if_fail (NB_IS_MATCHES_GROUP (self), FALSE);

  return self->loading;
}
