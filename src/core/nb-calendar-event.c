/* nb-calendar-event.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-calendar-event"

#include "config.h"

#include "nb-calendar-event.h"

/**
 * NbCalendarEvent:
 *
 * An event of a synced calendar that is not a meal: a dentist appointment,
 * a team meeting, a holiday someone else put in the calendar. Netbook
 * shows it beside the meals, and never changes it or counts it as a meal;
 * it keeps the event as the server gave it (#NbCalendarEvent:source), so
 * that a repeating one can be expanded.
 *
 * An all-day event starts and ends at midnight UTC of its first day and of
 * the day after its last.
 */
struct _NbCalendarEvent
{
  GObject    parent_instance;

  char      *uid;
  char      *summary;
  char      *location;
  GDateTime *start;
  GDateTime *end;
  GDateTime *until;
  char      *source;
  gboolean   all_day;
  gboolean   repeats;
};

G_DEFINE_FINAL_TYPE (NbCalendarEvent, nb_calendar_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UID,
  PROP_SUMMARY,
  PROP_LOCATION,
  PROP_START,
  PROP_END,
  PROP_ALL_DAY,
  PROP_UNTIL,
  PROP_REPEATS,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nb_calendar_event_finalize (GObject *object)
{
  NbCalendarEvent *self = (NbCalendarEvent *) object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_clear_pointer (&self->until, g_date_time_unref);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (nb_calendar_event_parent_class)->finalize (object);
}

static void
nb_calendar_event_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  NbCalendarEvent *self = NB_CALENDAR_EVENT (object);

  switch (prop_id)
    {
    case PROP_UID: g_value_set_string (value, self->uid); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_LOCATION: g_value_set_string (value, self->location); break;
    case PROP_START: g_value_set_boxed (value, self->start); break;
    case PROP_END: g_value_set_boxed (value, self->end); break;
    case PROP_ALL_DAY: g_value_set_boolean (value, self->all_day); break;
    case PROP_UNTIL: g_value_set_boxed (value, self->until); break;
    case PROP_REPEATS: g_value_set_boolean (value, self->repeats); break;
    case PROP_SOURCE: g_value_set_string (value, self->source); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_calendar_event_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  NbCalendarEvent *self = NB_CALENDAR_EVENT (object);

  switch (prop_id)
    {
    case PROP_UID: self->uid = g_value_dup_string (value); break;
    case PROP_SUMMARY: self->summary = g_value_dup_string (value); break;
    case PROP_LOCATION: self->location = g_value_dup_string (value); break;
    case PROP_START: self->start = g_value_dup_boxed (value); break;
    case PROP_END: self->end = g_value_dup_boxed (value); break;
    case PROP_ALL_DAY: self->all_day = g_value_get_boolean (value); break;
    case PROP_UNTIL: self->until = g_value_dup_boxed (value); break;
    case PROP_REPEATS: self->repeats = g_value_get_boolean (value); break;
    case PROP_SOURCE: self->source = g_value_dup_string (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_calendar_event_class_init (NbCalendarEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = nb_calendar_event_finalize;
  object_class->get_property = nb_calendar_event_get_property;
  object_class->set_property = nb_calendar_event_set_property;

  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, NULL, flags);
  /**
   * NbCalendarEvent:start:
   *
   * When it starts; the first time, for one that repeats.
   */
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, flags);
  /**
   * NbCalendarEvent:end:
   *
   * When it ends (the first time), excluded.
   */
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_ALL_DAY] = g_param_spec_boolean ("all-day", NULL, NULL, FALSE, flags);
  /**
   * NbCalendarEvent:until:
   *
   * When its last time ends, or %NULL when it repeats for ever.
   */
  properties[PROP_UNTIL] = g_param_spec_boxed ("until", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_REPEATS] = g_param_spec_boolean ("repeats", NULL, NULL, FALSE, flags);
  /**
   * NbCalendarEvent:source:
   *
   * The calendar object as the server gave it.
   */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_calendar_event_init (NbCalendarEvent *self)
{
}

/**
 * nb_calendar_event_new:
 * @uid: (nullable): its UID
 * @summary: (nullable): its title
 * @location: (nullable): where
 * @start: when it (first) starts
 * @end: when it (first) ends
 * @all_day: whether it takes whole days
 * @until: (nullable): when its last time ends; %NULL for ever
 * @repeats: whether it repeats
 * @source: the calendar object it was read from
 *
 * Returns: (transfer full): a new event
 */
NbCalendarEvent *
nb_calendar_event_new (const char *uid,
                       const char *summary,
                       const char *location,
                       GDateTime  *start,
                       GDateTime  *end,
                       gboolean    all_day,
                       GDateTime  *until,
                       gboolean    repeats,
                       const char *source)
{
  g_return_val_if_fail (start != NULL && end != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  return g_object_new (NB_TYPE_CALENDAR_EVENT,
                       "uid", uid,
                       "summary", summary,
                       "location", location,
                       "start", start,
                       "end", end,
                       "all-day", all_day,
                       "until", until,
                       "repeats", repeats,
                       "source", source,
                       NULL);
}

const char *
nb_calendar_event_get_uid (NbCalendarEvent *self)
{
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (self), NULL);

  return self->uid;
}

const char *
nb_calendar_event_get_summary (NbCalendarEvent *self)
{
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (self), NULL);

  return self->summary;
}

const char *
nb_calendar_event_get_location (NbCalendarEvent *self)
{
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (self), NULL);

  return self->location;
}

GDateTime *
nb_calendar_event_get_start (NbCalendarEvent *self)
{
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (self), NULL);

  return self->start;
}

GDateTime *
nb_calendar_event_get_end (NbCalendarEvent *self)
{
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (self), NULL);

  return self->end;
}

gboolean
nb_calendar_event_get_all_day (NbCalendarEvent *self)
{
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (self), FALSE);

  return self->all_day;
}

GDateTime *
nb_calendar_event_get_until (NbCalendarEvent *self)
{
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (self), NULL);

  return self->until;
}

gboolean
nb_calendar_event_get_repeats (NbCalendarEvent *self)
{
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (self), FALSE);

  return self->repeats;
}

const char *
nb_calendar_event_get_source (NbCalendarEvent *self)
{
  g_return_val_if_fail (NB_IS_CALENDAR_EVENT (self), NULL);

  return self->source;
}
