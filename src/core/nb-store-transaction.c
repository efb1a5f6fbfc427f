/* nb-store-transaction.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-store-transaction"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-contact-private.h"
#include "nb-store-transaction-private.h"
#include "nb-text.h"

/**
 * NbStoreTransaction:
 *
 * The door worker threads reach the database through: a connection of
 * their own (the file is in WAL mode, so the main thread's #NbStore reads
 * on meanwhile) and the transactions on it. Use it from one thread only;
 * the main thread's #NbStore learns of what was committed with
 * nb_store_check_for_changes().
 *
 * Begun with nb_store_transaction_begin(), it is one write transaction:
 * an import of thousands of cards is one transaction with the same
 * prepared statements reused, and nothing of it is stored unless
 * nb_store_transaction_commit() succeeds.
 *
 * Opened with nb_store_transaction_open(), for a long run such as a sync,
 * it begins none: each change is a transaction of its own, until
 * nb_store_transaction_start() makes the changes that follow one, ended by
 * nb_store_transaction_commit() or nb_store_transaction_rollback(); then
 * another can start.
 */
G_DEFINE_FINAL_TYPE (NbStoreTransaction, nb_store_transaction, G_TYPE_OBJECT)

static void
nb_store_transaction_finalize (GObject *object)
{
  NbStoreTransaction *self = (NbStoreTransaction *) object;

  /* Whatever was not committed is not stored. */
  if (self->db != NULL)
    nb_db_rollback (self->db);
  g_clear_pointer (&self->db, nb_db_close);

  G_OBJECT_CLASS (nb_store_transaction_parent_class)->finalize (object);
}

static void
nb_store_transaction_class_init (NbStoreTransactionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_store_transaction_finalize;
}

static void
nb_store_transaction_init (NbStoreTransaction *self)
{
}

static NbStoreTransaction *
open_connection (const char  *path,
                 gboolean     writable,
                 GError     **error)
{
  g_autoptr(NbStoreTransaction) self = NULL;

  self = g_object_new (NB_TYPE_STORE_TRANSACTION, NULL);
  self->writable = writable;
  self->db = nb_db_open (path, NB_DB_SECONDARY, error);
  if (self->db == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

static NbStoreTransaction *
begin (const char  *path,
       gboolean     writable,
       GError     **error)
{
  g_autoptr(NbStoreTransaction) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = open_connection (path, writable, error);
  if (self == NULL)
    return NULL;

  /* Bulk work touches every index: a page cache of 64 MiB (instead of
   * 2 MiB) keeps them in memory, for an import of 100,000 cards 3× faster. */
  if (!nb_db_exec (self->db, "PRAGMA cache_size = -65536", error) ||
      !nb_db_exec (self->db, writable ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED", error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * nb_store_transaction_begin:
 * @path: the database file, opened before by an #NbStore
 * @error: return location for an error
 *
 * Starts a write transaction; it waits while another connection writes.
 *
 * Returns: (transfer full) (nullable): a transaction; dropping it without
 *   committing rolls everything back
 */
NbStoreTransaction *
nb_store_transaction_begin (const char  *path,
                            GError     **error)
{
  return begin (path, TRUE, error);
}

/**
 * nb_store_transaction_begin_read:
 * @path: the database file, opened before by an #NbStore
 * @error: return location for an error
 *
 * Starts a read transaction: a consistent snapshot that does not keep
 * others from writing.
 *
 * Returns: (transfer full) (nullable): a transaction
 */
NbStoreTransaction *
nb_store_transaction_begin_read (const char  *path,
                                 GError     **error)
{
  return begin (path, FALSE, error);
}

/**
 * nb_store_transaction_open:
 * @path: the database file, opened before by an #NbStore
 * @error: return location for an error
 *
 * Opens a connection for a long run of reads and writes, such as a sync,
 * without beginning a transaction: each change is stored as it is made,
 * unless it comes between nb_store_transaction_start() and
 * nb_store_transaction_commit().
 *
 * Returns: (transfer full) (nullable): a connection
 */
NbStoreTransaction *
nb_store_transaction_open (const char  *path,
                           GError     **error)
{
  g_autoptr(NbStoreTransaction) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = open_connection (path, TRUE, error);
  if (self == NULL)
    return NULL;
  self->reusable = TRUE;

  return g_steal_pointer (&self);
}

/**
 * nb_store_transaction_start:
 * @self: a connection from nb_store_transaction_open(), outside a
 *   transaction
 * @error: return location for an error
 *
 * Begins a write transaction: what follows is stored all together by
 * nb_store_transaction_commit(), or not at all. It waits while another
 * connection writes.
 *
 * Returns: %TRUE if the transaction began
 */
gboolean
nb_store_transaction_start (NbStoreTransaction  *self,
                            GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (self->reusable, FALSE);
  g_return_val_if_fail (!nb_db_in_transaction (self->db), FALSE);

  return nb_db_begin (self->db, error);
}

static gboolean
same_email (const char *a,
            const char *b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

static gboolean
same_phone (const char *a,
            const char *b)
{
  g_autofree char *da = nb_text_digits (a);
  g_autofree char *db = nb_text_digits (b);

  return *da ? g_str_equal (da, db) : g_str_equal (a, b);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_str_equal (a, b);
}

/* Adds the fields of @incoming that @existing lacks; a field already there
 * takes the incoming label when it has one, and its vCard group. */
static GPtrArray *
merge_fields (GPtrArray  *existing,
              GPtrArray  *incoming,
              gboolean  (*same) (const char *, const char *))
{
  GPtrArray *merged = nb_field_array_copy (existing);
  guint n_existing = merged->len;

  for (guint i = 0; i < incoming->len; i++)
    {
      NbField *field = g_ptr_array_index (incoming, i);
      gboolean found = FALSE;

      for (guint j = 0; j < n_existing && !found; j++)
        {
          NbField *old = g_ptr_array_index (merged, j);

          if (same (old->value, field->value))
            {
              found = TRUE;
              if (field->label != NULL && g_strcmp0 (old->label, field->label) != 0)
                {
                  g_free (old->label);
                  old->label = g_strdup (field->label);
                }
              nb_field_copy_details (old, field);
            }
        }

      if (!found)
        g_ptr_array_add (merged, nb_field_copy (field));
    }

  return merged;
}

static gboolean
same_address_parts (const NbAddress *a,
                    const NbAddress *b)
{
  for (guint i = 0; i < NB_ADDRESS_N_PARTS; i++)
    {
      if (g_strcmp0 (nb_address_get_part (a, i), nb_address_get_part (b, i)) != 0)
        return FALSE;
    }

  return TRUE;
}

static GPtrArray *
merge_addresses (GPtrArray *existing,
                 GPtrArray *incoming)
{
  GPtrArray *merged = nb_address_array_copy (existing);
  guint n_existing = merged->len;

  for (guint i = 0; i < incoming->len; i++)
    {
      NbAddress *address = g_ptr_array_index (incoming, i);
      gboolean found = FALSE;

      for (guint j = 0; j < n_existing && !found; j++)
        {
          found = same_address_parts (g_ptr_array_index (merged, j), address);
          if (found)
            nb_address_copy_details (g_ptr_array_index (merged, j), address);
        }

      if (!found)
        g_ptr_array_add (merged, nb_address_copy (address));
    }

  return merged;
}

static void
merge_tags (NbContact *target,
            NbContact *incoming)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;

  g_strv_builder_addv (builder, (const char **) nb_contact_get_tags (target));
  g_strv_builder_addv (builder, (const char **) nb_contact_get_tags (incoming));
  tags = g_strv_builder_end (builder);
  nb_contact_set_tags (target, (const char * const *) tags);
}

/* What @incoming has replaces what @target has; what it lacks is kept, and
 * lists are merged, so that Netbook's own notes survive a re-import. */
static void
merge_into (NbContact *target,
            NbContact *incoming)
{
  g_autoptr(GPtrArray) emails = NULL;
  g_autoptr(GPtrArray) phones = NULL;
  g_autoptr(GPtrArray) websites = NULL;
  g_autoptr(GPtrArray) addresses = NULL;
  static const char *strings[] = {
    "full-name", "structured-name", "nickname", "title", "how-met",
    "food-preferences", "help-notes", "notes", "photo-uri", "vcard-extra",
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (incoming, strings[i], &value, NULL);
      if (value != NULL)
        g_object_set (target, strings[i], value, NULL);
    }

  /* An organisation's name and its units are one ORG. */
  if (nb_contact_get_organization (incoming) != NULL ||
      nb_contact_get_organization_units (incoming)[0] != NULL)
    {
      nb_contact_set_organization (target, nb_contact_get_organization (incoming));
      nb_contact_set_organization_units (target, nb_contact_get_organization_units (incoming));
    }

  if (nb_contact_get_birthday (incoming) != NULL)
    nb_contact_set_birthday (target, nb_contact_get_birthday (incoming));

  if (nb_contact_get_cadence (incoming) >= 0)
    nb_contact_set_cadence (target, nb_contact_get_cadence (incoming));

  if (nb_contact_get_photo (incoming) != NULL)
    nb_contact_set_photo (target,
                          nb_contact_get_photo (incoming),
                          nb_contact_get_photo_mime_type (incoming));

  emails = merge_fields (nb_contact_get_emails (target), nb_contact_get_emails (incoming),
                         same_email);
  phones = merge_fields (nb_contact_get_phones (target), nb_contact_get_phones (incoming),
                         same_phone);
  websites = merge_fields (nb_contact_get_websites (target), nb_contact_get_websites (incoming),
                           same_text);
  addresses = merge_addresses (nb_contact_get_addresses (target),
                               nb_contact_get_addresses (incoming));

  nb_contact_set_emails (target, emails);
  nb_contact_set_phones (target, phones);
  nb_contact_set_websites (target, websites);
  nb_contact_set_addresses (target, addresses);
  merge_tags (target, incoming);
}

/**
 * nb_store_transaction_merge_contact:
 * @self: a transaction
 * @contact: a detached contact read from a file
 * @outcome: (out) (optional): what was done
 * @error: return location for an error
 *
 * Adds @contact, or, when a copy of it is stored (same UID, else same name
 * and a common email address), merges it into that copy. Importing the
 * same file twice thus adds nothing the second time.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_merge_contact (NbStoreTransaction  *self,
                                    NbContact           *contact,
                                    NbMergeOutcome      *outcome,
                                    GError             **error)
{
  g_autoptr(NbContact) stored = NULL;
  g_autoptr(NbContact) merged = NULL;
  gint64 id;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (!self->done, FALSE);
  g_return_val_if_fail (self->writable, FALSE);

  id = nb_db_find_duplicate (self->db, contact, error);
  if (id < 0)
    return FALSE;

  if (id == 0)
    {
      g_autoptr(NbContact) copy = nb_contact_copy (contact);

      _nb_contact_set_id (copy, 0);
      if (!nb_db_write_contact (self->db, copy, error))
        return FALSE;
      if (outcome)
        *outcome = NB_MERGE_ADDED;
      return TRUE;
    }

  stored = nb_db_load_contact (self->db, id, error);
  if (stored == NULL)
    return FALSE;

  merged = nb_contact_copy (stored);
  merge_into (merged, contact);

  if (nb_contact_content_equal (merged, stored))
    {
      if (outcome)
        *outcome = NB_MERGE_UNCHANGED;
      return TRUE;
    }

  if (!nb_db_write_contact (self->db, merged, error))
    return FALSE;
  if (outcome)
    *outcome = NB_MERGE_UPDATED;

  return TRUE;
}

/**
 * nb_store_transaction_foreach_contact:
 * @self: a transaction
 * @ids: (nullable) (element-type gint64): the contacts to visit, or %NULL
 *   for all of them in list order
 * @cancellable: (nullable): a cancellable
 * @func: called with a detached copy of each contact
 * @user_data: data for @func
 * @error: return location for an error
 *
 * Returns: %TRUE if every contact was visited
 */
gboolean
nb_store_transaction_foreach_contact (NbStoreTransaction  *self,
                                      GArray              *ids,
                                      GCancellable        *cancellable,
                                      NbContactFunc        func,
                                      gpointer             user_data,
                                      GError             **error)
{
  g_autoptr(GArray) all_ids = NULL;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (ids == NULL)
    {
      all_ids = nb_db_list_contact_ids (self->db, NULL, NULL, cancellable, error);
      if (all_ids == NULL)
        return FALSE;
      ids = all_ids;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(NbContact) contact = NULL;
      g_autoptr(GError) local_error = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      contact = nb_db_load_contact (self->db, g_array_index (ids, gint64, i), &local_error);
      if (contact == NULL)
        {
          /* Deleted since it was selected: nothing to visit. */
          if (g_error_matches (local_error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (!func (contact, user_data, error))
        return FALSE;
    }

  return TRUE;
}

gint64
nb_store_transaction_count_contacts (NbStoreTransaction *self)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), 0);

  return MAX (nb_db_count_contacts (self->db, NULL), 0);
}

/**
 * nb_store_transaction_find_duplicates:
 * @self: a transaction or an open connection
 * @cancellable: (nullable): a cancellable
 * @progress: (nullable): told how far the scan is (0 to 1), in this thread
 * @progress_data: data for @progress
 * @error: return location for an error
 *
 * Finds the groups of cards that are probably one person's, in one read
 * of every card: see nb_store_find_duplicates_async().
 *
 * Returns: (transfer full) (element-type NbDuplicate) (nullable): the
 *   groups, strongest first (an email address or a phone number in
 *   common before a name alone)
 */
GPtrArray *
nb_store_transaction_find_duplicates (NbStoreTransaction  *self,
                                      GCancellable        *cancellable,
                                      NbProgressFunc       progress,
                                      gpointer             progress_data,
                                      GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);

  return nb_db_find_duplicates (self->db, cancellable, progress, progress_data, error);
}

/**
 * nb_store_transaction_merge_meeting:
 * @self: a transaction
 * @meeting: a detached meal read from a calendar file
 * @outcome: (out) (optional): what was done
 * @error: return location for an error
 *
 * Adds @meeting, or replaces the stored meal with the same UID, so that
 * importing a calendar twice adds nothing the second time.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_merge_meeting (NbStoreTransaction  *self,
                                    NbMeeting           *meeting,
                                    NbMergeOutcome      *outcome,
                                    GError             **error)
{
  g_autoptr(NbMeeting) copy = NULL;
  g_autoptr(NbMeeting) stored = NULL;
  gint64 id = 0;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (self->writable && !self->done, FALSE);

  if (nb_meeting_get_uid (meeting) != NULL)
    {
      id = nb_db_find_meeting_by_uid (self->db, nb_meeting_get_uid (meeting), error);
      if (id < 0)
        return FALSE;
    }

  if (id != 0)
    {
      g_autoptr(NbMeeting) probe = NULL;

      stored = nb_db_load_meeting (self->db, id, error);
      if (stored == NULL)
        return FALSE;

      /* A meal made here, that comes back as it went out (an export
       * imported again), is as it was: its calendar is Netbook's own. */
      probe = nb_meeting_copy (meeting);
      if (nb_meeting_get_ical_source (stored) == NULL)
        nb_meeting_set_ical_source (probe, NULL);

      if (nb_meeting_content_equal (stored, probe))
        {
          if (outcome)
            *outcome = NB_MERGE_UNCHANGED;
          return TRUE;
        }
    }

  copy = stored ? nb_meeting_copy (stored) : nb_meeting_new ();
  nb_meeting_assign (copy, meeting);
  if (!nb_db_write_meeting (self->db, copy, NULL, error))
    return FALSE;

  if (outcome)
    *outcome = id ? NB_MERGE_UPDATED : NB_MERGE_ADDED;
  return TRUE;
}

/**
 * nb_store_transaction_foreach_meeting:
 * @self: a transaction
 * @cancellable: (nullable): a cancellable
 * @func: called with each meal, by time
 * @user_data: data for @func
 * @error: return location for an error
 *
 * Returns: %TRUE if every meal was visited
 */
gboolean
nb_store_transaction_foreach_meeting (NbStoreTransaction  *self,
                                      GCancellable        *cancellable,
                                      NbMeetingFunc        func,
                                      gpointer             user_data,
                                      GError             **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);

  ids = nb_db_list_all_meeting_ids (self->db, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(NbMeeting) meeting = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      meeting = nb_db_load_meeting (self->db, g_array_index (ids, gint64, i), error);
      if (meeting == NULL || !func (meeting, user_data, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * nb_store_transaction_foreach_birthday:
 * @self: a transaction
 * @func: called with the UID, name and birthday of each contact that has
 *   one, by name
 * @user_data: data for @func
 * @error: return location for an error
 *
 * Returns: %TRUE if every birthday was visited
 */
gboolean
nb_store_transaction_foreach_birthday (NbStoreTransaction  *self,
                                       NbBirthdayFunc       func,
                                       gpointer             user_data,
                                       GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);

  return nb_db_foreach_birthday (self->db, func, user_data, error);
}

/**
 * nb_store_transaction_list_time_zones:
 * @self: a transaction
 * @first_starts: (out) (element-type gint64): for each zone, the start of
 *   its first meal, in seconds since 1970
 * @error: return location for an error
 *
 * Returns: (transfer full): the time zones meals were planned in
 */
GStrv
nb_store_transaction_list_time_zones (NbStoreTransaction  *self,
                                      GArray             **first_starts,
                                      GError             **error)
{
  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);
  g_return_val_if_fail (first_starts != NULL, NULL);

  return nb_db_list_meeting_time_zones (self->db, first_starts, error);
}

/**
 * nb_store_transaction_find_contact:
 * @self: a transaction
 * @email: (nullable): an email address
 * @uid: (nullable): a contact's UID
 *
 * Returns: the contact with @uid, else the first with @email, else 0
 */
gint64
nb_store_transaction_find_contact (NbStoreTransaction *self,
                                   const char         *email,
                                   const char         *uid)
{
  gint64 id = 0;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), 0);

  if (uid != NULL)
    id = nb_db_find_contact_by_uid (self->db, uid, NULL);
  if (id <= 0 && email != NULL)
    id = nb_db_find_contact_by_email (self->db, email, NULL);

  return MAX (id, 0);
}

/**
 * nb_store_transaction_dup_contact_uid:
 *
 * Returns: (transfer full) (nullable): the UID of a contact
 */
char *
nb_store_transaction_dup_contact_uid (NbStoreTransaction *self,
                                      gint64              contact_id)
{
  g_autoptr(NbContact) contact = NULL;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);

  contact = nb_db_load_contact (self->db, contact_id, NULL);
  return contact ? g_strdup (nb_contact_get_uid (contact)) : NULL;
}

/**
 * nb_store_transaction_commit:
 * @self: a transaction
 * @error: return location for an error
 *
 * Ends the transaction, storing what was done in it. When that fails,
 * nothing of it is stored.
 *
 * Returns: %TRUE if everything done in the transaction is stored
 */
gboolean
nb_store_transaction_commit (NbStoreTransaction  *self,
                             GError             **error)
{
  gboolean committed;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (!self->done, FALSE);

  committed = nb_db_commit (self->db, error);
  if (!committed)
    nb_db_rollback (self->db);
  self->done = !self->reusable;

  return committed;
}

/**
 * nb_store_transaction_rollback:
 * @self: a transaction
 *
 * Ends the transaction, if one is under way, and forgets what was done in
 * it.
 */
void
nb_store_transaction_rollback (NbStoreTransaction *self)
{
  g_return_if_fail (NB_IS_STORE_TRANSACTION (self));

  nb_db_rollback (self->db);
  self->done = !self->reusable;
}
