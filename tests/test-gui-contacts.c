/* test-gui-contacts.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "nb-application.h"
#include "nb-contact-row.h"
#include "nb-csv-columns-dialog.h"
#include "nb-gui-test-util.h"
#include "nb-matches-group.h"
#include "nb-test-util.h"
#include "nb-window.h"

/* The People view driven through its widgets, as a person would: the real
 * application, window and database, under a real X server. */

typedef NbGuiFixture Fixture;

static void
click_button (Fixture    *fixture,
              const char *property,
              const char *value)
{
  nb_gui_click (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_BUTTON, property, value));
}

static void
set_row_text (Fixture    *fixture,
              const char *row_title,
              const char *text)
{
  GtkWidget *row = nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ENTRY_ROW, "title", row_title);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  nb_gui_settle ();
}

static GtkListView *
find_contact_list (GtkWidget *root)
{
  if (GTK_IS_LIST_VIEW (root))
    {
      GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (root));

      /* Popovers have list views too; this one lists the contacts. */
      if (GTK_IS_MULTI_SELECTION (model) &&
          NB_IS_CONTACT_LIST (gtk_multi_selection_get_model (GTK_MULTI_SELECTION (model))))
        return GTK_LIST_VIEW (root);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_contact_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GListModel *
list_model (Fixture *fixture)
{
  GtkListView *list = find_contact_list (GTK_WIDGET (fixture->window));

  g_assert_nonnull (list);
  return G_LIST_MODEL (gtk_list_view_get_model (list));
}

typedef struct
{
  Fixture *fixture;
  guint    n;
} Count;

static gboolean
list_has_n (gpointer data)
{
  Count *count = data;

  return g_list_model_get_n_items (list_model (count->fixture)) == count->n;
}

static void
wait_list_n_items (Fixture *fixture,
                   guint    n)
{
  Count count = { fixture, n };

  nb_test_wait_for (list_has_n, &count);
}

static gboolean
store_has_n (gpointer data)
{
  Count *count = data;

  return nb_store_count_contacts (count->fixture->store) == count->n;
}

static void
wait_store_n_contacts (Fixture *fixture,
                       guint    n)
{
  Count count = { fixture, n };

  nb_test_wait_for (store_has_n, &count);
}

static AdwMessageDialog *
wait_for_dialog (void)
{
  return ADW_MESSAGE_DIALOG (nb_gui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_create_edit_search_delete (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *error_label;
  AdwMessageDialog *dialog;
  g_autoptr(NbContact) ada = NULL;
  GtkWidget *email_row;

  /* An empty database says what to do first. */
  nb_gui_wait_for_widget (fixture->window, ADW_TYPE_STATUS_PAGE, "title", _("No Contacts Yet"));

  /* A new contact without a name is refused, with the reason shown. */
  click_button (fixture, "tooltip-text", _("New Contact"));
  nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ENTRY_ROW, "title", _("Full Name"));
  click_button (fixture, "label", _("_Done"));
  error_label = nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label",
                                 _("A contact needs a name: enter one to save."));
  g_assert_true (gtk_widget_get_mapped (error_label));
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 0);

  set_row_text (fixture, _("Full Name"), "Ada Lovelace");
  g_assert_false (gtk_widget_get_mapped (error_label));
  set_row_text (fixture, _("Organization"), "Analytical Engines");
  click_button (fixture, "tooltip-text", _("Add Email Address"));
  email_row = nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ENTRY_ROW, "title",
                               g_dpgettext2 (GETTEXT_PACKAGE, "field label", "Home"));
  gtk_editable_set_text (GTK_EDITABLE (email_row), "ada@example.com");
  click_button (fixture, "label", _("_Done"));

  /* Saved: in the list, on the card, and in the database. */
  wait_list_n_items (fixture, 1);
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", "Ada Lovelace");
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", "Analytical Engines");
  nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ACTION_ROW, "title", "ada@example.com");
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 1);
  ada = g_list_model_get_item (list_model (fixture), 0);
  g_assert_cmpstr (nb_contact_get_full_name (ada), ==, "Ada Lovelace");
  g_assert_cmpuint (nb_contact_get_emails (ada)->len, ==, 1);

  /* Edited: the card and the list row follow. */
  click_button (fixture, "tooltip-text", _("Edit Contact"));
  set_row_text (fixture, _("Organization"), "Analytical Society");
  click_button (fixture, "label", _("_Done"));
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", "Analytical Society");
  g_assert_cmpstr (nb_contact_get_organization (ada), ==, "Analytical Society");

  /* Unsaved edits are not dropped without asking. */
  click_button (fixture, "tooltip-text", _("Edit Contact"));
  set_row_text (fixture, _("Full Name"), "Augusta Ada King");
  click_button (fixture, "label", _("_Cancel"));
  dialog = wait_for_dialog ();
  adw_message_dialog_response (dialog, "discard");
  nb_gui_settle ();
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_BUTTON, "tooltip-text", _("Edit Contact"));
  g_assert_cmpstr (nb_contact_get_full_name (ada), ==, "Ada Lovelace");

  /* Search, as you type: accents and case do not matter. */
  nb_test_add_contact (fixture->store, "Grace Hopper", "grace@navy.example");
  nb_test_add_contact (fixture->store, "José Álvarez", "jose@example.es");
  wait_list_n_items (fixture, 3);
  gtk_editable_set_text (GTK_EDITABLE (nb_gui_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY,
                                                    NULL, NULL, FALSE)), "JOSE");
  wait_list_n_items (fixture, 1);
  {
    g_autoptr(NbContact) found = g_list_model_get_item (list_model (fixture), 0);

    g_assert_cmpstr (nb_contact_get_full_name (found), ==, "José Álvarez");
  }
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (list_model (fixture)), 0, TRUE);
  nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ACTION_ROW, "title", "jose@example.es");

  /* Deleted: gone from the list at once, stored until Undo is no more
   * possible; Undo brings it back. */
  click_button (fixture, "tooltip-text", _("Delete Contact"));
  wait_list_n_items (fixture, 0);
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 3);
  click_button (fixture, "label", _("_Undo"));
  wait_list_n_items (fixture, 1);

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (list_model (fixture)), 0, TRUE);
  click_button (fixture, "tooltip-text", _("Delete Contact"));
  wait_list_n_items (fixture, 0);
  wait_store_n_contacts (fixture, 2);

  gtk_editable_set_text (GTK_EDITABLE (nb_gui_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY,
                                                    NULL, NULL, FALSE)), "");
  wait_list_n_items (fixture, 2);
}

static void
test_close_with_unsaved_edits (Fixture       *fixture,
                               gconstpointer  data)
{
  AdwMessageDialog *dialog;

  nb_test_add_contact (fixture->store, "Grace Hopper", NULL);
  wait_list_n_items (fixture, 1);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (list_model (fixture)), 0, TRUE);
  click_button (fixture, "tooltip-text", _("Edit Contact"));
  set_row_text (fixture, _("Job Title"), "Rear Admiral");

  /* Closing asks; "Cancel" keeps the window and the edits. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  dialog = wait_for_dialog ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  adw_message_dialog_response (dialog, "cancel");
  nb_gui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ENTRY_ROW, "title", _("Job Title"));

  /* "Save" saves, then closes. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  dialog = wait_for_dialog ();
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  adw_message_dialog_response (dialog, "save");
  nb_gui_settle ();

  {
    g_autoptr(NbContactList) list = nb_contact_list_new (fixture->store);
    g_autoptr(NbContact) grace = NULL;

    nb_test_wait_list_loaded (list);
    grace = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_cmpstr (nb_contact_get_title (grace), ==, "Rear Admiral");
  }
}

static void
test_import_files (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "vcards", "google.vcf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u contact",
                                                         "Imported %u contacts", 6), 6);
  g_autofree char *summary = g_strdup_printf (_("%s, updated %u, skipped %u"), added, 0, 0);

  /* What dropping the file on the window does: the contacts appear, and
   * a toast says what was imported. */
  nb_window_import_files (fixture->window, &file, 1);
  wait_list_n_items (fixture, 6);
  g_assert_cmpint (nb_store_count_contacts (fixture->store), ==, 6);
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", summary);
}

/* A list that is no known export: the window asks what its columns hold,
 * guessing what it can, and imports it as chosen. */
static void
test_import_choose_columns (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char list[] =
    "Nom;Courriel;Soci\xc3\xa9t\xc3\xa9\n"
    "Marie Curie;marie@radium.example;Institut du radium\n"
    "Pierre Curie;pierre@radium.example;Sorbonne\n";
  g_autofree char *path = nb_test_tmp_path ("amis.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *dialog;
  GtkWidget *row;
  GtkWidget *import;

  g_file_set_contents (path, list, -1, NULL);
  nb_window_import_files (fixture->window, &file, 1);

  dialog = nb_gui_wait_for_window (NB_TYPE_CSV_COLUMNS_DIALOG);
  /* Nothing is read as a name yet: Import waits. */
  import = nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Import"));
  g_assert_false (gtk_widget_is_sensitive (import));

  row = nb_gui_wait_for_widget (dialog, ADW_TYPE_COMBO_ROW, "title", "Nom");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Marie Curie, Pierre Curie");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);   /* Full Name */
  row = nb_gui_wait_for_widget (dialog, ADW_TYPE_COMBO_ROW, "title", "Courriel");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 8);   /* Email */
  row = nb_gui_wait_for_widget (dialog, ADW_TYPE_COMBO_ROW, "title", "Société");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 11);  /* Organization */
  g_assert_true (gtk_widget_is_sensitive (import));
  nb_gui_click (import);

  wait_list_n_items (fixture, 2);
  {
    g_autoptr(NbContact) marie = nb_store_get_contact (fixture->store, 1);

    g_assert_cmpstr (nb_contact_get_full_name (marie), ==, "Marie Curie");
    g_assert_cmpstr (nb_contact_get_organization (marie), ==, "Institut du radium");
  }
}

/* "Title, Unit, Organisation", as the card and the list show them, in the
 * test's language. */
static char *
organization_line (const char *title,
                   const char *unit,
                   const char *organization)
{
  g_autofree char *with_unit = g_strdup_printf (C_("organization unit", "%1$s, %2$s"), unit, organization);

  return g_strdup_printf (_("%1$s, %2$s"), title, with_unit);
}

/* Needs and offers typed in the editor, separated by semicolons, are on
 * the card; a phrase with a semicolon that was not edited stays whole. */
static void
test_needs_and_offers (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(NbContact) draft = nb_test_contact_new ("Ada Lovelace", NULL);
  g_autoptr(NbContact) ada = NULL;
  g_autoptr(GError) error = NULL;
  const char *offers[] = { "poetical science; and notes", NULL };
  g_autofree char *both = g_strjoin (_("; "), "a flat in Lyon", "a good plumber", NULL);
  g_autoptr(NbContact) charles_draft = nb_test_contact_new ("Charles Babbage", NULL);
  g_autoptr(NbContact) charles = NULL;

  nb_contact_set_offers (draft, offers);
  ada = nb_store_save_contact (fixture->store, draft, &error);
  g_assert_no_error (error);
  nb_contact_set_offers (charles_draft, (const char * const []) { "rents flats in Lyon", NULL });
  charles = nb_store_save_contact (fixture->store, charles_draft, &error);
  g_assert_no_error (error);
  wait_list_n_items (fixture, 2);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (list_model (fixture)), 0, TRUE);
  nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ACTION_ROW, "title", "poetical science; and notes");

  click_button (fixture, "tooltip-text", _("Edit Contact"));
  set_row_text (fixture, _("Looking for, separated by semicolons"), " a flat in Lyon ;a good plumber;; ");
  click_button (fixture, "label", _("_Done"));
  nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ACTION_ROW, "title", both);
  g_assert_cmpstr (nb_contact_get_looking_for (ada)[0], ==, "a flat in Lyon");
  g_assert_cmpstr (nb_contact_get_looking_for (ada)[1], ==, "a good plumber");
  g_assert_null (nb_contact_get_looking_for (ada)[2]);
  /* Not edited: one phrase still. */
  g_assert_cmpstrv (nb_contact_get_offers (ada), offers);

  /* Charles rents flats in Lyon: he could help, and his row opens his card. */
  {
    GtkWidget *group, *row;
    g_autofree char *reason = NULL;

    group = nb_gui_wait_for_widget (fixture->window, NB_TYPE_MATCHES_GROUP, "title", _("Who Could Help?"));
    row = nb_gui_wait_for_widget (group, ADW_TYPE_ACTION_ROW, "title", "Charles Babbage");
    reason = g_strdup_printf (_("can offer: %s"), "rents flats in Lyon");
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, reason);
    g_signal_emit_by_name (row, "activate");
    nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", "Charles Babbage");
    /* On his card: whom he could help. */
    group = nb_gui_wait_for_widget (fixture->window, NB_TYPE_MATCHES_GROUP, "title", _("Could Help"));
    nb_gui_wait_for_widget (group, ADW_TYPE_ACTION_ROW, "title", "Ada Lovelace");
  }
}

static void
test_organization_units (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(NbContact) draft = nb_test_contact_new ("Claude Shannon", NULL);
  g_autoptr(NbContact) claude = NULL;
  g_autoptr(GPtrArray) emails = nb_field_array_new ();
  NbField *email = nb_field_new ("Work-ish", "shannon@bell-labs.example");
  g_autoptr(GError) error = NULL;
  const char *units[] = { "Mathematics Research", "Switching Theory", NULL };
  g_autofree char *inner = g_strdup_printf (C_("organization unit", "%1$s, %2$s"),
                                            "Mathematics Research", "Bell Labs");
  g_autofree char *shown = organization_line ("Mathematician", "Switching Theory", inner);
  g_autofree char *edited = organization_line ("Mathematician", "Information Theory", "Bell Labs");
  GtkWidget *row;

  nb_contact_set_organization (draft, "Bell Labs");
  nb_contact_set_organization_units (draft, units);
  nb_contact_set_title (draft, "Mathematician");
  /* As Apple writes it: item1.EMAIL, and item1.X-ABLabel:Work-ish. */
  email->group = g_strdup ("item1");
  email->pref = 1;
  g_ptr_array_add (emails, email);
  nb_contact_set_emails (draft, emails);
  claude = nb_store_save_contact (fixture->store, draft, &error);
  g_assert_no_error (error);
  wait_list_n_items (fixture, 1);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (list_model (fixture)), 0, TRUE);

  /* The smallest unit first, as GNOME Contacts shows a department. */
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", shown);

  /* The editor lists them largest first; an edit replaces them. */
  click_button (fixture, "tooltip-text", _("Edit Contact"));
  row = nb_gui_wait_for_widget (fixture->window, ADW_TYPE_ENTRY_ROW, "title", _("Department"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Mathematics Research; Switching Theory");
  set_row_text (fixture, _("Department"), "Information Theory");
  click_button (fixture, "label", _("_Done"));
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", edited);
  g_assert_cmpstr (nb_contact_get_organization_units (claude)[0], ==, "Information Theory");
  g_assert_null (nb_contact_get_organization_units (claude)[1]);

  /* What the form does not show stays: the email's group and preference. */
  email = g_ptr_array_index (nb_contact_get_emails (claude), 0);
  g_assert_cmpstr (email->label, ==, "Work-ish");
  g_assert_cmpstr (email->group, ==, "item1");
  g_assert_cmpuint (email->pref, ==, 1);
}

static void
test_translated (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");

  if (language == NULL || g_str_has_prefix (language, "en"))
    {
      g_test_skip ("runs in another language");
      return;
    }

  /* The window speaks the language, from the build's catalogue. */
  g_assert_cmpstr (_("No Contacts Yet"), !=, "No Contacts Yet");
  nb_gui_wait_for_widget (fixture->window, ADW_TYPE_STATUS_PAGE, "title", _("No Contacts Yet"));
  nb_gui_wait_for_widget (fixture->window, GTK_TYPE_SEARCH_ENTRY, "placeholder-text", _("Search people…"));
}

int
main (int   argc,
      char *argv[])
{
  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/create-edit-search-delete", Fixture, NULL,
              nb_gui_fixture_set_up, test_create_edit_search_delete, nb_gui_fixture_tear_down);
  g_test_add ("/gui/close-with-unsaved-edits", Fixture, NULL,
              nb_gui_fixture_set_up, test_close_with_unsaved_edits, nb_gui_fixture_tear_down);
  g_test_add ("/gui/import-files", Fixture, NULL,
              nb_gui_fixture_set_up, test_import_files, nb_gui_fixture_tear_down);
  g_test_add ("/gui/import-choose-columns", Fixture, NULL,
              nb_gui_fixture_set_up, test_import_choose_columns, nb_gui_fixture_tear_down);
  g_test_add ("/gui/organization-units", Fixture, NULL,
              nb_gui_fixture_set_up, test_organization_units, nb_gui_fixture_tear_down);
  g_test_add ("/gui/needs-and-offers", Fixture, NULL,
              nb_gui_fixture_set_up, test_needs_and_offers, nb_gui_fixture_tear_down);
  g_test_add ("/gui/translated", Fixture, NULL,
              nb_gui_fixture_set_up, test_translated, nb_gui_fixture_tear_down);

  return g_test_run ();
}
