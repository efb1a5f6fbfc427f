/* test-invite-ranking.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-invite-ranking.h"
#include "nb-keep-in-touch.h"

/* Wednesday, November 25, 2026, at noon. */
static GDateTime *
fixed_now (void)
{
  return g_date_time_new_utc (2026, 11, 25, 12, 0, 0);
}

static gint64
days_before (GDateTime *now,
             int        days)
{
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);

  return g_date_time_to_unix (then);
}

static NbSuggestion *
suggest (const NbInviteFacts *facts)
{
  g_autoptr(GDateTime) now = fixed_now ();
  GDate today;

  nb_date_set_from_date_time (&today, now);
  return nb_invite_ranking_suggest (facts, now, &today);
}

static void
test_reasons (void)
{
  g_autoptr(GDateTime) now = fixed_now ();
  /* .overdue is the keep-in-touch measure, (days − rhythm) ÷ rhythm
   * (nb_keep_in_touch_overdue()); the score stays days ÷ rhythm. */
  NbInviteFacts never = { .contact_id = 1, .overdue = (90 - 30) / 30.0,
                          .created = days_before (now, 90) };
  NbInviteFacts lunch = { .contact_id = 2, .overdue = (94 - 30) / 30.0,
                          .created = days_before (now, 400),
                          .last_interaction = days_before (now, 94), .last_kind = NB_INTERACTION_MEAL };
  NbInviteFacts call = lunch;
  NbInviteFacts early = { .contact_id = 4, .overdue = -1.1, .created = days_before (now, -1) };
  g_autoptr(NbSuggestion) a = NULL;
  g_autoptr(NbSuggestion) b = NULL;
  g_autoptr(NbSuggestion) c = NULL;
  g_autoptr(NbSuggestion) d = NULL;

  call.contact_id = 3;
  call.last_kind = NB_INTERACTION_CALL;

  a = suggest (&never);
  g_assert_cmpint (a->contact_id, ==, 1);
  g_assert_cmpint (a->reason, ==, NB_SUGGESTION_NEVER_MET);
  g_assert_cmpint (a->days, ==, 90);
  g_assert_cmpfloat (a->score, ==, 3.0);
  g_assert_false (g_date_valid (&a->birthday));

  b = suggest (&lunch);
  g_assert_cmpint (b->reason, ==, NB_SUGGESTION_LAST_MET);
  g_assert_cmpint (b->days, ==, 94);

  c = suggest (&call);
  g_assert_cmpint (c->reason, ==, NB_SUGGESTION_LAST_IN_TOUCH);
  g_assert_cmpint (c->days, ==, 94);

  /* A clock set back: no negative days, no negative score. */
  d = suggest (&early);
  g_assert_cmpint (d->days, ==, 0);
  g_assert_cmpfloat (d->score, ==, 0.0);
}

/* The measure is the keep-in-touch list's; someone never in touch is at
 * least half a rhythm along, however recently added. */
static void
test_overdue (void)
{
  g_assert_cmpfloat (nb_invite_ranking_overdue (30, 30, FALSE), ==, 0.0);
  g_assert_cmpfloat (nb_invite_ranking_overdue (45, 30, FALSE), ==, 0.5);
  g_assert_cmpfloat (nb_invite_ranking_overdue (3, 30, FALSE), ==, -0.9);
  g_assert_cmpfloat (nb_invite_ranking_overdue (3, 30, TRUE), ==, NB_INVITE_NEVER_MET_OVERDUE);
  g_assert_cmpfloat (nb_invite_ranking_overdue (60, 30, TRUE), ==, 1.0);
  g_assert_cmpfloat (nb_invite_ranking_overdue (60, 30, FALSE),
                     ==, nb_keep_in_touch_overdue (60, 30));
}

static void
test_birthday (void)
{
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(NbBirthday) friday = nb_birthday_new (1980, 11, 27);
  g_autoptr(NbBirthday) today = nb_birthday_new (0, 11, 25);
  NbInviteFacts soon = { .contact_id = 1, .overdue = 0.3 - 1.0, .created = days_before (now, 400),
                         .last_interaction = days_before (now, 9), .last_kind = NB_INTERACTION_MET,
                         .birthday = friday };
  NbInviteFacts overdue = soon;
  NbInviteFacts now_facts = soon;
  g_autoptr(NbSuggestion) a = NULL;
  g_autoptr(NbSuggestion) b = NULL;
  g_autoptr(NbSuggestion) c = NULL;

  overdue.overdue = 5.0 - 1.0;
  now_facts.birthday = today;

  /* A birthday in the next days says so, and comes before those merely
   * due; someone long overdue too, and still higher. */
  a = suggest (&soon);
  g_assert_cmpint (a->reason, ==, NB_SUGGESTION_BIRTHDAY);
  g_assert_cmpint (a->days, ==, 2);
  g_assert_cmpuint (g_date_get_weekday (&a->birthday), ==, G_DATE_FRIDAY);
  g_assert_cmpuint (g_date_get_year (&a->birthday), ==, 2026);
  g_assert_cmpfloat_with_epsilon (a->score, 2.0 + 5.0 / 7.0, 1e-9);

  b = suggest (&overdue);
  g_assert_cmpfloat_with_epsilon (b->score, 6.0 + 5.0 / 7.0, 1e-9);

  /* Today's birthday before Friday's. */
  c = suggest (&now_facts);
  g_assert_cmpint (c->days, ==, 0);
  g_assert_cmpfloat (c->score, >, a->score);
}

static void
test_order (void)
{
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_suggestion_free);
  static const struct { gint64 id; double score; } given[] = {
    { 5, 1.0 }, { 3, 2.5 }, { 4, 1.0 }, { 1, 0.5 }, { 2, 2.5 },
  };
  static const gint64 expected[] = { 2, 3, 4, 5, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (given); i++)
    {
      NbSuggestion *suggestion = g_new0 (NbSuggestion, 1);

      suggestion->contact_id = given[i].id;
      suggestion->score = given[i].score;
      g_ptr_array_add (suggestions, suggestion);
    }

  /* The highest score first; on a tie, the contact added first. */
  g_ptr_array_sort (suggestions, nb_invite_ranking_compare);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (((NbSuggestion *) g_ptr_array_index (suggestions, i))->contact_id, ==, expected[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/invite-ranking/reasons", test_reasons);
  g_test_add_func ("/invite-ranking/overdue", test_overdue);
  g_test_add_func ("/invite-ranking/birthday", test_birthday);
  g_test_add_func ("/invite-ranking/order", test_order);

  return g_test_run ();
}
