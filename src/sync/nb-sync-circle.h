/* nb-sync-circle.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NB_TYPE_SYNC_CIRCLE (nb_sync_circle_get_type ())

G_DECLARE_FINAL_TYPE (NbSyncCircle, nb_sync_circle, NB, SYNC_CIRCLE, GObject)

NbSyncCircle *nb_sync_circle_new         (const char   *name,
                                          int           cadence_days) G_GNUC_WARN_UNUSED_RESULT;
const char   *nb_sync_circle_get_name    (NbSyncCircle *self);
const char   *nb_sync_circle_get_uid     (NbSyncCircle *self);
int           nb_sync_circle_get_cadence (NbSyncCircle *self);
void          nb_sync_circle_set_cadence (NbSyncCircle *self,
                                          int           cadence_days);
gint64        nb_sync_circle_get_revision (NbSyncCircle *self);

G_END_DECLS
