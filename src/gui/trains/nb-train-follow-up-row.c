/* nb-train-follow-up-row.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-train-follow-up-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-toast.h"
#include "nb-train-follow-up-row.h"
#include "nb-train-format.h"

/**
 * NbTrainFollowUpRow:
 *
 * A meal of a meal train that has passed, among the follow-ups: did the
 * helpers bring it? Once they did, a thank-you to write. The answer is
 * saved at once; the row goes when the follow-ups are read again.
 */
struct _NbTrainFollowUpRow
{
  GtkListBoxRow    parent_instance;

  NbStore         *store;
  NbMealTrainSlot *slot;
};

G_DEFINE_FINAL_TYPE (NbTrainFollowUpRow, nb_train_follow_up_row, GTK_TYPE_LIST_BOX_ROW)

static gboolean
asks_if_brought (NbTrainFollowUpRow *self)
{
  return self->slot->status == NB_MEETING_PLANNED;
}

static void
answer (NbTrainFollowUpRow *self,
        gboolean            yes)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (asks_if_brought (self))
    saved = nb_store_answer_meal_train_slot (self->store, self->slot->id,
                                             yes ? NB_MEETING_DONE : NB_MEETING_CANCELLED, &error);
  else
    saved = nb_store_thank_meal_train_slot (self->store, self->slot->id,
                                            yes ? NB_FOLLOW_UP_SENT : NB_FOLLOW_UP_NOT_NEEDED, &error);

  if (!saved)
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the meal train: %s"), error->message);

      nb_toast_show_message (GTK_WIDGET (self), message);
    }
}

static void
yes_clicked_cb (NbTrainFollowUpRow *self)
{
  answer (self, TRUE);
}

static void
no_clicked_cb (NbTrainFollowUpRow *self)
{
  answer (self, FALSE);
}

static void
build (NbTrainFollowUpRow *self)
{
  g_autoptr(NbMealTrain) train = nb_store_get_meal_train (self->store, self->slot->train_id, NULL);
  g_autofree char *recipient = train ? nb_train_format_recipient (self->store, train) : g_strdup ("");
  g_autofree char *helpers = nb_train_format_helpers (self->store, self->slot);
  g_autofree char *when = nb_train_slot_dup_title (self->slot);
  g_autofree char *title = NULL;
  gboolean lunch = self->slot->meal == NB_MEAL_LUNCH;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title_label, *subtitle_label, *yes, *no;
  gboolean only_me = self->slot->helpers->len == 1 &&
                     g_array_index (self->slot->helpers, gint64, 0) == NB_TRAIN_HELPER_ME;

  /* Whole sentences for each meal: languages differ in how a meal's name
   * goes into one. */
  if (asks_if_brought (self) && only_me)
    title = g_strdup_printf (lunch ? _("Did you bring lunch to %s?") : _("Did you bring dinner to %s?"),
                             recipient);
  else if (asks_if_brought (self))
    /* Translators: a follow-up: "Did Grace Hopper bring dinner to Ada Lovelace?" */
    title = g_strdup_printf (lunch ? _("Did %s bring lunch to %s?") : _("Did %s bring dinner to %s?"),
                             helpers, recipient);
  else
    /* Translators: a follow-up: "Thank Grace Hopper for bringing dinner to Ada Lovelace". */
    title = g_strdup_printf (lunch ? _("Thank %s for bringing lunch to %s") : _("Thank %s for bringing dinner to %s"),
                             helpers, recipient);

  title_label = gtk_label_new (title);
  subtitle_label = gtk_label_new (when);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle_label), TRUE);
  gtk_widget_add_css_class (subtitle_label, "dim-label");
  gtk_widget_add_css_class (subtitle_label, "caption");

  yes = gtk_button_new_with_mnemonic (asks_if_brought (self) ? _("It _Happened") : _("_Sent"));
  no = gtk_button_new_with_mnemonic (asks_if_brought (self) ? _("It Was _Cancelled") : _("_Not Needed"));
  g_signal_connect_swapped (yes, "clicked", G_CALLBACK (yes_clicked_cb), self);
  g_signal_connect_swapped (no, "clicked", G_CALLBACK (no_clicked_cb), self);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_widget_set_margin_top (buttons, 6);
  gtk_box_append (GTK_BOX (buttons), yes);
  gtk_box_append (GTK_BOX (buttons), no);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), subtitle_label);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  {
    g_autofree char *label = g_strdup_printf ("%s, %s", title, when);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
}

static void
nb_train_follow_up_row_finalize (GObject *object)
{
  NbTrainFollowUpRow *self = (NbTrainFollowUpRow *) object;

  g_clear_pointer (&self->slot, nb_meal_train_slot_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_train_follow_up_row_parent_class)->finalize (object);
}

static void
nb_train_follow_up_row_class_init (NbTrainFollowUpRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nb_train_follow_up_row_finalize;
}

static void
nb_train_follow_up_row_init (NbTrainFollowUpRow *self)
{
}

/**
 * nb_train_follow_up_row_new:
 * @store: the store
 * @slot: a meal of a meal train that has passed
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
nb_train_follow_up_row_new (NbStore               *store,
                            const NbMealTrainSlot *slot)
{
  NbTrainFollowUpRow *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (slot != NULL, NULL);

  self = g_object_new (NB_TYPE_TRAIN_FOLLOW_UP_ROW, NULL);
  self->store = g_object_ref (store);
  self->slot = nb_meal_train_slot_copy (slot);
  build (self);

  return GTK_WIDGET (self);
}
