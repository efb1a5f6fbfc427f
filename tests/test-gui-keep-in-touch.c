/* test-gui-keep-in-touch.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "nb-cadence.h"
#include "nb-clock.h"
#include "nb-contact-card.h"
#include "nb-contact-history.h"
#include "nb-contact-sidebar.h"
#include "nb-contact-chooser.h"
#include "nb-format.h"
#include "nb-give-and-take-group.h"
#include "nb-gui-test-util.h"
#include "nb-interaction-dialog.h"
#include "nb-introduction-dialog.h"
#include "nb-introduction-mail.h"
#include "nb-introductions-group.h"
#include "nb-keep-in-touch-row.h"
#include "nb-keep-in-touch-view.h"
#include "nb-preferences-window.h"
#include "nb-test-util.h"
#include "nb-undo-delete.h"

/* The Keep in Touch view in the real window, driven through its buttons:
 * an overdue person is listed, a call logged takes them off the list and
 * into their card's history, Undo brings them back, a snooze hides them,
 * the sidebar's count follows, and nobody due shows the empty page. Then
 * a card's history alone: pages as it scrolls, months, delete and Undo.
 * The clock is fixed on Wednesday, November 25, 2026, at 10:00; the
 * default rhythm is a month. */

typedef NbGuiFixture Fixture;

static gint64
add_interaction (NbStore           *store,
                 gint64             contact_id,
                 NbInteractionKind  kind,
                 int                year,
                 int                month,
                 int                day)
{
  g_autoptr(GDateTime) when = g_date_time_new_local (year, month, day, 12, 0, 0);
  g_autoptr(NbInteraction) interaction = nb_interaction_new_with_contact (kind, contact_id, when);
  g_autoptr(NbInteraction) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = nb_store_save_interaction (store, interaction, &error);
  g_assert_no_error (error);

  return nb_interaction_get_id (saved);
}

static NbContactSidebar *
sidebar (Fixture *fixture)
{
  return NB_CONTACT_SIDEBAR (nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_SIDEBAR, NULL, NULL));
}

typedef struct
{
  Fixture *fixture;
  guint    n;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *wait = data;

  return nb_contact_sidebar_get_n_due (sidebar (wait->fixture)) == wait->n;
}

static void
wait_for_count (Fixture *fixture,
                guint    n)
{
  CountWait wait = { fixture, n };

  nb_test_wait_for (count_is, &wait);
}

static NbKeepInTouchView *
show_view (Fixture *fixture)
{
  GtkWidget *view;

  /* As Alt+4 and the sidebar's entry do. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "keep-in-touch");
  nb_gui_settle ();
  view = nb_gui_wait_for_widget (fixture->window, NB_TYPE_KEEP_IN_TOUCH_VIEW, NULL, NULL);

  return NB_KEEP_IN_TOUCH_VIEW (view);
}

static GtkWidget *
button_in (GtkWidget  *row,
           const char *tooltip)
{
  GtkWidget *button = nb_gui_find_widget (row, GTK_TYPE_BUTTON, "tooltip-text", tooltip, FALSE);

  g_assert_nonnull (button);
  return button;
}

/* Ada, last called in early September, is due; Grace, met four weeks ago,
 * will be on Friday; Alan, met last week, is not. */
static void
test_log_and_undo (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  gint64 grace = nb_test_add_contact (fixture->store, "Grace Hopper", NULL);
  gint64 alan = nb_test_add_contact (fixture->store, "Alan Turing", NULL);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  NbKeepInTouchView *view;
  NbHistoryItem *newest;
  GtkWidget *row, *card, *history_widget;

  add_interaction (fixture->store, ada, NB_INTERACTION_CALL, 2026, 9, 1);
  add_interaction (fixture->store, grace, NB_INTERACTION_MET, 2026, 10, 29);
  add_interaction (fixture->store, alan, NB_INTERACTION_MET, 2026, 11, 18);

  wait_for_count (fixture, 1);
  view = show_view (fixture);

  /* Ada is listed, with why; Grace below, due this week; Alan nowhere. */
  row = nb_gui_wait_for_widget (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Ada Lovelace");
  g_assert_false (nb_due_item_get_soon (nb_keep_in_touch_row_get_item (NB_KEEP_IN_TOUCH_ROW (row))));
  g_assert_cmpint (nb_due_item_get_entry (nb_keep_in_touch_row_get_item (NB_KEEP_IN_TOUCH_ROW (row)))->last_kind,
                   ==, NB_INTERACTION_CALL);
  {
    GtkWidget *soon = nb_gui_wait_for_widget (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Grace Hopper");

    g_assert_true (nb_due_item_get_soon (nb_keep_in_touch_row_get_item (NB_KEEP_IN_TOUCH_ROW (soon))));
    nb_gui_wait_for_widget (view, ADW_TYPE_PREFERENCES_GROUP, "title", _("Due This Week"));
  }
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (view), NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Alan Turing", FALSE));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (nb_keep_in_touch_view_get_due_list (view))), ==, 1);

  /* Log a Call: she is off the list, the count is 0, the empty page shows. */
  nb_gui_click (button_in (row, _("Log a Call")));
  nb_gui_wait_for_widget_gone (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Ada Lovelace");
  wait_for_count (fixture, 0);
  nb_gui_wait_for_widget (view, ADW_TYPE_STATUS_PAGE, "title", _("Nobody to Get Back in Touch With"));

  /* The call is in her history: newest first, today. */
  history = nb_store_list_history (fixture->store, ada, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  newest = g_ptr_array_index (history, 0);
  g_assert_cmpint (nb_history_item_get_kind (newest), ==, NB_HISTORY_ITEM_INTERACTION);
  g_assert_cmpint (nb_history_item_get_interaction_kind (newest), ==, NB_INTERACTION_CALL);
  {
    g_autoptr(GDateTime) now = nb_clock_get_now ();

    g_assert_cmpint (nb_history_item_get_date (newest), ==, g_date_time_to_unix (now));
  }

  /* Undo: back on the list, and counted. */
  nb_gui_click (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_BUTTON, "label", _("_Undo")));
  nb_gui_wait_for_widget (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Ada Lovelace");
  wait_for_count (fixture, 1);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = nb_store_list_history (fixture->store, ada, NULL, 10, &error);
  g_assert_cmpuint (history->len, ==, 1);

  /* Logged again, then seen on her card, in the history. */
  row = nb_gui_wait_for_widget (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Ada Lovelace");
  nb_gui_click (button_in (row, _("Log a Call")));
  nb_gui_wait_for_widget_gone (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Ada Lovelace");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-contact", "x", ada);
  card = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_CARD, NULL, NULL);
  history_widget = nb_gui_wait_for_widget (card, NB_TYPE_CONTACT_HISTORY, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (nb_contact_history_get_model (NB_CONTACT_HISTORY (history_widget))),
                    ==, 2);
  {
    const char *none[] = { NULL };
    g_autofree char *call = nb_interaction_describe (NB_INTERACTION_CALL, none);

    nb_gui_wait_for_widget (history_widget, ADW_TYPE_ACTION_ROW, "title", call);
  }
}

/* Snoozed for a week: off the list until then (due this week instead),
 * the count follows; Undo brings her back. */
static void
test_snooze (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  gint64 grace = nb_test_add_contact (fixture->store, "Grace Hopper", NULL);
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(NbKeepInTouchEntry) entry = NULL;
  NbKeepInTouchView *view;
  GtkWidget *row, *snooze;

  add_interaction (fixture->store, ada, NB_INTERACTION_MESSAGE, 2026, 8, 3);
  add_interaction (fixture->store, grace, NB_INTERACTION_MET, 2026, 9, 20);

  wait_for_count (fixture, 2);
  view = show_view (fixture);

  /* Most overdue first. */
  row = nb_gui_wait_for_widget (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Ada Lovelace");
  {
    NbDueList *due = nb_keep_in_touch_view_get_due_list (view);
    g_autoptr(NbDueItem) first = g_list_model_get_item (G_LIST_MODEL (due), 0);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (due)), ==, 2);
    g_assert_cmpint (nb_due_item_get_entry (first)->contact_id, ==, ada);
  }

  /* The snooze menu: a week. */
  snooze = nb_gui_find_widget (row, GTK_TYPE_MENU_BUTTON, "tooltip-text", _("Snooze"), FALSE);
  g_assert_nonnull (snooze);
  gtk_menu_button_popup (GTK_MENU_BUTTON (snooze));
  nb_gui_click (nb_gui_wait_for_widget (snooze, GTK_TYPE_BUTTON, "label", _("For a _Week")));

  /* Off the list, due in a week instead; the count follows. */
  wait_for_count (fixture, 1);
  {
    NbDueList *due = nb_keep_in_touch_view_get_due_list (view);

    while (g_list_model_get_n_items (G_LIST_MODEL (due)) != 1)
      g_main_context_iteration (NULL, TRUE);
  }
  entry = nb_store_get_keep_in_touch (fixture->store, ada, now, 30, NULL);
  g_assert_nonnull (entry);
  g_assert_true (g_date_valid (&entry->snoozed_until));
  g_assert_cmpint (g_date_get_day (&entry->snoozed_until), ==, 2);
  g_assert_cmpint (g_date_get_month (&entry->snoozed_until), ==, G_DATE_DECEMBER);
  row = nb_gui_wait_for_widget (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Ada Lovelace");
  g_assert_true (nb_due_item_get_soon (nb_keep_in_touch_row_get_item (NB_KEEP_IN_TOUCH_ROW (row))));

  /* Undo: no snooze, due again. */
  nb_gui_click (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_BUTTON, "label", _("_Undo")));
  wait_for_count (fixture, 2);
  g_clear_pointer (&entry, nb_keep_in_touch_entry_free);
  entry = nb_store_get_keep_in_touch (fixture->store, ada, now, 30, NULL);
  g_assert_false (g_date_valid (&entry->snoozed_until));
}

/* Nobody due: the empty page, and no count in the sidebar; someone due
 * later (a new rhythm in Preferences) appears without a reload. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  NbKeepInTouchView *view;

  add_interaction (fixture->store, ada, NB_INTERACTION_MET, 2026, 11, 11);
  view = show_view (fixture);
  nb_gui_wait_for_widget (view, ADW_TYPE_STATUS_PAGE, "title", _("Nobody to Get Back in Touch With"));
  g_assert_cmpuint (nb_contact_sidebar_get_n_due (sidebar (fixture)), ==, 0);

  /* Every week: she is due (two weeks since). */
  g_settings_set_int (settings, "default-cadence-days", 7);
  nb_gui_wait_for_widget (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Ada Lovelace");
  wait_for_count (fixture, 1);
  nb_gui_wait_for_widget_gone (view, ADW_TYPE_STATUS_PAGE, "title", _("Nobody to Get Back in Touch With"));
  g_settings_reset (settings, "default-cadence-days");
  nb_gui_wait_for_widget_gone (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Ada Lovelace");
  wait_for_count (fixture, 0);
}

/* Preferences: a circle's rhythm makes its people due; the list's rows
 * say when you were last in touch once the switch is on. */
static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *tags[] = { "Mentors", NULL };
  g_autoptr(NbContact) draft = nb_test_contact_new ("Ada Lovelace", NULL);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GPtrArray) circles = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *weekly = nb_cadence_describe (7);
  g_autofree char *ago = nb_keep_in_touch_describe_since (14);
  g_autofree char *reason = NULL;
  NbKeepInTouchView *view;
  GtkWindow *preferences;
  GtkWidget *row, *kit_row;
  GListModel *choices;
  guint weekly_index = G_MAXUINT;

  nb_contact_set_tags (draft, tags);
  saved = nb_store_save_contact (fixture->store, draft, &error);
  g_assert_no_error (error);
  add_interaction (fixture->store, nb_contact_get_id (saved), NB_INTERACTION_MET, 2026, 11, 11);
  view = show_view (fixture);
  nb_gui_wait_for_widget (view, ADW_TYPE_STATUS_PAGE, "title", _("Nobody to Get Back in Touch With"));

  /* Mentors: every week. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preferences", NULL);
  preferences = nb_gui_wait_for_window (NB_TYPE_PREFERENCES_WINDOW);
  row = nb_gui_wait_for_widget (preferences, ADW_TYPE_COMBO_ROW, "title", "Mentors");
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), weekly))
      weekly_index = i;
  g_assert_cmpuint (weekly_index, !=, G_MAXUINT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), weekly_index);

  circles = nb_store_list_circles (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (circles->len, ==, 1);
  g_assert_cmpint (((NbCircle *) g_ptr_array_index (circles, 0))->cadence_days, ==, 7);

  /* She is due, because of the circle. */
  wait_for_count (fixture, 1);
  kit_row = nb_gui_wait_for_widget (view, NB_TYPE_KEEP_IN_TOUCH_ROW, "title", "Ada Lovelace");
  reason = nb_keep_in_touch_entry_describe (nb_due_item_get_entry (nb_keep_in_touch_row_get_item (NB_KEEP_IN_TOUCH_ROW (kit_row))));
  g_assert_nonnull (strstr (reason, "Mentors"));

  /* Last in touch in the list: "2 weeks ago" under her name. */
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (sidebar (fixture)), GTK_TYPE_LABEL, "label", ago, TRUE));
  /* As Enter on the row does: its switch goes on. */
  gtk_widget_activate (nb_gui_wait_for_widget (preferences, ADW_TYPE_ACTION_ROW, "title",
                                               _("Show _Last in Touch in the List")));
  nb_gui_wait_for_widget (sidebar (fixture), GTK_TYPE_LABEL, "label", ago);
  gtk_window_destroy (preferences);
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_assert_true (g_settings_get_boolean (settings, "show-last-in-touch"));
    g_settings_reset (settings, "show-last-in-touch");
  }
}

/* Add… on the card: the dialog logs a video call with her and Grace, with
 * a note; both have it in their history; Edit changes it. */
static void
test_interaction_dialog (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  gint64 grace = nb_test_add_contact (fixture->store, "Grace Hopper", NULL);
  g_autoptr(GPtrArray) ada_history = NULL;
  g_autoptr(GPtrArray) grace_history = NULL;
  g_autoptr(NbInteraction) logged = NULL;
  GtkWidget *card, *kind_row, *note_row, *chooser;
  GtkWindow *dialog;
  GListModel *kinds;
  guint video = G_MAXUINT;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-contact", "x", ada);
  card = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_CARD, NULL, NULL);
  gtk_widget_activate_action (card, "card.add-interaction", NULL);
  dialog = nb_gui_wait_for_window (NB_TYPE_INTERACTION_DIALOG);

  /* Every kind one types, not a meal. */
  kind_row = nb_gui_wait_for_widget (dialog, ADW_TYPE_COMBO_ROW, "title", _("_How"));
  kinds = adw_combo_row_get_model (ADW_COMBO_ROW (kind_row));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, NB_INTERACTION_N_KINDS - 1);
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      const char *label = gtk_string_list_get_string (GTK_STRING_LIST (kinds), i);

      g_assert_cmpstr (label, !=, nb_interaction_kind_get_label (NB_INTERACTION_MEAL));
      if (g_str_equal (label, nb_interaction_kind_get_label (NB_INTERACTION_VIDEO_CALL)))
        video = i;
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row), video);

  /* Grace too, and a note. */
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Ada Lovelace");
  chooser = nb_gui_wait_for_widget (dialog, NB_TYPE_CONTACT_CHOOSER, NULL, NULL);
  g_signal_emit_by_name (chooser, "contact-chosen", grace);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Grace Hopper");
  note_row = nb_gui_wait_for_widget (dialog, ADW_TYPE_ENTRY_ROW, "title", _("_Note"));
  gtk_editable_set_text (GTK_EDITABLE (note_row), "About the <engine>");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "interaction.save", NULL);
  nb_gui_wait_window_gone (NB_TYPE_INTERACTION_DIALOG);

  /* Once, for both. */
  ada_history = nb_store_list_history (fixture->store, ada, NULL, 10, NULL);
  grace_history = nb_store_list_history (fixture->store, grace, NULL, 10, NULL);
  g_assert_cmpuint (ada_history->len, ==, 1);
  g_assert_cmpuint (grace_history->len, ==, 1);
  g_assert_cmpint (nb_history_item_get_id (g_ptr_array_index (ada_history, 0)), ==,
                   nb_history_item_get_id (g_ptr_array_index (grace_history, 0)));
  logged = nb_store_get_interaction (fixture->store, nb_history_item_get_id (g_ptr_array_index (ada_history, 0)));
  g_assert_cmpint (nb_interaction_get_kind (logged), ==, NB_INTERACTION_VIDEO_CALL);
  g_assert_cmpstr (nb_interaction_get_note (logged), ==, "About the <engine>");
  g_assert_cmpuint (nb_interaction_get_people (logged)->len, ==, 2);

  /* Edit: the same dialog, filled in; Grace removed. */
  gtk_widget_activate_action (nb_gui_wait_for_widget (card, NB_TYPE_CONTACT_HISTORY, NULL, NULL),
                              "history.edit", "x", nb_interaction_get_id (logged));
  dialog = nb_gui_wait_for_window (NB_TYPE_INTERACTION_DIALOG);
  note_row = nb_gui_wait_for_widget (dialog, ADW_TYPE_ENTRY_ROW, "title", _("_Note"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note_row)), ==, "About the <engine>");
  nb_gui_click (nb_gui_find_widget (nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Grace Hopper"),
                                    GTK_TYPE_BUTTON, NULL, NULL, TRUE));
  nb_gui_wait_for_widget_gone (dialog, ADW_TYPE_ACTION_ROW, "title", "Grace Hopper");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "interaction.save", NULL);
  nb_gui_wait_window_gone (NB_TYPE_INTERACTION_DIALOG);
  g_clear_pointer (&grace_history, g_ptr_array_unref);
  grace_history = nb_store_list_history (fixture->store, grace, NULL, 10, NULL);
  g_assert_cmpuint (grace_history->len, ==, 0);
}

/* ---------------------------------------------------------------------- */
/* A card's history alone                                                  */

static GtkListBox *
history_list (NbContactHistory *history)
{
  GtkWidget *list = nb_gui_find_widget (GTK_WIDGET (history), GTK_TYPE_LIST_BOX, NULL, NULL, FALSE);

  g_assert_nonnull (list);
  return GTK_LIST_BOX (list);
}

typedef struct
{
  GListModel *model;
  guint       n;
} ModelWait;

static gboolean
model_has (gpointer data)
{
  ModelWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n;
}

static void
wait_for_n_items (GListModel *model,
                  guint       n)
{
  ModelWait wait = { model, n };

  nb_test_wait_for (model_has, &wait);
}

/* Three years of calls, one every five days (220): a page is read, more as
 * the scroller nears its end, never all at once; the first item of each
 * month has the month's name above it; a delete hides at once, Undo
 * brings it back, and it is gone for good when the toast is. */
/* A favour asked of me, answered no: the answer row shows only for
 * favours, the answer is stored with its day and who reached out, and the
 * history says it plainly. */
static void
test_answer (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(NbInteraction) logged = NULL;
  g_autofree char *said = NULL;
  GtkWidget *card, *kind_row, *answer_row, *initiator_row, *row;
  GtkWindow *dialog;
  GListModel *kinds;
  guint favour = G_MAXUINT;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-contact", "x", ada);
  card = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_CARD, NULL, NULL);
  gtk_widget_activate_action (card, "card.add-interaction", NULL);
  dialog = nb_gui_wait_for_window (NB_TYPE_INTERACTION_DIALOG);

  kind_row = nb_gui_wait_for_widget (dialog, ADW_TYPE_COMBO_ROW, "title", _("_How"));
  answer_row = nb_gui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "title", _("_Answer"), FALSE);
  initiator_row = nb_gui_wait_for_widget (dialog, ADW_TYPE_COMBO_ROW, "title", _("_Reached Out"));
  g_assert_nonnull (answer_row);
  /* A call has no answer. */
  g_assert_false (gtk_widget_get_visible (answer_row));

  kinds = adw_combo_row_get_model (ADW_COMBO_ROW (kind_row));
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (kinds), i),
                     nb_interaction_kind_get_label (NB_INTERACTION_FAVOUR_ASKED_OF_ME)))
      favour = i;
  g_assert_cmpuint (favour, !=, G_MAXUINT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row), favour);
  g_assert_true (gtk_widget_get_visible (answer_row));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (answer_row))),
                                               NB_ANSWER_NO), ==, nb_answer_get_label (NB_ANSWER_NO));
  adw_combo_row_set_selected (ADW_COMBO_ROW (answer_row), NB_ANSWER_NO);
  adw_combo_row_set_selected (ADW_COMBO_ROW (initiator_row), NB_INITIATOR_THEM);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "interaction.save", NULL);
  nb_gui_wait_window_gone (NB_TYPE_INTERACTION_DIALOG);

  history = nb_store_list_history (fixture->store, ada, NULL, 10, NULL);
  g_assert_cmpuint (history->len, ==, 1);
  logged = nb_store_get_interaction (fixture->store, nb_history_item_get_id (g_ptr_array_index (history, 0)));
  g_assert_cmpint (nb_interaction_get_kind (logged), ==, NB_INTERACTION_FAVOUR_ASKED_OF_ME);
  g_assert_cmpint (nb_interaction_get_answer (logged), ==, NB_ANSWER_NO);
  g_assert_cmpint (nb_interaction_get_initiator (logged), ==, NB_INITIATOR_THEM);
  {
    g_autoptr(GDateTime) now = nb_clock_get_now ();

    g_assert_cmpint (nb_interaction_get_answered (logged), ==, g_date_time_to_unix (now));
  }

  /* "I said no, November 25" on the history's row. */
  said = nb_format_answer (logged);
  g_assert_nonnull (said);
  row = nb_gui_wait_for_widget (card, ADW_TYPE_ACTION_ROW, "title",
                                nb_interaction_kind_get_label (NB_INTERACTION_FAVOUR_ASKED_OF_ME));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), said));

  /* The card's give and take has it, and Preferences can hide it. */
  {
    GtkWidget *group = nb_gui_wait_for_widget (card, NB_TYPE_GIVE_AND_TAKE_GROUP, NULL, NULL);
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    nb_gui_wait_for_widget (group, ADW_TYPE_ACTION_ROW, "title", _("Favours"));
    g_settings_set_boolean (settings, "show-give-and-take", FALSE);
    nb_gui_wait_for_widget_gone (card, NB_TYPE_GIVE_AND_TAKE_GROUP, NULL, NULL);
    g_settings_set_boolean (settings, "show-give-and-take", TRUE);
    nb_gui_wait_for_widget (card, NB_TYPE_GIVE_AND_TAKE_GROUP, NULL, NULL);
  }
}

/* The toggle @label ("Yes") in the opt-in row of @name. */
static GtkWidget *
opt_in_toggle (GtkWindow  *dialog,
               const char *name,
               const char *label)
{
  GtkWidget *row = nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", name);
  GtkWidget *toggle = nb_gui_find_widget (row, GTK_TYPE_TOGGLE_BUTTON, "label", label, FALSE);

  g_assert_nonnull (toggle);
  return toggle;
}

static NbInteraction *
only_introduction (NbStore *store,
                   gint64   contact_id)
{
  g_autoptr(GPtrArray) introductions = nb_store_list_introductions (store, contact_id, NULL);

  g_assert_nonnull (introductions);
  g_assert_cmpuint (introductions->len, ==, 1);
  return g_object_ref (g_ptr_array_index (introductions, 0));
}

static gboolean
has_history_title (NbStore    *store,
                   gint64      contact_id,
                   const char *title)
{
  g_autoptr(GPtrArray) history = nb_store_list_history (store, contact_id, NULL, 20, NULL);

  for (guint i = 0; i < history->len; i++)
    if (g_strcmp0 (nb_history_item_get_title (g_ptr_array_index (history, i)), title) == 0)
      return TRUE;

  return FALSE;
}

/* Ada is introduced to Charles from her card: Charles is chosen, Ada says
 * yes, Charles is asked and says yes, "Introduce Now"; each step is kept
 * at once. The introduction is in both histories and on both cards; three
 * weeks later Keep in Touch asks how it went, one click says it was asked.
 * Then Grace introduced me to Charles: his card says so. The drafts name
 * the addresses known and are in the user's language. */
static void
test_introduction (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  gint64 charles = nb_test_add_contact (fixture->store, "Charles Babbage", NULL);
  gint64 grace = nb_test_add_contact (fixture->store, "Grace Hopper", NULL);
  g_autoptr(NbInteraction) introduction = NULL;
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, NB_INTRODUCTION_FOLLOW_UP_DAYS + 1);
  g_autofree char *title = NULL;
  g_autofree char *to_charles = g_strdup_printf (_("Introduced to %s"), "Charles Babbage");
  g_autofree char *to_ada = g_strdup_printf (_("Introduced to %s"), "Ada Lovelace");
  g_autofree char *by_grace = g_strdup_printf (_("Introduced by %s"), "Grace Hopper");
  g_autofree char *both = g_strdup_printf (_("%1$s and %2$s"), "Ada Lovelace", "Charles Babbage");
  GtkWidget *card, *chooser, *introduce, *view_row;
  GtkWindow *dialog;
  NbKeepInTouchView *view;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-contact", "x", ada);
  card = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_CARD, NULL, NULL);
  nb_gui_click (nb_gui_wait_for_widget (card, GTK_TYPE_BUTTON, "label", _("_Introduce…")));
  dialog = nb_gui_wait_for_window (NB_TYPE_INTRODUCTION_DIALOG);
  chooser = nb_gui_wait_for_widget (dialog, NB_TYPE_CONTACT_CHOOSER, NULL, NULL);
  g_signal_emit_by_name (chooser, "contact-chosen", charles);
  nb_gui_settle ();

  /* Nothing is kept before the first step. */
  {
    g_autoptr(GPtrArray) none = nb_store_list_introductions (fixture->store, ada, NULL);

    g_assert_cmpuint (none->len, ==, 0);
  }

  nb_gui_click (opt_in_toggle (dialog, "Ada Lovelace", C_("opt-in", "Yes")));
  introduction = only_introduction (fixture->store, ada);
  g_assert_cmpint (nb_interaction_get_opt_in (introduction, ada), ==, NB_OPT_IN_AGREED);
  g_assert_cmpint (nb_interaction_get_opt_in (introduction, charles), ==, NB_OPT_IN_NONE);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "subtitle", _("Would like to be introduced"));
  /* The answer given shows as the pressed one of the three. */
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (opt_in_toggle (dialog, "Ada Lovelace",
                                                                                C_("opt-in", "Yes")))));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (opt_in_toggle (dialog, "Charles Babbage",
                                                                                 C_("opt-in", "Yes")))));

  nb_gui_click (opt_in_toggle (dialog, "Charles Babbage", C_("opt-in", "Asked")));
  g_clear_object (&introduction);
  introduction = only_introduction (fixture->store, charles);
  g_assert_cmpint (nb_interaction_get_opt_in (introduction, charles), ==, NB_OPT_IN_ASKED);
  nb_gui_click (opt_in_toggle (dialog, "Charles Babbage", C_("opt-in", "Yes")));
  introduce = nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Introduce Now"));
  g_assert_true (gtk_widget_has_css_class (introduce, "suggested-action"));
  nb_gui_click (introduce);
  g_clear_object (&introduction);
  introduction = only_introduction (fixture->store, ada);
  g_assert_cmpint (nb_interaction_get_introduced (introduction), ==, g_date_time_to_unix (now));
  g_assert_cmpint (nb_interaction_get_introduction_step (introduction, g_date_time_to_unix (now)), ==,
                   NB_INTRODUCTION_STEP_INTRODUCED);
  nb_gui_wait_for_widget (dialog, GTK_TYPE_LABEL, "label", _("How Did It Go?"));
  gtk_window_close (dialog);
  nb_gui_wait_window_gone (NB_TYPE_INTRODUCTION_DIALOG);

  /* In both histories, and on both cards. */
  title = g_strdup_printf (_("Introduction to %s"), "Charles Babbage");
  g_assert_true (has_history_title (fixture->store, ada, title));
  {
    g_autofree char *other = g_strdup_printf (_("Introduction to %s"), "Ada Lovelace");

    g_assert_true (has_history_title (fixture->store, charles, other));
  }
  nb_gui_wait_for_widget (card, ADW_TYPE_ACTION_ROW, "title", title);
  nb_gui_wait_for_widget (card, ADW_TYPE_ACTION_ROW, "title", to_charles);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-contact", "x", charles);
  nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ACTION_ROW, "title", to_ada);

  /* Starting again from Ada's card goes on with the same one. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-contact", "x", ada);
  card = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_CARD, NULL, NULL);
  nb_gui_wait_for_widget (card, ADW_TYPE_ACTION_ROW, "title", to_charles);
  gtk_widget_activate_action (card, "card.introduce", "x", charles);
  dialog = nb_gui_wait_for_window (NB_TYPE_INTRODUCTION_DIALOG);
  g_assert_cmpint (nb_interaction_get_id (nb_introduction_dialog_get_introduction (NB_INTRODUCTION_DIALOG (dialog))),
                   ==, nb_interaction_get_id (introduction));
  gtk_window_close (dialog);
  nb_gui_wait_window_gone (NB_TYPE_INTRODUCTION_DIALOG);

  /* Three weeks later: time to ask how it went. */
  nb_clock_set_fixed (later);
  view = show_view (fixture);
  view_row = nb_gui_wait_for_widget (view, ADW_TYPE_ACTION_ROW, "title", both);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (view_row)), "·"));
  g_signal_emit_by_name (gtk_widget_get_ancestor (view_row, GTK_TYPE_LIST_BOX), "row-activated", view_row);
  dialog = nb_gui_wait_for_window (NB_TYPE_INTRODUCTION_DIALOG);
  nb_gui_click (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Asked")));
  g_clear_object (&introduction);
  introduction = only_introduction (fixture->store, ada);
  g_assert_cmpint (nb_interaction_get_followed_up (introduction), ==, g_date_time_to_unix (later));
  gtk_window_close (dialog);
  nb_gui_wait_window_gone (NB_TYPE_INTRODUCTION_DIALOG);
  nb_gui_wait_for_widget_gone (view, ADW_TYPE_ACTION_ROW, "title", both);
  nb_clock_set_fixed (now);

  /* Grace introduced me to Charles. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-contact", "x", charles);
  card = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_CARD, NULL, NULL);
  gtk_widget_activate_action (card, "card.introduced-by", NULL);
  dialog = nb_gui_wait_for_window (NB_TYPE_INTRODUCTION_DIALOG);
  chooser = nb_gui_wait_for_widget (dialog, NB_TYPE_CONTACT_CHOOSER, NULL, NULL);
  g_signal_emit_by_name (chooser, "contact-chosen", grace);
  nb_gui_wait_window_gone (NB_TYPE_INTRODUCTION_DIALOG);
  nb_gui_wait_for_widget (card, ADW_TYPE_ACTION_ROW, "title", by_grace);
  {
    g_autoptr(NbInteraction) made = only_introduction (fixture->store, grace);

    g_assert_cmpint (nb_interaction_get_introducer (made), ==, grace);
    g_assert_true (nb_interaction_has_person (made, charles));
  }

  /* The drafts: Charles has no address, so only Ada's is named; the text
   * is in the user's language. */
  {
    g_autoptr(NbContact) a = nb_store_get_contact (fixture->store, ada);
    g_autoptr(NbContact) c = nb_store_get_contact (fixture->store, charles);
    g_autofree char *uri = nb_introduction_mail_introduce_uri (a, c);
    g_autofree char *subject = NULL;
    g_autofree char *body = NULL;
    g_autofree char *expected_subject = g_strdup_printf (_("Introduction: %1$s and %2$s"),
                                                         "Ada Lovelace", "Charles Babbage");

    g_assert_true (g_str_has_prefix (uri, "mailto:ada@example.org?subject="));
    nb_introduction_mail_compose_introduce (a, c, &subject, &body);
    g_assert_cmpstr (subject, ==, expected_subject);
    g_assert_nonnull (strstr (body, _("I will let you take it from here.\n\nBest wishes")));
    g_clear_pointer (&subject, g_free);
    g_clear_pointer (&body, g_free);
    nb_introduction_mail_compose_ask (c, a, &subject, &body);
    g_assert_nonnull (strstr (body, "Ada Lovelace"));
  }
}

static void
test_history_widget (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  g_autoptr(NbUndoDelete) deletes = nb_undo_delete_new (fixture->store);
  g_autoptr(GDateTime) start = g_date_time_new_local (2023, 11, 20, 12, 0, 0);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  NbContactHistory *history = NB_CONTACT_HISTORY (nb_contact_history_new ());
  GListModel *model = nb_contact_history_get_model (history);
  GtkAdjustment *adjustment;
  GtkListBox *list;
  guint n_first, n_months = 0, n_headers = 0;
  gint64 newest_id = 0;
  guint last_month = 0;

  for (int i = 0; i < 220; i++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (start, i * 5);

      newest_id = add_interaction (fixture->store, ada, i % 2 ? NB_INTERACTION_CALL : NB_INTERACTION_MESSAGE,
                                   g_date_time_get_year (when), g_date_time_get_month (when),
                                   g_date_time_get_day_of_month (when));
    }

  gtk_window_set_default_size (window, 500, 600);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (history));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scroller);
  gtk_window_set_child (window, overlay);
  nb_contact_history_set_store (history, fixture->store);
  nb_contact_history_set_deletes (history, deletes);
  nb_contact_history_set_contact (history, ada);
  gtk_window_present (window);
  nb_gui_wait_frames (GTK_WIDGET (window), 3);
  nb_gui_settle ();

  /* A page or two, enough to fill the window: not everything. */
  n_first = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_first, >, 0);
  g_assert_cmpuint (n_first, <, 220);
  g_assert_false (nb_contact_history_get_complete (history));

  /* The month's name above the first of each month, and only there. */
  list = history_list (history);
  for (guint i = 0; i < n_first; i++)
    {
      g_autoptr(NbHistoryItem) item = g_list_model_get_item (model, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      GDate day;

      nb_history_item_get_day (item, &day);
      if (i == 0 || g_date_get_month (&day) != last_month)
        n_months++;
      if (gtk_list_box_row_get_header (row) != NULL)
        n_headers++;
      last_month = g_date_get_month (&day);
    }
  g_assert_cmpuint (n_headers, ==, n_months);
  g_assert_cmpuint (n_months, >=, 2);

  /* Scrolling to the end reads more, until everything is read. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  for (guint round = 0; round < 50 && !nb_contact_history_get_complete (history); round++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      nb_gui_wait_frames (GTK_WIDGET (window), 2);
    }
  g_assert_true (nb_contact_history_get_complete (history));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 220);

  /* Newest first. */
  {
    g_autoptr(NbHistoryItem) first = g_list_model_get_item (model, 0);

    g_assert_cmpint (nb_history_item_get_id (first), ==, newest_id);
  }

  /* Deleted: gone from the list at once, back with Undo. */
  gtk_widget_activate_action (GTK_WIDGET (history), "history.delete", "x", newest_id);
  wait_for_n_items (model, 219);
  nb_gui_click (nb_gui_wait_for_widget (window, GTK_TYPE_BUTTON, "label", _("_Undo")));
  wait_for_n_items (model, 220);

  /* Deleted again, and for good once the toast goes. */
  gtk_widget_activate_action (GTK_WIDGET (history), "history.delete", "x", newest_id);
  wait_for_n_items (model, 219);
  nb_undo_delete_commit_all (deletes);
  {
    g_autoptr(NbInteraction) gone = nb_store_get_interaction (fixture->store, newest_id);

    g_assert_null (gone);
  }

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDateTime) now = NULL;

  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  now = g_date_time_new_local (2026, 11, 25, 10, 0, 0);
  nb_clock_set_fixed (now);

  g_test_add ("/gui/keep-in-touch/log-and-undo", Fixture, NULL,
              nb_gui_fixture_set_up, test_log_and_undo, nb_gui_fixture_tear_down);
  g_test_add ("/gui/keep-in-touch/snooze", Fixture, NULL,
              nb_gui_fixture_set_up, test_snooze, nb_gui_fixture_tear_down);
  g_test_add ("/gui/keep-in-touch/empty", Fixture, NULL,
              nb_gui_fixture_set_up, test_empty, nb_gui_fixture_tear_down);
  g_test_add ("/gui/keep-in-touch/preferences", Fixture, NULL,
              nb_gui_fixture_set_up, test_preferences, nb_gui_fixture_tear_down);
  g_test_add ("/gui/keep-in-touch/interaction-dialog", Fixture, NULL,
              nb_gui_fixture_set_up, test_interaction_dialog, nb_gui_fixture_tear_down);
  g_test_add ("/gui/keep-in-touch/answer", Fixture, NULL,
              nb_gui_fixture_set_up, test_answer, nb_gui_fixture_tear_down);
  g_test_add ("/gui/keep-in-touch/introduction", Fixture, NULL,
              nb_gui_fixture_set_up, test_introduction, nb_gui_fixture_tear_down);
  g_test_add ("/gui/keep-in-touch/history-widget", Fixture, NULL,
              nb_gui_fixture_set_up, test_history_widget, nb_gui_fixture_tear_down);

  return g_test_run ();
}
