/* nb-ical-train.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "nb-ical.h"
#include "nb-meal-train-slot.h"
#include "nb-meal-train.h"

G_BEGIN_DECLS

/**
 * NbTrainPerson:
 * @name: (nullable): the person's name, for CN
 * @email: the person's email address, without "mailto:"
 *
 * The organizer or a helper of a meal train, in an invitation.
 */
typedef struct
{
  const char *name;
  const char *email;
} NbTrainPerson;

/**
 * NbIcalTrain:
 * @train: the train, its recipient linked to a contact (or 0)
 * @slots: (element-type NbMealTrainSlot): its slots, by day and meal, their
 *   helpers linked to contacts
 * @recipient_uid: (nullable): the contact UID of X-NETBOOK-TRAIN-FOR
 * @n_unknown_helpers: how many helpers named no known contact and were
 *   left out
 * @n_skipped_slots: how many slot events were left out
 *
 * A meal train read from a calendar.
 */
typedef struct
{
  NbMealTrain *train;
  GPtrArray   *slots;
  char        *recipient_uid;
  guint        n_unknown_helpers;
  guint        n_skipped_slots;
} NbIcalTrain;

char        *nb_ical_write_train_invitation (NbMealTrain          *train,
                                             GPtrArray            *slots,
                                             const NbTrainPerson  *organizer,
                                             const NbTrainPerson  *helper,
                                             const char           *recipient_name,
                                             GError              **error) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_ical_write_train            (NbMealTrain          *train,
                                             GPtrArray            *slots,
                                             const char           *recipient_name,
                                             NbIcalContactUidFunc  contact_uid,
                                             gpointer              user_data) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_ical_write_train_calendar   (NbMealTrain          *train,
                                             GPtrArray            *slots,
                                             const char           *recipient_name,
                                             NbIcalContactUidFunc  contact_uid,
                                             gpointer              user_data) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_ical_write_train_slot_calendar (NbMealTrain       *train,
                                                NbMealTrainSlot   *slot,
                                                const char        *recipient_name,
                                                NbIcalContactUidFunc contact_uid,
                                                gpointer           user_data) G_GNUC_WARN_UNUSED_RESULT;
NbIcalTrain *nb_ical_read_train             (const char           *text,
                                             const char           *name,
                                             NbIcalFindContactFunc find_contact,
                                             gpointer              user_data,
                                             GPtrArray            *problems,
                                             GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *nb_ical_read_trains            (const char           *text,
                                             const char           *name,
                                             NbIcalFindContactFunc find_contact,
                                             gpointer              user_data,
                                             GPtrArray            *problems,
                                             GError              **error) G_GNUC_WARN_UNUSED_RESULT;
NbMealTrainSlot *nb_ical_read_train_slot    (const char           *text,
                                             const char           *name,
                                             NbIcalFindContactFunc find_contact,
                                             gpointer              user_data,
                                             char                **train_uid,
                                             guint                *n_unknown_helpers,
                                             GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void         nb_ical_train_free             (NbIcalTrain          *train);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbIcalTrain, nb_ical_train_free)

G_END_DECLS
