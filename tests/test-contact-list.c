/* test-contact-list.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "nb-test-util.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
record_change_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
assert_names (GListModel  *model,
              const char **names)
{
  guint n = g_strv_length ((char **) names);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NbContact) contact = g_list_model_get_item (model, i);

      g_assert_cmpstr (nb_contact_get_full_name (contact), ==, names[i]);
    }
}

static void
test_sorted_by_name (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbContactList) list = NULL;
  const char *names[] = { "Zora Neale Hurston", "émilie du Châtelet", "ada Lovelace",
                          "Alan Turing", "Édouard Lucas", "Grace Hopper", NULL };
  const char *expected[] = { "ada Lovelace", "Alan Turing", "Édouard Lucas",
                             "émilie du Châtelet", "Grace Hopper", "Zora Neale Hurston", NULL };

  for (guint i = 0; names[i]; i++)
    nb_test_add_contact (store, names[i], NULL);

  list = nb_contact_list_new (store);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == NB_TYPE_CONTACT);
  nb_test_wait_list_loaded (list);
  assert_names (G_LIST_MODEL (list), expected);
}

static void
test_precise_items_changed (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbContactList) list = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(NbContact) contact = NULL;
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  const char *after_rename[] = { "Alan Turing", "Barbara Liskov", "Charles Zuse",
                                 "Dennis Ritchie", "Edsger Dijkstra", NULL };
  gint64 konrad;
  Change *change;

  nb_test_add_contact (store, "Alan Turing", NULL);
  nb_test_add_contact (store, "Dennis Ritchie", NULL);
  konrad = nb_test_add_contact (store, "Konrad Zuse", NULL);
  nb_test_add_contact (store, "Edsger Dijkstra", NULL);

  list = nb_contact_list_new (store);
  nb_test_wait_list_loaded (list);
  g_signal_connect (list, "items-changed", G_CALLBACK (record_change_cb), changes);

  /* One contact added in the middle: one item inserted there. */
  nb_test_add_contact (store, "Barbara Liskov", NULL);
  nb_test_wait_list_loaded (list);
  g_assert_cmpuint (changes->len, ==, 1);
  change = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (change->position, ==, 1);
  g_assert_cmpuint (change->removed, ==, 0);
  g_assert_cmpuint (change->added, ==, 1);

  /* A rename moves the contact: only the range in between changes. */
  g_array_set_size (changes, 0);
  contact = nb_store_get_contact (store, konrad);
  draft = nb_contact_copy (contact);
  nb_contact_set_full_name (draft, "Charles Zuse");
  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  nb_test_wait_list_loaded (list);
  g_assert_cmpuint (changes->len, ==, 1);
  change = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (change->position, ==, 2);
  g_assert_cmpuint (change->removed, ==, 3);
  g_assert_cmpuint (change->added, ==, 3);
  assert_names (G_LIST_MODEL (list), after_rename);

  /* A deletion shows at once, before the list is made again. */
  g_array_set_size (changes, 0);
  g_assert_true (nb_store_delete_contact (store, konrad, &error));
  g_assert_cmpuint (changes->len, ==, 1);
  change = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (change->position, ==, 2);
  g_assert_cmpuint (change->removed, ==, 1);
  g_assert_cmpuint (change->added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  nb_test_wait_list_loaded (list);
  g_assert_cmpuint (changes->len, ==, 1);
}

static void
add_full (NbStore    *store,
          const char *name,
          const char *nickname,
          const char *organization,
          const char *title,
          const char *email,
          const char *phone,
          const char *tag,
          const char *notes,
          const char *how_met)
{
  g_autoptr(NbContact) contact = nb_test_contact_new (name, email);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  const char *tags[] = { tag, NULL };

  nb_contact_set_nickname (contact, nickname);
  nb_contact_set_organization (contact, organization);
  nb_contact_set_title (contact, title);
  nb_contact_set_notes (contact, notes);
  nb_contact_set_how_met (contact, how_met);
  nb_contact_set_tags (contact, tags);
  if (phone != NULL)
    {
      g_autoptr(GPtrArray) phones = nb_field_array_new ();

      g_ptr_array_add (phones, nb_field_new ("mobile", phone));
      nb_contact_set_phones (contact, phones);
    }

  saved = nb_store_save_contact (store, contact, &error);
  g_assert_no_error (error);
}

static void
assert_search (NbContactList *list,
               const char    *search,
               const char    *first_expected,
               ...)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  va_list args;

  va_start (args, first_expected);
  for (const char *name = first_expected; name; name = va_arg (args, const char *))
    g_ptr_array_add (expected, (char *) name);
  va_end (args);
  g_ptr_array_add (expected, NULL);

  nb_contact_list_set_search (list, search);
  nb_test_wait_list_loaded (list);
  g_test_message ("search “%s”", search);
  assert_names (G_LIST_MODEL (list), (const char **) expected->pdata);
}

static void
test_search (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbContactList) list = NULL;

  add_full (store, "José Álvarez", "Pepe", "Universidad de Sevilla", "Profesor",
            "jose.alvarez@example.es", "+34 954 55 10 00", "climbing", "Owes me a paella", NULL);
  add_full (store, "Ada Lovelace", "Enchantress", "Analytical Engines", "Mathematician",
            "ada@example.com", "+44 20 7946 0018", "poetry", NULL, "Babbage's soirée");
  add_full (store, "Grace Hopper", "Amazing Grace", "US Navy", "Rear Admiral",
            "grace@navy.example", NULL, "compilers", "Found the first bug", "COBOL meeting");
  /* The same name written decomposed (e + combining acute). */
  add_full (store, "Jose\xcc\x81 Ortega", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

  list = nb_contact_list_new (store);
  nb_test_wait_list_loaded (list);

  assert_search (list, "jose", "José Álvarez", "Jose\xcc\x81 Ortega", NULL);
  assert_search (list, "JOSÉ", "José Álvarez", "Jose\xcc\x81 Ortega", NULL);
  assert_search (list, "alv", "José Álvarez", NULL);
  assert_search (list, "pepe", "José Álvarez", NULL);
  assert_search (list, "sevilla", "José Álvarez", NULL);
  assert_search (list, "profesor", "José Álvarez", NULL);
  assert_search (list, "ada@exam", "Ada Lovelace", NULL);
  assert_search (list, "7946", "Ada Lovelace", NULL);
  assert_search (list, "0207946", "Ada Lovelace", NULL);
  assert_search (list, "CLIMB", "José Álvarez", NULL);
  assert_search (list, "paella", "José Álvarez", NULL);
  assert_search (list, "soiree", "Ada Lovelace", NULL);
  assert_search (list, "cobol", "Grace Hopper", NULL);
  assert_search (list, "grace navy", "Grace Hopper", NULL);
  assert_search (list, "grace sevilla", NULL);
  assert_search (list, "zzz", NULL);
  assert_search (list, "\"*)(-", "Ada Lovelace", "Grace Hopper", "José Álvarez", "Jose\xcc\x81 Ortega", NULL);
  assert_search (list, "", "Ada Lovelace", "Grace Hopper", "José Álvarez", "Jose\xcc\x81 Ortega", NULL);
}

/* The units of an organisation are searched with it. */
static void
test_search_organization_units (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbContactList) list = NULL;
  g_autoptr(NbContact) contact = nb_test_contact_new ("Claude Shannon", NULL);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  const char *units[] = { "Mathematics Research", "Switching Theory Group", NULL };

  nb_contact_set_organization (contact, "Bell Telephone Laboratories");
  nb_contact_set_organization_units (contact, units);
  saved = nb_store_save_contact (store, contact, &error);
  g_assert_no_error (error);
  nb_test_add_contact (store, "Ada Lovelace", NULL);

  list = nb_contact_list_new (store);
  nb_test_wait_list_loaded (list);
  assert_search (list, "switching", "Claude Shannon", NULL);
  assert_search (list, "bell math", "Claude Shannon", NULL);
  assert_search (list, "theory group", "Claude Shannon", NULL);
}

static void
test_hidden_left_out (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbContactList) list = NULL;
  gint64 ada = nb_test_add_contact (store, "Ada Lovelace", NULL);
  const char *without[] = { "Grace Hopper", NULL };
  const char *with[] = { "Ada Lovelace", "Grace Hopper", NULL };

  nb_test_add_contact (store, "Grace Hopper", NULL);
  list = nb_contact_list_new (store);
  nb_test_wait_list_loaded (list);

  nb_store_set_contact_hidden (store, ada, TRUE);
  assert_names (G_LIST_MODEL (list), without);
  nb_test_wait_list_loaded (list);
  assert_names (G_LIST_MODEL (list), without);

  nb_contact_list_set_search (list, "ada");
  nb_test_wait_list_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  nb_contact_list_set_search (list, NULL);
  nb_store_set_contact_hidden (store, ada, FALSE);
  nb_test_wait_list_loaded (list);
  assert_names (G_LIST_MODEL (list), with);
}

static void
test_items_are_shared (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(NbContactList) list = NULL;
  g_autoptr(NbContact) from_list = NULL;
  g_autoptr(NbContact) from_store = NULL;
  gint64 id = nb_test_add_contact (store, "Ada Lovelace", NULL);

  list = nb_contact_list_new (store);
  nb_test_wait_list_loaded (list);

  from_list = g_list_model_get_item (G_LIST_MODEL (list), 0);
  from_store = nb_store_get_contact (store, id);
  g_assert_true (from_list == from_store);
  g_assert_cmpint (nb_contact_list_get_id (list, 0), ==, id);
  g_assert_cmpuint (nb_contact_list_find (list, id), ==, 0);
  g_assert_cmpuint (nb_contact_list_find (list, id + 100), ==, G_MAXUINT);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 1));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/contact-list/sorted-by-name", test_sorted_by_name);
  g_test_add_func ("/contact-list/precise-items-changed", test_precise_items_changed);
  g_test_add_func ("/contact-list/search", test_search);
  g_test_add_func ("/contact-list/search-organization-units", test_search_organization_units);
  g_test_add_func ("/contact-list/hidden-left-out", test_hidden_left_out);
  g_test_add_func ("/contact-list/items-are-shared", test_items_are_shared);

  return g_test_run ();
}
