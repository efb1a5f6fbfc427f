/* nb-contact-private.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-contact.h"

G_BEGIN_DECLS

/* Only the store gives a contact its row id and timestamps. */
void _nb_contact_set_id         (NbContact *self,
                                 gint64     id);
void _nb_contact_set_timestamps (NbContact *self,
                                 gint64     created,
                                 gint64     updated);
void _nb_contact_set_last_interaction (NbContact         *self,
                                       gint64             when,
                                       NbInteractionKind  kind);

G_END_DECLS
