/* nb-keep-in-touch.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nb-enum-types.h"
#include "nb-enums.h"

G_BEGIN_DECLS

/* How many days ahead nb_store_list_due_soon() looks by default. */
#define NB_KEEP_IN_TOUCH_SOON_DAYS 7

/**
 * NbKeepInTouchEntry:
 * @contact_id: the contact
 * @name: (nullable): their name
 * @circle: (nullable): the circle that gave the rhythm, for
 *   %NB_RHYTHM_SOURCE_CIRCLE
 * @source: where the rhythm comes from
 * @rhythm_days: the rhythm, in days (more than 0)
 * @days_since: calendar days since you were last in touch, or, never in
 *   touch, since the contact was added
 * @last_kind: how you were last in touch, when @last_date is not 0
 * @last_date: when you were last in touch, in seconds since 1970; 0 if
 *   never
 * @overdue: (@days_since − @rhythm_days) ÷ @rhythm_days: 0 on the day
 *   they are due, 1 at twice the rhythm
 * @due: the day they are (or were) due: the last day in touch plus the
 *   rhythm, or the end of a snooze, whichever is later
 * @snoozed_until: the day a snooze ends, or an invalid (cleared) date
 *
 * Someone to keep in touch with, and why.
 */
typedef struct
{
  gint64             contact_id;
  char              *name;
  char              *circle;
  NbRhythmSource     source;
  int                rhythm_days;
  int                days_since;
  NbInteractionKind  last_kind;
  gint64             last_date;
  double             overdue;
  GDate              due;
  GDate              snoozed_until;
} NbKeepInTouchEntry;

/**
 * NbCircle:
 * @name: the circle's name: a tag of contacts
 * @n_members: how many contacts have the tag
 * @cadence_days: its keep-in-touch rhythm in days, %NB_CADENCE_NEVER, or
 *   %NB_CADENCE_AS_DEFAULT when it has none
 *
 * A circle of people: a contact tag that may carry a rhythm.
 */
typedef struct
{
  char  *name;
  guint  n_members;
  int    cadence_days;
} NbCircle;

#define NB_TYPE_KEEP_IN_TOUCH_ENTRY (nb_keep_in_touch_entry_get_type ())
#define NB_TYPE_CIRCLE (nb_circle_get_type ())

GType               nb_keep_in_touch_entry_get_type  (void) G_GNUC_CONST;
NbKeepInTouchEntry *nb_keep_in_touch_entry_copy      (const NbKeepInTouchEntry *self) G_GNUC_WARN_UNUSED_RESULT;
void                nb_keep_in_touch_entry_free      (NbKeepInTouchEntry       *self);
char               *nb_keep_in_touch_entry_describe  (const NbKeepInTouchEntry *self) G_GNUC_WARN_UNUSED_RESULT;

GType               nb_circle_get_type               (void) G_GNUC_CONST;
NbCircle           *nb_circle_copy                   (const NbCircle           *self) G_GNUC_WARN_UNUSED_RESULT;
void                nb_circle_free                   (NbCircle                 *self);

/* The measure: one implementation, for the keep-in-touch list and for
 * whom to invite next. Days are calendar days in the local time zone. */
guint32             nb_keep_in_touch_day_of          (gint64                    unix_time);
guint32             nb_keep_in_touch_today           (GDateTime                *now);
double              nb_keep_in_touch_overdue         (int                       days_since,
                                                      int                       rhythm_days);
char               *nb_keep_in_touch_describe_since  (int                       days) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbKeepInTouchEntry, nb_keep_in_touch_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbCircle, nb_circle_free)

G_END_DECLS
