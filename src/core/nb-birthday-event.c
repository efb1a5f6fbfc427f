/* nb-birthday-event.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-birthday-event.h"

G_DEFINE_BOXED_TYPE (NbBirthdayEvent, nb_birthday_event, nb_birthday_event_copy, nb_birthday_event_free)

/**
 * nb_birthday_event_new:
 * @contact_id: whose birthday it is
 * @name: their name
 * @birthday: the birthday
 * @date: the day it is celebrated on
 *
 * Returns: (transfer full): the birthday on @date, with the age turned
 */
NbBirthdayEvent *
nb_birthday_event_new (gint64            contact_id,
                       const char       *name,
                       const NbBirthday *birthday,
                       const GDate      *date)
{
  NbBirthdayEvent *self;

  g_return_val_if_fail (birthday != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  self = g_new0 (NbBirthdayEvent, 1);
  self->contact_id = contact_id;
  self->name = g_strdup (name);
  self->birthday = *birthday;
  self->date = *date;
  self->age = birthday->year ? (int) g_date_get_year (date) - (int) birthday->year : -1;

  return self;
}

NbBirthdayEvent *
nb_birthday_event_copy (const NbBirthdayEvent *self)
{
  NbBirthdayEvent *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->name = g_strdup (self->name);

  return copy;
}

void
nb_birthday_event_free (NbBirthdayEvent *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self);
}
