/* test-ical-train.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-ical-train.h"
#include "nb-io-error.h"
#include "nb-test-util.h"

/* Meal trains in iCalendar: the invitation a helper gets by mail, and the
 * train with its slots as calendar data. Python's icalendar reads what
 * Netbook writes, as a reader nobody on this project wrote. Run in
 * Europe/Berlin (tests/meson.build), whose clocks change on the last
 * Sunday of March. */

static guint32
julian (int day,
        int month,
        int year)
{
  GDate date = nb_test_date (day, month, year);

  return g_date_get_julian (&date);
}

/* Dinners from Friday 26 March to Monday 5 April 2027: over the change to
 * summer time on Sunday 28 March. */
static NbMealTrain *
train_new (void)
{
  g_autoptr(GError) error = NULL;
  NbMealTrain *train = nb_meal_train_new ();
  GDate first = nb_test_date (26, 3, 2027);
  GDate last = nb_test_date (5, 4, 2027);

  nb_meal_train_set_uid (train, "train-ada@netbook.example");
  g_assert_true (nb_meal_train_set_days (train, &first, &last, &error));
  g_assert_no_error (error);
  nb_meal_train_set_meals (train, NB_TRAIN_MEALS_DINNER);
  nb_meal_train_set_reason (train, "Hip surgery");
  nb_meal_train_set_address (train, "12 Bakers Row, Berlin; ring twice");
  nb_meal_train_set_dietary (train, "No nuts");
  nb_meal_train_set_notes (train, "The cooler is by the door.");
  nb_meal_train_set_n_people (train, 4);
  nb_meal_train_set_window (train, NB_MEAL_DINNER, 17 * 60 + 30, 19 * 60);

  return train;
}

static NbMealTrainSlot *
slot_new (const char *uid,
          guint32     day,
          NbMealKind  meal)
{
  NbMealTrainSlot *slot = nb_meal_train_slot_new ();

  slot->uid = g_strdup (uid);
  slot->day = day;
  slot->meal = meal;

  return slot;
}

static const char python_invitation[] =
  "import sys, icalendar\n"
  "cal = icalendar.Calendar.from_ical(sys.stdin.read())\n"
  "print('METHOD=' + str(cal['METHOD']))\n"
  "print('ZONES=%d' % len(cal.walk('VTIMEZONE')))\n"
  "for ev in cal.walk('VEVENT'):\n"
  "    print('UID=' + str(ev['UID']))\n"
  "    print('START=' + ev.decoded('DTSTART').isoformat())\n"
  "    print('END=' + ev.decoded('DTEND').isoformat())\n"
  "    print('TZID=' + ev['DTSTART'].params['TZID'])\n"
  "    print('SUMMARY=' + str(ev['SUMMARY']))\n"
  "    print('LOCATION=' + str(ev['LOCATION']))\n"
  "    print('DESCRIPTION=' + repr(str(ev['DESCRIPTION'])))\n"
  "    o = ev['ORGANIZER']\n"
  "    print('ORGANIZER=%s %s' % (o, o.params['CN']))\n"
  "    a = ev['ATTENDEE']\n"
  "    print('ATTENDEE=%s %s %s %s %s' % (a, a.params['CN'], a.params['ROLE'], a.params['PARTSTAT'], a.params['RSVP']))\n"
  "    print('SEQUENCE=%d' % ev['SEQUENCE'])\n"
  "    print('STATUS=' + str(ev['STATUS']))\n"
  "    print('STAMP=' + str(ev.decoded('DTSTAMP').tzinfo))\n";

/* The invitation a helper gets: their two dinners, at the drop-off window
 * on the clock in Berlin before and after summer time, with what they need
 * to know and never the reason. */
static void
test_invitation (void)
{
  g_autoptr(NbMealTrain) train = train_new ();
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_meal_train_slot_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *seen = NULL;
  NbTrainPerson organizer = { "Charles Babbage", "charles@engine.example" };
  NbTrainPerson helper = { "Grace Hopper", "grace@navy.example" };

  g_ptr_array_add (slots, slot_new ("slot-1@netbook.example", julian (27, 3, 2027), NB_MEAL_DINNER));
  g_ptr_array_add (slots, slot_new ("slot-2@netbook.example", julian (29, 3, 2027), NB_MEAL_DINNER));

  text = nb_ical_write_train_invitation (train, slots, &organizer, &helper, "Ada Lovelace", &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_assert_null (strstr (text, "surgery"));
  g_assert_null (strstr (text, "X-NETBOOK"));
  g_assert_nonnull (strstr (text, "PRODID:-//Netbook//Netbook "));

  seen = nb_test_run_python (python_invitation, text);
  g_assert_nonnull (strstr (seen, "METHOD=REQUEST\n"));
  g_assert_nonnull (strstr (seen, "ZONES=1\n"));
  g_assert_nonnull (strstr (seen, "UID=slot-1@netbook.example\n"));
  g_assert_nonnull (strstr (seen, "UID=slot-2@netbook.example\n"));
  /* 17:30 on the clock, on either side of the change. */
  g_assert_nonnull (strstr (seen, "START=2027-03-27T17:30:00+01:00\nEND=2027-03-27T19:00:00+01:00\n"));
  g_assert_nonnull (strstr (seen, "START=2027-03-29T17:30:00+02:00\nEND=2027-03-29T19:00:00+02:00\n"));
  g_assert_nonnull (strstr (seen, "TZID=Europe/Berlin\n"));
  g_assert_nonnull (strstr (seen, "SUMMARY=Dinner for Ada Lovelace\n"));
  g_assert_nonnull (strstr (seen, "LOCATION=12 Bakers Row, Berlin; ring twice\n"));
  g_assert_nonnull (strstr (seen, "DESCRIPTION='Dietary needs: No nuts\\nMeals for 4 people\\n\\n"
                                  "The cooler is by the door.'\n"));
  g_assert_nonnull (strstr (seen, "ORGANIZER=mailto:charles@engine.example Charles Babbage\n"));
  g_assert_nonnull (strstr (seen, "ATTENDEE=mailto:grace@navy.example Grace Hopper "
                                  "REQ-PARTICIPANT NEEDS-ACTION TRUE\n"));
  g_assert_nonnull (strstr (seen, "SEQUENCE=0\n"));
  g_assert_nonnull (strstr (seen, "STATUS=CONFIRMED\n"));
  g_assert_null (strstr (seen, "STATUS=CANCELLED\n"));
  g_assert_nonnull (strstr (seen, "STAMP=UTC\n"));
  /* Two events, no more. */
  g_assert_null (strstr (strstr (strstr (seen, "UID=") + 1, "UID=") + 1, "UID="));
}

/* A cancelled meal says so; an invitation without an address to send it
 * from or to, or without meals, is refused. */
static void
test_invitation_refused (void)
{
  g_autoptr(NbMealTrain) train = train_new ();
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_meal_train_slot_free);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *seen = NULL;
  NbTrainPerson organizer = { "Charles Babbage", "charles@engine.example" };
  NbTrainPerson helper = { NULL, "grace@navy.example" };
  NbTrainPerson nobody = { "Grace Hopper", NULL };
  NbMealTrainSlot *slot;
  char *refused;

  slot = slot_new ("slot-1@netbook.example", julian (27, 3, 2027), NB_MEAL_DINNER);
  slot->status = NB_MEETING_CANCELLED;
  g_ptr_array_add (slots, slot);
  text = nb_ical_write_train_invitation (train, slots, &organizer, &helper, "Ada Lovelace", &error);
  g_assert_no_error (error);
  seen = nb_test_run_python ("import sys, icalendar\n"
                             "ev = icalendar.Calendar.from_ical(sys.stdin.read()).walk('VEVENT')[0]\n"
                             "print('STATUS=' + str(ev['STATUS']))\n"
                             "print('CN=' + str('CN' in ev['ATTENDEE'].params))\n",
                             text);
  g_assert_cmpstr (seen, ==, "STATUS=CANCELLED\nCN=False\n");

  refused = nb_ical_write_train_invitation (train, slots, &organizer, &nobody, "Ada Lovelace", &error);
  g_assert_null (refused);
  g_assert_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID);
  g_clear_error (&error);

  refused = nb_ical_write_train_invitation (train, none, &organizer, &helper, "Ada Lovelace", &error);
  g_assert_null (refused);
  g_assert_error (error, NB_IO_ERROR, NB_IO_ERROR_EMPTY);
  g_clear_error (&error);

  g_clear_pointer (&slot->uid, g_free);
  refused = nb_ical_write_train_invitation (train, slots, &organizer, &helper, "Ada Lovelace", &error);
  g_assert_null (refused);
  g_assert_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID);
}

static char *
contact_uid_cb (gint64   contact_id,
                gpointer user_data)
{
  return g_strdup_printf ("contact-%" G_GINT64_FORMAT, contact_id);
}

/* Contacts 5, 6 and 7 are known; 9 is not (anymore). */
static gint64
find_contact_cb (const char *email,
                 const char *uid,
                 gpointer    user_data)
{
  gint64 id;

  g_assert_null (email);
  if (uid == NULL || !g_str_has_prefix (uid, "contact-"))
    return 0;
  id = g_ascii_strtoll (uid + strlen ("contact-"), NULL, 10);

  return id >= 5 && id <= 7 ? id : 0;
}

static GPtrArray *
train_slots (NbMealTrain *train)
{
  g_autoptr(GArray) times = nb_meal_train_list_slot_times (train);
  GPtrArray *slots = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_meal_train_slot_free);

  for (guint i = 0; i < times->len; i++)
    {
      NbTrainSlotTime *time = &g_array_index (times, NbTrainSlotTime, i);
      g_autofree char *uid = g_strdup_printf ("slot-%u@netbook.example", i);

      g_ptr_array_add (slots, slot_new (uid, time->day, time->meal));
    }

  return slots;
}

static NbMealTrainSlot *
find_slot (GPtrArray  *slots,
           const char *uid)
{
  for (guint i = 0; i < slots->len; i++)
    if (g_strcmp0 (((NbMealTrainSlot *) g_ptr_array_index (slots, i))->uid, uid) == 0)
      return g_ptr_array_index (slots, i);

  return NULL;
}

static const char python_train[] =
  "import sys, icalendar\n"
  "cal = icalendar.Calendar.from_ical(sys.stdin.read())\n"
  "events = cal.walk('VEVENT')\n"
  "print('EVENTS=%d' % len(events))\n"
  "t = events[0]\n"
  "print('TRAIN=%s %s %s %s' % (t['UID'], t.decoded('DTSTART').isoformat(), t.decoded('DTEND').isoformat(), t['TRANSP']))\n"
  "print('SUMMARY=' + str(t['SUMMARY']))\n"
  "for name in ('LOCATION', 'DESCRIPTION', 'X-NETBOOK-TRAIN-FOR', 'X-NETBOOK-TRAIN-MEALS', 'X-NETBOOK-TRAIN-DAYS',\n"
  "             'X-NETBOOK-TRAIN-PEOPLE', 'X-NETBOOK-TRAIN-LUNCH', 'X-NETBOOK-TRAIN-DINNER',\n"
  "             'X-NETBOOK-TRAIN-DIETARY', 'X-NETBOOK-TRAIN-REASON'):\n"
  "    print(name + '=' + repr(str(t[name])))\n"
  "for ev in events[1:]:\n"
  "    r = ev['RELATED-TO']\n"
  "    h = ev.get('X-NETBOOK-HELPER', [])\n"
  "    h = [str(x) for x in (h if isinstance(h, list) else [h])]\n"
  "    print('SLOT=%s %s %s %s %s %s %s %s' % (ev['UID'], ev.decoded('DTSTART').isoformat(), ev.decoded('DTEND').isoformat(),\n"
  "          r, r.params['RELTYPE'], ev['X-NETBOOK-TRAIN-SLOT'], ev['STATUS'], ','.join(h)))\n";

/* The train and its slots as calendar data: Python's icalendar reads it,
 * and Netbook reads it back as it was, but for a helper it no longer
 * knows. */
static void
test_round_trip (void)
{
  g_autoptr(NbMealTrain) train = train_new ();
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NbIcalTrain) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *events = NULL;
  g_autofree char *seen = NULL;
  NbMealTrainSlot *slot;
  NbMealTrain *read;
  guint start, end;

  nb_meal_train_set_meals (train, NB_TRAIN_MEALS_ALL);
  nb_meal_train_set_weekdays (train, NB_TRAIN_EVERY_DAY & ~NB_TRAIN_WEEKDAY (G_DATE_SUNDAY));
  nb_meal_train_set_window (train, NB_MEAL_LUNCH, 11 * 60 + 45, 13 * 60 + 15);
  nb_meal_train_set_recipient (train, 7);
  slots = train_slots (train);
  /* Eleven days but two Sundays, two meals each. */
  g_assert_cmpuint (slots->len, ==, 18);

  slot = g_ptr_array_index (slots, 0);  /* Friday 26, lunch */
  nb_meal_train_slot_add_helper (slot, 5);
  slot = g_ptr_array_index (slots, 5);  /* Monday 29, dinner */
  nb_meal_train_slot_add_helper (slot, NB_TRAIN_HELPER_ME);
  nb_meal_train_slot_add_helper (slot, 6);
  slot = g_ptr_array_index (slots, 6);
  slot->status = NB_MEETING_CANCELLED;
  slot = g_ptr_array_index (slots, 1);  /* Friday 26, dinner */
  slot->status = NB_MEETING_DONE;
  slot->follow_up = NB_FOLLOW_UP_SENT;
  nb_meal_train_slot_add_helper (slot, 9);
  nb_meal_train_slot_add_helper (slot, 6);

  events = nb_ical_write_train (train, slots, "Ada Lovelace", contact_uid_cb, NULL);
  g_assert_true (g_str_has_prefix (events, "BEGIN:VEVENT\r\n"));
  g_assert_null (strstr (events, "VCALENDAR"));
  text = nb_ical_write_train_calendar (train, slots, "Ada Lovelace", contact_uid_cb, NULL);

  seen = nb_test_run_python (python_train, text);
  g_assert_nonnull (strstr (seen, "EVENTS=19\n"));
  g_assert_nonnull (strstr (seen, "TRAIN=train-ada@netbook.example 2027-03-26 2027-04-06 TRANSPARENT\n"));
  g_assert_nonnull (strstr (seen, "SUMMARY=Meal train for Ada Lovelace\n"));
  g_assert_nonnull (strstr (seen, "LOCATION='12 Bakers Row, Berlin; ring twice'\n"));
  g_assert_nonnull (strstr (seen, "DESCRIPTION='The cooler is by the door.'\n"));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-TRAIN-FOR='contact-7'\n"));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-TRAIN-MEALS='lunch dinner'\n"));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-TRAIN-DAYS='MO TU WE TH FR SA'\n"));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-TRAIN-PEOPLE='4'\n"));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-TRAIN-LUNCH='11:45-13:15'\n"));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-TRAIN-DINNER='17:30-19:00'\n"));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-TRAIN-DIETARY='No nuts'\n"));
  g_assert_nonnull (strstr (seen, "X-NETBOOK-TRAIN-REASON='Hip surgery'\n"));
  g_assert_nonnull (strstr (seen, "SLOT=slot-0@netbook.example 2027-03-26T11:45:00+01:00 2027-03-26T13:15:00+01:00 "
                                  "train-ada@netbook.example PARENT lunch CONFIRMED contact-5\n"));
  g_assert_nonnull (strstr (seen, "SLOT=slot-1@netbook.example 2027-03-26T17:30:00+01:00 2027-03-26T19:00:00+01:00 "
                                  "train-ada@netbook.example PARENT dinner CONFIRMED contact-9,contact-6\n"));
  g_assert_nonnull (strstr (seen, "SLOT=slot-5@netbook.example 2027-03-29T17:30:00+02:00 2027-03-29T19:00:00+02:00 "
                                  "train-ada@netbook.example PARENT dinner CONFIRMED me,contact-6\n"));
  g_assert_nonnull (strstr (seen, "SLOT=slot-6@netbook.example 2027-03-30T11:45:00+02:00 2027-03-30T13:15:00+02:00 "
                                  "train-ada@netbook.example PARENT lunch CANCELLED \n"));

  back = nb_ical_read_train (text, "train.ics", find_contact_cb, NULL, problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  read = back->train;
  g_assert_cmpstr (nb_meal_train_get_uid (read), ==, "train-ada@netbook.example");
  g_assert_cmpint (nb_meal_train_get_recipient (read), ==, 7);
  g_assert_cmpstr (back->recipient_uid, ==, "contact-7");
  g_assert_cmpuint (nb_meal_train_get_first_day (read), ==, julian (26, 3, 2027));
  g_assert_cmpuint (nb_meal_train_get_last_day (read), ==, julian (5, 4, 2027));
  g_assert_cmpuint (nb_meal_train_get_meals (read), ==, NB_TRAIN_MEALS_ALL);
  g_assert_cmpuint (nb_meal_train_get_weekdays (read), ==, nb_meal_train_get_weekdays (train));
  g_assert_cmpuint (nb_meal_train_get_n_people (read), ==, 4);
  nb_meal_train_get_window (read, NB_MEAL_LUNCH, &start, &end);
  g_assert_cmpuint (start, ==, 11 * 60 + 45);
  g_assert_cmpuint (end, ==, 13 * 60 + 15);
  nb_meal_train_get_window (read, NB_MEAL_DINNER, &start, &end);
  g_assert_cmpuint (start, ==, 17 * 60 + 30);
  g_assert_cmpuint (end, ==, 19 * 60);
  g_assert_cmpstr (nb_meal_train_get_address (read), ==, "12 Bakers Row, Berlin; ring twice");
  g_assert_cmpstr (nb_meal_train_get_dietary (read), ==, "No nuts");
  g_assert_cmpstr (nb_meal_train_get_reason (read), ==, "Hip surgery");
  g_assert_cmpstr (nb_meal_train_get_notes (read), ==, "The cooler is by the door.");
  g_assert_false (nb_meal_train_get_cancelled (read));
  g_assert_nonnull (nb_meal_train_get_ical_source (read));

  g_assert_cmpuint (back->slots->len, ==, slots->len);
  g_assert_cmpuint (back->n_skipped_slots, ==, 0);
  g_assert_cmpuint (back->n_unknown_helpers, ==, 1);
  g_assert_cmpuint (problems->len, ==, 1);
  for (guint i = 0; i < slots->len; i++)
    {
      NbMealTrainSlot *before = g_ptr_array_index (slots, i);
      NbMealTrainSlot *after = g_ptr_array_index (back->slots, i);

      g_assert_cmpstr (after->uid, ==, before->uid);
      g_assert_cmpuint (after->day, ==, before->day);
      g_assert_cmpint (after->meal, ==, before->meal);
      g_assert_cmpint (after->status, ==, before->status);
      g_assert_cmpint (after->follow_up, ==, before->follow_up);
      g_assert_cmpint (after->recipient, ==, 7);
      if (i != 1)
        {
          g_assert_cmpuint (after->helpers->len, ==, before->helpers->len);
          for (guint k = 0; k < before->helpers->len; k++)
            g_assert_cmpint (g_array_index (after->helpers, gint64, k), ==,
                             g_array_index (before->helpers, gint64, k));
        }
    }
  /* The helper Netbook no longer knows is left out, the other stays. */
  slot = find_slot (back->slots, "slot-1@netbook.example");
  g_assert_cmpuint (slot->helpers->len, ==, 1);
  g_assert_cmpint (g_array_index (slot->helpers, gint64, 0), ==, 6);
}

/* What another app wrote in the train's event stays when Netbook writes
 * it back; what Netbook writes is written once, anew. */
static void
test_keep_source (void)
{
  g_autoptr(NbMealTrain) train = train_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_meal_train_slot_free);
  g_autoptr(NbIcalTrain) back = NULL;
  g_autoptr(NbIcalTrain) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *written = NULL;
  g_autofree char *seen = NULL;
  const char *other = "CATEGORIES:family,care\r\n"
                      "X-OTHER-APP:keep me\\, exactly\\; as I am\r\n"
                      "BEGIN:VALARM\r\n"
                      "ACTION:DISPLAY\r\n"
                      "DESCRIPTION:Meal train starts\r\n"
                      "TRIGGER:-P1D\r\n"
                      "END:VALARM\r\n";
  const char *end;

  text = nb_ical_write_train_calendar (train, none, "Ada Lovelace", contact_uid_cb, NULL);
  end = strstr (text, "END:VEVENT\r\n");
  edited = g_strdup_printf ("%.*s%s%s", (int) (end - text), text, other, end);

  back = nb_ical_read_train (edited, "edited.ics", find_contact_cb, NULL, NULL, &error);
  g_assert_no_error (error);
  nb_meal_train_set_notes (back->train, "Leave it with the neighbours.");
  nb_meal_train_set_cancelled (back->train, TRUE);
  written = nb_ical_write_train_calendar (back->train, back->slots, "Ada Lovelace", contact_uid_cb, NULL);
  g_assert_nonnull (strstr (written, other + strlen ("CATEGORIES:family,care\r\n")));
  g_assert_null (strstr (strstr (written, "X-NETBOOK-TRAIN-MEALS") + 1, "X-NETBOOK-TRAIN-MEALS"));
  g_assert_null (strstr (strstr (written, "SUMMARY") + 1, "SUMMARY:"));
  g_assert_null (strstr (written, "The cooler"));

  seen = nb_test_run_python ("import sys, icalendar\n"
                             "ev = icalendar.Calendar.from_ical(sys.stdin.read()).walk('VEVENT')[0]\n"
                             "print('CATEGORIES=' + ','.join(ev['CATEGORIES'].cats))\n"
                             "print('X-OTHER-APP=' + str(ev['X-OTHER-APP']))\n"
                             "print('ALARMS=%d' % len(ev.walk('VALARM')))\n"
                             "print('STATUS=' + str(ev['STATUS']))\n"
                             "print('DESCRIPTION=' + str(ev['DESCRIPTION']))\n",
                             written);
  g_assert_cmpstr (seen, ==, "CATEGORIES=family,care\n"
                             "X-OTHER-APP=keep me, exactly; as I am\n"
                             "ALARMS=1\n"
                             "STATUS=CANCELLED\n"
                             "DESCRIPTION=Leave it with the neighbours.\n");

  again = nb_ical_read_train (written, "written.ics", find_contact_cb, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (nb_meal_train_get_cancelled (again->train));
  g_assert_cmpstr (nb_meal_train_get_notes (again->train), ==, "Leave it with the neighbours.");
}

/* The same of a meal's event: another app's alarm and sibling link stay
 * when Netbook writes the meal back with another helper. */
static void
test_keep_slot_source (void)
{
  g_autoptr(NbMealTrain) train = train_new ();
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_meal_train_slot_free);
  g_autoptr(NbIcalTrain) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *written = NULL;
  g_autofree char *seen = NULL;
  NbMealTrainSlot *slot = nb_meal_train_slot_new ();
  const char *other = "RELATED-TO;RELTYPE=SIBLING:another-event@phone.example\r\n"
                      "X-PHONE-COLOUR:green\r\n"
                      "BEGIN:VALARM\r\n"
                      "ACTION:DISPLAY\r\n"
                      "DESCRIPTION:Cook for Ada\r\n"
                      "TRIGGER:-PT3H\r\n"
                      "END:VALARM\r\n";
  const char *start, *end;

  slot->uid = g_strdup ("slot-kept@netbook.example");
  slot->day = nb_meal_train_get_first_day (train);
  slot->meal = NB_MEAL_DINNER;
  nb_meal_train_slot_add_helper (slot, 5);
  g_ptr_array_add (slots, slot);

  text = nb_ical_write_train_calendar (train, slots, "Ada Lovelace", contact_uid_cb, NULL);
  start = strstr (text, "UID:slot-kept@netbook.example");
  g_assert_nonnull (start);
  end = strstr (start, "END:VEVENT\r\n");
  edited = g_strdup_printf ("%.*s%s%s", (int) (end - text), text, other, end);

  back = nb_ical_read_train (edited, "edited.ics", find_contact_cb, NULL, NULL, &error);
  g_assert_no_error (error);
  slot = find_slot (back->slots, "slot-kept@netbook.example");
  g_assert_nonnull (slot->ical_source);
  nb_meal_train_slot_remove_helper (slot, 5);
  nb_meal_train_slot_add_helper (slot, 6);
  written = nb_ical_write_train_calendar (back->train, back->slots, "Ada Lovelace", contact_uid_cb, NULL);
  g_assert_nonnull (strstr (written, other));
  /* Netbook's own lines once: one link to the train, one helper. */
  start = strstr (written, "UID:slot-kept@netbook.example");
  g_assert_null (strstr (strstr (start, "X-NETBOOK-HELPER") + 1, "X-NETBOOK-HELPER"));
  g_assert_null (strstr (strstr (start, "RELTYPE=PARENT") + 1, "RELTYPE=PARENT"));

  seen = nb_test_run_python ("import sys, icalendar\n"
                             "cal = icalendar.Calendar.from_ical(sys.stdin.read())\n"
                             "ev = [e for e in cal.walk('VEVENT') if str(e['UID']) == 'slot-kept@netbook.example'][0]\n"
                             "print('COLOUR=' + str(ev['X-PHONE-COLOUR']))\n"
                             "print('ALARMS=%d' % len(ev.walk('VALARM')))\n"
                             "print('HELPER=' + str(ev['X-NETBOOK-HELPER']))\n",
                             written);
  g_assert_cmpstr (seen, ==, "COLOUR=green\nALARMS=1\nHELPER=contact-6\n");
}

#define CALENDAR(events) \
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n" events "END:VCALENDAR\r\n"
#define TRAIN_EVENT(uid, first, end) \
  "BEGIN:VEVENT\r\nUID:" uid "\r\nDTSTAMP:20270101T000000Z\r\n" \
  "DTSTART;VALUE=DATE:" first "\r\nDTEND;VALUE=DATE:" end "\r\n" \
  "X-NETBOOK-TRAIN-MEALS:dinner\r\nEND:VEVENT\r\n"
#define SLOT_EVENT(uid, parent, start, meal) \
  "BEGIN:VEVENT\r\nUID:" uid "\r\nDTSTAMP:20270101T000000Z\r\n" \
  "DTSTART;TZID=Europe/Berlin:" start "\r\nDURATION:PT1H\r\n" \
  "RELATED-TO:" parent "\r\nX-NETBOOK-TRAIN-SLOT:" meal "\r\n" \
  "X-NETBOOK-HELPER:contact-5\r\nX-NETBOOK-HELPER:contact-9\r\nEND:VEVENT\r\n"

/* A train of more days than a train has, of none, or two trains are
 * refused; slots of another train, of another meal or a second time the
 * same are left out, and said to be. */
static void
test_read_refused (void)
{
  static const struct {
    const char *text;
    int         code;
  } refused[] = {
    { CALENDAR (TRAIN_EVENT ("t", "20270301", "20270801")), NB_IO_ERROR_INVALID },
    { CALENDAR (TRAIN_EVENT ("t", "20270301", "20270301")), NB_IO_ERROR_INVALID },
    { CALENDAR (TRAIN_EVENT ("", "20270301", "20270302")), NB_IO_ERROR_INVALID },
    { CALENDAR (SLOT_EVENT ("s", "t", "20270301T180000", "dinner")), NB_IO_ERROR_EMPTY },
    { CALENDAR (TRAIN_EVENT ("t", "20270301", "20270302") TRAIN_EVENT ("u", "20270301", "20270302")),
      NB_IO_ERROR_NOT_SUPPORTED },
    { "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", NB_IO_ERROR_INVALID },
  };
  const char *text = CALENDAR (TRAIN_EVENT ("t", "20270301", "20270303")
                               SLOT_EVENT ("s1", "t", "20270301T180000", "dinner")
                               SLOT_EVENT ("s2", "t", "20270301T183000", "dinner")
                               SLOT_EVENT ("s3", "t", "20270301T120000", "lunch")
                               SLOT_EVENT ("s4", "t", "20270305T180000", "dinner")
                               SLOT_EVENT ("s5", "other", "20270302T180000", "dinner")
                               SLOT_EVENT ("s6", "t", "20270302T180000", "dinner"));
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NbIcalTrain) train = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(NbIcalTrain) none = nb_ical_read_train (refused[i].text, "refused.ics", find_contact_cb,
                                                        NULL, NULL, &error);

      g_assert_null (none);
      g_assert_error (error, NB_IO_ERROR, refused[i].code);
      g_clear_error (&error);
    }

  train = nb_ical_read_train (text, "slots.ics", find_contact_cb, NULL, problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nb_meal_train_get_meals (train->train), ==, NB_TRAIN_MEALS_DINNER);
  g_assert_cmpuint (nb_meal_train_get_last_day (train->train), ==, julian (2, 3, 2027));
  g_assert_cmpuint (train->slots->len, ==, 2);
  g_assert_cmpstr (((NbMealTrainSlot *) g_ptr_array_index (train->slots, 0))->uid, ==, "s1");
  g_assert_cmpstr (((NbMealTrainSlot *) g_ptr_array_index (train->slots, 1))->uid, ==, "s6");
  g_assert_cmpuint (train->n_skipped_slots, ==, 4);
  /* contact-9, gone, of each slot read. */
  g_assert_cmpuint (train->n_unknown_helpers, ==, 2);
  g_assert_cmpuint (problems->len, ==, 5);
}

/* The general reader of meals leaves a train and its slots alone, though
 * each slot is a dinner at dinner time, and says so; a meal beside them
 * is read. */
static void
test_not_meals (void)
{
  g_autoptr(NbMealTrain) train = train_new ();
  g_autoptr(GPtrArray) slots = train_slots (train);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) meals = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *with_meal = NULL;
  const char *meal = "BEGIN:VEVENT\r\n"
                     "UID:dinner@example\r\n"
                     "DTSTAMP:20270101T000000Z\r\n"
                     "DTSTART:20270327T180000Z\r\n"
                     "DTEND:20270327T200000Z\r\n"
                     "SUMMARY:Dinner with Grace Hopper\r\n"
                     "END:VEVENT\r\n";
  const char *end;

  nb_meal_train_slot_add_helper (g_ptr_array_index (slots, 0), NB_TRAIN_HELPER_ME);
  text = nb_ical_write_train_calendar (train, slots, "Ada Lovelace", contact_uid_cb, NULL);
  end = strstr (text, "END:VCALENDAR");
  with_meal = g_strdup_printf ("%.*s%s%s", (int) (end - text), text, meal, end);

  meals = nb_ical_parse (with_meal, "trains.ics", problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meals->len, ==, 1);
  g_assert_cmpstr (nb_meeting_get_uid (((NbIcalEvent *) g_ptr_array_index (meals, 0))->meeting), ==,
                   "dinner@example");
  g_assert_cmpuint (problems->len, ==, 1 + slots->len);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "“Dinner for Ada Lovelace”"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "part of a meal train"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ical-train/invitation", test_invitation);
  g_test_add_func ("/ical-train/invitation-refused", test_invitation_refused);
  g_test_add_func ("/ical-train/round-trip", test_round_trip);
  g_test_add_func ("/ical-train/keep-source", test_keep_source);
  g_test_add_func ("/ical-train/keep-slot-source", test_keep_slot_source);
  g_test_add_func ("/ical-train/read-refused", test_read_refused);
  g_test_add_func ("/ical-train/not-meals", test_not_meals);

  return g_test_run ();
}
