/* nb-enums.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The values are stored in the database: append, never reorder. */

/**
 * NbMealKind:
 * @NB_MEAL_BREAKFAST: breakfast
 * @NB_MEAL_COFFEE: a coffee
 * @NB_MEAL_LUNCH: lunch
 * @NB_MEAL_DINNER: dinner
 * @NB_MEAL_DRINKS: drinks
 */
typedef enum
{
  NB_MEAL_BREAKFAST,
  NB_MEAL_COFFEE,
  NB_MEAL_LUNCH,
  NB_MEAL_DINNER,
  NB_MEAL_DRINKS,
} NbMealKind;

#define NB_MEAL_N_KINDS (NB_MEAL_DRINKS + 1)

/**
 * NbPayer:
 * @NB_PAYER_UNSETTLED: not settled yet
 * @NB_PAYER_ME: I pay
 * @NB_PAYER_THEM: they pay
 * @NB_PAYER_DUTCH: everyone pays their share
 */
typedef enum
{
  NB_PAYER_UNSETTLED,
  NB_PAYER_ME,
  NB_PAYER_THEM,
  NB_PAYER_DUTCH,
} NbPayer;

#define NB_PAYER_N_PAYERS (NB_PAYER_DUTCH + 1)

/**
 * NbMeetingStatus:
 * @NB_MEETING_PLANNED: planned; once its time has passed, Netbook asks
 * @NB_MEETING_DONE: it happened
 * @NB_MEETING_CANCELLED: it did not happen
 */
typedef enum
{
  NB_MEETING_PLANNED,
  NB_MEETING_DONE,
  NB_MEETING_CANCELLED,
} NbMeetingStatus;

#define NB_MEETING_N_STATUSES (NB_MEETING_CANCELLED + 1)

/**
 * NbFollowUp:
 * @NB_FOLLOW_UP_NONE: nothing to follow up (yet)
 * @NB_FOLLOW_UP_DUE: a thank-you note is due
 * @NB_FOLLOW_UP_SENT: the thank-you note was sent
 * @NB_FOLLOW_UP_NOT_NEEDED: no note is needed
 */
typedef enum
{
  NB_FOLLOW_UP_NONE,
  NB_FOLLOW_UP_DUE,
  NB_FOLLOW_UP_SENT,
  NB_FOLLOW_UP_NOT_NEEDED,
} NbFollowUp;

#define NB_FOLLOW_UP_N_STATES (NB_FOLLOW_UP_NOT_NEEDED + 1)

/**
 * NbInteractionKind:
 * @NB_INTERACTION_MEAL: a meal that happened (made by the planner, not
 *   typed)
 * @NB_INTERACTION_MET: met in person
 * @NB_INTERACTION_CALL: a call
 * @NB_INTERACTION_MESSAGE: a message or an email
 * @NB_INTERACTION_VIDEO_CALL: a video call
 * @NB_INTERACTION_HELP_GIVEN: help I gave
 * @NB_INTERACTION_HELP_RECEIVED: help I received
 * @NB_INTERACTION_INTRODUCTION: an introduction, made by me or (#NbInteraction:introducer)
 *   by someone else
 * @NB_INTERACTION_FAVOUR_ASKED_OF_ME: a favour asked of me
 * @NB_INTERACTION_FAVOUR_I_ASKED: a favour I asked
 * @NB_INTERACTION_THANKS_SENT: a thank-you sent
 * @NB_INTERACTION_NEWS_SHARED: news shared
 * @NB_INTERACTION_CONNECTED: connected online, on a network such as
 *   LinkedIn
 *
 * How you were in touch. The first four are stored in databases of
 * every version: append, never reorder.
 */
typedef enum
{
  NB_INTERACTION_MEAL,
  NB_INTERACTION_MET,
  NB_INTERACTION_CALL,
  NB_INTERACTION_MESSAGE,
  NB_INTERACTION_VIDEO_CALL,
  NB_INTERACTION_HELP_GIVEN,
  NB_INTERACTION_HELP_RECEIVED,
  NB_INTERACTION_INTRODUCTION,
  NB_INTERACTION_FAVOUR_ASKED_OF_ME,
  NB_INTERACTION_FAVOUR_I_ASKED,
  NB_INTERACTION_THANKS_SENT,
  NB_INTERACTION_NEWS_SHARED,
  NB_INTERACTION_CONNECTED,
} NbInteractionKind;

#define NB_INTERACTION_N_KINDS (NB_INTERACTION_CONNECTED + 1)

/**
 * NbHistoryItemKind:
 * @NB_HISTORY_ITEM_INTERACTION: an interaction (#NbInteraction)
 * @NB_HISTORY_ITEM_MEAL: a meal that happened
 * @NB_HISTORY_ITEM_BIRTHDAY: a birthday the contact had
 *
 * What an entry of a contact's history is.
 */
typedef enum
{
  NB_HISTORY_ITEM_INTERACTION,
  NB_HISTORY_ITEM_MEAL,
  NB_HISTORY_ITEM_BIRTHDAY,
} NbHistoryItemKind;

/**
 * NbRhythmSource:
 * @NB_RHYTHM_SOURCE_DEFAULT: the default rhythm of Preferences
 * @NB_RHYTHM_SOURCE_OWN: the contact's own rhythm
 * @NB_RHYTHM_SOURCE_CIRCLE: the rhythm of one of the contact's circles
 *
 * Where a contact's keep-in-touch rhythm comes from.
 */
typedef enum
{
  NB_RHYTHM_SOURCE_DEFAULT,
  NB_RHYTHM_SOURCE_OWN,
  NB_RHYTHM_SOURCE_CIRCLE,
} NbRhythmSource;

/**
 * NbAnswer:
 * @NB_ANSWER_NONE: no answer (yet), or not a request
 * @NB_ANSWER_YES: yes
 * @NB_ANSWER_NO: no
 * @NB_ANSWER_LATER: later, not now
 *
 * The answer to a favour, asked of me or by me. Stored: append, never
 * reorder.
 */
typedef enum
{
  NB_ANSWER_NONE,
  NB_ANSWER_YES,
  NB_ANSWER_NO,
  NB_ANSWER_LATER,
} NbAnswer;

#define NB_N_ANSWERS (NB_ANSWER_LATER + 1)

/**
 * NbInitiator:
 * @NB_INITIATOR_UNKNOWN: not said
 * @NB_INITIATOR_ME: I reached out
 * @NB_INITIATOR_THEM: they reached out
 *
 * Who reached out first, for the give and take of a relationship. Stored:
 * append, never reorder.
 */
typedef enum
{
  NB_INITIATOR_UNKNOWN,
  NB_INITIATOR_ME,
  NB_INITIATOR_THEM,
} NbInitiator;

#define NB_N_INITIATORS (NB_INITIATOR_THEM + 1)

/**
 * NbOptIn:
 * @NB_OPT_IN_NONE: not asked yet
 * @NB_OPT_IN_ASKED: asked whether they would like to be introduced, no
 *   answer yet
 * @NB_OPT_IN_AGREED: they would like to be introduced
 * @NB_OPT_IN_DECLINED: they would rather not
 *
 * Where one person of an introduction I make stands in its double opt-in.
 * Stored: append, never reorder.
 */
typedef enum
{
  NB_OPT_IN_NONE,
  NB_OPT_IN_ASKED,
  NB_OPT_IN_AGREED,
  NB_OPT_IN_DECLINED,
} NbOptIn;

#define NB_N_OPT_INS (NB_OPT_IN_DECLINED + 1)

/**
 * NbIntroductionStep:
 * @NB_INTRODUCTION_STEP_NONE: not an introduction I make
 * @NB_INTRODUCTION_STEP_ASKING: asking both whether they would like it
 * @NB_INTRODUCTION_STEP_DECLINED: one of them would rather not
 * @NB_INTRODUCTION_STEP_READY: both agreed; not introduced yet
 * @NB_INTRODUCTION_STEP_INTRODUCED: introduced, too recently to ask how
 *   it went
 * @NB_INTRODUCTION_STEP_FOLLOW_UP: introduced a few weeks ago: time to ask
 *   how it went
 * @NB_INTRODUCTION_STEP_DONE: followed up
 *
 * Where an introduction I make stands (nb_interaction_get_introduction_step()).
 */
typedef enum
{
  NB_INTRODUCTION_STEP_NONE,
  NB_INTRODUCTION_STEP_ASKING,
  NB_INTRODUCTION_STEP_DECLINED,
  NB_INTRODUCTION_STEP_READY,
  NB_INTRODUCTION_STEP_INTRODUCED,
  NB_INTRODUCTION_STEP_FOLLOW_UP,
  NB_INTRODUCTION_STEP_DONE,
} NbIntroductionStep;

/**
 * NbTrainMeals:
 * @NB_TRAIN_MEALS_NONE: no meal
 * @NB_TRAIN_MEALS_LUNCH: lunch
 * @NB_TRAIN_MEALS_DINNER: dinner
 *
 * Which meals a meal train brings each day.
 */
typedef enum /*< flags >*/
{
  NB_TRAIN_MEALS_NONE   = 0,
  NB_TRAIN_MEALS_LUNCH  = 1 << 0,
  NB_TRAIN_MEALS_DINNER = 1 << 1,
} NbTrainMeals;

#define NB_TRAIN_MEALS_ALL (NB_TRAIN_MEALS_LUNCH | NB_TRAIN_MEALS_DINNER)

/**
 * NbDuplicateReasons:
 * @NB_DUPLICATE_SAME_EMAIL: an email address in common (ignoring case)
 * @NB_DUPLICATE_SAME_PHONE: a phone number in common (ignoring spaces,
 *   `+`/`00` country prefixes and a national trunk `0`)
 * @NB_DUPLICATE_SAME_NAME: the same name up to case, accents, order
 *   ("Lovelace, Ada") and common nicknames (Bob, Robert)
 * @NB_DUPLICATE_SAME_BIRTHDAY: the same birthday and a similar name
 *
 * Why two or more cards are probably the same person (not stored).
 */
typedef enum /*< flags >*/
{
  NB_DUPLICATE_SAME_EMAIL    = 1 << 0,
  NB_DUPLICATE_SAME_PHONE    = 1 << 1,
  NB_DUPLICATE_SAME_NAME     = 1 << 2,
  NB_DUPLICATE_SAME_BIRTHDAY = 1 << 3,
} NbDuplicateReasons;

/* The words for the values, translated: the same in every view and in
 * sync's notes. */
const char *nb_payer_get_label          (NbPayer          payer);
const char *nb_payer_get_mnemonic       (NbPayer          payer);
const char *nb_meeting_status_get_label (NbMeetingStatus  status);
const char *nb_follow_up_get_label      (NbFollowUp       follow_up);
const char *nb_interaction_kind_get_label (NbInteractionKind kind);
const char *nb_interaction_kind_to_string (NbInteractionKind kind);
gboolean    nb_interaction_kind_from_string (const char     *string,
                                           NbInteractionKind *kind);
gboolean    nb_interaction_kind_is_request (NbInteractionKind kind);
const char *nb_answer_get_label          (NbAnswer         answer);
const char *nb_answer_to_string          (NbAnswer         answer);
gboolean    nb_answer_from_string        (const char      *string,
                                          NbAnswer        *answer);
const char *nb_initiator_to_string       (NbInitiator      initiator);
gboolean    nb_initiator_from_string     (const char      *string,
                                          NbInitiator     *initiator);
const char *nb_opt_in_to_string          (NbOptIn          opt_in);
gboolean    nb_opt_in_from_string        (const char      *string,
                                          NbOptIn         *opt_in);

G_END_DECLS
