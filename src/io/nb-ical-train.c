/* nb-ical-train.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-ical-train"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <string.h>

#include "nb-ical-private.h"
#include "nb-ical-raw.h"
#include "nb-ical-text.h"
#include "nb-ical-train.h"
#include "nb-io-error.h"

/* Meal trains in iCalendar (RFC 5545), two ways.
 *
 * An invitation (RFC 5546, METHOD:REQUEST) asks a helper to bring their
 * meals: one VEVENT per slot, at its drop-off window, with the organizer
 * (me) and the helper as ATTENDEE. It says what helpers need (the address,
 * dietary needs, how many eat, the notes) and nothing else: no X-
 * properties, never the reason.
 *
 * The train and its slots as calendar data, for export and the user's own
 * calendar: the train as an all-day, transparent VEVENT over its days,
 *
 *   UID                       the train's UID
 *   DTSTART, DTEND            VALUE=DATE, its first day and the day after its last
 *   SUMMARY                   "Meal train for Ada Lovelace"
 *   LOCATION, DESCRIPTION     the address and the notes
 *   STATUS                    CANCELLED when it is
 *   X-NETBOOK-TRAIN-FOR       the contact UID of whom it is for
 *   X-NETBOOK-TRAIN-MEALS     "lunch", "dinner" or "lunch dinner"
 *   X-NETBOOK-TRAIN-DAYS      its days of the week: "MO TU WE TH FR"
 *   X-NETBOOK-TRAIN-PEOPLE    how many eat
 *   X-NETBOOK-TRAIN-LUNCH, -DINNER  the drop-off windows: "12:00-13:00"
 *   X-NETBOOK-TRAIN-DIETARY   dietary needs
 *   X-NETBOOK-TRAIN-REASON    why: private, but the user's own calendar
 *                             is theirs
 *
 * and one VEVENT per slot, at its drop-off window in the local time zone:
 *
 *   UID                       the slot's UID
 *   RELATED-TO;RELTYPE=PARENT the train's UID
 *   X-NETBOOK-TRAIN-SLOT      lunch or dinner
 *   X-NETBOOK-HELPER          each helper in order: a contact UID, or "me"
 *   STATUS                    CANCELLED when it is
 *   X-NETBOOK-STATUS          done when the meal was brought
 *   X-NETBOOK-FOLLOW-UP       the thank-you note, as for meals
 *
 * A train read from a calendar keeps its VEVENT as it was written
 * (NbMealTrain:ical-source): written back, what Netbook writes of a train is
 * written anew, and every other line (alarms, categories, other apps' X-
 * properties) goes back as it was. Slots keep nothing of another app. */

#define X_TRAIN_PREFIX  "X-NETBOOK-TRAIN-"
#define X_TRAIN_FOR     "X-NETBOOK-TRAIN-FOR"
#define X_TRAIN_MEALS   "X-NETBOOK-TRAIN-MEALS"
#define X_TRAIN_DAYS    "X-NETBOOK-TRAIN-DAYS"
#define X_TRAIN_PEOPLE  "X-NETBOOK-TRAIN-PEOPLE"
#define X_TRAIN_LUNCH   "X-NETBOOK-TRAIN-LUNCH"
#define X_TRAIN_DINNER  "X-NETBOOK-TRAIN-DINNER"
#define X_TRAIN_DIETARY "X-NETBOOK-TRAIN-DIETARY"
#define X_TRAIN_REASON  "X-NETBOOK-TRAIN-REASON"
#define X_TRAIN_SLOT    "X-NETBOOK-TRAIN-SLOT"
#define X_HELPER        "X-NETBOOK-HELPER"
#define X_STATUS        "X-NETBOOK-STATUS"
#define X_FOLLOW_UP     "X-NETBOOK-FOLLOW-UP"

#define HELPER_ME "me"

/* At most this many slots are read of a train: two meals a day. */
#define MAX_SLOTS (NB_TRAIN_MAX_DAYS * 2)
/* And this many helpers of a slot. */
#define MAX_HELPERS 100

static struct icaltimetype
utc_time (gint64 unix_seconds)
{
  return icaltime_from_timet_with_zone (unix_seconds, FALSE, icaltimezone_get_utc_timezone ());
}

static gboolean
is_train_meal (NbMealKind meal)
{
  return meal == NB_MEAL_LUNCH || meal == NB_MEAL_DINNER;
}

/* "Dinner for Ada Lovelace". */
static char *
slot_summary (NbMealKind  meal,
              const char *recipient_name)
{
  if (meal == NB_MEAL_LUNCH)
    /* Translators: the title of a meal of a meal train in calendars. */
    return g_strdup_printf (C_("meal train event", "Lunch for %s"), recipient_name);

  /* Translators: the title of a meal of a meal train in calendars. */
  return g_strdup_printf (C_("meal train event", "Dinner for %s"), recipient_name);
}

/* What a helper needs to know: dietary needs, how many eat, the notes. */
static char *
slot_description (NbMealTrain *train)
{
  GString *out = g_string_new (NULL);
  guint n_people = nb_meal_train_get_n_people (train);

  if (nb_meal_train_get_dietary (train) != NULL)
    /* Translators: in the description of a meal train's event. */
    g_string_append_printf (out, C_("meal train invitation", "Dietary needs: %s"),
                            nb_meal_train_get_dietary (train));
  if (n_people > 0)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      /* Translators: in the description of a meal train's event. */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Meals for %u person",
                                                "Meals for %u people", n_people),
                              n_people);
    }
  if (nb_meal_train_get_notes (train) != NULL)
    {
      if (out->len > 0)
        g_string_append (out, "\n\n");
      g_string_append (out, nb_meal_train_get_notes (train));
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

static void
add_slot_times (icalcomponent   *event,
                NbMealTrain     *train,
                NbMealTrainSlot *slot)
{
  g_autoptr(GDateTime) start = nb_meal_train_dup_slot_start (train, slot->day, slot->meal, NULL);
  g_autoptr(GDateTime) end = nb_meal_train_dup_slot_end (train, slot->day, slot->meal, NULL);

  _nb_ical_add_time (event, icalproperty_new (ICAL_DTSTART_PROPERTY), start, icalproperty_set_dtstart);
  _nb_ical_add_time (event, icalproperty_new (ICAL_DTEND_PROPERTY), end, icalproperty_set_dtend);
}

/* Whether @slot can be written: a UID, a valid day, lunch or dinner. */
static gboolean
check_slot (NbMealTrainSlot  *slot,
            GError          **error)
{
  if (slot->uid == NULL || *slot->uid == '\0' || !g_date_valid_julian (slot->day) ||
      !is_train_meal (slot->meal))
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                           _("A meal of the meal train has no UID, day or meal"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_person (const NbTrainPerson  *person,
              GError              **error)
{
  if (person == NULL || person->email == NULL || *person->email == '\0' ||
      strpbrk (person->email, " \t\r\n:") != NULL)
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                           _("An invitation needs the email address of the organizer and of the helper"));
      return FALSE;
    }

  return TRUE;
}

static icalproperty *
person_property (icalproperty        *property,
                 const NbTrainPerson *person)
{
  if (person->name != NULL && *person->name != '\0')
    icalproperty_add_parameter (property, icalparameter_new_cn (person->name));

  return property;
}

/* The VTIMEZONE of the local zone, for times from @since; "" when libical
 * does not know it (then times are in UTC). */
static char *
local_timezone (GDateTime *since)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  char *text = nb_ical_write_timezone (g_time_zone_get_identifier (zone), g_date_time_to_unix (since));

  return text != NULL ? text : g_strdup ("");
}

/* The start of the earliest of @slots, for its VTIMEZONE. */
static GDateTime *
first_start (NbMealTrain *train,
             GPtrArray   *slots)
{
  NbMealTrainSlot *first = NULL;

  for (guint i = 0; i < slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (slots, i);

      if (g_date_valid_julian (slot->day) && is_train_meal (slot->meal) &&
          (first == NULL || slot->day < first->day))
        first = slot;
    }

  if (first == NULL)
    return NULL;

  return nb_meal_train_dup_slot_start (train, first->day, first->meal, NULL);
}

/* ---------------------------------------------------------------------- */
/* Invitations                                                             */

/**
 * nb_ical_write_train_invitation:
 * @train: a meal train
 * @slots: (element-type NbMealTrainSlot): the slots the helper is asked to
 *   bring, each with a UID
 * @organizer: who organizes the train: me
 * @helper: the helper invited
 * @recipient_name: the name of the person the meals are for
 * @error: return location for an error
 *
 * Writes an invitation to bring meals of a meal train (RFC 5546,
 * METHOD:REQUEST), to send by mail: a VCALENDAR with the VTIMEZONE of the
 * local zone and one VEVENT per slot, at its drop-off window, titled
 * "Dinner for Ada Lovelace", with the address as LOCATION, the dietary
 * needs, the number of people and the notes as DESCRIPTION, @organizer as
 * ORGANIZER and @helper as ATTENDEE (RSVP=TRUE, PARTSTAT=NEEDS-ACTION). A
 * cancelled slot is STATUS:CANCELLED. The train's reason is never in it.
 *
 * Returns: (transfer full) (nullable): the VCALENDAR; %NULL with @error
 *   set (%NB_IO_ERROR_INVALID) when the organizer or the helper has no
 *   email address or a slot cannot be written, %NB_IO_ERROR_EMPTY when
 *   there are no slots
 */
char *
nb_ical_write_train_invitation (NbMealTrain          *train,
                                GPtrArray            *slots,
                                const NbTrainPerson  *organizer,
                                const NbTrainPerson  *helper,
                                const char           *recipient_name,
                                GError              **error)
{
  g_autofree char *begin = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *description = NULL;
  g_autofree char *organizer_address = NULL;
  g_autofree char *helper_address = NULL;
  g_autoptr(GDateTime) since = NULL;
  GString *out;
  gint64 now = time (NULL);

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (train), NULL);
  g_return_val_if_fail (slots != NULL, NULL);
  g_return_val_if_fail (recipient_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_person (organizer, error) || !check_person (helper, error))
    return NULL;
  if (slots->len == 0)
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_EMPTY,
                           _("The invitation asks for no meal"));
      return NULL;
    }
  for (guint i = 0; i < slots->len; i++)
    if (!check_slot (g_ptr_array_index (slots, i), error))
      return NULL;

  organizer_address = g_strconcat ("mailto:", organizer->email, NULL);
  helper_address = g_strconcat ("mailto:", helper->email, NULL);
  description = slot_description (train);
  since = first_start (train, slots);
  zone = local_timezone (since);

  begin = nb_ical_calendar_begin ();
  out = g_string_new (begin);
  g_string_append (out, "METHOD:REQUEST\r\n");
  g_string_append (out, zone);

  for (guint i = 0; i < slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (slots, i);
      g_autofree char *summary = slot_summary (slot->meal, recipient_name);
      g_autofree char *text = NULL;
      icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
      icalproperty *attendee;

      icalcomponent_add_property (event, icalproperty_new_uid (slot->uid));
      icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_time (now)));
      icalcomponent_add_property (event, icalproperty_new_sequence (0));
      add_slot_times (event, train, slot);
      icalcomponent_add_property (event, icalproperty_new_summary (summary));
      if (nb_meal_train_get_address (train) != NULL)
        icalcomponent_add_property (event, icalproperty_new_location (nb_meal_train_get_address (train)));
      if (description != NULL)
        icalcomponent_add_property (event, icalproperty_new_description (description));
      icalcomponent_add_property (event, person_property (icalproperty_new_organizer (organizer_address),
                                                          organizer));
      attendee = person_property (icalproperty_new_attendee (helper_address), helper);
      icalproperty_add_parameter (attendee, icalparameter_new_role (ICAL_ROLE_REQPARTICIPANT));
      icalproperty_add_parameter (attendee, icalparameter_new_partstat (ICAL_PARTSTAT_NEEDSACTION));
      icalproperty_add_parameter (attendee, icalparameter_new_rsvp (ICAL_RSVP_TRUE));
      icalcomponent_add_property (event, attendee);
      icalcomponent_add_property (event,
                                  icalproperty_new_status (slot->status == NB_MEETING_CANCELLED
                                                           ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));

      text = icalcomponent_as_ical_string_r (event);
      g_string_append (out, text);
      icalcomponent_free (event);
    }

  g_string_append (out, nb_ical_calendar_end ());

  return g_string_free (out, FALSE);
}
