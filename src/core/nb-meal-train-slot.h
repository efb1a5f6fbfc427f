/* nb-meal-train-slot.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nb-enums.h"

G_BEGIN_DECLS

/* A helper who is me rather than a contact. */
#define NB_TRAIN_HELPER_ME 0

/**
 * NbMealTrainSlot:
 * @id: the slot's id in the store; 0 for a new one
 * @train_id: the id of its train
 * @recipient: the id of the contact the train is for; 0 if gone
 * @uid: the slot's UID in iCalendar
 * @day: its day, as a Julian day number
 * @meal: %NB_MEAL_LUNCH or %NB_MEAL_DINNER
 * @status: planned, brought (%NB_MEETING_DONE) or cancelled
 * @follow_up: whether the helpers were thanked
 * @helpers: (element-type gint64): the ids of the contacts who bring it,
 *   in order; %NB_TRAIN_HELPER_ME for me
 * @ical_source: (nullable): its event as another app wrote it, so that
 *   writing it back keeps what Netbook does not write
 *
 * One meal of a meal train, and who brings it.
 */
typedef struct
{
  gint64           id;
  gint64           train_id;
  gint64           recipient;
  char            *uid;
  guint32          day;
  NbMealKind       meal;
  NbMeetingStatus  status;
  NbFollowUp       follow_up;
  GArray          *helpers;
  char            *ical_source;
} NbMealTrainSlot;

#define NB_TYPE_MEAL_TRAIN_SLOT (nb_meal_train_slot_get_type ())

GType            nb_meal_train_slot_get_type      (void) G_GNUC_CONST;
NbMealTrainSlot *nb_meal_train_slot_new           (void) G_GNUC_WARN_UNUSED_RESULT;
NbMealTrainSlot *nb_meal_train_slot_copy          (const NbMealTrainSlot *self) G_GNUC_WARN_UNUSED_RESULT;
void             nb_meal_train_slot_free          (NbMealTrainSlot       *self);
gboolean         nb_meal_train_slot_content_equal (const NbMealTrainSlot *a,
                                                   const NbMealTrainSlot *b);
gboolean         nb_meal_train_slot_is_open       (const NbMealTrainSlot *self);
gboolean         nb_meal_train_slot_has_helper    (const NbMealTrainSlot *self,
                                                   gint64                 contact_id);
gboolean         nb_meal_train_slot_add_helper    (NbMealTrainSlot       *self,
                                                   gint64                 contact_id);
gboolean         nb_meal_train_slot_remove_helper (NbMealTrainSlot       *self,
                                                   gint64                 contact_id);
guint            nb_meal_train_slots_count_open   (GPtrArray             *slots);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbMealTrainSlot, nb_meal_train_slot_free)

G_END_DECLS
