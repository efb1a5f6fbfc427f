/* nb-undo-delete.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-undo-delete"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-toast.h"
#include "nb-undo-delete.h"

/**
 * NbUndoDelete:
 *
 * Deleting with Undo, for contacts, meals and interactions alike: what is deleted is
 * hidden at once, a toast offers to undo it, and it is deleted for good
 * when the toast goes (or the window closes). Until then nothing is lost,
 * not even if Netbook is killed. Undoing a contact's deletion emits
 * #NbUndoDelete::contacts-restored, so that the list can select it again.
 */
struct _NbUndoDelete
{
  GObject    parent_instance;

  NbStore   *store;
  GPtrArray *pending;
  gboolean   closing;
};

G_DEFINE_FINAL_TYPE (NbUndoDelete, nb_undo_delete, G_TYPE_OBJECT)

enum {
  CONTACTS_RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  WHAT_CONTACTS,
  WHAT_MEALS,
  WHAT_INTERACTIONS,
} What;

typedef struct
{
  NbUndoDelete *owner;
  GtkWidget    *where;     /* weak: where errors are said */
  AdwToast     *toast;     /* weak */
  GArray       *ids;
  What          what;
  gboolean      done;
} Pending;

static void
pending_free (Pending *pending)
{
  if (pending->toast != NULL)
    g_signal_handlers_disconnect_by_data (pending->toast, pending);
  g_clear_weak_pointer (&pending->toast);
  g_clear_weak_pointer (&pending->where);
  g_array_unref (pending->ids);
  g_free (pending);
}

static void
set_hidden (Pending  *pending,
            gboolean  hidden)
{
  NbStore *store = pending->owner->store;

  for (guint i = 0; i < pending->ids->len; i++)
    {
      gint64 id = g_array_index (pending->ids, gint64, i);

      g_autoptr(GError) error = NULL;

      switch (pending->what)
        {
        case WHAT_MEALS:
          nb_store_set_meeting_hidden (store, id, hidden);
          break;

        case WHAT_INTERACTIONS:
          if (!nb_store_set_interaction_hidden (store, id, hidden, &error))
            g_warning ("Could not %s an interaction: %s", hidden ? "hide" : "show", error->message);
          break;

        case WHAT_CONTACTS:
        default:
          nb_store_set_contact_hidden (store, id, hidden);
        }
    }
}

static void
commit (Pending *pending)
{
  NbStore *store = pending->owner->store;

  if (pending->done)
    return;
  pending->done = TRUE;

  for (guint i = 0; i < pending->ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;
      gint64 id = g_array_index (pending->ids, gint64, i);

      gboolean deleted;

      if (pending->what == WHAT_MEALS)
        deleted = nb_store_delete_meeting (store, id, &error);
      else if (pending->what == WHAT_INTERACTIONS)
        deleted = nb_store_delete_interaction (store, id, &error);
      else
        deleted = nb_store_delete_contact (store, id, &error);

      if (deleted)
        continue;

      if (pending->what == WHAT_INTERACTIONS)
        {
          nb_store_set_interaction_hidden (store, id, FALSE, NULL);
          message = g_strdup_printf (_("Could not delete the entry: %s"), error->message);
        }
      else if (pending->what == WHAT_MEALS)
        {
          nb_store_set_meeting_hidden (store, id, FALSE);
          message = g_strdup_printf (_("Could not delete the meal: %s"), error->message);
        }
      else
        {
          nb_store_set_contact_hidden (store, id, FALSE);
          message = g_strdup_printf (_("Could not delete the contact: %s"), error->message);
        }

      if (!pending->owner->closing && pending->where != NULL)
        nb_toast_show_message (pending->where, message);
      else
        g_warning ("%s", message);
    }
}

static void
undo_cb (AdwToast *toast,
         Pending  *pending)
{
  if (pending->done)
    return;
  pending->done = TRUE;

  set_hidden (pending, FALSE);
  if (pending->what == WHAT_CONTACTS && pending->ids->len > 0)
    g_signal_emit (pending->owner, signals[CONTACTS_RESTORED], 0, pending->ids);
}

static void
dismissed_cb (AdwToast *toast,
              Pending  *pending)
{
  NbUndoDelete *self = pending->owner;

  commit (pending);
  g_ptr_array_remove (self->pending, pending);
}

static void
delete_with_undo (NbUndoDelete *self,
                  GtkWidget    *where,
                  GArray       *ids,
                  What          what,
                  const char   *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  Pending *pending = g_new0 (Pending, 1);
  AdwToast *toast;

  pending->owner = self;
  pending->ids = g_array_ref (ids);
  pending->what = what;
  g_set_weak_pointer (&pending->where, where);
  g_ptr_array_add (self->pending, pending);
  set_hidden (pending, TRUE);

  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  /* Not ADW_TOAST_PRIORITY_HIGH: in libadwaita 1.2, a toast that replaces
   * another can crash when its animation ends. */
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_cb), pending);
  g_signal_connect (toast, "dismissed", G_CALLBACK (dismissed_cb), pending);
  g_set_weak_pointer (&pending->toast, toast);
  nb_toast_replace (where, toast, "undo");
}

/**
 * nb_undo_delete_contacts:
 * @self: the deletions of a window
 * @where: a widget of the window, for the toast
 * @ids: (element-type gint64): the contacts
 * @title: what the toast says: "“Ada Lovelace” deleted"
 *
 * Deletes contacts, with Undo.
 */
void
nb_undo_delete_contacts (NbUndoDelete *self,
                         GtkWidget    *where,
                         GArray       *ids,
                         const char   *title)
{
  g_return_if_fail (NB_IS_UNDO_DELETE (self));
  g_return_if_fail (ids != NULL && ids->len > 0);

  delete_with_undo (self, where, ids, WHAT_CONTACTS, title);
}

/**
 * nb_undo_delete_meal:
 * @self: the deletions of a window
 * @where: a widget of the window, for the toast
 * @id: the meal
 * @title: what the toast says
 *
 * Deletes a meal, with Undo.
 */
void
nb_undo_delete_meal (NbUndoDelete *self,
                     GtkWidget    *where,
                     gint64        id,
                     const char   *title)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_if_fail (NB_IS_UNDO_DELETE (self));

  g_array_append_val (ids, id);
  delete_with_undo (self, where, ids, WHAT_MEALS, title);
}

/**
 * nb_undo_delete_interaction:
 * @self: the deletions of a window
 * @where: a widget of the window, for the toast
 * @id: the interaction (a call, a message…)
 * @title: what the toast says
 *
 * Deletes an interaction, with Undo: hidden at once (its people's last
 * interaction goes back to the one before), deleted when the toast goes.
 */
void
nb_undo_delete_interaction (NbUndoDelete *self,
                            GtkWidget    *where,
                            gint64        id,
                            const char   *title)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_if_fail (NB_IS_UNDO_DELETE (self));

  g_array_append_val (ids, id);
  delete_with_undo (self, where, ids, WHAT_INTERACTIONS, title);
}

/**
 * nb_undo_delete_commit_all:
 * @self: the deletions of a window
 *
 * The window closes: every deletion still offered is done now, quietly.
 */
void
nb_undo_delete_commit_all (NbUndoDelete *self)
{
  g_return_if_fail (NB_IS_UNDO_DELETE (self));

  self->closing = TRUE;
  for (guint i = 0; i < self->pending->len; i++)
    commit (g_ptr_array_index (self->pending, i));
}

static void
nb_undo_delete_dispose (GObject *object)
{
  NbUndoDelete *self = (NbUndoDelete *) object;

  if (self->pending != NULL)
    {
      nb_undo_delete_commit_all (self);
      g_ptr_array_set_size (self->pending, 0);
    }

  G_OBJECT_CLASS (nb_undo_delete_parent_class)->dispose (object);
}

static void
nb_undo_delete_finalize (GObject *object)
{
  NbUndoDelete *self = (NbUndoDelete *) object;

  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_undo_delete_parent_class)->finalize (object);
}

static void
nb_undo_delete_class_init (NbUndoDeleteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nb_undo_delete_dispose;
  object_class->finalize = nb_undo_delete_finalize;

  /**
   * NbUndoDelete::contacts-restored:
   * @self: the deletions
   * @ids: (element-type gint64): the contacts back
   *
   * Undo brought contacts back.
   */
  signals[CONTACTS_RESTORED] =
    g_signal_new ("contacts-restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ARRAY);
}

static void
nb_undo_delete_init (NbUndoDelete *self)
{
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
}

NbUndoDelete *
nb_undo_delete_new (NbStore *store)
{
  NbUndoDelete *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_UNDO_DELETE, NULL);
  self->store = g_object_ref (store);

  return self;
}
