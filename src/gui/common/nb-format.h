/* nb-format.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-contact.h"
#include "nb-interaction.h"
#include "nb-store.h"
#include "nb-suggestion.h"

G_BEGIN_DECLS

/**
 * NbLabelKind:
 *
 * Which set of labels a field offers.
 */
typedef enum
{
  NB_LABEL_KIND_EMAIL,
  NB_LABEL_KIND_PHONE,
  NB_LABEL_KIND_WEBSITE,
  NB_LABEL_KIND_ADDRESS,
} NbLabelKind;

const char * const *nb_format_label_keys         (NbLabelKind       kind);
char               *nb_format_label              (const char       *label) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_month_name         (guint             month) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_birthday           (const NbBirthday *birthday) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_birthday_countdown (const NbBirthday *birthday,
                                                  const GDate      *today) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_organization       (NbContact        *contact) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_organization_line  (NbContact        *contact) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_card_hint          (NbContact        *contact) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_field_uri          (NbLabelKind       kind,
                                                  const char       *value) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_day                (const GDate      *day,
                                                  gboolean          with_year) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_week               (const GDate      *start) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_time               (GDateTime        *time) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_moment             (gint64            usec) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_last_sync          (gint64            usec) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_days_ago           (int               days) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_answer             (NbInteraction    *interaction) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_people             (NbStore          *store,
                                                  GArray           *people) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_introduction_status (NbInteraction *introduction,
                                                  NbStore          *store,
                                                  gint64            now) G_GNUC_WARN_UNUSED_RESULT;
char               *nb_format_suggestion         (const NbSuggestion *suggestion,
                                                  const GDate      *today) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
