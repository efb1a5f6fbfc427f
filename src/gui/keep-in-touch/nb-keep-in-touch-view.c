/* nb-keep-in-touch-view.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-keep-in-touch-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-due-item.h"
#include "nb-due-list.h"
#include "nb-format.h"
#include "nb-keep-in-touch-row.h"
#include "nb-keep-in-touch-view.h"
#include "nb-log-interaction.h"
#include "nb-introduction-dialog.h"
#include "nb-reloader.h"
#include "nb-toast.h"
#include "nb-view.h"

/**
 * NbKeepInTouchView:
 *
 * Whom to get back in touch with: the people due, most overdue first (a
 * page at a time as one scrolls: #NbDueList), each with one click to log
 * a call, a message or a meeting, plan a meal, snooze or open the card,
 * every one with Undo in a toast; below, who will be due this week; when
 * nobody is due, a page that says so. It follows the store (whatever may
 * change who is due) and the default rhythm of Preferences.
 */
struct _NbKeepInTouchView
{
  GtkWidget      parent_instance;

  NbReloader    *reloader;
  NbDueList     *due;
  GSettings     *settings;
  guint          refocus;      /* the row to focus once one goes, plus 1 */

  GtkScrolledWindow   *scroller;
  AdwStatusPage       *empty_page;
  GtkWidget           *introductions_group;
  GtkListBox          *introductions_list;
  GCancellable        *introductions_cancellable;
  GtkWidget           *due_group;
  GtkListBox          *due_list;
  GtkWidget           *spinner;
  GtkWidget           *soon_group;
  GtkListBox          *soon_list;
};

static void nb_keep_in_touch_view_view_iface_init (NbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NbKeepInTouchView, nb_keep_in_touch_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (NB_TYPE_VIEW, nb_keep_in_touch_view_view_iface_init))

/* How many of those due this week are listed. */
#define SOON_SHOWN 20

static NbStore *
get_store (NbKeepInTouchView *self)
{
  return nb_reloader_get_store (self->reloader);
}

static int
default_cadence (NbKeepInTouchView *self)
{
  return g_settings_get_int (self->settings, "default-cadence-days");
}

/* ---------------------------------------------------------------------- */
/* Due this week                                                           */

static void
load_soon (NbKeepInTouchView *self)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->soon_list, 0)) != NULL)
    gtk_list_box_remove (self->soon_list, GTK_WIDGET (row));

  /* Below the people due: shown once all of them are. */
  if (!nb_due_list_get_complete (self->due))
    {
      gtk_widget_set_visible (self->soon_group, FALSE);
      return;
    }

  entries = nb_store_list_due_soon (get_store (self), now, default_cadence (self),
                                    NB_KEEP_IN_TOUCH_SOON_DAYS, &error);
  if (entries == NULL)
    {
      g_warning ("Could not read who is due this week: %s", error->message);
      entries = g_ptr_array_new ();
    }

  for (guint i = 0; i < MIN (entries->len, SOON_SHOWN); i++)
    {
      g_autoptr(NbDueItem) item = nb_due_item_new (g_ptr_array_index (entries, i), TRUE);

      gtk_list_box_append (self->soon_list, nb_keep_in_touch_row_new (get_store (self), item));
    }

  if (entries->len > SOON_SHOWN)
    {
      guint more = entries->len - SOON_SHOWN;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more this week",
                                                            "%u more this week", more),
                                               more);
      GtkWidget *more_row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more_row), text);
      gtk_widget_add_css_class (more_row, "dim-label");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (more_row), FALSE);
      gtk_list_box_append (self->soon_list, more_row);
    }

  gtk_widget_set_visible (self->soon_group, entries->len > 0);
}

/* ---------------------------------------------------------------------- */
/* Introductions in progress                                               */

static GtkWidget *
introduction_row (NbKeepInTouchView *self,
                  NbInteraction     *introduction,
                  gint64             now)
{
  g_autofree char *title = nb_format_people (get_store (self), nb_interaction_get_people (introduction));
  g_autofree char *status = nb_format_introduction_status (introduction, get_store (self), now);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "nb-introduction", g_object_ref (introduction), g_object_unref);

  return row;
}

static void
introductions_listed_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  NbKeepInTouchView *self;
  GtkWidget *child;
  guint n = 0;

  open = nb_store_list_open_introductions_finish (NB_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = NB_KEEP_IN_TOUCH_VIEW (user_data);
  g_clear_object (&self->introductions_cancellable);
  if (open == NULL)
    {
      g_warning ("Could not read the introductions: %s", error->message);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->introductions_list))) != NULL)
    gtk_list_box_remove (self->introductions_list, child);

  now = nb_clock_get_now ();
  for (guint i = 0; i < open->len; i++)
    {
      NbInteraction *introduction = g_ptr_array_index (open, i);
      NbIntroductionStep step = nb_interaction_get_introduction_step (introduction, g_date_time_to_unix (now));

      if (step == NB_INTRODUCTION_STEP_INTRODUCED || step == NB_INTRODUCTION_STEP_NONE ||
          step == NB_INTRODUCTION_STEP_DONE)
        continue;
      gtk_list_box_append (self->introductions_list,
                           introduction_row (self, introduction, g_date_time_to_unix (now)));
      n++;
    }

  gtk_widget_set_visible (self->introductions_group, n > 0);
}

/* The introductions I make that call for a step: asking, introducing,
 * and, a few weeks after, asking how it went; not those waiting for
 * those weeks to pass. Read in a worker thread; the rows shown stay until
 * the new ones are read. */
static void
load_introductions (NbKeepInTouchView *self)
{
  if (self->introductions_cancellable != NULL)
    g_cancellable_cancel (self->introductions_cancellable);
  g_clear_object (&self->introductions_cancellable);
  self->introductions_cancellable = g_cancellable_new ();
  nb_store_list_open_introductions_async (get_store (self), self->introductions_cancellable,
                                          introductions_listed_cb, self);
}

static void
introduction_activated_cb (NbKeepInTouchView *self,
                           GtkListBoxRow     *row)
{
  NbInteraction *introduction = g_object_get_data (G_OBJECT (row), "nb-introduction");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (introduction == NULL || get_store (self) == NULL)
    return;

  gtk_window_present (GTK_WINDOW (nb_introduction_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                              get_store (self), introduction)));
}

/* ---------------------------------------------------------------------- */
/* The people due                                                          */

static void
update_state (NbKeepInTouchView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->due));
  gboolean loading = nb_due_list_get_loading (self->due);
  gboolean loaded = nb_due_list_get_loaded (self->due);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), loaded && n == 0);
  gtk_widget_set_visible (self->due_group, n > 0);
  gtk_widget_set_visible (self->spinner, loading);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), loading);
}

/* Near the end: the next page. */
static void
maybe_load_more (NbKeepInTouchView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double left = gtk_adjustment_get_upper (adjustment) -
                (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment));

  if (left < gtk_adjustment_get_page_size (adjustment) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    nb_due_list_load_more (self->due);
}

static void
due_loading_cb (NbKeepInTouchView *self)
{
  update_state (self);
  if (!nb_due_list_get_loading (self->due))
    {
      load_soon (self);
      maybe_load_more (self);
    }
}

/* A row went (logged, snoozed): the focus goes to the one in its place. */
static void
due_items_changed_cb (NbKeepInTouchView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->due));

  update_state (self);

  if (self->refocus == 0)
    return;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    {
      GtkListBoxRow *row = n > 0 ? gtk_list_box_get_row_at_index (self->due_list,
                                                                   MIN (self->refocus - 1, n - 1))
                                 : NULL;

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->scroller));
    }
  self->refocus = 0;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  NbKeepInTouchView *self = user_data;

  return nb_keep_in_touch_row_new (get_store (self), item);
}

static void
reload_view (GtkWidget *view)
{
  NbKeepInTouchView *self = NB_KEEP_IN_TOUCH_VIEW (view);

  nb_due_list_set_default_cadence (self->due, default_cadence (self));
  nb_due_list_reload (self->due);
  load_introductions (self);
}

static void
cadence_changed_cb (NbKeepInTouchView *self)
{
  if (self->reloader != NULL)
    nb_reloader_queue (self->reloader);
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

typedef struct
{
  NbStore *store;
  gint64   contact_id;
  gint64   snoozed_until;    /* to restore */
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_free (undo);
}

static void
undo_cb (AdwToast *toast,
         Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!nb_store_snooze_contact (undo->store, undo->contact_id, undo->snoozed_until, &error))
    g_warning ("Could not undo: %s", error->message);
}

static void
show_undo_toast (NbKeepInTouchView *self,
                 const char        *message,
                 Undo              *undo)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb), undo, undo_free, 0);
  nb_toast_add (GTK_WIDGET (self), toast);
}

/* Where the row of @contact_id is, to focus the next one when it goes. */
static void
remember_focus (NbKeepInTouchView *self,
                gint64             contact_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->due));

  self->refocus = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NbDueItem) item = g_list_model_get_item (G_LIST_MODEL (self->due), i);

      if (nb_due_item_get_entry (item)->contact_id == contact_id)
        {
          self->refocus = i + 1;
          break;
        }
    }
}

static char *
contact_name (NbKeepInTouchView *self,
              gint64             contact_id)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (get_store (self), contact_id);

  if (contact == NULL || nb_contact_get_full_name (contact) == NULL)
    return g_strdup ("");

  return g_strdup (nb_contact_get_full_name (contact));
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  NbKeepInTouchView *self = NB_KEEP_IN_TOUCH_VIEW (widget);
  gint64 contact_id;
  int kind;

  g_variant_get (parameter, "(xi)", &contact_id, &kind);
  if (get_store (self) == NULL || kind < 0 || kind >= NB_INTERACTION_N_KINDS || kind == NB_INTERACTION_MEAL)
    return;

  remember_focus (self, contact_id);
  nb_log_interaction_now (widget, get_store (self), contact_id, kind);
}

static void
snooze (NbKeepInTouchView *self,
        gint64             contact_id,
        GDateTime         *until)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(NbKeepInTouchEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *message = NULL;
  gint64 previous = 0;
  GDate day;
  Undo *undo;

  if (get_store (self) == NULL)
    return;

  entry = nb_store_get_keep_in_touch (get_store (self), contact_id, now, default_cadence (self), NULL);
  if (entry != NULL && g_date_valid (&entry->snoozed_until))
    {
      g_autoptr(GDateTime) then = g_date_time_new_local (g_date_get_year (&entry->snoozed_until),
                                                         g_date_get_month (&entry->snoozed_until),
                                                         g_date_get_day (&entry->snoozed_until),
                                                         0, 0, 0);

      previous = g_date_time_to_unix (then);
    }

  remember_focus (self, contact_id);
  if (!nb_store_snooze_contact (get_store (self), contact_id, g_date_time_to_unix (until), &error))
    {
      nb_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (until), g_date_time_get_month (until),
                  g_date_time_get_year (until));
  day_text = nb_format_day (&day, FALSE);
  name = contact_name (self, contact_id);
  /* Translators: a toast: "Ada Lovelace snoozed until Friday, December 4". */
  message = g_strdup_printf (_("%1$s snoozed until %2$s"), name, day_text);

  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (get_store (self));
  undo->contact_id = contact_id;
  undo->snoozed_until = previous;
  show_undo_toast (self, message, undo);
}

static void
snooze_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) until = NULL;
  gint64 contact_id;
  int days;

  g_variant_get (parameter, "(xi)", &contact_id, &days);
  if (days <= 0)
    return;

  midnight = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                    g_date_time_get_day_of_month (now), 0, 0, 0);
  until = g_date_time_add_days (midnight, days);
  snooze (NB_KEEP_IN_TOUCH_VIEW (widget), contact_id, until);
}

static void
snooze_until_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GDateTime) until = NULL;
  gint64 contact_id, when;

  g_variant_get (parameter, "(xx)", &contact_id, &when);
  until = g_date_time_new_from_unix_local (when);
  if (until == NULL || g_date_time_compare (until, now) <= 0)
    {
      nb_toast_show_message (widget, _("Choose a day after today"));
      return;
    }

  snooze (NB_KEEP_IN_TOUCH_VIEW (widget), contact_id, until);
}

/* ---------------------------------------------------------------------- */

static void
nb_keep_in_touch_view_dispose (GObject *object)
{
  NbKeepInTouchView *self = (NbKeepInTouchView *) object;

  if (self->introductions_cancellable != NULL)
    g_cancellable_cancel (self->introductions_cancellable);
  g_clear_object (&self->introductions_cancellable);
  if (self->due != NULL)
    g_signal_handlers_disconnect_by_data (self->due, self);
  if (self->reloader != NULL && get_store (self) != NULL)
    g_signal_handlers_disconnect_by_data (get_store (self), self);
  g_clear_object (&self->reloader);
  g_clear_object (&self->due);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_KEEP_IN_TOUCH_VIEW);

  G_OBJECT_CLASS (nb_keep_in_touch_view_parent_class)->dispose (object);
}

static void
nb_keep_in_touch_view_class_init (NbKeepInTouchViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_keep_in_touch_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-keep-in-touch-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchView, scroller);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchView, due_group);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchView, introductions_group);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchView, introductions_list);
  gtk_widget_class_bind_template_callback (widget_class, introduction_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchView, due_list);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchView, spinner);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchView, soon_group);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchView, soon_list);

  gtk_widget_class_install_action (widget_class, "keep-in-touch.log", "(xi)", log_action);
  gtk_widget_class_install_action (widget_class, "keep-in-touch.snooze", "(xi)", snooze_action);
  gtk_widget_class_install_action (widget_class, "keep-in-touch.snooze-until", "(xx)", snooze_until_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nb-keep-in-touch-view");
}

static void
nb_keep_in_touch_view_init (NbKeepInTouchView *self)
{
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::default-cadence-days",
                           G_CALLBACK (cadence_changed_cb), self, G_CONNECT_SWAPPED);
  self->reloader = nb_reloader_new (GTK_WIDGET (self), reload_view);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (maybe_load_more), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (maybe_load_more), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
nb_keep_in_touch_view_new (void)
{
  return g_object_new (NB_TYPE_KEEP_IN_TOUCH_VIEW, NULL);
}

/**
 * nb_keep_in_touch_view_get_due_list:
 *
 * Returns: (transfer none) (nullable): the people due, once there is a
 *   store
 */
NbDueList *
nb_keep_in_touch_view_get_due_list (NbKeepInTouchView *self)
{
  g_return_val_if_fail (NB_IS_KEEP_IN_TOUCH_VIEW (self), NULL);

  return self->due;
}

static NbStore *
view_get_store (NbView *view)
{
  return get_store (NB_KEEP_IN_TOUCH_VIEW (view));
}

static void
view_set_store (NbView  *view,
                NbStore *store)
{
  NbKeepInTouchView *self = NB_KEEP_IN_TOUCH_VIEW (view);

  if (get_store (self) == store)
    return;

  if (get_store (self) != NULL)
    g_signal_handlers_disconnect_by_data (get_store (self), self);
  if (self->due != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->due, self);
      gtk_list_box_bind_model (self->due_list, NULL, NULL, NULL, NULL);
      g_clear_object (&self->due);
    }

  if (store != NULL)
    {
      self->due = nb_due_list_new (store);
      nb_due_list_set_default_cadence (self->due, default_cadence (self));
      gtk_list_box_bind_model (self->due_list, G_LIST_MODEL (self->due), create_row_cb, self, NULL);
      g_signal_connect_swapped (self->due, "notify::loading", G_CALLBACK (due_loading_cb), self);
      g_signal_connect_swapped (self->due, "items-changed", G_CALLBACK (due_items_changed_cb), self);
      /* Anything that may change who is due. */
      g_signal_connect_swapped (store, "keep-in-touch-changed", G_CALLBACK (cadence_changed_cb), self);
    }

  nb_reloader_set_store (self->reloader, store);
  update_state (self);
}

static void
nb_keep_in_touch_view_view_iface_init (NbViewInterface *iface)
{
  iface->title = N_("Keep in Touch");
  iface->icon_name = "emoji-people-symbolic";
  iface->get_store = view_get_store;
  iface->set_store = view_set_store;
}
