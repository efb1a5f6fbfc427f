/* nb-duplicate.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nb-enum-types.h"
#include "nb-enums.h"

G_BEGIN_DECLS

/**
 * NbProgressFunc:
 * @fraction: how much of the work is done, from 0 to 1
 * @user_data: the data given with the function
 *
 * Tells how far a long piece of work is.
 */
typedef void (*NbProgressFunc) (double   fraction,
                                gpointer user_data);

#define NB_TYPE_DUPLICATE (nb_duplicate_get_type ())

G_DECLARE_FINAL_TYPE (NbDuplicate, nb_duplicate, NB, DUPLICATE, GObject)

GArray             *nb_duplicate_get_contact_ids (NbDuplicate *self);
NbDuplicateReasons  nb_duplicate_get_reasons     (NbDuplicate *self);
const char * const *nb_duplicate_get_details     (NbDuplicate *self);

/**
 * NbMergeUndo:
 *
 * What nb_store_undo_merge() needs to take a merge back: the cards as
 * they were and what was moved from one to the other. Opaque.
 */
typedef struct _NbMergeUndo NbMergeUndo;

#define NB_TYPE_MERGE_UNDO (nb_merge_undo_get_type ())

GType               nb_merge_undo_get_type       (void) G_GNUC_CONST;
void                nb_merge_undo_free           (NbMergeUndo *undo);
gint64              nb_merge_undo_get_kept_id    (NbMergeUndo *undo);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbMergeUndo, nb_merge_undo_free)

G_END_DECLS
