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

#include "nb-ical-events.h"
#include "nb-ical-private.h"
#include "nb-ical-raw.h"
#include "nb-ical-text.h"
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
/* The title Netbook gave a meal, in the language of the device that wrote
 * it: while SUMMARY still says it, the meal has no title of its own, and
 * each device shows the title in its own language. */
#define X_DEFAULT_TITLE "X-NETBOOK-DEFAULT-TITLE"

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

/* The groups of properties Netbook writes for a meal. A meal read from
 * a calendar keeps the calendar as it was (NbMeeting:ical-source); when it
 * is written back, only the groups whose part of the meal changed are
 * written anew, and every other line goes back as it was. */
enum
{
  GROUP_STAMP     = 1 << 0,
  GROUP_TIME      = 1 << 1,
  GROUP_TITLE     = 1 << 2,
  GROUP_PLACE     = 1 << 3,
  GROUP_NOTES     = 1 << 4,
  GROUP_CANCELLED = 1 << 5,
  GROUP_DONE      = 1 << 6,
  GROUP_KIND      = 1 << 7,
  GROUP_PAYER     = 1 << 8,
  GROUP_FOLLOW_UP = 1 << 9,
  GROUP_ALL       = (1 << 10) - 1,
  /* Only in a new event. */
  GROUP_NEW       = 1 << 10,
};

static const struct {
  const char *name;
  guint       group;
} managed_properties[] = {
  { "DTSTAMP", GROUP_STAMP },
  { "LAST-MODIFIED", GROUP_STAMP },
  { "DTSTART", GROUP_TIME },
  { "DTEND", GROUP_TIME },
  { "DURATION", GROUP_TIME },
  { "SUMMARY", GROUP_TITLE },
  { X_DEFAULT_TITLE, GROUP_TITLE },
  { "LOCATION", GROUP_PLACE },
  { X_PLACE, GROUP_PLACE },
  { X_ADDRESS, GROUP_PLACE },
  { "DESCRIPTION", GROUP_NOTES },
  { "STATUS", GROUP_CANCELLED },
  { X_STATUS, GROUP_DONE },
  { X_KIND, GROUP_KIND },
  { X_PAYER, GROUP_PAYER },
  { X_FOLLOW_UP, GROUP_FOLLOW_UP },
  { X_SENT, GROUP_FOLLOW_UP },
};

static guint
group_of (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (managed_properties); i++)
    if (g_str_equal (name, managed_properties[i].name))
      return managed_properties[i].group;

  return 0;
}

/* An X- property of Netbook's, its value escaped as TEXT: libical leaves
 * the commas and semicolons of X- values as they are, and a server that
 * reads them as lists cuts "Café Einstein, Unter den Linden" short. */
static void
append_x (GString    *out,
          const char *name,
          const char *value)
{
  g_autofree char *escaped = NULL;
  g_autofree char *line = NULL;

  if (value == NULL || *value == '\0')
    return;

  escaped = nb_ical_escape_text (value);
  line = g_strconcat (name, ":", escaped, NULL);
  nb_ical_append_folded (out, line);
}

/* The content lines of @component, without its BEGIN and END. */
static void
append_component_lines (GString       *out,
                        icalcomponent *component)
{
  g_autofree char *text = icalcomponent_as_ical_string_r (component);
  g_autoptr(GPtrArray) lines = nb_ical_text_split (text);

  for (guint i = 1; i + 1 < lines->len; i++)
    g_string_append (out, ((NbIcalLine *) g_ptr_array_index (lines, i))->raw);
}

/* "Café Einstein, Unter den Linden 42": the place and the address, as
 * LOCATION says them to other apps. */
static char *
join_location (const char *place,
               const char *address)
{
  if (place != NULL && address != NULL)
    return g_strdup_printf ("%s, %s", place, address);

  return g_strdup (place != NULL ? place : address);
}

/* The standard properties of @groups, written by libical. */
static void
append_standard (GString   *out,
                 NbMeeting *meeting,
                 guint      groups)
{
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);

  if (groups & GROUP_NEW)
    {
      icalcomponent_add_property (event, icalproperty_new_uid (nb_meeting_get_uid (meeting)));
      if (nb_meeting_get_created (meeting) > 0)
        icalcomponent_add_property (event, icalproperty_new_created (utc_time (nb_meeting_get_created (meeting) / G_USEC_PER_SEC)));
    }

  if (groups & GROUP_STAMP)
    {
      gint64 updated = nb_meeting_get_updated (meeting);

      icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_time (time (NULL))));
      icalcomponent_add_property (event, icalproperty_new_lastmodified (utc_time (updated > 0 ? updated / G_USEC_PER_SEC : time (NULL))));
    }

  if (groups & GROUP_TIME)
    {
      g_autoptr(GDateTime) end = nb_meeting_dup_end (meeting);

      add_time (event, icalproperty_new (ICAL_DTSTART_PROPERTY), nb_meeting_get_start (meeting),
                icalproperty_set_dtstart);
      add_time (event, icalproperty_new (ICAL_DTEND_PROPERTY), end, icalproperty_set_dtend);
    }

  if (groups & GROUP_TITLE)
    {
      g_autofree char *title = nb_meeting_dup_title (meeting);

      icalcomponent_add_property (event, icalproperty_new_summary (title));
    }

  if (groups & GROUP_PLACE)
    {
      g_autofree char *location = join_location (nb_meeting_get_place (meeting),
                                                 nb_meeting_get_address (meeting));

      if (location != NULL)
        icalcomponent_add_property (event, icalproperty_new_location (location));
    }

  if ((groups & GROUP_NOTES) && nb_meeting_get_notes (meeting) != NULL)
    icalcomponent_add_property (event, icalproperty_new_description (nb_meeting_get_notes (meeting)));

  /* Written anew only when the meal is cancelled or no longer is: a
   * TENTATIVE of another app stays while it is not. */
  if (groups & GROUP_CANCELLED)
    icalcomponent_add_property (event,
                                icalproperty_new_status (nb_meeting_get_status (meeting) == NB_MEETING_CANCELLED
                                                         ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));

  append_component_lines (out, event);
  icalcomponent_free (event);
}

/* Netbook's own properties of @groups. */
static void
append_netbook (GString   *out,
                NbMeeting *meeting,
                guint      groups)
{
  if (groups & GROUP_KIND)
    append_x (out, X_KIND, kind_names[nb_meeting_get_kind (meeting)]);
  if (groups & GROUP_PAYER)
    append_x (out, X_PAYER, payer_names[nb_meeting_get_payer (meeting)]);
  if ((groups & GROUP_DONE) && nb_meeting_get_status (meeting) == NB_MEETING_DONE)
    append_x (out, X_STATUS, "done");
  if (groups & GROUP_FOLLOW_UP)
    {
      GDateTime *date = nb_meeting_get_follow_up_date (meeting);

      if (nb_meeting_get_follow_up (meeting) != NB_FOLLOW_UP_NONE)
        append_x (out, X_FOLLOW_UP, follow_up_names[nb_meeting_get_follow_up (meeting)]);
      if (date != NULL)
        {
          g_autofree char *stamp = g_date_time_format (date, "%s");

          append_x (out, X_SENT, stamp);
        }
    }
  if ((groups & GROUP_TITLE) && nb_meeting_get_title (meeting) == NULL)
    {
      g_autofree char *title = nb_meeting_dup_default_title (meeting);

      append_x (out, X_DEFAULT_TITLE, title);
    }
  if (groups & GROUP_PLACE)
    {
      append_x (out, X_PLACE, nb_meeting_get_place (meeting));
      append_x (out, X_ADDRESS, nb_meeting_get_address (meeting));
    }
}

/* An attendee's calendar address: mailto:, the contact's urn:uuid:, or
 * RFC 6638's address for someone without one. */
static char *
attendee_address (NbAttendee            *attendee,
                  NbIcalContactUidFunc   contact_uid,
                  gpointer               user_data)
{
  g_autofree char *uid = NULL;

  if (attendee->email != NULL)
    return g_strconcat ("mailto:", attendee->email, NULL);
  if (attendee->contact_id != 0 && contact_uid != NULL &&
      (uid = contact_uid (attendee->contact_id, user_data)) != NULL)
    return g_strconcat ("urn:uuid:", uid, NULL);

  return g_strdup ("invalid:nomail");
}

static void
append_attendee (GString               *out,
                 NbAttendee            *attendee,
                 NbIcalContactUidFunc   contact_uid,
                 gpointer               user_data)
{
  g_autofree char *address = attendee_address (attendee, contact_uid, user_data);
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  icalproperty *property = icalproperty_new_attendee (address);

  icalproperty_add_parameter (property, icalparameter_new_cn (attendee->name));
  icalproperty_add_parameter (property, icalparameter_new_role (ICAL_ROLE_REQPARTICIPANT));
  icalcomponent_add_property (event, property);
  append_component_lines (out, event);
  icalcomponent_free (event);
}

/* A meal made in Netbook, or whose calendar could not be read again. */
static char *
write_new_event (NbMeeting            *meeting,
                 NbIcalContactUidFunc  contact_uid,
                 gpointer              user_data)
{
  GString *out = g_string_new ("BEGIN:VEVENT\r\n");
  GPtrArray *attendees = nb_meeting_get_attendees (meeting);

  append_standard (out, meeting, GROUP_ALL | GROUP_NEW);
  for (guint i = 0; i < attendees->len; i++)
    append_attendee (out, g_ptr_array_index (attendees, i), contact_uid, user_data);
  append_netbook (out, meeting, GROUP_ALL);
  g_string_append (out, "END:VEVENT\r\n");

  return g_string_free (out, FALSE);
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
 * VTIMEZONE of the calendar, UTC, or (floating) the local zone. A date
 * comes at midnight in the local zone, with @date_only set. */
GDateTime *
_nb_ical_read_time (icalcomponent *root,
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

/* The attendee a property names: its CN, else its email address; %FALSE
 * when it names nobody Netbook can show. @uid is set to a contact's UID
 * that Netbook wrote (urn:uuid:…), or "". */
static gboolean
read_attendee (icalproperty  *property,
               const char   **name,
               const char   **email,
               const char   **uid)
{
  icalparameter *cn = icalproperty_get_first_parameter (property, ICAL_CN_PARAMETER);
  const char *value = icalproperty_get_attendee (property);

  *email = NULL;
  *uid = "";
  if (value != NULL && g_ascii_strncasecmp (value, "mailto:", 7) == 0 && value[7] != '\0')
    *email = value + 7;
  else if (value != NULL && g_ascii_strncasecmp (value, "urn:uuid:", 9) == 0)
    *uid = value + 9;

  *name = cn ? icalparameter_get_cn (cn) : NULL;
  if (*name == NULL || **name == '\0')
    *name = *email;

  return *name != NULL && **name != '\0';
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
      const char *name, *email, *uid;

      if (!read_attendee (p, &name, &email, &uid))
        continue;

      g_ptr_array_add (attendees, nb_attendee_new (0, name, email));
      g_ptr_array_add (result->attendee_uids, g_strdup (uid));
    }

  nb_meeting_set_attendees (result->meeting, attendees);
}

/* The kind of meal an event is: Netbook's own word for it, else the meal
 * its title names in any language Netbook speaks. An event that is
 * neither is not a meal, however late in the day it is. */
static gboolean
read_kind (icalcomponent *event,
           NbMealKind    *kind)
{
  int index = name_index (x_value (event, X_KIND), kind_names, G_N_ELEMENTS (kind_names));

  if (index >= 0)
    {
      *kind = index;
      return TRUE;
    }

  return nb_meal_kind_from_title (icalcomponent_get_summary (event), kind);
}

/* Where a meal is: LOCATION is what every app shows and edits, so it wins;
 * Netbook's own X-NETBOOK-PLACE and -ADDRESS only split it in two while
 * they still say the same. */
static void
read_location (icalcomponent *event,
               NbMeeting     *meeting)
{
  const char *location = icalcomponent_get_location (event);
  const char *place = x_value (event, X_PLACE);
  const char *address = x_value (event, X_ADDRESS);
  g_autofree char *joined = join_location (place, address);

  if (location != NULL && *location != '\0' && g_strcmp0 (joined, location) != 0)
    {
      place = location;
      address = NULL;
    }
  else if (location == NULL || *location == '\0')
    place = address = NULL;

  nb_meeting_set_place (meeting, place);
  nb_meeting_set_address (meeting, address);
}

/* A VEVENT as a meal; NULL, with @error set, if it cannot be one:
 * %NB_IO_ERROR_NOT_SUPPORTED for an event that is not a meal (it repeats,
 * lasts all day, or names no meal), %NB_IO_ERROR_INVALID for a damaged
 * one. */
static NbIcalEvent *
read_event (icalcomponent  *root,
            icalcomponent  *event,
            GError        **error)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) sent = NULL;
  g_autofree char *synthetic_uid = NULL;
  g_autofree char *default_title = NULL;
  NbIcalEvent *result;
  icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalproperty *dtend = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  icalproperty *duration = icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY);
  const char *uid = icalcomponent_get_uid (event);
  const char *summary = icalcomponent_get_summary (event);
  int payer, follow_up;
  NbMealKind kind;
  gboolean date_only = FALSE, end_date_only = FALSE;
  gint64 minutes = 0;

  if (dtstart == NULL || (start = _nb_ical_read_time (root, dtstart, &date_only)) == NULL)
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                           _("the event has no valid start (DTSTART)"));
      return NULL;
    }
  if (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL ||
      icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY) != NULL ||
      icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) != NULL)
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
  if (!read_kind (event, &kind))
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                           _("the event is not a meal: its title names no breakfast, coffee, "
                             "lunch, dinner or drinks"));
      return NULL;
    }

  if (dtend != NULL && (end = _nb_ical_read_time (root, dtend, &end_date_only)) != NULL)
    minutes = g_date_time_difference (end, start) / G_TIME_SPAN_MINUTE;
  else if (duration != NULL)
    minutes = icaldurationtype_as_int (icalproperty_get_duration (duration)) / 60;

  result = g_new0 (NbIcalEvent, 1);
  result->meeting = nb_meeting_new ();
  result->attendee_uids = g_ptr_array_new_with_free_func (g_free);

  nb_meeting_set_kind (result->meeting, kind);
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

  read_location (event, result->meeting);
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

  /* A title of its own, such as "Lunch with Katherine Johnson" from an
   * app that names no attendees, is kept as it is; one that says no more
   * than Netbook's ("lunch") is none. */
  default_title = nb_meeting_dup_default_title (result->meeting);
  if (summary != NULL && *summary != '\0' && g_strcmp0 (summary, default_title) != 0 &&
      g_strcmp0 (summary, x_value (event, X_DEFAULT_TITLE)) != 0 &&
      !nb_meal_kind_is_whole_title (summary))
    nb_meeting_set_title (result->meeting, summary);

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

/* ---------------------------------------------------------------------- */
/* Reading calendars                                                       */

/* Whether @event is a meal train's or one of its meals' (it has one of
 * the X-NETBOOK-TRAIN- properties nb-ical-train.c writes): not a meal of
 * its own, though a meal of a train is a dinner at dinner time. */
static gboolean
is_train_event (icalcomponent *event)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    if (g_ascii_strncasecmp (icalproperty_get_x_name (p), "X-NETBOOK-TRAIN-", strlen ("X-NETBOOK-TRAIN-")) == 0)
      return TRUE;

  return FALSE;
}

/* The meals of one VCALENDAR; %FALSE, with @error set, if one of its
 * events is damaged. @n counts the events across calendars. @raw is the
 * calendar as it was written, when it could be matched. */
static gboolean
read_calendar (icalcomponent  *calendar,
               GPtrArray      *lines,
               NbIcalRawCalendar    *raw,
               const char     *name,
               guint          *n,
               GPtrArray      *events,
               GPtrArray      *problems,
               GError        **error)
{
  guint k = 0;

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), k++)
    {
      g_autoptr(GError) local_error = NULL;
      NbIcalEvent *result;

      (*n)++;

      /* Netbook's own birthdays come back from its exports: not meals. */
      if (x_value (event, X_BIRTHDAY) != NULL)
        continue;

      /* Nor are a meal train and its slots, though a slot is a dinner at
       * dinner time: it is read with its train (nb_ical_read_train()). */
      if (is_train_event (event))
        {
          const char *summary = icalcomponent_get_summary (event);

          g_ptr_array_add (problems,
                           g_strdup_printf (_("%s, event %u (“%s”): left out: %s"),
                                            name, *n, summary ? summary : "",
                                            _("it is part of a meal train, not a meal")));
          continue;
        }

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

      if (raw != NULL && k < raw->components->len)
        {
          g_autofree char *source = _nb_ical_component_source (lines, raw, k);

          nb_meeting_set_ical_source (result->meeting, source);
        }

      g_ptr_array_add (events, result);
    }

  return TRUE;
}

/*
 * _nb_ical_check_size:
 * @text: a calendar
 * @name: its name, for the message
 * @error: return location for an error
 *
 * Whether libical may read @text: at most NB_ICAL_MAX_BYTES and
 * NB_ICAL_MAX_COMPONENTS (counted by their BEGIN lines, before anything
 * is parsed).
 *
 * Returns: %FALSE with @error set if @text is too large
 */
gboolean
_nb_ical_check_size (const char  *text,
                     const char  *name,
                     GError     **error)
{
  guint n_components = 0;

  if (strlen (text) > NB_ICAL_MAX_BYTES)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s” is larger than %u MiB"), name, NB_ICAL_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }

  for (const char *line = text; line != NULL; line = strchr (line, '\n'))
    {
      if (*line == '\n')
        line++;
      if (g_ascii_strncasecmp (line, "BEGIN:", 6) == 0 && ++n_components > NB_ICAL_MAX_COMPONENTS)
        {
          /* Translators: %s is a file's name; the number is 200000. */
          g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                       _("“%s” holds more than %u events and other parts"), name,
                       NB_ICAL_MAX_COMPONENTS);
          return FALSE;
        }
    }

  return TRUE;
}

/* Reads @text whole with libical; a damaged calendar is refused. */
static icalcomponent *
parse_root (const char  *text,
            const char  *name,
            GList      **calendars,
            GError     **error)
{
  g_autofree char *damage = NULL;
  icalcomponent *root;

  if (!_nb_ical_check_size (text, name, error))
    return NULL;

  root = icalparser_parse_string (text);
  if (root == NULL)
    {
      /* libical gives nothing for a file cut short. */
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s” is incomplete or damaged and was not imported"), name);
      return NULL;
    }

  /* Several calendars in one file come under an XROOT. */
  *calendars = NULL;
  if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    *calendars = g_list_prepend (*calendars, root);
  else if (icalcomponent_isa (root) == ICAL_XROOT_COMPONENT)
    {
      for (icalcomponent *c = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
           c != NULL;
           c = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
        *calendars = g_list_prepend (*calendars, c);
      *calendars = g_list_reverse (*calendars);
    }

  if (*calendars == NULL)
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
      g_clear_pointer (calendars, g_list_free);
      icalcomponent_free (root);
      return NULL;
    }

  return root;
}

/* The meals of @text, and how many events it has in all. */
static GPtrArray *
read_meals (const char  *text,
            const char  *name,
            GPtrArray   *problems,
            guint       *n_events,
            GError     **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_ical_event_free);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) raw = NULL;
  g_autoptr(GList) calendars = NULL;
  icalcomponent *root;
  guint c = 0;

  root = parse_root (text, name, &calendars, error);
  if (root == NULL)
    return NULL;

  /* The same calendars as libical found, in the same order, or none. */
  lines = nb_ical_text_split (text);
  raw = _nb_ical_find_raw_calendars (lines, "VEVENT");
  if (raw->len != g_list_length (calendars))
    g_ptr_array_set_size (raw, 0);

  *n_events = 0;
  for (GList *l = calendars; l != NULL; l = l->next, c++)
    {
      NbIcalRawCalendar *matched = c < raw->len ? g_ptr_array_index (raw, c) : NULL;

      if (matched != NULL &&
          matched->components->len != (guint) icalcomponent_count_components (l->data, ICAL_VEVENT_COMPONENT))
        matched = NULL;

      if (!read_calendar (l->data, lines, matched, name, n_events, events, problems, error))
        {
          icalcomponent_free (root);
          return NULL;
        }
    }

  icalcomponent_free (root);
  return g_steal_pointer (&events);
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
 * half-imported; events that are not meals (that repeat, last all day, or
 * name no meal in their title), and birthdays, are left out and listed.
 * Each meal keeps its event as it was written.
 *
 * Returns: (transfer full) (element-type NbIcalEvent): the meals
 */
GPtrArray *
nb_ical_parse (const char  *text,
               const char  *name,
               GPtrArray   *problems,
               GError     **error)
{
  guint n_events = 0;

  g_return_val_if_fail (text != NULL, NULL);

  return read_meals (text, name, problems, &n_events, error);
}

/**
 * nb_ical_read_resource:
 * @text: a calendar object of a CalDAV calendar: one event, with its
 *   time zones, and with its exceptions when it repeats
 * @name: its name, for messages
 * @meal: (out) (transfer full) (nullable): the meal it is, or %NULL
 * @other: (out) (transfer full) (nullable): the event it is when it is not
 *   a meal, or %NULL
 * @error: return location for an error
 *
 * Reads one resource of a synced calendar: a meal, or another event, to
 * be shown and never changed.
 *
 * Returns: %TRUE when it was read, and one of @meal and @other is set
 */
gboolean
nb_ical_read_resource (const char        *text,
                       const char        *name,
                       NbIcalEvent      **meal,
                       NbCalendarEvent  **other,
                       GError           **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) events = NULL;
  guint n_events = 0;

  g_return_val_if_fail (text != NULL && meal != NULL && other != NULL, FALSE);

  *meal = NULL;
  *other = NULL;

  events = read_meals (text, name, problems, &n_events, error);
  if (events == NULL)
    return FALSE;

  if (events->len == 1 && n_events == 1)
    {
      *meal = g_ptr_array_steal_index (events, 0);
      return TRUE;
    }

  *other = nb_ical_read_other_event (text, name, error);
  return *other != NULL;
}

/* ---------------------------------------------------------------------- */
/* Writing back                                                            */

/* The groups of @meeting that differ from @before, the meal as its
 * calendar says it. */
static guint
changed_groups (NbMeeting *before,
                NbMeeting *meeting)
{
  g_autofree char *title_before = nb_meeting_dup_title (before);
  g_autofree char *title = nb_meeting_dup_title (meeting);
  NbMeetingStatus status_before = nb_meeting_get_status (before);
  NbMeetingStatus status = nb_meeting_get_status (meeting);
  guint changed = 0;

  if (!g_date_time_equal (nb_meeting_get_start (before), nb_meeting_get_start (meeting)) ||
      nb_meeting_get_duration (before) != nb_meeting_get_duration (meeting))
    changed |= GROUP_TIME;
  if (g_strcmp0 (title_before, title) != 0)
    changed |= GROUP_TITLE;
  if (g_strcmp0 (nb_meeting_get_place (before), nb_meeting_get_place (meeting)) != 0 ||
      g_strcmp0 (nb_meeting_get_address (before), nb_meeting_get_address (meeting)) != 0)
    changed |= GROUP_PLACE;
  if (g_strcmp0 (nb_meeting_get_notes (before), nb_meeting_get_notes (meeting)) != 0)
    changed |= GROUP_NOTES;
  if ((status_before == NB_MEETING_CANCELLED) != (status == NB_MEETING_CANCELLED))
    changed |= GROUP_CANCELLED;
  if ((status_before == NB_MEETING_DONE) != (status == NB_MEETING_DONE))
    changed |= GROUP_DONE;
  if (nb_meeting_get_kind (before) != nb_meeting_get_kind (meeting))
    changed |= GROUP_KIND;
  if (nb_meeting_get_payer (before) != nb_meeting_get_payer (meeting))
    changed |= GROUP_PAYER;
  if (nb_meeting_get_follow_up (before) != nb_meeting_get_follow_up (meeting) ||
      !((nb_meeting_get_follow_up_date (before) == NULL && nb_meeting_get_follow_up_date (meeting) == NULL) ||
        (nb_meeting_get_follow_up_date (before) != NULL && nb_meeting_get_follow_up_date (meeting) != NULL &&
         g_date_time_to_unix (nb_meeting_get_follow_up_date (before)) ==
         g_date_time_to_unix (nb_meeting_get_follow_up_date (meeting)))))
    changed |= GROUP_FOLLOW_UP;

  return changed;
}

/* Whether two lists of attendees name the same people, whatever contacts
 * they are tied to. */
static gboolean
same_attendees (GPtrArray *a,
                GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      NbAttendee *x = g_ptr_array_index (a, i);
      NbAttendee *y = g_ptr_array_index (b, i);

      if (g_strcmp0 (x->name, y->name) != 0 || g_strcmp0 (x->email, y->email) != 0)
        return FALSE;
    }

  return TRUE;
}

/* The attendee of @meeting that an ATTENDEE line of the calendar names
 * (by email address, else by name), not taken yet; -1 if none. */
static int
find_attendee (GPtrArray  *attendees,
               gboolean   *taken,
               const char *name,
               const char *email)
{
  for (guint i = 0; i < attendees->len; i++)
    {
      NbAttendee *attendee = g_ptr_array_index (attendees, i);

      if (taken[i])
        continue;
      if (email != NULL ? g_ascii_strcasecmp (email, attendee->email ? attendee->email : "") == 0
                        : (attendee->email == NULL && g_strcmp0 (name, attendee->name) == 0))
        return i;
    }

  return -1;
}

/* An ATTENDEE line of the calendar: as it was when its person is still
 * there under the same name (PARTSTAT, ROLE and all), renamed when the
 * name changed, dropped when the person was taken off the meal. Lines of
 * people Netbook could not read stay. */
static void
write_back_attendee (GString    *out,
                     NbIcalLine *line,
                     GPtrArray  *attendees,
                     gboolean   *taken)
{
  icalproperty *property = icalproperty_new_from_string (line->unfolded);
  const char *name, *email, *uid;
  int index;

  if (property == NULL || !read_attendee (property, &name, &email, &uid))
    {
      g_string_append (out, line->raw);
      g_clear_pointer (&property, icalproperty_free);
      return;
    }

  index = find_attendee (attendees, taken, name, email);
  if (index >= 0)
    {
      NbAttendee *attendee = g_ptr_array_index (attendees, index);

      taken[index] = TRUE;
      if (g_strcmp0 (attendee->name, name) == 0)
        g_string_append (out, line->raw);
      else
        {
          g_autofree char *text = NULL;

          icalproperty_remove_parameter_by_kind (property, ICAL_CN_PARAMETER);
          icalproperty_add_parameter (property, icalparameter_new_cn (attendee->name));
          text = icalproperty_as_ical_string_r (property);
          g_string_append (out, text);
        }
    }

  icalproperty_free (property);
}

typedef struct
{
  NbMeeting            *meeting;
  NbIcalContactUidFunc  contact_uid;
  gpointer              user_data;
  guint                 changed;
  gboolean              attendees_changed;
  guint                 written;     /* the groups written so far */
  gboolean             *taken;       /* attendees kept from the calendar */
} Patch;

/* Writes the groups of the patch that changed and are not written yet,
 * with the attendees not in the calendar when @attendees. */
static void
write_pending (GString  *out,
               Patch    *patch,
               guint     groups,
               gboolean  attendees)
{
  GPtrArray *list = nb_meeting_get_attendees (patch->meeting);
  guint due = patch->changed & groups & ~patch->written;

  if (due != 0)
    {
      append_standard (out, patch->meeting, due);
      append_netbook (out, patch->meeting, due);
      patch->written |= due;
    }

  if (attendees && patch->attendees_changed)
    {
      for (guint i = 0; i < list->len; i++)
        if (!patch->taken[i])
          {
            append_attendee (out, g_ptr_array_index (list, i), patch->contact_uid, patch->user_data);
            patch->taken[i] = TRUE;
          }
    }
}

/* One line right inside the VEVENT. */
static void
write_back_line (GString    *out,
                 Patch      *patch,
                 NbIcalLine *line)
{
  guint group = group_of (line->name);

  if (group != 0 && (patch->changed & group))
    {
      /* Written anew where the first of its group was. */
      write_pending (out, patch, group, FALSE);
      return;
    }

  if (patch->attendees_changed && nb_ical_line_is (line, "ATTENDEE", NULL))
    {
      write_back_attendee (out, line, nb_meeting_get_attendees (patch->meeting), patch->taken);
      return;
    }

  if (nb_ical_line_is (line, "SEQUENCE", NULL) && (patch->changed & GROUP_TIME))
    {
      /* A new time is a new revision for those who were invited
       * (RFC 5545, 3.8.7.4). */
      gint64 sequence = g_ascii_strtoll (nb_ical_line_get_value (line), NULL, 10);

      g_string_append_printf (out, "SEQUENCE:%" G_GINT64_FORMAT "\r\n", MAX (sequence, 0) + 1);
      return;
    }

  g_string_append (out, line->raw);
}

/* The meal's calendar with what Netbook changed written in, every other
 * line as it was; a VTIMEZONE is added for a new time zone. %NULL when
 * the calendar cannot be read back (then the meal is written anew). */
static char *
patch_source (NbMeeting            *meeting,
              NbIcalContactUidFunc  contact_uid,
              gpointer              user_data)
{
  const char *source = nb_meeting_get_ical_source (meeting);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree gboolean *taken = NULL;
  g_autofree char *tzid = NULL;
  GString *out;
  Patch patch = { meeting, contact_uid, user_data, 0, FALSE, 0, NULL };
  NbMeeting *old;
  guint depth = 0, n_events = 0;
  gboolean in_event = FALSE, has_zone = FALSE;

  before = read_meals (source, "", problems, &n_events, NULL);
  if (before == NULL || before->len != 1 || n_events != 1)
    return NULL;

  old = ((NbIcalEvent *) g_ptr_array_index (before, 0))->meeting;
  if (g_strcmp0 (nb_meeting_get_uid (old), nb_meeting_get_uid (meeting)) != 0)
    return NULL;

  patch.changed = changed_groups (old, meeting);
  patch.attendees_changed = !same_attendees (nb_meeting_get_attendees (old),
                                             nb_meeting_get_attendees (meeting));
  if (patch.changed == 0 && !patch.attendees_changed)
    return g_strdup (source);

  patch.changed |= GROUP_STAMP;
  taken = g_new0 (gboolean, nb_meeting_get_attendees (meeting)->len + 1);
  patch.taken = taken;

  tzid = g_strdup (g_time_zone_get_identifier (g_date_time_get_timezone (nb_meeting_get_start (meeting))));
  lines = nb_ical_text_split (source);
  out = g_string_sized_new (strlen (source) + 256);

  for (guint i = 0; i < lines->len; i++)
    {
      NbIcalLine *line = g_ptr_array_index (lines, i);

      if (nb_ical_line_is (line, "BEGIN", NULL))
        {
          depth++;
          if (depth == 2 && g_str_equal (line->value, "VEVENT"))
            {
              /* Its zone, if the new time needs one the calendar lacks. */
              if ((patch.changed & GROUP_TIME) && !has_zone && builtin_zone (tzid) != NULL)
                {
                  g_autofree char *zone = nb_ical_write_timezone (tzid, g_date_time_to_unix (nb_meeting_get_start (meeting)));

                  if (zone != NULL)
                    g_string_append (out, zone);
                }
              in_event = TRUE;
            }
          else if (depth == 3 && in_event)
            /* Before VALARMs, what was not written yet. */
            write_pending (out, &patch, GROUP_ALL, TRUE);
          g_string_append (out, line->raw);
          continue;
        }

      if (nb_ical_line_is (line, "END", NULL))
        {
          if (depth == 2 && in_event)
            {
              write_pending (out, &patch, GROUP_ALL, TRUE);
              in_event = FALSE;
            }
          depth = depth > 0 ? depth - 1 : 0;
          g_string_append (out, line->raw);
          continue;
        }

      if (depth == 2 && !in_event && nb_ical_line_is (line, "TZID", NULL) &&
          g_strcmp0 (nb_ical_line_get_value (line), tzid) == 0)
        has_zone = TRUE;

      if (depth == 2 && in_event)
        write_back_line (out, &patch, line);
      else
        g_string_append (out, line->raw);
    }

  return g_string_free (out, FALSE);
}

/* The VEVENT of a calendar written by patch_source() or as a new one. */
static char *
event_of (const char *calendar)
{
  g_autoptr(GPtrArray) lines = nb_ical_text_split (calendar);
  g_autoptr(GPtrArray) raw = _nb_ical_find_raw_calendars (lines, "VEVENT");
  NbIcalRawCalendar *first = raw->len > 0 ? g_ptr_array_index (raw, 0) : NULL;
  GString *out = g_string_new (NULL);

  if (first != NULL && first->components->len > 0)
    _nb_ical_append_span (out, lines, g_array_index (first->components, NbIcalSpan, 0));

  return g_string_free (out, FALSE);
}

/**
 * nb_ical_write_meeting:
 * @meeting: a meal with a start time
 * @contact_uid: (nullable): gives the UID of an attendee's contact, to
 *   name attendees that have no email address
 * @user_data: data for @contact_uid
 *
 * Writes a meal as a VEVENT: SUMMARY "Lunch with Ada Lovelace" (or its
 * own title), DTSTART and DTEND in its time zone, LOCATION, DESCRIPTION,
 * an ATTENDEE for each person, STATUS when it was cancelled, its UID, and
 * Netbook's own X-NETBOOK- properties. A meal read from a calendar is
 * written as it was read, with only what changed since written anew: what
 * other apps wrote there (alarms, PARTSTAT, ORGANIZER, CATEGORIES, their
 * X- properties…) stays as they wrote it.
 *
 * Returns: (transfer full): the VEVENT
 */
char *
nb_ical_write_meeting (NbMeeting            *meeting,
                       NbIcalContactUidFunc  contact_uid,
                       gpointer              user_data)
{
  g_autofree char *calendar = NULL;

  g_return_val_if_fail (NB_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (nb_meeting_get_start (meeting) != NULL, NULL);

  if (nb_meeting_get_ical_source (meeting) != NULL &&
      (calendar = patch_source (meeting, contact_uid, user_data)) != NULL)
    return event_of (calendar);

  return write_new_event (meeting, contact_uid, user_data);
}

/**
 * nb_ical_write_meeting_calendar:
 * @meeting: a meal with a start time
 * @contact_uid: (nullable): as for nb_ical_write_meeting()
 * @user_data: data for @contact_uid
 *
 * Writes a meal as a whole calendar object, as a CalDAV calendar keeps
 * it: its calendar as it was read, with what changed written in, or a new
 * one with the VTIMEZONE it needs.
 *
 * Returns: (transfer full): the VCALENDAR
 */
char *
nb_ical_write_meeting_calendar (NbMeeting            *meeting,
                                NbIcalContactUidFunc  contact_uid,
                                gpointer              user_data)
{
  GDateTime *start;
  g_autofree char *begin = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *event = NULL;
  char *calendar;

  g_return_val_if_fail (NB_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (nb_meeting_get_start (meeting) != NULL, NULL);

  if (nb_meeting_get_ical_source (meeting) != NULL &&
      (calendar = patch_source (meeting, contact_uid, user_data)) != NULL)
    return calendar;

  start = nb_meeting_get_start (meeting);
  begin = nb_ical_calendar_begin ();
  zone = nb_ical_write_timezone (g_time_zone_get_identifier (g_date_time_get_timezone (start)),
                                 g_date_time_to_unix (start));
  event = write_new_event (meeting, contact_uid, user_data);

  return g_strconcat (begin, zone ? zone : "", event, nb_ical_calendar_end (), NULL);
}

/**
 * nb_ical_write_source_timezones:
 * @meeting: a meal
 * @written: (element-type utf8 utf8): the TZIDs of the VTIMEZONEs written
 *   so far
 *
 * The VTIMEZONEs of the calendar a meal was read from that are not
 * written yet, for a file of many meals: the meal, written back, may
 * still name them.
 *
 * Returns: (transfer full): the VTIMEZONEs, or an empty string
 */
char *
nb_ical_write_source_timezones (NbMeeting  *meeting,
                                GHashTable *written)
{
  const char *source = nb_meeting_get_ical_source (meeting);
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (NB_IS_MEETING (meeting), NULL);

  if (source == NULL)
    return g_string_free (out, FALSE);

  _nb_ical_append_unwritten_zones (out, source, written);

  return g_string_free (out, FALSE);
}

/* ---------------------------------------------------------------------- */
/* For the other parts of nb-ical (nb-ical-private.h)                      */

icalcomponent *
_nb_ical_parse_root (const char  *text,
                     const char  *name,
                     GList      **calendars,
                     GError     **error)
{
  return parse_root (text, name, calendars, error);
}

const char *
_nb_ical_x_value (icalcomponent *component,
                  const char    *name)
{
  return x_value (component, name);
}

void
_nb_ical_append_component_lines (GString       *out,
                                 icalcomponent *component)
{
  append_component_lines (out, component);
}

void
_nb_ical_append_x (GString    *out,
                   const char *name,
                   const char *value)
{
  append_x (out, name, value);
}

/* @time, in its IANA zone (with TZID) or else in UTC, set on @property with
 * @set (icalproperty_set_dtstart…), and @property added to @component. */
void
_nb_ical_add_time (icalcomponent *component,
                   icalproperty  *property,
                   GDateTime     *time,
                   void         (*set) (icalproperty *, struct icaltimetype))
{
  add_time (component, property, time, set);
}
