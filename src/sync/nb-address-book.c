/* nb-address-book.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-address-book"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-address-book-private.h"
#include "nb-sync-error.h"

/**
 * NbAddressBook:
 *
 * One of GNOME's own address books, as Evolution Data Server keeps them for
 * GNOME Contacts and Evolution: the one on this computer, and those of the
 * online accounts (Google, Nextcloud). Only its names are kept here; an
 * NbAddressBookImporter reads its cards.
 */
struct _NbAddressBook
{
  GObject  parent_instance;

  char    *uid;
  char    *name;
  char    *account;
};

G_DEFINE_FINAL_TYPE (NbAddressBook, nb_address_book, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UID,
  PROP_NAME,
  PROP_ACCOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The bus name of Evolution Data Server's source registry (3.46). */
#define REGISTRY_BUS_NAME "org.gnome.evolution.dataserver.Sources5"

static void
nb_address_book_finalize (GObject *object)
{
  NbAddressBook *self = (NbAddressBook *) object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->account, g_free);

  G_OBJECT_CLASS (nb_address_book_parent_class)->finalize (object);
}

static void
nb_address_book_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NbAddressBook *self = NB_ADDRESS_BOOK (object);

  switch (prop_id)
    {
    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ACCOUNT:
      g_value_set_string (value, self->account);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_address_book_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  NbAddressBook *self = NB_ADDRESS_BOOK (object);

  switch (prop_id)
    {
    case PROP_UID:
      self->uid = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_ACCOUNT:
      self->account = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_address_book_class_init (NbAddressBookClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_address_book_finalize;
  object_class->get_property = nb_address_book_get_property;
  object_class->set_property = nb_address_book_set_property;

  /**
   * NbAddressBook:uid:
   *
   * The UID of the address book's source in Evolution Data Server.
   */
  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * NbAddressBook:name:
   *
   * The address book's name, as GNOME Contacts shows it.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * NbAddressBook:account:
   *
   * The name of the account the address book belongs to (an online
   * account, or "On This Computer"), or %NULL.
   */
  properties[PROP_ACCOUNT] =
    g_param_spec_string ("account", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_address_book_init (NbAddressBook *self)
{
}

/**
 * nb_address_book_new:
 * @uid: the UID of its source
 * @name: its name
 * @account: (nullable): the name of its account
 *
 * Returns: (transfer full): an address book
 */
NbAddressBook *
nb_address_book_new (const char *uid,
                     const char *name,
                     const char *account)
{
  g_return_val_if_fail (uid != NULL, NULL);

  return g_object_new (NB_TYPE_ADDRESS_BOOK,
                       "uid", uid,
                       "name", name ? name : uid,
                       "account", account,
                       NULL);
}

const char *
nb_address_book_get_uid (NbAddressBook *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK (self), NULL);

  return self->uid;
}

const char *
nb_address_book_get_name (NbAddressBook *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK (self), NULL);

  return self->name;
}

const char *
nb_address_book_get_account (NbAddressBook *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK (self), NULL);

  return self->account;
}

static void
set_unreachable (GError     **error,
                 const char  *why)
{
  g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE,
               /* Translators: the %s says why, from the system, in English. */
               _("GNOME’s address books cannot be read: Evolution Data Server is not running (%s)"),
               why);
}

/*
 * _nb_address_book_open_registry:
 *
 * Reaches Evolution Data Server's registry of sources, starting it if it is
 * not running, within NB_ADDRESS_BOOK_TIMEOUT_S: a registry that does not
 * answer is an error, never a hang.
 *
 * Returns: (transfer full): the registry, or %NULL
 */
ESourceRegistry *
_nb_address_book_open_registry (GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) local_error = NULL;
  ESourceRegistry *registry;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, cancellable, &local_error);
  if (bus == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_unreachable (error, local_error->message);
      return NULL;
    }

  /* Started by D-Bus, or found running. */
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "StartServiceByName",
                                       g_variant_new ("(su)", REGISTRY_BUS_NAME, 0),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE,
                                       NB_ADDRESS_BOOK_TIMEOUT_S * 1000, cancellable, &local_error);
  if (reply == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        {
          g_dbus_error_strip_remote_error (local_error);
          set_unreachable (error, local_error->message);
        }
      return NULL;
    }

  registry = e_source_registry_new_sync (cancellable, &local_error);
  if (registry == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        {
          g_dbus_error_strip_remote_error (local_error);
          set_unreachable (error, local_error->message);
        }
      return NULL;
    }

  return registry;
}

static int
compare_books (gconstpointer a,
               gconstpointer b)
{
  NbAddressBook *x = *(NbAddressBook **) a;
  NbAddressBook *y = *(NbAddressBook **) b;
  int order;

  /* Those without an account first, then by account. */
  if ((x->account == NULL) != (y->account == NULL))
    return x->account == NULL ? -1 : 1;
  if (x->account != NULL && (order = g_utf8_collate (x->account, y->account)) != 0)
    return order;

  order = g_utf8_collate (x->name, y->name);
  return order != 0 ? order : g_strcmp0 (x->uid, y->uid);
}

/**
 * nb_address_book_list:
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Lists the address books that GNOME Contacts and Evolution show (those
 * enabled, with their accounts enabled), sorted by account, then by name.
 * Blocks, for at most NB_ADDRESS_BOOK_TIMEOUT_S when Evolution Data Server
 * has to start.
 *
 * Returns: (transfer full) (element-type NbAddressBook): the address books,
 *   or %NULL if Evolution Data Server cannot be reached
 */
GPtrArray *
nb_address_book_list (GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(ESourceRegistry) registry = NULL;
  g_autoptr(GPtrArray) books = NULL;
  GList *sources;

  registry = _nb_address_book_open_registry (cancellable, error);
  if (registry == NULL)
    return NULL;

  books = g_ptr_array_new_with_free_func (g_object_unref);
  sources = e_source_registry_list_enabled (registry, E_SOURCE_EXTENSION_ADDRESS_BOOK);
  for (GList *l = sources; l != NULL; l = l->next)
    {
      ESource *source = l->data;
      g_autoptr(ESource) parent = NULL;
      const char *parent_uid = e_source_get_parent (source);

      if (parent_uid != NULL)
        parent = e_source_registry_ref_source (registry, parent_uid);

      g_ptr_array_add (books, nb_address_book_new (e_source_get_uid (source),
                                                   e_source_get_display_name (source),
                                                   parent ? e_source_get_display_name (parent) : NULL));
    }
  g_list_free_full (sources, g_object_unref);

  g_ptr_array_sort (books, compare_books);
  return g_steal_pointer (&books);
}

static void
list_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *books = nb_address_book_list (cancellable, &error);

  if (books != NULL)
    g_task_return_pointer (task, books, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

/**
 * nb_address_book_list_async:
 * @cancellable: (nullable): a cancellable
 * @callback: called with the address books
 * @user_data: data for @callback
 *
 * Lists the address books in a worker thread.
 */
void
nb_address_book_list_async (GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_address_book_list_async);
  g_task_run_in_thread (task, list_worker);
}

/**
 * nb_address_book_list_finish:
 * @result: the result
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbAddressBook): the address books,
 *   or %NULL
 */
GPtrArray *
nb_address_book_list_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
