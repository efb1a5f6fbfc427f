/* nb-cadence.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A contact's keep-in-touch rhythm, in days, when it is not a number of
 * days: the default of Preferences, or never. */
#define NB_CADENCE_AS_DEFAULT (-1)
#define NB_CADENCE_NEVER      0

/**
 * NbCadenceChoices:
 * @NB_CADENCE_CHOICES_DEFAULT: for the default rhythm, in Preferences: the
 *   usual rhythms
 * @NB_CADENCE_CHOICES_CONTACT: for a contact's: as in Preferences, the
 *   usual rhythms, and never
 *
 * Whose rhythm is being chosen.
 */
typedef enum
{
  NB_CADENCE_CHOICES_DEFAULT,
  NB_CADENCE_CHOICES_CONTACT,
} NbCadenceChoices;

char   *nb_cadence_describe         (int                days) G_GNUC_WARN_UNUSED_RESULT;
char   *nb_cadence_describe_default (int                default_days) G_GNUC_WARN_UNUSED_RESULT;
GArray *nb_cadence_list_choices     (NbCadenceChoices   choices,
                                     int                current,
                                     int                default_days,
                                     GStrv             *labels,
                                     guint             *current_index) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
