/* test-dav-client.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "nb-dav-client-private.h"
#include "nb-dav-client.h"
#include "nb-dav-server.h"
#include "nb-sync-error.h"

/* Each test has a server of its own (Radicale or Xandikos, as
 * NETBOOK_TEST_SERVER says), with alice's address book "book/" and her
 * calendar "cal/" in the homes the server gives her. */

typedef struct
{
  NbDavServer *server;
  NbDavClient *client;
  char        *book_home;
  char        *cal_home;
  char        *book;
  char        *cal;
  GPtrArray   *paths;
} Fixture;

/* What the parsing tests take for the collection that answered. */
#define PARSED_BOOK "/alice/book/"

static char *
make_vcard (const char *uid,
            const char *name)
{
  return g_strdup_printf ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:%s\r\nFN:%s\r\nN:%s;;;;\r\n"
                          "END:VCARD\r\n", uid, name, name);
}

static char *
make_event (const char *uid,
            const char *summary)
{
  return g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                          "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260101T000000Z\r\n"
                          "DTSTART:20260105T100000Z\r\nDTEND:20260105T110000Z\r\n"
                          "SUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", uid, summary);
}

/* The path of @name in a collection, kept until the end of the test. */
static const char *
in_collection (Fixture    *fixture,
               const char *collection,
               const char *name)
{
  char *path = g_strconcat (collection, name, NULL);

  g_ptr_array_add (fixture->paths, path);
  return path;
}

static const char *
in_book (Fixture    *fixture,
         const char *name)
{
  return in_collection (fixture, fixture->book, name);
}

static const char *
in_cal (Fixture    *fixture,
        const char *name)
{
  return in_collection (fixture, fixture->cal, name);
}

/* A plain request of alice's, as another client would send it. */
static guint
alice_http (Fixture     *fixture,
            const char  *method,
            const char  *path,
            const char  *content_type,
            const char  *body,
            char       **response,
            char       **etag)
{
  return nb_dav_server_http (fixture->server, method, path, "alice", "secret", content_type, body,
                             response, etag);
}

static NbDavClient *
client_for (Fixture    *fixture,
            const char *user,
            const char *password)
{
  g_autoptr(GError) error = NULL;
  NbDavClient *client = nb_dav_client_new (nb_dav_server_get_url (fixture->server),
                                           user, password, &error);

  g_assert_no_error (error);
  g_assert_nonnull (client);
  return client;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  fixture->server = nb_dav_server_start_default (&error);
  g_assert_no_error (error);

  fixture->client = client_for (fixture, "alice", "secret");
  fixture->paths = g_ptr_array_new_with_free_func (g_free);
  fixture->book_home = nb_dav_server_get_home (fixture->server, "alice", NB_DAV_ADDRESSBOOK);
  fixture->cal_home = nb_dav_server_get_home (fixture->server, "alice", NB_DAV_CALENDAR);
  fixture->book = g_strconcat (fixture->book_home, "book/", NULL);
  fixture->cal = g_strconcat (fixture->cal_home, "cal/", NULL);

  if (data == NULL)
    return;

  ok = nb_dav_client_create_collection (fixture->client, fixture->book, NB_DAV_ADDRESSBOOK,
                                        "Friends", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = nb_dav_client_create_collection (fixture->client, fixture->cal, NB_DAV_CALENDAR,
                                        "Meetings", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->client);
  g_clear_pointer (&fixture->server, nb_dav_server_free);
  g_clear_pointer (&fixture->paths, g_ptr_array_unref);
  g_free (fixture->book_home);
  g_free (fixture->cal_home);
  g_free (fixture->book);
  g_free (fixture->cal);
}

static char *
put_card (Fixture    *fixture,
          const char *href,
          const char *uid,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *card = make_vcard (uid, name);
  char *etag = nb_dav_client_put (fixture->client, href, NB_DAV_ADDRESSBOOK, card, NULL,
                                  NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (etag);
  g_assert_cmpstr (etag, !=, "");
  return etag;
}

static NbDavResource *
find_resource (GPtrArray  *resources,
               const char *href)
{
  for (guint i = 0; i < resources->len; i++)
    {
      NbDavResource *resource = g_ptr_array_index (resources, i);

      if (g_strcmp0 (resource->href, href) == 0)
        return resource;
    }

  return NULL;
}

static void
test_new_invalid (void)
{
  const char *bad[] = { "ftp://example.com/", "example.com", "", "http://", "mailto:a@b" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NbDavClient) client = nb_dav_client_new (bad[i], "alice", "secret", &error);

      g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_INVALID);
      g_assert_null (client);
      g_assert_nonnull (strstr (error->message, bad[i]));
      g_assert_null (strstr (error->message, "secret"));
    }
}

static void
test_resolve (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbDavClient) client = nb_dav_client_new ("https://dav.example.com:8443/remote/dav/?x=1",
                                                     "alice", "secret", &error);
  g_autofree char *abs = NULL;
  g_autofree char *rel = NULL;
  g_autofree char *full = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *child = NULL;
  g_autoptr(NbDavClient) plain = nb_dav_client_new ("https://dav.example.com", "a", "b", NULL);
  g_autofree char *plain_href = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (nb_dav_client_get_url (plain), ==, "https://dav.example.com/");
  plain_href = nb_dav_client_resolve (plain, "/x/");
  g_assert_cmpstr (plain_href, ==, "https://dav.example.com/x/");
  g_assert_cmpstr (nb_dav_client_get_url (client), ==, "https://dav.example.com:8443/remote/dav/");

  abs = nb_dav_client_resolve (client, "/alice/book/a.vcf");
  g_assert_cmpstr (abs, ==, "https://dav.example.com:8443/alice/book/a.vcf");
  rel = nb_dav_client_resolve (client, "alice/");
  g_assert_cmpstr (rel, ==, "https://dav.example.com:8443/remote/dav/alice/");
  full = nb_dav_client_resolve (client, "http://other.example.org/x/");
  g_assert_cmpstr (full, ==, "http://other.example.org/x/");
  raw = nb_dav_client_resolve (client, "/a/Zoë Ün.vcf");
  g_assert_cmpstr (raw, ==, "https://dav.example.com:8443/a/Zo%C3%AB%20%C3%9Cn.vcf");

  child = nb_dav_href_child ("/a/book", "x/y?#%.vcf");
  g_assert_cmpstr (child, ==, "/a/book/x%2Fy%3F%23%25.vcf");
}

static void
test_normalize (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbDavClient) client = nb_dav_client_new ("http://127.0.0.1:1/", "a", "b", &error);
  struct { const char *in, *out; } cases[] = {
    { "/alice/book/Zo%C3%AB%20%C3%9Cn.vcf", "/alice/book/Zo%C3%AB%20%C3%9Cn.vcf" },
    { "/alice/book/Zoë Ün.vcf", "/alice/book/Zo%C3%AB%20%C3%9Cn.vcf" },
    { "/alice/book/Zo%c3%ab%20%c3%9cn.vcf", "/alice/book/Zo%C3%AB%20%C3%9Cn.vcf" },
    { "http://127.0.0.1:1/alice/%7Etilde/", "/alice/~tilde/" },
    { "/alice/a%2Fb.vcf", "/alice/a%2Fb.vcf" },
    { "/alice/a@b:c.vcf", "/alice/a@b:c.vcf" },
    { "/alice/%21x%27%28%29.vcf", "/alice/!x'().vcf" },
    { "https://elsewhere.example/x%20y/", "https://elsewhere.example/x%20y/" },
    /* An http address without a host is a path, never a critical of GUri
     * (found by fuzzing). */
    { "http:/..//host.example/alice/", "/http:/..//host.example/alice/" },
  };

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = _nb_dav_client_normalize_href (client, cases[i].in);

      g_assert_cmpstr (normal, ==, cases[i].out);
    }
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbDavClient) client = nb_dav_client_new ("http://127.0.0.1:1/", "a", "b", &error);
  g_autoptr(GPtrArray) resources = NULL;
  const char *bad[] = {
    "",
    "<multistatus xmlns=\"DAV:\"><response>",
    "not xml at all",
    "<multistatus><response/></multistatus>",           /* no DAV: namespace */
    "<D:error xmlns:D=\"DAV:\"><D:valid-sync-token/></D:error>",
  };
  /* Odd prefixes, a full URL, the collection itself, a sub-collection,
   * a 404 and a propstat that failed. */
  const char *good =
    "<?xml version=\"1.0\"?>"
    "<x:multistatus xmlns:x=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\">"
    "<x:response><x:href>/alice/book/</x:href><x:propstat><x:prop>"
    "<x:getetag>\"self\"</x:getetag></x:prop>"
    "<x:status>HTTP/1.1 200 OK</x:status></x:propstat></x:response>"
    "<x:response><x:href>http://127.0.0.1:1/alice/book/a%20b.vcf</x:href><x:propstat><x:prop>"
    "<x:getetag>\"1\"</x:getetag><card:address-data>BEGIN:VCARD\n&amp;</card:address-data>"
    "</x:prop><x:status>HTTP/1.1 200 OK</x:status></x:propstat></x:response>"
    "<x:response><x:href>/alice/book/sub/</x:href><x:propstat><x:prop>"
    "<x:resourcetype><x:collection/></x:resourcetype></x:prop>"
    "<x:status>HTTP/1.1 200 OK</x:status></x:propstat></x:response>"
    "<x:response><x:href>/alice/book/gone.vcf</x:href>"
    "<x:status>HTTP/1.1 404 Not Found</x:status></x:response>"
    "<x:response><x:href>/alice/book/c.vcf</x:href>"
    "<x:propstat><x:prop><x:getetag>\"wrong\"</x:getetag></x:prop>"
    "<x:status>HTTP/1.1 404 Not Found</x:status></x:propstat>"
    "<x:propstat><x:prop><card:address-data>C</card:address-data></x:prop>"
    "<x:status>HTTP/1.1 200 OK</x:status></x:propstat></x:response>"
    "</x:multistatus>";
  NbDavResource *resource;

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) parse_error = NULL;
      g_autoptr(GPtrArray) none = _nb_dav_client_parse_resources (client, bad[i], strlen (bad[i]),
                                                                  PARSED_BOOK, NB_DAV_ADDRESSBOOK,
                                                                  TRUE, &parse_error);

      g_assert_error (parse_error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL);
      g_assert_null (none);
    }

  resources = _nb_dav_client_parse_resources (client, good, strlen (good), PARSED_BOOK,
                                              NB_DAV_ADDRESSBOOK, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (resources->len, ==, 3);

  resource = g_ptr_array_index (resources, 0);
  g_assert_cmpstr (resource->href, ==, "/alice/book/a%20b.vcf");
  g_assert_cmpstr (resource->etag, ==, "\"1\"");
  g_assert_cmpstr (resource->data, ==, "BEGIN:VCARD\n&");
  g_assert_false (resource->deleted);

  resource = g_ptr_array_index (resources, 1);
  g_assert_cmpstr (resource->href, ==, "/alice/book/gone.vcf");
  g_assert_true (resource->deleted);
  g_assert_null (resource->data);

  resource = g_ptr_array_index (resources, 2);
  g_assert_cmpstr (resource->href, ==, "/alice/book/c.vcf");
  g_assert_null (resource->etag);
  g_assert_cmpstr (resource->data, ==, "C");
}

/* Hrefs relative to the collection, as Xandikos writes them (RFC 4918,
 * 8.3: relative to the request's address), with a colon in the name
 * encoded or not. */
static void
test_parse_relative (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbDavClient) client = nb_dav_client_new ("http://127.0.0.1:1/dav/", "a", "b", &error);
  g_autoptr(GPtrArray) resources = NULL;
  const char *answer =
    "<?xml version=\"1.0\"?>"
    "<multistatus xmlns=\"DAV:\">"
    "<response><href>urn%3Auuid%3A042.vcf</href><propstat><prop><getetag>\"1\"</getetag>"
    "</prop><status>HTTP/1.1 200 OK</status></propstat></response>"
    "<response><href>urn:uuid:043.vcf</href><propstat><prop><getetag>\"2\"</getetag>"
    "</prop><status>HTTP/1.1 200 OK</status></propstat></response>"
    "<response><href>./sub%20dir/../b.vcf</href><propstat><prop><getetag>\"3\"</getetag>"
    "</prop><status>HTTP/1.1 200 OK</status></propstat></response>"
    "<response><href>gone.vcf</href><status>HTTP/1.1 404 Not Found</status></response>"
    "<response><href>.</href><propstat><prop><getetag>\"self\"</getetag>"
    "</prop><status>HTTP/1.1 200 OK</status></propstat></response>"
    "</multistatus>";
  static const char * const expected[] = {
    "/alice/book/urn:uuid:042.vcf",
    "/alice/book/urn:uuid:043.vcf",
    "/alice/book/b.vcf",
    "/alice/book/gone.vcf",
  };

  g_assert_no_error (error);

  resources = _nb_dav_client_parse_resources (client, answer, strlen (answer), PARSED_BOOK,
                                              NB_DAV_ADDRESSBOOK, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (resources->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (((NbDavResource *) g_ptr_array_index (resources, i))->href, ==, expected[i]);
  g_assert_true (((NbDavResource *) g_ptr_array_index (resources, 3))->deleted);
}

/* A CDATA section with an overlong UTF-8 sequence (C0 AF), which
 * libxml2's push parser lets through: the resource comes without its data
 * (sync then fetches it on its own), the other one with its own. Found by
 * tests/fuzz/fuzz-dav-xml. */
static void
test_parse_overlong_cdata (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbDavClient) client = nb_dav_client_new ("http://127.0.0.1:1/dav/", "a", "b", &error);
  g_autoptr(GPtrArray) resources = NULL;
  static const char answer[] =
    "<d:multistatus xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
    "<d:response><d:href>a.ics</d:href><d:propstat><d:prop><d:getetag>\"1\"</d:getetag>"
    "<c:calendar-data><![CDATA[BEGIN:VCALENDAR\xc0\xaf]]></c:calendar-data></d:prop>"
    "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
    "<d:response><d:href>b.ics</d:href><d:propstat><d:prop><d:getetag>\"2\"</d:getetag>"
    "<c:calendar-data><![CDATA[BEGIN:VCALENDAR\xc3\xa9]]></c:calendar-data></d:prop>"
    "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
    "</d:multistatus>";
  NbDavResource *resource;

  g_assert_no_error (error);

  resources = _nb_dav_client_parse_resources (client, answer, strlen (answer), "/cal/",
                                              NB_DAV_CALENDAR, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (resources->len, ==, 2);
  resource = g_ptr_array_index (resources, 0);
  g_assert_cmpstr (resource->href, ==, "/cal/a.ics");
  g_assert_cmpstr (resource->etag, ==, "\"1\"");
  g_assert_null (resource->data);
  resource = g_ptr_array_index (resources, 1);
  g_assert_cmpstr (resource->data, ==, "BEGIN:VCALENDAR\u00e9");
}

static char *
read_answer (const char *name,
             gsize      *len)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", "dav-xml", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, len, &error);
  g_assert_no_error (error);

  return data;
}

/* The other answers, as servers write them: the seeds of the DAV fuzzer
 * (tests/fuzz/corpus/dav-xml), read by the code that reads the answers
 * the client gets. */
static void
test_parse_answers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbDavClient) client = nb_dav_client_new ("https://dav.example.com/dav/", "a", "b", &error);
  NbDavCollection *collection;
  NbDavResource *resource;
  gsize len;

  g_assert_no_error (error);

  {
    g_autofree char *data = read_answer ("sabredav-propfind-principal.xml", &len);
    g_autofree char *principal = _nb_dav_client_parse_principal (client, data, len, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (principal, ==, "/remote.php/dav/principals/users/alice/");
  }

  {
    g_autofree char *data = read_answer ("icloud-propfind-homes.xml", &len);
    g_autofree char *book_home = NULL;
    g_autofree char *cal_home = NULL;

    g_assert_true (_nb_dav_client_parse_homes (client, data, len, "/1234567890/principal/",
                                               &book_home, &cal_home, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (book_home, ==, "https://p42-contacts.icloud.com/1234567890/carddavhome/");
    g_assert_cmpstr (cal_home, ==, "https://p42-caldav.icloud.com/1234567890/calendars/");
  }

  {
    g_autofree char *data = read_answer ("nextcloud-propfind-collections.xml", &len);
    g_autoptr(GPtrArray) collections = NULL;

    collections = _nb_dav_client_parse_collections (client, data, len,
                                                    "/remote.php/dav/addressbooks/users/alice/", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (collections->len, ==, 2);
    collection = g_ptr_array_index (collections, 0);
    g_assert_cmpstr (collection->href, ==, "/remote.php/dav/addressbooks/users/alice/contacts/");
    g_assert_cmpint (collection->kind, ==, NB_DAV_ADDRESSBOOK);
    g_assert_cmpstr (collection->display_name, ==, "Contacts");
    g_assert_cmpstr (collection->ctag, ==, "http://sabre.io/ns/sync/41");
    g_assert_cmpstr (collection->sync_token, ==, "http://sabre.io/ns/sync/41");
    collection = g_ptr_array_index (collections, 1);
    g_assert_null (collection->sync_token);
  }

  {
    /* The calendar of tasks only is left out. */
    g_autofree char *data = read_answer ("radicale-propfind-collections.xml", &len);
    g_autoptr(GPtrArray) collections = _nb_dav_client_parse_collections (client, data, len,
                                                                         "/alice/", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (collections->len, ==, 2);
    collection = g_ptr_array_index (collections, 1);
    g_assert_cmpstr (collection->href, ==, "/alice/calendar/");
    g_assert_cmpint (collection->kind, ==, NB_DAV_CALENDAR);
  }

  {
    g_autofree char *data = read_answer ("google-propfind-collection.xml", &len);
    g_autoptr(NbDavCollection) calendar = NULL;

    calendar = _nb_dav_client_parse_collection (client, data, len,
                                                "/caldav/v2/alice%40gmail.com/events/", &error);
    g_assert_no_error (error);
    g_assert_cmpint (calendar->kind, ==, NB_DAV_CALENDAR);
    g_assert_cmpstr (calendar->ctag, ==, "63868594382");
  }

  {
    /* Relative hrefs, the token after the responses. */
    g_autofree char *data = read_answer ("xandikos-sync-collection.xml", &len);
    g_autofree char *token = NULL;
    g_autoptr(GPtrArray) changes = _nb_dav_client_parse_changes (client, data, len,
                                                                 "/dav/alice/contacts/",
                                                                 &token, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (token, ==, "http://xandikos.org/ns/sync/8c1e0e2f");
    g_assert_cmpuint (changes->len, ==, 2);
    resource = g_ptr_array_index (changes, 0);
    g_assert_cmpstr (resource->href, ==, "/dav/alice/contacts/urn:uuid:5b1a2c3d-0000-4000-8000-000000000002.vcf");
    g_assert_false (resource->deleted);
    resource = g_ptr_array_index (changes, 1);
    g_assert_cmpstr (resource->href, ==, "/dav/alice/contacts/deleted%20card.vcf");
    g_assert_true (resource->deleted);
  }

  {
    /* A 507 for the collection itself: fewer changes than there are. */
    g_autofree char *data = read_answer ("sabredav-sync-collection-507.xml", &len);
    g_autofree char *token = NULL;
    g_autoptr(GPtrArray) changes = NULL;

    changes = _nb_dav_client_parse_changes (client, data, len,
                                            "/remote.php/dav/addressbooks/users/alice/contacts/",
                                            &token, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (token, ==, "http://sabre.io/ns/sync/42");
    g_assert_cmpuint (changes->len, ==, 2);
  }

  {
    g_autofree char *data = read_answer ("error-valid-sync-token.xml", &len);
    g_autofree char *token = NULL;
    g_autoptr(GPtrArray) changes = _nb_dav_client_parse_changes (client, data, len,
                                                                 "/dav/alice/contacts/",
                                                                 &token, &error);

    g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL);
    g_assert_null (changes);
    g_assert_null (token);
  }
}

static void
test_discover (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *book_home = NULL;
  g_autofree char *cal_home = NULL;
  g_autofree char *url = NULL;
  g_autoptr(NbDavClient) deep = NULL;
  gboolean ok;

  ok = nb_dav_client_discover (fixture->client, &book_home, &cal_home, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpstr (book_home, ==, fixture->book_home);
  g_assert_cmpstr (cal_home, ==, fixture->cal_home);

  /* From an address where nothing is, through /.well-known (a 301 on
   * Radicale, a 302 to / on Xandikos) to the principal. */
  g_clear_pointer (&book_home, g_free);
  g_clear_pointer (&cal_home, g_free);
  url = g_strconcat (nb_dav_server_get_url (fixture->server), "alice/nothing/", NULL);
  deep = nb_dav_client_new (url, "alice", "secret", &error);
  g_assert_no_error (error);
  ok = nb_dav_client_discover (deep, &book_home, &cal_home, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpstr (book_home, ==, fixture->book_home);
  g_assert_cmpstr (cal_home, ==, fixture->cal_home);
}

static NbDavCollection *
find_collection (GPtrArray  *collections,
                 const char *href)
{
  for (guint i = 0; i < collections->len; i++)
    {
      NbDavCollection *collection = g_ptr_array_index (collections, i);

      if (g_str_equal (collection->href, href))
        return collection;
    }

  return NULL;
}

/* Whether the server says the calendar @path takes events, as another
 * client sees it. */
static gboolean
takes_events (Fixture    *fixture,
              const char *path)
{
  g_autoptr(GPtrArray) entries = nb_dav_server_list (fixture->server, fixture->cal_home,
                                                     "alice", "secret");

  for (guint i = 0; i < entries->len; i++)
    {
      NbDavServerEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (entry->path, path))
        return entry->components == NULL || strstr (entry->components, "VEVENT") != NULL;
    }

  g_error ("%s is not on the server", path);
}

static void
test_collections (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) collections = NULL;
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(NbDavCollection) book = NULL;
  g_autoptr(NbDavCollection) cal = NULL;
  g_autoptr(NbDavCollection) home = NULL;
  g_autoptr(NbDavCollection) missing = NULL;
  g_autofree char *etag = NULL;
  const char *odd = in_collection (fixture, fixture->book_home, "odd/");
  const char *tasks = in_collection (fixture, fixture->cal_home, "tasks/");
  NbDavCollection *found;
  gboolean ok;

  /* What the server had (Xandikos comes with an address book). */
  before = nb_dav_client_list_collections (fixture->client, fixture->book_home, NULL, &error);
  g_assert_no_error (error);

  ok = nb_dav_client_create_collection (fixture->client, odd, NB_DAV_ADDRESSBOOK,
                                        "Tom & Jerry <3", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  /* Task lists are not listed (Radicale refuses plain collections). */
  g_assert_cmpuint (alice_http (fixture, "MKCOL", tasks, NULL,
                                "<?xml version=\"1.0\"?><D:mkcol xmlns:D=\"DAV:\" "
                                "xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><D:set><D:prop>"
                                "<D:resourcetype><D:collection/><C:calendar/>"
                                "</D:resourcetype><C:supported-calendar-component-set>"
                                "<C:comp name=\"VTODO\"/></C:supported-calendar-component-set>"
                                "</D:prop></D:set></D:mkcol>",
                                NULL, NULL), ==, 201);

  /* One more than before: the new address book. */
  collections = nb_dav_client_list_collections (fixture->client, fixture->book_home, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (collections->len, ==, before->len + 1);
  g_assert_null (find_collection (before, odd));
  g_assert_nonnull (find_collection (collections, odd));

  found = NULL;
  for (guint i = 0; i < collections->len; i++)
    {
      NbDavCollection *c = g_ptr_array_index (collections, i);

      if (g_str_equal (c->href, fixture->book))
        {
          g_assert_cmpint (c->kind, ==, NB_DAV_ADDRESSBOOK);
          g_assert_cmpstr (c->display_name, ==, "Friends");
          g_assert_nonnull (c->ctag);
          g_assert_nonnull (c->sync_token);
          found = c;
        }
      else if (g_str_equal (c->href, fixture->cal))
        {
          g_assert_cmpint (c->kind, ==, NB_DAV_CALENDAR);
          g_assert_cmpstr (c->display_name, ==, "Meetings");
        }
      else if (g_str_equal (c->href, odd))
        {
          g_assert_cmpint (c->kind, ==, NB_DAV_ADDRESSBOOK);
          g_assert_cmpstr (c->display_name, ==, "Tom & Jerry <3");
        }
      else
        {
          g_assert_nonnull (find_collection (before, c->href));
        }
    }
  g_assert_nonnull (found);

  /* Xandikos does not take the component set: its "task list" holds
   * events too, and is listed. */
  calendars = nb_dav_client_list_collections (fixture->client, fixture->cal_home, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_collection (calendars, fixture->cal));
  g_assert_cmpint (find_collection (calendars, tasks) != NULL, ==, takes_events (fixture, tasks));

  book = nb_dav_client_get_collection (fixture->client, fixture->book, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (book->href, ==, fixture->book);
  g_assert_cmpint (book->kind, ==, NB_DAV_ADDRESSBOOK);
  g_assert_cmpstr (book->display_name, ==, "Friends");
  g_assert_cmpstr (book->ctag, ==, found->ctag);
  g_assert_cmpstr (book->sync_token, ==, found->sync_token);

  /* The ctag and the sync-token change with the content. */
  etag = put_card (fixture, in_book (fixture, "a.vcf"), "a", "Ann");
  g_clear_pointer (&book, nb_dav_collection_free);
  book = nb_dav_client_get_collection (fixture->client, fixture->book, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (book->ctag, !=, found->ctag);
  g_assert_cmpstr (book->sync_token, !=, found->sync_token);

  cal = nb_dav_client_get_collection (fixture->client, fixture->cal, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cal->kind, ==, NB_DAV_CALENDAR);

  /* The home is a plain collection. */
  home = nb_dav_client_get_collection (fixture->client, fixture->book_home, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NOT_FOUND);
  g_assert_null (home);
  g_clear_error (&error);

  missing = nb_dav_client_get_collection (fixture->client, in_book (fixture, "none/"), NULL,
                                          &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NOT_FOUND);
  g_assert_null (missing);
  g_clear_error (&error);

  /* It exists already. */
  ok = nb_dav_client_create_collection (fixture->client, fixture->book, NB_DAV_ADDRESSBOOK, "Again",
                                        NULL, &error);
  g_assert_nonnull (error);
  g_assert_false (ok);
}

static void
test_put (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *again = NULL;
  g_autofree char *stale = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *card = make_vcard ("a", "Ann Changed");
  g_autofree char *body = NULL;
  g_autofree char *event = make_event ("e1", "Lunch");
  g_autofree char *event_etag = NULL;
  g_autofree char *server_etag = NULL;

  etag = put_card (fixture, in_book (fixture, "a.vcf"), "a", "Ann");
  g_assert_true (etag[0] == '"');

  /* If-None-Match: * — it exists. */
  again = nb_dav_client_put (fixture->client, in_book (fixture, "a.vcf"), NB_DAV_ADDRESSBOOK,
                             card, NULL, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_CHANGED);
  g_assert_null (again);
  g_clear_error (&error);

  stale = nb_dav_client_put (fixture->client, in_book (fixture, "a.vcf"), NB_DAV_ADDRESSBOOK, card,
                             "\"stale\"", NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_CHANGED);
  g_assert_null (stale);
  g_clear_error (&error);

  changed = nb_dav_client_put (fixture->client, in_book (fixture, "a.vcf"), NB_DAV_ADDRESSBOOK,
                               card, etag, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changed);
  g_assert_cmpstr (changed, !=, "");
  g_assert_cmpstr (changed, !=, etag);

  /* What another client reads is the new card, with that ETag. */
  g_assert_cmpuint (alice_http (fixture, "GET", in_book (fixture, "a.vcf"), NULL, NULL,
                                &body, &server_etag), ==, 200);
  g_assert_nonnull (strstr (body, "Ann Changed"));
  g_assert_cmpstr (server_etag, ==, changed);

  event_etag = nb_dav_client_put (fixture->client, in_cal (fixture, "e1.ics"), NB_DAV_CALENDAR,
                                  event, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (event_etag, !=, "");
}

static void
test_sync (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) deletions = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) empty = NULL;
  g_autofree char *token = NULL;
  g_autofree char *token2 = NULL;
  g_autofree char *token3 = NULL;
  g_autofree char *token4 = NULL;
  g_autofree char *token5 = NULL;
  g_autofree char *a_etag = put_card (fixture, in_book (fixture, "a.vcf"), "a", "Ann");
  g_autofree char *b_etag = put_card (fixture, in_book (fixture, "b.vcf"), "b", "Bob");
  g_autofree char *a_new = NULL;
  g_autofree char *c_card = make_vcard ("c", "Cy");
  g_autofree char *a_card = make_vcard ("a", "Ann Two");
  NbDavResource *resource;
  guint status;

  all = nb_dav_client_sync_collection (fixture->client, fixture->book, NULL, &token, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (token);
  g_assert_cmpuint (all->len, ==, 2);
  resource = find_resource (all, in_book (fixture, "a.vcf"));
  g_assert_nonnull (resource);
  g_assert_cmpstr (resource->etag, ==, a_etag);
  g_assert_false (resource->deleted);
  g_assert_null (resource->data);
  g_assert_cmpstr (find_resource (all, in_book (fixture, "b.vcf"))->etag, ==, b_etag);

  /* "" is a first sync too. */
  empty = nb_dav_client_sync_collection (fixture->client, fixture->book, "", &token2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (empty->len, ==, 2);
  g_assert_cmpstr (token2, ==, token);

  /* Nothing changed. */
  none = nb_dav_client_sync_collection (fixture->client, fixture->book, token, &token3, NULL,
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpstr (token3, ==, token);

  /* Another client changes a and adds c. */
  status = alice_http (fixture, "PUT", in_book (fixture, "a.vcf"), "text/vcard", a_card, NULL,
                       &a_new);
  g_assert_true (SOUP_STATUS_IS_SUCCESSFUL (status));
  g_assert_cmpuint (alice_http (fixture, "PUT", in_book (fixture, "c.vcf"), "text/vcard", c_card,
                                NULL, NULL), ==, 201);

  changes = nb_dav_client_sync_collection (fixture->client, fixture->book, token, &token4, NULL,
                                           &error);
  g_assert_no_error (error);
  g_assert_cmpstr (token4, !=, token);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpstr (find_resource (changes, in_book (fixture, "a.vcf"))->etag, ==, a_new);
  g_assert_nonnull (find_resource (changes, in_book (fixture, "c.vcf")));
  g_assert_null (find_resource (changes, in_book (fixture, "b.vcf")));

  /* Another client deletes b. */
  status = alice_http (fixture, "DELETE", in_book (fixture, "b.vcf"), NULL, NULL, NULL, NULL);
  g_assert_true (SOUP_STATUS_IS_SUCCESSFUL (status));
  deletions = nb_dav_client_sync_collection (fixture->client, fixture->book, token4, &token5, NULL,
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deletions->len, ==, 1);
  resource = g_ptr_array_index (deletions, 0);
  g_assert_cmpstr (resource->href, ==, in_book (fixture, "b.vcf"));
  g_assert_true (resource->deleted);
}

/* A token the server does not know: it says so (RFC 6578, 3.2). */
static void
test_sync_bad_token (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) bad = NULL;
  g_autofree char *bad_token = NULL;
  g_autofree char *etag = put_card (fixture, in_book (fixture, "a.vcf"), "a", "Ann");

  if (nb_dav_server_get_kind (fixture->server) == NB_DAV_SERVER_XANDIKOS)
    {
      /* It looks the token up as a git object, and fails with 500. */
      g_test_skip ("Xandikos 0.2.8 answers 500, not valid-sync-token, to a token it does not know");
      return;
    }

  bad = nb_dav_client_sync_collection (fixture->client, fixture->book,
                                       "http://radicale.org/ns/sync/garbage", &bad_token,
                                       NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_INVALID_TOKEN);
  g_assert_null (bad);
  g_assert_null (bad_token);
}

static void
test_list_etags (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) resources = NULL;
  g_autoptr(GPtrArray) empty = NULL;
  g_autofree char *a_etag = put_card (fixture, in_book (fixture, "a.vcf"), "a", "Ann");
  g_autofree char *b_etag = put_card (fixture, in_book (fixture, "b.vcf"), "b", "Bob");

  resources = nb_dav_client_list_etags (fixture->client, fixture->book, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (resources->len, ==, 2);
  g_assert_cmpstr (find_resource (resources, in_book (fixture, "a.vcf"))->etag, ==, a_etag);
  g_assert_cmpstr (find_resource (resources, in_book (fixture, "b.vcf"))->etag, ==, b_etag);

  empty = nb_dav_client_list_etags (fixture->client, fixture->cal, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (empty->len, ==, 0);
}

static void
test_multiget (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hrefs = g_ptr_array_new ();
  g_autoptr(GPtrArray) resources = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) nothing = NULL;
  g_autofree char *a_etag = put_card (fixture, in_book (fixture, "a.vcf"), "a", "Ann");
  g_autofree char *event = make_event ("e1", "Lunch");
  g_autofree char *event_etag = NULL;
  NbDavResource *resource;

  g_ptr_array_add (hrefs, (gpointer) in_book (fixture, "a.vcf"));
  g_ptr_array_add (hrefs, (gpointer) in_book (fixture, "missing.vcf"));

  resources = nb_dav_client_multiget (fixture->client, fixture->book, NB_DAV_ADDRESSBOOK, hrefs,
                                      NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (resources->len, ==, 2);

  resource = find_resource (resources, in_book (fixture, "a.vcf"));
  g_assert_nonnull (resource);
  g_assert_false (resource->deleted);
  g_assert_cmpstr (resource->etag, ==, a_etag);
  g_assert_nonnull (strstr (resource->data, "FN:Ann"));
  g_assert_true (g_str_has_prefix (resource->data, "BEGIN:VCARD"));

  resource = find_resource (resources, in_book (fixture, "missing.vcf"));
  g_assert_nonnull (resource);
  g_assert_true (resource->deleted);
  g_assert_null (resource->data);

  event_etag = nb_dav_client_put (fixture->client, in_cal (fixture, "e1.ics"), NB_DAV_CALENDAR,
                                  event, NULL, NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (hrefs, 0);
  g_ptr_array_add (hrefs, (gpointer) in_cal (fixture, "e1.ics"));
  events = nb_dav_client_multiget (fixture->client, fixture->cal, NB_DAV_CALENDAR, hrefs, NULL,
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  resource = g_ptr_array_index (events, 0);
  g_assert_cmpstr (resource->href, ==, in_cal (fixture, "e1.ics"));
  g_assert_cmpstr (resource->etag, ==, event_etag);
  g_assert_nonnull (strstr (resource->data, "SUMMARY:Lunch"));

  g_ptr_array_set_size (hrefs, 0);
  nothing = nb_dav_client_multiget (fixture->client, fixture->cal, NB_DAV_CALENDAR, hrefs, NULL,
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nothing->len, ==, 0);
}

static void
test_multiget_many (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hrefs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) resources = NULL;

  /* More than one batch. */
  for (guint i = 0; i < 230; i++)
    {
      g_autofree char *uid = g_strdup_printf ("u%u", i);
      g_autofree char *name = g_strdup_printf ("%s.vcf", uid);
      char *href = nb_dav_href_child (fixture->book, name);

      if (i % 50 == 0)
        g_free (put_card (fixture, href, uid, uid));
      g_ptr_array_add (hrefs, href);
    }

  resources = nb_dav_client_multiget (fixture->client, fixture->book, NB_DAV_ADDRESSBOOK, hrefs,
                                      NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (resources->len, ==, 230);
  for (guint i = 0; i < hrefs->len; i++)
    {
      NbDavResource *resource = find_resource (resources, g_ptr_array_index (hrefs, i));

      g_assert_nonnull (resource);
      g_assert_cmpint (resource->deleted, ==, i % 50 != 0);
    }
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = put_card (fixture, in_book (fixture, "a.vcf"), "a", "Ann");
  gboolean ok;

  ok = nb_dav_client_delete (fixture->client, in_book (fixture, "a.vcf"), "\"stale\"", NULL,
                             &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_CHANGED);
  g_assert_false (ok);
  g_clear_error (&error);
  g_assert_cmpuint (alice_http (fixture, "GET", in_book (fixture, "a.vcf"), NULL, NULL, NULL, NULL),
                    ==, 200);

  ok = nb_dav_client_delete (fixture->client, in_book (fixture, "a.vcf"), etag, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (alice_http (fixture, "GET", in_book (fixture, "a.vcf"), NULL, NULL, NULL, NULL),
                    ==, 404);

  /* Gone already: that is what was wanted. */
  ok = nb_dav_client_delete (fixture->client, in_book (fixture, "a.vcf"), etag, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = nb_dav_client_delete (fixture->client, in_book (fixture, "a.vcf"), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

/* Whether the server has a card by that name in the address book, as
 * another client lists it. */
static gboolean
server_has (Fixture    *fixture,
            const char *name)
{
  g_autoptr(GPtrArray) entries = nb_dav_server_list (fixture->server, fixture->book,
                                                     "alice", "secret");

  for (guint i = 0; i < entries->len; i++)
    {
      NbDavServerEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *path = g_uri_unescape_string (entry->path, NULL);

      if (g_str_has_suffix (path, name) && path[strlen (path) - strlen (name) - 1] == '/')
        return TRUE;
    }

  return FALSE;
}

static void
test_unicode (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *href = nb_dav_href_child (fixture->book, "Zoë Ünïcode.vcf");
  g_autofree char *etag = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *card = make_vcard ("Zoë Ünïcode", "Zoë Two");
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(GPtrArray) hrefs = g_ptr_array_new ();
  NbDavResource *resource;
  gboolean ok;

  g_assert_cmpstr (href, ==, in_book (fixture, "Zo%C3%AB%20%C3%9Cn%C3%AFcode.vcf"));

  etag = put_card (fixture, href, "Zoë Ünïcode", "Zoë");
  g_assert_true (server_has (fixture, "Zoë Ünïcode.vcf"));

  /* The server's href is ours. */
  listed = nb_dav_client_list_etags (fixture->client, fixture->book, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  resource = g_ptr_array_index (listed, 0);
  g_assert_cmpstr (resource->href, ==, href);
  g_assert_cmpstr (resource->etag, ==, etag);

  /* Asked for unencoded, returned in the one form. */
  g_ptr_array_add (hrefs, (gpointer) in_book (fixture, "Zoë Ünïcode.vcf"));
  got = nb_dav_client_multiget (fixture->client, fixture->book, NB_DAV_ADDRESSBOOK, hrefs, NULL,
                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (got->len, ==, 1);
  resource = g_ptr_array_index (got, 0);
  g_assert_cmpstr (resource->href, ==, href);
  g_assert_false (resource->deleted);
  g_assert_nonnull (strstr (resource->data, "FN:Zoë"));

  updated = nb_dav_client_put (fixture->client, in_book (fixture, "Zoë Ünïcode.vcf"),
                               NB_DAV_ADDRESSBOOK, card, etag, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (updated, !=, etag);

  ok = nb_dav_client_delete (fixture->client, href, updated, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_false (server_has (fixture, "Zoë Ünïcode.vcf"));
}

static void
test_wrong_password (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbDavClient) client = client_for (fixture, "alice", "Wr0ng-Pa55word");
  g_autofree char *book_home = NULL;
  g_autofree char *cal_home = NULL;
  g_autoptr(GPtrArray) resources = NULL;
  gboolean ok;

  ok = nb_dav_client_discover (client, &book_home, &cal_home, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH);
  g_assert_false (ok);
  g_assert_null (book_home);
  g_assert_null (strstr (error->message, "Wr0ng-Pa55word"));
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  g_clear_error (&error);

  resources = nb_dav_client_list_etags (client, fixture->book, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH);
  g_assert_null (resources);
  g_assert_null (strstr (error->message, "Wr0ng-Pa55word"));
}

/* Radicale (owner_only), or the proxy in front of Xandikos, answers 403
 * Forbidden to bob for alice's collections, which the client reports as
 * NB_SYNC_ERROR_AUTH. */
static void
test_other_user (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbDavClient) bob = client_for (fixture, "bob", "hunter2");
  g_autofree char *etag = put_card (fixture, in_book (fixture, "a.vcf"), "a", "Ann");
  g_autofree char *card = make_vcard ("x", "Mallory");
  g_autofree char *put = NULL;
  g_autofree char *token = NULL;
  g_autofree char *book_home = NULL;
  g_autofree char *cal_home = NULL;
  g_autofree char *bob_home = nb_dav_server_get_home (fixture->server, "bob", NB_DAV_ADDRESSBOOK);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) collections = NULL;
  g_autoptr(GPtrArray) synced = NULL;
  gboolean ok;

  ok = nb_dav_client_discover (bob, &book_home, &cal_home, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpstr (book_home, ==, bob_home);

  listed = nb_dav_client_list_etags (bob, fixture->book, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH);
  g_assert_null (listed);
  g_clear_error (&error);

  collections = nb_dav_client_list_collections (bob, fixture->book_home, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH);
  g_assert_null (collections);
  g_clear_error (&error);

  synced = nb_dav_client_sync_collection (bob, fixture->book, NULL, &token, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH);
  g_assert_null (synced);
  g_clear_error (&error);

  put = nb_dav_client_put (bob, in_book (fixture, "x.vcf"), NB_DAV_ADDRESSBOOK, card, NULL, NULL,
                           &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH);
  g_assert_null (put);
  g_clear_error (&error);

  ok = nb_dav_client_delete (bob, in_book (fixture, "a.vcf"), NULL, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH);
  g_assert_false (ok);
  g_assert_cmpuint (alice_http (fixture, "GET", in_book (fixture, "a.vcf"), NULL, NULL, NULL, NULL),
                    ==, 200);
}

static void
test_unreachable (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) resources = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) after_kill = NULL;
  g_autofree char *book_home = NULL;
  g_autofree char *cal_home = NULL;
  g_autofree char *etag = put_card (fixture, in_book (fixture, "a.vcf"), "a", "Ann");
  gboolean ok;

  nb_dav_server_stop (fixture->server);

  ok = nb_dav_client_discover (fixture->client, &book_home, &cal_home, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE);
  g_assert_false (ok);
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  g_clear_error (&error);

  resources = nb_dav_client_list_etags (fixture->client, fixture->book, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE);
  g_assert_null (resources);
  g_clear_error (&error);

  /* The same client works again once the server is back. */
  ok = nb_dav_server_restart (fixture->server, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  again = nb_dav_client_list_etags (fixture->client, fixture->book, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 1);

  nb_dav_server_kill (fixture->server);
  after_kill = nb_dav_client_list_etags (fixture->client, fixture->book, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE);
  g_assert_null (after_kill);
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) resources = NULL;
  g_autofree char *book_home = NULL;
  g_autofree char *cal_home = NULL;
  gboolean ok;

  g_cancellable_cancel (cancellable);

  resources = nb_dav_client_list_etags (fixture->client, fixture->book, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (resources);
  g_clear_error (&error);

  ok = nb_dav_client_discover (fixture->client, &book_home, &cal_home, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (ok);
}

/* A server that offers an untrusted certificate to one client. */
static gpointer
tls_server_thread (gpointer data)
{
  GSocketListener *listener = data;
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GIOStream) tls = NULL;
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autofree char *cert_file = g_test_build_filename (G_TEST_DIST, "data", "tls", "cert.pem", NULL);
  g_autofree char *key_file = g_test_build_filename (G_TEST_DIST, "data", "tls", "key.pem", NULL);

  certificate = g_tls_certificate_new_from_files (cert_file, key_file, NULL);
  g_assert_nonnull (certificate);

  connection = g_socket_listener_accept (listener, NULL, NULL, NULL);
  if (connection == NULL)
    return NULL;

  tls = g_tls_server_connection_new (G_IO_STREAM (connection), certificate, NULL);
  if (tls != NULL)
    g_tls_connection_handshake (G_TLS_CONNECTION (tls), NULL, NULL);

  return NULL;
}

static void
test_certificate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(NbDavClient) client = NULL;
  g_autoptr(GPtrArray) resources = NULL;
  g_autofree char *url = NULL;
  GThread *thread;

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("No TLS backend");
      return;
    }

  g_socket_listener_add_address (listener, address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error);
  g_assert_no_error (error);
  url = g_strdup_printf ("https://127.0.0.1:%u/",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));

  thread = g_thread_new ("tls-server", tls_server_thread, listener);
  client = nb_dav_client_new (url, "alice", "secret", &error);
  g_assert_no_error (error);
  resources = nb_dav_client_list_etags (client, PARSED_BOOK, NULL, &error);
  g_thread_join (thread);

  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_CERTIFICATE);
  g_assert_null (resources);
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
}

/* https to a port that speaks plain HTTP: the server is not the one
 * meant, which has nothing to do with trust. */
static void
test_not_tls (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = g_uri_parse (nb_dav_server_get_url (fixture->server), G_URI_FLAGS_NONE,
                                     NULL);
  g_autofree char *url = g_strdup_printf ("https://127.0.0.1:%d/", g_uri_get_port (uri));
  g_autoptr(NbDavClient) client = nb_dav_client_new (url, "alice", "secret", &error);
  g_autoptr(GPtrArray) resources = NULL;

  g_assert_no_error (error);
  resources = nb_dav_client_list_etags (client, fixture->book, NULL, &error);
  g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE);
  g_assert_null (resources);
}

int
main (int   argc,
      char *argv[])
{
  /* G_TEST_OPTION_ISOLATE_DIRS hides the system's GSettings schemas, which
   * GNOME's proxy resolver reads (fatally); the server is on 127.0.0.1. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func, collections) \
  g_test_add ("/dav/" path, Fixture, collections ? "" : NULL, \
              fixture_setup, func, fixture_teardown)

  g_test_add_func ("/dav/new-invalid", test_new_invalid);
  g_test_add_func ("/dav/resolve", test_resolve);
  g_test_add_func ("/dav/normalize", test_normalize);
  g_test_add_func ("/dav/parse", test_parse);
  g_test_add_func ("/dav/parse-relative", test_parse_relative);
  g_test_add_func ("/dav/parse-answers", test_parse_answers);
  g_test_add_func ("/dav/parse-overlong-cdata", test_parse_overlong_cdata);
  g_test_add_func ("/dav/certificate", test_certificate);
  ADD ("discover", test_discover, FALSE);
  ADD ("not-tls", test_not_tls, FALSE);
  ADD ("collections", test_collections, TRUE);
  ADD ("put", test_put, TRUE);
  ADD ("sync", test_sync, TRUE);
  ADD ("sync-bad-token", test_sync_bad_token, TRUE);
  ADD ("list-etags", test_list_etags, TRUE);
  ADD ("multiget", test_multiget, TRUE);
  ADD ("multiget-many", test_multiget_many, TRUE);
  ADD ("delete", test_delete, TRUE);
  ADD ("unicode", test_unicode, TRUE);
  ADD ("wrong-password", test_wrong_password, TRUE);
  ADD ("other-user", test_other_user, TRUE);
  ADD ("unreachable", test_unreachable, TRUE);
  ADD ("cancelled", test_cancelled, TRUE);

  return g_test_run ();
}
