/* nb-ical.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <string.h>

#include "nb-ical.h"
#include "nb-io-error.h"

/* Meals as iCalendar VEVENTs (RFC 5545), through libical. What a calendar
 * has no property for (the kind of meal, who pays, the thank-you note) goes
 * in X-NETBOOK- properties, so that an export imports back as it was. */

#define X_KIND      "X-NETBOOK-KIND"
#define X_PAYER     "X-NETBOOK-PAYER"
#define X_STATUS    "X-NETBOOK-STATUS"
#define X_FOLLOW_UP "X-NETBOOK-FOLLOW-UP"
#define X_SENT      "X-NETBOOK-FOLLOW-UP-DATE"
#define X_PLACE     "X-NETBOOK-PLACE"
#define X_ADDRESS   "X-NETBOOK-ADDRESS"
#define X_BIRTHDAY  "X-NETBOOK-BIRTHDAY"

static const char *kind_names[] = { "breakfast", "coffee", "lunch", "dinner", "drinks" };
static const char *payer_names[] = { "unsettled", "me", "them", "dutch" };
static const char *follow_up_names[] = { "none", "due", "sent", "not-needed" };

G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == NB_MEAL_N_KINDS);

static int
name_index (const char  *value,
            const char **names,
            guint        n_names)
{
  for (guint i = 0; value != NULL && i < n_names; i++)
    if (g_ascii_strcasecmp (value, names[i]) == 0)
      return i;

  return -1;
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

/**
 * nb_ical_calendar_begin:
 *
 * Returns: (transfer full): the lines that open a calendar file
 */
char *
nb_ical_calendar_begin (void)
{
  return g_strdup_printf ("BEGIN:VCALENDAR\r\n"
                          "VERSION:2.0\r\n"
                          "PRODID:-//Netbook//Netbook %s//EN\r\n"
                          "CALSCALE:GREGORIAN\r\n",
                          PACKAGE_VERSION);
}

const char *
nb_ical_calendar_end (void)
{
  return "END:VCALENDAR\r\n";
}

static struct icaltimetype
utc_time (gint64 unix_seconds)
{
  return icaltime_from_timet_with_zone (unix_seconds, FALSE, icaltimezone_get_utc_timezone ());
}

/* libical names its zones "/freeassociation.sourceforge.net/Europe/…";
 * Netbook writes them as other calendars expect, "Europe/…". */
static icaltimezone *
builtin_zone (const char *tzid)
{
  if (tzid == NULL || strchr (tzid, '/') == NULL)
    return NULL;

  return icaltimezone_get_builtin_timezone (tzid);
}

/**
 * nb_ical_write_timezone:
 * @tzid: an IANA time zone, such as "Europe/Berlin"
 * @since: the first time it is needed for, in seconds since 1970
 *
 * Returns: (transfer full) (nullable): its VTIMEZONE, with the rules in
 *   force since @since, or %NULL if libical does not know it
 */
char *
nb_ical_write_timezone (const char *tzid,
                        gint64      since)
{
  icaltimezone *zone = builtin_zone (tzid);
  icalcomponent *component;
  icalproperty *property;
  char *text;

  if (zone == NULL || icaltimezone_get_component (zone) == NULL)
    return NULL;

  component = icalcomponent_new_clone (icaltimezone_get_component (zone));
  /* The zone's whole history since the 1880s is not needed. */
  icaltimezone_truncate_vtimezone (component, utc_time (since), icaltime_null_time (), FALSE);
  property = icalcomponent_get_first_property (component, ICAL_TZID_PROPERTY);
  if (property != NULL)
    icalproperty_set_tzid (property, tzid);
  else
    icalcomponent_add_property (component, icalproperty_new_tzid (tzid));

  text = icalcomponent_as_ical_string_r (component);
  icalcomponent_free (component);

  return text;
}

/* @time as libical's time; @tzid is set to its zone, or %NULL for UTC. */
static struct icaltimetype
ical_time (GDateTime   *time,
           const char **tzid)
{
  icaltimezone *zone;
  struct icaltimetype t;

  *tzid = g_time_zone_get_identifier (g_date_time_get_timezone (time));
  zone = builtin_zone (*tzid);
  if (zone == NULL || g_strcmp0 (*tzid, "UTC") == 0)
    {
      *tzid = NULL;
      return icaltime_from_timet_with_zone (g_date_time_to_unix (time), FALSE,
                                            icaltimezone_get_utc_timezone ());
    }

  t = icaltime_null_time ();
  t.year = g_date_time_get_year (time);
  t.month = g_date_time_get_month (time);
  t.day = g_date_time_get_day_of_month (time);
  t.hour = g_date_time_get_hour (time);
  t.minute = g_date_time_get_minute (time);
  t.second = g_date_time_get_second (time);
  t.zone = zone;

  return t;
}

static void
add_time (icalcomponent *event,
          icalproperty  *property,
          GDateTime     *time,
          void         (*set) (icalproperty *, struct icaltimetype))
{
  const char *tzid;
  struct icaltimetype t = ical_time (time, &tzid);

  set (property, t);
  if (tzid != NULL)
    icalproperty_add_parameter (property, icalparameter_new_tzid (tzid));
  icalcomponent_add_property (event, property);
}

static void
add_x (icalcomponent *event,
       const char    *name,
       const char    *value)
{
  icalproperty *property;

  if (value == NULL || *value == '\0')
    return;

  property = icalproperty_new_x (value);
  icalproperty_set_x_name (property, name);
  icalcomponent_add_property (event, property);
}

/**
 * nb_ical_write_meeting:
 * @meeting: a meal with a start time
 * @contact_uid: (nullable): gives the UID of an attendee's contact, to
 *   name attendees that have no email address
 * @user_data: data for @contact_uid
 *
 * Returns: (transfer full): the meal as a VEVENT: SUMMARY "Lunch with Ada
 *   Lovelace", DTSTART and DTEND in its time zone, LOCATION, DESCRIPTION,
 *   an ATTENDEE for each person, STATUS and its UID
 */
char *
nb_ical_write_meeting (NbMeeting            *meeting,
                       NbIcalContactUidFunc  contact_uid,
                       gpointer              user_data)
{
  g_autoptr(GDateTime) end = nb_meeting_dup_end (meeting);
  g_autofree char *title = nb_meeting_dup_title (meeting);
  g_autofree char *location = NULL;
  GPtrArray *attendees = nb_meeting_get_attendees (meeting);
  const char *place = nb_meeting_get_place (meeting);
  const char *address = nb_meeting_get_address (meeting);
  icalcomponent *event;
  char *text;

  g_return_val_if_fail (NB_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (nb_meeting_get_start (meeting) != NULL, NULL);

  event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property (event, icalproperty_new_uid (nb_meeting_get_uid (meeting)));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_time (time (NULL))));
  if (nb_meeting_get_created (meeting) > 0)
    icalcomponent_add_property (event, icalproperty_new_created (utc_time (nb_meeting_get_created (meeting) / G_USEC_PER_SEC)));
  if (nb_meeting_get_updated (meeting) > 0)
    icalcomponent_add_property (event, icalproperty_new_lastmodified (utc_time (nb_meeting_get_updated (meeting) / G_USEC_PER_SEC)));

  add_time (event, icalproperty_new (ICAL_DTSTART_PROPERTY), nb_meeting_get_start (meeting),
            icalproperty_set_dtstart);
  add_time (event, icalproperty_new (ICAL_DTEND_PROPERTY), end, icalproperty_set_dtend);
  icalcomponent_add_property (event, icalproperty_new_summary (title));

  if (place && address)
    location = g_strdup_printf ("%s, %s", place, address);
  else
    location = g_strdup (place ? place : address);
  if (location != NULL)
    icalcomponent_add_property (event, icalproperty_new_location (location));
  if (nb_meeting_get_notes (meeting) != NULL)
    icalcomponent_add_property (event, icalproperty_new_description (nb_meeting_get_notes (meeting)));

  icalcomponent_add_property (event,
                              icalproperty_new_status (nb_meeting_get_status (meeting) == NB_MEETING_CANCELLED
                                                       ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));

  for (guint i = 0; i < attendees->len; i++)
    {
      NbAttendee *attendee = g_ptr_array_index (attendees, i);
      g_autofree char *uid = NULL;
      g_autofree char *address_uri = NULL;
      icalproperty *property;

      if (attendee->email != NULL)
        address_uri = g_strconcat ("mailto:", attendee->email, NULL);
      else if (attendee->contact_id != 0 && contact_uid != NULL &&
               (uid = contact_uid (attendee->contact_id, user_data)) != NULL)
        address_uri = g_strconcat ("urn:uuid:", uid, NULL);
      else
        /* RFC 6638's address for someone without one. */
        address_uri = g_strdup ("invalid:nomail");

      property = icalproperty_new_attendee (address_uri);
      icalproperty_add_parameter (property, icalparameter_new_cn (attendee->name));
      icalproperty_add_parameter (property, icalparameter_new_role (ICAL_ROLE_REQPARTICIPANT));
      icalcomponent_add_property (event, property);
    }

  add_x (event, X_KIND, kind_names[nb_meeting_get_kind (meeting)]);
  add_x (event, X_PAYER, payer_names[nb_meeting_get_payer (meeting)]);
  if (nb_meeting_get_status (meeting) == NB_MEETING_DONE)
    add_x (event, X_STATUS, "done");
  if (nb_meeting_get_follow_up (meeting) != NB_FOLLOW_UP_NONE)
    add_x (event, X_FOLLOW_UP, follow_up_names[nb_meeting_get_follow_up (meeting)]);
  if (nb_meeting_get_follow_up_date (meeting) != NULL)
    {
      g_autofree char *stamp = g_date_time_format (nb_meeting_get_follow_up_date (meeting), "%s");

      add_x (event, X_SENT, stamp);
    }
  add_x (event, X_PLACE, place);
  add_x (event, X_ADDRESS, address);

  text = icalcomponent_as_ical_string_r (event);
  icalcomponent_free (event);

  return text;
}

/* A year for birthdays without one: a leap year, so that February 29
 * starts where it should. */
#define NO_YEAR_START 1972

static struct icaltimetype
ical_date (guint year,
           guint month,
           guint day)
{
  struct icaltimetype t = icaltime_null_date ();

  t.year = year;
  t.month = month;
  t.day = day;
  return t;
}

/**
 * nb_ical_event_link_attendees:
 * @event: an event read by nb_ical_parse()
 * @find_contact: finds an attendee's contact, by the UID Netbook wrote
 *   (%NULL when there is none) or else by email address (%NULL too)
 * @user_data: data for @find_contact
 *
 * Ties each attendee of the event's meal to a contact, or to none.
 */
void
nb_ical_event_link_attendees (NbIcalEvent           *event,
                              NbIcalFindContactFunc  find_contact,
                              gpointer               user_data)
{
  g_autoptr(GPtrArray) attendees = NULL;

  g_return_if_fail (event != NULL && find_contact != NULL);

  attendees = nb_attendee_array_copy (nb_meeting_get_attendees (event->meeting));
  for (guint i = 0; i < attendees->len; i++)
    {
      NbAttendee *attendee = g_ptr_array_index (attendees, i);
      const char *uid = g_ptr_array_index (event->attendee_uids, i);

      attendee->contact_id = MAX (find_contact (attendee->email, *uid ? uid : NULL, user_data), 0);
    }

  nb_meeting_set_attendees (event->meeting, attendees);
}

/**
 * nb_ical_write_birthday:
 * @contact_uid: the contact's UID
 * @name: the contact's name
 * @birthday: the birthday
 *
 * A birthday as a yearly all-day event, as calendars show birthdays:
 * February 29 falls on the last day of February every year, and a birthday
 * without a year starts in 1972, a leap year.
 *
 * Returns: (transfer full): the VEVENT
 */
char *
nb_ical_write_birthday (const char       *contact_uid,
                        const char       *name,
                        const NbBirthday *birthday)
{
  g_autofree char *uid = g_strconcat ("netbook-birthday-", contact_uid, NULL);
  /* Translators: the title of a birthday in calendars: "Ada Lovelace’s
   * birthday". */
  g_autofree char *summary = g_strdup_printf (_("%s’s birthday"), name);
  guint year = birthday->year ? birthday->year : NO_YEAR_START;
  struct icalrecurrencetype rule;
  struct icaltimetype start = ical_date (year, birthday->month, birthday->day);
  struct icaltimetype end = start;
  icalcomponent *event;
  icalproperty *property;
  char *text;

  g_return_val_if_fail (contact_uid != NULL && name != NULL && birthday != NULL, NULL);

  icaltime_adjust (&end, 1, 0, 0, 0);
  icalrecurrencetype_clear (&rule);
  rule.freq = ICAL_YEARLY_RECURRENCE;
  if (birthday->month == 2 && birthday->day == 29)
    {
      rule.by_month[0] = 2;
      rule.by_month[1] = ICAL_RECURRENCE_ARRAY_MAX;
      rule.by_month_day[0] = -1;
      rule.by_month_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
    }

  event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_time (time (NULL))));
  icalcomponent_add_property (event, icalproperty_new_dtstart (start));
  icalcomponent_add_property (event, icalproperty_new_dtend (end));
  icalcomponent_add_property (event, icalproperty_new_rrule (rule));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  icalcomponent_add_property (event, icalproperty_new_categories ("BIRTHDAY"));
  property = icalproperty_new_x (contact_uid);
  icalproperty_set_x_name (property, X_BIRTHDAY);
  icalcomponent_add_property (event, property);

  text = icalcomponent_as_ical_string_r (event);
  icalcomponent_free (event);

  return text;
}

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

void
nb_ical_event_free (NbIcalEvent *event)
{
  if (event == NULL)
    return;

  g_clear_object (&event->meeting);
  g_clear_pointer (&event->attendee_uids, g_ptr_array_unref);
  g_free (event);
}

static const char *
x_value (icalcomponent *event,
         const char    *name)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    {
      if (g_ascii_strcasecmp (icalproperty_get_x_name (p), name) == 0)
        return icalproperty_get_x (p);
    }

  return NULL;
}

/* A time of @property as a GDateTime in its own zone: an IANA TZID, a
 * VTIMEZONE of the calendar, UTC, or (floating) the local zone. */
static GDateTime *
read_time (icalcomponent *root,
           icalproperty  *property,
           gboolean      *date_only)
{
  icalparameter *tzid_parameter = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  const char *tzid = tzid_parameter ? icalparameter_get_tzid (tzid_parameter) : NULL;
  struct icaltimetype t = icalvalue_get_datetime (icalproperty_get_value (property));
  g_autoptr(GTimeZone) zone = NULL;

  *date_only = t.is_date;
  if (icaltime_is_null_time (t) || !icaltime_is_valid_time (t))
    return NULL;

  if (icaltime_is_utc (t))
    zone = g_time_zone_new_utc ();
  else if (tzid != NULL)
    {
      const char *location = tzid;

      /* "/freeassociation.sourceforge.net/Europe/Berlin" → "Europe/Berlin". */
      if (location[0] == '/')
        {
          const char *third = strchr (location + 1, '/');

          location = third ? third + 1 : location;
        }

      zone = g_time_zone_new_identifier (location);
      if (zone == NULL)
        {
          icaltimezone *ical_zone = icalcomponent_get_timezone (root, tzid);

          /* A zone the calendar does not define: take it as local time. */
          if (ical_zone != NULL)
            return g_date_time_new_from_unix_local (icaltime_as_timet_with_zone (t, ical_zone));
          zone = g_time_zone_new_local ();
        }
    }
  else
    zone = g_time_zone_new_local ();

  return g_date_time_new (zone, t.year, t.month, t.day, t.hour, t.minute, t.second);
}

static NbMealKind
guess_kind (const char *summary,
            GDateTime  *start)
{
  static const char *words[NB_MEAL_N_KINDS] = { "breakfast", "coffee", "lunch", "dinner", "drinks" };
  g_autofree char *lower = summary ? g_utf8_strdown (summary, -1) : NULL;
  int hour = g_date_time_get_hour (start);

  for (guint i = 0; lower != NULL && i < NB_MEAL_N_KINDS; i++)
    if (strstr (lower, words[i]) != NULL)
      return i;

  if (hour < 10)
    return NB_MEAL_BREAKFAST;
  if (hour < 12)
    return NB_MEAL_COFFEE;
  if (hour < 15)
    return NB_MEAL_LUNCH;
  if (hour < 18)
    return NB_MEAL_COFFEE;
  return NB_MEAL_DINNER;
}

static void
read_attendees (icalcomponent *event,
                NbIcalEvent   *result)
{
  g_autoptr(GPtrArray) attendees = nb_attendee_array_new ();

  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      icalparameter *cn = icalproperty_get_first_parameter (p, ICAL_CN_PARAMETER);
      const char *value = icalproperty_get_attendee (p);
      const char *email = NULL;
      const char *uid = "";
      const char *name;

      if (value != NULL && g_ascii_strncasecmp (value, "mailto:", 7) == 0)
        email = value + 7;
      else if (value != NULL && g_ascii_strncasecmp (value, "urn:uuid:", 9) == 0)
        uid = value + 9;

      name = cn ? icalparameter_get_cn (cn) : NULL;
      if (name == NULL || *name == '\0')
        name = email;
      if (name == NULL || *name == '\0')
        continue;

      g_ptr_array_add (attendees, nb_attendee_new (0, name, email));
      g_ptr_array_add (result->attendee_uids, g_strdup (uid));
    }

  nb_meeting_set_attendees (result->meeting, attendees);
}

/* A VEVENT as a meal; NULL, with @error set, if it cannot be one. */
static NbIcalEvent *
read_event (icalcomponent  *root,
            icalcomponent  *event,
            GError        **error)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) sent = NULL;
  g_autofree char *synthetic_uid = NULL;
  NbIcalEvent *result;
  icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalproperty *dtend = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  icalproperty *duration = icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY);
  const char *uid = icalcomponent_get_uid (event);
  const char *summary = icalcomponent_get_summary (event);
  const char *place = x_value (event, X_PLACE);
  const char *address = x_value (event, X_ADDRESS);
  int kind, payer, follow_up;
  gboolean date_only = FALSE, end_date_only = FALSE;
  gint64 minutes = 0;

  if (dtstart == NULL || (start = read_time (root, dtstart, &date_only)) == NULL)
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                           _("the event has no valid start (DTSTART)"));
      return NULL;
    }
  if (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL)
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                           _("the event repeats, which a meal does not"));
      return NULL;
    }
  if (date_only)
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                           _("the event lasts all day, which a meal does not"));
      return NULL;
    }

  if (dtend != NULL && (end = read_time (root, dtend, &end_date_only)) != NULL)
    minutes = g_date_time_difference (end, start) / G_TIME_SPAN_MINUTE;
  else if (duration != NULL)
    minutes = icaldurationtype_as_int (icalproperty_get_duration (duration)) / 60;

  result = g_new0 (NbIcalEvent, 1);
  result->meeting = nb_meeting_new ();
  result->attendee_uids = g_ptr_array_new_with_free_func (g_free);

  kind = name_index (x_value (event, X_KIND), kind_names, G_N_ELEMENTS (kind_names));
  nb_meeting_set_kind (result->meeting, kind >= 0 ? (NbMealKind) kind : guess_kind (summary, start));
  if (uid == NULL || *uid == '\0')
    {
      /* Without a UID (RFC 5545 asks for one), the same event must still
       * match itself when the file is imported again. */
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "\n%s", g_date_time_to_unix (start),
                                              summary ? summary : "");
      g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

      synthetic_uid = g_strconcat ("netbook-", hash, NULL);
      uid = synthetic_uid;
    }
  nb_meeting_set_uid (result->meeting, uid);
  nb_meeting_set_start (result->meeting, start);
  /* An end before the start is no duration; the model bounds the rest. */
  nb_meeting_set_duration (result->meeting,
                           minutes > 0 ? (guint) MIN (minutes, G_MAXUINT)
                                       : nb_meal_kind_get_default_duration (nb_meeting_get_kind (result->meeting)));

  if (place == NULL && address == NULL)
    place = icalcomponent_get_location (event);
  nb_meeting_set_place (result->meeting, place);
  nb_meeting_set_address (result->meeting, address);
  nb_meeting_set_notes (result->meeting, icalcomponent_get_description (event));

  payer = name_index (x_value (event, X_PAYER), payer_names, G_N_ELEMENTS (payer_names));
  nb_meeting_set_payer (result->meeting, payer >= 0 ? (NbPayer) payer : NB_PAYER_UNSETTLED);

  if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
    nb_meeting_set_status (result->meeting, NB_MEETING_CANCELLED);
  else if (g_strcmp0 (x_value (event, X_STATUS), "done") == 0)
    nb_meeting_set_status (result->meeting, NB_MEETING_DONE);

  follow_up = name_index (x_value (event, X_FOLLOW_UP), follow_up_names, G_N_ELEMENTS (follow_up_names));
  if (x_value (event, X_SENT) != NULL)
    sent = g_date_time_new_from_unix_local (g_ascii_strtoll (x_value (event, X_SENT), NULL, 10));
  if (follow_up >= 0)
    nb_meeting_set_follow_up (result->meeting, follow_up, sent);

  read_attendees (event, result);

  return result;
}

/* The first X-LIC-ERROR libical left in @root or below, if any; walked
 * without recursion, however deep a hostile file nests. */
static char *
error_text (icalcomponent *root)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();

  g_ptr_array_add (pending, root);
  while (pending->len > 0)
    {
      icalcomponent *component = g_ptr_array_steal_index_fast (pending, pending->len - 1);
      icalproperty *error = icalcomponent_get_first_property (component, ICAL_XLICERROR_PROPERTY);

      if (error != NULL)
        return g_strdup (icalproperty_get_xlicerror (error));

      for (icalcomponent *c = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
           c != NULL;
           c = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
        g_ptr_array_add (pending, c);
    }

  return NULL;
}

/* The meals of one VCALENDAR; %FALSE, with @error set, if one of its
 * events is damaged. @n counts the events across calendars. */
static gboolean
read_calendar (icalcomponent  *calendar,
               const char     *name,
               guint          *n,
               GPtrArray      *events,
               GPtrArray      *problems,
               GError        **error)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_autoptr(GError) local_error = NULL;
      NbIcalEvent *result;

      (*n)++;

      /* Netbook's own birthdays come back from its exports: not meals. */
      if (x_value (event, X_BIRTHDAY) != NULL)
        continue;

      result = read_event (calendar, event, &local_error);
      if (result == NULL)
        {
          const char *summary = icalcomponent_get_summary (event);

          if (g_error_matches (local_error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED))
            {
              /* A valid event that is not a meal, such as an all-day one. */
              g_ptr_array_add (problems,
                               g_strdup_printf (_("%s, event %u (“%s”): left out: %s"),
                                                name, *n, summary ? summary : "", local_error->message));
              continue;
            }

          g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                       _("“%s” is damaged and was not imported: event %u: %s"),
                       name, *n, local_error->message);
          return FALSE;
        }

      g_ptr_array_add (events, result);
    }

  return TRUE;
}

/**
 * nb_ical_parse:
 * @text: a whole calendar file, in UTF-8
 * @name: the file's name, for messages
 * @problems: (element-type utf8): where to add a message for each event
 *   that is not a meal and was left out
 * @error: return location for why the calendar cannot be read
 *
 * Reads the meals of a calendar. A damaged calendar (a line libical cannot
 * read, an event without a start) is refused whole, so that it is never
 * half-imported; events that are not meals, such as birthdays, are left
 * out and listed.
 *
 * Returns: (transfer full) (element-type NbIcalEvent): the meals
 */
GPtrArray *
nb_ical_parse (const char  *text,
               const char  *name,
               GPtrArray   *problems,
               GError     **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_ical_event_free);
  g_autofree char *damage = NULL;
  g_autoptr(GList) calendars = NULL;
  icalcomponent *root;
  guint n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (strlen (text) > NB_ICAL_MAX_BYTES)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s” is larger than %u MiB"), name, NB_ICAL_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  root = icalparser_parse_string (text);
  if (root == NULL)
    {
      /* libical gives nothing for a file cut short. */
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s” is incomplete or damaged and was not imported"), name);
      return NULL;
    }

  /* Several calendars in one file come under an XROOT. */
  if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    calendars = g_list_prepend (calendars, root);
  else if (icalcomponent_isa (root) == ICAL_XROOT_COMPONENT)
    {
      for (icalcomponent *c = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
           c != NULL;
           c = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
        calendars = g_list_prepend (calendars, c);
      calendars = g_list_reverse (calendars);
    }

  if (calendars == NULL)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s” is not an iCalendar file"), name);
      icalcomponent_free (root);
      return NULL;
    }

  damage = error_text (root);
  if (damage != NULL)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s” is damaged and was not imported: %s"), name, damage);
      icalcomponent_free (root);
      return NULL;
    }

  for (GList *l = calendars; l != NULL; l = l->next)
    if (!read_calendar (l->data, name, &n, events, problems, error))
      {
        icalcomponent_free (root);
        return NULL;
      }

  icalcomponent_free (root);
  return g_steal_pointer (&events);
}
