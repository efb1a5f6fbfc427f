/* nb-account.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * NbCollectionKind:
 * @NB_COLLECTION_CONTACTS: an address book, synced with the contacts
 * @NB_COLLECTION_MEALS: a calendar, synced with the meals
 * @NB_COLLECTION_INTERACTIONS: a calendar of journal entries ("Netbook
 *   Journal"), synced with the interactions and the circles' rhythms; made
 *   by the first sync next to the meals calendar. Its URL is "" when the
 *   server would not make it: interactions then stay on the device.
 *
 * What a collection on a sync server holds.
 */
typedef enum
{
  NB_COLLECTION_CONTACTS,
  NB_COLLECTION_MEALS,
  NB_COLLECTION_INTERACTIONS,
} NbCollectionKind;

#define NB_N_COLLECTION_KINDS 3

/**
 * NbSyncNote:
 * @date: when, in microseconds since 1970
 * @summary: what a sync conflict replaced
 * @data: (nullable): the whole version that lost
 */
typedef struct
{
  gint64  date;
  char   *summary;
  char   *data;
} NbSyncNote;

void nb_sync_note_free (NbSyncNote *note);

/**
 * NbSyncItem:
 * @uid: the local contact's or meal's UID
 * @href: (nullable): its resource on the server, %NULL if it is new here
 * @etag: (nullable): the resource's ETag when last in step
 * @base: (nullable): the text both sides last agreed on
 * @synced: the local item's `updated` when it was last in step, or 0
 *
 * What sync keeps of one contact or meal of a collection.
 */
typedef struct
{
  char   *uid;
  char   *href;
  char   *etag;
  char   *base;
  gint64  synced;
} NbSyncItem;

void nb_sync_item_free (NbSyncItem *item);

#define NB_TYPE_ACCOUNT (nb_account_get_type ())

G_DECLARE_FINAL_TYPE (NbAccount, nb_account, NB, ACCOUNT, GObject)

NbAccount  *nb_account_new                 (gint64            id,
                                            const char       *server,
                                            const char       *user) G_GNUC_WARN_UNUSED_RESULT;
gint64      nb_account_get_id              (NbAccount        *self);
const char *nb_account_get_server          (NbAccount        *self);
const char *nb_account_get_user            (NbAccount        *self);
char       *nb_account_dup_host            (NbAccount        *self) G_GNUC_WARN_UNUSED_RESULT;
const char *nb_account_get_collection      (NbAccount        *self,
                                            NbCollectionKind  kind);
const char *nb_account_get_collection_name (NbAccount        *self,
                                            NbCollectionKind  kind);
void        nb_account_set_collection      (NbAccount        *self,
                                            NbCollectionKind  kind,
                                            const char       *url,
                                            const char       *name);
gint64      nb_account_get_last_sync       (NbAccount        *self);
const char *nb_account_get_last_error      (NbAccount        *self);
void        nb_account_set_status          (NbAccount        *self,
                                            gint64            last_sync,
                                            const char       *last_error);

char       *nb_account_normalize_server    (const char       *server) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbSyncItem, nb_sync_item_free)

G_END_DECLS
