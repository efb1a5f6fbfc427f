/* nb-field.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-field"

#include "config.h"

#include "nb-array.h"
#include "nb-field.h"

G_DEFINE_BOXED_TYPE (NbField, nb_field, nb_field_copy, nb_field_free)

/**
 * nb_field_new:
 * @label: (nullable): the label; an empty label is stored as %NULL
 * @value: the value
 *
 * Returns: (transfer full): a new #NbField
 */
NbField *
nb_field_new (const char *label,
              const char *value)
{
  NbField *self;

  g_return_val_if_fail (value != NULL, NULL);

  self = g_new0 (NbField, 1);
  self->label = (label && *label) ? g_strdup (label) : NULL;
  self->value = g_strdup (value);

  return self;
}

NbField *
nb_field_copy (const NbField *self)
{
  NbField *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = nb_field_new (self->label, self->value);
  nb_field_copy_details (copy, self);

  return copy;
}

/**
 * nb_field_copy_details:
 * @self: a field
 * @from: the field it stands for
 *
 * Gives @self what only a vCard says of @from, its group and how preferred
 * it is, so that a field edited or read again stays as the card had it.
 */
void
nb_field_copy_details (NbField       *self,
                       const NbField *from)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (from != NULL);

  if (self == from)
    return;

  g_free (self->group);
  self->group = g_strdup (from->group);
  self->pref = from->pref;
}

void
nb_field_free (NbField *self)
{
  if (self == NULL)
    return;

  g_free (self->label);
  g_free (self->value);
  g_free (self->group);
  g_free (self);
}

gboolean
nb_field_equal (const NbField *a,
                const NbField *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return g_strcmp0 (a->label, b->label) == 0 && g_strcmp0 (a->value, b->value) == 0 &&
         g_strcmp0 (a->group, b->group) == 0 && a->pref == b->pref;
}

/**
 * nb_field_array_new:
 *
 * Returns: (transfer full) (element-type NbField): an empty array that frees
 *   its fields
 */
GPtrArray *
nb_field_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) nb_field_free);
}

/**
 * nb_field_array_copy:
 * @fields: (nullable) (element-type NbField): fields to copy
 *
 * Returns: (transfer full) (element-type NbField): a deep copy
 */
GPtrArray *
nb_field_array_copy (GPtrArray *fields)
{
  return nb_ptr_array_copy (fields, (GCopyFunc) nb_field_copy,
                            (GDestroyNotify) nb_field_free);
}

gboolean
nb_field_array_equal (GPtrArray *a,
                      GPtrArray *b)
{
  return nb_ptr_array_equal (a, b, (GEqualFunc) nb_field_equal);
}
