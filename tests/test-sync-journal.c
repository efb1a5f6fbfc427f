/* test-sync-journal.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-cadence.h"
#include "nb-dav-client.h"
#include "nb-dav-server.h"
#include "nb-ical-text.h"
#include "nb-secrets.h"
#include "nb-sync-test-util.h"
#include "nb-test-util.h"

/* Interactions and circles' rhythms through a real server (Radicale or
 * Xandikos, as NETBOOK_TEST_SERVER says), in the journal collection the
 * first sync makes: two devices of the same person, "here" and "there",
 * agree on who was in touch when, on last-in-touch, and on the rhythms of
 * circles; what another client wrote into an entry survives Netbook's
 * edits. */

#define USER "alice"
#define PASSWORD "secret"

#define INTERACTIONS(result) (&(result)->counts[NB_COLLECTION_INTERACTIONS])

typedef struct
{
  NbDavServer *server;
  NbStore     *here;
  NbStore     *there;
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
  here = nb_test_add_account (fixture->server, fixture->here, USER, PASSWORD);
  there = nb_test_add_account (fixture->server, fixture->there, USER, PASSWORD);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *server = nb_account_normalize_server (nb_dav_server_get_url (fixture->server));

  g_assert_true (nb_secrets_clear (server, USER, NULL, NULL));
  g_clear_object (&fixture->here);
  g_clear_object (&fixture->there);
  g_clear_pointer (&fixture->server, nb_dav_server_free);
}

static NbContact *
add_person (NbStore    *store,
            const char *name,
            const char *email,
            const char *tag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) draft = nb_test_contact_new (name, email);
  NbContact *saved;

  if (tag != NULL)
    {
      const char *tags[] = { tag, NULL };

      nb_contact_set_tags (draft, tags);
    }
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  return saved;
}

static gint64
local_id (NbStore   *store,
          NbContact *contact)
{
  g_autoptr(NbContact) found = nb_test_find_contact (store, nb_contact_get_uid (contact));

  g_assert_nonnull (found);
  return nb_contact_get_id (found);
}

static char *
journal_url (NbStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) accounts = nb_store_list_accounts (store, &error);
  const char *url;

  g_assert_no_error (error);
  g_assert_cmpuint (accounts->len, ==, 1);
  url = nb_account_get_collection (g_ptr_array_index (accounts, 0), NB_COLLECTION_INTERACTIONS);
  g_assert_nonnull (url);
  g_assert_cmpstr (url, !=, "");
  return g_strdup (url);
}

static NbInteraction *
log_with (NbStore           *store,
          NbInteractionKind  kind,
          GDateTime         *when,
          gint64             first,
          gint64             second)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbInteraction) draft = nb_interaction_new ();
  NbInteraction *saved;

  nb_interaction_set_kind (draft, kind);
  nb_interaction_set_date_time (draft, when);
  nb_interaction_add_person (draft, first);
  if (second)
    nb_interaction_add_person (draft, second);
  saved = nb_store_save_interaction (store, draft, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  return saved;
}

static NbKeepInTouchEntry *
touch (NbStore *store,
       gint64   contact_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  NbKeepInTouchEntry *entry = nb_store_get_keep_in_touch (store, contact_id, now, 30, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entry);
  return entry;
}

static void
sync_both_ways (Fixture *fixture)
{
  g_autoptr(NbSyncResult) up = nb_test_sync (fixture->here, TRUE);
  g_autoptr(NbSyncResult) down = nb_test_sync (fixture->there, TRUE);
}

/* A group call logged here counts for both its people there; deleted
 * there, it is gone here, and each one's last-in-touch goes back. */
static void
test_group_call (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "ada@example.org", NULL);
  g_autoptr(NbContact) alan = add_person (fixture->here, "Alan Turing", "alan@example.org", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) call_time = g_date_time_add_days (now, -2);
  g_autoptr(GDateTime) message_time = g_date_time_add_days (now, -12);
  g_autoptr(NbInteraction) message = NULL;
  g_autoptr(NbInteraction) call = NULL;
  g_autoptr(NbInteraction) call_there = NULL;
  g_autoptr(NbSyncResult) up = NULL;
  g_autoptr(NbSyncResult) down = NULL;
  g_autoptr(NbSyncResult) again = NULL;
  g_autoptr(NbSyncResult) gone_there = NULL;
  g_autoptr(NbSyncResult) gone_here = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *body = NULL;
  g_autofree char *href = NULL;
  gint64 ada_there, alan_there;

  sync_both_ways (fixture);
  ada_there = local_id (fixture->there, ada);
  alan_there = local_id (fixture->there, alan);

  message = log_with (fixture->here, NB_INTERACTION_MESSAGE, message_time, nb_contact_get_id (ada), 0);
  call = log_with (fixture->here, NB_INTERACTION_CALL, call_time, nb_contact_get_id (ada),
                   nb_contact_get_id (alan));

  up = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (INTERACTIONS (up)->sent, ==, 2);

  /* On the server, as other clients read it: one VJOURNAL each. */
  journal = journal_url (fixture->here);
  g_assert_true (g_str_has_suffix (journal, "/netbook-journal/"));
  href = g_strconcat (journal, nb_interaction_get_uid (call), ".ics", NULL);
  g_assert_cmpuint (nb_dav_server_http (fixture->server, "GET", href, USER, PASSWORD, NULL, NULL, &body, NULL),
                    ==, 200);
  /* (Servers write it their own way: Xandikos sorts the lines and quotes
   * CN.) */
  g_assert_nonnull (strstr (body, "BEGIN:VJOURNAL\r\n"));
  g_assert_nonnull (strstr (body, "X-NETBOOK-INTERACTION:call\r\n"));
  g_assert_nonnull (strstr (body, "Ada Lovelace"));
  g_assert_nonnull (strstr (body, ":mailto:ada@example.org\r\n"));
  g_assert_nonnull (strstr (body, ":mailto:alan@example.org\r\n"));
  g_assert_nonnull (strstr (body, "SUMMARY:Call with Ada Lovelace and Alan Turing\r\n"));

  down = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (INTERACTIONS (down)->received, ==, 2);
  g_assert_cmpuint (INTERACTIONS (down)->sent, ==, 0);
  {
    g_autofree char *journal_there = journal_url (fixture->there);

    g_assert_cmpstr (journal_there, ==, journal);
  }

  call_there = nb_store_find_interaction_by_uid (fixture->there, nb_interaction_get_uid (call));
  g_assert_nonnull (call_there);
  g_assert_cmpint (nb_interaction_get_kind (call_there), ==, NB_INTERACTION_CALL);
  g_assert_cmpint (nb_interaction_get_date (call_there), ==, nb_interaction_get_date (call));
  g_assert_true (nb_interaction_has_person (call_there, ada_there));
  g_assert_true (nb_interaction_has_person (call_there, alan_there));
  g_assert_null (nb_interaction_get_title (call_there));

  /* Both devices agree on last-in-touch, for each person. */
  {
    g_autoptr(NbKeepInTouchEntry) a = touch (fixture->here, nb_contact_get_id (ada));
    g_autoptr(NbKeepInTouchEntry) b = touch (fixture->there, ada_there);
    g_autoptr(NbKeepInTouchEntry) c = touch (fixture->here, nb_contact_get_id (alan));
    g_autoptr(NbKeepInTouchEntry) d = touch (fixture->there, alan_there);

    g_assert_cmpint (a->last_date, ==, nb_interaction_get_date (call));
    g_assert_cmpint (b->last_date, ==, nb_interaction_get_date (call));
    g_assert_cmpint (b->last_kind, ==, NB_INTERACTION_CALL);
    g_assert_cmpint (c->last_date, ==, nb_interaction_get_date (call));
    g_assert_cmpint (d->last_date, ==, nb_interaction_get_date (call));
  }

  /* In step: nothing moves either way. */
  again = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (nb_test_sync_moved (again), ==, 0);
  g_clear_pointer (&again, nb_sync_result_free);
  again = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (nb_test_sync_moved (again), ==, 0);

  /* Deleted there: deleted on the server, then here. */
  g_assert_true (nb_store_delete_interaction (fixture->there, nb_interaction_get_id (call_there), &error));
  g_assert_no_error (error);
  gone_there = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (INTERACTIONS (gone_there)->deleted, ==, 1);
  gone_here = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (INTERACTIONS (gone_here)->removed, ==, 1);
  g_assert_null (nb_store_find_interaction_by_uid (fixture->here, nb_interaction_get_uid (call)));

  {
    g_autoptr(NbKeepInTouchEntry) a = touch (fixture->here, nb_contact_get_id (ada));
    g_autoptr(NbKeepInTouchEntry) b = touch (fixture->there, ada_there);
    g_autoptr(NbKeepInTouchEntry) c = touch (fixture->here, nb_contact_get_id (alan));
    g_autoptr(NbKeepInTouchEntry) d = touch (fixture->there, alan_there);

    g_assert_cmpint (a->last_date, ==, nb_interaction_get_date (message));
    g_assert_cmpint (a->last_kind, ==, NB_INTERACTION_MESSAGE);
    g_assert_cmpint (b->last_date, ==, nb_interaction_get_date (message));
    g_assert_cmpint (b->last_kind, ==, NB_INTERACTION_MESSAGE);
    g_assert_cmpint (c->last_date, ==, 0);
    g_assert_cmpint (d->last_date, ==, 0);
  }
}

static int
circle_cadence (NbStore    *store,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) circles = nb_store_list_circles (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < circles->len; i++)
    {
      NbCircle *circle = g_ptr_array_index (circles, i);

      if (g_str_equal (circle->name, name))
        return circle->cadence_days;
    }

  return NB_CADENCE_AS_DEFAULT;
}

/* A circle's rhythm set here reaches there; changed there, it comes back;
 * taken away here, it is gone there. */
static void
test_circle_rhythm (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(NbContact) grace = add_person (fixture->here, "Grace Hopper", "grace@example.org", "Mentors");
  g_autoptr(NbSyncResult) up = NULL;
  g_autoptr(NbSyncResult) down = NULL;
  g_autoptr(NbSyncResult) back = NULL;
  g_autoptr(NbSyncResult) home = NULL;
  g_autoptr(NbSyncResult) removed = NULL;
  g_autoptr(NbSyncResult) gone = NULL;
  g_autoptr(NbKeepInTouchEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  sync_both_ways (fixture);
  g_assert_cmpint (circle_cadence (fixture->there, "Mentors"), ==, NB_CADENCE_AS_DEFAULT);

  g_assert_true (nb_store_set_circle_cadence (fixture->here, "Mentors", 30, &error));
  g_assert_no_error (error);
  up = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (INTERACTIONS (up)->sent, ==, 1);
  down = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (INTERACTIONS (down)->received, ==, 1);
  g_assert_cmpint (circle_cadence (fixture->there, "Mentors"), ==, 30);

  /* Grace's rhythm there is her circle's. */
  entry = touch (fixture->there, local_id (fixture->there, grace));
  g_assert_cmpint (entry->rhythm_days, ==, 30);
  g_assert_cmpstr (entry->circle, ==, "Mentors");

  g_assert_true (nb_store_set_circle_cadence (fixture->there, "Mentors", 14, &error));
  back = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (INTERACTIONS (back)->sent, ==, 1);
  home = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (INTERACTIONS (home)->received, ==, 1);
  g_assert_cmpuint (INTERACTIONS (home)->sent, ==, 0);
  g_assert_cmpint (circle_cadence (fixture->here, "Mentors"), ==, 14);

  g_assert_true (nb_store_set_circle_cadence (fixture->here, "Mentors", NB_CADENCE_AS_DEFAULT, &error));
  removed = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (INTERACTIONS (removed)->deleted, ==, 1);
  gone = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (INTERACTIONS (gone)->removed, ==, 1);
  g_assert_cmpint (circle_cadence (fixture->there, "Mentors"), ==, NB_CADENCE_AS_DEFAULT);
}

/* An entry another client put on the server, with properties of its own:
 * Netbook's edit of the note changes the note, and every other line stays
 * as that client wrote it. */
static void
test_other_client_kept (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char entry[] =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//vdirsyncer-style client//EN\r\n"
    "BEGIN:VJOURNAL\r\n"
    "UID:other-client-7\r\n"
    "DTSTAMP:20261101T090000Z\r\n"
    "DTSTART:20261101T083000Z\r\n"
    "SUMMARY:Orbit chat\r\n"
    "DESCRIPTION:first draft\r\n"
    "CATEGORIES:work,orbits\r\n"
    "CLASS:PRIVATE\r\n"
    "ATTENDEE;CN=Katherine Johnson;PARTSTAT=ACCEPTED:mailto:katherine@example.org\r\n"
    "ATTENDEE;CN=Someone Else;PARTSTAT=TENTATIVE:mailto:someone@example.net\r\n"
    "X-OTHER-CLIENT-MOOD:cheerful\\, mostly\r\n"
    "X-NETBOOK-INTERACTION:call\r\n"
    "END:VJOURNAL\r\n"
    "END:VCALENDAR\r\n";
  static const char * const changed[] = { "DESCRIPTION", "DTSTAMP", "LAST-MODIFIED", NULL };
  g_autoptr(NbContact) katherine = add_person (fixture->here, "Katherine Johnson", "katherine@example.org", NULL);
  g_autoptr(NbSyncResult) down = NULL;
  g_autoptr(NbSyncResult) up = NULL;
  g_autoptr(NbSyncResult) home = NULL;
  g_autoptr(NbInteraction) there = NULL;
  g_autoptr(NbInteraction) edited = NULL;
  g_autoptr(NbInteraction) here = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *href = NULL;
  g_autofree char *body = NULL;
  g_autofree char *stored = NULL;
  guint status;

  sync_both_ways (fixture);
  journal = journal_url (fixture->there);
  href = g_strconcat (journal, "other-client-7.ics", NULL);
  status = nb_dav_server_http (fixture->server, "PUT", href, USER, PASSWORD, "text/calendar; charset=utf-8",
                               entry, NULL, NULL);
  g_assert_cmpuint (status / 100, ==, 2);

  /* What the server keeps may be written its own way (Radicale writes
   * what it read anew): that is what the other client sees. */
  g_assert_cmpuint (nb_dav_server_http (fixture->server, "GET", href, USER, PASSWORD, NULL, NULL, &stored, NULL),
                    ==, 200);

  down = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (INTERACTIONS (down)->received, ==, 1);
  there = nb_store_find_interaction_by_uid (fixture->there, "other-client-7");
  g_assert_nonnull (there);
  g_assert_cmpstr (nb_interaction_get_title (there), ==, "Orbit chat");
  g_assert_cmpuint (nb_interaction_get_people (there)->len, ==, 1);
  g_assert_true (nb_interaction_has_person (there, local_id (fixture->there, katherine)));

  {
    g_autoptr(NbInteraction) draft = nb_interaction_copy (there);

    nb_interaction_set_note (draft, "second draft; longer");
    edited = nb_store_save_interaction (fixture->there, draft, &error);
    g_assert_no_error (error);
  }
  up = nb_test_sync (fixture->there, TRUE);
  g_assert_cmpuint (INTERACTIONS (up)->sent, ==, 1);

  g_assert_cmpuint (nb_dav_server_http (fixture->server, "GET", href, USER, PASSWORD, NULL, NULL, &body, NULL),
                    ==, 200);
  lines = nb_ical_text_split (stored);
  for (guint i = 0; i < lines->len; i++)
    {
      NbIcalLine *line = g_ptr_array_index (lines, i);

      if (!g_strv_contains (changed, line->name) && strstr (body, line->raw) == NULL)
        g_error ("The other client's line was lost: %s\n%s", line->raw, body);
    }
  g_assert_nonnull (strstr (body, "DESCRIPTION:second draft\\; longer\r\n"));
  g_assert_nonnull (strstr (body, "X-OTHER-CLIENT-MOOD:cheerful\\, mostly\r\n"));
  g_assert_nonnull (strstr (body, "someone@example.net"));
  g_assert_nonnull (strstr (body, "CATEGORIES:work,orbits\r\n"));
  g_assert_null (strstr (body, "first draft"));

  home = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (INTERACTIONS (home)->received, ==, 1);
  here = nb_store_find_interaction_by_uid (fixture->here, "other-client-7");
  g_assert_nonnull (here);
  g_assert_cmpstr (nb_interaction_get_note (here), ==, "second draft; longer");
}

/* Where the journal goes: next to the meals calendar. */
static char *
journal_href (NbStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) accounts = nb_store_list_accounts (store, &error);
  g_autofree char *meals = NULL;

  g_assert_no_error (error);
  meals = g_strdup (nb_account_get_collection (g_ptr_array_index (accounts, 0), NB_COLLECTION_MEALS));
  g_assert_true (g_str_has_suffix (meals, "/"));
  meals[strlen (meals) - 1] = '\0';
  *(strrchr (meals, '/') + 1) = '\0';
  return g_strconcat (meals, "netbook-journal/", NULL);
}

/* A server that will not make the journal (its name is taken by an
 * address book): the sync says so once, the interactions stay here,
 * and the next syncs go without a word. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "ada@example.org", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(NbInteraction) call = NULL;
  g_autoptr(NbInteraction) kept = NULL;
  g_autoptr(NbDavClient) client = NULL;
  g_autoptr(NbSyncResult) first = NULL;
  g_autoptr(NbSyncResult) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autofree char *href = journal_href (fixture->here);
  gboolean said = FALSE;

  client = nb_dav_client_new (nb_dav_server_get_url (fixture->server), USER, PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_true (nb_dav_client_create_collection (client, href, NB_DAV_ADDRESSBOOK, "Not a journal", NULL, &error));
  g_assert_no_error (error);

  call = log_with (fixture->here, NB_INTERACTION_CALL, now, nb_contact_get_id (ada), 0);
  first = nb_test_sync (fixture->here, FALSE);
  g_assert_no_error (first->error);
  for (guint i = 0; i < first->problems->len; i++)
    g_test_message ("problem: %s", (char *) g_ptr_array_index (first->problems, i));
  for (guint i = 0; i < first->problems->len; i++)
    said |= strstr (g_ptr_array_index (first->problems, i), "would not make a journal") != NULL;
  g_assert_true (said);
  g_assert_cmpuint (first->problems->len, ==, 1);
  g_assert_cmpuint (INTERACTIONS (first)->sent, ==, 0);

  accounts = nb_store_list_accounts (fixture->here, &error);
  g_assert_cmpstr (nb_account_get_collection (g_ptr_array_index (accounts, 0), NB_COLLECTION_INTERACTIONS), ==, "");

  second = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (INTERACTIONS (second)->sent, ==, 0);
  kept = nb_store_find_interaction_by_uid (fixture->here, nb_interaction_get_uid (call));
  g_assert_nonnull (kept);
}

/* Both devices change the same interaction before they sync: each one's
 * change is kept (the note from one, the kind from the other), and both
 * end with the same. */
static void
test_both_edit (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "ada@example.org", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(NbInteraction) call = NULL;
  g_autoptr(NbInteraction) here = NULL;
  g_autoptr(NbInteraction) there = NULL;
  g_autoptr(NbSyncResult) first = NULL;
  g_autoptr(NbSyncResult) second = NULL;
  g_autoptr(NbSyncResult) third = NULL;
  g_autoptr(GError) error = NULL;

  sync_both_ways (fixture);
  call = log_with (fixture->here, NB_INTERACTION_CALL, now, nb_contact_get_id (ada), 0);
  sync_both_ways (fixture);

  {
    g_autoptr(NbInteraction) draft = nb_interaction_copy (call);
    g_autoptr(NbInteraction) saved = NULL;

    nb_interaction_set_note (draft, "About the engine");
    saved = nb_store_save_interaction (fixture->here, draft, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(NbInteraction) stored = nb_store_find_interaction_by_uid (fixture->there, nb_interaction_get_uid (call));
    g_autoptr(NbInteraction) draft = nb_interaction_copy (stored);
    g_autoptr(NbInteraction) saved = NULL;

    nb_interaction_set_kind (draft, NB_INTERACTION_VIDEO_CALL);
    saved = nb_store_save_interaction (fixture->there, draft, &error);
    g_assert_no_error (error);
  }

  first = nb_test_sync (fixture->here, TRUE);
  second = nb_test_sync (fixture->there, TRUE);
  third = nb_test_sync (fixture->here, TRUE);

  here = nb_store_find_interaction_by_uid (fixture->here, nb_interaction_get_uid (call));
  there = nb_store_find_interaction_by_uid (fixture->there, nb_interaction_get_uid (call));
  g_assert_cmpstr (nb_interaction_get_note (here), ==, "About the engine");
  g_assert_cmpstr (nb_interaction_get_note (there), ==, "About the engine");
  g_assert_cmpint (nb_interaction_get_kind (here), ==, NB_INTERACTION_VIDEO_CALL);
  g_assert_cmpint (nb_interaction_get_kind (there), ==, NB_INTERACTION_VIDEO_CALL);
}

/* A favour asked of me, answered no here, reaches the other device with
 * its answer, its day and who reached out; answered yes there, and who
 * reached out changed here at the same time: both changes are kept, and
 * both devices agree on the give and take. */
static void
test_answers (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "ada@example.org", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(NbInteraction) favour = NULL;
  g_autoptr(NbInteraction) here = NULL;
  g_autoptr(NbInteraction) there = NULL;
  g_autoptr(NbGiveAndTake) counts_here = NULL;
  g_autoptr(NbGiveAndTake) counts_there = NULL;
  g_autoptr(GError) error = NULL;
  gint64 answered = g_date_time_to_unix (now) - 3600;

  sync_both_ways (fixture);
  {
    g_autoptr(NbInteraction) draft = nb_interaction_new_with_contact (NB_INTERACTION_FAVOUR_ASKED_OF_ME,
                                                                      nb_contact_get_id (ada), now);

    nb_interaction_set_answer (draft, NB_ANSWER_NO);
    nb_interaction_set_answered (draft, answered);
    nb_interaction_set_initiator (draft, NB_INITIATOR_THEM);
    favour = nb_store_save_interaction (fixture->here, draft, &error);
    g_assert_no_error (error);
  }
  sync_both_ways (fixture);

  there = nb_store_find_interaction_by_uid (fixture->there, nb_interaction_get_uid (favour));
  g_assert_nonnull (there);
  g_assert_cmpint (nb_interaction_get_kind (there), ==, NB_INTERACTION_FAVOUR_ASKED_OF_ME);
  g_assert_cmpint (nb_interaction_get_answer (there), ==, NB_ANSWER_NO);
  g_assert_cmpint (nb_interaction_get_answered (there), ==, answered);
  g_assert_cmpint (nb_interaction_get_initiator (there), ==, NB_INITIATOR_THEM);

  /* Yes, there; "I reached out", here. */
  {
    g_autoptr(NbInteraction) draft = nb_interaction_copy (there);
    g_autoptr(NbInteraction) saved = NULL;

    nb_interaction_set_answer (draft, NB_ANSWER_YES);
    nb_interaction_set_answered (draft, answered + 60);
    saved = nb_store_save_interaction (fixture->there, draft, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(NbInteraction) draft = nb_interaction_copy (favour);
    g_autoptr(NbInteraction) saved = NULL;

    nb_interaction_set_initiator (draft, NB_INITIATOR_ME);
    saved = nb_store_save_interaction (fixture->here, draft, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(NbSyncResult) first = nb_test_sync (fixture->there, TRUE);
    g_autoptr(NbSyncResult) second = nb_test_sync (fixture->here, TRUE);
    g_autoptr(NbSyncResult) third = nb_test_sync (fixture->there, TRUE);
  }

  g_clear_object (&there);
  here = nb_store_find_interaction_by_uid (fixture->here, nb_interaction_get_uid (favour));
  there = nb_store_find_interaction_by_uid (fixture->there, nb_interaction_get_uid (favour));
  g_assert_cmpint (nb_interaction_get_answer (here), ==, NB_ANSWER_YES);
  g_assert_cmpint (nb_interaction_get_answer (there), ==, NB_ANSWER_YES);
  g_assert_cmpint (nb_interaction_get_answered (here), ==, answered + 60);
  g_assert_cmpint (nb_interaction_get_initiator (here), ==, NB_INITIATOR_ME);
  g_assert_cmpint (nb_interaction_get_initiator (there), ==, NB_INITIATOR_ME);

  /* The same give and take on both devices. */
  counts_here = nb_store_get_give_and_take (fixture->here, nb_contact_get_id (ada), now, &error);
  g_assert_no_error (error);
  {
    g_autoptr(NbContact) ada_there = NULL;
    gint64 id = g_array_index (nb_interaction_get_people (there), gint64, 0);

    ada_there = nb_store_get_contact (fixture->there, id);
    g_assert_cmpstr (nb_contact_get_uid (ada_there), ==, nb_contact_get_uid (ada));
    counts_there = nb_store_get_give_and_take (fixture->there, id, now, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpmem (counts_here, sizeof *counts_here, counts_there, sizeof *counts_there);
  g_assert_cmpuint (counts_here->asked_of_me[NB_ANSWER_YES], ==, 1);
}

/* An introduction goes step by step on two devices: asked here, Charles
 * agreeing there while Ada agrees here (both kept), introduced there,
 * followed up here; Grace introducing me to Mary reaches the other device
 * with who made it. Charles has no email address: he is found by his
 * card's UID. */
static void
test_introductions (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(NbContact) ada = add_person (fixture->here, "Ada Lovelace", "ada@example.org", NULL);
  g_autoptr(NbContact) charles = add_person (fixture->here, "Charles Babbage", NULL, NULL);
  g_autoptr(NbContact) grace = add_person (fixture->here, "Grace Hopper", "grace@example.org", NULL);
  g_autoptr(NbContact) mary = add_person (fixture->here, "Mary Somerville", NULL, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 seconds = g_date_time_to_unix (now);
  g_autoptr(NbInteraction) introduction = NULL;
  g_autoptr(NbInteraction) by_grace = NULL;
  g_autoptr(NbInteraction) here = NULL;
  g_autoptr(NbInteraction) there = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ada_there, charles_there;

  {
    g_autoptr(NbInteraction) draft = nb_interaction_new_with_contact (NB_INTERACTION_INTRODUCTION,
                                                                      nb_contact_get_id (ada), now);
    g_autoptr(NbInteraction) other = nb_interaction_new_with_contact (NB_INTERACTION_INTRODUCTION,
                                                                      nb_contact_get_id (mary), now);

    nb_interaction_add_person (draft, nb_contact_get_id (charles));
    nb_interaction_set_opt_in (draft, nb_contact_get_id (ada), NB_OPT_IN_ASKED);
    nb_interaction_set_opt_in (draft, nb_contact_get_id (charles), NB_OPT_IN_ASKED);
    introduction = nb_store_save_interaction (fixture->here, draft, &error);
    g_assert_no_error (error);
    nb_interaction_set_introducer (other, nb_contact_get_id (grace));
    nb_interaction_set_introduced (other, seconds - 86400);
    by_grace = nb_store_save_interaction (fixture->here, other, &error);
    g_assert_no_error (error);
  }
  sync_both_ways (fixture);

  ada_there = local_id (fixture->there, ada);
  charles_there = local_id (fixture->there, charles);
  there = nb_store_find_interaction_by_uid (fixture->there, nb_interaction_get_uid (introduction));
  g_assert_nonnull (there);
  g_assert_cmpint (nb_interaction_get_kind (there), ==, NB_INTERACTION_INTRODUCTION);
  g_assert_cmpint (nb_interaction_get_opt_in (there, ada_there), ==, NB_OPT_IN_ASKED);
  g_assert_cmpint (nb_interaction_get_opt_in (there, charles_there), ==, NB_OPT_IN_ASKED);
  {
    g_autoptr(NbInteraction) made = nb_store_find_interaction_by_uid (fixture->there, nb_interaction_get_uid (by_grace));

    g_assert_nonnull (made);
    g_assert_cmpint (nb_interaction_get_introducer (made), ==, local_id (fixture->there, grace));
    g_assert_cmpint (nb_interaction_get_introduced (made), ==, seconds - 86400);
  }

  /* Charles says yes there, Ada says yes here: both answers are kept. */
  {
    g_autoptr(NbInteraction) draft = nb_interaction_copy (there);
    g_autoptr(NbInteraction) saved = NULL;

    nb_interaction_set_opt_in (draft, charles_there, NB_OPT_IN_AGREED);
    saved = nb_store_save_interaction (fixture->there, draft, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(NbInteraction) draft = nb_interaction_copy (introduction);
    g_autoptr(NbInteraction) saved = NULL;

    nb_interaction_set_opt_in (draft, nb_contact_get_id (ada), NB_OPT_IN_AGREED);
    saved = nb_store_save_interaction (fixture->here, draft, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(NbSyncResult) first = nb_test_sync (fixture->there, TRUE);
    g_autoptr(NbSyncResult) second = nb_test_sync (fixture->here, TRUE);
    g_autoptr(NbSyncResult) third = nb_test_sync (fixture->there, TRUE);
  }
  here = nb_store_find_interaction_by_uid (fixture->here, nb_interaction_get_uid (introduction));
  g_clear_object (&there);
  there = nb_store_find_interaction_by_uid (fixture->there, nb_interaction_get_uid (introduction));
  /* One field, the introduction: the newer change wins it whole, and the
   * other's value is in the history; either way both devices agree. */
  g_assert_true (nb_interaction_get_opt_in (here, nb_contact_get_id (ada)) ==
                 nb_interaction_get_opt_in (there, ada_there));
  g_assert_true (nb_interaction_get_opt_in (here, nb_contact_get_id (charles)) ==
                 nb_interaction_get_opt_in (there, charles_there));

  /* Introduced there, followed up here three weeks on. */
  {
    g_autoptr(NbInteraction) draft = nb_interaction_copy (there);
    g_autoptr(NbInteraction) saved = NULL;

    nb_interaction_set_opt_in (draft, ada_there, NB_OPT_IN_AGREED);
    nb_interaction_set_opt_in (draft, charles_there, NB_OPT_IN_AGREED);
    nb_interaction_set_introduced (draft, seconds);
    saved = nb_store_save_interaction (fixture->there, draft, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(NbSyncResult) up = nb_test_sync (fixture->there, TRUE);
    g_autoptr(NbSyncResult) down = nb_test_sync (fixture->here, TRUE);
  }
  g_clear_object (&here);
  here = nb_store_find_interaction_by_uid (fixture->here, nb_interaction_get_uid (introduction));
  g_assert_cmpint (nb_interaction_get_introduced (here), ==, seconds);
  g_assert_cmpint (nb_interaction_get_opt_in (here, nb_contact_get_id (charles)), ==, NB_OPT_IN_AGREED);
  g_assert_cmpint (nb_interaction_get_introduction_step (here, seconds + 22 * 86400), ==,
                   NB_INTRODUCTION_STEP_FOLLOW_UP);
  {
    g_autoptr(NbInteraction) draft = nb_interaction_copy (here);
    g_autoptr(NbInteraction) saved = NULL;

    nb_interaction_set_followed_up (draft, seconds + 22 * 86400);
    saved = nb_store_save_interaction (fixture->here, draft, &error);
    g_assert_no_error (error);
  }
  sync_both_ways (fixture);
  g_clear_object (&there);
  there = nb_store_find_interaction_by_uid (fixture->there, nb_interaction_get_uid (introduction));
  g_assert_cmpint (nb_interaction_get_followed_up (there), ==, seconds + 22 * 86400);
  g_assert_cmpint (nb_interaction_get_introduction_step (there, seconds + 22 * 86400), ==,
                   NB_INTRODUCTION_STEP_DONE);
  {
    g_autoptr(GPtrArray) open_here = nb_store_list_open_introductions (fixture->here, &error);
    g_autoptr(GPtrArray) open_there = nb_store_list_open_introductions (fixture->there, &error);

    g_assert_cmpuint (open_here->len, ==, 0);
    g_assert_cmpuint (open_there->len, ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/sync-journal/group-call", Fixture, NULL, fixture_set_up, test_group_call, fixture_tear_down);
  g_test_add ("/sync-journal/circle-rhythm", Fixture, NULL, fixture_set_up, test_circle_rhythm,
              fixture_tear_down);
  g_test_add ("/sync-journal/both-edit", Fixture, NULL, fixture_set_up, test_both_edit, fixture_tear_down);
  g_test_add ("/sync-journal/answers", Fixture, NULL, fixture_set_up, test_answers, fixture_tear_down);
  g_test_add ("/sync-journal/introductions", Fixture, NULL, fixture_set_up, test_introductions,
              fixture_tear_down);
  g_test_add ("/sync-journal/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/sync-journal/other-client-kept", Fixture, NULL, fixture_set_up, test_other_client_kept,
              fixture_tear_down);

  return g_test_run ();
}
