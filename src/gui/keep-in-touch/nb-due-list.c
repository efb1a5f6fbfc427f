/* nb-due-list.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-due-list"

#include "config.h"

#include "nb-clock.h"
#include "nb-due-item.h"
#include "nb-due-list.h"

/**
 * NbDueList:
 *
 * The people due, most overdue first, as a list model of #NbDueItem that
 * is read a page at a time in the store's worker thread: the first page
 * on nb_due_list_reload(), the next ones as the view asks for them
 * (nb_due_list_load_more(), when the person scrolls near the end). Everyone
 * may be due in a network of 100,000; no more is read than is looked at.
 *
 * A reload reads again as many as are loaded and changes only the items
 * that differ, so that a row logged or snoozed goes and the others stay
 * where they are (with the focus and the scroll position).
 */
struct _NbDueList
{
  GObject       parent_instance;

  NbStore      *store;
  GPtrArray    *items;
  GCancellable *cancellable;
  int           default_cadence;
  guint         generation;
  gboolean      loading;
  gboolean      complete;
  gboolean      loaded;      /* read once at least */
};

static void nb_due_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NbDueList, nb_due_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, nb_due_list_model_init))

enum {
  PROP_0,
  PROP_LOADING,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How many are read at a time. */
#define PAGE_SIZE 50

typedef struct
{
  NbDueList *self;     /* owned */
  guint      generation;
  guint      offset;
  guint      limit;
} Request;

static void
request_free (Request *request)
{
  g_object_unref (request->self);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static void
set_loading (NbDueList *self,
             gboolean   loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_complete (NbDueList *self,
              gboolean   complete)
{
  if (self->complete == complete)
    return;

  self->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

/* Puts @entries in place of the items from @offset on, changing only what
 * differs. */
static void
replace_from (NbDueList *self,
              guint      offset,
              GPtrArray *entries)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_old = self->items->len - offset;
  guint prefix = 0, suffix = 0;

  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (fresh, nb_due_item_new (g_ptr_array_index (entries, i), FALSE));

  while (prefix < n_old && prefix < fresh->len &&
         nb_due_item_equal (g_ptr_array_index (self->items, offset + prefix),
                            g_ptr_array_index (fresh, prefix)))
    prefix++;

  while (suffix < n_old - prefix && suffix < fresh->len - prefix &&
         nb_due_item_equal (g_ptr_array_index (self->items, self->items->len - 1 - suffix),
                            g_ptr_array_index (fresh, fresh->len - 1 - suffix)))
    suffix++;

  if (prefix == n_old && prefix == fresh->len)
    return;

  {
    guint removed = n_old - prefix - suffix;
    guint added = fresh->len - prefix - suffix;

    g_ptr_array_remove_range (self->items, offset + prefix, removed);
    for (guint i = 0; i < added; i++)
      g_ptr_array_insert (self->items, offset + prefix + i,
                          g_object_ref (g_ptr_array_index (fresh, prefix + i)));

    g_list_model_items_changed (G_LIST_MODEL (self), offset + prefix, removed, added);
  }
}

static void start (NbDueList *self,
                   guint      offset,
                   guint      limit);

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  NbDueList *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  entries = nb_store_list_due_finish (NB_STORE (source), result, &error);

  if (request->generation != self->generation)
    return;

  g_clear_object (&self->cancellable);

  if (entries == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read whom to keep in touch with: %s", error->message);
      set_loading (self, FALSE);
      return;
    }

  self->loaded = TRUE;
  /* Fewer than asked for: that was the last page. */
  set_complete (self, entries->len < request->limit);
  replace_from (self, request->offset, entries);
  set_loading (self, FALSE);
}

static void
start (NbDueList *self,
       guint      offset,
       guint      limit)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  Request *request = g_new0 (Request, 1);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  request->self = g_object_ref (self);
  request->generation = ++self->generation;
  request->offset = offset;
  request->limit = limit;

  set_loading (self, TRUE);
  nb_store_list_due_async (self->store, now, self->default_cadence, offset, limit,
                           self->cancellable, loaded_cb, request);
}

/**
 * nb_due_list_reload:
 * @self: a list
 *
 * Reads again the people due: as many as are loaded (a page at least).
 */
void
nb_due_list_reload (NbDueList *self)
{
  g_return_if_fail (NB_IS_DUE_LIST (self));

  start (self, 0, MAX (PAGE_SIZE, ((self->items->len + PAGE_SIZE - 1) / PAGE_SIZE) * PAGE_SIZE));
}

/**
 * nb_due_list_load_more:
 * @self: a list
 *
 * Reads the next page, unless everyone is loaded or a page is on its way.
 */
void
nb_due_list_load_more (NbDueList *self)
{
  g_return_if_fail (NB_IS_DUE_LIST (self));

  if (self->complete || self->loading || !self->loaded)
    return;

  start (self, self->items->len, PAGE_SIZE);
}

void
nb_due_list_set_default_cadence (NbDueList *self,
                                 int        days)
{
  g_return_if_fail (NB_IS_DUE_LIST (self));

  self->default_cadence = days;
}

gboolean
nb_due_list_get_loading (NbDueList *self)
{
  g_return_val_if_fail (NB_IS_DUE_LIST (self), FALSE);

  return self->loading;
}

/**
 * nb_due_list_get_complete:
 *
 * Returns: whether everyone due is loaded
 */
gboolean
nb_due_list_get_complete (NbDueList *self)
{
  g_return_val_if_fail (NB_IS_DUE_LIST (self), FALSE);

  return self->complete;
}

/**
 * nb_due_list_get_loaded:
 *
 * Returns: whether the list was read at least once
 */
gboolean
nb_due_list_get_loaded (NbDueList *self)
{
  g_return_val_if_fail (NB_IS_DUE_LIST (self), FALSE);

  return self->loaded;
}

static GType
get_item_type (GListModel *model)
{
  return NB_TYPE_DUE_ITEM;
}

static guint
get_n_items (GListModel *model)
{
  return NB_DUE_LIST (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  NbDueList *self = NB_DUE_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
nb_due_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
nb_due_list_dispose (GObject *object)
{
  NbDueList *self = (NbDueList *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_due_list_parent_class)->dispose (object);
}

static void
nb_due_list_finalize (GObject *object)
{
  NbDueList *self = (NbDueList *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_due_list_parent_class)->finalize (object);
}

static void
nb_due_list_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NbDueList *self = NB_DUE_LIST (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_due_list_class_init (NbDueListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nb_due_list_dispose;
  object_class->finalize = nb_due_list_finalize;
  object_class->get_property = nb_due_list_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_due_list_init (NbDueList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->default_cadence = 30;
}

/**
 * nb_due_list_new:
 * @store: the store
 *
 * Returns: (transfer full): a new, empty list: nb_due_list_reload() reads it
 */
NbDueList *
nb_due_list_new (NbStore *store)
{
  NbDueList *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_DUE_LIST, NULL);
  self->store = g_object_ref (store);

  return self;
}
