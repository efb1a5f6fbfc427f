/* test-interop.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-attendee.h"
#include "nb-dav-server.h"
#include "nb-secrets.h"
#include "nb-sync-test-util.h"
#include "nb-test-util.h"
#include "nb-vdirsyncer.h"

/* Netbook and a third-party client on the same address book and calendar:
 * vdirsyncer, with folders of .vcf and .ics files that the test edits as
 * khard and khal would, on a server of the test's own (Radicale or
 * Xandikos, as NETBOOK_TEST_SERVER says). What vdirsyncer writes is read
 * with python3-vobject and python3-icalendar (tests/vdir-dump.py), not
 * with Netbook's own readers.
 *
 * Two databases stand for two devices, "here" (whose account vdirsyncer
 * is pointed at) and "there"; both find the same collections. */

#define USER "alice"
#define PASSWORD "secret"

/* Commas, semicolons, a backslash and a newline: what vCard and
 * iCalendar escape. */
#define AWKWARD "Café Einstein, Unter den Linden; 2nd floor \\ back\nHof 3"

#define CONTACTS NB_COLLECTION_CONTACTS
#define MEALS NB_COLLECTION_MEALS

typedef struct
{
  NbDavServer  *server;
  NbStore      *here;
  NbStore      *there;
  NbAccount    *account;
  NbVdirsyncer *vdirsyncer;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbAccount) there = NULL;

  fixture->server = nb_dav_server_start_default (&error);
  g_assert_no_error (error);
  fixture->here = nb_test_open_device ("here.db");
  fixture->there = nb_test_open_device ("there.db");
  fixture->account = nb_test_add_account (fixture->server, fixture->here, USER, PASSWORD);
  there = nb_test_add_account (fixture->server, fixture->there, USER, PASSWORD);

  fixture->vdirsyncer = nb_vdirsyncer_new (fixture->server, USER, PASSWORD, fixture->account,
                                           &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *server = nb_account_normalize_server (nb_dav_server_get_url (fixture->server));

  g_assert_true (nb_secrets_clear (server, USER, NULL, NULL));
  g_clear_pointer (&fixture->vdirsyncer, nb_vdirsyncer_free);
  g_clear_object (&fixture->account);
  g_clear_object (&fixture->here);
  g_clear_object (&fixture->there);
  g_clear_pointer (&fixture->server, nb_dav_server_free);
}

/* Files as khard and khal write them ---------------------------------- */

/* @text as a vCard 3.0 (RFC 2426, 5) or iCalendar (RFC 5545, 3.3.11) TEXT
 * value: both escape the same four. */
static char *
escape_text (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *s = text; *s != '\0'; s++)
    {
      if (*s == '\\' || *s == ',' || *s == ';')
        g_string_append_c (escaped, '\\');
      if (*s == '\n')
        g_string_append (escaped, "\\n");
      else
        g_string_append_c (escaped, *s);
    }

  return g_string_free (escaped, FALSE);
}

/* A card as khard writes it. */
static char *
khard_card (const char *uid,
            const char *given,
            const char *family,
            const char *email,
            const char *phone,
            const char *note)
{
  g_autofree char *escaped_note = note ? escape_text (note) : NULL;
  g_autofree char *note_line = note ? g_strdup_printf ("NOTE:%s\r\n", escaped_note) : NULL;

  return g_strdup_printf ("BEGIN:VCARD\r\n"
                          "VERSION:3.0\r\n"
                          "PRODID:-//khard//NONSGML khard 0.18.0//EN\r\n"
                          "UID:%s\r\n"
                          "FN:%s %s\r\n"
                          "N:%s;%s;;;\r\n"
                          "EMAIL;TYPE=HOME:%s\r\n"
                          "TEL;TYPE=CELL:%s\r\n"
                          "%s"
                          "END:VCARD\r\n",
                          uid, given, family, family, given, email, phone,
                          note_line ? note_line : "");
}

/* An event as khal writes it, in Berlin's time: @start and @end such as
 * "20261214T123000", @extra more lines of the VEVENT. */
static char *
khal_event (const char *uid,
            const char *summary,
            const char *start,
            const char *end,
            const char *location,
            const char *extra)
{
  g_autofree char *escaped_location = location ? escape_text (location) : NULL;
  g_autofree char *location_line = location ? g_strdup_printf ("LOCATION:%s\r\n", escaped_location)
                                            : NULL;

  return g_strdup_printf ("BEGIN:VCALENDAR\r\n"
                          "VERSION:2.0\r\n"
                          "PRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\r\n"
                          "BEGIN:VTIMEZONE\r\n"
                          "TZID:Europe/Berlin\r\n"
                          "BEGIN:STANDARD\r\n"
                          "DTSTART:19701025T030000\r\n"
                          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                          "TZNAME:CET\r\n"
                          "TZOFFSETFROM:+0200\r\n"
                          "TZOFFSETTO:+0100\r\n"
                          "END:STANDARD\r\n"
                          "BEGIN:DAYLIGHT\r\n"
                          "DTSTART:19700329T020000\r\n"
                          "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                          "TZNAME:CEST\r\n"
                          "TZOFFSETFROM:+0100\r\n"
                          "TZOFFSETTO:+0200\r\n"
                          "END:DAYLIGHT\r\n"
                          "END:VTIMEZONE\r\n"
                          "BEGIN:VEVENT\r\n"
                          "SUMMARY:%s\r\n"
                          "DTSTART;TZID=Europe/Berlin:%s\r\n"
                          "DTEND;TZID=Europe/Berlin:%s\r\n"
                          "DTSTAMP:20261201T090000Z\r\n"
                          "UID:%s\r\n"
                          "%s"
                          "%s"
                          "END:VEVENT\r\n"
                          "END:VCALENDAR\r\n",
                          summary, start, end, uid, location_line ? location_line : "",
                          extra ? extra : "");
}

/* A meal as khal writes it, with the kind Netbook reads, and someone to
 * have it with. */
static char *
khal_meal (const char *uid,
           const char *kind,
           const char *summary,
           const char *start,
           const char *end,
           const char *location,
           const char *with,
           const char *email)
{
  g_autofree char *extra = g_strdup_printf ("ATTENDEE;CN=%s;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:"
                                            "mailto:%s\r\n"
                                            "X-NETBOOK-KIND:%s\r\n",
                                            with, email, kind);

  return khal_event (uid, summary, start, end, location, extra);
}

/* Netbook's side -------------------------------------------------------- */

static GDateTime *
berlin (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");

  g_assert_nonnull (zone);
  return g_date_time_new (zone, year, month, day, hour, minute, 0);
}

/* "2026-12-14T11:30:00Z", as vdir-dump.py writes a time. */
static char *
utc_text (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static NbContact *
add_contact (NbStore    *store,
             const char *uid,
             const char *name,
             const char *email,
             const char *phone,
             const char *notes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) draft = nb_test_contact_new (name, email);
  NbContact *saved;

  if (uid != NULL)
    nb_contact_set_uid (draft, uid);
  if (phone != NULL)
    {
      g_autoptr(GPtrArray) phones = nb_field_array_new ();

      g_ptr_array_add (phones, nb_field_new ("mobile", phone));
      nb_contact_set_phones (draft, phones);
    }
  nb_contact_set_notes (draft, notes);
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);

  return saved;
}

static NbMeeting *
add_meal (NbStore    *store,
          NbMealKind  kind,
          GDateTime  *start,
          const char *place,
          NbContact  *with)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbMeeting) draft = nb_meeting_new ();
  g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();
  NbMeeting *saved;

  g_ptr_array_add (attendees, nb_attendee_new (nb_contact_get_id (with),
                                               nb_contact_get_full_name (with), NULL));
  nb_meeting_set_kind (draft, kind);
  nb_meeting_set_start (draft, start);
  nb_meeting_set_duration (draft, 90);
  nb_meeting_set_attendees (draft, attendees);
  nb_meeting_set_place (draft, place);
  saved = nb_store_save_meeting (store, draft, &error);
  g_assert_no_error (error);

  return saved;
}

static void
edit_contact (NbStore    *store,
              const char *uid,
              const char *property,
              const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) contact = nb_test_find_contact (store, uid);
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;

  g_assert_nonnull (contact);
  draft = nb_contact_copy (contact);
  g_object_set (draft, property, value, NULL);
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
}

static void
edit_place (NbStore    *store,
            const char *uid,
            const char *place)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbMeeting) meal = nb_test_find_meeting (store, uid);
  g_autoptr(NbMeeting) draft = NULL;
  g_autoptr(NbMeeting) saved = NULL;

  g_assert_nonnull (meal);
  draft = nb_meeting_copy (meal);
  nb_meeting_set_place (draft, place);
  saved = nb_store_save_meeting (store, draft, &error);
  g_assert_no_error (error);
}

static void
delete_contact (NbStore    *store,
                const char *uid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) contact = nb_test_find_contact (store, uid);

  g_assert_nonnull (contact);
  g_assert_true (nb_store_delete_contact (store, nb_contact_get_id (contact), &error));
  g_assert_no_error (error);
}

static void
delete_meal (NbStore    *store,
             const char *uid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbMeeting) meal = nb_test_find_meeting (store, uid);

  g_assert_nonnull (meal);
  g_assert_true (nb_store_delete_meeting (store, nb_meeting_get_id (meal), &error));
  g_assert_no_error (error);
}

static gint64
count_rows (NbStore    *store,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return nb_test_query_int (nb_store_get_path (store), sql);
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static const char *
first_value (GPtrArray *fields)
{
  return fields->len > 0 ? ((NbField *) g_ptr_array_index (fields, 0))->value : NULL;
}

/* vdirsyncer's side ------------------------------------------------------ */

static guint
vdirsyncer_sync (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  nb_vdirsyncer_sync (fixture->vdirsyncer, &changes, &error);
  g_assert_no_error (error);

  return changes;
}

/* A value vdir-dump.py read, %NULL if there is none. */
static char *
read_value (GKeyFile   *items,
            const char *uid,
            const char *key)
{
  return g_key_file_get_string (items, uid, key, NULL);
}

#define assert_value(items, uid, key, expected) \
  G_STMT_START { \
    g_autofree char *_value = read_value ((items), (uid), (key)); \
    g_assert_cmpstr (_value, ==, (expected)); \
  } G_STMT_END

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The UIDs in @items, sorted, joined by spaces. */
static char *
uids_of (GKeyFile *items)
{
  g_auto(GStrv) groups = g_key_file_get_groups (items, NULL);

  qsort (groups, g_strv_length (groups), sizeof (char *), compare_strings);
  return g_strjoinv (" ", groups);
}

static char *
sorted_uids (const char *first,
             ...)
{
  g_autoptr(GPtrArray) uids = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *uid = first; uid != NULL; uid = va_arg (args, const char *))
    g_ptr_array_add (uids, (gpointer) uid);
  va_end (args);

  g_ptr_array_sort (uids, compare_strings);
  g_ptr_array_add (uids, NULL);

  return g_strjoinv (" ", (char **) uids->pdata);
}

/* The attendee of an event whose CN is @name: its index, -1 if none. */
static int
find_attendee (GKeyFile   *items,
               const char *uid,
               const char *name)
{
  int n = g_key_file_get_integer (items, uid, "attendee-count", NULL);

  for (int i = 0; i < n; i++)
    {
      g_autofree char *key = g_strdup_printf ("attendee-%d-cn", i);
      g_autofree char *cn = read_value (items, uid, key);

      if (g_strcmp0 (cn, name) == 0)
        return i;
    }

  return -1;
}

static void
assert_attendee (GKeyFile   *items,
                 const char *uid,
                 const char *name,
                 const char *address,
                 const char *partstat)
{
  int i = find_attendee (items, uid, name);
  g_autofree char *address_key = g_strdup_printf ("attendee-%d", i);
  g_autofree char *partstat_key = g_strdup_printf ("attendee-%d-partstat", i);

  g_assert_cmpint (i, >=, 0);
  assert_value (items, uid, address_key, address);
  assert_value (items, uid, partstat_key, partstat);
}

/* All three in step ------------------------------------------------------- */

/* Syncs here, there and vdirsyncer in that order, round after round, until
 * a round moves nothing; fails the test if that takes more than four. */
static void
converge (Fixture *fixture)
{
  for (guint round = 1; round <= 4; round++)
    {
      g_autoptr(NbSyncResult) here = nb_test_sync (fixture->here, TRUE);
      g_autoptr(NbSyncResult) there = nb_test_sync (fixture->there, TRUE);
      guint vdirsyncer = vdirsyncer_sync (fixture);
      guint moved = nb_test_sync_moved (here) + nb_test_sync_moved (there) + vdirsyncer;

      g_test_message ("Round %u: here moved %u, there %u, vdirsyncer %u", round,
                      nb_test_sync_moved (here), nb_test_sync_moved (there), vdirsyncer);
      if (moved == 0)
        return;
    }

  g_test_fail_printf ("Netbook, Netbook and vdirsyncer still move items after four rounds");
}

/* Both devices and vdirsyncer hold the same contacts, with the same
 * values. */
static void
assert_same_contacts (Fixture *fixture,
                      guint    n)
{
  g_autoptr(GKeyFile) cards = nb_vdirsyncer_read (fixture->vdirsyncer, CONTACTS);
  g_auto(GStrv) uids = g_key_file_get_groups (cards, NULL);

  g_assert_cmpuint (g_strv_length (uids), ==, n);
  g_assert_cmpint (count_rows (fixture->here, "contacts"), ==, n);
  g_assert_cmpint (count_rows (fixture->there, "contacts"), ==, n);

  for (guint i = 0; uids[i] != NULL; i++)
    {
      g_autoptr(NbContact) here = nb_test_find_contact (fixture->here, uids[i]);
      g_autoptr(NbContact) there = nb_test_find_contact (fixture->there, uids[i]);
      g_autofree char *note = read_value (cards, uids[i], "note");
      g_autofree char *org = read_value (cards, uids[i], "org");

      g_test_message ("Contact %s", uids[i]);
      g_assert_nonnull (here);
      g_assert_nonnull (there);
      g_assert_true (nb_contact_content_equal (here, there));

      assert_value (cards, uids[i], "fn", nb_contact_get_full_name (here));
      assert_value (cards, uids[i], "email-0", first_value (nb_contact_get_emails (here)));
      assert_value (cards, uids[i], "tel-0", first_value (nb_contact_get_phones (here)));
      g_assert_cmpstr (note ? note : "", ==, or_empty (nb_contact_get_notes (here)));
      g_assert_cmpstr (org ? org : "", ==, or_empty (nb_contact_get_organization (here)));
    }
}

static const char *payer_names[] = { "unsettled", "me", "them", "dutch" };

/* Both devices and vdirsyncer hold the same meals, with the same
 * values. */
static void
assert_same_meals (Fixture *fixture,
                   guint    n)
{
  g_autoptr(GKeyFile) events = nb_vdirsyncer_read (fixture->vdirsyncer, MEALS);
  g_auto(GStrv) uids = g_key_file_get_groups (events, NULL);

  g_assert_cmpuint (g_strv_length (uids), ==, n);
  g_assert_cmpint (count_rows (fixture->here, "meetings"), ==, n);
  g_assert_cmpint (count_rows (fixture->there, "meetings"), ==, n);

  for (guint i = 0; uids[i] != NULL; i++)
    {
      g_autoptr(NbMeeting) here = nb_test_find_meeting (fixture->here, uids[i]);
      g_autoptr(NbMeeting) there = nb_test_find_meeting (fixture->there, uids[i]);
      g_autofree char *start = NULL;
      g_autofree char *payer = NULL;
      GPtrArray *attendees;

      g_test_message ("Meal %s", uids[i]);
      g_assert_nonnull (here);
      g_assert_nonnull (there);
      g_assert_cmpint (g_date_time_to_unix (nb_meeting_get_start (here)), ==,
                       g_date_time_to_unix (nb_meeting_get_start (there)));
      g_assert_cmpuint (nb_meeting_get_duration (here), ==, nb_meeting_get_duration (there));
      g_assert_cmpstr (nb_meeting_get_place (here), ==, nb_meeting_get_place (there));
      g_assert_cmpint (nb_meeting_get_kind (here), ==, nb_meeting_get_kind (there));
      g_assert_cmpint (nb_meeting_get_payer (here), ==, nb_meeting_get_payer (there));
      attendees = nb_meeting_get_attendees (here);
      g_assert_cmpuint (attendees->len, ==, nb_meeting_get_attendees (there)->len);

      start = utc_text (nb_meeting_get_start (here));
      assert_value (events, uids[i], "dtstart-utc", start);
      assert_value (events, uids[i], "location", nb_meeting_get_place (here));
      payer = read_value (events, uids[i], "x-netbook-payer");
      g_assert_cmpstr (payer ? payer : "unsettled", ==,
                       payer_names[nb_meeting_get_payer (here)]);
      g_assert_cmpint (g_key_file_get_integer (events, uids[i], "attendee-count", NULL), ==,
                       attendees->len);
      for (guint j = 0; j < attendees->len; j++)
        g_assert_cmpint (find_attendee (events, uids[i],
                                        ((NbAttendee *) g_ptr_array_index (attendees, j))->name),
                         >=, 0);
    }
}

/* The cases --------------------------------------------------------------- */

/* Cards and events that vdirsyncer adds, changes and deletes: Netbook sees
 * exactly that, and sends nothing back. */
static void
test_from_vdirsyncer (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(NbContact) ada = NULL;
  g_autoptr(NbContact) ada_after = NULL;
  g_autoptr(NbContact) grace = NULL;
  g_autoptr(NbContact) katherine = NULL;
  g_autoptr(NbMeeting) lunch = NULL;
  g_autoptr(NbMeeting) dinner = NULL;
  g_autoptr(GDateTime) lunch_start = berlin (2026, 12, 14, 12, 30);
  g_autoptr(GDateTime) moved_start = berlin (2026, 12, 14, 13, 0);
  g_autoptr(GDateTime) dinner_start = berlin (2026, 12, 15, 19, 0);
  NbAttendee *attendee;
  struct
  {
    const char *uid, *given, *family, *email, *phone;
  } cards[] = {
    { "khard-ada", "Ada", "Lovelace", "ada@example.org", "+44 20 7946 0001" },
    { "khard-grace", "Grace", "Hopper", "grace@example.org", "+1 202 555 0102" },
    { "khard-katherine", "Katherine", "Johnson", "katherine@example.org", "+1 757 555 0103" },
  };

  /* khard adds three cards, khal two meals. */
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autofree char *card = khard_card (cards[i].uid, cards[i].given, cards[i].family,
                                          cards[i].email, cards[i].phone, NULL);

      nb_vdirsyncer_write (fixture->vdirsyncer, CONTACTS, cards[i].uid, card);
    }
  {
    g_autofree char *event = khal_meal ("khal-lunch", "lunch", "Lunch with Ada",
                                        "20261214T123000", "20261214T133000", "Café Einstein",
                                        "Ada Lovelace", "ada@example.org");
    g_autofree char *other = khal_meal ("khal-dinner", "dinner", "Dinner with Grace",
                                        "20261215T190000", "20261215T210000", "Borchardt",
                                        "Grace Hopper", "grace@example.org");

    nb_vdirsyncer_write (fixture->vdirsyncer, MEALS, "khal-lunch", event);
    nb_vdirsyncer_write (fixture->vdirsyncer, MEALS, "khal-dinner", other);
  }
  g_assert_cmpuint (vdirsyncer_sync (fixture), ==, 5);

  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->received, ==, 3);
  g_assert_cmpuint (NB_TEST_MEALS (result)->received, ==, 2);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent + NB_TEST_MEALS (result)->sent, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autoptr(NbContact) contact = nb_test_find_contact (fixture->here, cards[i].uid);
      g_autofree char *name = g_strdup_printf ("%s %s", cards[i].given, cards[i].family);

      g_assert_nonnull (contact);
      g_assert_cmpstr (nb_contact_get_full_name (contact), ==, name);
      g_assert_cmpstr (first_value (nb_contact_get_emails (contact)), ==, cards[i].email);
      g_assert_cmpstr (first_value (nb_contact_get_phones (contact)), ==, cards[i].phone);
    }
  ada = nb_test_find_contact (fixture->here, "khard-ada");

  lunch = nb_test_find_meeting (fixture->here, "khal-lunch");
  g_assert_nonnull (lunch);
  g_assert_cmpint (nb_meeting_get_kind (lunch), ==, NB_MEAL_LUNCH);
  g_assert_cmpint (g_date_time_to_unix (nb_meeting_get_start (lunch)), ==,
                   g_date_time_to_unix (lunch_start));
  g_assert_cmpuint (nb_meeting_get_duration (lunch), ==, 60);
  g_assert_cmpstr (nb_meeting_get_place (lunch), ==, "Café Einstein");
  g_assert_cmpuint (nb_meeting_get_attendees (lunch)->len, ==, 1);
  attendee = g_ptr_array_index (nb_meeting_get_attendees (lunch), 0);
  g_assert_cmpstr (attendee->name, ==, "Ada Lovelace");
  g_assert_cmpint (attendee->contact_id, ==, nb_contact_get_id (ada));
  dinner = nb_test_find_meeting (fixture->here, "khal-dinner");
  g_assert_nonnull (dinner);
  g_assert_cmpint (nb_meeting_get_kind (dinner), ==, NB_MEAL_DINNER);
  g_assert_cmpint (g_date_time_to_unix (nb_meeting_get_start (dinner)), ==,
                   g_date_time_to_unix (dinner_start));
  g_clear_object (&lunch);
  g_clear_object (&dinner);

  /* khard gives Grace a new number and a note; khal moves lunch half an
   * hour and elsewhere; Katherine and the dinner are deleted. */
  {
    g_autofree char *card = khard_card ("khard-grace", "Grace", "Hopper", "grace@example.org",
                                        "+1 202 555 0199", "Found the first bug; a moth");
    g_autofree char *event = khal_meal ("khal-lunch", "lunch", "Lunch with Ada",
                                        "20261214T130000", "20261214T140000", "Borchardt",
                                        "Ada Lovelace", "ada@example.org");

    nb_vdirsyncer_write (fixture->vdirsyncer, CONTACTS, "khard-grace", card);
    nb_vdirsyncer_write (fixture->vdirsyncer, MEALS, "khal-lunch", event);
  }
  nb_vdirsyncer_delete (fixture->vdirsyncer, CONTACTS, "khard-katherine");
  nb_vdirsyncer_delete (fixture->vdirsyncer, MEALS, "khal-dinner");
  g_assert_cmpuint (vdirsyncer_sync (fixture), ==, 4);

  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->received, ==, 1);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->removed, ==, 1);
  g_assert_cmpuint (NB_TEST_MEALS (result)->received, ==, 1);
  g_assert_cmpuint (NB_TEST_MEALS (result)->removed, ==, 1);
  g_assert_cmpuint (nb_test_sync_moved (result), ==, 4);

  grace = nb_test_find_contact (fixture->here, "khard-grace");
  g_assert_cmpstr (first_value (nb_contact_get_phones (grace)), ==, "+1 202 555 0199");
  g_assert_cmpstr (nb_contact_get_notes (grace), ==, "Found the first bug; a moth");
  katherine = nb_test_find_contact (fixture->here, "khard-katherine");
  g_assert_null (katherine);
  ada_after = nb_test_find_contact (fixture->here, "khard-ada");
  g_assert_true (nb_contact_content_equal (ada, ada_after));
  lunch = nb_test_find_meeting (fixture->here, "khal-lunch");
  g_assert_cmpint (g_date_time_to_unix (nb_meeting_get_start (lunch)), ==,
                   g_date_time_to_unix (moved_start));
  g_assert_cmpstr (nb_meeting_get_place (lunch), ==, "Borchardt");
  dinner = nb_test_find_meeting (fixture->here, "khal-dinner");
  g_assert_null (dinner);
  g_assert_cmpint (count_rows (fixture->here, "contacts"), ==, 2);
  g_assert_cmpint (count_rows (fixture->here, "meetings"), ==, 1);

  /* In step: vdirsyncer has nothing to do. */
  g_assert_cmpuint (vdirsyncer_sync (fixture), ==, 0);
}

/* Contacts and meals that Netbook adds, changes and deletes: vdirsyncer's
 * files show exactly that. */
static void
test_to_vdirsyncer (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) lunch_start = berlin (2026, 12, 14, 12, 30);
  g_autoptr(GDateTime) coffee_start = berlin (2026, 12, 15, 15, 0);
  g_autoptr(GDateTime) dinner_start = berlin (2026, 12, 16, 19, 30);
  g_autoptr(NbContact) ada = add_contact (fixture->here, NULL, "Ada Lovelace", "ada@example.org",
                                          "+44 20 7946 0001", "Likes engines");
  g_autoptr(NbContact) grace = add_contact (fixture->here, NULL, "Grace Hopper",
                                            "grace@example.org", NULL, NULL);
  g_autofree char *grace_uid = g_strdup (nb_contact_get_uid (grace));
  g_autoptr(NbContact) katherine = NULL;
  g_autoptr(NbMeeting) lunch = add_meal (fixture->here, NB_MEAL_LUNCH, lunch_start,
                                         "Café Einstein", ada);
  g_autoptr(NbMeeting) coffee = add_meal (fixture->here, NB_MEAL_COFFEE, coffee_start, NULL, grace);
  g_autoptr(NbMeeting) dinner = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(GKeyFile) cards = NULL;
  g_autoptr(GKeyFile) events = NULL;
  g_autofree char *uids = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *start = utc_text (lunch_start);
  const char *ada_uid = nb_contact_get_uid (ada);
  const char *lunch_uid = nb_meeting_get_uid (lunch);

  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 2);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent, ==, 2);
  g_assert_cmpuint (vdirsyncer_sync (fixture), ==, 4);

  cards = nb_vdirsyncer_read (fixture->vdirsyncer, CONTACTS);
  uids = uids_of (cards);
  expected = sorted_uids (ada_uid, grace_uid, NULL);
  g_assert_cmpstr (uids, ==, expected);
  assert_value (cards, ada_uid, "fn", "Ada Lovelace");
  assert_value (cards, ada_uid, "email-0", "ada@example.org");
  assert_value (cards, ada_uid, "tel-0", "+44 20 7946 0001");
  assert_value (cards, ada_uid, "note", "Likes engines");
  assert_value (cards, grace_uid, "fn", "Grace Hopper");

  events = nb_vdirsyncer_read (fixture->vdirsyncer, MEALS);
  g_clear_pointer (&uids, g_free);
  g_clear_pointer (&expected, g_free);
  uids = uids_of (events);
  expected = sorted_uids (lunch_uid, nb_meeting_get_uid (coffee), NULL);
  g_assert_cmpstr (uids, ==, expected);
  assert_value (events, lunch_uid, "summary", "Lunch with Ada Lovelace");
  assert_value (events, lunch_uid, "location", "Café Einstein");
  assert_value (events, lunch_uid, "dtstart-utc", start);
  assert_value (events, lunch_uid, "x-netbook-kind", "lunch");
  g_assert_cmpint (find_attendee (events, lunch_uid, "Ada Lovelace"), >=, 0);

  /* Here: Ada's notes change, Grace goes, Katherine comes; lunch moves
   * elsewhere, the coffee goes, a dinner comes. Nothing holds Grace, as
   * the window would not (test-store's /store/delete-while-held). */
  edit_contact (fixture->here, ada_uid, "notes", "Likes engines and poetry");
  g_clear_object (&grace);
  delete_contact (fixture->here, grace_uid);
  katherine = add_contact (fixture->here, NULL, "Katherine Johnson", "katherine@example.org",
                           NULL, NULL);
  edit_place (fixture->here, lunch_uid, "Borchardt");
  delete_meal (fixture->here, nb_meeting_get_uid (coffee));
  dinner = add_meal (fixture->here, NB_MEAL_DINNER, dinner_start, "Lutter & Wegner", katherine);

  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->sent, ==, 2);
  g_assert_cmpuint (NB_TEST_CONTACTS (result)->deleted, ==, 1);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent, ==, 2);
  g_assert_cmpuint (NB_TEST_MEALS (result)->deleted, ==, 1);
  g_assert_cmpuint (vdirsyncer_sync (fixture), ==, 6);

  g_clear_pointer (&cards, g_key_file_unref);
  cards = nb_vdirsyncer_read (fixture->vdirsyncer, CONTACTS);
  g_clear_pointer (&uids, g_free);
  g_clear_pointer (&expected, g_free);
  uids = uids_of (cards);
  expected = sorted_uids (ada_uid, nb_contact_get_uid (katherine), NULL);
  g_assert_cmpstr (uids, ==, expected);
  assert_value (cards, ada_uid, "note", "Likes engines and poetry");
  assert_value (cards, ada_uid, "tel-0", "+44 20 7946 0001");
  assert_value (cards, nb_contact_get_uid (katherine), "fn", "Katherine Johnson");
  assert_value (cards, nb_contact_get_uid (katherine), "email-0", "katherine@example.org");

  g_clear_pointer (&events, g_key_file_unref);
  events = nb_vdirsyncer_read (fixture->vdirsyncer, MEALS);
  g_clear_pointer (&uids, g_free);
  g_clear_pointer (&expected, g_free);
  uids = uids_of (events);
  expected = sorted_uids (lunch_uid, nb_meeting_get_uid (dinner), NULL);
  g_assert_cmpstr (uids, ==, expected);
  assert_value (events, lunch_uid, "location", "Borchardt");
  assert_value (events, lunch_uid, "dtstart-utc", start);
  assert_value (events, nb_meeting_get_uid (dinner), "summary", "Dinner with Katherine Johnson");
  assert_value (events, nb_meeting_get_uid (dinner), "location", "Lutter & Wegner");
  assert_value (events, nb_meeting_get_uid (dinner), "x-netbook-kind", "dinner");
}

/* A meal made elsewhere, with what Netbook has no field for: Netbook
 * changes its own fields and keeps the rest. */
static void
test_foreign_event (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *uid = "khal-katherine-lunch";
  g_autofree char *event = khal_event (uid, "Lunch with Katherine Johnson",
                                       "20261214T123000", "20261214T133000", NULL,
                                       "ORGANIZER;CN=Mary Jackson:mailto:mary@example.org\r\n"
                                       "ATTENDEE;CN=Katherine Johnson;PARTSTAT=ACCEPTED;"
                                       "ROLE=REQ-PARTICIPANT:mailto:katherine@example.org\r\n"
                                       "ATTENDEE;CN=Dorothy Vaughan;PARTSTAT=TENTATIVE;"
                                       "ROLE=OPT-PARTICIPANT:mailto:dorothy@example.org\r\n"
                                       "CATEGORIES:Work,NASA\r\n"
                                       "X-KHAL-TEST:kept by Netbook\r\n"
                                       "X-NETBOOK-KIND:lunch\r\n"
                                       "BEGIN:VALARM\r\n"
                                       "ACTION:DISPLAY\r\n"
                                       "DESCRIPTION:Lunch with Katherine\r\n"
                                       "TRIGGER:-PT15M\r\n"
                                       "END:VALARM\r\n");
  g_autoptr(GDateTime) start = berlin (2026, 12, 14, 12, 30);
  g_autoptr(GDateTime) later = berlin (2026, 12, 14, 13, 30);
  g_autoptr(GDateTime) later_end = berlin (2026, 12, 14, 14, 30);
  g_autofree char *later_text = utc_text (later);
  g_autofree char *later_end_text = utc_text (later_end);
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(NbMeeting) meal = NULL;
  g_autoptr(NbMeeting) draft = NULL;
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GKeyFile) events = NULL;
  g_autoptr(GError) error = NULL;

  nb_vdirsyncer_write (fixture->vdirsyncer, MEALS, uid, event);
  g_assert_cmpuint (vdirsyncer_sync (fixture), ==, 1);

  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->received, ==, 1);
  meal = nb_test_find_meeting (fixture->here, uid);
  g_assert_nonnull (meal);
  g_assert_cmpint (g_date_time_to_unix (nb_meeting_get_start (meal)), ==,
                   g_date_time_to_unix (start));
  g_assert_cmpuint (nb_meeting_get_attendees (meal)->len, ==, 2);

  /* Only what Netbook has fields for: an hour later, a place, who pays. */
  draft = nb_meeting_copy (meal);
  nb_meeting_set_start (draft, later);
  nb_meeting_set_place (draft, "Café Einstein");
  nb_meeting_set_payer (draft, NB_PAYER_THEM);
  saved = nb_store_save_meeting (fixture->here, draft, &error);
  g_assert_no_error (error);
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, TRUE);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent, ==, 1);
  g_assert_cmpuint (vdirsyncer_sync (fixture), ==, 1);

  events = nb_vdirsyncer_read (fixture->vdirsyncer, MEALS);
  /* The change. */
  assert_value (events, uid, "dtstart-utc", later_text);
  assert_value (events, uid, "dtend-utc", later_end_text);
  assert_value (events, uid, "location", "Café Einstein");
  assert_value (events, uid, "x-netbook-payer", "them");
  /* And the rest as it was. */
  assert_value (events, uid, "summary", "Lunch with Katherine Johnson");
  assert_value (events, uid, "alarm-count", "1");
  assert_value (events, uid, "alarm-0-trigger", "-PT15M");
  assert_value (events, uid, "alarm-0-action", "DISPLAY");
  assert_value (events, uid, "organizer", "mailto:mary@example.org");
  assert_value (events, uid, "organizer-cn", "Mary Jackson");
  assert_value (events, uid, "attendee-count", "2");
  assert_attendee (events, uid, "Katherine Johnson", "mailto:katherine@example.org", "ACCEPTED");
  assert_attendee (events, uid, "Dorothy Vaughan", "mailto:dorothy@example.org", "TENTATIVE");
  assert_value (events, uid, "categories", "Work,NASA");
  assert_value (events, uid, "x-khal-test", "kept by Netbook");
}

/* Whether two readings of an item say the same. */
static void
assert_same_item (GKeyFile   *before,
                  GKeyFile   *after,
                  const char *uid)
{
  g_auto(GStrv) keys = g_key_file_get_keys (before, uid, NULL, NULL);
  g_auto(GStrv) keys_after = g_key_file_get_keys (after, uid, NULL, NULL);

  g_assert_nonnull (keys);
  g_assert_nonnull (keys_after);
  g_assert_cmpstrv (keys, keys_after);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *was = read_value (before, uid, keys[i]);
      g_autofree char *is = read_value (after, uid, keys[i]);

      g_assert_cmpstr (was, ==, is);
    }
}

/* An appointment is not a meal: Netbook neither takes it nor writes it. */
static void
test_not_a_meal (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *uid = "khal-dentist";
  g_autofree char *event = khal_event (uid, "Dentist appointment", "20261216T090000",
                                       "20261216T094500", "Praxis Dr. Weiß, Friedrichstraße 12",
                                       "CATEGORIES:Health\r\n"
                                       "BEGIN:VALARM\r\n"
                                       "ACTION:DISPLAY\r\n"
                                       "DESCRIPTION:Dentist\r\n"
                                       "TRIGGER:-PT1H\r\n"
                                       "END:VALARM\r\n");
  g_autoptr(GKeyFile) before = NULL;
  g_autoptr(GKeyFile) after = NULL;
  g_autoptr(NbSyncResult) result = NULL;
  g_autoptr(NbMeeting) meal = NULL;

  nb_vdirsyncer_write (fixture->vdirsyncer, MEALS, uid, event);
  g_assert_cmpuint (vdirsyncer_sync (fixture), ==, 1);
  before = nb_vdirsyncer_read (fixture->vdirsyncer, MEALS);

  result = nb_test_sync (fixture->here, FALSE);
  g_assert_no_error (result->error);
  meal = nb_test_find_meeting (fixture->here, uid);
  g_assert_null (meal);
  g_assert_cmpint (count_rows (fixture->here, "meetings"), ==, 0);

  /* Again: nothing goes up, and vdirsyncer finds nothing new. */
  g_clear_pointer (&result, nb_sync_result_free);
  result = nb_test_sync (fixture->here, FALSE);
  g_assert_no_error (result->error);
  g_assert_cmpuint (NB_TEST_MEALS (result)->sent + NB_TEST_MEALS (result)->deleted, ==, 0);
  g_assert_cmpuint (vdirsyncer_sync (fixture), ==, 0);

  after = nb_vdirsyncer_read (fixture->vdirsyncer, MEALS);
  assert_same_item (before, after, uid);
}

/* Edits on two devices and in vdirsyncer, with values that need escaping:
 * after a few rounds, all three hold the same. */
static void
test_convergence (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) lunch_start = berlin (2026, 12, 14, 12, 30);
  g_autoptr(GDateTime) dinner_start = berlin (2026, 12, 15, 19, 0);
  g_autoptr(NbContact) ada = add_contact (fixture->here, NULL, "Ada Lovelace", "ada@example.org",
                                          "+44 20 7946 0001", AWKWARD);
  g_autoptr(NbContact) grace = add_contact (fixture->there, NULL, "Grace Hopper",
                                            "grace@example.org", "+1 202 555 0102", NULL);
  g_autoptr(NbMeeting) lunch = add_meal (fixture->here, NB_MEAL_LUNCH, lunch_start, AWKWARD, ada);
  g_autoptr(NbMeeting) dinner = add_meal (fixture->there, NB_MEAL_DINNER, dinner_start,
                                          "Borchardt", grace);
  g_autofree char *katherine = khard_card ("khard-katherine", "Katherine", "Johnson",
                                           "katherine@example.org", "+1 757 555 0103", AWKWARD);
  g_autofree char *coffee = khal_meal ("khal-coffee", "coffee", "Coffee with Katherine",
                                       "20261216T150000", "20261216T160000", AWKWARD,
                                       "Katherine Johnson", "katherine@example.org");
  g_autoptr(NbMeeting) lunch_there = NULL;
  g_autoptr(NbMeeting) draft = NULL;
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(NbContact) katherine_here = NULL;
  g_autoptr(NbMeeting) coffee_here = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *grace_file = NULL;
  g_autofree char *dinner_file = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;

  /* Each side adds a contact and a meal. */
  nb_vdirsyncer_write (fixture->vdirsyncer, CONTACTS, "khard-katherine", katherine);
  nb_vdirsyncer_write (fixture->vdirsyncer, MEALS, "khal-coffee", coffee);
  converge (fixture);
  assert_same_contacts (fixture, 3);
  assert_same_meals (fixture, 3);

  /* Decoded the same everywhere. */
  katherine_here = nb_test_find_contact (fixture->here, "khard-katherine");
  g_assert_cmpstr (nb_contact_get_notes (katherine_here), ==, AWKWARD);
  coffee_here = nb_test_find_meeting (fixture->here, "khal-coffee");
  g_assert_cmpstr (nb_meeting_get_place (coffee_here), ==, AWKWARD);
  lunch_there = nb_test_find_meeting (fixture->there, nb_meeting_get_uid (lunch));
  g_assert_cmpstr (nb_meeting_get_place (lunch_there), ==, AWKWARD);

  /* Each side edits a contact and a meal another side made: here
   * Katherine and the coffee, there Ada and the lunch; vdirsyncer Grace
   * and the dinner, in their files. */
  edit_contact (fixture->here, "khard-katherine", "organization", "NASA; Langley");
  edit_place (fixture->here, "khal-coffee", "Langley canteen");
  edit_contact (fixture->there, nb_contact_get_uid (ada), "title", "Countess of Lovelace");
  draft = nb_meeting_copy (lunch_there);
  nb_meeting_set_payer (draft, NB_PAYER_DUTCH);
  saved = nb_store_save_meeting (fixture->there, draft, &error);
  g_assert_no_error (error);

  grace_file = nb_vdirsyncer_find_file (fixture->vdirsyncer, CONTACTS, nb_contact_get_uid (grace));
  g_assert_nonnull (grace_file);
  g_file_get_contents (grace_file, &text, NULL, &error);
  g_assert_no_error (error);
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, "+1 202 555 0102", "+1 202 555 0199", 1), ==, 1);
  g_file_set_contents (grace_file, edited->str, -1, &error);
  g_assert_no_error (error);

  dinner_file = nb_vdirsyncer_find_file (fixture->vdirsyncer, MEALS, nb_meeting_get_uid (dinner));
  g_assert_nonnull (dinner_file);
  g_clear_pointer (&text, g_free);
  g_file_get_contents (dinner_file, &text, NULL, &error);
  g_assert_no_error (error);
  g_string_assign (edited, text);
  g_assert_cmpuint (g_string_replace (edited, "LOCATION:Borchardt", "LOCATION:Lutter & Wegner", 1),
                    ==, 1);
  g_file_set_contents (dinner_file, edited->str, -1, &error);
  g_assert_no_error (error);

  converge (fixture);
  assert_same_contacts (fixture, 3);
  assert_same_meals (fixture, 3);

  {
    g_autoptr(NbContact) k = nb_test_find_contact (fixture->there, "khard-katherine");
    g_autoptr(NbContact) a = nb_test_find_contact (fixture->here, nb_contact_get_uid (ada));
    g_autoptr(NbContact) g = nb_test_find_contact (fixture->here, nb_contact_get_uid (grace));
    g_autoptr(NbMeeting) c = nb_test_find_meeting (fixture->there, "khal-coffee");
    g_autoptr(NbMeeting) l = nb_test_find_meeting (fixture->here, nb_meeting_get_uid (lunch));
    g_autoptr(NbMeeting) d = nb_test_find_meeting (fixture->here, nb_meeting_get_uid (dinner));

    g_assert_cmpstr (nb_contact_get_organization (k), ==, "NASA; Langley");
    g_assert_cmpstr (nb_contact_get_notes (k), ==, AWKWARD);
    g_assert_cmpstr (nb_contact_get_title (a), ==, "Countess of Lovelace");
    g_assert_cmpstr (nb_contact_get_notes (a), ==, AWKWARD);
    g_assert_cmpstr (first_value (nb_contact_get_phones (g)), ==, "+1 202 555 0199");
    g_assert_cmpstr (nb_meeting_get_place (c), ==, "Langley canteen");
    g_assert_cmpint (nb_meeting_get_payer (l), ==, NB_PAYER_DUTCH);
    g_assert_cmpstr (nb_meeting_get_place (l), ==, AWKWARD);
    g_assert_cmpstr (nb_meeting_get_place (d), ==, "Lutter & Wegner");
  }
}

/* Cards made by vdirsyncer and by both devices, some named after UIDs
 * with colons (urn:uuid:…, as Apple's exports have them), which Xandikos
 * lists with hrefs relative to the collection: everyone ends with every
 * card, once. */
static void
test_relative_hrefs (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GKeyFile) cards = NULL;
  guint on_server = 0;

  for (guint i = 1; i <= 7; i++)
    {
      g_autofree char *uid = g_strdup_printf ("khard-%02u", i);
      g_autofree char *given = g_strdup_printf ("Person%02u", i);
      g_autofree char *email = g_strdup_printf ("person%02u@example.org", i);
      g_autofree char *card = khard_card (uid, given, "Vdir", email, "+49 30 555 0100", NULL);

      nb_vdirsyncer_write (fixture->vdirsyncer, CONTACTS, uid, card);
    }
  g_object_unref (add_contact (fixture->here, "urn:uuid:6f1c3b2a-0001-4a1b-9c2d-000000000001",
                               "Ada Lovelace", "ada@example.org", NULL, NULL));
  g_object_unref (add_contact (fixture->here, "urn:uuid:6f1c3b2a-0002-4a1b-9c2d-000000000002",
                               "Grace Hopper", "grace@example.org", NULL, NULL));
  g_object_unref (add_contact (fixture->here, NULL, "Katherine Johnson", "katherine@example.org",
                               NULL, NULL));
  g_object_unref (add_contact (fixture->there, "urn:uuid:6f1c3b2a-0003-4a1b-9c2d-000000000003",
                               "Dorothy Vaughan", "dorothy@example.org", NULL, NULL));
  g_object_unref (add_contact (fixture->there, NULL, "Mary Jackson", "mary@example.org", NULL,
                               NULL));

  converge (fixture);

  entries = nb_dav_server_list (fixture->server,
                                nb_account_get_collection (fixture->account, CONTACTS),
                                USER, PASSWORD);
  for (guint i = 0; i < entries->len; i++)
    {
      NbDavServerEntry *entry = g_ptr_array_index (entries, i);

      g_test_message ("On the server: %s", entry->path);
      if (!entry->collection)
        on_server++;
    }
  g_assert_cmpuint (on_server, ==, 12);
  g_assert_cmpint (count_rows (fixture->here, "contacts"), ==, 12);
  g_assert_cmpint (count_rows (fixture->there, "contacts"), ==, 12);
  cards = nb_vdirsyncer_read (fixture->vdirsyncer, CONTACTS);
  {
    g_auto(GStrv) uids = g_key_file_get_groups (cards, NULL);

    g_assert_cmpuint (g_strv_length (uids), ==, 12);
  }
  assert_same_contacts (fixture, 12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/interop/vdirsyncer/from-vdirsyncer", test_from_vdirsyncer);
  ADD ("/interop/vdirsyncer/to-vdirsyncer", test_to_vdirsyncer);
  ADD ("/interop/vdirsyncer/relative-hrefs", test_relative_hrefs);
  ADD ("/interop/vdirsyncer/convergence", test_convergence);
  ADD ("/interop/vdirsyncer/foreign-event", test_foreign_event);
  ADD ("/interop/vdirsyncer/not-a-meal", test_not_a_meal);

  return g_test_run ();
}
