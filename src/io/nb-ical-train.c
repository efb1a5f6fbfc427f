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

/* Monday first, as NB_TRAIN_WEEKDAY() counts. */
static const char *weekday_names[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
static const char *follow_up_names[] = { "none", "due", "sent", "not-needed" };

/* The properties Netbook writes of a train: written anew each time, when
 * the train keeps the event another app wrote. */
static const char *train_properties[] = {
  "UID", "DTSTAMP", "LAST-MODIFIED", "DTSTART", "DTEND", "DURATION", "SUMMARY",
  "LOCATION", "DESCRIPTION", "STATUS", "TRANSP",
};

static struct icaltimetype
utc_time (gint64 unix_seconds)
{
  return icaltime_from_timet_with_zone (unix_seconds, FALSE, icaltimezone_get_utc_timezone ());
}

static struct icaltimetype
ical_date_of_day (guint32 day)
{
  struct icaltimetype t = icaltime_null_date ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  t.year = g_date_get_year (&date);
  t.month = g_date_get_month (&date);
  t.day = g_date_get_day (&date);

  return t;
}

static const char *
meal_name (NbMealKind meal)
{
  return meal == NB_MEAL_LUNCH ? "lunch" : "dinner";
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

/* ---------------------------------------------------------------------- */
/* The train and its slots                                                 */

/* "18:00-19:00"; the end may be 24:00. */
static void
append_window (GString     *out,
               NbMealTrain *train,
               NbMealKind   meal,
               const char  *name)
{
  g_autofree char *value = NULL;
  guint start, end;

  nb_meal_train_get_window (train, meal, &start, &end);
  value = g_strdup_printf ("%02u:%02u-%02u:%02u", start / 60, start % 60, end / 60, end % 60);
  _nb_ical_append_x (out, name, value);
}

static void
append_train_netbook (GString              *out,
                      NbMealTrain          *train,
                      NbIcalContactUidFunc  contact_uid,
                      gpointer              user_data)
{
  g_autofree char *recipient = NULL;
  g_autofree char *people = NULL;
  GString *meals = g_string_new (NULL);
  GString *days = g_string_new (NULL);
  NbTrainMeals which = nb_meal_train_get_meals (train);
  guint weekdays = nb_meal_train_get_weekdays (train);

  if (nb_meal_train_get_recipient (train) > 0 && contact_uid != NULL)
    recipient = contact_uid (nb_meal_train_get_recipient (train), user_data);
  _nb_ical_append_x (out, X_TRAIN_FOR, recipient);

  if (which & NB_TRAIN_MEALS_LUNCH)
    g_string_append (meals, "lunch");
  if (which & NB_TRAIN_MEALS_DINNER)
    g_string_append (meals, meals->len > 0 ? " dinner" : "dinner");
  _nb_ical_append_x (out, X_TRAIN_MEALS, meals->len > 0 ? meals->str : "none");
  g_string_free (meals, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (weekday_names); i++)
    if (weekdays & (1u << i))
      {
        if (days->len > 0)
          g_string_append_c (days, ' ');
        g_string_append (days, weekday_names[i]);
      }
  _nb_ical_append_x (out, X_TRAIN_DAYS, days->len > 0 ? days->str : "none");
  g_string_free (days, TRUE);

  if (nb_meal_train_get_n_people (train) > 0)
    {
      people = g_strdup_printf ("%u", nb_meal_train_get_n_people (train));
      _nb_ical_append_x (out, X_TRAIN_PEOPLE, people);
    }
  append_window (out, train, NB_MEAL_LUNCH, X_TRAIN_LUNCH);
  append_window (out, train, NB_MEAL_DINNER, X_TRAIN_DINNER);
  _nb_ical_append_x (out, X_TRAIN_DIETARY, nb_meal_train_get_dietary (train));
  _nb_ical_append_x (out, X_TRAIN_REASON, nb_meal_train_get_reason (train));
}

static gboolean
is_train_property (const char *name)
{
  if (g_str_has_prefix (name, X_TRAIN_PREFIX))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (train_properties); i++)
    if (g_str_equal (name, train_properties[i]))
      return TRUE;

  return FALSE;
}

/* Whether a line of a slot's event is one Netbook writes: those it writes
 * of a train, its link to its train, its helpers, and whether it was
 * brought and its helpers thanked. */
static gboolean
is_slot_line (NbIcalLine *line,
              const char *train_uid)
{
  if (is_train_property (line->name) || g_str_equal (line->name, X_HELPER) ||
      g_str_equal (line->name, X_STATUS) || g_str_equal (line->name, X_FOLLOW_UP))
    return TRUE;

  return g_str_equal (line->name, "RELATED-TO") &&
         g_strcmp0 (nb_ical_line_get_value (line), train_uid) == 0;
}

/* What another app wrote in a train's or a slot's VEVENT (their
 * ical-source): its properties that Netbook does not write, then its
 * components (VALARMs…), each as it was. Nothing when the source is of
 * another event. @train_uid is that of the slot's train, or %NULL for a
 * train. */
static void
append_kept_lines (GString     *out,
                   const char  *source,
                   const char  *uid,
                   const char  *train_uid)
{
  g_autoptr(GPtrArray) lines = nb_ical_text_split (source);
  g_autoptr(GString) properties = g_string_new (NULL);
  g_autoptr(GString) components = g_string_new (NULL);
  guint depth = 0;
  gboolean in_event = FALSE, done = FALSE, same_uid = FALSE;

  for (guint i = 0; i < lines->len && !done; i++)
    {
      NbIcalLine *line = g_ptr_array_index (lines, i);

      if (nb_ical_line_is (line, "BEGIN", NULL))
        {
          depth++;
          if (depth == 2 && g_str_equal (line->value, "VEVENT"))
            in_event = TRUE;
          else if (depth > 2 && in_event)
            g_string_append (components, line->raw);
          continue;
        }
      if (nb_ical_line_is (line, "END", NULL))
        {
          if (depth > 2 && in_event)
            g_string_append (components, line->raw);
          else if (depth == 2 && in_event)
            done = TRUE;
          depth = depth > 0 ? depth - 1 : 0;
          continue;
        }
      if (!in_event)
        continue;

      if (depth > 2)
        g_string_append (components, line->raw);
      else if (nb_ical_line_is (line, "UID", NULL))
        same_uid = g_strcmp0 (nb_ical_line_get_value (line), uid) == 0;
      else if (train_uid != NULL ? !is_slot_line (line, train_uid) : !is_train_property (line->name))
        g_string_append (properties, line->raw);
    }

  if (!same_uid)
    return;

  g_string_append_len (out, properties->str, properties->len);
  g_string_append_len (out, components->str, components->len);
}

static void
append_train_event (GString              *out,
                    NbMealTrain          *train,
                    const char           *recipient_name,
                    NbIcalContactUidFunc  contact_uid,
                    gpointer              user_data)
{
  /* Translators: the title of a meal train in calendars, over its days. */
  g_autofree char *summary = g_strdup_printf (C_("meal train event", "Meal train for %s"),
                                              recipient_name);
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);

  icalcomponent_add_property (event, icalproperty_new_uid (nb_meal_train_get_uid (train)));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_time (time (NULL))));
  icalcomponent_add_property (event, icalproperty_new_dtstart (ical_date_of_day (nb_meal_train_get_first_day (train))));
  icalcomponent_add_property (event, icalproperty_new_dtend (ical_date_of_day (nb_meal_train_get_last_day (train) + 1)));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (nb_meal_train_get_address (train) != NULL)
    icalcomponent_add_property (event, icalproperty_new_location (nb_meal_train_get_address (train)));
  if (nb_meal_train_get_notes (train) != NULL)
    icalcomponent_add_property (event, icalproperty_new_description (nb_meal_train_get_notes (train)));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  icalcomponent_add_property (event,
                              icalproperty_new_status (nb_meal_train_get_cancelled (train)
                                                       ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));

  g_string_append (out, "BEGIN:VEVENT\r\n");
  _nb_ical_append_component_lines (out, event);
  icalcomponent_free (event);
  append_train_netbook (out, train, contact_uid, user_data);
  if (nb_meal_train_get_ical_source (train) != NULL)
    append_kept_lines (out, nb_meal_train_get_ical_source (train), nb_meal_train_get_uid (train), NULL);
  g_string_append (out, "END:VEVENT\r\n");
}

static void
append_slot_event (GString              *out,
                   NbMealTrain          *train,
                   NbMealTrainSlot      *slot,
                   const char           *recipient_name,
                   NbIcalContactUidFunc  contact_uid,
                   gpointer              user_data)
{
  g_autofree char *summary = slot_summary (slot->meal, recipient_name);
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  icalproperty *parent;

  icalcomponent_add_property (event, icalproperty_new_uid (slot->uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_time (time (NULL))));
  add_slot_times (event, train, slot);
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (nb_meal_train_get_address (train) != NULL)
    icalcomponent_add_property (event, icalproperty_new_location (nb_meal_train_get_address (train)));
  parent = icalproperty_new_relatedto (nb_meal_train_get_uid (train));
  icalproperty_add_parameter (parent, icalparameter_new_reltype (ICAL_RELTYPE_PARENT));
  icalcomponent_add_property (event, parent);
  icalcomponent_add_property (event,
                              icalproperty_new_status (slot->status == NB_MEETING_CANCELLED
                                                       ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));

  g_string_append (out, "BEGIN:VEVENT\r\n");
  _nb_ical_append_component_lines (out, event);
  icalcomponent_free (event);

  _nb_ical_append_x (out, X_TRAIN_SLOT, meal_name (slot->meal));
  for (guint i = 0; i < slot->helpers->len; i++)
    {
      gint64 id = g_array_index (slot->helpers, gint64, i);
      g_autofree char *uid = NULL;

      if (id == NB_TRAIN_HELPER_ME)
        uid = g_strdup (HELPER_ME);
      else if (contact_uid != NULL)
        uid = contact_uid (id, user_data);
      _nb_ical_append_x (out, X_HELPER, uid);
    }
  if (slot->status == NB_MEETING_DONE)
    _nb_ical_append_x (out, X_STATUS, "done");
  if (slot->follow_up != NB_FOLLOW_UP_NONE && slot->follow_up < G_N_ELEMENTS (follow_up_names))
    _nb_ical_append_x (out, X_FOLLOW_UP, follow_up_names[slot->follow_up]);
  if (slot->ical_source != NULL)
    append_kept_lines (out, slot->ical_source, slot->uid, nb_meal_train_get_uid (train));
  g_string_append (out, "END:VEVENT\r\n");
}

/**
 * nb_ical_write_train:
 * @train: a meal train with a UID and days
 * @slots: (element-type NbMealTrainSlot): its slots, each with a UID
 * @recipient_name: the name of the person the meals are for, for the
 *   titles
 * @contact_uid: (nullable): gives the UID of a contact: the recipient's,
 *   and each helper's
 * @user_data: data for @contact_uid
 *
 * Writes a meal train and its slots as VEVENTs, for an export or the
 * user's own calendar (see the top of this file): the train as an all-day
 * transparent event over its days, each slot at its drop-off window in the
 * local zone, tied to the train by RELATED-TO. The reason is in it
 * (X-NETBOOK-TRAIN-REASON): these are not to be sent to anyone. A train
 * read from a calendar keeps what other apps wrote in its event. Slots
 * without a UID, a valid day or a meal of a train are left out, and so are
 * helpers @contact_uid gives no UID for.
 *
 * Returns: (transfer full): the VEVENTs, without VCALENDAR or VTIMEZONE
 */
char *
nb_ical_write_train (NbMealTrain          *train,
                     GPtrArray            *slots,
                     const char           *recipient_name,
                     NbIcalContactUidFunc  contact_uid,
                     gpointer              user_data)
{
  GString *out;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (train), NULL);
  g_return_val_if_fail (nb_meal_train_get_uid (train) != NULL, NULL);
  g_return_val_if_fail (nb_meal_train_get_first_day (train) != 0, NULL);
  g_return_val_if_fail (slots != NULL, NULL);
  g_return_val_if_fail (recipient_name != NULL, NULL);

  out = g_string_new (NULL);
  append_train_event (out, train, recipient_name, contact_uid, user_data);
  for (guint i = 0; i < slots->len; i++)
    {
      NbMealTrainSlot *slot = g_ptr_array_index (slots, i);

      if (check_slot (slot, NULL))
        append_slot_event (out, train, slot, recipient_name, contact_uid, user_data);
    }

  return g_string_free (out, FALSE);
}

/**
 * nb_ical_write_train_calendar:
 * @train: a meal train with a UID and days
 * @slots: (element-type NbMealTrainSlot): its slots
 * @recipient_name: the name of the person the meals are for
 * @contact_uid: (nullable): as for nb_ical_write_train()
 * @user_data: data for @contact_uid
 *
 * Writes a meal train and its slots as a whole calendar, with the
 * VTIMEZONE of the local zone.
 *
 * Returns: (transfer full): the VCALENDAR
 */
char *
nb_ical_write_train_calendar (NbMealTrain          *train,
                              GPtrArray            *slots,
                              const char           *recipient_name,
                              NbIcalContactUidFunc  contact_uid,
                              gpointer              user_data)
{
  g_autofree char *begin = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *events = NULL;
  g_autoptr(GDateTime) since = NULL;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (train), NULL);
  g_return_val_if_fail (slots != NULL, NULL);

  events = nb_ical_write_train (train, slots, recipient_name, contact_uid, user_data);
  if (events == NULL)
    return NULL;

  begin = nb_ical_calendar_begin ();
  since = first_start (train, slots);
  zone = since != NULL ? local_timezone (since) : g_strdup ("");

  return g_strconcat (begin, zone, events, nb_ical_calendar_end (), NULL);
}

/**
 * nb_ical_write_train_slot_calendar:
 * @train: a meal train with a UID and days
 * @slot: one of its slots, with a UID
 * @recipient_name: the name of the person the meals are for
 * @contact_uid: (nullable): as for nb_ical_write_train()
 * @user_data: data for @contact_uid
 *
 * Writes one slot of a meal train as a calendar of its own, with the
 * VTIMEZONE of the local zone: a calendar object resource of CalDAV
 * (RFC 4791, 4.1: one UID a resource), tied to its train's resource by
 * RELATED-TO.
 *
 * Returns: (transfer full) (nullable): the VCALENDAR, or %NULL when @slot
 *   has no UID, valid day or meal of a train
 */
char *
nb_ical_write_train_slot_calendar (NbMealTrain          *train,
                                   NbMealTrainSlot      *slot,
                                   const char           *recipient_name,
                                   NbIcalContactUidFunc  contact_uid,
                                   gpointer              user_data)
{
  g_autofree char *begin = NULL;
  g_autofree char *zone = NULL;
  g_autoptr(GDateTime) since = NULL;
  GString *out;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (train), NULL);
  g_return_val_if_fail (nb_meal_train_get_uid (train) != NULL, NULL);
  g_return_val_if_fail (slot != NULL, NULL);
  g_return_val_if_fail (recipient_name != NULL, NULL);

  if (!check_slot (slot, NULL))
    return NULL;

  begin = nb_ical_calendar_begin ();
  since = nb_meal_train_dup_slot_start (train, slot->day, slot->meal, NULL);
  zone = local_timezone (since);

  out = g_string_new (begin);
  g_string_append (out, zone);
  append_slot_event (out, train, slot, recipient_name, contact_uid, user_data);
  g_string_append (out, nb_ical_calendar_end ());

  return g_string_free (out, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

void
nb_ical_train_free (NbIcalTrain *train)
{
  if (train == NULL)
    return;

  g_clear_object (&train->train);
  g_clear_pointer (&train->slots, g_ptr_array_unref);
  g_free (train->recipient_uid);
  g_free (train);
}

/* Whether @event is a meal train's own event: it has Netbook's train
 * properties, and is not one of its slots. */
static gboolean
is_train_component (icalcomponent *event)
{
  if (_nb_ical_x_value (event, X_TRAIN_SLOT) != NULL)
    return FALSE;

  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    if (g_ascii_strncasecmp (icalproperty_get_x_name (p), X_TRAIN_PREFIX, strlen (X_TRAIN_PREFIX)) == 0)
      return TRUE;

  return FALSE;
}

/* The train's UID a slot names as its parent, or %NULL. */
static const char *
parent_uid (icalcomponent *event)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_RELATEDTO_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_RELATEDTO_PROPERTY))
    {
      icalparameter *type = icalproperty_get_first_parameter (p, ICAL_RELTYPE_PARAMETER);

      /* PARENT is the default (RFC 5545, 3.2.15). */
      if (type == NULL || icalparameter_get_reltype (type) == ICAL_RELTYPE_PARENT)
        return icalproperty_get_relatedto (p);
    }

  return NULL;
}

/* A day of a DATE or DATE-TIME property, as a Julian day number in the
 * local zone; 0 if there is none. */
static guint32
read_day (icalcomponent *root,
          icalproperty  *property)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;
  gboolean date_only = FALSE;
  GDate date;

  if (property == NULL || (time = _nb_ical_read_time (root, property, &date_only)) == NULL)
    return 0;

  local = date_only ? g_date_time_ref (time) : g_date_time_to_local (time);
  if (!g_date_valid_dmy (g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                         g_date_time_get_year (local)))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));

  return g_date_get_julian (&date);
}

static void
read_window (NbMealTrain   *train,
             icalcomponent *event,
             const char    *name,
             NbMealKind     meal)
{
  const char *value = _nb_ical_x_value (event, name);
  guint h1, m1, h2, m2;
  char rest;

  if (value == NULL || sscanf (value, "%2u:%2u-%2u:%2u%c", &h1, &m1, &h2, &m2, &rest) != 4 ||
      m1 > 59 || m2 > 59 || h1 > 23 || h2 > 24)
    return;

  nb_meal_train_set_window (train, meal, h1 * 60 + m1, h2 * 60 + m2);
}

static gboolean
has_word (const char *value,
          const char *word)
{
  g_auto(GStrv) words = NULL;

  if (value == NULL)
    return FALSE;

  words = g_strsplit_set (value, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_ascii_strcasecmp (words[i], word) == 0)
      return TRUE;

  return FALSE;
}

/* The train of its own VEVENT; %NULL with @error set if its days are not
 * those of a train. */
static NbMealTrain *
read_train_event (icalcomponent  *root,
                  icalcomponent  *event,
                  const char     *name,
                  GError        **error)
{
  g_autoptr(NbMealTrain) train = nb_meal_train_new ();
  g_autoptr(GError) local_error = NULL;
  icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalproperty *dtend = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  const char *uid = icalcomponent_get_uid (event);
  const char *meals = _nb_ical_x_value (event, X_TRAIN_MEALS);
  const char *days = _nb_ical_x_value (event, X_TRAIN_DAYS);
  const char *people = _nb_ical_x_value (event, X_TRAIN_PEOPLE);
  guint32 first, last;
  GDate first_date, last_date;
  NbTrainMeals which = NB_TRAIN_MEALS_NONE;

  first = read_day (root, dtstart);
  /* DTEND is the day after the last, as for every all-day event. */
  last = dtend != NULL ? read_day (root, dtend) : first + 1;
  if (uid == NULL || *uid == '\0' || first == 0 || last <= first || !g_date_valid_julian (last - 1))
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s”: the meal train has no UID or no valid days"), name);
      return NULL;
    }

  g_date_clear (&first_date, 1);
  g_date_clear (&last_date, 1);
  g_date_set_julian (&first_date, first);
  g_date_set_julian (&last_date, last - 1);
  if (!nb_meal_train_set_days (train, &first_date, &last_date, &local_error))
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s”: the meal train’s days are not valid: %s"), name, local_error->message);
      return NULL;
    }

  nb_meal_train_set_uid (train, uid);
  if (has_word (meals, "lunch"))
    which |= NB_TRAIN_MEALS_LUNCH;
  if (has_word (meals, "dinner"))
    which |= NB_TRAIN_MEALS_DINNER;
  nb_meal_train_set_meals (train, which);

  if (days != NULL)
    {
      guint weekdays = 0;

      for (guint i = 0; i < G_N_ELEMENTS (weekday_names); i++)
        if (has_word (days, weekday_names[i]))
          weekdays |= 1u << i;
      nb_meal_train_set_weekdays (train, weekdays);
    }

  if (people != NULL)
    {
      guint64 n = 0;

      if (g_ascii_string_to_unsigned (people, 10, 0, 99, &n, NULL))
        nb_meal_train_set_n_people (train, (guint) n);
    }

  read_window (train, event, X_TRAIN_LUNCH, NB_MEAL_LUNCH);
  read_window (train, event, X_TRAIN_DINNER, NB_MEAL_DINNER);
  nb_meal_train_set_dietary (train, _nb_ical_x_value (event, X_TRAIN_DIETARY));
  nb_meal_train_set_reason (train, _nb_ical_x_value (event, X_TRAIN_REASON));
  nb_meal_train_set_address (train, icalcomponent_get_location (event));
  nb_meal_train_set_notes (train, icalcomponent_get_description (event));
  nb_meal_train_set_cancelled (train, icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED);

  return g_steal_pointer (&train);
}

typedef struct
{
  NbIcalTrain           *result;
  const char            *name;
  NbIcalFindContactFunc  find_contact;
  gpointer               user_data;
  GPtrArray             *problems;
} Reader;

static void
add_problem (Reader     *reader,
             const char *summary,
             const char *why)
{
  if (reader->problems == NULL)
    return;

  /* Translators: a file's name, an event's title, and why it was left out. */
  g_ptr_array_add (reader->problems, g_strdup_printf (_("%s, event “%s”: left out: %s"), reader->name,
                                                      summary ? summary : "", why));
}

/* What a slot's event says of it but its day and meal: its UID, what
 * became of it, and its helpers, those @find_contact does not know
 * counted in @n_unknown_helpers. */
static void
fill_slot (icalcomponent         *event,
           NbMealTrainSlot       *slot,
           NbIcalFindContactFunc  find_contact,
           gpointer               user_data,
           guint                 *n_unknown_helpers)
{
  const char *follow_up = _nb_ical_x_value (event, X_FOLLOW_UP);
  guint n_helpers = 0;

  g_free (slot->uid);
  slot->uid = g_strdup (icalcomponent_get_uid (event));
  if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
    slot->status = NB_MEETING_CANCELLED;
  else if (g_strcmp0 (_nb_ical_x_value (event, X_STATUS), "done") == 0)
    slot->status = NB_MEETING_DONE;
  for (guint i = 0; follow_up != NULL && i < G_N_ELEMENTS (follow_up_names); i++)
    if (g_ascii_strcasecmp (follow_up, follow_up_names[i]) == 0)
      slot->follow_up = (NbFollowUp) i;

  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       p != NULL && n_helpers < MAX_HELPERS;
       p = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    {
      const char *helper;
      gint64 id;

      if (g_ascii_strcasecmp (icalproperty_get_x_name (p), X_HELPER) != 0)
        continue;

      n_helpers++;
      helper = icalproperty_get_x (p);
      if (g_strcmp0 (helper, HELPER_ME) == 0)
        id = NB_TRAIN_HELPER_ME;
      else if (helper != NULL && *helper != '\0' && find_contact != NULL)
        id = find_contact (NULL, helper, user_data);
      else
        id = -1;

      if (id < 0 || (id == 0 && g_strcmp0 (helper, HELPER_ME) != 0))
        {
          (*n_unknown_helpers)++;
          continue;
        }
      nb_meal_train_slot_add_helper (slot, id);
    }
}

static void
read_slot (Reader        *reader,
           icalcomponent *root,
           icalcomponent *event,
           const char    *source)
{
  NbIcalTrain *result = reader->result;
  NbMealTrain *train = result->train;
  g_autoptr(NbMealTrainSlot) slot = NULL;
  const char *summary = icalcomponent_get_summary (event);
  const char *uid = icalcomponent_get_uid (event);
  const char *meal = _nb_ical_x_value (event, X_TRAIN_SLOT);

  slot = nb_meal_train_slot_new ();
  slot->meal = g_strcmp0 (meal, "lunch") == 0 ? NB_MEAL_LUNCH : NB_MEAL_DINNER;
  slot->day = read_day (root, icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY));

  if (uid == NULL || *uid == '\0' || (g_strcmp0 (meal, "lunch") != 0 && g_strcmp0 (meal, "dinner") != 0) ||
      !nb_meal_train_has_slot_time (train, slot->day, slot->meal))
    {
      add_problem (reader, summary, _("the meal is not one of its meal train’s"));
      result->n_skipped_slots++;
      return;
    }
  if (result->slots->len >= MAX_SLOTS)
    {
      add_problem (reader, summary, _("the meal train has more meals than a train can"));
      result->n_skipped_slots++;
      return;
    }
  for (guint i = 0; i < result->slots->len; i++)
    {
      NbMealTrainSlot *other = g_ptr_array_index (result->slots, i);

      if (other->day == slot->day && other->meal == slot->meal)
        {
          add_problem (reader, summary, _("another event is the same meal of the meal train"));
          result->n_skipped_slots++;
          return;
        }
    }

  slot->recipient = nb_meal_train_get_recipient (train);
  slot->ical_source = g_strdup (source);
  fill_slot (event, slot, reader->find_contact, reader->user_data, &result->n_unknown_helpers);
  g_ptr_array_add (result->slots, g_steal_pointer (&slot));
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const NbMealTrainSlot *x = *(NbMealTrainSlot * const *) a;
  const NbMealTrainSlot *y = *(NbMealTrainSlot * const *) b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;

  return (int) x->meal - (int) y->meal;
}

/* A train's event found in a calendar, with where it is. */
typedef struct
{
  icalcomponent *event;
  icalcomponent *root;
  char          *source;
} TrainEvent;

static void
train_event_clear (gpointer data)
{
  g_free (((TrainEvent *) data)->source);
}

/* The trains of @text with their slots; at most one when @single, and
 * then a train whose days are not valid is an error rather than left out
 * and said. */
static GPtrArray *
read_trains (const char             *text,
             const char             *name,
             NbIcalFindContactFunc   find_contact,
             gpointer                user_data,
             GPtrArray              *problems,
             gboolean                single,
             GError                **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_ical_train_free);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) raw = NULL;
  g_autoptr(GPtrArray) slot_events = g_ptr_array_new ();
  g_autoptr(GPtrArray) slot_roots = g_ptr_array_new ();
  g_autoptr(GPtrArray) slot_sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) train_events = g_array_new (FALSE, TRUE, sizeof (TrainEvent));
  g_autoptr(GList) calendars = NULL;
  icalcomponent *root;
  guint c = 0;

  g_array_set_clear_func (train_events, train_event_clear);

  root = _nb_ical_parse_root (text, name, &calendars, error);
  if (root == NULL)
    return NULL;

  lines = nb_ical_text_split (text);
  raw = _nb_ical_find_raw_calendars (lines, "VEVENT");
  if (raw->len != g_list_length (calendars))
    g_ptr_array_set_size (raw, 0);

  for (GList *l = calendars; l != NULL; l = l->next, c++)
    {
      NbIcalRawCalendar *matched = c < raw->len ? g_ptr_array_index (raw, c) : NULL;
      guint k = 0;

      if (matched != NULL &&
          matched->components->len != (guint) icalcomponent_count_components (l->data, ICAL_VEVENT_COMPONENT))
        matched = NULL;

      for (icalcomponent *event = icalcomponent_get_first_component (l->data, ICAL_VEVENT_COMPONENT);
           event != NULL;
           event = icalcomponent_get_next_component (l->data, ICAL_VEVENT_COMPONENT), k++)
        {
          if (_nb_ical_x_value (event, X_TRAIN_SLOT) != NULL)
            {
              g_ptr_array_add (slot_events, event);
              g_ptr_array_add (slot_roots, l->data);
              g_ptr_array_add (slot_sources, matched ? _nb_ical_component_source (lines, matched, k) : NULL);
            }
          else if (is_train_component (event))
            {
              TrainEvent found = { event, l->data, NULL };

              if (single && train_events->len > 0)
                {
                  g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                               _("“%s” holds more than one meal train"), name);
                  icalcomponent_free (root);
                  return NULL;
                }
              if (matched != NULL)
                found.source = _nb_ical_component_source (lines, matched, k);
              g_array_append_val (train_events, found);
            }
        }
    }

  if (single && train_events->len == 0)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_EMPTY, _("“%s” holds no meal train"), name);
      icalcomponent_free (root);
      return NULL;
    }

  for (guint t = 0; t < train_events->len; t++)
    {
      TrainEvent *found = &g_array_index (train_events, TrainEvent, t);
      g_autoptr(NbIcalTrain) result = g_new0 (NbIcalTrain, 1);
      g_autoptr(GError) local_error = NULL;

      result->slots = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_meal_train_slot_free);
      result->train = read_train_event (found->root, found->event, name, &local_error);
      if (result->train == NULL)
        {
          if (single)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              icalcomponent_free (root);
              return NULL;
            }
          if (problems != NULL)
            g_ptr_array_add (problems, g_strdup (local_error->message));
          continue;
        }
      nb_meal_train_set_ical_source (result->train, found->source);

      result->recipient_uid = g_strdup (_nb_ical_x_value (found->event, X_TRAIN_FOR));
      if (result->recipient_uid != NULL && *result->recipient_uid != '\0')
        {
          gint64 id = find_contact != NULL ? find_contact (NULL, result->recipient_uid, user_data) : 0;

          if (id > 0)
            nb_meal_train_set_recipient (result->train, id);
          else if (problems != NULL)
            g_ptr_array_add (problems,
                             g_strdup_printf (_("%s: the person the meal train is for is not among the contacts"),
                                              name));
        }
      g_ptr_array_add (results, g_steal_pointer (&result));
    }

  for (guint i = 0; i < slot_events->len; i++)
    {
      icalcomponent *event = g_ptr_array_index (slot_events, i);
      const char *parent = parent_uid (event);
      Reader reader = { NULL, name, find_contact, user_data, problems };

      for (guint t = 0; t < results->len && reader.result == NULL; t++)
        {
          NbIcalTrain *result = g_ptr_array_index (results, t);

          if (g_strcmp0 (parent, nb_meal_train_get_uid (result->train)) == 0)
            reader.result = result;
        }

      if (reader.result == NULL)
        {
          add_problem (&reader, icalcomponent_get_summary (event),
                       _("the meal is of another meal train"));
          if (single && results->len > 0)
            ((NbIcalTrain *) g_ptr_array_index (results, 0))->n_skipped_slots++;
          continue;
        }
      read_slot (&reader, g_ptr_array_index (slot_roots, i), event, g_ptr_array_index (slot_sources, i));
    }

  for (guint t = 0; t < results->len; t++)
    {
      NbIcalTrain *result = g_ptr_array_index (results, t);

      g_ptr_array_sort (result->slots, compare_slots);
      if (result->n_unknown_helpers > 0 && problems != NULL)
        g_ptr_array_add (problems,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       /* Translators: a file's name and a number. */
                                                       "%s: %u helper of the meal train is not among the contacts and was left out",
                                                       "%s: %u helpers of the meal train are not among the contacts and were left out",
                                                       result->n_unknown_helpers),
                                          name, result->n_unknown_helpers));
    }

  icalcomponent_free (root);
  return g_steal_pointer (&results);
}

/**
 * nb_ical_read_train:
 * @text: a calendar holding one meal train's event and its slots' events,
 *   as nb_ical_write_train_calendar() writes them
 * @name: its name, for messages
 * @find_contact: (nullable): finds a contact by UID, for the recipient
 *   and the helpers
 * @user_data: data for @find_contact
 * @problems: (element-type utf8) (nullable): where to add a message for
 *   each slot event left out, and for helpers and a recipient that are
 *   not among the contacts
 * @error: return location for an error
 *
 * Reads a meal train and its slots back. Slots are the events tied to the
 * train by RELATED-TO, at most two a day; a slot that is not one of the
 * train's meals, or a second one for the same meal, is left out and
 * counted, and so is each helper @find_contact does not know. Other
 * events are left alone. The train keeps its event as it was written
 * (NbMealTrain:ical-source).
 *
 * Returns: (transfer full) (nullable): the train, or %NULL with @error
 *   set: %NB_IO_ERROR_EMPTY when @text holds no meal train,
 *   %NB_IO_ERROR_NOT_SUPPORTED when it holds several, and
 *   %NB_IO_ERROR_INVALID when the calendar is damaged or the train's days
 *   are not valid
 */
NbIcalTrain *
nb_ical_read_train (const char             *text,
                    const char             *name,
                    NbIcalFindContactFunc   find_contact,
                    gpointer                user_data,
                    GPtrArray              *problems,
                    GError                **error)
{
  g_autoptr(GPtrArray) trains = NULL;

  g_return_val_if_fail (text != NULL && name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trains = read_trains (text, name, find_contact, user_data, problems, TRUE, error);
  if (trains == NULL)
    return NULL;

  return g_ptr_array_steal_index (trains, 0);
}

/**
 * nb_ical_read_trains:
 * @text: a calendar, such as an export, that may hold meal trains among
 *   other events
 * @name: its name, for messages
 * @find_contact: (nullable): finds a contact by UID, for the recipients
 *   and the helpers
 * @user_data: data for @find_contact
 * @problems: (element-type utf8) (nullable): where to add a message for
 *   each train and slot event left out, and for helpers and recipients
 *   that are not among the contacts
 * @error: return location for an error
 *
 * Reads every meal train of a calendar with its slots, as
 * nb_ical_read_train() reads one; a train whose days are not valid is
 * left out and said, and so are slots of no train in @text.
 *
 * Returns: (transfer full) (element-type NbIcalTrain) (nullable): the
 *   trains, maybe none; %NULL with @error set (%NB_IO_ERROR_INVALID) when
 *   the calendar is damaged
 */
GPtrArray *
nb_ical_read_trains (const char             *text,
                     const char             *name,
                     NbIcalFindContactFunc   find_contact,
                     gpointer                user_data,
                     GPtrArray              *problems,
                     GError                **error)
{
  g_return_val_if_fail (text != NULL && name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_trains (text, name, find_contact, user_data, problems, FALSE, error);
}

/**
 * nb_ical_read_train_slot:
 * @text: a calendar holding one slot of a meal train, as
 *   nb_ical_write_train_slot_calendar() writes it
 * @name: its name, for messages
 * @find_contact: (nullable): finds a contact by UID, for the helpers
 * @user_data: data for @find_contact
 * @train_uid: (out) (transfer full): the UID of its train (RELATED-TO)
 * @n_unknown_helpers: (out) (optional): how many helpers @find_contact did
 *   not know, left out
 * @error: return location for an error
 *
 * Reads a slot of a meal train on its own: its day and meal, what became
 * of it and its helpers. Whether the train has that meal is for whoever
 * stores it to see.
 *
 * Returns: (transfer full) (nullable): the slot (its train and recipient
 *   unset), or %NULL with @error set: %NB_IO_ERROR_EMPTY when @text holds
 *   no slot of a meal train, %NB_IO_ERROR_INVALID when it is damaged or
 *   the slot has no UID, train, day or meal
 */
NbMealTrainSlot *
nb_ical_read_train_slot (const char             *text,
                         const char             *name,
                         NbIcalFindContactFunc   find_contact,
                         gpointer                user_data,
                         char                  **train_uid,
                         guint                  *n_unknown_helpers,
                         GError                **error)
{
  g_autoptr(NbMealTrainSlot) slot = NULL;
  g_autoptr(GList) calendars = NULL;
  icalcomponent *root;
  icalcomponent *found = NULL;
  icalcomponent *found_root = NULL;
  const char *meal;
  const char *parent;
  const char *uid;
  guint n_unknown = 0;

  g_return_val_if_fail (text != NULL && name != NULL, NULL);
  g_return_val_if_fail (train_uid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *train_uid = NULL;
  root = _nb_ical_parse_root (text, name, &calendars, error);
  if (root == NULL)
    return NULL;

  for (GList *l = calendars; l != NULL && found == NULL; l = l->next)
    for (icalcomponent *event = icalcomponent_get_first_component (l->data, ICAL_VEVENT_COMPONENT);
         event != NULL && found == NULL;
         event = icalcomponent_get_next_component (l->data, ICAL_VEVENT_COMPONENT))
      if (_nb_ical_x_value (event, X_TRAIN_SLOT) != NULL)
        {
          found = event;
          found_root = l->data;
        }

  if (found == NULL)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_EMPTY,
                   _("“%s” holds no meal of a meal train"), name);
      icalcomponent_free (root);
      return NULL;
    }

  slot = nb_meal_train_slot_new ();
  meal = _nb_ical_x_value (found, X_TRAIN_SLOT);
  parent = parent_uid (found);
  uid = icalcomponent_get_uid (found);
  slot->meal = g_strcmp0 (meal, "lunch") == 0 ? NB_MEAL_LUNCH : NB_MEAL_DINNER;
  slot->day = read_day (found_root, icalcomponent_get_first_property (found, ICAL_DTSTART_PROPERTY));
  if (uid == NULL || *uid == '\0' || parent == NULL || *parent == '\0' || slot->day == 0 ||
      (g_strcmp0 (meal, "lunch") != 0 && g_strcmp0 (meal, "dinner") != 0))
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s”: the meal of a meal train has no UID, train, day or meal"), name);
      icalcomponent_free (root);
      return NULL;
    }

  fill_slot (found, slot, find_contact, user_data, &n_unknown);
  *train_uid = g_strdup (parent);
  if (n_unknown_helpers != NULL)
    *n_unknown_helpers = n_unknown;

  icalcomponent_free (root);
  return g_steal_pointer (&slot);
}
