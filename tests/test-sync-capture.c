/* test-sync-capture.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "nb-clock.h"
#include "nb-dav-client.h"
#include "nb-dav-server.h"
#include "nb-secrets.h"
#include "nb-sync-setup.h"
#include "nb-sync-test-util.h"
#include "nb-test-util.h"

/* A second calendar of the account, written by another client, chosen in
 * Accounts: its past meetings with contacts become interactions at each
 * sync, on Radicale and Xandikos (NETBOOK_TEST_SERVER); Netbook never
 * writes to it (its ETags and getctag stay), and un-choosing it takes the
 * interactions back. */

#define USER "alice"
#define PASSWORD "secret"

static const char mkcalendar[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
  "<C:mkcalendar xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
  "<D:set><D:prop><D:displayname>Work</D:displayname>"
  "<C:supported-calendar-component-set><C:comp name=\"VEVENT\"/></C:supported-calendar-component-set>"
  "</D:prop></D:set></C:mkcalendar>";

static void
put_event (NbDavServer *server,
           const char  *calendar,
           const char  *uid,
           const char  *body)
{
  g_autofree char *href = g_strdup_printf ("%s%s.ics", calendar, uid);
  g_autofree char *text = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                                           "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260301T000000Z\r\n"
                                           "%sEND:VEVENT\r\nEND:VCALENDAR\r\n",
                                           uid, body);
  guint status = nb_dav_server_http (server, "PUT", href, USER, PASSWORD,
                                     "text/calendar; charset=utf-8", text, NULL, NULL);

  g_assert_cmpuint (status, >=, 200);
  g_assert_cmpuint (status, <, 300);
}

static gint
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The calendar's items and ETags, and its getctag, as one string. */
static char *
snapshot (NbDavServer *server,
          const char  *calendar)
{
  g_autoptr(GPtrArray) entries = nb_dav_server_list (server, calendar, USER, PASSWORD);
  g_autoptr(NbDavClient) client = NULL;
  g_autoptr(NbDavCollection) collection = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *text = g_string_new (NULL);

  g_assert_nonnull (entries);
  for (guint i = 0; i < entries->len; i++)
    {
      NbDavServerEntry *entry = g_ptr_array_index (entries, i);

      if (!entry->collection)
        g_ptr_array_add (lines, g_strdup_printf ("%s %s", entry->path, entry->etag));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_assert_cmpuint (lines->len, >, 0);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (lines, i));

  client = nb_dav_client_new (nb_dav_server_get_url (server), USER, PASSWORD, &error);
  g_assert_no_error (error);
  collection = nb_dav_client_get_collection (client, calendar, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (collection->ctag);
  g_string_append_printf (text, "ctag %s\n", collection->ctag);

  return g_string_free (text, FALSE);
}

static gint64
count_captured (const char *path)
{
  return nb_test_query_int (path, "SELECT count(*) FROM interactions WHERE captured_from IS NOT NULL");
}

static void
test_capture_calendar (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 31, 12, 0, 0);
  g_autoptr(GDateTime) call = NULL;
  g_autoptr(NbAccount) account = NULL;
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbContact) ada = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *home = NULL;
  g_autofree char *work = NULL;
  g_autofree char *server_url = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *lunch_href = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  NbDavServer *server;
  gint64 ada_id, initial, max_id;
  guint status;

  server = nb_dav_server_start_default (&error);
  g_assert_no_error (error);
  /* A database of its own for each server: both may run at once. */
  name = g_strdup_printf ("capture-%s.db", nb_dav_server_get_name (server));
  path = nb_test_tmp_path (name);
  for (guint i = 0; i < 3; i++)
    {
      const char *suffix[] = { "", "-wal", "-shm" };
      g_autofree char *file = g_strconcat (path, suffix[i], NULL);

      g_unlink (file);
    }
  store = nb_test_open_device (name);
  account = nb_test_add_account (server, store, USER, PASSWORD);
  nb_clock_set_fixed (now);

  ada_id = nb_test_add_contact (store, "Ada Lovelace", "ada@example.org");
  ada = nb_store_get_contact (store, ada_id);
  initial = nb_contact_get_last_interaction (ada);
  g_clear_object (&ada);

  /* Another client makes a calendar and puts meetings in it. */
  home = nb_dav_server_get_home (server, USER, NB_DAV_CALENDAR);
  work = g_str_has_suffix (home, "/") ? g_strconcat (home, "work/", NULL)
                                      : g_strconcat (home, "/work/", NULL);
  status = nb_dav_server_http (server, "MKCALENDAR", work, USER, PASSWORD,
                               "application/xml; charset=utf-8", mkcalendar, NULL, NULL);
  g_assert_cmpuint (status, ==, 201);
  put_event (server, work, "lunch",
             "SUMMARY:Lunch with Ada\r\nDTSTART:20260320T120000Z\r\nDTEND:20260320T130000Z\r\n"
             "ORGANIZER:mailto:alice@example.net\r\nATTENDEE:mailto:ADA@EXAMPLE.ORG\r\n");
  put_event (server, work, "standup",
             "SUMMARY:Standup\r\nDTSTART:20260302T090000Z\r\nDTEND:20260302T091500Z\r\n"
             "RRULE:FREQ=WEEKLY;COUNT=8\r\nORGANIZER:mailto:ada@example.org\r\n");
  put_event (server, work, "later",
             "SUMMARY:Later\r\nDTSTART:20260415T090000Z\r\nATTENDEE:mailto:ada@example.org\r\n");
  put_event (server, work, "offsite",
             "SUMMARY:Offsite\r\nDTSTART;VALUE=DATE:20260310\r\nATTENDEE:mailto:ada@example.org\r\n");

  /* Not chosen: nothing is read from it. */
  {
    g_autoptr(NbSyncResult) result = nb_test_sync (store, TRUE);
  }
  g_assert_cmpint (count_captured (path), ==, 0);

  g_assert_true (nb_store_set_capture_calendar (store, nb_account_get_id (account), work, TRUE,
                                                &error));
  g_assert_no_error (error);
  chosen = nb_store_list_capture_calendars (store, nb_account_get_id (account), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chosen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (chosen, 0), ==, work);

  before = snapshot (server, work);
  {
    g_autoptr(NbSyncResult) result = nb_test_sync (store, TRUE);

    /* Not sent to the journal: they are in the user's calendar already. */
    g_assert_cmpuint (result->counts[NB_COLLECTION_INTERACTIONS].sent, ==, 0);
  }
  /* Lunch, and 5 of the 8 standups; not the one still to come, nor the
   * whole-day offsite. */
  g_assert_cmpint (count_captured (path), ==, 6);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions"
                                            " WHERE kind = 1 AND title = 'Standup'"), ==, 5);
  ada = nb_store_get_contact (store, ada_id);
  g_assert_cmpint (nb_contact_get_last_interaction (ada), ==, 1774861200);  /* 30 March, 09:00 */
  g_clear_object (&ada);

  /* Again: nothing new. */
  max_id = nb_test_query_int (path, "SELECT max(id) FROM interactions");
  {
    g_autoptr(NbSyncResult) result = nb_test_sync (store, TRUE);
  }
  g_assert_cmpint (count_captured (path), ==, 6);
  g_assert_cmpint (nb_test_query_int (path, "SELECT max(id) FROM interactions"), ==, max_id);
  after = snapshot (server, work);
  g_assert_cmpstr (after, ==, before);

  /* Until the next standup begins (6 April, 09:00; "Later" is on the 15th),
   * and while the calendar does not change, a sync does not read it again:
   * a meeting taken away behind Netbook's back stays away. */
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM capture_calendars"
                                            " WHERE state IS NOT NULL"), ==, 1);
  g_assert_cmpint (nb_test_query_int (path, "SELECT recheck FROM capture_calendars"), ==, 1775466000);
  nb_test_exec_sql (path, "DELETE FROM interactions WHERE id = (SELECT max(id) FROM interactions"
                          " WHERE title = 'Standup')");
  {
    g_autoptr(NbSyncResult) result = nb_test_sync (store, TRUE);
  }
  g_assert_cmpint (count_captured (path), ==, 5);

  /* Once it began, the calendar is read again: the sixth standup counts,
   * and the one taken away is back. */
  {
    g_autoptr(GDateTime) monday = g_date_time_new_utc (2026, 4, 6, 9, 30, 0);

    nb_clock_set_fixed (monday);
  }
  {
    g_autoptr(NbSyncResult) result = nb_test_sync (store, TRUE);
  }
  g_assert_cmpint (count_captured (path), ==, 7);
  g_assert_cmpint (nb_test_query_int (path, "SELECT recheck FROM capture_calendars"), ==, 1776070800);

  /* A contact given an email address of the meetings already there has
   * them counted at the next sync, although the calendar did not change. */
  {
    gint64 alice = nb_test_add_contact (store, "Alice Ball", "alice@example.net");
    g_autoptr(NbSyncResult) result = nb_test_sync (store, TRUE);
    g_autoptr(NbContact) contact = nb_store_get_contact (store, alice);

    g_assert_cmpint (nb_contact_get_last_interaction (contact), ==, 1774008000);  /* the lunch */
  }
  nb_clock_set_fixed (now);

  /* The other client cancels the standups: they go. */
  lunch_href = g_strconcat (work, "standup.ics", NULL);
  status = nb_dav_server_http (server, "DELETE", lunch_href, USER, PASSWORD, NULL, NULL, NULL, NULL);
  g_assert_cmpuint (status, >=, 200);
  g_assert_cmpuint (status, <, 300);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = snapshot (server, work);
  {
    g_autoptr(NbSyncResult) result = nb_test_sync (store, TRUE);
  }
  g_assert_cmpint (count_captured (path), ==, 1);
  after = snapshot (server, work);
  g_assert_cmpstr (after, ==, before);
  ada = nb_store_get_contact (store, ada_id);
  g_assert_cmpint (nb_contact_get_last_interaction (ada), ==, 1774008000);  /* 20 March, 12:00 */
  g_clear_object (&ada);

  /* Un-chosen: what it added goes, last in touch too. */
  g_assert_true (nb_store_set_capture_calendar (store, nb_account_get_id (account), work, FALSE,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_captured (path), ==, 0);
  ada = nb_store_get_contact (store, ada_id);
  g_assert_cmpint (nb_contact_get_last_interaction (ada), ==, initial);
  g_clear_object (&ada);
  {
    g_autoptr(NbSyncResult) result = nb_test_sync (store, TRUE);
  }
  g_assert_cmpint (count_captured (path), ==, 0);

  /* Chosen again, then the account removed: its interactions go too, and
   * the user's own stay. */
  call = g_date_time_add_days (now, -20);
  g_assert_true (nb_store_log_interaction (store, ada_id, call, NB_INTERACTION_CALL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (nb_store_set_capture_calendar (store, nb_account_get_id (account), work, TRUE,
                                                &error));
  g_assert_no_error (error);
  {
    g_autoptr(NbSyncResult) result = nb_test_sync (store, TRUE);
  }
  g_assert_cmpint (count_captured (path), ==, 1);

  /* The other client deletes the calendar: the account still syncs, the
   * sync says which calendar it could not read, and what it counted stays
   * until the user turns it off. */
  status = nb_dav_server_http (server, "DELETE", work, USER, PASSWORD, NULL, NULL, NULL, NULL);
  g_assert_cmpuint (status, >=, 200);
  g_assert_cmpuint (status, <, 300);
  {
    g_autoptr(NbSyncResult) result = nb_test_sync (store, FALSE);

    g_assert_no_error (result->error);
    g_assert_cmpuint (result->problems->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (result->problems, 0), work));
  }
  g_assert_cmpint (count_captured (path), ==, 1);

  g_assert_true (nb_sync_remove_account (store, account, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_captured (path), ==, 0);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions"), ==, 1);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM capture_calendars"), ==, 0);
  g_assert_cmpint (nb_test_query_int (path, "SELECT last_interaction FROM contacts"), ==,
                   g_date_time_to_unix (now) - 20 * 86400);

  nb_clock_set_fixed (NULL);
  server_url = nb_account_normalize_server (nb_dav_server_get_url (server));
  g_assert_true (nb_secrets_clear (server_url, USER, NULL, NULL));
  g_clear_object (&store);
  nb_dav_server_free (server);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sync-capture/calendar", test_capture_calendar);

  return g_test_run ();
}
