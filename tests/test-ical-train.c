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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ical-train/invitation", test_invitation);
  g_test_add_func ("/ical-train/invitation-refused", test_invitation_refused);

  return g_test_run ();
}
