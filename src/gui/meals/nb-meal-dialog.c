/* nb-meal-dialog.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meal-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-avatar.h"
#include "nb-clock.h"
#include "nb-contact-chooser.h"
#include "nb-format.h"
#include "nb-meal-dialog.h"
#include "nb-week.h"

/**
 * NbMealDialog:
 *
 * Plans a meal, or changes one: who, what, its title, when, where, who pays
 * and why. The title is Netbook's own ("Lunch with Ada Lovelace", following
 * the kind and the people) until one is typed, or unless the meal came with
 * one of its own, such as from another calendar app.
 * It works on a copy; Save (or Enter) stores it, Cancel (or Escape) drops
 * it, after asking if anything was changed. Deleting asks the window, which
 * offers to undo it.
 */
struct _NbMealDialog
{
  AdwWindow          parent_instance;

  NbStore           *store;
  NbMeeting         *meeting;     /* as it was given */
  GPtrArray         *attendees;
  GDate              day;
  gboolean           updating;
  gboolean           time_touched;
  gboolean           done;

  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  AdwPreferencesGroup *people_group;
  GtkListBox        *attendee_list;
  NbContactChooser  *chooser;
  GtkLabel          *title_hint;
  AdwEntryRow       *title_row;
  AdwComboRow       *kind_row;
  GtkMenuButton     *date_button;
  GtkLabel          *date_label;
  GtkPopover        *date_popover;
  GtkCalendar       *calendar;
  GtkSpinButton     *hour_spin;
  GtkSpinButton     *minute_spin;
  GtkSpinButton     *duration_spin;
  AdwEntryRow       *place_row;
  AdwEntryRow       *address_row;
  GtkToggleButton   *payer_unsettled;
  GtkToggleButton   *payer_me;
  GtkToggleButton   *payer_them;
  GtkToggleButton   *payer_dutch;
  GtkTextView       *notes_view;
  GtkWidget         *afterwards_group;
  AdwPreferencesGroup *sync_group;
  GPtrArray         *sync_rows;
  AdwComboRow       *status_row;
  AdwComboRow       *follow_up_row;
  GtkWidget         *delete_button;
};

/* Notes of sync conflicts shown at most. */
#define MAX_SYNC_NOTES 5

G_DEFINE_FINAL_TYPE (NbMealDialog, nb_meal_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------------- */
/* The form                                                                */

static GtkToggleButton *
payer_button (NbMealDialog *self,
              NbPayer       payer)
{
  switch (payer)
    {
    case NB_PAYER_ME: return self->payer_me;
    case NB_PAYER_THEM: return self->payer_them;
    case NB_PAYER_DUTCH: return self->payer_dutch;
    case NB_PAYER_UNSETTLED:
    default: return self->payer_unsettled;
    }
}

/* The choices of the combo rows and the payer buttons, in the words the
 * rest of Netbook says them in. */
static void
fill_choices (NbMealDialog *self)
{
  GtkStringList *kinds = GTK_STRING_LIST (adw_combo_row_get_model (self->kind_row));
  GtkStringList *statuses = GTK_STRING_LIST (adw_combo_row_get_model (self->status_row));
  GtkStringList *follow_ups = GTK_STRING_LIST (adw_combo_row_get_model (self->follow_up_row));

  /* Not a change of kind: the rows select their first choices. */
  self->updating = TRUE;
  for (guint i = 0; i < NB_MEAL_N_KINDS; i++)
    gtk_string_list_append (kinds, nb_meal_kind_get_name (i));
  for (guint i = 0; i < NB_FOLLOW_UP_N_STATES; i++)
    gtk_string_list_append (follow_ups, nb_follow_up_get_label (i));
  for (guint i = 0; i < NB_MEETING_N_STATUSES; i++)
    gtk_string_list_append (statuses, nb_meeting_status_get_label (i));
  self->updating = FALSE;

  for (guint i = 0; i < NB_PAYER_N_PAYERS; i++)
    gtk_button_set_label (GTK_BUTTON (payer_button (self, i)), nb_payer_get_mnemonic (i));
}

static NbPayer
selected_payer (NbMealDialog *self)
{
  if (gtk_toggle_button_get_active (self->payer_me))
    return NB_PAYER_ME;
  if (gtk_toggle_button_get_active (self->payer_them))
    return NB_PAYER_THEM;
  if (gtk_toggle_button_get_active (self->payer_dutch))
    return NB_PAYER_DUTCH;
  return NB_PAYER_UNSETTLED;
}

static char *
dup_notes (NbMealDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (text);

  return *text ? g_steal_pointer (&text) : NULL;
}

static char *
dup_entry (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);
  return *text ? g_steal_pointer (&text) : NULL;
}

/* The meal as the form says it is. */
static NbMeeting *
build_meeting (NbMealDialog *self)
{
  g_autoptr(NbMeeting) meeting = nb_meeting_copy (self->meeting);
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *place = dup_entry (self->place_row);
  g_autofree char *address = dup_entry (self->address_row);
  g_autofree char *title = dup_entry (self->title_row);
  g_autofree char *notes = dup_notes (self);
  GDateTime *old_start = nb_meeting_get_start (self->meeting);
  NbMeetingStatus status = adw_combo_row_get_selected (self->status_row);
  NbFollowUp follow_up = adw_combo_row_get_selected (self->follow_up_row);
  int hour = gtk_spin_button_get_value_as_int (self->hour_spin);
  int minute = gtk_spin_button_get_value_as_int (self->minute_spin);

  /* A meal keeps the time zone it was planned in. */
  if (old_start != NULL)
    start = g_date_time_new (g_date_time_get_timezone (old_start),
                             g_date_get_year (&self->day), g_date_get_month (&self->day),
                             g_date_get_day (&self->day), hour, minute, 0);
  else
    start = nb_date_to_local_time (&self->day, hour, minute);

  nb_meeting_set_kind (meeting, adw_combo_row_get_selected (self->kind_row));
  nb_meeting_set_title (meeting, title);
  nb_meeting_set_start (meeting, start);
  nb_meeting_set_duration (meeting, gtk_spin_button_get_value_as_int (self->duration_spin));
  nb_meeting_set_place (meeting, place);
  nb_meeting_set_address (meeting, address);
  nb_meeting_set_payer (meeting, selected_payer (self));
  nb_meeting_set_notes (meeting, notes);
  nb_meeting_set_attendees (meeting, self->attendees);
  nb_meeting_set_status (meeting, status);

  if (status == NB_MEETING_DONE)
    {
      GDateTime *sent = nb_meeting_get_follow_up_date (self->meeting);
      g_autoptr(GDateTime) now = NULL;

      if (follow_up == NB_FOLLOW_UP_SENT && sent == NULL)
        sent = now = nb_clock_get_now ();
      nb_meeting_set_follow_up (meeting, follow_up, sent);
    }

  return g_steal_pointer (&meeting);
}

/* An empty title is Netbook's own, which follows the kind and the people:
 * the row shows it as placeholder, and the hint below says so. */
static void
update_default_title (NbMealDialog *self)
{
  g_autoptr(NbMeeting) draft = nb_meeting_new ();
  g_autofree char *title = NULL;
  g_autofree char *hint = NULL;
  GtkText *text = GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->title_row)));
  NbMealKind kind = adw_combo_row_get_selected (self->kind_row);

  /* Not while the template is being built. */
  if (self->attendees == NULL)
    return;

  if (kind < NB_MEAL_N_KINDS)
    nb_meeting_set_kind (draft, kind);
  nb_meeting_set_attendees (draft, self->attendees);
  title = nb_meeting_dup_default_title (draft);

  /* The entry row has none of its own (style.css puts it on the line). */
  gtk_text_set_placeholder_text (text, title);
  /* Translators: below a meal's title: "Leave empty for “Lunch with Ada
   * Lovelace”", the title Netbook gives it. */
  hint = g_strdup_printf (_("Leave empty for “%s”"), title);
  gtk_label_set_text (self->title_hint, hint);
}

static void
update_date_label (NbMealDialog *self)
{
  g_autofree char *text = nb_format_day (&self->day, TRUE);

  gtk_label_set_text (self->date_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

static void
set_day (NbMealDialog *self,
         const GDate  *day)
{
  g_autoptr(GDateTime) shown = NULL;

  self->day = *day;
  update_date_label (self);

  shown = g_date_time_new_local (g_date_get_year (day), g_date_get_month (day), g_date_get_day (day),
                                 12, 0, 0);
  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->updating = FALSE;
}

static void
set_time (NbMealDialog *self,
          int           hour,
          int           minute)
{
  self->updating = TRUE;
  gtk_spin_button_set_value (self->hour_spin, hour);
  gtk_spin_button_set_value (self->minute_spin, minute);
  self->updating = FALSE;
}

static void
remove_attendee_cb (GtkButton    *button,
                    NbMealDialog *self);

static GtkWidget *
create_attendee_row (NbMealDialog *self,
                     NbAttendee   *attendee,
                     guint         index)
{
  g_autoptr(NbContact) contact = attendee->contact_id ? nb_store_get_contact (self->store, attendee->contact_id)
                                                      : NULL;
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), attendee->name);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (32, attendee->name, TRUE);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), attendee->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  if (attendee->email != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), attendee->email);
  if (contact != NULL)
    nb_avatar_show_contact (ADW_AVATAR (avatar), contact);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  g_object_set_data (G_OBJECT (remove), "nb-index", GUINT_TO_POINTER (index));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_attendee_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
update_attendees (NbMealDialog *self)
{
  GtkListBoxRow *row;
  gboolean any = self->attendees->len > 0;

  while ((row = gtk_list_box_get_row_at_index (self->attendee_list, 0)) != NULL)
    gtk_list_box_remove (self->attendee_list, GTK_WIDGET (row));

  for (guint i = 0; i < self->attendees->len; i++)
    gtk_list_box_append (self->attendee_list,
                         create_attendee_row (self, g_ptr_array_index (self->attendees, i), i));

  gtk_widget_set_visible (GTK_WIDGET (self->attendee_list), any);
  update_default_title (self);
  adw_preferences_group_set_description (self->people_group,
                                         any ? NULL : _("A meal is with someone: add at least one person."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meal.save", any);
}

static void
remove_attendee_cb (GtkButton    *button,
                    NbMealDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "nb-index"));

  g_return_if_fail (index < self->attendees->len);

  g_ptr_array_remove_index (self->attendees, index);
  update_attendees (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->chooser));
}

static void
add_contact (NbMealDialog *self,
             gint64        contact_id)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (self->store, contact_id);
  GPtrArray *emails;
  const char *email = NULL;

  if (contact == NULL)
    return;

  for (guint i = 0; i < self->attendees->len; i++)
    if (((NbAttendee *) g_ptr_array_index (self->attendees, i))->contact_id == contact_id)
      return;

  emails = nb_contact_get_emails (contact);
  if (emails->len > 0)
    email = ((NbField *) g_ptr_array_index (emails, 0))->value;

  g_ptr_array_add (self->attendees,
                   nb_attendee_new (contact_id, nb_contact_get_full_name (contact), email));
  update_attendees (self);
}

static void
update_afterwards (NbMealDialog *self)
{
  NbMeetingStatus status = adw_combo_row_get_selected (self->status_row);

  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_row), status == NB_MEETING_DONE);
}

/* What sync conflicts replaced in this meal, the latest first. */
static void
show_sync_notes (NbMealDialog *self,
                 gboolean      stored)
{
  g_autoptr(GPtrArray) notes = NULL;

  for (guint i = 0; self->sync_rows != NULL && i < self->sync_rows->len; i++)
    adw_preferences_group_remove (self->sync_group, g_ptr_array_index (self->sync_rows, i));
  g_clear_pointer (&self->sync_rows, g_ptr_array_unref);

  if (stored && nb_meeting_get_uid (self->meeting) != NULL)
    notes = nb_store_list_sync_notes (self->store, NB_COLLECTION_MEALS,
                                      nb_meeting_get_uid (self->meeting));
  gtk_widget_set_visible (GTK_WIDGET (self->sync_group), notes != NULL && notes->len > 0);
  if (notes == NULL)
    return;

  self->sync_rows = g_ptr_array_new ();
  for (guint i = 0; i < MIN (notes->len, MAX_SYNC_NOTES); i++)
    {
      NbSyncNote *note = g_ptr_array_index (notes, i);
      g_autofree char *when = nb_format_moment (note->date);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), note->summary);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
      gtk_widget_add_css_class (row, "property");
      adw_preferences_group_add (self->sync_group, row);
      g_ptr_array_add (self->sync_rows, row);
    }
}

static void
load (NbMealDialog *self)
{
  NbMeeting *meeting = self->meeting;
  GDateTime *start = nb_meeting_get_start (meeting);
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  gboolean stored = nb_meeting_get_id (meeting) != 0;
  GDate day;

  if (start != NULL)
    g_date_set_dmy (&day, g_date_time_get_day_of_month (start), g_date_time_get_month (start),
                    g_date_time_get_year (start));
  else
    nb_clock_get_today (&day);

  self->updating = TRUE;
  adw_combo_row_set_selected (self->kind_row, nb_meeting_get_kind (meeting));
  self->updating = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                         nb_meeting_get_title (meeting) ? nb_meeting_get_title (meeting) : "");

  set_day (self, &day);
  if (start != NULL)
    set_time (self, g_date_time_get_hour (start), g_date_time_get_minute (start));
  else
    {
      int hour, minute;

      nb_meal_kind_get_default_time (nb_meeting_get_kind (meeting), &hour, &minute);
      set_time (self, hour, minute);
    }
  gtk_spin_button_set_value (self->duration_spin, nb_meeting_get_duration (meeting));

  gtk_editable_set_text (GTK_EDITABLE (self->place_row),
                         nb_meeting_get_place (meeting) ? nb_meeting_get_place (meeting) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->address_row),
                         nb_meeting_get_address (meeting) ? nb_meeting_get_address (meeting) : "");
  gtk_toggle_button_set_active (payer_button (self, nb_meeting_get_payer (meeting)), TRUE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            nb_meeting_get_notes (meeting) ? nb_meeting_get_notes (meeting) : "", -1);

  adw_combo_row_set_selected (self->status_row, nb_meeting_get_status (meeting));
  adw_combo_row_set_selected (self->follow_up_row, nb_meeting_get_follow_up (meeting));
  update_afterwards (self);

  /* What happened afterwards is asked once the meal could have happened. */
  gtk_widget_set_visible (self->afterwards_group,
                          stored && start != NULL && g_date_time_compare (start, now) <= 0);
  gtk_widget_set_visible (self->delete_button, stored);
  show_sync_notes (self, stored);

  g_ptr_array_set_size (self->attendees, 0);
  for (guint i = 0; i < nb_meeting_get_attendees (meeting)->len; i++)
    g_ptr_array_add (self->attendees,
                     nb_attendee_copy (g_ptr_array_index (nb_meeting_get_attendees (meeting), i)));
  update_attendees (self);

  adw_window_title_set_title (self->window_title, stored ? _("Edit Meal") : _("Plan a Meal"));
  gtk_window_set_title (GTK_WINDOW (self), stored ? _("Edit Meal") : _("Plan a Meal"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), stored ? _("_Save") : _("_Add"));
}

/* ---------------------------------------------------------------------- */
/* Signals of the form                                                     */

static void
contact_chosen_cb (NbMealDialog *self,
                   gint64        contact_id)
{
  add_contact (self, contact_id);
}

static void
kind_changed_cb (NbMealDialog *self)
{
  NbMealKind kind = adw_combo_row_get_selected (self->kind_row);
  int hour, minute;

  update_default_title (self);
  if (self->updating || kind >= NB_MEAL_N_KINDS)
    return;

  /* A new meal moves to the kind's usual time, until a time is chosen. */
  if (nb_meeting_get_id (self->meeting) == 0 && !self->time_touched)
    {
      nb_meal_kind_get_default_time (kind, &hour, &minute);
      set_time (self, hour, minute);
      gtk_spin_button_set_value (self->duration_spin, nb_meal_kind_get_default_duration (kind));
    }
}

static void
day_selected_cb (NbMealDialog *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->updating)
    return;

  date = gtk_calendar_get_date (self->calendar);
  g_date_set_dmy (&self->day, g_date_time_get_day_of_month (date), g_date_time_get_month (date),
                  g_date_time_get_year (date));
  update_date_label (self);
  gtk_popover_popdown (self->date_popover);
}

static gboolean
spin_output_cb (NbMealDialog  *self,
                GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
time_changed_cb (NbMealDialog *self)
{
  if (!self->updating)
    self->time_touched = TRUE;
}

/* GtkSpinButton (before GTK 4.14) keeps Enter to itself: Enter takes the
 * number typed, then saves, as in the other fields. */
static gboolean
spin_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     NbMealDialog          *self)
{
  GtkWidget *spin = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return GDK_EVENT_PROPAGATE;

  gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
  gtk_widget_activate_action (GTK_WIDGET (self), "meal.save", NULL);
  return GDK_EVENT_STOP;
}

static void
entry_activated_cb (NbMealDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "meal.save", NULL);
}

static void
payer_toggled_cb (NbMealDialog *self)
{
  /* One of them always stays chosen. */
  if (!gtk_toggle_button_get_active (self->payer_unsettled) &&
      !gtk_toggle_button_get_active (self->payer_me) &&
      !gtk_toggle_button_get_active (self->payer_them) &&
      !gtk_toggle_button_get_active (self->payer_dutch))
    gtk_toggle_button_set_active (self->payer_unsettled, TRUE);
}

static void
status_changed_cb (NbMealDialog *self)
{
  if (adw_combo_row_get_selected (self->status_row) == NB_MEETING_DONE &&
      adw_combo_row_get_selected (self->follow_up_row) == NB_FOLLOW_UP_NONE)
    adw_combo_row_set_selected (self->follow_up_row, NB_FOLLOW_UP_DUE);

  update_afterwards (self);
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NbMealDialog *self = NB_MEAL_DIALOG (widget);
  g_autoptr(NbMeeting) meeting = NULL;
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;

  if (self->attendees->len == 0)
    return;

  meeting = build_meeting (self);
  saved = nb_store_save_meeting (self->store, meeting, &error);
  if (saved == NULL)
    {
      /* A toast's title is Pango markup; the message is not. */
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      AdwToast *toast = adw_toast_new (escaped);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  self->done = TRUE;
  g_signal_emit (self, signals[SAVED], 0, saved);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NbMealDialog *self = NB_MEAL_DIALOG (widget);
  gint64 id = nb_meeting_get_id (self->meeting);

  if (id == 0)
    return;

  self->done = TRUE;
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
destroy_idle_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     NbMealDialog     *self)
{
  /* Once the question has closed: it belongs to this dialog. */
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->done = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT, destroy_idle_cb, g_object_ref (self), g_object_unref);
    }
}

static gboolean
nb_meal_dialog_close_request (GtkWindow *window)
{
  NbMealDialog *self = NB_MEAL_DIALOG (window);
  g_autoptr(NbMeeting) meeting = NULL;
  GtkWidget *dialog;

  if (self->done)
    return GDK_EVENT_PROPAGATE;

  meeting = build_meeting (self);
  if (nb_meeting_content_equal (meeting, self->meeting))
    return GDK_EVENT_PROPAGATE;

  /* Never drop what was typed without asking. */
  dialog = adw_message_dialog_new (window,
                                   nb_meeting_get_id (self->meeting) ? _("Discard Changes?")
                                                                     : _("Discard This Meal?"),
                                   _("What you entered will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (discard_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return GDK_EVENT_STOP;
}

/* ---------------------------------------------------------------------- */
/* The class                                                               */

static void
nb_meal_dialog_dispose (GObject *object)
{
  NbMealDialog *self = (NbMealDialog *) object;

  /* The rows belong to the group; only the list of them is ours. */
  g_clear_pointer (&self->sync_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_MEAL_DIALOG);

  G_OBJECT_CLASS (nb_meal_dialog_parent_class)->dispose (object);
}

static void
nb_meal_dialog_finalize (GObject *object)
{
  NbMealDialog *self = (NbMealDialog *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->attendees, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_meal_dialog_parent_class)->finalize (object);
}

static void
nb_meal_dialog_class_init (NbMealDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = nb_meal_dialog_dispose;
  object_class->finalize = nb_meal_dialog_finalize;
  window_class->close_request = nb_meal_dialog_close_request;

  /**
   * NbMealDialog::saved:
   * @self: the dialog
   * @meeting: the meal as stored
   *
   * The meal was stored; the dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NB_TYPE_MEETING);

  /**
   * NbMealDialog::delete-requested:
   * @self: the dialog
   * @id: the meal
   *
   * The meal is to be deleted, with a chance to undo it; the dialog closes.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (NB_TYPE_CONTACT_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-meal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, people_group);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, attendee_list);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, chooser);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, title_hint);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, date_label);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, date_popover);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, payer_unsettled);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, payer_me);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, payer_them);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, payer_dutch);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, afterwards_group);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, sync_group);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, contact_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, payer_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);

  gtk_widget_class_install_action (widget_class, "meal.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "meal.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "meal.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "meal.save", NULL);
}

static void
nb_meal_dialog_init (NbMealDialog *self)
{
  GtkSpinButton *spins[3];
  GtkToggleButton *payers[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_choices (self);

  /* Four choices in a row fit a phone when their words may wrap. */
  payers[0] = self->payer_unsettled;
  payers[1] = self->payer_me;
  payers[2] = self->payer_them;
  payers[3] = self->payer_dutch;
  for (guint i = 0; i < G_N_ELEMENTS (payers); i++)
    {
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (payers[i]));

      if (GTK_IS_LABEL (label))
        {
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
        }
    }

  spins[0] = self->hour_spin;
  spins[1] = self->minute_spin;
  spins[2] = self->duration_spin;
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    {
      GtkEventController *key = gtk_event_controller_key_new ();

      gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
      g_signal_connect (key, "key-pressed", G_CALLBACK (spin_key_pressed_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (spins[i]), key);
    }

  self->attendees = nb_attendee_array_new ();
}

/**
 * nb_meal_dialog_new:
 * @parent: the window it belongs to
 * @store: the store
 * @meeting: a stored meal to change, or a draft to plan
 *
 * Returns: (transfer none): the dialog, shown with gtk_window_present()
 */
NbMealDialog *
nb_meal_dialog_new (GtkWindow *parent,
                    NbStore   *store,
                    NbMeeting *meeting)
{
  NbMealDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (NB_IS_MEETING (meeting), NULL);

  self = g_object_new (NB_TYPE_MEAL_DIALOG,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
  self->store = g_object_ref (store);
  self->meeting = nb_meeting_copy (meeting);
  nb_contact_chooser_set_store (self->chooser, store);
  load (self);

  /* Planned with someone already (dropped on a day, chosen from a card):
   * Enter saves it at once. */
  if (self->attendees->len > 0)
    gtk_window_set_focus (GTK_WINDOW (self), self->save_button);
  else
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->chooser));

  return self;
}

/**
 * nb_meal_dialog_new_for_contacts:
 * @parent: the window it belongs to
 * @store: the store
 * @day: the day of the meal
 * @kind: the kind of meal, at its usual time
 * @contact_ids: (nullable) (element-type gint64): whom it is with
 *
 * Returns: (transfer none): a dialog planning a new meal
 */
NbMealDialog *
nb_meal_dialog_new_for_contacts (GtkWindow   *parent,
                                 NbStore     *store,
                                 const GDate *day,
                                 NbMealKind   kind,
                                 GArray      *contact_ids)
{
  g_autoptr(NbMeeting) draft = nb_meeting_new_for_day (kind, day);
  NbMealDialog *self = nb_meal_dialog_new (parent, store, draft);

  for (guint i = 0; contact_ids != NULL && i < contact_ids->len; i++)
    add_contact (self, g_array_index (contact_ids, gint64, i));

  /* The people are part of the draft: closing without a change asks
   * nothing. */
  nb_meeting_set_attendees (self->meeting, self->attendees);
  if (self->attendees->len > 0)
    gtk_window_set_focus (GTK_WINDOW (self), self->save_button);

  return self;
}
