/* nb-introduction-dialog.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-introduction-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-contact-chooser.h"
#include "nb-format.h"
#include "nb-introduction-dialog.h"
#include "nb-introduction-mail.h"
#include "nb-toast.h"

/**
 * NbIntroductionDialog:
 *
 * An introduction I make, step by step, each step one click that is kept
 * at once: whom to introduce (when started from one card), asking each of
 * them whether they would like it (asked, yes, no; a draft email to ask),
 * introducing them (a draft email to both, or just "Introduce Now", which
 * skips asking), and a few weeks later asking how it went.
 *
 * The same dialog records an introduction someone else made for me:
 * "Who introduced you to Ada?", kept when the person is chosen.
 */
struct _NbIntroductionDialog
{
  AdwWindow             parent_instance;

  NbStore              *store;
  NbInteraction        *introduction;   /* as kept, or a draft */
  gint64                from_id;        /* the card it was started from */
  gboolean              by_someone;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwPreferencesGroup  *chooser_group;
  NbContactChooser     *chooser;
  AdwPreferencesGroup  *opt_in_group;
  GtkListBox           *opt_in_list;
  AdwPreferencesGroup  *introduce_group;
  AdwActionRow         *write_row;
  AdwActionRow         *introduced_row;
  GtkButton            *introduce_button;
  AdwPreferencesGroup  *follow_up_group;
  AdwActionRow         *follow_up_row;
  AdwPreferencesGroup  *note_group;
  AdwEntryRow          *note_row;
};

G_DEFINE_FINAL_TYPE (NbIntroductionDialog, nb_introduction_dialog, ADW_TYPE_WINDOW)

static void update (NbIntroductionDialog *self);

static gint64
now_seconds (void)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();

  return g_date_time_to_unix (now);
}

static void
show_message (NbIntroductionDialog *self,
              const char           *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Keeps the introduction as it is now, in one transaction. */
static gboolean
keep (NbIntroductionDialog *self)
{
  g_autoptr(NbInteraction) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = nb_store_save_interaction (self->store, self->introduction, &error);
  if (saved == NULL)
    {
      g_autoptr(NbInteraction) stored = NULL;

      show_message (self, error->message);
      /* Back to what is stored, so that the dialog shows no step that
       * was not kept. */
      if (nb_interaction_get_id (self->introduction) != 0 &&
          (stored = nb_store_get_interaction (self->store, nb_interaction_get_id (self->introduction))) != NULL)
        g_set_object (&self->introduction, stored);
      update (self);
      return FALSE;
    }

  g_set_object (&self->introduction, saved);
  update (self);
  return TRUE;
}

static NbContact *
contact_at (NbIntroductionDialog *self,
            guint                 index)
{
  GArray *people = nb_interaction_get_people (self->introduction);

  if (index >= people->len)
    return NULL;

  return nb_store_get_contact (self->store, g_array_index (people, gint64, index));
}

static void
uri_shown_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(NbIntroductionDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why, in the system's words. */
      message = g_strdup_printf (_("Could not open your mail app: %s"), error->message);
      show_message (self, message);
    }
}

/* Opens a draft in the desktop's mail app. */
static void
open_draft (NbIntroductionDialog *self,
            const char           *uri)
{
  g_debug ("Opening %s", uri);
  gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL, uri_shown_cb, g_object_ref (self));
}

/* ---------------------------------------------------------------------- */
/* The steps                                                               */

static const char *
opt_in_label (NbOptIn opt_in)
{
  switch (opt_in)
    {
    case NB_OPT_IN_ASKED: return _("Asked, no answer yet");
    case NB_OPT_IN_AGREED: return _("Would like to be introduced");
    case NB_OPT_IN_DECLINED: return _("Would rather not");
    case NB_OPT_IN_NONE:
    default: return _("Not asked yet");
    }
}

static void
opt_in_clicked_cb (GtkButton            *toggle,
                   NbIntroductionDialog *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (toggle), "nb-contact-id");
  NbOptIn opt_in = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toggle), "nb-opt-in"));

  if (nb_interaction_get_opt_in (self->introduction, id) == opt_in)
    return;

  nb_interaction_set_opt_in (self->introduction, id, opt_in);
  keep (self);
}

/* One of the three answers: active for the current one. A signal, not an
 * action: a toggle button bound to an action without a state would not
 * show which answer is given. */
static GtkWidget *
opt_in_toggle (NbIntroductionDialog *self,
               gint64                contact_id,
               NbOptIn               opt_in,
               NbOptIn               current,
               const char           *label,
               const char           *accessible,
               GtkWidget            *group)
{
  GtkWidget *toggle = gtk_toggle_button_new_with_label (label);
  gint64 *id = g_new (gint64, 1);

  *id = contact_id;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), current == opt_in);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (toggle), GTK_TOGGLE_BUTTON (group));
  g_object_set_data_full (G_OBJECT (toggle), "nb-contact-id", id, g_free);
  g_object_set_data (G_OBJECT (toggle), "nb-opt-in", GINT_TO_POINTER (opt_in));
  g_signal_connect (toggle, "clicked", G_CALLBACK (opt_in_clicked_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return toggle;
}

/* A person's row: where they stand, "Ask by email", and Asked, Yes, No. */
static GtkWidget *
opt_in_row (NbIntroductionDialog *self,
            NbContact            *contact)
{
  gint64 id = nb_contact_get_id (contact);
  NbOptIn current = nb_interaction_get_opt_in (self->introduction, id);
  const char *name = nb_contact_get_full_name (contact) ? nb_contact_get_full_name (contact) : "";
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *asked, *yes, *no;
  g_autofree char *asked_label = NULL;
  g_autofree char *yes_label = NULL;
  g_autofree char *no_label = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), opt_in_label (current));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);

  if (nb_introduction_mail_has_address (contact))
    {
      GtkWidget *ask = gtk_button_new_from_icon_name ("mail-send-symbolic");
      g_autofree char *ask_label = NULL;

      gtk_widget_set_valign (ask, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (ask, "flat");
      gtk_widget_set_tooltip_text (ask, _("Ask by Email…"));
      /* Translators: a button as a screen reader says it; %s is a name. */
      ask_label = g_strdup_printf (_("Ask %s by email"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (ask), GTK_ACCESSIBLE_PROPERTY_LABEL, ask_label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (ask), "introduction.ask");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (ask), "x", id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), ask);
    }

  /* Translators: buttons as a screen reader says them; %s is a name. */
  asked_label = g_strdup_printf (_("%s was asked"), name);
  yes_label = g_strdup_printf (_("%s would like it"), name);
  no_label = g_strdup_printf (_("%s would rather not"), name);
  /* Translators: the answers to "would you like to be introduced?",
   * short: three buttons side by side. */
  asked = opt_in_toggle (self, id, NB_OPT_IN_ASKED, current, C_("opt-in", "Asked"), asked_label, NULL);
  yes = opt_in_toggle (self, id, NB_OPT_IN_AGREED, current, C_("opt-in", "Yes"), yes_label, asked);
  no = opt_in_toggle (self, id, NB_OPT_IN_DECLINED, current, C_("opt-in", "No"), no_label, asked);
  gtk_box_append (GTK_BOX (box), asked);
  gtk_box_append (GTK_BOX (box), yes);
  gtk_box_append (GTK_BOX (box), no);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  return row;
}

static void
update_opt_ins (NbIntroductionDialog *self)
{
  GArray *people = nb_interaction_get_people (self->introduction);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->opt_in_list))) != NULL)
    gtk_list_box_remove (self->opt_in_list, child);

  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(NbContact) contact = nb_store_get_contact (self->store, g_array_index (people, gint64, i));

      if (contact != NULL)
        gtk_list_box_append (self->opt_in_list, opt_in_row (self, contact));
    }
}

static char *
format_day_of (gint64 unix_seconds)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_seconds);
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (when), g_date_time_get_month (when),
                  g_date_time_get_year (when));
  return nb_format_day (&day, TRUE);
}

static void
update (NbIntroductionDialog *self)
{
  GArray *people = nb_interaction_get_people (self->introduction);
  gboolean complete = people->len == 2;
  gint64 introduced = nb_interaction_get_introduced (self->introduction);
  gint64 followed_up = nb_interaction_get_followed_up (self->introduction);
  NbIntroductionStep step = nb_interaction_get_introduction_step (self->introduction, now_seconds ());

  gtk_widget_set_visible (GTK_WIDGET (self->chooser_group), !complete || self->by_someone);
  gtk_widget_set_visible (GTK_WIDGET (self->opt_in_group), complete && !self->by_someone && introduced == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->introduce_group), complete && !self->by_someone);
  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_group), complete && !self->by_someone && introduced > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->note_group), complete && !self->by_someone);

  if (complete)
    {
      g_autofree char *both = nb_format_people (self->store, people);

      adw_window_title_set_subtitle (self->window_title, both);
    }

  if (!complete || self->by_someone)
    return;

  update_opt_ins (self);

  if (introduced > 0)
    {
      g_autofree char *day = format_day_of (introduced);

      adw_action_row_set_subtitle (self->introduced_row, day);
    }
  else
    adw_action_row_set_subtitle (self->introduced_row,
                                 step == NB_INTRODUCTION_STEP_READY ? _("Not yet: both would like it")
                                                                    : _("Not yet"));
  gtk_widget_set_visible (GTK_WIDGET (self->introduce_button), introduced == 0);
  if (step == NB_INTRODUCTION_STEP_READY)
    gtk_widget_add_css_class (GTK_WIDGET (self->introduce_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->introduce_button), "suggested-action");

  if (followed_up > 0)
    {
      g_autofree char *day = format_day_of (followed_up);
      /* Translators: when I asked how an introduction went. */
      g_autofree char *text = g_strdup_printf (_("Asked on %s"), day);

      adw_action_row_set_subtitle (self->follow_up_row, text);
    }
  else if (introduced > 0)
    {
      g_autofree char *day = format_day_of (introduced + (gint64) NB_INTRODUCTION_FOLLOW_UP_DAYS * 24 * 60 * 60);
      /* Translators: when it is time to ask how an introduction went. */
      g_autofree char *text = step == NB_INTRODUCTION_STEP_FOLLOW_UP ? g_strdup (_("Now is a good time"))
                                                                     : g_strdup_printf (_("From %s"), day);

      adw_action_row_set_subtitle (self->follow_up_row, text);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "introduction.follow-up", introduced > 0 && followed_up == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "introduction.introduce", introduced == 0);
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

static void
ask_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  NbIntroductionDialog *self = NB_INTRODUCTION_DIALOG (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(NbContact) asked = nb_store_get_contact (self->store, id);
  g_autoptr(NbContact) other = nb_store_get_contact (self->store,
                                                    nb_interaction_get_other_person (self->introduction, id));
  g_autofree char *uri = NULL;

  if (asked == NULL || other == NULL)
    return;

  uri = nb_introduction_mail_ask_uri (asked, other);
  open_draft (self, uri);
  if (nb_interaction_get_opt_in (self->introduction, id) == NB_OPT_IN_NONE)
    {
      nb_interaction_set_opt_in (self->introduction, id, NB_OPT_IN_ASKED);
      keep (self);
    }
}

static void
mark_introduced (NbIntroductionDialog *self)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();

  if (nb_interaction_get_introduced (self->introduction) > 0)
    return;

  /* The history shows it on the day it was made. */
  nb_interaction_set_introduced (self->introduction, g_date_time_to_unix (now));
  nb_interaction_set_date_time (self->introduction, now);
  if (keep (self))
    show_message (self, _("Introduced"));
}

static void
write_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  NbIntroductionDialog *self = NB_INTRODUCTION_DIALOG (widget);
  g_autoptr(NbContact) a = contact_at (self, 0);
  g_autoptr(NbContact) b = contact_at (self, 1);
  g_autofree char *uri = NULL;

  if (a == NULL || b == NULL)
    return;

  uri = nb_introduction_mail_introduce_uri (a, b);
  open_draft (self, uri);
  mark_introduced (self);
}

static void
introduce_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  mark_introduced (NB_INTRODUCTION_DIALOG (widget));
}

static void
follow_up_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NbIntroductionDialog *self = NB_INTRODUCTION_DIALOG (widget);

  if (nb_interaction_get_followed_up (self->introduction) > 0)
    return;

  nb_interaction_set_followed_up (self->introduction, now_seconds ());
  keep (self);
}

static void
note_applied_cb (NbIntroductionDialog *self)
{
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));

  nb_interaction_set_note (self->introduction, *note != '\0' ? note : NULL);
  if (keep (self))
    show_message (self, _("Note saved"));
}

/* An introduction I make of the two, not followed up yet. */
static NbInteraction *
find_open (NbIntroductionDialog *self,
           gint64                other)
{
  g_autoptr(GPtrArray) introductions = NULL;
  g_autoptr(GError) error = NULL;

  introductions = nb_store_list_introductions (self->store, self->from_id, &error);
  if (introductions == NULL)
    {
      g_warning ("Could not read the introductions: %s", error->message);
      return NULL;
    }

  for (guint i = 0; i < introductions->len; i++)
    {
      NbInteraction *introduction = g_ptr_array_index (introductions, i);

      if (nb_interaction_get_introducer (introduction) == 0 &&
          nb_interaction_get_people (introduction)->len == 2 &&
          nb_interaction_has_person (introduction, other) &&
          nb_interaction_get_followed_up (introduction) == 0)
        return g_object_ref (introduction);
    }

  return NULL;
}

static void
contact_chosen_cb (NbIntroductionDialog *self,
                   gint64                id)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (id == self->from_id)
    {
      nb_contact_chooser_clear (self->chooser);
      show_message (self, _("Choose someone else"));
      return;
    }

  nb_interaction_add_person (self->introduction, id);
  nb_contact_chooser_clear (self->chooser);

  if (!self->by_someone)
    {
      g_autoptr(NbInteraction) open = find_open (self, id);

      /* The two are being introduced already: that one goes on. */
      if (open != NULL)
        {
          g_set_object (&self->introduction, open);
          gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                                 nb_interaction_get_note (open) ? nb_interaction_get_note (open) : "");
        }
      update (self);
      return;
    }

  /* Someone else made it: kept as soon as it is known who. */
  nb_interaction_set_introducer (self->introduction, id);
  nb_interaction_set_introduced (self->introduction, now_seconds ());
  if (!keep (self))
    return;
  if (parent != NULL)
    nb_toast_show_message (GTK_WIDGET (parent), _("Added to the history"));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---------------------------------------------------------------------- */

static void
nb_introduction_dialog_dispose (GObject *object)
{
  NbIntroductionDialog *self = (NbIntroductionDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_INTRODUCTION_DIALOG);
  g_clear_object (&self->introduction);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_introduction_dialog_parent_class)->dispose (object);
}

static void
nb_introduction_dialog_class_init (NbIntroductionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_introduction_dialog_dispose;

  g_type_ensure (NB_TYPE_CONTACT_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-introduction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, chooser_group);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, chooser);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, opt_in_group);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, opt_in_list);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, introduce_group);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, write_row);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, introduced_row);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, introduce_button);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, follow_up_group);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, note_group);
  gtk_widget_class_bind_template_child (widget_class, NbIntroductionDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, contact_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_applied_cb);

  gtk_widget_class_install_action (widget_class, "introduction.ask", "x", ask_action);
  gtk_widget_class_install_action (widget_class, "introduction.write", NULL, write_action);
  gtk_widget_class_install_action (widget_class, "introduction.introduce", NULL, introduce_action);
  gtk_widget_class_install_action (widget_class, "introduction.follow-up", NULL, follow_up_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nb_introduction_dialog_init (NbIntroductionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static NbIntroductionDialog *
dialog_new (GtkWindow     *parent,
            NbStore       *store,
            NbInteraction *introduction)
{
  NbIntroductionDialog *self = g_object_new (NB_TYPE_INTRODUCTION_DIALOG,
                                             "transient-for", parent,
                                             NULL);

  self->store = g_object_ref (store);
  self->introduction = nb_interaction_copy (introduction);
  nb_contact_chooser_set_store (self->chooser, store);

  return self;
}

/**
 * nb_introduction_dialog_new:
 * @parent: (nullable): the window it is for
 * @store: the store
 * @introduction: an introduction, kept or not: its copy is shown and kept
 *   at each step
 *
 * Returns: (transfer floating): the dialog, to present
 */
GtkWidget *
nb_introduction_dialog_new (GtkWindow     *parent,
                            NbStore       *store,
                            NbInteraction *introduction)
{
  NbIntroductionDialog *self;
  GArray *people;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (NB_IS_INTERACTION (introduction), NULL);

  self = dialog_new (parent, store, introduction);
  people = nb_interaction_get_people (introduction);
  self->from_id = people->len > 0 ? g_array_index (people, gint64, 0) : 0;
  if (nb_interaction_get_id (introduction) == 0 && people->len == 2)
    {
      g_autoptr(NbInteraction) open = find_open (self, g_array_index (people, gint64, 1));

      if (open != NULL)
        g_set_object (&self->introduction, open);
    }
  adw_window_title_set_title (self->window_title, _("Introduction"));
  gtk_window_set_title (GTK_WINDOW (self), _("Introduction"));
  if (people->len == 1)
    {
      g_autoptr(NbContact) from = nb_store_get_contact (store, self->from_id);

      /* Translators: %s is the person to introduce to someone. */
      g_autofree char *title = g_strdup_printf (_("Introduce %s to…"),
                                                from ? nb_contact_get_full_name (from) : "");

      adw_preferences_group_set_title (self->chooser_group, title);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                         nb_interaction_get_note (self->introduction) ? nb_interaction_get_note (self->introduction) : "");
  update (self);

  return GTK_WIDGET (self);
}

/**
 * nb_introduction_dialog_new_made_by_someone:
 * @parent: (nullable): the window it is for
 * @store: the store
 * @contact_id: the person someone introduced me to
 *
 * Returns: (transfer floating): the dialog asking who introduced me to
 *   them; the introduction is kept when that person is chosen
 */
GtkWidget *
nb_introduction_dialog_new_made_by_someone (GtkWindow *parent,
                                            NbStore   *store,
                                            gint64     contact_id)
{
  g_autoptr(NbInteraction) introduction = NULL;
  g_autoptr(NbContact) contact = NULL;
  g_autofree char *title = NULL;
  NbIntroductionDialog *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  introduction = nb_interaction_new_with_contact (NB_INTERACTION_INTRODUCTION, contact_id, NULL);
  self = dialog_new (parent, store, introduction);
  self->from_id = contact_id;
  self->by_someone = TRUE;
  contact = nb_store_get_contact (store, contact_id);
  adw_window_title_set_title (self->window_title, _("Introduced By"));
  gtk_window_set_title (GTK_WINDOW (self), _("Introduced By"));
  /* Translators: %s is the person someone introduced me to. */
  title = g_strdup_printf (_("Who introduced you to %s?"), contact ? nb_contact_get_full_name (contact) : "");
  adw_preferences_group_set_title (self->chooser_group, title);
  update (self);

  return GTK_WIDGET (self);
}

/**
 * nb_introduction_dialog_get_introduction:
 * @self: the dialog
 *
 * Returns: (transfer none): the introduction as it is now
 */
NbInteraction *
nb_introduction_dialog_get_introduction (NbIntroductionDialog *self)
{
  g_return_val_if_fail (NB_IS_INTRODUCTION_DIALOG (self), NULL);

  return self->introduction;
}
