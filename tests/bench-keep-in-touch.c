/* bench-keep-in-touch.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "nb-bench-util.h"
#include "nb-cadence.h"
#include "nb-clock.h"
#include "nb-db.h"
#include "nb-ical-events.h"
#include "nb-store-private.h"

/* Keep in touch with a large network: prints figures, asserts nothing.
 * Usage: bench-keep-in-touch [N] [M] (default 100000 contacts and 500000
 * interactions of one to three people each, over five years). A quarter
 * of the contacts are in circles with rhythms (weekly family, fortnightly
 * friends, monthly mentors, former colleagues never), one in ten has a
 * rhythm of its own, the others follow the default (30 days); a few
 * hundred are snoozed. The clock is fixed on 31 March 2026. Targets: the
 * first page of the list in ≤ 100 ms, a card's history in ≤ 50 ms. */

#define PAGE 50

static const char *circles[] = { "family", "friends", "mentors", "former colleagues", "climbing" };
static const int circle_days[] = { 7, 14, 30, NB_CADENCE_NEVER, -1 };
static const int own_days[] = { 7, 14, 60, 90, 182, 365 };
static const char *skills[] = {
  "instrument making", "fundraising for startups", "plumbing", "tax advice", "data science mentoring",
  "introductions to investors", "flats in Lyon", "French lessons", "carpentry", "grant writing",
  "photography", "legal advice on contracts", "public speaking coaching", "web design",
};
static const char *needs_of[] = {
  "advice on fundraising", "a flat in Lyon", "a good plumber", "a job in data science",
  "help with a grant proposal", "a photographer for a wedding",
};

static void
fill (NbStore *store,
      guint    n_contacts,
      guint    n_interactions,
      GArray  *ids)
{
  NbDb *db = _nb_store_get_db (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  gint64 five_years = 5 * 365 * G_TIME_SPAN_DAY / G_USEC_PER_SEC;
  GRand *rand = g_rand_new_with_seed (12);
  double start = nb_bench_now_ms ();
  char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (circles); i++)
    g_assert_true (nb_store_set_circle_cadence (store, circles[i], circle_days[i], &error));

  g_assert_true (nb_db_begin (db, &error));
  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(NbContact) contact = nb_contact_new ();
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      double dice = g_rand_double (rand);
      const char *tags[3] = { NULL, };
      gint64 id;

      nb_contact_set_full_name (contact, name);
      {
        g_autofree char *address = g_strdup_printf ("person%u@example.org", i);
        g_autoptr(GPtrArray) emails = nb_field_array_new ();

        g_ptr_array_add (emails, nb_field_new (NULL, address));
        nb_contact_set_emails (contact, emails);
      }
      if (dice < 0.25)
        {
          tags[0] = circles[g_rand_int_range (rand, 0, G_N_ELEMENTS (circles))];
          if (g_rand_boolean (rand))
            tags[1] = circles[g_rand_int_range (rand, 0, G_N_ELEMENTS (circles))];
          if (g_strcmp0 (tags[0], tags[1]) == 0)
            tags[1] = NULL;
        }
      else if (dice < 0.35)
        nb_contact_set_cadence (contact, own_days[g_rand_int_range (rand, 0, G_N_ELEMENTS (own_days))]);
      nb_contact_set_tags (contact, tags);
      /* One in ten offers something, one in twenty looks for something. */
      if (i % 10 == 3)
        {
          const char *offers[] = { skills[g_rand_int_range (rand, 0, G_N_ELEMENTS (skills))],
                                   skills[g_rand_int_range (rand, 0, G_N_ELEMENTS (skills))], NULL };

          nb_contact_set_offers (contact, offers);
        }
      if (i % 20 == 7)
        {
          const char *needs[] = { needs_of[g_rand_int_range (rand, 0, G_N_ELEMENTS (needs_of))], NULL };

          nb_contact_set_looking_for (contact, needs);
        }
      g_assert_true (nb_db_write_contact (db, contact, &error));
      id = nb_contact_get_id (contact);
      g_array_append_val (ids, id);
    }
  g_assert_true (nb_db_commit (db, &error));
  text = g_strdup_printf ("%u contacts", n_contacts);
  nb_bench_report ("set-up: contacts (one transaction)", nb_bench_now_ms () - start, text);
  g_clear_pointer (&text, g_free);

  /* The interactions as rows, then every contact's last interaction set
   * by the store's own statement. */
  start = nb_bench_now_ms ();
  g_assert_true (nb_db_begin (db, &error));
  {
    sqlite3_stmt *row = nb_db_prepare (db,
                                       "INSERT INTO interactions (uid, kind, date, has_time, created, updated)"
                                       " VALUES (?, ?, ?, 1, 0, 0)",
                                       &error);
    sqlite3_stmt *person = nb_db_prepare (db,
                                          "INSERT OR IGNORE INTO interaction_people"
                                          " (interaction_id, contact_id, date) VALUES (?, ?, ?)",
                                          &error);

    for (guint i = 0; i < n_interactions; i++)
      {
        g_autofree char *uid = g_strdup_printf ("bench-%u", i);
        gint64 date = g_date_time_to_unix (now) - g_rand_int_range (rand, 3600, five_years);
        int n_people = 1 + (g_rand_int_range (rand, 0, 10) == 0) + (g_rand_int_range (rand, 0, 20) == 0);
        gint64 interaction;

        sqlite3_bind_text (row, 1, uid, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int (row, 2, g_rand_int_range (rand, 1, NB_INTERACTION_N_KINDS));
        sqlite3_bind_int64 (row, 3, date);
        g_assert_true (nb_db_step_done (db, row, &error));
        interaction = sqlite3_last_insert_rowid (nb_db_get_handle (db));

        for (int p = 0; p < n_people; p++)
          {
            /* Some people far more often than others. */
            double r = g_rand_double (rand);
            guint who = (guint) (n_contacts * r * r);

            sqlite3_bind_int64 (person, 1, interaction);
            sqlite3_bind_int64 (person, 2, g_array_index (ids, gint64, MIN (who, n_contacts - 1)));
            sqlite3_bind_int64 (person, 3, date);
            g_assert_true (nb_db_step_done (db, person, &error));
          }
      }
  }
  for (guint i = 0; i < ids->len; i++)
    g_assert_true (nb_db_update_last_interaction (db, g_array_index (ids, gint64, i), &error));
  g_assert_true (nb_db_commit (db, &error));
  text = g_strdup_printf ("%u interactions", n_interactions);
  nb_bench_report ("set-up: interactions and last in touch", nb_bench_now_ms () - start, text);
  g_clear_pointer (&text, g_free);

  for (guint i = 0; i < n_contacts / 300; i++)
    {
      g_autoptr(GDateTime) until = g_date_time_add_days (now, g_rand_int_range (rand, 1, 30));

      g_assert_true (nb_store_snooze_contact (store, g_array_index (ids, gint64, i * 300),
                                              g_date_time_to_unix (until), &error));
    }

  g_assert_true (nb_db_exec (db, "ANALYZE", &error));
  g_rand_free (rand);
}

static void
suggest_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = nb_store_suggest_invitees_finish (NB_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
list_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = nb_store_list_due_finish (NB_STORE (source), result, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  guint n_contacts = argc > 1 ? strtoul (argv[1], NULL, 10) : 100000;
  guint n_interactions = argc > 2 ? strtoul (argv[2], NULL, 10) : 500000;
  g_autofree char *dir = g_dir_make_tmp ("bench-keep-in-touch-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "netbook.db", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 31, 12, 0, 0);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(NbStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 busiest = 0, n_busiest = 0, count = 0;
  double ms;
  char *text = NULL;

  setlocale (LC_ALL, "");
  nb_clock_set_fixed (now);

  store = nb_store_new (path, &error);
  g_assert_no_error (error);

  g_print ("Keep in touch: %u contacts, %u interactions\n", n_contacts, n_interactions);
  fill (store, n_contacts, n_interactions, ids);

  NB_BENCH_TIME_BEST (ms, 5, count = nb_store_count_due (store, now, 30, &error));
  text = g_strdup_printf ("%" G_GINT64_FORMAT " due", count);
  nb_bench_report ("count due (sidebar badge)", ms, text);
  g_clear_pointer (&text, g_free);

  NB_BENCH_TIME_BEST (ms, 5, {
    g_autoptr(GPtrArray) page = nb_store_list_due (store, now, 30, 0, PAGE, &error);
    g_assert_nonnull (page);
  });
  nb_bench_report ("due list, first page (" G_STRINGIFY (PAGE) ", this thread)", ms, NULL);

  NB_BENCH_TIME_BEST (ms, 5, {
    g_autoptr(GPtrArray) page = NULL;

    nb_store_list_due_async (store, now, 30, 0, PAGE, NULL, list_cb, &page);
    while (page == NULL)
      g_main_context_iteration (NULL, TRUE);
  });
  nb_bench_report ("due list, first page (async, to the callback)", ms, NULL);

  NB_BENCH_TIME_BEST (ms, 3, {
    g_autoptr(GPtrArray) page = nb_store_list_due (store, now, 30, 1000, PAGE, &error);
    g_assert_nonnull (page);
  });
  nb_bench_report ("due list, page at 1000", ms, NULL);

  NB_BENCH_TIME_BEST (ms, 3, {
    g_autoptr(GPtrArray) soon = nb_store_list_due_soon (store, now, 30, 7, &error);

    g_assert_nonnull (soon);
    g_clear_pointer (&text, g_free);
    text = g_strdup_printf ("%u", soon->len);
  });
  nb_bench_report ("due soon (this week)", ms, text);

  /* Whom to invite next: the same walks, with those never in touch (all
   * added today here) at half a rhythm. */
  NB_BENCH_TIME_BEST (ms, 3, {
    g_autoptr(GPtrArray) suggestions = NULL;

    nb_store_suggest_invitees_async (store, now, 30, 6, NULL, suggest_cb, &suggestions);
    while (suggestions == NULL)
      g_main_context_iteration (NULL, TRUE);
  });
  {
    gint64 never = 0;
    NbDb *db = _nb_store_get_db (store);
    sqlite3_stmt *stmt = nb_db_prepare (db, "SELECT count (*) FROM contacts WHERE last_interaction IS NULL",
                                        &error);

    g_assert_true (sqlite3_step (stmt) == SQLITE_ROW);
    never = sqlite3_column_int64 (stmt, 0);
    sqlite3_reset (stmt);
    text = g_strdup_printf ("%" G_GINT64_FORMAT " never in touch", never);
  }
  nb_bench_report ("whom to invite next (6, worker thread)", ms, text);
  g_clear_pointer (&text, g_free);

  /* The contact with the most interactions, and an ordinary one. */
  {
    NbDb *db = _nb_store_get_db (store);
    sqlite3_stmt *stmt = nb_db_prepare (db,
                                        "SELECT contact_id, count (*) FROM interaction_people"
                                        " GROUP BY contact_id ORDER BY 2 DESC LIMIT 1",
                                        &error);

    g_assert_true (sqlite3_step (stmt) == SQLITE_ROW);
    busiest = sqlite3_column_int64 (stmt, 0);
    n_busiest = sqlite3_column_int64 (stmt, 1);
    sqlite3_reset (stmt);
  }

  g_clear_pointer (&text, g_free);
  text = g_strdup_printf ("%" G_GINT64_FORMAT " interactions in all", n_busiest);
  NB_BENCH_TIME_BEST (ms, 5, {
    g_autoptr(GPtrArray) page = nb_store_list_history (store, busiest, NULL, PAGE, &error);
    g_assert_nonnull (page);
  });
  nb_bench_report ("history, first page, busiest contact", ms, text);

  NB_BENCH_TIME_BEST (ms, 5, {
    g_autoptr(GPtrArray) first = nb_store_list_history (store, busiest, NULL, PAGE, &error);
    g_autoptr(GPtrArray) deeper = NULL;
    NbHistoryItem *last = NULL;

    for (int p = 0; p < 10 && first->len > 0; p++)
      {
        last = g_ptr_array_index (first, first->len - 1);
        deeper = nb_store_list_history (store, busiest, last, PAGE, &error);
        g_ptr_array_unref (first);
        first = g_steal_pointer (&deeper);
      }
  });
  nb_bench_report ("history, ten pages on (keyset), busiest", ms, NULL);

  NB_BENCH_TIME_BEST (ms, 5, {
    g_autoptr(GPtrArray) page = nb_store_list_history (store, g_array_index (ids, gint64, ids->len / 2),
                                                       NULL, PAGE, &error);
    g_assert_nonnull (page);
  });
  nb_bench_report ("history, first page, an ordinary contact", ms, NULL);

  NB_BENCH_TIME_BEST (ms, 3, {
    g_autoptr(NbInteraction) call = nb_interaction_new_with_contact (NB_INTERACTION_CALL, busiest, now);
    g_autoptr(NbInteraction) saved = nb_store_save_interaction (store, call, &error);

    g_assert_nonnull (saved);
    g_assert_true (nb_store_delete_interaction (store, nb_interaction_get_id (saved), &error));
  });
  nb_bench_report ("log a call and delete it (two transactions)", ms, NULL);

  NB_BENCH_TIME_BEST (ms, 3, {
    g_assert_true (nb_store_set_circle_cadence (store, "mentors", 30 + run_, &error));
  });
  nb_bench_report ("change a circle's rhythm (its members too)", ms, NULL);

  /* Who could help with a need, among 100,000 cards (10,000 offering). */
  {
    g_autoptr(GPtrArray) matches = NULL;
    gint64 needy = g_array_index (ids, gint64, 7);

    NB_BENCH_TIME_BEST (ms, 5, {
      g_clear_pointer (&matches, g_ptr_array_unref);
      matches = nb_store_find_matches (store, needy, TRUE, 5, &error);
      g_assert_no_error (error);
    });
    g_clear_pointer (&text, g_free);
    text = g_strdup_printf ("%u found", matches->len);
    nb_bench_report ("who could help (a card's need)", ms, text);

    NB_BENCH_TIME_BEST (ms, 5, {
      g_clear_pointer (&matches, g_ptr_array_unref);
      matches = nb_store_find_matches (store, g_array_index (ids, gint64, 3), FALSE, 5, &error);
      g_assert_no_error (error);
    });
    g_clear_pointer (&text, g_free);
    text = g_strdup_printf ("%u found", matches->len);
    nb_bench_report ("whom a card's offers could help", ms, text);
  }

  /* Introductions: a tenth of the interactions set up are of that kind,
   * many with two people and never followed up: Keep in Touch lists the
   * first 100 still open, through a partial index; a card lists its own. */
  {
    g_autoptr(GPtrArray) open = NULL;
    g_autoptr(GPtrArray) own = NULL;

    NB_BENCH_TIME_BEST (ms, 5, {
      g_clear_pointer (&open, g_ptr_array_unref);
      open = nb_store_list_open_introductions (store, &error);
      g_assert_no_error (error);
    });
    g_clear_pointer (&text, g_free);
    text = g_strdup_printf ("%u listed", open->len);
    nb_bench_report ("introductions in progress (Keep in Touch)", ms, text);

    NB_BENCH_TIME_BEST (ms, 5, {
      g_clear_pointer (&own, g_ptr_array_unref);
      own = nb_store_list_introductions (store, g_array_index (ids, gint64, 0), &error);
      g_assert_no_error (error);
    });
    g_clear_pointer (&text, g_free);
    text = g_strdup_printf ("%u of the busiest card", own->len);
    nb_bench_report ("a card's introductions", ms, text);
  }

  /* A work calendar counted as interactions: a year of 2,000 meetings
   * with one to three contacts, and 200 weekly ones for three years. */
  {
    g_autoptr(GString) calendar = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//EN\r\n");
    g_autoptr(GPtrArray) meetings = NULL;
    GRand *rand = g_rand_new_with_seed (7);
    guint changed = 0;

    for (guint i = 0; i < 2200; i++)
      {
        g_autoptr(GDateTime) start = g_date_time_add_hours (now, -(gint) g_rand_int_range (rand, 1, (i < 2000 ? 365 : 3 * 365) * 24));
        g_autofree char *dtstart = g_date_time_format (start, "%Y%m%dT%H0000");

        g_string_append_printf (calendar, "BEGIN:VEVENT\r\nUID:bench-%u\r\nDTSTAMP:20260101T000000Z\r\n"
                                "SUMMARY:Meeting %u\r\nDTSTART:%s\r\n%s"
                                "ORGANIZER:mailto:me@example.net\r\n", i, i, dtstart,
                                i < 2000 ? "" : "RRULE:FREQ=WEEKLY\r\n");
        for (int j = g_rand_int_range (rand, 1, 4); j > 0; j--)
          g_string_append_printf (calendar, "ATTENDEE:mailto:person%u@example.org\r\n",
                                  g_rand_int_range (rand, 0, MAX (n_contacts, 1)));
        g_string_append (calendar, "END:VEVENT\r\n");
      }
    g_string_append (calendar, "END:VCALENDAR\r\n");
    g_rand_free (rand);

    NB_BENCH_TIME_BEST (ms, 3, {
      g_clear_pointer (&meetings, g_ptr_array_unref);
      meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_captured_meeting_free);
      g_assert_true (nb_ical_capture_file (calendar->str, "work.ics", NULL, now, meetings, NULL, &error));
    });
    g_clear_pointer (&text, g_free);
    text = g_strdup_printf ("%u meetings, %.1f MiB", meetings->len, calendar->len / 1048576.0);
    nb_bench_report ("calendar file: read its past meetings", ms, text);

    NB_BENCH_TIME_BEST (ms, 1, {
      g_assert_true (nb_store_replace_captured_interactions (store, "file:/bench/work.ics", meetings, now,
                                                             &changed, &error));
    });
    g_clear_pointer (&text, g_free);
    text = g_strdup_printf ("%u added (one transaction)", changed);
    nb_bench_report ("calendar file: count them as interactions", ms, text);

    NB_BENCH_TIME_BEST (ms, 3, {
      g_assert_true (nb_store_replace_captured_interactions (store, "file:/bench/work.ics", meetings, now,
                                                             &changed, &error));
    });
    g_clear_pointer (&text, g_free);
    text = g_strdup_printf ("%u changed", changed);
    nb_bench_report ("calendar file: again, nothing changed", ms, text);
  }

  g_clear_pointer (&text, g_free);
  {
    struct stat st;

    g_stat (path, &st);
    text = g_strdup_printf ("%.1f MiB", st.st_size / 1048576.0);
    nb_bench_report ("database file", 0, text);
  }
  g_clear_pointer (&text, g_free);

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }

  return 0;
}
