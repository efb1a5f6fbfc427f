/* nb-interaction.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-enum-types.h"
#include "nb-enums.h"

G_BEGIN_DECLS

#define NB_TYPE_INTERACTION (nb_interaction_get_type ())

G_DECLARE_FINAL_TYPE (NbInteraction, nb_interaction, NB, INTERACTION, GObject)

NbInteraction    *nb_interaction_new             (void) G_GNUC_WARN_UNUSED_RESULT;
NbInteraction    *nb_interaction_new_with_contact (NbInteractionKind  kind,
                                                  gint64             contact_id,
                                                  GDateTime         *when) G_GNUC_WARN_UNUSED_RESULT;
NbInteraction    *nb_interaction_copy            (NbInteraction     *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean          nb_interaction_assign          (NbInteraction     *self,
                                                  NbInteraction     *other);
gboolean          nb_interaction_content_equal   (NbInteraction     *self,
                                                  NbInteraction     *other);

gint64            nb_interaction_get_id          (NbInteraction     *self);
const char       *nb_interaction_get_uid         (NbInteraction     *self);
void              nb_interaction_set_uid         (NbInteraction     *self,
                                                  const char        *uid);
NbInteractionKind nb_interaction_get_kind        (NbInteraction     *self);
void              nb_interaction_set_kind        (NbInteraction     *self,
                                                  NbInteractionKind  kind);
gint64            nb_interaction_get_date        (NbInteraction     *self);
void              nb_interaction_set_date        (NbInteraction     *self,
                                                  gint64             date);
gboolean          nb_interaction_get_has_time    (NbInteraction     *self);
void              nb_interaction_set_has_time    (NbInteraction     *self,
                                                  gboolean           has_time);
GDateTime        *nb_interaction_dup_date_time   (NbInteraction     *self) G_GNUC_WARN_UNUSED_RESULT;
void              nb_interaction_set_date_time   (NbInteraction     *self,
                                                  GDateTime         *when);
void              nb_interaction_get_day         (NbInteraction     *self,
                                                  GDate             *day);
void              nb_interaction_set_day         (NbInteraction     *self,
                                                  const GDate       *day);
GArray           *nb_interaction_get_people      (NbInteraction     *self);
void              nb_interaction_set_people      (NbInteraction     *self,
                                                  GArray            *contact_ids);
void              nb_interaction_add_person      (NbInteraction     *self,
                                                  gint64             contact_id);
gboolean          nb_interaction_remove_person   (NbInteraction     *self,
                                                  gint64             contact_id);
gint64            nb_interaction_get_other_person (NbInteraction    *self,
                                                  gint64             contact_id);
gboolean          nb_interaction_has_person      (NbInteraction     *self,
                                                  gint64             contact_id);
const char       *nb_interaction_get_note        (NbInteraction     *self);
void              nb_interaction_set_note        (NbInteraction     *self,
                                                  const char        *note);
const char       *nb_interaction_get_title       (NbInteraction     *self);
void              nb_interaction_set_title       (NbInteraction     *self,
                                                  const char        *title);
const char       *nb_interaction_get_ical_source (NbInteraction     *self);
void              nb_interaction_set_ical_source (NbInteraction     *self,
                                                  const char        *source);
NbAnswer          nb_interaction_get_answer      (NbInteraction     *self);
void              nb_interaction_set_answer      (NbInteraction     *self,
                                                  NbAnswer           answer);
gint64            nb_interaction_get_answered    (NbInteraction     *self);
void              nb_interaction_set_answered    (NbInteraction     *self,
                                                  gint64             answered);
NbInitiator       nb_interaction_get_initiator   (NbInteraction     *self);
void              nb_interaction_set_initiator   (NbInteraction     *self,
                                                  NbInitiator        initiator);
gint64            nb_interaction_get_introducer  (NbInteraction     *self);
void              nb_interaction_set_introducer  (NbInteraction     *self,
                                                  gint64             contact_id);
gint64            nb_interaction_get_introduced  (NbInteraction     *self);
void              nb_interaction_set_introduced  (NbInteraction     *self,
                                                  gint64             introduced);
gint64            nb_interaction_get_followed_up (NbInteraction     *self);
void              nb_interaction_set_followed_up (NbInteraction     *self,
                                                  gint64             followed_up);
NbOptIn           nb_interaction_get_opt_in      (NbInteraction     *self,
                                                  gint64             contact_id);
void              nb_interaction_set_opt_in      (NbInteraction     *self,
                                                  gint64             contact_id,
                                                  NbOptIn            opt_in);
NbIntroductionStep nb_interaction_get_introduction_step (NbInteraction *self,
                                                  gint64             now);
gint64            nb_interaction_get_created     (NbInteraction     *self);
gint64            nb_interaction_get_updated     (NbInteraction     *self);

/* How long after an introduction Netbook asks how it went. */
#define NB_INTRODUCTION_FOLLOW_UP_DAYS 21

char             *nb_interaction_describe        (NbInteractionKind  kind,
                                                  const char * const *names) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
