/* test-gui-hostile.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-clock.h"
#include "nb-contact-list.h"
#include "nb-gui-test-util.h"
#include "nb-test-util.h"

/*
 * Names nobody types but anyone may import: very long, right-to-left,
 * emoji sequences, combining marks, control characters, and text that
 * looks like Pango markup, printf formats or SQL. Each is stored and read
 * back byte for byte, and shown as it is — in the list, the card, the
 * editor, a toast, the meals and the calendar — never read as markup, and
 * without making the window wider.
 */

typedef NbGuiFixture Fixture;

typedef struct
{
  const char *what;
  const char *name;
} Hostile;

static Hostile hostile[] = {
  { "long", NULL },   /* 10,000 characters, filled in by main() */
  { "long-words", NULL },
  { "bidi", "محمد Müller-Łukasiewicz 42 שלום עליכם 7 Ada" },
  { "emoji", "👩🏽‍💻 Grace 👨‍👩‍👧‍👦 Hopper 🏳️‍🌈" },
  { "combining", "Z\xcc\xb5\xcc\xa1\xcc\xa2\xcc\x9b\xcc\x97\xcc\x98\xcc\x80\xcc\x81\xcc\x82\xcc\x83"
                 "a\xcd\x93\xcd\x94\xcd\x95\xcc\x84\xcc\x85\xcc\x86lgo Rene\xcc\x81" "e" },
  { "markup", "<b>bold</b> &amp; <span foreground=\"red\">Red</span> %s %n %x '); DROP TABLE contacts; --" },
  { "invisible", "Zero\xe2\x80\x8bWidth \xe2\x80\xaeRLO\xe2\x80\xac \xef\xbb\xbf" "BOM" },
};

/* What the labels of @root show, after any markup was parsed. */
static void
collect_shown (GtkWidget *root,
               GPtrArray *shown)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root))
    g_ptr_array_add (shown, g_strdup (pango_layout_get_text (gtk_label_get_layout (GTK_LABEL (root)))));
  if (GTK_IS_EDITABLE (root) && gtk_widget_get_mapped (root) && !GTK_IS_TEXT (root))
    g_ptr_array_add (shown, g_strdup (gtk_editable_get_text (GTK_EDITABLE (root))));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_shown (child, shown);
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
  guint       n;
  gboolean    contains;
} Shown;

static guint
count_shown (GtkWidget  *root,
             const char *text,
             gboolean    contains)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  collect_shown (root, shown);
  for (guint i = 0; i < shown->len; i++)
    {
      const char *each = g_ptr_array_index (shown, i);

      if (contains ? strstr (each, text) != NULL : g_str_equal (each, text))
        n++;
    }
  return n;
}

static gboolean
is_shown (gpointer data)
{
  Shown *shown = data;

  return count_shown (shown->root, shown->text, shown->contains) >= shown->n;
}

/* Waits until @text is shown whole (or within a label's text) @n times. */
static void
wait_shown (GtkWidget  *root,
            const char *text,
            guint       n,
            gboolean    contains)
{
  Shown shown = { root, text, n, contains };

  nb_test_wait_for (is_shown, &shown);
}

/* Hostile[5] read as markup would show "bold & Red …". */
static void
assert_no_markup_read (GtkWidget *root)
{
  g_assert_cmpuint (count_shown (root, "bold & Red", TRUE), ==, 0);
  g_assert_cmpuint (count_shown (root, "bold &amp; Red", TRUE), ==, 0);
}

static gint64
add_hostile (NbStore    *store,
             const char *name,
             const GDate *birthday)
{
  g_autoptr(NbContact) draft = nb_contact_new ();
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;

  nb_contact_set_full_name (draft, name);
  nb_contact_set_organization (draft, name);
  nb_contact_set_notes (draft, name);
  if (birthday != NULL)
    {
      g_autoptr(NbBirthday) when = nb_birthday_new (1990, g_date_get_month (birthday),
                                                    g_date_get_day (birthday));

      nb_contact_set_birthday (draft, when);
    }
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  return nb_contact_get_id (saved);
}

/* Stored and read back byte for byte, through a second store on the same
 * file, which reads SQLite rather than a cache. */
static void
test_stored_intact (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) other = NULL;
  gint64 ids[G_N_ELEMENTS (hostile)];

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    ids[i] = add_hostile (fixture->store, hostile[i].name, NULL);

  other = nb_store_new (nb_store_get_path (fixture->store), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(NbContact) back = nb_store_get_contact (other, ids[i]);

      g_test_message ("%s: %zu bytes", hostile[i].what, strlen (hostile[i].name));
      g_assert_nonnull (back);
      g_assert_cmpstr (nb_contact_get_full_name (back), ==, hostile[i].name);
      g_assert_cmpstr (nb_contact_get_organization (back), ==, hostile[i].name);
      g_assert_cmpstr (nb_contact_get_notes (back), ==, hostile[i].name);
    }
}

/* Control characters are no text (nb_text_drop_controls()): the model
 * drops them, but for tab and line feed; format characters such as
 * U+200B, U+202E and U+FEFF stay (see "invisible" above). */
static void
test_control_characters (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStore) other = NULL;
  g_autoptr(NbContact) back = NULL;
  g_autoptr(GString) name = g_string_new ("Ctl");
  gint64 id;

  for (char c = 1; c < 0x20; c++)
    g_string_append_c (name, c);
  g_string_append (name, "Ada\x7f Love\xc2\x85lace \xe2\x80\x8b\xe2\x80\xae\xef\xbb\xbf");

  id = add_hostile (fixture->store, name->str, NULL);
  other = nb_store_new (nb_store_get_path (fixture->store), &error);
  g_assert_no_error (error);
  back = nb_store_get_contact (other, id);
  g_assert_nonnull (back);
  g_assert_cmpstr (nb_contact_get_full_name (back), ==,
                   "Ctl\t\nAda Lovelace \xe2\x80\x8b\xe2\x80\xae\xef\xbb\xbf");
  g_assert_cmpstr (nb_contact_get_notes (back), ==, nb_contact_get_full_name (back));
}

static void
show_contact (Fixture *fixture,
              gint64   id)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-contact", "x", id);
  nb_gui_settle ();
}

/* The list and the card show each name as it is; the window keeps its
 * width; the editor holds the name as it is. */
static void
test_shown_intact (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  int width = gtk_widget_get_width (window);
  gint64 ids[G_N_ELEMENTS (hostile)];

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    ids[i] = add_hostile (fixture->store, hostile[i].name, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      GtkWidget *name_row;

      g_test_message ("%s", hostile[i].what);
      show_contact (fixture, ids[i]);
      /* The list's row and the card's title, at least. */
      wait_shown (window, hostile[i].name, 2, FALSE);
      nb_gui_wait_frames (window, 2);
      g_assert_cmpint (gtk_widget_get_width (window), ==, width);
      assert_no_markup_read (window);

      gtk_widget_activate_action (window, "people.edit", NULL);
      name_row = nb_gui_wait_for_widget (window, ADW_TYPE_ENTRY_ROW, "title", _("Full Name"));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, hostile[i].name);
      nb_gui_wait_frames (window, 2);
      g_assert_cmpint (gtk_widget_get_width (window), ==, width);
      gtk_widget_activate_action (window, "people.cancel", NULL);
      nb_gui_settle ();
    }
}

/* "“X” deleted": a toast's title is markup; the name in it is not. */
static void
test_delete_toast (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  int width = gtk_widget_get_width (window);
  const char *names[] = { hostile[5].name, hostile[0].name };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gint64 id = add_hostile (fixture->store, names[i], NULL);
      g_autofree char *title = NULL;

      show_contact (fixture, id);
      wait_shown (window, names[i], 2, FALSE);
      gtk_widget_activate_action (window, "people.delete", NULL);
      /* Translators' text from the application's catalogue. */
      title = g_strdup_printf (_("“%s” deleted"), names[i]);
      wait_shown (window, title, 1, FALSE);
      nb_gui_wait_frames (window, 2);
      assert_no_markup_read (window);
      g_assert_cmpint (gtk_widget_get_width (window), ==, width);
    }
}

static GListModel *
find_contact_list (GtkWidget *root)
{
  if (GTK_IS_LIST_VIEW (root))
    {
      GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (root));

      if (GTK_IS_MULTI_SELECTION (model) &&
          NB_IS_CONTACT_LIST (gtk_multi_selection_get_model (GTK_MULTI_SELECTION (model))))
        return G_LIST_MODEL (model);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GListModel *found = find_contact_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GListModel *list;
  const char *name;
} Found;

static gboolean
found_only (gpointer data)
{
  Found *found = data;
  g_autoptr(NbContact) first = NULL;

  if (g_list_model_get_n_items (found->list) != 1)
    return FALSE;
  first = g_list_model_get_item (found->list, 0);
  return g_strcmp0 (nb_contact_get_full_name (first), found->name) == 0;
}

/* Searching for what looks like SQL, FTS5 syntax, markup or format
 * strings finds the one contact that has it, and nothing breaks. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct { const char *search; guint hostile; } searches[] = {
    { "'); DROP TABLE", 5 }, { "DROP TABLE contacts; --", 5 }, { "<span", 5 },
    { "foreground=\"red\"", 5 }, { "&amp;", 5 }, { "%n %x", 5 },
    { "محمد", 2 }, { "שלום", 2 }, { "Łukasiewicz", 2 }, { "Hopper", 3 },
    { "Rene\xcc\x81" "e", 4 }, { "Ren\xc3\xa9" "e", 4 }, { "Zero\xe2\x80\x8bWidth", 6 },
  };
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkEditable *entry;
  Found found;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    add_hostile (fixture->store, hostile[i].name, NULL);
  gtk_widget_activate_action (window, "win.show-view", "s", "people");
  nb_gui_settle ();
  found.list = find_contact_list (window);
  g_assert_nonnull (found.list);
  entry = GTK_EDITABLE (nb_gui_find_widget (window, GTK_TYPE_SEARCH_ENTRY, NULL, NULL, FALSE));

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_test_message ("searching for “%s”", searches[i].search);
      gtk_editable_set_text (entry, searches[i].search);
      found.name = hostile[searches[i].hostile].name;
      nb_test_wait_for (found_only, &found);
      assert_no_markup_read (window);
    }
}

/* A meal and a birthday with hostile names. */
static void
test_meals_and_calendar (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  int width = gtk_widget_get_width (window);
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_attendee_free);
  g_autoptr(NbMeeting) meeting = NULL;
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  nb_clock_get_today (&today);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      gint64 id = add_hostile (fixture->store, hostile[i].name, &today);

      g_ptr_array_add (attendees, nb_attendee_new (id, hostile[i].name, NULL));
    }

  meeting = nb_meeting_new_for_day (NB_MEAL_DINNER, &today);
  nb_meeting_set_title (meeting, hostile[5].name);
  nb_meeting_set_place (meeting, hostile[2].name);
  nb_meeting_set_attendees (meeting, attendees);
  saved = nb_store_save_meeting (fixture->store, meeting, &error);
  g_assert_no_error (error);

  gtk_widget_activate_action (window, "win.show-view", "s", "meals");
  wait_shown (window, hostile[5].name, 1, FALSE);
  wait_shown (window, hostile[2].name, 1, TRUE);
  nb_gui_wait_frames (window, 2);
  assert_no_markup_read (window);
  g_assert_cmpint (gtk_widget_get_width (window), ==, width);

  gtk_widget_activate_action (window, "win.show-view", "s", "calendar");
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_test_message ("%s", hostile[i].what);
      wait_shown (window, hostile[i].name, 1, TRUE);
    }
  nb_gui_wait_frames (window, 2);
  assert_no_markup_read (window);
  g_assert_cmpint (gtk_widget_get_width (window), ==, width);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) words = g_string_new (NULL);

  if (!nb_gui_test_init (&argc, &argv))
    return 77;

  /* 10,000 characters without a space, and 10,000 of words. */
  hostile[0].name = g_strnfill (10000, 'W');
  while (words->len < 10000 - 12)
    g_string_append (words, "Wolfeschlegelsteinhausenbergerdorff ");
  g_string_truncate (words, 10000 - 12);
  g_string_append (words, "Björk-Åsa ÉÑ");
  hostile[1].name = g_string_free (g_steal_pointer (&words), FALSE);
  g_assert_cmpint (g_utf8_strlen (hostile[1].name, -1), ==, 10000);

  g_test_add ("/gui/hostile/stored-intact", Fixture, NULL,
              nb_gui_fixture_set_up, test_stored_intact, nb_gui_fixture_tear_down);
  g_test_add ("/gui/hostile/control-characters", Fixture, NULL,
              nb_gui_fixture_set_up, test_control_characters, nb_gui_fixture_tear_down);
  g_test_add ("/gui/hostile/shown-intact", Fixture, NULL,
              nb_gui_fixture_set_up, test_shown_intact, nb_gui_fixture_tear_down);
  g_test_add ("/gui/hostile/search", Fixture, NULL,
              nb_gui_fixture_set_up, test_search, nb_gui_fixture_tear_down);
  g_test_add ("/gui/hostile/delete-toast", Fixture, NULL,
              nb_gui_fixture_set_up, test_delete_toast, nb_gui_fixture_tear_down);
  g_test_add ("/gui/hostile/meals-and-calendar", Fixture, NULL,
              nb_gui_fixture_set_up, test_meals_and_calendar, nb_gui_fixture_tear_down);

  return g_test_run ();
}
