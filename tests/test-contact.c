/* test-contact.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-contact.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_notify_once (void)
{
  g_autoptr(NbContact) contact = nb_contact_new ();
  guint notified = 0;

  g_signal_connect (contact, "notify::full-name", G_CALLBACK (count_cb), &notified);

  nb_contact_set_full_name (contact, "Ada Lovelace");
  nb_contact_set_full_name (contact, "Ada Lovelace");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (nb_contact_get_full_name (contact), ==, "Ada Lovelace");

  /* An empty string is no value. */
  nb_contact_set_full_name (contact, "");
  g_assert_cmpuint (notified, ==, 2);
  g_assert_null (nb_contact_get_full_name (contact));
  nb_contact_set_full_name (contact, NULL);
  g_assert_cmpuint (notified, ==, 2);
}

static void
test_copy_and_assign (void)
{
  g_autoptr(NbContact) a = nb_contact_new ();
  g_autoptr(NbContact) b = NULL;
  g_autoptr(GPtrArray) phones = nb_field_array_new ();
  g_autoptr(NbBirthday) birthday = nb_birthday_new (1815, 12, 10);
  const char *tags[] = { "friends", "maths", NULL };
  guint title_notified = 0, name_notified = 0, phones_notified = 0;

  nb_contact_set_full_name (a, "Ada Lovelace");
  nb_contact_set_title (a, "Mathematician");
  nb_contact_set_birthday (a, birthday);
  nb_contact_set_tags (a, tags);
  g_ptr_array_add (phones, nb_field_new ("mobile", "+44 20 7946 0018"));
  nb_contact_set_phones (a, phones);

  b = nb_contact_copy (a);
  g_assert_true (nb_contact_content_equal (a, b));

  g_signal_connect (a, "notify::title", G_CALLBACK (count_cb), &title_notified);
  g_signal_connect (a, "notify::full-name", G_CALLBACK (count_cb), &name_notified);
  g_signal_connect (a, "notify::phones", G_CALLBACK (count_cb), &phones_notified);

  /* The copy is deep: changing it leaves the original alone. */
  nb_contact_set_title (b, "Analyst");
  ((NbField *) g_ptr_array_index (nb_contact_get_phones (b), 0))->label[0] = 'M';
  g_assert_cmpstr (nb_contact_get_title (a), ==, "Mathematician");
  g_assert_cmpstr (((NbField *) g_ptr_array_index (nb_contact_get_phones (a), 0))->label, ==, "mobile");
  g_assert_false (nb_contact_content_equal (a, b));

  /* Assigning notifies what changed, and only that. */
  g_assert_true (nb_contact_assign (a, b));
  g_assert_cmpuint (title_notified, ==, 1);
  g_assert_cmpuint (phones_notified, ==, 1);
  g_assert_cmpuint (name_notified, ==, 0);
  g_assert_true (nb_contact_content_equal (a, b));
  g_assert_false (nb_contact_assign (a, b));
}

static void
test_tags (void)
{
  g_autoptr(NbContact) contact = nb_contact_new ();
  const char *tags[] = { "work", "", "friends", "work", NULL };
  const char * const *stored;
  guint notified = 0;

  g_signal_connect (contact, "notify::tags", G_CALLBACK (count_cb), &notified);
  nb_contact_set_tags (contact, tags);
  stored = nb_contact_get_tags (contact);
  g_assert_cmpuint (g_strv_length ((char **) stored), ==, 2);
  g_assert_cmpstr (stored[0], ==, "work");
  g_assert_cmpstr (stored[1], ==, "friends");
  g_assert_cmpuint (notified, ==, 1);

  nb_contact_set_tags (contact, tags);
  g_assert_cmpuint (notified, ==, 1);

  nb_contact_set_tags (contact, NULL);
  g_assert_cmpuint (g_strv_length ((char **) nb_contact_get_tags (contact)), ==, 0);
}

static void
test_organization_units (void)
{
  g_autoptr(NbContact) contact = nb_contact_new ();
  g_autoptr(NbContact) copy = NULL;
  const char *units[] = { "Research", "", "Switching Theory", "", "", NULL };
  const char *other[] = { "Research", NULL };
  const char * const *stored;
  guint notified = 0;

  g_assert_cmpuint (g_strv_length ((char **) nb_contact_get_organization_units (contact)), ==, 0);

  /* An empty unit keeps the place of the next; empty ones at the end go. */
  g_signal_connect (contact, "notify::organization-units", G_CALLBACK (count_cb), &notified);
  nb_contact_set_organization_units (contact, units);
  stored = nb_contact_get_organization_units (contact);
  g_assert_cmpuint (g_strv_length ((char **) stored), ==, 3);
  g_assert_cmpstr (stored[1], ==, "");
  g_assert_cmpstr (stored[2], ==, "Switching Theory");
  g_assert_cmpuint (notified, ==, 1);
  nb_contact_set_organization_units (contact, units);
  g_assert_cmpuint (notified, ==, 1);

  copy = nb_contact_copy (contact);
  g_assert_true (nb_contact_content_equal (contact, copy));
  nb_contact_set_organization_units (copy, other);
  g_assert_false (nb_contact_content_equal (contact, copy));
  g_assert_true (nb_contact_assign (contact, copy));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (nb_contact_get_organization_units (contact)[0], ==, "Research");

  nb_contact_set_organization_units (contact, NULL);
  g_assert_cmpuint (g_strv_length ((char **) nb_contact_get_organization_units (contact)), ==, 0);
}

/* A field's vCard group and preference are part of it: copied, compared,
 * and given to the field that stands for it. */
static void
test_field_details (void)
{
  g_autoptr(NbField) field = nb_field_new ("Work-ish", "maryam@stanford.example");
  g_autoptr(NbField) copy = NULL;
  g_autoptr(NbField) edited = nb_field_new ("home", "maryam@example.org");
  g_autoptr(NbAddress) address = nb_address_new ("home");
  g_autoptr(NbAddress) address_copy = NULL;

  field->group = g_strdup ("item1");
  field->pref = 1;
  copy = nb_field_copy (field);
  g_assert_cmpstr (copy->group, ==, "item1");
  g_assert_cmpuint (copy->pref, ==, 1);
  g_assert_true (nb_field_equal (field, copy));
  copy->pref = 2;
  g_assert_false (nb_field_equal (field, copy));
  copy->pref = 1;
  g_clear_pointer (&copy->group, g_free);
  g_assert_false (nb_field_equal (field, copy));

  nb_field_copy_details (edited, field);
  g_assert_cmpstr (edited->group, ==, "item1");
  g_assert_cmpuint (edited->pref, ==, 1);
  g_assert_cmpstr (edited->label, ==, "home");

  address->group = g_strdup ("item3");
  address->pref = 5;
  address_copy = nb_address_copy (address);
  g_assert_true (nb_address_equal (address, address_copy));
  address_copy->pref = 0;
  g_assert_false (nb_address_equal (address, address_copy));
  g_free (address_copy->group);
  address_copy->group = g_strdup ("item4");
  g_assert_false (nb_address_equal (address, address_copy));
  nb_address_copy_details (address_copy, address);
  g_assert_true (nb_address_equal (address, address_copy));
}

static void
test_photo (void)
{
  g_autoptr(NbContact) contact = nb_contact_new ();
  g_autoptr(GBytes) photo = g_bytes_new_static ("\x89PNG....", 8);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

  nb_contact_set_photo (contact, photo, "image/png");
  g_assert_true (nb_contact_get_photo (contact) == photo);
  g_assert_cmpstr (nb_contact_get_photo_mime_type (contact), ==, "image/png");

  /* Empty data is no photo, and no photo has no type. */
  nb_contact_set_photo (contact, empty, "image/png");
  g_assert_null (nb_contact_get_photo (contact));
  g_assert_null (nb_contact_get_photo_mime_type (contact));
}

static void
test_address (void)
{
  g_autoptr(NbAddress) address = nb_address_new ("home");
  g_autoptr(NbAddress) copy = NULL;
  g_autofree char *text = NULL;

  g_assert_true (nb_address_is_empty (address));
  nb_address_set_part (address, 2, "12 St James's Square");
  nb_address_set_part (address, 3, "London");
  nb_address_set_part (address, 5, "SW1Y 4JH");
  nb_address_set_part (address, 6, "United Kingdom");
  g_assert_false (nb_address_is_empty (address));

  text = nb_address_format (address);
  g_assert_cmpstr (text, ==, "12 St James's Square\nSW1Y 4JH London\nUnited Kingdom");

  copy = nb_address_copy (address);
  g_assert_true (nb_address_equal (address, copy));
  nb_address_set_part (copy, 3, "Bath");
  g_assert_false (nb_address_equal (address, copy));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/contact/notify-once", test_notify_once);
  g_test_add_func ("/contact/copy-and-assign", test_copy_and_assign);
  g_test_add_func ("/contact/tags", test_tags);
  g_test_add_func ("/contact/organization-units", test_organization_units);
  g_test_add_func ("/contact/field-details", test_field_details);
  g_test_add_func ("/contact/photo", test_photo);
  g_test_add_func ("/contact/address", test_address);

  return g_test_run ();
}
