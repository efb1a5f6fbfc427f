/* nb-account.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-account.h"

/**
 * NbAccount:
 *
 * A CardDAV/CalDAV account: the server and user name (its password is in
 * the system keyring), the address book and the calendar it syncs with,
 * and how its last sync went.
 */
struct _NbAccount
{
  GObject  parent_instance;

  gint64   id;
  char    *server;
  char    *user;
  char    *collections[NB_N_COLLECTION_KINDS];
  char    *collection_names[NB_N_COLLECTION_KINDS];
  gint64   last_sync;
  char    *last_error;
};

G_DEFINE_FINAL_TYPE (NbAccount, nb_account, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SERVER,
  PROP_USER,
  PROP_ADDRESS_BOOK,
  PROP_CALENDAR,
  PROP_LAST_SYNC,
  PROP_LAST_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_string (char       **slot,
            const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

static void
nb_account_finalize (GObject *object)
{
  NbAccount *self = (NbAccount *) object;

  g_free (self->server);
  g_free (self->user);
  for (guint i = 0; i < NB_N_COLLECTION_KINDS; i++)
    {
      g_free (self->collections[i]);
      g_free (self->collection_names[i]);
    }
  g_free (self->last_error);

  G_OBJECT_CLASS (nb_account_parent_class)->finalize (object);
}

static void
nb_account_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NbAccount *self = NB_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SERVER:
      g_value_set_string (value, self->server);
      break;

    case PROP_USER:
      g_value_set_string (value, self->user);
      break;

    case PROP_ADDRESS_BOOK:
      g_value_set_string (value, self->collections[NB_COLLECTION_CONTACTS]);
      break;

    case PROP_CALENDAR:
      g_value_set_string (value, self->collections[NB_COLLECTION_MEALS]);
      break;

    case PROP_LAST_SYNC:
      g_value_set_int64 (value, self->last_sync);
      break;

    case PROP_LAST_ERROR:
      g_value_set_string (value, self->last_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_account_class_init (NbAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = nb_account_finalize;
  object_class->get_property = nb_account_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_SERVER] = g_param_spec_string ("server", NULL, NULL, NULL, ro);
  properties[PROP_USER] = g_param_spec_string ("user", NULL, NULL, NULL, ro);
  properties[PROP_ADDRESS_BOOK] = g_param_spec_string ("address-book", NULL, NULL, NULL, ro);
  properties[PROP_CALENDAR] = g_param_spec_string ("calendar", NULL, NULL, NULL, ro);
  /**
   * NbAccount:last-sync:
   *
   * When the last sync that reached the server ended, in microseconds
   * since 1970, or 0.
   */
  properties[PROP_LAST_SYNC] = g_param_spec_int64 ("last-sync", NULL, NULL, 0, G_MAXINT64, 0, ro);
  /**
   * NbAccount:last-error:
   *
   * Why the last sync failed, or %NULL if it did not.
   */
  properties[PROP_LAST_ERROR] = g_param_spec_string ("last-error", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_account_init (NbAccount *self)
{
}

/**
 * nb_account_new:
 * @id: its row in the database, or 0
 * @server: the server's address, as nb_account_normalize_server() gives it
 * @user: the user name
 *
 * Returns: (transfer full): an account without collections
 */
NbAccount *
nb_account_new (gint64      id,
                const char *server,
                const char *user)
{
  NbAccount *self;

  g_return_val_if_fail (server != NULL, NULL);
  g_return_val_if_fail (user != NULL, NULL);

  self = g_object_new (NB_TYPE_ACCOUNT, NULL);
  self->id = id;
  self->server = g_strdup (server);
  self->user = g_strdup (user);

  return self;
}

gint64
nb_account_get_id (NbAccount *self)
{
  g_return_val_if_fail (NB_IS_ACCOUNT (self), 0);

  return self->id;
}

const char *
nb_account_get_server (NbAccount *self)
{
  g_return_val_if_fail (NB_IS_ACCOUNT (self), NULL);

  return self->server;
}

const char *
nb_account_get_user (NbAccount *self)
{
  g_return_val_if_fail (NB_IS_ACCOUNT (self), NULL);

  return self->user;
}

/**
 * nb_account_dup_host:
 * @self: an account
 *
 * Returns: (transfer full): the server's host name (with its port if it
 *   is not the default one), to name the account to people
 */
char *
nb_account_dup_host (NbAccount *self)
{
  g_autoptr(GUri) uri = NULL;

  g_return_val_if_fail (NB_IS_ACCOUNT (self), NULL);

  uri = g_uri_parse (self->server, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return g_strdup (self->server);

  if (g_uri_get_port (uri) > 0)
    return g_strdup_printf ("%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));

  return g_strdup (g_uri_get_host (uri));
}

/**
 * nb_account_get_collection:
 * @self: an account
 * @kind: which collection
 *
 * Returns: (nullable): the collection's address, or %NULL if the account
 *   does not sync that kind
 */
const char *
nb_account_get_collection (NbAccount        *self,
                           NbCollectionKind  kind)
{
  g_return_val_if_fail (NB_IS_ACCOUNT (self), NULL);
  g_return_val_if_fail (kind < NB_N_COLLECTION_KINDS, NULL);

  return self->collections[kind];
}

/**
 * nb_account_get_collection_name:
 * @self: an account
 * @kind: which collection
 *
 * Returns: (nullable): the collection's name on the server
 */
const char *
nb_account_get_collection_name (NbAccount        *self,
                                NbCollectionKind  kind)
{
  g_return_val_if_fail (NB_IS_ACCOUNT (self), NULL);
  g_return_val_if_fail (kind < NB_N_COLLECTION_KINDS, NULL);

  return self->collection_names[kind];
}

void
nb_account_set_collection (NbAccount        *self,
                           NbCollectionKind  kind,
                           const char       *url,
                           const char       *name)
{
  g_return_if_fail (NB_IS_ACCOUNT (self));
  g_return_if_fail (kind < NB_N_COLLECTION_KINDS);

  set_string (&self->collection_names[kind], name);
  if (set_string (&self->collections[kind], url))
    g_object_notify_by_pspec (G_OBJECT (self),
                              properties[kind == NB_COLLECTION_CONTACTS ? PROP_ADDRESS_BOOK : PROP_CALENDAR]);
}

gint64
nb_account_get_last_sync (NbAccount *self)
{
  g_return_val_if_fail (NB_IS_ACCOUNT (self), 0);

  return self->last_sync;
}

const char *
nb_account_get_last_error (NbAccount *self)
{
  g_return_val_if_fail (NB_IS_ACCOUNT (self), NULL);

  return self->last_error;
}

/**
 * nb_account_set_status:
 * @self: an account
 * @last_sync: when the last sync that reached the server ended, or 0
 * @last_error: (nullable): why the last sync failed
 */
void
nb_account_set_status (NbAccount  *self,
                       gint64      last_sync,
                       const char *last_error)
{
  g_return_if_fail (NB_IS_ACCOUNT (self));

  if (self->last_sync != last_sync)
    {
      self->last_sync = last_sync;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_SYNC]);
    }

  if (set_string (&self->last_error, last_error))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ERROR]);
}

/**
 * nb_account_normalize_server:
 * @server: a server address as someone typed it
 *
 * Gives the form an account's server is kept in, so that the same server
 * typed twice is one account: "https://" added when no scheme is given,
 * scheme and host in lower case, no user or password in it, and a path
 * that ends with "/".
 *
 * Returns: (transfer full) (nullable): the address, or %NULL if @server
 *   is not an http or https address with a host
 */
char *
nb_account_normalize_server (const char *server)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *with_scheme = NULL;
  g_autofree char *scheme = NULL;
  g_autofree char *host = NULL;
  g_autofree char *path = NULL;
  const char *text;

  g_return_val_if_fail (server != NULL, NULL);

  text = g_strstrip (with_scheme = g_strdup (server));
  if (*text == '\0')
    return NULL;

  if (strstr (text, "://") == NULL)
    {
      char *full = g_strconcat ("https://", text, NULL);

      g_free (with_scheme);
      text = with_scheme = full;
    }

  uri = g_uri_parse (text, G_URI_FLAGS_ENCODED | G_URI_FLAGS_SCHEME_NORMALIZE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return NULL;

  scheme = g_ascii_strdown (g_uri_get_scheme (uri), -1);
  if (!g_str_equal (scheme, "http") && !g_str_equal (scheme, "https"))
    return NULL;

  host = g_ascii_strdown (g_uri_get_host (uri), -1);
  path = g_str_has_suffix (g_uri_get_path (uri), "/")
    ? g_strdup (g_uri_get_path (uri))
    : g_strconcat (g_uri_get_path (uri), "/", NULL);

  return g_uri_join (G_URI_FLAGS_ENCODED, scheme, NULL, host, g_uri_get_port (uri), path, NULL, NULL);
}

/**
 * nb_sync_note_free:
 * @note: (nullable): a note of the sync history
 */
void
nb_sync_note_free (NbSyncNote *note)
{
  if (note == NULL)
    return;

  g_free (note->summary);
  g_free (note->data);
  g_free (note);
}

/**
 * nb_sync_item_free:
 * @item: (nullable): what sync keeps of an item
 */
void
nb_sync_item_free (NbSyncItem *item)
{
  if (item == NULL)
    return;

  g_free (item->uid);
  g_free (item->href);
  g_free (item->etag);
  g_free (item->base);
  g_free (item);
}
