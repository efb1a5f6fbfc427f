/* nb-duplicates-window.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-duplicates-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-duplicate.h"
#include "nb-duplicate-row.h"
#include "nb-duplicates-window.h"
#include "nb-merge-dialog.h"
#include "nb-toast.h"

/**
 * NbDuplicatesWindow:
 *
 * The review of duplicates: the groups of cards that are probably one
 * person, found in a worker thread with progress, each with why, to merge
 * (#NbMergeDialog, then a toast with Undo) or to keep apart for good
 * ("Not the Same"). The list shows only the rows in sight, however many
 * groups there are.
 */
struct _NbDuplicatesWindow
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkStack        *stack;
  GtkProgressBar  *progress_bar;
  AdwStatusPage   *failed_page;
  GtkListView     *list_view;

  NbStore         *store;
  GListStore      *model;       /* NbDuplicate */
  GCancellable    *cancellable;

  /* The last merge, while its Undo is offered. */
  NbMergeUndo     *undo;
  NbDuplicate     *undo_group;
  guint            undo_position;
};

G_DEFINE_FINAL_TYPE (NbDuplicatesWindow, nb_duplicates_window, ADW_TYPE_WINDOW)

static void
update_title (NbDuplicatesWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  g_autofree char *subtitle = NULL;

  if (n > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u possible duplicate",
                                             "%u possible duplicates", n),
                                n);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "list") && n == 0)
    gtk_stack_set_visible_child_name (self->stack, "none");
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  NbDuplicatesWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(NbDuplicatesWindow) self = user_data;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;

  groups = nb_store_find_duplicates_finish (NB_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (groups == NULL)
    {
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }

  g_list_store_splice (self->model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->model)),
                       groups->pdata, groups->len);
  gtk_stack_set_visible_child_name (self->stack, groups->len > 0 ? "list" : "none");
  update_title (self);
}

/**
 * nb_duplicates_window_look_again:
 * @self: the window
 *
 * Looks for duplicates among all the cards, in a worker thread.
 */
void
nb_duplicates_window_look_again (NbDuplicatesWindow *self)
{
  g_return_if_fail (NB_IS_DUPLICATES_WINDOW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "looking");
  adw_window_title_set_subtitle (self->window_title, NULL);
  nb_store_find_duplicates_async (self->store, progress_cb, self, self->cancellable,
                                  found_cb, g_object_ref (self));
}

static void
look_again_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  nb_duplicates_window_look_again (NB_DUPLICATES_WINDOW (widget));
}

/* The position of the group of @ids in the list, or G_MAXUINT. */
static guint
find_group (NbDuplicatesWindow *self,
            GVariant           *ids)
{
  gsize n_ids = 0;
  const gint64 *wanted = g_variant_get_fixed_array (ids, &n_ids, sizeof (gint64));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NbDuplicate) group = g_list_model_get_item (G_LIST_MODEL (self->model), i);
      GArray *have = nb_duplicate_get_contact_ids (group);

      if (have->len == n_ids && memcmp (have->data, wanted, n_ids * sizeof (gint64)) == 0)
        return i;
    }

  return G_MAXUINT;
}

static void
forget_undo (NbDuplicatesWindow *self)
{
  g_clear_pointer (&self->undo, nb_merge_undo_free);
  g_clear_object (&self->undo_group);
}

static void
merge_cb (NbMergeDialog      *dialog,
          NbDuplicatesWindow *self)
{
  g_autoptr(NbContact) merged = nb_merge_dialog_dup_merged (dialog);
  g_autoptr(GArray) others = nb_merge_dialog_dup_other_ids (dialog);
  g_autoptr(NbContact) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  NbMergeUndo *undo = NULL;
  GVariant *ids = g_object_get_data (G_OBJECT (dialog), "nb-ids");
  guint position;
  AdwToast *toast;

  stored = nb_store_merge_contacts (self->store, merged, others, &undo, &error);
  if (stored == NULL)
    {
      nb_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  forget_undo (self);
  self->undo = undo;
  position = find_group (self, ids);
  if (position != G_MAXUINT)
    {
      self->undo_group = g_list_model_get_item (G_LIST_MODEL (self->model), position);
      self->undo_position = position;
      g_list_store_remove (self->model, position);
    }
  update_title (self);

  /* Translators: a toast after cards were merged; %s is the name of the
   * card they became. */
  title = g_markup_printf_escaped (_("Merged into %s"), nb_contact_get_full_name (stored));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "duplicates.undo-merge");
  nb_toast_replace (GTK_WIDGET (self->toast_overlay), toast, "undo");
}

static GPtrArray *
load_group (NbDuplicatesWindow *self,
            GVariant           *ids)
{
  gsize n_ids = 0;
  const gint64 *id = g_variant_get_fixed_array (ids, &n_ids, sizeof (gint64));
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);

  for (gsize i = 0; i < n_ids; i++)
    {
      NbContact *contact = nb_store_get_contact (self->store, id[i]);

      if (contact == NULL)
        return NULL;
      g_ptr_array_add (contacts, contact);
    }

  return g_steal_pointer (&contacts);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  NbDuplicatesWindow *self = NB_DUPLICATES_WINDOW (widget);
  g_autoptr(GPtrArray) contacts = load_group (self, parameter);
  NbMergeDialog *dialog;

  /* A card of the group was deleted or merged since. */
  if (contacts == NULL || contacts->len < 2)
    {
      nb_toast_show_message (widget, _("These cards changed since: looking again"));
      nb_duplicates_window_look_again (self);
      return;
    }

  dialog = nb_merge_dialog_new (GTK_WINDOW (self), contacts);
  g_object_set_data_full (G_OBJECT (dialog), "nb-ids", g_variant_ref (parameter),
                          (GDestroyNotify) g_variant_unref);
  g_signal_connect_object (dialog, "merge", G_CALLBACK (merge_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_merge_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NbDuplicatesWindow *self = NB_DUPLICATES_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->undo == NULL)
    return;

  if (!nb_store_undo_merge (self->store, self->undo, &error))
    {
      nb_toast_show_message (widget, error->message);
      forget_undo (self);
      return;
    }

  if (self->undo_group != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));

      g_list_store_insert (self->model, MIN (self->undo_position, n), self->undo_group);
      gtk_stack_set_visible_child_name (self->stack, "list");
    }
  forget_undo (self);
  update_title (self);
}

static void
not_same_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  NbDuplicatesWindow *self = NB_DUPLICATES_WINDOW (widget);
  gsize n_ids = 0;
  const gint64 *id = g_variant_get_fixed_array (parameter, &n_ids, sizeof (gint64));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint position;

  g_array_append_vals (ids, id, n_ids);
  if (!nb_store_set_not_duplicates (self->store, ids, &error))
    {
      nb_toast_show_message (widget, error->message);
      return;
    }

  position = find_group (self, parameter);
  if (position != G_MAXUINT)
    g_list_store_remove (self->model, position);
  update_title (self);
  nb_toast_show_message (widget, _("Kept apart: they will not be proposed together again"));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, nb_duplicate_row_new ());
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             NbDuplicatesWindow       *self)
{
  nb_duplicate_row_set_duplicate (NB_DUPLICATE_ROW (gtk_list_item_get_child (item)), self->store,
                                  gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               NbDuplicatesWindow       *self)
{
  nb_duplicate_row_set_duplicate (NB_DUPLICATE_ROW (gtk_list_item_get_child (item)), self->store, NULL);
}

static void
nb_duplicates_window_dispose (GObject *object)
{
  NbDuplicatesWindow *self = NB_DUPLICATES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_DUPLICATES_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  forget_undo (self);

  G_OBJECT_CLASS (nb_duplicates_window_parent_class)->dispose (object);
}

static void
nb_duplicates_window_class_init (NbDuplicatesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_duplicates_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-duplicates-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NbDuplicatesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NbDuplicatesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, NbDuplicatesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, NbDuplicatesWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, NbDuplicatesWindow, failed_page);
  gtk_widget_class_bind_template_child (widget_class, NbDuplicatesWindow, list_view);

  gtk_widget_class_install_action (widget_class, "duplicates.look-again", NULL, look_again_action);
  gtk_widget_class_install_action (widget_class, "duplicates.merge", "ax", merge_action);
  gtk_widget_class_install_action (widget_class, "duplicates.not-same", "ax", not_same_action);
  gtk_widget_class_install_action (widget_class, "duplicates.undo-merge", NULL, undo_merge_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "duplicates.look-again", NULL);
}

static void
nb_duplicates_window_init (NbDuplicatesWindow *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->model = g_list_store_new (NB_TYPE_DUPLICATE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model)))));
  g_object_unref (factory);
}

/**
 * nb_duplicates_window_new:
 * @parent: the main window
 * @store: the store
 *
 * Returns: (transfer none): the window, looking for duplicates already
 */
NbDuplicatesWindow *
nb_duplicates_window_new (GtkWindow *parent,
                          NbStore   *store)
{
  NbDuplicatesWindow *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_DUPLICATES_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  nb_duplicates_window_look_again (self);

  return self;
}

/**
 * nb_duplicates_window_get_model:
 * @self: the window
 *
 * Returns: (transfer none): the groups shown, #NbDuplicate
 */
GListModel *
nb_duplicates_window_get_model (NbDuplicatesWindow *self)
{
  g_return_val_if_fail (NB_IS_DUPLICATES_WINDOW (self), NULL);

  return G_LIST_MODEL (self->model);
}
