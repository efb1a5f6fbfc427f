/* nb-field.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-types.h"

G_BEGIN_DECLS

/**
 * NbField:
 * @label: a canonical label ("home", "work", "mobile", "fax", "pager",
 *   "main", "other", "homepage"), a custom label, or %NULL
 * @value: the value, never %NULL
 * @group: the vCard group it was read in ("item1"), which ties it to other
 *   properties of that group such as Apple's X-ABLabel, or %NULL
 * @pref: how preferred it is among the contact's fields of its kind, as
 *   vCard 4's PREF says it: from 1, the most, to 100; 0 when it is not
 *
 * One labelled value of a contact: an email address, a phone number or a
 * website.
 */
struct _NbField
{
  char *label;
  char *value;
  char *group;
  guint pref;
};

#define NB_TYPE_FIELD (nb_field_get_type ())

GType      nb_field_get_type     (void) G_GNUC_CONST;
NbField   *nb_field_new          (const char    *label,
                                  const char    *value) G_GNUC_WARN_UNUSED_RESULT;
NbField   *nb_field_copy         (const NbField *self) G_GNUC_WARN_UNUSED_RESULT;
void       nb_field_free         (NbField       *self);
void       nb_field_copy_details (NbField       *self,
                                  const NbField *from);
gboolean   nb_field_equal        (const NbField *a,
                                  const NbField *b);
GPtrArray *nb_field_array_new    (void) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *nb_field_array_copy   (GPtrArray     *fields) G_GNUC_WARN_UNUSED_RESULT;
gboolean   nb_field_array_equal  (GPtrArray     *a,
                                  GPtrArray     *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbField, nb_field_free)

G_END_DECLS
