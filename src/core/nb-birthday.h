/* nb-birthday.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-types.h"

G_BEGIN_DECLS

/**
 * NbBirthday:
 * @year: the year of birth, or 0 when it is not known
 * @month: the month, 1 to 12
 * @day: the day of the month, 1 to 31
 *
 * A birthday, with or without the year.
 */
struct _NbBirthday
{
  guint16 year;
  guint8  month;
  guint8  day;
};

#define NB_TYPE_BIRTHDAY (nb_birthday_get_type ())

/* Apple Contacts writes this year for birthdays whose year is unknown. */
#define NB_BIRTHDAY_APPLE_NO_YEAR 1604

GType       nb_birthday_get_type        (void) G_GNUC_CONST;
NbBirthday *nb_birthday_new             (guint              year,
                                         guint              month,
                                         guint              day) G_GNUC_WARN_UNUSED_RESULT;
NbBirthday *nb_birthday_parse           (const char        *text) G_GNUC_WARN_UNUSED_RESULT;
NbBirthday *nb_birthday_copy            (const NbBirthday  *self) G_GNUC_WARN_UNUSED_RESULT;
void        nb_birthday_free            (NbBirthday        *self);
gboolean    nb_birthday_equal           (const NbBirthday  *a,
                                         const NbBirthday  *b);
gboolean    nb_birthday_has_year        (const NbBirthday  *self);
char       *nb_birthday_to_iso          (const NbBirthday  *self) G_GNUC_WARN_UNUSED_RESULT;
void        nb_birthday_get_next        (const NbBirthday  *self,
                                         const GDate       *from,
                                         GDate             *next);
int         nb_birthday_days_until      (const NbBirthday  *self,
                                         const GDate       *today);
int         nb_birthday_age_at_next     (const NbBirthday  *self,
                                         const GDate       *today);
void        nb_date_set_from_date_time  (GDate             *date,
                                         GDateTime         *date_time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbBirthday, nb_birthday_free)

G_END_DECLS
