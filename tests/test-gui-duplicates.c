/* test-gui-duplicates.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "nb-duplicate-row.h"
#include "nb-duplicates-window.h"
#include "nb-field.h"
#include "nb-gui-test-util.h"
#include "nb-interaction.h"
#include "nb-merge-dialog.h"
#include "nb-test-util.h"
#include "nb-window.h"

/* The review of duplicates in the real window: two cards of Ada, one from
 * the address book and one from LinkedIn, each with something of her;
 * merged from the review with both circles and the LinkedIn job title
 * kept, her history on the one card left; Undo brings both back;
 * "Not the Same" keeps another pair apart for good. */

typedef NbGuiFixture Fixture;

static gint64
add_card (NbStore    *store,
          const char *name,
          const char *email,
          const char *title,
          const char *circle)
{
  g_autoptr(NbContact) draft = nb_test_contact_new (name, email);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  const char *circles[] = { circle, NULL };

  nb_contact_set_title (draft, title);
  nb_contact_set_tags (draft, circles);
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);

  return nb_contact_get_id (saved);
}

static gint64
count (NbStore    *store,
       const char *sql)
{
  return nb_test_query_int (nb_store_get_path (store), sql);
}

static NbDuplicatesWindow *
open_review (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-duplicates", NULL);
  return NB_DUPLICATES_WINDOW (nb_gui_wait_for_window (NB_TYPE_DUPLICATES_WINDOW));
}

static gboolean
has_groups (gpointer data)
{
  return g_list_model_get_n_items (nb_duplicates_window_get_model (data)) > 0;
}

static gboolean
has_no_groups (gpointer data)
{
  return g_list_model_get_n_items (nb_duplicates_window_get_model (data)) == 0;
}

static void
test_merge_and_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(NbContact) ada = NULL;
  g_autoptr(NbInteraction) call = NULL;
  g_autoptr(NbInteraction) saved = NULL;
  g_autofree char *names = NULL;
  NbDuplicatesWindow *review;
  GtkWindow *dialog;
  GtkWidget *row;
  GtkWidget *choice;
  gint64 first, second;

  first = add_card (fixture->store, "Ada Lovelace", "ada@engines.example", "Mathematician", "Computing");
  second = add_card (fixture->store, "Lovelace, Ada", NULL, "Chief Mathematician", "LinkedIn");
  add_card (fixture->store, "Charles Babbage", "charles@engines.example", NULL, NULL);
  call = nb_interaction_new_with_contact (NB_INTERACTION_CALL, second, NULL);
  saved = nb_test_save_interaction (fixture->store, call);

  review = open_review (fixture);
  nb_test_wait_for (has_groups, review);
  g_assert_cmpuint (g_list_model_get_n_items (nb_duplicates_window_get_model (review)), ==, 1);

  /* The row says who and why. */
  row = nb_gui_wait_for_widget (review, NB_TYPE_DUPLICATE_ROW, NULL, NULL);
  names = g_strconcat ("Ada Lovelace", _(" and "), "Lovelace, Ada", NULL);
  nb_gui_wait_for_widget (row, GTK_TYPE_LABEL, "label", names);
  nb_gui_click (nb_gui_wait_for_widget (row, GTK_TYPE_BUTTON, "label", _("_Merge…")));

  /* The names and titles differ: the first card's are chosen unless
   * another is; both circles are kept. */
  dialog = nb_gui_wait_for_window (NB_TYPE_MERGE_DIALOG);
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Computing");
  nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "LinkedIn");
  choice = nb_gui_wait_for_widget (dialog, ADW_TYPE_ACTION_ROW, "title", "Chief Mathematician");
  gtk_widget_activate (choice);
  nb_gui_click (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Merge")));
  nb_gui_wait_window_gone (NB_TYPE_MERGE_DIALOG);
  nb_test_wait_for (has_no_groups, review);

  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 2);
  ada = nb_store_get_contact (fixture->store, first);
  g_assert_nonnull (ada);
  g_assert_cmpstr (nb_contact_get_full_name (ada), ==, "Ada Lovelace");
  g_assert_cmpstr (nb_contact_get_title (ada), ==, "Chief Mathematician");
  g_assert_cmpuint (nb_contact_get_emails (ada)->len, ==, 1);
  g_assert_true (g_strv_contains (nb_contact_get_tags (ada), "Computing"));
  g_assert_true (g_strv_contains (nb_contact_get_tags (ada), "LinkedIn"));
  /* Her call is on the card that is left. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM interaction_people WHERE contact_id = %"
                                            G_GINT64_FORMAT, first);

    g_assert_cmpint (count (fixture->store, sql), ==, 1);
  }

  /* Undo, from the toast: two cards again, the call with the second. */
  nb_gui_click (nb_gui_wait_for_widget (review, GTK_TYPE_BUTTON, "label", _("_Undo")));
  nb_test_wait_for (has_groups, review);
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 3);
  g_clear_object (&ada);
  ada = nb_store_get_contact (fixture->store, second);
  g_assert_nonnull (ada);
  g_assert_cmpstr (nb_contact_get_full_name (ada), ==, "Lovelace, Ada");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM interaction_people WHERE contact_id = %"
                                            G_GINT64_FORMAT, second);

    g_assert_cmpint (count (fixture->store, sql), ==, 1);
  }
}

static void
test_not_the_same (Fixture       *fixture,
                   gconstpointer  data)
{
  NbDuplicatesWindow *review;
  GtkWidget *row;

  add_card (fixture->store, "John Smith", "john@one.example", NULL, NULL);
  add_card (fixture->store, "John Smith", "john@one.example", "Plumber", NULL);

  review = open_review (fixture);
  nb_test_wait_for (has_groups, review);
  row = nb_gui_wait_for_widget (review, NB_TYPE_DUPLICATE_ROW, NULL, NULL);
  nb_gui_click (nb_gui_wait_for_widget (row, GTK_TYPE_BUTTON, "label", _("_Not the Same")));
  nb_test_wait_for (has_no_groups, review);

  /* Looked for again, they are not proposed. */
  nb_duplicates_window_look_again (review);
  nb_gui_wait_for_widget (review, ADW_TYPE_STATUS_PAGE, "title", _("No Duplicates"));
  g_assert_cmpuint (g_list_model_get_n_items (nb_duplicates_window_get_model (review)), ==, 0);
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 2);
}

/* An import that brings someone twice says so, gently, and its toast
 * opens the review. */
static void
test_after_import (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char connections[] =
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,US Navy,Rear Admiral,17 Jan 2019\n";
  g_autofree char *path = nb_test_tmp_path ("Connections.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u possible duplicate among your contacts",
                                                         "%u possible duplicates among your contacts", 1), 1);
  NbDuplicatesWindow *review;

  add_card (fixture->store, "Grace Hopper", "grace@navy.example", NULL, NULL);
  g_file_set_contents (path, connections, -1, NULL);
  nb_window_import_files (fixture->window, &file, 1);

  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", title);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-duplicates", NULL);
  review = NB_DUPLICATES_WINDOW (nb_gui_wait_for_window (NB_TYPE_DUPLICATES_WINDOW));
  nb_test_wait_for (has_groups, review);
  g_assert_cmpuint (g_list_model_get_n_items (nb_duplicates_window_get_model (review)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/duplicates/merge-and-undo", Fixture, NULL,
              nb_gui_fixture_set_up, test_merge_and_undo, nb_gui_fixture_tear_down);
  g_test_add ("/gui/duplicates/not-the-same", Fixture, NULL,
              nb_gui_fixture_set_up, test_not_the_same, nb_gui_fixture_tear_down);
  g_test_add ("/gui/duplicates/after-import", Fixture, NULL,
              nb_gui_fixture_set_up, test_after_import, nb_gui_fixture_tear_down);

  return g_test_run ();
}
