/* nb-db.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-db"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "nb-db.h"
#include "nb-keep-in-touch.h"
#include "nb-text.h"

/* "NBTK": marks a SQLite file as Netbook's. */
#define NB_APPLICATION_ID 0x4e42544b

/* How long a writer waits for another connection's transaction: the
 * workers, and the command line, long enough for another Netbook's import
 * or sync batch to finish. */
#define BUSY_TIMEOUT_MS 10000
/* The store's own connection, on the main thread, less: the window does
 * not answer while it waits, and after 5 s GNOME offers to stop it. A
 * save that waited this long fails, saying the database is in use. */
#define PRIMARY_BUSY_TIMEOUT_MS 3000

struct _NbDb
{
  sqlite3    *handle;
  char       *path;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
  /* The transaction wrote email addresses of contacts. */
  gboolean    wrote_emails;
};

G_DEFINE_QUARK (nb-store-error-quark, nb_store_error)

static const char schema_v1[] =
  "CREATE TABLE meta ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT"
  ") WITHOUT ROWID;"

  "CREATE TABLE contacts ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  full_name TEXT NOT NULL CHECK (full_name <> ''),"
  "  sort_key BLOB NOT NULL,"
  "  match_key TEXT NOT NULL,"
  "  structured_name TEXT,"
  "  nickname TEXT,"
  "  organization TEXT,"
  "  title TEXT,"
  "  how_met TEXT,"
  "  food_preferences TEXT,"
  "  help_notes TEXT,"
  "  notes TEXT,"
  "  bday_year INTEGER,"
  "  bday_month INTEGER,"
  "  bday_day INTEGER,"
  "  photo_uri TEXT,"
  "  vcard_extra TEXT,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL"
  ");"
  "CREATE INDEX contacts_by_sort_key ON contacts (sort_key, id);"
  "CREATE INDEX contacts_by_match_key ON contacts (match_key);"
  "CREATE INDEX contacts_by_birthday ON contacts (bday_month, bday_day)"
  "  WHERE bday_month IS NOT NULL;"

  "CREATE TABLE contact_fields ("
  "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  kind INTEGER NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  label TEXT,"
  "  value TEXT NOT NULL,"
  "  PRIMARY KEY (contact_id, kind, position)"
  ") WITHOUT ROWID;"
  "CREATE INDEX contact_emails ON contact_fields (lower (value)) WHERE kind = 0;"

  "CREATE TABLE contact_addresses ("
  "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  label TEXT,"
  "  po_box TEXT NOT NULL,"
  "  extended TEXT NOT NULL,"
  "  street TEXT NOT NULL,"
  "  locality TEXT NOT NULL,"
  "  region TEXT NOT NULL,"
  "  postal_code TEXT NOT NULL,"
  "  country TEXT NOT NULL,"
  "  PRIMARY KEY (contact_id, position)"
  ") WITHOUT ROWID;"

  "CREATE TABLE contact_tags ("
  "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  tag TEXT NOT NULL,"
  "  PRIMARY KEY (contact_id, position)"
  ") WITHOUT ROWID;"
  "CREATE INDEX contact_tags_by_tag ON contact_tags (tag);"

  "CREATE TABLE contact_photos ("
  "  contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,"
  "  mime_type TEXT,"
  "  data BLOB NOT NULL"
  ");"

  /* Accent- and case-insensitive; combining marks belong to words so that
   * scripts that need them are searchable. rowid = contacts.id. */
  "CREATE VIRTUAL TABLE contacts_fts USING fts5 ("
  "  name, nickname, organization, title, emails, phones, tags, how_met, notes,"
  "  tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\","
  "  prefix = '1 2 3'"
  ");"
  "CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN"
  "  DELETE FROM contacts_fts WHERE rowid = old.id;"
  "END;";

/* Meals, the people they are with, and logged contacts. An attendee keeps
 * the name when the contact is deleted. contacts.last_interaction (seconds
 * since 1970) is kept up to date by the store, so that ranking whom to
 * invite needs no aggregate over every contact's meals. */
static const char schema_v2[] =
  "ALTER TABLE contacts ADD COLUMN cadence_days INTEGER;"
  "ALTER TABLE contacts ADD COLUMN last_interaction INTEGER;"
  "ALTER TABLE contacts ADD COLUMN last_interaction_kind INTEGER;"

  "CREATE TABLE meetings ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  kind INTEGER NOT NULL,"
  "  start INTEGER NOT NULL,"
  "  time_zone TEXT,"
  "  duration INTEGER NOT NULL CHECK (duration > 0),"
  "  place TEXT,"
  "  address TEXT,"
  "  payer INTEGER NOT NULL,"
  "  status INTEGER NOT NULL,"
  "  notes TEXT,"
  "  follow_up INTEGER NOT NULL,"
  "  follow_up_date INTEGER,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL"
  ");"
  "CREATE INDEX meetings_by_start ON meetings (start);"
  /* Only the meals that may need asking about or following up. */
  "CREATE INDEX meetings_open ON meetings (start) WHERE status = 0 OR follow_up = 1;"

  "CREATE TABLE meeting_attendees ("
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,"
  "  name TEXT NOT NULL,"
  "  email TEXT,"
  "  PRIMARY KEY (meeting_id, position)"
  ") WITHOUT ROWID;"
  "CREATE INDEX meeting_attendees_by_contact ON meeting_attendees (contact_id)"
  "  WHERE contact_id IS NOT NULL;"

  "CREATE TABLE interactions ("
  "  id INTEGER PRIMARY KEY,"
  "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  date INTEGER NOT NULL,"
  "  kind INTEGER NOT NULL,"
  "  note TEXT"
  ");"
  "CREATE INDEX interactions_by_contact ON interactions (contact_id, date);";

/* The birthdays a notification was given for, so that it is given once a
 * year, even if Netbook starts many times that day. */
static const char schema_v3[] =
  "CREATE TABLE birthday_notices ("
  "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  PRIMARY KEY (contact_id, year)"
  ") WITHOUT ROWID;";

/* Sync with CardDAV/CalDAV servers. An account's password is in the
 * system keyring, never here. sync_items ties a local contact or meal (by
 * UID) to its resource on the server: its ETag, the text both sides last
 * agreed on (the base of a three-way merge), and the local `updated` it
 * was in step with — 0 when the local copy must be sent. A local item with
 * no row is new here; a row whose item is gone was deleted here. */
static const char schema_v4[] =
  "CREATE TABLE accounts ("
  "  id INTEGER PRIMARY KEY,"
  "  server TEXT NOT NULL,"
  "  user TEXT NOT NULL,"
  "  last_sync INTEGER,"
  "  last_error TEXT,"
  "  created INTEGER NOT NULL,"
  "  UNIQUE (server, user)"
  ");"

  "CREATE TABLE sync_collections ("
  "  id INTEGER PRIMARY KEY,"
  "  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  kind INTEGER NOT NULL,"
  "  url TEXT NOT NULL,"
  "  name TEXT,"
  "  sync_token TEXT,"
  "  ctag TEXT,"
  "  UNIQUE (account_id, kind)"
  ");"

  "CREATE TABLE sync_items ("
  "  collection_id INTEGER NOT NULL REFERENCES sync_collections (id) ON DELETE CASCADE,"
  "  uid TEXT NOT NULL,"
  "  href TEXT NOT NULL,"
  "  etag TEXT,"
  "  base TEXT,"
  "  synced INTEGER NOT NULL,"
  "  UNIQUE (collection_id, uid),"
  "  UNIQUE (collection_id, href)"
  ");"

  /* What a sync conflict replaced, kept for the person to look at. */
  "CREATE TABLE sync_history ("
  "  id INTEGER PRIMARY KEY,"
  "  kind INTEGER NOT NULL,"
  "  uid TEXT NOT NULL,"
  "  date INTEGER NOT NULL,"
  "  summary TEXT NOT NULL,"
  "  data TEXT"
  ");"
  "CREATE INDEX sync_history_by_uid ON sync_history (kind, uid, date);";

/* A meal keeps the calendar it was read from, so that writing it back
 * changes only what Netbook changed, and a title of its own. The events of
 * a synced calendar that are not meals are kept apart, as the server gave
 * them: shown, never changed, never counted as meals. A repeating one is
 * found by the end of its last time (last_end; NULL for ever). */
static const char schema_v5[] =
  "ALTER TABLE meetings ADD COLUMN title TEXT;"
  "ALTER TABLE meetings ADD COLUMN ical_source TEXT;"

  "CREATE TABLE calendar_events ("
  "  id INTEGER PRIMARY KEY,"
  "  collection_id INTEGER NOT NULL REFERENCES sync_collections (id) ON DELETE CASCADE,"
  "  href TEXT NOT NULL,"
  "  etag TEXT,"
  "  uid TEXT,"
  "  summary TEXT,"
  "  location TEXT,"
  "  starts INTEGER NOT NULL,"
  "  ends INTEGER NOT NULL,"
  "  all_day INTEGER NOT NULL,"
  "  repeats INTEGER NOT NULL,"
  "  last_end INTEGER,"
  "  source TEXT NOT NULL,"
  "  UNIQUE (collection_id, href)"
  ");"
  "CREATE INDEX calendar_events_by_start ON calendar_events (starts);";

/* What other programs' vCards say that Netbook keeps: the units of a
 * contact's organisation (ORG:Company;Department;Team), largest first;
 * and, for each email address, phone number, website and postal address,
 * the vCard group it was read in (item1.EMAIL), which ties it to the other
 * properties of the group, such as Apple's item1.X-ABLabel, and how
 * preferred it is (vCard 4's PREF, 1 the most; 0 for not). */
static const char schema_v6[] =
  "CREATE TABLE contact_org_units ("
  "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  unit TEXT NOT NULL,"
  "  PRIMARY KEY (contact_id, position)"
  ") WITHOUT ROWID;"
  "ALTER TABLE contact_fields ADD COLUMN vcard_group TEXT;"
  "ALTER TABLE contact_fields ADD COLUMN pref INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE contact_addresses ADD COLUMN vcard_group TEXT;"
  "ALTER TABLE contact_addresses ADD COLUMN pref INTEGER NOT NULL DEFAULT 0;";

/* Keep in touch. An interaction (a call, a message, met in person…) is
 * with one or more people (interaction_people, which repeats its date so
 * that a contact's history and last interaction are read by index), has a
 * UID for sync, and may be a day without a time (has_time 0: date is the
 * day's local midnight). hidden marks one whose deletion can still be
 * undone: it does not count meanwhile. The rows of v6, one contact each,
 * keep their ids and get random UIDs.
 *
 * Circles are contact tags (contact_tags.tag, compared exactly, as tags
 * are) that may carry a keep-in-touch rhythm. For each contact the store
 * keeps the day last in touch (touch_day: a Julian day in the local time
 * zone, of the last interaction or, never in touch, of when it was added),
 * its rhythm when it is not the default (rhythm_days: its own, else its
 * circles' shortest; NULL for the default, 0 for never) and the circle
 * that gave it, and the day a snooze ends (snooze_day, from
 * snoozed_until, in seconds), so that who is due is found by index
 * (nb-db-keep-in-touch.c). */
static const char schema_v7[] =
  "ALTER TABLE interactions RENAME TO interactions_v6;"
  "CREATE TABLE interactions ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  kind INTEGER NOT NULL,"
  "  date INTEGER NOT NULL,"
  "  has_time INTEGER NOT NULL DEFAULT 1,"
  "  note TEXT,"
  "  title TEXT,"
  "  ical_source TEXT,"
  "  hidden INTEGER NOT NULL DEFAULT 0,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL"
  ");"
  "CREATE INDEX interactions_hidden ON interactions (id) WHERE hidden <> 0;"
  "CREATE TABLE interaction_people ("
  "  interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,"
  "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  date INTEGER NOT NULL,"
  "  PRIMARY KEY (interaction_id, contact_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX interaction_people_by_contact"
  "  ON interaction_people (contact_id, date, interaction_id);"
  "INSERT INTO interactions (id, uid, kind, date, has_time, note, created, updated)"
  "  SELECT id,"
  "    lower (hex (randomblob (4))) || '-' || lower (hex (randomblob (2))) || '-4' ||"
  "    substr (lower (hex (randomblob (2))), 2) || '-' ||"
  "    substr ('89ab', 1 + abs (random ()) % 4, 1) || substr (lower (hex (randomblob (2))), 2) ||"
  "    '-' || lower (hex (randomblob (6))),"
  "    kind, date, 1, note, date * 1000000, date * 1000000"
  "  FROM interactions_v6;"
  "INSERT INTO interaction_people (interaction_id, contact_id, date)"
  "  SELECT id, contact_id, date FROM interactions_v6;"
  "DROP TABLE interactions_v6;"

  "CREATE TABLE circles ("
  "  name TEXT PRIMARY KEY,"
  "  cadence_days INTEGER NOT NULL CHECK (cadence_days >= 0)"
  ") WITHOUT ROWID;"

  "ALTER TABLE contacts ADD COLUMN snoozed_until INTEGER;"
  "ALTER TABLE contacts ADD COLUMN snooze_day INTEGER;"
  "ALTER TABLE contacts ADD COLUMN touch_day INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE contacts ADD COLUMN rhythm_days INTEGER;"
  "ALTER TABLE contacts ADD COLUMN rhythm_circle TEXT;"
  "UPDATE contacts SET rhythm_days = cadence_days,"
  "  touch_day = nb_local_day (COALESCE (last_interaction, created / 1000000));"
  "CREATE INDEX contacts_by_rhythm ON contacts (rhythm_days, touch_day);"
  "CREATE INDEX contacts_snoozed ON contacts (snooze_day) WHERE snooze_day IS NOT NULL;";

/* Version 8: interactions captured from a calendar the user chose (its
 * source, e.g. "collection:12", and the event's UID and occurrence), so
 * that reading it again, or removing it, changes exactly what it added;
 * the calendars of accounts read for that (capture_calendars), and the
 * captured meetings the user deleted, not to be counted again
 * (capture_dismissed). */
static const char schema_v8[] =
  "ALTER TABLE interactions ADD COLUMN captured_from TEXT;"
  "ALTER TABLE interactions ADD COLUMN captured_key TEXT;"
  "CREATE UNIQUE INDEX interactions_captured ON interactions (captured_from, captured_key)"
  "  WHERE captured_from IS NOT NULL;"
  "CREATE TABLE capture_calendars ("
  "  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  url TEXT NOT NULL,"
  "  PRIMARY KEY (account_id, url)"
  ") WITHOUT ROWID;"
  "CREATE TABLE capture_dismissed ("
  "  source TEXT NOT NULL,"
  "  key TEXT NOT NULL,"
  "  PRIMARY KEY (source, key)"
  ") WITHOUT ROWID;";

/* Version 9: what a chosen calendar was when it was last read (its
 * sync-token or getctag) and when the next of its meetings begins, so that
 * a sync reads it again only when it changed or a meeting has passed; a
 * transaction that writes email addresses of contacts sets every state
 * back to NULL when it commits (nb_db_commit()), as they may be in
 * meetings already there. */
static const char schema_v9[] =
  "ALTER TABLE capture_calendars ADD COLUMN state TEXT;"
  "ALTER TABLE capture_calendars ADD COLUMN recheck INTEGER;";

/* Version 10: give and take. A favour's answer (yes, no, later) and when
 * it was given, and who reached out (me, them, not said), for each
 * interaction. */
static const char schema_v10[] =
  "ALTER TABLE interactions ADD COLUMN answer INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE interactions ADD COLUMN answered INTEGER;"
  "ALTER TABLE interactions ADD COLUMN initiator INTEGER NOT NULL DEFAULT 0;";

/* Version 11: needs and offers, short phrases on each card (kind 0: what
 * they are looking for, 1: what they can offer), in their order; and what
 * matching a need with an offer searches (rowid = contacts.id), stemmed
 * (porter: "fundraising" finds "fundraise") and accent-insensitive, filled
 * for the contacts there are. */
static const char schema_v11[] =
  "CREATE TABLE contact_phrases ("
  "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  kind INTEGER NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  phrase TEXT NOT NULL,"
  "  PRIMARY KEY (contact_id, kind, position)"
  ") WITHOUT ROWID;"
  "CREATE VIRTUAL TABLE contacts_match USING fts5 ("
  "  offers, looking_for, organization, title, tags, notes,"
  "  tokenize = \"porter unicode61 remove_diacritics 2\""
  ");"
  "CREATE TRIGGER contacts_match_delete AFTER DELETE ON contacts BEGIN"
  "  DELETE FROM contacts_match WHERE rowid = old.id;"
  "END;"
  "INSERT INTO contacts_match (rowid, organization, title, tags, notes)"
  "  SELECT c.id, c.organization, c.title,"
  "         (SELECT group_concat (tag, char (10)) FROM contact_tags t WHERE t.contact_id = c.id),"
  "         substr (c.notes, 1, 4096) FROM contacts c;";

/* Version 12: introductions I make, with a double opt-in. Who made one
 * (NULL: me), when they were introduced and when I asked how it went
 * (seconds, UTC), and where each person stands in the opt-in (NbOptIn).
 * Introductions logged before were made then and are not asked about;
 * the open ones are found by a partial index. */
static const char schema_v12[] =
  "ALTER TABLE interactions ADD COLUMN introducer INTEGER REFERENCES contacts (id) ON DELETE SET NULL;"
  "ALTER TABLE interactions ADD COLUMN introduced INTEGER;"
  "ALTER TABLE interactions ADD COLUMN followed_up INTEGER;"
  "ALTER TABLE interaction_people ADD COLUMN opt_in INTEGER NOT NULL DEFAULT 0;"
  "UPDATE interactions SET introduced = date, followed_up = date WHERE kind = 7;"
  "CREATE INDEX interactions_open_introductions ON interactions (introduced)"
  "  WHERE kind = 7 AND followed_up IS NULL AND introducer IS NULL;";

/* Version 13: meal trains. A train is for a contact (NULL when the
 * contact is gone), runs from its first to its last day (Julian day
 * numbers) on some days of the week (bits, Monday first) and brings lunch,
 * dinner or both (NbTrainMeals) within drop-off windows (minutes after
 * midnight). Its slots are one for each of those meals, planned, brought
 * or cancelled (NbMeetingStatus), with their helpers in order (contact_id
 * NULL: me). */
static const char schema_v13[] =
  "CREATE TABLE meal_trains ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  recipient INTEGER REFERENCES contacts (id) ON DELETE SET NULL,"
  "  reason TEXT,"
  "  address TEXT,"
  "  first_day INTEGER NOT NULL,"
  "  last_day INTEGER NOT NULL CHECK (last_day >= first_day),"
  "  meals INTEGER NOT NULL,"
  "  weekdays INTEGER NOT NULL,"
  "  n_people INTEGER NOT NULL DEFAULT 0,"
  "  lunch_start INTEGER NOT NULL,"
  "  lunch_end INTEGER NOT NULL,"
  "  dinner_start INTEGER NOT NULL,"
  "  dinner_end INTEGER NOT NULL,"
  "  dietary TEXT,"
  "  notes TEXT,"
  "  cancelled INTEGER NOT NULL DEFAULT 0,"
  "  ical_source TEXT,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL"
  ");"
  "CREATE INDEX meal_trains_by_recipient ON meal_trains (recipient);"
  "CREATE INDEX meal_trains_by_last_day ON meal_trains (last_day);"
  "CREATE TABLE meal_train_slots ("
  "  id INTEGER PRIMARY KEY,"
  "  train_id INTEGER NOT NULL REFERENCES meal_trains (id) ON DELETE CASCADE,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  day INTEGER NOT NULL,"
  "  meal INTEGER NOT NULL,"
  "  status INTEGER NOT NULL DEFAULT 0,"
  "  follow_up INTEGER NOT NULL DEFAULT 0,"
  "  ical_source TEXT,"
  "  updated INTEGER NOT NULL,"
  "  UNIQUE (train_id, day, meal)"
  ");"
  "CREATE INDEX meal_train_slots_by_day ON meal_train_slots (day);"
  "CREATE INDEX meal_train_slots_to_follow_up ON meal_train_slots (day)"
  "  WHERE status = 0 OR follow_up = 1;"
  "CREATE TABLE meal_train_helpers ("
  "  slot_id INTEGER NOT NULL REFERENCES meal_train_slots (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (slot_id, position)"
  ") WITHOUT ROWID;"
  "CREATE INDEX meal_train_helpers_by_contact ON meal_train_helpers (contact_id);";

/* Version 14: what imports of other programs' lists (a LinkedIn or Google
 * CSV export, an address book of GNOME's) last gave for a card: one row
 * per source ("linkedin", "google", …) and key (a profile's address, a
 * name and email), with the card it went into and what it said then,
 * written by the importer (a vCard), so that a re-import changes only what
 * the list changed and never what the user wrote. */
static const char schema_v14[] =
  "CREATE TABLE imported_rows ("
  "  source TEXT NOT NULL,"
  "  key TEXT NOT NULL,"
  "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  data TEXT NOT NULL,"
  "  PRIMARY KEY (source, key)"
  ") WITHOUT ROWID;"
  "CREATE INDEX imported_rows_by_contact ON imported_rows (contact_id);";

/* Version 15: the cards the user said are not the same person, though
 * the duplicate finder proposed them together: each pair once, the
 * smaller id first, forgotten with either card. */
static const char schema_v15[] =
  "CREATE TABLE not_duplicates ("
  "  contact_a INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  contact_b INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (contact_a, contact_b),"
  "  CHECK (contact_a < contact_b)"
  ") WITHOUT ROWID;"
  "CREATE INDEX not_duplicates_by_b ON not_duplicates (contact_b);";

static const NbMigration migrations[] = {
  { 1, schema_v1, NULL },
  { 2, schema_v2, NULL },
  { 3, schema_v3, NULL },
  { 4, schema_v4, NULL },
  { 5, schema_v5, NULL },
  { 6, schema_v6, NULL },
  { 7, schema_v7, NULL },
  { 8, schema_v8, NULL },
  { 9, schema_v9, NULL },
  { 10, schema_v10, NULL },
  { 11, schema_v11, NULL },
  { 12, schema_v12, NULL },
  { 13, schema_v13, NULL },
  { 14, schema_v14, NULL },
  { 15, schema_v15, NULL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == NB_DB_SCHEMA_VERSION);

/**
 * nb_db_set_error:
 * @db: a connection
 * @rc: an SQLite result code
 * @error: return location for an error
 *
 * Sets @error from @rc and the connection's last message.
 *
 * Returns: %FALSE, so that it can end a failing function
 */
gboolean
nb_db_set_error (NbDb    *db,
                 int      rc,
                 GError **error)
{
  const char *detail = db && db->handle ? sqlite3_errmsg (db->handle) : sqlite3_errstr (rc);
  NbStoreError code;
  const char *message;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = NB_STORE_ERROR_FULL;
      message = _("The disk is full");
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = NB_STORE_ERROR_CORRUPT;
      message = _("The database file is damaged or is not a database");
      break;

    case SQLITE_READONLY:
      code = NB_STORE_ERROR_READ_ONLY;
      message = _("The database file or its folder is read-only");
      break;

    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      code = NB_STORE_ERROR_IO;
      message = _("The database file could not be read or written");
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = NB_STORE_ERROR_BUSY;
      message = _("The database is in use by another program");
      break;

    case SQLITE_INTERRUPT:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
      return FALSE;

    default:
      code = NB_STORE_ERROR_FAILED;
      message = _("The database reported an error");
      break;
    }

  g_set_error (error, NB_STORE_ERROR, code, "%s (%s)", message, detail);
  return FALSE;
}

static gboolean
query_int (NbDb        *db,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      nb_db_set_error (db, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Makes a consistent copy of the database next to it before it is changed
 * by a migration, and leaves it there. The copy is written under another
 * name and renamed when complete, so that a copy cut off (Netbook killed,
 * the disk full) is never taken for a good one. */
static gboolean
backup_before_migration (NbDb     *db,
                         gint64    from_version,
                         GError  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *backup = NULL;
  g_autofree char *partial = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt = NULL;
  int fd;
  int rc;

  for (guint i = 0; ; i++)
    {
      g_free (backup);
      backup = i == 0
        ? g_strdup_printf ("%s.v%" G_GINT64_FORMAT "-%s.bak", db->path, from_version, stamp)
        : g_strdup_printf ("%s.v%" G_GINT64_FORMAT "-%s-%u.bak", db->path, from_version, stamp, i);
      if (!g_file_test (backup, G_FILE_TEST_EXISTS))
        break;
    }

  /* A name of this attempt's own: VACUUM INTO writes into an empty file. */
  partial = g_strconcat (backup, ".part-XXXXXX", NULL);
  fd = g_mkstemp_full (partial, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_MIGRATION,
                   _("Could not save a copy of the database before upgrading it: %s"),
                   g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_prepare_v2 (db->handle, "VACUUM INTO ?", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, partial, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
    }

  if (rc != SQLITE_DONE)
    nb_db_set_error (db, rc, &local_error);
  sqlite3_finalize (stmt);

  if (local_error == NULL && g_rename (partial, backup) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (&local_error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
    }

  if (local_error != NULL)
    {
      g_unlink (partial);
      g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_MIGRATION,
                   _("Could not save a copy of the database before upgrading it: %s"),
                   local_error->message);
      return FALSE;
    }

  g_message ("Saved a copy of the database as %s before upgrading it", backup);
  return TRUE;
}

static gboolean
migrate (NbDb               *db,
         const NbMigration  *steps,
         guint               n_steps,
         GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 version = 0, app_id = 0, n_objects = 0;
  int target = n_steps ? steps[n_steps - 1].version : 0;

  /* Read before anything is written: a file that is not ours, damaged, or
   * from a newer Netbook is left exactly as it is. */
  if (!query_int (db, "PRAGMA user_version", &version, error) ||
      !query_int (db, "PRAGMA application_id", &app_id, error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return FALSE;

  if (app_id != NB_APPLICATION_ID && (app_id != 0 || version != 0 || n_objects != 0))
    {
      g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_NETBOOK,
                   _("“%s” is not a Netbook database"), db->path);
      return FALSE;
    }

  if (version > target)
    {
      g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_NEWER_VERSION,
                   _("The database “%s” was written by a newer version of Netbook "
                     "(format %d, this version reads up to %d). "
                     "It has not been changed; please use a newer Netbook."),
                   db->path, (int) MIN (version, G_MAXINT), target);
      return FALSE;
    }

  if (!nb_db_exec (db, "PRAGMA journal_mode = WAL", error))
    return FALSE;

  if (version == target)
    return TRUE;

  if (version > 0 && !backup_before_migration (db, version, error))
    return FALSE;

  if (!nb_db_begin (db, error))
    return FALSE;

  for (guint i = 0; i < n_steps; i++)
    {
      g_autofree char *set_version = NULL;

      if (steps[i].version <= version)
        continue;

      if ((steps[i].sql && !nb_db_exec (db, steps[i].sql, &local_error)) ||
          (steps[i].func && !steps[i].func (db, &local_error)))
        break;

      set_version = g_strdup_printf ("PRAGMA user_version = %d", steps[i].version);
      if (!nb_db_exec (db, set_version, &local_error))
        break;
    }

  if (local_error == NULL)
    {
      g_autofree char *set_app_id = g_strdup_printf ("PRAGMA application_id = %d",
                                                     NB_APPLICATION_ID);

      if (nb_db_exec (db, set_app_id, &local_error))
        nb_db_commit (db, &local_error);
    }

  if (local_error != NULL)
    {
      nb_db_rollback (db);
      g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_MIGRATION,
                   _("Could not upgrade the database “%s”; it has not been changed: %s"),
                   db->path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Sort keys depend on the locale's collation: when it changed since they
 * were made, make them again, once. */
static gboolean
check_collation (NbDb    *db,
                 GError **error)
{
  const char *collation = nb_text_collation_id ();
  sqlite3_stmt *stmt;
  gboolean same = FALSE;
  int rc;

  stmt = nb_db_prepare (db, "SELECT value FROM meta WHERE key = 'collation'", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    same = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), collation) == 0;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return nb_db_set_error (db, rc, error);
  if (same)
    return TRUE;

  if (!nb_db_begin (db, error))
    return FALSE;

  stmt = nb_db_prepare (db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('collation', ?)",
                        error);
  if (stmt == NULL || !nb_db_update_sort_keys (db, error))
    goto fail;

  sqlite3_bind_text (stmt, 1, collation, -1, SQLITE_STATIC);
  if (!nb_db_step_done (db, stmt, error) || !nb_db_commit (db, error))
    goto fail;

  return TRUE;

fail:
  nb_db_rollback (db);
  return FALSE;
}

/* The days the keep-in-touch list counts by (contacts.touch_day,
 * snooze_day) are days of the local time zone: when it changed since they
 * were counted, count them again, once. */
static gboolean
check_time_zone (NbDb    *db,
                 GError **error)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *zone = g_time_zone_get_identifier (local);
  sqlite3_stmt *stmt;
  gboolean same = FALSE;
  int rc;

  stmt = nb_db_prepare (db, "SELECT value FROM meta WHERE key = 'time_zone'", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    same = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), zone) == 0;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return nb_db_set_error (db, rc, error);
  if (same)
    return TRUE;

  if (!nb_db_begin (db, error))
    return FALSE;

  if (!nb_db_exec (db,
                   "UPDATE contacts SET"
                   " touch_day = nb_local_day (COALESCE (last_interaction, created / 1000000)),"
                   " snooze_day = nb_local_day (snoozed_until)",
                   error))
    goto fail;

  stmt = nb_db_prepare (db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('time_zone', ?)",
                        error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_text (stmt, 1, zone, -1, SQLITE_STATIC);
  if (!nb_db_step_done (db, stmt, error) || !nb_db_commit (db, error))
    goto fail;

  return TRUE;

fail:
  nb_db_rollback (db);
  return FALSE;
}

/* Says which file, when SQLite's reason does not. */
static void
prefix_path (GError     **error,
             const char  *path)
{
  GError *e = *error;

  if (e->domain == NB_STORE_ERROR &&
      (e->code == NB_STORE_ERROR_CORRUPT || e->code == NB_STORE_ERROR_IO ||
       e->code == NB_STORE_ERROR_BUSY || e->code == NB_STORE_ERROR_FULL ||
       e->code == NB_STORE_ERROR_READ_ONLY || e->code == NB_STORE_ERROR_FAILED))
    {
      *error = g_error_new (e->domain, e->code, _("Could not open the database “%s”: %s"),
                            path, e->message);
      g_error_free (e);
    }
}

/* Netbook writes the database, its journal (-wal, -shm) and, before an
 * upgrade, a copy of it next to it: a file or folder it may not write is
 * said at once, before anything is read or written, rather than with a
 * failed open or a failed save later. */
static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char *what = NULL;
  int saved_errno = 0;

  if (access (path, W_OK) != 0 && errno != ENOENT)
    {
      saved_errno = errno;
      what = path;
    }
  else if (access (dir, W_OK) != 0)
    {
      saved_errno = errno;
      what = dir;
    }

  if (what == NULL || (saved_errno != EACCES && saved_errno != EROFS && saved_errno != EPERM))
    return TRUE;

  if (what == path)
    g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_READ_ONLY,
                 /* Translators: the database's path, and why (such as
                  * "Read-only file system" or "Permission denied"). */
                 _("The database “%s” is read-only (%s): Netbook needs to write to the file "
                   "and to its folder. Nothing has been changed."),
                 path, g_strerror (saved_errno));
  else
    g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_READ_ONLY,
                 /* Translators: the database's path, and why (such as
                  * "Read-only file system" or "Permission denied"). */
                 _("The folder of the database “%s” is read-only (%s): Netbook needs to write to "
                   "the file and to its folder. Nothing has been changed."),
                 path, g_strerror (saved_errno));
  return FALSE;
}

/* nb_local_day (seconds since 1970): the day, in the local time zone, as
 * a Julian day number; the measure of nb-keep-in-touch.c, for SQL. */
static void
local_day_func (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  if (sqlite3_value_type (argv[0]) == SQLITE_NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  sqlite3_result_int64 (context, nb_keep_in_touch_day_of (sqlite3_value_int64 (argv[0])));
}

static NbDb *
open_connection (const char  *path,
                 NbDbMode     mode,
                 GError     **error)
{
  g_autoptr(NbDb) db = g_new0 (NbDb, 1);
  g_autoptr(GError) local_error = NULL;
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_READWRITE;
  int rc;

  db->path = g_strdup (path);
  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) sqlite3_finalize);

  if (mode == NB_DB_PRIMARY)
    {
      if (!check_writable (path, error))
        return NULL;
      flags |= SQLITE_OPEN_CREATE;
    }

  rc = sqlite3_open_v2 (path, &db->handle, flags, NULL);
  if (rc != SQLITE_OK)
    {
      nb_db_set_error (db, rc, &local_error);
      g_set_error (error, NB_STORE_ERROR, local_error->code,
                   _("Could not open the database “%s”: %s"), path, local_error->message);
      return NULL;
    }

  sqlite3_extended_result_codes (db->handle, 1);
  sqlite3_create_function (db->handle, "nb_local_day", 1, SQLITE_UTF8 | SQLITE_INNOCUOUS, NULL,
                           local_day_func, NULL, NULL);
  sqlite3_busy_timeout (db->handle, mode == NB_DB_PRIMARY ? PRIMARY_BUSY_TIMEOUT_MS : BUSY_TIMEOUT_MS);

  /* WAL with synchronous=NORMAL: a commit survives the app being killed,
   * and the file is never left half-written. */
  if (!nb_db_exec (db, "PRAGMA foreign_keys = ON", &local_error) ||
      !nb_db_exec (db, "PRAGMA synchronous = NORMAL", &local_error) ||
      !nb_db_exec (db, "PRAGMA temp_store = MEMORY", &local_error))
    {
      prefix_path (&local_error, path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&db);
}

/**
 * nb_db_open:
 * @path: the database file
 * @mode: primary (creates and upgrades the file as needed) or secondary
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the connection
 */
NbDb *
nb_db_open (const char  *path,
            NbDbMode     mode,
            GError     **error)
{
  if (mode == NB_DB_SECONDARY)
    return open_connection (path, mode, error);

  return _nb_db_open_with_migrations (path, migrations, G_N_ELEMENTS (migrations), error);
}

/* For tests: Netbook's own migrations, to make a database of an older
 * version. */
const NbMigration *
_nb_db_get_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

/* For tests of the migration mechanism: opens @path read-write and brings
 * it to the last version of @steps. */
NbDb *
_nb_db_open_with_migrations (const char         *path,
                             const NbMigration  *steps,
                             guint               n_steps,
                             GError            **error)
{
  g_autoptr(NbDb) db = open_connection (path, NB_DB_PRIMARY, error);
  g_autoptr(GError) local_error = NULL;

  if (db == NULL)
    return NULL;

  if (!migrate (db, steps, n_steps, &local_error))
    {
      prefix_path (&local_error, path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (steps == migrations && !check_collation (db, error))
    return NULL;
  if (steps == migrations && n_steps == G_N_ELEMENTS (migrations) && !check_time_zone (db, error))
    return NULL;

  return g_steal_pointer (&db);
}

void
nb_db_close (NbDb *db)
{
  if (db == NULL)
    return;

  g_clear_pointer (&db->statements, g_hash_table_unref);
  if (db->handle != NULL)
    sqlite3_close_v2 (db->handle);
  g_free (db->path);
  g_free (db);
}

sqlite3 *
nb_db_get_handle (NbDb *db)
{
  return db->handle;
}

const char *
nb_db_get_path (NbDb *db)
{
  return db->path;
}

/**
 * nb_db_prepare:
 * @db: a connection
 * @sql: one SQL statement
 * @error: return location for an error
 *
 * Returns the connection's prepared statement for @sql, reset and with its
 * bindings cleared, preparing it the first time.
 *
 * Returns: (transfer none) (nullable): the statement
 */
sqlite3_stmt *
nb_db_prepare (NbDb        *db,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (db->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      nb_db_set_error (db, rc, error);
      return NULL;
    }

  g_hash_table_insert (db->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
nb_db_exec (NbDb        *db,
            const char  *sql,
            GError     **error)
{
  int rc = sqlite3_exec (db->handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return nb_db_set_error (db, rc, error);

  return TRUE;
}

/* Steps a statement that returns no rows, then resets it. */
gboolean
nb_db_step_done (NbDb          *db,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return nb_db_set_error (db, rc, error);

  return TRUE;
}

/**
 * nb_db_finish_rows:
 * @db: a connection
 * @stmt: a statement whose rows were stepped through
 * @rc: what the last sqlite3_step() returned
 * @error: return location for an error
 *
 * Resets @stmt for its next use.
 *
 * Returns: %TRUE if every row was read (@rc is SQLITE_DONE)
 */
gboolean
nb_db_finish_rows (NbDb          *db,
                   sqlite3_stmt  *stmt,
                   int            rc,
                   GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return nb_db_set_error (db, rc, error);

  return TRUE;
}

/**
 * nb_db_collect_ids:
 * @db: a connection
 * @stmt: a prepared, bound statement whose first column is an id
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids, in
 *   the statement's order, or %NULL on error
 */
GArray *
nb_db_collect_ids (NbDb          *db,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (!nb_db_finish_rows (db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&ids);
}

/**
 * nb_db_find_id:
 * @db: a connection
 * @stmt: a prepared, bound statement whose first column is an id
 * @error: return location for an error
 *
 * Returns: the id of the first row, 0 if there is none, or -1 on error
 */
gint64
nb_db_find_id (NbDb          *db,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  gint64 id = 0;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_DONE;
    }

  if (!nb_db_finish_rows (db, stmt, rc, error))
    return -1;

  return id;
}

/**
 * nb_db_select_by_id:
 * @db: a connection
 * @sql: a query of one row whose only parameter is an id
 * @id: the id
 * @not_found: the message when there is no such row
 * @error: return location for an error
 *
 * Returns: (transfer none) (nullable): the statement on its row, to read
 *   and then reset; %NULL, with @error set, when there is no row
 */
sqlite3_stmt *
nb_db_select_by_id (NbDb        *db,
                    const char  *sql,
                    gint64       id,
                    const char  *not_found,
                    GError     **error)
{
  sqlite3_stmt *stmt = nb_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return stmt;

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND, not_found);
  else
    nb_db_set_error (db, rc, error);

  return NULL;
}

const char *
nb_db_column_text (sqlite3_stmt *stmt,
                   int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Binds @text, or NULL for a missing or empty one. */
void
nb_db_bind_text_or_null (sqlite3_stmt *stmt,
                         int           index,
                         const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

gboolean
nb_db_begin (NbDb    *db,
             GError **error)
{
  return nb_db_exec (db, "BEGIN IMMEDIATE", error);
}

/**
 * nb_db_note_emails_written:
 * @db: a connection, inside a transaction
 *
 * The transaction gave contacts email addresses: when it commits, the
 * calendars counted as interactions are to be read again at the next
 * sync (one statement for the whole transaction, however many contacts).
 */
void
nb_db_note_emails_written (NbDb *db)
{
  db->wrote_emails = TRUE;
}

gboolean
nb_db_commit (NbDb    *db,
              GError **error)
{
  if (db->wrote_emails)
    {
      db->wrote_emails = FALSE;
      if (!nb_db_exec (db, "UPDATE capture_calendars SET state = NULL WHERE state IS NOT NULL", error))
        return FALSE;
    }

  return nb_db_exec (db, "COMMIT", error);
}

void
nb_db_rollback (NbDb *db)
{
  db->wrote_emails = FALSE;
  if (!sqlite3_get_autocommit (db->handle))
    sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
nb_db_in_transaction (NbDb *db)
{
  return !sqlite3_get_autocommit (db->handle);
}

/**
 * nb_db_data_version:
 * @db: a connection
 *
 * Returns: a number that changes when another connection commits
 */
gint64
nb_db_data_version (NbDb *db)
{
  gint64 version = -1;

  query_int (db, "PRAGMA data_version", &version, NULL);
  return version;
}
