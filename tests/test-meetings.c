/* test-meetings.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "nb-clock.h"
#include "nb-db.h"
#include "nb-test-util.h"
#include "nb-week.h"

/* Monday 23 November 2026, 10:00 in Berlin: the tests' "now". */
static GDateTime *
fixed_now (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("+01:00");

  return g_date_time_new (berlin, 2026, 11, 23, 10, 0, 0);
}

static GDateTime *
days_from_now (int days,
               int hour)
{
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_add_hours (day, hour - 10);
}

static NbMeeting *
meal_with (NbMealKind  kind,
           GDateTime  *start,
           gint64      contact_id,
           const char *name)
{
  NbMeeting *meeting = nb_meeting_new ();
  g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();

  nb_meeting_set_kind (meeting, kind);
  nb_meeting_set_start (meeting, start);
  nb_meeting_set_duration (meeting, nb_meal_kind_get_default_duration (kind));
  if (name != NULL)
    g_ptr_array_add (attendees, nb_attendee_new (contact_id, name, NULL));
  nb_meeting_set_attendees (meeting, attendees);

  return meeting;
}

static gint64
save_meal (NbStore   *store,
           NbMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbMeeting) saved = nb_store_save_meeting (store, meeting, &error);

  g_assert_no_error (error);
  g_assert_nonnull (saved);

  return nb_meeting_get_id (saved);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_model (void)
{
  g_autoptr(NbMeeting) meeting = NULL;
  g_autoptr(GDateTime) sent = days_from_now (1, 9);
  g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();
  g_autofree char *title0 = NULL;
  g_autofree char *title1 = NULL;
  g_autofree char *title2 = NULL;
  g_autofree char *title4 = NULL;
  guint notified = 0;
  GDate day;

  /* A lunch is planned at 12:30 for an hour and a half by default. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 25, 11, 2026);
  meeting = nb_meeting_new_for_day (NB_MEAL_LUNCH, &day);
  g_assert_cmpint (g_date_time_get_hour (nb_meeting_get_start (meeting)), ==, 12);
  g_assert_cmpint (g_date_time_get_minute (nb_meeting_get_start (meeting)), ==, 30);
  g_assert_cmpint (g_date_time_get_day_of_month (nb_meeting_get_start (meeting)), ==, 25);
  g_assert_cmpuint (nb_meeting_get_duration (meeting), ==, 90);
  g_assert_cmpint (nb_meeting_get_status (meeting), ==, NB_MEETING_PLANNED);
  g_assert_cmpint (nb_meeting_get_payer (meeting), ==, NB_PAYER_UNSETTLED);

  g_signal_connect (meeting, "notify::place", G_CALLBACK (count_cb), &notified);
  nb_meeting_set_place (meeting, "Café Einstein");
  nb_meeting_set_place (meeting, "Café Einstein");
  g_assert_cmpuint (notified, ==, 1);

  /* A meal that happened calls for a thank-you note. */
  nb_meeting_set_status (meeting, NB_MEETING_DONE);
  g_assert_cmpint (nb_meeting_get_follow_up (meeting), ==, NB_FOLLOW_UP_DUE);
  nb_meeting_set_follow_up (meeting, NB_FOLLOW_UP_SENT, sent);
  g_assert_true (g_date_time_equal (nb_meeting_get_follow_up_date (meeting), sent));
  nb_meeting_set_follow_up (meeting, NB_FOLLOW_UP_NOT_NEEDED, sent);
  g_assert_null (nb_meeting_get_follow_up_date (meeting));
  nb_meeting_set_status (meeting, NB_MEETING_CANCELLED);
  g_assert_cmpint (nb_meeting_get_follow_up (meeting), ==, NB_FOLLOW_UP_NONE);

  title0 = nb_meeting_dup_title (meeting);
  g_assert_cmpstr (title0, ==, "Lunch");
  g_ptr_array_add (attendees, nb_attendee_new (0, "Ada Lovelace", NULL));
  nb_meeting_set_attendees (meeting, attendees);
  title1 = nb_meeting_dup_title (meeting);
  g_assert_cmpstr (title1, ==, "Lunch with Ada Lovelace");
  g_ptr_array_add (attendees, nb_attendee_new (0, "Grace Hopper", NULL));
  nb_meeting_set_attendees (meeting, attendees);
  title2 = nb_meeting_dup_title (meeting);
  g_assert_cmpstr (title2, ==, "Lunch with Ada Lovelace and Grace Hopper");
  g_ptr_array_add (attendees, nb_attendee_new (0, "Alan Turing", NULL));
  g_ptr_array_add (attendees, nb_attendee_new (0, "Emmy Noether", NULL));
  nb_meeting_set_attendees (meeting, attendees);
  title4 = nb_meeting_dup_title (meeting);
  g_assert_cmpstr (title4, ==, "Lunch with Ada Lovelace, Grace Hopper and 2 more");
}

static void
test_store_roundtrip (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
  g_autoptr(GDateTime) start = g_date_time_new (tokyo, 2026, 12, 1, 19, 30, 0);
  g_autoptr(GDateTime) sent = days_from_now (2, 9);
  g_autoptr(NbMeeting) meeting = NULL;
  g_autoptr(NbMeeting) loaded = NULL;
  g_autoptr(GError) error = NULL;
  NbStore *store = nb_test_open_store (&path);
  gint64 ada = nb_test_add_contact (store, "Ada Lovelace", "ada@example.com");
  gint64 id;

  meeting = meal_with (NB_MEAL_DINNER, start, ada, "Ada Lovelace");
  nb_meeting_set_place (meeting, "Sushi Dai");
  nb_meeting_set_address (meeting, "Tsukiji 5-2-1, Tokyo");
  nb_meeting_set_payer (meeting, NB_PAYER_DUTCH);
  nb_meeting_set_notes (meeting, "Talk about the analytical engine");
  nb_meeting_set_status (meeting, NB_MEETING_DONE);
  nb_meeting_set_follow_up (meeting, NB_FOLLOW_UP_SENT, sent);
  id = save_meal (store, meeting);
  g_assert_finalize_object (store);

  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  loaded = nb_store_get_meeting (store, id);
  g_assert_nonnull (loaded);
  g_assert_nonnull (nb_meeting_get_uid (loaded));
  nb_meeting_set_uid (meeting, nb_meeting_get_uid (loaded));
  g_assert_true (nb_meeting_content_equal (meeting, loaded));

  /* Planned in Tokyo, it is still 19:30 there. */
  g_assert_cmpint (g_date_time_get_hour (nb_meeting_get_start (loaded)), ==, 19);
  g_assert_cmpint (g_date_time_get_utc_offset (nb_meeting_get_start (loaded)) / G_TIME_SPAN_HOUR, ==, 9);
  g_assert_finalize_object (store);
}

static void
test_deleted_contact_keeps_name (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) start = days_from_now (-3, 12);
  g_autoptr(NbMeeting) meeting = NULL;
  g_autoptr(NbMeeting) loaded = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 grace = nb_test_add_contact (store, "Grace Hopper", NULL);
  gint64 id;
  NbAttendee *attendee;

  meeting = meal_with (NB_MEAL_COFFEE, start, grace, "Grace Hopper");
  id = save_meal (store, meeting);
  g_assert_true (nb_store_delete_contact (store, grace, &error));

  /* Deleting a contact never deletes a meal: it keeps the name. */
  loaded = nb_store_get_meeting (store, id);
  g_assert_nonnull (loaded);
  attendee = g_ptr_array_index (nb_meeting_get_attendees (loaded), 0);
  g_assert_cmpstr (attendee->name, ==, "Grace Hopper");
  g_assert_cmpint (attendee->contact_id, ==, 0);

  listed = nb_store_list_contact_meetings (store, grace, 0);
  g_assert_cmpuint (listed->len, ==, 0);
}

static void
test_week_range (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) week_start = days_from_now (0, 0);     /* Monday 00:00 */
  g_autoptr(GDateTime) week_end = g_date_time_add_weeks (week_start, 1);
  g_autoptr(GDateTime) sunday_late = days_from_now (-1, 23);  /* until Monday 01:00 */
  g_autoptr(GDateTime) saturday = days_from_now (5, 12);
  g_autoptr(GDateTime) next_monday = days_from_now (7, 0);
  g_autoptr(GDateTime) last_week = days_from_now (-3, 12);
  g_autoptr(NbMeeting) a = meal_with (NB_MEAL_DRINKS, sunday_late, 0, NULL);
  g_autoptr(NbMeeting) b = meal_with (NB_MEAL_LUNCH, saturday, 0, NULL);
  g_autoptr(NbMeeting) c = meal_with (NB_MEAL_BREAKFAST, next_monday, 0, NULL);
  g_autoptr(NbMeeting) d = meal_with (NB_MEAL_LUNCH, last_week, 0, NULL);
  g_autoptr(GPtrArray) week = NULL;
  gint64 ids[2];

  nb_meeting_set_duration (a, 120);
  ids[0] = save_meal (store, a);
  ids[1] = save_meal (store, b);
  save_meal (store, c);
  save_meal (store, d);

  /* A meal running past midnight into the week is in it; one starting at
   * the next week's first minute is not. */
  week = nb_store_list_meetings (store, week_start, week_end);
  g_assert_cmpuint (week->len, ==, 2);
  g_assert_cmpint (nb_meeting_get_id (g_ptr_array_index (week, 0)), ==, ids[0]);
  g_assert_cmpint (nb_meeting_get_id (g_ptr_array_index (week, 1)), ==, ids[1]);

  /* A meal whose deletion can be undone is out of view. */
  nb_store_set_meeting_hidden (store, ids[1], TRUE);
  g_clear_pointer (&week, g_ptr_array_unref);
  week = nb_store_list_meetings (store, week_start, week_end);
  g_assert_cmpuint (week->len, ==, 1);
}

static gboolean
list_has_id (GPtrArray *meetings,
             gint64     id)
{
  for (guint i = 0; i < meetings->len; i++)
    if (nb_meeting_get_id (g_ptr_array_index (meetings, i)) == id)
      return TRUE;

  return FALSE;
}

static void
answer (NbStore         *store,
        gint64           id,
        NbMeetingStatus  status,
        NbFollowUp       follow_up,
        GDateTime       *sent)
{
  g_autoptr(NbMeeting) meeting = nb_store_get_meeting (store, id);
  g_autoptr(NbMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;

  nb_meeting_set_status (meeting, status);
  nb_meeting_set_follow_up (meeting, follow_up, sent);
  saved = nb_store_save_meeting (store, meeting, &error);
  g_assert_no_error (error);
}

static void
test_follow_ups (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GDateTime) yesterday = days_from_now (-1, 12);
  g_autoptr(GDateTime) tomorrow = days_from_now (1, 12);
  g_autoptr(GDateTime) this_morning = days_from_now (0, 9);
  g_autoptr(NbMeeting) passed = meal_with (NB_MEAL_LUNCH, yesterday, 0, NULL);
  g_autoptr(NbMeeting) happened = meal_with (NB_MEAL_DINNER, yesterday, 0, NULL);
  g_autoptr(NbMeeting) thanked = meal_with (NB_MEAL_DINNER, yesterday, 0, NULL);
  g_autoptr(NbMeeting) cancelled = meal_with (NB_MEAL_LUNCH, yesterday, 0, NULL);
  g_autoptr(NbMeeting) planned = meal_with (NB_MEAL_LUNCH, tomorrow, 0, NULL);
  g_autoptr(NbMeeting) running = meal_with (NB_MEAL_BREAKFAST, this_morning, 0, NULL);
  g_autoptr(GPtrArray) follow_ups = NULL;
  gint64 passed_id, happened_id, thanked_id, cancelled_id, planned_id, running_id;

  nb_meeting_set_status (happened, NB_MEETING_DONE);
  nb_meeting_set_status (thanked, NB_MEETING_DONE);
  nb_meeting_set_follow_up (thanked, NB_FOLLOW_UP_SENT, now);
  nb_meeting_set_status (cancelled, NB_MEETING_CANCELLED);
  nb_meeting_set_duration (running, 120);   /* until 11:00 */

  passed_id = save_meal (store, passed);
  happened_id = save_meal (store, happened);
  thanked_id = save_meal (store, thanked);
  cancelled_id = save_meal (store, cancelled);
  planned_id = save_meal (store, planned);
  running_id = save_meal (store, running);

  follow_ups = nb_store_list_follow_ups (store, now);
  g_assert_true (list_has_id (follow_ups, passed_id));      /* did it happen? */
  g_assert_true (list_has_id (follow_ups, happened_id));    /* thank-you due */
  g_assert_false (list_has_id (follow_ups, thanked_id));
  g_assert_false (list_has_id (follow_ups, cancelled_id));
  g_assert_false (list_has_id (follow_ups, planned_id));
  g_assert_false (list_has_id (follow_ups, running_id));     /* not over yet */

  /* Answering the questions empties the list. */
  answer (store, passed_id, NB_MEETING_DONE, NB_FOLLOW_UP_NOT_NEEDED, NULL);
  answer (store, happened_id, NB_MEETING_DONE, NB_FOLLOW_UP_SENT, now);

  g_clear_pointer (&follow_ups, g_ptr_array_unref);
  follow_ups = nb_store_list_follow_ups (store, now);
  g_assert_cmpuint (follow_ups->len, ==, 0);
}

static void
test_last_interaction (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) ten_days_ago = days_from_now (-10, 12);
  g_autoptr(GDateTime) five_days_ago = days_from_now (-5, 18);
  g_autoptr(GDateTime) next_week = days_from_now (7, 12);
  g_autoptr(NbMeeting) past = NULL;
  g_autoptr(NbMeeting) planned = NULL;
  g_autoptr(NbContact) ada = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ada_id = nb_test_add_contact (store, "Ada Lovelace", NULL);
  gint64 past_id;
  guint notified = 0;

  ada = nb_store_get_contact (store, ada_id);
  g_assert_cmpint (nb_contact_get_last_interaction (ada), ==, 0);
  g_signal_connect (ada, "notify::last-interaction", G_CALLBACK (count_cb), &notified);

  /* A planned meal is not an interaction; one that happened is. */
  planned = meal_with (NB_MEAL_LUNCH, next_week, ada_id, "Ada Lovelace");
  save_meal (store, planned);
  g_assert_cmpint (nb_contact_get_last_interaction (ada), ==, 0);

  past = meal_with (NB_MEAL_LUNCH, ten_days_ago, ada_id, "Ada Lovelace");
  nb_meeting_set_status (past, NB_MEETING_DONE);
  past_id = save_meal (store, past);
  g_assert_cmpint (nb_contact_get_last_interaction (ada), ==, g_date_time_to_unix (ten_days_ago));
  g_assert_cmpint (nb_contact_get_last_interaction_kind (ada), ==, NB_INTERACTION_MEAL);
  g_assert_cmpuint (notified, ==, 1);

  /* A call logged later is the last interaction now. */
  g_assert_true (nb_store_log_interaction (store, ada_id, five_days_ago, NB_INTERACTION_CALL,
                                           "Wished her luck", &error));
  g_assert_no_error (error);
  g_assert_cmpint (nb_contact_get_last_interaction (ada), ==, g_date_time_to_unix (five_days_ago));
  g_assert_cmpint (nb_contact_get_last_interaction_kind (ada), ==, NB_INTERACTION_CALL);

  /* Deleting the meal leaves the call. */
  g_assert_true (nb_store_delete_meeting (store, past_id, &error));
  g_assert_cmpint (nb_contact_get_last_interaction (ada), ==, g_date_time_to_unix (five_days_ago));
}

typedef struct
{
  GPtrArray *suggestions;
  gboolean   done;
} SuggestResult;

static void
suggested_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SuggestResult *out = user_data;
  g_autoptr(GError) error = NULL;

  out->suggestions = nb_store_suggest_invitees_finish (NB_STORE (object), result, &error);
  g_assert_no_error (error);
  out->done = TRUE;
}

static gboolean
suggest_done (gpointer data)
{
  return ((SuggestResult *) data)->done;
}

static gint64
add_contact_at (NbStore    *store,
                int         days_ago,
                const char *name,
                int         cadence,
                guint       bday_month,
                guint       bday_day)
{
  g_autoptr(GDateTime) then = days_from_now (-days_ago, 10);
  g_autoptr(NbContact) contact = nb_test_contact_new (name, NULL);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;

  nb_contact_set_cadence (contact, cadence);
  if (bday_month != 0)
    {
      g_autoptr(NbBirthday) birthday = nb_birthday_new (1980, bday_month, bday_day);

      nb_contact_set_birthday (contact, birthday);
    }

  /* Added back then: the store stamps with Netbook's clock. */
  nb_clock_set_fixed (then);
  saved = nb_store_save_contact (store, contact, &error);
  g_assert_no_error (error);
  nb_clock_set_fixed (NULL);

  return nb_contact_get_id (saved);
}

static void
met (NbStore *store,
     gint64   contact_id,
     int      days_ago)
{
  g_autoptr(GDateTime) then = days_from_now (-days_ago, 12);
  g_autoptr(NbMeeting) meeting = meal_with (NB_MEAL_LUNCH, then, contact_id, "someone");

  nb_meeting_set_status (meeting, NB_MEETING_DONE);
  save_meal (store, meeting);
}

static void
test_ranking (void)
{
  g_autoptr(NbStore) store = nb_test_open_store (NULL);
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GDateTime) next_week = days_from_now (7, 12);
  g_autoptr(GDateTime) last_week = days_from_now (-6, 12);
  g_autoptr(NbMeeting) planned = NULL;
  g_autoptr(NbMeeting) unanswered = NULL;
  SuggestResult result = { NULL, FALSE };
  gint64 never, long_ago, recent, birthday, no_reminders, invited, pending, weekly, just_met, added_today;
  NbSuggestion *s;

  never = add_contact_at (store, 90, "Never Met", -1, 0, 0);
  long_ago = add_contact_at (store, 400, "Long Ago", -1, 0, 0);
  met (store, long_ago, 94);
  recent = add_contact_at (store, 400, "Recent", -1, 0, 0);
  met (store, recent, 10);
  birthday = add_contact_at (store, 400, "Birthday Friday", -1, 11, 27);
  met (store, birthday, 5);
  no_reminders = add_contact_at (store, 400, "No Reminders", 0, 0, 0);
  met (store, no_reminders, 300);
  invited = add_contact_at (store, 400, "Already Invited", -1, 0, 0);
  met (store, invited, 200);
  planned = meal_with (NB_MEAL_DINNER, next_week, invited, "Already Invited");
  save_meal (store, planned);
  /* A lunch last week nobody said happened or not: asked about, not
   * suggested again meanwhile. */
  pending = add_contact_at (store, 400, "Lunch Unanswered", -1, 0, 0);
  met (store, pending, 200);
  unanswered = meal_with (NB_MEAL_LUNCH, last_week, pending, "Lunch Unanswered");
  save_meal (store, unanswered);
  weekly = add_contact_at (store, 400, "Weekly", 7, 0, 0);
  met (store, weekly, 20);
  /* Seen three days ago: too soon to propose again. */
  just_met = add_contact_at (store, 400, "Just Met", -1, 0, 0);
  met (store, just_met, 3);
  /* Added today, never met: half a rhythm's worth, before the recent. */
  added_today = add_contact_at (store, 0, "Added Today", -1, 0, 0);

  nb_store_suggest_invitees_async (store, now, 30, 10, NULL, suggested_cb, &result);
  nb_test_wait_for (suggest_done, &result);

  /* 94/30 days overdue, 90/30 never met, 20/7, a birthday on Friday, never
   * met since today, 10/30; not the one who asked not to be reminded, nor
   * those already invited, nor the one just met. */
  g_assert_cmpuint (result.suggestions->len, ==, 6);

  s = g_ptr_array_index (result.suggestions, 0);
  g_assert_cmpint (s->contact_id, ==, long_ago);
  g_assert_cmpint (s->reason, ==, NB_SUGGESTION_LAST_MET);
  g_assert_cmpint (s->days, ==, 94);

  s = g_ptr_array_index (result.suggestions, 1);
  g_assert_cmpint (s->contact_id, ==, never);
  g_assert_cmpint (s->reason, ==, NB_SUGGESTION_NEVER_MET);
  g_assert_cmpint (s->days, ==, 90);

  s = g_ptr_array_index (result.suggestions, 2);
  g_assert_cmpint (s->contact_id, ==, weekly);
  g_assert_cmpint (s->days, ==, 20);

  s = g_ptr_array_index (result.suggestions, 3);
  g_assert_cmpint (s->contact_id, ==, birthday);
  g_assert_cmpint (s->reason, ==, NB_SUGGESTION_BIRTHDAY);
  g_assert_cmpint (s->days, ==, 4);
  g_assert_cmpuint (g_date_get_weekday (&s->birthday), ==, G_DATE_FRIDAY);

  s = g_ptr_array_index (result.suggestions, 4);
  g_assert_cmpint (s->contact_id, ==, added_today);
  g_assert_cmpint (s->reason, ==, NB_SUGGESTION_NEVER_MET);
  g_assert_cmpint (s->days, ==, 0);

  s = g_ptr_array_index (result.suggestions, 5);
  g_assert_cmpint (s->contact_id, ==, recent);
  g_assert_cmpint (s->days, ==, 10);

  for (guint i = 0; i < result.suggestions->len; i++)
    {
      s = g_ptr_array_index (result.suggestions, i);
      g_assert_cmpint (s->contact_id, !=, no_reminders);
      g_assert_cmpint (s->contact_id, !=, invited);
      g_assert_cmpint (s->contact_id, !=, pending);
      g_assert_cmpint (s->contact_id, !=, just_met);
    }
  g_ptr_array_unref (result.suggestions);
}

static void
assert_week_start (guint        d,
                   guint        m,
                   guint        y,
                   GDateWeekday first,
                   guint        sd,
                   guint        sm,
                   guint        sy)
{
  GDate day, start;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, d, m, y);
  nb_week_start (&day, first, &start);
  g_assert_cmpuint (g_date_get_day (&start), ==, sd);
  g_assert_cmpuint (g_date_get_month (&start), ==, sm);
  g_assert_cmpuint (g_date_get_year (&start), ==, sy);
}

static void
test_week_boundaries (void)
{
  /* Monday 23 November 2026. */
  assert_week_start (23, 11, 2026, G_DATE_MONDAY, 23, 11, 2026);
  assert_week_start (23, 11, 2026, G_DATE_SUNDAY, 22, 11, 2026);
  /* Sunday 22 November 2026. */
  assert_week_start (22, 11, 2026, G_DATE_MONDAY, 16, 11, 2026);
  assert_week_start (22, 11, 2026, G_DATE_SUNDAY, 22, 11, 2026);
  /* Saturday 28 November 2026. */
  assert_week_start (28, 11, 2026, G_DATE_SUNDAY, 22, 11, 2026);
  assert_week_start (28, 11, 2026, G_DATE_SATURDAY, 28, 11, 2026);
  /* Friday 1 January 2027: the week starts in the old year. */
  assert_week_start (1, 1, 2027, G_DATE_MONDAY, 28, 12, 2026);
  assert_week_start (1, 1, 2027, G_DATE_SUNDAY, 27, 12, 2026);
}

static gboolean
make_locale (const char *dir,
             const char *name,
             const char *source)
{
  g_autofree char *target = g_build_filename (dir, name, NULL);
  const char *argv[] = { "localedef", "-i", source, "-f", "UTF-8", target, NULL };
  g_autofree char *err = NULL;
  int status = -1;

  /* localedef leaves a folder behind when it fails (without the sources of
   * the "locales" package, say): its status is what counts. */
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("localedef %s: %s", source, err ? err : "");
      return FALSE;
    }

  return g_file_test (target, G_FILE_TEST_IS_DIR);
}

static void
test_locale_first_day (void)
{
  g_autofree char *dir = nb_test_tmp_path ("locales");
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));

  g_mkdir_with_parents (dir, 0700);
  /* build-aux/setup.sh installs the "locales" package for its sources. */
  if (!make_locale (dir, "en_US.UTF-8", "en_US") || !make_locale (dir, "de_DE.UTF-8", "de_DE"))
    g_error ("localedef cannot make en_US and de_DE: install Debian's locales package");

  g_setenv ("LOCPATH", dir, TRUE);

  /* Weeks start on Sunday in the United States, on Monday in Germany. */
  g_assert_nonnull (setlocale (LC_TIME, "en_US.UTF-8"));
  g_assert_cmpint (nb_week_locale_first_day (), ==, G_DATE_SUNDAY);
  g_assert_nonnull (setlocale (LC_TIME, "de_DE.UTF-8"));
  g_assert_cmpint (nb_week_locale_first_day (), ==, G_DATE_MONDAY);

  setlocale (LC_TIME, saved);
  g_unsetenv ("LOCPATH");
}

static void
test_migration_from_v1 (void)
{
  g_autofree char *path = nb_test_tmp_path ("v1.db");
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const NbMigration *migrations;
  const char *name;
  guint n, n_backups = 0;
  NbDb *db;

  /* A database as the first version of Netbook left it, with a contact. */
  migrations = _nb_db_get_migrations (&n);
  g_assert_cmpuint (n, >=, 2);
  db = _nb_db_open_with_migrations (path, migrations, 1, &error);
  g_assert_no_error (error);
  g_assert_true (nb_db_exec (db,
                             "INSERT INTO contacts (uid, full_name, sort_key, match_key, created, updated)"
                             " VALUES ('v1-ada', 'Ada Lovelace', x'616461', 'ada lovelace', 1, 1);"
                             "INSERT INTO contacts_fts (rowid, name) VALUES (last_insert_rowid (), 'Ada Lovelace');",
                             &error));
  nb_db_close (db);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, 1);

  store = nb_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "PRAGMA user_version"), ==, NB_DB_SCHEMA_VERSION);

  contact = nb_store_get_contact (store, 1);
  g_assert_cmpstr (nb_contact_get_full_name (contact), ==, "Ada Lovelace");
  g_assert_cmpint (nb_contact_get_cadence (contact), ==, -1);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM meetings"), ==, 0);

  dir = g_dir_open (g_get_user_cache_dir (), 0, NULL);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, "v1.db.v1-") && g_str_has_suffix (name, ".bak"))
      n_backups++;
  g_assert_cmpuint (n_backups, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/meeting/model", test_model);
  g_test_add_func ("/meeting/store-roundtrip", test_store_roundtrip);
  g_test_add_func ("/meeting/deleted-contact-keeps-name", test_deleted_contact_keeps_name);
  g_test_add_func ("/meeting/week-range", test_week_range);
  g_test_add_func ("/meeting/follow-ups", test_follow_ups);
  g_test_add_func ("/meeting/last-interaction", test_last_interaction);
  g_test_add_func ("/meeting/ranking", test_ranking);
  g_test_add_func ("/week/boundaries", test_week_boundaries);
  g_test_add_func ("/week/locale-first-day", test_locale_first_day);
  g_test_add_func ("/store/migration-from-v1", test_migration_from_v1);

  return g_test_run ();
}
