/* nb-list-import.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-list-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-contact-merge.h"
#include "nb-field.h"
#include "nb-list-import.h"
#include "nb-text.h"
#include "nb-vcard-reader.h"
#include "nb-vcard-writer.h"

/* Importing a person from another program's list (a CSV export, an
 * address book of GNOME's), where the same person comes again with the
 * next export: the row's card is found by what the last import of that
 * row remembered (its source and key), else as a copy of a stored card
 * (same name and email address); what the list says now is merged against
 * what it said then, field by field, so that a change in the list reaches
 * the card and what the user wrote on the card stays. */

static gboolean
same_value (const char *a,
            const char *b)
{
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;

  if (g_utf8_collate (a, b) == 0 || g_ascii_strcasecmp (a, b) == 0)
    return TRUE;

  /* Phone numbers, as digits. */
  da = nb_text_digits (a);
  db = nb_text_digits (b);
  return *da != '\0' && strlen (da) >= 5 && g_str_equal (da, db);
}

static gboolean
fields_have (GPtrArray  *fields,
             const char *value)
{
  for (guint i = 0; fields != NULL && i < fields->len; i++)
    if (same_value (((NbField *) g_ptr_array_index (fields, i))->value, value))
      return TRUE;

  return FALSE;
}

/* The values @incoming brings that were not in the list last time (@base)
 * go on the card too, even where the user changed the field: a new email
 * address in the list is news, whatever else the card holds. */
static GPtrArray *
add_new_fields (GPtrArray *merged,
                GPtrArray *base,
                GPtrArray *incoming)
{
  GPtrArray *result = nb_field_array_copy (merged);

  for (guint i = 0; i < incoming->len; i++)
    {
      NbField *field = g_ptr_array_index (incoming, i);

      if (!fields_have (base, field->value) && !fields_have (result, field->value))
        g_ptr_array_add (result, nb_field_copy (field));
    }

  return result;
}

static void
add_new_tags (NbContact *merged,
              NbContact *base,
              NbContact *incoming)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char * const *have = nb_contact_get_tags (merged);
  const char * const *before = nb_contact_get_tags (base);
  const char * const *now = nb_contact_get_tags (incoming);
  g_auto(GStrv) tags = NULL;
  gboolean added = FALSE;

  g_strv_builder_addv (builder, (const char **) have);
  for (guint i = 0; now != NULL && now[i] != NULL; i++)
    if (!(before && g_strv_contains (before, now[i])) && !(have && g_strv_contains (have, now[i])))
      {
        g_strv_builder_add (builder, now[i]);
        added = TRUE;
      }

  if (!added)
    return;
  tags = g_strv_builder_end (builder);
  nb_contact_set_tags (merged, (const char * const *) tags);
}

static void
add_new_values (NbContact *merged,
                NbContact *base,
                NbContact *incoming)
{
  g_autoptr(GPtrArray) emails = add_new_fields (nb_contact_get_emails (merged),
                                                nb_contact_get_emails (base),
                                                nb_contact_get_emails (incoming));
  g_autoptr(GPtrArray) phones = add_new_fields (nb_contact_get_phones (merged),
                                                nb_contact_get_phones (base),
                                                nb_contact_get_phones (incoming));
  g_autoptr(GPtrArray) websites = add_new_fields (nb_contact_get_websites (merged),
                                                  nb_contact_get_websites (base),
                                                  nb_contact_get_websites (incoming));

  nb_contact_set_emails (merged, emails);
  nb_contact_set_phones (merged, phones);
  nb_contact_set_websites (merged, websites);
  add_new_tags (merged, base, incoming);
}

/**
 * nb_list_import_contact:
 * @transaction: a writable transaction
 * @source: the list's source, such as "linkedin" (nb_csv_layout_get_source_id())
 * @key: the person's key in that source
 * @incoming: the person as the list has them now
 * @outcome: (out) (optional): what was done
 * @contact_id: (out) (optional): the stored card
 * @error: return location for an error
 *
 * Adds @incoming, or merges it into the card an earlier import of the same
 * row went into, or into a stored copy of it: a field the list changed
 * since then takes the list's value unless the user changed it too, a
 * field the card lacks is filled in, and new email addresses, phone
 * numbers, websites and circles are added. What the list said is
 * remembered for the next import.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_list_import_contact (NbStoreTransaction  *transaction,
                        const char          *source,
                        const char          *key,
                        NbContact           *incoming,
                        NbMergeOutcome      *outcome,
                        gint64              *contact_id,
                        GError             **error)
{
  g_autoptr(NbContact) stored = NULL;
  g_autoptr(NbContact) base = NULL;
  g_autoptr(NbContact) written = NULL;
  g_autoptr(NbContact) merged = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  NbMergeOutcome done;
  gint64 id;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (transaction), FALSE);
  g_return_val_if_fail (source != NULL && key != NULL, FALSE);
  g_return_val_if_fail (NB_IS_CONTACT (incoming), FALSE);

  /* The row as it is remembered: merged later against what it is now,
   * read back the same way, so that only what the list changed differs. */
  text = nb_vcard_write (incoming, NB_VCARD_VERSION_4_0);
  written = nb_vcard_parse (text, NULL, NULL);
  if (written != NULL)
    incoming = written;

  stored = nb_store_transaction_load_imported (transaction, source, key, &data, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (stored == NULL)
    g_clear_pointer (&data, g_free);
  if (stored == NULL)
    stored = nb_store_transaction_find_duplicate (transaction, incoming);

  if (stored == NULL)
    {
      merged = nb_contact_copy (incoming);
      if (!nb_store_transaction_save_contact (transaction, merged, error))
        return FALSE;
      id = nb_contact_get_id (merged);
      done = NB_MERGE_ADDED;
    }
  else
    {
      /* Without a last import to go by, the card's own values win and only
       * what it lacks is filled in. */
      if (data != NULL)
        base = nb_vcard_parse (data, NULL, NULL);
      if (base == NULL)
        base = nb_contact_new ();

      merged = nb_contact_merge (base, stored, incoming, TRUE, NULL, NULL, NULL);
      add_new_values (merged, base, incoming);
      id = nb_contact_get_id (stored);

      if (nb_contact_content_equal (merged, stored))
        done = NB_MERGE_UNCHANGED;
      else if (!nb_store_transaction_save_contact (transaction, merged, error))
        return FALSE;
      else
        done = NB_MERGE_UPDATED;
    }

  if (!nb_store_transaction_set_imported (transaction, source, key, id, text, error))
    return FALSE;

  if (outcome != NULL)
    *outcome = done;
  if (contact_id != NULL)
    *contact_id = id;

  return TRUE;
}

/**
 * nb_list_import_dup_summary:
 * @added: contacts added
 * @updated: stored contacts updated
 * @unchanged: stored contacts that were up to date
 * @skipped: cards or rows that could not be read
 *
 * Returns: (transfer full): what an import of people did, in one line:
 *   "Imported 120 contacts, updated 3, skipped 1; 6 were already up to
 *   date", the same for a file, a list and an address book
 */
char *
nb_list_import_dup_summary (guint added,
                            guint updated,
                            guint unchanged,
                            guint skipped)
{
  g_autofree char *imported = NULL;
  g_autofree char *summary = NULL;

  imported = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u contact", "Imported %u contacts",
                                           added),
                              added);
  /* Translators: the %s is "Imported N contacts"; then how many stored
   * contacts were updated and how many cards could not be read. Say it as
   * "updated: 3, skipped: 1" where counts need no plural. */
  summary = g_strdup_printf (_("%s, updated %u, skipped %u"), imported, updated, skipped);

  if (unchanged == 0)
    return g_steal_pointer (&summary);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the %s is the summary before. */
                                       "%s; %u was already up to date",
                                       "%s; %u were already up to date",
                                       unchanged),
                          summary, unchanged);
}
