/* nb-sync-adapter.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-account.h"
#include "nb-dav-client.h"
#include "nb-store-transaction.h"
#include "nb-merge.h"

G_BEGIN_DECLS

/**
 * NbSyncAdapter:
 * @kind: what it syncs
 * @dav_kind: the kind of collection it syncs with
 * @extension: the file extension of new resources, such as ".vcf"
 * @item: how to copy and compare items
 * @fields: the fields a conflict is resolved by
 * @n_fields: how many
 * @parse: reads a resource; sets the item's UID from @href when it has none
 *   (the transaction finds the contacts a meal is with)
 * @serialize: writes an item as the server keeps it
 * @load: the local item of a UID, or %NULL with no error if there is none
 * @save: writes an item to the database, inside a transaction; sets its
 *   `updated`
 * @remove: deletes a local item, inside a transaction
 * @get_uid: an item's UID
 * @get_updated: when an item was last changed here, in microseconds
 * @assign: sets the content of one item to that of another
 * @dup_name: the item's name, for messages
 * @find_twin: (nullable): the local item, not synced yet, that a new item
 *   from the server is another copy of (a card of the same person, made on
 *   another device before the first sync), or %NULL
 * @keep_server_text: (nullable): gives a merged item the text the server
 *   has, which it keeps to be written back with what changed here
 * @get_fields: (nullable): the fields a conflict on this item is resolved
 *   by, when the kinds of item in the collection have fields of their own;
 *   else @fields
 * @is_other: (nullable): whether what @parse read is not an item but
 *   something kept apart, read-only (an event that is not a meal)
 * @save_other: (nullable): keeps such a thing, in place of what the
 *   resource held before
 * @remove_other: (nullable): forgets what a resource held of that kind
 *
 * How sync reads, writes and stores one kind of item: contacts as vCards
 * in an address book, meals as iCalendar events in a calendar. Every
 * function that touches the database does so through the sync's
 * #NbStoreTransaction, in the sync's thread.
 */
typedef struct
{
  NbCollectionKind     kind;
  NbDavKind            dav_kind;
  const char          *extension;
  NbMergeItem          item;
  const NbMergeField  *fields;
  guint                n_fields;

  GObject    *(*parse)       (NbStoreTransaction  *transaction,
                              const char          *text,
                              const char          *href,
                              gint64              *revision,
                              GError             **error);
  char       *(*serialize)   (NbStoreTransaction  *transaction,
                              GObject             *item);
  GObject    *(*load)        (NbStoreTransaction  *transaction,
                              const char          *uid,
                              GError             **error);
  gboolean    (*save)        (NbStoreTransaction  *transaction,
                              GObject             *item,
                              GError             **error);
  gboolean    (*remove)      (NbStoreTransaction  *transaction,
                              GObject             *item,
                              GError             **error);
  const char *(*get_uid)     (GObject             *item);
  gint64      (*get_updated) (GObject             *item);
  gboolean    (*assign)      (GObject             *item,
                              GObject             *other);
  char       *(*dup_name)    (GObject             *item);
  GObject    *(*find_twin)   (NbStoreTransaction  *transaction,
                              GObject             *item);
  void        (*keep_server_text) (GObject *merged,
                                   GObject *remote);
  const NbMergeField *(*get_fields) (GObject *item,
                                     guint   *n_fields);
  gboolean    (*is_other)    (GObject             *item);
  gboolean    (*save_other)  (NbStoreTransaction  *transaction,
                              gint64               collection_id,
                              const char          *href,
                              const char          *etag,
                              GObject             *other,
                              GError             **error);
  gboolean    (*remove_other) (NbStoreTransaction *transaction,
                               gint64              collection_id,
                               const char         *href,
                               GError            **error);
} NbSyncAdapter;

const NbSyncAdapter *nb_sync_adapter_get (NbCollectionKind kind);

gint64 nb_sync_text_revision (const char *text,
                              const char *property);

/* For the adapters in other files. */
char                *_nb_sync_uid_from_href   (const char *href) G_GNUC_WARN_UNUSED_RESULT;
const NbSyncAdapter *_nb_sync_journal_adapter (void);

G_END_DECLS
