/* nb-sync-circle.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-ical-journal.h"
#include "nb-sync-circle.h"

/**
 * NbSyncCircle:
 *
 * A circle's keep-in-touch rhythm as sync moves it: a resource of the
 * journal collection (nb_ical_write_circle()), whose UID is made from the
 * circle's name. The database keeps no revision of a circle: its rhythm
 * is its content and its revision (nb_sync_circle_get_revision()), so that
 * a rhythm set back to what the server has is no change to send.
 */
struct _NbSyncCircle
{
  GObject  parent_instance;

  char    *name;
  char    *uid;
  int      cadence_days;
};

G_DEFINE_FINAL_TYPE (NbSyncCircle, nb_sync_circle, G_TYPE_OBJECT)

static void
nb_sync_circle_finalize (GObject *object)
{
  NbSyncCircle *self = (NbSyncCircle *) object;

  g_free (self->name);
  g_free (self->uid);

  G_OBJECT_CLASS (nb_sync_circle_parent_class)->finalize (object);
}

static void
nb_sync_circle_class_init (NbSyncCircleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nb_sync_circle_finalize;
}

static void
nb_sync_circle_init (NbSyncCircle *self)
{
}

/**
 * nb_sync_circle_new:
 * @name: the circle (a tag)
 * @cadence_days: its rhythm in days, 0 for never
 *
 * Returns: (transfer full): the circle's rhythm
 */
NbSyncCircle *
nb_sync_circle_new (const char *name,
                    int         cadence_days)
{
  NbSyncCircle *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (NB_TYPE_SYNC_CIRCLE, NULL);
  self->name = g_strdup (name);
  self->uid = nb_ical_circle_uid (name);
  self->cadence_days = MAX (cadence_days, 0);

  return self;
}

const char *
nb_sync_circle_get_name (NbSyncCircle *self)
{
  g_return_val_if_fail (NB_IS_SYNC_CIRCLE (self), NULL);

  return self->name;
}

const char *
nb_sync_circle_get_uid (NbSyncCircle *self)
{
  g_return_val_if_fail (NB_IS_SYNC_CIRCLE (self), NULL);

  return self->uid;
}

int
nb_sync_circle_get_cadence (NbSyncCircle *self)
{
  g_return_val_if_fail (NB_IS_SYNC_CIRCLE (self), 0);

  return self->cadence_days;
}

void
nb_sync_circle_set_cadence (NbSyncCircle *self,
                            int           cadence_days)
{
  g_return_if_fail (NB_IS_SYNC_CIRCLE (self));

  self->cadence_days = MAX (cadence_days, 0);
}

/**
 * nb_sync_circle_get_revision:
 * @self: a circle's rhythm
 *
 * Returns: what sync compares with what was last in step: the rhythm
 *   plus one, never 0 (which means "to be sent")
 */
gint64
nb_sync_circle_get_revision (NbSyncCircle *self)
{
  g_return_val_if_fail (NB_IS_SYNC_CIRCLE (self), 0);

  return (gint64) self->cadence_days + 1;
}
