/* nb-db-interactions.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-db.h"
#include "nb-history-item.h"
#include "nb-interaction-private.h"
#include "nb-week.h"
#include "nb-keep-in-touch.h"

/* Interactions, the people they are with, and a contact's history. An
 * interaction's people are rows of interaction_people that repeat its
 * date, so that a contact's interactions, newest first, are one walk of
 * an index, and every change of an interaction sets the last interaction
 * of each person it touched, before and after, in the same transaction. */

#define INTERACTION_COLUMNS \
  "id, uid, kind, date, has_time, note, title, ical_source, created, updated," \
  " answer, answered, initiator, introducer, introduced, followed_up"

static void
add_id (GArray *ids,
        gint64  id)
{
  if (ids == NULL || id <= 0)
    return;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return;

  g_array_append_val (ids, id);
}

static gboolean
collect_people (NbDb     *db,
                gint64    interaction_id,
                GArray   *into,
                GError  **error)
{
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db,
                        "SELECT contact_id FROM interaction_people WHERE interaction_id = ?"
                        " ORDER BY contact_id",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, interaction_id);
  ids = nb_db_collect_ids (db, stmt, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    add_id (into, g_array_index (ids, gint64, i));

  return TRUE;
}

/* Where each person stands in an introduction's opt-in. */
static gboolean
load_opt_ins (NbDb           *db,
              NbInteraction  *interaction,
              GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT contact_id, opt_in FROM interaction_people"
                        " WHERE interaction_id = ? AND opt_in <> 0",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, nb_interaction_get_id (interaction));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    nb_interaction_set_opt_in (interaction, sqlite3_column_int64 (stmt, 0),
                               CLAMP (sqlite3_column_int (stmt, 1), 0, NB_N_OPT_INS - 1));
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || nb_db_set_error (db, rc, error);
}

static gboolean
update_people (NbDb     *db,
               GArray   *people,
               GError  **error)
{
  for (guint i = 0; i < people->len; i++)
    {
      if (!nb_db_update_last_interaction (db, g_array_index (people, gint64, i), error))
        return FALSE;
    }

  return TRUE;
}

/**
 * nb_db_load_interaction:
 * @db: a connection
 * @id: an interaction's id
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the interaction, hidden or not
 */
NbInteraction *
nb_db_load_interaction (NbDb     *db,
                        gint64    id,
                        GError  **error)
{
  g_autoptr(NbInteraction) interaction = nb_interaction_new ();
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 introducer;
  sqlite3_stmt *stmt;

  stmt = nb_db_select_by_id (db, "SELECT " INTERACTION_COLUMNS " FROM interactions WHERE id = ?",
                             id, _("The interaction does not exist (any more)"), error);
  if (stmt == NULL)
    return NULL;

  _nb_interaction_set_id (interaction, sqlite3_column_int64 (stmt, 0));
  nb_interaction_set_uid (interaction, nb_db_column_text (stmt, 1));
  nb_interaction_set_kind (interaction, CLAMP (sqlite3_column_int (stmt, 2), 0,
                                               NB_INTERACTION_N_KINDS - 1));
  nb_interaction_set_date (interaction, sqlite3_column_int64 (stmt, 3));
  nb_interaction_set_has_time (interaction, sqlite3_column_int (stmt, 4) != 0);
  nb_interaction_set_note (interaction, nb_db_column_text (stmt, 5));
  nb_interaction_set_title (interaction, nb_db_column_text (stmt, 6));
  nb_interaction_set_ical_source (interaction, nb_db_column_text (stmt, 7));
  _nb_interaction_set_timestamps (interaction, sqlite3_column_int64 (stmt, 8),
                                  sqlite3_column_int64 (stmt, 9));
  nb_interaction_set_answer (interaction, CLAMP (sqlite3_column_int (stmt, 10), 0, NB_N_ANSWERS - 1));
  nb_interaction_set_answered (interaction, sqlite3_column_int64 (stmt, 11));
  nb_interaction_set_initiator (interaction, CLAMP (sqlite3_column_int (stmt, 12), 0,
                                                    NB_N_INITIATORS - 1));

  nb_interaction_set_introduced (interaction, sqlite3_column_int64 (stmt, 14));
  nb_interaction_set_followed_up (interaction, sqlite3_column_int64 (stmt, 15));
  introducer = sqlite3_column_int64 (stmt, 13);
  sqlite3_reset (stmt);

  if (!collect_people (db, id, people, error))
    return NULL;
  nb_interaction_set_people (interaction, people);
  if (nb_interaction_has_person (interaction, introducer))
    nb_interaction_set_introducer (interaction, introducer);

  return load_opt_ins (db, interaction, error) ? g_steal_pointer (&interaction) : NULL;
}

/**
 * nb_db_find_interaction_by_uid:
 * @db: a connection
 * @uid: a UID
 * @error: return location for an error
 *
 * Returns: the interaction's id, 0 if there is none, -1 on error
 */
gint64
nb_db_find_interaction_by_uid (NbDb        *db,
                               const char  *uid,
                               GError     **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT id FROM interactions WHERE uid = ?", error);

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  return nb_db_find_id (db, stmt, error);
}

static gboolean
check_people (NbDb           *db,
              NbInteraction  *interaction,
              GError        **error)
{
  GArray *people = nb_interaction_get_people (interaction);
  sqlite3_stmt *stmt;

  if (people->len == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                           _("An interaction needs at least one person"));
      return FALSE;
    }

  stmt = nb_db_prepare (db, "SELECT id FROM contacts WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < people->len; i++)
    {
      gint64 found;

      sqlite3_bind_int64 (stmt, 1, g_array_index (people, gint64, i));
      found = nb_db_find_id (db, stmt, error);
      if (found < 0)
        return FALSE;
      if (found == 0)
        {
          g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                               _("The contact does not exist (any more)"));
          return FALSE;
        }
    }

  return TRUE;
}

static void
bind_positive_or_null (sqlite3_stmt *stmt,
                       int           column,
                       gint64        value)
{
  if (value > 0)
    sqlite3_bind_int64 (stmt, column, value);
  else
    sqlite3_bind_null (stmt, column);
}

/**
 * nb_db_write_interaction:
 * @db: a connection, inside a transaction
 * @interaction: an interaction; inserted when its id is 0, else updated
 * @touched: (nullable) (element-type gint64): where to add the contacts
 *   whose last interaction may have changed (its people before and after)
 * @error: return location for an error
 *
 * Writes @interaction and its people, and sets the last interaction of
 * every person it was or is with. A new one gets its id, a UID when it
 * has none, and its timestamps.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_write_interaction (NbDb           *db,
                         NbInteraction  *interaction,
                         GArray         *touched,
                         GError        **error)
{
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *now_with = nb_interaction_get_people (interaction);
  gint64 id = nb_interaction_get_id (interaction);
  gint64 now = nb_db_now_usec ();
  gint64 created = id ? nb_interaction_get_created (interaction) : now;
  sqlite3_stmt *stmt;

  g_assert (nb_db_in_transaction (db));

  if (!check_people (db, interaction, error))
    return FALSE;

  if (nb_interaction_get_uid (interaction) == NULL)
    {
      g_autofree char *uid = g_uuid_string_random ();

      nb_interaction_set_uid (interaction, uid);
    }

  if (id != 0 && !collect_people (db, id, people, error))
    return FALSE;

  if (id == 0)
    stmt = nb_db_prepare (db,
                          "INSERT INTO interactions (uid, kind, date, has_time, note, title,"
                          " ical_source, created, updated, answer, answered, initiator,"
                          " introducer, introduced, followed_up)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?11, ?12, ?13, ?14, ?15, ?16)",
                          error);
  else
    stmt = nb_db_prepare (db,
                          "UPDATE interactions SET uid = ?1, kind = ?2, date = ?3, has_time = ?4,"
                          " note = ?5, title = ?6, ical_source = ?7, updated = ?9, answer = ?11,"
                          " answered = ?12, initiator = ?13, introducer = ?14, introduced = ?15,"
                          " followed_up = ?16 WHERE id = ?10",
                          error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, nb_interaction_get_uid (interaction), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, nb_interaction_get_kind (interaction));
  sqlite3_bind_int64 (stmt, 3, nb_interaction_get_date (interaction));
  sqlite3_bind_int (stmt, 4, nb_interaction_get_has_time (interaction) ? 1 : 0);
  nb_db_bind_text_or_null (stmt, 5, nb_interaction_get_note (interaction));
  nb_db_bind_text_or_null (stmt, 6, nb_interaction_get_title (interaction));
  nb_db_bind_text_or_null (stmt, 7, nb_interaction_get_ical_source (interaction));
  if (id == 0)
    sqlite3_bind_int64 (stmt, 8, created);
  sqlite3_bind_int64 (stmt, 9, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 10, id);
  sqlite3_bind_int (stmt, 11, nb_interaction_get_answer (interaction));
  if (nb_interaction_get_answered (interaction) > 0)
    sqlite3_bind_int64 (stmt, 12, nb_interaction_get_answered (interaction));
  else
    sqlite3_bind_null (stmt, 12);
  sqlite3_bind_int (stmt, 13, nb_interaction_get_initiator (interaction));
  bind_positive_or_null (stmt, 14, nb_interaction_get_introducer (interaction));
  bind_positive_or_null (stmt, 15, nb_interaction_get_introduced (interaction));
  bind_positive_or_null (stmt, 16, nb_interaction_get_followed_up (interaction));

  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  if (id == 0)
    id = sqlite3_last_insert_rowid (nb_db_get_handle (db));
  else if (sqlite3_changes (nb_db_get_handle (db)) == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("The interaction does not exist (any more)"));
      return FALSE;
    }

  stmt = nb_db_prepare (db, "DELETE FROM interaction_people WHERE interaction_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  stmt = nb_db_prepare (db,
                        "INSERT INTO interaction_people (interaction_id, contact_id, date, opt_in)"
                        " VALUES (?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < now_with->len; i++)
    {
      gint64 contact_id = g_array_index (now_with, gint64, i);

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, contact_id);
      sqlite3_bind_int64 (stmt, 3, nb_interaction_get_date (interaction));
      sqlite3_bind_int (stmt, 4, nb_interaction_get_opt_in (interaction, contact_id));
      if (!nb_db_step_done (db, stmt, error))
        return FALSE;
      add_id (people, contact_id);
    }

  if (!update_people (db, people, error))
    return FALSE;

  for (guint i = 0; i < people->len; i++)
    add_id (touched, g_array_index (people, gint64, i));

  _nb_interaction_set_id (interaction, id);
  _nb_interaction_set_timestamps (interaction, created, now);

  return TRUE;
}

/**
 * nb_db_delete_interaction:
 * @db: a connection, inside a transaction
 * @id: an interaction's id
 * @touched: (nullable) (element-type gint64): where to add its people
 * @error: return location for an error
 *
 * Deletes it; its people's last interaction goes back to what it was
 * before.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_delete_interaction (NbDb     *db,
                          gint64    id,
                          GArray   *touched,
                          GError  **error)
{
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  if (!collect_people (db, id, people, error))
    return FALSE;

  /* A meeting of a calendar, deleted here, is not counted again. */
  stmt = nb_db_prepare (db,
                        "INSERT OR IGNORE INTO capture_dismissed (source, key)"
                        " SELECT captured_from, captured_key FROM interactions"
                        " WHERE id = ?1 AND captured_from IS NOT NULL",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  stmt = nb_db_prepare (db, "DELETE FROM interactions WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  if (sqlite3_changes (nb_db_get_handle (db)) == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("The interaction does not exist (any more)"));
      return FALSE;
    }

  if (!update_people (db, people, error))
    return FALSE;

  for (guint i = 0; i < people->len; i++)
    add_id (touched, g_array_index (people, gint64, i));

  return TRUE;
}

/**
 * nb_db_set_interaction_hidden:
 * @db: a connection, inside a transaction
 * @id: an interaction's id
 * @hidden: whether it is hidden (its deletion can still be undone)
 * @touched: (nullable) (element-type gint64): where to add its people
 * @error: return location for an error
 *
 * A hidden interaction is in no history and counts for no one's last
 * interaction.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_set_interaction_hidden (NbDb      *db,
                              gint64     id,
                              gboolean   hidden,
                              GArray    *touched,
                              GError   **error)
{
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = nb_db_prepare (db, "UPDATE interactions SET hidden = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, hidden ? 1 : 0);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  if (sqlite3_changes (nb_db_get_handle (db)) == 0)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("The interaction does not exist (any more)"));
      return FALSE;
    }

  if (!collect_people (db, id, people, error) || !update_people (db, people, error))
    return FALSE;

  for (guint i = 0; i < people->len; i++)
    add_id (touched, g_array_index (people, gint64, i));

  return TRUE;
}

/**
 * nb_db_list_hidden_interactions:
 * @db: a connection
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids of
 *   the hidden interactions
 */
GArray *
nb_db_list_hidden_interactions (NbDb     *db,
                                GError  **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT id FROM interactions WHERE hidden <> 0", error);

  if (stmt == NULL)
    return NULL;

  return nb_db_collect_ids (db, stmt, error);
}

/* Loads the interactions @stmt gives the ids of. */
static GPtrArray *
load_interactions (NbDb          *db,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  g_autoptr(GPtrArray) interactions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = nb_db_collect_ids (db, stmt, error);

  if (ids == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      NbInteraction *interaction = nb_db_load_interaction (db, g_array_index (ids, gint64, i), error);

      if (interaction == NULL)
        return NULL;
      g_ptr_array_add (interactions, interaction);
    }

  return g_steal_pointer (&interactions);
}

/**
 * nb_db_list_open_introductions:
 * @db: a connection
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbInteraction) (nullable): the
 *   introductions I make that are not followed up yet and still have two
 *   people, the ones still asking first, then by when they were
 *   introduced (the first 100)
 */
GPtrArray *
nb_db_list_open_introductions (NbDb     *db,
                               GError  **error)
{
  sqlite3_stmt *stmt;

  /* The WHERE repeats the partial index's, so that it is used. */
  stmt = nb_db_prepare (db,
                        "SELECT i.id FROM interactions i"
                        " WHERE i.kind = 7 AND i.followed_up IS NULL AND i.introducer IS NULL"
                        "   AND i.hidden = 0"
                        "   AND (SELECT count (*) FROM interaction_people p"
                        "        WHERE p.interaction_id = i.id) >= 2"
                        " ORDER BY i.introduced IS NOT NULL, i.introduced, i.date, i.id LIMIT 100",
                        error);
  if (stmt == NULL)
    return NULL;

  return load_interactions (db, stmt, error);
}

/**
 * nb_db_list_introductions:
 * @db: a connection
 * @contact_id: a contact's id
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbInteraction) (nullable): the
 *   introductions the contact is one of the people of, newest first (at
 *   most 200)
 */
GPtrArray *
nb_db_list_introductions (NbDb     *db,
                          gint64    contact_id,
                          GError  **error)
{
  sqlite3_stmt *stmt;

  G_STATIC_ASSERT (NB_INTERACTION_INTRODUCTION == 7);

  stmt = nb_db_prepare (db,
                        "SELECT i.id FROM interaction_people p"
                        " JOIN interactions i ON i.id = p.interaction_id"
                        " WHERE p.contact_id = ? AND i.kind = 7 AND i.hidden = 0"
                        " ORDER BY p.date DESC, i.id DESC LIMIT 200",
                        error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  return load_interactions (db, stmt, error);
}

/* ---------------------------------------------------------------------- */
/* History                                                                 */

/* The items of one source after @before, as (date, id) < (date, bound):
 * the whole of @before's date for a source that comes after its kind,
 * none of it for one before. */
static void
cursor_bounds (NbHistoryItem     *before,
               NbHistoryItemKind  kind,
               gint64            *date,
               gint64            *id)
{
  NbHistoryItemKind before_kind;

  if (before == NULL)
    {
      *date = G_MAXINT64;
      *id = G_MAXINT64;
      return;
    }

  before_kind = nb_history_item_get_kind (before);
  *date = nb_history_item_get_date (before);
  if (kind < before_kind)
    *id = G_MAXINT64;
  else if (kind > before_kind)
    *id = G_MININT64;
  else
    *id = nb_history_item_get_id (before);
}

static char *
dup_name (NbDb   *db,
          gint64  contact_id)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT full_name FROM contacts WHERE id = ?", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (nb_db_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return name;
}

static gboolean
add_interactions (NbDb           *db,
                  gint64          contact_id,
                  NbHistoryItem  *before,
                  guint           limit,
                  GPtrArray      *items,
                  GError        **error)
{
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;
  gint64 date, bound;

  stmt = nb_db_prepare (db,
                        "SELECT p.interaction_id FROM interaction_people p"
                        " JOIN interactions i ON i.id = p.interaction_id"
                        " WHERE p.contact_id = ?1 AND (p.date, p.interaction_id) < (?2, ?3)"
                        "  AND i.hidden = 0"
                        " ORDER BY p.date DESC, p.interaction_id DESC LIMIT ?4",
                        error);
  if (stmt == NULL)
    return FALSE;

  cursor_bounds (before, NB_HISTORY_ITEM_INTERACTION, &date, &bound);
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int64 (stmt, 2, date);
  sqlite3_bind_int64 (stmt, 3, bound);
  sqlite3_bind_int64 (stmt, 4, limit);
  ids = nb_db_collect_ids (db, stmt, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(NbInteraction) interaction = NULL;
      g_autoptr(GStrvBuilder) others = g_strv_builder_new ();
      g_auto(GStrv) names = NULL;
      g_autofree char *title = NULL;
      NbHistoryItem *item;
      GArray *people;

      interaction = nb_db_load_interaction (db, g_array_index (ids, gint64, i), error);
      if (interaction == NULL)
        return FALSE;

      people = nb_interaction_get_people (interaction);
      for (guint p = 0; p < people->len; p++)
        {
          gint64 person = g_array_index (people, gint64, p);
          g_autofree char *name = NULL;

          if (person == contact_id || (name = dup_name (db, person)) == NULL)
            continue;
          g_strv_builder_add (others, name);
        }
      names = g_strv_builder_end (others);

      if (nb_interaction_get_title (interaction) != NULL)
        title = g_strdup (nb_interaction_get_title (interaction));
      else
        title = nb_interaction_describe (nb_interaction_get_kind (interaction),
                                         (const char * const *) names);

      item = _nb_history_item_new (NB_HISTORY_ITEM_INTERACTION, nb_interaction_get_id (interaction),
                                   nb_interaction_get_date (interaction),
                                   nb_interaction_get_has_time (interaction));
      _nb_history_item_set_details (item, nb_interaction_get_kind (interaction), title,
                                    nb_interaction_get_note (interaction), 0);
      _nb_history_item_set_interaction (item, interaction);
      g_ptr_array_add (items, item);
    }

  return TRUE;
}

static gboolean
add_meals (NbDb           *db,
           gint64          contact_id,
           NbHistoryItem  *before,
           guint           limit,
           GHashTable     *hidden_meetings,
           GPtrArray      *items,
           GError        **error)
{
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;
  gint64 date, bound;

  stmt = nb_db_prepare (db,
                        "SELECT m.id FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id"
                        " WHERE a.contact_id = ?1 AND m.status = 1 AND (m.start, m.id) < (?2, ?3)"
                        " ORDER BY m.start DESC, m.id DESC LIMIT ?4",
                        error);
  if (stmt == NULL)
    return FALSE;

  cursor_bounds (before, NB_HISTORY_ITEM_MEAL, &date, &bound);
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int64 (stmt, 2, date);
  sqlite3_bind_int64 (stmt, 3, bound);
  sqlite3_bind_int64 (stmt, 4, limit + (hidden_meetings ? g_hash_table_size (hidden_meetings) : 0));
  ids = nb_db_collect_ids (db, stmt, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(NbMeeting) meeting = NULL;
      g_autofree char *title = NULL;
      NbHistoryItem *item;

      if (hidden_meetings != NULL && g_hash_table_contains (hidden_meetings, &id))
        continue;

      meeting = nb_db_load_meeting (db, id, error);
      if (meeting == NULL)
        return FALSE;

      title = nb_meeting_dup_title (meeting);
      item = _nb_history_item_new (NB_HISTORY_ITEM_MEAL, id,
                                   g_date_time_to_unix (nb_meeting_get_start (meeting)), TRUE);
      _nb_history_item_set_details (item, NB_INTERACTION_MEAL, title,
                                    nb_meeting_get_notes (meeting), 0);
      g_ptr_array_add (items, item);
    }

  return TRUE;
}

/* The birthdays the contact had since you know them: since the earlier of
 * when they were added and the first time you were in touch, until
 * today; the newest first. */
static gboolean
add_birthdays (NbDb           *db,
               gint64          contact_id,
               NbHistoryItem  *before,
               const GDate    *today,
               guint           limit,
               GPtrArray      *items,
               GError        **error)
{
  g_autoptr(NbBirthday) birthday = NULL;
  sqlite3_stmt *stmt;
  gint64 known_since, date, bound;
  GDate since;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT bday_year, bday_month, bday_day,"
                        "  min (created / 1000000,"
                        "       COALESCE ((SELECT min (date) FROM interaction_people"
                        "                  WHERE contact_id = ?1), 1 << 62),"
                        "       COALESCE ((SELECT min (m.start) FROM meeting_attendees a"
                        "                  JOIN meetings m ON m.id = a.meeting_id"
                        "                  WHERE a.contact_id = ?1 AND m.status = 1), 1 << 62))"
                        " FROM contacts WHERE id = ?1 AND bday_month IS NOT NULL",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      birthday = nb_birthday_new (sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1),
                                  sqlite3_column_int (stmt, 2));
      known_since = sqlite3_column_int64 (stmt, 3);
      rc = SQLITE_DONE;
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return FALSE;
  if (birthday == NULL)
    return TRUE;

  g_date_clear (&since, 1);
  g_date_set_julian (&since, nb_keep_in_touch_day_of (known_since));
  cursor_bounds (before, NB_HISTORY_ITEM_BIRTHDAY, &date, &bound);

  for (GDateYear year = g_date_get_year (today);
       year >= g_date_get_year (&since) && limit > 0;
       year--)
    {
      g_autoptr(GDateTime) midnight = NULL;
      NbHistoryItem *item;
      GDate jan1, day;
      gint64 when;
      int age;

      g_date_clear (&jan1, 1);
      g_date_set_dmy (&jan1, 1, G_DATE_JANUARY, year);
      nb_birthday_get_next (birthday, &jan1, &day);
      if (g_date_compare (&day, today) > 0 || g_date_compare (&day, &since) < 0)
        continue;
      if (birthday->year != 0 && year <= birthday->year)
        break;

      midnight = nb_date_to_local_time (&day, 0, 0);
      when = g_date_time_to_unix (midnight);
      if (when > date || (when == date && (gint64) year >= bound))
        continue;

      age = birthday->year ? (int) year - birthday->year : 0;
      item = _nb_history_item_new (NB_HISTORY_ITEM_BIRTHDAY, year, when, FALSE);
      if (age > 0)
        {
          g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Turned %d",
                                                                 "Turned %d", age),
                                                    age);

          _nb_history_item_set_details (item, NB_INTERACTION_MET, title, NULL, age);
        }
      else
        _nb_history_item_set_details (item, NB_INTERACTION_MET, C_("history", "Birthday"),
                                      NULL, 0);
      g_ptr_array_add (items, item);
      limit--;
    }

  return TRUE;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  return _nb_history_item_compare (*(NbHistoryItem **) a, *(NbHistoryItem **) b);
}

/**
 * nb_db_list_history:
 * @db: a connection
 * @contact_id: a contact
 * @before: (nullable): the last item of the previous page, or %NULL for
 *   the first page
 * @today: the current date
 * @limit: how many items at most
 * @hidden_meetings: (nullable): meals to leave out
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type NbHistoryItem) (nullable): the
 *   contact's interactions, meals that happened and birthdays, newest
 *   first, after @before
 */
GPtrArray *
nb_db_list_history (NbDb           *db,
                    gint64          contact_id,
                    NbHistoryItem  *before,
                    const GDate    *today,
                    guint           limit,
                    GHashTable     *hidden_meetings,
                    GError        **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (limit == 0)
    return g_steal_pointer (&items);

  if (!add_interactions (db, contact_id, before, limit, items, error) ||
      !add_meals (db, contact_id, before, limit, hidden_meetings, items, error) ||
      !add_birthdays (db, contact_id, before, today, limit, items, error))
    return NULL;

  g_ptr_array_sort (items, compare_items);
  if (items->len > limit)
    g_ptr_array_set_size (items, limit);

  return g_steal_pointer (&items);
}

/**
 * nb_db_load_give_and_take:
 * @db: a connection
 * @contact_id: a contact
 * @since: the start of the period (Unix time)
 * @until: its end (Unix time): later plans are not counted
 * @out: where to count
 * @error: return location for an error
 *
 * Counts the contact's interactions (hidden ones left out), newest first,
 * and the meals that happened with them, by who paid: one walk of each
 * index by contact and date.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_load_give_and_take (NbDb           *db,
                          gint64          contact_id,
                          gint64          since,
                          gint64          until,
                          NbGiveAndTake  *out,
                          GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT i.kind, i.answer, i.initiator FROM interaction_people p"
                        " JOIN interactions i ON i.id = p.interaction_id"
                        " WHERE p.contact_id = ?1 AND p.date >= ?2 AND p.date <= ?3 AND i.hidden = 0"
                        " ORDER BY p.date DESC, i.id DESC",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int64 (stmt, 2, since);
  sqlite3_bind_int64 (stmt, 3, until);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NbInteractionKind kind = sqlite3_column_int (stmt, 0);

      /* Meals are counted from the planner, with who paid. */
      if (kind != NB_INTERACTION_MEAL)
        nb_give_and_take_add (out, kind, sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2));
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return FALSE;

  stmt = nb_db_prepare (db,
                        "SELECT m.payer FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id"
                        " WHERE a.contact_id = ?1 AND m.status = 1 AND m.start >= ?2 AND m.start <= ?3",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int64 (stmt, 2, since);
  sqlite3_bind_int64 (stmt, 3, until);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    nb_give_and_take_add_meal (out, sqlite3_column_int (stmt, 0));

  return nb_db_finish_rows (db, stmt, rc, error);
}

