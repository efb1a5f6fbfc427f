/* test-sync.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-attendee.h"
#include "nb-db.h"
#include "nb-dav-server.h"
#include "nb-secrets.h"
#include "nb-sync-error.h"
#include "nb-sync-manager.h"
#include "nb-sync-setup.h"
#include "nb-sync-test-util.h"
#include "nb-test-util.h"

/* Two-way sync against a real server on 127.0.0.1 (Radicale or Xandikos,
 * as NETBOOK_TEST_SERVER says), with the password in the real keyring of
 * the test session. Two databases stand for two devices of the same
 * person, "here" and "there". */

#define USER "alice"
#define PASSWORD "secret"

typedef struct
{
  NbDavServer *server;
  NbStore     *here;
  NbStore     *there;
  char        *book;
  char        *calendar;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbAccount) here = NULL;
  g_autoptr(NbAccount) there = NULL;

  fixture->server = nb_dav_server_start_default (&error);
  g_assert_no_error (error);
  fixture->here = nb_test_open_device ("here.db");
  fixture->there = nb_test_open_device ("there.db");

  /* The first device makes the address book and calendar, or finds the
   * server's own; the second finds the same. */
  here = nb_test_add_account (fixture->server, fixture->here, USER, PASSWORD);
  there = nb_test_add_account (fixture->server, fixture->there, USER, PASSWORD);
  g_assert_cmpstr (nb_account_get_collection (here, NB_COLLECTION_CONTACTS), ==,
                   nb_account_get_collection (there, NB_COLLECTION_CONTACTS));
  g_assert_cmpstr (nb_account_get_collection (here, NB_COLLECTION_MEALS), ==,
                   nb_account_get_collection (there, NB_COLLECTION_MEALS));
  fixture->book = g_strdup (nb_account_get_collection (here, NB_COLLECTION_CONTACTS));
  fixture->calendar = g_strdup (nb_account_get_collection (here, NB_COLLECTION_MEALS));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *server = nb_account_normalize_server (nb_dav_server_get_url (fixture->server));

  /* One secret serves both devices: it goes with the test. */
  g_assert_true (nb_secrets_clear (server, USER, NULL, NULL));
  g_clear_object (&fixture->here);
  g_clear_object (&fixture->there);
  g_clear_pointer (&fixture->server, nb_dav_server_free);
  g_free (fixture->book);
  g_free (fixture->calendar);
}

static NbContact *
add_person (NbStore    *store,
            const char *name,
            const char *notes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) draft = nb_contact_new ();
  g_autoptr(GPtrArray) emails = nb_field_array_new ();
  g_autofree char *email = g_strdup_printf ("%s@example.org", name);
  NbContact *saved;

  g_strdelimit (email, " ", '.');
  g_ptr_array_add (emails, nb_field_new ("work", email));
  nb_contact_set_full_name (draft, name);
  nb_contact_set_notes (draft, notes);
  nb_contact_set_emails (draft, emails);
  nb_contact_set_food_preferences (draft, "Vegetarian");
  nb_contact_set_cadence (draft, 30);
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);

  return saved;
}

static void
edit (NbStore    *store,
      NbContact  *contact,
      const char *property,
      const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) draft = nb_contact_copy (contact);
  g_autoptr(NbContact) saved = NULL;

  g_object_set (draft, property, value, NULL);
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
}

static gint64
count (NbStore    *store,
       const char *sql)
{
  return nb_test_query_int (nb_store_get_path (store), sql);
}

static NbMeeting *
add_meal (NbStore   *store,
          NbContact *with)
{
  g_autoptr(GError) error = NULL;
  GDate day = nb_test_date (12, 12, 2026);
  g_autoptr(NbMeeting) draft = nb_meeting_new_for_day (NB_MEAL_LUNCH, &day);
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_attendee_free);
  NbMeeting *saved;

  g_ptr_array_add (attendees, nb_attendee_new (nb_contact_get_id (with),
                                               nb_contact_get_full_name (with), NULL));
  nb_meeting_set_attendees (draft, attendees);
  nb_meeting_set_place (draft, "Café Ümlaut");
  nb_meeting_set_payer (draft, NB_PAYER_ME);
  saved = nb_store_save_meeting (store, draft, &error);
  g_assert_no_error (error);

  return saved;
}

/* What the server holds, as another client sees it. */
static char *
server_get (Fixture    *fixture,
            const char *href)
{
  char *body = NULL;
  guint status = nb_dav_server_http (fixture->server, "GET", href, USER, PASSWORD, NULL, NULL,
                                     &body, NULL);

  g_assert_cmpuint (status, ==, 200);
  return body;
}

static char *
card_href (Fixture    *fixture,
           const char *uid)
{
  return g_strconcat (fixture->book, uid, ".vcf", NULL);
}

/* ---------------------------------------------------------------------- */

static void
test_first_sync (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "Likes engines");
  g_autoptr(NbContact) zoe = add_person (fixture->here, "Zoë Ünïcode 🍜", NULL);
  g_autoptr(NbMeeting) lunch = add_meal (fixture->here, ada);
  g_autoptr(NbSyncResult) up = NULL;
  g_autoptr(NbSyncResult) down = NULL;
  g_autoptr(NbSyncResult) again = NULL;
  g_autoptr(NbContact) ada_there = NULL;
  g_autoptr(NbContact) zoe_there = NULL;
  g_autofree char *card = NULL;
  g_autofree char *href = NULL;
  g_autoptr(GPtrArray) meals = NULL;
  NbAttendee *attendee;

  up = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (up)->sent, ==, 2);
  g_assert_cmpuint (NB_TEST_MEALS (up)->sent, ==, 1);
  g_assert_cmpuint (NB_TEST_CONTACTS (up)->received, ==, 0);

  href = card_href (fixture, nb_contact_get_uid (ada));
  card = server_get (fixture, href);
  g_assert_nonnull (strstr (card, "FN:Ada Lovelace"));
  g_assert_nonnull (strstr (card, "X-NETBOOK-FOOD:Vegetarian"));

  down = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (down)->received, ==, 2);
  g_assert_cmpuint (NB_TEST_MEALS (down)->received, ==, 1);
  g_assert_cmpuint (NB_TEST_CONTACTS (down)->sent, ==, 0);

  ada_there = nb_test_find_contact (fixture->there, nb_contact_get_uid (ada));
  zoe_there = nb_test_find_contact (fixture->there, nb_contact_get_uid (zoe));
  g_assert_nonnull (ada_there);
  g_assert_nonnull (zoe_there);
  g_assert_true (nb_contact_content_equal (ada, ada_there));
  g_assert_true (nb_contact_content_equal (zoe, zoe_there));

  /* The meal came with its attendee tied to the contact of that device. */
  meals = nb_store_list_contact_meetings (fixture->there, nb_contact_get_id (ada_there), 10);
  g_assert_cmpuint (meals->len, ==, 1);
  g_assert_cmpstr (nb_meeting_get_uid (g_ptr_array_index (meals, 0)), ==, nb_meeting_get_uid (lunch));
  g_assert_cmpstr (nb_meeting_get_place (g_ptr_array_index (meals, 0)), ==, "Café Ümlaut");
  g_assert_cmpint (nb_meeting_get_payer (g_ptr_array_index (meals, 0)), ==, NB_PAYER_ME);
  attendee = g_ptr_array_index (nb_meeting_get_attendees (g_ptr_array_index (meals, 0)), 0);
  g_assert_cmpint (attendee->contact_id, ==, nb_contact_get_id (ada_there));

  /* In step: nothing moves either way. */
  again = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (again)->sent + NB_TEST_CONTACTS (again)->received, ==, 0);
  g_assert_cmpuint (NB_TEST_MEALS (again)->sent + NB_TEST_MEALS (again)->received, ==, 0);
  g_clear_pointer (&again, nb_sync_result_free);
  again = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (again)->sent + NB_TEST_CONTACTS (again)->received, ==, 0);
  g_assert_cmpuint (NB_TEST_MEALS (again)->sent + NB_TEST_MEALS (again)->received, ==, 0);
}

static void
test_edit_each_side (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "Likes engines");
  g_autoptr(NbContact) ada_there = NULL;
  g_autoptr(NbContact) ada_back = NULL;
  g_autoptr(NbSyncResult) result = NULL;

  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);

  /* Here, then there. */
  edit (fixture->here, ada, "notes", "Likes engines and poetry");
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 1);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->received, ==, 1);
  ada_there = nb_test_find_contact (fixture->there, nb_contact_get_uid (ada));
  g_assert_cmpstr (nb_contact_get_notes (ada_there), ==, "Likes engines and poetry");

  /* There, then here. */
  edit (fixture->there, ada_there, "organization", "Analytical Engines Ltd");
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 1);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->received, ==, 0);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->received, ==, 1);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->conflicts, ==, 0);
  ada_back = nb_test_find_contact (fixture->here, nb_contact_get_uid (ada));
  g_assert_cmpstr (nb_contact_get_organization (ada_back), ==, "Analytical Engines Ltd");
  g_assert_cmpstr (nb_contact_get_notes (ada_back), ==, "Likes engines and poetry");
}

static void
test_delete_each_side (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", NULL);
  g_autoptr(NbContact) grace = add_person (fixture->here, "Grace Hopper", NULL);
  g_autoptr(NbMeeting) lunch = add_meal (fixture->here, grace);
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) grace_there = NULL;
  g_autofree char *body = NULL;
  g_autofree char *href = NULL;

  result = nb_test_sync (fixture->here, TRUE);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpint (count (fixture->there, "SELECT count(*) FROM contacts"), ==, 2);
  g_assert_cmpint (count (fixture->there, "SELECT count(*) FROM meetings"), ==, 1);

  /* Deleted here: gone from the server, then from there. */
  g_assert_true (nb_store_delete_contact (fixture->here, nb_contact_get_id (ada), &error));
  g_assert_no_error (error);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->deleted, ==, 1);
  href = card_href (fixture, nb_contact_get_uid (ada));
  g_assert_cmpuint (nb_dav_server_http (fixture->server, "GET", href,
                                        USER, PASSWORD, NULL, NULL, &body, NULL), ==, 404);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->removed, ==, 1);
  g_assert_null (nb_test_find_contact (fixture->there, nb_contact_get_uid (ada)));
  g_assert_cmpint (count (fixture->there, "SELECT count(*) FROM contacts"), ==, 1);

  /* A meal deleted there: gone here too. */
  {
    g_autoptr(NbDb) db = nb_db_open (nb_store_get_path (fixture->there), NB_DB_SECONDARY, NULL);
    gint64 id = nb_db_find_meeting_by_uid (db, nb_meeting_get_uid (lunch), NULL);

    g_assert_cmpint (id, >, 0);
    g_assert_true (nb_store_delete_meeting (fixture->there, id, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->deleted, ==, 1);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->removed, ==, 1);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM meetings"), ==, 0);

  /* Deleted on one side while edited on the other: the edit wins, and the
   * card comes back. */
  grace_there = nb_test_find_contact (fixture->there, nb_contact_get_uid (grace));
  edit (fixture->there, grace_there, "notes", "Found a moth");
  g_assert_true (nb_store_delete_contact (fixture->here, nb_contact_get_id (grace), &error));
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->deleted, ==, 0);
  {
    g_autoptr(NbContact) back = nb_test_find_contact (fixture->here, nb_contact_get_uid (grace));

    g_assert_nonnull (back);
    g_assert_cmpstr (nb_contact_get_notes (back), ==, "Found a moth");
  }
}

static void
test_conflict (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "Likes engines");
  g_autoptr(NbContact) ada_there = NULL;
  g_autoptr(NbContact) merged_here = NULL;
  g_autoptr(NbContact) merged_there = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(NbDb) db = NULL;
  NbSyncNote *note;

  result = nb_test_sync (fixture->here, TRUE);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  ada_there = nb_test_find_contact (fixture->there, nb_contact_get_uid (ada));

  /* Both change the notes; here first, there a second later. Each also
   * changes a field of its own. */
  edit (fixture->here, ada, "notes", "Notes written here");
  g_clear_object (&ada);
  ada = nb_test_find_contact (fixture->here, nb_contact_get_uid (ada_there));
  edit (fixture->here, ada, "title", "Countess");
  g_usleep (1100 * 1000);
  edit (fixture->there, ada_there, "notes", "Notes written there, later");
  g_clear_object (&ada_there);
  ada_there = nb_test_find_contact (fixture->there, nb_contact_get_uid (ada));
  edit (fixture->there, ada_there, "organization", "Babbage & Co");

  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 1);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->conflicts, ==, 1);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 1);

  /* The report names the field, what was replaced and by what. */
  g_assert_cmpuint (result->conflicts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result->conflicts, 0), ==,
                   "Ada Lovelace: Notes “Notes written here” replaced by "
                   "“Notes written there, later” from the server; kept under Replaced by Sync");

  /* Field by field: the newer notes, and both sides' own changes. */
  merged_here = nb_test_find_contact (fixture->here, nb_contact_get_uid (ada));
  g_assert_cmpstr (nb_contact_get_notes (merged_here), ==, "Notes written there, later");
  g_assert_cmpstr (nb_contact_get_title (merged_here), ==, "Countess");
  g_assert_cmpstr (nb_contact_get_organization (merged_here), ==, "Babbage & Co");

  /* The notes that lost are in the card's history, with the whole card. */
  db = nb_db_open (nb_store_get_path (fixture->here), NB_DB_SECONDARY, NULL);
  notes = nb_db_list_sync_notes (db, NB_COLLECTION_CONTACTS, nb_contact_get_uid (ada), NULL);
  g_assert_cmpuint (notes->len, ==, 1);
  note = g_ptr_array_index (notes, 0);
  g_assert_nonnull (strstr (note->summary, "Notes written here"));
  g_assert_null (strstr (note->summary, "Countess"));
  g_assert_nonnull (strstr (note->data, "Notes written here"));

  /* And there, the merge arrives: both devices agree. */
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->received, ==, 1);
  merged_there = nb_test_find_contact (fixture->there, nb_contact_get_uid (ada));
  g_assert_true (nb_contact_content_equal (merged_here, merged_there));
}

static void
test_other_client (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *card =
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "UID:other-client-1\r\n"
    "FN:Grace Hopper\r\n"
    "N:Hopper;Grace;;;\r\n"
    "TEL;TYPE=CELL:+1 555 0100\r\n"
    "X-OTHER-APP-RANK:Rear Admiral\r\n"
    "X-PHONETIC-FIRST-NAME:Grayce\r\n"
    "END:VCARD\r\n";
  g_autofree char *href = card_href (fixture, "other-client-1");
  g_autofree char *etag = NULL;
  g_autofree char *after = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(NbContact) grace = NULL;

  g_assert_cmpuint (nb_dav_server_http (fixture->server, "PUT", href, USER, PASSWORD,
                                        "text/vcard; charset=utf-8", card, NULL, &etag), ==, 201);

  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->received, ==, 1);
  grace = nb_test_find_contact (fixture->here, "other-client-1");
  g_assert_nonnull (grace);
  g_assert_cmpstr (nb_contact_get_full_name (grace), ==, "Grace Hopper");

  /* Edited here: what Netbook does not know goes back untouched. */
  edit (fixture->here, grace, "notes", "Invented the compiler");
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 1);

  after = server_get (fixture, href);
  g_assert_nonnull (strstr (after, "NOTE:Invented the compiler"));
  g_assert_nonnull (strstr (after, "X-OTHER-APP-RANK:Rear Admiral"));
  g_assert_nonnull (strstr (after, "X-PHONETIC-FIRST-NAME:Grayce"));
  g_assert_nonnull (strstr (after, "UID:other-client-1"));
}

static void
test_same_person (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *card =
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "UID:phone-made-1\r\n"
    "FN:Grace Hopper\r\n"
    "N:Hopper;Grace;;;\r\n"
    "EMAIL;TYPE=WORK:Grace.Hopper@example.org\r\n"
    "TEL;TYPE=CELL:+1 555 0100\r\n"
    "END:VCARD\r\n";
  g_autofree char *href = card_href (fixture, "phone-made-1");
  g_autoptr(NbContact) grace = add_person (fixture->here, "Grace Hopper", "Met at the Navy");
  g_autoptr(NbContact) merged = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autofree char *after = NULL;
  g_autofree char *own = card_href (fixture, nb_contact_get_uid (grace));
  g_autofree char *body = NULL;

  /* The same person, made on a phone before this device's first sync. */
  g_assert_cmpuint (nb_dav_server_http (fixture->server, "PUT", href, USER, PASSWORD,
                                        "text/vcard; charset=utf-8", card, NULL, NULL), ==, 201);

  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM contacts"), ==, 1);
  merged = nb_test_find_contact (fixture->here, "phone-made-1");
  g_assert_nonnull (merged);
  g_assert_cmpint (nb_contact_get_id (merged), ==, nb_contact_get_id (grace));
  g_assert_cmpstr (nb_contact_get_notes (merged), ==, "Met at the Navy");

  /* One card on the server too, with what this device knew. */
  g_assert_cmpuint (nb_dav_server_http (fixture->server, "GET", own, USER, PASSWORD, NULL, NULL,
                                        &body, NULL), ==, 404);
  after = server_get (fixture, href);
  g_assert_nonnull (strstr (after, "Met at the Navy"));
}

static void
test_wrong_password (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "Kept");
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *server = nb_account_normalize_server (nb_dav_server_get_url (fixture->server));

  g_assert_true (nb_secrets_store (server, USER, "not-the-password", NULL, &error));
  g_assert_no_error (error);

  result = nb_test_sync (fixture->here, FALSE);
  g_assert_error (result->error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH);
  g_assert_null (strstr (result->error->message, "not-the-password"));
  g_test_message ("Wrong password: %s", result->error->message);

  /* Noted for the window, and nothing here is lost. */
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM accounts WHERE last_error IS NOT NULL"), ==, 1);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM contacts"), ==, 1);

  /* The right password again: the card goes up. */
  g_assert_true (nb_secrets_store (server, USER, PASSWORD, NULL, &error));
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 1);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM accounts WHERE last_error IS NOT NULL"), ==, 0);
}

static void
test_server_down (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "Kept");
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  nb_dav_server_stop (fixture->server);
  result = nb_test_sync (fixture->here, FALSE);
  g_assert_error (result->error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE);
  g_test_message ("Server down: %s", result->error->message);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM contacts"), ==, 1);

  g_assert_true (nb_dav_server_restart (fixture->server, &error));
  g_assert_no_error (error);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 1);
}

typedef struct
{
  NbDavServer *server;
  guint        kill_at;
  gboolean     killed;
} Killer;

/* In the sync's thread: the server dies in the middle of the work. */
static void
kill_cb (const NbSyncProgress *progress,
         gpointer              user_data)
{
  Killer *killer = user_data;

  if (!killer->killed && progress->all_done >= killer->kill_at)
    {
      killer->killed = TRUE;
      nb_dav_server_kill (killer->server);
    }
}

static GPtrArray *
sync_killed (Fixture  *fixture,
             NbStore  *store,
             guint     kill_at)
{
  Killer killer = { fixture->server, kill_at, FALSE };
  g_autoptr(GError) error = NULL;
  GPtrArray *results = nb_sync_run (store, NULL, kill_cb, &killer, &error);

  g_assert_no_error (error);
  g_assert_true (killer.killed);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_error (((NbSyncResult *) g_ptr_array_index (results, 0))->error,
                  NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE);

  g_assert_true (nb_dav_server_restart (fixture->server, &error));
  g_assert_no_error (error);

  return results;
}

/* "Cannot reach 127.0.0.1:5232 after sending 80 of 240 contacts; the rest
 * will be sent on the next sync". */
static void
assert_stopped_message (Fixture    *fixture,
                        GPtrArray  *results,
                        const char *doing,
                        const char *rest)
{
  const GError *error = ((NbSyncResult *) g_ptr_array_index (results, 0))->error;
  g_autoptr(GUri) uri = g_uri_parse (nb_dav_server_get_url (fixture->server), G_URI_FLAGS_NONE, NULL);
  g_autofree char *start = g_strdup_printf ("Cannot reach 127.0.0.1:%d after %s ",
                                            g_uri_get_port (uri), doing);
  g_autoptr(GRegex) counts = g_regex_new ("after [a-z]+ [0-9]+ of 240 ", 0, 0, NULL);

  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, start));
  g_assert_true (g_str_has_suffix (error->message, rest));
  g_assert_true (g_regex_match (counts, error->message, 0, NULL));
}

static void
test_killed_mid_sync (Fixture       *fixture,
                      gconstpointer  data)
{
  const guint n = 240;
  g_autoptr(GPtrArray) killed = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autofree char *before = NULL;
  NbDb *db;

  db = nb_db_open (nb_store_get_path (fixture->here), NB_DB_SECONDARY, NULL);
  g_assert_true (nb_db_begin (db, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NbContact) contact = nb_contact_new ();
      g_autofree char *name = g_strdup_printf ("Person %03u", i);

      nb_contact_set_full_name (contact, name);
      nb_contact_set_notes (contact, "Written before the crash");
      g_assert_true (nb_db_write_contact (db, contact, NULL));
    }
  g_assert_true (nb_db_commit (db, NULL));
  nb_db_close (db);
  before = nb_test_file_checksum (nb_store_get_path (fixture->here));

  /* Going up, the server dies after about a third; the message names the
   * server with its port, and what was done. */
  killed = sync_killed (fixture, fixture->here, n / 3);
  assert_stopped_message (fixture, killed, "sending", "contacts; the rest will be sent on the next sync");
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM contacts"), ==, n);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM contacts"
                                         " WHERE notes = 'Written before the crash'"), ==, n);

  /* The next sync finishes the work, and the one after has none. */
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, <, n);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, >, 0);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent + NB_TEST_CONTACTS (result)->received, ==, 0);

  /* Coming down, the server dies after about half. */
  g_clear_pointer (&killed, g_ptr_array_unref);
  killed = sync_killed (fixture, fixture->there, n / 2);
  assert_stopped_message (fixture, killed, "receiving", "contacts; the rest will be received on the next sync");
  g_assert_cmpint (count (fixture->there, "SELECT count(*) FROM contacts"), <, n);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpint (count (fixture->there, "SELECT count(*) FROM contacts"), ==, n);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 0);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent + NB_TEST_CONTACTS (result)->received, ==, 0);
}

/* Where the server keeps the item of @uid, as another client lists it. */
static char *
server_href (Fixture    *fixture,
             const char *collection,
             const char *uid)
{
  g_autoptr(GPtrArray) entries = nb_dav_server_list (fixture->server, collection, USER, PASSWORD);

  for (guint i = 0; i < entries->len; i++)
    {
      NbDavServerEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *path = g_uri_unescape_string (entry->path, NULL);

      if (strstr (strrchr (path, '/'), uid) != NULL)
        return g_strdup (entry->path);
    }

  g_error ("%s has no resource named after %s", collection, uid);
}

typedef struct
{
  NbCollectionKind kind;
  guint            status;
  NbDavFault       fault;
} FetchFault;

static const FetchFault contact_404 = { NB_COLLECTION_CONTACTS, 404, NB_DAV_FAULT_STATUS };
static const FetchFault contact_500 = { NB_COLLECTION_CONTACTS, 500, NB_DAV_FAULT_STATUS };
static const FetchFault contact_dropped = { NB_COLLECTION_CONTACTS, 500, NB_DAV_FAULT_DROP };
static const FetchFault meal_404 = { NB_COLLECTION_MEALS, 404, NB_DAV_FAULT_STATUS };

static guint
count_fetch_problems (NbSyncResult *result,
                      const char   *uid)
{
  guint n = 0;

  for (guint i = 0; i < result->problems->len; i++)
    {
      const char *problem = g_ptr_array_index (result->problems, i);

      g_test_message ("Problem: %s", problem);
      if (strstr (problem, "could not be fetched") != NULL)
        {
          g_assert_nonnull (strstr (problem, uid));
          n++;
        }
    }

  return n;
}

/* One resource fails while the other device fetches it, among others: the
 * others come, the sync says which did not, and the next sync fetches it. */
static void
test_fetch_fault (Fixture       *fixture,
                  gconstpointer  data)
{
  const FetchFault *fault = data;
  const char *names[] = { "Ada Lovelace", "Grace Hopper", "Katherine Johnson" };
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) meals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(NbSyncResult) result = NULL;
  g_autofree char *href = NULL;
  const char *failing;
  const char *table = fault->kind == NB_COLLECTION_CONTACTS ? "contacts" : "meetings";
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      NbContact *person = add_person (fixture->here, names[i], "Fetched in the end");

      g_ptr_array_add (people, person);
      if (fault->kind == NB_COLLECTION_MEALS)
        g_ptr_array_add (meals, add_meal (fixture->here, person));
    }
  result = nb_test_sync (fixture->here, TRUE);

  if (fault->kind == NB_COLLECTION_CONTACTS)
    failing = nb_contact_get_uid (g_ptr_array_index (people, 1));
  else
    failing = nb_meeting_get_uid (g_ptr_array_index (meals, 1));
  href = server_href (fixture, fault->kind == NB_COLLECTION_CONTACTS ? fixture->book
                                                                      : fixture->calendar,
                      failing);

  /* There, the one resource fails; the others come. */
  nb_dav_server_set_fault (fixture->server, href, fault->status, fault->fault);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, FALSE);
  g_assert_cmpuint (nb_dav_server_clear_fault (fixture->server), >, 0);
  g_assert_no_error (result->error);
  g_assert_cmpint (count (fixture->there, count_sql), ==, 2);
  if (fault->kind == NB_COLLECTION_MEALS)
    g_assert_cmpint (count (fixture->there, "SELECT count(*) FROM contacts"), ==, 3);
  g_assert_cmpuint (count_fetch_problems (result, failing), ==, 1);

  /* The next sync, with the server well again, fetches it. */
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpint (count (fixture->there, count_sql), ==, 3);
  if (fault->kind == NB_COLLECTION_CONTACTS)
    {
      g_autoptr(NbContact) fetched = nb_test_find_contact (fixture->there, failing);

      g_assert_nonnull (fetched);
      g_assert_true (nb_contact_content_equal (g_ptr_array_index (people, 1), fetched));
    }
  else
    {
      g_autoptr(NbMeeting) fetched = nb_test_find_meeting (fixture->there, failing);

      g_assert_nonnull (fetched);
      g_assert_cmpstr (nb_meeting_get_place (fetched), ==, "Café Ümlaut");
      g_assert_cmpuint (nb_meeting_get_attendees (fetched)->len, ==, 1);
    }

  /* And then both are in step. */
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (nb_test_sync_moved (result), ==, 0);
}

static void
test_no_password_in_files (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", NULL);
  g_autoptr(NbSyncResult) result = nb_test_sync (fixture->here, TRUE);
  g_autofree char *found = NULL;

  /* The databases of both devices (with their journals) and every folder
   * Netbook writes to. */
  /* The scan reads the databases: the user name is there. */
  g_assert_true (nb_test_file_tree_contains (g_get_user_cache_dir (), USER, &found));
  g_assert_true (g_str_has_suffix (found, ".db") || strstr (found, ".db-") != NULL);
  g_clear_pointer (&found, g_free);

  g_assert_false (nb_test_file_tree_contains (g_get_user_cache_dir (), PASSWORD, &found));
  g_assert_false (nb_test_file_tree_contains (g_get_user_config_dir (), PASSWORD, &found));
  g_assert_false (nb_test_file_tree_contains (g_get_user_data_dir (), PASSWORD, &found));
  g_assert_null (found);
}

/* New resources are named after their UID only where that is safe in a
 * path; a resource keeps the name it has on the server. */
static void
test_resource_names (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const uids[] = { "plain-UID_1.2", "urn:uuid:5f1e6c5e-0d6b-4b8a-9d1c-2a0e1f7c9a10",
                                        "a b/c?d#e%f", ".hidden" };
  const char *card =
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "UID:odd-name\r\n"
    "FN:Grace Hopper\r\n"
    "N:Hopper;Grace;;;\r\n"
    "END:VCARD\r\n";
  g_autofree char *odd_href = g_strconcat (fixture->book, "Grace%20Hopper%20(1).vcf", NULL);
  g_autofree char *after = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(NbContact) grace = NULL;

  g_assert_cmpuint (nb_dav_server_http (fixture->server, "PUT", odd_href, USER, PASSWORD,
                                      "text/vcard; charset=utf-8", card, NULL, NULL), ==, 201);

  for (guint i = 0; i < G_N_ELEMENTS (uids); i++)
    {
      g_autoptr(NbContact) draft = nb_contact_new ();
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      g_autoptr(NbContact) saved = NULL;
      g_autoptr(GError) error = NULL;

      nb_contact_set_uid (draft, uids[i]);
      nb_contact_set_full_name (draft, name);
      saved = nb_store_save_contact (fixture->here, draft, &error);
      g_assert_no_error (error);
    }

  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, G_N_ELEMENTS (uids));

  for (guint i = 0; i < G_N_ELEMENTS (uids); i++)
    {
      g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA1, uids[i], -1);
      g_autofree char *href = card_href (fixture, i == 0 ? uids[i] : digest);
      g_autofree char *text = server_get (fixture, href);
      g_autofree char *uid_line = g_strdup_printf ("UID:%s", uids[i]);

      g_assert_nonnull (strstr (text, uid_line));
    }

  /* Edited here, the odd one goes back where it was. */
  grace = nb_test_find_contact (fixture->here, "odd-name");
  edit (fixture->here, grace, "notes", "Nanoseconds");
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 1);
  after = server_get (fixture, odd_href);
  g_assert_nonnull (strstr (after, "NOTE:Nanoseconds"));
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM sync_items"), ==, G_N_ELEMENTS (uids) + 1);
}

static char *
sample_calendar (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "calendars", name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static char *
meals_href (Fixture    *fixture,
            const char *name)
{
  g_autoptr(NbDb) db = nb_db_open (nb_store_get_path (fixture->here), NB_DB_SECONDARY, NULL);
  g_autoptr(GPtrArray) accounts = nb_db_list_accounts (db, NULL);

  return g_strconcat (nb_account_get_collection (g_ptr_array_index (accounts, 0), NB_COLLECTION_MEALS),
                      name, NULL);
}

/* The meals calendar shared with another app: its lunch is a meal that
 * keeps what that app wrote when Netbook edits it; its dentist
 * appointment is shown apart, never a meal, never written. */
static void
test_other_events (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *lunch_text = sample_calendar ("khal-lunch.ics");
  g_autofree char *dentist_text = sample_calendar ("dentist.ics");
  g_autofree char *team_text = sample_calendar ("team-weekly.ics");
  g_autofree char *lunch_href = meals_href (fixture, "khal-lunch.ics");
  g_autofree char *dentist_href = meals_href (fixture, "dentist.ics");
  g_autofree char *team_href = meals_href (fixture, "team.ics");
  g_autofree char *dentist_before = NULL;
  g_autofree char *dentist_after = NULL;
  g_autofree char *lunch_after = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(NbMeeting) lunch = NULL;
  g_autoptr(NbMeeting) draft = NULL;
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbDb) db = NULL;
  gint64 id;
  guint status;

  g_assert_cmpuint (nb_dav_server_http (fixture->server, "PUT", lunch_href, USER, PASSWORD,
                                      "text/calendar; charset=utf-8", lunch_text, NULL, NULL), ==, 201);
  g_assert_cmpuint (nb_dav_server_http (fixture->server, "PUT", dentist_href, USER, PASSWORD,
                                      "text/calendar; charset=utf-8", dentist_text, NULL, NULL), ==, 201);
  g_assert_cmpuint (nb_dav_server_http (fixture->server, "PUT", team_href, USER, PASSWORD,
                                      "text/calendar; charset=utf-8", team_text, NULL, NULL), ==, 201);
  dentist_before = server_get (fixture, dentist_href);

  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->received, ==, 3);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM meetings"), ==, 1);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM calendar_events"), ==, 2);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM calendar_events"
                                         " WHERE summary = 'Dentist appointment' AND repeats = 0"), ==, 1);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM calendar_events"
                                         " WHERE summary = 'Team meeting' AND repeats = 1"), ==, 1);

  /* The lunch: its own title; edited here in Netbook's fields only. */
  db = nb_db_open (nb_store_get_path (fixture->here), NB_DB_SECONDARY, NULL);
  id = nb_db_find_meeting_by_uid (db, "khal-2f8e1c34-lunch-kj", NULL);
  g_assert_cmpint (id, >, 0);
  lunch = nb_store_get_meeting (fixture->here, id);
  g_assert_cmpstr (nb_meeting_get_title (lunch), ==, "Lunch with Katherine Johnson");
  draft = nb_meeting_copy (lunch);
  nb_meeting_set_payer (draft, NB_PAYER_THEM);
  nb_meeting_set_place (draft, "Café Einstein, Unter den Linden");
  saved = nb_store_save_meeting (fixture->here, draft, &error);
  g_assert_no_error (error);

  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent, ==, 1);

  lunch_after = server_get (fixture, lunch_href);
  g_assert_nonnull (strstr (lunch_after, "SUMMARY:Lunch with Katherine Johnson\r\n"));
  g_assert_nonnull (strstr (lunch_after, "TRIGGER:-PT15M"));
  g_assert_nonnull (strstr (lunch_after, "PARTSTAT=TENTATIVE"));
  g_assert_nonnull (strstr (lunch_after, "PARTSTAT=ACCEPTED"));
  g_assert_nonnull (strstr (lunch_after, "ORGANIZER;CN=\"Dorothy Vaughan, NACA\""));
  g_assert_nonnull (strstr (lunch_after, "X-KHAL-TEST:keep me\\, exactly\\; as I am"));
  g_assert_nonnull (strstr (lunch_after, "LOCATION:Café Einstein\\, Unter den Linden"));
  g_assert_nonnull (strstr (lunch_after, "X-NETBOOK-PAYER:them"));

  /* Never written, never a meal, and gone when it is gone there. */
  dentist_after = server_get (fixture, dentist_href);
  g_assert_cmpstr (dentist_after, ==, dentist_before);
  status = nb_dav_server_http (fixture->server, "DELETE", dentist_href, USER, PASSWORD,
                               NULL, NULL, NULL, NULL);
  g_assert_true (status == 200 || status == 204);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM calendar_events"), ==, 1);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM meetings"), ==, 1);
}

/* A server with a calendar of the person's own (Xandikos makes one,
 * Radicale gets one here): Netbook makes its own rather than take their
 * appointments for meals. */
static void
test_own_collections (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *mkcalendar =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<D:mkcol xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><D:set><D:prop>"
    "<D:resourcetype><D:collection/><C:calendar/></D:resourcetype>"
    "<D:displayname>Personal</D:displayname></D:prop></D:set></D:mkcol>";
  g_autoptr(GError) error = NULL;
  g_autoptr(NbSyncDiscovery) discovery = NULL;
  g_autoptr(NbAccount) account = NULL;
  g_autoptr(NbStore) third = nb_test_open_device ("third.db");
  g_autofree char *home = nb_dav_server_get_home (fixture->server, "bob", NB_DAV_CALENDAR);
  g_autofree char *personal = g_strconcat (home, "personal/", NULL);
  const char *meals;

  g_assert_cmpuint (nb_dav_server_http (fixture->server, "MKCOL", personal, "bob", "hunter2",
                                      "application/xml", mkcalendar, NULL, NULL), ==, 201);
  discovery = nb_sync_discover (nb_dav_server_get_url (fixture->server), "bob", "hunter2", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (discovery->collections[NB_COLLECTION_MEALS]->len, >=, 1);
  g_assert_null (nb_sync_discovery_get_own (discovery, NB_COLLECTION_MEALS));

  account = nb_sync_add_account (third, discovery, "hunter2", NULL, NULL, &error);
  g_assert_no_error (error);
  meals = nb_account_get_collection (account, NB_COLLECTION_MEALS);
  g_assert_true (g_str_has_suffix (meals, "/netbook-meals/"));
  g_assert_cmpstr (nb_account_get_collection_name (account, NB_COLLECTION_MEALS), ==, "Netbook Meals");
  g_assert_true (nb_secrets_clear (discovery->server, "bob", NULL, NULL));
}

/* A train's slots as one line each, helpers by their cards' UIDs, so
 * that two devices compare. */
static char *
describe_train_slots (NbStore *store,
                      gint64   train_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) slots = nb_store_list_meal_train_slots (store, train_id, 0, G_MAXINT32, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (slots, i);

      g_string_append_printf (out, "%s %u %d %d:", slot->uid, slot->day, slot->meal, slot->status);
      for (guint j = 0; j < slot->helpers->len; j++)
        {
          gint64 id = g_array_index (slot->helpers, gint64, j);
          g_autoptr(NbContact) helper = id != NB_TRAIN_HELPER_ME ? nb_store_get_contact (store, id) : NULL;

          g_string_append_printf (out, " %s", helper ? nb_contact_get_uid (helper) : "me");
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static NbMealTrain *
only_train (NbStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) trains = nb_store_list_meal_trains (store, 0, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (trains->len, ==, 1);
  return g_object_ref (g_ptr_array_index (trains, 0));
}

/* A meal train organised here, with two helpers, goes to the other device
 * through the calendar, the train one resource and each meal another tied
 * to it; the other device moves a helper, and this one sees it. Deleted
 * there, it goes here too. */
static void
test_meal_train (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", NULL);
  g_autoptr(NbContact) grace = add_person (fixture->here, "Grace Hopper", NULL);
  g_autoptr(NbContact) alan = add_person (fixture->here, "Alan Turing", NULL);
  g_autoptr(NbContact) ada_there = NULL;
  g_autoptr(NbContact) grace_there = NULL;
  g_autoptr(NbMealTrain) draft = nb_meal_train_new ();
  g_autoptr(NbMealTrain) train = NULL;
  g_autoptr(NbMealTrain) train_there = NULL;
  g_autoptr(NbMealTrain) train_back = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) slots_there = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *train_href = NULL;
  g_autofree char *slot_href = NULL;
  g_autofree char *train_text = NULL;
  g_autofree char *slot_text = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *here_slots = NULL;
  g_autofree char *there_slots = NULL;
  g_autofree char *moved_there = NULL;
  g_autofree char *moved_here = NULL;
  GDate from = nb_test_date (14, 12, 2026);
  GDate to = nb_test_date (15, 12, 2026);
  NbMealTrainSlot *slot;

  nb_meal_train_set_recipient (draft, nb_contact_get_id (ada));
  g_assert_true (nb_meal_train_set_days (draft, &from, &to, &error));
  nb_meal_train_set_meals (draft, NB_TRAIN_MEALS_DINNER);
  nb_meal_train_set_address (draft, "12 Bakers Row");
  nb_meal_train_set_dietary (draft, "No nuts");
  nb_meal_train_set_reason (draft, "Hip surgery");
  train = nb_store_save_meal_train (fixture->here, draft, &error);
  g_assert_no_error (error);
  slots = nb_store_list_meal_train_slots (fixture->here, nb_meal_train_get_id (train), 0, G_MAXINT32, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (slots->len, ==, 2);
  slot = g_ptr_array_index (slots, 0);
  nb_meal_train_slot_add_helper (slot, nb_contact_get_id (grace));
  g_assert_true (nb_store_save_meal_train_slot (fixture->here, slot, &error));
  slot = g_ptr_array_index (slots, 1);
  nb_meal_train_slot_add_helper (slot, nb_contact_get_id (alan));
  g_assert_true (nb_store_save_meal_train_slot (fixture->here, slot, &error));
  g_assert_no_error (error);
  here_slots = describe_train_slots (fixture->here, nb_meal_train_get_id (train));

  /* Up: the train and each meal, a resource each. */
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 3);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent, ==, 3);
  train_href = g_strconcat (fixture->calendar, nb_meal_train_get_uid (train), ".ics", NULL);
  train_text = server_get (fixture, train_href);
  g_assert_nonnull (strstr (train_text, "X-NETBOOK-TRAIN-FOR:"));
  g_assert_null (strstr (train_text, "X-NETBOOK-TRAIN-SLOT"));
  slot_href = g_strconcat (fixture->calendar, ((NbMealTrainSlot *) g_ptr_array_index (slots, 0))->uid,
                           ".ics", NULL);
  slot_text = server_get (fixture, slot_href);
  parent = g_strdup_printf ("RELATED-TO;RELTYPE=PARENT:%s", nb_meal_train_get_uid (train));
  g_assert_nonnull (strstr (slot_text, parent));
  g_assert_nonnull (strstr (slot_text, "X-NETBOOK-HELPER:"));
  g_assert_null (strstr (slot_text, "X-NETBOOK-TRAIN-FOR"));

  /* Down, there: the same train, meals and helpers; nothing goes back. */
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->received, ==, 3);
  g_assert_cmpuint (NB_TEST_MEALS (result)->received, ==, 3);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent, ==, 0);
  g_assert_cmpuint (NB_TEST_MEALS (result)->skipped, ==, 0);
  ada_there = nb_test_find_contact (fixture->there, nb_contact_get_uid (ada));
  grace_there = nb_test_find_contact (fixture->there, nb_contact_get_uid (grace));
  train_there = only_train (fixture->there);
  g_assert_cmpstr (nb_meal_train_get_uid (train_there), ==, nb_meal_train_get_uid (train));
  g_assert_cmpint (nb_meal_train_get_recipient (train_there), ==, nb_contact_get_id (ada_there));
  g_assert_cmpstr (nb_meal_train_get_address (train_there), ==, "12 Bakers Row");
  g_assert_cmpstr (nb_meal_train_get_dietary (train_there), ==, "No nuts");
  g_assert_cmpstr (nb_meal_train_get_reason (train_there), ==, "Hip surgery");
  g_assert_cmpuint (nb_meal_train_get_first_day (train_there), ==, nb_meal_train_get_first_day (train));
  g_assert_cmpuint (nb_meal_train_get_last_day (train_there), ==, nb_meal_train_get_last_day (train));
  there_slots = describe_train_slots (fixture->there, nb_meal_train_get_id (train_there));
  g_assert_cmpstr (there_slots, ==, here_slots);

  /* In step: nothing moves either way. */
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent + NB_TEST_MEALS (result)->received, ==, 0);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent + NB_TEST_MEALS (result)->received, ==, 0);

  /* There, Grace moves to the second dinner: two meals change. */
  slots_there = nb_store_list_meal_train_slots (fixture->there, nb_meal_train_get_id (train_there), 0,
                                                G_MAXINT32, &error);
  g_assert_no_error (error);
  g_assert_true (nb_store_move_meal_train_helper (fixture->there,
                                                  ((NbMealTrainSlot *) g_ptr_array_index (slots_there, 0))->id,
                                                  ((NbMealTrainSlot *) g_ptr_array_index (slots_there, 1))->id,
                                                  nb_contact_get_id (grace_there), &error));
  g_assert_no_error (error);
  moved_there = describe_train_slots (fixture->there, nb_meal_train_get_id (train_there));
  g_assert_cmpstr (moved_there, !=, here_slots);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent, ==, 2);

  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->received, ==, 2);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent, ==, 0);
  g_assert_cmpuint (NB_TEST_MEALS (result)->conflicts, ==, 0);
  moved_here = describe_train_slots (fixture->here, nb_meal_train_get_id (train));
  g_assert_cmpstr (moved_here, ==, moved_there);
  train_back = only_train (fixture->here);
  g_assert_cmpstr (nb_meal_train_get_uid (train_back), ==, nb_meal_train_get_uid (train));

  /* Deleted there, with its meals: gone from the server, then here. */
  g_assert_true (nb_store_delete_meal_train (fixture->there, nb_meal_train_get_id (train_there), &error));
  g_assert_no_error (error);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->deleted, ==, 3);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->removed, >=, 1);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent, ==, 0);
  left = nb_store_list_meal_trains (fixture->here, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (left->len, ==, 0);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM meal_train_slots"), ==, 0);
  g_assert_cmpint (count (fixture->here, "SELECT count(*) FROM sync_items"), ==, 3);
}


/* One person entered twice as two cards, on both devices: merged here,
 * one card remains on the server and, after its sync, there. */
static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "First card");
  g_autoptr(NbContact) again = add_person (fixture->here, "Lovelace, Ada", "Second card");
  g_autoptr(NbContact) merged = NULL;
  g_autoptr(NbContact) kept = NULL;
  g_autoptr(NbMergeUndo) undo = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *kept_href = card_href (fixture, nb_contact_get_uid (ada));
  g_autofree char *other_href = card_href (fixture, nb_contact_get_uid (again));
  gint64 other_id = nb_contact_get_id (again);

  result = nb_test_sync (fixture->here, TRUE);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpint (count (fixture->there, "SELECT count(*) FROM contacts"), ==, 2);

  merged = nb_contact_copy (ada);
  nb_contact_set_notes (merged, "First card; second card");
  g_array_append_val (others, other_id);
  kept = nb_store_merge_contacts (fixture->here, merged, others, &undo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);

  /* Here: the merged card sent, the other deleted on the server. */
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->deleted, ==, 1);
  g_assert_cmpuint (nb_dav_server_http (fixture->server, "GET", other_href,
                                        USER, PASSWORD, NULL, NULL, &body, NULL), ==, 404);
  g_clear_pointer (&body, g_free);
  g_assert_cmpuint (nb_dav_server_http (fixture->server, "GET", kept_href,
                                        USER, PASSWORD, NULL, NULL, &body, NULL), ==, 200);
  g_assert_nonnull (strstr (body, "second card"));

  /* There: one card, the merged one. */
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->removed, ==, 1);
  g_assert_cmpint (count (fixture->there, "SELECT count(*) FROM contacts"), ==, 1);
  {
    g_autoptr(NbContact) there = nb_test_find_contact (fixture->there, nb_contact_get_uid (ada));

    g_assert_nonnull (there);
    g_assert_cmpstr (nb_contact_get_notes (there), ==, "First card; second card");
    g_assert_null (nb_test_find_contact (fixture->there, nb_contact_get_uid (again)));
  }

  /* Undone here after that sync: the second card goes to the server again
   * under its UID, and comes back there. */
  g_assert_true (nb_store_undo_merge (fixture->here, undo, &error));
  g_assert_no_error (error);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpint (count (fixture->there, "SELECT count(*) FROM contacts"), ==, 2);
  {
    g_autoptr(NbContact) there = nb_test_find_contact (fixture->there, nb_contact_get_uid (again));

    g_assert_nonnull (there);
    g_assert_cmpstr (nb_contact_get_notes (there), ==, "Second card");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/sync/first", test_first_sync);
  ADD ("/sync/edit-each-side", test_edit_each_side);
  ADD ("/sync/delete-each-side", test_delete_each_side);
  ADD ("/sync/conflict", test_conflict);
  ADD ("/sync/other-client", test_other_client);
  ADD ("/sync/resource-names", test_resource_names);
  ADD ("/sync/other-events", test_other_events);
  ADD ("/sync/own-collections", test_own_collections);
  ADD ("/sync/same-person", test_same_person);
  ADD ("/sync/wrong-password", test_wrong_password);
  ADD ("/sync/server-down", test_server_down);
  ADD ("/sync/killed-mid-sync", test_killed_mid_sync);
  ADD ("/sync/no-password-in-files", test_no_password_in_files);
  ADD ("/sync/meal-train", test_meal_train);
  ADD ("/sync/merge", test_merge);

#define ADD_FAULT(name, fault) \
  g_test_add (name, Fixture, &fault, fixture_set_up, test_fetch_fault, fixture_tear_down)

  ADD_FAULT ("/sync/fetch-fault/contact-404", contact_404);
  ADD_FAULT ("/sync/fetch-fault/contact-500", contact_500);
  ADD_FAULT ("/sync/fetch-fault/contact-dropped", contact_dropped);
  ADD_FAULT ("/sync/fetch-fault/meal-404", meal_404);

  return g_test_run ();
}
