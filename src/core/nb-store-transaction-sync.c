/* nb-store-transaction-sync.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-store-transaction"

#include "config.h"

#include "nb-store-transaction-private.h"

/* What sync reads and writes through the door: contacts and meals by UID,
 * the events of a calendar that are not meals, and sync's own books (the
 * accounts, the state of each collection, what each item last agreed on
 * with the server, the history of what conflicts replaced). Sync opens
 * its connection with nb_store_transaction_open() and groups changes with
 * nb_store_transaction_start() and nb_store_transaction_commit(). */

static gboolean
can_write (NbStoreTransaction *self)
{
  return self->writable && !self->done;
}

/* ---------------------------------------------------------------------- */
/* Contacts and meals                                                      */

/**
 * nb_store_transaction_load_contact_by_uid:
 * @self: a transaction
 * @uid: a contact's UID
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a detached copy of the contact, or
 *   %NULL with @error unset if there is none
 */
NbContact *
nb_store_transaction_load_contact_by_uid (NbStoreTransaction  *self,
                                          const char          *uid,
                                          GError             **error)
{
  gint64 id;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  id = nb_db_find_contact_by_uid (self->db, uid, error);
  if (id <= 0)
    return NULL;

  return nb_db_load_contact (self->db, id, error);
}

/**
 * nb_store_transaction_find_duplicate:
 * @self: a transaction
 * @contact: a contact, stored or not
 *
 * Finds the stored contact that @contact is another copy of: the one with
 * its UID, else one with the same name and an email address in common.
 *
 * Returns: (transfer full) (nullable): a detached copy of that contact, or
 *   %NULL if there is none or it cannot be read
 */
NbContact *
nb_store_transaction_find_duplicate (NbStoreTransaction *self,
                                     NbContact          *contact)
{
  gint64 id;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);
  g_return_val_if_fail (NB_IS_CONTACT (contact), NULL);

  id = nb_db_find_duplicate (self->db, contact, NULL);
  if (id <= 0)
    return NULL;

  return nb_db_load_contact (self->db, id, NULL);
}

/**
 * nb_store_transaction_save_contact:
 * @self: a transaction
 * @contact: a detached contact; added when its id is 0, else updated
 * @error: return location for an error
 *
 * Writes every field of @contact as it is, without merging. A new contact
 * gets its id, a UID when it has none, and its timestamps; every contact
 * its `updated`.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_save_contact (NbStoreTransaction  *self,
                                   NbContact           *contact,
                                   GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_write_contact (self->db, contact, error);
}

/**
 * nb_store_transaction_delete_contact:
 * @self: a transaction
 * @id: a stored contact's id
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_delete_contact (NbStoreTransaction  *self,
                                     gint64               id,
                                     GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_delete_contact (self->db, id, error);
}

/**
 * nb_store_transaction_load_meeting_by_uid:
 * @self: a transaction
 * @uid: a meal's UID
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the meal, or %NULL with @error unset
 *   if there is none
 */
NbMeeting *
nb_store_transaction_load_meeting_by_uid (NbStoreTransaction  *self,
                                          const char          *uid,
                                          GError             **error)
{
  gint64 id;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  id = nb_db_find_meeting_by_uid (self->db, uid, error);
  if (id <= 0)
    return NULL;

  return nb_db_load_meeting (self->db, id, error);
}

/**
 * nb_store_transaction_save_meeting:
 * @self: a transaction
 * @meeting: a meal; added when its id is 0, else updated
 * @error: return location for an error
 *
 * Writes @meeting as it is, without merging, and sets its `updated`.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_save_meeting (NbStoreTransaction  *self,
                                   NbMeeting           *meeting,
                                   GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_write_meeting (self->db, meeting, NULL, error);
}

/**
 * nb_store_transaction_delete_meeting:
 * @self: a transaction
 * @id: a stored meal's id
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_delete_meeting (NbStoreTransaction  *self,
                                     gint64               id,
                                     GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_delete_meeting (self->db, id, NULL, error);
}

/**
 * nb_store_transaction_save_calendar_event:
 * @self: a transaction
 * @collection_id: the synced calendar it is in
 * @href: its resource
 * @etag: (nullable): the resource's ETag
 * @event: the event
 * @error: return location for an error
 *
 * Keeps an event of a synced calendar that is not a meal, in place of what
 * @href held before. Such events are shown, never rewritten.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_save_calendar_event (NbStoreTransaction  *self,
                                          gint64               collection_id,
                                          const char          *href,
                                          const char          *etag,
                                          NbCalendarEvent     *event,
                                          GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (href != NULL, FALSE);
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (event), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_save_calendar_event (self->db, collection_id, href, etag, event, error);
}

/**
 * nb_store_transaction_delete_calendar_event:
 * @self: a transaction
 * @collection_id: the synced calendar it is in
 * @href: its resource
 * @error: return location for an error
 *
 * Forgets the event that is not a meal at @href, if there is one.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_delete_calendar_event (NbStoreTransaction  *self,
                                            gint64               collection_id,
                                            const char          *href,
                                            GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (href != NULL, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_delete_calendar_event (self->db, collection_id, href, error);
}

/* ---------------------------------------------------------------------- */
/* Accounts                                                                */

/**
 * nb_store_transaction_list_accounts:
 * @self: a transaction
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbAccount) (nullable): the sync
 *   accounts, in the order they were added
 */
GPtrArray *
nb_store_transaction_list_accounts (NbStoreTransaction  *self,
                                    GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);

  return nb_db_list_accounts (self->db, error);
}

/**
 * nb_store_transaction_add_account:
 * @self: a transaction
 * @account: a new account, with its collections
 * @error: return location for an error
 *
 * Adds the account and a sync state for each of its collections. Its
 * password is not the database's business: it goes to the keyring.
 *
 * Returns: the new account's id, or 0 on failure
 */
gint64
nb_store_transaction_add_account (NbStoreTransaction  *self,
                                  NbAccount           *account,
                                  GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), 0);
  g_return_val_if_fail (NB_IS_ACCOUNT (account), 0);
  g_return_val_if_fail (can_write (self), 0);

  return nb_db_add_account (self->db, account, error);
}

/**
 * nb_store_transaction_remove_account:
 * @self: a transaction
 * @id: an account's id
 * @error: return location for an error
 *
 * Forgets the account and what sync knew of its collections; the contacts
 * and meals it brought stay.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_remove_account (NbStoreTransaction  *self,
                                     gint64               id,
                                     GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_remove_account (self->db, id, error);
}

/**
 * nb_store_transaction_set_account_status:
 * @self: a transaction
 * @account: an account, whose status is set too
 * @synced: whether its sync just ended well
 * @last_error: (nullable): why it did not
 * @error: return location for an error
 *
 * Notes how the account's sync went, in the database and in @account:
 * its last sync is now when @synced, else the one before stays.
 *
 * Returns: %TRUE if the database has it
 */
gboolean
nb_store_transaction_set_account_status (NbStoreTransaction  *self,
                                         NbAccount           *account,
                                         gboolean             synced,
                                         const char          *last_error,
                                         GError             **error)
{
  gint64 now = nb_db_now_usec ();

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_ACCOUNT (account), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  nb_account_set_status (account, synced ? now : nb_account_get_last_sync (account), last_error);

  return nb_db_set_account_status (self->db, nb_account_get_id (account), synced ? now : 0,
                                   last_error, error);
}

/* ---------------------------------------------------------------------- */
/* Collections and their items                                             */

/**
 * nb_store_transaction_get_sync_state:
 * @self: a transaction
 * @account_id: an account
 * @kind: which of its collections
 * @collection_id: (out): the collection's row, or 0 if the account has no
 *   collection of that kind
 * @sync_token: (out) (optional) (transfer full) (nullable): the server's
 *   sync-token when the collection last came down whole
 * @ctag: (out) (optional) (transfer full) (nullable): its getctag then
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_get_sync_state (NbStoreTransaction  *self,
                                     gint64               account_id,
                                     NbCollectionKind     kind,
                                     gint64              *collection_id,
                                     char               **sync_token,
                                     char               **ctag,
                                     GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (collection_id != NULL, FALSE);

  return nb_db_get_sync_state (self->db, account_id, kind, collection_id, sync_token, ctag, error);
}

/**
 * nb_store_transaction_set_sync_state:
 * @self: a transaction
 * @collection_id: a collection
 * @sync_token: (nullable): the sync-token of the server's state now in step
 * @ctag: (nullable): the getctag of that state
 * @error: return location for an error
 *
 * Moves the collection's state on: the next sync asks only for what
 * changed since. Call it only once everything the state covers came
 * down and was applied.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_set_sync_state (NbStoreTransaction  *self,
                                     gint64               collection_id,
                                     const char          *sync_token,
                                     const char          *ctag,
                                     GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_set_sync_state (self->db, collection_id, sync_token, ctag, error);
}

/**
 * nb_store_transaction_list_sync_etags:
 * @self: a transaction
 * @collection_id: a collection
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type utf8 utf8) (nullable): for each
 *   resource of the collection known here, its href and its ETag (or "")
 */
GHashTable *
nb_store_transaction_list_sync_etags (NbStoreTransaction  *self,
                                      gint64               collection_id,
                                      GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);

  return nb_db_list_sync_etags (self->db, collection_id, error);
}

/**
 * nb_store_transaction_list_sync_uploads:
 * @self: a transaction
 * @kind: what the collection holds
 * @collection_id: the collection
 * @error: return location for an error
 *
 * Lists the local items the server does not have as they are: the new
 * ones (with no href) and those changed here since they were in step.
 *
 * Returns: (transfer full) (element-type NbSyncItem) (nullable): the items
 */
GPtrArray *
nb_store_transaction_list_sync_uploads (NbStoreTransaction  *self,
                                        NbCollectionKind     kind,
                                        gint64               collection_id,
                                        GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);

  return nb_db_list_sync_uploads (self->db, kind, collection_id, error);
}

/**
 * nb_store_transaction_list_sync_removals:
 * @self: a transaction
 * @kind: what the collection holds
 * @collection_id: the collection
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbSyncItem) (nullable): the items
 *   on the server whose local copy was deleted
 */
GPtrArray *
nb_store_transaction_list_sync_removals (NbStoreTransaction  *self,
                                         NbCollectionKind     kind,
                                         gint64               collection_id,
                                         GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);

  return nb_db_list_sync_removals (self->db, kind, collection_id, error);
}

/**
 * nb_store_transaction_find_sync_item:
 * @self: a transaction
 * @collection_id: a collection
 * @uid: (nullable): the local item's UID, or %NULL to find by @href
 * @href: (nullable): the resource on the server
 * @item: (out) (transfer full) (nullable): the item, or %NULL if there is
 *   none
 * @error: return location for an error
 *
 * Returns: %TRUE on success, even if there is no such item
 */
gboolean
nb_store_transaction_find_sync_item (NbStoreTransaction  *self,
                                     gint64               collection_id,
                                     const char          *uid,
                                     const char          *href,
                                     NbSyncItem         **item,
                                     GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  return nb_db_find_sync_item (self->db, collection_id, uid, href, item, error);
}

/**
 * nb_store_transaction_save_sync_item:
 * @self: a transaction
 * @collection_id: the collection
 * @uid: the local contact's or meal's UID
 * @href: its resource on the server
 * @etag: (nullable): the resource's ETag, or %NULL if unknown
 * @base: (nullable): the text both sides now agree on
 * @synced: the `updated` of the local version that is as @base says, or 0
 *   if the local item differs from the server's and is to be sent on the
 *   next sync
 * @error: return location for an error
 *
 * Records that the local item @uid is the resource @href; an earlier
 * record of either is replaced. Record it only after the fact: once the
 * server took the item, or the item from the server was stored.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_save_sync_item (NbStoreTransaction  *self,
                                     gint64               collection_id,
                                     const char          *uid,
                                     const char          *href,
                                     const char          *etag,
                                     const char          *base,
                                     gint64               synced,
                                     GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (uid != NULL && href != NULL, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_save_sync_item (self->db, collection_id, uid, href, etag, base, synced, error);
}

/**
 * nb_store_transaction_delete_sync_item:
 * @self: a transaction
 * @collection_id: a collection
 * @uid: the local item's UID
 * @error: return location for an error
 *
 * Forgets the item's resource: a local item that is still there counts
 * as new here again.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_delete_sync_item (NbStoreTransaction  *self,
                                       gint64               collection_id,
                                       const char          *uid,
                                       GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (uid != NULL, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_delete_sync_item (self->db, collection_id, uid, error);
}

/**
 * nb_store_transaction_is_synced:
 * @self: a transaction
 * @uid: a contact's or meal's UID
 *
 * Returns: whether a collection of any account has the item, so that its
 *   UID must stay as it is
 */
gboolean
nb_store_transaction_is_synced (NbStoreTransaction *self,
                                const char         *uid)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (uid != NULL, FALSE);

  return nb_db_is_synced (self->db, uid);
}

/**
 * nb_store_transaction_add_sync_note:
 * @self: a transaction
 * @kind: a contact or a meal
 * @uid: its UID
 * @summary: what a sync conflict replaced, for people
 * @data: (nullable): the whole version that lost, as it was
 * @error: return location for an error
 *
 * Adds to the item's sync history ("Replaced by Sync").
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_add_sync_note (NbStoreTransaction  *self,
                                    NbCollectionKind     kind,
                                    const char          *uid,
                                    const char          *summary,
                                    const char          *data,
                                    GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (uid != NULL && summary != NULL, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  return nb_db_add_sync_note (self->db, kind, uid, summary, data, error);
}

/**
 * nb_store_transaction_list_capture_calendars:
 * @self: a transaction
 * @account_id: an account
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the URLs of the
 *   account's calendars whose meetings count as interactions
 */
GPtrArray *
nb_store_transaction_list_capture_calendars (NbStoreTransaction  *self,
                                             gint64               account_id,
                                             GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);

  return nb_db_list_capture_calendars (self->db, account_id, error);
}

/**
 * nb_store_transaction_replace_captured:
 * @self: a reusable transaction, between batches
 * @account_id: an account
 * @url: one of its calendars counted as interactions
 * @meetings: (element-type NbCapturedMeeting): the calendar's past meetings
 * @now: later ones are left out
 * @state: (nullable): the calendar's sync-token or getctag as it was read
 * @recheck: when the next of its meetings begins: until then, and while
 *   @state stays, reading it again would change nothing
 * @error: return location for an error
 *
 * nb_store_replace_captured_interactions(), in a batch of its own; a
 * calendar no longer chosen (since the sync began) changes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_replace_captured (NbStoreTransaction  *self,
                                       gint64               account_id,
                                       const char          *url,
                                       GPtrArray           *meetings,
                                       GDateTime           *now,
                                       const char          *state,
                                       gint64               recheck,
                                       GError             **error)
{
  g_autofree char *source = nb_db_capture_source (account_id, url);
  g_autoptr(GPtrArray) chosen = NULL;
  gboolean still = FALSE;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  if (!nb_store_transaction_start (self, error))
    return FALSE;

  if ((chosen = nb_db_list_capture_calendars (self->db, account_id, error)) == NULL)
    goto fail;
  for (guint i = 0; i < chosen->len && !still; i++)
    still = g_strcmp0 (g_ptr_array_index (chosen, i), url) == 0;

  if (still && (!nb_db_replace_captured (self->db, source, meetings, g_date_time_to_unix (now),
                                         NULL, NULL, error) ||
                !nb_db_set_capture_state (self->db, account_id, url, state, recheck, error)))
    goto fail;

  return nb_store_transaction_commit (self, error);

fail:
  nb_store_transaction_rollback (self);
  return FALSE;
}

/**
 * nb_store_transaction_get_capture_state:
 * @self: a transaction
 * @account_id: an account
 * @url: one of its calendars counted as interactions
 * @state: (out) (transfer full) (nullable): what
 *   nb_store_transaction_replace_captured() was given, %NULL when the
 *   calendar must be read again (never read, or a contact was given an
 *   email address since)
 * @recheck: (out): when the next of its meetings begins
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_get_capture_state (NbStoreTransaction  *self,
                                        gint64               account_id,
                                        const char          *url,
                                        char               **state,
                                        gint64              *recheck,
                                        GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (state != NULL && recheck != NULL, FALSE);

  return nb_db_get_capture_state (self->db, account_id, url, state, recheck, error);
}

