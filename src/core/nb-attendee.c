/* nb-attendee.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-array.h"
#include "nb-attendee.h"

G_DEFINE_BOXED_TYPE (NbAttendee, nb_attendee, nb_attendee_copy, nb_attendee_free)

/**
 * nb_attendee_new:
 * @contact_id: the contact, or 0
 * @name: the name to show
 * @email: (nullable): an email address
 *
 * Returns: (transfer full): an attendee
 */
NbAttendee *
nb_attendee_new (gint64      contact_id,
                 const char *name,
                 const char *email)
{
  NbAttendee *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_new0 (NbAttendee, 1);
  self->contact_id = contact_id;
  self->name = g_strdup (name);
  self->email = (email && *email) ? g_strdup (email) : NULL;

  return self;
}

NbAttendee *
nb_attendee_copy (const NbAttendee *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return nb_attendee_new (self->contact_id, self->name, self->email);
}

void
nb_attendee_free (NbAttendee *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->email);
  g_free (self);
}

gboolean
nb_attendee_equal (const NbAttendee *a,
                   const NbAttendee *b)
{
  return a->contact_id == b->contact_id &&
         g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->email, b->email) == 0;
}

GPtrArray *
nb_attendee_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) nb_attendee_free);
}

GPtrArray *
nb_attendee_array_copy (GPtrArray *attendees)
{
  return nb_ptr_array_copy (attendees, (GCopyFunc) nb_attendee_copy,
                            (GDestroyNotify) nb_attendee_free);
}

gboolean
nb_attendee_array_equal (GPtrArray *a,
                         GPtrArray *b)
{
  return nb_ptr_array_equal (a, b, (GEqualFunc) nb_attendee_equal);
}
