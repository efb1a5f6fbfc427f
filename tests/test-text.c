/* test-text.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "nb-text.h"

static void
test_fts_query (void)
{
  static const struct { const char *search; const char *query; } cases[] = {
    { "ada", "\"ada\"*" },
    { "ada lov", "\"ada\"* \"lov\"*" },
    { "  Ada   Lov  ", "\"Ada\"* \"Lov\"*" },
    { "o'brien", "\"o\"* \"brien\"*" },
    { "ada@example.com", "\"ada\"* \"example\"* \"com\"*" },
    { "\"; DROP TABLE contacts; --", "\"DROP\"* \"TABLE\"* \"contacts\"*" },
    { "NEAR(a b) OR c*", "\"NEAR\"* \"a\"* \"b\"* \"OR\"* \"c\"*" },
    { "José", "\"José\"*" },
    { "+44 20 7946", "\"44\"* \"20\"* \"7946\"*" },
    { "", NULL },
    { "  ,;-  ", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = nb_text_fts_query (cases[i].search);

      g_assert_cmpstr (query, ==, cases[i].query);
    }
}

static void
test_fts_query_bounded (void)
{
  g_autoptr(GString) search = g_string_new (NULL);
  g_autofree char *query = NULL;
  guint n_terms = 0;

  for (guint i = 0; i < 100; i++)
    g_string_append (search, "word ");
  for (guint i = 0; i < 500; i++)
    g_string_append_c (search, 'x');

  query = nb_text_fts_query (search->str);
  for (const char *p = query; (p = strchr (p, '*')); p++)
    n_terms++;

  /* A pasted essay gives a bounded query. */
  g_assert_cmpuint (n_terms, ==, 16);
}

static void
test_fold (void)
{
  static const struct { const char *text; const char *folded; } cases[] = {
    { "José", "jose" },
    { "Jose\xcc\x81", "jose" },          /* decomposed é */
    { "ÉMILE du Châtelet", "emile du chatelet" },
    { "Straße", "strasse" },
    { "ليلى", "ليلى" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = nb_text_fold (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  g_autofree char *ka = nb_text_sort_key (*(const char **) a);
  g_autofree char *kb = nb_text_sort_key (*(const char **) b);

  return strcmp (ka, kb);
}

static void
test_sort_key_plain_locale (void)
{
  const char *names[] = { "Zed", "éva", "bob", "adam", "Ada", "Ádám", "Eve" };
  const char *expected[] = { "Ada", "adam", "Ádám", "bob", "éva", "Eve", "Zed" };

  g_assert_cmpstr (nb_text_collation_id (), ==, "plain-1");

  qsort (names, G_N_ELEMENTS (names), sizeof (char *), compare_keys);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (names[i], ==, expected[i]);
}

int
main (int   argc,
      char *argv[])
{
  /* The sort key test is for the C locale, which is what CI has. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/text/fts-query", test_fts_query);
  g_test_add_func ("/text/fts-query-bounded", test_fts_query_bounded);
  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/sort-key-plain-locale", test_sort_key_plain_locale);

  return g_test_run ();
}
