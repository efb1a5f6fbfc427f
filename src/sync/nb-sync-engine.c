/* nb-sync-engine.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-sync"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-store-error.h"
#include "nb-sync-adapter.h"
#include "nb-sync-engine.h"
#include "nb-sync-error.h"

/* One two-way sync of an account's address book and calendar.
 *
 * First what changed on the server comes down: the changed resources are
 * found by sync-collection (RFC 6578) from the last token, or by comparing
 * every ETag with the ones last seen; they are fetched a batch at a time
 * and each batch is applied in one transaction. Then local deletions and
 * local changes go up, with If-Match (or If-None-Match for new ones), so
 * that nothing changed on the server in the meantime is overwritten: a
 * precondition failure fetches the server's version and merges first.
 *
 * What sync_items records is only ever written after the fact it states,
 * and the token only after everything it covers was applied: a sync cut
 * off anywhere leaves a state the next one continues from. */

/* Resources fetched in one REPORT, and applied in one transaction. */
#define FETCH_BATCH 100
/* Uploads whose new ETags are recorded in one transaction. */
#define RECORD_BATCH 50

struct _NbSyncEngine
{
  GObject              parent_instance;

  NbStoreTransaction  *transaction;
  NbAccount           *account;
  NbDavClient         *client;

  NbSyncCounts         counts[NB_N_COLLECTION_KINDS];
  GPtrArray           *problems;
  GPtrArray           *conflicts;

  NbSyncProgressFunc   progress;
  gpointer             progress_data;
  guint                done;
  guint                total;
};

G_DEFINE_FINAL_TYPE (NbSyncEngine, nb_sync_engine, G_TYPE_OBJECT)

/* One collection's share of the run. */
typedef struct
{
  NbSyncEngine        *self;
  const NbSyncAdapter *adapter;
  NbSyncCounts        *counts;
  gint64               collection_id;
  const char          *href;
  GCancellable        *cancellable;

  /* The stage it is in, for progress and messages. */
  NbSyncDirection      direction;
  guint                done;
  guint                total;

  /* The first resource that could not be fetched, and why. */
  char                *unfetched;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->unfetched, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

typedef struct
{
  char   *uid;
  char   *href;
  char   *etag;
  char   *text;
  gint64  updated;
} Sent;

static void
sent_free (Sent *sent)
{
  g_free (sent->uid);
  g_free (sent->href);
  g_free (sent->etag);
  g_free (sent->text);
  g_free (sent);
}

static void
nb_sync_engine_finalize (GObject *object)
{
  NbSyncEngine *self = (NbSyncEngine *) object;

  g_clear_object (&self->transaction);
  g_clear_object (&self->account);
  g_clear_object (&self->client);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_sync_engine_parent_class)->finalize (object);
}

static void
nb_sync_engine_class_init (NbSyncEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_sync_engine_finalize;
}

static void
nb_sync_engine_init (NbSyncEngine *self)
{
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->conflicts = g_ptr_array_new_with_free_func (g_free);
}

/**
 * nb_sync_engine_new:
 * @transaction: the connection to sync, from nb_store_transaction_open(),
 *   used only by the engine's thread
 * @account: the account
 * @client: a client for the account's server, logged in
 *
 * Returns: (transfer full): a new engine
 */
NbSyncEngine *
nb_sync_engine_new (NbStoreTransaction *transaction,
                    NbAccount          *account,
                    NbDavClient        *client)
{
  NbSyncEngine *self;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (transaction), NULL);
  g_return_val_if_fail (NB_IS_ACCOUNT (account), NULL);
  g_return_val_if_fail (NB_IS_DAV_CLIENT (client), NULL);

  self = g_object_new (NB_TYPE_SYNC_ENGINE, NULL);
  self->transaction = g_object_ref (transaction);
  self->account = g_object_ref (account);
  self->client = g_object_ref (client);

  return self;
}

/**
 * nb_sync_engine_set_progress:
 * @self: an engine
 * @func: (nullable): called as the sync goes on, in its thread
 * @user_data: data for @func
 */
void
nb_sync_engine_set_progress (NbSyncEngine       *self,
                             NbSyncProgressFunc  func,
                             gpointer            user_data)
{
  g_return_if_fail (NB_IS_SYNC_ENGINE (self));

  self->progress = func;
  self->progress_data = user_data;
}

/**
 * nb_sync_engine_get_counts:
 * @self: an engine
 * @kind: contacts or meals
 *
 * Returns: (transfer none): what the last run moved
 */
const NbSyncCounts *
nb_sync_engine_get_counts (NbSyncEngine     *self,
                           NbCollectionKind  kind)
{
  g_return_val_if_fail (NB_IS_SYNC_ENGINE (self), NULL);
  g_return_val_if_fail (kind < NB_N_COLLECTION_KINDS, NULL);

  return &self->counts[kind];
}

/**
 * nb_sync_engine_get_problems:
 * @self: an engine
 *
 * Returns: (transfer none) (element-type utf8): what was left out, a
 *   sentence each
 */
GPtrArray *
nb_sync_engine_get_problems (NbSyncEngine *self)
{
  g_return_val_if_fail (NB_IS_SYNC_ENGINE (self), NULL);

  return self->problems;
}

/**
 * nb_sync_engine_get_conflicts:
 * @self: an engine
 *
 * Returns: (transfer none) (element-type utf8): the fields both sides had
 *   changed, and which value was kept, a sentence each
 */
GPtrArray *
nb_sync_engine_get_conflicts (NbSyncEngine *self)
{
  g_return_val_if_fail (NB_IS_SYNC_ENGINE (self), NULL);

  return self->conflicts;
}

static void
report_progress (Run *run)
{
  NbSyncEngine *self = run->self;
  NbSyncProgress progress = {
    self->account, run->adapter->kind, run->direction, run->done, run->total,
    self->done, MAX (self->total, self->done),
  };

  if (self->progress != NULL)
    self->progress (&progress, self->progress_data);
}

static void
begin_stage (Run             *run,
             NbSyncDirection  direction,
             guint            total)
{
  run->direction = direction;
  run->done = 0;
  run->total = total;
  run->self->total += total;
  report_progress (run);
}

static void
advance (Run   *run,
         guint  n)
{
  if (n == 0)
    return;

  run->done += n;
  run->self->done += n;
  report_progress (run);
}

/* Says, after the message of an error that stopped the sync, how far the
 * stage had come: "Cannot reach 127.0.0.1:5232 after sending 994 of 2,000
 * contacts; the rest will be sent on the next sync". */
static void
note_stage (Run     *run,
            GError  *error)
{
  g_autofree char *done = NULL;
  g_autofree char *total = NULL;
  char *message;
  gboolean contacts = run->adapter->kind == NB_COLLECTION_CONTACTS;
  gboolean journal = run->adapter->kind == NB_COLLECTION_INTERACTIONS;

  if (error == NULL || run->total == 0 ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  done = g_strdup_printf ("%'u", run->done);
  total = g_strdup_printf ("%'u", run->total);

  if (journal)
    message = g_strdup_printf (run->direction == NB_SYNC_RECEIVING
                                 ? g_dngettext (NULL, "%s after receiving %s of %s interaction; the rest will be received on the next sync",
                                                "%s after receiving %s of %s interactions; the rest will be received on the next sync",
                                                run->total)
                                 : g_dngettext (NULL, "%s after sending %s of %s interaction; the rest will be sent on the next sync",
                                                "%s after sending %s of %s interactions; the rest will be sent on the next sync",
                                                run->total),
                               error->message, done, total);
  else if (run->direction == NB_SYNC_RECEIVING)
    message = g_strdup_printf (contacts
                                 /* Translators: an error, then how far sync had come. */
                                 ? g_dngettext (NULL, "%s after receiving %s of %s contact; the rest will be received on the next sync",
                                                "%s after receiving %s of %s contacts; the rest will be received on the next sync",
                                                run->total)
                                 : g_dngettext (NULL, "%s after receiving %s of %s meal; the rest will be received on the next sync",
                                                "%s after receiving %s of %s meals; the rest will be received on the next sync",
                                                run->total),
                               error->message, done, total);
  else
    message = g_strdup_printf (contacts
                                 ? g_dngettext (NULL, "%s after sending %s of %s contact; the rest will be sent on the next sync",
                                                "%s after sending %s of %s contacts; the rest will be sent on the next sync",
                                                run->total)
                                 : g_dngettext (NULL, "%s after sending %s of %s meal; the rest will be sent on the next sync",
                                                "%s after sending %s of %s meals; the rest will be sent on the next sync",
                                                run->total),
                               error->message, done, total);

  g_free (error->message);
  error->message = message;
}

static void
add_problem (Run        *run,
             const char *href,
             const char *message)
{
  g_autofree char *name = g_uri_unescape_string (strrchr (href, '/') ? strrchr (href, '/') + 1 : href, NULL);

  /* Translators: a card or an event on the server sync left out, and why. */
  g_ptr_array_add (run->self->problems,
                   g_strdup_printf (_("Left out “%s”: %s"), name ? name : href, message));
  run->counts->skipped++;
}

/* A problem with one item, not with the sync: the item is left out. */
static gboolean
is_item_problem (const GError *error)
{
  return g_error_matches (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID) ||
         (error->domain != NB_SYNC_ERROR && error->domain != NB_STORE_ERROR &&
          error->domain != G_IO_ERROR);
}

/* ---------------------------------------------------------------------- */
/* From the server                                                          */

/* Reads the local item of @uid into @item, %NULL if there is none.
 * Returns: %FALSE only on an error */
static gboolean
load_local (Run         *run,
            const char  *uid,
            GObject    **item,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  *item = run->adapter->load (run->self->transaction, uid, &local_error);
  if (local_error != NULL)
    {
      g_clear_object (item);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static void note_unfetched (Run          *run,
                            const char   *href,
                            const GError *error);

/* Stores an item that came from the server. One the database refuses (no
 * name, say) is left out and listed: @saved says which. One that needs
 * another not there yet (a meal train's slot before its train) waits for
 * the next sync, as one that could not be fetched.
 * Returns: %FALSE only on an error that stops the sync */
static gboolean
save_local (Run         *run,
            GObject     *item,
            const char  *href,
            gboolean    *saved,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  *saved = run->adapter->save (run->self->transaction, item, &local_error);
  if (*saved)
    return TRUE;

  if (g_error_matches (local_error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND))
    {
      note_unfetched (run, href, local_error);
      return TRUE;
    }

  if (!is_item_problem (local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  add_problem (run, href, local_error->message);
  return TRUE;
}

static gboolean
save_item (Run         *run,
           const char  *uid,
           const char  *href,
           const char  *etag,
           const char  *base,
           gint64       synced,
           GError     **error)
{
  return nb_store_transaction_save_sync_item (run->self->transaction, run->collection_id, uid, href,
                                              etag && *etag ? etag : NULL, base, synced, error);
}

/* Notes what a conflict replaced in the item's history. */
static gboolean
add_note (Run         *run,
          const char  *uid,
          GString     *lost,
          const char  *data,
          GError     **error)
{
  if (lost->len == 0)
    return TRUE;

  return nb_store_transaction_add_sync_note (run->self->transaction, run->adapter->kind, uid,
                                             lost->str, data, error);
}

/* A value in a conflict's report: quoted, and cut short when long. */
static char *
quote_value (const char *value)
{
  g_autofree char *line = NULL;
  char *newline;

  if (value == NULL)
    /* Translators: an empty field in a sync conflict's report. */
    return g_strdup (_("(empty)"));

  line = g_strdup (value);
  if ((newline = strchr (line, '\n')) != NULL)
    *newline = '\0';
  if (newline != NULL || g_utf8_strlen (line, -1) > 60)
    {
      g_autofree char *cut = g_utf8_substring (line, 0, MIN (g_utf8_strlen (line, -1), 60));

      return g_strdup_printf (_("“%s…”"), cut);
    }

  return g_strdup_printf (_("“%s”"), line);
}

static void
report_conflicts (Run        *run,
                  GObject    *item,
                  GPtrArray  *conflicts)
{
  g_autofree char *name = run->adapter->dup_name (item);

  for (guint i = 0; i < conflicts->len; i++)
    {
      NbMergeConflict *conflict = g_ptr_array_index (conflicts, i);
      g_autofree char *lost = quote_value (conflict->lost);
      g_autofree char *kept = quote_value (conflict->kept);

      g_ptr_array_add (run->self->conflicts,
                       conflict->server_won
                         /* Translators: a sync conflict: the item, the field, the value
                          * here that was replaced, the server's value. */
                         ? g_strdup_printf (_("%s: %s %s replaced by %s from the server; kept under Replaced by Sync"),
                                            name, conflict->label, lost, kept)
                         /* Translators: a sync conflict: the item, the field, the
                          * server's value that was replaced, the value here. */
                         : g_strdup_printf (_("%s: %s %s from the server replaced by %s from this device; kept under Replaced by Sync"),
                                            name, conflict->label, lost, kept));
    }
}

/* An item read from @text, or %NULL when it cannot be read or is not an
 * item. */
static GObject *
parse_item (Run        *run,
            const char *text,
            const char *href)
{
  GObject *item = run->adapter->parse (run->self->transaction, text, href, NULL, NULL);

  if (item != NULL && run->adapter->is_other != NULL && run->adapter->is_other (item))
    g_clear_object (&item);

  return item;
}

/* Both sides changed the item (or made it, both): a three-way merge with
 * what they last agreed on, newer wins each conflicting field. */
static gboolean
merge_remote (Run         *run,
              GObject     *local,
              GObject     *remote,
              gint64       revision,
              NbSyncItem  *item,
              const char  *href,
              const char  *etag,
              const char  *data,
              gboolean     must_save,
              GError     **error)
{
  const NbSyncAdapter *adapter = run->adapter;
  NbStoreTransaction *transaction = run->self->transaction;
  const char *uid = adapter->get_uid (remote);
  g_autofree char *local_text = adapter->serialize (transaction, local);
  g_autoptr(GObject) local_seen = NULL;
  g_autoptr(GObject) base = NULL;
  g_autoptr(GObject) merged = NULL;
  g_autoptr(GString) local_lost = g_string_new (NULL);
  g_autoptr(GString) remote_lost = g_string_new (NULL);
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_merge_conflict_free);
  const NbMergeField *fields = adapter->fields;
  guint n_fields = adapter->n_fields;
  gboolean in_step;

  if (adapter->get_fields != NULL)
    fields = adapter->get_fields (remote, &n_fields);

  /* Compared as the server would see it, so that what a vCard cannot say
   * makes no difference. */
  local_seen = parse_item (run, local_text, href);
  if (local_seen == NULL)
    local_seen = g_object_ref (local);
  if (item != NULL && item->base != NULL)
    base = parse_item (run, item->base, href);

  merged = nb_merge (&adapter->item, fields, n_fields, base,
                          local_seen, remote, adapter->get_updated (local) > revision,
                          local_lost, remote_lost, conflicts);
  /* What the server has is what this side's changes are written into. */
  if (adapter->keep_server_text != NULL)
    adapter->keep_server_text (merged, remote);

  if (conflicts->len > 0)
    {
      run->counts->conflicts++;
      report_conflicts (run, merged, conflicts);
    }
  if (!add_note (run, uid, local_lost, local_text, error) ||
      !add_note (run, uid, remote_lost, data, error))
    return FALSE;

  if (must_save || !adapter->item.equal (merged, local_seen))
    {
      adapter->assign (local, merged);
      if (!adapter->save (transaction, local, error))
        return FALSE;
      run->counts->received++;
    }

  /* What the merge kept of this side still has to go up. */
  in_step = adapter->item.equal (merged, remote);

  return save_item (run, uid, href, etag, data, in_step ? adapter->get_updated (local) : 0, error);
}

static gboolean apply_remote_deletion (Run         *run,
                                       const char  *href,
                                       GError     **error);

/* A resource that holds no item but something kept apart (an event that
 * is not a meal); it may have held an item before. */
static gboolean
apply_other (Run         *run,
             const char  *href,
             const char  *etag,
             GObject     *other,
             GError     **error)
{
  if (!apply_remote_deletion (run, href, error))
    return FALSE;

  if (!run->adapter->save_other (run->self->transaction, run->collection_id, href, etag, other,
                                 error))
    return FALSE;

  run->counts->received++;
  return TRUE;
}

/* Applies one resource from the server; inside a transaction. */
static gboolean
apply_remote (Run         *run,
              const char  *href,
              const char  *etag,
              const char  *data,
              GError     **error)
{
  const NbSyncAdapter *adapter = run->adapter;
  NbStoreTransaction *transaction = run->self->transaction;
  g_autoptr(GObject) remote = NULL;
  g_autoptr(GObject) local = NULL;
  g_autoptr(NbSyncItem) item = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 revision = 0;
  gboolean saved;
  const char *uid;

  remote = adapter->parse (transaction, data, href, &revision, &local_error);
  if (remote == NULL)
    {
      add_problem (run, href, local_error->message);
      return TRUE;
    }
  if (adapter->is_other != NULL && adapter->is_other (remote))
    return apply_other (run, href, etag, remote, error);
  if (adapter->remove_other != NULL &&
      !adapter->remove_other (transaction, run->collection_id, href, error))
    return FALSE;
  uid = adapter->get_uid (remote);

  if (!nb_store_transaction_find_sync_item (transaction, run->collection_id, NULL, href, &item,
                                            error))
    return FALSE;
  if (item != NULL && g_strcmp0 (item->uid, uid) != 0)
    {
      /* The resource now holds another item: the old one is no longer
       * there. */
      if (!nb_store_transaction_delete_sync_item (transaction, run->collection_id, item->uid,
                                                  error))
        return FALSE;
      g_clear_pointer (&item, nb_sync_item_free);
    }
  if (item == NULL &&
      !nb_store_transaction_find_sync_item (transaction, run->collection_id, uid, NULL, &item,
                                            error))
    return FALSE;

  if (!load_local (run, uid, &local, error))
    return FALSE;

  if (local == NULL && item == NULL && adapter->find_twin != NULL)
    {
      /* The same person, added here and elsewhere before the first sync:
       * one card, under the server's UID, merged like a conflict. */
      local = adapter->find_twin (transaction, remote);
      if (local != NULL)
        {
          g_autoptr(GObject) renamed = adapter->item.copy (local);

          g_object_set (renamed, "uid", uid, NULL);
          adapter->assign (local, renamed);
          return merge_remote (run, local, remote, revision, NULL, href, etag, data, TRUE, error);
        }
    }

  if (local == NULL)
    {
      /* New on the server; or deleted here while it changed there, and
       * then the change is worth more than the deletion. */
      if (!save_local (run, remote, href, &saved, error))
        return FALSE;
      if (!saved)
        return TRUE;
      run->counts->received++;
      return save_item (run, uid, href, etag, data, adapter->get_updated (remote), error);
    }

  if (item != NULL && adapter->get_updated (local) == item->synced)
    {
      /* Unchanged here since the last sync: the server's version is it. */
      if (!adapter->item.equal (local, remote))
        {
          adapter->assign (local, remote);
          if (!save_local (run, local, href, &saved, error))
            return FALSE;
          if (!saved)
            return TRUE;
          run->counts->received++;
        }
      return save_item (run, uid, href, etag, data, adapter->get_updated (local), error);
    }

  return merge_remote (run, local, remote, revision, item, href, etag, data, FALSE, error);
}

/* The server no longer has @href; inside a transaction. */
static gboolean
apply_remote_deletion (Run         *run,
                       const char  *href,
                       GError     **error)
{
  const NbSyncAdapter *adapter = run->adapter;
  NbStoreTransaction *transaction = run->self->transaction;
  g_autoptr(NbSyncItem) item = NULL;
  g_autoptr(GObject) local = NULL;

  if (!nb_store_transaction_find_sync_item (transaction, run->collection_id, NULL, href, &item,
                                            error))
    return FALSE;
  if (item == NULL)
    return adapter->remove_other == NULL ||
           adapter->remove_other (transaction, run->collection_id, href, error);

  if (!load_local (run, item->uid, &local, error))
    return FALSE;

  /* Changed here since: it stays, and goes up again as a new one. */
  if (local != NULL && adapter->get_updated (local) == item->synced)
    {
      if (!adapter->remove (transaction, local, error))
        return FALSE;
      run->counts->removed++;
    }

  return nb_store_transaction_delete_sync_item (transaction, run->collection_id, item->uid, error);
}

typedef gboolean (*ItemFunc) (Run       *run,
                              gpointer   item,
                              GError   **error);

/* Calls @func on each of @items in one transaction: all or none. */
static gboolean
each_in_transaction (Run        *run,
                     GPtrArray  *items,
                     ItemFunc    func,
                     GError    **error)
{
  NbStoreTransaction *transaction = run->self->transaction;

  if (items->len == 0)
    return TRUE;

  if (!nb_store_transaction_start (transaction, error))
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      if (!func (run, g_ptr_array_index (items, i), error))
        {
          nb_store_transaction_rollback (transaction);
          return FALSE;
        }
    }

  return nb_store_transaction_commit (transaction, error);
}

static gboolean
apply_resource (Run       *run,
                gpointer   item,
                GError   **error)
{
  NbDavResource *resource = item;

  return apply_remote (run, resource->href, resource->etag, resource->data, error);
}

/* Meal trains' slots after the rest, so that a slot's train is stored
 * before it when both come in one batch. */
static int
compare_resources (gconstpointer a,
                   gconstpointer b)
{
  const NbDavResource *x = *(NbDavResource * const *) a;
  const NbDavResource *y = *(NbDavResource * const *) b;
  gboolean x_slot = x->data != NULL && strstr (x->data, "\nX-NETBOOK-TRAIN-SLOT") != NULL;
  gboolean y_slot = y->data != NULL && strstr (y->data, "\nX-NETBOOK-TRAIN-SLOT") != NULL;

  return (int) x_slot - (int) y_slot;
}

static gboolean
apply_batch (Run        *run,
             GPtrArray  *resources,
             GError    **error)
{
  if (run->adapter->kind == NB_COLLECTION_MEALS)
    g_ptr_array_sort (resources, compare_resources);

  return each_in_transaction (run, resources, apply_resource, error);
}

/* Errors that stop the whole sync rather than one item. */
static gboolean
is_fatal (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
         (error->domain == NB_SYNC_ERROR &&
          (error->code == NB_SYNC_ERROR_UNREACHABLE || error->code == NB_SYNC_ERROR_AUTH ||
           error->code == NB_SYNC_ERROR_CERTIFICATE)) ||
         error->domain == NB_STORE_ERROR;
}

/* A resource the server listed as there but did not give: it is not taken
 * for deleted, and the sync state is not moved past it (see pull()). */
static void
note_unfetched (Run          *run,
                const char   *href,
                const GError *error)
{
  run->counts->unfetched++;
  if (run->unfetched == NULL)
    {
      g_autofree char *name = g_uri_unescape_string (strrchr (href, '/') ? strrchr (href, '/') + 1 : href, NULL);

      /* Translators: a file on the server, and why it could not be fetched. */
      run->unfetched = g_strdup_printf (_("“%s”: %s"), name ? name : href, error->message);
    }
}

/* Fetches @hrefs, with a multiget, and each one it did not give with a
 * GET. Those neither brought are left out, and noted when @note.
 * Returns: (transfer full): the resources, with their data; %NULL with
 *   @error set when the sync must stop */
static GPtrArray *
fetch_resources (Run        *run,
                 GPtrArray  *hrefs,
                 gboolean    note,
                 GError    **error)
{
  NbDavClient *client = run->self->client;
  g_autoptr(GPtrArray) fetched = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_dav_resource_free);
  g_autoptr(GPtrArray) resources = NULL;
  g_autoptr(GHashTable) brought = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) local_error = NULL;

  resources = nb_dav_client_multiget (client, run->href, run->adapter->dav_kind, hrefs,
                                      run->cancellable, &local_error);
  if (resources == NULL)
    {
      if (is_fatal (local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      /* A server that cannot answer for the whole batch may for each. */
      g_debug ("Multiget in %s failed, fetching one by one: %s", run->href, local_error->message);
      resources = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_dav_resource_free);
    }

  for (guint i = 0; i < resources->len; i++)
    {
      NbDavResource *resource = g_ptr_array_index (resources, i);

      /* A 404 here is no deletion: only a listing says what was deleted. */
      if (resource->deleted || resource->data == NULL)
        continue;
      g_hash_table_add (brought, resource->href);
      g_ptr_array_add (fetched, g_steal_pointer (&resources->pdata[i]));
    }

  for (guint i = 0; i < hrefs->len; i++)
    {
      const char *href = g_ptr_array_index (hrefs, i);
      g_autoptr(NbDavResource) resource = NULL;
      g_autoptr(GError) get_error = NULL;

      if (g_hash_table_contains (brought, href))
        continue;

      resource = g_new0 (NbDavResource, 1);
      resource->data = nb_dav_client_get (client, href, &resource->etag, run->cancellable, &get_error);
      if (resource->data == NULL)
        {
          if (is_fatal (get_error))
            {
              g_propagate_error (error, g_steal_pointer (&get_error));
              return NULL;
            }
          if (note)
            note_unfetched (run, href, get_error);
          continue;
        }

      resource->href = g_strdup (href);
      g_ptr_array_add (fetched, g_steal_pointer (&resource));
    }

  return g_steal_pointer (&fetched);
}

static gboolean
fetch (Run        *run,
       GPtrArray  *hrefs,
       GError    **error)
{
  for (guint start = 0; start < hrefs->len; start += FETCH_BATCH)
    {
      g_autoptr(GPtrArray) batch = g_ptr_array_new ();
      g_autoptr(GPtrArray) resources = NULL;

      for (guint i = start; i < MIN (start + FETCH_BATCH, hrefs->len); i++)
        g_ptr_array_add (batch, g_ptr_array_index (hrefs, i));

      resources = fetch_resources (run, batch, TRUE, error);
      if (resources == NULL || !apply_batch (run, resources, error))
        return FALSE;

      advance (run, batch->len);
    }

  return TRUE;
}

static gboolean
apply_deletion (Run       *run,
                gpointer   href,
                GError   **error)
{
  return apply_remote_deletion (run, href, error);
}

static gboolean
apply_deletions (Run        *run,
                 GPtrArray  *hrefs,
                 GError    **error)
{
  return each_in_transaction (run, hrefs, apply_deletion, error);
}

/* Sorts what the server lists into changed and deleted, by the ETags of
 * the last sync. @complete: the listing names every resource, so that one
 * not named was deleted. */
static void
compare_listing (GPtrArray  *listing,
                 GHashTable *known,
                 gboolean    complete,
                 GPtrArray  *changed,
                 GPtrArray  *deleted)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < listing->len; i++)
    {
      NbDavResource *resource = g_ptr_array_index (listing, i);
      const char *href = resource->href;
      const char *etag = g_hash_table_lookup (known, href);
      gboolean is_known = g_hash_table_contains (known, href);

      if (resource->deleted)
        {
          if (is_known)
            g_ptr_array_add (deleted, g_strdup (href));
          continue;
        }

      if (!is_known || etag == NULL || g_strcmp0 (etag, resource->etag) != 0)
        g_ptr_array_add (changed, g_strdup (href));
      g_hash_table_add (seen, g_strdup (href));
    }

  if (complete)
    {
      GHashTableIter iter;
      gpointer href;

      g_hash_table_iter_init (&iter, known);
      while (g_hash_table_iter_next (&iter, &href, NULL))
        {
          if (!g_hash_table_contains (seen, href))
            g_ptr_array_add (deleted, g_strdup (href));
        }
    }
}

static gboolean
pull (Run              *run,
      NbDavCollection  *remote,
      const char       *token,
      char            **new_token,
      GError          **error)
{
  NbSyncEngine *self = run->self;
  g_autoptr(GHashTable) known = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) deleted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) listing = NULL;
  gboolean complete = TRUE;

  known = nb_store_transaction_list_sync_etags (self->transaction, run->collection_id, error);
  if (known == NULL)
    return FALSE;

  if (remote->sync_token != NULL && token != NULL && *token != '\0')
    {
      g_autoptr(GError) local_error = NULL;

      listing = nb_dav_client_sync_collection (self->client, run->href, token, new_token,
                                               run->cancellable, &local_error);
      /* A token refused (or not understood: Xandikos answers 500 to one it
       * no longer knows) means listing the collection whole. */
      if (listing != NULL)
        complete = FALSE;
      else if (!is_fatal (local_error))
        g_debug ("Sync token refused, listing %s whole: %s", run->href, local_error->message);
      else
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (listing == NULL)
    {
      /* The first time, or the token is no longer good: every ETag. */
      listing = nb_dav_client_list_etags (self->client, run->href, run->cancellable, error);
      if (listing == NULL)
        return FALSE;
      g_free (*new_token);
      *new_token = g_strdup (remote->sync_token);
    }

  compare_listing (listing, known, complete, changed, deleted);
  begin_stage (run, NB_SYNC_RECEIVING, changed->len + deleted->len);

  if (!apply_deletions (run, deleted, error))
    return FALSE;
  advance (run, deleted->len);

  return fetch (run, changed, error);
}

/* ---------------------------------------------------------------------- */
/* To the server                                                            */

/* A write met a newer version on the server: take it in, as if it had
 * come down first. */
static gboolean
take_in (Run         *run,
         const char  *href,
         GError     **error)
{
  g_autoptr(GPtrArray) hrefs = g_ptr_array_new ();
  g_autoptr(GPtrArray) resources = NULL;

  g_ptr_array_add (hrefs, (gpointer) href);
  resources = fetch_resources (run, hrefs, FALSE, error);
  if (resources == NULL)
    return FALSE;

  if (resources->len == 0)
    {
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NOT_FOUND,
                   _("The server no longer has “%s”"), href);
      return FALSE;
    }

  return apply_batch (run, resources, error);
}

static gboolean
record_one (Run       *run,
            gpointer   item,
            GError   **error)
{
  Sent *one = item;
  g_autoptr(GObject) local = NULL;

  if (!load_local (run, one->uid, &local, error))
    return FALSE;

  /* Edited again while it was on its way: that edit goes up next time. */
  return save_item (run, one->uid, one->href, one->etag, one->text,
                    local && run->adapter->get_updated (local) == one->updated ? one->updated : 0,
                    error);
}

static gboolean
record_sent (Run        *run,
             GPtrArray  *sent,
             GError    **error)
{
  if (!each_in_transaction (run, sent, record_one, error))
    return FALSE;

  g_ptr_array_set_size (sent, 0);
  return TRUE;
}

/* The name of a new resource on the server: its UID where every server
 * and proxy keeps it as it is ([A-Za-z0-9_.-], not hidden, not too long),
 * else a digest of the UID. A resource keeps the name it has. */
static char *
resource_name (const char *uid,
               const char *extension)
{
  g_autofree char *digest = NULL;
  gboolean safe = uid[0] != '\0' && uid[0] != '.' && strlen (uid) <= 128;

  for (const char *p = uid; safe && *p != '\0'; p++)
    safe = g_ascii_isalnum (*p) || *p == '_' || *p == '.' || *p == '-';

  if (safe)
    return g_strconcat (uid, extension, NULL);

  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA1, uid, -1);
  return g_strconcat (digest, extension, NULL);
}

static gboolean
send_one (Run         *run,
          NbSyncItem  *item,
          GPtrArray   *sent,
          GError     **error)
{
  const NbSyncAdapter *adapter = run->adapter;
  NbSyncEngine *self = run->self;
  g_autoptr(GObject) local = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(NbSyncItem) fresh = NULL;
  g_autofree char *href = NULL;
  g_autofree char *text = NULL;
  g_autofree char *etag = NULL;
  Sent *one;

  if (!load_local (run, item->uid, &local, error))
    return FALSE;
  if (local == NULL)
    return TRUE;

  if (item->href != NULL)
    href = g_strdup (item->href);
  else
    {
      g_autofree char *name = resource_name (item->uid, adapter->extension);

      href = nb_dav_href_child (run->href, name);
    }

  text = adapter->serialize (self->transaction, local);
  etag = nb_dav_client_put (self->client, href, adapter->dav_kind, text,
                            item->href ? (item->etag ? item->etag : "*") : NULL,
                            run->cancellable, &local_error);

  if (etag == NULL && g_error_matches (local_error, NB_SYNC_ERROR, NB_SYNC_ERROR_CHANGED))
    {
      /* Changed (or made) on the server since: merge, then try once more
       * with what is there now. */
      g_clear_error (&local_error);
      if (!record_sent (run, sent, error) || !take_in (run, href, &local_error))
        {
          if (local_error == NULL)
            return FALSE;
          goto failed;
        }

      if (!nb_store_transaction_find_sync_item (self->transaction, run->collection_id, item->uid,
                                                NULL, &fresh, error))
        return FALSE;
      g_clear_object (&local);
      if (!load_local (run, item->uid, &local, error))
        return FALSE;
      if (local == NULL || fresh == NULL)
        return TRUE;
      if (fresh->synced != 0 && fresh->synced == adapter->get_updated (local))
        return TRUE;

      g_free (text);
      text = adapter->serialize (self->transaction, local);
      etag = nb_dav_client_put (self->client, fresh->href, adapter->dav_kind, text,
                                fresh->etag ? fresh->etag : "*", run->cancellable, &local_error);
      g_free (href);
      href = g_strdup (fresh->href);
    }

  if (etag == NULL)
    goto failed;

  one = g_new0 (Sent, 1);
  one->uid = g_strdup (item->uid);
  one->href = g_steal_pointer (&href);
  one->etag = g_steal_pointer (&etag);
  one->text = g_steal_pointer (&text);
  one->updated = adapter->get_updated (local);
  g_ptr_array_add (sent, one);
  run->counts->sent++;

  return sent->len < RECORD_BATCH || record_sent (run, sent, error);

failed:
  if (is_fatal (local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  {
    g_autofree char *name = adapter->dup_name (local);

    /* Translators: an item sync could not send, and the server's reason. */
    g_ptr_array_add (self->problems, g_strdup_printf (_("Could not send “%s”: %s"),
                                                      name ? name : item->uid,
                                                      local_error->message));
  }
  return TRUE;
}

static gboolean
push (Run     *run,
      GError **error)
{
  NbSyncEngine *self = run->self;
  g_autoptr(GPtrArray) removals = NULL;
  g_autoptr(GPtrArray) uploads = NULL;
  g_autoptr(GPtrArray) sent = g_ptr_array_new_with_free_func ((GDestroyNotify) sent_free);

  removals = nb_store_transaction_list_sync_removals (self->transaction, run->adapter->kind,
                                                      run->collection_id, error);
  if (removals == NULL)
    return FALSE;
  uploads = nb_store_transaction_list_sync_uploads (self->transaction, run->adapter->kind,
                                                    run->collection_id, error);
  if (uploads == NULL)
    return FALSE;
  begin_stage (run, NB_SYNC_SENDING, removals->len + uploads->len);

  for (guint i = 0; i < removals->len; i++)
    {
      NbSyncItem *item = g_ptr_array_index (removals, i);
      g_autoptr(GError) local_error = NULL;

      if (nb_dav_client_delete (self->client, item->href, item->etag, run->cancellable,
                                &local_error))
        {
          if (!nb_store_transaction_delete_sync_item (self->transaction, run->collection_id,
                                                      item->uid, error))
            return FALSE;
          run->counts->deleted++;
        }
      else if (g_error_matches (local_error, NB_SYNC_ERROR, NB_SYNC_ERROR_CHANGED))
        {
          /* Changed on the server since: that change brings it back. */
          g_clear_error (&local_error);
          if (!take_in (run, item->href, error))
            return FALSE;
        }
      else
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      advance (run, 1);
    }

  for (guint i = 0; i < uploads->len; i++)
    {
      if (!send_one (run, g_ptr_array_index (uploads, i), sent, error))
        {
          g_autoptr(GError) ignored = NULL;

          /* What did go up is recorded, so as not to be sent again. */
          record_sent (run, sent, &ignored);
          return FALSE;
        }
      if ((i + 1) % 10 == 0)
        advance (run, 10);
    }
  advance (run, uploads->len % 10);

  return record_sent (run, sent, error);
}

/* ---------------------------------------------------------------------- */

/* The journal ("Netbook Journal", see nb-sync-journal.c), for an account
 * that syncs meals and has none yet: found or made next to the meals
 * calendar. A server that will not make it is asked once; interactions
 * then stay on this device, which the sync says that once. */
static gboolean
ensure_journal (NbSyncEngine  *self,
                GCancellable  *cancellable,
                GError       **error)
{
  const char *meals = nb_account_get_collection (self->account, NB_COLLECTION_MEALS);
  /* Translators: the name of the calendar of interactions (calls,
   * messages…) Netbook makes on a sync server. */
  const char *name = _("Netbook Journal");
  g_autofree char *parent = NULL;
  g_autofree char *href = NULL;
  g_autoptr(NbDavCollection) found = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *url;

  if (nb_account_get_collection (self->account, NB_COLLECTION_INTERACTIONS) != NULL || meals == NULL)
    return TRUE;

  parent = g_strdup (meals);
  if (g_str_has_suffix (parent, "/"))
    parent[strlen (parent) - 1] = '\0';
  if (strrchr (parent, '/') == NULL)
    return TRUE;
  strrchr (parent, '/')[1] = '\0';
  {
    g_autofree char *child = nb_dav_href_child (parent, "netbook-journal");

    href = g_strconcat (child, "/", NULL);
  }

  /* A calendar there is the journal another device made: some servers
   * (Xandikos) do not keep the component set it was made with. */
  found = nb_dav_client_get_collection (self->client, href, cancellable, NULL);
  if (found == NULL || found->kind == NB_DAV_ADDRESSBOOK)
    {
      /* A server that may not make collections says so with 403 (or 405,
       * 409, 507): a refusal, not a wrong password, which the address
       * book and the calendar would have met before. */
      if (!nb_dav_client_create_collection (self->client, href, NB_DAV_JOURNAL, name, cancellable,
                                            &local_error) &&
          (local_error->domain != NB_SYNC_ERROR ||
           local_error->code == NB_SYNC_ERROR_UNREACHABLE ||
           local_error->code == NB_SYNC_ERROR_CERTIFICATE))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      /* Made, or so the server said: a calendar now? */
      if (local_error == NULL)
        {
          g_clear_pointer (&found, nb_dav_collection_free);
          found = nb_dav_client_get_collection (self->client, href, cancellable, NULL);
          if (found == NULL || found->kind == NB_DAV_ADDRESSBOOK)
            g_set_error (&local_error, NB_SYNC_ERROR, NB_SYNC_ERROR_NOT_FOUND,
                         _("“%s” is no calendar"), href);
        }
    }

  if (local_error != NULL)
    g_ptr_array_add (self->problems,
                     /* Translators: the server's answer; said once, the first
                      * time sync tries. */
                     g_strdup_printf (_("The server would not make a journal for interactions (%s): "
                                        "they stay on this device"), local_error->message));
  url = local_error != NULL ? "" : href;

  if (!nb_store_transaction_start (self->transaction, error))
    return FALSE;
  if (!nb_store_transaction_set_collection (self->transaction, self->account, NB_COLLECTION_INTERACTIONS,
                                            url, local_error ? NULL : name, error))
    {
      nb_store_transaction_rollback (self->transaction);
      return FALSE;
    }

  return nb_store_transaction_commit (self->transaction, error);
}

static gboolean
sync_collection (NbSyncEngine      *self,
                 NbCollectionKind   kind,
                 GCancellable      *cancellable,
                 GError           **error)
{
  const char *url;
  g_auto(Run) run = { self, nb_sync_adapter_get (kind), &self->counts[kind], 0, NULL, cancellable, };
  g_autoptr(NbDavCollection) remote = NULL;
  g_autofree char *token = NULL;
  g_autofree char *ctag = NULL;
  g_autofree char *new_token = NULL;
  gboolean up_to_date;

  if (kind == NB_COLLECTION_INTERACTIONS && !ensure_journal (self, cancellable, error))
    return FALSE;

  /* "": the server would not make the journal (see ensure_journal()). */
  url = nb_account_get_collection (self->account, kind);
  if (url == NULL || *url == '\0')
    return TRUE;

  /* Hrefs, from the client or made by nb_dav_href_child(), are all in the
   * client's one normal form: they compare as strings. */
  run.href = url;

  if (!nb_store_transaction_get_sync_state (self->transaction, nb_account_get_id (self->account),
                                            kind, &run.collection_id, &token, &ctag, error))
    return FALSE;

  remote = nb_dav_client_get_collection (self->client, url, cancellable, error);
  if (remote == NULL)
    return FALSE;

  if (remote->sync_token != NULL)
    up_to_date = token != NULL && g_str_equal (token, remote->sync_token);
  else
    up_to_date = remote->ctag != NULL && ctag != NULL && g_str_equal (ctag, remote->ctag);

  if (!up_to_date)
    {
      if (!pull (&run, remote, token, &new_token, error))
        {
          note_stage (&run, error ? *error : NULL);
          return FALSE;
        }

      if (run.unfetched != NULL)
        {
          guint n = run.counts->unfetched;

          /* The state stays where it was, so that the next sync asks for
           * what did not come again. */
          g_ptr_array_add (self->problems,
                           g_strdup_printf (kind == NB_COLLECTION_CONTACTS
                                              /* Translators: how many, and the first one and why. */
                                              ? g_dngettext (NULL, "%u contact could not be fetched: %s",
                                                             "%u contacts could not be fetched: %s", n)
                                              : kind == NB_COLLECTION_INTERACTIONS
                                              ? g_dngettext (NULL, "%u interaction could not be fetched: %s",
                                                             "%u interactions could not be fetched: %s", n)
                                              : g_dngettext (NULL, "%u event could not be fetched: %s",
                                                             "%u events could not be fetched: %s", n),
                                            n, run.unfetched));
          g_clear_pointer (&run.unfetched, g_free);
        }
      /* Everything the token covers is in: the next sync starts there. */
      else if (!nb_store_transaction_set_sync_state (self->transaction, run.collection_id,
                                                     new_token, remote->ctag, error))
        return FALSE;
    }

  if (!push (&run, error))
    {
      note_stage (&run, error ? *error : NULL);
      return FALSE;
    }

  return TRUE;
}

/**
 * nb_sync_engine_run:
 * @self: an engine
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Syncs the account's address book and calendar both ways, blocking: call
 * it in a worker thread.
 *
 * Returns: %TRUE on success; items the server or Netbook could not read
 *   are left out and listed by nb_sync_engine_get_problems()
 */
gboolean
nb_sync_engine_run (NbSyncEngine  *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_return_val_if_fail (NB_IS_SYNC_ENGINE (self), FALSE);

  memset (self->counts, 0, sizeof self->counts);
  g_ptr_array_set_size (self->problems, 0);
  g_ptr_array_set_size (self->conflicts, 0);
  self->done = self->total = 0;

  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      if (!sync_collection (self, kind, cancellable, error))
        return FALSE;
    }

  return TRUE;
}
