/* nb-meal-train.h
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

/* The longest train: four months of meals. */
#define NB_TRAIN_MAX_DAYS 120

/* Days of the week, as 1 << (GDateWeekday - 1): Monday is bit 0. */
#define NB_TRAIN_WEEKDAY(weekday) (1u << ((weekday) - 1))
#define NB_TRAIN_EVERY_DAY 0x7fu

/* A meal of a train on a day: the day as a Julian day number. */
typedef struct
{
  guint32    day;
  NbMealKind meal;
} NbTrainSlotTime;

#define NB_TYPE_MEAL_TRAIN (nb_meal_train_get_type ())

G_DECLARE_FINAL_TYPE (NbMealTrain, nb_meal_train, NB, MEAL_TRAIN, GObject)

NbMealTrain  *nb_meal_train_new               (void) G_GNUC_WARN_UNUSED_RESULT;
NbMealTrain  *nb_meal_train_copy              (NbMealTrain   *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean      nb_meal_train_content_equal     (NbMealTrain   *a,
                                               NbMealTrain   *b);

gint64        nb_meal_train_get_id            (NbMealTrain   *self);
const char   *nb_meal_train_get_uid           (NbMealTrain   *self);
void          nb_meal_train_set_uid           (NbMealTrain   *self,
                                               const char    *uid);
gint64        nb_meal_train_get_recipient     (NbMealTrain   *self);
void          nb_meal_train_set_recipient     (NbMealTrain   *self,
                                               gint64         contact_id);
const char   *nb_meal_train_get_reason        (NbMealTrain   *self);
void          nb_meal_train_set_reason        (NbMealTrain   *self,
                                               const char    *reason);
const char   *nb_meal_train_get_address       (NbMealTrain   *self);
void          nb_meal_train_set_address       (NbMealTrain   *self,
                                               const char    *address);
guint32       nb_meal_train_get_first_day     (NbMealTrain   *self);
guint32       nb_meal_train_get_last_day      (NbMealTrain   *self);
gboolean      nb_meal_train_set_days          (NbMealTrain   *self,
                                               const GDate   *first,
                                               const GDate   *last,
                                               GError       **error);
NbTrainMeals  nb_meal_train_get_meals         (NbMealTrain   *self);
void          nb_meal_train_set_meals         (NbMealTrain   *self,
                                               NbTrainMeals   meals);
guint         nb_meal_train_get_weekdays      (NbMealTrain   *self);
void          nb_meal_train_set_weekdays      (NbMealTrain   *self,
                                               guint          weekdays);
guint         nb_meal_train_get_n_people      (NbMealTrain   *self);
void          nb_meal_train_set_n_people      (NbMealTrain   *self,
                                               guint          n_people);
void          nb_meal_train_get_window        (NbMealTrain   *self,
                                               NbMealKind     meal,
                                               guint         *start,
                                               guint         *end);
void          nb_meal_train_set_window        (NbMealTrain   *self,
                                               NbMealKind     meal,
                                               guint          start,
                                               guint          end);
const char   *nb_meal_train_get_dietary       (NbMealTrain   *self);
void          nb_meal_train_set_dietary       (NbMealTrain   *self,
                                               const char    *dietary);
const char   *nb_meal_train_get_notes         (NbMealTrain   *self);
void          nb_meal_train_set_notes         (NbMealTrain   *self,
                                               const char    *notes);
gboolean      nb_meal_train_get_cancelled     (NbMealTrain   *self);
void          nb_meal_train_set_cancelled     (NbMealTrain   *self,
                                               gboolean       cancelled);
const char   *nb_meal_train_get_ical_source   (NbMealTrain   *self);
void          nb_meal_train_set_ical_source   (NbMealTrain   *self,
                                               const char    *source);

GArray       *nb_meal_train_list_slot_times   (NbMealTrain   *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean      nb_meal_train_has_slot_time     (NbMealTrain   *self,
                                               guint32        day,
                                               NbMealKind     meal);
GDateTime    *nb_meal_train_dup_slot_start    (NbMealTrain   *self,
                                               guint32        day,
                                               NbMealKind     meal,
                                               GTimeZone     *zone) G_GNUC_WARN_UNUSED_RESULT;
GDateTime    *nb_meal_train_dup_slot_end      (NbMealTrain   *self,
                                               guint32        day,
                                               NbMealKind     meal,
                                               GTimeZone     *zone) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
