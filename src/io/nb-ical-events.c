/* nb-ical-events.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-ical-events"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <string.h>

#include "nb-ical-events.h"
#include "nb-ical-private.h"
#include "nb-io-error.h"

/* The events of a synced calendar that are not meals: read once, when
 * they come down, to be listed by day, and expanded with libical when one
 * repeats (RRULE, RDATE and EXDATE, and the occurrences moved by a
 * RECURRENCE-ID of their own). They are never written. */

/* Beyond this many times, a repeating event is taken to go on for ever. */
#define MAX_OCCURRENCES 10000
/* How far a repeating event with an end is followed to find it. */
#define MAX_YEARS 200

void
nb_occurrence_free (NbOccurrence *occurrence)
{
  if (occurrence == NULL)
    return;

  g_clear_pointer (&occurrence->start, g_date_time_unref);
  g_clear_pointer (&occurrence->end, g_date_time_unref);
  g_free (occurrence);
}

static icalcomponent *
first_calendar (icalcomponent *root)
{
  if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    return root;

  return icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
}

/* The event a calendar object is about: the one without a RECURRENCE-ID
 * (the series), else the first. */
static icalcomponent *
master_event (icalcomponent *calendar)
{
  icalcomponent *first = NULL;

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      if (icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) == NULL)
        return event;
      if (first == NULL)
        first = event;
    }

  return first;
}

static GDateTime *
date_utc (struct icaltimetype t)
{
  return g_date_time_new_utc (t.year, t.month, t.day, 0, 0, 0);
}

/* When @event starts and ends; an all-day one from midnight UTC of its
 * first day to that of the day after its last. */
static gboolean
event_span (icalcomponent  *calendar,
            icalcomponent  *event,
            GDateTime     **start,
            GDateTime     **end,
            gboolean       *all_day)
{
  icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalproperty *dtend = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  icalproperty *duration = icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY);
  struct icaltimetype t;
  gboolean date_only = FALSE;

  if (dtstart == NULL)
    return FALSE;

  t = icalproperty_get_dtstart (dtstart);
  if (icaltime_is_null_time (t) || !icaltime_is_valid_time (t))
    return FALSE;

  *all_day = t.is_date;
  if (t.is_date)
    {
      struct icaltimetype e = dtend ? icalproperty_get_dtend (dtend) : icaltime_null_time ();

      *start = date_utc (t);
      *end = NULL;
      if (*start == NULL)
        return FALSE;

      /* An end that is no date (DTEND;VALUE=DATE:68228857) is as none. */
      if (!icaltime_is_null_time (e) && e.is_date && icaltime_compare (e, t) > 0)
        *end = date_utc (e);
      if (*end == NULL && duration != NULL)
        *end = g_date_time_add_seconds (*start, MAX (icaldurationtype_as_int (icalproperty_get_duration (duration)), 86400));
      if (*end == NULL)
        *end = g_date_time_add_days (*start, 1);
      /* 9999-12-31, the last day GDateTime knows, has no day after. */
      if (*end == NULL)
        *end = g_date_time_ref (*start);
      return TRUE;
    }

  *start = _nb_ical_read_time (calendar, dtstart, &date_only);
  if (*start == NULL)
    return FALSE;

  if (dtend != NULL)
    *end = _nb_ical_read_time (calendar, dtend, &date_only);
  else if (duration != NULL)
    *end = g_date_time_add_seconds (*start, icaldurationtype_as_int (icalproperty_get_duration (duration)));
  else
    *end = NULL;

  if (*end == NULL || g_date_time_compare (*end, *start) < 0)
    {
      g_clear_pointer (end, g_date_time_unref);
      *end = g_date_time_ref (*start);
    }

  return TRUE;
}

static gboolean
is_floating (icalcomponent *event)
{
  icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  struct icaltimetype t = icalproperty_get_dtstart (dtstart);

  return !t.is_date && !icaltime_is_utc (t) &&
         icalproperty_get_first_parameter (dtstart, ICAL_TZID_PARAMETER) == NULL;
}

/* The time an occurrence is known by: when it starts, in seconds. */
static gint64
occurrence_key (icalcomponent *calendar,
                icalproperty  *property)
{
  struct icaltimetype t = icalvalue_get_datetime (icalproperty_get_value (property));
  g_autoptr(GDateTime) time = NULL;
  gboolean date_only = FALSE;

  if (t.is_date)
    time = date_utc (t);
  else
    time = _nb_ical_read_time (calendar, property, &date_only);

  return time != NULL ? g_date_time_to_unix (time) : G_MININT64;
}

typedef struct
{
  icalcomponent *master;
  gboolean       floating;
  gint64         length;     /* of the series' first time, in seconds */
  GHashTable    *moved;      /* keys of the occurrences an exception replaces */
  GArray        *found;      /* of gint64 pairs: start, end */
} Expansion;

static void
occurrence_cb (icalcomponent        *component,
               struct icaltime_span *span,
               void                 *user_data)
{
  Expansion *expansion = user_data;
  gint64 start = span->start;
  gint64 pair[2];

  if (expansion->found->len / 2 >= MAX_OCCURRENCES)
    return;

  /* libical takes a floating time for UTC; it is the local time. */
  if (expansion->floating)
    {
      g_autoptr(GDateTime) wall = g_date_time_new_from_unix_utc (start);
      g_autoptr(GDateTime) local = g_date_time_new_local (g_date_time_get_year (wall),
                                                           g_date_time_get_month (wall),
                                                           g_date_time_get_day_of_month (wall),
                                                           g_date_time_get_hour (wall),
                                                           g_date_time_get_minute (wall),
                                                           g_date_time_get_second (wall));

      start = g_date_time_to_unix (local);
    }

  if (g_hash_table_contains (expansion->moved, &start))
    return;

  pair[0] = start;
  pair[1] = start + expansion->length;
  g_array_append_vals (expansion->found, pair, 2);
}

/* Every time @calendar's event takes place in [@from, @to), as pairs of
 * seconds, in no particular order. */
static GArray *
expand (icalcomponent *calendar,
        gint64         from,
        gint64         to)
{
  g_autoptr(GHashTable) moved = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  Expansion expansion = { master_event (calendar), FALSE, 0, moved, NULL };
  gboolean all_day;

  expansion.found = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (expansion.master == NULL ||
      !event_span (calendar, expansion.master, &start, &end, &all_day))
    return expansion.found;

  expansion.floating = is_floating (expansion.master);
  expansion.length = g_date_time_to_unix (end) - g_date_time_to_unix (start);

  /* The exceptions: each replaces the time it names with its own. */
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      icalproperty *rid = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
      g_autoptr(GDateTime) moved_start = NULL;
      g_autoptr(GDateTime) moved_end = NULL;
      gboolean moved_all_day;
      gint64 key;

      if (event == expansion.master || rid == NULL)
        continue;

      key = occurrence_key (calendar, rid);
      g_hash_table_add (moved, g_memdup2 (&key, sizeof key));

      if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED ||
          !event_span (calendar, event, &moved_start, &moved_end, &moved_all_day))
        continue;

      if (g_date_time_to_unix (moved_start) < to && g_date_time_to_unix (moved_end) > from)
        {
          gint64 pair[2] = { g_date_time_to_unix (moved_start), g_date_time_to_unix (moved_end) };

          g_array_append_vals (expansion.found, pair, 2);
        }
    }

  if (icalcomponent_get_first_property (expansion.master, ICAL_RRULE_PROPERTY) == NULL &&
      icalcomponent_get_first_property (expansion.master, ICAL_RDATE_PROPERTY) == NULL)
    {
      gint64 pair[2] = { g_date_time_to_unix (start), g_date_time_to_unix (end) };

      if (pair[0] < to && MAX (pair[1], pair[0] + 1) > from &&
          !g_hash_table_contains (moved, &pair[0]))
        g_array_append_vals (expansion.found, pair, 2);
      return g_steal_pointer (&expansion.found);
    }

  /* An occurrence that started before @from may still go on. */
  icalcomponent_foreach_recurrence (expansion.master,
                                    icaltime_from_timet_with_zone (from - MAX (expansion.length, 0), FALSE,
                                                                   icaltimezone_get_utc_timezone ()),
                                    icaltime_from_timet_with_zone (to, FALSE,
                                                                   icaltimezone_get_utc_timezone ()),
                                    occurrence_cb, &expansion);

  return g_steal_pointer (&expansion.found);
}

static gboolean
repeats_for_ever (icalcomponent *master)
{
  icalproperty *rrule = icalcomponent_get_first_property (master, ICAL_RRULE_PROPERTY);
  struct icalrecurrencetype rule;

  if (rrule == NULL)
    return FALSE;

  rule = icalproperty_get_rrule (rrule);
  return rule.count == 0 && icaltime_is_null_time (rule.until);
}

/* When the last time of a repeating event ends; %NULL for ever. */
static GDateTime *
last_end (icalcomponent *calendar,
          GDateTime     *start,
          gboolean       all_day)
{
  g_autoptr(GArray) found = NULL;
  gint64 from = g_date_time_to_unix (start);
  gint64 last = G_MININT64;

  if (repeats_for_ever (master_event (calendar)))
    return NULL;

  found = expand (calendar, from, from + (gint64) MAX_YEARS * 366 * 86400);
  if (found->len / 2 >= MAX_OCCURRENCES)
    return NULL;

  for (guint i = 1; i < found->len; i += 2)
    last = MAX (last, g_array_index (found, gint64, i));

  if (last == G_MININT64)
    return NULL;

  return all_day ? g_date_time_new_from_unix_utc (last) : g_date_time_new_from_unix_local (last);
}

/**
 * nb_ical_read_other_event:
 * @text: a calendar object: an event, its time zones, and the exceptions
 *   of one that repeats
 * @name: its name, for messages
 * @error: return location for an error
 *
 * Reads an event of a synced calendar that is not a meal, as the calendar
 * view shows it.
 *
 * Returns: (transfer full): the event, or %NULL with @error set when @text
 *   holds no event with a start
 */
NbCalendarEvent *
nb_ical_read_other_event (const char  *text,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) until = NULL;
  icalcomponent *root, *calendar, *master;
  NbCalendarEvent *event;
  gboolean all_day = FALSE, repeats;

  g_return_val_if_fail (text != NULL, NULL);

  if (!_nb_ical_check_size (text, name, error))
    return NULL;

  if ((root = icalparser_parse_string (text)) == NULL)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s” is incomplete or damaged"), name);
      return NULL;
    }

  calendar = first_calendar (root);
  master = calendar ? master_event (calendar) : NULL;
  if (master == NULL || !event_span (calendar, master, &start, &end, &all_day))
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s” holds no event with a start"), name);
      icalcomponent_free (root);
      return NULL;
    }

  repeats = icalcomponent_get_first_property (master, ICAL_RRULE_PROPERTY) != NULL ||
            icalcomponent_get_first_property (master, ICAL_RDATE_PROPERTY) != NULL ||
            icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT) > 1;
  until = repeats ? last_end (calendar, start, all_day) : g_date_time_ref (end);

  event = nb_calendar_event_new (icalcomponent_get_uid (master), icalcomponent_get_summary (master),
                                 icalcomponent_get_location (master), start, end, all_day, until,
                                 repeats, text);
  icalcomponent_free (root);

  return event;
}

static int
compare_occurrences (gconstpointer a,
                     gconstpointer b)
{
  const NbOccurrence *x = *(NbOccurrence **) a;
  const NbOccurrence *y = *(NbOccurrence **) b;

  return g_date_time_compare (x->start, y->start);
}

/**
 * nb_ical_list_occurrences:
 * @event: an event that is not a meal
 * @from: the start of a period
 * @to: its end, excluded
 *
 * Lists the times @event takes place in a period: once for an event that
 * does not repeat, each time for one that does (RRULE, RDATE and EXDATE,
 * and exceptions of their own).
 *
 * Returns: (transfer full) (element-type NbOccurrence): the times, in order
 */
GPtrArray *
nb_ical_list_occurrences (NbCalendarEvent *event,
                          GDateTime       *from,
                          GDateTime       *to)
{
  GPtrArray *occurrences = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_occurrence_free);
  gboolean all_day = nb_calendar_event_get_all_day (event);
  g_autoptr(GArray) found = NULL;
  icalcomponent *root;
  icalcomponent *calendar;

  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (event), occurrences);

  root = icalparser_parse_string (nb_calendar_event_get_source (event));
  calendar = root ? first_calendar (root) : NULL;
  if (calendar == NULL)
    {
      g_clear_pointer (&root, icalcomponent_free);
      return occurrences;
    }

  found = expand (calendar, g_date_time_to_unix (from), g_date_time_to_unix (to));
  icalcomponent_free (root);

  for (guint i = 0; i + 1 < found->len; i += 2)
    {
      NbOccurrence *occurrence = g_new0 (NbOccurrence, 1);
      gint64 start = g_array_index (found, gint64, i);
      gint64 end = g_array_index (found, gint64, i + 1);

      occurrence->start = all_day ? g_date_time_new_from_unix_utc (start) : g_date_time_new_from_unix_local (start);
      occurrence->end = all_day ? g_date_time_new_from_unix_utc (end) : g_date_time_new_from_unix_local (end);
      g_ptr_array_add (occurrences, occurrence);
    }

  g_ptr_array_sort (occurrences, compare_occurrences);
  return occurrences;
}

/* The address of an ORGANIZER or ATTENDEE, without its mailto:. */
static void
add_email (GPtrArray  *emails,
           const char *value)
{
  if (value == NULL)
    return;
  if (g_ascii_strncasecmp (value, "mailto:", 7) == 0)
    value += 7;
  if (*value == '\0' || strchr (value, '@') == NULL)
    return;
  g_ptr_array_add (emails, g_strdup (value));
}

/**
 * nb_ical_capture_meetings:
 * @event: an event of a calendar the user counts as interactions
 * @now: occurrences that start after it are left out
 * @meetings: (element-type NbCapturedMeeting): where to add its past times
 *
 * Adds each time @event took place until @now (each occurrence of one that
 * repeats), with its title and its organizer's and attendees' addresses:
 * for nb_store_replace_captured_interactions(). All-day events, cancelled
 * ones and those with more than %NB_CAPTURE_MAX_ATTENDEES attendees are
 * not personal contact and add nothing. @meetings holds no more than
 * %NB_CAPTURE_MAX_MEETINGS: a hostile calendar cannot fill the memory.
 *
 * With @next, lowers it to when the event next takes place after @now
 * (within %NB_CAPTURE_HORIZON_DAYS): until then, and while the calendar
 * does not change, capturing it again would give the same.
 *
 * Returns: %FALSE if some times were left out because @meetings was full
 */
gboolean
nb_ical_capture_meetings (NbCalendarEvent *event,
                          GDateTime       *now,
                          GPtrArray       *meetings,
                          gint64          *next)
{
  g_autoptr(GPtrArray) emails = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) found = NULL;
  icalcomponent *root, *calendar, *master;
  const char *uid;
  guint n_attendees = 0;
  gboolean complete = TRUE;
  gboolean future = FALSE;
  gint64 to, first;

  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (event), TRUE);
  g_return_val_if_fail (now != NULL, TRUE);
  g_return_val_if_fail (meetings != NULL, TRUE);

  uid = nb_calendar_event_get_uid (event);
  if (nb_calendar_event_get_all_day (event) || uid == NULL)
    return TRUE;
  first = g_date_time_to_unix (nb_calendar_event_get_start (event));
  if (g_date_time_compare (nb_calendar_event_get_start (event), now) > 0)
    {
      /* To come: it counts once it begins. */
      if (next != NULL)
        *next = MIN (*next, first);
      return TRUE;
    }

  root = icalparser_parse_string (nb_calendar_event_get_source (event));
  calendar = root ? first_calendar (root) : NULL;
  master = calendar ? master_event (calendar) : NULL;
  if (master == NULL || icalcomponent_get_status (master) == ICAL_STATUS_CANCELLED)
    goto out;

  for (icalproperty *p = icalcomponent_get_first_property (master, ICAL_ATTENDEE_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (master, ICAL_ATTENDEE_PROPERTY))
    {
      n_attendees++;
      add_email (emails, icalproperty_get_attendee (p));
    }
  if (n_attendees > NB_CAPTURE_MAX_ATTENDEES)
    goto out;
  /* One organizer (RFC 5545): any more are not read. */
  {
    icalproperty *organizer = icalcomponent_get_first_property (master, ICAL_ORGANIZER_PROPERTY);

    if (organizer != NULL)
      add_email (emails, icalproperty_get_organizer (organizer));
  }
  if (emails->len == 0)
    goto out;

  /* Occurrences that started by @now (to is excluded), and with @next
   * those to come within the horizon. */
  to = g_date_time_to_unix (now) + 1;
  /* From a day before: libical leaves out a time that starts right at
   * the limit. */
  found = expand (calendar, first - 86400,
                  next != NULL ? to + NB_CAPTURE_HORIZON_DAYS * (gint64) 86400 : to);
  for (guint i = 0; i + 1 < found->len; i += 2)
    {
      gint64 start = g_array_index (found, gint64, i);
      g_autofree char *key = NULL;
      NbCapturedMeeting *meeting;

      if (start >= to)
        {
          if (next != NULL)
            *next = MIN (*next, start);
          future = TRUE;
          continue;
        }
      if (meetings->len >= NB_CAPTURE_MAX_MEETINGS)
        {
          complete = FALSE;
          break;
        }

      key = g_strdup_printf ("%s/%" G_GINT64_FORMAT, uid, start);
      meeting = nb_captured_meeting_new (key, nb_calendar_event_get_summary (event), start);
      for (guint j = 0; j < emails->len; j++)
        g_ptr_array_add (meeting->emails, g_strdup (g_ptr_array_index (emails, j)));
      g_ptr_array_add (meetings, meeting);
    }
  /* Cut short before any time to come: when it comes is not known, so it
   * may be any time. */
  if (next != NULL && !future && (!complete || found->len / 2 >= MAX_OCCURRENCES))
    *next = MIN (*next, to);

out:
  g_clear_pointer (&root, icalcomponent_free);
  return complete;
}

/* A calendar object per UID: its events and the file's time zones. The
 * components are listed first: libical has one iterator per component. */
static void
group_events (icalcomponent *calendar,
              GHashTable    *meals,
              GHashTable    *objects)
{
  g_autoptr(GPtrArray) zones = g_ptr_array_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  /* UIDs whose series is all day or names nobody: they would count for
   * nothing (nb_ical_capture_meetings()), and a file of birthdays is not
   * copied and read again for them. */
  g_autoptr(GHashTable) silent = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) masters = g_hash_table_new (g_str_hash, g_str_equal);

  for (icalcomponent *zone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
       zone != NULL;
       zone = icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT))
    g_ptr_array_add (zones, zone);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);

      g_ptr_array_add (events, event);
      /* The first series of a UID is the one read (master_event()). */
      if (uid != NULL &&
          icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) == NULL &&
          g_hash_table_add (masters, (gpointer) uid) &&
          (icalcomponent_get_dtstart (event).is_date ||
           (icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY) == NULL &&
            icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY) == NULL)))
        g_hash_table_add (silent, (gpointer) uid);
    }

  for (guint i = 0; i < events->len; i++)
    {
      icalcomponent *event = g_ptr_array_index (events, i);
      const char *uid = icalcomponent_get_uid (event);
      icalcomponent *object;
      gboolean meal = FALSE;

      if (uid == NULL || g_hash_table_contains (silent, uid) ||
          (meals != NULL && g_hash_table_contains (meals, uid)))
        continue;
      /* Meals are interactions already. */
      for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
           p != NULL && !meal;
           p = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
        meal = g_strcmp0 (icalproperty_get_x_name (p), "X-NETBOOK-KIND") == 0;
      if (meal)
        continue;

      object = g_hash_table_lookup (objects, uid);
      if (object == NULL)
        {
          object = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
          for (guint j = 0; j < zones->len; j++)
            icalcomponent_add_component (object, icalcomponent_new_clone (g_ptr_array_index (zones, j)));
          g_hash_table_insert (objects, g_strdup (uid), object);
        }
      icalcomponent_add_component (object, icalcomponent_new_clone (event));
    }
}

/**
 * nb_ical_capture_file:
 * @text: an iCalendar file
 * @name: its name, for messages
 * @meals: (nullable) (element-type utf8): the UIDs of its events read as
 *   meals (by their title), left out as well
 * @now: occurrences that start after it are left out
 * @meetings: (element-type NbCapturedMeeting): where to add its events'
 *   past times
 * @complete: (out) (optional): %FALSE if some were left out, past
 *   %NB_CAPTURE_MAX_MEETINGS
 * @error: return location for an error
 *
 * nb_ical_capture_meetings() for each event of a file but meals.
 *
 * Returns: %TRUE if @text could be read
 */
gboolean
nb_ical_capture_file (const char  *text,
                      const char  *name,
                      GHashTable  *meals,
                      GDateTime   *now,
                      GPtrArray   *meetings,
                      gboolean    *complete,
                      GError     **error)
{
  g_autoptr(GHashTable) objects = NULL;
  gboolean all = TRUE;
  GHashTableIter iter;
  gpointer value;
  icalcomponent *root;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!_nb_ical_check_size (text, name, error))
    return FALSE;

  if ((root = icalparser_parse_string (text)) == NULL)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s” is incomplete or damaged"), name);
      return FALSE;
    }

  objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) icalcomponent_free);
  if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    group_events (root, meals, objects);
  else
    for (icalcomponent *calendar = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
         calendar != NULL;
         calendar = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
      group_events (calendar, meals, objects);
  icalcomponent_free (root);

  g_hash_table_iter_init (&iter, objects);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *object = icalcomponent_as_ical_string_r (value);
      g_autoptr(NbCalendarEvent) event = nb_ical_read_other_event (object, name, NULL);

      if (event != NULL && !nb_ical_capture_meetings (event, now, meetings, NULL))
        all = FALSE;
    }

  if (complete != NULL)
    *complete = all;
  return TRUE;
}

/**
 * nb_ical_capture_dup_limit_message:
 * @name: a calendar's or a file's name
 *
 * Returns: (transfer full): what to say when a calendar had more than
 *   %NB_CAPTURE_MAX_MEETINGS past meetings
 */
char *
nb_ical_capture_dup_limit_message (const char *name)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a calendar's name, then a number of
                                        * meetings (100,000). */
                                       "%s: only the first %u past meeting counts as an interaction; the others were left out",
                                       "%s: only the first %u past meetings count as interactions; the others were left out",
                                       NB_CAPTURE_MAX_MEETINGS),
                          name, (guint) NB_CAPTURE_MAX_MEETINGS);
}
