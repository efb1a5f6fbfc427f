/* nb-application.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-birthday-notifier.h"
#include "nb-keep-in-touch-notifier.h"
#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_APPLICATION (nb_application_get_type ())

G_DECLARE_FINAL_TYPE (NbApplication, nb_application, NB, APPLICATION, AdwApplication)

NbApplication *nb_application_new           (const char    *application_id,
                                             GApplicationFlags flags);
NbStore       *nb_application_get_store     (NbApplication *self);
NbBirthdayNotifier *nb_application_get_birthday_notifier (NbApplication *self);
NbKeepInTouchNotifier *nb_application_get_keep_in_touch_notifier (NbApplication *self);

G_END_DECLS
