/* nb-db.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "nb-account.h"
#include "nb-birthday-event.h"
#include "nb-contact.h"
#include "nb-duplicate.h"
#include "nb-history-item.h"
#include "nb-interaction.h"
#include "nb-keep-in-touch.h"
#include "nb-calendar-event.h"
#include "nb-captured-meeting.h"
#include "nb-give-and-take.h"
#include "nb-match.h"
#include "nb-meal-train.h"
#include "nb-meal-train-slot.h"
#include "nb-meeting.h"
#include "nb-network-graph.h"
#include "nb-store-error.h"
#include "nb-suggestion.h"

G_BEGIN_DECLS

/* NbDb: one SQLite connection, used by one thread at a time. This and
 * nb-store*.c are the only code that speaks SQL. */
typedef struct _NbDb NbDb;

/* The primary connection creates and upgrades the file; secondary ones,
 * for worker threads, open the file the primary one prepared. */
typedef enum
{
  NB_DB_PRIMARY,
  NB_DB_SECONDARY,
} NbDbMode;

typedef gboolean (*NbMigrationFunc) (NbDb    *db,
                                     GError **error);

typedef struct
{
  int             version;
  const char     *sql;
  NbMigrationFunc func;
} NbMigration;

/* Values of contact_fields.kind. */
typedef enum
{
  NB_FIELD_KIND_EMAIL   = 0,
  NB_FIELD_KIND_PHONE   = 1,
  NB_FIELD_KIND_WEBSITE = 2,
} NbFieldKind;

#define NB_DB_SCHEMA_VERSION 15

NbDb         *nb_db_open                 (const char         *path,
                                          NbDbMode            mode,
                                          GError            **error);
const NbMigration *_nb_db_get_migrations (guint            *n_migrations);
NbDb         *_nb_db_open_with_migrations (const char        *path,
                                          const NbMigration  *migrations,
                                          guint               n_migrations,
                                          GError            **error);
void          nb_db_close                (NbDb               *db);
sqlite3      *nb_db_get_handle           (NbDb               *db);
const char   *nb_db_get_path             (NbDb               *db);
sqlite3_stmt *nb_db_prepare              (NbDb               *db,
                                          const char         *sql,
                                          GError            **error);
gboolean      nb_db_exec                 (NbDb               *db,
                                          const char         *sql,
                                          GError            **error);
gboolean      nb_db_step_done            (NbDb               *db,
                                          sqlite3_stmt       *stmt,
                                          GError            **error);
gboolean      nb_db_finish_rows          (NbDb               *db,
                                          sqlite3_stmt       *stmt,
                                          int                 rc,
                                          GError            **error);
GArray       *nb_db_collect_ids          (NbDb               *db,
                                          sqlite3_stmt       *stmt,
                                          GError            **error);
gint64        nb_db_find_id              (NbDb               *db,
                                          sqlite3_stmt       *stmt,
                                          GError            **error);
sqlite3_stmt *nb_db_select_by_id         (NbDb               *db,
                                          const char         *sql,
                                          gint64              id,
                                          const char         *not_found,
                                          GError            **error);
const char   *nb_db_column_text          (sqlite3_stmt       *stmt,
                                          int                 column);
void          nb_db_bind_text_or_null    (sqlite3_stmt       *stmt,
                                          int                 index,
                                          const char         *text);
gboolean      nb_db_begin                (NbDb               *db,
                                          GError            **error);
gboolean      nb_db_commit               (NbDb               *db,
                                          GError            **error);
void          nb_db_rollback             (NbDb               *db);
void          nb_db_note_emails_written  (NbDb               *db);
gboolean      nb_db_in_transaction       (NbDb               *db);
gboolean      nb_db_set_error            (NbDb               *db,
                                          int                 rc,
                                          GError            **error);
gint64        nb_db_data_version         (NbDb               *db);

/* Birthdays (nb-db-birthdays.c). */
typedef gboolean (*NbDbBirthdayFunc) (const char        *uid,
                                      const char        *name,
                                      const NbBirthday  *birthday,
                                      gpointer           user_data,
                                      GError           **error);

GString      *nb_db_birthday_days_sql    (const GDate        *from,
                                          guint               n_days);
GPtrArray    *nb_db_list_birthdays       (NbDb               *db,
                                          const GDate        *from,
                                          guint               n_days,
                                          guint               limit,
                                          GHashTable         *hidden,
                                          guint              *n_total,
                                          GError            **error);
GPtrArray    *nb_db_claim_birthday_notices (NbDb             *db,
                                          const GDate        *today,
                                          GHashTable         *hidden,
                                          GError            **error);
gboolean      nb_db_foreach_birthday     (NbDb               *db,
                                          NbDbBirthdayFunc    func,
                                          gpointer            user_data,
                                          GError            **error);

/* Contacts (nb-db-contacts.c). */
NbContact    *nb_db_load_contact         (NbDb               *db,
                                          gint64              id,
                                          GError            **error);
gboolean      nb_db_reload_contact       (NbDb               *db,
                                          NbContact          *contact,
                                          GError            **error);
gboolean      nb_db_write_contact        (NbDb               *db,
                                          NbContact          *contact,
                                          GError            **error);
gboolean      nb_db_delete_contact       (NbDb               *db,
                                          gint64              id,
                                          GError            **error);
GArray       *nb_db_list_contact_ids     (NbDb               *db,
                                          const char         *search,
                                          GHashTable         *hidden,
                                          GCancellable       *cancellable,
                                          GError            **error);
gint64        nb_db_find_contact_by_uid  (NbDb               *db,
                                          const char         *uid,
                                          GError            **error);
gint64        nb_db_find_duplicate       (NbDb               *db,
                                          NbContact          *contact,
                                          GError            **error);
gint64        nb_db_count_contacts       (NbDb               *db,
                                          GError            **error);
gboolean      nb_db_update_sort_keys     (NbDb               *db,
                                          GError            **error);
gint64        nb_db_now_usec             (void);

/* Duplicates, merge and Undo (nb-db-duplicates.c). */
GPtrArray    *nb_db_find_duplicates      (NbDb               *db,
                                          GCancellable       *cancellable,
                                          NbProgressFunc      progress,
                                          gpointer            progress_data,
                                          GError            **error);
gboolean      nb_db_set_not_duplicates   (NbDb               *db,
                                          GArray             *contact_ids,
                                          GError            **error);
gboolean      nb_db_merge_contacts       (NbDb               *db,
                                          NbContact          *merged,
                                          GArray             *other_ids,
                                          NbMergeUndo       **undo,
                                          GError            **error);
gboolean      nb_db_undo_merge           (NbDb               *db,
                                          NbMergeUndo        *undo,
                                          GError            **error);

/* Meal trains (nb-db-meal-trains.c). */
NbMealTrain  *nb_db_load_meal_train      (NbDb               *db,
                                          gint64              id,
                                          GError            **error);
gint64        nb_db_find_meal_train_by_uid (NbDb             *db,
                                          const char         *uid,
                                          GError            **error);
gboolean      nb_db_write_meal_train     (NbDb               *db,
                                          NbMealTrain        *train,
                                          GError            **error);
gboolean      nb_db_delete_meal_train    (NbDb               *db,
                                          gint64              id,
                                          GError            **error);
GArray       *nb_db_list_meal_train_ids  (NbDb               *db,
                                          gint64              recipient,
                                          guint32             until,
                                          GError            **error);
NbMealTrainSlot *nb_db_load_meal_train_slot (NbDb            *db,
                                          gint64              id,
                                          GError            **error);
GPtrArray    *nb_db_list_meal_train_slots (NbDb              *db,
                                          gint64              train_id,
                                          guint32             first_day,
                                          guint32             last_day,
                                          GError            **error);
gboolean      nb_db_write_meal_train_slot (NbDb              *db,
                                          NbMealTrainSlot    *slot,
                                          GError            **error);
GPtrArray    *nb_db_list_meal_train_follow_ups (NbDb         *db,
                                          guint32             today,
                                          GError            **error);
gboolean      nb_db_answer_meal_train_slot (NbDb             *db,
                                          gint64              slot_id,
                                          NbMeetingStatus     status,
                                          GArray             *touched,
                                          GError            **error);
gboolean      nb_db_thank_meal_train_slot (NbDb              *db,
                                          gint64              slot_id,
                                          NbFollowUp          follow_up,
                                          GArray             *touched,
                                          GError            **error);

/* Meals and interactions (nb-db-meetings.c). */
NbMeeting    *nb_db_load_meeting         (NbDb               *db,
                                          gint64              id,
                                          GError            **error);
gboolean      nb_db_write_meeting        (NbDb               *db,
                                          NbMeeting          *meeting,
                                          GArray             *touched_contacts,
                                          GError            **error);
gboolean      nb_db_delete_meeting       (NbDb               *db,
                                          gint64              id,
                                          GArray             *touched_contacts,
                                          GError            **error);
GArray       *nb_db_list_meeting_ids     (NbDb               *db,
                                          gint64              from,
                                          gint64              to,
                                          GError            **error);
GArray       *nb_db_list_contact_meeting_ids (NbDb           *db,
                                          gint64              contact_id,
                                          guint               limit,
                                          GError            **error);
GArray       *nb_db_list_follow_up_ids   (NbDb               *db,
                                          gint64              now,
                                          GError            **error);
gint64        nb_db_find_meeting_by_uid  (NbDb               *db,
                                          const char         *uid,
                                          GError            **error);
gint64        nb_db_find_contact_by_email (NbDb              *db,
                                          const char         *email,
                                          GError            **error);
GArray       *nb_db_list_all_meeting_ids (NbDb               *db,
                                          GError            **error);
GStrv         nb_db_list_meeting_time_zones (NbDb            *db,
                                          GArray            **first_starts,
                                          GError            **error);
gboolean      nb_db_update_last_interaction (NbDb            *db,
                                          gint64              contact_id,
                                          GError            **error);

/* Interactions captured from calendars (nb-db-capture.c). */
gboolean      nb_db_replace_captured     (NbDb               *db,
                                          const char         *source,
                                          GPtrArray          *meetings,
                                          gint64              now,
                                          GArray             *touched,
                                          guint              *n_changed,
                                          GError            **error);

char         *nb_db_capture_file_source  (const char         *path) G_GNUC_WARN_UNUSED_RESULT;
char         *nb_db_capture_source       (gint64              account_id,
                                          const char         *url) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray    *nb_db_list_capture_calendars (NbDb             *db,
                                          gint64              account_id,
                                          GError            **error);
gboolean      nb_db_set_capture_calendar (NbDb               *db,
                                          gint64              account_id,
                                          const char         *url,
                                          gboolean            capture,
                                          GArray             *touched,
                                          GError            **error);
GPtrArray    *nb_db_list_capture_files   (NbDb               *db,
                                          GError            **error);
gboolean      nb_db_get_capture_state    (NbDb               *db,
                                          gint64              account_id,
                                          const char         *url,
                                          char              **state,
                                          gint64             *recheck,
                                          GError            **error);
gboolean      nb_db_set_capture_state    (NbDb               *db,
                                          gint64              account_id,
                                          const char         *url,
                                          const char         *state,
                                          gint64              recheck,
                                          GError            **error);
gboolean      nb_db_forget_account_captures (NbDb            *db,
                                          gint64              account_id,
                                          GError            **error);

/* Interactions and history (nb-db-interactions.c). */
NbInteraction *nb_db_load_interaction    (NbDb               *db,
                                          gint64              id,
                                          GError            **error);
gint64        nb_db_find_interaction_by_uid (NbDb            *db,
                                          const char         *uid,
                                          GError            **error);
gboolean      nb_db_write_interaction    (NbDb               *db,
                                          NbInteraction      *interaction,
                                          GArray             *touched,
                                          GError            **error);
gboolean      nb_db_delete_interaction   (NbDb               *db,
                                          gint64              id,
                                          GArray             *touched,
                                          GError            **error);
gboolean      nb_db_set_interaction_hidden (NbDb             *db,
                                          gint64              id,
                                          gboolean            hidden,
                                          GArray             *touched,
                                          GError            **error);
GPtrArray    *nb_db_list_open_introductions (NbDb            *db,
                                          GError            **error);
GPtrArray    *nb_db_list_introductions   (NbDb               *db,
                                          gint64              contact_id,
                                          GError            **error);
GArray       *nb_db_list_hidden_interactions (NbDb           *db,
                                          GError            **error);
GPtrArray    *nb_db_find_matches         (NbDb               *db,
                                          gint64              contact_id,
                                          gboolean            helpers,
                                          guint               limit,
                                          GError            **error);
gboolean      nb_db_load_give_and_take   (NbDb               *db,
                                          gint64              contact_id,
                                          gint64              since,
                                          gint64              until,
                                          NbGiveAndTake      *out,
                                          GError            **error);
GPtrArray    *nb_db_list_history         (NbDb               *db,
                                          gint64              contact_id,
                                          NbHistoryItem      *before,
                                          const GDate        *today,
                                          guint               limit,
                                          GHashTable         *hidden_meetings,
                                          GError            **error);

/* Keep in touch (nb-db-keep-in-touch.c). */
typedef struct
{
  gint64 contact_id;
  int    rhythm_days;
  double overdue;
} NbDbOverdue;

typedef gboolean (*NbDbOverdueFilter) (NbDb     *db,
                                       gint64    contact_id,
                                       gpointer  user_data,
                                       GError  **error);

gboolean      nb_db_update_keep_in_touch (NbDb               *db,
                                          gint64              contact_id,
                                          GError            **error);
gboolean      nb_db_set_circle_cadence   (NbDb               *db,
                                          const char         *name,
                                          int                 days,
                                          GError            **error);
GPtrArray    *nb_db_list_circles         (NbDb               *db,
                                          GError            **error);
gboolean      nb_db_snooze_contact       (NbDb               *db,
                                          gint64              contact_id,
                                          gint64              until,
                                          GError            **error);
NbKeepInTouchEntry *nb_db_load_keep_in_touch (NbDb           *db,
                                          gint64              contact_id,
                                          guint32             today,
                                          int                 default_cadence,
                                          GError            **error);
GArray       *nb_db_list_overdue         (NbDb               *db,
                                          guint32             today,
                                          int                 default_cadence,
                                          double              min_overdue,
                                          const double       *never_floor,
                                          NbDbOverdueFilter   filter,
                                          gpointer            filter_data,
                                          GHashTable         *hidden,
                                          guint               skip,
                                          guint               n,
                                          GCancellable       *cancellable,
                                          GError            **error);
GPtrArray    *nb_db_list_due             (NbDb               *db,
                                          guint32             today,
                                          int                 default_cadence,
                                          guint               offset,
                                          guint               limit,
                                          GHashTable         *hidden,
                                          GCancellable       *cancellable,
                                          GError            **error);
gint64        nb_db_count_due            (NbDb               *db,
                                          guint32             today,
                                          int                 default_cadence,
                                          GHashTable         *hidden,
                                          GError            **error);
GPtrArray    *nb_db_list_due_soon        (NbDb               *db,
                                          guint32             today,
                                          int                 default_cadence,
                                          guint               days,
                                          GHashTable         *hidden,
                                          GError            **error);

/* Reminders (nb-db-reminders.c). */
gboolean      nb_db_get_digest_day       (NbDb               *db,
                                          guint32            *day,
                                          GError            **error);
gboolean      nb_db_set_digest_day       (NbDb               *db,
                                          guint32             day,
                                          GError            **error);
gint64        nb_db_snooze_due           (NbDb               *db,
                                          guint32             today,
                                          int                 default_cadence,
                                          gint64              until,
                                          GHashTable         *hidden,
                                          GError            **error);

/* Whom to invite next (nb-db-suggestions.c). */
GPtrArray    *nb_db_suggest_invitees     (NbDb               *db,
                                          GDateTime          *now,
                                          int                 default_cadence,
                                          guint               limit,
                                          GHashTable         *hidden,
                                          GCancellable       *cancellable,
                                          GError            **error);

/* The map of the network (nb-db-network.c). */
NbNetworkGraph *nb_db_load_network       (NbDb               *db,
                                          gint64              focus_id,
                                          guint               max_nodes,
                                          gint64              now,
                                          GHashTable         *hidden,
                                          GCancellable       *cancellable,
                                          GError            **error);

/* Sync (nb-db-sync.c). */

GPtrArray    *nb_db_list_accounts        (NbDb               *db,
                                          GError            **error);
gint64        nb_db_add_account          (NbDb               *db,
                                          NbAccount          *account,
                                          GError            **error);
gboolean      nb_db_remove_account       (NbDb               *db,
                                          gint64              id,
                                          GError            **error);
gboolean      nb_db_set_account_status   (NbDb               *db,
                                          gint64              id,
                                          gint64              last_sync,
                                          const char         *last_error,
                                          GError            **error);
gboolean      nb_db_get_sync_state       (NbDb               *db,
                                          gint64              account_id,
                                          NbCollectionKind    kind,
                                          gint64             *collection_id,
                                          char              **sync_token,
                                          char              **ctag,
                                          GError            **error);
gboolean      nb_db_set_sync_state       (NbDb               *db,
                                          gint64              collection_id,
                                          const char         *sync_token,
                                          const char         *ctag,
                                          GError            **error);
gboolean      nb_db_find_sync_item       (NbDb               *db,
                                          gint64              collection_id,
                                          const char         *uid,
                                          const char         *href,
                                          NbSyncItem        **item,
                                          GError            **error);
gboolean      nb_db_save_sync_item       (NbDb               *db,
                                          gint64              collection_id,
                                          const char         *uid,
                                          const char         *href,
                                          const char         *etag,
                                          const char         *base,
                                          gint64              synced,
                                          GError            **error);
gboolean      nb_db_is_synced            (NbDb               *db,
                                          const char         *uid);
gboolean      nb_db_delete_sync_item     (NbDb               *db,
                                          gint64              collection_id,
                                          const char         *uid,
                                          GError            **error);
GPtrArray    *nb_db_list_sync_uploads    (NbDb               *db,
                                          NbCollectionKind    kind,
                                          gint64              collection_id,
                                          GError            **error);
GPtrArray    *nb_db_list_sync_removals   (NbDb               *db,
                                          NbCollectionKind    kind,
                                          gint64              collection_id,
                                          GError            **error);
gboolean      nb_db_save_calendar_event  (NbDb               *db,
                                          gint64              collection_id,
                                          const char         *href,
                                          const char         *etag,
                                          NbCalendarEvent    *event,
                                          GError            **error);
gboolean      nb_db_delete_calendar_event (NbDb              *db,
                                          gint64              collection_id,
                                          const char         *href,
                                          GError            **error);
GPtrArray    *nb_db_list_calendar_events (NbDb               *db,
                                          gint64              from,
                                          gint64              to,
                                          GError            **error);
GHashTable   *nb_db_list_sync_etags      (NbDb               *db,
                                          gint64              collection_id,
                                          GError            **error);
gboolean      nb_db_add_sync_note        (NbDb               *db,
                                          NbCollectionKind    kind,
                                          const char         *uid,
                                          const char         *summary,
                                          const char         *data,
                                          GError            **error);
GPtrArray    *nb_db_list_sync_notes      (NbDb               *db,
                                          NbCollectionKind    kind,
                                          const char         *uid,
                                          GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbDb, nb_db_close)

G_END_DECLS
