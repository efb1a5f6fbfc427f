/* nb-merge.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * NbMergeField:
 * @label: what a person calls it, marked with N_()
 * @properties: the properties that make it up, %NULL-terminated; they are
 *   compared and copied together
 * @copy: (nullable): copies the field from one item to another, when
 *   setting @properties one by one would not do
 * @describe: (nullable): its value as text, for the history; the string
 *   property itself when %NULL
 *
 * One field of a contact or a meal, the unit a sync conflict is resolved in.
 */
typedef struct
{
  const char  *label;
  const char  *properties[3];
  void       (*copy)     (GObject *to,
                          GObject *from);
  char      *(*describe) (GObject *item);
} NbMergeField;

/**
 * NbMergeItem:
 * @copy: a detached copy of an item
 * @equal: whether two items have the same content
 *
 * What a merge needs to know of the kind of item it merges.
 */
typedef struct
{
  GObject  *(*copy)  (GObject *item);
  gboolean  (*equal) (GObject *a,
                      GObject *b);
} NbMergeItem;

/**
 * NbMergeConflict:
 * @label: the field, translated
 * @lost: (nullable): what the losing side held, as text; %NULL if empty
 * @kept: (nullable): what the winning side holds
 * @server_won: whether the server's value won
 *
 * A field both sides changed, and how the merge settled it.
 */
typedef struct
{
  const char *label;
  char       *lost;
  char       *kept;
  gboolean    server_won;
} NbMergeConflict;

void     nb_merge_conflict_free (NbMergeConflict *conflict);

GObject *nb_merge (const NbMergeItem  *item,
                        const NbMergeField *fields,
                        guint               n_fields,
                        GObject            *base,
                        GObject            *local,
                        GObject            *remote,
                        gboolean            local_is_newer,
                        GString            *local_lost,
                        GString            *remote_lost,
                        GPtrArray          *conflicts) G_GNUC_WARN_UNUSED_RESULT;

char    *nb_merge_describe_strv (const char * const *values) G_GNUC_WARN_UNUSED_RESULT;
void     nb_merge_field_copy     (const NbMergeField *field,
                                  GObject            *to,
                                  GObject            *from);
char    *nb_merge_field_describe (const NbMergeField *field,
                                  GObject            *item) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbMergeConflict, nb_merge_conflict_free)

G_END_DECLS
