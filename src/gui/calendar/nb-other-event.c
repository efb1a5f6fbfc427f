/* nb-other-event.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-other-event"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-birthday.h"
#include "nb-format.h"
#include "nb-ical-events.h"
#include "nb-other-event.h"
#include "nb-week.h"

/**
 * NbOtherEvent:
 *
 * One time an event of a synced calendar that is not a meal takes place,
 * as the Calendar view shows it: on the days it covers (an all-day one by
 * its date, a timed one by its local time), read-only.
 */
struct _NbOtherEvent
{
  GObject          parent_instance;

  NbCalendarEvent *event;
  GDateTime       *start;
  GDateTime       *end;
};

G_DEFINE_FINAL_TYPE (NbOtherEvent, nb_other_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EVENT,
  PROP_START,
  PROP_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_all_day (NbOtherEvent *self)
{
  return nb_calendar_event_get_all_day (self->event);
}

/* The calendar day of @time: in UTC for an all-day event, whose times are
 * midnights UTC, else in the local time zone. */
static void
set_date (GDate     *date,
          GDateTime *time,
          gboolean   all_day)
{
  g_autoptr(GDateTime) shown = all_day ? g_date_time_to_utc (time) : g_date_time_to_local (time);

  nb_date_set_from_date_time (date, shown);
}

static char *
format_local_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return nb_format_time (local);
}

static char *
format_range (const char *from,
              const char *to)
{
  /* Translators: from when to when: "10:00 – 11:00", "Monday, November 30
   * – Wednesday, December 2". */
  return g_strdup_printf (C_("time range", "%1$s – %2$s"), from, to);
}

static char *
format_day_and_time (const GDate *day,
                     GDateTime   *time)
{
  g_autofree char *day_text = nb_format_day (day, FALSE);
  g_autofree char *time_text = format_local_time (time);

  /* Translators: a day and a time: "Monday, November 30, 22:00". */
  return g_strdup_printf (C_("day and time", "%1$s, %2$s"), day_text, time_text);
}

static void
nb_other_event_finalize (GObject *object)
{
  NbOtherEvent *self = (NbOtherEvent *) object;

  g_clear_object (&self->event);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);

  G_OBJECT_CLASS (nb_other_event_parent_class)->finalize (object);
}

static void
nb_other_event_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NbOtherEvent *self = NB_OTHER_EVENT (object);

  switch (prop_id)
    {
    case PROP_EVENT: g_value_set_object (value, self->event); break;
    case PROP_START: g_value_set_boxed (value, self->start); break;
    case PROP_END: g_value_set_boxed (value, self->end); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_other_event_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NbOtherEvent *self = NB_OTHER_EVENT (object);

  switch (prop_id)
    {
    case PROP_EVENT: self->event = g_value_dup_object (value); break;
    case PROP_START: self->start = g_value_dup_boxed (value); break;
    case PROP_END: self->end = g_value_dup_boxed (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_other_event_class_init (NbOtherEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = nb_other_event_finalize;
  object_class->get_property = nb_other_event_get_property;
  object_class->set_property = nb_other_event_set_property;

  properties[PROP_EVENT] = g_param_spec_object ("event", NULL, NULL, NB_TYPE_CALENDAR_EVENT, flags);
  /**
   * NbOtherEvent:start:
   *
   * When this time of the event starts.
   */
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, flags);
  /**
   * NbOtherEvent:end:
   *
   * When this time of the event ends, excluded.
   */
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_other_event_init (NbOtherEvent *self)
{
}

/**
 * nb_other_event_new:
 * @event: an event that is not a meal
 * @start: when this time of it starts
 * @end: when it ends, excluded
 *
 * Returns: (transfer full): one time @event takes place
 */
NbOtherEvent *
nb_other_event_new (NbCalendarEvent *event,
                    GDateTime       *start,
                    GDateTime       *end)
{
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (event), NULL);
  g_return_val_if_fail (start != NULL && end != NULL, NULL);

  return g_object_new (NB_TYPE_OTHER_EVENT,
                       "event", event,
                       "start", start,
                       "end", end,
                       NULL);
}

/* All-day ones first, then by time. */
static int
compare_others (gconstpointer a,
                gconstpointer b)
{
  NbOtherEvent *x = *(NbOtherEvent **) a;
  NbOtherEvent *y = *(NbOtherEvent **) b;

  if (is_all_day (x) != is_all_day (y))
    return is_all_day (x) ? -1 : 1;

  return g_date_time_compare (x->start, y->start);
}

static void
add_if_shown (GPtrArray    *others,
              NbOtherEvent *other,
              const GDate  *first,
              const GDate  *last)
{
  GDate other_first, other_last;

  nb_other_event_get_days (other, &other_first, &other_last);
  if (g_date_compare (&other_first, last) <= 0 && g_date_compare (&other_last, first) >= 0)
    g_ptr_array_add (others, other);
  else
    g_object_unref (other);
}

/**
 * nb_other_event_list:
 * @store: a store
 * @first: the first day
 * @n_days: how many days
 *
 * Lists the times the events of synced calendars that are not meals take
 * place on some days, such as the six weeks of a month view: with one
 * query, expanding only the events that repeat.
 *
 * Returns: (transfer full) (element-type NbOtherEvent): the times, all-day
 *   ones first, then by time
 */
GPtrArray *
nb_other_event_list (NbStore     *store,
                     const GDate *first,
                     guint        n_days)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GPtrArray) events = NULL;
  GPtrArray *others;
  GDate last;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (n_days > 0, NULL);

  /* A day more on each side: all-day events go by their date in UTC, which
   * the local midnights around the days may not reach. */
  start = nb_date_to_local_time (first, 0, 0);
  from = g_date_time_add_days (start, -1);
  to = g_date_time_add_days (start, n_days + 1);
  last = *first;
  g_date_add_days (&last, n_days - 1);

  events = nb_store_list_calendar_events (store, from, to);
  others = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < events->len; i++)
    {
      NbCalendarEvent *event = g_ptr_array_index (events, i);
      g_autoptr(GPtrArray) occurrences = NULL;

      if (!nb_calendar_event_get_repeats (event))
        {
          add_if_shown (others,
                        nb_other_event_new (event, nb_calendar_event_get_start (event),
                                            nb_calendar_event_get_end (event)),
                        first, &last);
          continue;
        }

      occurrences = nb_ical_list_occurrences (event, from, to);
      for (guint j = 0; j < occurrences->len; j++)
        {
          NbOccurrence *occurrence = g_ptr_array_index (occurrences, j);

          add_if_shown (others, nb_other_event_new (event, occurrence->start, occurrence->end), first, &last);
        }
    }

  g_ptr_array_sort (others, compare_others);
  return others;
}

/**
 * nb_other_event_get_event:
 *
 * Returns: (transfer none): the event
 */
NbCalendarEvent *
nb_other_event_get_event (NbOtherEvent *self)
{
  g_return_val_if_fail (NB_IS_OTHER_EVENT (self), NULL);

  return self->event;
}

GDateTime *
nb_other_event_get_start (NbOtherEvent *self)
{
  g_return_val_if_fail (NB_IS_OTHER_EVENT (self), NULL);

  return self->start;
}

GDateTime *
nb_other_event_get_end (NbOtherEvent *self)
{
  g_return_val_if_fail (NB_IS_OTHER_EVENT (self), NULL);

  return self->end;
}

/**
 * nb_other_event_get_summary:
 *
 * Returns: the event's title, or "Untitled event"
 */
const char *
nb_other_event_get_summary (NbOtherEvent *self)
{
  const char *summary;

  g_return_val_if_fail (NB_IS_OTHER_EVENT (self), NULL);

  summary = nb_calendar_event_get_summary (self->event);
  if (summary != NULL && *summary != '\0')
    return summary;

  /* Translators: an event of a synced calendar that has no title. */
  return _("Untitled event");
}

/**
 * nb_other_event_get_days:
 * @self: a time of an event
 * @first: (out caller-allocates): the first day it covers
 * @last: (out caller-allocates): the last one
 */
void
nb_other_event_get_days (NbOtherEvent *self,
                         GDate        *first,
                         GDate        *last)
{
  g_return_if_fail (NB_IS_OTHER_EVENT (self));

  set_date (first, self->start, is_all_day (self));
  if (g_date_time_compare (self->end, self->start) > 0)
    {
      g_autoptr(GDateTime) last_moment = g_date_time_add_seconds (self->end, -1);

      set_date (last, last_moment, is_all_day (self));
    }
  else
    *last = *first;
}

/**
 * nb_other_event_fills_day:
 * @self: a time of an event
 * @day: one of the days it covers
 *
 * Returns: %TRUE if it takes all of @day: an all-day event, or a day
 *   between the first and the last of a long one
 */
gboolean
nb_other_event_fills_day (NbOtherEvent *self,
                          const GDate  *day)
{
  GDate first, last;

  g_return_val_if_fail (NB_IS_OTHER_EVENT (self), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  if (is_all_day (self))
    return TRUE;

  nb_other_event_get_days (self, &first, &last);
  return g_date_compare (day, &first) > 0 && g_date_compare (day, &last) < 0;
}

/**
 * nb_other_event_dup_time:
 * @self: a time of an event
 * @day: one of the days it covers
 *
 * Returns: (transfer full): when it is that day, in a few words: "10:00",
 *   "All day", or "Until 02:00" on the last day of one that began before
 */
char *
nb_other_event_dup_time (NbOtherEvent *self,
                         const GDate  *day)
{
  GDate first, last;

  g_return_val_if_fail (NB_IS_OTHER_EVENT (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  if (nb_other_event_fills_day (self, day))
    return g_strdup (_("All day"));

  nb_other_event_get_days (self, &first, &last);
  if (g_date_compare (day, &first) > 0)
    {
      g_autofree char *end = format_local_time (self->end);

      /* Translators: on the last day of an event that began on an earlier
       * day: "Until 02:00". */
      return g_strdup_printf (C_("other event", "Until %s"), end);
    }

  return format_local_time (self->start);
}

/**
 * nb_other_event_dup_span:
 * @self: a time of an event
 *
 * Returns: (transfer full): from when to when: "10:00 – 11:00", "All day",
 *   "Monday, November 30 – Wednesday, December 2"
 */
char *
nb_other_event_dup_span (NbOtherEvent *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate first, last;

  g_return_val_if_fail (NB_IS_OTHER_EVENT (self), NULL);

  nb_other_event_get_days (self, &first, &last);

  if (is_all_day (self))
    {
      if (g_date_compare (&first, &last) == 0)
        return g_strdup (_("All day"));

      from = nb_format_day (&first, FALSE);
      to = nb_format_day (&last, FALSE);
    }
  else if (g_date_time_compare (self->end, self->start) <= 0)
    return format_local_time (self->start);
  else if (g_date_compare (&first, &last) == 0)
    {
      from = format_local_time (self->start);
      to = format_local_time (self->end);
    }
  else
    {
      from = format_day_and_time (&first, self->start);
      to = format_day_and_time (&last, self->end);
    }

  return format_range (from, to);
}

/**
 * nb_other_event_dup_accessible:
 * @self: a time of an event
 * @day: one of the days it covers
 *
 * Returns: (transfer full): what a screen reader says of it that day:
 *   "Dentist appointment, 10:00, other event"
 */
char *
nb_other_event_dup_accessible (NbOtherEvent *self,
                               const GDate  *day)
{
  g_autofree char *time = NULL;

  g_return_val_if_fail (NB_IS_OTHER_EVENT (self), NULL);

  time = nb_other_event_dup_time (self, day);
  /* Translators: an event of a synced calendar that is not a meal, as a
   * screen reader says it: "Dentist appointment, 10:00, other event". */
  return g_strdup_printf (C_("other event", "%1$s, %2$s, other event"),
                          nb_other_event_get_summary (self), time);
}
