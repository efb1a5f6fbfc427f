/* nb-store.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-account.h"
#include "nb-birthday-event.h"
#include "nb-contact.h"
#include "nb-duplicate.h"
#include "nb-history-item.h"
#include "nb-interaction.h"
#include "nb-captured-meeting.h"
#include "nb-give-and-take.h"
#include "nb-match.h"
#include "nb-keep-in-touch.h"
#include "nb-meal-train.h"
#include "nb-meal-train-slot.h"
#include "nb-meeting.h"
#include "nb-network-graph.h"
#include "nb-store-error.h"
#include "nb-suggestion.h"

G_BEGIN_DECLS

#define NB_TYPE_STORE (nb_store_get_type ())

G_DECLARE_FINAL_TYPE (NbStore, nb_store, NB, STORE, GObject)

char       *nb_store_get_default_path          (void) G_GNUC_WARN_UNUSED_RESULT;
NbStore    *nb_store_new                       (const char           *path,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
const char *nb_store_get_path                  (NbStore              *self);
NbContact  *nb_store_get_contact               (NbStore              *self,
                                                gint64                id) G_GNUC_WARN_UNUSED_RESULT;
NbContact  *nb_store_save_contact              (NbStore              *self,
                                                NbContact            *contact,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_delete_contact            (NbStore              *self,
                                                gint64                id,
                                                GError              **error);
void        nb_store_set_contact_hidden        (NbStore              *self,
                                                gint64                id,
                                                gboolean              hidden);
gboolean    nb_store_is_contact_hidden         (NbStore              *self,
                                                gint64                id);
gint64      nb_store_count_contacts            (NbStore              *self);
void        nb_store_list_contact_ids_async    (NbStore              *self,
                                                const char           *search,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GArray     *nb_store_list_contact_ids_finish   (NbStore              *self,
                                                GAsyncResult         *result,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_check_for_changes         (NbStore              *self);

/* Duplicates. */
void        nb_store_find_duplicates_async     (NbStore              *self,
                                                NbProgressFunc        progress,
                                                gpointer              progress_data,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GPtrArray  *nb_store_find_duplicates_finish    (NbStore              *self,
                                                GAsyncResult         *result,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_set_not_duplicates        (NbStore              *self,
                                                GArray               *contact_ids,
                                                GError              **error);
NbContact  *nb_store_merge_contacts            (NbStore              *self,
                                                NbContact            *merged,
                                                GArray               *other_ids,
                                                NbMergeUndo         **undo,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_undo_merge                (NbStore              *self,
                                                NbMergeUndo          *undo,
                                                GError              **error);

NbMeeting  *nb_store_get_meeting               (NbStore              *self,
                                                gint64                id) G_GNUC_WARN_UNUSED_RESULT;
NbMeeting  *nb_store_save_meeting              (NbStore              *self,
                                                NbMeeting            *meeting,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_delete_meeting            (NbStore              *self,
                                                gint64                id,
                                                GError              **error);
void        nb_store_set_meeting_hidden        (NbStore              *self,
                                                gint64                id,
                                                gboolean              hidden);
NbMealTrain *nb_store_save_meal_train          (NbStore              *self,
                                                NbMealTrain          *train,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
NbMealTrain *nb_store_get_meal_train           (NbStore              *self,
                                                gint64                id,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_delete_meal_train         (NbStore              *self,
                                                gint64                id,
                                                GError              **error);
GPtrArray  *nb_store_list_meal_trains          (NbStore              *self,
                                                gint64                recipient,
                                                guint32               until,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_meal_train_slots     (NbStore              *self,
                                                gint64                train_id,
                                                guint32               first_day,
                                                guint32               last_day,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_save_meal_train_slot      (NbStore              *self,
                                                NbMealTrainSlot      *slot,
                                                GError              **error);
GPtrArray  *nb_store_list_meal_train_follow_ups (NbStore             *self,
                                                GDateTime            *now,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_answer_meal_train_slot    (NbStore              *self,
                                                gint64                slot_id,
                                                NbMeetingStatus       status,
                                                GError              **error);
gboolean    nb_store_thank_meal_train_slot     (NbStore              *self,
                                                gint64                slot_id,
                                                NbFollowUp            follow_up,
                                                GError              **error);
gboolean    nb_store_move_meal_train_helper    (NbStore              *self,
                                                gint64                from_slot,
                                                gint64                to_slot,
                                                gint64                helper,
                                                GError              **error);
GPtrArray  *nb_store_list_meetings             (NbStore              *self,
                                                GDateTime            *from,
                                                GDateTime            *to) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_calendar_events      (NbStore              *self,
                                                GDateTime            *from,
                                                GDateTime            *to);
GPtrArray  *nb_store_list_contact_meetings     (NbStore              *self,
                                                gint64                contact_id,
                                                guint                 limit) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_accounts             (NbStore              *self,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_sync_notes           (NbStore              *self,
                                                NbCollectionKind      kind,
                                                const char           *uid) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_follow_ups           (NbStore              *self,
                                                GDateTime            *now) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_log_interaction           (NbStore              *self,
                                                gint64                contact_id,
                                                GDateTime            *when,
                                                NbInteractionKind     kind,
                                                const char           *note,
                                                GError              **error);
void        nb_store_suggest_invitees_async    (NbStore              *self,
                                                GDateTime            *now,
                                                int                   default_cadence,
                                                guint                 limit,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GPtrArray  *nb_store_suggest_invitees_finish   (NbStore              *self,
                                                GAsyncResult         *result,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;

/* The map of the network. */
void        nb_store_load_network_async        (NbStore              *self,
                                                gint64                focus_id,
                                                guint                 max_nodes,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
NbNetworkGraph *nb_store_load_network_finish   (NbStore              *self,
                                                GAsyncResult         *result,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;

/* Interactions captured from the user's calendars. */
gboolean    nb_store_replace_captured_interactions (NbStore          *self,
                                                const char           *source,
                                                GPtrArray            *meetings,
                                                GDateTime            *now,
                                                guint                *n_changed,
                                                GError              **error);
gboolean    nb_store_remove_captured_interactions (NbStore           *self,
                                                const char           *source,
                                                GError              **error);
char       *nb_store_capture_file_source       (const char           *path) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_capture_files        (NbStore              *self,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_capture_calendars    (NbStore              *self,
                                                gint64                account_id,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_set_capture_calendar      (NbStore              *self,
                                                gint64                account_id,
                                                const char           *url,
                                                gboolean              capture,
                                                GError              **error);

/* Needs and offers. */
void        nb_store_find_matches_async        (NbStore              *self,
                                                gint64                contact_id,
                                                gboolean              helpers,
                                                guint                 limit,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GPtrArray  *nb_store_find_matches_finish       (NbStore              *self,
                                                GAsyncResult         *result,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_find_matches              (NbStore              *self,
                                                gint64                contact_id,
                                                gboolean              helpers,
                                                guint                 limit,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;

/* Interactions, history and keep in touch. */
NbGiveAndTake *nb_store_get_give_and_take      (NbStore              *self,
                                                gint64                contact_id,
                                                GDateTime            *now,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_open_introductions   (NbStore              *self,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void        nb_store_list_open_introductions_async  (NbStore             *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GPtrArray  *nb_store_list_open_introductions_finish (NbStore             *self,
                                                     GAsyncResult        *result,
                                                     GError             **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_introductions        (NbStore              *self,
                                                gint64                contact_id,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
NbInteraction *nb_store_save_interaction       (NbStore              *self,
                                                NbInteraction        *interaction,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
NbInteraction *nb_store_get_interaction        (NbStore              *self,
                                                gint64                id) G_GNUC_WARN_UNUSED_RESULT;
NbInteraction *nb_store_find_interaction_by_uid (NbStore             *self,
                                                const char           *uid) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_delete_interaction        (NbStore              *self,
                                                gint64                id,
                                                GError              **error);
gboolean    nb_store_set_interaction_hidden    (NbStore              *self,
                                                gint64                id,
                                                gboolean              hidden,
                                                GError              **error);
GPtrArray  *nb_store_list_history              (NbStore              *self,
                                                gint64                contact_id,
                                                NbHistoryItem        *before,
                                                guint                 limit,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_circles              (NbStore              *self,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_store_set_circle_cadence        (NbStore              *self,
                                                const char           *name,
                                                int                   days,
                                                GError              **error);
gboolean    nb_store_snooze_contact            (NbStore              *self,
                                                gint64                contact_id,
                                                gint64                until,
                                                GError              **error);
gboolean    nb_store_snooze_contacts           (NbStore              *self,
                                                GArray               *contact_ids,
                                                gint64                until,
                                                GError              **error);
NbKeepInTouchEntry *nb_store_get_keep_in_touch (NbStore              *self,
                                                gint64                contact_id,
                                                GDateTime            *now,
                                                int                   default_cadence,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void        nb_store_list_due_async            (NbStore              *self,
                                                GDateTime            *now,
                                                int                   default_cadence,
                                                guint                 offset,
                                                guint                 limit,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GPtrArray  *nb_store_list_due_finish           (NbStore              *self,
                                                GAsyncResult         *result,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_list_due                  (NbStore              *self,
                                                GDateTime            *now,
                                                int                   default_cadence,
                                                guint                 offset,
                                                guint                 limit,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gint64      nb_store_count_due                 (NbStore              *self,
                                                GDateTime            *now,
                                                int                   default_cadence,
                                                GError              **error);
GPtrArray  *nb_store_list_due_soon             (NbStore              *self,
                                                GDateTime            *now,
                                                int                   default_cadence,
                                                guint                 days,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;

GPtrArray  *nb_store_list_birthdays            (NbStore              *self,
                                                const GDate          *from,
                                                guint                 n_days,
                                                guint                 limit,
                                                guint                *n_total) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_store_claim_birthday_notices    (NbStore              *self,
                                                const GDate          *today,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;

/* Reminders. */
GPtrArray  *nb_store_claim_keep_in_touch_digest (NbStore            *self,
                                                 GDateTime          *now,
                                                 int                 default_cadence,
                                                 guint               limit,
                                                 gint64             *n_due,
                                                 GError            **error) G_GNUC_WARN_UNUSED_RESULT;
gint64      nb_store_snooze_due                (NbStore              *self,
                                                GDateTime            *now,
                                                int                   default_cadence,
                                                gint64                until,
                                                GError              **error);

G_END_DECLS
