/* nb-meeting.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meeting"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-meeting-private.h"
#include "nb-text.h"
#include "nb-week.h"

/**
 * NbMeeting:
 *
 * A meal with people: breakfast, a coffee, lunch, dinner or drinks, when
 * and where, with whom, who pays (settled up front), whether it happened,
 * and the thank-you note it calls for. Attendees keep their names, so a
 * meal outlives a deleted contact.
 *
 * A meal that came from a calendar keeps the event as it was written
 * (#NbMeeting:ical-source), so that writing it back changes only what
 * Netbook changed, and its title when that is not the one Netbook gives.
 */
struct _NbMeeting
{
  GObject          parent_instance;

  gint64           id;
  char            *uid;
  NbMealKind       kind;
  GDateTime       *start;
  guint            duration;
  char            *place;
  char            *address;
  NbPayer          payer;
  NbMeetingStatus  status;
  char            *notes;
  NbFollowUp       follow_up;
  GDateTime       *follow_up_date;
  GPtrArray       *attendees;
  char            *title;
  char            *ical_source;
  gint64           created;
  gint64           updated;
};

G_DEFINE_FINAL_TYPE (NbMeeting, nb_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_KIND,
  PROP_START,
  PROP_DURATION,
  PROP_PLACE,
  PROP_ADDRESS,
  PROP_PAYER,
  PROP_STATUS,
  PROP_NOTES,
  PROP_FOLLOW_UP,
  PROP_FOLLOW_UP_DATE,
  PROP_ATTENDEES,
  PROP_TITLE,
  PROP_ICAL_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Breakfast, coffee, lunch, dinner, drinks. */
static const struct {
  const char *name;
  int         hour;
  int         minute;
  guint       duration;
} kinds[NB_MEAL_N_KINDS] = {
  { N_("Breakfast"), 8, 0, 60 },
  { N_("Coffee"), 10, 30, 45 },
  { N_("Lunch"), 12, 30, 90 },
  { N_("Dinner"), 19, 30, 120 },
  { N_("Drinks"), 18, 30, 90 },
};

/* What each kind of meal is called in every language Netbook speaks (the
 * translations of the kinds' names in po/, and the words people write
 * beside them), folded as nb_text_fold() folds. A calendar event that
 * names one in its title is a meal. Phrases that hold another come first:
 * "petit-déjeuner" before "déjeuner". test-meetings checks that every
 * translation of a kind's name is here. */
static const struct {
  const char *word;
  NbMealKind  kind;
} meal_words[] = {
  { "petit-dejeuner", NB_MEAL_BREAKFAST },
  { "petit dejeuner", NB_MEAL_BREAKFAST },
  { "breakfast", NB_MEAL_BREAKFAST },
  { "brunch", NB_MEAL_BREAKFAST },
  { "fruhstuck", NB_MEAL_BREAKFAST },
  { "desayuno", NB_MEAL_BREAKFAST },
  { "coffee", NB_MEAL_COFFEE },
  { "kaffee", NB_MEAL_COFFEE },
  { "cafe", NB_MEAL_COFFEE },
  { "lunch", NB_MEAL_LUNCH },
  { "mittagessen", NB_MEAL_LUNCH },
  { "dejeuner", NB_MEAL_LUNCH },
  { "almuerzo", NB_MEAL_LUNCH },
  { "comida", NB_MEAL_LUNCH },
  { "dinner", NB_MEAL_DINNER },
  { "supper", NB_MEAL_DINNER },
  { "abendessen", NB_MEAL_DINNER },
  { "diner", NB_MEAL_DINNER },
  { "cena", NB_MEAL_DINNER },
  { "drinks", NB_MEAL_DRINKS },
  { "drink", NB_MEAL_DRINKS },
  { "verre", NB_MEAL_DRINKS },
  { "apero", NB_MEAL_DRINKS },
  { "copas", NB_MEAL_DRINKS },
  { "copa", NB_MEAL_DRINKS },
};

static void
set_string (NbMeeting   *self,
            char       **slot,
            const char  *value,
            guint        prop_id)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*slot, value) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static gboolean
date_time_equal (GDateTime *a,
                 GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_time_equal (a, b);
}

static void
set_date_time (NbMeeting  *self,
               GDateTime **slot,
               GDateTime  *value,
               guint       prop_id)
{
  if (date_time_equal (*slot, value))
    return;

  g_clear_pointer (slot, g_date_time_unref);
  *slot = value ? g_date_time_ref (value) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
nb_meeting_finalize (GObject *object)
{
  NbMeeting *self = (NbMeeting *) object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->ical_source, g_free);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->follow_up_date, g_date_time_unref);
  g_clear_pointer (&self->attendees, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_meeting_parent_class)->finalize (object);
}

static void
nb_meeting_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NbMeeting *self = NB_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_UID: g_value_set_string (value, self->uid); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_START: g_value_set_boxed (value, self->start); break;
    case PROP_DURATION: g_value_set_uint (value, self->duration); break;
    case PROP_PLACE: g_value_set_string (value, self->place); break;
    case PROP_ADDRESS: g_value_set_string (value, self->address); break;
    case PROP_PAYER: g_value_set_enum (value, self->payer); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_FOLLOW_UP: g_value_set_enum (value, self->follow_up); break;
    case PROP_FOLLOW_UP_DATE: g_value_set_boxed (value, self->follow_up_date); break;
    case PROP_ATTENDEES: g_value_set_boxed (value, self->attendees); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_ICAL_SOURCE: g_value_set_string (value, self->ical_source); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_meeting_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  NbMeeting *self = NB_MEETING (object);

  switch (prop_id)
    {
    case PROP_UID: nb_meeting_set_uid (self, g_value_get_string (value)); break;
    case PROP_KIND: nb_meeting_set_kind (self, g_value_get_enum (value)); break;
    case PROP_START: nb_meeting_set_start (self, g_value_get_boxed (value)); break;
    case PROP_DURATION: nb_meeting_set_duration (self, g_value_get_uint (value)); break;
    case PROP_PLACE: nb_meeting_set_place (self, g_value_get_string (value)); break;
    case PROP_ADDRESS: nb_meeting_set_address (self, g_value_get_string (value)); break;
    case PROP_PAYER: nb_meeting_set_payer (self, g_value_get_enum (value)); break;
    case PROP_STATUS: nb_meeting_set_status (self, g_value_get_enum (value)); break;
    case PROP_NOTES: nb_meeting_set_notes (self, g_value_get_string (value)); break;
    case PROP_FOLLOW_UP:
      nb_meeting_set_follow_up (self, g_value_get_enum (value), self->follow_up_date);
      break;
    case PROP_FOLLOW_UP_DATE:
      nb_meeting_set_follow_up (self, self->follow_up, g_value_get_boxed (value));
      break;
    case PROP_ATTENDEES: nb_meeting_set_attendees (self, g_value_get_boxed (value)); break;
    case PROP_TITLE: nb_meeting_set_title (self, g_value_get_string (value)); break;
    case PROP_ICAL_SOURCE: nb_meeting_set_ical_source (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_meeting_class_init (NbMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = nb_meeting_finalize;
  object_class->get_property = nb_meeting_get_property;
  object_class->set_property = nb_meeting_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, NB_TYPE_MEAL_KIND, NB_MEAL_LUNCH, rw);
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_DURATION] =
    g_param_spec_uint ("duration", NULL, NULL, 1, 24 * 60, 90, rw);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL, rw);
  properties[PROP_ADDRESS] = g_param_spec_string ("address", NULL, NULL, NULL, rw);
  properties[PROP_PAYER] =
    g_param_spec_enum ("payer", NULL, NULL, NB_TYPE_PAYER, NB_PAYER_UNSETTLED, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, NB_TYPE_MEETING_STATUS, NB_MEETING_PLANNED, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, rw);
  properties[PROP_FOLLOW_UP] =
    g_param_spec_enum ("follow-up", NULL, NULL, NB_TYPE_FOLLOW_UP, NB_FOLLOW_UP_NONE, rw);
  properties[PROP_FOLLOW_UP_DATE] =
    g_param_spec_boxed ("follow-up-date", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_ATTENDEES] =
    g_param_spec_boxed ("attendees", NULL, NULL, G_TYPE_PTR_ARRAY, rw);
  /**
   * NbMeeting:title:
   *
   * The meal's own title, such as "Lunch with Katherine Johnson" written
   * by another calendar app, or %NULL for the one Netbook gives.
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  /**
   * NbMeeting:ical-source:
   *
   * The calendar (a VCALENDAR with this one VEVENT) the meal was last read
   * from, as it was written, or %NULL for a meal made in Netbook.
   */
  properties[PROP_ICAL_SOURCE] = g_param_spec_string ("ical-source", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_meeting_init (NbMeeting *self)
{
  self->kind = NB_MEAL_LUNCH;
  self->duration = kinds[NB_MEAL_LUNCH].duration;
  self->attendees = nb_attendee_array_new ();
}

NbMeeting *
nb_meeting_new (void)
{
  return g_object_new (NB_TYPE_MEETING, NULL);
}

/**
 * nb_meeting_new_for_day:
 * @kind: the kind of meal
 * @day: the day
 *
 * Returns: (transfer full): a draft meal on @day at the kind's usual time
 *   (lunch at 12:30), for its usual length
 */
NbMeeting *
nb_meeting_new_for_day (NbMealKind   kind,
                        const GDate *day)
{
  g_autoptr(GDateTime) start = NULL;
  NbMeeting *self;
  int hour, minute;

  g_return_val_if_fail (kind < NB_MEAL_N_KINDS, NULL);

  nb_meal_kind_get_default_time (kind, &hour, &minute);
  start = nb_date_to_local_time (day, hour, minute);

  self = nb_meeting_new ();
  self->kind = kind;
  self->start = g_steal_pointer (&start);
  self->duration = nb_meal_kind_get_default_duration (kind);

  return self;
}

/**
 * nb_meeting_copy:
 * @self: a meeting
 *
 * Returns: (transfer full): a draft with the same content and id
 */
NbMeeting *
nb_meeting_copy (NbMeeting *self)
{
  NbMeeting *copy;

  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  copy = nb_meeting_new ();
  copy->id = self->id;
  copy->created = self->created;
  copy->updated = self->updated;
  nb_meeting_assign (copy, self);

  return copy;
}

/**
 * nb_meeting_assign:
 * @self: a meeting
 * @other: the meeting to copy the content of
 *
 * Returns: %TRUE if anything changed
 */
gboolean
nb_meeting_assign (NbMeeting *self,
                   NbMeeting *other)
{
  g_return_val_if_fail (NB_IS_MEETING (self), FALSE);
  g_return_val_if_fail (NB_IS_MEETING (other), FALSE);

  if (nb_meeting_content_equal (self, other))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  nb_meeting_set_uid (self, other->uid);
  nb_meeting_set_kind (self, other->kind);
  nb_meeting_set_start (self, other->start);
  nb_meeting_set_duration (self, other->duration);
  nb_meeting_set_place (self, other->place);
  nb_meeting_set_address (self, other->address);
  nb_meeting_set_payer (self, other->payer);
  nb_meeting_set_status (self, other->status);
  nb_meeting_set_notes (self, other->notes);
  nb_meeting_set_follow_up (self, other->follow_up, other->follow_up_date);
  nb_meeting_set_attendees (self, other->attendees);
  nb_meeting_set_title (self, other->title);
  nb_meeting_set_ical_source (self, other->ical_source);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

gboolean
nb_meeting_content_equal (NbMeeting *self,
                          NbMeeting *other)
{
  g_return_val_if_fail (NB_IS_MEETING (self), FALSE);
  g_return_val_if_fail (NB_IS_MEETING (other), FALSE);

  return g_strcmp0 (self->uid, other->uid) == 0 &&
         self->kind == other->kind &&
         date_time_equal (self->start, other->start) &&
         self->duration == other->duration &&
         g_strcmp0 (self->place, other->place) == 0 &&
         g_strcmp0 (self->address, other->address) == 0 &&
         self->payer == other->payer &&
         self->status == other->status &&
         g_strcmp0 (self->notes, other->notes) == 0 &&
         self->follow_up == other->follow_up &&
         date_time_equal (self->follow_up_date, other->follow_up_date) &&
         nb_attendee_array_equal (self->attendees, other->attendees) &&
         g_strcmp0 (self->title, other->title) == 0 &&
         g_strcmp0 (self->ical_source, other->ical_source) == 0;
}

gint64
nb_meeting_get_id (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), 0);

  return self->id;
}

void
_nb_meeting_set_id (NbMeeting *self,
                    gint64     id)
{
  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_nb_meeting_set_timestamps (NbMeeting *self,
                            gint64     created,
                            gint64     updated)
{
  self->created = created;
  self->updated = updated;
}

const char *
nb_meeting_get_uid (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  return self->uid;
}

void
nb_meeting_set_uid (NbMeeting  *self,
                    const char *uid)
{
  g_return_if_fail (NB_IS_MEETING (self));

  set_string (self, &self->uid, uid, PROP_UID);
}

NbMealKind
nb_meeting_get_kind (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NB_MEAL_LUNCH);

  return self->kind;
}

void
nb_meeting_set_kind (NbMeeting  *self,
                     NbMealKind  kind)
{
  g_return_if_fail (NB_IS_MEETING (self));
  g_return_if_fail (kind < NB_MEAL_N_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * nb_meeting_get_start:
 * @self: a meeting
 *
 * Returns: (transfer none) (nullable): when the meal starts
 */
GDateTime *
nb_meeting_get_start (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  return self->start;
}

void
nb_meeting_set_start (NbMeeting *self,
                      GDateTime *start)
{
  g_return_if_fail (NB_IS_MEETING (self));

  set_date_time (self, &self->start, start, PROP_START);
}

guint
nb_meeting_get_duration (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), 0);

  return self->duration;
}

/**
 * nb_meeting_set_duration:
 * @self: a meeting
 * @minutes: how long it lasts, 1 to 1440
 */
void
nb_meeting_set_duration (NbMeeting *self,
                         guint      minutes)
{
  g_return_if_fail (NB_IS_MEETING (self));

  minutes = CLAMP (minutes, 1, 24 * 60);
  if (self->duration == minutes)
    return;

  self->duration = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

/**
 * nb_meeting_dup_end:
 * @self: a meeting
 *
 * Returns: (transfer full) (nullable): when the meal ends
 */
GDateTime *
nb_meeting_dup_end (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  if (self->start == NULL)
    return NULL;

  return g_date_time_add_minutes (self->start, self->duration);
}

const char *
nb_meeting_get_place (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  return self->place;
}

void
nb_meeting_set_place (NbMeeting  *self,
                      const char *place)
{
  g_autofree char *clean = nb_text_drop_controls (place);

  g_return_if_fail (NB_IS_MEETING (self));

  set_string (self, &self->place, clean, PROP_PLACE);
}

const char *
nb_meeting_get_address (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  return self->address;
}

void
nb_meeting_set_address (NbMeeting  *self,
                        const char *address)
{
  g_return_if_fail (NB_IS_MEETING (self));

  set_string (self, &self->address, address, PROP_ADDRESS);
}

NbPayer
nb_meeting_get_payer (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NB_PAYER_UNSETTLED);

  return self->payer;
}

void
nb_meeting_set_payer (NbMeeting *self,
                      NbPayer    payer)
{
  g_return_if_fail (NB_IS_MEETING (self));

  if (self->payer == payer)
    return;

  self->payer = payer;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYER]);
}

NbMeetingStatus
nb_meeting_get_status (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NB_MEETING_PLANNED);

  return self->status;
}

/**
 * nb_meeting_set_status:
 * @self: a meeting
 * @status: planned, done or cancelled
 *
 * A meal that happened calls for a thank-you note; one that did not,
 * for none.
 */
void
nb_meeting_set_status (NbMeeting       *self,
                       NbMeetingStatus  status)
{
  g_return_if_fail (NB_IS_MEETING (self));

  if (self->status == status)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);

  if (status == NB_MEETING_DONE && self->follow_up == NB_FOLLOW_UP_NONE)
    nb_meeting_set_follow_up (self, NB_FOLLOW_UP_DUE, NULL);
  else if (status != NB_MEETING_DONE)
    nb_meeting_set_follow_up (self, NB_FOLLOW_UP_NONE, NULL);

  g_object_thaw_notify (G_OBJECT (self));
}

const char *
nb_meeting_get_notes (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  return self->notes;
}

void
nb_meeting_set_notes (NbMeeting  *self,
                      const char *notes)
{
  g_return_if_fail (NB_IS_MEETING (self));

  set_string (self, &self->notes, notes, PROP_NOTES);
}

NbFollowUp
nb_meeting_get_follow_up (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NB_FOLLOW_UP_NONE);

  return self->follow_up;
}

/**
 * nb_meeting_get_follow_up_date:
 * @self: a meeting
 *
 * Returns: (transfer none) (nullable): when the thank-you note was sent
 */
GDateTime *
nb_meeting_get_follow_up_date (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  return self->follow_up_date;
}

/**
 * nb_meeting_set_follow_up:
 * @self: a meeting
 * @follow_up: the state of the thank-you note
 * @date: (nullable): when it was sent; kept only for %NB_FOLLOW_UP_SENT
 */
void
nb_meeting_set_follow_up (NbMeeting  *self,
                          NbFollowUp  follow_up,
                          GDateTime  *date)
{
  g_return_if_fail (NB_IS_MEETING (self));

  if (follow_up != NB_FOLLOW_UP_SENT)
    date = NULL;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->follow_up != follow_up)
    {
      self->follow_up = follow_up;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP]);
    }
  set_date_time (self, &self->follow_up_date, date, PROP_FOLLOW_UP_DATE);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * nb_meeting_get_attendees:
 * @self: a meeting
 *
 * Returns: (transfer none) (element-type NbAttendee): who the meal is with
 */
GPtrArray *
nb_meeting_get_attendees (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  return self->attendees;
}

/**
 * nb_meeting_set_attendees:
 * @self: a meeting
 * @attendees: (nullable) (element-type NbAttendee): the attendees; copied
 */
void
nb_meeting_set_attendees (NbMeeting *self,
                          GPtrArray *attendees)
{
  g_return_if_fail (NB_IS_MEETING (self));

  if (nb_attendee_array_equal (self->attendees, attendees))
    return;

  g_clear_pointer (&self->attendees, g_ptr_array_unref);
  self->attendees = nb_attendee_array_copy (attendees);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDEES]);
}

gboolean
nb_meeting_has_contact (NbMeeting *self,
                        gint64     contact_id)
{
  g_return_val_if_fail (NB_IS_MEETING (self), FALSE);

  for (guint i = 0; i < self->attendees->len; i++)
    {
      NbAttendee *attendee = g_ptr_array_index (self->attendees, i);

      if (attendee->contact_id == contact_id)
        return TRUE;
    }

  return FALSE;
}

gint64
nb_meeting_get_created (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), 0);

  return self->created;
}

gint64
nb_meeting_get_updated (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), 0);

  return self->updated;
}

const char *
nb_meeting_get_title (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  return self->title;
}

void
nb_meeting_set_title (NbMeeting  *self,
                      const char *title)
{
  g_autofree char *clean = nb_text_drop_controls (title);

  g_return_if_fail (NB_IS_MEETING (self));

  set_string (self, &self->title, clean, PROP_TITLE);
}

const char *
nb_meeting_get_ical_source (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  return self->ical_source;
}

void
nb_meeting_set_ical_source (NbMeeting  *self,
                            const char *source)
{
  g_return_if_fail (NB_IS_MEETING (self));

  set_string (self, &self->ical_source, source, PROP_ICAL_SOURCE);
}

/**
 * nb_meeting_dup_title:
 * @self: a meeting
 *
 * Returns: (transfer full): the meal's own title
 *   (#NbMeeting:title), or else the one Netbook gives it (see
 *   nb_meeting_dup_default_title())
 */
char *
nb_meeting_dup_title (NbMeeting *self)
{
  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  if (self->title != NULL)
    return g_strdup (self->title);

  return nb_meeting_dup_default_title (self);
}

/**
 * nb_meeting_dup_default_title:
 * @self: a meeting
 *
 * Returns: (transfer full): "Lunch with Ada Lovelace", "Dinner with Ada
 *   Lovelace and Grace Hopper", "Coffee with Ada Lovelace, Grace Hopper
 *   and 2 more", or the kind alone
 */
char *
nb_meeting_dup_default_title (NbMeeting *self)
{
  const char *kind;
  guint n;

  g_return_val_if_fail (NB_IS_MEETING (self), NULL);

  kind = nb_meal_kind_get_name (self->kind);
  n = self->attendees->len;

#define NAME(i) (((NbAttendee *) g_ptr_array_index (self->attendees, (i)))->name)
  if (n == 0)
    return g_strdup (kind);
  if (n == 1)
    /* Translators: a meal's title: "Lunch with Ada Lovelace". */
    return g_strdup_printf (_("%1$s with %2$s"), kind, NAME (0));
  if (n == 2)
    /* Translators: "Lunch with Ada Lovelace and Grace Hopper". */
    return g_strdup_printf (_("%1$s with %2$s and %3$s"), kind, NAME (0), NAME (1));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: "Lunch with Ada, Grace and 2 more". */
                                       "%1$s with %2$s, %3$s and %4$u more",
                                       "%1$s with %2$s, %3$s and %4$u more",
                                       n - 2),
                          kind, NAME (0), NAME (1), n - 2);
#undef NAME
}

/**
 * nb_meal_kind_get_name:
 * @kind: a kind of meal
 *
 * Returns: its name, translated: "Lunch"
 */
const char *
nb_meal_kind_get_name (NbMealKind kind)
{
  g_return_val_if_fail (kind < NB_MEAL_N_KINDS, "");

  return _(kinds[kind].name);
}

/* Whether @word stands in @text at @at as a word of its own. */
static gboolean
is_word_at (const char *text,
            const char *at,
            gsize       length)
{
  gunichar before = at > text ? g_utf8_get_char (g_utf8_prev_char (at)) : ' ';
  gunichar after = g_utf8_get_char (at + length);

  return !g_unichar_isalnum (before) && !g_unichar_isalnum (after);
}

/**
 * nb_meal_kind_from_title:
 * @title: (nullable): the title of a calendar event
 * @kind: (out) (optional): the kind of meal it names
 *
 * Tells whether a title names a meal ("Lunch with Ada", "Mittagessen mit
 * Ada", "Café avec Ada") in any language Netbook speaks, whatever the case
 * and accents, as a word of its own ("Lunchbox" names none).
 *
 * Returns: %TRUE when it names one
 */
gboolean
nb_meal_kind_from_title (const char *title,
                         NbMealKind *kind)
{
  g_autofree char *folded = NULL;

  if (title == NULL)
    return FALSE;

  folded = nb_text_fold (title);
  for (guint i = 0; i < G_N_ELEMENTS (meal_words); i++)
    {
      gsize length = strlen (meal_words[i].word);

      for (const char *at = strstr (folded, meal_words[i].word);
           at != NULL;
           at = strstr (at + 1, meal_words[i].word))
        {
          if (!is_word_at (folded, at, length))
            continue;

          if (kind != NULL)
            *kind = meal_words[i].kind;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * nb_meal_kind_is_whole_title:
 * @title: (nullable): the title of a calendar event
 *
 * Tells whether a title says no more than a kind of meal ("lunch",
 * "Mittagessen", " Dîner "), in any language Netbook speaks: such a title
 * is no title of a meal's own.
 *
 * Returns: %TRUE when @title is only the name of a meal
 */
gboolean
nb_meal_kind_is_whole_title (const char *title)
{
  g_autofree char *folded = NULL;

  if (title == NULL)
    return FALSE;

  folded = g_strstrip (nb_text_fold (title));
  for (guint i = 0; i < G_N_ELEMENTS (meal_words); i++)
    if (g_str_equal (folded, meal_words[i].word))
      return TRUE;

  return FALSE;
}

void
nb_meal_kind_get_default_time (NbMealKind  kind,
                               int        *hour,
                               int        *minute)
{
  g_return_if_fail (kind < NB_MEAL_N_KINDS);

  *hour = kinds[kind].hour;
  *minute = kinds[kind].minute;
}

guint
nb_meal_kind_get_default_duration (NbMealKind kind)
{
  g_return_val_if_fail (kind < NB_MEAL_N_KINDS, 60);

  return kinds[kind].duration;
}
