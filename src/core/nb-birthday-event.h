/* nb-birthday-event.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nb-birthday.h"

G_BEGIN_DECLS

/**
 * NbBirthdayEvent:
 * @contact_id: whose birthday it is
 * @name: their full name
 * @birthday: the birthday, with or without the year
 * @date: the day it is celebrated on (February 28 for February 29 in a
 *   common year)
 * @age: the age turned on @date, or -1 when the year is not known
 *
 * A birthday on a given day.
 */
typedef struct
{
  gint64      contact_id;
  char       *name;
  NbBirthday  birthday;
  GDate       date;
  int         age;
} NbBirthdayEvent;

#define NB_TYPE_BIRTHDAY_EVENT (nb_birthday_event_get_type ())

GType            nb_birthday_event_get_type (void) G_GNUC_CONST;
NbBirthdayEvent *nb_birthday_event_new      (gint64                 contact_id,
                                             const char            *name,
                                             const NbBirthday      *birthday,
                                             const GDate           *date) G_GNUC_WARN_UNUSED_RESULT;
NbBirthdayEvent *nb_birthday_event_copy     (const NbBirthdayEvent *self) G_GNUC_WARN_UNUSED_RESULT;
void             nb_birthday_event_free     (NbBirthdayEvent       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbBirthdayEvent, nb_birthday_event_free)

G_END_DECLS
