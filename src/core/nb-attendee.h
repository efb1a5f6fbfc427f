/* nb-attendee.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * NbAttendee:
 * @contact_id: the contact, or 0 when there is none (any more)
 * @name: the name, kept when the contact is deleted
 * @email: (nullable): an email address, for calendar invitations
 *
 * Someone a meal is with.
 */
typedef struct
{
  gint64  contact_id;
  char   *name;
  char   *email;
} NbAttendee;

#define NB_TYPE_ATTENDEE (nb_attendee_get_type ())

GType       nb_attendee_get_type    (void) G_GNUC_CONST;
NbAttendee *nb_attendee_new         (gint64            contact_id,
                                     const char       *name,
                                     const char       *email) G_GNUC_WARN_UNUSED_RESULT;
NbAttendee *nb_attendee_copy        (const NbAttendee *self) G_GNUC_WARN_UNUSED_RESULT;
void        nb_attendee_free        (NbAttendee       *self);
gboolean    nb_attendee_equal       (const NbAttendee *a,
                                     const NbAttendee *b);
GPtrArray  *nb_attendee_array_new   (void) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *nb_attendee_array_copy  (GPtrArray        *attendees) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_attendee_array_equal (GPtrArray        *a,
                                     GPtrArray        *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbAttendee, nb_attendee_free)

G_END_DECLS
