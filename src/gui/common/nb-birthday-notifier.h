/* nb-birthday-notifier.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_BIRTHDAY_NOTIFIER (nb_birthday_notifier_get_type ())

G_DECLARE_FINAL_TYPE (NbBirthdayNotifier, nb_birthday_notifier, NB, BIRTHDAY_NOTIFIER, GObject)

/* The hour of the morning birthdays are announced at. */
#define NB_BIRTHDAY_NOTIFIER_HOUR 9

NbBirthdayNotifier *nb_birthday_notifier_new   (GApplication       *application,
                                                NbStore            *store) G_GNUC_WARN_UNUSED_RESULT;
void                nb_birthday_notifier_start (NbBirthdayNotifier *self);
guint               nb_birthday_notifier_check (NbBirthdayNotifier *self);

G_END_DECLS
