/* nb-store-transaction.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-account.h"
#include "nb-calendar-event.h"
#include "nb-contact.h"
#include "nb-duplicate.h"
#include "nb-interaction.h"
#include "nb-meal-train-slot.h"
#include "nb-meal-train.h"
#include "nb-meeting.h"
#include "nb-store-error.h"

G_BEGIN_DECLS

#define NB_TYPE_STORE_TRANSACTION (nb_store_transaction_get_type ())

G_DECLARE_FINAL_TYPE (NbStoreTransaction, nb_store_transaction, NB, STORE_TRANSACTION, GObject)

/**
 * NbMergeOutcome:
 * @NB_MERGE_ADDED: the contact was new and was added
 * @NB_MERGE_UPDATED: a stored copy of the contact was found and updated
 * @NB_MERGE_UNCHANGED: a stored copy already had everything
 */
typedef enum
{
  NB_MERGE_ADDED,
  NB_MERGE_UPDATED,
  NB_MERGE_UNCHANGED,
} NbMergeOutcome;

/**
 * NbContactFunc:
 * @contact: a detached copy of a stored contact
 * @user_data: the data given with the function
 * @error: return location for an error
 *
 * Returns: %FALSE to stop, with @error set
 */
typedef gboolean (*NbContactFunc) (NbContact  *contact,
                                   gpointer    user_data,
                                   GError    **error);

/**
 * NbMeetingFunc:
 * @meeting: a stored meal
 * @user_data: the data given with the function
 * @error: return location for an error
 *
 * Returns: %FALSE to stop, with @error set
 */
typedef gboolean (*NbMeetingFunc) (NbMeeting  *meeting,
                                   gpointer    user_data,
                                   GError    **error);

/**
 * NbBirthdayFunc:
 * @uid: the contact's UID
 * @name: the contact's name
 * @birthday: the birthday
 * @user_data: the data given with the function
 * @error: return location for an error
 *
 * Returns: %FALSE to stop, with @error set
 */
typedef gboolean (*NbBirthdayFunc) (const char        *uid,
                                    const char        *name,
                                    const NbBirthday  *birthday,
                                    gpointer           user_data,
                                    GError           **error);

/**
 * NbInteractionFunc:
 * @interaction: a stored interaction
 * @user_data: the data given with the function
 * @error: return location for an error
 *
 * Returns: %FALSE to stop, with @error set
 */
typedef gboolean (*NbInteractionFunc) (NbInteraction  *interaction,
                                       gpointer        user_data,
                                       GError        **error);

/**
 * NbMealTrainFunc:
 * @train: a stored meal train
 * @slots: (element-type NbMealTrainSlot): all its slots, by day and meal
 * @user_data: the data given with the function
 * @error: return location for an error
 *
 * Returns: %FALSE to stop, with @error set
 */
typedef gboolean (*NbMealTrainFunc) (NbMealTrain  *train,
                                     GPtrArray    *slots,
                                     gpointer      user_data,
                                     GError      **error);

NbStoreTransaction *nb_store_transaction_begin          (const char          *path,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
NbStoreTransaction *nb_store_transaction_begin_read     (const char          *path,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
NbStoreTransaction *nb_store_transaction_open           (const char          *path,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_store_transaction_start          (NbStoreTransaction  *self,
                                                         GError             **error);
gboolean            nb_store_transaction_commit         (NbStoreTransaction  *self,
                                                         GError             **error);
void                nb_store_transaction_rollback       (NbStoreTransaction  *self);

/* Import and export (nb-store-transaction.c). */
gboolean            nb_store_transaction_merge_contact  (NbStoreTransaction  *self,
                                                         NbContact           *contact,
                                                         NbMergeOutcome      *outcome,
                                                         GError             **error);
gboolean            nb_store_transaction_foreach_contact (NbStoreTransaction *self,
                                                         GArray              *ids,
                                                         GCancellable        *cancellable,
                                                         NbContactFunc        func,
                                                         gpointer             user_data,
                                                         GError             **error);
gint64              nb_store_transaction_count_contacts (NbStoreTransaction  *self);
gboolean            nb_store_transaction_merge_meeting  (NbStoreTransaction  *self,
                                                         NbMeeting           *meeting,
                                                         NbMergeOutcome      *outcome,
                                                         GError             **error);
gboolean            nb_store_transaction_foreach_meeting (NbStoreTransaction *self,
                                                         GCancellable        *cancellable,
                                                         NbMeetingFunc        func,
                                                         gpointer             user_data,
                                                         GError             **error);
gboolean            nb_store_transaction_foreach_birthday (NbStoreTransaction *self,
                                                         NbBirthdayFunc       func,
                                                         gpointer             user_data,
                                                         GError             **error);
GStrv               nb_store_transaction_list_time_zones (NbStoreTransaction *self,
                                                         GArray             **first_starts,
                                                         GError             **error);
gint64              nb_store_transaction_find_contact   (NbStoreTransaction  *self,
                                                         const char          *email,
                                                         const char          *uid);
char               *nb_store_transaction_dup_contact_uid (NbStoreTransaction *self,
                                                         gint64               contact_id);

GPtrArray          *nb_store_transaction_find_duplicates (NbStoreTransaction *self,
                                                         GCancellable        *cancellable,
                                                         NbProgressFunc       progress,
                                                         gpointer             progress_data,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;

/* Sync (nb-store-transaction-sync.c). */
NbContact          *nb_store_transaction_load_contact_by_uid (NbStoreTransaction *self,
                                                         const char          *uid,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
NbContact          *nb_store_transaction_find_duplicate (NbStoreTransaction  *self,
                                                         NbContact           *contact) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_store_transaction_save_contact   (NbStoreTransaction  *self,
                                                         NbContact           *contact,
                                                         GError             **error);
gboolean            nb_store_transaction_delete_contact (NbStoreTransaction  *self,
                                                         gint64               id,
                                                         GError             **error);
NbMeeting          *nb_store_transaction_load_meeting_by_uid (NbStoreTransaction *self,
                                                         const char          *uid,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_store_transaction_save_meeting   (NbStoreTransaction  *self,
                                                         NbMeeting           *meeting,
                                                         GError             **error);
gboolean            nb_store_transaction_delete_meeting (NbStoreTransaction  *self,
                                                         gint64               id,
                                                         GError             **error);
gboolean            nb_store_transaction_save_calendar_event (NbStoreTransaction *self,
                                                         gint64               collection_id,
                                                         const char          *href,
                                                         const char          *etag,
                                                         NbCalendarEvent     *event,
                                                         GError             **error);
gboolean            nb_store_transaction_delete_calendar_event (NbStoreTransaction *self,
                                                         gint64               collection_id,
                                                         const char          *href,
                                                         GError             **error);
GPtrArray          *nb_store_transaction_list_accounts  (NbStoreTransaction  *self,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gint64              nb_store_transaction_add_account    (NbStoreTransaction  *self,
                                                         NbAccount           *account,
                                                         GError             **error);
gboolean            nb_store_transaction_remove_account (NbStoreTransaction  *self,
                                                         gint64               id,
                                                         GError             **error);
gboolean            nb_store_transaction_set_account_status (NbStoreTransaction *self,
                                                         NbAccount           *account,
                                                         gboolean             synced,
                                                         const char          *last_error,
                                                         GError             **error);
gboolean            nb_store_transaction_get_sync_state (NbStoreTransaction  *self,
                                                         gint64               account_id,
                                                         NbCollectionKind     kind,
                                                         gint64              *collection_id,
                                                         char               **sync_token,
                                                         char               **ctag,
                                                         GError             **error);
gboolean            nb_store_transaction_set_sync_state (NbStoreTransaction  *self,
                                                         gint64               collection_id,
                                                         const char          *sync_token,
                                                         const char          *ctag,
                                                         GError             **error);
GHashTable         *nb_store_transaction_list_sync_etags (NbStoreTransaction *self,
                                                         gint64               collection_id,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray          *nb_store_transaction_list_sync_uploads (NbStoreTransaction *self,
                                                         NbCollectionKind     kind,
                                                         gint64               collection_id,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray          *nb_store_transaction_list_sync_removals (NbStoreTransaction *self,
                                                         NbCollectionKind     kind,
                                                         gint64               collection_id,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_store_transaction_find_sync_item (NbStoreTransaction  *self,
                                                         gint64               collection_id,
                                                         const char          *uid,
                                                         const char          *href,
                                                         NbSyncItem         **item,
                                                         GError             **error);
gboolean            nb_store_transaction_save_sync_item (NbStoreTransaction  *self,
                                                         gint64               collection_id,
                                                         const char          *uid,
                                                         const char          *href,
                                                         const char          *etag,
                                                         const char          *base,
                                                         gint64               synced,
                                                         GError             **error);
gboolean            nb_store_transaction_delete_sync_item (NbStoreTransaction *self,
                                                         gint64               collection_id,
                                                         const char          *uid,
                                                         GError             **error);
gboolean            nb_store_transaction_is_synced      (NbStoreTransaction  *self,
                                                         const char          *uid);
gboolean            nb_store_transaction_add_sync_note  (NbStoreTransaction  *self,
                                                         NbCollectionKind     kind,
                                                         const char          *uid,
                                                         const char          *summary,
                                                         const char          *data,
                                                         GError             **error);

/* Interactions (nb-store-transaction-interactions.c). */
gboolean            nb_store_transaction_merge_interaction (NbStoreTransaction *self,
                                                         NbInteraction       *interaction,
                                                         NbMergeOutcome      *outcome,
                                                         GError             **error);
gboolean            nb_store_transaction_foreach_interaction (NbStoreTransaction *self,
                                                         GCancellable        *cancellable,
                                                         NbInteractionFunc    func,
                                                         gpointer             user_data,
                                                         GError             **error);
gboolean            nb_store_transaction_get_person     (NbStoreTransaction  *self,
                                                         gint64               contact_id,
                                                         char               **name,
                                                         char               **email,
                                                         char               **uid);
NbInteraction      *nb_store_transaction_load_interaction_by_uid (NbStoreTransaction *self,
                                                         const char          *uid,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_store_transaction_save_interaction (NbStoreTransaction *self,
                                                         NbInteraction       *interaction,
                                                         GError             **error);
gboolean            nb_store_transaction_delete_interaction (NbStoreTransaction *self,
                                                         gint64               id,
                                                         GError             **error);
int                 nb_store_transaction_get_circle_cadence (NbStoreTransaction *self,
                                                         const char          *name);
gboolean            nb_store_transaction_set_circle_cadence (NbStoreTransaction *self,
                                                         const char          *name,
                                                         int                  days,
                                                         GError             **error);
gboolean            nb_store_transaction_set_collection (NbStoreTransaction  *self,
                                                         NbAccount           *account,
                                                         NbCollectionKind     kind,
                                                         const char          *url,
                                                         const char          *name,
                                                         GError             **error);

GPtrArray          *nb_store_transaction_list_capture_calendars (NbStoreTransaction *self,
                                                                gint64              account_id,
                                                                GError            **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_store_transaction_replace_captured (NbStoreTransaction  *self,
                                                          gint64               account_id,
                                                          const char          *url,
                                                          GPtrArray           *meetings,
                                                          GDateTime           *now,
                                                          const char          *state,
                                                          gint64               recheck,
                                                          GError             **error);
gboolean            nb_store_transaction_get_capture_state (NbStoreTransaction *self,
                                                          gint64               account_id,
                                                          const char          *url,
                                                          char               **state,
                                                          gint64              *recheck,
                                                          GError             **error);

/* Meal trains (nb-store-transaction-trains.c). */
gboolean            nb_store_transaction_foreach_meal_train (NbStoreTransaction *self,
                                                         GCancellable        *cancellable,
                                                         NbMealTrainFunc      func,
                                                         gpointer             user_data,
                                                         GError             **error);
gboolean            nb_store_transaction_merge_meal_train (NbStoreTransaction *self,
                                                         NbMealTrain         *train,
                                                         GPtrArray           *slots,
                                                         NbMergeOutcome      *outcome,
                                                         GError             **error);
NbMealTrain        *nb_store_transaction_load_meal_train_by_uid (NbStoreTransaction *self,
                                                         const char          *uid,
                                                         gint64              *updated,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_store_transaction_save_meal_train (NbStoreTransaction *self,
                                                         NbMealTrain         *train,
                                                         gint64              *updated,
                                                         GError             **error);
gboolean            nb_store_transaction_delete_meal_train (NbStoreTransaction *self,
                                                         gint64               id,
                                                         GError             **error);
NbMealTrainSlot    *nb_store_transaction_load_meal_train_slot_by_uid (NbStoreTransaction *self,
                                                         const char          *uid,
                                                         char               **train_uid,
                                                         gint64              *updated,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_store_transaction_save_meal_train_slot (NbStoreTransaction *self,
                                                         NbMealTrainSlot     *slot,
                                                         const char          *train_uid,
                                                         gint64              *updated,
                                                         GError             **error);
gboolean            nb_store_transaction_delete_meal_train_slot (NbStoreTransaction *self,
                                                         gint64               id,
                                                         GError             **error);

/* Imports of other programs' lists (nb-store-transaction-import.c). */
NbContact          *nb_store_transaction_load_imported  (NbStoreTransaction  *self,
                                                         const char          *source,
                                                         const char          *key,
                                                         char               **data,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_store_transaction_set_imported   (NbStoreTransaction  *self,
                                                         const char          *source,
                                                         const char          *key,
                                                         gint64               contact_id,
                                                         const char          *data,
                                                         GError             **error);
char               *nb_store_transaction_dup_list_columns (NbStoreTransaction *self,
                                                         const char          *header_key,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            nb_store_transaction_set_list_columns (NbStoreTransaction *self,
                                                         const char          *header_key,
                                                         const char          *columns,
                                                         GError             **error);

/* Import (nb-store-transaction-interactions.c). */
gboolean            nb_store_transaction_replace_file_captured (NbStoreTransaction *self,
                                                               const char         *path,
                                                               GPtrArray          *meetings,
                                                               GDateTime          *now,
                                                               guint              *n_changed,
                                                               GError            **error);
gboolean            nb_store_transaction_has_file_captured (NbStoreTransaction *self,
                                                           const char         *path);

G_END_DECLS
