/* nb-contact-ids.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * NbContactIds:
 *
 * The contacts being dragged from the sidebar: what a day accepts when
 * dropped on, and nothing from outside Netbook is.
 */
typedef struct _NbContactIds NbContactIds;

#define NB_TYPE_CONTACT_IDS (nb_contact_ids_get_type ())

GType         nb_contact_ids_get_type (void) G_GNUC_CONST;
NbContactIds *nb_contact_ids_new      (GArray       *ids) G_GNUC_WARN_UNUSED_RESULT;
NbContactIds *nb_contact_ids_ref      (NbContactIds *self);
void          nb_contact_ids_unref    (NbContactIds *self);
GArray       *nb_contact_ids_get_ids  (NbContactIds *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbContactIds, nb_contact_ids_unref)

G_END_DECLS
