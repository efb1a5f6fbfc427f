/* bench-contacts.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "nb-bench-util.h"
#include "nb-application.h"
#include "nb-clock.h"
#include "nb-contact-list.h"
#include "nb-exporter.h"
#include "nb-importer.h"
#include "nb-store.h"
#include "nb-store-transaction.h"
#include "nb-window.h"

/* How Netbook copes with a large network: prints figures, asserts nothing.
 * Usage: bench-contacts [N] (default 100000): N contacts, and N/3 meals
 * over thirty years. The clock is fixed on November 25, 2026. */

static const char *given[] = {
  "Ada", "Alan", "Grace", "Marie", "Emmy", "Katherine", "Dorothy", "Hedy", "José", "Émilie",
  "Srinivasa", "Carl", "Rosalind", "Barbara", "Chien-Shiung", "Lise", "Mary", "Annie", "Jürgen",
  "Françoise", "Søren", "Zoë", "Ngozi", "Hiroshi", "Priya", "Mateo", "Olga", "Yusuf", "Ingrid", "Wei",
};
static const char *family[] = {
  "Lovelace", "Turing", "Hopper", "Curie", "Noether", "Johnson", "Vaughan", "Lamarr", "Álvarez",
  "du Châtelet", "Ramanujan", "Gauss", "Franklin", "McClintock", "Wu", "Meitner", "Jackson",
  "Easley", "Müller", "Barré-Sinoussi", "Kierkegaard", "Nakamura", "Okafor", "Patel", "García",
  "Ivanova", "Demir", "Larsen", "Zhang", "Rossi", "Dubois", "Kowalski", "Silva", "Novak",
};
static const char *orgs[] = {
  "Analytical Engines", "Bletchley Park", "US Navy", "Institut Curie", "NACA", "CERN",
  "Universidad de Sevilla", "Max-Planck-Institut", "Acme Ltd", "Kyoto University",
};
static const char *tags[] = { "friends", "work", "climbing", "family", "board", "alumni", "press" };

static long
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line ? strtol (line + 6, NULL, 10) : -1;
}

/* Imports one file in one transaction; returns the importer, having put
 * the time it took in @ms. */
static NbImporter *
timed_import (NbStore    *store,
              const char *path,
              double     *ms)
{
  NbImporter *importer = nb_importer_new (store);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  double start = nb_bench_now_ms ();

  nb_importer_add_file (importer, file);
  nb_importer_run (importer, NULL, &error);
  g_assert_no_error (error);
  *ms = nb_bench_now_ms () - start;
  nb_store_check_for_changes (store);

  return importer;
}

static char *
write_vcards (const char *path,
              guint       n)
{
  g_autoptr(GString) text = g_string_sized_new (n * 300);
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < n; i++)
    {
      const char *g = given[g_rand_int_range (rand, 0, G_N_ELEMENTS (given))];
      const char *f = family[g_rand_int_range (rand, 0, G_N_ELEMENTS (family))];

      g_string_append_printf (text,
                              "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-%u\r\nFN:%s %s %u\r\n"
                              "N:%s %u;%s;;;\r\nORG:%s\r\nTITLE:Engineer\r\n"
                              "EMAIL;TYPE=WORK:person%u@example.com\r\n"
                              "TEL;TYPE=CELL:+44 20 7946 %04u\r\nCATEGORIES:%s\r\n"
                              "BDAY:%04u-%02u-%02u\r\nNOTE:Met at conference %u\\, talked about %s.\r\n"
                              "END:VCARD\r\n",
                              i, g, f, i, f, i, g,
                              orgs[g_rand_int_range (rand, 0, G_N_ELEMENTS (orgs))], i, i % 10000,
                              tags[g_rand_int_range (rand, 0, G_N_ELEMENTS (tags))],
                              g_rand_int_range (rand, 1940, 2005), g_rand_int_range (rand, 1, 13),
                              g_rand_int_range (rand, 1, 29), i % 500,
                              orgs[g_rand_int_range (rand, 0, G_N_ELEMENTS (orgs))]);
    }

  g_rand_free (rand);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  return g_strdup_printf ("%.1f MiB", text->len / (1024.0 * 1024.0));
}

static gboolean
list_loaded (gpointer data)
{
  return !nb_contact_list_get_loading (data);
}

static void
wait_for (gboolean (*condition) (gpointer),
          gpointer  data)
{
  while (!condition (data))
    g_main_context_iteration (NULL, TRUE);
}

static double
time_search (NbContactList *list,
             const char    *search,
             guint         *n_results)
{
  double start = nb_bench_now_ms ();

  nb_contact_list_set_search (list, search);
  wait_for (list_loaded, list);
  *n_results = g_list_model_get_n_items (G_LIST_MODEL (list));

  return nb_bench_now_ms () - start;
}

static gboolean
has_mapped_type (GtkWidget  *root,
                 const char *type_name)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (root), type_name) && gtk_widget_get_mapped (root))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (has_mapped_type (child, type_name))
      return TRUE;

  return FALSE;
}

static gboolean
list_on_screen (gpointer data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (data));

  return window != NULL && has_mapped_type (GTK_WIDGET (window), "NbContactRow");
}


/* Meals over thirty years, to June 2027, with one or two of the contacts:
 * about twenty a week, a very sociable life. Those before "now" happened
 * (a few cancelled, the last days' not yet answered), the others are
 * planned. */
static char *
write_meals (const char *path,
             guint       n_meals,
             guint       n_contacts)
{
  g_autoptr(GString) text = g_string_sized_new (n_meals * 400);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first = g_date_time_new_utc (1997, 7, 1, 0, 0, 0);
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  gint64 from = g_date_time_to_unix (first);
  gint64 span = (gint64) (30 * 365.25 * 86400);
  static const char *kinds[] = { "breakfast", "coffee", "lunch", "dinner", "drinks" };
  static const int hours[] = { 8, 10, 12, 19, 18 };
  GRand *rand = g_rand_new_with_seed (7);

  g_string_append (text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Netbook//Bench//EN\r\n");
  for (guint i = 0; i < n_meals; i++)
    {
      gint64 day = from + span * i / n_meals;
      guint kind = g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds));
      g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (day - day % 86400 + hours[kind] * 3600);
      g_autofree char *stamp = g_date_time_format (start, "%Y%m%dT%H%M%SZ");
      gboolean past = g_date_time_compare (start, now) < 0;
      gboolean recent = past && g_date_time_difference (now, start) < 3 * G_TIME_SPAN_DAY;
      guint a = g_rand_int_range (rand, 0, n_contacts);

      g_string_append_printf (text,
                              "BEGIN:VEVENT\r\nUID:bench-meal-%u\r\nDTSTAMP:20261120T000000Z\r\n"
                              "DTSTART:%s\r\nSUMMARY:%s\r\nX-NETBOOK-KIND:%s\r\n"
                              "ATTENDEE;CN=Person %u:mailto:person%u@example.com\r\n",
                              i, stamp, kinds[kind], kinds[kind], a, a);
      if (g_rand_int_range (rand, 0, 3) == 0)
        {
          guint b = g_rand_int_range (rand, 0, n_contacts);

          g_string_append_printf (text, "ATTENDEE;CN=Person %u:mailto:person%u@example.com\r\n", b, b);
        }
      if (past && g_rand_int_range (rand, 0, 10) == 0)
        g_string_append (text, "STATUS:CANCELLED\r\n");
      else if (past && !recent)
        g_string_append (text, "X-NETBOOK-STATUS:done\r\nX-NETBOOK-FOLLOW-UP:sent\r\n");
      g_string_append (text, "END:VEVENT\r\n");
    }
  g_string_append (text, "END:VCALENDAR\r\n");

  g_rand_free (rand);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  return g_strdup_printf ("%.1f MiB", text->len / (1024.0 * 1024.0));
}

typedef struct
{
  GPtrArray *suggestions;
  gboolean   done;
} Suggested;

static void
suggested_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Suggested *suggested = user_data;
  g_autoptr(GError) error = NULL;

  suggested->suggestions = nb_store_suggest_invitees_finish (NB_STORE (object), result, &error);
  g_assert_no_error (error);
  suggested->done = TRUE;
}

static gboolean
suggestions_done (gpointer data)
{
  return ((Suggested *) data)->done;
}

static void
bench_meals (NbStore    *store,
             const char *dir,
             guint       n_contacts)
{
  guint n_meals = MAX (n_contacts / 3, 1);
  g_autofree char *ics = g_build_filename (dir, "meals.ics", NULL);
  g_autofree char *out = g_build_filename (dir, "export.ics", NULL);
  g_autofree char *size = write_meals (ics, n_meals, n_contacts);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  double start, ms;

  g_print ("\n  iCalendar file: %u meals, %s\n", n_meals, size);

  {
    g_autoptr(NbImporter) importer = timed_import (store, ics, &ms);
    g_autofree char *rate = g_strdup_printf ("%.0f meals/s, %u added", n_meals / (ms / 1000.0),
                                             nb_importer_get_n_meals_added (importer));

    nb_bench_report ("import meals (one transaction)", ms, rate);
  }

  /* What the Meals view reads: a week, the follow-ups, the suggestions. */
  {
    guint total = 0;

    start = nb_bench_now_ms ();
    for (int week = 0; week < 52; week++)
      {
        g_autoptr(GDateTime) from = g_date_time_new_local (2026, 1, 5, 0, 0, 0);
        g_autoptr(GDateTime) monday = g_date_time_add_weeks (from, week);
        g_autoptr(GDateTime) sunday = g_date_time_add_weeks (monday, 1);
        g_autoptr(GPtrArray) meals = nb_store_list_meetings (store, monday, sunday);

        total += meals->len;
      }
    {
      g_autofree char *what = g_strdup_printf ("%.0f meals a week", total / 52.0);

      nb_bench_report ("a week's meals (average of 52 weeks)", (nb_bench_now_ms () - start) / 52, what);
    }
  }
  {
    g_autoptr(GPtrArray) follow_ups = NULL;
    g_autofree char *what = NULL;

    start = nb_bench_now_ms ();
    follow_ups = nb_store_list_follow_ups (store, now);
    what = g_strdup_printf ("%u to ask about", follow_ups->len);
    nb_bench_report ("follow-ups", nb_bench_now_ms () - start, what);
  }
  {
    Suggested suggested = { NULL, FALSE };
    g_autofree char *what = NULL;

    start = nb_bench_now_ms ();
    nb_store_suggest_invitees_async (store, now, 30, 6, NULL, suggested_cb, &suggested);
    wait_for (suggestions_done, &suggested);
    what = g_strdup_printf ("%u suggested", suggested.suggestions->len);
    nb_bench_report ("whom to invite next (worker thread)", nb_bench_now_ms () - start, what);
    g_ptr_array_unref (suggested.suggestions);
  }
  {
    g_autoptr(GPtrArray) birthdays = NULL;
    g_autofree char *what = NULL;
    GDate grid;

    g_date_clear (&grid, 1);
    g_date_set_dmy (&grid, 1, 11, 2026);
    start = nb_bench_now_ms ();
    birthdays = nb_store_list_birthdays (store, &grid, 42, 0, NULL);
    what = g_strdup_printf ("%u birthdays", birthdays->len);
    nb_bench_report ("a month view's birthdays (42 days)", nb_bench_now_ms () - start, what);
  }
  {
    g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 11, 23, 0, 0, 0);
    g_autoptr(GDateTime) sunday = g_date_time_add_weeks (monday, 1);
    g_autoptr(GPtrArray) week = nb_store_list_meetings (store, monday, sunday);
    NbAttendee *someone = g_ptr_array_index (nb_meeting_get_attendees (g_ptr_array_index (week, 0)), 0);
    g_autoptr(GPtrArray) meals = NULL;
    g_autofree char *what = NULL;

    start = nb_bench_now_ms ();
    meals = nb_store_list_contact_meetings (store, someone->contact_id, 50);
    what = g_strdup_printf ("%u meals", meals->len);
    nb_bench_report ("a card's meals together", nb_bench_now_ms () - start, what);
  }

  {
    g_autoptr(GFile) file = g_file_new_for_path (out);
    g_autoptr(NbExporter) exporter = nb_exporter_new (store, file);

    start = nb_bench_now_ms ();
    nb_exporter_run (exporter, NULL, &error);
    g_assert_no_error (error);
    nb_bench_report ("export every meal (iCalendar)", nb_bench_now_ms () - start, NULL);
  }
  {
    g_autoptr(NbImporter) importer = timed_import (store, out, &ms);
    g_autofree char *what = g_strdup_printf ("%u added, %u unchanged",
                                             nb_importer_get_n_meals_added (importer),
                                             nb_importer_get_n_meals_unchanged (importer));

    nb_bench_report ("import the exported meals again", ms, what);
  }
}


static gboolean
meals_on_screen (gpointer data)
{
  return has_mapped_type (GTK_WIDGET (data), "NbMealDay");
}

static gboolean
calendar_on_screen (gpointer data)
{
  return has_mapped_type (GTK_WIDGET (data), "NbDayCell");
}

static void
bench_window (const char *db)
{
  g_autoptr(NbApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  double start;

  if (g_getenv ("DISPLAY") == NULL)
    {
      g_print ("  (no display: window start-up not measured)\n");
      return;
    }

  gtk_init ();
  adw_init ();

  start = nb_bench_now_ms ();
  app = nb_application_new ("org.example.Netbook.Bench", G_APPLICATION_NON_UNIQUE);
  g_object_set (app, "database", db, NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  wait_for (list_on_screen, app);
  nb_bench_report ("window open, first rows of the list shown", nb_bench_now_ms () - start, NULL);

  start = nb_bench_now_ms ();
  gtk_widget_activate_action (GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app))),
                              "win.show-view", "s", "meals");
  wait_for (meals_on_screen, gtk_application_get_active_window (GTK_APPLICATION (app)));
  nb_bench_report ("Meals view shown (Alt+2)", nb_bench_now_ms () - start, NULL);

  start = nb_bench_now_ms ();
  gtk_widget_activate_action (GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app))),
                              "win.show-view", "s", "calendar");
  wait_for (calendar_on_screen, gtk_application_get_active_window (GTK_APPLICATION (app)));
  nb_bench_report ("Calendar view shown (Alt+3)", nb_bench_now_ms () - start, NULL);
  {
    g_autofree char *mem = g_strdup_printf ("RSS %ld MiB", rss_kib () / 1024);

    nb_bench_report ("memory with the window open", 0, mem);
  }
}

typedef struct
{
  GPtrArray *groups;
  guint      n_progress;
  gboolean   done;
} DuplicateScan;

static void
scan_progress_cb (double   fraction,
                  gpointer user_data)
{
  ((DuplicateScan *) user_data)->n_progress++;
}

static void
scan_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DuplicateScan *scan = user_data;
  g_autoptr(GError) error = NULL;

  scan->groups = nb_store_find_duplicates_finish (NB_STORE (source), result, &error);
  g_assert_no_error (error);
  scan->done = TRUE;
}

static gboolean
scan_done (gpointer data)
{
  return ((DuplicateScan *) data)->done;
}

/* Second cards for 2% of the people, as another program or a hurried hand
 * writes them (the address in capitals, the name turned round, the phone
 * from abroad), then the scan for duplicates in a worker thread. */
static void
bench_duplicates (NbStore *store,
                  guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStoreTransaction) transaction = NULL;
  DuplicateScan scan = { 0 };
  guint n_seeded = n / 50;
  double start;

  transaction = nb_store_transaction_begin (nb_store_get_path (store), &error);
  g_assert_no_error (error);
  for (guint d = 0; d < n_seeded; d++)
    {
      guint i = d * 50 + 3;
      g_autofree char *uid = g_strdup_printf ("bench-%u", i);
      g_autoptr(NbContact) original = nb_store_transaction_load_contact_by_uid (transaction, uid, &error);
      g_autoptr(NbContact) copy = nb_contact_new ();
      g_autoptr(GPtrArray) emails = nb_field_array_new ();
      g_autoptr(GPtrArray) phones = nb_field_array_new ();
      g_autofree char *name = NULL;
      g_autofree char *email = NULL;

      g_assert_no_error (error);
      switch (d % 3)
        {
        case 0:
          email = g_ascii_strup (((NbField *) nb_contact_get_emails (original)->pdata[0])->value, -1);
          g_ptr_array_add (emails, nb_field_new ("home", email));
          name = g_strdup (nb_contact_get_full_name (original));
          break;
        case 1:
          {
            g_auto(GStrv) words = g_strsplit (nb_contact_get_full_name (original), " ", 2);

            name = g_strdup_printf ("%s, %s", words[1], words[0]);
            g_ptr_array_add (emails, nb_field_new ("work", ((NbField *) nb_contact_get_emails (original)->pdata[0])->value));
          }
          break;
        default:
          name = g_utf8_strdown (nb_contact_get_full_name (original), -1);
          break;
        }
      nb_contact_set_full_name (copy, name);
      nb_contact_set_emails (copy, emails);
      nb_contact_set_phones (copy, phones);
      g_assert_true (nb_store_transaction_save_contact (transaction, copy, &error));
    }
  g_assert_true (nb_store_transaction_commit (transaction, &error));
  g_assert_no_error (error);
  g_clear_object (&transaction);
  nb_store_check_for_changes (store);

  start = nb_bench_now_ms ();
  nb_store_find_duplicates_async (store, scan_progress_cb, &scan, NULL, scan_done_cb, &scan);
  wait_for (scan_done, &scan);
  {
    g_autofree char *what = g_strdup_printf ("%u groups found, %u seeded, %u progress reports",
                                             scan.groups->len, n_seeded, scan.n_progress);

    nb_bench_report ("scan for duplicates (worker thread)", nb_bench_now_ms () - start, what);
  }
  g_ptr_array_unref (scan.groups);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("netbook-bench-XXXXXX", NULL);
  g_autofree char *vcf = g_build_filename (dir, "contacts.vcf", NULL);
  g_autofree char *db = g_build_filename (dir, "netbook.db", NULL);
  g_autofree char *out = g_build_filename (dir, "export.vcf", NULL);
  g_autofree char *size = NULL;
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbContactList) list = NULL;
  g_autoptr(GError) error = NULL;
  const char *keystrokes[] = { "m", "ma", "mar", "mari", "marie", "marie c", "marie cu" };
  double start, ms;
  guint results;

  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 25, 10, 0, 0);

  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);
  nb_clock_set_fixed (now);
  g_print ("Netbook benchmark: %u contacts (%s)\n", n, g_get_host_name ());

  size = write_vcards (vcf, n);
  g_print ("  vCard file: %s\n\n", size);

  /* Import: one transaction, prepared statements reused. */
  store = nb_store_new (db, &error);
  g_assert_no_error (error);
  {
    g_autoptr(NbImporter) importer = timed_import (store, vcf, &ms);
    g_autofree char *rate = g_strdup_printf ("%.0f cards/s, %u added", n / (ms / 1000.0),
                                             nb_importer_get_n_added (importer));

    nb_bench_report ("import (one transaction)", ms, rate);
  }
  g_clear_object (&store);

  {
    GStatBuf st;
    g_autofree char *db_size = NULL;

    g_stat (db, &st);
    db_size = g_strdup_printf ("%.1f MiB", st.st_size / (1024.0 * 1024.0));
    nb_bench_report ("database file size", 0, db_size);
  }

  /* Start-up: open the store, list every contact in name order. */
  start = nb_bench_now_ms ();
  store = nb_store_new (db, &error);
  g_assert_no_error (error);
  nb_bench_report ("open the store", nb_bench_now_ms () - start, NULL);

  start = nb_bench_now_ms ();
  list = nb_contact_list_new (store);
  wait_for (list_loaded, list);
  {
    g_autofree char *count = g_strdup_printf ("%u listed", g_list_model_get_n_items (G_LIST_MODEL (list)));

    nb_bench_report ("list every contact, sorted (worker thread)", nb_bench_now_ms () - start, count);
  }

  /* What a screen shows: 25 rows. */
  start = nb_bench_now_ms ();
  for (guint i = 0; i < 25; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i * 3));
  nb_bench_report ("make the objects of 25 visible rows", nb_bench_now_ms () - start, NULL);

  start = nb_bench_now_ms ();
  for (guint i = 0; i < 1000; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), g_random_int_range (0, n)));
  ms = (nb_bench_now_ms () - start) / 1000;
  nb_bench_report ("one row's object, scrolling far (average)", ms, NULL);

  /* Search as you type: each keystroke is one FTS5 query. */
  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    {
      g_autofree char *what = g_strdup_printf ("search “%s”", keystrokes[i]);
      g_autofree char *found = NULL;

      ms = time_search (list, keystrokes[i], &results);
      found = g_strdup_printf ("%u found", results);
      nb_bench_report (what, ms, found);
    }
  ms = time_search (list, "person4711@exa", &results);
  {
    g_autofree char *found = g_strdup_printf ("%u found", results);
    nb_bench_report ("search an email address", ms, found);
  }
  ms = time_search (list, "7946 0042", &results);
  {
    g_autofree char *found = g_strdup_printf ("%u found", results);
    nb_bench_report ("search a phone number", ms, found);
  }
  ms = time_search (list, NULL, &results);
  nb_bench_report ("clear the search", ms, NULL);

  /* One user change, and the list following it. */
  {
    g_autoptr(NbContact) contact = g_list_model_get_item (G_LIST_MODEL (list), n / 2);
    g_autoptr(NbContact) draft = nb_contact_copy (contact);
    g_autoptr(NbContact) saved = NULL;

    nb_contact_set_full_name (draft, "Aaron Aardvark");
    start = nb_bench_now_ms ();
    saved = nb_store_save_contact (store, draft, &error);
    g_assert_no_error (error);
    nb_bench_report ("save an edited contact (one transaction)", nb_bench_now_ms () - start, NULL);
    wait_for (list_loaded, list);
    nb_bench_report ("… and the list re-sorted after the rename", nb_bench_now_ms () - start, NULL);
  }

  {
    g_autofree char *mem = g_strdup_printf ("RSS %ld MiB", rss_kib () / 1024);

    nb_bench_report ("memory, store and list of every contact", 0, mem);
  }

  bench_duplicates (store, n);

  /* Export, and importing the same file again (all duplicates). */
  {
    g_autoptr(GFile) file = g_file_new_for_path (out);
    g_autoptr(NbExporter) exporter = nb_exporter_new (store, file);

    start = nb_bench_now_ms ();
    nb_exporter_run (exporter, NULL, &error);
    g_assert_no_error (error);
    nb_bench_report ("export every contact (vCard 3.0)", nb_bench_now_ms () - start, NULL);
  }
  {
    g_autoptr(NbImporter) importer = timed_import (store, vcf, &ms);
    g_autofree char *what = g_strdup_printf ("%u added, %u unchanged", nb_importer_get_n_added (importer),
                                             nb_importer_get_n_unchanged (importer));

    nb_bench_report ("import the same file again (no duplicates)", ms, what);
  }

  bench_meals (store, dir, n);

  g_clear_object (&list);
  g_clear_object (&store);

  /* What the imports above freed goes back to the system, so that the
   * window's figure is the window's. */
  malloc_trim (0);
  bench_window (db);

  g_print ("\n");
  return 0;
}
