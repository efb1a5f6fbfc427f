/* nb-give-and-take-group.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-give-and-take-group"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-give-and-take-group.h"

/**
 * NbGiveAndTakeGroup:
 *
 * A card's quiet give and take over the last twelve months: who reached
 * out, help each way, favours and their answers, meals and who paid, in
 * words; and above them the one gentle note a one-sided relationship may
 * call for. Never a number that adds it up, never a ranking.
 */
struct _NbGiveAndTakeGroup
{
  AdwPreferencesGroup  parent_instance;

  AdwActionRow        *note_row;
  AdwActionRow        *reached_row;
  AdwActionRow        *help_row;
  AdwActionRow        *favours_row;
  AdwActionRow        *meals_row;
  AdwActionRow        *other_row;
};

G_DEFINE_FINAL_TYPE (NbGiveAndTakeGroup, nb_give_and_take_group, ADW_TYPE_PREFERENCES_GROUP)

/* Shows @row with @parts joined, or hides it when there are none. */
static void
show_parts (AdwActionRow *row,
            GPtrArray    *parts)
{
  g_autofree char *text = NULL;

  if (parts->len == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (row), FALSE);
      return;
    }

  g_ptr_array_add (parts, NULL);
  /* Translators: between the parts of a line of a give and take:
   * "You 4 times · Ada 2 times". */
  text = g_strjoinv (C_("give and take", " · "), (char **) parts->pdata);
  g_ptr_array_remove_index (parts, parts->len - 1);
  adw_action_row_set_subtitle (row, text);
  gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
}

/* "Yes, No, Later": each answer, as often as it was given (at most a
 * few, then "…"). */
static char *
list_answers (const guint *answers)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  static const NbAnswer order[] = { NB_ANSWER_YES, NB_ANSWER_NO, NB_ANSWER_LATER, NB_ANSWER_NONE };
  guint shown = 0, total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    for (guint n = 0; n < answers[order[i]]; n++, total++)
      if (shown < 6)
        {
          g_ptr_array_add (words, (gpointer) nb_answer_get_label (order[i]));
          shown++;
        }
  if (total > shown)
    g_ptr_array_add (words, (gpointer) "…");
  g_ptr_array_add (words, NULL);

  /* Translators: between the answers to favours: "Yes, No". */
  return g_strjoinv (C_("give and take", ", "), (char **) words->pdata);
}

static guint
sum (const guint *values,
     guint        n)
{
  guint total = 0;

  for (guint i = 0; i < n; i++)
    total += values[i];

  return total;
}

/**
 * nb_give_and_take_group_show:
 * @self: the group
 * @counts: what happened each way
 * @name: the other person's name
 *
 * Shows @counts; the group hides itself when nothing happened.
 */
void
nb_give_and_take_group_show (NbGiveAndTakeGroup  *self,
                             const NbGiveAndTake *counts,
                             const char          *name)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *note = NULL;
  guint n, asked_of_me, i_asked;

  g_return_if_fail (NB_IS_GIVE_AND_TAKE_GROUP (self));
  g_return_if_fail (counts != NULL);
  g_return_if_fail (name != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self), nb_give_and_take_count (counts) > 0);

  note = nb_give_and_take_dup_note (counts, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), note ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_row), note != NULL);

  /* Who reached out. */
  if ((n = counts->reached_out[NB_INITIATOR_ME]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You %u time", "You %u times", n), n));
  if ((n = counts->reached_out[NB_INITIATOR_THEM]) > 0)
    /* Translators: a name, then how often they reached out. */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %u time", "%s %u times", n), name, n));
  show_parts (self->reached_row, parts);
  g_ptr_array_set_size (parts, 0);

  /* Help, favours said yes to included. */
  if ((n = nb_give_and_take_given (counts)) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You helped %u time",
                                                          "You helped %u times", n), n));
  if ((n = nb_give_and_take_received (counts)) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s helped %u time",
                                                          "%s helped %u times", n), name, n));
  show_parts (self->help_row, parts);
  g_ptr_array_set_size (parts, 0);

  /* Favours, with their answers: saying no is one of them, plainly. */
  asked_of_me = sum (counts->asked_of_me, NB_N_ANSWERS);
  i_asked = sum (counts->i_asked, NB_N_ANSWERS);
  if (asked_of_me > 0)
    {
      g_autofree char *answers = list_answers (counts->asked_of_me);

      /* Translators: a name, how often they asked a favour of me, and the
       * answers: "Ada asked 2 times (Yes, No)". */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s asked %u time (%s)",
                                                            "%s asked %u times (%s)", asked_of_me),
                                               name, asked_of_me, answers));
    }
  if (i_asked > 0)
    {
      g_autofree char *answers = list_answers (counts->i_asked);

      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You asked %u time (%s)",
                                                            "You asked %u times (%s)", i_asked),
                                               i_asked, answers));
    }
  show_parts (self->favours_row, parts);
  g_ptr_array_set_size (parts, 0);

  /* Meals, by who paid. */
  if ((n = counts->meals[NB_PAYER_ME]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You paid %u", "You paid %u", n), n));
  if ((n = counts->meals[NB_PAYER_THEM]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s paid %u", "%s paid %u", n), name, n));
  if ((n = counts->meals[NB_PAYER_DUTCH]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Shared %u", "Shared %u", n), n));
  if ((n = counts->meals[NB_PAYER_UNSETTLED]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not settled %u", "Not settled %u", n), n));
  show_parts (self->meals_row, parts);
  g_ptr_array_set_size (parts, 0);

  if ((n = counts->introductions) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You made %u introduction",
                                                          "You made %u introductions", n), n));
  if ((n = counts->thanks_sent) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You sent %u thank-you note",
                                                          "You sent %u thank-you notes", n), n));
  show_parts (self->other_row, parts);
}

static void
nb_give_and_take_group_class_init (NbGiveAndTakeGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-give-and-take-group.ui");
  gtk_widget_class_bind_template_child (widget_class, NbGiveAndTakeGroup, note_row);
  gtk_widget_class_bind_template_child (widget_class, NbGiveAndTakeGroup, reached_row);
  gtk_widget_class_bind_template_child (widget_class, NbGiveAndTakeGroup, help_row);
  gtk_widget_class_bind_template_child (widget_class, NbGiveAndTakeGroup, favours_row);
  gtk_widget_class_bind_template_child (widget_class, NbGiveAndTakeGroup, meals_row);
  gtk_widget_class_bind_template_child (widget_class, NbGiveAndTakeGroup, other_row);
}

static void
nb_give_and_take_group_init (NbGiveAndTakeGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nb_give_and_take_group_new:
 *
 * Returns: (transfer floating): an empty group, to show counts in
 */
GtkWidget *
nb_give_and_take_group_new (void)
{
  return g_object_new (NB_TYPE_GIVE_AND_TAKE_GROUP, NULL);
}
