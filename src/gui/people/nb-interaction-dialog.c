/* nb-interaction-dialog.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-interaction-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-contact-chooser.h"
#include "nb-format.h"
#include "nb-interaction-dialog.h"
#include "nb-toast.h"

/**
 * NbInteractionDialog:
 *
 * Adds or changes an interaction: how (every kind one types: a meal is
 * made by the planner), the day and, if known, the time, the people (one
 * or more, chosen by typing), and a note. Saving writes it to the store
 * and closes the dialog; a toast in the window says so.
 */
struct _NbInteractionDialog
{
  AdwWindow        parent_instance;

  NbStore         *store;
  NbInteraction   *interaction;   /* the draft */
  GArray          *kinds;         /* the kind of each choice */
  GDate            day;

  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  AdwComboRow     *kind_row;
  GtkStringList   *kind_model;
  AdwComboRow     *answer_row;
  GtkStringList   *answer_model;
  AdwComboRow     *initiator_row;
  GtkStringList   *initiator_model;
  GtkLabel        *date_label;
  GtkPopover      *date_popover;
  GtkCalendar     *calendar;
  AdwExpanderRow  *time_row;
  GtkSpinButton   *hour_spin;
  GtkSpinButton   *minute_spin;
  GtkListBox      *people_list;
  NbContactChooser *chooser;
  AdwEntryRow     *note_row;
};

G_DEFINE_FINAL_TYPE (NbInteractionDialog, nb_interaction_dialog, ADW_TYPE_WINDOW)

static void
show_day (NbInteractionDialog *self)
{
  g_autofree char *text = nb_format_day (&self->day, TRUE);

  gtk_label_set_text (self->date_label, text);
}

static void
day_selected_cb (NbInteractionDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);

  g_date_set_dmy (&self->day, g_date_time_get_day_of_month (date), g_date_time_get_month (date),
                  g_date_time_get_year (date));
  show_day (self);
  gtk_popover_popdown (self->date_popover);
}

static void update_people (NbInteractionDialog *self);

static NbInteractionKind
selected_kind (NbInteractionDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->kinds != NULL && selected < self->kinds->len)
    return g_array_index (self->kinds, int, selected);

  return nb_interaction_get_kind (self->interaction);
}

/* A favour, asked of me or by me, has an answer. */
static void
kind_changed_cb (NbInteractionDialog *self)
{
  if (self->interaction == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->answer_row), nb_interaction_kind_is_request (selected_kind (self)));
}

static void
remove_person_cb (GtkButton           *button,
                  NbInteractionDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "nb-contact-id"));

  nb_interaction_remove_person (self->interaction, id);
  update_people (self);
}

static void
update_people (NbInteractionDialog *self)
{
  GArray *people = nb_interaction_get_people (self->interaction);
  GtkListBoxRow *old;

  while ((old = gtk_list_box_get_row_at_index (self->people_list, 0)) != NULL)
    gtk_list_box_remove (self->people_list, GTK_WIDGET (old));

  for (guint i = 0; i < people->len; i++)
    {
      gint64 id = g_array_index (people, gint64, i);
      g_autoptr(NbContact) contact = nb_store_get_contact (self->store, id);
      const char *name = contact ? nb_contact_get_full_name (contact) : NULL;
      g_autofree char *remove_label = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name ? name : "");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      /* Translators: a button as a screen reader says it; %s is a name. */
      remove_label = g_strdup_printf (_("Remove %s"), name ? name : "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      g_object_set_data (G_OBJECT (remove), "nb-contact-id", GSIZE_TO_POINTER ((gsize) id));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_person_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->people_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->people_list), people->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interaction.save", people->len > 0);
}

static void
contact_chosen_cb (NbInteractionDialog *self,
                   gint64               id)
{
  nb_interaction_add_person (self->interaction, id);
  nb_contact_chooser_clear (self->chooser);
  update_people (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NbInteractionDialog *self = NB_INTERACTION_DIALOG (widget);
  g_autoptr(NbInteraction) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->kind_row);
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean added = nb_interaction_get_id (self->interaction) == 0;

  if (selected < self->kinds->len)
    nb_interaction_set_kind (self->interaction, g_array_index (self->kinds, int, selected));

  /* The answer, and when it was given: now, when it is new. */
  {
    NbAnswer answer = adw_combo_row_get_selected (self->answer_row);

    if (!nb_interaction_kind_is_request (nb_interaction_get_kind (self->interaction)) ||
        answer >= NB_N_ANSWERS)
      answer = NB_ANSWER_NONE;
    if (answer != nb_interaction_get_answer (self->interaction))
      {
        g_autoptr(GDateTime) now = nb_clock_get_now ();

        nb_interaction_set_answer (self->interaction, answer);
        nb_interaction_set_answered (self->interaction, answer != NB_ANSWER_NONE ? g_date_time_to_unix (now) : 0);
      }
  }
  if (adw_combo_row_get_selected (self->initiator_row) < NB_N_INITIATORS)
    nb_interaction_set_initiator (self->interaction, adw_combo_row_get_selected (self->initiator_row));

  if (adw_expander_row_get_enable_expansion (self->time_row))
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (&self->day),
                                                         g_date_get_month (&self->day),
                                                         g_date_get_day (&self->day),
                                                         gtk_spin_button_get_value_as_int (self->hour_spin),
                                                         gtk_spin_button_get_value_as_int (self->minute_spin),
                                                         0);

      nb_interaction_set_date_time (self->interaction, when);
    }
  else
    nb_interaction_set_day (self->interaction, &self->day);

  nb_interaction_set_note (self->interaction, *note != '\0' ? note : NULL);

  /* An introduction added to the history was made on its day; a few
   * weeks later, Netbook asks how it went. */
  if (added && nb_interaction_get_kind (self->interaction) == NB_INTERACTION_INTRODUCTION &&
      nb_interaction_get_introducer (self->interaction) == 0 &&
      nb_interaction_get_introduced (self->interaction) == 0)
    nb_interaction_set_introduced (self->interaction, nb_interaction_get_date (self->interaction));

  saved = nb_store_save_interaction (self->store, self->interaction, &error);
  if (saved == NULL)
    {
      nb_toast_show_message (widget, error->message);
      return;
    }

  if (parent != NULL)
    nb_toast_show_message (GTK_WIDGET (parent), added ? _("Added to the history") : _("Changes saved"));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fill (NbInteractionDialog *self)
{
  g_autoptr(GDateTime) shown = NULL;
  guint selected = 0;

  for (int kind = 0; kind < NB_INTERACTION_N_KINDS; kind++)
    {
      if (kind == NB_INTERACTION_MEAL)
        continue;

      if (kind == (int) nb_interaction_get_kind (self->interaction))
        selected = self->kinds->len;
      g_array_append_val (self->kinds, kind);
      gtk_string_list_append (self->kind_model, nb_interaction_kind_get_label (kind));
    }
  adw_combo_row_set_selected (self->kind_row, selected);

  /* In the order of the values. */
  for (guint answer = 0; answer < NB_N_ANSWERS; answer++)
    gtk_string_list_append (self->answer_model, nb_answer_get_label (answer));
  adw_combo_row_set_selected (self->answer_row, nb_interaction_get_answer (self->interaction));
  gtk_string_list_append (self->initiator_model, C_("reached out", "Not said"));
  gtk_string_list_append (self->initiator_model, C_("reached out", "I did"));
  gtk_string_list_append (self->initiator_model, C_("reached out", "They did"));
  adw_combo_row_set_selected (self->initiator_row, nb_interaction_get_initiator (self->interaction));
  kind_changed_cb (self);

  nb_interaction_get_day (self->interaction, &self->day);
  shown = nb_interaction_dup_date_time (self->interaction);
  {
    g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_get_year (&self->day), g_date_get_month (&self->day),
                                                       g_date_get_day (&self->day), 12, 0, 0);

    gtk_calendar_select_day (self->calendar, noon);
  }
  show_day (self);

  adw_expander_row_set_enable_expansion (self->time_row, nb_interaction_get_has_time (self->interaction));
  if (shown != NULL)
    {
      gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (shown));
      gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (shown));
    }

  gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                         nb_interaction_get_note (self->interaction) ? nb_interaction_get_note (self->interaction) : "");

  if (nb_interaction_get_id (self->interaction) == 0)
    {
      adw_window_title_set_title (self->window_title, _("Add to History"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Change Entry"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
    }

  update_people (self);
}

static void
nb_interaction_dialog_dispose (GObject *object)
{
  NbInteractionDialog *self = (NbInteractionDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_INTERACTION_DIALOG);
  g_clear_object (&self->interaction);
  g_clear_object (&self->store);
  g_clear_pointer (&self->kinds, g_array_unref);

  G_OBJECT_CLASS (nb_interaction_dialog_parent_class)->dispose (object);
}

static void
nb_interaction_dialog_class_init (NbInteractionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_interaction_dialog_dispose;

  g_type_ensure (NB_TYPE_CONTACT_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-interaction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, kind_model);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, answer_row);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, answer_model);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, initiator_row);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, initiator_model);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, date_label);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, date_popover);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, people_list);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, chooser);
  gtk_widget_class_bind_template_child (widget_class, NbInteractionDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, contact_chosen_cb);

  gtk_widget_class_install_action (widget_class, "interaction.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "interaction.save", NULL);
}

static void
nb_interaction_dialog_init (NbInteractionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->kinds = g_array_new (FALSE, FALSE, sizeof (int));
  g_date_clear (&self->day, 1);
}

/**
 * nb_interaction_dialog_new:
 * @parent: the window it is for
 * @store: the store to save to
 * @interaction: the interaction to change (copied), or a new one
 *
 * Returns: (transfer floating): a new dialog, to present
 */
GtkWidget *
nb_interaction_dialog_new (GtkWindow     *parent,
                           NbStore       *store,
                           NbInteraction *interaction)
{
  NbInteractionDialog *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (NB_IS_INTERACTION (interaction), NULL);

  self = g_object_new (NB_TYPE_INTERACTION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->interaction = nb_interaction_copy (interaction);
  nb_contact_chooser_set_store (self->chooser, store);
  fill (self);

  return GTK_WIDGET (self);
}
