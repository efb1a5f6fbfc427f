/* nb-reloader.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-reloader"

#include "config.h"

#include "nb-reloader.h"

/**
 * NbReloader:
 *
 * Keeps a view in step with the store, reading only what is seen: the
 * view's reload function runs when the view is shown, and again, once per
 * burst, after the store announces changes while it is shown. Changes while
 * it is hidden wait for the next time it is shown.
 */
struct _NbReloader
{
  GObject       parent_instance;

  GtkWidget    *view;     /* not owned: it owns the reloader */
  NbReloadFunc  reload;
  NbStore      *store;
  gboolean      dirty;
  guint         idle_id;
};

G_DEFINE_FINAL_TYPE (NbReloader, nb_reloader, G_TYPE_OBJECT)

/**
 * nb_reloader_is_ready:
 * @self: a reloader
 *
 * Returns: %TRUE if the view has a store, is shown and is up to date: what
 *   changes in it can be read now
 */
gboolean
nb_reloader_is_ready (NbReloader *self)
{
  g_return_val_if_fail (NB_IS_RELOADER (self), FALSE);

  return self->store != NULL && !self->dirty && gtk_widget_get_mapped (self->view);
}

/**
 * nb_reloader_reload:
 * @self: a reloader
 *
 * Reads everything now if the view is shown, else when it is shown next.
 */
void
nb_reloader_reload (NbReloader *self)
{
  g_return_if_fail (NB_IS_RELOADER (self));

  if (self->store == NULL)
    return;

  if (!gtk_widget_get_mapped (self->view))
    {
      self->dirty = TRUE;
      return;
    }

  self->dirty = FALSE;
  self->reload (self->view);
}

static gboolean
idle_cb (gpointer user_data)
{
  NbReloader *self = user_data;

  self->idle_id = 0;
  nb_reloader_reload (self);

  return G_SOURCE_REMOVE;
}

/**
 * nb_reloader_queue:
 * @self: a reloader
 *
 * Reads everything once the current burst of changes is over, or when the
 * view is shown next.
 */
void
nb_reloader_queue (NbReloader *self)
{
  g_return_if_fail (NB_IS_RELOADER (self));

  if (!gtk_widget_get_mapped (self->view))
    self->dirty = TRUE;
  else if (self->idle_id == 0)
    self->idle_id = g_idle_add (idle_cb, self);
}

static void
view_mapped_cb (NbReloader *self)
{
  if (self->dirty)
    nb_reloader_reload (self);
}

static void
disconnect_store (NbReloader *self)
{
  if (self->store == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->store, nb_reloader_queue, self);
  g_clear_object (&self->store);
}

static void
nb_reloader_dispose (GObject *object)
{
  NbReloader *self = (NbReloader *) object;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  disconnect_store (self);

  G_OBJECT_CLASS (nb_reloader_parent_class)->dispose (object);
}

static void
nb_reloader_class_init (NbReloaderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nb_reloader_dispose;
}

static void
nb_reloader_init (NbReloader *self)
{
}

/**
 * nb_reloader_new:
 * @view: the view, which owns the reloader
 * @reload: reads what @view shows from the store
 *
 * Returns: (transfer full): a reloader without a store
 */
NbReloader *
nb_reloader_new (GtkWidget    *view,
                 NbReloadFunc  reload)
{
  NbReloader *self;

  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);
  g_return_val_if_fail (reload != NULL, NULL);

  self = g_object_new (NB_TYPE_RELOADER, NULL);
  self->view = view;
  self->reload = reload;
  g_signal_connect_object (view, "map", G_CALLBACK (view_mapped_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * nb_reloader_get_store:
 *
 * Returns: (transfer none) (nullable): the store followed
 */
NbStore *
nb_reloader_get_store (NbReloader *self)
{
  g_return_val_if_fail (NB_IS_RELOADER (self), NULL);

  return self->store;
}

/**
 * nb_reloader_set_store:
 * @self: a reloader
 * @store: (nullable): the store to follow
 *
 * Follows @store's contacts and meals, and reads everything (now, or when
 * the view is shown).
 */
void
nb_reloader_set_store (NbReloader *self,
                       NbStore    *store)
{
  g_return_if_fail (NB_IS_RELOADER (self));
  g_return_if_fail (store == NULL || NB_IS_STORE (store));

  if (self->store == store)
    return;

  disconnect_store (self);
  if (store == NULL)
    return;

  self->store = g_object_ref (store);
  g_signal_connect_swapped (store, "meetings-changed", G_CALLBACK (nb_reloader_queue), self);
  g_signal_connect_swapped (store, "contacts-changed", G_CALLBACK (nb_reloader_queue), self);
  g_signal_connect_swapped (store, "meal-trains-changed", G_CALLBACK (nb_reloader_queue), self);
  nb_reloader_reload (self);
}
