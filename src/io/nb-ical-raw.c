/* nb-ical-raw.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-ical"

#include "config.h"

#include <string.h>

#include "nb-ical-raw.h"
#include "nb-ical-text.h"

/* Calendars as they were written: where each VCALENDAR of a text, each of
 * its components and its time zones begin and end, so that a component
 * read can be kept, and written back, line for line (meals in nb-ical.c,
 * interactions in nb-ical-journal.c). */

/* A calendar kept beyond this is not kept: only what a component
 * carries (a large attachment, say) makes it this big. */
#define MAX_SOURCE (1024 * 1024)

static void
raw_calendar_free (NbIcalRawCalendar *calendar)
{
  g_array_unref (calendar->components);
  g_array_unref (calendar->zones);
  g_ptr_array_unref (calendar->zone_ids);
  g_free (calendar);
}

/* The TZID of the VTIMEZONE that starts at @first. */
static char *
zone_id (GPtrArray *lines,
         guint      first)
{
  for (guint i = first + 1; i < lines->len; i++)
    {
      NbIcalLine *line = g_ptr_array_index (lines, i);

      if (nb_ical_line_is (line, "BEGIN", NULL) || nb_ical_line_is (line, "END", NULL))
        break;
      if (nb_ical_line_is (line, "TZID", NULL))
        return g_strdup (nb_ical_line_get_value (line));
    }

  return g_strdup ("");
}

/**
 * _nb_ical_find_raw_calendars:
 * @lines: the content lines of a text
 * @component: the name of the components to find: "VEVENT", "VJOURNAL"
 *
 * Finds the VCALENDARs of @lines as they were written, with their
 * components named @component, in order, and their time zones.
 *
 * Returns: (transfer full) (element-type NbIcalRawCalendar): the calendars
 */
GPtrArray *
_nb_ical_find_raw_calendars (GPtrArray  *lines,
                             const char *component)
{
  GPtrArray *calendars = g_ptr_array_new_with_free_func ((GDestroyNotify) raw_calendar_free);
  NbIcalRawCalendar *calendar = NULL;
  guint depth = 0;
  NbIcalSpan child = { 0, 0 };
  const char *child_name = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      NbIcalLine *line = g_ptr_array_index (lines, i);

      if (nb_ical_line_is (line, "BEGIN", NULL))
        {
          depth++;
          if (depth == 1 && g_str_equal (line->value, "VCALENDAR"))
            {
              calendar = g_new0 (NbIcalRawCalendar, 1);
              calendar->whole.first = i;
              calendar->components = g_array_new (FALSE, FALSE, sizeof (NbIcalSpan));
              calendar->zones = g_array_new (FALSE, FALSE, sizeof (NbIcalSpan));
              calendar->zone_ids = g_ptr_array_new_with_free_func (g_free);
              calendar->plain = TRUE;
              g_ptr_array_add (calendars, calendar);
            }
          else if (depth == 2 && calendar != NULL)
            {
              child.first = i;
              child_name = line->value;
            }
        }
      else if (nb_ical_line_is (line, "END", NULL) && depth > 0)
        {
          if (depth == 2 && calendar != NULL && child_name != NULL)
            {
              child.last = i;
              if (g_str_equal (child_name, component))
                g_array_append_val (calendar->components, child);
              else if (g_str_equal (child_name, "VTIMEZONE"))
                {
                  g_array_append_val (calendar->zones, child);
                  g_ptr_array_add (calendar->zone_ids, zone_id (lines, child.first));
                }
              else
                calendar->plain = FALSE;
              child_name = NULL;
            }
          else if (depth == 1 && calendar != NULL)
            {
              calendar->whole.last = i;
              calendar->plain &= calendar->components->len == 1;
              calendar = NULL;
            }
          depth--;
        }
      else if (depth == 1 && calendar != NULL && nb_ical_line_is (line, "METHOD", NULL))
        calendar->plain = FALSE;
    }

  return calendars;
}

/* Appends the lines of @span as they were written. */
void
_nb_ical_append_span (GString    *out,
                      GPtrArray  *lines,
                      NbIcalSpan  block)
{
  for (guint i = block.first; i <= block.last && i < lines->len; i++)
    g_string_append (out, ((NbIcalLine *) g_ptr_array_index (lines, i))->raw);
}

/* Whether a line of @event names @tzid as its time zone. */
static gboolean
span_uses_zone (GPtrArray  *lines,
                NbIcalSpan  event,
                const char *tzid)
{
  g_autofree char *plain = g_strconcat ("TZID=", tzid, NULL);
  g_autofree char *quoted = g_strconcat ("TZID=\"", tzid, "\"", NULL);

  for (guint i = event.first; i <= event.last; i++)
    {
      const char *text = ((NbIcalLine *) g_ptr_array_index (lines, i))->unfolded;

      if (strstr (text, plain) != NULL || strstr (text, quoted) != NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * _nb_ical_component_source:
 * @lines: the content lines of a text
 * @calendar: one of its calendars
 * @k: which of the calendar's components
 *
 * The calendar of the @k-th component of @calendar as it was written: the
 * VCALENDAR itself when it holds that one component, else one made of its
 * properties (but METHOD), the time zones the component uses, and the
 * component.
 *
 * Returns: (transfer full) (nullable): the calendar, or %NULL when it is
 *   larger than is kept (1 MiB)
 */
char *
_nb_ical_component_source (GPtrArray         *lines,
                           NbIcalRawCalendar *calendar,
                           guint              k)
{
  NbIcalSpan event = g_array_index (calendar->components, NbIcalSpan, k);
  GString *out = g_string_new (NULL);

  if (calendar->plain)
    _nb_ical_append_span (out, lines, calendar->whole);
  else
    {
      g_string_append (out, "BEGIN:VCALENDAR\r\n");
      for (guint i = calendar->whole.first + 1; i < calendar->whole.last; i++)
        {
          NbIcalLine *line = g_ptr_array_index (lines, i);

          if (nb_ical_line_is (line, "BEGIN", NULL))
            break;
          if (!nb_ical_line_is (line, "METHOD", NULL))
            g_string_append (out, line->raw);
        }
      for (guint i = 0; i < calendar->zones->len; i++)
        if (span_uses_zone (lines, event, g_ptr_array_index (calendar->zone_ids, i)))
          _nb_ical_append_span (out, lines, g_array_index (calendar->zones, NbIcalSpan, i));
      _nb_ical_append_span (out, lines, event);
      g_string_append (out, "END:VCALENDAR\r\n");
    }

  if (out->len > MAX_SOURCE)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/**
 * _nb_ical_append_unwritten_zones:
 * @out: where to write
 * @source: a calendar as it was written
 * @written: (element-type utf8 utf8): the TZIDs written so far; those
 *   appended are added
 *
 * Appends the VTIMEZONEs of @source, as written, that are not written yet.
 */
void
_nb_ical_append_unwritten_zones (GString    *out,
                                 const char *source,
                                 GHashTable *written)
{
  g_autoptr(GPtrArray) lines = nb_ical_text_split (source);
  /* Any component name: the time zones are found all the same. */
  g_autoptr(GPtrArray) raw = _nb_ical_find_raw_calendars (lines, "VEVENT");

  for (guint c = 0; c < raw->len; c++)
    {
      NbIcalRawCalendar *calendar = g_ptr_array_index (raw, c);

      for (guint i = 0; i < calendar->zones->len; i++)
        {
          const char *tzid = g_ptr_array_index (calendar->zone_ids, i);

          if (g_hash_table_contains (written, tzid))
            continue;
          g_hash_table_add (written, g_strdup (tzid));
          _nb_ical_append_span (out, lines, g_array_index (calendar->zones, NbIcalSpan, i));
        }
    }
}
