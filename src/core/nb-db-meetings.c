/* nb-db-meetings.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-db.h"
#include "nb-meeting-private.h"

#define MEETING_COLUMNS \
  "id, uid, kind, start, time_zone, duration, place, address, payer, status, notes, " \
  "follow_up, follow_up_date, created, updated, title, ical_source"

/* A moment in the time zone it was planned in, when that zone is known. */
static GDateTime *
date_time_from_unix (gint64      seconds,
                     const char *zone_id)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);
  g_autoptr(GTimeZone) zone = zone_id ? g_time_zone_new_identifier (zone_id) : NULL;

  if (zone == NULL)
    zone = g_time_zone_new_local ();

  return g_date_time_to_timezone (utc, zone);
}

/**
 * nb_db_load_meeting:
 * @db: a connection
 * @id: a meal's id
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the meal
 */
NbMeeting *
nb_db_load_meeting (NbDb     *db,
                    gint64    id,
                    GError  **error)
{
  g_autoptr(NbMeeting) meeting = NULL;
  g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) follow_up_date = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_select_by_id (db, "SELECT " MEETING_COLUMNS " FROM meetings WHERE id = ?", id,
                             _("The meal does not exist (any more)"), error);
  if (stmt == NULL)
    return NULL;

  meeting = nb_meeting_new ();
  start = date_time_from_unix (sqlite3_column_int64 (stmt, 3), nb_db_column_text (stmt, 4));
  if (sqlite3_column_type (stmt, 12) != SQLITE_NULL)
    follow_up_date = date_time_from_unix (sqlite3_column_int64 (stmt, 12), NULL);

  _nb_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
  nb_meeting_set_uid (meeting, nb_db_column_text (stmt, 1));
  nb_meeting_set_kind (meeting, CLAMP (sqlite3_column_int (stmt, 2), 0, NB_MEAL_N_KINDS - 1));
  nb_meeting_set_start (meeting, start);
  nb_meeting_set_duration (meeting, sqlite3_column_int (stmt, 5));
  nb_meeting_set_place (meeting, nb_db_column_text (stmt, 6));
  nb_meeting_set_address (meeting, nb_db_column_text (stmt, 7));
  nb_meeting_set_payer (meeting, sqlite3_column_int (stmt, 8));
  nb_meeting_set_status (meeting, sqlite3_column_int (stmt, 9));
  nb_meeting_set_notes (meeting, nb_db_column_text (stmt, 10));
  nb_meeting_set_follow_up (meeting, sqlite3_column_int (stmt, 11), follow_up_date);
  nb_meeting_set_title (meeting, nb_db_column_text (stmt, 15));
  nb_meeting_set_ical_source (meeting, nb_db_column_text (stmt, 16));
  _nb_meeting_set_timestamps (meeting, sqlite3_column_int64 (stmt, 13),
                              sqlite3_column_int64 (stmt, 14));
  sqlite3_reset (stmt);

  stmt = nb_db_prepare (db,
                        "SELECT contact_id, name, email FROM meeting_attendees"
                        " WHERE meeting_id = ? ORDER BY position",
                        error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (attendees, nb_attendee_new (sqlite3_column_int64 (stmt, 0),
                                                 nb_db_column_text (stmt, 1),
                                                 nb_db_column_text (stmt, 2)));
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  nb_meeting_set_attendees (meeting, attendees);

  return g_steal_pointer (&meeting);
}

static void
add_touched (GArray *touched,
             gint64  contact_id)
{
  if (touched == NULL || contact_id == 0)
    return;

  for (guint i = 0; i < touched->len; i++)
    if (g_array_index (touched, gint64, i) == contact_id)
      return;

  g_array_append_val (touched, contact_id);
}

/* Notes the contacts a meal is with, as stored now. */
static gboolean
collect_attendee_contacts (NbDb     *db,
                           gint64    meeting_id,
                           GArray   *touched,
                           GError  **error)
{
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db,
                        "SELECT contact_id FROM meeting_attendees"
                        " WHERE meeting_id = ? AND contact_id IS NOT NULL",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  ids = nb_db_collect_ids (db, stmt, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    add_touched (touched, g_array_index (ids, gint64, i));

  return TRUE;
}

static gboolean
update_touched (NbDb     *db,
                GArray   *touched,
                GError  **error)
{
  for (guint i = 0; i < touched->len; i++)
    {
      if (!nb_db_update_last_interaction (db, g_array_index (touched, gint64, i), error))
        return FALSE;
    }

  return TRUE;
}

/**
 * nb_db_write_meeting:
 * @db: a connection, inside a transaction
 * @meeting: a meal; inserted when its id is 0, else updated
 * @touched_contacts: (nullable) (element-type gint64): where to add the
 *   contacts whose last interaction may have changed
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_write_meeting (NbDb       *db,
                     NbMeeting  *meeting,
                     GArray     *touched_contacts,
                     GError    **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *attendees = nb_meeting_get_attendees (meeting);
  GDateTime *start = nb_meeting_get_start (meeting);
  GDateTime *follow_up_date = nb_meeting_get_follow_up_date (meeting);
  gint64 id = nb_meeting_get_id (meeting);
  gint64 now = nb_db_now_usec ();
  gint64 created = id ? nb_meeting_get_created (meeting) : now;
  const char *zone;
  sqlite3_stmt *stmt;

  g_assert (nb_db_in_transaction (db));

  if (start == NULL)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                           _("A meal needs a date and a time"));
      return FALSE;
    }

  if (nb_meeting_get_uid (meeting) == NULL)
    {
      g_autofree char *uid = g_uuid_string_random ();

      nb_meeting_set_uid (meeting, uid);
    }

  /* Its attendees before the change may no longer be in touch through it. */
  if (id != 0 && !collect_attendee_contacts (db, id, touched, error))
    return FALSE;

  if (id == 0)
    stmt = nb_db_prepare (db,
                          "INSERT INTO meetings (uid, kind, start, time_zone, duration, place,"
                          " address, payer, status, notes, follow_up, follow_up_date, created,"
                          " updated, title, ical_source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                          " ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                          error);
  else
    stmt = nb_db_prepare (db,
                          "UPDATE meetings SET uid = ?1, kind = ?2, start = ?3, time_zone = ?4,"
                          " duration = ?5, place = ?6, address = ?7, payer = ?8, status = ?9,"
                          " notes = ?10, follow_up = ?11, follow_up_date = ?12, updated = ?14,"
                          " title = ?15, ical_source = ?16 WHERE id = ?17",
                          error);
  if (stmt == NULL)
    return FALSE;

  zone = g_time_zone_get_identifier (g_date_time_get_timezone (start));
  sqlite3_bind_text (stmt, 1, nb_meeting_get_uid (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, nb_meeting_get_kind (meeting));
  sqlite3_bind_int64 (stmt, 3, g_date_time_to_unix (start));
  nb_db_bind_text_or_null (stmt, 4, zone);
  sqlite3_bind_int (stmt, 5, nb_meeting_get_duration (meeting));
  nb_db_bind_text_or_null (stmt, 6, nb_meeting_get_place (meeting));
  nb_db_bind_text_or_null (stmt, 7, nb_meeting_get_address (meeting));
  sqlite3_bind_int (stmt, 8, nb_meeting_get_payer (meeting));
  sqlite3_bind_int (stmt, 9, nb_meeting_get_status (meeting));
  nb_db_bind_text_or_null (stmt, 10, nb_meeting_get_notes (meeting));
  sqlite3_bind_int (stmt, 11, nb_meeting_get_follow_up (meeting));
  if (follow_up_date != NULL)
    sqlite3_bind_int64 (stmt, 12, g_date_time_to_unix (follow_up_date));
  if (id == 0)
    sqlite3_bind_int64 (stmt, 13, created);
  sqlite3_bind_int64 (stmt, 14, now);
  nb_db_bind_text_or_null (stmt, 15, nb_meeting_get_title (meeting));
  nb_db_bind_text_or_null (stmt, 16, nb_meeting_get_ical_source (meeting));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 17, id);

  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  if (id == 0)
    id = sqlite3_last_insert_rowid (nb_db_get_handle (db));
  else if (sqlite3_changes (nb_db_get_handle (db)) == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("The meal was deleted meanwhile"));
      return FALSE;
    }

  stmt = nb_db_prepare (db, "DELETE FROM meeting_attendees WHERE meeting_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  stmt = nb_db_prepare (db,
                        "INSERT INTO meeting_attendees (meeting_id, position, contact_id, name, email)"
                        " VALUES (?, ?, (SELECT id FROM contacts WHERE id = ?), ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < attendees->len; i++)
    {
      NbAttendee *attendee = g_ptr_array_index (attendees, i);

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      /* A contact deleted meanwhile leaves only the name. */
      sqlite3_bind_int64 (stmt, 3, attendee->contact_id);
      sqlite3_bind_text (stmt, 4, attendee->name, -1, SQLITE_TRANSIENT);
      nb_db_bind_text_or_null (stmt, 5, attendee->email);
      if (!nb_db_step_done (db, stmt, error))
        return FALSE;
      add_touched (touched, attendee->contact_id);
    }

  if (!update_touched (db, touched, error))
    return FALSE;

  _nb_meeting_set_id (meeting, id);
  _nb_meeting_set_timestamps (meeting, created, now);

  for (guint i = 0; i < touched->len; i++)
    add_touched (touched_contacts, g_array_index (touched, gint64, i));

  return TRUE;
}

/**
 * nb_db_delete_meeting:
 * @db: a connection, inside a transaction
 * @id: a meal's id
 * @touched_contacts: (nullable) (element-type gint64): where to add the
 *   contacts whose last interaction may have changed
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_delete_meeting (NbDb     *db,
                      gint64    id,
                      GArray   *touched_contacts,
                      GError  **error)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  g_assert (nb_db_in_transaction (db));

  if (!collect_attendee_contacts (db, id, touched, error))
    return FALSE;

  stmt = nb_db_prepare (db, "DELETE FROM meetings WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!nb_db_step_done (db, stmt, error) || !update_touched (db, touched, error))
    return FALSE;

  for (guint i = 0; i < touched->len; i++)
    add_touched (touched_contacts, g_array_index (touched, gint64, i));

  return TRUE;
}

/**
 * nb_db_list_meeting_ids:
 * @db: a connection
 * @from: the start of a period, in seconds since 1970
 * @to: its end, excluded
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type gint64): the meals that take place
 *   during the period, by time
 */
GArray *
nb_db_list_meeting_ids (NbDb     *db,
                        gint64    from,
                        gint64    to,
                        GError  **error)
{
  /* No meal lasts more than a day: the index finds the candidates. */
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "SELECT id FROM meetings WHERE start >= ?1 - 86400"
                                      " AND start < ?2 AND start + duration * 60 > ?1"
                                      " ORDER BY start, id",
                                      error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  return nb_db_collect_ids (db, stmt, error);
}

/**
 * nb_db_list_contact_meeting_ids:
 * @db: a connection
 * @contact_id: a contact
 * @limit: how many at most, or 0 for all
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type gint64): a contact's meals, the
 *   latest first
 */
GArray *
nb_db_list_contact_meeting_ids (NbDb     *db,
                                gint64    contact_id,
                                guint     limit,
                                GError  **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "SELECT m.id FROM meeting_attendees a"
                                      " JOIN meetings m ON m.id = a.meeting_id"
                                      " WHERE a.contact_id = ? ORDER BY m.start DESC, m.id LIMIT ?",
                                      error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
  return nb_db_collect_ids (db, stmt, error);
}

/**
 * nb_db_list_follow_up_ids:
 * @db: a connection
 * @now: the current time, in seconds since 1970
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type gint64): the planned meals whose
 *   time has passed (did they happen?), and the meals that happened and
 *   still call for a thank-you note, oldest first
 */
GArray *
nb_db_list_follow_up_ids (NbDb     *db,
                          gint64    now,
                          GError  **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "SELECT id FROM meetings INDEXED BY meetings_open"
                                      " WHERE (status = 0 OR follow_up = 1)"
                                      " AND ((status = 0 AND start + duration * 60 <= ?1)"
                                      " OR (status = 1 AND follow_up = 1))"
                                      " ORDER BY start, id",
                                      error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, now);
  return nb_db_collect_ids (db, stmt, error);
}

gint64
nb_db_find_meeting_by_uid (NbDb        *db,
                           const char  *uid,
                           GError     **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT id FROM meetings WHERE uid = ?", error);

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  return nb_db_find_id (db, stmt, error);
}

/**
 * nb_db_find_contact_by_email:
 *
 * Returns: the first contact with @email (ignoring case), 0 if none, -1 on
 *   error
 */
gint64
nb_db_find_contact_by_email (NbDb        *db,
                             const char  *email,
                             GError     **error)
{
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "SELECT contact_id FROM contact_fields"
                                      " WHERE kind = 0 AND lower (value) = lower (?)"
                                      " ORDER BY contact_id LIMIT 1",
                                      error);

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, email, -1, SQLITE_TRANSIENT);
  ids = nb_db_collect_ids (db, stmt, error);
  if (ids == NULL)
    return -1;

  return ids->len ? g_array_index (ids, gint64, 0) : 0;
}

/**
 * nb_db_list_all_meeting_ids:
 *
 * Returns: (transfer full) (element-type gint64): every meal, by time
 */
GArray *
nb_db_list_all_meeting_ids (NbDb     *db,
                            GError  **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT id FROM meetings ORDER BY start, id", error);

  if (stmt == NULL)
    return NULL;

  return nb_db_collect_ids (db, stmt, error);
}

/**
 * nb_db_list_meeting_time_zones:
 * @db: a connection
 * @first_starts: (out) (element-type gint64): for each zone, the start of
 *   its first meal, in seconds since 1970
 * @error: return location for an error
 *
 * Returns: (transfer full): the time zones meals were planned in
 */
GStrv
nb_db_list_meeting_time_zones (NbDb     *db,
                               GArray  **first_starts,
                               GError  **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "SELECT time_zone, min (start) FROM meetings"
                                      " WHERE time_zone IS NOT NULL GROUP BY time_zone ORDER BY 1",
                                      error);
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 start = sqlite3_column_int64 (stmt, 1);

      g_strv_builder_add (builder, nb_db_column_text (stmt, 0));
      g_array_append_val (starts, start);
    }

  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  *first_starts = g_steal_pointer (&starts);
  return g_strv_builder_end (builder);
}

/**
 * nb_db_update_last_interaction:
 * @db: a connection, inside a transaction
 * @contact_id: a contact
 * @error: return location for an error
 *
 * Sets the contact's last interaction from its meals that happened and its
 * interactions (hidden ones left out), and what the keep-in-touch list
 * finds it by.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_update_last_interaction (NbDb     *db,
                               gint64    contact_id,
                               GError  **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db,
                                      "UPDATE contacts SET (last_interaction, last_interaction_kind) ="
                                      " (SELECT date, kind FROM ("
                                      "   SELECT m.start AS date, 0 AS kind, 0 AS id"
                                      "   FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id"
                                      "   WHERE a.contact_id = ?1 AND m.status = 1"
                                      "   UNION ALL"
                                      "   SELECT * FROM (SELECT p.date, i.kind, i.id FROM interaction_people p"
                                      "    JOIN interactions i ON i.id = p.interaction_id"
                                      "    WHERE p.contact_id = ?1 AND i.hidden = 0"
                                      "    ORDER BY p.date DESC, p.interaction_id DESC LIMIT 1))"
                                      "  ORDER BY date DESC, id DESC LIMIT 1)"
                                      " WHERE id = ?1",
                                      error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  return nb_db_step_done (db, stmt, error) &&
         nb_db_update_keep_in_touch (db, contact_id, error);
}
