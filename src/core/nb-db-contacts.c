/* nb-db-contacts.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-contact-private.h"
#include "nb-db.h"
#include "nb-text.h"

#define CONTACT_COLUMNS \
  "id, uid, full_name, structured_name, nickname, organization, title, how_met, " \
  "food_preferences, help_notes, notes, bday_year, bday_month, bday_day, photo_uri, " \
  "vcard_extra, created, updated, cadence_days, last_interaction, last_interaction_kind"

/* How many rows to step between two looks at the cancellable. */
#define CANCEL_CHECK_ROWS 4096

/* Runs a statement whose only parameter is a contact's id. */
static gboolean
run_with_id (NbDb        *db,
             const char  *sql,
             gint64       id,
             GError     **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return nb_db_step_done (db, stmt, error);
}

static void
fill_main_row (NbContact    *contact,
               sqlite3_stmt *stmt)
{
  g_autoptr(NbBirthday) birthday = NULL;

  nb_contact_set_uid (contact, nb_db_column_text (stmt, 1));
  nb_contact_set_full_name (contact, nb_db_column_text (stmt, 2));
  nb_contact_set_structured_name (contact, nb_db_column_text (stmt, 3));
  nb_contact_set_nickname (contact, nb_db_column_text (stmt, 4));
  nb_contact_set_organization (contact, nb_db_column_text (stmt, 5));
  nb_contact_set_title (contact, nb_db_column_text (stmt, 6));
  nb_contact_set_how_met (contact, nb_db_column_text (stmt, 7));
  nb_contact_set_food_preferences (contact, nb_db_column_text (stmt, 8));
  nb_contact_set_help_notes (contact, nb_db_column_text (stmt, 9));
  nb_contact_set_notes (contact, nb_db_column_text (stmt, 10));

  if (sqlite3_column_type (stmt, 12) != SQLITE_NULL)
    birthday = nb_birthday_new (sqlite3_column_int (stmt, 11),
                                sqlite3_column_int (stmt, 12),
                                sqlite3_column_int (stmt, 13));
  nb_contact_set_birthday (contact, birthday);

  nb_contact_set_photo_uri (contact, nb_db_column_text (stmt, 14));
  nb_contact_set_vcard_extra (contact, nb_db_column_text (stmt, 15));
  nb_contact_set_cadence (contact, sqlite3_column_type (stmt, 18) == SQLITE_NULL
                                   ? -1 : sqlite3_column_int (stmt, 18));
  _nb_contact_set_last_interaction (contact, sqlite3_column_int64 (stmt, 19),
                                    sqlite3_column_int (stmt, 20));
}

/* The strings @sql selects for a contact's id, in order; %NULL on error. */
static GStrv
read_strings (NbDb        *db,
              const char  *sql,
              gint64       id,
              GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = nb_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, nb_db_column_text (stmt, 0));
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_strv_builder_end (builder);
}

static gboolean
load_children (NbDb       *db,
               NbContact  *contact,
               gint64      id,
               GError    **error)
{
  g_autoptr(GPtrArray) emails = nb_field_array_new ();
  g_autoptr(GPtrArray) phones = nb_field_array_new ();
  g_autoptr(GPtrArray) websites = nb_field_array_new ();
  g_autoptr(GPtrArray) addresses = nb_address_array_new ();
  g_auto(GStrv) tags_strv = NULL;
  g_auto(GStrv) looking_for = NULL;
  g_auto(GStrv) offers = NULL;
  g_auto(GStrv) units_strv = NULL;
  g_autoptr(GBytes) photo = NULL;
  g_autofree char *photo_mime_type = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = nb_db_prepare (db,
                        "SELECT kind, label, value, vcard_group, pref FROM contact_fields"
                        " WHERE contact_id = ? ORDER BY kind, position",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *target;
      NbField *field;

      switch (sqlite3_column_int (stmt, 0))
        {
        case NB_FIELD_KIND_EMAIL: target = emails; break;
        case NB_FIELD_KIND_PHONE: target = phones; break;
        case NB_FIELD_KIND_WEBSITE: target = websites; break;
        default: continue;
        }
      field = nb_field_new (nb_db_column_text (stmt, 1), nb_db_column_text (stmt, 2));
      field->group = g_strdup (nb_db_column_text (stmt, 3));
      field->pref = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (target, field);
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return FALSE;

  stmt = nb_db_prepare (db,
                        "SELECT label, po_box, extended, street, locality, region, postal_code,"
                        " country, vcard_group, pref FROM contact_addresses WHERE contact_id = ?"
                        " ORDER BY position",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NbAddress *address = nb_address_new (nb_db_column_text (stmt, 0));

      for (guint i = 0; i < NB_ADDRESS_N_PARTS; i++)
        nb_address_set_part (address, i, nb_db_column_text (stmt, i + 1));
      address->group = g_strdup (nb_db_column_text (stmt, NB_ADDRESS_N_PARTS + 1));
      address->pref = sqlite3_column_int (stmt, NB_ADDRESS_N_PARTS + 2);
      g_ptr_array_add (addresses, address);
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return FALSE;

  tags_strv = read_strings (db, "SELECT tag FROM contact_tags WHERE contact_id = ? ORDER BY position",
                            id, error);
  if (tags_strv == NULL)
    return FALSE;
  units_strv = read_strings (db,
                             "SELECT unit FROM contact_org_units WHERE contact_id = ? ORDER BY position",
                             id, error);
  if (units_strv == NULL)
    return FALSE;
  looking_for = read_strings (db, "SELECT phrase FROM contact_phrases WHERE contact_id = ? AND kind = 0"
                                  " ORDER BY position", id, error);
  if (looking_for == NULL)
    return FALSE;
  offers = read_strings (db, "SELECT phrase FROM contact_phrases WHERE contact_id = ? AND kind = 1"
                             " ORDER BY position", id, error);
  if (offers == NULL)
    return FALSE;

  stmt = nb_db_prepare (db, "SELECT mime_type, data FROM contact_photos WHERE contact_id = ?",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      photo_mime_type = g_strdup (nb_db_column_text (stmt, 0));
      photo = g_bytes_new (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));
      rc = sqlite3_step (stmt);
    }
  if (!nb_db_finish_rows (db, stmt, rc, error))
    return FALSE;

  nb_contact_set_emails (contact, emails);
  nb_contact_set_phones (contact, phones);
  nb_contact_set_websites (contact, websites);
  nb_contact_set_addresses (contact, addresses);
  nb_contact_set_tags (contact, (const char * const *) tags_strv);
  nb_contact_set_organization_units (contact, (const char * const *) units_strv);
  nb_contact_set_looking_for (contact, (const char * const *) looking_for);
  nb_contact_set_offers (contact, (const char * const *) offers);
  nb_contact_set_photo (contact, photo, photo_mime_type);

  return TRUE;
}

static NbContact *
load_detached (NbDb     *db,
               gint64    id,
               gint64   *created,
               gint64   *updated,
               GError  **error)
{
  g_autoptr(NbContact) contact = NULL;
  sqlite3_stmt *stmt;

  stmt = nb_db_select_by_id (db, "SELECT " CONTACT_COLUMNS " FROM contacts WHERE id = ?", id,
                             _("The contact does not exist (any more)"), error);
  if (stmt == NULL)
    return NULL;

  contact = nb_contact_new ();
  fill_main_row (contact, stmt);
  *created = sqlite3_column_int64 (stmt, 16);
  *updated = sqlite3_column_int64 (stmt, 17);
  sqlite3_reset (stmt);

  if (!load_children (db, contact, id, error))
    return NULL;

  return g_steal_pointer (&contact);
}

/**
 * nb_db_load_contact:
 * @db: a connection
 * @id: a contact's row id
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a new contact object with the stored
 *   content
 */
NbContact *
nb_db_load_contact (NbDb     *db,
                    gint64    id,
                    GError  **error)
{
  NbContact *contact;
  gint64 created = 0, updated = 0;

  contact = load_detached (db, id, &created, &updated, error);
  if (contact != NULL)
    {
      _nb_contact_set_id (contact, id);
      _nb_contact_set_timestamps (contact, created, updated);
    }

  return contact;
}

/**
 * nb_db_reload_contact:
 * @db: a connection
 * @contact: a stored contact
 * @error: return location for an error
 *
 * Updates @contact to what is stored, notifying only what changed.
 *
 * Returns: %FALSE if the contact could not be read, such as when it was
 *   deleted
 */
gboolean
nb_db_reload_contact (NbDb       *db,
                      NbContact  *contact,
                      GError    **error)
{
  g_autoptr(NbContact) stored = NULL;
  gint64 created = 0, updated = 0;

  stored = load_detached (db, nb_contact_get_id (contact), &created, &updated, error);
  if (stored == NULL)
    return FALSE;

  /* SQLite gives the id of the newest contact, deleted, to the next one
   * made: that is another contact, and this one is gone. */
  if (nb_contact_get_created (contact) != 0 && created != nb_contact_get_created (contact))
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                           _("The contact does not exist (any more)"));
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (contact));
  nb_contact_assign (contact, stored);
  _nb_contact_set_timestamps (contact, created, updated);
  _nb_contact_set_last_interaction (contact, nb_contact_get_last_interaction (stored),
                                    nb_contact_get_last_interaction_kind (stored));
  g_object_thaw_notify (G_OBJECT (contact));

  return TRUE;
}

static char *
join_fields (GPtrArray *fields,
             gboolean   with_digits)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < fields->len; i++)
    {
      NbField *field = g_ptr_array_index (fields, i);

      g_string_append_printf (str, "%s ", field->value);
      if (with_digits)
        {
          g_autofree char *digits = nb_text_digits (field->value);

          g_string_append_printf (str, "%s ", digits);
          /* "+44 20 7946 0958" is also dialled as "020 7946 0958". */
          if (digits[0] && digits[1] && g_str_has_prefix (field->value, "+"))
            g_string_append_printf (str, "0%s ", digits + 2);
        }
    }

  return g_string_free (str, FALSE);
}

/* What of a card's notes matching reads: a long note's first part tells
 * what the person does; the whole of a 200 KiB one would make each save
 * write it a third time. */
#define MATCH_NOTES_MAX 4096

/* What matching needs and offers searches: one line per phrase or tag, so
 * that the line that matched can be told. */
static gboolean
write_match_text (NbDb       *db,
                  NbContact  *contact,
                  gint64      id,
                  gboolean    is_new,
                  GError    **error)
{
  g_autofree char *offers = g_strjoinv ("\n", (char **) nb_contact_get_offers (contact));
  g_autofree char *looking_for = g_strjoinv ("\n", (char **) nb_contact_get_looking_for (contact));
  g_autofree char *tags = g_strjoinv ("\n", (char **) nb_contact_get_tags (contact));
  g_autofree char *notes = g_strdup (nb_contact_get_notes (contact));
  const char *columns[] = {
    offers, looking_for, nb_contact_get_organization (contact), nb_contact_get_title (contact),
    tags, notes,
  };
  sqlite3_stmt *stmt;

  /* Cut on a character's boundary. */
  if (notes != NULL && strlen (notes) > MATCH_NOTES_MAX)
    *g_utf8_find_prev_char (notes, notes + MATCH_NOTES_MAX + 1) = '\0';

  if (!is_new && !run_with_id (db, "DELETE FROM contacts_match WHERE rowid = ?", id, error))
    return FALSE;

  stmt = nb_db_prepare (db,
                        "INSERT INTO contacts_match (rowid, offers, looking_for, organization, title,"
                        " tags, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *normalized = nb_text_normalize (columns[i]);

      sqlite3_bind_text (stmt, i + 2, normalized, -1, SQLITE_TRANSIENT);
    }

  return nb_db_step_done (db, stmt, error);
}

static gboolean
write_search_text (NbDb       *db,
                   NbContact  *contact,
                   gint64      id,
                   gboolean    is_new,
                   GError    **error)
{
  g_autofree char *emails = join_fields (nb_contact_get_emails (contact), FALSE);
  g_autofree char *phones = join_fields (nb_contact_get_phones (contact), TRUE);
  g_autofree char *tags = g_strjoinv (" ", (char **) nb_contact_get_tags (contact));
  g_autofree char *units = g_strjoinv (" ", (char **) nb_contact_get_organization_units (contact));
  g_autofree char *organization = g_strjoin (" ", nb_contact_get_organization (contact) ?: "",
                                             units, NULL);
  g_autofree char *notes = g_strjoin ("\n",
                                      nb_contact_get_notes (contact) ?: "",
                                      nb_contact_get_help_notes (contact) ?: "",
                                      nb_contact_get_food_preferences (contact) ?: "",
                                      NULL);
  const char *columns[] = {
    nb_contact_get_full_name (contact), nb_contact_get_nickname (contact),
    organization, nb_contact_get_title (contact),
    emails, phones, tags, nb_contact_get_how_met (contact), notes,
  };
  sqlite3_stmt *stmt;

  /* Only an update has text to take out: in FTS5 a delete also flushes the
   * terms gathered so far, which would make an import write thousands of
   * tiny segments. */
  if (!is_new && !run_with_id (db, "DELETE FROM contacts_fts WHERE rowid = ?", id, error))
    return FALSE;
  if (!write_match_text (db, contact, id, is_new, error))
    return FALSE;

  stmt = nb_db_prepare (db,
                        "INSERT INTO contacts_fts (rowid, name, nickname, organization, title,"
                        " emails, phones, tags, how_met, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      /* NFC, so that "José" typed either way is one word to the tokenizer. */
      g_autofree char *normalized = nb_text_normalize (columns[i]);

      sqlite3_bind_text (stmt, i + 2, normalized, -1, SQLITE_TRANSIENT);
    }

  return nb_db_step_done (db, stmt, error);
}

/* Inserts a list of strings with @sql, which takes the contact's id, a
 * position and a string. */
static gboolean
write_strings (NbDb                *db,
               const char          *sql,
               gint64               id,
               const char * const  *strings,
               GError             **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; strings[i] != NULL; i++)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, strings[i], -1, SQLITE_TRANSIENT);
      if (!nb_db_step_done (db, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_children (NbDb       *db,
                NbContact  *contact,
                gint64      id,
                gboolean    is_new,
                GError    **error)
{
  static const char *delete_sql[] = {
    "DELETE FROM contact_fields WHERE contact_id = ?",
    "DELETE FROM contact_addresses WHERE contact_id = ?",
    "DELETE FROM contact_tags WHERE contact_id = ?",
    "DELETE FROM contact_phrases WHERE contact_id = ?",
    "DELETE FROM contact_photos WHERE contact_id = ?",
    "DELETE FROM contact_org_units WHERE contact_id = ?",
  };
  struct { NbFieldKind kind; GPtrArray *fields; } field_sets[] = {
    { NB_FIELD_KIND_EMAIL, nb_contact_get_emails (contact) },
    { NB_FIELD_KIND_PHONE, nb_contact_get_phones (contact) },
    { NB_FIELD_KIND_WEBSITE, nb_contact_get_websites (contact) },
  };
  GPtrArray *addresses = nb_contact_get_addresses (contact);
  const char * const *tags = nb_contact_get_tags (contact);
  const char * const *units = nb_contact_get_organization_units (contact);
  GBytes *photo = nb_contact_get_photo (contact);
  sqlite3_stmt *stmt;

  for (guint i = 0; !is_new && i < G_N_ELEMENTS (delete_sql); i++)
    {
      if (!run_with_id (db, delete_sql[i], id, error))
        return FALSE;
    }

  stmt = nb_db_prepare (db,
                        "INSERT INTO contact_fields (contact_id, kind, position, label, value,"
                        " vcard_group, pref) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  /* Meetings already counted from calendars may name them. */
  if (nb_contact_get_emails (contact)->len > 0)
    nb_db_note_emails_written (db);

  for (guint s = 0; s < G_N_ELEMENTS (field_sets); s++)
    {
      for (guint i = 0; i < field_sets[s].fields->len; i++)
        {
          NbField *field = g_ptr_array_index (field_sets[s].fields, i);

          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int (stmt, 2, field_sets[s].kind);
          sqlite3_bind_int (stmt, 3, i);
          nb_db_bind_text_or_null (stmt, 4, field->label);
          sqlite3_bind_text (stmt, 5, field->value, -1, SQLITE_TRANSIENT);
          nb_db_bind_text_or_null (stmt, 6, field->group);
          sqlite3_bind_int (stmt, 7, field->pref);
          if (!nb_db_step_done (db, stmt, error))
            return FALSE;
        }
    }

  stmt = nb_db_prepare (db,
                        "INSERT INTO contact_addresses (contact_id, position, label, po_box,"
                        " extended, street, locality, region, postal_code, country, vcard_group,"
                        " pref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < addresses->len; i++)
    {
      NbAddress *address = g_ptr_array_index (addresses, i);

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      nb_db_bind_text_or_null (stmt, 3, address->label);
      for (guint p = 0; p < NB_ADDRESS_N_PARTS; p++)
        sqlite3_bind_text (stmt, 4 + p, nb_address_get_part (address, p), -1, SQLITE_TRANSIENT);
      nb_db_bind_text_or_null (stmt, 4 + NB_ADDRESS_N_PARTS, address->group);
      sqlite3_bind_int (stmt, 5 + NB_ADDRESS_N_PARTS, address->pref);
      if (!nb_db_step_done (db, stmt, error))
        return FALSE;
    }

  if (!write_strings (db, "INSERT INTO contact_tags (contact_id, position, tag) VALUES (?, ?, ?)",
                      id, tags, error) ||
      !write_strings (db, "INSERT INTO contact_org_units (contact_id, position, unit) VALUES (?, ?, ?)",
                      id, units, error) ||
      !write_strings (db, "INSERT INTO contact_phrases (contact_id, kind, position, phrase) VALUES (?, 0, ?, ?)",
                      id, nb_contact_get_looking_for (contact), error) ||
      !write_strings (db, "INSERT INTO contact_phrases (contact_id, kind, position, phrase) VALUES (?, 1, ?, ?)",
                      id, nb_contact_get_offers (contact), error))
    return FALSE;

  if (photo != NULL)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (photo, &size);

      stmt = nb_db_prepare (db,
                            "INSERT INTO contact_photos (contact_id, mime_type, data)"
                            " VALUES (?, ?, ?)",
                            error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      nb_db_bind_text_or_null (stmt, 2, nb_contact_get_photo_mime_type (contact));
      sqlite3_bind_blob64 (stmt, 3, data, size, SQLITE_STATIC);
      if (!nb_db_step_done (db, stmt, error))
        return FALSE;
    }

  return write_search_text (db, contact, id, is_new, error);
}

static char *
match_key (const char *name)
{
  g_autofree char *normalized = nb_text_normalize (name);

  return g_utf8_casefold (normalized, -1);
}

/**
 * nb_db_write_contact:
 * @db: a connection, inside a transaction
 * @contact: a contact; inserted when its id is 0, else updated
 * @error: return location for an error
 *
 * Writes every field of @contact. A new contact gets its id, a UID when it
 * has none, and its timestamps.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_db_write_contact (NbDb       *db,
                     NbContact  *contact,
                     GError    **error)
{
  g_autofree char *name = g_strstrip (g_strdup (nb_contact_get_full_name (contact) ?: ""));
  g_autofree char *sort_key = NULL;
  g_autofree char *key = NULL;
  const NbBirthday *birthday = nb_contact_get_birthday (contact);
  gint64 id = nb_contact_get_id (contact);
  gboolean is_new = id == 0;
  gint64 now = nb_db_now_usec ();
  gint64 created = id ? nb_contact_get_created (contact) : now;
  sqlite3_stmt *stmt;

  g_assert (nb_db_in_transaction (db));

  if (*name == '\0')
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                           _("A contact needs a name"));
      return FALSE;
    }

  if (nb_contact_get_uid (contact) == NULL)
    {
      g_autofree char *uid = g_uuid_string_random ();

      nb_contact_set_uid (contact, uid);
    }

  sort_key = nb_text_sort_key (name);
  key = match_key (name);

  if (id == 0)
    stmt = nb_db_prepare (db,
                          "INSERT INTO contacts (uid, full_name, structured_name, nickname,"
                          " organization, title, how_met, food_preferences, help_notes, notes,"
                          " bday_year, bday_month, bday_day, photo_uri, vcard_extra, sort_key,"
                          " match_key, created, updated, cadence_days)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                          " ?15, ?16, ?17, ?18, ?19, ?21)",
                          error);
  else
    stmt = nb_db_prepare (db,
                          "UPDATE contacts SET uid = ?1, full_name = ?2, structured_name = ?3,"
                          " nickname = ?4, organization = ?5, title = ?6, how_met = ?7,"
                          " food_preferences = ?8, help_notes = ?9, notes = ?10, bday_year = ?11,"
                          " bday_month = ?12, bday_day = ?13, photo_uri = ?14, vcard_extra = ?15,"
                          " sort_key = ?16, match_key = ?17, updated = ?19, cadence_days = ?21"
                          " WHERE id = ?20",
                          error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, nb_contact_get_uid (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  nb_db_bind_text_or_null (stmt, 3, nb_contact_get_structured_name (contact));
  nb_db_bind_text_or_null (stmt, 4, nb_contact_get_nickname (contact));
  nb_db_bind_text_or_null (stmt, 5, nb_contact_get_organization (contact));
  nb_db_bind_text_or_null (stmt, 6, nb_contact_get_title (contact));
  nb_db_bind_text_or_null (stmt, 7, nb_contact_get_how_met (contact));
  nb_db_bind_text_or_null (stmt, 8, nb_contact_get_food_preferences (contact));
  nb_db_bind_text_or_null (stmt, 9, nb_contact_get_help_notes (contact));
  nb_db_bind_text_or_null (stmt, 10, nb_contact_get_notes (contact));
  if (birthday != NULL)
    {
      if (birthday->year)
        sqlite3_bind_int (stmt, 11, birthday->year);
      sqlite3_bind_int (stmt, 12, birthday->month);
      sqlite3_bind_int (stmt, 13, birthday->day);
    }
  nb_db_bind_text_or_null (stmt, 14, nb_contact_get_photo_uri (contact));
  nb_db_bind_text_or_null (stmt, 15, nb_contact_get_vcard_extra (contact));
  sqlite3_bind_blob (stmt, 16, sort_key, strlen (sort_key), SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 17, key, -1, SQLITE_TRANSIENT);
  if (id == 0)
    sqlite3_bind_int64 (stmt, 18, created);
  sqlite3_bind_int64 (stmt, 19, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 20, id);
  if (nb_contact_get_cadence (contact) >= 0)
    sqlite3_bind_int (stmt, 21, nb_contact_get_cadence (contact));

  if (!nb_db_step_done (db, stmt, error))
    return FALSE;

  if (id == 0)
    id = sqlite3_last_insert_rowid (nb_db_get_handle (db));
  else if (sqlite3_changes (nb_db_get_handle (db)) == 0)
    {
      g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND,
                   _("The contact “%s” was deleted meanwhile"), name);
      return FALSE;
    }

  if (!write_children (db, contact, id, is_new, error) ||
      !nb_db_update_keep_in_touch (db, id, error))
    return FALSE;

  _nb_contact_set_id (contact, id);
  _nb_contact_set_timestamps (contact, created, now);

  return TRUE;
}

/* Deletes the contact, and the interactions that were with it alone. */
gboolean
nb_db_delete_contact (NbDb     *db,
                      gint64    id,
                      GError  **error)
{
  return run_with_id (db,
                      "DELETE FROM interactions WHERE id IN"
                      " (SELECT p.interaction_id FROM interaction_people p WHERE p.contact_id = ?1"
                      "  AND NOT EXISTS (SELECT 1 FROM interaction_people o"
                      "                  WHERE o.interaction_id = p.interaction_id"
                      "                  AND o.contact_id <> ?1))",
                      id, error) &&
         run_with_id (db, "DELETE FROM contacts WHERE id = ?", id, error);
}

static int
progress_cb (void *user_data)
{
  return g_cancellable_is_cancelled (G_CANCELLABLE (user_data));
}

/**
 * nb_db_list_contact_ids:
 * @db: a connection
 * @search: (nullable): search text, or %NULL for every contact
 * @hidden: (nullable): a set of ids (as gint64 pointers) to leave out
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type gint64): the ids of the matching
 *   contacts in list order
 */
GArray *
nb_db_list_contact_ids (NbDb          *db,
                        const char    *search,
                        GHashTable    *hidden,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *query = nb_text_fts_query (search);
  sqlite3_stmt *stmt;
  guint n_rows = 0;
  int rc;

  if (query == NULL)
    stmt = nb_db_prepare (db, "SELECT id FROM contacts ORDER BY sort_key, id", error);
  else
    stmt = nb_db_prepare (db,
                          "SELECT c.id FROM contacts_fts f JOIN contacts c ON c.id = f.rowid"
                          " WHERE contacts_fts MATCH ? ORDER BY c.sort_key, c.id",
                          error);
  if (stmt == NULL)
    return NULL;

  if (query != NULL)
    sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);

  if (cancellable != NULL)
    sqlite3_progress_handler (nb_db_get_handle (db), 10000, progress_cb, cancellable);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (hidden == NULL || !g_hash_table_contains (hidden, &id))
        g_array_append_val (ids, id);

      if (++n_rows % CANCEL_CHECK_ROWS == 0 && g_cancellable_is_cancelled (cancellable))
        {
          rc = SQLITE_INTERRUPT;
          break;
        }
    }

  if (cancellable != NULL)
    sqlite3_progress_handler (nb_db_get_handle (db), 0, NULL, NULL);

  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&ids);
}

/**
 * nb_db_find_contact_by_uid:
 *
 * Returns: the id of the contact with @uid, 0 if there is none, or -1 on
 *   error
 */
gint64
nb_db_find_contact_by_uid (NbDb        *db,
                           const char  *uid,
                           GError     **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT id FROM contacts WHERE uid = ?", error);

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  return nb_db_find_id (db, stmt, error);
}


/* A card that gave no name, only parts of it or none (N:;;;;): its name
 * is one Netbook made up from its organisation, email or phone. */
static gboolean
is_nameless (NbContact *contact)
{
  const char *structured = nb_contact_get_structured_name (contact);

  return structured != NULL && structured[strspn (structured, ";")] == '\0';
}

/* Two cards without a name, both named "Acme Corp" or "Unnamed Person",
 * are the same only if they share an email address or a phone number;
 * else importing one would overwrite the other. */
static gint64
find_nameless_twin (NbDb        *db,
                    NbContact   *contact,
                    const char  *key,
                    GError     **error)
{
  GPtrArray *emails = nb_contact_get_emails (contact);
  GPtrArray *phones = nb_contact_get_phones (contact);
  GBytes *photo = nb_contact_get_photo (contact);
  sqlite3_stmt *stmt;
  int rc;

  /* Nothing to reach them by: the same photo, or nothing at all either. */
  if (emails->len == 0 && phones->len == 0)
    {
      if (photo != NULL)
        {
          stmt = nb_db_prepare (db,
                                "SELECT c.id FROM contacts c JOIN contact_photos p ON p.contact_id = c.id"
                                " WHERE c.match_key = ? AND p.data = ? ORDER BY c.id LIMIT 1",
                                error);
          if (stmt == NULL)
            return -1;
          sqlite3_bind_blob (stmt, 2, g_bytes_get_data (photo, NULL), g_bytes_get_size (photo),
                             SQLITE_TRANSIENT);
        }
      else
        {
          stmt = nb_db_prepare (db,
                                "SELECT id FROM contacts c WHERE match_key = ? AND NOT EXISTS"
                                " (SELECT 1 FROM contact_fields f WHERE f.contact_id = c.id"
                                " AND f.kind IN (0, 1)) AND NOT EXISTS"
                                " (SELECT 1 FROM contact_photos p WHERE p.contact_id = c.id)"
                                " ORDER BY id LIMIT 1",
                                error);
          if (stmt == NULL)
            return -1;
        }
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      return nb_db_find_id (db, stmt, error);
    }

  stmt = nb_db_prepare (db,
                        "SELECT c.id, f.kind, f.value FROM contacts c"
                        " JOIN contact_fields f ON f.contact_id = c.id"
                        " WHERE c.match_key = ? AND f.kind IN (0, 1) ORDER BY c.id",
                        error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gboolean phone = sqlite3_column_int (stmt, 1) == NB_FIELD_KIND_PHONE;
      const char *value = nb_db_column_text (stmt, 2);
      g_autofree char *digits = phone ? nb_text_digits (value) : NULL;
      GPtrArray *mine = phone ? phones : emails;

      for (guint i = 0; value != NULL && i < mine->len; i++)
        {
          const char *other = ((NbField *) g_ptr_array_index (mine, i))->value;
          g_autofree char *other_digits = phone ? nb_text_digits (other) : NULL;

          if (phone ? (*digits != '\0' && g_str_equal (digits, other_digits))
                    : g_ascii_strcasecmp (value, other) == 0)
            {
              sqlite3_reset (stmt);
              return id;
            }
        }
    }

  return nb_db_finish_rows (db, stmt, rc, error) ? 0 : -1;
}

/**
 * nb_db_find_duplicate:
 * @db: a connection
 * @contact: a contact read from a file or a server
 * @error: return location for an error
 *
 * Finds the stored contact that @contact is another copy of: the one with
 * the same UID, else one with the same name (ignoring case) and an email
 * address in common, or, when @contact has no email address, one with the
 * same name and no email address either. A contact whose card gave no
 * name (its name is its organisation, email or phone) is another copy only
 * of one with that name and an email address or a phone number in common.
 *
 * Returns: the stored contact's id, 0 if there is none, or -1 on error
 */
gint64
nb_db_find_duplicate (NbDb       *db,
                      NbContact  *contact,
                      GError    **error)
{
  g_autofree char *key = match_key (nb_contact_get_full_name (contact));
  GPtrArray *emails = nb_contact_get_emails (contact);
  sqlite3_stmt *stmt;
  gint64 id;

  if (nb_contact_get_uid (contact) != NULL)
    {
      id = nb_db_find_contact_by_uid (db, nb_contact_get_uid (contact), error);
      if (id != 0)
        return id;
    }

  if (is_nameless (contact))
    return find_nameless_twin (db, contact, key, error);

  if (emails->len == 0)
    {
      stmt = nb_db_prepare (db,
                            "SELECT id FROM contacts c WHERE match_key = ? AND NOT EXISTS"
                            " (SELECT 1 FROM contact_fields f WHERE f.contact_id = c.id"
                            " AND f.kind = 0) ORDER BY id LIMIT 1",
                            error);
      if (stmt == NULL)
        return -1;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      return nb_db_find_id (db, stmt, error);
    }

  stmt = nb_db_prepare (db,
                        "SELECT c.id FROM contact_fields f JOIN contacts c ON c.id = f.contact_id"
                        " WHERE f.kind = 0 AND lower (f.value) = lower (?1) AND c.match_key = ?2"
                        " ORDER BY c.id LIMIT 1",
                        error);
  if (stmt == NULL)
    return -1;

  for (guint i = 0; i < emails->len; i++)
    {
      NbField *email = g_ptr_array_index (emails, i);

      sqlite3_bind_text (stmt, 1, email->value, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
      id = nb_db_find_id (db, stmt, error);
      if (id != 0)
        return id;
    }

  return 0;
}

gint64
nb_db_count_contacts (NbDb     *db,
                      GError  **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT count(*) FROM contacts", error);

  if (stmt == NULL)
    return -1;

  return nb_db_find_id (db, stmt, error);
}

/* Makes every sort key again, for the current collation; in a transaction. */
gboolean
nb_db_update_sort_keys (NbDb     *db,
                        GError  **error)
{
  sqlite3_stmt *select, *update;
  int rc;

  select = nb_db_prepare (db, "SELECT id, full_name FROM contacts", error);
  if (select == NULL)
    return FALSE;
  update = nb_db_prepare (db, "UPDATE contacts SET sort_key = ? WHERE id = ?", error);
  if (update == NULL)
    return FALSE;

  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      g_autofree char *key = nb_text_sort_key (nb_db_column_text (select, 1));

      sqlite3_bind_blob (update, 1, key, strlen (key), SQLITE_TRANSIENT);
      sqlite3_bind_int64 (update, 2, sqlite3_column_int64 (select, 0));
      if (!nb_db_step_done (db, update, error))
        {
          sqlite3_reset (select);
          return FALSE;
        }
    }

  return nb_db_finish_rows (db, select, rc, error);
}

/**
 * nb_db_now_usec:
 *
 * Returns: the time to stamp a change with, in microseconds since 1970,
 *   from Netbook's clock (which tests can fix)
 */
gint64
nb_db_now_usec (void)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();

  return g_date_time_to_unix (now) * G_USEC_PER_SEC + g_date_time_get_microsecond (now);
}
