/* nb-interaction.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-interaction"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-birthday.h"
#include "nb-clock.h"
#include "nb-interaction-private.h"
#include "nb-week.h"

/**
 * NbInteraction:
 *
 * A time you were in touch with people: a call, a message, a meeting in
 * person, help given or received… (#NbInteractionKind), on a day and, when
 * known, at a time, with one or more contacts and an optional note. One
 * with several people (a call with two) is stored once and counts for each
 * of them.
 *
 * #NbInteraction:date is in seconds since 1970 (UTC). When
 * #NbInteraction:has-time is %FALSE the interaction has a day only
 * (iCalendar's `DTSTART;VALUE=DATE`): its date is then the local midnight
 * of that day, in the time zone it was set in; nb_interaction_get_day()
 * and nb_interaction_set_day() give and take that day, so that a day
 * read and written again is the same day.
 *
 * #NbInteraction:title is its own title (a calendar event's, or a synced
 * `SUMMARY` that is not the one Netbook would give), %NULL for the one
 * made from the kind and the names (nb_interaction_describe()).
 * #NbInteraction:ical-source is the VJOURNAL as another program wrote it,
 * kept so that writing it back changes only what Netbook changed.
 * #NbInteraction:created and #NbInteraction:updated are in microseconds
 * since 1970, as a contact's.
 */
struct _NbInteraction
{
  GObject           parent_instance;

  gint64            id;
  char             *uid;
  NbInteractionKind kind;
  gint64            date;
  gboolean          has_time;
  GArray           *people;
  char             *note;
  char             *title;
  char             *ical_source;
  NbAnswer          answer;
  gint64            answered;
  NbInitiator       initiator;
  gint64            introducer;
  gint64            introduced;
  gint64            followed_up;
  GArray           *opt_ins;
  gint64            created;
  gint64            updated;
};

G_DEFINE_FINAL_TYPE (NbInteraction, nb_interaction, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_KIND,
  PROP_DATE,
  PROP_HAS_TIME,
  PROP_PEOPLE,
  PROP_NOTE,
  PROP_TITLE,
  PROP_ICAL_SOURCE,
  PROP_ANSWER,
  PROP_ANSWERED,
  PROP_INITIATOR,
  PROP_INTRODUCER,
  PROP_INTRODUCED,
  PROP_FOLLOWED_UP,
  PROP_OPT_INS,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One person's place in an introduction's opt-in; only people who were
 * asked have one. */
typedef struct
{
  gint64  contact_id;
  NbOptIn opt_in;
} OptIn;

static GArray *
id_array_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gboolean
id_array_equal (GArray *a,
                GArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, gint64, i) != g_array_index (b, gint64, i))
      return FALSE;

  return TRUE;
}

static void
set_string (NbInteraction  *self,
            char          **slot,
            const char     *value,
            guint           prop_id)
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
opt_ins_equal (GArray *a,
               GArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      const OptIn *x = &g_array_index (a, OptIn, i);
      const OptIn *y = &g_array_index (b, OptIn, i);

      if (x->contact_id != y->contact_id || x->opt_in != y->opt_in)
        return FALSE;
    }

  return TRUE;
}

static void
copy_opt_ins (NbInteraction *self,
              NbInteraction *other)
{
  if (opt_ins_equal (self->opt_ins, other->opt_ins))
    return;

  g_array_set_size (self->opt_ins, 0);
  g_array_append_vals (self->opt_ins, other->opt_ins->data, other->opt_ins->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPT_INS]);
}

/* Forgets where people who are no longer among its people stood, and who
 * introduced them when that person is gone. */
static void
keep_to_people (NbInteraction *self)
{
  gboolean changed = FALSE;

  for (guint i = self->opt_ins->len; i > 0; i--)
    if (!nb_interaction_has_person (self, g_array_index (self->opt_ins, OptIn, i - 1).contact_id))
      {
        g_array_remove_index (self->opt_ins, i - 1);
        changed = TRUE;
      }
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPT_INS]);

  if (self->introducer != 0 && !nb_interaction_has_person (self, self->introducer))
    nb_interaction_set_introducer (self, 0);
}

static void
nb_interaction_finalize (GObject *object)
{
  NbInteraction *self = (NbInteraction *) object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->ical_source, g_free);
  g_clear_pointer (&self->people, g_array_unref);
  g_clear_pointer (&self->opt_ins, g_array_unref);

  G_OBJECT_CLASS (nb_interaction_parent_class)->finalize (object);
}

static void
nb_interaction_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NbInteraction *self = NB_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_UID: g_value_set_string (value, self->uid); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_DATE: g_value_set_int64 (value, self->date); break;
    case PROP_HAS_TIME: g_value_set_boolean (value, self->has_time); break;
    case PROP_PEOPLE: g_value_set_boxed (value, self->people); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_ICAL_SOURCE: g_value_set_string (value, self->ical_source); break;
    case PROP_ANSWER: g_value_set_enum (value, self->answer); break;
    case PROP_ANSWERED: g_value_set_int64 (value, self->answered); break;
    case PROP_INITIATOR: g_value_set_enum (value, self->initiator); break;
    case PROP_INTRODUCER: g_value_set_int64 (value, self->introducer); break;
    case PROP_INTRODUCED: g_value_set_int64 (value, self->introduced); break;
    case PROP_FOLLOWED_UP: g_value_set_int64 (value, self->followed_up); break;
    case PROP_OPT_INS: g_value_set_boxed (value, self->opt_ins); break;
    case PROP_CREATED: g_value_set_int64 (value, self->created); break;
    case PROP_UPDATED: g_value_set_int64 (value, self->updated); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_interaction_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NbInteraction *self = NB_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_UID: nb_interaction_set_uid (self, g_value_get_string (value)); break;
    case PROP_KIND: nb_interaction_set_kind (self, g_value_get_enum (value)); break;
    case PROP_DATE: nb_interaction_set_date (self, g_value_get_int64 (value)); break;
    case PROP_HAS_TIME: nb_interaction_set_has_time (self, g_value_get_boolean (value)); break;
    case PROP_PEOPLE: nb_interaction_set_people (self, g_value_get_boxed (value)); break;
    case PROP_NOTE: nb_interaction_set_note (self, g_value_get_string (value)); break;
    case PROP_TITLE: nb_interaction_set_title (self, g_value_get_string (value)); break;
    case PROP_ICAL_SOURCE: nb_interaction_set_ical_source (self, g_value_get_string (value)); break;
    case PROP_ANSWER: nb_interaction_set_answer (self, g_value_get_enum (value)); break;
    case PROP_ANSWERED: nb_interaction_set_answered (self, g_value_get_int64 (value)); break;
    case PROP_INITIATOR: nb_interaction_set_initiator (self, g_value_get_enum (value)); break;
    case PROP_INTRODUCER: nb_interaction_set_introducer (self, g_value_get_int64 (value)); break;
    case PROP_INTRODUCED: nb_interaction_set_introduced (self, g_value_get_int64 (value)); break;
    case PROP_FOLLOWED_UP: nb_interaction_set_followed_up (self, g_value_get_int64 (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_interaction_class_init (NbInteractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = nb_interaction_finalize;
  object_class->get_property = nb_interaction_get_property;
  object_class->set_property = nb_interaction_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  /**
   * NbInteraction:uid:
   *
   * Its iCalendar UID; the store makes one when it is saved without.
   */
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, NB_TYPE_INTERACTION_KIND, NB_INTERACTION_MET, rw);
  /**
   * NbInteraction:date:
   *
   * When, in seconds since 1970 (UTC); for a day without a time, the
   * local midnight of the day.
   */
  properties[PROP_DATE] = g_param_spec_int64 ("date", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
  /**
   * NbInteraction:has-time:
   *
   * Whether the time of day is known; %FALSE for a day only.
   */
  properties[PROP_HAS_TIME] = g_param_spec_boolean ("has-time", NULL, NULL, TRUE, rw);
  /**
   * NbInteraction:people:
   *
   * The contacts (a #GArray of gint64 ids), by id; at least one for the
   * interaction to be saved.
   */
  properties[PROP_PEOPLE] = g_param_spec_boxed ("people", NULL, NULL, G_TYPE_ARRAY, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_ICAL_SOURCE] = g_param_spec_string ("ical-source", NULL, NULL, NULL, rw);
  /**
   * NbInteraction:answer:
   *
   * For a favour asked of me or by me, the answer: yes, no, later, or
   * none yet. Saying no is an answer like the others.
   */
  properties[PROP_ANSWER] =
    g_param_spec_enum ("answer", NULL, NULL, NB_TYPE_ANSWER, NB_ANSWER_NONE, rw);
  /**
   * NbInteraction:answered:
   *
   * When the answer was given, in seconds since 1970 (UTC); 0 when not
   * known.
   */
  properties[PROP_ANSWERED] = g_param_spec_int64 ("answered", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /**
   * NbInteraction:initiator:
   *
   * Who reached out: me, them, or not said.
   */
  properties[PROP_INITIATOR] =
    g_param_spec_enum ("initiator", NULL, NULL, NB_TYPE_INITIATOR, NB_INITIATOR_UNKNOWN, rw);
  /**
   * NbInteraction:introducer:
   *
   * For an introduction: who made it, a contact among its people; 0 when
   * I made it.
   */
  properties[PROP_INTRODUCER] = g_param_spec_int64 ("introducer", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /**
   * NbInteraction:introduced:
   *
   * For an introduction I make: when I introduced them, in seconds since
   * 1970 (UTC); 0 while asking whether they would like it.
   */
  properties[PROP_INTRODUCED] = g_param_spec_int64 ("introduced", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /**
   * NbInteraction:followed-up:
   *
   * For an introduction I made: when I asked how it went, in seconds since
   * 1970 (UTC); 0 when not yet.
   */
  properties[PROP_FOLLOWED_UP] = g_param_spec_int64 ("followed-up", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /**
   * NbInteraction:opt-ins:
   *
   * Notified when where one of its people stands in the introduction's
   * opt-in changes (nb_interaction_get_opt_in()); not meant to be read.
   */
  properties[PROP_OPT_INS] = g_param_spec_boxed ("opt-ins", NULL, NULL, G_TYPE_ARRAY, ro);
  properties[PROP_CREATED] = g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UPDATED] = g_param_spec_int64 ("updated", NULL, NULL, 0, G_MAXINT64, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_interaction_init (NbInteraction *self)
{
  self->kind = NB_INTERACTION_MET;
  self->has_time = TRUE;
  self->people = id_array_new ();
  self->opt_ins = g_array_new (FALSE, FALSE, sizeof (OptIn));
}

NbInteraction *
nb_interaction_new (void)
{
  return g_object_new (NB_TYPE_INTERACTION, NULL);
}

/**
 * nb_interaction_new_with_contact:
 * @kind: how you were in touch
 * @contact_id: with whom
 * @when: (nullable): when; %NULL for now (nb_clock_get_now())
 *
 * Returns: (transfer full): a draft of an interaction with one person, at
 *   a time
 */
NbInteraction *
nb_interaction_new_with_contact (NbInteractionKind  kind,
                                 gint64             contact_id,
                                 GDateTime         *when)
{
  NbInteraction *self = nb_interaction_new ();

  self->kind = (guint) kind < NB_INTERACTION_N_KINDS ? kind : NB_INTERACTION_MET;
  if (when != NULL)
    self->date = g_date_time_to_unix (when);
  else
    {
      g_autoptr(GDateTime) now = nb_clock_get_now ();

      self->date = g_date_time_to_unix (now);
    }
  if (contact_id > 0)
    g_array_append_val (self->people, contact_id);

  return self;
}

/**
 * nb_interaction_copy:
 * @self: an interaction
 *
 * Returns: (transfer full): a draft with the same content, id and
 *   timestamps
 */
NbInteraction *
nb_interaction_copy (NbInteraction *self)
{
  NbInteraction *copy;

  g_return_val_if_fail (NB_IS_INTERACTION (self), NULL);

  copy = nb_interaction_new ();
  copy->id = self->id;
  copy->created = self->created;
  copy->updated = self->updated;
  nb_interaction_assign (copy, self);

  return copy;
}

/**
 * nb_interaction_assign:
 * @self: an interaction
 * @other: the interaction to copy the content of (not its id)
 *
 * Returns: %TRUE if anything changed
 */
gboolean
nb_interaction_assign (NbInteraction *self,
                       NbInteraction *other)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_INTERACTION (other), FALSE);

  if (nb_interaction_content_equal (self, other))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  nb_interaction_set_uid (self, other->uid);
  nb_interaction_set_kind (self, other->kind);
  nb_interaction_set_date (self, other->date);
  nb_interaction_set_has_time (self, other->has_time);
  nb_interaction_set_people (self, other->people);
  nb_interaction_set_note (self, other->note);
  nb_interaction_set_title (self, other->title);
  nb_interaction_set_ical_source (self, other->ical_source);
  nb_interaction_set_answer (self, other->answer);
  nb_interaction_set_answered (self, other->answered);
  nb_interaction_set_initiator (self, other->initiator);
  nb_interaction_set_introducer (self, other->introducer);
  nb_interaction_set_introduced (self, other->introduced);
  nb_interaction_set_followed_up (self, other->followed_up);
  copy_opt_ins (self, other);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/**
 * nb_interaction_content_equal:
 * @self: an interaction
 * @other: another
 *
 * Returns: %TRUE if both say the same (their ids and timestamps aside)
 */
gboolean
nb_interaction_content_equal (NbInteraction *self,
                              NbInteraction *other)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), FALSE);
  g_return_val_if_fail (NB_IS_INTERACTION (other), FALSE);

  return g_strcmp0 (self->uid, other->uid) == 0 &&
         self->kind == other->kind &&
         self->date == other->date &&
         self->has_time == other->has_time &&
         id_array_equal (self->people, other->people) &&
         g_strcmp0 (self->note, other->note) == 0 &&
         g_strcmp0 (self->title, other->title) == 0 &&
         g_strcmp0 (self->ical_source, other->ical_source) == 0 &&
         self->answer == other->answer &&
         self->answered == other->answered &&
         self->initiator == other->initiator &&
         self->introducer == other->introducer &&
         self->introduced == other->introduced &&
         self->followed_up == other->followed_up &&
         opt_ins_equal (self->opt_ins, other->opt_ins);
}

gint64
nb_interaction_get_id (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), 0);

  return self->id;
}

void
_nb_interaction_set_id (NbInteraction *self,
                        gint64         id)
{
  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_nb_interaction_set_timestamps (NbInteraction *self,
                                gint64         created,
                                gint64         updated)
{
  self->created = created;
  self->updated = updated;
}

const char *
nb_interaction_get_uid (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), NULL);

  return self->uid;
}

void
nb_interaction_set_uid (NbInteraction *self,
                        const char    *uid)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  set_string (self, &self->uid, uid, PROP_UID);
}

NbInteractionKind
nb_interaction_get_kind (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), NB_INTERACTION_MET);

  return self->kind;
}

void
nb_interaction_set_kind (NbInteraction     *self,
                         NbInteractionKind  kind)
{
  g_return_if_fail (NB_IS_INTERACTION (self));
  g_return_if_fail ((guint) kind < NB_INTERACTION_N_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
nb_interaction_get_date (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), 0);

  return self->date;
}

void
nb_interaction_set_date (NbInteraction *self,
                         gint64         date)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  if (self->date == date)
    return;

  self->date = date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

gboolean
nb_interaction_get_has_time (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), FALSE);

  return self->has_time;
}

/**
 * nb_interaction_set_has_time:
 * @self: an interaction
 * @has_time: whether the time of day is known
 *
 * Only says whether the time counts; to make a timed interaction one of a
 * day only, nb_interaction_set_day() sets the date to the day's local
 * midnight too.
 */
void
nb_interaction_set_has_time (NbInteraction *self,
                             gboolean       has_time)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  has_time = !!has_time;
  if (self->has_time == has_time)
    return;

  self->has_time = has_time;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TIME]);
}

/**
 * nb_interaction_dup_date_time:
 * @self: an interaction
 *
 * Returns: (transfer full): when, in the local time zone (for a day only,
 *   its midnight)
 */
GDateTime *
nb_interaction_dup_date_time (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), NULL);

  return g_date_time_new_from_unix_local (self->date);
}

/**
 * nb_interaction_set_date_time:
 * @self: an interaction
 * @when: when, at a time
 *
 * Sets the date and time (#NbInteraction:has-time becomes %TRUE).
 */
void
nb_interaction_set_date_time (NbInteraction *self,
                              GDateTime     *when)
{
  g_return_if_fail (NB_IS_INTERACTION (self));
  g_return_if_fail (when != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  nb_interaction_set_date (self, g_date_time_to_unix (when));
  nb_interaction_set_has_time (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * nb_interaction_get_day:
 * @self: an interaction
 * @day: (out caller-allocates): the day, in the local time zone
 */
void
nb_interaction_get_day (NbInteraction *self,
                        GDate         *day)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (NB_IS_INTERACTION (self));
  g_return_if_fail (day != NULL);

  local = g_date_time_new_from_unix_local (self->date);
  nb_date_set_from_date_time (day, local);
}

/**
 * nb_interaction_set_day:
 * @self: an interaction
 * @day: a valid day
 *
 * Makes it an interaction of a day, without a time: its date becomes the
 * day's local midnight and #NbInteraction:has-time %FALSE.
 */
void
nb_interaction_set_day (NbInteraction *self,
                        const GDate   *day)
{
  g_autoptr(GDateTime) midnight = NULL;

  g_return_if_fail (NB_IS_INTERACTION (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  midnight = nb_date_to_local_time (day, 0, 0);
  g_object_freeze_notify (G_OBJECT (self));
  nb_interaction_set_date (self, g_date_time_to_unix (midnight));
  nb_interaction_set_has_time (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * nb_interaction_get_people:
 * @self: an interaction
 *
 * Returns: (transfer none) (element-type gint64): the contacts' ids, by
 *   id
 */
GArray *
nb_interaction_get_people (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), NULL);

  return self->people;
}

/**
 * nb_interaction_set_people:
 * @self: an interaction
 * @contact_ids: (nullable) (element-type gint64): the contacts' ids;
 *   repeats and ids ≤ 0 are left out, and they are kept by id
 */
void
nb_interaction_set_people (NbInteraction *self,
                           GArray        *contact_ids)
{
  g_autoptr(GArray) people = id_array_new ();

  g_return_if_fail (NB_IS_INTERACTION (self));

  for (guint i = 0; contact_ids != NULL && i < contact_ids->len; i++)
    {
      gint64 id = g_array_index (contact_ids, gint64, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < people->len && !seen; j++)
        seen = g_array_index (people, gint64, j) == id;
      if (id > 0 && !seen)
        g_array_append_val (people, id);
    }
  g_array_sort (people, compare_ids);

  if (id_array_equal (self->people, people))
    return;

  g_array_unref (self->people);
  self->people = g_steal_pointer (&people);
  keep_to_people (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEOPLE]);
}

void
nb_interaction_add_person (NbInteraction *self,
                           gint64         contact_id)
{
  g_return_if_fail (NB_IS_INTERACTION (self));
  g_return_if_fail (contact_id > 0);

  if (nb_interaction_has_person (self, contact_id))
    return;

  g_array_append_val (self->people, contact_id);
  g_array_sort (self->people, compare_ids);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEOPLE]);
}

/**
 * nb_interaction_remove_person:
 * @self: an interaction
 * @contact_id: a contact's id
 *
 * Returns: %TRUE if the contact was one of its people
 */
gboolean
nb_interaction_remove_person (NbInteraction *self,
                              gint64         contact_id)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), FALSE);

  for (guint i = 0; i < self->people->len; i++)
    {
      if (g_array_index (self->people, gint64, i) == contact_id)
        {
          g_array_remove_index (self->people, i);
          keep_to_people (self);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEOPLE]);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * nb_interaction_get_other_person:
 * @self: an interaction
 * @contact_id: one of its people
 *
 * Returns: the first of its people who is not @contact_id (for an
 *   introduction, the other of the two), 0 if there is none
 */
gint64
nb_interaction_get_other_person (NbInteraction *self,
                                 gint64         contact_id)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), 0);

  for (guint i = 0; i < self->people->len; i++)
    if (g_array_index (self->people, gint64, i) != contact_id)
      return g_array_index (self->people, gint64, i);

  return 0;
}

gboolean
nb_interaction_has_person (NbInteraction *self,
                           gint64         contact_id)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), FALSE);

  for (guint i = 0; i < self->people->len; i++)
    if (g_array_index (self->people, gint64, i) == contact_id)
      return TRUE;

  return FALSE;
}

const char *
nb_interaction_get_note (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), NULL);

  return self->note;
}

void
nb_interaction_set_note (NbInteraction *self,
                         const char    *note)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  set_string (self, &self->note, note, PROP_NOTE);
}

NbAnswer
nb_interaction_get_answer (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), NB_ANSWER_NONE);

  return self->answer;
}

/**
 * nb_interaction_set_answer:
 * @self: an interaction
 * @answer: the answer to the favour
 *
 * Sets the answer; it is kept whatever the kind, and shown for favours.
 */
void
nb_interaction_set_answer (NbInteraction *self,
                           NbAnswer       answer)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  if ((guint) answer >= NB_N_ANSWERS)
    answer = NB_ANSWER_NONE;
  if (self->answer == answer)
    return;

  self->answer = answer;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER]);
}

gint64
nb_interaction_get_answered (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), 0);

  return self->answered;
}

void
nb_interaction_set_answered (NbInteraction *self,
                             gint64         answered)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  answered = MAX (answered, 0);
  if (self->answered == answered)
    return;

  self->answered = answered;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED]);
}

NbInitiator
nb_interaction_get_initiator (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), NB_INITIATOR_UNKNOWN);

  return self->initiator;
}

void
nb_interaction_set_initiator (NbInteraction *self,
                              NbInitiator    initiator)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  if ((guint) initiator >= NB_N_INITIATORS)
    initiator = NB_INITIATOR_UNKNOWN;
  if (self->initiator == initiator)
    return;

  self->initiator = initiator;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INITIATOR]);
}

/**
 * nb_interaction_get_title:
 * @self: an interaction
 *
 * Returns: (nullable): its own title, or %NULL for the one made from its
 *   kind and people (nb_interaction_describe())
 */
const char *
nb_interaction_get_title (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), NULL);

  return self->title;
}

void
nb_interaction_set_title (NbInteraction *self,
                          const char    *title)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  set_string (self, &self->title, title, PROP_TITLE);
}

/**
 * nb_interaction_get_ical_source:
 * @self: an interaction
 *
 * Returns: (nullable): the VJOURNAL it was read from, as written, or
 *   %NULL; Netbook's core never reads it
 */
const char *
nb_interaction_get_ical_source (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), NULL);

  return self->ical_source;
}

void
nb_interaction_set_ical_source (NbInteraction *self,
                                const char    *source)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  set_string (self, &self->ical_source, source, PROP_ICAL_SOURCE);
}

gint64
nb_interaction_get_introducer (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), 0);

  return self->introducer;
}

/**
 * nb_interaction_set_introducer:
 * @self: an interaction
 * @contact_id: who made the introduction, 0 for me; someone not among its
 *   people is added to them
 */
void
nb_interaction_set_introducer (NbInteraction *self,
                               gint64         contact_id)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  contact_id = MAX (contact_id, 0);
  if (contact_id > 0)
    nb_interaction_add_person (self, contact_id);
  if (self->introducer == contact_id)
    return;

  self->introducer = contact_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTRODUCER]);
}

gint64
nb_interaction_get_introduced (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), 0);

  return self->introduced;
}

void
nb_interaction_set_introduced (NbInteraction *self,
                               gint64         introduced)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  introduced = MAX (introduced, 0);
  if (self->introduced == introduced)
    return;

  self->introduced = introduced;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTRODUCED]);
}

gint64
nb_interaction_get_followed_up (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), 0);

  return self->followed_up;
}

void
nb_interaction_set_followed_up (NbInteraction *self,
                                gint64         followed_up)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  followed_up = MAX (followed_up, 0);
  if (self->followed_up == followed_up)
    return;

  self->followed_up = followed_up;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOWED_UP]);
}

/**
 * nb_interaction_get_opt_in:
 * @self: an interaction
 * @contact_id: one of its people
 *
 * Returns: where they stand in the introduction's double opt-in
 */
NbOptIn
nb_interaction_get_opt_in (NbInteraction *self,
                           gint64         contact_id)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), NB_OPT_IN_NONE);

  for (guint i = 0; i < self->opt_ins->len; i++)
    if (g_array_index (self->opt_ins, OptIn, i).contact_id == contact_id)
      return g_array_index (self->opt_ins, OptIn, i).opt_in;

  return NB_OPT_IN_NONE;
}

/**
 * nb_interaction_set_opt_in:
 * @self: an interaction
 * @contact_id: one of its people; anyone else is ignored
 * @opt_in: where they stand now
 */
void
nb_interaction_set_opt_in (NbInteraction *self,
                           gint64         contact_id,
                           NbOptIn        opt_in)
{
  g_return_if_fail (NB_IS_INTERACTION (self));

  if ((guint) opt_in >= NB_N_OPT_INS)
    opt_in = NB_OPT_IN_NONE;
  if (!nb_interaction_has_person (self, contact_id) ||
      nb_interaction_get_opt_in (self, contact_id) == opt_in)
    return;

  for (guint i = 0; i < self->opt_ins->len; i++)
    if (g_array_index (self->opt_ins, OptIn, i).contact_id == contact_id)
      {
        g_array_remove_index (self->opt_ins, i);
        break;
      }
  if (opt_in != NB_OPT_IN_NONE)
    {
      OptIn entry = { contact_id, opt_in };
      guint at = 0;

      while (at < self->opt_ins->len && g_array_index (self->opt_ins, OptIn, at).contact_id < contact_id)
        at++;
      g_array_insert_val (self->opt_ins, at, entry);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPT_INS]);
}

/**
 * nb_interaction_get_introduction_step:
 * @self: an interaction
 * @now: the time, in seconds since 1970 (UTC)
 *
 * Returns: where an introduction I make stands: asking its people
 *   whether they would like it (until all have agreed, or one declined),
 *   ready, introduced, time to ask how it went
 *   (%NB_INTRODUCTION_FOLLOW_UP_DAYS after), or done;
 *   %NB_INTRODUCTION_STEP_NONE for any other interaction, for an
 *   introduction someone else made, and for one with fewer than two people
 */
NbIntroductionStep
nb_interaction_get_introduction_step (NbInteraction *self,
                                      gint64         now)
{
  gboolean all_agreed = self->people->len > 0;

  g_return_val_if_fail (NB_IS_INTERACTION (self), NB_INTRODUCTION_STEP_NONE);

  if (self->kind != NB_INTERACTION_INTRODUCTION || self->introducer != 0 || self->people->len < 2)
    return NB_INTRODUCTION_STEP_NONE;
  if (self->followed_up > 0)
    return NB_INTRODUCTION_STEP_DONE;
  if (self->introduced > 0)
    return now - self->introduced >= (gint64) NB_INTRODUCTION_FOLLOW_UP_DAYS * 24 * 60 * 60
           ? NB_INTRODUCTION_STEP_FOLLOW_UP : NB_INTRODUCTION_STEP_INTRODUCED;

  for (guint i = 0; i < self->people->len; i++)
    {
      NbOptIn opt_in = nb_interaction_get_opt_in (self, g_array_index (self->people, gint64, i));

      if (opt_in == NB_OPT_IN_DECLINED)
        return NB_INTRODUCTION_STEP_DECLINED;
      all_agreed = all_agreed && opt_in == NB_OPT_IN_AGREED;
    }

  return all_agreed ? NB_INTRODUCTION_STEP_READY : NB_INTRODUCTION_STEP_ASKING;
}

gint64
nb_interaction_get_created (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), 0);

  return self->created;
}

gint64
nb_interaction_get_updated (NbInteraction *self)
{
  g_return_val_if_fail (NB_IS_INTERACTION (self), 0);

  return self->updated;
}

/**
 * nb_interaction_describe:
 * @kind: how you were in touch
 * @names: (nullable) (array zero-terminated=1): the people's names
 *
 * Returns: (transfer full): the title Netbook gives an interaction: "Call
 *   with Ada Lovelace", "Video call with Ada Lovelace and Grace Hopper",
 *   "Met in person with Ada, Grace and 2 more", or the kind alone
 */
char *
nb_interaction_describe (NbInteractionKind   kind,
                         const char * const *names)
{
  const char *label = nb_interaction_kind_get_label (kind);
  guint n = names ? g_strv_length ((char **) names) : 0;

  /* The same words as a meal's title (nb_meeting_dup_default_title()). */
  if (n == 0)
    return g_strdup (label);
  if (kind == NB_INTERACTION_INTRODUCTION && n == 1)
    /* Translators: the title of an introduction in the history of one of
     * the two: Ada was introduced to Charles. */
    return g_strdup_printf (_("Introduction to %s"), names[0]);
  if (kind == NB_INTERACTION_INTRODUCTION && n == 2)
    /* Translators: the title of an introduction: Ada and Charles were
     * introduced to each other. */
    return g_strdup_printf (_("Introduction of %1$s and %2$s"), names[0], names[1]);
  if (n == 1)
    return g_strdup_printf (_("%1$s with %2$s"), label, names[0]);
  if (n == 2)
    return g_strdup_printf (_("%1$s with %2$s and %3$s"), label, names[0], names[1]);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%1$s with %2$s, %3$s and %4$u more",
                                       "%1$s with %2$s, %3$s and %4$u more",
                                       n - 2),
                          label, names[0], names[1], n - 2);
}
