/* nb-sync-manager.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-sync"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-ical-events.h"
#include "nb-sync-engine.h"
#include "nb-sync-error.h"
#include "nb-sync-manager.h"
#include "nb-sync-setup.h"

/* When sync runs: on start, on a timer and on demand, one at a time, in a
 * worker thread with a database connection of its own. The window shows
 * the manager's properties; the store is told to look for what came in. */

#define DEFAULT_INTERVAL (15 * 60)
/* How often the window is refreshed while a long sync brings things in. */
#define REFRESH_USEC (2 * G_USEC_PER_SEC)

void
nb_sync_result_free (NbSyncResult *result)
{
  if (result == NULL)
    return;

  g_clear_object (&result->account);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_clear_pointer (&result->conflicts, g_ptr_array_unref);
  g_clear_error (&result->error);
  g_free (result);
}

/* Messages that must not be lost between the worker and the window. */
static const char *
error_message (const GError *error)
{
  return error ? error->message : NULL;
}

/* Whether a calendar that cannot be read stops the sync: not when only
 * that calendar is amiss (gone from the server, an answer that cannot be
 * read), but when the server or the network is. */
static gboolean
stops_sync (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
         g_error_matches (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE) ||
         g_error_matches (error, NB_SYNC_ERROR, NB_SYNC_ERROR_CERTIFICATE) ||
         g_error_matches (error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH);
}

/* A calendar's past meetings, read from the server, and when the next
 * one begins. */
static GPtrArray *
read_meetings (NbDavClient   *client,
               const char    *url,
               GDateTime     *now,
               gint64        *next,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_captured_meeting_free);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) hrefs = g_ptr_array_new ();
  g_autoptr(GPtrArray) resources = NULL;
  gboolean cut = FALSE;

  listed = nb_dav_client_list_etags (client, url, cancellable, error);
  if (listed == NULL)
    return NULL;
  for (guint j = 0; j < listed->len; j++)
    g_ptr_array_add (hrefs, ((NbDavResource *) g_ptr_array_index (listed, j))->href);
  if (hrefs->len == 0)
    return g_steal_pointer (&meetings);

  resources = nb_dav_client_multiget (client, url, NB_DAV_CALENDAR, hrefs, cancellable, error);
  if (resources == NULL)
    return NULL;
  for (guint j = 0; j < resources->len; j++)
    {
      NbDavResource *resource = g_ptr_array_index (resources, j);
      g_autoptr(NbCalendarEvent) event = NULL;

      if (resource->data == NULL)
        continue;
      /* Not an event (a to-do, a journal entry): nothing to count. */
      event = nb_ical_read_other_event (resource->data, resource->href, NULL);
      if (event != NULL && !nb_ical_capture_meetings (event, now, meetings, next) && !cut)
        {
          g_autofree char *message = nb_ical_capture_dup_limit_message (url);

          /* Said once a calendar, on stderr. */
          g_message ("%s", message);
          cut = TRUE;
        }
    }

  return g_steal_pointer (&meetings);
}

/* The calendars of the account that the user chose to count, their past
 * meetings with contacts as interactions. Only PROPFIND and REPORT: they
 * are never written. A calendar is read again only when it changed (its
 * sync-token or getctag), one of its meetings has begun since, or a
 * contact was given an email address; otherwise one PROPFIND tells that
 * nothing would change. One that cannot be read is a problem of the sync,
 * and what it counted stays as it was. */
static gboolean
capture_calendars (NbStoreTransaction  *transaction,
                   NbAccount           *account,
                   NbDavClient         *client,
                   GPtrArray           *problems,
                   GCancellable        *cancellable,
                   GError             **error)
{
  g_autoptr(GPtrArray) urls = NULL;
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  gint64 account_id = nb_account_get_id (account);

  urls = nb_store_transaction_list_capture_calendars (transaction, account_id, error);
  if (urls == NULL)
    return FALSE;

  for (guint i = 0; i < urls->len; i++)
    {
      const char *url = g_ptr_array_index (urls, i);
      g_autoptr(NbDavCollection) collection = NULL;
      g_autoptr(GPtrArray) meetings = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *stored = NULL;
      const char *state = NULL;
      gint64 recheck = 0;
      gint64 next = g_date_time_to_unix (now) + NB_CAPTURE_HORIZON_DAYS * (gint64) 86400;

      if (!nb_store_transaction_get_capture_state (transaction, account_id, url, &stored, &recheck,
                                                   error))
        return FALSE;

      collection = nb_dav_client_get_collection (client, url, cancellable, &local_error);
      if (collection != NULL)
        {
          state = collection->sync_token ? collection->sync_token : collection->ctag;
          if (state != NULL && g_strcmp0 (state, stored) == 0 &&
              g_date_time_to_unix (now) < recheck)
            continue;
          meetings = read_meetings (client, url, now, &next, cancellable, &local_error);
        }
      if (meetings == NULL)
        {
          if (stops_sync (local_error))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          g_ptr_array_add (problems,
                           /* Translators: a calendar's address, then why. */
                           g_strdup_printf (_("The meetings of the calendar %s count as they did: %s"),
                                            url, local_error->message));
          continue;
        }

      if (!nb_store_transaction_replace_captured (transaction, account_id, url, meetings, now,
                                                  state, next, error))
        return FALSE;
    }

  return TRUE;
}

static NbSyncResult *
sync_account (NbStoreTransaction *transaction,
              NbAccount          *account,
              GCancellable       *cancellable,
              NbSyncProgressFunc  progress,
              gpointer            user_data)
{
  NbSyncResult *result = g_new0 (NbSyncResult, 1);
  g_autoptr(NbDavClient) client = NULL;
  g_autoptr(NbSyncEngine) engine = NULL;
  g_autoptr(GError) status_error = NULL;
  gboolean ok = FALSE;

  result->account = g_object_ref (account);
  result->problems = g_ptr_array_new_with_free_func (g_free);
  result->conflicts = g_ptr_array_new_with_free_func (g_free);

  client = nb_sync_connect (account, cancellable, &result->error);
  if (client != NULL)
    {
      engine = nb_sync_engine_new (transaction, account, client);
      nb_sync_engine_set_progress (engine, progress, user_data);
      ok = nb_sync_engine_run (engine, cancellable, &result->error);

      for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
        result->counts[kind] = *nb_sync_engine_get_counts (engine, kind);
      g_ptr_array_extend (result->problems, nb_sync_engine_get_problems (engine),
                          (GCopyFunc) g_strdup, NULL);
      g_ptr_array_extend (result->conflicts, nb_sync_engine_get_conflicts (engine),
                          (GCopyFunc) g_strdup, NULL);
    }

  /* A batch the sync stopped in is not stored. */
  nb_store_transaction_rollback (transaction);

  if (ok && !capture_calendars (transaction, account, client, result->problems, cancellable,
                                &result->error))
    ok = FALSE;

  if (!nb_store_transaction_set_account_status (transaction, account, ok,
                                                error_message (result->error), &status_error))
    g_warning ("Could not note how the sync went: %s", status_error->message);

  return result;
}

/**
 * nb_sync_run:
 * @store: the store to sync
 * @cancellable: (nullable): a cancellable
 * @progress: (nullable): called as the sync goes on, in this thread
 * @user_data: data for @progress
 * @error: return location for an error
 *
 * Syncs every account once, blocking: call it in a worker thread or from
 * the command line. It works on a connection of its own to the store's
 * file; @store is not used otherwise, and may belong to another thread.
 * An account that cannot be synced does not stop the others; its result
 * says why.
 *
 * Returns: (transfer full) (element-type NbSyncResult): how each account
 *   went, or %NULL if the database could not be read
 */
GPtrArray *
nb_sync_run (NbStore             *store,
             GCancellable        *cancellable,
             NbSyncProgressFunc   progress,
             gpointer             user_data,
             GError             **error)
{
  g_autoptr(NbStoreTransaction) transaction = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GPtrArray) results = NULL;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  transaction = nb_store_transaction_open (nb_store_get_path (store), error);
  if (transaction == NULL)
    return NULL;

  accounts = nb_store_transaction_list_accounts (transaction, error);
  if (accounts == NULL)
    return NULL;

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_sync_result_free);
  for (guint i = 0; i < accounts->len; i++)
    {
      g_ptr_array_add (results, sync_account (transaction, g_ptr_array_index (accounts, i),
                                              cancellable, progress, user_data));
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
    }

  return g_steal_pointer (&results);
}

/**
 * nb_sync_result_describe:
 * @result: how an account's sync went
 *
 * Returns: (transfer full): what moved, a line per kind, or why it failed
 */
char *
nb_sync_result_describe (NbSyncResult *result)
{
  g_autofree char *host = nb_account_dup_host (result->account);
  GString *text = g_string_new (NULL);

  /* Translators: the heading of an account's sync report: user, server. */
  g_string_append_printf (text, _("%s on %s:"), nb_account_get_user (result->account), host);
  g_string_append_c (text, '\n');

  if (result->error != NULL)
    {
      g_string_append_printf (text, "  %s\n", result->error->message);
      return g_string_free (text, FALSE);
    }

  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      NbSyncCounts *counts = &result->counts[kind];

      const char *url = nb_account_get_collection (result->account, kind);

      if (url == NULL || *url == '\0')
        continue;

      g_string_append (text, "  ");
      g_string_append_printf (text,
                              kind == NB_COLLECTION_CONTACTS
                              /* Translators: what a sync moved; "received" and "sent" are
                               * changes, "removed here" and "deleted on the server" are
                               * deletions, "merged" are conflicts. */
                              ? _("Contacts: %u received, %u removed here, %u sent, %u deleted on the server, %u merged")
                              : kind == NB_COLLECTION_INTERACTIONS
                              ? _("Interactions: %u received, %u removed here, %u sent, %u deleted on the server, %u merged")
                              : _("Meals: %u received, %u removed here, %u sent, %u deleted on the server, %u merged"),
                              counts->received, counts->removed, counts->sent, counts->deleted,
                              counts->conflicts);
      g_string_append_c (text, '\n');
    }

  for (guint i = 0; i < result->conflicts->len; i++)
    g_string_append_printf (text, "  %s\n", (char *) g_ptr_array_index (result->conflicts, i));
  for (guint i = 0; i < result->problems->len; i++)
    g_string_append_printf (text, "  %s\n", (char *) g_ptr_array_index (result->problems, i));

  return g_string_free (text, FALSE);
}

/* ---------------------------------------------------------------------- */

struct _NbSyncManager
{
  GObject        parent_instance;

  NbStore       *store;
  GPtrArray     *accounts;
  GCancellable  *cancellable;
  guint          timeout_id;
  guint          interval;
  gboolean       again;

  gboolean       syncing;
  double         fraction;
  gint64         last_sync;
  char          *error;
  gint64         last_refresh;
};

G_DEFINE_FINAL_TYPE (NbSyncManager, nb_sync_manager, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SYNCING,
  PROP_FRACTION,
  PROP_LAST_SYNC,
  PROP_ERROR,
  PROP_N_ACCOUNTS,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_syncing (NbSyncManager *self,
             gboolean       syncing)
{
  if (self->syncing == syncing)
    return;

  self->syncing = syncing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYNCING]);
}

static void
set_fraction (NbSyncManager *self,
              double         fraction)
{
  if (self->fraction == fraction)
    return;

  self->fraction = fraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

static void
set_error (NbSyncManager *self,
           const char    *error)
{
  if (g_strcmp0 (self->error, error) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

/* The newest last sync of the accounts, and the first account's problem. */
static void
update_status (NbSyncManager *self)
{
  gint64 last_sync = 0;
  const char *error = NULL;

  for (guint i = 0; i < self->accounts->len; i++)
    {
      NbAccount *account = g_ptr_array_index (self->accounts, i);

      last_sync = MAX (last_sync, nb_account_get_last_sync (account));
      if (error == NULL)
        error = nb_account_get_last_error (account);
    }

  if (self->last_sync != last_sync)
    {
      self->last_sync = last_sync;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_SYNC]);
    }
  set_error (self, error);
}

static void
nb_sync_manager_dispose (GObject *object)
{
  NbSyncManager *self = (NbSyncManager *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_sync_manager_parent_class)->dispose (object);
}

static void
nb_sync_manager_finalize (GObject *object)
{
  NbSyncManager *self = (NbSyncManager *) object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->accounts, g_ptr_array_unref);
  g_free (self->error);

  G_OBJECT_CLASS (nb_sync_manager_parent_class)->finalize (object);
}

static void
nb_sync_manager_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NbSyncManager *self = NB_SYNC_MANAGER (object);

  switch (prop_id)
    {
    case PROP_SYNCING:
      g_value_set_boolean (value, self->syncing);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    case PROP_LAST_SYNC:
      g_value_set_int64 (value, self->last_sync);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    case PROP_N_ACCOUNTS:
      g_value_set_uint (value, self->accounts->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_sync_manager_class_init (NbSyncManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = nb_sync_manager_dispose;
  object_class->finalize = nb_sync_manager_finalize;
  object_class->get_property = nb_sync_manager_get_property;

  properties[PROP_SYNCING] = g_param_spec_boolean ("syncing", NULL, NULL, FALSE, ro);
  properties[PROP_FRACTION] = g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0, ro);
  /**
   * NbSyncManager:last-sync:
   *
   * When an account last synced completely, in microseconds since 1970;
   * 0 for never.
   */
  properties[PROP_LAST_SYNC] = g_param_spec_int64 ("last-sync", NULL, NULL, 0, G_MAXINT64, 0, ro);
  /**
   * NbSyncManager:error:
   *
   * Why the last sync of an account failed, or %NULL.
   */
  properties[PROP_ERROR] = g_param_spec_string ("error", NULL, NULL, NULL, ro);
  properties[PROP_N_ACCOUNTS] = g_param_spec_uint ("n-accounts", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NbSyncManager::finished:
   * @self: the manager
   * @results: (element-type NbSyncResult): how each account went
   *
   * Emitted when a sync has ended, in success or not.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

static void
nb_sync_manager_init (NbSyncManager *self)
{
  self->accounts = g_ptr_array_new_with_free_func (g_object_unref);
  self->interval = DEFAULT_INTERVAL;
}

/**
 * nb_sync_manager_new:
 * @store: the store to sync, and to tell of what came in
 *
 * Returns: (transfer full): a manager; it syncs when asked to, and on its
 *   timer once nb_sync_manager_set_interval() set one
 */
NbSyncManager *
nb_sync_manager_new (NbStore *store)
{
  NbSyncManager *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_SYNC_MANAGER, NULL);
  self->store = g_object_ref (store);
  nb_sync_manager_reload (self);

  return self;
}

/**
 * nb_sync_manager_reload:
 * @self: a manager
 *
 * Reads the accounts again, after one was added or removed.
 */
void
nb_sync_manager_reload (NbSyncManager *self)
{
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;
  guint n_before;

  g_return_if_fail (NB_IS_SYNC_MANAGER (self));

  n_before = self->accounts->len;
  accounts = nb_store_list_accounts (self->store, &error);
  if (accounts == NULL)
    {
      g_warning ("Could not read the sync accounts: %s", error->message);
      return;
    }

  g_ptr_array_set_size (self->accounts, 0);
  g_ptr_array_extend_and_steal (self->accounts, g_steal_pointer (&accounts));
  if (n_before != self->accounts->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ACCOUNTS]);
  update_status (self);
}

typedef struct
{
  GWeakRef manager;
  guint    done;
  guint    total;
} Progress;

static void
progress_free (Progress *progress)
{
  g_weak_ref_clear (&progress->manager);
  g_free (progress);
}

static gboolean
progress_idle (gpointer data)
{
  Progress *progress = data;
  g_autoptr(NbSyncManager) self = g_weak_ref_get (&progress->manager);
  gint64 now = g_get_monotonic_time ();

  if (self == NULL || !self->syncing)
    return G_SOURCE_REMOVE;

  set_fraction (self, progress->total ? (double) progress->done / progress->total : 0);

  /* What came in so far shows, without refreshing at every batch. */
  if (now - self->last_refresh > REFRESH_USEC)
    {
      self->last_refresh = now;
      nb_store_check_for_changes (self->store);
    }

  return G_SOURCE_REMOVE;
}

/* In the worker thread. */
static void
progress_cb (const NbSyncProgress *state,
             gpointer              user_data)
{
  GTask *task = user_data;
  Progress *progress = g_new0 (Progress, 1);

  g_weak_ref_init (&progress->manager, g_task_get_source_object (task));
  progress->done = state->all_done;
  progress->total = state->all_total;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT, progress_idle,
                              progress, (GDestroyNotify) progress_free);
}

static void
sync_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  NbStore *store = task_data;
  GPtrArray *results;
  GError *error = NULL;

  results = nb_sync_run (store, cancellable, progress_cb, task, &error);
  if (results == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

static void sync_done (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data);

static void
start (NbSyncManager *self)
{
  g_autoptr(GTask) task = NULL;

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->again = FALSE;
  self->last_refresh = g_get_monotonic_time ();
  set_fraction (self, 0);
  set_syncing (self, TRUE);

  task = g_task_new (self, self->cancellable, sync_done, NULL);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_task_run_in_thread (task, sync_thread);
}

static void
sync_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  NbSyncManager *self = NB_SYNC_MANAGER (object);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  results = g_task_propagate_pointer (G_TASK (result), &error);

  /* The accounts as the sync left them first: whoever sees "syncing" go
   * FALSE shows how it went. */
  nb_store_check_for_changes (self->store);
  nb_sync_manager_reload (self);
  set_fraction (self, results ? 1 : 0);
  set_syncing (self, FALSE);

  if (results == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_error (self, error->message);
      results = g_ptr_array_new ();
    }

  g_signal_emit (self, signals[FINISHED], 0, results);

  if (self->again && !g_cancellable_is_cancelled (self->cancellable))
    start (self);
}

/**
 * nb_sync_manager_sync:
 * @self: a manager
 *
 * Syncs every account in the background; if a sync is running, another
 * follows it, so that what changed meanwhile goes too.
 */
void
nb_sync_manager_sync (NbSyncManager *self)
{
  g_return_if_fail (NB_IS_SYNC_MANAGER (self));

  if (self->accounts->len == 0)
    return;

  if (self->syncing)
    {
      self->again = TRUE;
      return;
    }

  start (self);
}

/**
 * nb_sync_manager_cancel:
 * @self: a manager
 *
 * Stops a running sync; what it did so far is kept.
 */
void
nb_sync_manager_cancel (NbSyncManager *self)
{
  g_return_if_fail (NB_IS_SYNC_MANAGER (self));

  self->again = FALSE;
  g_cancellable_cancel (self->cancellable);
}

static gboolean
timeout_cb (gpointer user_data)
{
  nb_sync_manager_sync (user_data);
  return G_SOURCE_CONTINUE;
}

/**
 * nb_sync_manager_set_interval:
 * @self: a manager
 * @seconds: how often to sync, 0 for only when asked
 */
void
nb_sync_manager_set_interval (NbSyncManager *self,
                              guint          seconds)
{
  g_return_if_fail (NB_IS_SYNC_MANAGER (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->interval = seconds;
  if (seconds > 0)
    self->timeout_id = g_timeout_add_seconds (seconds, timeout_cb, self);
}

gboolean
nb_sync_manager_get_syncing (NbSyncManager *self)
{
  g_return_val_if_fail (NB_IS_SYNC_MANAGER (self), FALSE);

  return self->syncing;
}

double
nb_sync_manager_get_fraction (NbSyncManager *self)
{
  g_return_val_if_fail (NB_IS_SYNC_MANAGER (self), 0);

  return self->fraction;
}

gint64
nb_sync_manager_get_last_sync (NbSyncManager *self)
{
  g_return_val_if_fail (NB_IS_SYNC_MANAGER (self), 0);

  return self->last_sync;
}

const char *
nb_sync_manager_get_error (NbSyncManager *self)
{
  g_return_val_if_fail (NB_IS_SYNC_MANAGER (self), NULL);

  return self->error;
}

guint
nb_sync_manager_get_n_accounts (NbSyncManager *self)
{
  g_return_val_if_fail (NB_IS_SYNC_MANAGER (self), 0);

  return self->accounts->len;
}

/**
 * nb_sync_manager_get_accounts:
 * @self: a manager
 *
 * Returns: (transfer none) (element-type NbAccount): the accounts
 */
GPtrArray *
nb_sync_manager_get_accounts (NbSyncManager *self)
{
  g_return_val_if_fail (NB_IS_SYNC_MANAGER (self), NULL);

  return self->accounts;
}
