/* nb-window.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-accounts-window.h"
#include "nb-calendar-view.h"
#include "nb-clock.h"
#include "nb-contact-card.h"
#include "nb-contact-editor.h"
#include "nb-contact-ids.h"
#include "nb-contact-list.h"
#include "nb-contact-row.h"
#include "nb-exporter.h"
#include "nb-format.h"
#include "nb-importer.h"
#include "nb-meal-dialog.h"
#include "nb-meals-view.h"
#include "nb-preferences-window.h"
#include "nb-window.h"

/**
 * NbWindow:
 *
 * The main window: the contact list in a sidebar that is always there (it
 * folds away below 600 px), and the views beside it. The list shows what
 * the selection holds: one contact's card, or what can be done with several.
 */
struct _NbWindow
{
  AdwApplicationWindow  parent_instance;

  NbStore              *store;
  NbContactList        *contacts;
  GtkMultiSelection    *selection;
  GSettings            *settings;
  GCancellable         *cancellable;

  NbImporter           *importer;
  GCancellable         *import_cancellable;
  AdwToast             *import_toast;
  GtkNativeDialog      *file_chooser;
  GPtrArray            *pending_deletes;
  NbSyncManager        *sync_manager;
  char                 *sync_error_shown;

  gint64                shown_id;
  gint64                select_after_reload;
  gboolean              editing;
  gboolean              selecting;
  gboolean              closing;

  AdwToastOverlay      *toast_overlay;
  GtkWidget            *sync_button;
  GtkStack             *sync_stack;
  GtkImage             *sync_image;
  GtkSpinner           *sync_spinner;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListView          *list_view;
  GtkWidget            *content;
  GtkWidget            *back_button;
  GtkWidget            *cancel_button;
  GtkWidget            *done_button;
  GtkWidget            *delete_button;
  GtkWidget            *edit_button;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *people_stack;
  NbContactCard        *card;
  NbContactEditor      *editor;
  AdwStatusPage        *multi_page;
  NbMealsView          *meals_view;
  NbCalendarView       *calendar_view;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (NbWindow, nb_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A deletion of contacts or of a meal, waiting for its "Undo" toast to go
 * away. */
typedef struct
{
  NbWindow *window;
  GArray   *ids;
  gboolean  meals;
  gboolean  done;
} PendingDelete;

static void update_people_state (NbWindow *self);

static void
pending_delete_free (PendingDelete *pending)
{
  g_array_unref (pending->ids);
  g_free (pending);
}

static void
show_toast (NbWindow   *self,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error_dialog (NbWindow   *self,
                   const char *heading,
                   const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------------------- */
/* Selection                                                               */

static guint
n_selected (NbWindow *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) MIN (gtk_bitset_get_size (selected), G_MAXUINT);
}

static GArray *
selected_ids (NbWindow *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_iter_init_first (&iter, selected, &position))
    {
      do
        {
          gint64 id = nb_contact_list_get_id (self->contacts, position);

          if (id != 0)
            g_array_append_val (ids, id);
        }
      while (gtk_bitset_iter_next (&iter, &position));
    }

  return ids;
}

static void
select_only (NbWindow *self,
             guint     position)
{
  self->selecting = TRUE;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  self->selecting = FALSE;
}

static gboolean
select_contact (NbWindow *self,
                gint64    id)
{
  guint position = nb_contact_list_find (self->contacts, id);

  if (position == G_MAXUINT)
    return FALSE;

  if (!gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position) ||
      n_selected (self) != 1)
    select_only (self, position);

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* What is shown                                                           */

static void
update_header (NbWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->people_stack);
  gboolean people = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "people") == 0;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean card = people && g_strcmp0 (page, "card") == 0;
  guint n = n_selected (self);

  gtk_widget_set_visible (self->back_button, folded && !self->editing);
  gtk_widget_set_visible (self->cancel_button, people && self->editing);
  gtk_widget_set_visible (self->done_button, people && self->editing);
  gtk_widget_set_visible (self->edit_button, card && !self->editing);
  gtk_widget_set_visible (self->delete_button, people && !self->editing && n > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-contact", card && !self->editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-contact", !self->editing && n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-contact", self->editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-edit", self->editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-selected", !self->editing && n > 0);
}

static void
update_sidebar_state (NbWindow *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));
  const char *search = nb_contact_list_get_search (self->contacts);

  if (n_items > 0 || nb_contact_list_get_loading (self->contacts))
    gtk_stack_set_visible_child_name (self->sidebar_stack, "list");
  else if (search != NULL)
    gtk_stack_set_visible_child_name (self->sidebar_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->sidebar_stack, "empty");
}

static void
update_people_state (NbWindow *self)
{
  guint n = n_selected (self);

  if (self->editing)
    gtk_stack_set_visible_child_name (self->people_stack, "editor");
  else if (n == 1)
    {
      g_autoptr(GArray) ids = selected_ids (self);
      g_autoptr(NbContact) contact = NULL;

      contact = ids->len ? nb_store_get_contact (self->store, g_array_index (ids, gint64, 0)) : NULL;
      nb_contact_card_set_contact (self->card, contact);
      self->shown_id = contact ? nb_contact_get_id (contact) : 0;
      gtk_stack_set_visible_child_name (self->people_stack, contact ? "card" : "select");
    }
  else
    {
      self->shown_id = 0;
      nb_contact_card_set_contact (self->card, NULL);

      if (n > 1)
        {
          g_autofree char *title =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Contact Selected",
                                          "%u Contacts Selected", n), n);

          adw_status_page_set_title (self->multi_page, title);
          gtk_stack_set_visible_child_name (self->people_stack, "multi");
        }
      else if (g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) == 0 &&
               nb_contact_list_get_search (self->contacts) == NULL &&
               !nb_contact_list_get_loading (self->contacts))
        gtk_stack_set_visible_child_name (self->people_stack, "welcome");
      else
        gtk_stack_set_visible_child_name (self->people_stack, "select");
    }

  update_header (self);
}

static void
selection_changed_cb (NbWindow *self)
{
  if (self->editing)
    return;

  update_people_state (self);

  /* Choosing someone shows their card, whichever view was open. */
  if (!self->selecting && n_selected (self) == 1)
    adw_view_stack_set_visible_child_name (self->view_stack, "people");

  if (!self->selecting && n_selected (self) == 1 && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
contacts_items_changed_cb (NbWindow *self)
{
  gint64 wanted = self->select_after_reload ? self->select_after_reload : self->shown_id;

  /* A contact that moved in the list (renamed, or the list was made
   * again) stays selected. */
  if (wanted != 0 && !self->editing && select_contact (self, wanted))
    self->select_after_reload = 0;

  update_sidebar_state (self);
  if (!self->editing)
    update_people_state (self);
}

static void
contacts_loading_cb (NbWindow *self)
{
  contacts_items_changed_cb (self);
}

/* ---------------------------------------------------------------------- */
/* Editing                                                                 */

static void
set_editing (NbWindow  *self,
             NbContact *contact)
{
  gboolean had_focus_in_editor = gtk_widget_get_focus_child (GTK_WIDGET (self->editor)) != NULL ||
                                 gtk_widget_has_focus (GTK_WIDGET (self->editor));

  self->editing = contact != NULL;
  gtk_search_entry_set_key_capture_widget (self->search_entry,
                                           self->editing ? NULL : GTK_WIDGET (self));
  nb_contact_editor_edit (self->editor, contact);

  if (self->editing)
    {
      gtk_stack_set_visible_child_name (self->people_stack, "editor");
      adw_view_stack_set_visible_child_name (self->view_stack, "people");
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      /* Focus leaves the sidebar before it is made insensitive. */
      nb_contact_editor_focus_name (self->editor);
      gtk_widget_set_sensitive (self->sidebar, FALSE);
    }
  else
    {
      gtk_widget_set_sensitive (self->sidebar, TRUE);
      if (had_focus_in_editor)
        gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }

  update_people_state (self);
}

static gboolean
save_editor (NbWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;

  draft = nb_contact_editor_build_draft (self->editor, &error);
  if (draft == NULL)
    return FALSE;

  saved = nb_store_save_contact (self->store, draft, &error);
  if (saved == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the contact: %s"), error->message);

      show_error_dialog (self, _("Not Saved"), message);
      return FALSE;
    }

  set_editing (self, NULL);
  self->shown_id = nb_contact_get_id (saved);
  if (!select_contact (self, self->shown_id))
    self->select_after_reload = self->shown_id;
  update_people_state (self);

  return TRUE;
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     NbWindow         *self)
{
  if (g_str_equal (response, "discard"))
    set_editing (self, NULL);
}

static void
cancel_edit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  NbContact *original = nb_contact_editor_get_original (self->editor);
  GtkWidget *dialog;

  if (!nb_contact_editor_is_dirty (self->editor))
    {
      set_editing (self, NULL);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes?"), NULL);
  if (original != NULL && nb_contact_get_id (original) != 0)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("Your changes to “%s” will be lost."),
                                    nb_contact_get_full_name (original));
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                 _("The new contact will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (discard_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_contact_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  save_editor (NB_WINDOW (widget));
}

static void
new_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  g_autoptr(NbContact) draft = NULL;

  if (self->editing)
    {
      nb_contact_editor_focus_name (self->editor);
      return;
    }

  /* The new contact must be findable in the list once saved. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  nb_contact_list_set_search (self->contacts, NULL);

  draft = nb_contact_new ();
  set_editing (self, draft);
}

static void
edit_contact_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  NbContact *contact = nb_contact_card_get_contact (self->card);

  if (contact != NULL && !self->editing)
    set_editing (self, contact);
}

/* ---------------------------------------------------------------------- */
/* Deleting, with Undo                                                     */

static void
commit_delete (PendingDelete *pending)
{
  NbWindow *self = pending->window;

  if (pending->done)
    return;
  pending->done = TRUE;

  for (guint i = 0; i < pending->ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = g_array_index (pending->ids, gint64, i);

      if (pending->meals && !nb_store_delete_meeting (self->store, id, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Could not delete the meal: %s"), error->message);

          nb_store_set_meeting_hidden (self->store, id, FALSE);
          if (!self->closing)
            show_toast (self, message);
          else
            g_warning ("%s", message);
        }
      else if (!pending->meals && !nb_store_delete_contact (self->store, id, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Could not delete the contact: %s"),
                                                      error->message);

          nb_store_set_contact_hidden (self->store, id, FALSE);
          if (!self->closing)
            show_toast (self, message);
          else
            g_warning ("%s", message);
        }
    }
}

static void
commit_pending_deletes (NbWindow *self)
{
  for (guint i = 0; i < self->pending_deletes->len; i++)
    commit_delete (g_ptr_array_index (self->pending_deletes, i));
}

static void
undo_delete_cb (AdwToast      *toast,
                PendingDelete *pending)
{
  NbWindow *self = pending->window;

  if (pending->done)
    return;
  pending->done = TRUE;

  if (pending->meals)
    {
      for (guint i = 0; i < pending->ids->len; i++)
        nb_store_set_meeting_hidden (self->store, g_array_index (pending->ids, gint64, i), FALSE);
      return;
    }

  for (guint i = 0; i < pending->ids->len; i++)
    nb_store_set_contact_hidden (self->store, g_array_index (pending->ids, gint64, i), FALSE);

  if (pending->ids->len > 0)
    self->select_after_reload = g_array_index (pending->ids, gint64, 0);
}

static void
delete_toast_dismissed_cb (AdwToast      *toast,
                           PendingDelete *pending)
{
  NbWindow *self = pending->window;

  commit_delete (pending);
  g_ptr_array_remove (self->pending_deletes, pending);
}

/* Hides contacts or meals at once and deletes them when the toast that
 * offers to undo it is gone: until then nothing is lost, not even if
 * Netbook is killed. */
static void
delete_with_undo (NbWindow   *self,
                  GArray     *ids,
                  gboolean    meals,
                  const char *title)
{
  PendingDelete *pending;
  AdwToast *toast;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (meals)
        nb_store_set_meeting_hidden (self->store, id, TRUE);
      else
        nb_store_set_contact_hidden (self->store, id, TRUE);
    }

  pending = g_new0 (PendingDelete, 1);
  pending->window = self;
  pending->ids = g_array_ref (ids);
  pending->meals = meals;
  g_ptr_array_add (self->pending_deletes, pending);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  /* Not ADW_TOAST_PRIORITY_HIGH: in libadwaita 1.2, a toast that replaces
   * another can crash when its animation ends. */
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_delete_cb), pending);
  g_signal_connect (toast, "dismissed", G_CALLBACK (delete_toast_dismissed_cb), pending);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
delete_contact_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  g_autoptr(GArray) ids = selected_ids (self);
  g_autofree char *title = NULL;

  if (self->editing || ids->len == 0)
    return;

  if (ids->len == 1)
    {
      g_autoptr(NbContact) contact = nb_store_get_contact (self->store, g_array_index (ids, gint64, 0));

      /* Translators: a toast; %s is the deleted contact's name. */
      title = g_strdup_printf (_("“%s” deleted"), contact ? nb_contact_get_full_name (contact) : "");
    }
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contact deleted",
                                          "%u contacts deleted", ids->len),
                             ids->len);

  delete_with_undo (self, ids, FALSE, title);
}

/* ---------------------------------------------------------------------- */
/* Meals                                                                   */

static void
delete_meal (NbWindow *self,
             gint64    id)
{
  g_autoptr(NbMeeting) meeting = nb_store_get_meeting (self->store, id);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *meal = NULL;
  g_autofree char *title = NULL;

  if (meeting == NULL)
    return;

  meal = nb_meeting_dup_title (meeting);
  /* Translators: a toast; %s is the meal: "Lunch with Ada Lovelace". */
  title = g_strdup_printf (C_("meal", "“%s” deleted"), meal);
  g_array_append_val (ids, id);
  delete_with_undo (self, ids, TRUE, title);
}

static void
meal_saved_cb (NbMealDialog *dialog,
               NbMeeting    *meeting,
               NbWindow     *self)
{
  GDateTime *start = nb_meeting_get_start (meeting);
  g_autoptr(GDateTime) local = g_date_time_to_local (start);
  g_autofree char *meal = nb_meeting_dup_title (meeting);
  g_autofree char *day = NULL;
  g_autofree char *message = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  nb_meals_view_show_day (self->meals_view, &date);

  day = nb_format_day (&date, FALSE);
  /* Translators: a toast: "Lunch with Ada Lovelace on Wednesday,
   * November 25". */
  message = g_strdup_printf (_("%1$s on %2$s"), meal, day);
  show_toast (self, message);
}

static void
meal_delete_requested_cb (NbMealDialog *dialog,
                          gint64        id,
                          NbWindow     *self)
{
  delete_meal (self, id);
}

static void
present_meal_dialog (NbWindow     *self,
                     NbMealDialog *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (meal_saved_cb), self, 0);
  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (meal_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * nb_window_plan_meal:
 * @self: a window
 * @day: (nullable): the day, or %NULL for today
 * @contact_ids: (nullable) (element-type gint64): whom with
 *
 * Opens the dialog that plans a meal, prefilled with the day (at lunch
 * time) and the people.
 */
void
nb_window_plan_meal (NbWindow    *self,
                     const GDate *day,
                     GArray      *contact_ids)
{
  GDate today;

  g_return_if_fail (NB_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  if (day == NULL)
    {
      nb_clock_get_today (&today);
      day = &today;
    }

  present_meal_dialog (self, nb_meal_dialog_new_for_contacts (GTK_WINDOW (self), self->store, day,
                                                              NB_MEAL_LUNCH, contact_ids));
}

static void
plan_meal_cb (NbWindow     *self,
              const GDate  *day,
              NbContactIds *ids)
{
  nb_window_plan_meal (self, day, ids ? nb_contact_ids_get_ids (ids) : NULL);
}

/* A meal moved to another day keeps its time there, and can be moved
 * back. */
typedef struct
{
  NbWindow  *window;
  NbMeeting *before;
} MoveUndo;

static void
move_undo_free (MoveUndo *undo)
{
  g_object_unref (undo->before);
  g_free (undo);
}

static void
undo_move_cb (AdwToast *toast,
              MoveUndo *undo)
{
  g_autoptr(NbMeeting) current = nb_store_get_meeting (undo->window->store,
                                                       nb_meeting_get_id (undo->before));
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;

  if (current == NULL)
    return;

  nb_meeting_set_start (current, nb_meeting_get_start (undo->before));
  saved = nb_store_save_meeting (undo->window->store, current, &error);
  if (saved == NULL)
    show_toast (undo->window, error->message);
}

static void
move_meal_cb (NbWindow    *self,
              NbMeeting   *meeting,
              const GDate *day)
{
  g_autoptr(NbMeeting) stored = nb_store_get_meeting (self->store, nb_meeting_get_id (meeting));
  g_autoptr(NbMeeting) moved = NULL;
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *meal = NULL;
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;
  GDateTime *old_start;
  MoveUndo *undo;
  AdwToast *toast;

  if (stored == NULL)
    return;

  old_start = nb_meeting_get_start (stored);
  start = g_date_time_new (g_date_time_get_timezone (old_start),
                           g_date_get_year (day), g_date_get_month (day), g_date_get_day (day),
                           g_date_time_get_hour (old_start), g_date_time_get_minute (old_start), 0);
  if (start == NULL || g_date_time_equal (start, old_start))
    return;

  moved = nb_meeting_copy (stored);
  nb_meeting_set_start (moved, start);
  saved = nb_store_save_meeting (self->store, moved, &error);
  if (saved == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  meal = nb_meeting_dup_title (saved);
  when = nb_format_day (day, FALSE);
  /* Translators: a toast: "Lunch with Ada Lovelace moved to Friday,
   * November 27". */
  message = g_strdup_printf (_("%1$s moved to %2$s"), meal, when);

  undo = g_new0 (MoveUndo, 1);
  undo->window = self;
  undo->before = g_steal_pointer (&stored);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_move_cb), undo,
                         (GClosureNotify) (void (*) (void)) move_undo_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_contact_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  nb_window_show_contact (NB_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
edit_meal_cb (NbWindow  *self,
              NbMeeting *meeting)
{
  present_meal_dialog (self, nb_meal_dialog_new (GTK_WINDOW (self), self->store, meeting));
}

static void
edit_meal_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  g_autoptr(NbMeeting) meeting = NULL;

  if (self->store == NULL)
    return;

  meeting = nb_store_get_meeting (self->store, g_variant_get_int64 (parameter));
  if (meeting != NULL)
    edit_meal_cb (self, meeting);
}

static void
plan_meal_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  g_autoptr(GArray) ids = NULL;

  /* From a card: with that person. */
  if (parameter != NULL && g_variant_get_int64 (parameter) > 0)
    {
      gint64 id = g_variant_get_int64 (parameter);

      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, id);
    }

  nb_window_plan_meal (self, NULL, ids);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (self->store == NULL || adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, name);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
move_week_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  /* Only where a week or a month is seen: by weeks, by months. */
  if (g_strcmp0 (view, "meals") == 0)
    nb_meals_view_move (self->meals_view, g_variant_get_int32 (parameter));
  else if (g_strcmp0 (view, "calendar") == 0)
    nb_calendar_view_move (self->calendar_view, g_variant_get_int32 (parameter));
}

static void
view_changed_cb (NbWindow *self)
{
  update_header (self);
}

/* Contacts dragged from the list: the selected ones if the row dragged is
 * one of them, else the one dragged. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *item)
{
  NbWindow *self = g_object_get_data (G_OBJECT (source), "nb-window");
  NbContactRow *row = NB_CONTACT_ROW (gtk_list_item_get_child (item));
  NbContact *contact = nb_contact_row_get_contact (row);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(NbContactIds) payload = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GBytes) text = NULL;

  if (contact == NULL || self == NULL)
    return NULL;

  if (gtk_list_item_get_selected (item))
    ids = selected_ids (self);
  else
    {
      gint64 id = nb_contact_get_id (contact);

      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, id);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(NbContact) each = nb_store_get_contact (self->store, g_array_index (ids, gint64, i));

      if (each != NULL)
        g_string_append_printf (names, "%s%s", names->len ? "\n" : "", nb_contact_get_full_name (each));
    }

  payload = nb_contact_ids_new (ids);
  text = g_bytes_new (names->str, names->len);

  /* Other applications get the names as text. */
  return gdk_content_provider_new_union ((GdkContentProvider *[]) {
                                           gdk_content_provider_new_typed (NB_TYPE_CONTACT_IDS, payload),
                                           gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text),
                                         }, 2);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkListItem   *item)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

/* ---------------------------------------------------------------------- */
/* Import and export                                                       */

static void
show_problems (NbWindow   *self,
               const char *summary,
               GPtrArray  *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *dialog, *scroller, *label;

  for (guint i = 0; i < problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (problems, i));
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Import Report"), summary);
  label = gtk_label_new (text->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 300);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_details_cb (AdwToast *toast,
                   NbWindow *self)
{
  NbImporter *importer = g_object_get_data (G_OBJECT (toast), "nb-importer");
  g_autofree char *summary = nb_importer_dup_summary (importer);

  show_problems (self, summary, nb_importer_get_problems (importer));
}

static void
import_progress_cb (NbImporter *importer,
                    GParamSpec *pspec,
                    NbWindow   *self)
{
  g_autofree char *title = NULL;

  if (self->import_toast == NULL)
    return;

  /* Translators: %d is a percentage. */
  title = g_strdup_printf (_("Importing… %d %%"),
                           (int) (nb_importer_get_fraction (importer) * 100));
  adw_toast_set_title (self->import_toast, title);
}

static void
import_cancel_cb (AdwToast *toast,
                  NbWindow *self)
{
  g_cancellable_cancel (self->import_cancellable);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(NbWindow) self = user_data;
  g_autoptr(NbImporter) importer = NB_IMPORTER (g_object_ref (object));
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  AdwToast *toast;

  if (self->import_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->import_toast, self);
      adw_toast_dismiss (self->import_toast);
    }
  g_clear_object (&self->import_toast);
  g_clear_object (&self->importer);
  g_clear_object (&self->import_cancellable);

  if (!nb_importer_run_finish (importer, result, &error))
    {
      g_autofree char *body = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          if (!self->closing)
            show_toast (self, _("Import cancelled: nothing was imported"));
          return;
        }

      body = g_strdup_printf ("%s\n\n%s", error->message, _("Nothing was imported."));
      if (!self->closing)
        show_error_dialog (self, _("Import Failed"), body);
      return;
    }

  if (self->closing)
    return;

  summary = nb_importer_dup_summary (importer);
  toast = adw_toast_new (summary);
  adw_toast_set_timeout (toast, 8);
  if (nb_importer_get_problems (importer)->len > 0)
    {
      adw_toast_set_button_label (toast, _("_Details"));
      g_object_set_data_full (G_OBJECT (toast), "nb-importer", g_object_ref (importer), g_object_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (import_details_cb), self, 0);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * nb_window_import_files:
 * @self: a window
 * @files: (array length=n_files): vCard files
 * @n_files: how many
 *
 * Imports the files in the background, in one transaction, showing the
 * progress and then what was imported and what was skipped.
 */
void
nb_window_import_files (NbWindow  *self,
                        GFile    **files,
                        guint      n_files)
{
  g_return_if_fail (NB_IS_WINDOW (self));

  if (self->store == NULL || n_files == 0)
    return;

  if (self->importer != NULL)
    {
      show_toast (self, _("An import is already running"));
      return;
    }

  self->importer = nb_importer_new (self->store);
  for (guint i = 0; i < n_files; i++)
    nb_importer_add_file (self->importer, files[i]);

  self->import_cancellable = g_cancellable_new ();
  self->import_toast = g_object_ref (adw_toast_new (_("Importing…")));
  adw_toast_set_timeout (self->import_toast, 0);
  adw_toast_set_button_label (self->import_toast, _("_Cancel"));
  g_signal_connect (self->import_toast, "button-clicked", G_CALLBACK (import_cancel_cb), self);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->import_toast));

  g_signal_connect_object (self->importer, "notify::fraction",
                           G_CALLBACK (import_progress_cb), self, 0);
  nb_importer_run_async (self->importer, self->import_cancellable, import_done_cb,
                         g_object_ref (self));
}

static void
add_import_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) both = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) vcards = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) calendars = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (both, _("Contacts and Calendars"));
  gtk_file_filter_set_name (vcards, _("vCard Files"));
  gtk_file_filter_set_name (calendars, _("iCalendar Files"));
  gtk_file_filter_set_name (all, _("All Files"));

  for (guint i = 0; i < 2; i++)
    {
      GtkFileFilter *filter = i ? vcards : both;

      gtk_file_filter_add_mime_type (filter, "text/vcard");
      gtk_file_filter_add_mime_type (filter, "text/x-vcard");
      gtk_file_filter_add_suffix (filter, "vcf");
      gtk_file_filter_add_suffix (filter, "vcard");
    }
  for (guint i = 0; i < 2; i++)
    {
      GtkFileFilter *filter = i ? calendars : both;

      gtk_file_filter_add_mime_type (filter, "text/calendar");
      gtk_file_filter_add_suffix (filter, "ics");
    }
  gtk_file_filter_add_pattern (all, "*");

  gtk_file_chooser_add_filter (chooser, both);
  gtk_file_chooser_add_filter (chooser, vcards);
  gtk_file_chooser_add_filter (chooser, calendars);
  gtk_file_chooser_add_filter (chooser, all);
}

static void
add_calendar_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) calendars = gtk_file_filter_new ();

  gtk_file_filter_set_name (calendars, _("iCalendar Files"));
  gtk_file_filter_add_mime_type (calendars, "text/calendar");
  gtk_file_filter_add_suffix (calendars, "ics");
  gtk_file_chooser_add_filter (chooser, calendars);
}

static void
add_vcard_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) vcards = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (vcards, _("vCard Files"));
  gtk_file_filter_add_mime_type (vcards, "text/vcard");
  gtk_file_filter_add_mime_type (vcards, "text/x-vcard");
  gtk_file_filter_add_suffix (vcards, "vcf");
  gtk_file_filter_add_suffix (vcards, "vcard");
  gtk_file_chooser_add_filter (chooser, vcards);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
}

static void
import_chooser_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            NbWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));

      nb_window_import_files (self, (GFile **) array->pdata, array->len);
    }

  g_clear_object (&self->file_chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);

  g_clear_object (&self->file_chooser);
  self->file_chooser = GTK_NATIVE_DIALOG (
    gtk_file_chooser_native_new (_("Import Contacts or Meals"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel")));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->file_chooser), TRUE);
  add_import_filters (GTK_FILE_CHOOSER (self->file_chooser));
  gtk_native_dialog_set_modal (self->file_chooser, TRUE);
  g_signal_connect (self->file_chooser, "response", G_CALLBACK (import_chooser_response_cb), self);
  gtk_native_dialog_show (self->file_chooser);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(NbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  NbExporter *exporter = NB_EXPORTER (object);

  if (!nb_exporter_run_finish (exporter, result, &error))
    {
      if (!self->closing)
        show_error_dialog (self, _("Export Failed"), error->message);
      return;
    }

  summary = nb_exporter_dup_summary (exporter);
  if (!self->closing)
    show_toast (self, summary);
}

static void
export_chooser_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            NbWindow        *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "nb-ids");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(NbExporter) exporter = nb_exporter_new (self->store, file);
      const char *version = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "version");
      NbVcardVersion vcard_version = NB_VCARD_VERSION_3_0;

      if (version != NULL && nb_vcard_version_from_string (version, &vcard_version))
        g_settings_set_string (self->settings, "export-vcard-version", version);

      nb_exporter_set_vcard_version (exporter, vcard_version);
      nb_exporter_set_contact_ids (exporter, ids);
      nb_exporter_set_format (exporter, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "nb-format")));
      nb_exporter_run_async (exporter, self->cancellable, export_done_cb, g_object_ref (self));
    }

  g_clear_object (&self->file_chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  const char *choice_ids[] = { "3.0", "4.0", NULL };
  const char *choice_labels[] = { _("vCard 3.0 (most compatible)"), _("vCard 4.0"), NULL };
  g_autofree char *version = g_settings_get_string (self->settings, "export-vcard-version");
  gboolean selected = g_str_equal (action_name, "win.export-selected");

  g_clear_object (&self->file_chooser);
  self->file_chooser = GTK_NATIVE_DIALOG (
    gtk_file_chooser_native_new (selected ? _("Export Selected Contacts") : _("Export All Contacts"),
                                 GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Export"), _("_Cancel")));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->file_chooser),
                                     /* Translators: the file name an export suggests. */
                                     _("contacts.vcf"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->file_chooser), "version", _("Format"),
                               choice_ids, choice_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->file_chooser), "version", version);
  add_vcard_filters (GTK_FILE_CHOOSER (self->file_chooser));
  if (selected)
    g_object_set_data_full (G_OBJECT (self->file_chooser), "nb-ids", selected_ids (self),
                            (GDestroyNotify) g_array_unref);
  gtk_native_dialog_set_modal (self->file_chooser, TRUE);
  g_signal_connect (self->file_chooser, "response", G_CALLBACK (export_chooser_response_cb), self);
  gtk_native_dialog_show (self->file_chooser);
}

static void
export_meals_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);

  g_clear_object (&self->file_chooser);
  self->file_chooser = GTK_NATIVE_DIALOG (
    gtk_file_chooser_native_new (_("Export Meals and Birthdays"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Export"), _("_Cancel")));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->file_chooser),
                                     /* Translators: the file name an export of meals and
                                      * birthdays suggests. */
                                     _("calendar.ics"));
  add_calendar_filters (GTK_FILE_CHOOSER (self->file_chooser));
  g_object_set_data (G_OBJECT (self->file_chooser), "nb-format", GINT_TO_POINTER (NB_EXPORT_ICALENDAR));
  gtk_native_dialog_set_modal (self->file_chooser, TRUE);
  g_signal_connect (self->file_chooser, "response", G_CALLBACK (export_chooser_response_cb), self);
  gtk_native_dialog_show (self->file_chooser);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  GtkWidget *preferences = nb_preferences_window_new (GTK_WINDOW (self));

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
accounts_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  GtkWidget *accounts;

  if (self->sync_manager == NULL)
    return;

  accounts = nb_accounts_window_new (GTK_WINDOW (self), self->sync_manager, self->store);
  gtk_window_present (GTK_WINDOW (accounts));
  if (nb_sync_manager_get_n_accounts (self->sync_manager) == 0)
    nb_accounts_window_show_add (NB_ACCOUNTS_WINDOW (accounts));
}

static void
sync_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);

  if (self->sync_manager == NULL)
    return;

  /* A sync asked for says how it went, even when it failed as before. */
  g_clear_pointer (&self->sync_error_shown, g_free);
  nb_sync_manager_sync (self->sync_manager);
}

/* The Sync button: a spinner while syncing, a warning after a failure,
 * and in its tooltip the progress, the problem or the last sync. */
static void
sync_status_changed_cb (NbWindow *self)
{
  NbSyncManager *manager = self->sync_manager;
  gboolean syncing = nb_sync_manager_get_syncing (manager);
  const char *error = nb_sync_manager_get_error (manager);
  g_autofree char *tooltip = NULL;

  gtk_widget_set_visible (self->sync_button, nb_sync_manager_get_n_accounts (manager) > 0);
  gtk_stack_set_visible_child_name (self->sync_stack, syncing ? "busy" : "idle");
  gtk_spinner_set_spinning (self->sync_spinner, syncing);
  gtk_image_set_from_icon_name (self->sync_image,
                                error ? "dialog-warning-symbolic" : "emblem-synchronizing-symbolic");

  if (syncing)
    /* Translators: the Sync button's tooltip while it runs; %d is a percentage. */
    tooltip = g_strdup_printf (_("Syncing… %d %%"),
                               (int) (nb_sync_manager_get_fraction (manager) * 100));
  else if (error != NULL)
    tooltip = g_strdup_printf (_("Sync failed: %s"), error);
  else
    tooltip = nb_format_last_sync (nb_sync_manager_get_last_sync (manager));

  gtk_widget_set_tooltip_text (self->sync_button, tooltip);
}

static void
sync_finished_cb (NbWindow  *self,
                  GPtrArray *results)
{
  for (guint i = 0; i < results->len; i++)
    {
      NbSyncResult *result = g_ptr_array_index (results, i);
      g_autofree char *host = NULL;
      g_autofree char *message = NULL;
      const char *problem;
      AdwToast *toast;

      if (g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        continue;

      /* What failed, or else what was left out ("1 contact could not be
       * fetched: …"). */
      if (result->error != NULL)
        problem = result->error->message;
      else if (result->problems->len > 0)
        problem = g_ptr_array_index (result->problems, 0);
      else
        continue;

      /* The same problem on every timer tick is said once. */
      if (g_strcmp0 (self->sync_error_shown, problem) == 0)
        return;
      g_free (self->sync_error_shown);
      self->sync_error_shown = g_strdup (problem);

      host = nb_account_dup_host (result->account);
      if (result->error != NULL)
        /* Translators: a sync that failed: the server, and why. Netbook goes on
         * working offline. */
        message = g_strdup_printf (_("Could not sync with %s: %s"), host, problem);
      else
        /* Translators: a sync that went, but for something it left out: the
         * server, and what. */
        message = g_strdup_printf (_("Synced with %s, but: %s"), host, problem);
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 10);
      adw_toast_set_button_label (toast, _("_Accounts"));
      adw_toast_set_action_name (toast, "win.accounts");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  g_clear_pointer (&self->sync_error_shown, g_free);
}

/**
 * nb_window_set_sync_manager:
 * @self: a window
 * @manager: what syncs the window's store
 *
 * Shows the Sync button and what the manager does.
 */
void
nb_window_set_sync_manager (NbWindow      *self,
                            NbSyncManager *manager)
{
  g_return_if_fail (NB_IS_WINDOW (self));
  g_return_if_fail (NB_IS_SYNC_MANAGER (manager));

  g_set_object (&self->sync_manager, manager);
  g_signal_connect_object (manager, "notify", G_CALLBACK (sync_status_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "finished", G_CALLBACK (sync_finished_cb), self,
                           G_CONNECT_SWAPPED);
  sync_status_changed_cb (self);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         NbWindow      *self)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  for (GSList *l = list; l; l = l->next)
    g_ptr_array_add (files, l->data);

  if (files->len == 0)
    return FALSE;

  nb_window_import_files (self, (GFile **) files->pdata, files->len);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Other actions and callbacks                                             */

static void
show_toast_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  show_toast (NB_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);

  if (self->editing)
    return;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);

  if (!self->editing)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_changed_cb (NbWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  nb_contact_list_set_search (self->contacts, text);
  update_sidebar_state (self);
}

static void
stop_search_cb (NbWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
search_activate_cb (NbWindow *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) == 0)
    return;

  select_only (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       NbWindow              *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) == 0)
    return GDK_EVENT_PROPAGATE;

  if (n_selected (self) == 0)
    select_only (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return GDK_EVENT_STOP;
}

static void
list_activate_cb (NbWindow *self,
                  guint     position)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
leaflet_folded_cb (NbWindow *self)
{
  update_header (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              NbWindow                 *self)
{
  GtkWidget *row = nb_contact_row_new ();
  GtkDragSource *source = gtk_drag_source_new ();

  /* People are dragged onto days to plan meals with them. */
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_object_set_data (G_OBJECT (source), "nb-window", self);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), item);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  nb_contact_row_set_contact (NB_CONTACT_ROW (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  nb_contact_row_set_contact (NB_CONTACT_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
active_changed_cb (NbWindow *self)
{
  /* Contacts imported from the command line while the window was in the
   * background show up when it comes back. */
  if (self->store != NULL && gtk_window_is_active (GTK_WINDOW (self)))
    nb_store_check_for_changes (self->store);
}

static void
save_window_state (NbWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   NbWindow         *self)
{
  if (g_str_equal (response, "cancel"))
    return;

  if (g_str_equal (response, "save") && !save_editor (self))
    return;

  set_editing (self, NULL);

  /* Closed once the dialog is gone: it is still emitting its response. */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
}

static gboolean
nb_window_close_request (GtkWindow *window)
{
  NbWindow *self = NB_WINDOW (window);

  /* Unsaved edits are never dropped without asking. */
  if (self->editing && nb_contact_editor_is_dirty (self->editor))
    {
      NbContact *original = nb_contact_editor_get_original (self->editor);
      GtkWidget *dialog = adw_message_dialog_new (window, _("Save Changes?"), NULL);

      if (original != NULL && nb_contact_get_id (original) != 0)
        adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                        _("“%s” has unsaved changes. If you don’t save, they will be lost."),
                                        nb_contact_get_full_name (original));
      else
        adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                     _("The new contact has not been saved. If you don’t save it, it will be lost."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "discard", _("_Discard"),
                                        "save", _("_Save"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  self->closing = TRUE;
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  commit_pending_deletes (self);
  save_window_state (self);

  return GTK_WINDOW_CLASS (nb_window_parent_class)->close_request (window);
}

static void
nb_window_dispose (GObject *object)
{
  NbWindow *self = (NbWindow *) object;

  self->closing = TRUE;
  g_cancellable_cancel (self->cancellable);
  if (self->pending_deletes != NULL)
    commit_pending_deletes (self);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  /* libadwaita 1.2 warns when a view switcher lets go of a stack that is
   * already disposed: let go first. */
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_WINDOW);

  if (self->contacts != NULL)
    g_signal_handlers_disconnect_by_data (self->contacts, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->contacts);
  g_clear_object (&self->import_toast);
  g_clear_object (&self->importer);
  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->sync_manager);
  g_clear_pointer (&self->sync_error_shown, g_free);

  G_OBJECT_CLASS (nb_window_parent_class)->dispose (object);
}

static void
nb_window_finalize (GObject *object)
{
  NbWindow *self = (NbWindow *) object;

  g_clear_pointer (&self->pending_deletes, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_window_parent_class)->finalize (object);
}

static void
nb_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NbWindow *self = NB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  NbWindow *self = NB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Today's birthdays, first thing when the window opens. */
static void
announce_birthdays (NbWindow *self)
{
  g_autoptr(GPtrArray) today_events = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n_total = 0;
  GDate today;

  nb_clock_get_today (&today);
  today_events = nb_store_list_birthdays (self->store, &today, 1, 1, &n_total);
  if (n_total == 0)
    return;

  if (n_total == 1)
    {
      NbBirthdayEvent *event = g_ptr_array_index (today_events, 0);

      if (event->age >= 0)
        title = g_strdup_printf (_("%s turns %d today"), event->name, event->age);
      else
        title = g_strdup_printf (_("It is %s’s birthday today"), event->name);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Open Card"));
      adw_toast_set_action_name (toast, "win.show-contact");
      adw_toast_set_action_target_value (toast, g_variant_new_int64 (event->contact_id));
    }
  else
    {
      /* Translators: a toast when the window opens. */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u birthday today", "%u birthdays today",
                                            n_total),
                               n_total);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Show"));
      adw_toast_set_action_name (toast, "win.show-view");
      adw_toast_set_action_target_value (toast, g_variant_new_string ("calendar"));
    }

  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
setup_store (NbWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *key;
  GtkDropTarget *drop;

  self->contacts = nb_contact_list_new (self->store);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->contacts)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->contacts, "items-changed",
                            G_CALLBACK (contacts_items_changed_cb), self);
  g_signal_connect_swapped (self->contacts, "notify::loading",
                            G_CALLBACK (contacts_loading_cb), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);

  /* Typing finds people at once; Down or Enter goes on to the list. */
  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), key);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));

  nb_meals_view_set_store (self->meals_view, self->store);
  nb_calendar_view_set_store (self->calendar_view, self->store);
  announce_birthdays (self);
  nb_contact_card_set_store (self->card, self->store);

  update_sidebar_state (self);
  update_people_state (self);
}

static void
nb_window_class_init (NbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = nb_window_dispose;
  object_class->finalize = nb_window_finalize;
  object_class->get_property = nb_window_get_property;
  object_class->set_property = nb_window_set_property;
  window_class->close_request = nb_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, NB_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (NB_TYPE_CONTACT_CARD);
  g_type_ensure (NB_TYPE_CONTACT_EDITOR);
  g_type_ensure (NB_TYPE_MEALS_VIEW);
  g_type_ensure (NB_TYPE_CALENDAR_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, sync_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, sync_stack);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, sync_image);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, sync_spinner);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, content);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, done_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, people_stack);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, card);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, multi_page);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, meals_view);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, calendar_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_meal_cb);
  gtk_widget_class_bind_template_callback (widget_class, edit_meal_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_meal_cb);

  gtk_widget_class_install_action (widget_class, "win.new-contact", NULL, new_contact_action);
  gtk_widget_class_install_action (widget_class, "win.edit-contact", NULL, edit_contact_action);
  gtk_widget_class_install_action (widget_class, "win.delete-contact", NULL, delete_contact_action);
  gtk_widget_class_install_action (widget_class, "win.save-contact", NULL, save_contact_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-edit", NULL, cancel_edit_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-selected", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.clear-search", NULL, clear_search_action);
  gtk_widget_class_install_action (widget_class, "win.show-toast", "s", show_toast_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.move-week", "i", move_week_action);
  gtk_widget_class_install_action (widget_class, "win.plan-meal", NULL, plan_meal_action);
  gtk_widget_class_install_action (widget_class, "win.plan-meal-with", "x", plan_meal_action);
  gtk_widget_class_install_action (widget_class, "win.edit-meal", "x", edit_meal_action);
  gtk_widget_class_install_action (widget_class, "win.show-contact", "x", show_contact_action);
  gtk_widget_class_install_action (widget_class, "win.export-meals", NULL, export_meals_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.accounts", NULL, accounts_action);
  gtk_widget_class_install_action (widget_class, "win.sync", NULL, sync_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-contact", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.edit-contact", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-contact", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "win.save-contact", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.plan-meal", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "people");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s", "meals");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-view", "s", "calendar");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK, "win.move-week", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK, "win.move-week", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK, "win.move-week", "i", 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.sync", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.go-back", NULL);
}

static void
nb_window_init (NbWindow *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->pending_deletes = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_delete_free);
  self->settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* Delete deletes the selected contacts, but only from the list: in an
   * entry it deletes text. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("win.delete-contact")));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);
}

/**
 * nb_window_new:
 * @application: the application
 * @store: (nullable): the store, or %NULL when it could not be opened
 * @error: (nullable): why the store could not be opened
 *
 * Returns: (transfer full): a new window; without a store it only says why
 */
NbWindow *
nb_window_new (GtkApplication *application,
               NbStore        *store,
               const GError   *error)
{
  NbWindow *self;

  self = g_object_new (NB_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);

  if (store != NULL)
    setup_store (self);
  else
    {
      g_autofree char *escaped = g_markup_escape_text (error ? error->message : "", -1);

      /* The description is Pango markup; the message is plain text. */
      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
    }

  return self;
}

/**
 * nb_window_get_store:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the store
 */
NbStore *
nb_window_get_store (NbWindow *self)
{
  g_return_val_if_fail (NB_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * nb_window_show_contact:
 * @self: a window
 * @id: a contact
 *
 * Shows the contact's card, even if a search hides them from the list.
 */
void
nb_window_show_contact (NbWindow *self,
                        gint64    id)
{
  g_return_if_fail (NB_IS_WINDOW (self));

  if (self->store == NULL || self->editing)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "people");
  if (!select_contact (self, id))
    {
      /* Not in the list as searched: the list of everyone shows them once
       * it is loaded. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      nb_contact_list_set_search (self->contacts, NULL);
      self->select_after_reload = id;
    }
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}
