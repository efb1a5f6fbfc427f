/* nb-meal-train.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meal-train"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-meal-train-private.h"
#include "nb-store-error.h"

/**
 * NbMealTrain:
 *
 * A meal train: when someone has surgery, a new baby, a loss or a move,
 * the people around them bring meals, one helper a meal, for weeks.
 *
 * A train is for one contact (#NbMealTrain:recipient), brings lunch,
 * dinner or both (#NbMealTrain:meals) on some days of the week
 * (#NbMealTrain:weekdays) from its first day to its last, to an address,
 * within a drop-off window for each meal. Its slots, one for each of those
 * days and meals, are #NbMealTrainSlot; the store makes them
 * (nb_store_save_meal_train()). Why (#NbMealTrain:reason) is the user's
 * own and never leaves Netbook but through a sync of their own calendar.
 */
struct _NbMealTrain
{
  GObject       parent_instance;

  gint64        id;
  char         *uid;
  gint64        recipient;
  char         *reason;
  char         *address;
  guint32       first_day;
  guint32       last_day;
  guint         meals; /* NbTrainMeals */
  guint         weekdays;
  guint         n_people;
  guint         lunch_start;
  guint         lunch_end;
  guint         dinner_start;
  guint         dinner_end;
  char         *dietary;
  char         *notes;
  gboolean      cancelled;
  char         *ical_source;
};

G_DEFINE_FINAL_TYPE (NbMealTrain, nb_meal_train, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_RECIPIENT,
  PROP_REASON,
  PROP_ADDRESS,
  PROP_FIRST_DAY,
  PROP_LAST_DAY,
  PROP_MEALS,
  PROP_WEEKDAYS,
  PROP_N_PEOPLE,
  PROP_LUNCH_START,
  PROP_LUNCH_END,
  PROP_DINNER_START,
  PROP_DINNER_END,
  PROP_DIETARY,
  PROP_NOTES,
  PROP_CANCELLED,
  PROP_ICAL_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MINUTES_PER_DAY (24 * 60)

static void
set_string (NbMealTrain  *self,
            char        **slot,
            const char   *value,
            guint         prop_id)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*slot, value) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_uint (NbMealTrain *self,
          guint       *slot,
          guint        value,
          guint        prop_id)
{
  if (*slot == value)
    return;

  *slot = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
nb_meal_train_finalize (GObject *object)
{
  NbMealTrain *self = (NbMealTrain *) object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->dietary, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->ical_source, g_free);

  G_OBJECT_CLASS (nb_meal_train_parent_class)->finalize (object);
}

static void
nb_meal_train_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  NbMealTrain *self = NB_MEAL_TRAIN (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_UID: g_value_set_string (value, self->uid); break;
    case PROP_RECIPIENT: g_value_set_int64 (value, self->recipient); break;
    case PROP_REASON: g_value_set_string (value, self->reason); break;
    case PROP_ADDRESS: g_value_set_string (value, self->address); break;
    case PROP_FIRST_DAY: g_value_set_uint (value, self->first_day); break;
    case PROP_LAST_DAY: g_value_set_uint (value, self->last_day); break;
    case PROP_MEALS: g_value_set_flags (value, self->meals); break;
    case PROP_WEEKDAYS: g_value_set_uint (value, self->weekdays); break;
    case PROP_N_PEOPLE: g_value_set_uint (value, self->n_people); break;
    case PROP_LUNCH_START: g_value_set_uint (value, self->lunch_start); break;
    case PROP_LUNCH_END: g_value_set_uint (value, self->lunch_end); break;
    case PROP_DINNER_START: g_value_set_uint (value, self->dinner_start); break;
    case PROP_DINNER_END: g_value_set_uint (value, self->dinner_end); break;
    case PROP_DIETARY: g_value_set_string (value, self->dietary); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_CANCELLED: g_value_set_boolean (value, self->cancelled); break;
    case PROP_ICAL_SOURCE: g_value_set_string (value, self->ical_source); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_meal_train_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  NbMealTrain *self = NB_MEAL_TRAIN (object);

  switch (prop_id)
    {
    case PROP_UID: nb_meal_train_set_uid (self, g_value_get_string (value)); break;
    case PROP_RECIPIENT: nb_meal_train_set_recipient (self, g_value_get_int64 (value)); break;
    case PROP_REASON: nb_meal_train_set_reason (self, g_value_get_string (value)); break;
    case PROP_ADDRESS: nb_meal_train_set_address (self, g_value_get_string (value)); break;
    case PROP_MEALS: nb_meal_train_set_meals (self, g_value_get_flags (value)); break;
    case PROP_WEEKDAYS: nb_meal_train_set_weekdays (self, g_value_get_uint (value)); break;
    case PROP_N_PEOPLE: nb_meal_train_set_n_people (self, g_value_get_uint (value)); break;
    case PROP_LUNCH_START: set_uint (self, &self->lunch_start, g_value_get_uint (value), prop_id); break;
    case PROP_LUNCH_END: set_uint (self, &self->lunch_end, g_value_get_uint (value), prop_id); break;
    case PROP_DINNER_START: set_uint (self, &self->dinner_start, g_value_get_uint (value), prop_id); break;
    case PROP_DINNER_END: set_uint (self, &self->dinner_end, g_value_get_uint (value), prop_id); break;
    case PROP_DIETARY: nb_meal_train_set_dietary (self, g_value_get_string (value)); break;
    case PROP_NOTES: nb_meal_train_set_notes (self, g_value_get_string (value)); break;
    case PROP_CANCELLED: nb_meal_train_set_cancelled (self, g_value_get_boolean (value)); break;
    case PROP_ICAL_SOURCE: nb_meal_train_set_ical_source (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_meal_train_class_init (NbMealTrainClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = nb_meal_train_finalize;
  object_class->get_property = nb_meal_train_get_property;
  object_class->set_property = nb_meal_train_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, rw);
  /**
   * NbMealTrain:recipient:
   *
   * The id of the contact the meals are for; 0 when the contact is gone.
   */
  properties[PROP_RECIPIENT] =
    g_param_spec_int64 ("recipient", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /**
   * NbMealTrain:reason:
   *
   * Why the train is needed ("surgery", "a new baby"): private.
   */
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, rw);
  properties[PROP_ADDRESS] = g_param_spec_string ("address", NULL, NULL, NULL, rw);
  /**
   * NbMealTrain:first-day:
   *
   * The first day, as a Julian day number (g_date_get_julian()); 0 when
   * not set. Set with nb_meal_train_set_days().
   */
  properties[PROP_FIRST_DAY] = g_param_spec_uint ("first-day", NULL, NULL, 0, G_MAXUINT32, 0, ro);
  properties[PROP_LAST_DAY] = g_param_spec_uint ("last-day", NULL, NULL, 0, G_MAXUINT32, 0, ro);
  properties[PROP_MEALS] =
    g_param_spec_flags ("meals", NULL, NULL, NB_TYPE_TRAIN_MEALS, NB_TRAIN_MEALS_DINNER, rw);
  /**
   * NbMealTrain:weekdays:
   *
   * The days of the week meals are brought on, NB_TRAIN_WEEKDAY() of each.
   */
  properties[PROP_WEEKDAYS] =
    g_param_spec_uint ("weekdays", NULL, NULL, 0, NB_TRAIN_EVERY_DAY, NB_TRAIN_EVERY_DAY, rw);
  properties[PROP_N_PEOPLE] = g_param_spec_uint ("n-people", NULL, NULL, 0, 99, 0, rw);
  /**
   * NbMealTrain:lunch-start:
   *
   * When lunch may be dropped off from, in minutes after midnight.
   */
  properties[PROP_LUNCH_START] =
    g_param_spec_uint ("lunch-start", NULL, NULL, 0, MINUTES_PER_DAY - 1, 12 * 60, rw);
  properties[PROP_LUNCH_END] =
    g_param_spec_uint ("lunch-end", NULL, NULL, 1, MINUTES_PER_DAY, 13 * 60, rw);
  properties[PROP_DINNER_START] =
    g_param_spec_uint ("dinner-start", NULL, NULL, 0, MINUTES_PER_DAY - 1, 18 * 60, rw);
  properties[PROP_DINNER_END] =
    g_param_spec_uint ("dinner-end", NULL, NULL, 1, MINUTES_PER_DAY, 19 * 60, rw);
  /**
   * NbMealTrain:dietary:
   *
   * Dietary needs and allergies, for the helpers.
   */
  properties[PROP_DIETARY] = g_param_spec_string ("dietary", NULL, NULL, NULL, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, rw);
  properties[PROP_CANCELLED] = g_param_spec_boolean ("cancelled", NULL, NULL, FALSE, rw);
  /**
   * NbMealTrain:ical-source:
   *
   * The train's event as another program wrote it, kept so that writing it
   * back changes only what Netbook changed.
   */
  properties[PROP_ICAL_SOURCE] = g_param_spec_string ("ical-source", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_meal_train_init (NbMealTrain *self)
{
  self->meals = NB_TRAIN_MEALS_DINNER;
  self->weekdays = NB_TRAIN_EVERY_DAY;
  self->lunch_start = 12 * 60;
  self->lunch_end = 13 * 60;
  self->dinner_start = 18 * 60;
  self->dinner_end = 19 * 60;
}

NbMealTrain *
nb_meal_train_new (void)
{
  return g_object_new (NB_TYPE_MEAL_TRAIN, NULL);
}

/**
 * nb_meal_train_copy:
 * @self: a train
 *
 * Returns: (transfer full): a train with the same id and values
 */
NbMealTrain *
nb_meal_train_copy (NbMealTrain *self)
{
  NbMealTrain *copy;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NULL);

  copy = nb_meal_train_new ();
  copy->id = self->id;
  copy->uid = g_strdup (self->uid);
  copy->recipient = self->recipient;
  copy->reason = g_strdup (self->reason);
  copy->address = g_strdup (self->address);
  copy->first_day = self->first_day;
  copy->last_day = self->last_day;
  copy->meals = self->meals;
  copy->weekdays = self->weekdays;
  copy->n_people = self->n_people;
  copy->lunch_start = self->lunch_start;
  copy->lunch_end = self->lunch_end;
  copy->dinner_start = self->dinner_start;
  copy->dinner_end = self->dinner_end;
  copy->dietary = g_strdup (self->dietary);
  copy->notes = g_strdup (self->notes);
  copy->cancelled = self->cancelled;
  copy->ical_source = g_strdup (self->ical_source);

  return copy;
}

/**
 * nb_meal_train_content_equal:
 * @a: a meal train
 * @b: another
 *
 * Returns: whether @a and @b say the same: everything but their ids and
 *   the calendar text they were read from
 */
gboolean
nb_meal_train_content_equal (NbMealTrain *a,
                             NbMealTrain *b)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (a), FALSE);
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (b), FALSE);

  return g_strcmp0 (a->uid, b->uid) == 0 && a->recipient == b->recipient &&
         g_strcmp0 (a->reason, b->reason) == 0 && g_strcmp0 (a->address, b->address) == 0 &&
         a->first_day == b->first_day && a->last_day == b->last_day && a->meals == b->meals &&
         a->weekdays == b->weekdays && a->n_people == b->n_people &&
         a->lunch_start == b->lunch_start && a->lunch_end == b->lunch_end &&
         a->dinner_start == b->dinner_start && a->dinner_end == b->dinner_end &&
         g_strcmp0 (a->dietary, b->dietary) == 0 && g_strcmp0 (a->notes, b->notes) == 0 &&
         a->cancelled == b->cancelled;
}

/*< private >
 * _nb_meal_train_set_id:
 *
 * Set by the store, when it saves or loads the train.
 */
void
_nb_meal_train_set_id (NbMealTrain *self,
                       gint64       id)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
nb_meal_train_get_id (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), 0);

  return self->id;
}

const char *
nb_meal_train_get_uid (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NULL);

  return self->uid;
}

void
nb_meal_train_set_uid (NbMealTrain *self,
                       const char  *uid)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  set_string (self, &self->uid, uid, PROP_UID);
}

const char *
nb_meal_train_get_reason (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NULL);

  return self->reason;
}

void
nb_meal_train_set_reason (NbMealTrain *self,
                          const char  *reason)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  set_string (self, &self->reason, reason, PROP_REASON);
}

const char *
nb_meal_train_get_address (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NULL);

  return self->address;
}

void
nb_meal_train_set_address (NbMealTrain *self,
                           const char  *address)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  set_string (self, &self->address, address, PROP_ADDRESS);
}

const char *
nb_meal_train_get_dietary (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NULL);

  return self->dietary;
}

void
nb_meal_train_set_dietary (NbMealTrain *self,
                           const char  *dietary)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  set_string (self, &self->dietary, dietary, PROP_DIETARY);
}

const char *
nb_meal_train_get_notes (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NULL);

  return self->notes;
}

void
nb_meal_train_set_notes (NbMealTrain *self,
                         const char  *notes)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  set_string (self, &self->notes, notes, PROP_NOTES);
}

const char *
nb_meal_train_get_ical_source (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NULL);

  return self->ical_source;
}

void
nb_meal_train_set_ical_source (NbMealTrain *self,
                               const char  *ical_source)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  set_string (self, &self->ical_source, ical_source, PROP_ICAL_SOURCE);
}

gint64
nb_meal_train_get_recipient (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), 0);

  return self->recipient;
}

void
nb_meal_train_set_recipient (NbMealTrain *self,
                             gint64       contact_id)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  if (self->recipient == contact_id)
    return;

  self->recipient = contact_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECIPIENT]);
}

guint32
nb_meal_train_get_first_day (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), 0);

  return self->first_day;
}

guint32
nb_meal_train_get_last_day (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), 0);

  return self->last_day;
}

/**
 * nb_meal_train_set_days:
 * @self: a train
 * @first: the first day
 * @last: the last day, @first or later
 * @error: return location for an error
 *
 * Sets the days the train runs, at most %NB_TRAIN_MAX_DAYS of them.
 *
 * Returns: %TRUE if the days were set; %FALSE, with @error set to
 *   %NB_STORE_ERROR_INVALID and the train unchanged, if they cannot be
 */
gboolean
nb_meal_train_set_days (NbMealTrain  *self,
                        const GDate  *first,
                        const GDate  *last,
                        GError      **error)
{
  guint32 first_day, last_day;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), FALSE);
  g_return_val_if_fail (first != NULL && last != NULL, FALSE);

  if (!g_date_valid (first) || !g_date_valid (last))
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                           _("A meal train needs a first and a last day."));
      return FALSE;
    }

  first_day = g_date_get_julian (first);
  last_day = g_date_get_julian (last);
  if (last_day < first_day)
    {
      g_set_error_literal (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                           _("A meal train cannot end before it begins."));
      return FALSE;
    }
  if (last_day - first_day >= NB_TRAIN_MAX_DAYS)
    {
      g_set_error (error, NB_STORE_ERROR, NB_STORE_ERROR_INVALID,
                   ngettext ("A meal train can last at most %u day.",
                             "A meal train can last at most %u days.", NB_TRAIN_MAX_DAYS),
                   NB_TRAIN_MAX_DAYS);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  if (self->first_day != first_day)
    {
      self->first_day = first_day;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_DAY]);
    }
  if (self->last_day != last_day)
    {
      self->last_day = last_day;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_DAY]);
    }
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

NbTrainMeals
nb_meal_train_get_meals (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NB_TRAIN_MEALS_NONE);

  return self->meals;
}

void
nb_meal_train_set_meals (NbMealTrain  *self,
                         NbTrainMeals  meals)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  set_uint (self, &self->meals, meals & NB_TRAIN_MEALS_ALL, PROP_MEALS);
}

guint
nb_meal_train_get_weekdays (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), 0);

  return self->weekdays;
}

void
nb_meal_train_set_weekdays (NbMealTrain *self,
                            guint        weekdays)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  set_uint (self, &self->weekdays, weekdays & NB_TRAIN_EVERY_DAY, PROP_WEEKDAYS);
}

guint
nb_meal_train_get_n_people (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), 0);

  return self->n_people;
}

void
nb_meal_train_set_n_people (NbMealTrain *self,
                            guint        n_people)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  set_uint (self, &self->n_people, MIN (n_people, 99), PROP_N_PEOPLE);
}

/**
 * nb_meal_train_get_window:
 * @self: a train
 * @meal: %NB_MEAL_LUNCH or %NB_MEAL_DINNER
 * @start: (out) (optional): when the meal may be dropped off from, in
 *   minutes after midnight
 * @end: (out) (optional): until when, after @start
 */
void
nb_meal_train_get_window (NbMealTrain *self,
                          NbMealKind   meal,
                          guint       *start,
                          guint       *end)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));
  g_return_if_fail (meal == NB_MEAL_LUNCH || meal == NB_MEAL_DINNER);

  if (start != NULL)
    *start = meal == NB_MEAL_LUNCH ? self->lunch_start : self->dinner_start;
  if (end != NULL)
    *end = meal == NB_MEAL_LUNCH ? self->lunch_end : self->dinner_end;
}

/**
 * nb_meal_train_set_window:
 * @self: a train
 * @meal: %NB_MEAL_LUNCH or %NB_MEAL_DINNER
 * @start: minutes after midnight
 * @end: minutes after midnight; a window that would end before it begins,
 *   or on the next day, ends an hour after @start or at midnight
 *
 * Sets when @meal may be dropped off.
 */
void
nb_meal_train_set_window (NbMealTrain *self,
                          NbMealKind   meal,
                          guint        start,
                          guint        end)
{
  gboolean lunch = meal == NB_MEAL_LUNCH;

  g_return_if_fail (NB_IS_MEAL_TRAIN (self));
  g_return_if_fail (meal == NB_MEAL_LUNCH || meal == NB_MEAL_DINNER);

  start = MIN (start, MINUTES_PER_DAY - 1);
  if (end <= start || end > MINUTES_PER_DAY)
    end = MIN (start + 60, MINUTES_PER_DAY);

  g_object_freeze_notify (G_OBJECT (self));
  set_uint (self, lunch ? &self->lunch_start : &self->dinner_start, start,
            lunch ? PROP_LUNCH_START : PROP_DINNER_START);
  set_uint (self, lunch ? &self->lunch_end : &self->dinner_end, end,
            lunch ? PROP_LUNCH_END : PROP_DINNER_END);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
nb_meal_train_get_cancelled (NbMealTrain *self)
{
  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), FALSE);

  return self->cancelled;
}

void
nb_meal_train_set_cancelled (NbMealTrain *self,
                             gboolean     cancelled)
{
  g_return_if_fail (NB_IS_MEAL_TRAIN (self));

  cancelled = !!cancelled;
  if (self->cancelled == cancelled)
    return;

  self->cancelled = cancelled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCELLED]);
}

static gboolean
meal_is_brought (NbMealTrain *self,
                 NbMealKind   meal)
{
  if (meal == NB_MEAL_LUNCH)
    return (self->meals & NB_TRAIN_MEALS_LUNCH) != 0;
  if (meal == NB_MEAL_DINNER)
    return (self->meals & NB_TRAIN_MEALS_DINNER) != 0;
  return FALSE;
}

/**
 * nb_meal_train_has_slot_time:
 * @self: a train
 * @day: a Julian day number
 * @meal: a meal
 *
 * Returns: whether the train brings @meal on @day
 */
gboolean
nb_meal_train_has_slot_time (NbMealTrain *self,
                             guint32      day,
                             NbMealKind   meal)
{
  GDate date;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), FALSE);

  if (self->first_day == 0 || day < self->first_day || day > self->last_day ||
      !g_date_valid_julian (day) || !meal_is_brought (self, meal))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);

  return (self->weekdays & NB_TRAIN_WEEKDAY (g_date_get_weekday (&date))) != 0;
}

/**
 * nb_meal_train_list_slot_times:
 * @self: a train
 *
 * Lists the meals the train brings, by day, lunch before dinner: one slot
 * for each.
 *
 * Returns: (transfer full) (element-type NbTrainSlotTime): the times
 */
GArray *
nb_meal_train_list_slot_times (NbMealTrain *self)
{
  static const NbMealKind meals[] = { NB_MEAL_LUNCH, NB_MEAL_DINNER };
  GArray *times;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NULL);

  times = g_array_new (FALSE, FALSE, sizeof (NbTrainSlotTime));
  if (self->first_day == 0)
    return times;

  for (guint32 day = self->first_day; day <= self->last_day; day++)
    for (guint i = 0; i < G_N_ELEMENTS (meals); i++)
      if (nb_meal_train_has_slot_time (self, day, meals[i]))
        {
          NbTrainSlotTime time = { day, meals[i] };

          g_array_append_val (times, time);
        }

  return times;
}

static GDateTime *
slot_time (guint32    day,
           guint      minutes,
           GTimeZone *zone)
{
  g_autoptr(GTimeZone) local = NULL;
  GDate date;

  if (!g_date_valid_julian (day))
    return NULL;

  if (zone == NULL)
    zone = local = g_time_zone_new_local ();

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);

  /* 24:00 is the next midnight, whatever the clocks did that day. */
  if (minutes >= MINUTES_PER_DAY)
    {
      g_date_add_days (&date, 1);
      minutes = 0;
    }

  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), minutes / 60, minutes % 60, 0);
}

/**
 * nb_meal_train_dup_slot_start:
 * @self: a train
 * @day: a Julian day number
 * @meal: %NB_MEAL_LUNCH or %NB_MEAL_DINNER
 * @zone: (nullable): the time zone the train is in; %NULL for the local one
 *
 * When the drop-off window of @meal on @day begins, as the clocks there
 * say it, on days the clocks change too.
 *
 * Returns: (transfer full) (nullable): the time, or %NULL for a day out
 *   of range
 */
GDateTime *
nb_meal_train_dup_slot_start (NbMealTrain *self,
                              guint32      day,
                              NbMealKind   meal,
                              GTimeZone   *zone)
{
  guint start;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NULL);

  nb_meal_train_get_window (self, meal, &start, NULL);

  return slot_time (day, start, zone);
}

/**
 * nb_meal_train_dup_slot_end:
 * @self: a train
 * @day: a Julian day number
 * @meal: %NB_MEAL_LUNCH or %NB_MEAL_DINNER
 * @zone: (nullable): the time zone the train is in; %NULL for the local one
 *
 * Returns: (transfer full) (nullable): when the drop-off window of @meal
 *   on @day ends
 */
GDateTime *
nb_meal_train_dup_slot_end (NbMealTrain *self,
                            guint32      day,
                            NbMealKind   meal,
                            GTimeZone   *zone)
{
  guint end;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (self), NULL);

  nb_meal_train_get_window (self, meal, NULL, &end);

  return slot_time (day, end, zone);
}
