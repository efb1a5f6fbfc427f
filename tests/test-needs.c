/* test-needs.c: needs and offers, and who could help
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-clock.h"
#include "nb-store.h"
#include "nb-test-util.h"

static gint64
add (NbStore            *store,
     const char         *name,
     const char * const *looking_for,
     const char * const *offers,
     const char         *organization,
     const char         *notes)
{
  g_autoptr(NbContact) draft = nb_test_contact_new (name, NULL);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;

  nb_contact_set_looking_for (draft, looking_for);
  nb_contact_set_offers (draft, offers);
  nb_contact_set_organization (draft, organization);
  nb_contact_set_notes (draft, notes);
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  return nb_contact_get_id (saved);
}

static GPtrArray *
find (NbStore  *store,
      gint64    id,
      gboolean  helpers)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *matches = nb_store_find_matches (store, id, helpers, 5, &error);

  g_assert_no_error (error);
  g_assert_nonnull (matches);
  return matches;
}

static NbMatch *
match_of (GPtrArray *matches,
          gint64     id)
{
  for (guint i = 0; i < matches->len; i++)
    if (((NbMatch *) g_ptr_array_index (matches, i))->contact_id == id)
      return g_ptr_array_index (matches, i);
  return NULL;
}

/* Ada needs advice on fundraising, a flat in Lyon and a café for her
 * readings: Charles offers to fundraise (stemmed), Émilie works at Café de
 * Lyon (accents, the organisation), Bob's notes know every cafe; Ada's own
 * offer is not her own helper. */
static void
test_helpers (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GPtrArray) helped = NULL;
  g_autoptr(GPtrArray) nobody = NULL;
  g_autofree char *reason = NULL;
  gint64 ada, charles, emilie, bob, grace;
  NbMatch *m;

  ada = add (store, "Ada Lovelace",
             (const char * const []) { "advice on fundraising", "a flat in Lyon", "a quiet café", NULL },
             (const char * const []) { "fundraising letters", NULL }, NULL, NULL);
  charles = add (store, "Charles Babbage", NULL,
                 (const char * const []) { "instrument making", "can fundraise for engines", NULL },
                 "Analytical Engines Ltd", NULL);
  emilie = add (store, "Émilie du Châtelet", NULL, NULL, "Café de Lyon", NULL);
  bob = add (store, "Bob Hooke", NULL, NULL, NULL, "Knows every cafe in town.\nLikes microscopes.");
  grace = add (store, "Grace Hopper", NULL, (const char * const []) { "compilers", NULL }, NULL, NULL);

  matches = find (store, ada, TRUE);
  g_assert_cmpuint (matches->len, ==, 3);
  g_assert_null (match_of (matches, ada));
  g_assert_null (match_of (matches, grace));

  /* An offer is the best reason: first. */
  m = g_ptr_array_index (matches, 0);
  g_assert_cmpint (m->contact_id, ==, charles);
  g_assert_cmpint (m->field, ==, NB_MATCH_OFFERS);
  g_assert_cmpstr (m->text, ==, "can fundraise for engines");
  g_assert_cmpstr (m->name, ==, "Charles Babbage");
  reason = nb_match_dup_reason (m);
  g_assert_cmpstr (reason, ==, "can offer: can fundraise for engines");

  m = match_of (matches, emilie);
  g_assert_nonnull (m);
  g_assert_cmpint (m->field, ==, NB_MATCH_ORGANIZATION);
  g_assert_cmpstr (m->text, ==, "Café de Lyon");

  /* "café" finds "cafe", in the line of the notes that says it. */
  m = match_of (matches, bob);
  g_assert_nonnull (m);
  g_assert_cmpint (m->field, ==, NB_MATCH_NOTES);
  g_assert_cmpstr (m->text, ==, "Knows every cafe in town.");

  /* The other way: whose needs Charles's offers meet. */
  helped = find (store, charles, FALSE);
  g_assert_cmpuint (helped->len, ==, 1);
  m = g_ptr_array_index (helped, 0);
  g_assert_cmpint (m->contact_id, ==, ada);
  g_assert_cmpint (m->field, ==, NB_MATCH_LOOKING_FOR);
  g_assert_cmpstr (m->text, ==, "advice on fundraising");

  /* Only a note's first 4 KiB are read for matching: a word far down a
   * long note is not. */
  {
    g_autofree char *padding = g_strnfill (5000, 'x');
    g_autofree char *long_note = g_strconcat ("Keeps bees.\n", padding, " Restores harpsichords.", NULL);
    gint64 long_id = add (store, "Long Notes", NULL, NULL, NULL, long_note);
    gint64 asker = add (store, "Asker", (const char * const []) { "bees", "harpsichords", NULL },
                        NULL, NULL, NULL);
    g_autoptr(GPtrArray) found = find (store, asker, TRUE);

    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpint (((NbMatch *) g_ptr_array_index (found, 0))->contact_id, ==, long_id);
    g_assert_cmpstr (((NbMatch *) g_ptr_array_index (found, 0))->text, ==, "Keeps bees.");
  }

  /* No needs: nobody; only stop words: nobody either. */
  nobody = find (store, grace, TRUE);
  g_assert_cmpuint (nobody->len, ==, 0);
  {
    gint64 vague = add (store, "Someone Vague", (const char * const []) { "a good one of the", NULL },
                        NULL, NULL, NULL);
    g_autoptr(GPtrArray) none = find (store, vague, TRUE);

    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* Two plumbers alike: the one I was in touch with most recently first;
 * the index follows a changed offer and a deleted contact. */
static void
test_closeness_and_changes (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 1, 10, 0, 0);
  g_autoptr(GError) error = NULL;
  gint64 ada, first, second;

  ada = add (store, "Ada Lovelace", (const char * const []) { "plumbing repairs", NULL }, NULL, NULL, NULL);
  first = add (store, "Mario", NULL, (const char * const []) { "plumbing", NULL }, NULL, NULL);
  second = add (store, "Luigi", NULL, (const char * const []) { "plumbing", NULL }, NULL, NULL);
  g_assert_true (nb_store_log_interaction (store, second, when, NB_INTERACTION_CALL, NULL, &error));
  g_assert_no_error (error);

  matches = find (store, ada, TRUE);
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpint (((NbMatch *) g_ptr_array_index (matches, 0))->contact_id, ==, second);
  g_assert_cmpint (((NbMatch *) g_ptr_array_index (matches, 1))->contact_id, ==, first);

  /* Luigi offers something else now; Mario is gone. */
  {
    g_autoptr(NbContact) luigi = nb_store_get_contact (store, second);
    g_autoptr(NbContact) saved = NULL;

    nb_contact_set_offers (luigi, (const char * const []) { "racing", NULL });
    saved = nb_store_save_contact (store, luigi, &error);
    g_assert_no_error (error);
  }
  g_assert_true (nb_store_delete_contact (store, first, &error));
  g_assert_no_error (error);
  g_clear_pointer (&matches, g_ptr_array_unref);
  matches = find (store, ada, TRUE);
  g_assert_cmpuint (matches->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/needs/helpers", test_helpers);
  g_test_add_func ("/needs/closeness-and-changes", test_closeness_and_changes);

  return g_test_run ();
}
