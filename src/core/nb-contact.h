/* nb-contact.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-address.h"
#include "nb-birthday.h"
#include "nb-enums.h"
#include "nb-field.h"

G_BEGIN_DECLS

#define NB_TYPE_CONTACT (nb_contact_get_type ())

G_DECLARE_FINAL_TYPE (NbContact, nb_contact, NB, CONTACT, GObject)

NbContact        *nb_contact_new                  (void) G_GNUC_WARN_UNUSED_RESULT;
NbContact        *nb_contact_copy                 (NbContact        *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean          nb_contact_assign               (NbContact        *self,
                                                   NbContact        *other);
gboolean          nb_contact_content_equal        (NbContact        *self,
                                                   NbContact        *other);

gint64            nb_contact_get_id               (NbContact        *self);
const char       *nb_contact_get_uid              (NbContact        *self);
void              nb_contact_set_uid              (NbContact        *self,
                                                   const char       *uid);
const char       *nb_contact_get_full_name        (NbContact        *self);
void              nb_contact_set_full_name        (NbContact        *self,
                                                   const char       *full_name);
const char       *nb_contact_get_structured_name  (NbContact        *self);
void              nb_contact_set_structured_name  (NbContact        *self,
                                                   const char       *structured_name);
const char       *nb_contact_get_nickname         (NbContact        *self);
void              nb_contact_set_nickname         (NbContact        *self,
                                                   const char       *nickname);
const char       *nb_contact_get_organization     (NbContact        *self);
void              nb_contact_set_organization     (NbContact        *self,
                                                   const char       *organization);
const char * const *nb_contact_get_organization_units (NbContact  *self);
void              nb_contact_set_organization_units (NbContact        *self,
                                                   const char * const *units);
const char       *nb_contact_get_title            (NbContact        *self);
void              nb_contact_set_title            (NbContact        *self,
                                                   const char       *title);
const char       *nb_contact_get_how_met          (NbContact        *self);
void              nb_contact_set_how_met          (NbContact        *self,
                                                   const char       *how_met);
const char       *nb_contact_get_food_preferences (NbContact        *self);
void              nb_contact_set_food_preferences (NbContact        *self,
                                                   const char       *food_preferences);
const char       *nb_contact_get_help_notes       (NbContact        *self);
void              nb_contact_set_help_notes       (NbContact        *self,
                                                   const char       *help_notes);
const char       *nb_contact_get_notes            (NbContact        *self);
void              nb_contact_set_notes            (NbContact        *self,
                                                   const char       *notes);
const NbBirthday *nb_contact_get_birthday         (NbContact        *self);
void              nb_contact_set_birthday         (NbContact        *self,
                                                   const NbBirthday *birthday);
GPtrArray        *nb_contact_get_emails           (NbContact        *self);
void              nb_contact_set_emails           (NbContact        *self,
                                                   GPtrArray        *emails);
GPtrArray        *nb_contact_get_phones           (NbContact        *self);
void              nb_contact_set_phones           (NbContact        *self,
                                                   GPtrArray        *phones);
GPtrArray        *nb_contact_get_websites         (NbContact        *self);
void              nb_contact_set_websites         (NbContact        *self,
                                                   GPtrArray        *websites);
GPtrArray        *nb_contact_get_addresses        (NbContact        *self);
void              nb_contact_set_addresses        (NbContact        *self,
                                                   GPtrArray        *addresses);
const char * const *nb_contact_get_tags           (NbContact        *self);
void              nb_contact_set_tags             (NbContact        *self,
                                                   const char * const *tags);
const char * const *nb_contact_get_looking_for (NbContact        *self);
void              nb_contact_set_looking_for      (NbContact        *self,
                                                   const char * const *phrases);
const char * const *nb_contact_get_offers        (NbContact        *self);
void              nb_contact_set_offers           (NbContact        *self,
                                                   const char * const *phrases);
GBytes           *nb_contact_get_photo            (NbContact        *self);
const char       *nb_contact_get_photo_mime_type  (NbContact        *self);
void              nb_contact_set_photo            (NbContact        *self,
                                                   GBytes           *photo,
                                                   const char       *mime_type);
const char       *nb_contact_get_photo_uri        (NbContact        *self);
void              nb_contact_set_photo_uri        (NbContact        *self,
                                                   const char       *photo_uri);
const char       *nb_contact_get_vcard_extra      (NbContact        *self);
void              nb_contact_set_vcard_extra      (NbContact        *self,
                                                   const char       *vcard_extra);
int               nb_contact_get_cadence          (NbContact        *self);
void              nb_contact_set_cadence          (NbContact        *self,
                                                   int               days);
gint64            nb_contact_get_last_interaction (NbContact        *self);
NbInteractionKind nb_contact_get_last_interaction_kind (NbContact   *self);
gint64            nb_contact_get_created          (NbContact        *self);
gint64            nb_contact_get_updated          (NbContact        *self);

G_END_DECLS
