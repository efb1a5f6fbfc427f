/* nb-duplicate-private.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "nb-contact.h"
#include "nb-duplicate.h"

G_BEGIN_DECLS

/* The finder (nb-duplicate.c) knows nothing of SQL: nb-db-duplicates.c
 * reads the cards and feeds it. */
typedef struct _NbDuplicateFinder NbDuplicateFinder;

NbDuplicateFinder *_nb_duplicate_finder_new          (void);
void               _nb_duplicate_finder_free         (NbDuplicateFinder  *finder);
void               _nb_duplicate_finder_add_contact  (NbDuplicateFinder  *finder,
                                                      gint64              id,
                                                      const char         *name,
                                                      int                 bday_year,
                                                      int                 bday_month,
                                                      int                 bday_day);
void               _nb_duplicate_finder_add_email    (NbDuplicateFinder  *finder,
                                                      gint64              id,
                                                      const char         *email);
void               _nb_duplicate_finder_add_phone    (NbDuplicateFinder  *finder,
                                                      gint64              id,
                                                      const char         *phone);
void               _nb_duplicate_finder_add_not_duplicates (NbDuplicateFinder *finder,
                                                      gint64              a,
                                                      gint64              b);
GPtrArray         *_nb_duplicate_finder_run          (NbDuplicateFinder  *finder,
                                                      GCancellable       *cancellable,
                                                      GError            **error);
char              *_nb_duplicate_name_key            (const char         *name) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbDuplicateFinder, _nb_duplicate_finder_free)

/* One change a merge made to a row that named one of the merged cards. */
typedef enum
{
  NB_MERGE_MOVE_PERSON,        /* interaction_people: contact_id */
  NB_MERGE_DROP_PERSON,        /* interaction_people: the kept card was there too */
  NB_MERGE_MOVE_INTRODUCER,    /* interactions.introducer */
  NB_MERGE_MOVE_ATTENDEE,      /* meeting_attendees: contact_id */
  NB_MERGE_DROP_ATTENDEE,      /* meeting_attendees: the kept card was there too */
  NB_MERGE_MOVE_RECIPIENT,     /* meal_trains.recipient */
  NB_MERGE_MOVE_HELPER,        /* meal_train_helpers: contact_id */
  NB_MERGE_DROP_HELPER,        /* meal_train_helpers: the kept card was there too */
  NB_MERGE_MOVE_NOTICE,        /* birthday_notices: contact_id */
  NB_MERGE_DROP_NOTICE,        /* birthday_notices: the kept card had that year */
  NB_MERGE_MOVE_IMPORTED,      /* imported_rows: contact_id */
  NB_MERGE_DROP_NOT_DUPLICATE, /* not_duplicates: gone with the card */
  NB_MERGE_TOUCH_INTERACTION,  /* interactions.updated, so that sync sends it again */
  NB_MERGE_TOUCH_MEETING,      /* meetings.updated */
  NB_MERGE_TOUCH_TRAIN,        /* meal_trains.updated */
  NB_MERGE_TOUCH_SLOT,         /* meal_train_slots.updated */
} NbMergeMoveKind;

typedef struct
{
  NbMergeMoveKind kind;
  gint64          other;      /* the card it named */
  gint64          key1;       /* a row's id, or the first part of its key */
  gint64          key2;       /* the second part of its key */
  gint64          value;      /* an integer of a dropped row; an old `updated` */
  char           *text1;      /* a dropped row's or imported_rows' strings */
  char           *text2;
} NbMergeMove;

/* A card's columns that are no field of NbContact. */
typedef struct
{
  gint64          id;
  sqlite3_value **values;
  guint           n_values;
} NbMergeRow;

struct _NbMergeUndo
{
  gint64      kept_id;
  NbContact  *kept;            /* as it was */
  NbMergeRow  kept_row;
  GPtrArray  *others;          /* NbContact as they were, with ids and UIDs */
  GArray     *other_rows;      /* NbMergeRow */
  GArray     *moves;           /* NbMergeMove, in the order made */
};

NbMergeUndo       *_nb_merge_undo_new                (void);

G_END_DECLS
