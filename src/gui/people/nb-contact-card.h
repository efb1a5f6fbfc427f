/* nb-contact-card.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-contact.h"
#include "nb-store.h"
#include "nb-undo-delete.h"

G_BEGIN_DECLS

#define NB_TYPE_CONTACT_CARD (nb_contact_card_get_type ())

G_DECLARE_FINAL_TYPE (NbContactCard, nb_contact_card, NB, CONTACT_CARD, GtkWidget)

GtkWidget *nb_contact_card_new         (void);
NbContact *nb_contact_card_get_contact (NbContactCard *self);
void       nb_contact_card_set_contact (NbContactCard *self,
                                        NbContact     *contact);
void       nb_contact_card_set_store   (NbContactCard *self,
                                        NbStore       *store);
void       nb_contact_card_set_deletes (NbContactCard *self,
                                        NbUndoDelete  *deletes);

G_END_DECLS
