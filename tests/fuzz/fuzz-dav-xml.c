/* fuzz-dav-xml.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The DAV client's reading of a server's answers on any bytes: the same
 * code reads the answer to each request it makes (see
 * nb-dav-client-private.h), here without a request. Each input is read as
 * the answer to every request: the principal, the homes, the collections
 * of a home, one collection, a sync-collection REPORT, a PROPFIND of the
 * ETags, an addressbook-multiget and a calendar-multiget. */

#include "nb-dav-client.h"
#include "nb-dav-client-private.h"

#include "fuzz-common.h"

#define BOOK "/dav/alice/contacts/"
#define CALENDAR "https://dav.example.com/dav/alice/calendar/"

static NbDavClient *client;

void
nb_fuzz_target_init (void)
{
  g_autoptr(GError) error = NULL;

  /* No request is ever sent. */
  client = nb_dav_client_new ("https://dav.example.com/dav/", "alice", "secret", &error);
  g_assert_no_error (error);
}

static void
check_resources (GPtrArray *resources,
                 GError    *error,
                 gboolean   with_data)
{
  g_assert ((resources == NULL) == (error != NULL));
  if (resources == NULL)
    return;

  for (guint i = 0; i < resources->len; i++)
    {
      NbDavResource *resource = g_ptr_array_index (resources, i);

      g_assert_nonnull (resource->href);
      g_assert (!resource->deleted || (resource->etag == NULL && resource->data == NULL));
      g_assert (with_data || resource->data == NULL);
      g_assert (resource->data == NULL || g_utf8_validate (resource->data, -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;

  if (size > NB_FUZZ_MAX_LEN)
    return 0;

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *principal = _nb_dav_client_parse_principal (client, text, size, NULL, &error);

    g_assert (principal == NULL || *principal != '\0');
  }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *book_home = NULL;
    g_autofree char *cal_home = NULL;

    if (_nb_dav_client_parse_homes (client, text, size, "/dav/principals/alice/",
                                    &book_home, &cal_home, &error))
      g_assert (book_home != NULL || cal_home != NULL);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) collections = _nb_dav_client_parse_collections (client, text, size,
                                                                         "/dav/alice/", &error);

    g_assert ((collections == NULL) == (error != NULL));
    for (guint i = 0; collections != NULL && i < collections->len; i++)
      {
        NbDavCollection *collection = g_ptr_array_index (collections, i);

        g_assert_nonnull (collection->href);
        g_assert (collection->kind == NB_DAV_ADDRESSBOOK || collection->kind == NB_DAV_CALENDAR ||
                  collection->kind == NB_DAV_JOURNAL);
      }
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NbDavCollection) collection = _nb_dav_client_parse_collection (client, text, size,
                                                                             BOOK, &error);

    g_assert ((collection == NULL) == (error != NULL));
  }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *token = NULL;
    g_autoptr(GPtrArray) changes = _nb_dav_client_parse_changes (client, text, size, BOOK,
                                                                 &token, &error);

    check_resources (changes, error, FALSE);
    g_assert ((changes == NULL) == (token == NULL));
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) etags = _nb_dav_client_parse_resources (client, text, size, CALENDAR,
                                                                 NB_DAV_CALENDAR, FALSE, &error);

    check_resources (etags, error, FALSE);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) cards = _nb_dav_client_parse_resources (client, text, size, BOOK,
                                                                 NB_DAV_ADDRESSBOOK, TRUE, &error);

    check_resources (cards, error, TRUE);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) events = _nb_dav_client_parse_resources (client, text, size, CALENDAR,
                                                                  NB_DAV_CALENDAR, TRUE, &error);

    check_resources (events, error, TRUE);
  }

  return 0;
}
