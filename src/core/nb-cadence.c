/* nb-cadence.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-cadence"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-cadence.h"

/* The keep-in-touch rhythms offered, in days, shortest first. */
static const int usual[] = { 7, 14, 30, 60, 90, 182, 365 };

/**
 * nb_cadence_describe:
 * @days: a keep-in-touch rhythm, in days, or %NB_CADENCE_NEVER
 *
 * Returns: (transfer full): "Every week", "Every month", "Every three
 *   months", "Every year", "Every 45 days", or "Never reminded"
 */
char *
nb_cadence_describe (int days)
{
  switch (days)
    {
    case NB_CADENCE_NEVER: return g_strdup (_("Never reminded"));
    case 7: return g_strdup (_("Every week"));
    case 14: return g_strdup (_("Every two weeks"));
    case 30: return g_strdup (_("Every month"));
    case 60: return g_strdup (_("Every two months"));
    case 90: return g_strdup (_("Every three months"));
    case 182: return g_strdup (_("Every six months"));
    case 365: return g_strdup (_("Every year"));
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %d day", "Every %d days", days),
                              days);
    }
}

/**
 * nb_cadence_describe_default:
 * @default_days: the default rhythm, in days
 *
 * Returns: (transfer full): the rhythm of a contact who follows the
 *   default: "Every month (the default)"
 */
char *
nb_cadence_describe_default (int default_days)
{
  g_autofree char *every = nb_cadence_describe (default_days);

  /* Translators: the default keep-in-touch rhythm: "Every month (the
   * default)". */
  return g_strdup_printf (_("%s (the default)"), every);
}

static void
add_choice (GArray       *days,
            GStrvBuilder *labels,
            int           value,
            const char   *label)
{
  g_array_append_val (days, value);
  g_strv_builder_add (labels, label);
}

static void
add_rhythm (GArray       *days,
            GStrvBuilder *labels,
            int           value)
{
  g_autofree char *label = nb_cadence_describe (value);

  add_choice (days, labels, value, label);
}

static gboolean
is_usual (int days)
{
  for (guint i = 0; i < G_N_ELEMENTS (usual); i++)
    if (usual[i] == days)
      return TRUE;

  return FALSE;
}

/**
 * nb_cadence_list_choices:
 * @choices: whose rhythm is chosen
 * @current: the rhythm chosen now: offered too, last, when it is a number
 *   of days none of the others is
 * @default_days: the default rhythm, named by %NB_CADENCE_CHOICES_CONTACT's
 *   first choice
 * @labels: (out) (transfer full): how each choice is offered: "As in
 *   Preferences: Every month", "Every week", …, "Never Remind Me"
 * @current_index: (out) (optional): the index of the choice of @current
 *   (the first, when no choice is @current)
 *
 * The keep-in-touch rhythms to choose from: for a contact, the default of
 * Preferences (%NB_CADENCE_AS_DEFAULT), the usual rhythms and never
 * (%NB_CADENCE_NEVER); for the default, the usual rhythms.
 *
 * Returns: (transfer full) (element-type int): each choice's rhythm, in
 *   days, in the order of @labels
 */
GArray *
nb_cadence_list_choices (NbCadenceChoices   choices,
                         int                current,
                         int                default_days,
                         GStrv             *labels,
                         guint             *current_index)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (labels != NULL, NULL);

  if (choices == NB_CADENCE_CHOICES_CONTACT)
    {
      g_autofree char *every = nb_cadence_describe (default_days);
      g_autofree char *as_default = NULL;

      /* Translators: the default keep-in-touch rhythm, in the editor: "As in
       * Preferences (every month)". The %s starts with a capital; lower it if
       * your language needs to. */
      as_default = g_strdup_printf (_("As in Preferences: %s"), every);
      add_choice (days, builder, NB_CADENCE_AS_DEFAULT, as_default);
    }

  for (guint i = 0; i < G_N_ELEMENTS (usual); i++)
    add_rhythm (days, builder, usual[i]);

  if (choices == NB_CADENCE_CHOICES_CONTACT)
    add_choice (days, builder, NB_CADENCE_NEVER, _("Never Remind Me"));

  if (current > 0 && !is_usual (current))
    add_rhythm (days, builder, current);

  if (current_index != NULL)
    {
      *current_index = 0;
      for (guint i = 0; i < days->len; i++)
        if (g_array_index (days, int, i) == current)
          *current_index = i;
    }

  *labels = g_strv_builder_end (builder);
  return g_steal_pointer (&days);
}
