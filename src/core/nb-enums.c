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

/* How you were in touch: its name, in a list of kinds or on a history
 * entry, and its word in iCalendar (X-NETBOOK-INTERACTION), which never
 * changes. */
static const struct {
  const char *label;
  const char *name;
} interaction_kinds[NB_INTERACTION_N_KINDS] = {
  [NB_INTERACTION_MEAL] = { NC_("interaction", "Meal"), "meal" },
  [NB_INTERACTION_MET] = { NC_("interaction", "Met in person"), "met" },
  [NB_INTERACTION_CALL] = { NC_("interaction", "Call"), "call" },
  [NB_INTERACTION_MESSAGE] = { NC_("interaction", "Message or email"), "message" },
  [NB_INTERACTION_VIDEO_CALL] = { NC_("interaction", "Video call"), "video-call" },
  [NB_INTERACTION_HELP_GIVEN] = { NC_("interaction", "Help I gave"), "help-given" },
  [NB_INTERACTION_HELP_RECEIVED] = { NC_("interaction", "Help I received"), "help-received" },
  [NB_INTERACTION_INTRODUCTION] = { NC_("interaction", "Introduction"), "introduction" },
  [NB_INTERACTION_FAVOUR_ASKED_OF_ME] = { NC_("interaction", "Favour asked of me"),
                                          "favour-asked-of-me" },
  [NB_INTERACTION_FAVOUR_I_ASKED] = { NC_("interaction", "Favour I asked"), "favour-i-asked" },
  [NB_INTERACTION_THANKS_SENT] = { NC_("interaction", "Thank-you sent"), "thanks-sent" },
  [NB_INTERACTION_NEWS_SHARED] = { NC_("interaction", "News shared"), "news-shared" },
  /* Translators: became connected on a network such as LinkedIn. */
  [NB_INTERACTION_CONNECTED] = { NC_("interaction", "Connected online"), "connected" },
};

/**
 * nb_interaction_kind_get_label:
 * @kind: how you were in touch
 *
 * Returns: its name, a noun in sentence case: "Call", "Video call",
 *   "Message or email", "Help I gave"…; an unknown value is "Met in
 *   person"
 */
const char *
nb_interaction_kind_get_label (NbInteractionKind kind)
{
  if ((guint) kind >= NB_INTERACTION_N_KINDS)
    kind = NB_INTERACTION_MET;

  return g_dpgettext2 (GETTEXT_PACKAGE, "interaction", interaction_kinds[kind].label);
}

/**
 * nb_interaction_kind_to_string:
 * @kind: how you were in touch
 *
 * Returns: its iCalendar word (X-NETBOOK-INTERACTION), never translated:
 *   `met`, `meal`, `call`, `video-call`, `message`, `help-given`,
 *   `help-received`, `introduction`, `favour-asked-of-me`,
 *   `favour-i-asked`, `thanks-sent`, `news-shared` or `connected`; an unknown value is
 *   `met`
 */
const char *
nb_interaction_kind_to_string (NbInteractionKind kind)
{
  if ((guint) kind >= NB_INTERACTION_N_KINDS)
    kind = NB_INTERACTION_MET;

  return interaction_kinds[kind].name;
}

/**
 * nb_interaction_kind_from_string:
 * @string: (nullable): an iCalendar word, as nb_interaction_kind_to_string()
 *   gives, in any case
 * @kind: (out): the kind, when known
 *
 * Returns: %TRUE if @string names a kind
 */
gboolean
nb_interaction_kind_from_string (const char        *string,
                                 NbInteractionKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < NB_INTERACTION_N_KINDS; i++)
    {
      if (g_ascii_strcasecmp (string, interaction_kinds[i].name) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * nb_interaction_kind_is_request:
 * @kind: how you were in touch
 *
 * Returns: whether @kind is a favour, asked of me or by me, which has an
 *   answer (#NbAnswer)
 */
gboolean
nb_interaction_kind_is_request (NbInteractionKind kind)
{
  return kind == NB_INTERACTION_FAVOUR_ASKED_OF_ME || kind == NB_INTERACTION_FAVOUR_I_ASKED;
}

/* The answers: their names and their iCalendar words (X-NETBOOK-ANSWER),
 * which never change. */
static const struct {
  const char *label;
  const char *name;
} answers[NB_N_ANSWERS] = {
  [NB_ANSWER_NONE] = { NC_("answer", "No answer yet"), NULL },
  [NB_ANSWER_YES] = { NC_("answer", "Yes"), "yes" },
  [NB_ANSWER_NO] = { NC_("answer", "No"), "no" },
  [NB_ANSWER_LATER] = { NC_("answer", "Later"), "later" },
};

/**
 * nb_answer_get_label:
 * @answer: an answer to a favour
 *
 * Returns: its name: "Yes", "No", "Later" or "No answer yet"
 */
const char *
nb_answer_get_label (NbAnswer answer)
{
  if ((guint) answer >= NB_N_ANSWERS)
    answer = NB_ANSWER_NONE;

  return g_dpgettext2 (GETTEXT_PACKAGE, "answer", answers[answer].label);
}

/**
 * nb_answer_to_string:
 * @answer: an answer to a favour
 *
 * Returns: (nullable): its iCalendar word (X-NETBOOK-ANSWER), never
 *   translated: `yes`, `no` or `later`; %NULL for no answer
 */
const char *
nb_answer_to_string (NbAnswer answer)
{
  if ((guint) answer >= NB_N_ANSWERS)
    return NULL;

  return answers[answer].name;
}

/**
 * nb_answer_from_string:
 * @string: (nullable): an iCalendar word, in any case
 * @answer: (out): the answer, when known
 *
 * Returns: %TRUE if @string names an answer
 */
gboolean
nb_answer_from_string (const char *string,
                       NbAnswer   *answer)
{
  g_return_val_if_fail (answer != NULL, FALSE);

  for (guint i = 0; string != NULL && i < NB_N_ANSWERS; i++)
    if (answers[i].name != NULL && g_ascii_strcasecmp (string, answers[i].name) == 0)
      {
        *answer = i;
        return TRUE;
      }

  return FALSE;
}

/* Who reached out: its iCalendar word (X-NETBOOK-INITIATOR). */
static const char * const initiators[NB_N_INITIATORS] = {
  [NB_INITIATOR_UNKNOWN] = NULL,
  [NB_INITIATOR_ME] = "me",
  [NB_INITIATOR_THEM] = "them",
};

/**
 * nb_initiator_to_string:
 * @initiator: who reached out
 *
 * Returns: (nullable): its iCalendar word (X-NETBOOK-INITIATOR), never
 *   translated: `me` or `them`; %NULL when not said
 */
const char *
nb_initiator_to_string (NbInitiator initiator)
{
  if ((guint) initiator >= NB_N_INITIATORS)
    return NULL;

  return initiators[initiator];
}

/**
 * nb_initiator_from_string:
 * @string: (nullable): an iCalendar word, in any case
 * @initiator: (out): who reached out, when known
 *
 * Returns: %TRUE if @string names who reached out
 */
gboolean
nb_initiator_from_string (const char  *string,
                          NbInitiator *initiator)
{
  g_return_val_if_fail (initiator != NULL, FALSE);

  for (guint i = 0; string != NULL && i < NB_N_INITIATORS; i++)
    if (initiators[i] != NULL && g_ascii_strcasecmp (string, initiators[i]) == 0)
      {
        *initiator = i;
        return TRUE;
      }

  return FALSE;
}


/* Where a person stands in an introduction's opt-in: its iCalendar word
 * (the X-NETBOOK-OPT-IN parameter of the person's X-NETBOOK-CONTACT). */
static const char * const opt_ins[NB_N_OPT_INS] = {
  [NB_OPT_IN_NONE] = NULL,
  [NB_OPT_IN_ASKED] = "asked",
  [NB_OPT_IN_AGREED] = "agreed",
  [NB_OPT_IN_DECLINED] = "declined",
};

/**
 * nb_opt_in_to_string:
 * @opt_in: where a person stands in an introduction's opt-in
 *
 * Returns: (nullable): its iCalendar word, never translated: `asked`,
 *   `agreed` or `declined`; %NULL when not asked yet
 */
const char *
nb_opt_in_to_string (NbOptIn opt_in)
{
  if ((guint) opt_in >= NB_N_OPT_INS)
    return NULL;

  return opt_ins[opt_in];
}

/**
 * nb_opt_in_from_string:
 * @string: (nullable): an iCalendar word, in any case
 * @opt_in: (out): where the person stands, when known
 *
 * Returns: %TRUE if @string names where a person stands
 */
gboolean
nb_opt_in_from_string (const char *string,
                       NbOptIn    *opt_in)
{
  g_return_val_if_fail (opt_in != NULL, FALSE);

  for (guint i = 0; string != NULL && i < NB_N_OPT_INS; i++)
    if (opt_ins[i] != NULL && g_ascii_strcasecmp (string, opt_ins[i]) == 0)
      {
        *opt_in = i;
        return TRUE;
      }

  return FALSE;
}
