/* nb-keep-in-touch-notifier.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_KEEP_IN_TOUCH_NOTIFIER (nb_keep_in_touch_notifier_get_type ())

G_DECLARE_FINAL_TYPE (NbKeepInTouchNotifier, nb_keep_in_touch_notifier, NB, KEEP_IN_TOUCH_NOTIFIER, GObject)

/* The id of the digest among the application's notifications. */
#define NB_KEEP_IN_TOUCH_DIGEST_ID "keep-in-touch-digest"

NbKeepInTouchNotifier *nb_keep_in_touch_notifier_new        (GApplication          *application,
                                                             NbStore               *store) G_GNUC_WARN_UNUSED_RESULT;
void                   nb_keep_in_touch_notifier_start      (NbKeepInTouchNotifier *self);
gint64                 nb_keep_in_touch_notifier_check      (NbKeepInTouchNotifier *self);
gint64                 nb_keep_in_touch_notifier_snooze_all (NbKeepInTouchNotifier *self,
                                                             GError               **error);
GNotification         *nb_keep_in_touch_digest_new          (GPtrArray             *entries,
                                                             gint64                 n_due) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
