/* test-words.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "nb-cadence.h"
#include "nb-enums.h"

static void
test_labels (void)
{
  g_assert_cmpstr (nb_payer_get_label (NB_PAYER_ME), ==, "I pay");
  g_assert_cmpstr (nb_payer_get_label (NB_PAYER_DUTCH), ==, "Going dutch");
  g_assert_cmpstr (nb_payer_get_label (NB_PAYER_UNSETTLED), ==, "Who pays is open");
  g_assert_cmpstr (nb_payer_get_mnemonic (NB_PAYER_THEM), ==, "_They Pay");
  g_assert_cmpstr (nb_meeting_status_get_label (NB_MEETING_DONE), ==, "Happened");
  g_assert_cmpstr (nb_follow_up_get_label (NB_FOLLOW_UP_DUE), ==, "To send");

  /* A value from a later version reads as the first. */
  g_assert_cmpstr (nb_payer_get_label (NB_PAYER_N_PAYERS), ==, "Who pays is open");
  g_assert_cmpstr (nb_meeting_status_get_label (NB_MEETING_N_STATUSES), ==, "Planned");
  g_assert_cmpstr (nb_follow_up_get_label (NB_FOLLOW_UP_N_STATES), ==, "Not yet decided");
}

static void
test_cadence_describe (void)
{
  static const struct { int days; const char *text; } cases[] = {
    { 7, "Every week" },
    { 30, "Every month" },
    { 365, "Every year" },
    { 1, "Every 1 day" },
    { 45, "Every 45 days" },
    { NB_CADENCE_NEVER, "Never reminded" },
  };
  g_autofree char *as_default = nb_cadence_describe_default (14);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = nb_cadence_describe (cases[i].days);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
  g_assert_cmpstr (as_default, ==, "Every two weeks (the default)");
}

/* The choices offered with @current chosen: the first @n of those
 * expected, and which is chosen. */
static void
assert_choices (NbCadenceChoices  choices,
                int               current,
                guint             expected_index,
                guint             n,
                const int        *expected_days,
                const char      **expected_labels)
{
  g_auto(GStrv) labels = NULL;
  g_autoptr(GArray) days = NULL;
  guint index = G_MAXUINT;

  days = nb_cadence_list_choices (choices, current, 30, &labels, &index);
  g_assert_cmpuint (days->len, ==, n);
  g_assert_cmpuint (g_strv_length (labels), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (g_array_index (days, int, i), ==, expected_days[i]);
      g_assert_cmpstr (labels[i], ==, expected_labels[i]);
    }
  g_assert_cmpuint (index, ==, expected_index);
}

static void
test_cadence_choices (void)
{
  static const int usual[] = { 7, 14, 30, 60, 90, 182, 365, 45 };
  static const char *usual_labels[] = {
    "Every week", "Every two weeks", "Every month", "Every two months", "Every three months",
    "Every six months", "Every year", "Every 45 days",
  };
  static const int contact[] = { -1, 7, 14, 30, 60, 90, 182, 365, 0, 45 };
  static const char *contact_labels[] = {
    "As in Preferences: Every month", "Every week", "Every two weeks", "Every month",
    "Every two months", "Every three months", "Every six months", "Every year", "Never Remind Me",
    "Every 45 days",
  };

  /* Preferences: the usual rhythms, and one set some other way, last. */
  assert_choices (NB_CADENCE_CHOICES_DEFAULT, 30, 2, 7, usual, usual_labels);
  assert_choices (NB_CADENCE_CHOICES_DEFAULT, 45, 7, 8, usual, usual_labels);

  /* A contact: as in Preferences, the usual rhythms, never, and their own. */
  assert_choices (NB_CADENCE_CHOICES_CONTACT, 45, 9, 10, contact, contact_labels);
  assert_choices (NB_CADENCE_CHOICES_CONTACT, NB_CADENCE_AS_DEFAULT, 0, 9, contact, contact_labels);
  assert_choices (NB_CADENCE_CHOICES_CONTACT, NB_CADENCE_NEVER, 8, 9, contact, contact_labels);
  assert_choices (NB_CADENCE_CHOICES_CONTACT, 7, 1, 9, contact, contact_labels);
}

/* Every word is translated in every language Netbook speaks: the words
 * moved to core kept their msgids. Run in a child, which reads the build's
 * translations in the language of LANGUAGE. */
static void
test_translated (gconstpointer data)
{
  const char *language = data;

  if (g_test_subprocess ())
    {
      g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
      g_autofree char *every = NULL;
      g_autofree char *never = NULL;
      g_autofree char *days = NULL;
      g_autofree char *as_default = NULL;
      g_auto(GStrv) labels = NULL;
      g_autoptr(GArray) choices = NULL;

      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);

      every = nb_cadence_describe (7);
      never = nb_cadence_describe (NB_CADENCE_NEVER);
      days = nb_cadence_describe (45);
      as_default = nb_cadence_describe_default (30);

      g_assert_cmpstr (nb_payer_get_label (NB_PAYER_ME), !=, "I pay");
      g_assert_cmpstr (nb_payer_get_label (NB_PAYER_THEM), !=, "They pay");
      g_assert_cmpstr (nb_payer_get_label (NB_PAYER_DUTCH), !=, "Going dutch");
      g_assert_cmpstr (nb_payer_get_label (NB_PAYER_UNSETTLED), !=, "Who pays is open");
      for (guint i = 0; i < NB_PAYER_N_PAYERS; i++)
        {
          g_assert_nonnull (strchr (nb_payer_get_mnemonic (i), '_'));
          g_assert_cmpstr (nb_payer_get_mnemonic (i), !=, nb_payer_get_label (i));
        }
      g_assert_cmpstr (nb_payer_get_mnemonic (NB_PAYER_ME), !=, "_I Pay");
      g_assert_cmpstr (nb_meeting_status_get_label (NB_MEETING_PLANNED), !=, "Planned");
      g_assert_cmpstr (nb_meeting_status_get_label (NB_MEETING_DONE), !=, "Happened");
      g_assert_cmpstr (nb_meeting_status_get_label (NB_MEETING_CANCELLED), !=, "Cancelled");
      g_assert_cmpstr (nb_follow_up_get_label (NB_FOLLOW_UP_NONE), !=, "Not yet decided");
      g_assert_cmpstr (nb_follow_up_get_label (NB_FOLLOW_UP_DUE), !=, "To send");
      g_assert_cmpstr (nb_follow_up_get_label (NB_FOLLOW_UP_SENT), !=, "Sent");
      g_assert_cmpstr (nb_follow_up_get_label (NB_FOLLOW_UP_NOT_NEEDED), !=, "Not needed");
      g_assert_cmpstr (every, !=, "Every week");
      g_assert_cmpstr (never, !=, "Never reminded");
      g_assert_cmpstr (days, !=, "Every 45 days");
      g_assert_nonnull (strstr (days, "45"));
      g_assert_cmpstr (as_default, !=, "Every month (the default)");

      choices = nb_cadence_list_choices (NB_CADENCE_CHOICES_CONTACT, -1, 30, &labels, NULL);
      g_assert_false (g_str_has_prefix (labels[0], "As in Preferences"));
      g_assert_cmpstr (labels[choices->len - 1], !=, "Never Remind Me");
      return;
    }

  g_setenv ("LANGUAGE", language, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("LANGUAGE");
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/words/labels", test_labels);
  g_test_add_func ("/words/cadence/describe", test_cadence_describe);
  g_test_add_func ("/words/cadence/choices", test_cadence_choices);
  g_test_add_data_func ("/words/translated/de", "de", test_translated);
  g_test_add_data_func ("/words/translated/fr", "fr", test_translated);
  g_test_add_data_func ("/words/translated/es", "es", test_translated);

  return g_test_run ();
}
