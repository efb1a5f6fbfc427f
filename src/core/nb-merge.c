/* nb-merge.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nb-merge.h"

/* A three-way merge, field by field. A field only one side changed since
 * the base keeps that change; a field both sides changed differently is a
 * conflict, and the newer side wins it. What the other side had there is
 * described for the item's history, so that nothing is dropped unseen. */

static void
copy_field (const NbMergeField *field,
            GObject            *to,
            GObject            *from)
{
  if (field->copy != NULL)
    {
      field->copy (to, from);
      return;
    }

  for (guint i = 0; field->properties[i] != NULL; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (from, field->properties[i], &value);
      g_object_set_property (to, field->properties[i], &value);
    }
}

/* Whether @a and @b agree on @field: @a with the field of @b is still @a. */
static gboolean
field_equal (const NbMergeItem  *item,
             const NbMergeField *field,
             GObject            *a,
             GObject            *b)
{
  g_autoptr(GObject) probe = item->copy (a);

  copy_field (field, probe, b);
  return item->equal (probe, a);
}

/* The field's value in @item as text, %NULL when it is empty. */
static char *
describe_value (const NbMergeField *field,
                GObject            *item)
{
  g_autofree char *text = NULL;

  if (field->describe != NULL)
    text = field->describe (item);
  else
    g_object_get (item, field->properties[0], &text, NULL);

  return text != NULL && *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
describe (const NbMergeField *field,
          GObject            *item,
          GString            *out)
{
  g_autofree char *text = NULL;

  /* Nobody asked what was lost. */
  if (out == NULL)
    return;

  text = describe_value (field, item);
  if (out->len > 0)
    g_string_append_c (out, '\n');
  if (text != NULL)
    /* Translators: a field of a contact or a meal that a sync conflict
     * replaced, and what it held, as in "Notes: Likes sushi". */
    g_string_append_printf (out, _("%s: %s"), _(field->label), text);
  else
    /* Translators: a field a sync conflict replaced while it was empty. */
    g_string_append_printf (out, _("%s: (empty)"), _(field->label));
}

/**
 * nb_merge:
 * @item: how to copy and compare items
 * @fields: the fields of the items
 * @n_fields: how many there are
 * @base: (nullable): the version both sides last agreed on, %NULL if
 *   unknown (every difference is then a conflict)
 * @local: the version here
 * @remote: the version on the server
 * @local_is_newer: whether the local version was changed after the remote
 *   one; the newer one wins a conflict
 * @local_lost: where the local values that lost a conflict are described,
 *   a line each
 * @remote_lost: the same for the remote values
 * @conflicts: (element-type NbMergeConflict) (nullable): where to add each
 *   conflict, for a report
 *
 * Merges two versions of one item. All comparisons are made on what both
 * versions can express, so @local should have gone through the same
 * writing and reading as @remote.
 *
 * Returns: (transfer full): a copy of @local with the fields the merge
 *   takes from @remote
 */
void
nb_merge_conflict_free (NbMergeConflict *conflict)
{
  if (conflict == NULL)
    return;

  g_free (conflict->lost);
  g_free (conflict->kept);
  g_free (conflict);
}

GObject *
nb_merge (const NbMergeItem  *item,
               const NbMergeField *fields,
               guint               n_fields,
               GObject            *base,
               GObject            *local,
               GObject            *remote,
               gboolean            local_is_newer,
               GString            *local_lost,
               GString            *remote_lost,
               GPtrArray          *conflicts)
{
  GObject *merged;

  g_return_val_if_fail (item != NULL && fields != NULL, NULL);
  g_return_val_if_fail (G_IS_OBJECT (local) && G_IS_OBJECT (remote), NULL);

  merged = item->copy (local);

  for (guint i = 0; i < n_fields; i++)
    {
      const NbMergeField *field = &fields[i];

      if (field_equal (item, field, local, remote))
        continue;

      if (base != NULL && field_equal (item, field, base, local))
        {
          /* Only the server changed it. */
          copy_field (field, merged, remote);
        }
      else if (base != NULL && field_equal (item, field, base, remote))
        {
          /* Only this side changed it: it stays. */
        }
      else
        {
          GObject *winner = local_is_newer ? local : remote;
          GObject *loser = local_is_newer ? remote : local;

          describe (field, loser, local_is_newer ? remote_lost : local_lost);
          if (!local_is_newer)
            copy_field (field, merged, remote);

          if (conflicts != NULL)
            {
              NbMergeConflict *conflict = g_new0 (NbMergeConflict, 1);

              conflict->label = _(field->label);
              conflict->lost = describe_value (field, loser);
              conflict->kept = describe_value (field, winner);
              conflict->server_won = !local_is_newer;
              g_ptr_array_add (conflicts, conflict);
            }
        }
    }

  return merged;
}

/**
 * nb_merge_describe_strv:
 * @values: (nullable): a list of values
 *
 * Returns: (nullable): the values as one text, for a field's description,
 *   or %NULL when there are none
 */
char *
nb_merge_describe_strv (const char * const *values)
{
  return values && values[0] ? g_strjoinv (", ", (char **) values) : NULL;
}

/**
 * nb_merge_field_copy:
 * @field: a field
 * @to: the item that gets it
 * @from: the item it is copied from
 *
 * Copies @field, all its properties together, from @from to @to.
 */
void
nb_merge_field_copy (const NbMergeField *field,
                     GObject            *to,
                     GObject            *from)
{
  g_return_if_fail (field != NULL && G_IS_OBJECT (to) && G_IS_OBJECT (from));

  copy_field (field, to, from);
}

/**
 * nb_merge_field_describe:
 * @field: a field
 * @item: an item
 *
 * Returns: (transfer full) (nullable): the field's value in @item as text,
 *   %NULL when it is empty
 */
char *
nb_merge_field_describe (const NbMergeField *field,
                         GObject            *item)
{
  g_return_val_if_fail (field != NULL && G_IS_OBJECT (item), NULL);

  return describe_value (field, item);
}
