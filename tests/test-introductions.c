/* test-introductions.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-mailto.h"
#include "nb-test-util.h"

/* Introductions with a double opt-in, on real databases: the steps (asked
 * Ada, Ada agreed, asked Charles, introduced, how did it go?) with fixed
 * times, the open ones the Keep in Touch view lists, "introduced by"
 * someone else, and the whole of it through an exported and imported
 * iCalendar file. */

#define DAY (24 * 60 * 60)

/* 2026-03-02 09:00 UTC. */
#define MONDAY ((gint64) 1772442000)

typedef struct
{
  NbStore *store;
  gint64   ada, charles, grace, mary;
} Network;

static void
network_open (Network    *network,
              const char *name)
{
  g_autofree char *path = nb_test_tmp_path (name);
  g_autoptr(GError) error = NULL;

  network->store = nb_store_new (path, &error);
  g_assert_no_error (error);
  network->ada = nb_test_add_contact (network->store, "Ada Lovelace", "ada@example.org");
  network->charles = nb_test_add_contact (network->store, "Charles Babbage", NULL);
  network->grace = nb_test_add_contact (network->store, "Grace Hopper", "grace@example.org");
  network->mary = nb_test_add_contact (network->store, "Mary Somerville", NULL);
}

static void
network_close (Network *network)
{
  g_clear_object (&network->store);
}

static NbInteraction *
introduction_new (gint64 a,
                  gint64 b,
                  gint64 when)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (when);
  NbInteraction *introduction = nb_interaction_new ();

  nb_interaction_set_kind (introduction, NB_INTERACTION_INTRODUCTION);
  nb_interaction_set_date_time (introduction, at);
  nb_interaction_add_person (introduction, a);
  nb_interaction_add_person (introduction, b);
  return introduction;
}

static GPtrArray *
open_introductions (NbStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *open = nb_store_list_open_introductions (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (open);
  return open;
}

/* The steps, one click each, and where the introduction stands after
 * each; what is stored reads back the same. */
static void
test_steps (void)
{
  Network n = { 0, };
  g_autoptr(NbInteraction) draft = NULL;
  g_autoptr(NbInteraction) saved = NULL;
  g_autoptr(NbInteraction) back = NULL;
  g_autoptr(GPtrArray) open = NULL;

  network_open (&n, "steps.db");
  draft = introduction_new (n.ada, n.charles, MONDAY);
  g_assert_cmpint (nb_interaction_get_introduction_step (draft, MONDAY), ==, NB_INTRODUCTION_STEP_ASKING);

  /* Not an introduction, or only one person: no steps. */
  {
    g_autoptr(NbInteraction) call = nb_interaction_copy (draft);
    g_autoptr(NbInteraction) alone = nb_interaction_copy (draft);

    nb_interaction_set_kind (call, NB_INTERACTION_CALL);
    g_assert_cmpint (nb_interaction_get_introduction_step (call, MONDAY), ==, NB_INTRODUCTION_STEP_NONE);
    nb_interaction_remove_person (alone, n.charles);
    g_assert_cmpint (nb_interaction_get_introduction_step (alone, MONDAY), ==, NB_INTRODUCTION_STEP_NONE);
  }

  /* Someone who is not one of its people has no say. */
  nb_interaction_set_opt_in (draft, n.grace, NB_OPT_IN_AGREED);
  g_assert_cmpint (nb_interaction_get_opt_in (draft, n.grace), ==, NB_OPT_IN_NONE);

  nb_interaction_set_opt_in (draft, n.ada, NB_OPT_IN_ASKED);
  saved = nb_test_save_interaction (n.store, draft);
  open = open_introductions (n.store);
  g_assert_cmpuint (open->len, ==, 1);
  g_assert_cmpint (nb_interaction_get_opt_in (g_ptr_array_index (open, 0), n.ada), ==, NB_OPT_IN_ASKED);
  g_assert_cmpint (nb_interaction_get_opt_in (g_ptr_array_index (open, 0), n.charles), ==, NB_OPT_IN_NONE);

  nb_interaction_set_opt_in (saved, n.ada, NB_OPT_IN_AGREED);
  g_assert_cmpint (nb_interaction_get_introduction_step (saved, MONDAY), ==, NB_INTRODUCTION_STEP_ASKING);
  nb_interaction_set_opt_in (saved, n.charles, NB_OPT_IN_DECLINED);
  g_assert_cmpint (nb_interaction_get_introduction_step (saved, MONDAY), ==, NB_INTRODUCTION_STEP_DECLINED);
  nb_interaction_set_opt_in (saved, n.charles, NB_OPT_IN_AGREED);
  g_assert_cmpint (nb_interaction_get_introduction_step (saved, MONDAY), ==, NB_INTRODUCTION_STEP_READY);
  g_clear_object (&back);
  back = nb_test_save_interaction (n.store, saved);

  /* Introduced on Wednesday: asked how it went three weeks later. */
  nb_interaction_set_introduced (back, MONDAY + 2 * DAY);
  g_clear_object (&saved);
  saved = nb_test_save_interaction (n.store, back);
  g_clear_object (&back);
  back = nb_store_get_interaction (n.store, nb_interaction_get_id (saved));
  g_assert_true (nb_interaction_content_equal (back, saved));
  g_assert_cmpint (nb_interaction_get_opt_in (back, n.ada), ==, NB_OPT_IN_AGREED);
  g_assert_cmpint (nb_interaction_get_opt_in (back, n.charles), ==, NB_OPT_IN_AGREED);
  g_assert_cmpint (nb_interaction_get_introduced (back), ==, MONDAY + 2 * DAY);
  g_assert_cmpint (nb_interaction_get_introduction_step (back, MONDAY + 22 * DAY), ==,
                   NB_INTRODUCTION_STEP_INTRODUCED);
  g_assert_cmpint (nb_interaction_get_introduction_step (back, MONDAY + 23 * DAY), ==,
                   NB_INTRODUCTION_STEP_FOLLOW_UP);

  /* Followed up: done, and no longer open. */
  nb_interaction_set_followed_up (back, MONDAY + 24 * DAY);
  g_clear_object (&saved);
  saved = nb_test_save_interaction (n.store, back);
  g_assert_cmpint (nb_interaction_get_introduction_step (saved, MONDAY + 24 * DAY), ==, NB_INTRODUCTION_STEP_DONE);
  g_clear_pointer (&open, g_ptr_array_unref);
  open = open_introductions (n.store);
  g_assert_cmpuint (open->len, ==, 0);

  network_close (&n);
}

/* The open ones: those still asking first, then by when they were
 * introduced; not one someone else made, nor one whose other person was
 * deleted, nor one deleted with Undo still possible. */
static void
test_open (void)
{
  Network n = { 0, };
  g_autoptr(NbInteraction) early = NULL;
  g_autoptr(NbInteraction) asking = NULL;
  g_autoptr(NbInteraction) by_grace = NULL;
  g_autoptr(NbInteraction) gone = NULL;
  g_autoptr(NbInteraction) s1 = NULL, s2 = NULL, s3 = NULL, s4 = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) of_charles = NULL;
  g_autoptr(GError) error = NULL;

  network_open (&n, "open.db");
  early = introduction_new (n.ada, n.charles, MONDAY);
  nb_interaction_set_introduced (early, MONDAY);
  asking = introduction_new (n.grace, n.mary, MONDAY + DAY);
  by_grace = introduction_new (n.grace, n.charles, MONDAY - DAY);
  nb_interaction_set_introducer (by_grace, n.grace);
  nb_interaction_set_introduced (by_grace, MONDAY - DAY);
  gone = introduction_new (n.mary, n.ada, MONDAY);
  nb_interaction_set_introduced (gone, MONDAY);

  s1 = nb_test_save_interaction (n.store, early);
  s2 = nb_test_save_interaction (n.store, asking);
  s3 = nb_test_save_interaction (n.store, by_grace);
  s4 = nb_test_save_interaction (n.store, gone);

  g_assert_cmpint (nb_interaction_get_introduction_step (s3, MONDAY), ==, NB_INTRODUCTION_STEP_NONE);
  g_assert_cmpint (nb_interaction_get_introducer (s3), ==, n.grace);

  g_assert_true (nb_store_delete_contact (n.store, n.mary, &error));
  g_assert_no_error (error);

  open = open_introductions (n.store);
  g_assert_cmpuint (open->len, ==, 1);
  g_assert_cmpint (nb_interaction_get_id (g_ptr_array_index (open, 0)), ==, nb_interaction_get_id (s1));

  /* Charles's card lists both: introduced to Ada, introduced by Grace. */
  of_charles = nb_store_list_introductions (n.store, n.charles, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (of_charles->len, ==, 2);
  g_assert_cmpint (nb_interaction_get_id (g_ptr_array_index (of_charles, 0)), ==, nb_interaction_get_id (s1));
  g_assert_cmpint (nb_interaction_get_introducer (g_ptr_array_index (of_charles, 1)), ==, n.grace);

  /* Hidden while its deletion can be undone. */
  g_assert_true (nb_store_set_interaction_hidden (n.store, nb_interaction_get_id (s1), TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&open, g_ptr_array_unref);
  open = open_introductions (n.store);
  g_assert_cmpuint (open->len, ==, 0);

  /* Grace gone: an introduction she made for Charles stays with him,
   * no longer hers. */
  g_assert_true (nb_store_delete_contact (n.store, n.grace, &error));
  g_assert_no_error (error);
  {
    g_autoptr(NbInteraction) left = nb_store_get_interaction (n.store, nb_interaction_get_id (s3));

    g_assert_nonnull (left);
    g_assert_cmpint (nb_interaction_get_introducer (left), ==, 0);
    g_assert_cmpuint (nb_interaction_get_people (left)->len, ==, 1);
    g_assert_cmpint (nb_interaction_get_introduction_step (left, MONDAY), ==, NB_INTRODUCTION_STEP_NONE);
  }

  network_close (&n);
}

/* The id of the contact with @uid, among the few of a test's database. */
static gint64
find_by_uid (NbStore    *store,
             const char *uid)
{
  for (gint64 id = 1; id < 100; id++)
    {
      g_autoptr(NbContact) contact = nb_store_get_contact (store, id);

      if (contact != NULL && g_strcmp0 (nb_contact_get_uid (contact), uid) == 0)
        return id;
    }

  return 0;
}

/* Every step, who made it and where each person stands, through a file:
 * another database reads the same (the people found by their cards'
 * UIDs, one of them without an email address). */
static void
test_file_round_trip (void)
{
  Network n = { 0, };
  g_autoptr(NbStore) other = NULL;
  g_autoptr(NbImporter) cards = NULL;
  g_autoptr(NbImporter) journals = NULL;
  g_autoptr(NbInteraction) asking = NULL;
  g_autoptr(NbInteraction) done = NULL;
  g_autoptr(NbInteraction) by_grace = NULL;
  g_autoptr(NbInteraction) s1 = NULL, s2 = NULL, s3 = NULL;
  g_autofree char *vcf = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other_path = nb_test_tmp_path ("trip-b.db");
  g_autoptr(GError) error = NULL;
  NbInteraction *saved[3];

  network_open (&n, "trip-a.db");
  asking = introduction_new (n.ada, n.charles, MONDAY);
  nb_interaction_set_opt_in (asking, n.ada, NB_OPT_IN_AGREED);
  nb_interaction_set_opt_in (asking, n.charles, NB_OPT_IN_ASKED);
  done = introduction_new (n.grace, n.mary, MONDAY);
  nb_interaction_set_introduced (done, MONDAY + DAY);
  nb_interaction_set_followed_up (done, MONDAY + 22 * DAY);
  by_grace = introduction_new (n.grace, n.charles, MONDAY);
  nb_interaction_set_introducer (by_grace, n.grace);
  s1 = nb_test_save_interaction (n.store, asking);
  s2 = nb_test_save_interaction (n.store, done);
  s3 = nb_test_save_interaction (n.store, by_grace);
  saved[0] = s1;
  saved[1] = s2;
  saved[2] = s3;

  vcf = nb_test_export (n.store, "trip.vcf");
  ics = nb_test_export (n.store, "trip.ics");
  g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "X-NETBOOK-OPT-IN:agreed "));
  g_assert_nonnull (strstr (text, "X-NETBOOK-OPT-IN:asked "));
  g_assert_nonnull (strstr (text, "X-NETBOOK-INTRODUCED:20260303T090000Z"));
  g_assert_nonnull (strstr (text, "X-NETBOOK-FOLLOWED-UP:20260324T090000Z"));
  g_assert_nonnull (strstr (text, "X-NETBOOK-INTRODUCER:"));

  other = nb_store_new (other_path, &error);
  g_assert_no_error (error);
  g_clear_object (&cards);
  cards = nb_test_import (other, vcf);
  journals = nb_test_import (other, ics);

  for (guint i = 0; i < G_N_ELEMENTS (saved); i++)
    {
      g_autoptr(NbInteraction) there = nb_store_find_interaction_by_uid (other, nb_interaction_get_uid (saved[i]));
      GArray *people = nb_interaction_get_people (saved[i]);

      g_assert_nonnull (there);
      g_assert_cmpuint (nb_interaction_get_people (there)->len, ==, 2);
      g_assert_cmpint (nb_interaction_get_introduced (there), ==, nb_interaction_get_introduced (saved[i]));
      g_assert_cmpint (nb_interaction_get_followed_up (there), ==, nb_interaction_get_followed_up (saved[i]));
      g_assert_cmpint (nb_interaction_get_introduction_step (there, MONDAY + 30 * DAY), ==,
                       nb_interaction_get_introduction_step (saved[i], MONDAY + 30 * DAY));
      g_assert_cmpint (nb_interaction_get_introducer (there) != 0, ==,
                       nb_interaction_get_introducer (saved[i]) != 0);
      for (guint k = 0; k < people->len; k++)
        {
          g_autoptr(NbContact) here = nb_store_get_contact (n.store, g_array_index (people, gint64, k));
          gint64 id = find_by_uid (other, nb_contact_get_uid (here));

          g_assert_cmpint (id, >, 0);
          g_assert_cmpint (nb_interaction_get_opt_in (there, id), ==,
                           nb_interaction_get_opt_in (saved[i], g_array_index (people, gint64, k)));
          if (nb_interaction_get_introducer (saved[i]) == g_array_index (people, gint64, k))
            g_assert_cmpint (nb_interaction_get_introducer (there), ==, id);
        }
    }

  network_close (&n);
}

/* A draft for the mail app: addresses joined by commas, the text escaped
 * so that nothing in it reads as part of the URI, lines as CRLF, UTF-8 as
 * bytes; what cannot be an address is left out. */
static void
test_mailto (void)
{
  static const char * const to[] = { "ada@example.org", "", "no address", "x@y,z@w",
                                     "charles+engines@example.org", NULL };
  g_autofree char *uri = nb_mailto_build (to, "Ada & Charles: 100% = you?",
                                          "Hello Zoë,\nline two #2\r\nend");
  g_autofree char *bare = nb_mailto_build (NULL, NULL, NULL);
  g_autofree char *body_only = nb_mailto_build (NULL, NULL, "hi");

  g_assert_cmpstr (uri, ==,
                   "mailto:ada@example.org,charles+engines@example.org"
                   "?subject=Ada%20%26%20Charles%3A%20100%25%20%3D%20you%3F"
                   "&body=Hello%20Zo%C3%AB%2C%0D%0Aline%20two%20%232%0D%0Aend");
  g_assert_cmpstr (bare, ==, "mailto:");
  g_assert_cmpstr (body_only, ==, "mailto:?body=hi");

  /* GLib reads it back as a URI, with the text as given. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED, &error);
    g_autofree char *body = NULL;
    const char *query;

    g_assert_no_error (error);
    g_assert_cmpstr (g_uri_get_scheme (parsed), ==, "mailto");
    query = g_uri_get_query (parsed);
    body = g_uri_unescape_string (strstr (query, "body=") + 5, NULL);
    g_assert_cmpstr (body, ==, "Hello Zoë,\r\nline two #2\r\nend");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/introductions/steps", test_steps);
  g_test_add_func ("/introductions/open", test_open);
  g_test_add_func ("/introductions/file-round-trip", test_file_round_trip);
  g_test_add_func ("/introductions/mailto", test_mailto);

  return g_test_run ();
}
