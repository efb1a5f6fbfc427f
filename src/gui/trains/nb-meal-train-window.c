/* nb-meal-train-window.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meal-train-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-format.h"
#include "nb-ical-train.h"
#include "nb-mailto.h"
#include "nb-meal-train-rota.h"
#include "nb-meal-train-dialog.h"
#include "nb-meal-train-window.h"
#include "nb-toast.h"
#include "nb-train-format.h"
#include "nb-train-slot-row.h"

/**
 * NbMealTrainWindow:
 *
 * One meal train: for whom, its days, what the helpers need to know, and
 * its meals, each with who brings it. How many are still open is the
 * first thing it says. Every change (a helper added, moved or taken off,
 * a meal or the whole train cancelled) is saved at once, in one
 * transaction, and those that take something away can be undone from
 * their toast.
 */
struct _NbMealTrainWindow
{
  AdwWindow        parent_instance;

  NbStore         *store;
  gint64           train_id;
  NbMealTrain     *train;
  GPtrArray       *slots;         /* NbMealTrainSlot, by day */
  gint64           focus_slot;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkLabel        *status_label;
  AdwPreferencesGroup *details_group;
  GtkListBox      *slot_list;
  GPtrArray       *detail_rows;
  GSettings       *settings;
  GtkNativeDialog *folder_chooser;
};

G_DEFINE_FINAL_TYPE (NbMealTrainWindow, nb_meal_train_window, ADW_TYPE_WINDOW)

static NbMealTrainSlot *
find_slot (NbMealTrainWindow *self,
           gint64             id)
{
  for (guint i = 0; self->slots != NULL && i < self->slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot->id == id)
        return slot;
    }

  return NULL;
}

static void
add_detail (NbMealTrainWindow *self,
            const char        *title,
            const char        *value)
{
  GtkWidget *row;

  if (value == NULL || *value == '\0')
    return;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (self->details_group, row);
  g_ptr_array_add (self->detail_rows, row);
}

static void
show_details (NbMealTrainWindow *self)
{
  g_autofree char *days = nb_train_format_days (self->train);
  g_autofree char *people = NULL;

  for (guint i = 0; i < self->detail_rows->len; i++)
    adw_preferences_group_remove (self->details_group, g_ptr_array_index (self->detail_rows, i));
  g_ptr_array_set_size (self->detail_rows, 0);

  if (nb_meal_train_get_n_people (self->train) > 0)
    people = g_strdup_printf (ngettext ("%u person", "%u people",
                                        nb_meal_train_get_n_people (self->train)),
                              nb_meal_train_get_n_people (self->train));

  add_detail (self, _("When"), days);
  add_detail (self, _("Where to bring the food"), nb_meal_train_get_address (self->train));
  add_detail (self, _("People to feed"), people);
  add_detail (self, _("Dietary needs and allergies"), nb_meal_train_get_dietary (self->train));
  add_detail (self, _("Notes for helpers"), nb_meal_train_get_notes (self->train));
  add_detail (self, _("Why (only you see this)"), nb_meal_train_get_reason (self->train));
}

/* The meal before or after @index that is not cancelled, to move to. */
static gint64
neighbour (NbMealTrainWindow *self,
           guint              index,
           int                step)
{
  for (int i = (int) index + step; i >= 0 && i < (int) self->slots->len; i += step)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot->status != NB_MEETING_CANCELLED)
        return slot->id;
    }

  return 0;
}

static void
reload (NbMealTrainWindow *self)
{
  g_autoptr(NbMealTrain) train = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *status = NULL;
  g_autofree char *days = NULL;
  GtkWidget *child;
  GtkWidget *focus = NULL;

  train = nb_store_get_meal_train (self->store, self->train_id, &error);
  if (train != NULL)
    slots = nb_store_list_meal_train_slots (self->store, self->train_id, 0, G_MAXUINT32, &error);
  if (slots == NULL)
    {
      if (!g_error_matches (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND))
        g_warning ("Could not read the meal train: %s", error->message);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  g_set_object (&self->train, train);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  self->slots = g_steal_pointer (&slots);

  name = nb_train_format_recipient (self->store, self->train);
  /* Translators: the title of a meal train's window. */
  title = g_strdup_printf (_("Meal Train for %s"), name);
  days = nb_train_format_days (self->train);
  status = nb_train_format_status (self->train, self->slots);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, days);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (self->status_label, status);
  show_details (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "train.cancel",
                                 !nb_meal_train_get_cancelled (self->train));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "train.restart",
                                 nb_meal_train_get_cancelled (self->train));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->slot_list))))
    gtk_list_box_remove (self->slot_list, child);

  for (guint i = 0; i < self->slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (self->slots, i);
      GtkWidget *row = nb_train_slot_row_new (self->store, self->train, slot, self->slots,
                                              neighbour (self, i, -1), neighbour (self, i, 1));

      gtk_widget_set_sensitive (row, !nb_meal_train_get_cancelled (self->train));
      gtk_list_box_append (self->slot_list, row);
      if (slot->id == self->focus_slot)
        focus = row;
    }

  if (focus != NULL)
    gtk_widget_grab_focus (focus);
  self->focus_slot = 0;
}

static gboolean
save_slot (NbMealTrainWindow *self,
           NbMealTrainSlot   *slot)
{
  g_autoptr(GError) error = NULL;

  self->focus_slot = slot->id;
  if (!nb_store_save_meal_train_slot (self->store, slot, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the meal train: %s"),
                                                  error->message);

      nb_toast_show_message (GTK_WIDGET (self), message);
      return FALSE;
    }

  return TRUE;
}

static void
show_undo (NbMealTrainWindow *self,
           const char        *title,
           const char        *action_name,
           GVariant          *target)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, action_name);
  adw_toast_set_action_target_value (toast, target);
  nb_toast_replace (GTK_WIDGET (self->toast_overlay), toast, "undo");
}

static void
add_helper_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NbMealTrainWindow *self = NB_MEAL_TRAIN_WINDOW (widget);
  g_autoptr(NbMealTrainSlot) slot = NULL;
  NbMealTrainSlot *found;
  gint64 slot_id, helper;

  g_variant_get (parameter, "(xx)", &slot_id, &helper);
  found = find_slot (self, slot_id);
  if (found == NULL || helper < 0)
    return;

  slot = nb_meal_train_slot_copy (found);
  if (nb_meal_train_slot_add_helper (slot, helper))
    save_slot (self, slot);
}

static void
remove_helper_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NbMealTrainWindow *self = NB_MEAL_TRAIN_WINDOW (widget);
  g_autoptr(NbMealTrainSlot) slot = NULL;
  g_autofree char *name = NULL;
  g_autofree char *meal = NULL;
  g_autofree char *title = NULL;
  NbMealTrainSlot *found;
  gint64 slot_id, helper;

  g_variant_get (parameter, "(xx)", &slot_id, &helper);
  found = find_slot (self, slot_id);
  if (found == NULL)
    return;

  slot = nb_meal_train_slot_copy (found);
  if (!nb_meal_train_slot_remove_helper (slot, helper) || !save_slot (self, slot))
    return;

  name = nb_train_dup_helper_name (self->store, helper);
  meal = nb_train_slot_dup_title (slot);
  if (helper == NB_TRAIN_HELPER_ME)
    /* Translators: a toast: "You no longer bring Monday, March 1 · Dinner". */
    title = g_strdup_printf (_("You no longer bring %s"), meal);
  else
    /* Translators: a toast: "Grace Hopper no longer brings Monday, March 1 · Dinner". */
    title = g_strdup_printf (_("%s no longer brings %s"), name, meal);
  show_undo (self, title, "train.add-helper", g_variant_new ("(xx)", slot_id, helper));
}

static void
move_helper_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NbMealTrainWindow *self = NB_MEAL_TRAIN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *meal = NULL;
  g_autofree char *title = NULL;
  NbMealTrainSlot *to;
  gint64 from_id, to_id, helper;

  g_variant_get (parameter, "(xxx)", &from_id, &to_id, &helper);
  to = find_slot (self, to_id);
  if (to == NULL || find_slot (self, from_id) == NULL)
    return;

  name = nb_train_dup_helper_name (self->store, helper);
  meal = nb_train_slot_dup_title (to);
  self->focus_slot = to_id;
  if (!nb_store_move_meal_train_helper (self->store, from_id, to_id, helper, &error))
    {
      nb_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  if (helper == NB_TRAIN_HELPER_ME)
    /* Translators: a toast: "You now bring Tuesday, March 2 · Dinner". */
    title = g_strdup_printf (_("You now bring %s"), meal);
  else
    /* Translators: a toast: "Grace Hopper now brings Tuesday, March 2 · Dinner". */
    title = g_strdup_printf (_("%s now brings %s"), name, meal);
  show_undo (self, title, "train.move-helper", g_variant_new ("(xxx)", to_id, from_id, helper));
}

static void
set_slot_status (NbMealTrainWindow *self,
                 gint64             slot_id,
                 NbMeetingStatus    status)
{
  g_autoptr(NbMealTrainSlot) slot = NULL;
  NbMealTrainSlot *found = find_slot (self, slot_id);

  if (found == NULL)
    return;

  slot = nb_meal_train_slot_copy (found);
  slot->status = status;
  if (save_slot (self, slot) && status == NB_MEETING_CANCELLED)
    {
      g_autofree char *meal = nb_train_slot_dup_title (slot);
      /* Translators: a toast: "Monday, March 1 · Dinner is cancelled". */
      g_autofree char *title = g_strdup_printf (_("%s is cancelled"), meal);

      show_undo (self, title, "train.restore-slot", g_variant_new_int64 (slot_id));
    }
}

static void
cancel_slot_response_cb (AdwMessageDialog  *dialog,
                         const char        *response,
                         NbMealTrainWindow *self)
{
  if (g_strcmp0 (response, "cancel-meal") == 0)
    set_slot_status (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "slot")),
                     NB_MEETING_CANCELLED);
}

static void
cancel_slot_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NbMealTrainWindow *self = NB_MEAL_TRAIN_WINDOW (widget);
  gint64 slot_id = g_variant_get_int64 (parameter);
  NbMealTrainSlot *slot = find_slot (self, slot_id);
  g_autofree char *meal = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (slot == NULL)
    return;

  meal = nb_train_slot_dup_title (slot);
  /* Translators: asked before a meal of a meal train is cancelled. */
  heading = g_strdup_printf (_("Cancel %s?"), meal);
  if (slot->helpers->len > 0)
    {
      g_autofree char *names = nb_train_format_helpers (self->store, slot);

      /* Translators: %s is who was to bring the meal. */
      body = g_strdup_printf (_("%s was to bring it: let them know."), names);
    }
  else
    body = g_strdup (_("No one will be asked to bring it."));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep It"),
                                    "cancel-meal", _("_Cancel Meal"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-meal",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_object_set_data (G_OBJECT (dialog), "slot", GSIZE_TO_POINTER (slot_id));
  g_signal_connect (dialog, "response", G_CALLBACK (cancel_slot_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_slot_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  set_slot_status (NB_MEAL_TRAIN_WINDOW (widget), g_variant_get_int64 (parameter),
                   NB_MEETING_PLANNED);
}

static void
set_cancelled (NbMealTrainWindow *self,
               gboolean           cancelled)
{
  g_autoptr(NbMealTrain) draft = nb_meal_train_copy (self->train);
  g_autoptr(NbMealTrain) saved = NULL;
  g_autoptr(GError) error = NULL;

  nb_meal_train_set_cancelled (draft, cancelled);
  saved = nb_store_save_meal_train (self->store, draft, &error);
  if (saved == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the meal train: %s"),
                                                  error->message);

      nb_toast_show_message (GTK_WIDGET (self), message);
      return;
    }

  if (cancelled)
    show_undo (self, _("Meal train cancelled"), "train.restart", NULL);
}

static void
cancel_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    NbMealTrainWindow *self)
{
  if (g_strcmp0 (response, "cancel-train") == 0)
    set_cancelled (self, TRUE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NbMealTrainWindow *self = NB_MEAL_TRAIN_WINDOW (widget);
  guint taken = 0;
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  for (guint i = 0; i < self->slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (self->slots, i);

      taken += slot->status != NB_MEETING_CANCELLED && slot->helpers->len > 0;
    }

  if (taken > 0)
    body = g_strdup_printf (ngettext ("Someone was to bring %u meal: let them know.",
                                      "Helpers were to bring %u meals: let them know.", taken),
                            taken);
  else
    body = g_strdup (_("No one was to bring a meal yet."));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Cancel the Meal Train?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep It"),
                                    "cancel-train", _("_Cancel Meal Train"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-train",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (cancel_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  set_cancelled (NB_MEAL_TRAIN_WINDOW (widget), FALSE);
}

/* A helper's name for the rota; %NULL for me, who the rota calls "me". */
static char *
rota_name (gint64   contact_id,
           gpointer user_data)
{
  NbMealTrainWindow *self = user_data;

  if (contact_id == NB_TRAIN_HELPER_ME)
    return NULL;

  return nb_train_dup_helper_name (self->store, contact_id);
}

static char *
dup_rota (NbMealTrainWindow *self)
{
  g_autofree char *recipient = nb_train_format_recipient (self->store, self->train);

  return nb_meal_train_format_rota (self->train, recipient, self->slots, rota_name, self);
}

static void
copy_rota_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NbMealTrainWindow *self = NB_MEAL_TRAIN_WINDOW (widget);
  g_autofree char *rota = dup_rota (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), rota);
  nb_toast_show_message (widget, _("Rota copied: paste it into any message"));
}

/* The helpers who bring a meal of the train that is not cancelled, once
 * each, in the order of their first meal; me left out. */
static GArray *
list_helpers (NbMealTrainWindow *self)
{
  GArray *helpers = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot->status == NB_MEETING_CANCELLED)
        continue;
      for (guint h = 0; h < slot->helpers->len; h++)
        {
          gint64 helper = g_array_index (slot->helpers, gint64, h);
          gboolean seen = FALSE;

          for (guint k = 0; k < helpers->len && !seen; k++)
            seen = g_array_index (helpers, gint64, k) == helper;
          if (!seen && helper != NB_TRAIN_HELPER_ME)
            g_array_append_val (helpers, helper);
        }
    }

  return helpers;
}

static const char *
contact_email (NbContact *contact)
{
  GPtrArray *emails = contact ? nb_contact_get_emails (contact) : NULL;

  if (emails == NULL || emails->len == 0)
    return NULL;

  return ((NbField *) g_ptr_array_index (emails, 0))->value;
}

static void
uri_shown_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(NbMealTrainWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open your mail app: %s"), error->message);

      nb_toast_show_message (GTK_WIDGET (self), message);
    }
}

/* A draft to every helper with an address, the rota in it. */
static void
write_helpers_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NbMealTrainWindow *self = NB_MEAL_TRAIN_WINDOW (widget);
  g_autoptr(GArray) helpers = list_helpers (self);
  g_autoptr(GPtrArray) to = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *recipient = nb_train_format_recipient (self->store, self->train);
  g_autofree char *subject = NULL;
  g_autofree char *rota = dup_rota (self);
  g_autofree char *uri = NULL;

  for (guint i = 0; i < helpers->len; i++)
    {
      g_autoptr(NbContact) contact = nb_store_get_contact (self->store, g_array_index (helpers, gint64, i));
      const char *email = contact_email (contact);

      if (email != NULL)
        g_ptr_array_add (to, g_strdup (email));
    }
  g_ptr_array_add (to, NULL);

  /* Translators: the subject of a mail to the helpers of a meal train. */
  subject = g_strdup_printf (_("Meal train for %s"), recipient);
  uri = nb_mailto_build (to->len > 1 ? (const char * const *) to->pdata : NULL, subject, rota);
  gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL, uri_shown_cb, g_object_ref (self));
}

static GPtrArray *
helper_slots (NbMealTrainWindow *self,
              gint64             helper)
{
  GPtrArray *slots = g_ptr_array_new ();

  for (guint i = 0; i < self->slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (self->slots, i);

      if (nb_meal_train_slot_has_helper (slot, helper))
        g_ptr_array_add (slots, slot);
    }

  return slots;
}

/* One invitation file for each helper with an address, in @folder. */
static void
save_invitations (NbMealTrainWindow *self,
                  GFile             *folder)
{
  g_autoptr(GArray) helpers = list_helpers (self);
  g_autofree char *recipient = nb_train_format_recipient (self->store, self->train);
  g_autofree char *my_name = g_settings_get_string (self->settings, "my-name");
  g_autofree char *my_email = g_settings_get_string (self->settings, "my-email");
  NbTrainPerson organizer = { *my_name ? my_name : g_get_real_name (), my_email };
  guint saved = 0, without = 0;

  for (guint i = 0; i < helpers->len; i++)
    {
      g_autoptr(NbContact) contact = nb_store_get_contact (self->store, g_array_index (helpers, gint64, i));
      g_autoptr(GPtrArray) slots = helper_slots (self, g_array_index (helpers, gint64, i));
      NbTrainPerson helper = { contact ? nb_contact_get_full_name (contact) : NULL, contact_email (contact) };
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *basename = NULL;
      g_autoptr(GFile) file = NULL;

      if (helper.email == NULL)
        {
          without++;
          continue;
        }

      text = nb_ical_write_train_invitation (self->train, slots, &organizer, &helper, recipient, &error);
      if (text != NULL)
        {
          g_autofree char *name = g_strdelimit (g_strdup (helper.name), "/\\", '-');

          /* Translators: the file of an invitation: "Meal train for Ada Lovelace - Grace Hopper.ics". */
          basename = g_strdup_printf (_("Meal train for %s - %s.ics"), recipient, name);
          g_strdelimit (basename, "/\\", '-');
          file = g_file_get_child (folder, basename);
        }
      if (text == NULL ||
          !g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE,
                                    NULL, NULL, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Could not save the invitations: %s"),
                                                      error->message);

          nb_toast_show_message (GTK_WIDGET (self), message);
          return;
        }
      saved++;
    }

  if (saved == 0 && without == 0)
    nb_toast_show_message (GTK_WIDGET (self), _("No one brings a meal yet"));
  else if (saved == 0)
    nb_toast_show_message (GTK_WIDGET (self), _("None of the helpers has an email address"));
  else
    {
      g_autofree char *message = NULL;

      if (without > 0)
        message = g_strdup_printf (ngettext ("%u invitation saved; %u helper has no email address",
                                             "%u invitations saved; %u helpers have no email address",
                                             without), saved, without);
      else
        message = g_strdup_printf (ngettext ("%u invitation saved", "%u invitations saved", saved),
                                   saved);
      nb_toast_show_message (GTK_WIDGET (self), message);
    }
}

static void
folder_chosen_cb (GtkNativeDialog   *dialog,
                  int                response,
                  NbMealTrainWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      save_invitations (self, folder);
    }
  g_clear_object (&self->folder_chooser);
}

static void
save_invitations_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  NbMealTrainWindow *self = NB_MEAL_TRAIN_WINDOW (widget);
  g_autofree char *my_email = g_settings_get_string (self->settings, "my-email");

  /* An invitation comes from someone: me, with my address. */
  if (*my_email == '\0')
    {
      nb_toast_show_message (widget, _("Add your email address in Preferences first: invitations come from it"));
      return;
    }

  if (self->folder_chooser != NULL)
    return;

  self->folder_chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (_("Save Invitations"), GTK_WINDOW (self),
                                                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                                         _("_Save"), _("_Cancel")));
  gtk_native_dialog_set_modal (self->folder_chooser, TRUE);
  g_signal_connect (self->folder_chooser, "response", G_CALLBACK (folder_chosen_cb), self);
  gtk_native_dialog_show (self->folder_chooser);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NbMealTrainWindow *self = NB_MEAL_TRAIN_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (nb_meal_train_dialog_new (GTK_WINDOW (self), self->store,
                                                            self->train, 0)));
}

static void
nb_meal_train_window_dispose (GObject *object)
{
  NbMealTrainWindow *self = (NbMealTrainWindow *) object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_MEAL_TRAIN_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->train);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->detail_rows, g_ptr_array_unref);
  g_clear_object (&self->settings);
  if (self->folder_chooser != NULL)
    gtk_native_dialog_destroy (self->folder_chooser);
  g_clear_object (&self->folder_chooser);

  G_OBJECT_CLASS (nb_meal_train_window_parent_class)->dispose (object);
}

static void
nb_meal_train_window_class_init (NbMealTrainWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_meal_train_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-meal-train-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainWindow, details_group);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainWindow, slot_list);

  gtk_widget_class_install_action (widget_class, "train.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "train.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "train.copy-rota", NULL, copy_rota_action);
  gtk_widget_class_install_action (widget_class, "train.write-helpers", NULL, write_helpers_action);
  gtk_widget_class_install_action (widget_class, "train.save-invitations", NULL, save_invitations_action);
  gtk_widget_class_install_action (widget_class, "train.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "train.add-helper", "(xx)", add_helper_action);
  gtk_widget_class_install_action (widget_class, "train.remove-helper", "(xx)", remove_helper_action);
  gtk_widget_class_install_action (widget_class, "train.move-helper", "(xxx)", move_helper_action);
  gtk_widget_class_install_action (widget_class, "train.cancel-slot", "x", cancel_slot_action);
  gtk_widget_class_install_action (widget_class, "train.restore-slot", "x", restore_slot_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
nb_meal_train_window_init (NbMealTrainWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->detail_rows = g_ptr_array_new ();
  self->settings = g_settings_new (APP_ID);
}

/**
 * nb_meal_train_window_new:
 * @parent: (nullable): the main window
 * @store: the store
 * @train_id: the id of a stored train
 *
 * Returns: (transfer none): the window, to present
 */
NbMealTrainWindow *
nb_meal_train_window_new (GtkWindow *parent,
                          NbStore   *store,
                          gint64     train_id)
{
  NbMealTrainWindow *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_MEAL_TRAIN_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->train_id = train_id;
  g_signal_connect_swapped (store, "meal-trains-changed", G_CALLBACK (reload), self);
  g_signal_connect_swapped (store, "contacts-changed", G_CALLBACK (reload), self);
  reload (self);

  return self;
}

/**
 * nb_meal_train_window_get_train_id:
 * @self: a window
 *
 * Returns: the id of the train it shows
 */
gint64
nb_meal_train_window_get_train_id (NbMealTrainWindow *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN_WINDOW (self), 0);

  return self->train_id;
}

static void
train_created_cb (NbMealTrainDialog *dialog,
                  GtkWindow         *parent,
                  gint64             id,
                  NbStore           *store)
{
  gtk_window_present (GTK_WINDOW (nb_meal_train_window_new (parent, store, id)));
}

/**
 * nb_meal_train_window_organise:
 * @parent: (nullable): the main window
 * @store: the store
 * @recipient: the contact the train is for, or 0 to choose
 *
 * Asks for a new train (#NbMealTrainDialog), and once it is saved opens
 * its window, to find helpers.
 */
void
nb_meal_train_window_organise (GtkWindow *parent,
                               NbStore   *store,
                               gint64     recipient)
{
  NbMealTrainDialog *dialog;

  g_return_if_fail (NB_IS_STORE (store));

  dialog = nb_meal_train_dialog_new (parent, store, NULL, recipient);
  g_signal_connect_data (dialog, "created", G_CALLBACK (train_created_cb), g_object_ref (store),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
