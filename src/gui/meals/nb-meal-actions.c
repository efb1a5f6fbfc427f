/* nb-meal-actions.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meal-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-format.h"
#include "nb-meal-actions.h"
#include "nb-meal-dialog.h"
#include "nb-toast.h"
#include "nb-week.h"

/**
 * NbMealActions:
 *
 * What is done with meals, alike from every view: planning one (with
 * people, on a day), opening one, moving one to another day (with Undo),
 * and deleting one (with Undo). Views ask through #NbView's signals or
 * these actions, for the window to insert as "meal": `plan`, `plan-with`
 * (a contact's id) and `edit` (a meal's id).
 */
struct _NbMealActions
{
  GObject             parent_instance;

  GtkWindow          *window;   /* not owned: the window owns this */
  NbStore            *store;
  NbUndoDelete       *deletes;
  GSimpleActionGroup *actions;
};

G_DEFINE_FINAL_TYPE (NbMealActions, nb_meal_actions, G_TYPE_OBJECT)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------------- */
/* The dialog                                                              */

static void
meal_saved_cb (NbMealDialog  *dialog,
               NbMeeting     *meeting,
               NbMealActions *self)
{
  g_autofree char *meal = nb_meeting_dup_title (meeting);
  g_autofree char *day = NULL;
  g_autofree char *message = NULL;
  GDate date;

  nb_date_from_local_time (nb_meeting_get_start (meeting), &date);

  day = nb_format_day (&date, FALSE);
  /* Translators: a toast: "Lunch with Ada Lovelace on Wednesday,
   * November 25". */
  message = g_strdup_printf (_("%1$s on %2$s"), meal, day);
  nb_toast_show_message (GTK_WIDGET (self->window), message);

  g_signal_emit (self, signals[SAVED], 0, meeting);
}

static void
delete_meal (NbMealActions *self,
             gint64         id)
{
  g_autoptr(NbMeeting) meeting = nb_store_get_meeting (self->store, id);
  g_autofree char *meal = NULL;
  g_autofree char *title = NULL;

  if (meeting == NULL)
    return;

  meal = nb_meeting_dup_title (meeting);
  /* Translators: a toast; %s is the meal: "Lunch with Ada Lovelace". */
  title = g_strdup_printf (C_("meal", "“%s” deleted"), meal);
  nb_undo_delete_meal (self->deletes, GTK_WIDGET (self->window), id, title);
}

static void
meal_delete_requested_cb (NbMealDialog  *dialog,
                          gint64         id,
                          NbMealActions *self)
{
  delete_meal (self, id);
}

static void
present (NbMealActions *self,
         NbMealDialog  *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (meal_saved_cb), self, 0);
  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (meal_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * nb_meal_actions_plan:
 * @self: the meal actions of a window
 * @day: (nullable): the day, or %NULL for today
 * @contact_ids: (nullable) (element-type gint64): whom with
 *
 * Opens the dialog that plans a meal, prefilled with the day (at lunch
 * time) and the people.
 */
void
nb_meal_actions_plan (NbMealActions *self,
                      const GDate   *day,
                      GArray        *contact_ids)
{
  GDate today;

  g_return_if_fail (NB_IS_MEAL_ACTIONS (self));

  if (day == NULL)
    {
      nb_clock_get_today (&today);
      day = &today;
    }

  present (self, nb_meal_dialog_new_for_contacts (self->window, self->store, day,
                                                   NB_MEAL_LUNCH, contact_ids));
}

/**
 * nb_meal_actions_edit:
 * @self: the meal actions of a window
 * @meeting: a meal
 *
 * Opens the meal in its dialog.
 */
void
nb_meal_actions_edit (NbMealActions *self,
                      NbMeeting     *meeting)
{
  g_return_if_fail (NB_IS_MEAL_ACTIONS (self));
  g_return_if_fail (NB_IS_MEETING (meeting));

  present (self, nb_meal_dialog_new (self->window, self->store, meeting));
}

/* ---------------------------------------------------------------------- */
/* Moving, with Undo                                                       */

/* A meal moved to another day keeps its time there, and can be moved
 * back. */
typedef struct
{
  NbMealActions *actions;
  NbMeeting     *before;
} MoveUndo;

static void
move_undo_free (MoveUndo *undo)
{
  g_object_unref (undo->actions);
  g_object_unref (undo->before);
  g_free (undo);
}

static void
undo_move_cb (AdwToast *toast,
              MoveUndo *undo)
{
  NbMealActions *self = undo->actions;
  g_autoptr(NbMeeting) current = nb_store_get_meeting (self->store, nb_meeting_get_id (undo->before));
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;

  if (current == NULL)
    return;

  nb_meeting_set_start (current, nb_meeting_get_start (undo->before));
  saved = nb_store_save_meeting (self->store, current, &error);
  if (saved == NULL)
    nb_toast_show_message (GTK_WIDGET (self->window), error->message);
}

/**
 * nb_meal_actions_move:
 * @self: the meal actions of a window
 * @meeting: a meal
 * @day: the day to move it to, at the same time
 *
 * Moves a meal to another day, with Undo.
 */
void
nb_meal_actions_move (NbMealActions *self,
                      NbMeeting     *meeting,
                      const GDate   *day)
{
  g_autoptr(NbMeeting) stored = NULL;
  g_autoptr(NbMeeting) moved = NULL;
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *meal = NULL;
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  GDateTime *old_start;
  MoveUndo *undo;
  AdwToast *toast;

  g_return_if_fail (NB_IS_MEAL_ACTIONS (self));
  g_return_if_fail (NB_IS_MEETING (meeting));
  g_return_if_fail (day != NULL && g_date_valid (day));

  stored = nb_store_get_meeting (self->store, nb_meeting_get_id (meeting));
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
      nb_toast_show_message (GTK_WIDGET (self->window), error->message);
      return;
    }

  meal = nb_meeting_dup_title (saved);
  when = nb_format_day (day, FALSE);
  /* Translators: a toast: "Lunch with Ada Lovelace moved to Friday,
   * November 27". */
  message = g_strdup_printf (_("%1$s moved to %2$s"), meal, when);
  escaped = g_markup_escape_text (message, -1);

  undo = g_new0 (MoveUndo, 1);
  undo->actions = g_object_ref (self);
  undo->before = g_steal_pointer (&stored);

  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_move_cb), undo,
                         (GClosureNotify) (void (*) (void)) move_undo_free, 0);
  nb_toast_add (GTK_WIDGET (self->window), toast);
}

/* ---------------------------------------------------------------------- */
/* Views and actions                                                       */

static void
view_plan_meal_cb (NbView        *view,
                   const GDate   *day,
                   NbContactIds  *ids,
                   NbMealActions *self)
{
  nb_meal_actions_plan (self, day, ids ? nb_contact_ids_get_ids (ids) : NULL);
}

static void
view_edit_meal_cb (NbView        *view,
                   NbMeeting     *meeting,
                   NbMealActions *self)
{
  nb_meal_actions_edit (self, meeting);
}

static void
view_move_meal_cb (NbView        *view,
                   NbMeeting     *meeting,
                   const GDate   *day,
                   NbMealActions *self)
{
  nb_meal_actions_move (self, meeting, day);
}

/**
 * nb_meal_actions_watch_view:
 * @self: the meal actions of a window
 * @view: one of its views
 *
 * Plans, opens and moves the meals @view asks for.
 */
void
nb_meal_actions_watch_view (NbMealActions *self,
                            NbView        *view)
{
  g_return_if_fail (NB_IS_MEAL_ACTIONS (self));
  g_return_if_fail (NB_IS_VIEW (view));

  g_signal_connect_object (view, "plan-meal", G_CALLBACK (view_plan_meal_cb), self, 0);
  g_signal_connect_object (view, "edit-meal", G_CALLBACK (view_edit_meal_cb), self, 0);
  g_signal_connect_object (view, "move-meal", G_CALLBACK (view_move_meal_cb), self, 0);
}

static void
plan_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_autoptr(GArray) ids = NULL;

  /* From a card: with that person. */
  if (parameter != NULL && g_variant_get_int64 (parameter) > 0)
    {
      gint64 id = g_variant_get_int64 (parameter);

      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, id);
    }

  nb_meal_actions_plan (user_data, NULL, ids);
}

static void
edit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  NbMealActions *self = user_data;
  g_autoptr(NbMeeting) meeting = nb_store_get_meeting (self->store, g_variant_get_int64 (parameter));

  if (meeting != NULL)
    nb_meal_actions_edit (self, meeting);
}

static void
nb_meal_actions_dispose (GObject *object)
{
  NbMealActions *self = (NbMealActions *) object;

  g_clear_object (&self->actions);
  g_clear_object (&self->deletes);

  G_OBJECT_CLASS (nb_meal_actions_parent_class)->dispose (object);
}

static void
nb_meal_actions_finalize (GObject *object)
{
  NbMealActions *self = (NbMealActions *) object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_meal_actions_parent_class)->finalize (object);
}

static void
nb_meal_actions_class_init (NbMealActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nb_meal_actions_dispose;
  object_class->finalize = nb_meal_actions_finalize;

  /**
   * NbMealActions::saved:
   * @self: the meal actions
   * @meeting: the meal as saved
   *
   * A meal was planned or changed in its dialog.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NB_TYPE_MEETING);
}

static void
nb_meal_actions_init (NbMealActions *self)
{
  static const GActionEntry entries[] = {
    { "plan", plan_action },
    { "plan-with", plan_action, "x" },
    { "edit", edit_action, "x" },
  };

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
}

/**
 * nb_meal_actions_new:
 * @window: the window: dialogs and toasts go there
 * @store: the store
 * @deletes: how the window deletes with Undo
 *
 * Returns: (transfer full): the meal actions of @window
 */
NbMealActions *
nb_meal_actions_new (GtkWindow    *window,
                     NbStore      *store,
                     NbUndoDelete *deletes)
{
  NbMealActions *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (NB_IS_UNDO_DELETE (deletes), NULL);

  self = g_object_new (NB_TYPE_MEAL_ACTIONS, NULL);
  self->window = window;
  self->store = g_object_ref (store);
  self->deletes = g_object_ref (deletes);

  return self;
}

/**
 * nb_meal_actions_get_actions:
 * @self: the meal actions of a window
 *
 * Returns: (transfer none): the actions, for the window to insert as "meal"
 */
GActionGroup *
nb_meal_actions_get_actions (NbMealActions *self)
{
  g_return_val_if_fail (NB_IS_MEAL_ACTIONS (self), NULL);

  return G_ACTION_GROUP (self->actions);
}
