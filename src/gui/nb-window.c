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
#include "nb-contact-sidebar.h"
#include "nb-duplicates-window.h"
#include "nb-import-export.h"
#include "nb-keep-in-touch-view.h"
#include "nb-network-view.h"
#include "nb-meal-actions.h"
#include "nb-meal-train-window.h"
#include "nb-meals-view.h"
#include "nb-people-view.h"
#include "nb-preferences-window.h"
#include "nb-sync-button.h"
#include "nb-toast.h"
#include "nb-undo-delete.h"
#include "nb-week.h"
#include "nb-window.h"

/**
 * NbWindow:
 *
 * The main window, a shell: the people in a sidebar that is always there
 * (it folds away below 600 px), the views beside it in a view stack
 * (People, Meals, Calendar: each an #NbView of its own), the header bars,
 * the toasts, and the window's size. What is done with contacts, meals
 * and files lives in the views and in the window's helpers, whose
 * actions it inserts: "people" (#NbPeopleView), "meal" (#NbMealActions),
 * "files" (#NbImportExport); its own, "win", are the shell's.
 */
struct _NbWindow
{
  AdwApplicationWindow  parent_instance;

  NbStore              *store;
  GSettings            *settings;
  NbSyncManager        *sync_manager;
  NbUndoDelete         *deletes;
  NbImportExport       *import_export;
  NbMealActions        *meal_actions;
  NbPeopleView         *people_view;
  gboolean              closing;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_pane;
  NbContactSidebar     *sidebar;
  NbSyncButton         *sync_button;
  GtkWidget            *back_button;
  GtkWidget            *cancel_button;
  GtkWidget            *done_button;
  GtkWidget            *delete_button;
  GtkWidget            *edit_button;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwStatusPage        *error_page;

  guint                 changes_source;
};

G_DEFINE_FINAL_TYPE (NbWindow, nb_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------------- */
/* Views                                                                   */

static void
show_view (NbWindow   *self,
           const char *name)
{
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static NbView *
visible_view (NbWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  return NB_IS_VIEW (child) ? NB_VIEW (child) : NULL;
}

/* The header shows People's buttons while People is shown. */
static void
update_header (NbWindow *self)
{
  gboolean people = self->people_view != NULL &&
                    visible_view (self) == NB_VIEW (self->people_view);
  gboolean editing = self->people_view != NULL && nb_people_view_get_editing (self->people_view);

  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet) && !editing);
  gtk_widget_set_visible (self->cancel_button, people && editing);
  gtk_widget_set_visible (self->done_button, people && editing);
  gtk_widget_set_visible (self->edit_button,
                          people && nb_people_view_get_showing_card (self->people_view));
  gtk_widget_set_visible (self->delete_button,
                          people && !editing && nb_people_view_get_n_selected (self->people_view) > 0);
}

static void
add_view (NbWindow   *self,
          NbView     *view,
          const char *name,
          gboolean    in_switcher)
{
  const char *title = nb_view_get_title (view);
  const char *icon_name = nb_view_get_icon_name (view);
  AdwViewStackPage *page;

  nb_view_set_store (view, self->store);
  /* A view the sidebar opens (Keep in Touch) has no button of its own:
   * four do not fit a phone's width. */
  if (in_switcher)
    {
      page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (view), name, title);
      adw_view_stack_page_set_icon_name (page, icon_name);
    }
  else
    adw_view_stack_add_named (self->view_stack, GTK_WIDGET (view), name);
  nb_meal_actions_watch_view (self->meal_actions, view);
}

static void
view_changed_cb (NbWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  nb_contact_sidebar_set_keep_in_touch_shown (self->sidebar, g_strcmp0 (name, "keep-in-touch") == 0);
  update_header (self);
}

static void
leaflet_folded_cb (NbWindow *self)
{
  update_header (self);
}

/* A meal planned or changed: every view shows its time. */
static void
meal_saved_cb (NbWindow  *self,
               NbMeeting *meeting)
{
  GDate day;

  nb_date_from_local_time (nb_meeting_get_start (meeting), &day);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (NB_IS_VIEW (child))
        nb_view_show_day (NB_VIEW (child), &day);
    }
}

/* ---------------------------------------------------------------------- */
/* The sidebar and People                                                  */

static void
sidebar_selection_changed_cb (NbWindow *self,
                              gboolean  by_person)
{
  g_autoptr(GArray) ids = nb_contact_sidebar_dup_selected_ids (self->sidebar);

  if (self->people_view == NULL)
    return;

  nb_people_view_show_selection (self->people_view, ids,
                                 nb_contact_sidebar_has_no_contacts (self->sidebar));

  /* Choosing someone shows their card, whichever view was open. */
  if (by_person && ids->len == 1 && !nb_people_view_get_editing (self->people_view))
    show_view (self, "people");
}

static void
sidebar_activated_cb (NbWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
people_editing_cb (NbWindow *self)
{
  gboolean editing = nb_people_view_get_editing (self->people_view);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  nb_contact_sidebar_set_key_capture (self->sidebar, editing ? NULL : GTK_WIDGET (self));
  gtk_widget_set_sensitive (self->sidebar_pane, !editing);

  if (editing)
    show_view (self, "people");
  else if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->people_view)))
    nb_contact_sidebar_focus_list (self->sidebar);

  update_header (self);
}

static void
contact_saved_cb (NbWindow *self,
                  gint64    id)
{
  nb_contact_sidebar_reveal (self->sidebar, id);
}

static void
contacts_restored_cb (NbWindow *self,
                      GArray   *ids)
{
  nb_contact_sidebar_reveal (self->sidebar, g_array_index (ids, gint64, 0));
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

static void
show_toast_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  nb_toast_show_message (widget, g_variant_get_string (parameter, NULL));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    show_view (self, name);
}

/* By weeks, months…, where time is shown. */
static void
move_week_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NbView *view = visible_view (NB_WINDOW (widget));

  if (view != NULL)
    nb_view_move (view, g_variant_get_int32 (parameter));
}

static void
show_contact_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  nb_window_show_contact (NB_WINDOW (widget), g_variant_get_int64 (parameter));
}

/* A meal train's window: the one open already, or a new one. */
static void
show_duplicates_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  GListModel *windows = gtk_window_get_toplevels ();

  if (self->store == NULL)
    return;

  /* One review at a time; asked again, it looks again. */
  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (windows, i);

      if (NB_IS_DUPLICATES_WINDOW (window))
        {
          nb_duplicates_window_look_again (NB_DUPLICATES_WINDOW (window));
          gtk_window_present (GTK_WINDOW (window));
          return;
        }
    }

  gtk_window_present (GTK_WINDOW (nb_duplicates_window_new (GTK_WINDOW (self), self->store)));
}

static void
show_meal_train_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  GListModel *windows = gtk_window_get_toplevels ();

  if (self->store == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (windows, i);

      if (NB_IS_MEAL_TRAIN_WINDOW (window) &&
          nb_meal_train_window_get_train_id (NB_MEAL_TRAIN_WINDOW (window)) == id)
        {
          gtk_window_present (GTK_WINDOW (window));
          return;
        }
    }

  gtk_window_present (GTK_WINDOW (nb_meal_train_window_new (GTK_WINDOW (self), self->store, id)));
}

/* The map of the network around a person (0: around me). */
static void
show_on_map_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);
  GtkWidget *view = adw_view_stack_get_child_by_name (self->view_stack, "map");

  if (view == NULL)
    return;

  nb_network_view_show_person (NB_NETWORK_VIEW (view), g_variant_get_int64 (parameter));
  show_view (self, "map");
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);

  if (self->people_view == NULL || nb_people_view_get_editing (self->people_view))
    return;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  nb_contact_sidebar_focus_search (self->sidebar);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  NbWindow *self = NB_WINDOW (widget);

  if (self->people_view != NULL && !nb_people_view_get_editing (self->people_view))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GtkWidget *preferences = nb_preferences_window_new (GTK_WINDOW (widget));

  nb_preferences_window_set_store (NB_PREFERENCES_WINDOW (preferences), NB_WINDOW (widget)->store);
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
  nb_sync_button_sync (NB_WINDOW (widget)->sync_button);
}

/* ---------------------------------------------------------------------- */
/* The window                                                              */

static void
active_changed_cb (NbWindow *self)
{
  /* Contacts imported from the command line while the window was in the
   * background show up when it comes back. */
  if (self->store != NULL && gtk_window_is_active (GTK_WINDOW (self)))
    nb_store_check_for_changes (self->store);
}

/* What another process (netbook --import or --sync from a terminal, another
 * window) stored shows up while the window is open, within seconds; a
 * look at SQLite's data_version costs next to nothing. */
#define CHANGES_INTERVAL 2

static gboolean
check_changes_cb (gpointer user_data)
{
  NbWindow *self = user_data;

  nb_store_check_for_changes (self->store);
  return G_SOURCE_CONTINUE;
}

static void
save_window_state (NbWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
nb_window_close_request (GtkWindow *window)
{
  NbWindow *self = NB_WINDOW (window);

  /* Unsaved edits are never dropped without asking. */
  if (self->people_view != NULL && nb_people_view_close_request (self->people_view))
    return TRUE;

  self->closing = TRUE;
  if (self->import_export != NULL)
    nb_import_export_close (self->import_export);
  if (self->deletes != NULL)
    nb_undo_delete_commit_all (self->deletes);
  save_window_state (self);

  return GTK_WINDOW_CLASS (nb_window_parent_class)->close_request (window);
}

/* Today's birthdays, first thing when the window opens. */
static void
announce_birthdays (NbWindow *self)
{
  g_autoptr(GPtrArray) today_events = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
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
      escaped = g_markup_escape_text (title, -1);
      toast = adw_toast_new (escaped);
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

/* The views and the window's helpers, once the store is open. */
static void
setup_store (NbWindow *self)
{
  self->deletes = nb_undo_delete_new (self->store);
  self->import_export = nb_import_export_new (GTK_WINDOW (self), self->store);
  self->meal_actions = nb_meal_actions_new (GTK_WINDOW (self), self->store, self->deletes);
  self->people_view = NB_PEOPLE_VIEW (nb_people_view_new (self->store, self->deletes));

  gtk_widget_insert_action_group (GTK_WIDGET (self), "files",
                                  nb_import_export_get_actions (self->import_export));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "meal",
                                  nb_meal_actions_get_actions (self->meal_actions));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "people",
                                  nb_people_view_get_actions (self->people_view));
  nb_import_export_accept_drops (self->import_export, GTK_WIDGET (self));

  add_view (self, NB_VIEW (self->people_view), "people", TRUE);
  add_view (self, NB_VIEW (nb_meals_view_new ()), "meals", TRUE);
  add_view (self, NB_VIEW (nb_calendar_view_new ()), "calendar", TRUE);
  add_view (self, NB_VIEW (nb_keep_in_touch_view_new ()), "keep-in-touch", FALSE);
  add_view (self, NB_VIEW (nb_network_view_new ()), "map", FALSE);

  g_signal_connect_object (self->people_view, "notify::editing", G_CALLBACK (people_editing_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->people_view, "notify::showing-card", G_CALLBACK (update_header), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->people_view, "notify::n-selected", G_CALLBACK (update_header), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->people_view, "contact-saved", G_CALLBACK (contact_saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->deletes, "contacts-restored", G_CALLBACK (contacts_restored_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meal_actions, "saved", G_CALLBACK (meal_saved_cb), self,
                           G_CONNECT_SWAPPED);

  nb_contact_sidebar_set_store (self->sidebar, self->store);
  nb_contact_sidebar_set_key_capture (self->sidebar, GTK_WIDGET (self));
  nb_contact_sidebar_focus_search (self->sidebar);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);
  self->changes_source = g_timeout_add_seconds (CHANGES_INTERVAL, check_changes_cb, self);

  announce_birthdays (self);
  sidebar_selection_changed_cb (self, FALSE);
  update_header (self);
}

static void
nb_window_dispose (GObject *object)
{
  NbWindow *self = (NbWindow *) object;

  self->closing = TRUE;
  g_clear_handle_id (&self->changes_source, g_source_remove);
  if (self->deletes != NULL)
    nb_undo_delete_commit_all (self->deletes);
  if (self->import_export != NULL)
    nb_import_export_close (self->import_export);

  /* libadwaita 1.2 warns when a view switcher lets go of a stack that is
   * already disposed: let go first. */
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_WINDOW);

  self->people_view = NULL;
  g_clear_object (&self->meal_actions);
  g_clear_object (&self->import_export);
  g_clear_object (&self->deletes);
  g_clear_object (&self->settings);
  g_clear_object (&self->sync_manager);

  G_OBJECT_CLASS (nb_window_parent_class)->dispose (object);
}

static void
nb_window_finalize (GObject *object)
{
  NbWindow *self = (NbWindow *) object;

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

static void
nb_window_class_init (NbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const struct {
    guint           keyval;
    GdkModifierType modifiers;
    const char     *action;
    const char     *format;
    gintptr         value;
  } keys[] = {
    { GDK_KEY_n, GDK_CONTROL_MASK, "people.new", NULL, 0 },
    { GDK_KEY_e, GDK_CONTROL_MASK, "people.edit", NULL, 0 },
    { GDK_KEY_s, GDK_CONTROL_MASK, "people.save", NULL, 0 },
    { GDK_KEY_Return, GDK_CONTROL_MASK, "people.save", NULL, 0 },
    { GDK_KEY_Escape, 0, "people.cancel", NULL, 0 },
    { GDK_KEY_i, GDK_CONTROL_MASK, "files.import", NULL, 0 },
    { GDK_KEY_m, GDK_CONTROL_MASK, "meal.plan", NULL, 0 },
    { GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL, 0 },
    { GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL, 0 },
    { GDK_KEY_F5, 0, "win.sync", NULL, 0 },
    { GDK_KEY_Left, GDK_ALT_MASK, "win.go-back", NULL, 0 },
    { GDK_KEY_Page_Up, GDK_ALT_MASK, "win.move-week", "i", -1 },
    { GDK_KEY_Page_Down, GDK_ALT_MASK, "win.move-week", "i", 1 },
    { GDK_KEY_Home, GDK_ALT_MASK, "win.move-week", "i", 0 },
  };

  object_class->dispose = nb_window_dispose;
  object_class->finalize = nb_window_finalize;
  object_class->get_property = nb_window_get_property;
  object_class->set_property = nb_window_set_property;
  window_class->close_request = nb_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, NB_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (NB_TYPE_CONTACT_SIDEBAR);
  g_type_ensure (NB_TYPE_SYNC_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, sync_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, done_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, NbWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-toast", "s", show_toast_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.move-week", "i", move_week_action);
  gtk_widget_class_install_action (widget_class, "win.show-contact", "x", show_contact_action);
  gtk_widget_class_install_action (widget_class, "win.show-on-map", "x", show_on_map_action);
  gtk_widget_class_install_action (widget_class, "win.show-meal-train", "x", show_meal_train_action);
  gtk_widget_class_install_action (widget_class, "win.show-duplicates", NULL, show_duplicates_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.accounts", NULL, accounts_action);
  gtk_widget_class_install_action (widget_class, "win.sync", NULL, sync_action);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (keys[i].format != NULL)
        gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, keys[i].modifiers,
                                             keys[i].action, keys[i].format, (int) keys[i].value);
      else
        gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, keys[i].modifiers,
                                             keys[i].action, NULL);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "people");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s", "meals");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-view", "s", "calendar");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-view", "s", "keep-in-touch");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK, "win.show-on-map", "x",
                                       (gint64) NB_NETWORK_ME);
}

static void
nb_window_init (NbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
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
  nb_sync_button_set_manager (self->sync_button, manager);
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

  if (self->people_view == NULL || nb_people_view_get_editing (self->people_view))
    return;

  show_view (self, "people");
  nb_contact_sidebar_reveal (self->sidebar, id);
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
  g_return_if_fail (NB_IS_WINDOW (self));

  if (self->meal_actions != NULL)
    nb_meal_actions_plan (self->meal_actions, day, contact_ids);
}

/**
 * nb_window_import_files:
 * @self: a window
 * @files: (array length=n_files): vCard or iCalendar files
 * @n_files: how many
 *
 * Imports the files in the background, as files dropped on the window are.
 */
void
nb_window_import_files (NbWindow  *self,
                        GFile    **files,
                        guint      n_files)
{
  g_return_if_fail (NB_IS_WINDOW (self));

  if (self->import_export != NULL)
    nb_import_export_import_files (self->import_export, files, n_files);
}
