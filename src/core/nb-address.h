/* nb-address.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-types.h"

G_BEGIN_DECLS

/**
 * NbAddress:
 *
 * A postal address with the seven components of a vCard ADR property and a
 * label ("home", "work", "other", a custom label, or %NULL). Components are
 * never %NULL; missing ones are empty strings. @group is the vCard group
 * it was read in, and @pref how preferred it is, as for #NbField.
 */
struct _NbAddress
{
  char *label;
  char *po_box;
  char *extended;
  char *street;
  char *locality;
  char *region;
  char *postal_code;
  char *country;
  char *group;
  guint pref;
};

#define NB_TYPE_ADDRESS (nb_address_get_type ())

GType      nb_address_get_type     (void) G_GNUC_CONST;
NbAddress *nb_address_new          (const char       *label) G_GNUC_WARN_UNUSED_RESULT;
NbAddress *nb_address_copy         (const NbAddress  *self) G_GNUC_WARN_UNUSED_RESULT;
void       nb_address_free         (NbAddress        *self);
void       nb_address_copy_details (NbAddress        *self,
                                    const NbAddress  *from);
gboolean   nb_address_equal        (const NbAddress  *a,
                                    const NbAddress  *b);
gboolean   nb_address_is_empty     (const NbAddress  *self);
void       nb_address_set_part     (NbAddress        *self,
                                    guint             index,
                                    const char       *value);
const char *nb_address_get_part    (const NbAddress  *self,
                                    guint             index);
char      *nb_address_format       (const NbAddress  *self) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *nb_address_array_new    (void) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *nb_address_array_copy   (GPtrArray        *addresses) G_GNUC_WARN_UNUSED_RESULT;
gboolean   nb_address_array_equal  (GPtrArray        *a,
                                    GPtrArray        *b);

/* The order of the components in a vCard ADR value. */
#define NB_ADDRESS_N_PARTS 7

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbAddress, nb_address_free)

G_END_DECLS
