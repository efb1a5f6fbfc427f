/* nb-store.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "nb-cadence.h"
#include "nb-clock.h"
#include "nb-contact-private.h"
#include "nb-network-layout.h"
#include "nb-store-private.h"

/**
 * NbStore:
 *
 * The single source of truth: one SQLite file. It lives on the main thread
 * and hands out one shared #NbContact per stored contact, so that a change
 * saved anywhere shows up everywhere. Long work (listing and searching
 * thousands of contacts) runs in worker threads on their own connections.
 */
struct _NbStore
{
  GObject     parent_instance;

  char       *path;
  NbDb       *db;             /* main thread only */
  GHashTable *live;           /* gint64 id → NbContact, not owned */
  GHashTable *hidden;         /* gint64 contact ids pending deletion */
  GHashTable *hidden_meetings; /* gint64 meeting ids pending deletion */
  GHashTable *hidden_interactions; /* gint64 interaction ids pending deletion */
  GAsyncQueue *idle_readers;  /* NbDb for worker threads */
  gint64      data_version;
  GDate       today;          /* the day keep in touch was counted for */
};

G_DEFINE_FINAL_TYPE (NbStore, nb_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

enum {
  CONTACTS_CHANGED,
  CONTACT_REMOVED,
  MEETINGS_CHANGED,
  INTERACTIONS_CHANGED,
  KEEP_IN_TOUCH_CHANGED,
  MEAL_TRAINS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  char       *search;
  GHashTable *hidden;
} ListData;

static void
list_data_free (ListData *data)
{
  g_free (data->search);
  g_clear_pointer (&data->hidden, g_hash_table_unref);
  g_free (data);
}

static GHashTable *
id_set_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
id_set_add (GHashTable *set,
            gint64      id)
{
  g_hash_table_add (set, g_memdup2 (&id, sizeof id));
}

static void
contact_finalized_cb (gpointer  user_data,
                      GObject  *where_the_object_was)
{
  NbStore *self = user_data;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (value == (gpointer) where_the_object_was)
        {
          g_hash_table_iter_remove (&iter);
          break;
        }
    }
}

static void
track_contact (NbStore   *self,
               NbContact *contact)
{
  gint64 id = nb_contact_get_id (contact);

  g_hash_table_insert (self->live, g_memdup2 (&id, sizeof id), contact);
  g_object_weak_ref (G_OBJECT (contact), contact_finalized_cb, self);
}

/* Forgets the shared object of a contact that is gone: whoever holds it
 * keeps it, and the next contact given its id gets an object of its own. */
static void
untrack_contact (NbStore *self,
                 gint64   id)
{
  NbContact *contact = g_hash_table_lookup (self->live, &id);

  if (contact == NULL)
    return;

  g_object_weak_unref (G_OBJECT (contact), contact_finalized_cb, self);
  g_hash_table_remove (self->live, &id);
}

static void
nb_store_dispose (GObject *object)
{
  NbStore *self = (NbStore *) object;
  GHashTableIter iter;
  gpointer value;

  if (self->live != NULL)
    {
      g_hash_table_iter_init (&iter, self->live);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_object_weak_unref (value, contact_finalized_cb, self);
      g_hash_table_remove_all (self->live);
    }

  G_OBJECT_CLASS (nb_store_parent_class)->dispose (object);
}

static void
nb_store_finalize (GObject *object)
{
  NbStore *self = (NbStore *) object;
  NbDb *reader;

  while ((reader = g_async_queue_try_pop (self->idle_readers)))
    nb_db_close (reader);
  g_clear_pointer (&self->idle_readers, g_async_queue_unref);
  g_clear_pointer (&self->db, nb_db_close);
  g_clear_pointer (&self->live, g_hash_table_unref);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->hidden_meetings, g_hash_table_unref);
  g_clear_pointer (&self->hidden_interactions, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (nb_store_parent_class)->finalize (object);
}

static void
nb_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  NbStore *self = NB_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_store_class_init (NbStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nb_store_dispose;
  object_class->finalize = nb_store_finalize;
  object_class->get_property = nb_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NbStore::contacts-changed:
   *
   * Contacts were added, deleted, renamed, hidden or shown: lists of
   * contacts should be made again. Changes to one contact's fields are
   * notified on that contact.
   */
  signals[CONTACTS_CHANGED] =
    g_signal_new ("contacts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * NbStore::contact-removed:
   * @id: the contact's id
   *
   * A contact was deleted or hidden; emitted before #NbStore::contacts-changed
   * so that lists can drop it at once.
   */
  signals[CONTACT_REMOVED] =
    g_signal_new ("contact-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * NbStore::meetings-changed:
   *
   * Meals were added, changed, deleted, hidden or shown, or an
   * interaction changed (which moves whom to invite next): views of meals
   * should read them again.
   */
  signals[MEETINGS_CHANGED] =
    g_signal_new ("meetings-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * NbStore::interactions-changed:
   *
   * Interactions were added, changed, deleted, hidden or shown: histories
   * should be read again. The contacts whose last interaction moved are
   * updated (#NbContact:last-interaction) before it is emitted.
   */
  signals[INTERACTIONS_CHANGED] =
    g_signal_new ("interactions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * NbStore::keep-in-touch-changed:
   *
   * Something that may change who is due changed: an interaction, a meal,
   * a contact (its rhythm, its circles), a circle's rhythm, a snooze, or
   * another program's commit. The keep-in-touch list and its count
   * should be read again.
   */
  signals[KEEP_IN_TOUCH_CHANGED] =
    g_signal_new ("keep-in-touch-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * NbStore::meal-trains-changed:
   *
   * Meal trains or their slots were added, changed or deleted, here or by
   * another program: views of trains, of the calendar and of meals should
   * read them again.
   */
  signals[MEAL_TRAINS_CHANGED] =
    g_signal_new ("meal-trains-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
nb_store_init (NbStore *self)
{
  self->live = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->hidden = id_set_new ();
  self->hidden_meetings = id_set_new ();
  self->hidden_interactions = id_set_new ();
  self->idle_readers = g_async_queue_new ();
}

/**
 * nb_store_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/netbook/netbook.db`
 */
char *
nb_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "netbook", "netbook.db", NULL);
}

/* An interaction hidden while its deletion could be undone, by a Netbook
 * that stopped before it was deleted or shown again, comes back: as a
 * hidden contact or meal does, hiding does not outlive the program. */
static gboolean
restore_hidden_interactions (NbDb    *db,
                             GError **error)
{
  g_autoptr(GArray) ids = nb_db_list_hidden_interactions (db, error);

  if (ids == NULL)
    return FALSE;
  if (ids->len == 0)
    return TRUE;

  if (!nb_db_begin (db, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      if (!nb_db_set_interaction_hidden (db, g_array_index (ids, gint64, i), FALSE, NULL, error))
        {
          nb_db_rollback (db);
          return FALSE;
        }
    }

  if (!nb_db_commit (db, error))
    {
      nb_db_rollback (db);
      return FALSE;
    }

  return TRUE;
}

/**
 * nb_store_new:
 * @path: the database file; it and its folder are made when missing
 * @error: return location for an error
 *
 * Opens the database, upgrading it when it was written by an older Netbook
 * (after saving a copy of it). A database from a newer Netbook, another
 * program's database, or a damaged file is refused and left unchanged.
 *
 * Returns: (transfer full) (nullable): the store
 */
NbStore *
nb_store_new (const char  *path,
              GError     **error)
{
  g_autoptr(NbStore) self = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_IO,
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  self = g_object_new (NB_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->db = nb_db_open (path, NB_DB_PRIMARY, error);
  if (self->db == NULL)
    return NULL;

  if (!restore_hidden_interactions (self->db, error))
    return NULL;

  self->data_version = nb_db_data_version (self->db);
  nb_clock_get_today (&self->today);

  return g_steal_pointer (&self);
}

const char *
nb_store_get_path (NbStore *self)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  return self->path;
}

NbDb *
_nb_store_get_db (NbStore *self)
{
  return self->db;
}

/**
 * nb_store_get_contact:
 * @self: a store
 * @id: a contact's id
 *
 * Returns: (transfer full) (nullable): the shared object of the contact, or
 *   %NULL if there is no such contact
 */
NbContact *
nb_store_get_contact (NbStore *self,
                      gint64   id)
{
  g_autoptr(GError) error = NULL;
  NbContact *contact;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  contact = g_hash_table_lookup (self->live, &id);
  if (contact != NULL)
    return g_object_ref (contact);

  contact = nb_db_load_contact (self->db, id, &error);
  if (contact == NULL)
    {
      if (!g_error_matches (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND))
        g_warning ("Could not read contact %" G_GINT64_FORMAT ": %s", id, error->message);
      return NULL;
    }

  track_contact (self, contact);
  return contact;
}

/**
 * nb_store_save_contact:
 * @self: a store
 * @contact: a draft (from nb_contact_new() or nb_contact_copy()) or a
 *   shared contact
 * @error: return location for an error
 *
 * Saves @contact in one transaction: a new contact when its id is 0, else
 * the stored one is replaced. The shared object is updated, so every view
 * shows the change.
 *
 * Returns: (transfer full) (nullable): the shared object of the saved
 *   contact, or %NULL on error, when nothing was changed
 */
NbContact *
nb_store_save_contact (NbStore    *self,
                       NbContact  *contact,
                       GError    **error)
{
  g_autoptr(NbContact) shared = NULL;
  gint64 id;
  gboolean is_new;
  gboolean renamed = TRUE;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (NB_IS_CONTACT (contact), NULL);

  id = nb_contact_get_id (contact);
  is_new = id == 0;
  if (!is_new)
    {
      shared = g_hash_table_lookup (self->live, &id);
      if (shared != NULL)
        {
          g_object_ref (shared);
          renamed = g_strcmp0 (nb_contact_get_full_name (shared),
                               nb_contact_get_full_name (contact)) != 0;
        }
    }

  if (!nb_db_begin (self->db, error))
    return NULL;

  /* The store's own commits leave its data_version as it is (SQLite counts
   * only other connections' commits): it is not read again after them, so
   * that another process's changes committed meanwhile are still noticed
   * by nb_store_check_for_changes(). */
  if (!nb_db_write_contact (self->db, contact, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      /* A failed insert must not leave an id on the draft. */
      if (is_new)
        _nb_contact_set_id (contact, 0);
      return NULL;
    }

  id = nb_contact_get_id (contact);

  if (shared == NULL)
    shared = nb_store_get_contact (self, id);
  else if (shared != contact)
    {
      nb_contact_assign (shared, contact);
      _nb_contact_set_timestamps (shared,
                                  nb_contact_get_created (contact),
                                  nb_contact_get_updated (contact));
    }

  if (is_new || renamed)
    g_signal_emit (self, signals[CONTACTS_CHANGED], 0);
  /* Its rhythm or circles may have changed. */
  g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);

  return g_steal_pointer (&shared);
}

/**
 * nb_store_delete_contact:
 * @self: a store
 * @id: a contact's id
 * @error: return location for an error
 *
 * Deletes the contact and everything stored with it, in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_delete_contact (NbStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_delete_contact (self->db, id, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  untrack_contact (self, id);
  g_hash_table_remove (self->hidden, &id);
  g_signal_emit (self, signals[CONTACT_REMOVED], 0, id);
  g_signal_emit (self, signals[CONTACTS_CHANGED], 0);
  /* Its meals keep its name but lose the link; its interactions with
   * others lose it. */
  g_signal_emit (self, signals[MEETINGS_CHANGED], 0);
  g_signal_emit (self, signals[INTERACTIONS_CHANGED], 0);
  g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);

  return TRUE;
}

/**
 * nb_store_set_contact_hidden:
 * @self: a store
 * @id: a contact's id
 * @hidden: whether to hide it
 *
 * Hides a contact from every list without deleting it: while the "Undo" of a
 * deletion is offered, the contact is hidden, and only deleted when the
 * offer is gone. Hiding is not stored: after a restart the contact is back.
 */
void
nb_store_set_contact_hidden (NbStore  *self,
                             gint64    id,
                             gboolean  hidden)
{
  g_return_if_fail (NB_IS_STORE (self));

  if (hidden == g_hash_table_contains (self->hidden, &id))
    return;

  if (hidden)
    {
      id_set_add (self->hidden, id);
      g_signal_emit (self, signals[CONTACT_REMOVED], 0, id);
    }
  else
    g_hash_table_remove (self->hidden, &id);

  g_signal_emit (self, signals[CONTACTS_CHANGED], 0);
  g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);
}

gboolean
nb_store_is_contact_hidden (NbStore *self,
                            gint64   id)
{
  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  return g_hash_table_contains (self->hidden, &id);
}

/**
 * nb_store_count_contacts:
 * @self: a store
 *
 * Returns: the number of stored contacts, hidden ones included
 */
gint64
nb_store_count_contacts (NbStore *self)
{
  g_return_val_if_fail (NB_IS_STORE (self), 0);

  return MAX (nb_db_count_contacts (self->db, NULL), 0);
}

static NbDb *
take_reader (NbStore  *self,
             GError  **error)
{
  NbDb *reader = g_async_queue_try_pop (self->idle_readers);

  if (reader != NULL)
    return reader;

  return nb_db_open (self->path, NB_DB_SECONDARY, error);
}

static void
list_contact_ids_worker (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  NbStore *self = source_object;
  ListData *data = task_data;
  g_autoptr(GError) error = NULL;
  GArray *ids = NULL;
  NbDb *reader;

  reader = take_reader (self, &error);
  if (reader != NULL)
    {
      ids = nb_db_list_contact_ids (reader, data->search, data->hidden, cancellable, &error);
      g_async_queue_push (self->idle_readers, reader);
    }

  if (ids == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

/**
 * nb_store_list_contact_ids_async:
 * @self: a store
 * @search: (nullable): search text, matched as word prefixes, ignoring case
 *   and accents, against names, organisations, emails, phones, tags and
 *   notes; %NULL or empty for every contact
 * @cancellable: (nullable): a cancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * Lists the ids of the contacts (hidden ones left out) in list order, sorted
 * by name, in a worker thread.
 */
void
nb_store_list_contact_ids_async (NbStore             *self,
                                 const char          *search,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ListData *data;
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (NB_IS_STORE (self));

  data = g_new0 (ListData, 1);
  data->search = g_strdup (search);
  data->hidden = id_set_new ();
  g_hash_table_iter_init (&iter, self->hidden);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    id_set_add (data->hidden, *(gint64 *) key);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_store_list_contact_ids_async);
  g_task_set_task_data (task, data, (GDestroyNotify) list_data_free);
  g_task_run_in_thread (task, list_contact_ids_worker);
}

/**
 * nb_store_list_contact_ids_finish:
 *
 * Returns: (transfer full) (element-type gint64): the ids
 */
GArray *
nb_store_list_contact_ids_finish (NbStore       *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * nb_store_check_for_changes:
 * @self: a store
 *
 * Looks whether another connection (an import in a worker thread, another
 * Netbook process) committed changes; if so, refreshes the shared contacts
 * and emits #NbStore::contacts-changed. Looks as well whether a new day
 * began, when others may be due: then emits
 * #NbStore::keep-in-touch-changed.
 *
 * Returns: %TRUE if there were changes
 */
gboolean
nb_store_check_for_changes (NbStore *self)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GArray) removed = NULL;
  GHashTableIter iter;
  gpointer value;
  gint64 version;
  GDate today;
  gboolean new_day = FALSE;

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  nb_clock_get_today (&today);
  if (g_date_compare (&today, &self->today) != 0)
    {
      self->today = today;
      new_day = TRUE;
    }

  version = nb_db_data_version (self->db);
  if (version == self->data_version)
    {
      if (new_day)
        g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);
      return new_day;
    }

  self->data_version = version;

  /* Held, so that none goes away while the others are reloaded. */
  contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (contacts, g_object_ref (value));
  removed = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < contacts->len; i++)
    {
      NbContact *contact = g_ptr_array_index (contacts, i);
      g_autoptr(GError) error = NULL;

      if (!nb_db_reload_contact (self->db, contact, &error))
        {
          gint64 id = nb_contact_get_id (contact);

          if (g_error_matches (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND))
            {
              untrack_contact (self, id);
              g_array_append_val (removed, id);
            }
          else
            g_warning ("Could not reload contact %" G_GINT64_FORMAT ": %s", id, error->message);
        }
    }

  for (guint i = 0; i < removed->len; i++)
    g_signal_emit (self, signals[CONTACT_REMOVED], 0, g_array_index (removed, gint64, i));

  g_signal_emit (self, signals[CONTACTS_CHANGED], 0);
  g_signal_emit (self, signals[MEETINGS_CHANGED], 0);
  g_signal_emit (self, signals[INTERACTIONS_CHANGED], 0);
  g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);
  g_signal_emit (self, signals[MEAL_TRAINS_CHANGED], 0);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Duplicates                                                              */

/* Progress is told on the main context at most this often. */
#define PROGRESS_INTERVAL_USEC (G_USEC_PER_SEC / 10)

typedef struct
{
  NbProgressFunc progress;
  gpointer       progress_data;
  GTask         *task;          /* not owned */
  gint64         last_report;   /* worker thread only */
} DuplicatesData;

typedef struct
{
  GTask  *task;
  double  fraction;
} ProgressReport;

static void
progress_report_free (ProgressReport *report)
{
  g_object_unref (report->task);
  g_free (report);
}

static gboolean
report_progress_cb (gpointer user_data)
{
  ProgressReport *report = user_data;
  DuplicatesData *data = g_task_get_task_data (report->task);

  /* Nothing after the result, nor once cancelled. */
  if (!g_task_get_completed (report->task) &&
      !g_cancellable_is_cancelled (g_task_get_cancellable (report->task)))
    data->progress (report->fraction, data->progress_data);

  return G_SOURCE_REMOVE;
}

static void
duplicates_progress_cb (double   fraction,
                        gpointer user_data)
{
  DuplicatesData *data = user_data;
  gint64 now = g_get_monotonic_time ();
  ProgressReport *report;

  if (data->last_report != 0 && now - data->last_report < PROGRESS_INTERVAL_USEC)
    return;
  data->last_report = now;

  report = g_new0 (ProgressReport, 1);
  report->task = g_object_ref (data->task);
  report->fraction = fraction;
  g_main_context_invoke_full (g_task_get_context (data->task), G_PRIORITY_DEFAULT,
                              report_progress_cb, report, (GDestroyNotify) progress_report_free);
}

static void
find_duplicates_worker (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  NbStore *self = source_object;
  DuplicatesData *data = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *groups = NULL;
  NbDb *reader;

  reader = take_reader (self, &error);
  if (reader != NULL)
    {
      groups = nb_db_find_duplicates (reader, cancellable,
                                      data->progress ? duplicates_progress_cb : NULL, data,
                                      &error);
      g_async_queue_push (self->idle_readers, reader);
    }

  if (groups == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, groups, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * nb_store_find_duplicates_async:
 * @self: a store
 * @progress: (nullable): told how far the scan is (0 to 1), on the
 *   thread-default main context of this call, at most ten times a second
 * @progress_data: data for @progress
 * @cancellable: (nullable): a cancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * Finds, in a worker thread, the groups of cards that are probably the
 * same person: an email address in common (ignoring case), a phone number
 * in common (ignoring spaces, `+`/`00` prefixes and a trunk `0`), the same
 * name up to case, accents, order and common nicknames, or the same
 * birthday and a similar name. Cards the user said are not the same
 * person (nb_store_set_not_duplicates()) are never in one group.
 */
void
nb_store_find_duplicates_async (NbStore             *self,
                                NbProgressFunc       progress,
                                gpointer             progress_data,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DuplicatesData *data;

  g_return_if_fail (NB_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_store_find_duplicates_async);

  data = g_new0 (DuplicatesData, 1);
  data->progress = progress;
  data->progress_data = progress_data;
  data->task = task;
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, find_duplicates_worker);
}

/**
 * nb_store_find_duplicates_finish:
 *
 * Returns: (transfer full) (element-type NbDuplicate): the groups,
 *   strongest first (an email address or a phone number in common before
 *   a name alone)
 */
GPtrArray *
nb_store_find_duplicates_finish (NbStore       *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * nb_store_set_not_duplicates:
 * @self: a store
 * @contact_ids: (element-type gint64): two or more cards
 * @error: return location for an error
 *
 * Remembers that no two of @contact_ids are the same person: they are
 * never proposed together again.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_set_not_duplicates (NbStore   *self,
                             GArray    *contact_ids,
                             GError   **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), FALSE);
  g_return_val_if_fail (contact_ids != NULL, FALSE);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_set_not_duplicates (self->db, contact_ids, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  return TRUE;
}

/* After a merge or its Undo: the shared object of the kept card as
 * stored, and every view told. */
static NbContact *
merged_changed (NbStore *self,
                gint64   kept_id)
{
  NbContact *shared = g_hash_table_lookup (self->live, &kept_id);
  g_autoptr(GError) error = NULL;

  if (shared != NULL)
    {
      g_object_ref (shared);
      if (!nb_db_reload_contact (self->db, shared, &error))
        g_warning ("Could not reload contact %" G_GINT64_FORMAT ": %s", kept_id, error->message);
    }
  else
    shared = nb_store_get_contact (self, kept_id);

  g_signal_emit (self, signals[CONTACTS_CHANGED], 0);
  g_signal_emit (self, signals[MEETINGS_CHANGED], 0);
  g_signal_emit (self, signals[INTERACTIONS_CHANGED], 0);
  g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);
  g_signal_emit (self, signals[MEAL_TRAINS_CHANGED], 0);

  return shared;
}

/**
 * nb_store_merge_contacts:
 * @self: a store
 * @merged: the card to keep: a detached copy whose id is one of the
 *   group's, with the fields chosen (circles are its tags)
 * @other_ids: (element-type gint64): the other cards, merged into it
 * @undo: (out) (transfer full) (optional): for nb_store_undo_merge()
 * @error: return location for an error
 *
 * Merges cards in one transaction: saves @merged; moves to it everything
 * that names the others (their history of interactions and meals,
 * introductions they made or were in and their opt-ins, meal trains for
 * them and the meals they bring, what imports gave them, birthday
 * notifications given); then deletes the others as any card is deleted,
 * so that sync deletes them on the server too.
 *
 * Returns: (transfer full) (nullable): the shared object of the kept
 *   card, or %NULL on error, when nothing was changed
 */
NbContact *
nb_store_merge_contacts (NbStore       *self,
                         NbContact     *merged,
                         GArray        *other_ids,
                         NbMergeUndo  **undo,
                         GError       **error)
{
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbMergeUndo) record = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (NB_IS_CONTACT (merged), NULL);
  g_return_val_if_fail (other_ids != NULL, NULL);

  draft = nb_contact_copy (merged);

  if (!nb_db_begin (self->db, error))
    return NULL;

  if (!nb_db_merge_contacts (self->db, draft, other_ids, &record, error) ||
      !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return NULL;
    }

  for (guint i = 0; i < other_ids->len; i++)
    {
      gint64 id = g_array_index (other_ids, gint64, i);

      untrack_contact (self, id);
      g_hash_table_remove (self->hidden, &id);
      g_signal_emit (self, signals[CONTACT_REMOVED], 0, id);
    }

  if (undo != NULL)
    *undo = g_steal_pointer (&record);

  return merged_changed (self, nb_contact_get_id (draft));
}

/**
 * nb_store_undo_merge:
 * @self: a store
 * @undo: what nb_store_merge_contacts() gave
 * @error: return location for an error
 *
 * Takes a merge back in one transaction: the kept card as it was, the
 * others again with their ids, UIDs and every field, and what was theirs
 * theirs again.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_undo_merge (NbStore      *self,
                     NbMergeUndo  *undo,
                     GError      **error)
{
  g_autoptr(NbContact) shared = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_undo_merge (self->db, undo, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  shared = merged_changed (self, nb_merge_undo_get_kept_id (undo));
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Meals                                                                   */

static void
refresh_contacts (NbStore *self,
                  GArray  *ids)
{
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      NbContact *contact = g_hash_table_lookup (self->live, &id);
      g_autoptr(GError) error = NULL;

      if (contact != NULL && !nb_db_reload_contact (self->db, contact, &error))
        g_warning ("Could not reload contact %" G_GINT64_FORMAT ": %s", id, error->message);
    }
}

/**
 * nb_store_get_meeting:
 * @self: a store
 * @id: a meal's id
 *
 * Returns: (transfer full) (nullable): the meal as stored, or %NULL
 */
NbMeeting *
nb_store_get_meeting (NbStore *self,
                      gint64   id)
{
  g_autoptr(GError) error = NULL;
  NbMeeting *meeting;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  meeting = nb_db_load_meeting (self->db, id, &error);
  if (meeting == NULL && !g_error_matches (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND))
    g_warning ("Could not read meal %" G_GINT64_FORMAT ": %s", id, error->message);

  return meeting;
}

/**
 * nb_store_save_meeting:
 * @self: a store
 * @meeting: a meal; a new one when its id is 0
 * @error: return location for an error
 *
 * Saves @meeting in one transaction. The contacts it is with learn when you
 * last met them.
 *
 * Returns: (transfer full) (nullable): the meal as stored, or %NULL on
 *   error, when nothing was changed
 */
NbMeeting *
nb_store_save_meeting (NbStore    *self,
                       NbMeeting  *meeting,
                       GError    **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(NbMeeting) draft = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (NB_IS_MEETING (meeting), NULL);

  draft = nb_meeting_copy (meeting);

  if (!nb_db_begin (self->db, error))
    return NULL;

  if (!nb_db_write_meeting (self->db, draft, touched, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return NULL;
    }

  refresh_contacts (self, touched);
  g_signal_emit (self, signals[MEETINGS_CHANGED], 0);
  g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);

  return g_steal_pointer (&draft);
}

/**
 * nb_store_save_meal_train:
 * @self: a store
 * @train: a meal train; a new one when its id is 0
 * @error: return location for an error
 *
 * Saves @train in one transaction, and its slots follow its days and meals
 * (a meal that joined it gets a slot; one that left it goes, or is
 * cancelled when someone was to bring it).
 *
 * Returns: (transfer full) (nullable): the train as stored, or %NULL on
 *   error, when nothing was changed
 */
NbMealTrain *
nb_store_save_meal_train (NbStore      *self,
                          NbMealTrain  *train,
                          GError      **error)
{
  g_autoptr(NbMealTrain) draft = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (train), NULL);

  draft = nb_meal_train_copy (train);

  if (!nb_db_begin (self->db, error))
    return NULL;

  if (!nb_db_write_meal_train (self->db, draft, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return NULL;
    }

  g_signal_emit (self, signals[MEAL_TRAINS_CHANGED], 0);

  return g_steal_pointer (&draft);
}

/**
 * nb_store_get_meal_train:
 * @self: a store
 * @id: a train's id
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the train, or %NULL with @error set
 */
NbMealTrain *
nb_store_get_meal_train (NbStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  return nb_db_load_meal_train (self->db, id, error);
}

/**
 * nb_store_delete_meal_train:
 * @self: a store
 * @id: a train's id
 * @error: return location for an error
 *
 * Deletes the train and its slots in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_delete_meal_train (NbStore  *self,
                            gint64    id,
                            GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_delete_meal_train (self->db, id, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  g_signal_emit (self, signals[MEAL_TRAINS_CHANGED], 0);

  return TRUE;
}

/**
 * nb_store_list_meal_trains:
 * @self: a store
 * @recipient: a contact's id, or 0 for every train
 * @until: 0 for all of them, or a Julian day number: then only those
 *   going on (not cancelled) until that day or later
 * @error: return location for an error
 *
 * Lists the meal trains for @recipient, or all, the latest first. There
 * are few: a train is organised for a need.
 *
 * Returns: (transfer full) (element-type NbMealTrain) (nullable): the
 *   trains, or %NULL with @error set
 */
GPtrArray *
nb_store_list_meal_trains (NbStore  *self,
                           gint64    recipient,
                           guint32   until,
                           GError  **error)
{
  g_autoptr(GPtrArray) trains = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  ids = nb_db_list_meal_train_ids (self->db, recipient, until, error);
  if (ids == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      NbMealTrain *train = nb_db_load_meal_train (self->db, g_array_index (ids, gint64, i), error);

      if (train == NULL)
        return NULL;
      g_ptr_array_add (trains, train);
    }

  return g_steal_pointer (&trains);
}

/**
 * nb_store_list_meal_train_slots:
 * @self: a store
 * @train_id: a train's id, or 0 for the slots of every train that is not
 *   cancelled
 * @first_day: the first day, as a Julian day number
 * @last_day: the last day
 * @error: return location for an error
 *
 * Lists the slots between @first_day and @last_day, by day, lunch before
 * dinner, with their helpers.
 *
 * Returns: (transfer full) (element-type NbMealTrainSlot) (nullable): the
 *   slots, or %NULL with @error set
 */
GPtrArray *
nb_store_list_meal_train_slots (NbStore  *self,
                                gint64    train_id,
                                guint32   first_day,
                                guint32   last_day,
                                GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  return nb_db_list_meal_train_slots (self->db, train_id, first_day, last_day, error);
}

/**
 * nb_store_save_meal_train_slot:
 * @self: a store
 * @slot: a slot of a stored train
 * @error: return location for an error
 *
 * Saves who brings @slot and what became of it, in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_save_meal_train_slot (NbStore          *self,
                               NbMealTrainSlot  *slot,
                               GError          **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), FALSE);
  g_return_val_if_fail (slot != NULL, FALSE);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_write_meal_train_slot (self->db, slot, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  g_signal_emit (self, signals[MEAL_TRAINS_CHANGED], 0);

  return TRUE;
}

/**
 * nb_store_move_meal_train_helper:
 * @self: a store
 * @from_slot: the id of the slot @helper brings
 * @to_slot: the id of the slot @helper is to bring instead
 * @helper: a contact's id, or %NB_TRAIN_HELPER_ME
 * @error: return location for an error
 *
 * Moves a helper from one slot to another, in one transaction: moving
 * them back undoes it.
 *
 * Returns: %TRUE on success; %FALSE with @error set, and nothing changed,
 *   if @helper does not bring @from_slot or a slot is gone
 */
gboolean
nb_store_move_meal_train_helper (NbStore  *self,
                                 gint64    from_slot,
                                 gint64    to_slot,
                                 gint64    helper,
                                 GError  **error)
{
  g_autoptr(NbMealTrainSlot) from = NULL;
  g_autoptr(NbMealTrainSlot) to = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  if (from_slot == to_slot)
    return TRUE;

  if (!nb_db_begin (self->db, error))
    return FALSE;

  from = nb_db_load_meal_train_slot (self->db, from_slot, error);
  to = from ? nb_db_load_meal_train_slot (self->db, to_slot, error) : NULL;
  if (to != NULL && !nb_meal_train_slot_remove_helper (from, helper))
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("They no longer bring this meal"));
      g_clear_pointer (&to, nb_meal_train_slot_free);
    }
  if (to != NULL)
    nb_meal_train_slot_add_helper (to, helper);

  if (to == NULL ||
      !nb_db_write_meal_train_slot (self->db, from, error) ||
      !nb_db_write_meal_train_slot (self->db, to, error) ||
      !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  g_signal_emit (self, signals[MEAL_TRAINS_CHANGED], 0);

  return TRUE;
}

/**
 * nb_store_delete_meeting:
 * @self: a store
 * @id: a meal's id
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_delete_meeting (NbStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_delete_meeting (self->db, id, touched, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  g_hash_table_remove (self->hidden_meetings, &id);
  refresh_contacts (self, touched);
  g_signal_emit (self, signals[MEETINGS_CHANGED], 0);
  g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);

  return TRUE;
}

/**
 * nb_store_set_meeting_hidden:
 * @self: a store
 * @id: a meal's id
 * @hidden: whether to hide it
 *
 * Hides a meal from every view without deleting it, while its deletion
 * can be undone.
 */
void
nb_store_set_meeting_hidden (NbStore  *self,
                             gint64    id,
                             gboolean  hidden)
{
  g_return_if_fail (NB_IS_STORE (self));

  if (hidden == g_hash_table_contains (self->hidden_meetings, &id))
    return;

  if (hidden)
    id_set_add (self->hidden_meetings, id);
  else
    g_hash_table_remove (self->hidden_meetings, &id);

  g_signal_emit (self, signals[MEETINGS_CHANGED], 0);
}

static GPtrArray *
load_meetings (NbStore *self,
               GArray  *ids)
{
  GPtrArray *meetings = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      NbMeeting *meeting;

      if (g_hash_table_contains (self->hidden_meetings, &id))
        continue;

      meeting = nb_store_get_meeting (self, id);
      if (meeting != NULL)
        g_ptr_array_add (meetings, meeting);
    }

  return meetings;
}

static GPtrArray *
load_meeting_ids (NbStore *self,
                  GArray  *ids,
                  GError  *error)
{
  if (ids == NULL)
    g_warning ("Could not list meals: %s", error->message);

  return load_meetings (self, ids);
}

/**
 * nb_store_list_meetings:
 * @self: a store
 * @from: the start of a period
 * @to: its end, excluded
 *
 * Lists the meals of a period, such as a week: a few, read by index.
 *
 * Returns: (transfer full) (element-type NbMeeting): the meals, by time
 */
GPtrArray *
nb_store_list_meetings (NbStore   *self,
                        GDateTime *from,
                        GDateTime *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  ids = nb_db_list_meeting_ids (self->db, g_date_time_to_unix (from), g_date_time_to_unix (to),
                                &error);
  return load_meeting_ids (self, ids, error);
}

/**
 * nb_store_list_calendar_events:
 * @self: a store
 * @from: the start of a period
 * @to: its end, excluded
 *
 * Lists the events of synced calendars that are not meals and may take
 * place in a period; one that repeats comes once, to be expanded.
 *
 * Returns: (transfer full) (element-type NbCalendarEvent): the events
 */
GPtrArray *
nb_store_list_calendar_events (NbStore   *self,
                               GDateTime *from,
                               GDateTime *to)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *events;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  events = nb_db_list_calendar_events (self->db, g_date_time_to_unix (from),
                                       g_date_time_to_unix (to), &error);
  if (events == NULL)
    {
      g_warning ("Could not read the calendar’s other events: %s", error->message);
      events = g_ptr_array_new_with_free_func (g_object_unref);
    }

  return events;
}

/**
 * nb_store_list_contact_meetings:
 * @self: a store
 * @contact_id: a contact
 * @limit: how many at most, or 0 for all
 *
 * Returns: (transfer full) (element-type NbMeeting): the contact's meals,
 *   the latest first
 */
GPtrArray *
nb_store_list_contact_meetings (NbStore *self,
                                gint64   contact_id,
                                guint    limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  ids = nb_db_list_contact_meeting_ids (self->db, contact_id, limit, &error);
  return load_meeting_ids (self, ids, error);
}

/**
 * nb_store_list_accounts:
 * @self: a store
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbAccount): the sync accounts, as
 *   their last sync left them
 */
GPtrArray *
nb_store_list_accounts (NbStore  *self,
                        GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  return nb_db_list_accounts (self->db, error);
}

/**
 * nb_store_list_sync_notes:
 * @self: a store
 * @kind: contacts or meals
 * @uid: the item's UID
 *
 * Returns: (transfer full) (element-type NbSyncNote): what sync conflicts
 *   replaced in the item, the latest first
 */
GPtrArray *
nb_store_list_sync_notes (NbStore          *self,
                          NbCollectionKind  kind,
                          const char       *uid)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *notes;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  notes = nb_db_list_sync_notes (self->db, kind, uid, &error);
  if (notes == NULL)
    {
      g_warning ("Could not read the sync history of %s: %s", uid, error->message);
      notes = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_sync_note_free);
    }

  return notes;
}

/**
 * nb_store_list_follow_ups:
 * @self: a store
 * @now: the current time
 *
 * Returns: (transfer full) (element-type NbMeeting): the planned meals whose
 *   time has passed, and the meals that happened and still call for a
 *   thank-you note
 */
GPtrArray *
nb_store_list_follow_ups (NbStore   *self,
                          GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  ids = nb_db_list_follow_up_ids (self->db, g_date_time_to_unix (now), &error);
  return load_meeting_ids (self, ids, error);
}

/**
 * nb_store_log_interaction:
 * @self: a store
 * @contact_id: the contact
 * @when: when
 * @kind: how: met, called, wrote…
 * @note: (nullable): a note
 * @error: return location for an error
 *
 * Logs that you were in touch with one person, at a time, in one
 * transaction: an interaction with one person (nb_store_save_interaction()).
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_log_interaction (NbStore            *self,
                          gint64              contact_id,
                          GDateTime          *when,
                          NbInteractionKind   kind,
                          const char         *note,
                          GError            **error)
{
  g_autoptr(NbInteraction) interaction = NULL;
  g_autoptr(NbInteraction) saved = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  interaction = nb_interaction_new_with_contact (kind, contact_id, when);
  nb_interaction_set_note (interaction, note);
  saved = nb_store_save_interaction (self, interaction, error);

  return saved != NULL;
}

typedef struct
{
  GDateTime  *now;
  int         default_cadence;
  guint       limit;
  GHashTable *hidden;
} SuggestData;

static void
suggest_data_free (SuggestData *data)
{
  g_date_time_unref (data->now);
  g_hash_table_unref (data->hidden);
  g_free (data);
}

static void
suggest_worker (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  NbStore *self = source_object;
  SuggestData *data = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *suggestions = NULL;
  NbDb *reader;

  reader = take_reader (self, &error);
  if (reader != NULL)
    {
      suggestions = nb_db_suggest_invitees (reader, data->now, data->default_cadence, data->limit,
                                            data->hidden, cancellable, &error);
      g_async_queue_push (self->idle_readers, reader);
    }

  if (suggestions == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, suggestions, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * nb_store_suggest_invitees_async:
 * @self: a store
 * @now: the current time
 * @default_cadence: the keep-in-touch cadence, in days, of contacts that
 *   have none of their own
 * @limit: how many suggestions at most
 * @cancellable: (nullable): a cancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * Ranks whom to invite next, in a worker thread: see
 * nb_db_suggest_invitees().
 */
void
nb_store_suggest_invitees_async (NbStore             *self,
                                 GDateTime           *now,
                                 int                  default_cadence,
                                 guint                limit,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SuggestData *data;
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (NB_IS_STORE (self));

  data = g_new0 (SuggestData, 1);
  data->now = g_date_time_ref (now);
  data->default_cadence = default_cadence;
  data->limit = limit;
  data->hidden = id_set_new ();
  g_hash_table_iter_init (&iter, self->hidden);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    id_set_add (data->hidden, *(gint64 *) key);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_store_suggest_invitees_async);
  g_task_set_task_data (task, data, (GDestroyNotify) suggest_data_free);
  g_task_run_in_thread (task, suggest_worker);
}

/**
 * nb_store_suggest_invitees_finish:
 *
 * Returns: (transfer full) (element-type NbSuggestion): the suggestions
 */
GPtrArray *
nb_store_suggest_invitees_finish (NbStore       *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  gint64      focus_id;
  guint       max_nodes;
  gint64      now;
  GHashTable *hidden;
} NetworkData;

static void
network_data_free (NetworkData *data)
{
  g_hash_table_unref (data->hidden);
  g_free (data);
}

static void
network_worker (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  NbStore *self = source_object;
  NetworkData *data = task_data;
  g_autoptr(GError) error = NULL;
  NbNetworkGraph *graph = NULL;
  NbDb *reader;

  reader = take_reader (self, &error);
  if (reader != NULL)
    {
      graph = nb_db_load_network (reader, data->focus_id, data->max_nodes, data->now,
                                  data->hidden, cancellable, &error);
      g_async_queue_push (self->idle_readers, reader);
    }

  if (graph == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The same map for the same person and the same data: the seed is the
   * focus. */
  nb_network_layout_run (graph, (guint32) data->focus_id, 0);
  g_task_return_pointer (task, graph, g_object_unref);
}

/**
 * nb_store_load_network_async:
 * @self: a store
 * @focus_id: the person in the middle, or %NB_NETWORK_ME
 * @max_nodes: how many people at most; 0 for
 *   %NB_NETWORK_DEFAULT_MAX_NODES
 * @cancellable: (nullable): a cancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * Reads the neighbourhood of @focus_id and lays it out, in a worker
 * thread: see nb_db_load_network() and nb_network_layout_run(). "In touch
 * in the last year" counts from nb_clock_get_now().
 */
void
nb_store_load_network_async (NbStore             *self,
                             gint64               focus_id,
                             guint                max_nodes,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  NetworkData *data;
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (NB_IS_STORE (self));

  data = g_new0 (NetworkData, 1);
  data->focus_id = focus_id;
  data->max_nodes = max_nodes;
  data->now = g_date_time_to_unix (now);
  data->hidden = id_set_new ();
  g_hash_table_iter_init (&iter, self->hidden);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    id_set_add (data->hidden, *(gint64 *) key);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_store_load_network_async);
  g_task_set_task_data (task, data, (GDestroyNotify) network_data_free);
  g_task_run_in_thread (task, network_worker);
}

/**
 * nb_store_load_network_finish:
 *
 * Returns: (transfer full): the graph, laid out; node 0 is the focus
 */
NbNetworkGraph *
nb_store_load_network_finish (NbStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---------------------------------------------------------------------- */
/* Interactions, history and keep in touch                                 */

static gint64
read_last_interaction (NbStore *self,
                       gint64   contact_id)
{
  sqlite3_stmt *stmt = nb_db_prepare (self->db,
                                      "SELECT last_interaction FROM contacts WHERE id = ?", NULL);
  gint64 last = -1;

  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return last;
}

/* The last interaction of the people of interaction @id (as stored) and of
 * @draft, before a change: pairs of (contact id, last interaction). */
static GArray *
snapshot_people (NbStore       *self,
                 gint64         id,
                 NbInteraction *draft)
{
  g_autoptr(NbInteraction) stored = id ? nb_db_load_interaction (self->db, id, NULL) : NULL;
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (gint64));
  NbInteraction *sources[] = { stored, draft };

  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      GArray *people = sources[s] ? nb_interaction_get_people (sources[s]) : NULL;

      for (guint i = 0; people != NULL && i < people->len; i++)
        {
          gint64 pair[2] = { g_array_index (people, gint64, i), 0 };

          pair[1] = read_last_interaction (self, pair[0]);
          g_array_append_vals (pairs, pair, 2);
        }
    }

  return pairs;
}

/* Refreshes the people an interaction touched; emits contacts-changed
 * too when one's last interaction moved, as lists may show it. */
static void
interactions_changed (NbStore *self,
                      GArray  *touched,
                      GArray  *before)
{
  gboolean moved = FALSE;

  for (guint i = 0; before != NULL && i + 1 < before->len && !moved; i += 2)
    moved = read_last_interaction (self, g_array_index (before, gint64, i)) !=
            g_array_index (before, gint64, i + 1);

  refresh_contacts (self, touched);
  if (moved)
    g_signal_emit (self, signals[CONTACTS_CHANGED], 0);
  g_signal_emit (self, signals[INTERACTIONS_CHANGED], 0);
  g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);
  /* Whom to invite next changes (views of meals listened to this before
   * keep-in-touch-changed was there). */
  g_signal_emit (self, signals[MEETINGS_CHANGED], 0);
}

static GHashTable *
copy_id_set (GHashTable *set)
{
  GHashTable *copy = id_set_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    id_set_add (copy, *(gint64 *) key);

  return copy;
}

/**
 * nb_store_save_interaction:
 * @self: a store
 * @interaction: an interaction with at least one person; a new one when
 *   its id is 0
 * @error: return location for an error
 *
 * Saves @interaction in one transaction (a new one gets a UID when it has
 * none); the last interaction of every person it was or is with is set
 * again, those taken off it included.
 *
 * Returns: (transfer full) (nullable): the interaction as stored, or %NULL
 *   on error, when nothing was changed
 */
NbInteraction *
nb_store_save_interaction (NbStore        *self,
                           NbInteraction  *interaction,
                           GError        **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) before = NULL;
  g_autoptr(NbInteraction) draft = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (NB_IS_INTERACTION (interaction), NULL);

  draft = nb_interaction_copy (interaction);
  before = snapshot_people (self, nb_interaction_get_id (draft), draft);

  if (!nb_db_begin (self->db, error))
    return NULL;

  if (!nb_db_write_interaction (self->db, draft, touched, error) ||
      !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return NULL;
    }

  interactions_changed (self, touched, before);

  return g_steal_pointer (&draft);
}

/**
 * nb_store_list_meal_train_follow_ups:
 * @self: a store
 * @now: the time
 * @error: return location for an error
 *
 * Lists the meals of meal trains that have passed and that someone was to
 * bring, to ask whether they did, and those brought whose helpers are not
 * thanked yet: at most 50, the oldest first.
 *
 * Returns: (transfer full) (element-type NbMealTrainSlot) (nullable): the
 *   slots, or %NULL with @error set
 */
GPtrArray *
nb_store_list_meal_train_follow_ups (NbStore    *self,
                                     GDateTime  *now,
                                     GError    **error)
{
  g_autoptr(GHashTable) trains = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) passed = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_meal_train_slot_free);
  GDate today;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  slots = nb_db_list_meal_train_follow_ups (self->db, g_date_get_julian (&today), error);
  if (slots == NULL)
    return NULL;

  for (guint i = 0; i < slots->len && passed->len < 50; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (slots, i);
      NbMealTrain *train = g_hash_table_lookup (trains, &slot->train_id);
      g_autoptr(GDateTime) end = NULL;

      if (train == NULL)
        {
          train = nb_db_load_meal_train (self->db, slot->train_id, error);
          if (train == NULL)
            return NULL;
          g_hash_table_insert (trains, g_memdup2 (&slot->train_id, sizeof (gint64)), train);
        }

      end = nb_meal_train_dup_slot_end (train, slot->day, slot->meal, NULL);
      if (end != NULL && g_date_time_compare (end, now) <= 0)
        g_ptr_array_add (passed, nb_meal_train_slot_copy (slot));
    }

  return g_steal_pointer (&passed);
}

/**
 * nb_store_answer_meal_train_slot:
 * @self: a store
 * @slot_id: a slot's id
 * @status: %NB_MEETING_DONE if it was brought, %NB_MEETING_CANCELLED if
 *   not, %NB_MEETING_PLANNED to take the answer back
 * @error: return location for an error
 *
 * Says, in one transaction, what became of a meal of a meal train. One
 * brought is help I received from each helper and help given to its
 * recipient, in their histories, and asks to thank the helpers.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_answer_meal_train_slot (NbStore          *self,
                                 gint64            slot_id,
                                 NbMeetingStatus   status,
                                 GError          **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_answer_meal_train_slot (self->db, slot_id, status, touched, error) ||
      !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  interactions_changed (self, touched, NULL);
  g_signal_emit (self, signals[MEAL_TRAINS_CHANGED], 0);

  return TRUE;
}

/**
 * nb_store_thank_meal_train_slot:
 * @self: a store
 * @slot_id: a slot that was brought
 * @follow_up: %NB_FOLLOW_UP_SENT, %NB_FOLLOW_UP_NOT_NEEDED, or
 *   %NB_FOLLOW_UP_DUE to take it back
 * @error: return location for an error
 *
 * Says, in one transaction, whether its helpers were thanked; a thank-you
 * sent is in each helper's history.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_thank_meal_train_slot (NbStore     *self,
                                gint64       slot_id,
                                NbFollowUp   follow_up,
                                GError     **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_thank_meal_train_slot (self->db, slot_id, follow_up, touched, error) ||
      !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  interactions_changed (self, touched, NULL);
  g_signal_emit (self, signals[MEAL_TRAINS_CHANGED], 0);

  return TRUE;
}

/**
 * nb_store_replace_captured_interactions:
 * @self: a store
 * @source: the calendar, e.g. "collection:12" or "file:/home/ada/work.ics"
 * @meetings: (element-type NbCapturedMeeting): the past times of its
 *   events (nb_ical_capture_meetings())
 * @now: (nullable): meetings after it are left out; %NULL for the clock
 * @n_changed: (out) (optional): how many interactions were added, changed
 *   or removed
 * @error: return location for an error
 *
 * In one transaction, makes the "met" interactions captured from @source
 * those of @meetings that match contacts by email; reading the same
 * calendar again changes nothing. The calendar itself is never written.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_replace_captured_interactions (NbStore     *self,
                                        const char  *source,
                                        GPtrArray   *meetings,
                                        GDateTime   *now,
                                        guint       *n_changed,
                                        GError     **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) before = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) clock = NULL;
  guint changed = 0;

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  if (now == NULL)
    now = clock = g_date_time_new_now_utc ();

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_replace_captured (self->db, source, meetings, g_date_time_to_unix (now),
                               touched, &changed, error) ||
      !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  if (n_changed != NULL)
    *n_changed = changed;

  if (changed > 0)
    {
      /* After the fact: whether a last interaction moved is read from
       * contacts-changed listeners anyway. */
      for (guint i = 0; i < touched->len; i++)
        {
          gint64 pair[2] = { g_array_index (touched, gint64, i), G_MININT64 };

          g_array_append_vals (before, pair, 2);
        }
      interactions_changed (self, touched, before);
    }

  return TRUE;
}

/**
 * nb_store_remove_captured_interactions:
 * @self: a store
 * @source: a calendar no longer read
 * @error: return location for an error
 *
 * Removes the interactions @source added; everyone's last in touch goes
 * back to what it was without them.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_remove_captured_interactions (NbStore     *self,
                                       const char  *source,
                                       GError     **error)
{
  return nb_store_replace_captured_interactions (self, source, NULL, NULL, NULL, error);
}

/**
 * nb_store_capture_file_source:
 * @path: a calendar file
 *
 * Returns: (transfer full): the source of the file's meetings, for
 *   nb_store_replace_captured_interactions() and
 *   nb_store_remove_captured_interactions()
 */
char *
nb_store_capture_file_source (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  return nb_db_capture_file_source (path);
}

/**
 * nb_store_list_capture_files:
 * @self: a store
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the paths of
 *   the calendar files, imported or read with --capture-interactions, whose
 *   meetings count as interactions, in order; see
 *   nb_store_capture_file_source()
 */
GPtrArray *
nb_store_list_capture_files (NbStore  *self,
                             GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  return nb_db_list_capture_files (self->db, error);
}

/**
 * nb_store_list_capture_calendars:
 * @self: a store
 * @account_id: an account
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the URLs of the
 *   account's calendars whose meetings count as interactions
 */
GPtrArray *
nb_store_list_capture_calendars (NbStore  *self,
                                 gint64    account_id,
                                 GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  return nb_db_list_capture_calendars (self->db, account_id, error);
}

/**
 * nb_store_set_capture_calendar:
 * @self: a store
 * @account_id: an account
 * @url: one of its calendars (not the meals' or the journal's)
 * @capture: whether its past meetings with contacts count as interactions
 * @error: return location for an error
 *
 * A chosen calendar is read, never written, at each sync; one no longer
 * chosen takes back the interactions it added, here and now.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_set_capture_calendar (NbStore     *self,
                               gint64       account_id,
                               const char  *url,
                               gboolean     capture,
                               GError     **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) before = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);
  g_return_val_if_fail (url != NULL, FALSE);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_set_capture_calendar (self->db, account_id, url, capture, touched, error) ||
      !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  if (touched->len > 0)
    {
      for (guint i = 0; i < touched->len; i++)
        {
          gint64 pair[2] = { g_array_index (touched, gint64, i), G_MININT64 };

          g_array_append_vals (before, pair, 2);
        }
      interactions_changed (self, touched, before);
    }

  return TRUE;
}

/**
 * nb_store_get_interaction:
 * @self: a store
 * @id: an interaction's id
 *
 * Returns: (transfer full) (nullable): the interaction as stored (hidden
 *   or not), or %NULL
 */
NbInteraction *
nb_store_get_interaction (NbStore *self,
                          gint64   id)
{
  g_autoptr(GError) error = NULL;
  NbInteraction *interaction;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  interaction = nb_db_load_interaction (self->db, id, &error);
  if (interaction == NULL && !g_error_matches (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND))
    g_warning ("Could not read interaction %" G_GINT64_FORMAT ": %s", id, error->message);

  return interaction;
}

/**
 * nb_store_find_interaction_by_uid:
 * @self: a store
 * @uid: a UID
 *
 * Returns: (transfer full) (nullable): the interaction with that UID, or
 *   %NULL
 */
NbInteraction *
nb_store_find_interaction_by_uid (NbStore    *self,
                                  const char *uid)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  id = nb_db_find_interaction_by_uid (self->db, uid, &error);
  if (id < 0)
    g_warning ("Could not look for interaction %s: %s", uid, error->message);
  if (id <= 0)
    return NULL;

  return nb_store_get_interaction (self, id);
}

/**
 * nb_store_delete_interaction:
 * @self: a store
 * @id: an interaction's id
 * @error: return location for an error
 *
 * Deletes it in one transaction; its people's last interaction goes back
 * to the one before.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_delete_interaction (NbStore  *self,
                             gint64    id,
                             GError  **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) before = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  before = snapshot_people (self, id, NULL);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_delete_interaction (self->db, id, touched, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  g_hash_table_remove (self->hidden_interactions, &id);
  interactions_changed (self, touched, before);

  return TRUE;
}

/**
 * nb_store_set_interaction_hidden:
 * @self: a store
 * @id: an interaction's id
 * @hidden: whether to hide it
 * @error: return location for an error
 *
 * Hides an interaction while its deletion can be undone: it is in no
 * history and counts for no one's last interaction (which is set again,
 * in one transaction) until it is shown again or deleted. As for contacts
 * and meals, hiding does not outlive the program: a hidden interaction
 * that was neither deleted nor shown is back when the database is opened
 * again.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_set_interaction_hidden (NbStore   *self,
                                 gint64     id,
                                 gboolean   hidden,
                                 GError   **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) before = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  if (!!hidden == g_hash_table_contains (self->hidden_interactions, &id))
    return TRUE;

  before = snapshot_people (self, id, NULL);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_set_interaction_hidden (self->db, id, hidden, touched, error) ||
      !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  if (hidden)
    id_set_add (self->hidden_interactions, id);
  else
    g_hash_table_remove (self->hidden_interactions, &id);

  interactions_changed (self, touched, before);

  return TRUE;
}

/**
 * nb_store_list_history:
 * @self: a store
 * @contact_id: a contact
 * @before: (nullable): the last item of the page before, or %NULL for the
 *   first page
 * @limit: how many items at most
 * @error: return location for an error
 *
 * Reads a page of a contact's history, newest first: its interactions
 * (hidden ones left out), the meals that happened with it (hidden ones
 * left out), and the birthdays it had since you know it (since the
 * earlier of when it was added and the first interaction or meal with it)
 * up to today (nb_clock_get_today()). Each page is a few walks of indexes
 * from @before on (a keyset: date, kind, id), however long the history.
 *
 * Returns: (transfer full) (element-type NbHistoryItem) (nullable): the
 *   items, or %NULL on error
 */
GPtrArray *
nb_store_list_history (NbStore        *self,
                       gint64          contact_id,
                       NbHistoryItem  *before,
                       guint           limit,
                       GError        **error)
{
  GDate today;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (before == NULL || NB_IS_HISTORY_ITEM (before), NULL);

  nb_clock_get_today (&today);
  return nb_db_list_history (self->db, contact_id, before, &today, limit, self->hidden_meetings,
                             error);
}

/**
 * nb_store_list_circles:
 * @self: a store
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbCircle) (nullable): the circles:
 *   every tag in use, with how many contacts have it, and every circle
 *   with a rhythm; by name
 */
GPtrArray *
nb_store_list_circles (NbStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  return nb_db_list_circles (self->db, error);
}

/**
 * nb_store_set_circle_cadence:
 * @self: a store
 * @name: a circle: a tag, as contacts have it (compared exactly, as tags
 *   are)
 * @days: its keep-in-touch rhythm in days, %NB_CADENCE_NEVER, or
 *   %NB_CADENCE_AS_DEFAULT to remove it
 * @error: return location for an error
 *
 * Sets a circle's rhythm, and so the rhythm of its members who have none
 * of their own, in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_set_circle_cadence (NbStore     *self,
                             const char  *name,
                             int          days,
                             GError     **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (*name == '\0' || days < NB_CADENCE_AS_DEFAULT)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                           _("A circle needs a name and a rhythm"));
      return FALSE;
    }

  if (!nb_db_begin (self->db, error))
    return FALSE;

  if (!nb_db_set_circle_cadence (self->db, name, days, error) || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);
  /* Whom to invite next follows the circles' rhythms. */
  g_signal_emit (self, signals[MEETINGS_CHANGED], 0);
  return TRUE;
}

/**
 * nb_store_snooze_contact:
 * @self: a store
 * @contact_id: a contact
 * @until: when the snooze ends, in seconds since 1970, or 0 to end it: the
 *   contact is not due before that day (in the local time zone)
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_snooze_contact (NbStore  *self,
                         gint64    contact_id,
                         gint64    until,
                         GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (NB_IS_STORE (self), FALSE);

  g_array_append_val (ids, contact_id);
  return nb_store_snooze_contacts (self, ids, until, error);
}

/**
 * nb_store_snooze_contacts:
 * @self: a store
 * @contact_ids: (element-type gint64): contacts
 * @until: when the snooze ends, in seconds since 1970, or 0 to end it
 * @error: return location for an error
 *
 * Snoozes several contacts (the digest's "snooze all for a day") in one
 * transaction: all or none.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_snooze_contacts (NbStore  *self,
                          GArray   *contact_ids,
                          gint64    until,
                          GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), FALSE);
  g_return_val_if_fail (contact_ids != NULL, FALSE);

  if (!nb_db_begin (self->db, error))
    return FALSE;

  for (guint i = 0; i < contact_ids->len; i++)
    {
      if (!nb_db_snooze_contact (self->db, g_array_index (contact_ids, gint64, i), until, error))
        {
          nb_db_rollback (self->db);
          return FALSE;
        }
    }

  if (!nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return FALSE;
    }

  g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);
  /* Whom to invite next leaves out those snoozed. */
  g_signal_emit (self, signals[MEETINGS_CHANGED], 0);
  return TRUE;
}

/**
 * nb_store_get_keep_in_touch:
 * @self: a store
 * @contact_id: a contact
 * @now: the current time
 * @default_cadence: the default rhythm, in days (Preferences)
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): how the contact stands: its
 *   rhythm and where it comes from, the days since you were last in
 *   touch, when it is due; for someone never reminded of, a rhythm of 0
 *   and no due day
 */
NbKeepInTouchEntry *
nb_store_get_keep_in_touch (NbStore    *self,
                            gint64      contact_id,
                            GDateTime  *now,
                            int         default_cadence,
                            GError    **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  return nb_db_load_keep_in_touch (self->db, contact_id, nb_keep_in_touch_today (now),
                                   default_cadence, error);
}

/**
 * nb_store_get_give_and_take:
 * @self: a store
 * @contact_id: a contact
 * @now: the end of the period (its start %NB_GIVE_AND_TAKE_DAYS days before)
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): what happened each way with the
 *   contact over the last twelve months, or %NULL on error
 */
NbGiveAndTake *
nb_store_get_give_and_take (NbStore    *self,
                            gint64      contact_id,
                            GDateTime  *now,
                            GError    **error)
{
  g_autoptr(NbGiveAndTake) counts = nb_give_and_take_new ();
  g_autoptr(GDateTime) since = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  since = g_date_time_add_days (now, -NB_GIVE_AND_TAKE_DAYS);
  if (!nb_db_load_give_and_take (self->db, contact_id, g_date_time_to_unix (since),
                                 g_date_time_to_unix (now), counts, error))
    return NULL;

  return g_steal_pointer (&counts);
}

/**
 * nb_store_list_open_introductions:
 * @self: a store
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbInteraction) (nullable): the
 *   introductions I make that still call for a step: asking, introducing,
 *   or asking how it went (nb_interaction_get_introduction_step())
 */
GPtrArray *
nb_store_list_open_introductions (NbStore  *self,
                                  GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  return nb_db_list_open_introductions (self->db, error);
}

static void
list_open_introductions_worker (GTask        *task,
                                gpointer      source_object,
                                gpointer      task_data,
                                GCancellable *cancellable)
{
  NbStore *self = source_object;
  g_autoptr(GError) error = NULL;
  GPtrArray *open = NULL;
  NbDb *reader;

  reader = take_reader (self, &error);
  if (reader != NULL)
    {
      open = nb_db_list_open_introductions (reader, &error);
      g_async_queue_push (self->idle_readers, reader);
    }

  if (open == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, open, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * nb_store_list_open_introductions_async:
 * @self: a store
 * @cancellable: (nullable): a cancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * nb_store_list_open_introductions() in a worker thread.
 */
void
nb_store_list_open_introductions_async (NbStore             *self,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (NB_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_store_list_open_introductions_async);
  g_task_run_in_thread (task, list_open_introductions_worker);
}

/**
 * nb_store_list_open_introductions_finish:
 *
 * Returns: (transfer full) (element-type NbInteraction): the
 *   introductions in progress
 */
GPtrArray *
nb_store_list_open_introductions_finish (NbStore       *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * nb_store_list_introductions:
 * @self: a store
 * @contact_id: a contact
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbInteraction) (nullable): the
 *   introductions the contact was part of, made by me or by someone else,
 *   newest first
 */
GPtrArray *
nb_store_list_introductions (NbStore  *self,
                             gint64    contact_id,
                             GError  **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  return nb_db_list_introductions (self->db, contact_id, error);
}

typedef struct
{
  guint32     today;
  int         default_cadence;
  guint       offset;
  guint       limit;
  GHashTable *hidden;
} DueData;

static void
due_data_free (DueData *data)
{
  g_hash_table_unref (data->hidden);
  g_free (data);
}

static void
list_due_worker (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  NbStore *self = source_object;
  DueData *data = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = NULL;
  NbDb *reader;

  reader = take_reader (self, &error);
  if (reader != NULL)
    {
      entries = nb_db_list_due (reader, data->today, data->default_cadence, data->offset,
                                data->limit, data->hidden, cancellable, &error);
      g_async_queue_push (self->idle_readers, reader);
    }

  if (entries == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, entries, (GDestroyNotify) g_ptr_array_unref);
}

typedef struct
{
  gint64   contact_id;
  gboolean helpers;
  guint    limit;
} MatchData;

static void
find_matches_worker (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  NbStore *self = source_object;
  MatchData *data = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *matches = NULL;
  NbDb *reader;

  reader = take_reader (self, &error);
  if (reader != NULL)
    {
      matches = nb_db_find_matches (reader, data->contact_id, data->helpers, data->limit, &error);
      g_async_queue_push (self->idle_readers, reader);
    }

  if (matches == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, matches, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * nb_store_find_matches_async:
 * @self: a store
 * @contact_id: whose needs or offers
 * @helpers: %TRUE for who could help with the contact's needs, %FALSE for
 *   whose needs the contact's offers meet
 * @limit: how many people at most
 * @cancellable: (nullable): a cancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * Finds, in a worker thread, the people a need and an offer bring
 * together, each with why (see nb_db_find_matches()).
 */
void
nb_store_find_matches_async (NbStore             *self,
                             gint64               contact_id,
                             gboolean             helpers,
                             guint                limit,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  MatchData *data;

  g_return_if_fail (NB_IS_STORE (self));

  data = g_new0 (MatchData, 1);
  data->contact_id = contact_id;
  data->helpers = helpers;
  data->limit = limit;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_store_find_matches_async);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, find_matches_worker);
}

/**
 * nb_store_find_matches_finish:
 *
 * Returns: (transfer full) (element-type NbMatch): the people, best first
 */
GPtrArray *
nb_store_find_matches_finish (NbStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * nb_store_find_matches:
 * @self: a store
 * @contact_id: whose needs or offers
 * @helpers: who could help (%TRUE), or whom the contact could (%FALSE)
 * @limit: how many people at most
 * @error: return location for an error
 *
 * nb_store_find_matches_async() in this thread, for tests and the command
 * line.
 *
 * Returns: (transfer full) (element-type NbMatch) (nullable): the people
 */
GPtrArray *
nb_store_find_matches (NbStore   *self,
                       gint64     contact_id,
                       gboolean   helpers,
                       guint      limit,
                       GError   **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  return nb_db_find_matches (self->db, contact_id, helpers, limit, error);
}

/**
 * nb_store_list_due_async:
 * @self: a store
 * @now: the current time
 * @default_cadence: the default rhythm, in days (Preferences)
 * @offset: how many to skip
 * @limit: how many at most
 * @cancellable: (nullable): a cancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * Lists a page of the people due, most overdue first (then by id), in a
 * worker thread: see nb_keep_in_touch_overdue() for the measure. Hidden
 * contacts and those snoozed beyond today are left out.
 */
void
nb_store_list_due_async (NbStore             *self,
                         GDateTime           *now,
                         int                  default_cadence,
                         guint                offset,
                         guint                limit,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DueData *data;

  g_return_if_fail (NB_IS_STORE (self));
  g_return_if_fail (now != NULL);

  data = g_new0 (DueData, 1);
  data->today = nb_keep_in_touch_today (now);
  data->default_cadence = default_cadence;
  data->offset = offset;
  data->limit = limit;
  data->hidden = copy_id_set (self->hidden);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_store_list_due_async);
  g_task_set_task_data (task, data, (GDestroyNotify) due_data_free);
  g_task_run_in_thread (task, list_due_worker);
}

/**
 * nb_store_list_due_finish:
 *
 * Returns: (transfer full) (element-type NbKeepInTouchEntry): the entries
 */
GPtrArray *
nb_store_list_due_finish (NbStore       *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * nb_store_list_due:
 * @self: a store
 * @now: the current time
 * @default_cadence: the default rhythm, in days
 * @offset: how many to skip
 * @limit: how many at most
 * @error: return location for an error
 *
 * As nb_store_list_due_async(), on the calling thread: for the command
 * line.
 *
 * Returns: (transfer full) (element-type NbKeepInTouchEntry) (nullable):
 *   the entries
 */
GPtrArray *
nb_store_list_due (NbStore    *self,
                   GDateTime  *now,
                   int         default_cadence,
                   guint       offset,
                   guint       limit,
                   GError    **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  return nb_db_list_due (self->db, nb_keep_in_touch_today (now), default_cadence, offset, limit,
                         self->hidden, NULL, error);
}

/**
 * nb_store_count_due:
 * @self: a store
 * @now: the current time
 * @default_cadence: the default rhythm, in days
 * @error: return location for an error
 *
 * Counts the people due (for the sidebar's badge): a count of an index
 * range per rhythm.
 *
 * Returns: how many, or -1 on error
 */
gint64
nb_store_count_due (NbStore    *self,
                    GDateTime  *now,
                    int         default_cadence,
                    GError    **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), -1);
  g_return_val_if_fail (now != NULL, -1);

  return nb_db_count_due (self->db, nb_keep_in_touch_today (now), default_cadence, self->hidden,
                          error);
}

/**
 * nb_store_list_due_soon:
 * @self: a store
 * @now: the current time
 * @default_cadence: the default rhythm, in days
 * @days: how many days ahead (%NB_KEEP_IN_TOUCH_SOON_DAYS for a week)
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbKeepInTouchEntry) (nullable):
 *   the people not due today who will be in the next @days days (their
 *   rhythm ends, or their snooze), the soonest first
 */
GPtrArray *
nb_store_list_due_soon (NbStore    *self,
                        GDateTime  *now,
                        int         default_cadence,
                        guint       days,
                        GError    **error)
{
  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  return nb_db_list_due_soon (self->db, nb_keep_in_touch_today (now), default_cadence, days,
                              self->hidden, error);
}

/* ---------------------------------------------------------------------- */
/* Birthdays                                                               */

/**
 * nb_store_list_birthdays:
 * @self: a store
 * @from: the first day
 * @n_days: how many days, at most 366
 * @limit: how many at most, the first by day and name; 0 for all
 * @n_total: (out) (optional): how many there are in all
 *
 * Lists the birthdays celebrated in a period, such as the six weeks of a
 * month view or the next thirty days: one indexed look-up.
 *
 * Returns: (transfer full) (element-type NbBirthdayEvent): the birthdays,
 *   by day and name
 */
GPtrArray *
nb_store_list_birthdays (NbStore     *self,
                         const GDate *from,
                         guint        n_days,
                         guint        limit,
                         guint       *n_total)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *events;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);

  events = nb_db_list_birthdays (self->db, from, n_days, limit, self->hidden, n_total, &error);
  if (events == NULL)
    {
      g_warning ("Could not list birthdays: %s", error->message);
      events = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_birthday_event_free);
    }

  return events;
}

/**
 * nb_store_claim_birthday_notices:
 * @self: a store
 * @today: the current date
 * @error: return location for an error
 *
 * Returns today's birthdays that were not announced yet, and notes them as
 * announced, in one transaction: each birthday is announced once a year,
 * even when Netbook starts again that day or runs twice.
 *
 * Returns: (transfer full) (element-type NbBirthdayEvent) (nullable): the
 *   birthdays to announce, or %NULL on error
 */
GPtrArray *
nb_store_claim_birthday_notices (NbStore      *self,
                                 const GDate  *today,
                                 GError      **error)
{
  g_autoptr(GPtrArray) events = NULL;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (!nb_db_begin (self->db, error))
    return NULL;

  events = nb_db_claim_birthday_notices (self->db, today, self->hidden, error);
  if (events == NULL || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return NULL;
    }

  return g_steal_pointer (&events);
}

/* ---------------------------------------------------------------------- */
/* Reminders                                                               */

/**
 * nb_store_claim_keep_in_touch_digest:
 * @self: a store
 * @now: the current time
 * @default_cadence: the default rhythm, in days
 * @limit: how many of the people due to return, most overdue first
 * @n_due: (out): how many are due, 0 when there is no digest to give
 * @error: return location for an error
 *
 * Claims today's keep-in-touch digest: if it was not given today and
 * someone is due, notes it as given and returns the first @limit of those
 * due. In one transaction, so that two processes on the database give one
 * digest a day between them. On a day nobody is due, nothing is noted: a
 * later claim that day may still give it.
 *
 * Returns: (transfer full) (element-type NbKeepInTouchEntry) (nullable):
 *   the people to name, empty when there is no digest to give, %NULL on
 *   error
 */
GPtrArray *
nb_store_claim_keep_in_touch_digest (NbStore    *self,
                                     GDateTime  *now,
                                     int         default_cadence,
                                     guint       limit,
                                     gint64     *n_due,
                                     GError    **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  guint32 today, given = 0;
  gint64 count = 0;

  g_return_val_if_fail (NB_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (n_due != NULL, NULL);

  *n_due = 0;
  today = nb_keep_in_touch_today (now);

  if (!nb_db_begin (self->db, error))
    return NULL;

  if (!nb_db_get_digest_day (self->db, &given, error))
    goto fail;

  if (given != today)
    {
      count = nb_db_count_due (self->db, today, default_cadence, self->hidden, error);
      if (count < 0)
        goto fail;
    }

  if (count > 0)
    {
      entries = nb_db_list_due (self->db, today, default_cadence, 0, limit, self->hidden, NULL, error);
      if (entries == NULL || !nb_db_set_digest_day (self->db, today, error))
        goto fail;
    }
  else
    entries = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_keep_in_touch_entry_free);

  if (!nb_db_commit (self->db, error))
    goto fail;

  *n_due = count;
  return g_steal_pointer (&entries);

fail:
  nb_db_rollback (self->db);
  return NULL;
}

/**
 * nb_store_snooze_due:
 * @self: a store
 * @now: the current time
 * @default_cadence: the default rhythm, in days
 * @until: when the snooze ends, in seconds since 1970: nobody snoozed is
 *   due before that day (in the local time zone)
 * @error: return location for an error
 *
 * Snoozes everyone due now, in one transaction (the digest's "Snooze All
 * for a Day").
 *
 * Returns: how many were snoozed, or -1 on error
 */
gint64
nb_store_snooze_due (NbStore    *self,
                     GDateTime  *now,
                     int         default_cadence,
                     gint64      until,
                     GError    **error)
{
  gint64 n;

  g_return_val_if_fail (NB_IS_STORE (self), -1);
  g_return_val_if_fail (now != NULL, -1);

  if (!nb_db_begin (self->db, error))
    return -1;

  n = nb_db_snooze_due (self->db, nb_keep_in_touch_today (now), default_cadence, until, self->hidden,
                        error);
  if (n < 0 || !nb_db_commit (self->db, error))
    {
      nb_db_rollback (self->db);
      return -1;
    }

  if (n > 0)
    {
      g_signal_emit (self, signals[KEEP_IN_TOUCH_CHANGED], 0);
      /* Whom to invite next leaves out those snoozed. */
      g_signal_emit (self, signals[MEETINGS_CHANGED], 0);
    }
  return n;
}
