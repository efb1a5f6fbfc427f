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

char        *nb_ical_write_train_invitation (NbMealTrain          *train,
                                             GPtrArray            *slots,
                                             const NbTrainPerson  *organizer,
                                             const NbTrainPerson  *helper,
                                             const char           *recipient_name,
                                             GError              **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
