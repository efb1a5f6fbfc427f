/* nb-array.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-array.h"

/**
 * nb_ptr_array_copy:
 * @array: (nullable): an array, %NULL being an empty one
 * @copy: copies an element
 * @free_func: frees an element of the copy
 *
 * Returns: (transfer full): a deep copy
 */
GPtrArray *
nb_ptr_array_copy (GPtrArray      *array,
                   GCopyFunc       copy,
                   GDestroyNotify  free_func)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (free_func);

  for (guint i = 0; array != NULL && i < array->len; i++)
    g_ptr_array_add (result, copy (g_ptr_array_index (array, i), NULL));

  return result;
}

/**
 * nb_ptr_array_equal:
 * @a: (nullable): an array, %NULL being an empty one
 * @b: (nullable): another
 * @equal: compares two elements
 *
 * Returns: %TRUE if both have equal elements in the same order
 */
gboolean
nb_ptr_array_equal (GPtrArray  *a,
                    GPtrArray  *b,
                    GEqualFunc  equal)
{
  guint a_len = a ? a->len : 0;
  guint b_len = b ? b->len : 0;

  if (a_len != b_len)
    return FALSE;

  for (guint i = 0; i < a_len; i++)
    {
      if (!equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}
