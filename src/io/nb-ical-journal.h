/* nb-ical-journal.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "nb-ical.h"
#include "nb-interaction.h"

G_BEGIN_DECLS

/**
 * NbIcalJournal:
 * @interaction: the interaction, its people not yet linked to contacts
 * @emails: (element-type utf8): the email addresses of its ATTENDEEs
 * @contact_uids: (element-type utf8): the contact UIDs of its
 *   X-NETBOOK-CONTACTs
 * @introducer_uid: (nullable): the contact UID of its X-NETBOOK-INTRODUCER
 * @opt_ins: (element-type utf8): its X-NETBOOK-OPT-INs, "agreed UID"
 *
 * An interaction read from a VJOURNAL.
 */
typedef struct
{
  NbInteraction *interaction;
  GPtrArray     *emails;
  GPtrArray     *contact_uids;
  char          *introducer_uid;
  GPtrArray     *opt_ins;
} NbIcalJournal;

/* Gives the name, preferred email address (or %NULL) and UID of a contact;
 * %FALSE if there is none. */
typedef gboolean (*NbIcalPersonFunc) (gint64     contact_id,
                                      char     **name,
                                      char     **email,
                                      char     **uid,
                                      gpointer   user_data);

/**
 * NbIcalWriter:
 * @person: gives what is written of each person
 * @find_contact: finds a contact by email address or UID, to tell which
 *   people of a VJOURNAL that another app wrote are still there
 * @user_data: data for both
 *
 * What writing an interaction needs of the contacts.
 */
typedef struct
{
  NbIcalPersonFunc      person;
  NbIcalFindContactFunc find_contact;
  gpointer              user_data;
} NbIcalWriter;

void        nb_ical_journal_free               (NbIcalJournal       *journal);
GPtrArray  *nb_ical_parse_journals             (const char          *text,
                                                const char          *name,
                                                GPtrArray           *problems,
                                                GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_ical_read_journal_resource      (const char          *text,
                                                const char          *name,
                                                NbIcalJournal      **journal,
                                                char               **circle,
                                                int                 *cadence,
                                                GError             **error);
void        nb_ical_journal_link_people        (NbIcalJournal       *journal,
                                                NbIcalFindContactFunc find_contact,
                                                gpointer             user_data);
char       *nb_ical_write_interaction          (NbInteraction       *interaction,
                                                const NbIcalWriter  *writer) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_ical_write_interaction_calendar (NbInteraction       *interaction,
                                                const NbIcalWriter  *writer) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_ical_write_journal_timezones    (NbInteraction       *interaction,
                                                GHashTable          *written) G_GNUC_WARN_UNUSED_RESULT;
gboolean    nb_ical_journal_same_entry         (const char          *source,
                                                const char          *other);
char       *nb_ical_circle_uid                 (const char          *name) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_ical_circle_name_from_uid       (const char          *uid) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_ical_write_circle               (const char          *name,
                                                int                  cadence_days) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbIcalJournal, nb_ical_journal_free)

G_END_DECLS
