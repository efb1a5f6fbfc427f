/* nb-contact-list.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-contact-list"

#include "config.h"

#include "nb-contact-list.h"

/**
 * NbContactList:
 *
 * A #GListModel of the stored contacts, sorted by name and filtered by a
 * search. It holds only the ids in order (8 bytes per contact); contact
 * objects are made when a view asks for an item, so a list of 100,000
 * contacts costs what its visible rows cost. Sorting and searching happen in
 * SQLite, in a worker thread; a new result is compared with the old one so
 * that views get one precise items-changed.
 */
struct _NbContactList
{
  GObject       parent_instance;

  NbStore      *store;
  char         *search;
  GArray       *ids;           /* gint64 */
  GCancellable *cancellable;   /* of the listing under way */
  gboolean      loading;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NbContactList, nb_contact_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (NbContactList *self);

static GType
nb_contact_list_get_item_type (GListModel *model)
{
  return NB_TYPE_CONTACT;
}

static guint
nb_contact_list_get_n_items (GListModel *model)
{
  return NB_CONTACT_LIST (model)->ids->len;
}

static gpointer
nb_contact_list_get_item (GListModel *model,
                          guint       position)
{
  NbContactList *self = NB_CONTACT_LIST (model);
  NbContact *contact;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  contact = nb_store_get_contact (self->store, id);

  /* Deleted by another program since the list was made: a blank stands in
   * until the list is made again. */
  if (contact == NULL)
    contact = nb_contact_new ();

  return contact;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = nb_contact_list_get_item_type;
  iface->get_n_items = nb_contact_list_get_n_items;
  iface->get_item = nb_contact_list_get_item;
}

static void
set_loading (NbContactList *self,
             gboolean       loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Replaces the ids, telling views only about the range that differs. */
static void
apply_ids (NbContactList *self,
           GArray        *ids)
{
  const gint64 *old = (const gint64 *) self->ids->data;
  const gint64 *new = (const gint64 *) ids->data;
  guint old_len = self->ids->len;
  guint new_len = ids->len;
  guint prefix = 0, suffix = 0;
  g_autoptr(GArray) previous = NULL;

  while (prefix < old_len && prefix < new_len && old[prefix] == new[prefix])
    prefix++;

  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         old[old_len - 1 - suffix] == new[new_len - 1 - suffix])
    suffix++;

  previous = g_steal_pointer (&self->ids);
  self->ids = g_array_ref (ids);

  if (prefix == old_len && prefix == new_len)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_len - prefix - suffix,
                              new_len - prefix - suffix);
  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
list_ids_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(NbContactList) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  ids = nb_store_list_contact_ids_finish (NB_STORE (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);

  if (ids == NULL)
    g_warning ("Could not list contacts: %s", error->message);
  else
    apply_ids (self, ids);

  set_loading (self, FALSE);
}

static void
reload (NbContactList *self)
{
  /* A search typed, or a change made, while a listing runs replaces it. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  nb_store_list_contact_ids_async (self->store, self->search, self->cancellable,
                                   list_ids_cb, g_object_ref (self));
}

static void
contacts_changed_cb (NbContactList *self)
{
  reload (self);
}

static void
contact_removed_cb (NbContactList *self,
                    gint64         id)
{
  guint position = nb_contact_list_find (self, id);

  if (position == G_MAXUINT)
    return;

  g_array_remove_index (self->ids, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
nb_contact_list_dispose (GObject *object)
{
  NbContactList *self = (NbContactList *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_contact_list_parent_class)->dispose (object);
}

static void
nb_contact_list_finalize (GObject *object)
{
  NbContactList *self = (NbContactList *) object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (nb_contact_list_parent_class)->finalize (object);
}

static void
nb_contact_list_constructed (GObject *object)
{
  NbContactList *self = (NbContactList *) object;

  G_OBJECT_CLASS (nb_contact_list_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "contacts-changed",
                           G_CALLBACK (contacts_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "contact-removed",
                           G_CALLBACK (contact_removed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
}

static void
nb_contact_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NbContactList *self = NB_CONTACT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_contact_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  NbContactList *self = NB_CONTACT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SEARCH:
      nb_contact_list_set_search (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_contact_list_class_init (NbContactListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = nb_contact_list_constructed;
  object_class->dispose = nb_contact_list_dispose;
  object_class->finalize = nb_contact_list_finalize;
  object_class->get_property = nb_contact_list_get_property;
  object_class->set_property = nb_contact_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, NB_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * NbContactList:search:
   *
   * The search text; %NULL or empty lists every contact.
   */
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * NbContactList:loading:
   *
   * Whether a listing is under way; the items are those of the last one.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_contact_list_init (NbContactList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * nb_contact_list_new:
 * @store: the store to list
 *
 * Returns: (transfer full): a list that starts loading at once
 */
NbContactList *
nb_contact_list_new (NbStore *store)
{
  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  return g_object_new (NB_TYPE_CONTACT_LIST, "store", store, NULL);
}

NbStore *
nb_contact_list_get_store (NbContactList *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_LIST (self), NULL);

  return self->store;
}

const char *
nb_contact_list_get_search (NbContactList *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_LIST (self), NULL);

  return self->search;
}

void
nb_contact_list_set_search (NbContactList *self,
                            const char    *search)
{
  g_return_if_fail (NB_IS_CONTACT_LIST (self));

  if (search != NULL && *search == '\0')
    search = NULL;

  if (g_strcmp0 (self->search, search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);

  reload (self);
}

gboolean
nb_contact_list_get_loading (NbContactList *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_LIST (self), FALSE);

  return self->loading;
}

/**
 * nb_contact_list_get_id:
 * @self: a list
 * @position: a position
 *
 * Returns: the id of the contact at @position without making its object,
 *   or 0 past the end
 */
gint64
nb_contact_list_get_id (NbContactList *self,
                        guint          position)
{
  g_return_val_if_fail (NB_IS_CONTACT_LIST (self), 0);

  if (position >= self->ids->len)
    return 0;

  return g_array_index (self->ids, gint64, position);
}

/**
 * nb_contact_list_find:
 * @self: a list
 * @id: a contact's id
 *
 * Returns: the position of the contact, or %G_MAXUINT if it is not listed
 */
guint
nb_contact_list_find (NbContactList *self,
                      gint64         id)
{
  const gint64 *ids;

  g_return_val_if_fail (NB_IS_CONTACT_LIST (self), G_MAXUINT);

  ids = (const gint64 *) self->ids->data;
  for (guint i = 0; i < self->ids->len; i++)
    {
      if (ids[i] == id)
        return i;
    }

  return G_MAXUINT;
}
