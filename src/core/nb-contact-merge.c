/* nb-contact-merge.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nb-address.h"
#include "nb-cadence.h"
#include "nb-contact-merge.h"
#include "nb-field.h"

/* The fields of a contact, as a sync conflict and a re-import merge them:
 * one unit each, whose properties are compared and copied together. */

static char *
describe_fields (GPtrArray *fields)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) values = NULL;

  for (guint i = 0; fields != NULL && i < fields->len; i++)
    g_strv_builder_add (builder, ((NbField *) g_ptr_array_index (fields, i))->value);
  values = g_strv_builder_end (builder);

  return nb_merge_describe_strv ((const char * const *) values);
}

static char *
describe_emails (GObject *item)
{
  return describe_fields (nb_contact_get_emails (NB_CONTACT (item)));
}

static char *
describe_phones (GObject *item)
{
  return describe_fields (nb_contact_get_phones (NB_CONTACT (item)));
}

static char *
describe_websites (GObject *item)
{
  return describe_fields (nb_contact_get_websites (NB_CONTACT (item)));
}

static char *
describe_addresses (GObject *item)
{
  GPtrArray *addresses = nb_contact_get_addresses (NB_CONTACT (item));
  GString *text = g_string_new (NULL);

  for (guint i = 0; addresses != NULL && i < addresses->len; i++)
    {
      g_autofree char *one = nb_address_format (g_ptr_array_index (addresses, i));

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, one);
    }

  return g_string_free (text, text->len == 0);
}

static char *
describe_birthday (GObject *item)
{
  const NbBirthday *birthday = nb_contact_get_birthday (NB_CONTACT (item));

  return birthday ? nb_birthday_to_iso (birthday) : NULL;
}

static char *
describe_tags (GObject *item)
{
  return nb_merge_describe_strv (nb_contact_get_tags (NB_CONTACT (item)));
}

static char *
describe_looking_for (GObject *item)
{
  return nb_merge_describe_strv (nb_contact_get_looking_for (NB_CONTACT (item)));
}

static char *
describe_offers (GObject *item)
{
  return nb_merge_describe_strv (nb_contact_get_offers (NB_CONTACT (item)));
}

static char *
describe_cadence (GObject *item)
{
  int days = nb_contact_get_cadence (NB_CONTACT (item));

  if (days == NB_CADENCE_AS_DEFAULT)
    return NULL;

  return nb_cadence_describe (days);
}

static char *
describe_photo (GObject *item)
{
  NbContact *contact = NB_CONTACT (item);

  if (nb_contact_get_photo (contact) != NULL)
    /* Translators: what a contact's photo held, in a sync conflict's note. */
    return g_strdup (_("a picture"));

  return g_strdup (nb_contact_get_photo_uri (contact));
}

static void
copy_photo (GObject *to,
            GObject *from)
{
  NbContact *source = NB_CONTACT (from);

  nb_contact_set_photo (NB_CONTACT (to), nb_contact_get_photo (source),
                        nb_contact_get_photo_mime_type (source));
  nb_contact_set_photo_uri (NB_CONTACT (to), nb_contact_get_photo_uri (source));
}

static const NbMergeField contact_fields[] = {
  { N_("Full Name"), { "full-name", "structured-name" }, NULL, NULL },
  { N_("Nickname"), { "nickname" }, NULL, NULL },
  { N_("Organization"), { "organization", "organization-units" }, NULL, NULL },
  { N_("Job Title"), { "title" }, NULL, NULL },
  { N_("How we met"), { "how-met" }, NULL, NULL },
  { N_("Food preferences"), { "food-preferences" }, NULL, NULL },
  { N_("How I can help"), { "help-notes" }, NULL, NULL },
  { N_("Notes"), { "notes" }, NULL, NULL },
  { N_("Birthday"), { "birthday" }, NULL, describe_birthday },
  { N_("Email"), { "emails" }, NULL, describe_emails },
  { N_("Phone"), { "phones" }, NULL, describe_phones },
  { N_("Website"), { "websites" }, NULL, describe_websites },
  { N_("Address"), { "addresses" }, NULL, describe_addresses },
  { N_("Tags"), { "tags" }, NULL, describe_tags },
  { N_("Looking For"), { "looking-for" }, NULL, describe_looking_for },
  { N_("Good At"), { "offers" }, NULL, describe_offers },
  { N_("Photo"), { "photo" }, copy_photo, describe_photo },
  { N_("Meet Again"), { "cadence" }, NULL, describe_cadence },
  /* Translators: vCard fields of other programs, kept as they were. */
  { N_("Other fields"), { "vcard-extra" }, NULL, NULL },
};

/**
 * nb_contact_merge_get_fields:
 * @n_fields: (out): how many there are
 *
 * Returns: (array length=n_fields): the fields a contact is merged by
 */
const NbMergeField *
nb_contact_merge_get_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (contact_fields);
  return contact_fields;
}

static GObject *
contact_copy (GObject *item)
{
  return G_OBJECT (nb_contact_copy (NB_CONTACT (item)));
}

static gboolean
contact_equal (GObject *a,
               GObject *b)
{
  return nb_contact_content_equal (NB_CONTACT (a), NB_CONTACT (b));
}

/**
 * nb_contact_merge:
 * @base: (nullable): what both sides last agreed on, if known
 * @local: the card as stored here
 * @remote: the card as it comes from elsewhere (a server, a file)
 * @local_is_newer: which side wins a field both changed
 * @local_lost: (nullable): where what @local loses is described
 * @remote_lost: (nullable): where what @remote loses is described
 * @conflicts: (nullable) (element-type NbMergeConflict): the fields both
 *   changed, and how they were settled
 *
 * Merges two cards field by field against @base, as nb_merge() does.
 *
 * Returns: (transfer full): the merged card, a copy of @local with what
 *   only @remote changed
 */
NbContact *
nb_contact_merge (NbContact *base,
                  NbContact *local,
                  NbContact *remote,
                  gboolean   local_is_newer,
                  GString   *local_lost,
                  GString   *remote_lost,
                  GPtrArray *conflicts)
{
  static const NbMergeItem item = { contact_copy, contact_equal };

  g_return_val_if_fail (base == NULL || NB_IS_CONTACT (base), NULL);
  g_return_val_if_fail (NB_IS_CONTACT (local) && NB_IS_CONTACT (remote), NULL);

  return NB_CONTACT (nb_merge (&item, contact_fields, G_N_ELEMENTS (contact_fields),
                               (GObject *) base, G_OBJECT (local), G_OBJECT (remote),
                               local_is_newer, local_lost, remote_lost, conflicts));
}
