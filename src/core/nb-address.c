/* nb-address.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-address"

#include "config.h"

#include "nb-array.h"
#include "nb-address.h"

G_DEFINE_BOXED_TYPE (NbAddress, nb_address, nb_address_copy, nb_address_free)

static char **
part_slot (NbAddress *self,
           guint      index)
{
  switch (index)
    {
    case 0: return &self->po_box;
    case 1: return &self->extended;
    case 2: return &self->street;
    case 3: return &self->locality;
    case 4: return &self->region;
    case 5: return &self->postal_code;
    case 6: return &self->country;
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * nb_address_new:
 * @label: (nullable): the label
 *
 * Returns: (transfer full): an empty address
 */
NbAddress *
nb_address_new (const char *label)
{
  NbAddress *self = g_new0 (NbAddress, 1);

  self->label = (label && *label) ? g_strdup (label) : NULL;
  for (guint i = 0; i < NB_ADDRESS_N_PARTS; i++)
    *part_slot (self, i) = g_strdup ("");

  return self;
}

NbAddress *
nb_address_copy (const NbAddress *self)
{
  NbAddress *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = nb_address_new (self->label);
  for (guint i = 0; i < NB_ADDRESS_N_PARTS; i++)
    nb_address_set_part (copy, i, nb_address_get_part (self, i));
  nb_address_copy_details (copy, self);

  return copy;
}

/**
 * nb_address_copy_details:
 * @self: an address
 * @from: the address it stands for
 *
 * Gives @self what only a vCard says of @from, as nb_field_copy_details()
 * does.
 */
void
nb_address_copy_details (NbAddress       *self,
                         const NbAddress *from)
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
nb_address_free (NbAddress *self)
{
  if (self == NULL)
    return;

  g_free (self->label);
  g_free (self->group);
  for (guint i = 0; i < NB_ADDRESS_N_PARTS; i++)
    g_free (*part_slot (self, i));
  g_free (self);
}

/**
 * nb_address_set_part:
 * @self: an address
 * @index: the component, in vCard ADR order (0 is the post office box,
 *   6 the country)
 * @value: (nullable): the new value
 */
void
nb_address_set_part (NbAddress  *self,
                     guint       index,
                     const char *value)
{
  char **slot;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < NB_ADDRESS_N_PARTS);

  slot = part_slot (self, index);
  g_free (*slot);
  *slot = g_strdup (value ? value : "");
}

const char *
nb_address_get_part (const NbAddress *self,
                     guint            index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < NB_ADDRESS_N_PARTS, NULL);

  return *part_slot ((NbAddress *) self, index);
}

gboolean
nb_address_equal (const NbAddress *a,
                  const NbAddress *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  if (g_strcmp0 (a->label, b->label) != 0 || g_strcmp0 (a->group, b->group) != 0 ||
      a->pref != b->pref)
    return FALSE;

  for (guint i = 0; i < NB_ADDRESS_N_PARTS; i++)
    {
      if (g_strcmp0 (nb_address_get_part (a, i), nb_address_get_part (b, i)) != 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
nb_address_is_empty (const NbAddress *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  for (guint i = 0; i < NB_ADDRESS_N_PARTS; i++)
    {
      if (*nb_address_get_part (self, i) != '\0')
        return FALSE;
    }

  return TRUE;
}

static void
append_line (GString    *str,
             const char *line)
{
  if (line == NULL || *line == '\0')
    return;

  if (str->len > 0)
    g_string_append_c (str, '\n');
  g_string_append (str, line);
}

/**
 * nb_address_format:
 * @self: an address
 *
 * Formats the address on several lines: street, extended address, post
 * office box, postal code with locality, region, country.
 *
 * Returns: (transfer full): the address as text
 */
char *
nb_address_format (const NbAddress *self)
{
  g_autoptr(GString) str = g_string_new (NULL);
  g_autofree char *city = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  append_line (str, self->street);
  append_line (str, self->extended);
  append_line (str, self->po_box);

  if (*self->postal_code && *self->locality)
    city = g_strdup_printf ("%s %s", self->postal_code, self->locality);
  else
    city = g_strconcat (self->postal_code, self->locality, NULL);

  append_line (str, city);
  append_line (str, self->region);
  append_line (str, self->country);

  return g_string_free (g_steal_pointer (&str), FALSE);
}

GPtrArray *
nb_address_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) nb_address_free);
}

GPtrArray *
nb_address_array_copy (GPtrArray *addresses)
{
  return nb_ptr_array_copy (addresses, (GCopyFunc) nb_address_copy,
                            (GDestroyNotify) nb_address_free);
}

gboolean
nb_address_array_equal (GPtrArray *a,
                        GPtrArray *b)
{
  return nb_ptr_array_equal (a, b, (GEqualFunc) nb_address_equal);
}
