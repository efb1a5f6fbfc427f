/* nb-contact-ids.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-contact-ids.h"

struct _NbContactIds
{
  GArray *ids;
};

G_DEFINE_BOXED_TYPE (NbContactIds, nb_contact_ids, nb_contact_ids_ref, nb_contact_ids_unref)

/**
 * nb_contact_ids_new:
 * @ids: (element-type gint64): the contacts
 *
 * Returns: (transfer full): a payload holding a copy of @ids
 */
NbContactIds *
nb_contact_ids_new (GArray *ids)
{
  NbContactIds *self;

  g_return_val_if_fail (ids != NULL, NULL);

  self = g_atomic_rc_box_new0 (NbContactIds);
  self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ids->len);
  g_array_append_vals (self->ids, ids->data, ids->len);

  return self;
}

NbContactIds *
nb_contact_ids_ref (NbContactIds *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
contact_ids_clear (NbContactIds *self)
{
  g_array_unref (self->ids);
}

void
nb_contact_ids_unref (NbContactIds *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) contact_ids_clear);
}

/**
 * nb_contact_ids_get_ids:
 *
 * Returns: (transfer none) (element-type gint64): the contacts
 */
GArray *
nb_contact_ids_get_ids (NbContactIds *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->ids;
}
