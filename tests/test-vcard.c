/* test-vcard.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-test-util.h"
#include "nb-vcard-reader.h"
#include "nb-vcard-writer.h"

/* Every card of the sample files, written in the style of each exporter,
 * against what tests/data/vcards/expected.ini says Netbook must read. */

static GPtrArray *
read_file (const char    *name,
           GArray        *card_numbers,
           NbVcardReader **reader_out)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(NbVcardReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *contacts = g_ptr_array_new_with_free_func (g_object_unref);
  NbContact *contact;

  path = g_test_build_filename (G_TEST_DIST, "data", "vcards", name, NULL);
  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, &error);
  g_assert_no_error (error);

  reader = nb_vcard_reader_new (G_INPUT_STREAM (stream), name);
  while ((contact = nb_vcard_reader_next (reader, NULL, &error)))
    {
      guint number = nb_vcard_reader_get_n_cards (reader);

      g_ptr_array_add (contacts, contact);
      if (card_numbers != NULL)
        g_array_append_val (card_numbers, number);
    }
  g_assert_no_error (error);

  if (reader_out != NULL)
    *reader_out = g_steal_pointer (&reader);

  return contacts;
}

static char *
fields_to_string (GPtrArray *fields)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < fields->len; i++)
    {
      NbField *field = g_ptr_array_index (fields, i);

      g_string_append_printf (str, "%s:%s\n", field->label ? field->label : "", field->value);
    }

  return g_string_free (str, FALSE);
}

static char *
expected_list (GKeyFile   *expected,
               const char *group,
               const char *key)
{
  g_auto(GStrv) items = g_key_file_get_string_list (expected, group, key, NULL, NULL);
  GString *str = g_string_new (NULL);

  for (guint i = 0; items && items[i]; i++)
    g_string_append_printf (str, "%s\n", items[i]);

  return g_string_free (str, FALSE);
}

static char *
strv_to_string (const char * const *strv)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; strv[i]; i++)
    g_string_append_printf (str, "%s\n", strv[i]);

  return g_string_free (str, FALSE);
}

static char *
addresses_to_string (GPtrArray *addresses)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < addresses->len; i++)
    {
      NbAddress *address = g_ptr_array_index (addresses, i);

      g_string_append_printf (str, "%s:", address->label ? address->label : "");
      for (guint p = 0; p < NB_ADDRESS_N_PARTS; p++)
        g_string_append_printf (str, "%s%s", p ? "|" : "", nb_address_get_part (address, p));
      g_string_append_c (str, '\n');
    }

  return g_string_free (str, FALSE);
}

static void
append_preferred (GString    *str,
                  const char *kind,
                  guint       pref,
                  const char *value)
{
  if (pref > 0)
    g_string_append_printf (str, "%s:%u:%s\n", kind, pref, value);
}

/* "kind:PREF:value" of every field and address that has a PREF, the
 * street for an address. */
static char *
preferred_to_string (NbContact *contact)
{
  struct { const char *kind; GPtrArray *fields; } lists[] = {
    { "email", nb_contact_get_emails (contact) },
    { "phone", nb_contact_get_phones (contact) },
    { "website", nb_contact_get_websites (contact) },
  };
  GPtrArray *addresses = nb_contact_get_addresses (contact);
  GString *str = g_string_new (NULL);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l].fields->len; i++)
      {
        NbField *field = g_ptr_array_index (lists[l].fields, i);

        append_preferred (str, lists[l].kind, field->pref, field->value);
      }
  for (guint i = 0; i < addresses->len; i++)
    {
      NbAddress *address = g_ptr_array_index (addresses, i);

      append_preferred (str, "address", address->pref, address->street);
    }

  return g_string_free (str, FALSE);
}

static void
assert_string_key (GKeyFile   *expected,
                   const char *group,
                   const char *key,
                   const char *actual)
{
  g_autofree char *value = g_key_file_get_string (expected, group, key, NULL);

  if (g_strcmp0 (value, actual) != 0)
    g_error ("%s: %s is “%s”, expected “%s”", group, key, actual, value);
}

static void
check_contact (GKeyFile   *expected,
               const char *group,
               NbContact  *contact)
{
  static const char *strings[] = {
    "full-name", "nickname", "organization", "title", "notes", "uid",
  };
  g_autofree char *emails = fields_to_string (nb_contact_get_emails (contact));
  g_autofree char *phones = fields_to_string (nb_contact_get_phones (contact));
  g_autofree char *websites = fields_to_string (nb_contact_get_websites (contact));
  g_autofree char *addresses = addresses_to_string (nb_contact_get_addresses (contact));
  g_autofree char *tags = NULL;
  g_autofree char *birthday = NULL;
  const char *photo = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (contact, strings[i], &value, NULL);
      assert_string_key (expected, group, strings[i], value);
    }

  {
    g_autofree char *want = expected_list (expected, group, "emails");
    g_assert_cmpstr (emails, ==, want);
  }
  {
    g_autofree char *want = expected_list (expected, group, "preferred");
    g_autofree char *have = preferred_to_string (contact);
    g_assert_cmpstr (have, ==, want);
  }
  {
    g_autofree char *want = expected_list (expected, group, "organization-units");
    g_autofree char *have = strv_to_string (nb_contact_get_organization_units (contact));
    g_assert_cmpstr (have, ==, want);
  }
  {
    g_autofree char *want = expected_list (expected, group, "phones");
    g_assert_cmpstr (phones, ==, want);
  }
  {
    g_autofree char *want = expected_list (expected, group, "websites");
    g_assert_cmpstr (websites, ==, want);
  }
  {
    g_autofree char *want = expected_list (expected, group, "addresses");
    g_assert_cmpstr (addresses, ==, want);
  }

  tags = strv_to_string (nb_contact_get_tags (contact));
  {
    g_autofree char *want = expected_list (expected, group, "tags");
    g_assert_cmpstr (tags, ==, want);
  }

  if (nb_contact_get_birthday (contact) != NULL)
    birthday = nb_birthday_to_iso (nb_contact_get_birthday (contact));
  assert_string_key (expected, group, "birthday", birthday);

  if (nb_contact_get_photo (contact) != NULL)
    photo = "data";
  else if (nb_contact_get_photo_uri (contact) != NULL)
    photo = "uri";
  assert_string_key (expected, group, "photo", photo);

  if (g_strcmp0 (photo, "data") == 0)
    g_assert_true (g_str_has_prefix (nb_contact_get_photo_mime_type (contact), "image/"));
  if (g_key_file_has_key (expected, group, "photo-type", NULL))
    assert_string_key (expected, group, "photo-type", nb_contact_get_photo_mime_type (contact));
}

static void
test_corpus (void)
{
  g_autoptr(GKeyFile) expected = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "vcards", "expected.ini", NULL);
  g_auto(GStrv) groups = NULL;
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;
  guint n_checked = 0;

  g_key_file_load_from_file (expected, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  groups = g_key_file_get_groups (expected, NULL);

  for (guint i = 0; groups[i]; i++)
    {
      char *hash = strchr (groups[i], '#');

      g_assert_nonnull (hash);
      g_hash_table_add (files, g_strndup (groups[i], hash - groups[i]));
    }

  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GPtrArray) contacts = read_file (key, numbers, NULL);

      for (guint i = 0; i < contacts->len; i++)
        {
          g_autofree char *group = g_strdup_printf ("%s#%u", (char *) key, g_array_index (numbers, guint, i));

          g_test_message ("checking %s", group);
          g_assert_true (g_key_file_has_group (expected, group));
          g_assert_false (g_key_file_get_boolean (expected, group, "skipped", NULL));
          check_contact (expected, group, g_ptr_array_index (contacts, i));
          n_checked++;
        }
    }

  /* Every card the file lists was read, but the skipped ones. */
  for (guint i = 0; groups[i]; i++)
    if (g_key_file_get_boolean (expected, groups[i], "skipped", NULL))
      n_checked++;
  g_assert_cmpuint (n_checked, ==, g_strv_length (groups));
}

static void
test_hostile_report (void)
{
  g_autoptr(NbVcardReader) reader = NULL;
  g_autoptr(GPtrArray) contacts = read_file ("hostile.vcf", NULL, &reader);
  GPtrArray *problems = nb_vcard_reader_get_problems (reader);
  g_autoptr(GString) all = g_string_new (NULL);

  g_assert_cmpuint (nb_vcard_reader_get_n_cards (reader), ==, 15);
  g_assert_cmpuint (nb_vcard_reader_get_n_skipped (reader), ==, 0);
  g_assert_cmpuint (contacts->len, ==, 15);

  for (guint i = 0; i < problems->len; i++)
    {
      g_string_append_printf (all, "%s\n", (char *) g_ptr_array_index (problems, i));
      /* Every message says which file and which card. */
      g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, i), "hostile.vcf, card "));
    }
  g_test_message ("%s", all->str);

  g_assert_null (strstr (all->str, "skipped"));
  g_assert_nonnull (strstr (all->str, "“Emmy Noether”): the birthday “1985-02-30” is not a valid date"));
  g_assert_nonnull (strstr (all->str, "card 5 (line 28): the card has no END:VCARD line"));
  g_assert_nonnull (strstr (all->str, "“Michael Faraday”): 1 line that is not a vCard property was left out"));
}

static NbContact *
parse_text (const char *text,
            GPtrArray  *warnings)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (g_strdup (text), strlen (text), g_free);
  g_autoptr(NbVcardReader) reader = nb_vcard_reader_new (stream, "test.vcf");
  g_autoptr(GError) error = NULL;
  NbContact *contact = nb_vcard_reader_next (reader, NULL, &error);

  g_assert_no_error (error);
  if (warnings != NULL)
    for (guint i = 0; i < nb_vcard_reader_get_problems (reader)->len; i++)
      g_ptr_array_add (warnings, g_strdup (g_ptr_array_index (nb_vcard_reader_get_problems (reader), i)));

  return contact;
}

static void
roundtrip (NbVcardVersion version)
{
  const char *files[] = { "google.vcf", "apple.vcf", "thunderbird.vcf", "outlook.vcf",
                          "nextcloud.vcf", "monica.vcf", "hostile.vcf", "dupes.vcf",
                          "iphone.vcf", "groups.vcf", "utf8-splits.vcf", "charsets.vcf",
                          "photos.vcf", "nameless.vcf",
                          "org-units.vcf", "pref.vcf" };
  guint n = 0;

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(GPtrArray) contacts = read_file (files[f], NULL, NULL);

      for (guint i = 0; i < contacts->len; i++)
        {
          NbContact *contact = g_ptr_array_index (contacts, i);
          g_autofree char *card = nb_vcard_write (contact, version);
          g_autoptr(NbContact) again = parse_text (card, NULL);

          g_assert_nonnull (again);
          if (!nb_contact_content_equal (contact, again))
            g_error ("%s card %u changed on the way through vCard:\n%s", files[f], i, card);
          n++;
        }
    }

  g_assert_cmpuint (n, >, 40);
}

static void
test_roundtrip_3_0 (void)
{
  roundtrip (NB_VCARD_VERSION_3_0);
}

static void
test_roundtrip_4_0 (void)
{
  g_autoptr(NbContact) contact = nb_test_contact_new ("Ada Lovelace", "ada@example.com");
  g_autoptr(NbBirthday) birthday = nb_birthday_new (0, 12, 10);
  g_autofree char *card = NULL;

  roundtrip (NB_VCARD_VERSION_4_0);

  nb_contact_set_birthday (contact, birthday);
  card = nb_vcard_write (contact, NB_VCARD_VERSION_4_0);
  g_assert_nonnull (strstr (card, "\r\nVERSION:4.0\r\n"));
  g_assert_nonnull (strstr (card, "\r\nBDAY:--1210\r\n"));
  g_assert_nonnull (strstr (card, "\r\nEMAIL;TYPE=home:ada@example.com\r\n"));
}

static void
test_writer_escapes_and_folds (void)
{
  g_autoptr(NbContact) contact = nb_test_contact_new ("Lovelace, Ada; Countess", NULL);
  g_autoptr(NbContact) again = NULL;
  g_autofree char *card = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) long_note = g_string_new ("Ünïcödé ");

  for (guint i = 0; i < 40; i++)
    g_string_append (long_note, "ümlaut and ß ");
  g_string_append (long_note, "\nsecond line \\ with a backslash");
  nb_contact_set_notes (contact, long_note->str);

  card = nb_vcard_write (contact, NB_VCARD_VERSION_3_0);
  g_assert_true (g_str_has_prefix (card, "BEGIN:VCARD\r\nVERSION:3.0\r\n"));
  g_assert_true (g_str_has_suffix (card, "\r\nEND:VCARD\r\n"));
  g_assert_nonnull (strstr (card, "FN:Lovelace\\, Ada\\; Countess\r\n"));

  /* Lines are folded at 75 octets, never inside a UTF-8 sequence. */
  lines = g_strsplit (card, "\r\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }

  again = parse_text (card, NULL);
  g_assert_true (nb_contact_content_equal (contact, again));
}

static void
test_bounds (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(NbVcardReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) first = NULL;
  g_autoptr(NbContact) second = NULL;
  g_autoptr(NbContact) third = NULL;
  GPtrArray *problems;
  gboolean said_too_large = FALSE, said_properties = FALSE;

  /* A stray line of 1 MiB outside any card. */
  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (text, 'j');
  g_string_append (text, "\r\n");

  /* A card over the size limit: skipped. */
  g_string_append (text, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Too Large\r\nNOTE:");
  for (guint i = 0; i < NB_VCARD_MAX_CARD_BYTES + 10; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\r\nEND:VCARD\r\n");

  /* A card with too many properties: read up to the limit. */
  g_string_append (text, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many Phones\r\n");
  for (guint i = 0; i < NB_VCARD_MAX_PROPERTIES + 500; i++)
    g_string_append_printf (text, "TEL:+1 555 %07u\r\n", i);
  g_string_append (text, "END:VCARD\r\n");

  /* Binary junk, then a good card. */
  g_string_append_len (text, "\xff\xfe\x00\x01\x80\r\n", 7);
  g_string_append (text, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Last One\r\nEND:VCARD\r\n");

  stream = g_memory_input_stream_new_from_data (g_memdup2 (text->str, text->len), text->len, g_free);
  reader = nb_vcard_reader_new (stream, "big.vcf");

  first = nb_vcard_reader_next (reader, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nb_contact_get_full_name (first), ==, "Many Phones");
  g_assert_cmpuint (nb_contact_get_phones (first)->len, <, NB_VCARD_MAX_PROPERTIES);

  second = nb_vcard_reader_next (reader, NULL, &error);
  g_assert_cmpstr (nb_contact_get_full_name (second), ==, "Last One");
  third = nb_vcard_reader_next (reader, NULL, &error);
  g_assert_null (third);
  g_assert_no_error (error);

  g_assert_cmpuint (nb_vcard_reader_get_n_skipped (reader), ==, 1);
  problems = nb_vcard_reader_get_problems (reader);
  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      said_too_large |= strstr (problem, "skipped: the card is larger than 16 MiB") != NULL;
      said_properties |= strstr (problem, "only the first 2000 properties were read") != NULL;
    }
  g_assert_true (said_too_large);
  g_assert_true (said_properties);
}

static void
test_legacy_encodings (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  /* 8-bit Windows-1252 text with no CHARSET, as old programs write it. */
  g_autoptr(NbContact) latin = parse_text ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:J\xfcrgen M\xfcller\r\nEND:VCARD\r\n",
                                           warnings);
  g_autoptr(NbContact) qp = parse_text ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                        "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Fran=E7ois=\r\n"
                                        " Arago\r\n"
                                        "NOTE;ENCODING=QUOTED-PRINTABLE:one=0D=0Atwo\r\n"
                                        "END:VCARD\r\n", NULL);

  g_assert_cmpstr (nb_contact_get_full_name (latin), ==, "Jürgen Müller");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "not valid UTF-8"));

  g_assert_cmpstr (nb_contact_get_full_name (qp), ==, "François Arago");
  g_assert_cmpstr (nb_contact_get_notes (qp), ==, "one\ntwo");
}

/* Text in a character set that cannot be read is reported for its card,
 * with the character set's name; the rest of the file is read silently. */
static void
test_charset_problems (void)
{
  g_autoptr(NbVcardReader) reader = NULL;
  g_autoptr(GPtrArray) contacts = read_file ("charsets.vcf", NULL, &reader);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NbContact) utf8 = NULL;
  GPtrArray *problems = nb_vcard_reader_get_problems (reader);

  g_assert_cmpuint (contacts->len, ==, 8);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==,
                   "charsets.vcf, card 6 (line 39, “Cecilia Payne”): the character set “X-KLINGON” "
                   "is not known; characters that could not be read were replaced by “�”");
  g_assert_cmpstr (g_ptr_array_index (problems, 1), ==,
                   "charsets.vcf, card 7 (line 47, “Toshiko Yuasa”): some text is not valid in the "
                   "character set “SHIFT_JIS”; characters that could not be read were replaced by “�”");
  g_assert_cmpstr (g_ptr_array_index (problems, 2), ==,
                   "charsets.vcf, card 8 (line 54, “Angélique Arnauld”): the card is not valid UTF-8 "
                   "and was read as Windows Latin-1");

  /* An unknown character set whose text is UTF-8 is read as UTF-8, and
   * said so; one whose text is ASCII is read without a word. */
  utf8 = parse_text ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-UNHEARD-OF:Ada\r\n"
                     "NOTE;CHARSET=\"x-klingon\":Café\r\nEND:VCARD\r\n", warnings);
  g_assert_cmpstr (nb_contact_get_full_name (utf8), ==, "Ada");
  g_assert_cmpstr (nb_contact_get_notes (utf8), ==, "Café");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "test.vcf, card 1 (line 1, “Ada”): the character set “x-klingon” is not known; "
                   "its text was read as UTF-8");
}

/* Of two photos, the first is the contact's, and the second is written
 * back after it, in 3.0 and 4.0 alike. */
static void
test_second_photo_kept (void)
{
  g_autoptr(GPtrArray) contacts = read_file ("photos.vcf", NULL, NULL);
  NbContact *contact = g_ptr_array_index (contacts, 6);
  NbVcardVersion versions[] = { NB_VCARD_VERSION_3_0, NB_VCARD_VERSION_4_0 };

  g_assert_cmpstr (nb_contact_get_full_name (contact), ==, "Vivian Maier");
  g_assert_cmpstr (nb_contact_get_photo_mime_type (contact), ==, "image/jpeg");

  for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autofree char *card = nb_vcard_write (contact, versions[i]);
      const char *first = strstr (card, "\r\nPHOTO");
      const char *second = first ? strstr (first + 1, "\r\nPHOTO") : NULL;

      /* g_assert_not_reached () does not return: GCC then knows that
       * second is not NULL below (-Wstringop-overread under ASan). */
      if (second == NULL)
        g_assert_not_reached ();
      g_assert_null (strstr (second + 1, "\r\nPHOTO"));
      /* A JPEG's base64 begins with /9j/, a PNG's with iVBOR. */
      g_assert_nonnull (strstr (first, "/9j/"));
      g_assert_true (strstr (first, "iVBOR") > second);
    }
}

/* A card without a name is named as GNOME Contacts does, and written back
 * with that name as its FN (which 3.0 and 4.0 require) but its N as empty
 * as it was: the name was not typed by anyone. A card with nothing to name
 * it by is skipped. */
static void
test_nameless (void)
{
  g_autoptr(NbVcardReader) reader = NULL;
  g_autoptr(GPtrArray) contacts = read_file ("nameless.vcf", NULL, &reader);
  GPtrArray *problems = nb_vcard_reader_get_problems (reader);
  g_autofree char *phone_3 = NULL;
  g_autofree char *phone_4 = NULL;
  g_autofree char *organization_3 = NULL;
  g_autofree char *organization_4 = NULL;

  g_assert_cmpuint (contacts->len, ==, 6);
  g_assert_cmpuint (nb_vcard_reader_get_n_skipped (reader), ==, 1);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==,
                   "nameless.vcf, card 6 (line 34): skipped: the card has no name, organisation, "
                   "email address, phone number or photo");

  /* N:;;;; stays empty, in 3.0 and 4.0 alike. */
  phone_3 = nb_vcard_write (g_ptr_array_index (contacts, 0), NB_VCARD_VERSION_3_0);
  phone_4 = nb_vcard_write (g_ptr_array_index (contacts, 0), NB_VCARD_VERSION_4_0);
  g_assert_nonnull (strstr (phone_3, "\r\nFN:+1 555-555-0147\r\nN:;;;;\r\n"));
  g_assert_nonnull (strstr (phone_4, "\r\nFN:+1 555-555-0147\r\nN:;;;;\r\n"));

  /* No N at all (4.0): not one made up from the organisation either. */
  organization_3 = nb_vcard_write (g_ptr_array_index (contacts, 2), NB_VCARD_VERSION_3_0);
  organization_4 = nb_vcard_write (g_ptr_array_index (contacts, 2), NB_VCARD_VERSION_4_0);
  g_assert_nonnull (strstr (organization_3, "\r\nN:;;;;\r\n"));
  g_assert_nonnull (strstr (organization_4, "\r\nN:;;;;\r\n"));
  g_assert_nonnull (strstr (organization_4, "\r\nFN:Lighthouse Keepers' Guild"));
}

/* ORG's units are written back as units, in their places. */
static void
test_organization_units (void)
{
  g_autoptr(GPtrArray) contacts = read_file ("org-units.vcf", NULL, NULL);
  const char *lines[] = {
    "\r\nORG:Bell Telephone Laboratories;Mathematics Research;Switching Theory Group\r\n",
    "\r\nORG:CERN;IT Division\r\n",
    "\r\nORG:Xerox PARC\\; Palo Alto Research Center;Learning Research Group\r\n",
    "\r\nORG:;Programming Methodology Group\r\n",
    "\r\nORG:Royal Society;;Fellows\r\n",
    "\r\nORG:Institut Pasteur;Unité de Virologie\\, Paris\r\n",
  };

  g_assert_cmpuint (contacts->len, ==, G_N_ELEMENTS (lines));
  for (guint i = 0; i < contacts->len; i++)
    {
      g_autofree char *card_3 = nb_vcard_write (g_ptr_array_index (contacts, i), NB_VCARD_VERSION_3_0);
      g_autofree char *card_4 = nb_vcard_write (g_ptr_array_index (contacts, i), NB_VCARD_VERSION_4_0);

      g_assert_nonnull (strstr (card_3, lines[i]));
      g_assert_nonnull (strstr (card_4, lines[i]));
    }
}

/* The lines of Apple's card in groups.vcf that must come back as they
 * were, each tied to its group. */
static const char *apple_group_lines[] = {
  "\r\nitem1.EMAIL:maryam@stanford.example\r\nitem1.X-ABLabel:Work-ish\r\n",
  "\r\nitem4.TEL;TYPE=CELL:+1 555-555-0112\r\n",
  "\r\nitem6.URL:https://stanford.example/~maryam\r\nitem6.X-ABLabel:_$!<HomePage>!$_\r\n",
  "\r\nitem3.ADR;TYPE=HOME:;;450 Jane Stanford Way;Stanford;CA;94305;USA\r\n",
  "\r\nitem2.X-ABRELATEDNAMES:Jane\r\nitem2.X-ABLabel:_$!<Spouse>!$_\r\nitem3.X-ABADR:us\r\n"
  "item5.X-ABDATE:2014-08-13\r\nitem5.X-ABLabel:Fields Medal\r\n"
  "item8.X-SOCIALPROFILE;type=mastodon:https://mathstodon.example/@maryam\r\n",
};

/* Grouped properties keep their group, those Netbook reads as fields too,
 * so that a label stays with what it labels; a new label gets a group of
 * its own. */
static void
test_groups (void)
{
  g_autoptr(GPtrArray) contacts = read_file ("groups.vcf", NULL, NULL);
  g_autoptr(NbContact) contact = nb_contact_copy (g_ptr_array_index (contacts, 2));
  g_autoptr(GPtrArray) emails = nb_field_array_copy (nb_contact_get_emails (contact));
  g_autofree char *card = nb_vcard_write (contact, NB_VCARD_VERSION_3_0);
  g_autofree char *edited = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (apple_group_lines); i++)
    if (strstr (card, apple_group_lines[i]) == NULL)
      g_error ("“%s” is not in\n%s", apple_group_lines[i], card);
  g_assert_null (strstr (card, "X-ABLabel:_$!<Mobile>!$_"));

  g_ptr_array_add (emails, nb_field_new ("Lab", "maryam@lab.example"));
  nb_contact_set_emails (contact, emails);
  edited = nb_vcard_write (contact, NB_VCARD_VERSION_3_0);
  g_assert_nonnull (strstr (edited, "\r\nitem7.EMAIL:maryam@lab.example\r\nitem7.X-ABLabel:Lab\r\n"));
}

static void
assert_card_has (const char *card,
                 const char *line)
{
  g_autofree char *wanted = g_strdup_printf ("\r\n%s\r\n", line);

  if (strstr (card, wanted) == NULL)
    g_error ("“%s” is not in\n%s", line, card);
}

/* The preferred email, phone, website or address is written back on the
 * same one: TYPE=pref in 3.0 (with PREF=n when it is not the first, which
 * 3.0 cannot say otherwise), PREF=n in 4.0. */
static void
test_preference (void)
{
  g_autoptr(GPtrArray) contacts = read_file ("pref.vcf", NULL, NULL);
  const struct { guint card; NbVcardVersion version; const char *line; } lines[] = {
    { 0, NB_VCARD_VERSION_3_0, "EMAIL;TYPE=HOME:roz@home.example" },
    { 0, NB_VCARD_VERSION_3_0, "EMAIL;TYPE=WORK,pref:picard@media-lab.example" },
    { 0, NB_VCARD_VERSION_3_0, "TEL;TYPE=WORK,pref:+1 555-555-0172" },
    { 0, NB_VCARD_VERSION_4_0, "EMAIL;PREF=1;TYPE=work:picard@media-lab.example" },
    { 1, NB_VCARD_VERSION_4_0, "EMAIL;PREF=1;TYPE=home:radia@example.net" },
    { 1, NB_VCARD_VERSION_4_0, "TEL;PREF=2;TYPE=cell:+1 555-555-0181" },
    { 1, NB_VCARD_VERSION_4_0, "TEL;PREF=1;TYPE=work:+1 555-555-0182" },
    { 1, NB_VCARD_VERSION_3_0, "TEL;PREF=2;TYPE=CELL:+1 555-555-0181" },
    { 1, NB_VCARD_VERSION_3_0, "TEL;TYPE=WORK,pref:+1 555-555-0182" },
    { 2, NB_VCARD_VERSION_3_0, "EMAIL:hedwig@breslau.example" },
    { 2, NB_VCARD_VERSION_3_0, "EMAIL;TYPE=pref:kohn@wellesley.example" },
    { 2, NB_VCARD_VERSION_3_0, "TEL;TYPE=WORK,pref:+1 555-555-0192" },
    { 4, NB_VCARD_VERSION_3_0, "EMAIL;PREF=50:ksj@cam.example" },
    { 4, NB_VCARD_VERSION_3_0, "EMAIL;PREF=10;TYPE=pref:karen@example.org" },
    { 4, NB_VCARD_VERSION_3_0, "EMAIL:karen.sj@example.net" },
    { 4, NB_VCARD_VERSION_4_0, "EMAIL;PREF=10:karen@example.org" },
    { 5, NB_VCARD_VERSION_3_0, "URL;TYPE=pref:https://edsac.example" },
    { 5, NB_VCARD_VERSION_3_0, "ADR;TYPE=WORK,pref:;;15 JJ Thomson Avenue;Cambridge;;CB3 0FD;United Kingdom" },
    { 5, NB_VCARD_VERSION_3_0, "ADR;TYPE=HOME:;;1 Mill Lane;Cambridge;;CB2 1RX;United Kingdom" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *card = nb_vcard_write (g_ptr_array_index (contacts, lines[i].card),
                                              lines[i].version);

      assert_card_has (card, lines[i].line);
    }
}

/* Prints what Python's vobject, a vCard reader of its own, reads from the
 * card in argv[1]: one value a line, backslashes and line breaks escaped. */
static const char vobject_script[] =
  "import sys, vobject\n"
  "card = vobject.readOne(open(sys.argv[1], encoding='utf-8').read())\n"
  "def put(key, value):\n"
  "    print(key + '=' + value.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n'))\n"
  "for key in ('fn', 'nickname', 'title', 'note', 'x-netbook-how-met', 'x-netbook-food',\n"
  "            'x-netbook-help'):\n"
  "    put(key, card.contents[key][0].value)\n"
  "for i, unit in enumerate(card.contents['org'][0].value):\n"
  "    put('org.%d' % i, unit)\n"
  "for i, tag in enumerate(card.contents['categories'][0].value):\n"
  "    put('categories.%d' % i, tag)\n"
  "address = card.contents['adr'][0].value\n"
  "for part in ('box', 'extended', 'street', 'city', 'region', 'code', 'country'):\n"
  "    put('adr.' + part, getattr(address, part))\n";

static void
put_expected (GString    *out,
              const char *key,
              const char *value)
{
  g_string_append_printf (out, "%s=", key);
  for (const char *p = value; *p; p++)
    {
      if (*p == '\\')
        g_string_append (out, "\\\\");
      else if (*p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\n');
}

/* Runs vobject on @card; %FALSE when there is no Python with vobject. */
static gboolean
read_with_vobject (const char  *card,
                   char       **out)
{
  g_autofree char *path = nb_test_tmp_path ("escaped.vcf");
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "PYTHONIOENCODING", "utf-8", TRUE);
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *check[] = { "/usr/bin/python3", "-c", "import vobject", NULL };
  const char *argv[] = { "/usr/bin/python3", "-c", vobject_script, path, NULL };
  int status = 1;

  if (!g_file_test (check[0], G_FILE_TEST_IS_EXECUTABLE) ||
      !g_spawn_sync (NULL, (char **) check, env, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return FALSE;

  g_file_set_contents (path, card, -1, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("vobject could not read the card:\n%s\n%s", err, card);

  return TRUE;
}

/* Every text value is escaped as RFC 6350 3.4 asks (\\ \; \, \n),
 * Netbook's own X-NETBOOK-* properties too, and reads back as it was, in
 * Netbook and in another program. */
static void
test_escaping (void)
{
  const char *value = "Café Einstein, Unter den Linden; 2nd floor\\back\nslash";
  const char *units[] = { "Küche, hinten; links", "Back\\Office", NULL };
  const char *tags[] = { "Berlin, Mitte", "coffee; cake", "back\\slash", NULL };
  const char *keys[] = { "nickname", "title", "note", "x-netbook-how-met", "x-netbook-food",
                         "x-netbook-help" };
  g_autoptr(NbContact) contact = nb_test_contact_new ("Einstein, Albert; Café \\ Owner", NULL);
  g_autoptr(GPtrArray) addresses = nb_address_array_new ();
  g_autoptr(NbAddress) address = nb_address_new ("home");
  g_autoptr(GString) expected = g_string_new (NULL);
  NbVcardVersion versions[] = { NB_VCARD_VERSION_3_0, NB_VCARD_VERSION_4_0 };
  g_autofree char *card = NULL;
  g_autofree char *read = NULL;

  nb_contact_set_nickname (contact, value);
  nb_contact_set_title (contact, value);
  nb_contact_set_notes (contact, value);
  nb_contact_set_how_met (contact, value);
  nb_contact_set_food_preferences (contact, value);
  nb_contact_set_help_notes (contact, value);
  nb_contact_set_organization (contact, value);
  nb_contact_set_organization_units (contact, units);
  nb_contact_set_tags (contact, tags);
  for (guint p = 0; p < NB_ADDRESS_N_PARTS; p++)
    {
      g_autofree char *part = g_strdup_printf ("%u: %s", p, value);

      nb_address_set_part (address, p, part);
    }
  g_ptr_array_add (addresses, g_steal_pointer (&address));
  nb_contact_set_addresses (contact, addresses);

  for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autofree char *written = nb_vcard_write (contact, versions[i]);
      g_autoptr(NbContact) again = parse_text (written, NULL);

      if (!nb_contact_content_equal (contact, again))
        g_error ("the card did not read back as it was written:\n%s", written);
    }

  card = nb_vcard_write (contact, NB_VCARD_VERSION_3_0);
  if (!read_with_vobject (card, &read))
    {
      g_test_skip ("/usr/bin/python3 with vobject is not installed");
      return;
    }

  put_expected (expected, "fn", nb_contact_get_full_name (contact));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    put_expected (expected, keys[i], value);
  put_expected (expected, "org.0", value);
  for (guint i = 0; units[i]; i++)
    {
      g_autofree char *key = g_strdup_printf ("org.%u", i + 1);

      put_expected (expected, key, units[i]);
    }
  for (guint i = 0; tags[i]; i++)
    {
      g_autofree char *key = g_strdup_printf ("categories.%u", i);

      put_expected (expected, key, tags[i]);
    }
  {
    const char *parts[] = { "box", "extended", "street", "city", "region", "code", "country" };

    for (guint p = 0; p < NB_ADDRESS_N_PARTS; p++)
      {
        g_autofree char *key = g_strconcat ("adr.", parts[p], NULL);
        g_autofree char *part = g_strdup_printf ("%u: %s", p, value);

        put_expected (expected, key, part);
      }
  }

  if (g_strcmp0 (read, expected->str) != 0)
    g_error ("vobject read\n%s\ninstead of\n%s\nfrom\n%s", read, expected->str, card);
}

/* Encodings that make no sense are read as far as they go, and said. */
static void
test_hostile_encodings (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) long_name = g_string_new ("X-");
  g_autofree char *text = NULL;
  g_autoptr(NbContact) contact = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (long_name, 'A');
  text = g_strdup_printf ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                          "FN;CHARSET=:Ada\r\n"
                          "TITLE;CHARSET=\"\";ENCODING=QUOTED-PRINTABLE:=ZZ=4\r\n"
                          "NOTE;CHARSET=%s:caf\xe9\r\n"
                          "ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-16:=00A\r\n"
                          "X-EMPTY;QUOTED-PRINTABLE:=\r\n"
                          "END:VCARD\r\n", long_name->str);
  contact = parse_text (text, warnings);

  g_assert_nonnull (contact);
  g_assert_cmpstr (nb_contact_get_full_name (contact), ==, "Ada");
  g_assert_cmpstr (nb_contact_get_title (contact), ==, "=ZZ=4");
  g_assert_cmpstr (nb_contact_get_notes (contact), ==, "caf\xef\xbf\xbd");
  for (guint i = 0; i < warnings->len; i++)
    {
      const char *warning = g_ptr_array_index (warnings, i);

      g_test_message ("%s", warning);
      g_assert_cmpuint (strlen (warning), <, 400);
    }
  g_assert_cmpuint (warnings->len, >=, 1);
}

/* EVCard knows one ENCODING, BASE64 (QUOTED-PRINTABLE is decoded before
 * it): any other value, one without a value or a second one are read as
 * they are, and never reach it (it would warn). Found by fuzzing. */
static void
test_encoding_params (void)
{
  g_autoptr(NbContact) contact = NULL;
  g_autoptr(NbContact) once = NULL;
  GBytes *photo;

  contact = parse_text ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\n"
                        "NOTE;ENCODING=QUOTED-PVERSION:unknown encoding\r\n"
                        "TITLE;ENCODING=:no value\r\n"
                        "ORG;ENCODING=b;ENCODING=b:QWNtZQ==\r\n"
                        "PHOTO;BASE64;ENCODING=\"BASE64\";TYPE=PNG:iVBORw0KGgo=\r\n"
                        "END:VCARD\r\n", NULL);

  g_assert_nonnull (contact);
  g_assert_cmpstr (nb_contact_get_notes (contact), ==, "unknown encoding");
  g_assert_cmpstr (nb_contact_get_title (contact), ==, "no value");
  /* Twice is as once. */
  once = parse_text ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\n"
                     "ORG;ENCODING=b:QWNtZQ==\r\nEND:VCARD\r\n", NULL);
  g_assert_cmpstr (nb_contact_get_organization (contact), ==, nb_contact_get_organization (once));
  photo = nb_contact_get_photo (contact);
  g_assert_nonnull (photo);
  g_assert_cmpmem (g_bytes_get_data (photo, NULL), g_bytes_get_size (photo), "\x89PNG\r\n\x1a\n", 8);

  /* A parameter with two '=' would be an ENCODING to EVCard: it is left
   * out, the property kept. */
  g_clear_object (&contact);
  contact = parse_text ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sophie Germain\r\n"
                        "NICKNAME;VALUE=ENCODING=BASE64URL;TYPE=home:Sophie\r\n"
                        "TITLE;TYPE=work,ENCODING=b:Mathematician\r\n"
                        "END:VCARD\r\n", NULL);
  g_assert_nonnull (contact);
  g_assert_cmpstr (nb_contact_get_nickname (contact), ==, "Sophie");
  g_assert_cmpstr (nb_contact_get_title (contact), ==, "Mathematician");
}

/* An END (or BEGIN) that is not the card's is no property: EVCard would
 * end the card there (and warn), leaving out what follows. Found by
 * fuzzing. */
static void
test_other_begin_end (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NbContact) contact = NULL;

  contact = parse_text ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\n"
                        "END:VEVENT\r\n"
                        "NOTE:after an END that is not the card's\r\n"
                        "item1.END:x\r\n"
                        "BEGIN:VEVENT\r\n"
                        "TITLE:still read\r\n"
                        "END:VCARD\r\n", warnings);

  g_assert_nonnull (contact);
  g_assert_cmpstr (nb_contact_get_notes (contact), ==, "after an END that is not the card's");
  g_assert_cmpstr (nb_contact_get_title (contact), ==, "still read");
  g_assert_cmpuint (warnings->len, ==, 1);
}

/* A line break in a property's parameters: EVCard would read the line
 * as two, the second with a name that is no name (and warn). Such a line
 * is no property. Found by fuzzing. */
static void
test_line_break_in_params (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NbContact) contact = NULL;

  contact = parse_text ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\n"
                        "X-A;=\r/:x\r\n"
                        "NOTE;X-P=\"a\rb\":left out\r\n"
                        "TITLE:kept\r\n"
                        "END:VCARD\r\n", warnings);

  g_assert_nonnull (contact);
  g_assert_null (nb_contact_get_notes (contact));
  g_assert_cmpstr (nb_contact_get_title (contact), ==, "kept");
  g_assert_cmpuint (warnings->len, ==, 1);
}

/* An empty file is no card, and no error; found by fuzzing (UBSan: an
 * empty GByteArray's data is NULL). */
static void
test_empty_stream (void)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new ();
  g_autoptr(NbVcardReader) reader = nb_vcard_reader_new (stream, "empty.vcf");
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) contact = nb_vcard_reader_next (reader, NULL, &error);

  g_assert_no_error (error);
  g_assert_null (contact);
  g_assert_cmpuint (nb_vcard_reader_get_n_cards (reader), ==, 0);
  g_assert_cmpuint (nb_vcard_reader_get_bytes_read (reader), ==, 0);
}

static void
test_unknown_properties_kept (void)
{
  g_autoptr(NbContact) contact = parse_text ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\n"
                                             "X-SOCIALPROFILE;TYPE=twitter:https://x.example/ada\r\n"
                                             "GENDER:F\r\n"
                                             "item1.X-ABADR:us\r\n"
                                             "END:VCARD\r\n", NULL);
  g_autofree char *card = nb_vcard_write (contact, NB_VCARD_VERSION_3_0);

  g_assert_nonnull (strstr (card, "\r\nX-SOCIALPROFILE;TYPE=twitter:https://x.example/ada\r\n"));
  g_assert_nonnull (strstr (card, "\r\nGENDER:F\r\n"));
  /* With its group, even when nothing else is in it. */
  g_assert_nonnull (strstr (card, "\r\nitem1.X-ABADR:us\r\n"));
}

/* Streams that leave the reader's buffer empty: nothing at all, only a
 * byte-order mark, only line ends; and a card with no line end after it.
 * An empty buffer has no data (NULL), which the sanitized build caught
 * being passed to memchr. */
static void
test_empty_input (void)
{
  const struct {
    const char *bytes;
    guint n_cards;
  } inputs[] = {
    { "", 0 },
    { "\xef\xbb\xbf", 0 },
    { "\r\n\n\r\n", 0 },
    { "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GInputStream) stream = NULL;
      g_autoptr(NbVcardReader) reader = NULL;
      g_autoptr(GError) error = NULL;
      NbContact *contact;
      guint n = 0;

      stream = g_memory_input_stream_new_from_data (inputs[i].bytes, strlen (inputs[i].bytes), NULL);
      reader = nb_vcard_reader_new (stream, "empty.vcf");
      while ((contact = nb_vcard_reader_next (reader, NULL, &error)) != NULL)
        {
          g_assert_cmpstr (nb_contact_get_full_name (contact), ==, "Ada");
          g_object_unref (contact);
          n++;
        }
      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, inputs[i].n_cards);
      g_assert_cmpuint (nb_vcard_reader_get_n_cards (reader), ==, inputs[i].n_cards);
      g_assert_cmpuint (nb_vcard_reader_get_bytes_read (reader), ==, strlen (inputs[i].bytes));
    }
}

/* What they are looking for and what they can offer: one property per
 * phrase, in order, escaped as RFC 6350 asks, in both versions; another
 * app's lines around them kept. */
static void
test_needs_and_offers (void)
{
  static const char card[] =
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Ada Lovelace\r\n"
    "N:Lovelace;Ada;;;\r\n"
    "X-NETBOOK-LOOKING-FOR:a flat in Lyon\\, near the river\r\n"
    "X-OTHER-APP:kept\r\n"
    "X-NETBOOK-LOOKING-FOR:advice on fundraising\\; soon\r\n"
    "X-NETBOOK-OFFERS:instrument making\r\n"
    "X-NETBOOK-OFFERS:poetical science\\nand notes\r\n"
    "X-NETBOOK-OFFERS:instrument making\r\n"
    "END:VCARD\r\n";
  g_autoptr(NbContact) contact = parse_text (card, NULL);
  const char * const *needs = nb_contact_get_looking_for (contact);
  const char * const *offers = nb_contact_get_offers (contact);

  g_assert_cmpuint (g_strv_length ((char **) needs), ==, 2);
  g_assert_cmpstr (needs[0], ==, "a flat in Lyon, near the river");
  g_assert_cmpstr (needs[1], ==, "advice on fundraising; soon");
  /* The repeat is one. */
  g_assert_cmpuint (g_strv_length ((char **) offers), ==, 2);
  g_assert_cmpstr (offers[0], ==, "instrument making");
  g_assert_cmpstr (offers[1], ==, "poetical science\nand notes");

  for (NbVcardVersion version = NB_VCARD_VERSION_3_0; version <= NB_VCARD_VERSION_4_0; version++)
    {
      g_autofree char *written = nb_vcard_write (contact, version);
      g_autoptr(NbContact) back = parse_text (written, NULL);

      g_assert_nonnull (strstr (written, "\r\nX-NETBOOK-LOOKING-FOR:a flat in Lyon\\, near the river\r\n"));
      g_assert_nonnull (strstr (written, "\r\nX-NETBOOK-LOOKING-FOR:advice on fundraising\\; soon\r\n"));
      g_assert_nonnull (strstr (written, "\r\nX-NETBOOK-OFFERS:poetical science\\nand notes\r\n"));
      g_assert_nonnull (strstr (written, "\r\nX-OTHER-APP:kept\r\n"));
      g_assert_true (strstr (written, "X-NETBOOK-LOOKING-FOR:a flat") <
                     strstr (written, "X-NETBOOK-LOOKING-FOR:advice"));
      g_assert_true (nb_contact_content_equal (back, contact));
    }

  /* None: no property. */
  nb_contact_set_looking_for (contact, NULL);
  nb_contact_set_offers (contact, (const char * const []) { "  ", "", NULL });
  g_assert_cmpuint (g_strv_length ((char **) nb_contact_get_offers (contact)), ==, 0);
  {
    g_autofree char *written = nb_vcard_write (contact, NB_VCARD_VERSION_4_0);

    g_assert_null (strstr (written, "X-NETBOOK-LOOKING-FOR"));
    g_assert_null (strstr (written, "X-NETBOOK-OFFERS"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vcard/corpus", test_corpus);
  g_test_add_func ("/vcard/hostile-report", test_hostile_report);
  g_test_add_func ("/vcard/roundtrip-3.0", test_roundtrip_3_0);
  g_test_add_func ("/vcard/roundtrip-4.0", test_roundtrip_4_0);
  g_test_add_func ("/vcard/writer-escapes-and-folds", test_writer_escapes_and_folds);
  g_test_add_func ("/vcard/bounds", test_bounds);
  g_test_add_func ("/vcard/legacy-encodings", test_legacy_encodings);
  g_test_add_func ("/vcard/charset-problems", test_charset_problems);
  g_test_add_func ("/vcard/second-photo-kept", test_second_photo_kept);
  g_test_add_func ("/vcard/nameless", test_nameless);
  g_test_add_func ("/vcard/organization-units", test_organization_units);
  g_test_add_func ("/vcard/needs-and-offers", test_needs_and_offers);
  g_test_add_func ("/vcard/groups", test_groups);
  g_test_add_func ("/vcard/preference", test_preference);
  g_test_add_func ("/vcard/escaping", test_escaping);
  g_test_add_func ("/vcard/hostile-encodings", test_hostile_encodings);
  g_test_add_func ("/vcard/encoding-params", test_encoding_params);
  g_test_add_func ("/vcard/empty-stream", test_empty_stream);
  g_test_add_func ("/vcard/other-begin-end", test_other_begin_end);
  g_test_add_func ("/vcard/line-break-in-params", test_line_break_in_params);
  g_test_add_func ("/vcard/unknown-properties-kept", test_unknown_properties_kept);
  g_test_add_func ("/vcard/empty-input", test_empty_input);

  return g_test_run ();
}
