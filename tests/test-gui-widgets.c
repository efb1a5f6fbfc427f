/* test-gui-widgets.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "nb-address-row.h"
#include "nb-capture-files-group.h"
#include "nb-contact-sidebar.h"
#include "nb-field-row.h"
#include "nb-follow-up-row.h"
#include "nb-give-and-take-group.h"
#include "nb-gui-test-util.h"
#include "nb-people-view.h"
#include "nb-suggestion-row.h"
#include "nb-test-util.h"
#include "nb-undo-delete.h"

/* The sidebar and the People view each alone, with a store of the test's
 * own, in a plain window with a toast overlay: what each does without the
 * main window around it. */

typedef struct
{
  char            *dir;
  NbStore         *store;
  GtkWindow       *window;
  AdwToastOverlay *overlay;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  /* A database of the test's own, as nb_gui_fixture_set_up() makes. */
  fixture->dir = g_dir_make_tmp ("netbook-widgets-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (fixture->dir, "netbook.db", NULL);
  fixture->store = nb_store_new (db, &error);
  g_assert_no_error (error);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_window_set_default_size (fixture->window, 800, 600);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (fixture->window);
  nb_gui_settle ();
  g_clear_object (&fixture->store);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
show (Fixture   *fixture,
      GtkWidget *widget)
{
  adw_toast_overlay_set_child (fixture->overlay, widget);
  gtk_window_present (fixture->window);
  nb_gui_wait_frames (GTK_WIDGET (fixture->window), 3);
}

static gboolean
has_n_rows (gpointer data)
{
  GtkWidget **args = data;
  GtkListView *list = GTK_LIST_VIEW (nb_gui_find_widget (args[0], GTK_TYPE_LIST_VIEW, NULL, NULL, TRUE));

  return list != NULL && gtk_list_view_get_model (list) != NULL &&
         g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))) == GPOINTER_TO_UINT (args[1]);
}

static void
wait_rows (GtkWidget *sidebar,
           guint      n)
{
  gpointer args[] = { sidebar, GUINT_TO_POINTER (n) };

  nb_test_wait_for (has_n_rows, args);
}

typedef struct
{
  guint    n;
  gboolean by_person;
} Changes;

static void
selection_changed_cb (NbContactSidebar *sidebar,
                      gboolean          by_person,
                      Changes          *changes)
{
  changes->n++;
  changes->by_person = by_person;
}

/* The sidebar: its empty states, search, selection by a person and by
 * code, and a contact revealed past a search. */
static void
test_sidebar (Fixture       *fixture,
              gconstpointer  data)
{
  NbContactSidebar *sidebar = NB_CONTACT_SIDEBAR (nb_contact_sidebar_new (fixture->store));
  GtkWidget *entry;
  GtkListView *list;
  g_autoptr(GArray) ids = NULL;
  Changes changes = { 0, FALSE };
  gint64 ada, grace;

  show (fixture, GTK_WIDGET (sidebar));
  g_signal_connect (sidebar, "selection-changed", G_CALLBACK (selection_changed_cb), &changes);

  /* No one yet. */
  nb_gui_wait_for_widget (sidebar, ADW_TYPE_STATUS_PAGE, "title", _("No Contacts"));
  g_assert_true (nb_contact_sidebar_has_no_contacts (sidebar));

  ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  grace = nb_test_add_contact (fixture->store, "Grace Hopper", "grace@example.org");
  nb_test_add_contact (fixture->store, "Alan Turing", NULL);
  wait_rows (GTK_WIDGET (sidebar), 3);
  g_assert_false (nb_contact_sidebar_has_no_contacts (sidebar));

  /* A person selects a row. */
  list = GTK_LIST_VIEW (nb_gui_find_widget (GTK_WIDGET (sidebar), GTK_TYPE_LIST_VIEW, NULL, NULL, TRUE));
  gtk_selection_model_select_item (gtk_list_view_get_model (list), 0, TRUE);
  g_assert_true (changes.by_person);
  ids = nb_contact_sidebar_dup_selected_ids (sidebar);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, ada);

  /* A search that finds no one, and its way back. */
  entry = nb_gui_find_widget (GTK_WIDGET (sidebar), GTK_TYPE_SEARCH_ENTRY, NULL, NULL, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzz");
  nb_gui_wait_for_widget (sidebar, ADW_TYPE_STATUS_PAGE, "title", _("No Results"));
  g_assert_false (nb_contact_sidebar_has_no_contacts (sidebar));

  /* Revealed past the search: the search goes, the contact is selected,
   * and that was not a person's choice. */
  nb_contact_sidebar_reveal (sidebar, grace);
  wait_rows (GTK_WIDGET (sidebar), 3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_clear_pointer (&ids, g_array_unref);
  ids = nb_contact_sidebar_dup_selected_ids (sidebar);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, grace);
  g_assert_false (changes.by_person);
}

/* The People view: its pages for the selection, editing and saving, and
 * deleting with Undo — the store changes only when the toast is gone. */
static void
test_people_view (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(NbUndoDelete) deletes = nb_undo_delete_new (fixture->store);
  NbPeopleView *view = NB_PEOPLE_VIEW (nb_people_view_new (fixture->store, deletes));
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) one = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) two = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *selected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Contact Selected",
                                                            "%u Contacts Selected", 2), 2);
  g_autoptr(NbContact) saved = NULL;
  GtkWidget *name;
  gint64 ada, grace;

  show (fixture, GTK_WIDGET (view));
  nb_gui_wait_for_widget (view, ADW_TYPE_STATUS_PAGE, "title", _("No Contacts Yet"));

  /* The view is a view: title and icon for the switcher. */
  {
    g_assert_cmpstr (nb_view_get_title (NB_VIEW (view)), ==, _("People"));
    g_assert_cmpstr (nb_view_get_icon_name (NB_VIEW (view)), ==, "system-users-symbolic");
    g_assert_true (nb_view_get_store (NB_VIEW (view)) == fixture->store);
    g_assert_false (nb_view_move (NB_VIEW (view), 1));
  }

  ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  grace = nb_test_add_contact (fixture->store, "Grace Hopper", NULL);
  g_array_append_val (one, ada);
  g_array_append_val (two, ada);
  g_array_append_val (two, grace);

  nb_people_view_show_selection (view, none, FALSE);
  nb_gui_wait_for_widget (view, ADW_TYPE_STATUS_PAGE, "title", _("Select a Contact"));
  nb_people_view_show_selection (view, two, FALSE);
  nb_gui_wait_for_widget (view, ADW_TYPE_STATUS_PAGE, "title", selected);
  nb_people_view_show_selection (view, one, FALSE);
  nb_gui_wait_for_widget (view, GTK_TYPE_LABEL, "label", "Ada Lovelace");
  g_assert_true (nb_people_view_get_showing_card (view));

  /* Edited through its actions, saved. */
  gtk_widget_activate_action (GTK_WIDGET (view), "people.edit", NULL);
  g_assert_true (nb_people_view_get_editing (view));
  g_assert_false (nb_people_view_get_showing_card (view));
  name = nb_gui_wait_for_widget (view, ADW_TYPE_ENTRY_ROW, "title", _("Full Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), "Augusta Ada King");
  gtk_widget_activate_action (GTK_WIDGET (view), "people.save", NULL);
  g_assert_false (nb_people_view_get_editing (view));
  saved = nb_store_get_contact (fixture->store, ada);
  g_assert_cmpstr (nb_contact_get_full_name (saved), ==, "Augusta Ada King");
  nb_gui_wait_for_widget (view, GTK_TYPE_LABEL, "label", "Augusta Ada King");

  /* Deleted with Undo: hidden, then gone once the toast is. */
  gtk_widget_activate_action (GTK_WIDGET (view), "people.delete", NULL);
  g_assert_true (nb_store_is_contact_hidden (fixture->store, ada));
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 2);
  nb_undo_delete_commit_all (deletes);
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 1);
}

static void
answered_cb (NbFollowUpRow  *row,
             NbMeeting      *changed,
             NbMeeting     **answer)
{
  g_clear_object (answer);
  *answer = g_object_ref (changed);
}

/* A follow-up row alone: the question it asks depends on the meal, and an
 * answer is the meal as it is to be saved, the row's own left as it was. */
static void
test_follow_up_row (Fixture       *fixture,
                    gconstpointer  data)
{
  GDate day = nb_test_date (2, 12, 2026);
  g_autoptr(NbMeeting) planned = nb_meeting_new_for_day (NB_MEAL_LUNCH, &day);
  g_autoptr(NbMeeting) done = NULL;
  g_autoptr(NbMeeting) answer = NULL;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row;

  show (fixture, list);

  row = nb_follow_up_row_new (planned);
  g_signal_connect (row, "answered", G_CALLBACK (answered_cb), &answer);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  g_assert_true (nb_follow_up_row_get_meeting (NB_FOLLOW_UP_ROW (row)) == planned);

  nb_gui_click (nb_gui_wait_for_widget (row, GTK_TYPE_BUTTON, "label", _("It Was _Cancelled")));
  g_assert_nonnull (answer);
  g_assert_cmpint (nb_meeting_get_status (answer), ==, NB_MEETING_CANCELLED);
  g_assert_cmpint (nb_meeting_get_status (planned), ==, NB_MEETING_PLANNED);
  nb_gui_click (nb_gui_wait_for_widget (row, GTK_TYPE_BUTTON, "label", _("It _Happened")));
  g_assert_cmpint (nb_meeting_get_status (answer), ==, NB_MEETING_DONE);
  g_assert_null (nb_gui_find_widget (row, GTK_TYPE_BUTTON, "label", _("_Sent"), FALSE));

  /* Once it happened, the thank-you note. */
  done = nb_meeting_copy (planned);
  nb_meeting_set_status (done, NB_MEETING_DONE);
  gtk_list_box_remove (GTK_LIST_BOX (list), row);
  row = nb_follow_up_row_new (done);
  g_signal_connect (row, "answered", G_CALLBACK (answered_cb), &answer);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  nb_gui_click (nb_gui_wait_for_widget (row, GTK_TYPE_BUTTON, "label", _("_Sent")));
  g_assert_cmpint (nb_meeting_get_follow_up (answer), ==, NB_FOLLOW_UP_SENT);
  g_assert_nonnull (nb_meeting_get_follow_up_date (answer));
  nb_gui_click (nb_gui_wait_for_widget (row, GTK_TYPE_BUTTON, "label", _("Not _Needed")));
  g_assert_cmpint (nb_meeting_get_follow_up (answer), ==, NB_FOLLOW_UP_NOT_NEEDED);
  g_assert_null (nb_gui_find_widget (row, GTK_TYPE_BUTTON, "label", _("It _Happened"), FALSE));
}

/* A suggestion row alone: whom, and why, for eyes and for screen readers. */
static void
test_suggestion_row (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 id = nb_test_add_contact (fixture->store, "Ada Lovelace", NULL);
  g_autoptr(NbContact) ada = nb_store_get_contact (fixture->store, id);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = nb_suggestion_row_new (ada, "last met 94 days ago");

  gtk_list_box_append (GTK_LIST_BOX (list), row);
  show (fixture, list);

  g_assert_true (nb_suggestion_row_get_contact (NB_SUGGESTION_ROW (row)) == ada);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ada Lovelace");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "last met 94 days ago");
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  nb_gui_wait_for_widget (row, ADW_TYPE_AVATAR, "text", "Ada Lovelace");
}

static void
count_cb (GtkWidget *row,
          guint     *n)
{
  (*n)++;
}

static void
choose_label (GtkWidget  *row,
              const char *name)
{
  GtkDropDown *drop_down = GTK_DROP_DOWN (nb_gui_find_widget (row, GTK_TYPE_DROP_DOWN, NULL, NULL, FALSE));
  GListModel *names = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (names, i);

      if (g_str_equal (gtk_string_object_get_string (item), name))
        {
          gtk_drop_down_set_selected (drop_down, i);
          return;
        }
    }
  g_assert_not_reached ();
}

static guint
n_labels (GtkWidget *row)
{
  GtkDropDown *drop_down = GTK_DROP_DOWN (nb_gui_find_widget (row, GTK_TYPE_DROP_DOWN, NULL, NULL, FALSE));

  return g_list_model_get_n_items (gtk_drop_down_get_model (drop_down));
}

/* The editor's field rows alone: a label is never changed by accident, and
 * what the form does not show of a field comes back untouched. */
static void
test_field_row (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(NbField) custom = nb_field_new ("Kindergarten", "+44 20 7946 0000");
  g_autoptr(NbField) unlabelled = nb_field_new (NULL, "ada@example.org");
  g_autoptr(NbField) read = NULL;
  GtkWidget *fresh, *kept, *bare;
  guint removed = 0;

  custom->group = g_strdup ("item1");
  custom->pref = 1;
  fresh = nb_field_row_new (NB_LABEL_KIND_PHONE, NULL);
  kept = nb_field_row_new (NB_LABEL_KIND_PHONE, custom);
  bare = nb_field_row_new (NB_LABEL_KIND_EMAIL, unlabelled);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), fresh);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), kept);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), bare);
  show (fixture, group);

  /* A new phone number is a mobile's, and nothing until typed. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (fresh)), ==, C_("field label", "Mobile"));
  g_assert_null (nb_field_row_dup_field (NB_FIELD_ROW (fresh)));
  gtk_editable_set_text (GTK_EDITABLE (fresh), "  +1 555 0100 ");
  read = nb_field_row_dup_field (NB_FIELD_ROW (fresh));
  g_assert_cmpstr (read->value, ==, "+1 555 0100");
  g_assert_cmpstr (read->label, ==, "mobile");
  g_clear_pointer (&read, nb_field_free);

  /* A custom label is offered as it was written, with the group and the
   * preference kept; another label chosen renames the row. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (kept)), ==, "Kindergarten");
  read = nb_field_row_dup_field (NB_FIELD_ROW (kept));
  g_assert_true (nb_field_equal (read, custom));
  g_clear_pointer (&read, nb_field_free);
  choose_label (kept, C_("field label", "Work"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (kept)), ==, C_("field label", "Work"));
  read = nb_field_row_dup_field (NB_FIELD_ROW (kept));
  g_assert_cmpstr (read->label, ==, "work");
  g_assert_cmpstr (read->group, ==, "item1");
  g_assert_cmpuint (read->pref, ==, 1);
  g_clear_pointer (&read, nb_field_free);

  /* No label stays none, and the row says its kind. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (bare)), ==, _("Email"));
  g_assert_cmpuint (n_labels (bare), ==, 4);
  read = nb_field_row_dup_field (NB_FIELD_ROW (bare));
  g_assert_null (read->label);
  g_clear_pointer (&read, nb_field_free);

  /* Remove asks; the editor takes the row away. */
  g_signal_connect (bare, "remove", G_CALLBACK (count_cb), &removed);
  nb_gui_click (nb_gui_find_widget (bare, GTK_TYPE_BUTTON, "tooltip-text", _("Remove"), TRUE));
  g_assert_cmpuint (removed, ==, 1);
}

/* The editor's address row alone: its title is the first line, its parts
 * go where vCard puts them, and what the form does not show is kept. */
static void
test_address_row (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(NbAddress) work = nb_address_new ("work");
  g_autoptr(NbAddress) read = NULL;
  GtkWidget *fresh, *kept, *city;
  guint removed = 0;

  nb_address_set_part (work, 2, "12 Harbour Street");
  nb_address_set_part (work, 3, "Lisbon");
  work->group = g_strdup ("item2");
  fresh = nb_address_row_new (NULL);
  kept = nb_address_row_new (work);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), fresh);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), kept);
  show (fixture, group);

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (fresh)), ==, _("New Address"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (fresh)), ==, C_("field label", "Home"));
  g_assert_null (nb_address_row_dup_address (NB_ADDRESS_ROW (fresh)));

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (kept)), ==, "12 Harbour Street");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (kept)), ==, C_("field label", "Work"));
  read = nb_address_row_dup_address (NB_ADDRESS_ROW (kept));
  g_assert_true (nb_address_equal (read, work));
  g_clear_pointer (&read, nb_address_free);

  city = nb_gui_find_widget (kept, ADW_TYPE_ENTRY_ROW, "title", _("City"), FALSE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (city)), ==, "Lisbon");
  gtk_editable_set_text (GTK_EDITABLE (city), "Porto ");
  choose_label (kept, C_("field label", "Other"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (kept)), ==, C_("field label", "Other"));
  read = nb_address_row_dup_address (NB_ADDRESS_ROW (kept));
  g_assert_cmpstr (read->locality, ==, "Porto");
  g_assert_cmpstr (read->street, ==, "12 Harbour Street");
  g_assert_cmpstr (read->label, ==, "other");
  g_assert_cmpstr (read->group, ==, "item2");

  g_signal_connect (kept, "remove", G_CALLBACK (count_cb), &removed);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (kept), TRUE);
  nb_gui_wait_frames (GTK_WIDGET (kept), 2);
  nb_gui_click (nb_gui_find_widget (kept, GTK_TYPE_BUTTON, "tooltip-text", _("Remove Address"), TRUE));
  g_assert_cmpuint (removed, ==, 1);
}

/* The calendar files counted as interactions: hidden while there is none,
 * a row each when an import (another connection) counted some, and the
 * button that takes them back. */
static void
test_capture_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_captured_meeting_free);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 31, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "Work & <Life>.ics", NULL);
  g_autofree char *source = g_strconcat ("file:", path, NULL);
  g_autoptr(NbContact) contact = NULL;
  NbCapturedMeeting *meeting;
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = nb_capture_files_group_new (fixture->store);
  GtkWidget *forget;
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  show (fixture, page);
  g_assert_false (gtk_widget_get_visible (group));

  meeting = nb_captured_meeting_new ("tea/1774353600", "Tea", 1774353600);
  g_ptr_array_add (meeting->emails, g_strdup ("ada@example.org"));
  g_ptr_array_add (meetings, meeting);
  g_assert_true (nb_store_replace_captured_interactions (fixture->store, source, meetings, now, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_visible (group));
  /* The name as it is, not markup. */
  nb_gui_wait_for_widget (group, ADW_TYPE_ACTION_ROW, "title", "Work & <Life>.ics");
  contact = nb_store_get_contact (fixture->store, ada);
  g_assert_cmpint (nb_contact_get_last_interaction (contact), ==, 1774353600);

  forget = nb_gui_wait_for_widget (group, GTK_TYPE_BUTTON, "tooltip-text", _("Stop Counting Its Meetings"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (forget), ==, _("Stop Counting Its Meetings"));
  nb_gui_click (forget);
  g_assert_false (gtk_widget_get_visible (group));
  g_assert_null (nb_gui_find_widget (group, ADW_TYPE_ACTION_ROW, "title", "Work & <Life>.ics", FALSE));
  g_assert_cmpint (nb_test_query_int (nb_store_get_path (fixture->store),
                                      "SELECT count(*) FROM interactions"), ==, 0);
}

static const char *
row_subtitle (GtkWidget  *group,
              const char *title)
{
  GtkWidget *row = nb_gui_find_widget (group, ADW_TYPE_ACTION_ROW, "title", title, FALSE);

  g_assert_nonnull (row);
  return gtk_widget_get_visible (row) ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;
}

/* A give and take in words: what happened is said, what did not is not,
 * and the gentle note only when it is one-sided. */
static void
test_give_and_take (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(NbGiveAndTake) counts = nb_give_and_take_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = nb_give_and_take_group_new ();
  g_autofree char *note = NULL;
  g_autofree char *favours = NULL;
  g_autofree char *answers = NULL;
  GtkWidget *note_row;

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  show (fixture, page);

  /* Nothing happened: nothing shown. */
  nb_give_and_take_group_show (NB_GIVE_AND_TAKE_GROUP (group), counts, "Ada <Lovelace>");
  g_assert_false (gtk_widget_get_visible (group));

  nb_give_and_take_add (counts, NB_INTERACTION_CALL, NB_ANSWER_NONE, NB_INITIATOR_ME);
  nb_give_and_take_add (counts, NB_INTERACTION_FAVOUR_ASKED_OF_ME, NB_ANSWER_NO, NB_INITIATOR_THEM);
  nb_give_and_take_add (counts, NB_INTERACTION_FAVOUR_ASKED_OF_ME, NB_ANSWER_YES, NB_INITIATOR_THEM);
  nb_give_and_take_add_meal (counts, NB_PAYER_DUTCH);
  nb_give_and_take_group_show (NB_GIVE_AND_TAKE_GROUP (group), counts, "Ada <Lovelace>");
  g_assert_true (gtk_widget_get_visible (group));

  /* Balanced enough: no note. */
  note_row = nb_gui_find_widget (group, ADW_TYPE_ACTION_ROW, "title", "", FALSE);
  g_assert_nonnull (note_row);
  g_assert_false (gtk_widget_get_visible (note_row));

  g_assert_nonnull (strstr (row_subtitle (group, _("Reached Out")), "Ada <Lovelace>"));
  /* The yes counts as help given; the no is said as it is. */
  g_assert_nonnull (row_subtitle (group, _("Help")));
  answers = g_strdup_printf ("%s%s%s", nb_answer_get_label (NB_ANSWER_YES), C_("give and take", ", "),
                             nb_answer_get_label (NB_ANSWER_NO));
  favours = g_strdup (row_subtitle (group, _("Favours")));
  g_assert_nonnull (strstr (favours, answers));
  g_assert_nonnull (row_subtitle (group, _("Meals")));
  /* Nothing else happened. */
  g_assert_null (row_subtitle (group, _("Also")));

  /* Help received three times and none given back: said, once. */
  nb_give_and_take_free (g_steal_pointer (&counts));
  counts = nb_give_and_take_new ();
  for (int i = 0; i < 3; i++)
    nb_give_and_take_add (counts, NB_INTERACTION_HELP_RECEIVED, NB_ANSWER_NONE, NB_INITIATOR_UNKNOWN);
  nb_give_and_take_group_show (NB_GIVE_AND_TAKE_GROUP (group), counts, "Ada <Lovelace>");
  note = nb_give_and_take_dup_note (counts, "Ada <Lovelace>");
  g_assert_nonnull (note);
  note_row = nb_gui_find_widget (group, ADW_TYPE_ACTION_ROW, "title", note, FALSE);
  g_assert_nonnull (note_row);
  g_assert_true (gtk_widget_get_visible (note_row));
  g_assert_null (row_subtitle (group, _("Reached Out")));
}

int
main (int   argc,
      char *argv[])
{
  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/widgets/sidebar", Fixture, NULL, fixture_set_up, test_sidebar, fixture_tear_down);
  g_test_add ("/gui/widgets/people-view", Fixture, NULL, fixture_set_up, test_people_view, fixture_tear_down);

  g_test_add ("/gui/widgets/follow-up-row", Fixture, NULL, fixture_set_up, test_follow_up_row, fixture_tear_down);
  g_test_add ("/gui/widgets/suggestion-row", Fixture, NULL, fixture_set_up, test_suggestion_row, fixture_tear_down);

  g_test_add ("/gui/widgets/field-row", Fixture, NULL, fixture_set_up, test_field_row, fixture_tear_down);
  g_test_add ("/gui/widgets/capture-files", Fixture, NULL, fixture_set_up, test_capture_files, fixture_tear_down);
  g_test_add ("/gui/widgets/give-and-take", Fixture, NULL, fixture_set_up, test_give_and_take, fixture_tear_down);
  g_test_add ("/gui/widgets/address-row", Fixture, NULL, fixture_set_up, test_address_row, fixture_tear_down);

  return g_test_run ();
}
