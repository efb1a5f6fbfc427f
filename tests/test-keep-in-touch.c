/* test-keep-in-touch.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "nb-cadence.h"
#include "nb-clock.h"
#include "nb-db.h"
#include "nb-keep-in-touch.h"
#include "nb-test-util.h"

/* Interactions, circles, rhythms and who is due, on real databases, with a
 * fixed clock, in Berlin (TZ=Europe/Berlin, set by tests/meson.build): the
 * clocks go forward on Sunday 29 March 2026. "Now" is Tuesday 31 March
 * 2026, 12:00, unless a test says otherwise. */

#define DEFAULT_CADENCE 30

static GDateTime *
local (int year,
       int month,
       int day,
       int hour,
       int minute)
{
  return g_date_time_new_local (year, month, day, hour, minute, 0);
}

static GDateTime *
fixed_now (void)
{
  return local (2026, 3, 31, 12, 0);
}

static GDateTime *
days_ago (int days,
          int hour)
{
  g_autoptr(GDateTime) now = fixed_now ();
  GDate day;

  nb_date_set_from_date_time (&day, now);
  g_date_subtract_days (&day, days);
  return local (g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), hour, 0);
}

/* A contact added at @added, with its own rhythm and its circles. */
static gint64
add_contact (NbStore            *store,
             const char         *name,
             GDateTime          *added,
             int                 cadence,
             const char * const *tags)
{
  g_autoptr(NbContact) contact = nb_test_contact_new (name, NULL);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;

  nb_contact_set_cadence (contact, cadence);
  nb_contact_set_tags (contact, tags);
  nb_clock_set_fixed (added);
  saved = nb_store_save_contact (store, contact, &error);
  nb_clock_set_fixed (NULL);
  g_assert_no_error (error);

  return nb_contact_get_id (saved);
}

static gint64
add_old_contact (NbStore            *store,
                 const char         *name,
                 int                 cadence,
                 const char * const *tags)
{
  g_autoptr(GDateTime) long_ago = local (2024, 1, 10, 9, 0);

  return add_contact (store, name, long_ago, cadence, tags);
}

static NbInteraction *
log_withv (NbStore           *store,
           NbInteractionKind  kind,
           GDateTime         *when,
           gint64             first,
           va_list            args)
{
  g_autoptr(NbInteraction) interaction = nb_interaction_new ();
  g_autoptr(GError) error = NULL;
  NbInteraction *saved;

  nb_interaction_set_kind (interaction, kind);
  nb_interaction_set_date_time (interaction, when);
  for (gint64 id = first; id != 0; id = va_arg (args, gint64))
    nb_interaction_add_person (interaction, id);

  saved = nb_store_save_interaction (store, interaction, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);

  return saved;
}

/* Logs an interaction with the people (ids, ending with 0). */
static NbInteraction *
log_with (NbStore           *store,
          NbInteractionKind  kind,
          GDateTime         *when,
          gint64             first,
          ...)
{
  NbInteraction *saved;
  va_list args;

  va_start (args, first);
  saved = log_withv (store, kind, when, first, args);
  va_end (args);

  return saved;
}

/* The same, @days days ago at @hour, not kept. */
static void
log_ago (NbStore           *store,
         NbInteractionKind  kind,
         int                days,
         int                hour,
         gint64             first,
         ...)
{
  g_autoptr(GDateTime) when = NULL;
  va_list args;

  when = days_ago (days, hour);
  va_start (args, first);
  g_object_unref (log_withv (store, kind, when, first, args));
  va_end (args);
}

static NbKeepInTouchEntry *
standing (NbStore   *store,
          gint64     id,
          GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  NbKeepInTouchEntry *entry = nb_store_get_keep_in_touch (store, id, now, DEFAULT_CADENCE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entry);
  return entry;
}

static GPtrArray *
due_at (NbStore   *store,
        GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *due = nb_store_list_due (store, now, DEFAULT_CADENCE, 0, 1000, &error);

  g_assert_no_error (error);
  g_assert_nonnull (due);
  g_assert_cmpint (nb_store_count_due (store, now, DEFAULT_CADENCE, NULL), ==, due->len);
  return due;
}

static gboolean
is_due (NbStore   *store,
        gint64     id,
        GDateTime *now)
{
  g_autoptr(GPtrArray) due = due_at (store, now);

  for (guint i = 0; i < due->len; i++)
    if (((NbKeepInTouchEntry *) g_ptr_array_index (due, i))->contact_id == id)
      return TRUE;

  return FALSE;
}

static gint64
last_interaction (NbStore *store,
                  gint64   id)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (store, id);

  return nb_contact_get_last_interaction (contact);
}

static NbInteractionKind
last_kind (NbStore *store,
           gint64   id)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (store, id);

  return nb_contact_get_last_interaction_kind (contact);
}

static void
count_cb (NbStore *store,
          guint   *count)
{
  (*count)++;
}

static void
store_result (GObject       *source,
              GAsyncResult  *result,
              gpointer       user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* ---------------------------------------------------------------------- */

static void
test_kinds (void)
{
  for (NbInteractionKind kind = 0; kind < NB_INTERACTION_N_KINDS; kind++)
    {
      const char *word = nb_interaction_kind_to_string (kind);
      g_autofree char *upper = g_ascii_strup (word, -1);
      NbInteractionKind back = NB_INTERACTION_N_KINDS;

      g_assert_true (nb_interaction_kind_from_string (word, &back));
      g_assert_cmpint (back, ==, kind);
      g_assert_true (nb_interaction_kind_from_string (upper, &back));
      g_assert_cmpint (back, ==, kind);
      g_assert_cmpstr (nb_interaction_kind_get_label (kind), !=, "");
    }

  /* The words of the issue, and the values stored before version 7. */
  g_assert_cmpstr (nb_interaction_kind_to_string (NB_INTERACTION_MEAL), ==, "meal");
  g_assert_cmpstr (nb_interaction_kind_to_string (NB_INTERACTION_VIDEO_CALL), ==, "video-call");
  g_assert_cmpstr (nb_interaction_kind_to_string (NB_INTERACTION_FAVOUR_ASKED_OF_ME),
                   ==, "favour-asked-of-me");
  g_assert_cmpint (NB_INTERACTION_MEAL, ==, 0);
  g_assert_cmpint (NB_INTERACTION_MET, ==, 1);
  g_assert_cmpint (NB_INTERACTION_CALL, ==, 2);
  g_assert_cmpint (NB_INTERACTION_MESSAGE, ==, 3);
  g_assert_cmpstr (nb_interaction_kind_get_label (NB_INTERACTION_CALL), ==, "Call");
  g_assert_cmpstr (nb_interaction_kind_get_label (NB_INTERACTION_HELP_GIVEN), ==, "Help I gave");
  {
    NbInteractionKind kind = NB_INTERACTION_CALL;

    g_assert_false (nb_interaction_kind_from_string ("phone", &kind));
    g_assert_false (nb_interaction_kind_from_string (NULL, &kind));
    g_assert_cmpint (kind, ==, NB_INTERACTION_CALL);
  }
}

static void
test_model (void)
{
  g_autoptr(GDateTime) when = local (2026, 3, 28, 23, 30);
  g_autoptr(NbInteraction) interaction = nb_interaction_new_with_contact (NB_INTERACTION_CALL, 5, when);
  g_autoptr(NbInteraction) copy = NULL;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 ids[] = { 9, 3, 9, -1, 5 };
  GDate day, back;

  g_assert_cmpint (nb_interaction_get_date (interaction), ==, g_date_time_to_unix (when));
  g_assert_true (nb_interaction_get_has_time (interaction));
  g_assert_true (nb_interaction_has_person (interaction, 5));

  /* People: no repeats, no nonsense, by id. */
  g_array_append_vals (people, ids, G_N_ELEMENTS (ids));
  nb_interaction_set_people (interaction, people);
  g_assert_cmpuint (nb_interaction_get_people (interaction)->len, ==, 3);
  g_assert_cmpint (g_array_index (nb_interaction_get_people (interaction), gint64, 0), ==, 3);
  g_assert_cmpint (g_array_index (nb_interaction_get_people (interaction), gint64, 2), ==, 9);
  g_assert_true (nb_interaction_remove_person (interaction, 3));
  g_assert_false (nb_interaction_remove_person (interaction, 3));

  copy = nb_interaction_copy (interaction);
  g_assert_true (nb_interaction_content_equal (copy, interaction));
  nb_interaction_set_note (copy, "About the engine");
  g_assert_false (nb_interaction_content_equal (copy, interaction));
  g_assert_true (nb_interaction_assign (interaction, copy));
  g_assert_false (nb_interaction_assign (interaction, copy));

  /* A day without a time: its local midnight, and the same day back. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 29, G_DATE_MARCH, 2026);
  nb_interaction_set_day (interaction, &day);
  g_assert_false (nb_interaction_get_has_time (interaction));
  nb_interaction_get_day (interaction, &back);
  g_assert_cmpint (g_date_compare (&day, &back), ==, 0);
  {
    g_autoptr(GDateTime) midnight = local (2026, 3, 29, 0, 0);

    g_assert_cmpint (nb_interaction_get_date (interaction), ==, g_date_time_to_unix (midnight));
  }

  /* Its title, from the kind and the names. */
  {
    const char *two[] = { "Ada Lovelace", "Alan Turing", NULL };
    const char *four[] = { "Ada", "Alan", "Grace", "Katherine", NULL };
    g_autofree char *none = nb_interaction_describe (NB_INTERACTION_CALL, NULL);
    g_autofree char *with_two = nb_interaction_describe (NB_INTERACTION_VIDEO_CALL, two);
    g_autofree char *with_four = nb_interaction_describe (NB_INTERACTION_MET, four);

    g_assert_cmpstr (none, ==, "Call");
    g_assert_cmpstr (with_two, ==, "Video call with Ada Lovelace and Alan Turing");
    g_assert_cmpstr (with_four, ==, "Met in person with Ada, Alan and 2 more");
  }
}

static void
test_store_roundtrip (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) when = days_ago (2, 18);
  gint64 ada = add_old_contact (store, "Ada Lovelace", -1, NULL);
  g_autoptr(NbInteraction) draft = nb_interaction_new_with_contact (NB_INTERACTION_HELP_GIVEN, ada, when);
  g_autoptr(NbInteraction) saved = NULL;
  g_autoptr(NbInteraction) read = NULL;
  g_autoptr(NbInteraction) found = NULL;
  g_autoptr(NbInteraction) orphan = nb_interaction_new ();
  g_autoptr(NbInteraction) ghost = nb_interaction_new_with_contact (NB_INTERACTION_CALL, 4242, when);
  g_autoptr(NbInteraction) again = NULL;
  g_autoptr(GError) error = NULL;

  nb_interaction_set_note (draft, "Proofread the notes");
  nb_interaction_set_title (draft, "Notes on the engine");
  nb_interaction_set_ical_source (draft, "BEGIN:VJOURNAL\r\nEND:VJOURNAL\r\n");
  saved = nb_store_save_interaction (store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_interaction_get_id (saved), >, 0);
  g_assert_nonnull (nb_interaction_get_uid (saved));
  g_assert_cmpint (nb_interaction_get_created (saved), >, 0);
  /* The draft is left as it was. */
  g_assert_cmpint (nb_interaction_get_id (draft), ==, 0);

  read = nb_store_get_interaction (store, nb_interaction_get_id (saved));
  g_assert_true (nb_interaction_content_equal (read, saved));
  g_assert_cmpint (nb_interaction_get_updated (read), ==, nb_interaction_get_updated (saved));
  found = nb_store_find_interaction_by_uid (store, nb_interaction_get_uid (saved));
  g_assert_cmpint (nb_interaction_get_id (found), ==, nb_interaction_get_id (saved));
  g_assert_null (nb_store_find_interaction_by_uid (store, "no-such-uid"));

  g_assert_cmpint (last_interaction (store, ada), ==, g_date_time_to_unix (when));
  g_assert_cmpint (last_kind (store, ada), ==, NB_INTERACTION_HELP_GIVEN);

  /* Nobody, or someone who does not exist: refused, nothing written. */
  again = nb_store_save_interaction (store, orphan, &error);
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID);
  g_assert_null (again);
  g_clear_error (&error);
  again = nb_store_save_interaction (store, ghost, &error);
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND);
  g_assert_null (again);
  g_clear_error (&error);

  /* The same UID twice is refused too. */
  nb_interaction_set_uid (ghost, nb_interaction_get_uid (saved));
  {
    g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));

    g_array_append_val (people, ada);
    nb_interaction_set_people (ghost, people);
  }
  again = nb_store_save_interaction (store, ghost, &error);
  g_assert_nonnull (error);
  g_assert_null (again);
  g_clear_error (&error);

  /* The old call still works: an interaction with one person. */
  {
    g_autoptr(GDateTime) today = days_ago (0, 9);

    g_assert_true (nb_store_log_interaction (store, ada, today, NB_INTERACTION_MESSAGE, "Hi", &error));
    g_assert_no_error (error);
    g_assert_cmpint (last_interaction (store, ada), ==, g_date_time_to_unix (today));
    g_assert_cmpint (last_kind (store, ada), ==, NB_INTERACTION_MESSAGE);
  }
}

/* One interaction with three people counts for each of them; editing its
 * people sets again the one taken off and the one added. */
static void
test_group_and_edit (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) before = days_ago (40, 12);
  g_autoptr(GDateTime) when = days_ago (3, 20);
  gint64 ada = add_old_contact (store, "Ada Lovelace", -1, NULL);
  gint64 alan = add_old_contact (store, "Alan Turing", -1, NULL);
  gint64 grace = add_old_contact (store, "Grace Hopper", -1, NULL);
  gint64 kate = add_old_contact (store, "Katherine Johnson", -1, NULL);
  g_autoptr(NbInteraction) old_call = log_with (store, NB_INTERACTION_CALL, before, ada, (gint64) 0);
  g_autoptr(NbInteraction) dinner = log_with (store, NB_INTERACTION_MET, when, ada, alan, grace,
                                               (gint64) 0);
  g_autoptr(NbInteraction) edited = NULL;
  g_autoptr(NbInteraction) saved = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  NbHistoryItem *item;

  g_assert_cmpint (last_interaction (store, ada), ==, g_date_time_to_unix (when));
  g_assert_cmpint (last_interaction (store, alan), ==, g_date_time_to_unix (when));
  g_assert_cmpint (last_interaction (store, grace), ==, g_date_time_to_unix (when));
  g_assert_cmpint (last_kind (store, grace), ==, NB_INTERACTION_MET);
  g_assert_cmpint (last_interaction (store, kate), ==, 0);

  /* Ada's history says with whom else. */
  history = nb_store_list_history (store, ada, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  item = g_ptr_array_index (history, 0);
  g_assert_cmpint (nb_history_item_get_kind (item), ==, NB_HISTORY_ITEM_INTERACTION);
  g_assert_cmpint (nb_history_item_get_id (item), ==, nb_interaction_get_id (dinner));
  g_assert_cmpstr (nb_history_item_get_title (item), ==,
                   "Met in person with Alan Turing and Grace Hopper");
  g_assert_nonnull (nb_history_item_get_interaction (item));
  item = g_ptr_array_index (history, 1);
  g_assert_cmpstr (nb_history_item_get_title (item), ==, "Call");
  g_assert_cmpint (nb_history_item_get_interaction_kind (item), ==, NB_INTERACTION_CALL);

  /* Ada was not there after all, Katherine was. */
  edited = nb_interaction_copy (dinner);
  g_assert_true (nb_interaction_remove_person (edited, ada));
  nb_interaction_add_person (edited, kate);
  saved = nb_store_save_interaction (store, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_interaction_get_id (saved), ==, nb_interaction_get_id (dinner));

  g_assert_cmpint (last_interaction (store, ada), ==, g_date_time_to_unix (before));
  g_assert_cmpint (last_kind (store, ada), ==, NB_INTERACTION_CALL);
  g_assert_cmpint (last_interaction (store, kate), ==, g_date_time_to_unix (when));
  g_assert_cmpint (last_interaction (store, alan), ==, g_date_time_to_unix (when));

  /* Deleting Ada's only other interaction: never in touch again. */
  g_assert_true (nb_store_delete_interaction (store, nb_interaction_get_id (old_call), &error));
  g_assert_no_error (error);
  g_assert_cmpint (last_interaction (store, ada), ==, 0);
  g_assert_false (nb_store_delete_interaction (store, nb_interaction_get_id (old_call), &error));
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Deleting a contact takes the interactions with it alone, and leaves
   * the others theirs. */
  {
    g_autoptr(NbInteraction) alone = log_with (store, NB_INTERACTION_CALL, when, kate, (gint64) 0);
    g_autoptr(NbInteraction) gone = NULL;
    g_autoptr(NbInteraction) kept = NULL;

    g_assert_true (nb_store_delete_contact (store, kate, &error));
    g_assert_no_error (error);
    gone = nb_store_get_interaction (store, nb_interaction_get_id (alone));
    g_assert_null (gone);
    kept = nb_store_get_interaction (store, nb_interaction_get_id (dinner));
    g_assert_nonnull (kept);
    g_assert_false (nb_interaction_has_person (kept, kate));
    g_assert_true (nb_interaction_has_person (kept, alan));
  }
}

/* Deleting the newest interaction gives back the one before, a meal
 * included; a hidden one (its deletion can be undone) does not count. */
static void
test_delete_and_hide (void)
{
  g_autoptr(NbStore) store = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) lunch_time = days_ago (20, 12);
  g_autoptr(GDateTime) call_time = days_ago (10, 9);
  g_autoptr(GDateTime) message_time = days_ago (2, 21);
  g_autoptr(NbMeeting) lunch = nb_meeting_new ();
  g_autoptr(NbMeeting) saved_lunch = NULL;
  g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();
  g_autoptr(NbInteraction) call = NULL;
  g_autoptr(NbInteraction) message = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ada;
  guint n_changed = 0;

  store = nb_test_open_store (&path);
  ada = add_old_contact (store, "Ada Lovelace", -1, NULL);

  g_ptr_array_add (attendees, nb_attendee_new (ada, "Ada Lovelace", NULL));
  nb_meeting_set_start (lunch, lunch_time);
  nb_meeting_set_attendees (lunch, attendees);
  nb_meeting_set_status (lunch, NB_MEETING_DONE);
  saved_lunch = nb_store_save_meeting (store, lunch, &error);
  g_assert_no_error (error);

  call = log_with (store, NB_INTERACTION_CALL, call_time, ada, (gint64) 0);
  message = log_with (store, NB_INTERACTION_MESSAGE, message_time, ada, (gint64) 0);
  g_assert_cmpint (last_kind (store, ada), ==, NB_INTERACTION_MESSAGE);

  g_signal_connect (store, "keep-in-touch-changed", G_CALLBACK (count_cb), &n_changed);

  /* Hidden: not counted, not in the history. */
  g_assert_true (nb_store_set_interaction_hidden (store, nb_interaction_get_id (message), TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (last_interaction (store, ada), ==, g_date_time_to_unix (call_time));
  g_assert_cmpint (last_kind (store, ada), ==, NB_INTERACTION_CALL);
  history = nb_store_list_history (store, ada, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_clear_pointer (&history, g_ptr_array_unref);

  /* Undone: back. */
  g_assert_true (nb_store_set_interaction_hidden (store, nb_interaction_get_id (message), FALSE, &error));
  g_assert_cmpint (last_kind (store, ada), ==, NB_INTERACTION_MESSAGE);

  /* Hidden when Netbook stopped: back when it starts again. */
  g_assert_true (nb_store_set_interaction_hidden (store, nb_interaction_get_id (message), TRUE, &error));
  g_clear_object (&store);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions WHERE hidden"), ==, 1);
  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interactions WHERE hidden"), ==, 0);
  g_assert_cmpint (last_kind (store, ada), ==, NB_INTERACTION_MESSAGE);

  /* Deleted: the call before it, then the lunch before that. */
  g_assert_true (nb_store_delete_interaction (store, nb_interaction_get_id (message), &error));
  g_assert_cmpint (last_interaction (store, ada), ==, g_date_time_to_unix (call_time));
  g_assert_true (nb_store_delete_interaction (store, nb_interaction_get_id (call), &error));
  g_assert_cmpint (last_interaction (store, ada), ==, g_date_time_to_unix (lunch_time));
  g_assert_cmpint (last_kind (store, ada), ==, NB_INTERACTION_MEAL);
  g_assert_no_error (error);
}

/* Whose rhythm: their own, else their circles' shortest, else the
 * default; never only when every circle with a rhythm says never. */
static void
test_rhythm_sources (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GPtrArray) circles = NULL;
  g_autoptr(GError) error = NULL;
  const char *mentors[] = { "Mentors", NULL };
  const char *mentors_family[] = { "Mentors", "Family", NULL };
  const char *former_mentors[] = { "Former colleagues", "Mentors", NULL };
  const char *former[] = { "Former colleagues", NULL };
  const char *lower[] = { "mentors", NULL };
  gint64 own, two, never_and_one, only_never, none, other_case;
  NbKeepInTouchEntry *e;

  own = add_old_contact (store, "Own Rhythm", 7, mentors);
  two = add_old_contact (store, "Two Circles", -1, mentors_family);
  never_and_one = add_old_contact (store, "Never And Mentors", -1, former_mentors);
  only_never = add_old_contact (store, "Only Never", -1, former);
  none = add_old_contact (store, "No Circle", -1, NULL);
  other_case = add_old_contact (store, "Other Case", -1, lower);

  g_assert_true (nb_store_set_circle_cadence (store, "Mentors", 30, &error));
  g_assert_true (nb_store_set_circle_cadence (store, "Family", 14, &error));
  g_assert_true (nb_store_set_circle_cadence (store, "Former colleagues", NB_CADENCE_NEVER, &error));
  g_assert_no_error (error);

  e = standing (store, own, now);
  g_assert_cmpint (e->source, ==, NB_RHYTHM_SOURCE_OWN);
  g_assert_cmpint (e->rhythm_days, ==, 7);
  g_assert_null (e->circle);
  nb_keep_in_touch_entry_free (e);

  e = standing (store, two, now);
  g_assert_cmpint (e->source, ==, NB_RHYTHM_SOURCE_CIRCLE);
  g_assert_cmpint (e->rhythm_days, ==, 14);
  g_assert_cmpstr (e->circle, ==, "Family");
  nb_keep_in_touch_entry_free (e);

  e = standing (store, never_and_one, now);
  g_assert_cmpint (e->rhythm_days, ==, 30);
  g_assert_cmpstr (e->circle, ==, "Mentors");
  nb_keep_in_touch_entry_free (e);

  e = standing (store, only_never, now);
  g_assert_cmpint (e->rhythm_days, ==, 0);
  g_assert_cmpint (e->source, ==, NB_RHYTHM_SOURCE_CIRCLE);
  g_assert_false (g_date_valid (&e->due));
  nb_keep_in_touch_entry_free (e);

  e = standing (store, none, now);
  g_assert_cmpint (e->source, ==, NB_RHYTHM_SOURCE_DEFAULT);
  g_assert_cmpint (e->rhythm_days, ==, DEFAULT_CADENCE);
  nb_keep_in_touch_entry_free (e);

  /* Tags are compared exactly, as everywhere: "mentors" is another one. */
  e = standing (store, other_case, now);
  g_assert_cmpint (e->source, ==, NB_RHYTHM_SOURCE_DEFAULT);
  nb_keep_in_touch_entry_free (e);

  /* The family's rhythm removed: the mentors' is the shortest left. */
  g_assert_true (nb_store_set_circle_cadence (store, "Family", NB_CADENCE_AS_DEFAULT, &error));
  e = standing (store, two, now);
  g_assert_cmpint (e->rhythm_days, ==, 30);
  g_assert_cmpstr (e->circle, ==, "Mentors");
  nb_keep_in_touch_entry_free (e);

  /* Someone's own "never" wins over every circle. */
  {
    g_autoptr(NbContact) contact = nb_store_get_contact (store, two);
    g_autoptr(NbContact) copy = nb_contact_copy (contact);
    g_autoptr(NbContact) saved = NULL;

    nb_contact_set_cadence (copy, NB_CADENCE_NEVER);
    saved = nb_store_save_contact (store, copy, &error);
    g_assert_no_error (error);
    e = standing (store, two, now);
    g_assert_cmpint (e->rhythm_days, ==, 0);
    g_assert_cmpint (e->source, ==, NB_RHYTHM_SOURCE_OWN);
    nb_keep_in_touch_entry_free (e);
  }

  /* Every tag in use, with its members and rhythm; a circle with a rhythm
   * and no members too. */
  circles = nb_store_list_circles (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (circles->len, ==, 4);
  g_assert_cmpstr (((NbCircle *) g_ptr_array_index (circles, 0))->name, ==, "Family");
  g_assert_cmpint (((NbCircle *) g_ptr_array_index (circles, 0))->cadence_days, ==, NB_CADENCE_AS_DEFAULT);
  g_assert_cmpuint (((NbCircle *) g_ptr_array_index (circles, 0))->n_members, ==, 1);
  g_assert_cmpstr (((NbCircle *) g_ptr_array_index (circles, 1))->name, ==, "Former colleagues");
  g_assert_cmpint (((NbCircle *) g_ptr_array_index (circles, 1))->cadence_days, ==, NB_CADENCE_NEVER);
  g_assert_cmpuint (((NbCircle *) g_ptr_array_index (circles, 1))->n_members, ==, 2);
  g_assert_cmpstr (((NbCircle *) g_ptr_array_index (circles, 2))->name, ==, "Mentors");
  g_assert_cmpuint (((NbCircle *) g_ptr_array_index (circles, 2))->n_members, ==, 3);
  g_assert_cmpint (((NbCircle *) g_ptr_array_index (circles, 2))->cadence_days, ==, 30);
  g_assert_cmpstr (((NbCircle *) g_ptr_array_index (circles, 3))->name, ==, "mentors");

  g_assert_true (nb_store_set_circle_cadence (store, "Nobody Yet", 90, &error));
  g_clear_pointer (&circles, g_ptr_array_unref);
  circles = nb_store_list_circles (store, &error);
  g_assert_cmpuint (circles->len, ==, 5);
  g_assert_cmpstr (((NbCircle *) g_ptr_array_index (circles, 4))->name, ==, "Nobody Yet");
  g_assert_cmpuint (((NbCircle *) g_ptr_array_index (circles, 4))->n_members, ==, 0);

  g_assert_false (nb_store_set_circle_cadence (store, "", 7, &error));
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID);
}

/* Most overdue first by (days since − rhythm) ÷ rhythm; a page of it is
 * the same as the whole list cut; the count agrees; who is due soon. */
static void
test_overdue_order (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GPtrArray) soon = NULL;
  g_autoptr(GError) error = NULL;
  const char *weekly[] = { "Weekly", NULL };
  gint64 week_20, month_45, month_90, week_8, default_29, never_in_touch, due_in_3, never;
  g_autofree char *reason = NULL;

  g_assert_true (nb_store_set_circle_cadence (store, "Weekly", 7, &error));

  week_20 = add_old_contact (store, "Weekly 20 Days", -1, weekly);     /* (20 − 7) / 7 = 1.86 */
  month_45 = add_old_contact (store, "Monthly 45 Days", -1, NULL);     /* 0.5 */
  month_90 = add_old_contact (store, "Monthly 90 Days", -1, NULL);     /* 2.0 */
  week_8 = add_old_contact (store, "Weekly 8 Days", 7, NULL);          /* 0.14 */
  default_29 = add_old_contact (store, "Monthly 29 Days", -1, NULL);   /* not due */
  due_in_3 = add_old_contact (store, "Monthly 27 Days", -1, NULL);     /* due in 3 days */
  never = add_old_contact (store, "Never", NB_CADENCE_NEVER, NULL);
  {
    /* Added 33 days ago, never in touch: counted from then, 0.1. */
    g_autoptr(GDateTime) added = days_ago (33, 8);

    never_in_touch = add_contact (store, "Never In Touch", added, -1, NULL);
  }

  log_ago (store, NB_INTERACTION_CALL, 20, 10, week_20, (gint64) 0);
  log_ago (store, NB_INTERACTION_CALL, 45, 10, month_45, (gint64) 0);
  log_ago (store, NB_INTERACTION_MET, 90, 10, month_90, never, (gint64) 0);
  log_ago (store, NB_INTERACTION_MESSAGE, 8, 23, week_8, (gint64) 0);
  log_ago (store, NB_INTERACTION_CALL, 29, 1, default_29, (gint64) 0);
  log_ago (store, NB_INTERACTION_CALL, 27, 1, due_in_3, (gint64) 0);

  due = due_at (store, now);
  g_assert_cmpuint (due->len, ==, 5);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (due, 0))->contact_id, ==, month_90);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (due, 1))->contact_id, ==, week_20);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (due, 2))->contact_id, ==, month_45);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (due, 3))->contact_id, ==, week_8);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (due, 4))->contact_id, ==, never_in_touch);

  {
    NbKeepInTouchEntry *e = g_ptr_array_index (due, 1);

    g_assert_cmpint (e->days_since, ==, 20);
    g_assert_cmpint (e->rhythm_days, ==, 7);
    g_assert_cmpstr (e->circle, ==, "Weekly");
    g_assert_cmpint (e->last_kind, ==, NB_INTERACTION_CALL);
    g_assert_cmpfloat_with_epsilon (e->overdue, 13.0 / 7.0, 1e-9);
    reason = nb_keep_in_touch_entry_describe (e);
    g_assert_cmpstr (reason, ==, "Weekly · Every week · last call 2 weeks ago");
    g_clear_pointer (&reason, g_free);

    e = g_ptr_array_index (due, 4);
    g_assert_cmpint (e->last_date, ==, 0);
    g_assert_cmpint (e->days_since, ==, 33);
    reason = nb_keep_in_touch_entry_describe (e);
    g_assert_cmpstr (reason, ==, "Every month (the default) · never in touch, added 4 weeks ago");
  }

  /* Pages are cuts of the whole. */
  page = nb_store_list_due (store, now, DEFAULT_CADENCE, 1, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, 2);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (page, 0))->contact_id, ==, week_20);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (page, 1))->contact_id, ==, month_45);

  /* Due this week: the one due in three days; not the one due in 1. */
  soon = nb_store_list_due_soon (store, now, DEFAULT_CADENCE, NB_KEEP_IN_TOUCH_SOON_DAYS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (soon->len, ==, 2);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (soon, 0))->contact_id, ==, default_29);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (soon, 1))->contact_id, ==, due_in_3);

  /* A contact hidden (its deletion pending) is on no list. */
  nb_store_set_contact_hidden (store, month_90, TRUE);
  g_clear_pointer (&due, g_ptr_array_unref);
  due = due_at (store, now);
  g_assert_cmpuint (due->len, ==, 4);
  nb_store_set_contact_hidden (store, month_90, FALSE);

  /* A call logged: off the list. */
  g_object_unref (log_with (store, NB_INTERACTION_CALL, now, month_90, (gint64) 0));
  g_assert_false (is_due (store, month_90, now));

  /* The async list gives the same. */
  {
    g_autoptr(GPtrArray) a = NULL;
    g_autoptr(GAsyncResult) result = NULL;

    nb_store_list_due_async (store, now, DEFAULT_CADENCE, 0, 10, NULL,
                             store_result, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    a = nb_store_list_due_finish (store, result, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (a->len, ==, 4);
    g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (a, 0))->contact_id, ==, week_20);
  }
}

/* A snooze of three days, a week, until a date: not due before that day,
 * due on it. */
static void
test_snooze (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GDateTime) in_3 = g_date_time_add_days (now, 3);
  g_autoptr(GDateTime) in_7 = g_date_time_add_days (now, 7);
  g_autoptr(GDateTime) day_2 = g_date_time_add_days (now, 2);
  g_autoptr(GDateTime) day_6 = g_date_time_add_days (now, 6);
  g_autoptr(GDateTime) may_1 = local (2026, 5, 1, 0, 0);
  g_autoptr(GDateTime) april_30 = local (2026, 4, 30, 23, 59);
  g_autoptr(GDateTime) may_1_morning = local (2026, 5, 1, 7, 0);
  g_autoptr(GError) error = NULL;
  gint64 ada = add_old_contact (store, "Ada Lovelace", -1, NULL);
  gint64 alan = add_old_contact (store, "Alan Turing", -1, NULL);
  gint64 grace = add_old_contact (store, "Grace Hopper", -1, NULL);
  NbKeepInTouchEntry *e;

  log_ago (store, NB_INTERACTION_CALL, 60, 10, ada, alan, grace,
                            (gint64) 0);
  g_assert_true (is_due (store, ada, now));

  g_assert_true (nb_store_snooze_contact (store, ada, g_date_time_to_unix (in_3), &error));
  g_assert_true (nb_store_snooze_contact (store, alan, g_date_time_to_unix (in_7), &error));
  g_assert_true (nb_store_snooze_contact (store, grace, g_date_time_to_unix (may_1), &error));
  g_assert_no_error (error);

  g_assert_false (is_due (store, ada, now));
  g_assert_false (is_due (store, ada, day_2));
  g_assert_true (is_due (store, ada, in_3));
  g_assert_false (is_due (store, alan, day_6));
  g_assert_true (is_due (store, alan, in_7));
  g_assert_false (is_due (store, grace, april_30));
  g_assert_true (is_due (store, grace, may_1_morning));

  e = standing (store, grace, now);
  g_assert_cmpint (g_date_get_day (&e->snoozed_until), ==, 1);
  g_assert_cmpint (g_date_get_month (&e->snoozed_until), ==, 5);
  g_assert_cmpint (g_date_get_day (&e->due), ==, 1);
  nb_keep_in_touch_entry_free (e);

  /* Due this week: Ada (in three days) and Alan (in seven). */
  {
    g_autoptr(GPtrArray) soon = nb_store_list_due_soon (store, now, DEFAULT_CADENCE, 7, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (soon->len, ==, 2);
    g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (soon, 0))->contact_id, ==, ada);
    g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (soon, 1))->contact_id, ==, alan);
  }

  /* Snoozed people are not proposed for a meal either. */
  {
    g_autoptr(GPtrArray) suggestions = NULL;
    g_autoptr(GAsyncResult) result = NULL;

    nb_store_suggest_invitees_async (store, now, DEFAULT_CADENCE, 10, NULL,
                                     store_result, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    suggestions = nb_store_suggest_invitees_finish (store, result, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (suggestions->len, ==, 0);
  }

  /* Snoozing several is all or none: one does not exist, none is
   * snoozed. */
  {
    g_autoptr(GArray) some = g_array_new (FALSE, FALSE, sizeof (gint64));
    gint64 ghost = 4242;

    g_assert_true (nb_store_snooze_contact (store, ada, 0, &error));
    g_array_append_val (some, ada);
    g_array_append_val (some, ghost);
    g_assert_false (nb_store_snooze_contacts (store, some, g_date_time_to_unix (in_7), &error));
    g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_true (is_due (store, ada, now));
    g_array_set_size (some, 1);
    g_assert_true (nb_store_snooze_contacts (store, some, g_date_time_to_unix (in_7), &error));
    g_assert_false (is_due (store, ada, now));
  }

  /* The snooze ended by hand. */
  g_assert_true (nb_store_snooze_contact (store, ada, 0, &error));
  g_assert_true (is_due (store, ada, now));
  g_assert_false (nb_store_snooze_contact (store, 4242, 0, &error));
  g_assert_error (error, NB_STORE_ERROR, NB_STORE_ERROR_NOT_FOUND);
}

/* Calendar days: 31 January at 23:30 plus a month of 30 days is 2 March;
 * a week across the change to summer time is seven days, though it is
 * 167 hours. */
static void
test_calendar_days (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) jan_31 = local (2026, 1, 31, 23, 30);
  g_autoptr(GDateTime) mar_1 = local (2026, 3, 1, 23, 59);
  g_autoptr(GDateTime) mar_2 = local (2026, 3, 2, 0, 1);
  g_autoptr(GDateTime) sat_before = local (2026, 3, 28, 23, 30);
  g_autoptr(GDateTime) fri_night = local (2026, 4, 3, 23, 30);
  g_autoptr(GDateTime) sat_after = local (2026, 4, 4, 0, 30);
  g_autoptr(GDateTime) added = local (2026, 1, 1, 9, 0);
  gint64 monthly = add_contact (store, "Monthly", added, 30, NULL);
  gint64 weekly = add_contact (store, "Weekly", added, 7, NULL);
  NbKeepInTouchEntry *e;

  g_assert_cmpstr (g_getenv ("TZ"), ==, "Europe/Berlin");
  /* Less than seven times 24 hours apart. */
  g_assert_cmpint (g_date_time_difference (sat_after, sat_before), <, 7 * G_TIME_SPAN_DAY);

  g_object_unref (log_with (store, NB_INTERACTION_CALL, jan_31, monthly, (gint64) 0));
  g_object_unref (log_with (store, NB_INTERACTION_CALL, sat_before, weekly, (gint64) 0));

  g_assert_false (is_due (store, monthly, mar_1));
  g_assert_true (is_due (store, monthly, mar_2));
  e = standing (store, monthly, mar_2);
  g_assert_cmpint (e->days_since, ==, 30);
  g_assert_cmpfloat (e->overdue, ==, 0.0);
  g_assert_cmpint (g_date_get_month (&e->due), ==, G_DATE_MARCH);
  g_assert_cmpint (g_date_get_day (&e->due), ==, 2);
  nb_keep_in_touch_entry_free (e);

  g_assert_false (is_due (store, weekly, fri_night));
  g_assert_true (is_due (store, weekly, sat_after));
  e = standing (store, weekly, sat_after);
  g_assert_cmpint (e->days_since, ==, 7);
  nb_keep_in_touch_entry_free (e);
  g_assert_no_error (error);
}

/* A card's history: interactions, meals that happened and birthdays,
 * newest first, page by page, each page after the last item of the one
 * before. */
static void
test_history (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GDateTime) added = local (2024, 6, 1, 9, 0);
  g_autoptr(NbContact) contact = nb_test_contact_new ("Ada Lovelace", NULL);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(NbBirthday) birthday = nb_birthday_new (1990, 12, 10);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) paged = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) same = days_ago (5, 10);
  NbHistoryItem *before = NULL;
  gint64 ada;

  nb_contact_set_birthday (contact, birthday);
  nb_clock_set_fixed (added);
  saved = nb_store_save_contact (store, contact, &error);
  g_assert_no_error (error);
  ada = nb_contact_get_id (saved);

  /* Three on the same day and time, a meal, a planned meal (not history),
   * older ones. */
  for (int i = 0; i < 3; i++)
    g_object_unref (log_with (store, NB_INTERACTION_MESSAGE, same, ada, (gint64) 0));
  for (int i = 0; i < 6; i++)
    log_ago (store, NB_INTERACTION_CALL, 30 * (i + 1), 9, ada, (gint64) 0);
  {
    g_autoptr(NbMeeting) meal = nb_meeting_new ();
    g_autoptr(NbMeeting) planned = nb_meeting_new ();
    g_autoptr(NbMeeting) stored = NULL;
    g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();
    g_autoptr(GDateTime) lunch = days_ago (5, 10);
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 3);

    g_ptr_array_add (attendees, nb_attendee_new (ada, "Ada Lovelace", NULL));
    nb_meeting_set_start (meal, lunch);
    nb_meeting_set_attendees (meal, attendees);
    nb_meeting_set_status (meal, NB_MEETING_DONE);
    stored = nb_store_save_meeting (store, meal, &error);
    g_assert_no_error (error);
    g_clear_object (&stored);
    nb_meeting_set_start (planned, later);
    nb_meeting_set_attendees (planned, attendees);
    stored = nb_store_save_meeting (store, planned, &error);
    g_assert_no_error (error);
  }

  nb_clock_set_fixed (now);
  all = nb_store_list_history (store, ada, NULL, 100, &error);
  g_assert_no_error (error);
  /* 3 messages, the lunch, 6 calls, birthdays of 2024 and 2025. */
  g_assert_cmpuint (all->len, ==, 12);
  for (guint i = 1; i < all->len; i++)
    g_assert_cmpint (nb_history_item_get_date (g_ptr_array_index (all, i - 1)), >=,
                     nb_history_item_get_date (g_ptr_array_index (all, i)));
  /* The lunch at the same time as the messages comes first (by kind). */
  g_assert_cmpint (nb_history_item_get_kind (g_ptr_array_index (all, 0)), ==, NB_HISTORY_ITEM_MEAL);
  g_assert_cmpstr (nb_history_item_get_title (g_ptr_array_index (all, 0)), ==,
                   "Lunch with Ada Lovelace");
  {
    NbHistoryItem *bday = NULL;

    for (guint i = 0; i < all->len; i++)
      if (nb_history_item_get_kind (g_ptr_array_index (all, i)) == NB_HISTORY_ITEM_BIRTHDAY)
        {
          bday = g_ptr_array_index (all, i);
          break;
        }
    g_assert_nonnull (bday);
    g_assert_cmpint (nb_history_item_get_age (bday), ==, 35);
    g_assert_cmpstr (nb_history_item_get_title (bday), ==, "Turned 35");
    g_assert_false (nb_history_item_get_has_time (bday));
  }

  for (;;)
    {
      g_autoptr(GPtrArray) page = nb_store_list_history (store, ada, before, 2, &error);

      g_assert_no_error (error);
      if (page->len == 0)
        break;
      g_assert_cmpuint (page->len, <=, 2);
      for (guint i = 0; i < page->len; i++)
        g_ptr_array_add (paged, g_object_ref (g_ptr_array_index (page, i)));
      before = g_ptr_array_index (paged, paged->len - 1);
    }

  g_assert_cmpuint (paged->len, ==, all->len);
  for (guint i = 0; i < all->len; i++)
    {
      g_assert_cmpint (nb_history_item_get_kind (g_ptr_array_index (paged, i)), ==,
                       nb_history_item_get_kind (g_ptr_array_index (all, i)));
      g_assert_cmpint (nb_history_item_get_id (g_ptr_array_index (paged, i)), ==,
                       nb_history_item_get_id (g_ptr_array_index (all, i)));
    }

  nb_clock_set_fixed (NULL);
}

/* A database of version 6, with interactions of one contact each: they
 * keep their ids and dates, get UIDs, and count as before. */
static void
test_migration_from_v6 (void)
{
  g_autofree char *path = nb_test_tmp_path ("v6.db");
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbInteraction) first = NULL;
  g_autoptr(NbInteraction) second = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GError) error = NULL;
  const NbMigration *migrations;
  guint n;
  NbDb *db;

  migrations = _nb_db_get_migrations (&n);
  g_assert_cmpuint (n, >=, 7);
  db = _nb_db_open_with_migrations (path, migrations, 6, &error);
  g_assert_no_error (error);
  /* Ada, added in 2024, called on 1 March 2026 and written to on
   * 10 March (id 7); Alan, never in touch. As v6 wrote them. */
  g_assert_true (nb_db_exec (db,
                             "INSERT INTO contacts (id, uid, full_name, sort_key, match_key, created,"
                             " updated, last_interaction, last_interaction_kind)"
                             " VALUES (1, 'v6-ada', 'Ada Lovelace', x'616461', 'ada lovelace',"
                             " 1704067200000000, 1, 1773140400, 3);"
                             "INSERT INTO contacts (id, uid, full_name, sort_key, match_key, created,"
                             " updated, cadence_days)"
                             " VALUES (2, 'v6-alan', 'Alan Turing', x'616c616e', 'alan turing',"
                             " 1704067200000000, 1, 7);"
                             "INSERT INTO interactions (id, contact_id, date, kind, note)"
                             " VALUES (3, 1, 1772362800, 2, 'About the engine');"
                             "INSERT INTO interactions (id, contact_id, date, kind, note)"
                             " VALUES (7, 1, 1773140400, 3, NULL);",
                             &error));
  nb_db_close (db);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, 6);

  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, NB_DB_SCHEMA_VERSION);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM interaction_people"), ==, 2);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(DISTINCT uid) FROM interactions"), ==, 2);

  first = nb_store_get_interaction (store, 3);
  g_assert_nonnull (first);
  g_assert_cmpint (nb_interaction_get_kind (first), ==, NB_INTERACTION_CALL);
  g_assert_cmpint (nb_interaction_get_date (first), ==, 1772362800);
  g_assert_cmpstr (nb_interaction_get_note (first), ==, "About the engine");
  g_assert_true (nb_interaction_has_person (first, 1));
  g_assert_true (g_uuid_string_is_valid (nb_interaction_get_uid (first)));
  second = nb_store_get_interaction (store, 7);
  g_assert_cmpint (nb_interaction_get_kind (second), ==, NB_INTERACTION_MESSAGE);
  g_assert_true (g_uuid_string_is_valid (nb_interaction_get_uid (second)));

  g_assert_cmpint (last_interaction (store, 1), ==, 1773140400);
  g_assert_cmpint (last_kind (store, 1), ==, NB_INTERACTION_MESSAGE);

  nb_clock_set_fixed (now);
  history = nb_store_list_history (store, 1, NULL, 10, &error);
  nb_clock_set_fixed (NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (nb_history_item_get_id (g_ptr_array_index (history, 0)), ==, 7);

  /* Ada, 21 days since a message, not due at the default; Alan, weekly,
   * never in touch since 2024. */
  due = due_at (store, now);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (due, 0))->contact_id, ==, 2);
  g_assert_cmpint (((NbKeepInTouchEntry *) g_ptr_array_index (due, 0))->source, ==, NB_RHYTHM_SOURCE_OWN);
}

/* Whom to invite next uses the circles' rhythms too. */
static void
test_invitees_use_circles (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *family[] = { "Family", NULL };
  gint64 mum, friend;

  mum = add_old_contact (store, "Mum", -1, family);
  friend = add_old_contact (store, "Friend", -1, NULL);
  log_ago (store, NB_INTERACTION_CALL, 5, 9, mum, friend, (gint64) 0);

  /* 5 days of 30: too soon for either. */
  nb_store_suggest_invitees_async (store, now, DEFAULT_CADENCE, 10, NULL,
                                   store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  suggestions = nb_store_suggest_invitees_finish (store, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 0);
  /* The family is weekly: Mum, 5 days of 7. */
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  g_clear_object (&result);
  g_assert_true (nb_store_set_circle_cadence (store, "Family", 7, &error));
  nb_store_suggest_invitees_async (store, now, DEFAULT_CADENCE, 10, NULL,
                                   store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  suggestions = nb_store_suggest_invitees_finish (store, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 1);
  g_assert_cmpint (((NbSuggestion *) g_ptr_array_index (suggestions, 0))->contact_id, ==, mum);
  g_assert_cmpfloat_with_epsilon (((NbSuggestion *) g_ptr_array_index (suggestions, 0))->score,
                                  5.0 / 7.0, 1e-9);
}

/* The days are counted again when the local time zone changed: a call at
 * 00:30 on 1 February in Berlin was on 31 January in New York. */
static void
test_time_zone_change (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  g_autoptr(GDateTime) feb_1 = local (2026, 2, 1, 0, 30);
  g_autoptr(GDateTime) added = local (2026, 1, 1, 9, 0);
  gint64 ada = add_contact (store, "Ada Lovelace", added, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT touch_day FROM contacts WHERE id = %" G_GINT64_FORMAT,
                                          ada);
  gint64 berlin_day;

  g_object_unref (log_with (store, NB_INTERACTION_CALL, feb_1, ada, (gint64) 0));
  g_clear_object (&store);
  berlin_day = nb_test_query_int (path, sql);

  g_setenv ("TZ", "America/New_York", TRUE);
  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, sql), ==, berlin_day - 1);

  g_clear_object (&store);
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, sql), ==, berlin_day);
}

static void
count_signal_cb (NbStore *store,
                 guint   *n)
{
  (*n)++;
}

/* A window left open overnight: at the first look after midnight, the
 * count and the list are told that others may be due, once. */
static void
test_new_day (void)
{
  g_autoptr(GDateTime) evening = g_date_time_new_local (2026, 3, 9, 23, 59, 0);
  g_autoptr(GDateTime) later = g_date_time_new_local (2026, 3, 9, 23, 59, 50);
  g_autoptr(GDateTime) morning = g_date_time_new_local (2026, 3, 10, 0, 0, 5);
  g_autoptr(NbStore) store = NULL;
  guint n = 0;

  nb_clock_set_fixed (evening);
  store = nb_test_open_store (NULL);
  g_signal_connect (store, "keep-in-touch-changed", G_CALLBACK (count_signal_cb), &n);

  g_assert_false (nb_store_check_for_changes (store));
  nb_clock_set_fixed (later);
  g_assert_false (nb_store_check_for_changes (store));
  g_assert_cmpuint (n, ==, 0);

  nb_clock_set_fixed (morning);
  g_assert_true (nb_store_check_for_changes (store));
  g_assert_cmpuint (n, ==, 1);
  g_assert_false (nb_store_check_for_changes (store));
  g_assert_cmpuint (n, ==, 1);
  nb_clock_set_fixed (NULL);
}

/* A favour asked of me, answered no, and who reached out: stored and read
 * back, changed, and part of what makes two interactions the same. */
static void
test_answers (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 10, 9, 0, 0);
  g_autoptr(NbInteraction) draft = NULL;
  g_autoptr(NbInteraction) saved = NULL;
  g_autoptr(NbInteraction) loaded = NULL;
  g_autoptr(NbInteraction) copy = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ada = nb_test_add_contact (store, "Ada Lovelace", "ada@example.org");

  draft = nb_interaction_new_with_contact (NB_INTERACTION_FAVOUR_ASKED_OF_ME, ada, when);
  g_assert_cmpint (nb_interaction_get_answer (draft), ==, NB_ANSWER_NONE);
  nb_interaction_set_note (draft, "A reference for the Analytical Society");
  nb_interaction_set_answer (draft, NB_ANSWER_NO);
  nb_interaction_set_answered (draft, g_date_time_to_unix (when) + 2 * 86400);
  nb_interaction_set_initiator (draft, NB_INITIATOR_THEM);
  saved = nb_store_save_interaction (store, draft, &error);
  g_assert_no_error (error);

  loaded = nb_store_get_interaction (store, nb_interaction_get_id (saved));
  g_assert_cmpint (nb_interaction_get_answer (loaded), ==, NB_ANSWER_NO);
  g_assert_cmpint (nb_interaction_get_answered (loaded), ==, g_date_time_to_unix (when) + 2 * 86400);
  g_assert_cmpint (nb_interaction_get_initiator (loaded), ==, NB_INITIATOR_THEM);
  g_assert_cmpint (nb_test_query_int (path, "SELECT answer FROM interactions"), ==, NB_ANSWER_NO);

  copy = nb_interaction_copy (loaded);
  g_assert_true (nb_interaction_content_equal (copy, loaded));
  nb_interaction_set_answer (copy, NB_ANSWER_LATER);
  g_assert_false (nb_interaction_content_equal (copy, loaded));
  nb_interaction_set_answer (copy, NB_ANSWER_NO);
  nb_interaction_set_initiator (copy, NB_INITIATOR_ME);
  g_assert_false (nb_interaction_content_equal (copy, loaded));

  /* Saying yes later: stored over the no. */
  nb_interaction_set_answer (loaded, NB_ANSWER_YES);
  g_clear_object (&saved);
  saved = nb_store_save_interaction (store, loaded, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "SELECT answer FROM interactions"), ==, NB_ANSWER_YES);

  /* An out of range value read from elsewhere is no answer. */
  nb_interaction_set_answer (copy, 42);
  g_assert_cmpint (nb_interaction_get_answer (copy), ==, NB_ANSWER_NONE);
}

static gint64
log_answered (NbStore           *store,
              gint64             contact_id,
              int                days,
              NbInteractionKind  kind,
              NbAnswer           answer,
              NbInitiator        initiator)
{
  g_autoptr(GDateTime) when = days_ago (days, 10);
  g_autoptr(NbInteraction) draft = nb_interaction_new_with_contact (kind, contact_id, when);
  g_autoptr(NbInteraction) saved = NULL;
  g_autoptr(GError) error = NULL;

  nb_interaction_set_answer (draft, answer);
  nb_interaction_set_initiator (draft, initiator);
  saved = nb_store_save_interaction (store, draft, &error);
  g_assert_no_error (error);
  return nb_interaction_get_id (saved);
}

static char *
note_of (NbStore *store,
         gint64   contact_id)
{
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GError) error = NULL;
  g_autoptr(NbGiveAndTake) counts = nb_store_get_give_and_take (store, contact_id, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (counts);
  return nb_give_and_take_dup_note (counts, "Ada");
}

/* The last twelve months with Ada, each way, and the one gentle note:
 * none while it is balanced; who reached out the last times in a row;
 * help only one way, said before the rest. */
static void
test_give_and_take (void)
{
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbGiveAndTake) counts = NULL;
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GDateTime) lunch_time = days_ago (30, 12);
  g_autoptr(NbMeeting) lunch = nb_meeting_new ();
  g_autoptr(NbMeeting) saved_lunch = NULL;
  g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  gint64 ada, alan, hidden;

  nb_clock_set_fixed (now);
  store = nb_test_open_store (NULL);
  ada = add_old_contact (store, "Ada Lovelace", -1, NULL);
  alan = add_old_contact (store, "Alan Turing", -1, NULL);

  /* Nothing yet: nothing to say. */
  note = note_of (store, ada);
  g_assert_null (note);

  /* Over a year ago, a call she made: not counted. */
  log_answered (store, ada, 400, NB_INTERACTION_CALL, NB_ANSWER_NONE, NB_INITIATOR_THEM);
  /* She asked a favour; I said no. I asked one; she said yes. */
  log_answered (store, ada, 200, NB_INTERACTION_FAVOUR_ASKED_OF_ME, NB_ANSWER_NO, NB_INITIATOR_THEM);
  log_answered (store, ada, 150, NB_INTERACTION_FAVOUR_I_ASKED, NB_ANSWER_YES, NB_INITIATOR_ME);
  /* Alan's are his. */
  log_answered (store, alan, 5, NB_INTERACTION_CALL, NB_ANSWER_NONE, NB_INITIATOR_ME);

  g_ptr_array_add (attendees, nb_attendee_new (ada, "Ada Lovelace", NULL));
  nb_meeting_set_start (lunch, lunch_time);
  nb_meeting_set_attendees (lunch, attendees);
  nb_meeting_set_status (lunch, NB_MEETING_DONE);
  nb_meeting_set_payer (lunch, NB_PAYER_THEM);
  saved_lunch = nb_store_save_meeting (store, lunch, &error);
  g_assert_no_error (error);

  counts = nb_store_get_give_and_take (store, ada, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts->reached_out[NB_INITIATOR_THEM], ==, 1);
  g_assert_cmpuint (counts->reached_out[NB_INITIATOR_ME], ==, 1);
  g_assert_cmpuint (counts->asked_of_me[NB_ANSWER_NO], ==, 1);
  g_assert_cmpuint (counts->i_asked[NB_ANSWER_YES], ==, 1);
  g_assert_cmpuint (counts->meals[NB_PAYER_THEM], ==, 1);
  g_assert_cmpuint (nb_give_and_take_given (counts), ==, 0);
  g_assert_cmpuint (nb_give_and_take_received (counts), ==, 1);
  g_assert_cmpuint (nb_give_and_take_count (counts), ==, 3);
  g_clear_pointer (&note, g_free);
  note = note_of (store, ada);
  g_assert_null (note);

  /* Then I reached out five times in a row: said. */
  for (int i = 0; i < 5; i++)
    log_answered (store, ada, 100 - i * 10, i % 2 ? NB_INTERACTION_MESSAGE : NB_INTERACTION_CALL,
              NB_ANSWER_NONE, NB_INITIATOR_ME);
  /* A meeting nobody said who began does not break the run. */
  log_answered (store, ada, 35, NB_INTERACTION_MET, NB_ANSWER_NONE, NB_INITIATOR_UNKNOWN);
  g_clear_pointer (&note, g_free);
  note = note_of (store, ada);
  g_assert_cmpstr (note, ==, "You have reached out the last 6 times");

  /* She called: the run is over. */
  hidden = log_answered (store, ada, 20, NB_INTERACTION_CALL, NB_ANSWER_NONE, NB_INITIATOR_THEM);
  g_clear_pointer (&note, g_free);
  note = note_of (store, ada);
  g_assert_null (note);

  /* Deleted (its Undo pending): not counted. */
  g_assert_true (nb_store_set_interaction_hidden (store, hidden, TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&note, g_free);
  note = note_of (store, ada);
  g_assert_cmpstr (note, ==, "You have reached out the last 6 times");

  /* Help from her, three times, and none from me: that comes first. */
  for (int i = 0; i < 2; i++)
    log_answered (store, ada, 10 - i, NB_INTERACTION_HELP_RECEIVED, NB_ANSWER_NONE, NB_INITIATOR_UNKNOWN);
  g_clear_pointer (&note, g_free);
  note = note_of (store, ada);
  g_assert_cmpstr (note, ==, "Ada has helped you 3 times this year; perhaps there is something you can offer them");

  /* Help given back: balanced, so only the run is said. */
  log_answered (store, ada, 2, NB_INTERACTION_HELP_GIVEN, NB_ANSWER_NONE, NB_INITIATOR_ME);
  g_clear_pointer (&note, g_free);
  note = note_of (store, ada);
  g_assert_cmpstr (note, ==, "You have reached out the last 7 times");

  nb_clock_set_fixed (NULL);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/keep-in-touch/kinds", test_kinds);
  g_test_add_func ("/keep-in-touch/model", test_model);
  g_test_add_func ("/keep-in-touch/store-roundtrip", test_store_roundtrip);
  g_test_add_func ("/keep-in-touch/group-and-edit", test_group_and_edit);
  g_test_add_func ("/keep-in-touch/delete-and-hide", test_delete_and_hide);
  g_test_add_func ("/keep-in-touch/rhythm-sources", test_rhythm_sources);
  g_test_add_func ("/keep-in-touch/overdue-order", test_overdue_order);
  g_test_add_func ("/keep-in-touch/snooze", test_snooze);
  g_test_add_func ("/keep-in-touch/calendar-days", test_calendar_days);
  g_test_add_func ("/keep-in-touch/history", test_history);
  g_test_add_func ("/keep-in-touch/migration-from-v6", test_migration_from_v6);
  g_test_add_func ("/keep-in-touch/invitees-use-circles", test_invitees_use_circles);
  g_test_add_func ("/keep-in-touch/time-zone-change", test_time_zone_change);
  g_test_add_func ("/keep-in-touch/new-day", test_new_day);
  g_test_add_func ("/keep-in-touch/answers", test_answers);
  g_test_add_func ("/keep-in-touch/give-and-take", test_give_and_take);

  return g_test_run ();
}
