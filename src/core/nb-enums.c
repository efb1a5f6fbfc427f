/* nb-enums.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-enums.h"

/* Who pays, in the two forms the app says it in: as a statement, in a
 * meal's line and in a sync note, and as the choice on a button, in title
 * case with its access key. */
static const struct {
  const char *label;
  const char *mnemonic;
} payers[NB_PAYER_N_PAYERS] = {
  [NB_PAYER_UNSETTLED] = { N_("Who pays is open"), N_("_Not Settled") },
  [NB_PAYER_ME] = { N_("I pay"), N_("_I Pay") },
  [NB_PAYER_THEM] = { N_("They pay"), N_("_They Pay") },
  [NB_PAYER_DUTCH] = { N_("Going dutch"), N_("_Go Dutch") },
};

static const char * const statuses[NB_MEETING_N_STATUSES] = {
  [NB_MEETING_PLANNED] = NC_("meal status", "Planned"),
  [NB_MEETING_DONE] = NC_("meal status", "Happened"),
  [NB_MEETING_CANCELLED] = NC_("meal status", "Cancelled"),
};

static const char * const follow_ups[NB_FOLLOW_UP_N_STATES] = {
  [NB_FOLLOW_UP_NONE] = NC_("thank-you note", "Not yet decided"),
  [NB_FOLLOW_UP_DUE] = NC_("thank-you note", "To send"),
  [NB_FOLLOW_UP_SENT] = NC_("thank-you note", "Sent"),
  [NB_FOLLOW_UP_NOT_NEEDED] = NC_("thank-you note", "Not needed"),
};

/**
 * nb_payer_get_label:
 * @payer: who pays
 *
 * Returns: who pays, as said of a meal: "I pay", "They pay", "Going dutch"
 *   or "Who pays is open"; an unknown value is open
 */
const char *
nb_payer_get_label (NbPayer payer)
{
  if ((guint) payer >= NB_PAYER_N_PAYERS)
    payer = NB_PAYER_UNSETTLED;

  return _(payers[payer].label);
}

/**
 * nb_payer_get_mnemonic:
 * @payer: who pays
 *
 * Returns: who pays, as a choice on a button, with its access key: "_I
 *   Pay", "_They Pay", "_Go Dutch" or "_Not Settled"
 */
const char *
nb_payer_get_mnemonic (NbPayer payer)
{
  g_return_val_if_fail ((guint) payer < NB_PAYER_N_PAYERS, "");

  return _(payers[payer].mnemonic);
}

/**
 * nb_meeting_status_get_label:
 * @status: whether a meal happened
 *
 * Returns: "Planned", "Happened" or "Cancelled"; an unknown value is
 *   planned
 */
const char *
nb_meeting_status_get_label (NbMeetingStatus status)
{
  if ((guint) status >= NB_MEETING_N_STATUSES)
    status = NB_MEETING_PLANNED;

  return g_dpgettext2 (GETTEXT_PACKAGE, "meal status", statuses[status]);
}

/**
 * nb_follow_up_get_label:
 * @follow_up: the state of a meal's thank-you note
 *
 * Returns: "Not yet decided", "To send", "Sent" or "Not needed"; an
 *   unknown value is not decided yet
 */
const char *
nb_follow_up_get_label (NbFollowUp follow_up)
{
  if ((guint) follow_up >= NB_FOLLOW_UP_N_STATES)
    follow_up = NB_FOLLOW_UP_NONE;

  return g_dpgettext2 (GETTEXT_PACKAGE, "thank-you note", follow_ups[follow_up]);
}
