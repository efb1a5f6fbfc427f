/* test-csv-import.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* CSV lists of people into the store: LinkedIn's Connections.csv, Google
 * Contacts' and Outlook's exports, written here in each exporter's style
 * (the columns, quoting, encodings and dates they write), re-imported
 * newer without duplicates and without overwriting what the user wrote. */

#include "config.h"

#include <string.h>

#include "nb-address.h"
#include "nb-csv-layout.h"
#include "nb-csv-preview.h"
#include "nb-field.h"
#include "nb-history-item.h"
#include "nb-importer.h"
#include "nb-io-error.h"
#include "nb-test-util.h"

static char *
write_file (const char *name,
            const char *bytes,
            gssize      length)
{
  char *path = nb_test_tmp_path (name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, bytes, length, &error);
  g_assert_no_error (error);

  return path;
}

static NbImporter *
import_file (NbStore    *store,
             const char *path,
             GError    **error)
{
  NbImporter *importer = nb_importer_new (store);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  nb_importer_add_file (importer, file);
  nb_importer_run (importer, NULL, error);
  nb_store_check_for_changes (store);

  return importer;
}

static gint64
find (const char *db,
      const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM contacts WHERE full_name = '%s'", name);

  return nb_test_query_int (db, sql);
}

static gboolean
has_field (GPtrArray  *fields,
           const char *label,
           const char *value)
{
  for (guint i = 0; i < fields->len; i++)
    {
      NbField *field = g_ptr_array_index (fields, i);

      if (g_str_equal (field->value, value) && g_strcmp0 (field->label, label) == 0)
        return TRUE;
    }

  return FALSE;
}

/* LinkedIn's export: notes before the header, most emails empty, dates as
 * "05 Mar 2021", companies with commas in quotes. */
static const char linkedin_2024[] =
  "Notes:\r\n"
  "\"When exporting your connection data, you may notice that some of the email addresses are "
  "missing. You will only see email addresses for connections who have allowed their connections "
  "to see or download their email address, see https://www.linkedin.com/psettings/privacy/email\"\r\n"
  "\r\n"
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
  "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@example.org,\"Analytical Engines, Ltd\",Mathematician,05 Mar 2021\r\n"
  "Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,US Navy,Rear Admiral,17 Jan 2019\r\n"
  "Émilie,du Châtelet,https://www.linkedin.com/in/emilie-du-chatelet,,,Translator,01 Feb 2020\r\n"
  ",,,,,,12 Dec 2022\r\n";

/* A year later: Ada has a new position, Grace an email address, and a new
 * connection came. */
static const char linkedin_2025[] =
  "Notes:\r\n"
  "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n"
  "\r\n"
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
  "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace/,ada@example.org,\"Analytical Engines, Ltd\",Chief Mathematician,05 Mar 2021\r\n"
  "Grace,Hopper,https://www.linkedin.com/in/grace-hopper,grace@navy.example,US Navy,Rear Admiral,17 Jan 2019\r\n"
  "Émilie,du Châtelet,https://www.linkedin.com/in/emilie-du-chatelet,,,Translator,01 Feb 2020\r\n"
  "Vera,Rubin,https://www.linkedin.com/in/vera-rubin,,Carnegie Institution,Astronomer,3 Nov 2025\r\n";

static void
test_linkedin (void)
{
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autofree char *path = write_file ("Connections.csv", linkedin_2024, -1);
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(NbContact) ada = NULL;
  g_autoptr(NbContact) grace = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  NbHistoryItem *first;
  GDate day;

  importer = import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, 3);
  g_assert_cmpuint (nb_importer_get_n_skipped (importer), ==, 1);
  problems = nb_importer_get_problems (importer);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==,
                   "Connections.csv, line 8: it has no name, email address or phone number");

  ada = nb_store_get_contact (store, find (db, "Ada Lovelace"));
  g_assert_nonnull (ada);
  g_assert_cmpstr (nb_contact_get_organization (ada), ==, "Analytical Engines, Ltd");
  g_assert_cmpstr (nb_contact_get_title (ada), ==, "Mathematician");
  g_assert_true (has_field (nb_contact_get_emails (ada), NULL, "ada@example.org"));
  g_assert_true (has_field (nb_contact_get_websites (ada), "LinkedIn",
                            "https://www.linkedin.com/in/ada-lovelace"));
  g_assert_true (g_strv_contains (nb_contact_get_tags (ada), "LinkedIn"));

  /* "Connected On" is the first entry of the history. */
  history = nb_store_list_history (store, nb_contact_get_id (ada), NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  first = g_ptr_array_index (history, 0);
  g_assert_cmpint (nb_history_item_get_interaction_kind (first), ==, NB_INTERACTION_CONNECTED);
  g_assert_cmpstr (nb_history_item_get_title (first), ==, "Connected on LinkedIn");
  nb_history_item_get_day (first, &day);
  g_assert_cmpint (g_date_get_year (&day), ==, 2021);
  g_assert_cmpint (g_date_get_month (&day), ==, 3);
  g_assert_cmpint (g_date_get_day (&day), ==, 5);

  /* No email: a card all the same. */
  grace = nb_store_get_contact (store, find (db, "Grace Hopper"));
  g_assert_nonnull (grace);
  g_assert_cmpuint (nb_contact_get_emails (grace)->len, ==, 0);
  g_assert_cmpstr (nb_contact_get_organization (grace), ==, "US Navy");
  g_assert_cmpint (find (db, "Émilie du Châtelet"), >, 0);
}

static void
test_linkedin_again (void)
{
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autofree char *first_path = write_file ("Connections-2024.csv", linkedin_2024, -1);
  g_autofree char *second_path = write_file ("Connections-2025.csv", linkedin_2025, -1);
  g_autoptr(NbImporter) first = NULL;
  g_autoptr(NbImporter) second = NULL;
  g_autoptr(NbImporter) third = NULL;
  g_autoptr(NbContact) ada = NULL;
  g_autoptr(NbContact) grace = NULL;
  g_autoptr(NbContact) emilie = NULL;
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;
  const char *circles[] = { "Computing", NULL };

  first = import_file (store, first_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (first), ==, 3);

  /* The user writes on two cards: Émilie's title, a note and a circle
   * on Grace's. */
  emilie = nb_store_get_contact (store, find (db, "Émilie du Châtelet"));
  nb_contact_set_title (emilie, "Physicist");
  saved = nb_store_save_contact (store, emilie, &error);
  g_assert_no_error (error);
  g_clear_object (&saved);
  grace = nb_store_get_contact (store, find (db, "Grace Hopper"));
  nb_contact_set_notes (grace, "Met at the COBOL meeting");
  nb_contact_set_tags (grace, circles);
  saved = nb_store_save_contact (store, grace, &error);
  g_assert_no_error (error);
  g_clear_object (&saved);
  g_clear_object (&grace);
  g_clear_object (&emilie);

  second = import_file (store, second_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (second), ==, 1);    /* Vera */
  g_assert_cmpuint (nb_importer_get_n_updated (second), ==, 2);  /* Ada, Grace */
  g_assert_cmpuint (nb_importer_get_n_unchanged (second), ==, 1); /* Émilie */
  g_assert_cmpint (nb_store_count_contacts (store), ==, 4);

  /* What LinkedIn changed reaches the card… */
  ada = nb_store_get_contact (store, find (db, "Ada Lovelace"));
  g_assert_cmpstr (nb_contact_get_title (ada), ==, "Chief Mathematician");
  g_assert_cmpuint (nb_contact_get_websites (ada)->len, ==, 1);
  grace = nb_store_get_contact (store, find (db, "Grace Hopper"));
  g_assert_true (has_field (nb_contact_get_emails (grace), NULL, "grace@navy.example"));
  /* …what the user wrote stays: the note, and the circles they chose in
   * place of LinkedIn's (which does not come back). */
  g_assert_cmpstr (nb_contact_get_notes (grace), ==, "Met at the COBOL meeting");
  g_assert_true (g_strv_contains (nb_contact_get_tags (grace), "Computing"));
  g_assert_false (g_strv_contains (nb_contact_get_tags (grace), "LinkedIn"));
  emilie = nb_store_get_contact (store, find (db, "Émilie du Châtelet"));
  g_assert_cmpstr (nb_contact_get_title (emilie), ==, "Physicist");

  /* One connection each, however often imported. */
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM interactions WHERE kind = 12"), ==, 4);

  /* The same export again changes nothing. */
  third = import_file (store, second_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (third), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_updated (third), ==, 0);
  g_assert_cmpuint (nb_importer_get_n_unchanged (third), ==, 4);
  g_assert_cmpint (nb_test_query_int (db, "SELECT count(*) FROM interactions"), ==, 4);
}

/* Google Contacts' export: numbered columns with labels, several values in
 * one cell between " ::: ", birthdays with and without the year, its own
 * groups in Labels. */
static const char google_csv[] =
  "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
  "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
  "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
  "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,"
  "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
  "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
  "Website 1 - Label,Website 1 - Value\n"
  "Ada,,Lovelace,,,,,,Ada,,Analytical Engines,Mathematician,Research,1815-12-10,"
  "\"Poet's daughter.\nLikes \"\"engines\"\".\",,* myContacts ::: Friends ::: Computing,"
  "* Home,ada@home.example ::: ada@old.example,Work,ada@work.example,Mobile,+44 20 7946 0000,"
  "Home,\"12 St James's Square\nLondon\",12 St James's Square,London,,,SW1Y 4JH,United Kingdom,,"
  "Profile,https://ada.example\n"
  "Charles,,Babbage,,,,Mr.,,,,,,,--12-26,,,* myContacts,,,,,Work,020 7946 0001,,,,,,,,,,,\n";

static void
test_google (void)
{
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autofree char *path = write_file ("contacts.csv", google_csv, -1);
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(NbContact) ada = NULL;
  g_autoptr(NbContact) charles = NULL;
  g_autoptr(GError) error = NULL;
  const NbBirthday *birthday;
  NbAddress *address;
  GPtrArray *emails;
  const char * const *tags;

  importer = import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, 2);

  ada = nb_store_get_contact (store, find (db, "Ada Lovelace"));
  g_assert_nonnull (ada);
  g_assert_cmpstr (nb_contact_get_nickname (ada), ==, "Ada");
  g_assert_cmpstr (nb_contact_get_organization (ada), ==, "Analytical Engines");
  g_assert_cmpstr (nb_contact_get_organization_units (ada)[0], ==, "Research");
  g_assert_cmpstr (nb_contact_get_title (ada), ==, "Mathematician");
  g_assert_cmpstr (nb_contact_get_notes (ada), ==, "Poet's daughter.\nLikes \"engines\".");
  birthday = nb_contact_get_birthday (ada);
  g_assert_nonnull (birthday);
  g_assert_cmpint (birthday->year, ==, 1815);
  g_assert_cmpint (birthday->month, ==, 12);
  g_assert_cmpint (birthday->day, ==, 10);

  emails = nb_contact_get_emails (ada);
  g_assert_cmpuint (emails->len, ==, 3);
  g_assert_true (has_field (emails, "home", "ada@home.example"));
  g_assert_true (has_field (emails, "home", "ada@old.example"));
  g_assert_true (has_field (emails, "work", "ada@work.example"));
  /* "* Home" is the preferred one. */
  g_assert_cmpuint (((NbField *) g_ptr_array_index (emails, 0))->pref, ==, 1);
  g_assert_true (has_field (nb_contact_get_phones (ada), "mobile", "+44 20 7946 0000"));
  g_assert_true (has_field (nb_contact_get_websites (ada), "homepage", "https://ada.example"));

  g_assert_cmpuint (nb_contact_get_addresses (ada)->len, ==, 1);
  address = g_ptr_array_index (nb_contact_get_addresses (ada), 0);
  g_assert_cmpstr (address->label, ==, "home");
  g_assert_cmpstr (address->street, ==, "12 St James's Square");
  g_assert_cmpstr (address->locality, ==, "London");
  g_assert_cmpstr (address->postal_code, ==, "SW1Y 4JH");
  g_assert_cmpstr (address->country, ==, "United Kingdom");

  /* Google's own groups are not circles. */
  tags = nb_contact_get_tags (ada);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
  g_assert_true (g_strv_contains (tags, "Friends"));
  g_assert_true (g_strv_contains (tags, "Computing"));

  charles = nb_store_get_contact (store, find (db, "Mr. Charles Babbage"));
  g_assert_nonnull (charles);
  birthday = nb_contact_get_birthday (charles);
  g_assert_nonnull (birthday);
  g_assert_cmpint (birthday->year, ==, 0);
  g_assert_cmpint (birthday->month, ==, 12);
  g_assert_cmpint (birthday->day, ==, 26);
  g_assert_cmpuint (nb_contact_get_tags (charles) ? g_strv_length ((char **) nb_contact_get_tags (charles)) : 0, ==, 0);
}

/* Outlook's export in English, in UTF-16 with a byte order mark as Outlook
 * writes it: "Title" is Mr. or Dr., the job is "Job Title", birthdays are
 * month first and "0/0/00" when there is none. */
static const char outlook_csv[] =
  "\"First Name\",\"Middle Name\",\"Last Name\",\"Title\",\"Suffix\",\"Nickname\",\"E-mail Address\","
  "\"E-mail 2 Address\",\"Home Phone\",\"Business Phone\",\"Mobile Phone\",\"Job Title\",\"Department\","
  "\"Company\",\"Business Street\",\"Business City\",\"Business State\",\"Business Postal Code\","
  "\"Business Country/Region\",\"Web Page\",\"Birthday\",\"Notes\",\"Categories\"\r\n"
  "\"Grace\",\"Brewster\",\"Hopper\",\"Dr.\",\"\",\"Amazing Grace\",\"grace@navy.example\",\"\","
  "\"\",\"+1 202 555 0100\",\"+1 202 555 0199\",\"Rear Admiral\",\"Computing\",\"US Navy\","
  "\"1000 Navy Pentagon\",\"Washington\",\"DC\",\"20350\",\"United States\",\"\",\"12/9/1906\","
  "\"Wrote the first compiler\",\"Computing;Navy\"\r\n"
  "\"Vera\",\"\",\"Rubin\",\"\",\"\",\"\",\"vera@carnegie.example\",\"\",\"\",\"\",\"\",\"\",\"\","
  "\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"0/0/00\",\"\",\"\"\r\n";

static void
test_outlook_utf16 (void)
{
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autoptr(GError) error = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *path = NULL;
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(NbContact) grace = NULL;
  g_autoptr(NbContact) vera = NULL;
  gsize length = 0;
  NbAddress *address;

  utf16 = g_convert (outlook_csv, -1, "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  bytes = g_malloc (length + 2);
  memcpy (bytes, "\xff\xfe", 2);
  memcpy (bytes + 2, utf16, length);
  path = write_file ("outlook.csv", bytes, length + 2);

  importer = import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, 2);

  grace = nb_store_get_contact (store, find (db, "Dr. Grace Brewster Hopper"));
  g_assert_nonnull (grace);
  g_assert_cmpstr (nb_contact_get_structured_name (grace), ==, "Hopper;Grace;Brewster;Dr.;");
  g_assert_cmpstr (nb_contact_get_nickname (grace), ==, "Amazing Grace");
  g_assert_cmpstr (nb_contact_get_title (grace), ==, "Rear Admiral");
  g_assert_cmpstr (nb_contact_get_organization (grace), ==, "US Navy");
  g_assert_true (has_field (nb_contact_get_phones (grace), "work", "+1 202 555 0100"));
  g_assert_true (has_field (nb_contact_get_phones (grace), "mobile", "+1 202 555 0199"));
  g_assert_cmpint (nb_contact_get_birthday (grace)->year, ==, 1906);
  g_assert_cmpint (nb_contact_get_birthday (grace)->month, ==, 12);
  g_assert_cmpint (nb_contact_get_birthday (grace)->day, ==, 9);
  address = g_ptr_array_index (nb_contact_get_addresses (grace), 0);
  g_assert_cmpstr (address->label, ==, "work");
  g_assert_cmpstr (address->street, ==, "1000 Navy Pentagon");
  g_assert_cmpstr (address->region, ==, "DC");
  g_assert_true (g_strv_contains (nb_contact_get_tags (grace), "Navy"));

  vera = nb_store_get_contact (store, find (db, "Vera Rubin"));
  g_assert_nonnull (vera);
  g_assert_null (nb_contact_get_birthday (vera));
}

/* Outlook in German, as Excel saves it in a German locale: ";" between
 * columns, Windows-1252, dates as 05.03.1980. */
static void
test_outlook_german (void)
{
  static const char german[] =
    "Anrede;Vorname;Weitere Vornamen;Nachname;Firma;Abteilung;Position;E-Mail-Adresse;"
    "Telefon gesch\xe4" "ftlich;Mobiltelefon;Stra\xdf" "e privat;Ort privat;Postleitzahl privat;"
    "Geburtstag;Notizen;Kategorien\r\n"
    ";Lise;;Meitner;Kaiser-Wilhelm-Institut;Physik;Abteilungsleiterin;lise@kwi.example;"
    "030 1234567;0171 1234567;Thielallee 63;Berlin;14195;07.11.1878;\"Kernspaltung; mit Otto Hahn\";Physik\r\n"
    "Herr;J\xfc" "rgen;;M\xfc" "ller;;;;;;;;;;;;\r\n";
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autofree char *path = write_file ("Kontakte.csv", german, -1);
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(NbContact) lise = NULL;
  g_autoptr(GError) error = NULL;
  NbAddress *address;

  importer = import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, 2);

  lise = nb_store_get_contact (store, find (db, "Lise Meitner"));
  g_assert_nonnull (lise);
  g_assert_cmpstr (nb_contact_get_organization (lise), ==, "Kaiser-Wilhelm-Institut");
  g_assert_cmpstr (nb_contact_get_title (lise), ==, "Abteilungsleiterin");
  g_assert_true (has_field (nb_contact_get_emails (lise), NULL, "lise@kwi.example"));
  g_assert_true (has_field (nb_contact_get_phones (lise), "work", "030 1234567"));
  g_assert_true (has_field (nb_contact_get_phones (lise), "mobile", "0171 1234567"));
  g_assert_cmpstr (nb_contact_get_notes (lise), ==, "Kernspaltung; mit Otto Hahn");
  g_assert_cmpint (nb_contact_get_birthday (lise)->year, ==, 1878);
  g_assert_cmpint (nb_contact_get_birthday (lise)->month, ==, 11);
  g_assert_cmpint (nb_contact_get_birthday (lise)->day, ==, 7);
  address = g_ptr_array_index (nb_contact_get_addresses (lise), 0);
  g_assert_cmpstr (address->label, ==, "home");
  g_assert_cmpstr (address->locality, ==, "Berlin");

  g_assert_cmpint (find (db, "Herr Jürgen Müller"), >, 0);
}

/* A list from elsewhere, read by the names of its columns. */
static void
test_other_list (void)
{
  static const char list[] =
    "Name,Email,Phone,Company,Favourite colour\n"
    "Charles Babbage,charles@example.org,020 7946 0001,Difference Engines,blue\n"
    "Nobody,,,,green\n";
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autofree char *path = write_file ("club.csv", list, -1);
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(NbContact) charles = NULL;
  g_autoptr(GError) error = NULL;

  importer = import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, 2);
  charles = nb_store_get_contact (store, find (db, "Charles Babbage"));
  g_assert_cmpstr (nb_contact_get_organization (charles), ==, "Difference Engines");
  g_assert_true (has_field (nb_contact_get_phones (charles), NULL, "020 7946 0001"));
}

/* A CSV file that is not a list of people is refused whole. */
static void
test_not_people (void)
{
  static const char sales[] = "Month,Revenue,Cost\nJanuary,100,80\n";
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autofree char *path = write_file ("sales.csv", sales, -1);
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(GError) error = NULL;

  importer = import_file (store, path, &error);
  g_assert_error (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "“sales.csv” is not a list of people Netbook can read"));
  g_assert_cmpint (nb_store_count_contacts (store), ==, 0);
}

/* Broken rows are listed with their lines; the others are imported, in one
 * transaction with the rest of the import. */
static void
test_bad_rows (void)
{
  GString *text = g_string_new ("First Name,Last Name,Email Address\n");
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autofree char *path = NULL;
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = g_malloc (10 * 1024 * 1024 + 1);
  GPtrArray *problems;

  memset (huge, 'x', 10 * 1024 * 1024);
  huge[10 * 1024 * 1024] = '\0';
  g_string_append (text, "Ada,Lovelace,ada@example.org\n");
  g_string_append_printf (text, "Big,Field,\"%s\"\n", huge);
  g_string_append (text, "Grace,Hopper,grace@example.org\n");
  g_string_append (text, ",,\n");
  g_string_append (text, "Vera,Rubin,\"vera@example.org\n");
  path = write_file ("broken.csv", text->str, text->len);
  g_string_free (text, TRUE);

  importer = import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, 2);
  g_assert_cmpint (find (db, "Ada Lovelace"), >, 0);
  g_assert_cmpint (find (db, "Grace Hopper"), >, 0);
  problems = nb_importer_get_problems (importer);
  g_assert_cmpuint (problems->len, ==, 3);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "line 3"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "line 5"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 2), "line 6"));
}

/* A list whose columns Netbook cannot name: the user chooses them once,
 * with a preview of the first rows, and the next list with that header is
 * read the same way, in the window or on the command line. */
static void
test_chosen_columns (void)
{
  static const char french[] =
    "Nom;Courriel;Soci\xc3\xa9t\xc3\xa9;Couleur\n"
    "Marie Curie;marie@radium.example;Institut du radium;bleu\n"
    "Pierre Curie;pierre@radium.example;Sorbonne;vert\n";
  static const char french_again[] =
    "NOM ; COURRIEL;Soci\xc3\xa9t\xc3\xa9;Couleur\n"
    "Ir\xc3\xa8ne Joliot-Curie;irene@radium.example;Institut du radium;rouge\n";
  static const NbCsvField fields[] = {
    NB_CSV_FIELD_FULL_NAME, NB_CSV_FIELD_EMAIL, NB_CSV_FIELD_ORGANIZATION, NB_CSV_FIELD_IGNORE,
  };
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autofree char *path = write_file ("amis.csv", french, -1);
  g_autofree char *again_path = write_file ("amis-2.csv", french_again, -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) again_file = g_file_new_for_path (again_path);
  g_autoptr(NbCsvPreview) preview = NULL;
  g_autoptr(NbCsvPreview) again = NULL;
  g_autoptr(NbCsvLayout) layout = NULL;
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(NbImporter) second = NULL;
  g_autoptr(NbContact) marie = NULL;
  g_autoptr(NbContact) irene = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  /* Without a choice, it is refused, and says how to choose. */
  second = import_file (store, path, &error);
  g_assert_error (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "Import it in the window to choose"));
  g_clear_error (&error);
  g_clear_object (&second);

  preview = nb_csv_preview_new (db, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (nb_csv_preview_needs_columns (preview));
  g_assert_null (nb_csv_preview_get_layout (preview));
  g_assert_cmpstr (nb_csv_preview_get_header (preview)[2], ==, "Société");
  rows = nb_csv_preview_get_rows (preview);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[0], ==, "Pierre Curie");

  layout = nb_csv_layout_new_with_fields (nb_csv_preview_get_header (preview), fields, G_N_ELEMENTS (fields));
  g_assert_nonnull (layout);
  importer = nb_importer_new (store);
  nb_importer_add_csv_file (importer, file, layout);
  nb_importer_run (importer, NULL, &error);
  g_assert_no_error (error);
  nb_store_check_for_changes (store);
  g_assert_cmpuint (nb_importer_get_n_added (importer), ==, 2);
  marie = nb_store_get_contact (store, find (db, "Marie Curie"));
  g_assert_nonnull (marie);
  g_assert_cmpstr (nb_contact_get_organization (marie), ==, "Institut du radium");
  g_assert_true (has_field (nb_contact_get_emails (marie), NULL, "marie@radium.example"));

  /* The same header, written differently: no need to choose again. */
  again = nb_csv_preview_new (db, again_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (nb_csv_preview_needs_columns (again));
  g_assert_cmpint (nb_csv_layout_get_field (nb_csv_preview_get_layout (again), 1), ==, NB_CSV_FIELD_EMAIL);
  second = import_file (store, again_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_importer_get_n_added (second), ==, 1);
  irene = nb_store_get_contact (store, find (db, "Irène Joliot-Curie"));
  g_assert_nonnull (irene);
  g_assert_cmpstr (nb_contact_get_organization (irene), ==, "Institut du radium");
}

/* A known export needs no choice; a list guessed by its column names
 * does, once. */
static void
test_preview_known (void)
{
  g_autofree char *db = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&db);
  g_autofree char *path = write_file ("Connections.csv", linkedin_2024, -1);
  g_autofree char *club = write_file ("club.csv", "Name,Email\nAda,ada@example.org\n", -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) club_file = g_file_new_for_path (club);
  g_autoptr(NbCsvPreview) preview = NULL;
  g_autoptr(NbCsvPreview) guessed = NULL;
  g_autoptr(GError) error = NULL;

  preview = nb_csv_preview_new (db, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (nb_csv_preview_needs_columns (preview));
  g_assert_cmpint (nb_csv_layout_get_source (nb_csv_preview_get_layout (preview)), ==, NB_CSV_SOURCE_LINKEDIN);
  g_assert_cmpstr (nb_csv_preview_get_header (preview)[0], ==, "First Name");
  g_assert_cmpuint (nb_csv_preview_get_rows (preview)->len, ==, 4);

  guessed = nb_csv_preview_new (db, club_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (nb_csv_preview_needs_columns (guessed));
  g_assert_cmpint (nb_csv_layout_get_field (nb_csv_preview_get_layout (guessed), 0), ==, NB_CSV_FIELD_FULL_NAME);
}

static void
test_dates (void)
{
  static const struct {
    const char *text;
    gboolean    month_first;
    int         year, month, day;
  } cases[] = {
    { "05 Mar 2021", TRUE, 2021, 3, 5 },
    { "3 Nov 2025", TRUE, 2025, 11, 3 },
    { "Mar 5, 2021", TRUE, 2021, 3, 5 },
    { "2021-03-05", TRUE, 2021, 3, 5 },
    { "3/5/2021", TRUE, 2021, 3, 5 },
    { "3/5/2021", FALSE, 2021, 5, 3 },
    { "25/12/1990", TRUE, 1990, 12, 25 },
    { "07.11.1878", TRUE, 1878, 11, 7 },
    { "2021/03/05", FALSE, 2021, 3, 5 },
    { "--12-26", TRUE, 1604, 12, 26 },
  };
  static const char *not_dates[] = { "", "0/0/00", "31/31/2020", "soon", "30 Feb 2021", "1 2 3 4" };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_true (nb_csv_parse_date (cases[i].text, cases[i].month_first, &date));
      g_assert_cmpint (g_date_get_year (&date), ==, cases[i].year);
      g_assert_cmpint (g_date_get_month (&date), ==, cases[i].month);
      g_assert_cmpint (g_date_get_day (&date), ==, cases[i].day);
    }

  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    {
      g_test_message ("not: %s", not_dates[i]);
      g_assert_false (nb_csv_parse_date (not_dates[i], TRUE, &date));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv-import/linkedin", test_linkedin);
  g_test_add_func ("/csv-import/linkedin-again", test_linkedin_again);
  g_test_add_func ("/csv-import/google", test_google);
  g_test_add_func ("/csv-import/outlook-utf16", test_outlook_utf16);
  g_test_add_func ("/csv-import/outlook-german", test_outlook_german);
  g_test_add_func ("/csv-import/other-list", test_other_list);
  g_test_add_func ("/csv-import/not-people", test_not_people);
  g_test_add_func ("/csv-import/bad-rows", test_bad_rows);
  g_test_add_func ("/csv-import/dates", test_dates);
  g_test_add_func ("/csv-import/chosen-columns", test_chosen_columns);
  g_test_add_func ("/csv-import/preview-known", test_preview_known);

  return g_test_run ();
}
