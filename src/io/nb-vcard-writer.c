/* nb-vcard-writer.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-vcard-writer"

#include "config.h"

#include <string.h>

#include "nb-evcard.h"
#include "nb-vcard-writer.h"

/* vCard lines are folded after this many octets. */
#define FOLD_OCTETS 75

typedef struct
{
  EVCard        *vcard;
  NbVcardVersion version;
  GHashTable    *groups;     /* the groups in use, in lower case */
  guint          n_groups;
  GString       *by_hand;    /* lines EVCard cannot write, folded */
} Writer;

static const char *
type_name (Writer     *w,
           const char *upper)
{
  static const struct { const char *upper; const char *lower; } names[] = {
    { "HOME", "home" }, { "WORK", "work" }, { "OTHER", "other" }, { "CELL", "cell" },
    { "FAX", "fax" }, { "PAGER", "pager" }, { "MAIN", "main" },
  };

  if (w->version == NB_VCARD_VERSION_3_0)
    return upper;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].upper, upper))
      return names[i].lower;

  return upper;
}

static void
add_text (Writer     *w,
          const char *name,
          const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  e_vcard_append_attribute_with_value (w->vcard, e_vcard_attribute_new (NULL, name), value);
}

/* The TYPE for a label that vCard has a type for, else %NULL. */
static const char *
label_type (const char *label,
            gboolean    is_phone)
{
  static const struct { const char *label; const char *type; } phone_types[] = {
    { "mobile", "CELL" }, { "fax", "FAX" }, { "pager", "PAGER" }, { "main", "MAIN" },
    { "home", "HOME" }, { "work", "WORK" }, { "other", "OTHER" },
  };
  static const struct { const char *label; const char *type; } other_types[] = {
    { "home", "HOME" }, { "work", "WORK" }, { "other", "OTHER" },
  };

  if (label == NULL)
    return NULL;

  if (is_phone)
    {
      for (guint i = 0; i < G_N_ELEMENTS (phone_types); i++)
        if (g_str_equal (label, phone_types[i].label))
          return phone_types[i].type;
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (other_types); i++)
        if (g_str_equal (label, other_types[i].label))
          return other_types[i].type;
    }

  return NULL;
}

static void
use_group (Writer     *w,
           const char *group)
{
  if (group != NULL)
    g_hash_table_add (w->groups, g_ascii_strdown (group, -1));
}

/* A group no property of the card is in yet. */
static char *
new_group (Writer *w)
{
  char *group = NULL;

  do
    {
      g_free (group);
      group = g_strdup_printf ("item%u", ++w->n_groups);
    }
  while (g_hash_table_contains (w->groups, group));

  use_group (w, group);
  return group;
}

/* A field's property, in the group the card had it in. TYPE says a known
 * label; a custom one goes in an Apple-style X-ABLabel of the property's
 * group, which most address books read, in a new group when it had none. */
static EVCardAttribute *
labelled_attribute (Writer     *w,
                    const char *name,
                    const char *label,
                    const char *group,
                    gboolean    is_phone)
{
  const char *type = label_type (label, is_phone);
  g_autofree char *made = NULL;
  EVCardAttribute *attr;

  if (label != NULL && type == NULL && group == NULL)
    group = made = new_group (w);

  attr = e_vcard_attribute_new (group, name);
  if (type != NULL)
    e_vcard_attribute_add_param_with_value (attr, e_vcard_attribute_param_new (EVC_TYPE),
                                            type_name (w, type));

  return attr;
}

static void
add_group_label (Writer          *w,
                 EVCardAttribute *attr,
                 const char      *label,
                 gboolean         is_phone)
{
  const char *group = e_vcard_attribute_get_group (attr);
  g_autofree char *text = NULL;

  if (label == NULL || label_type (label, is_phone) != NULL)
    return;

  text = g_str_equal (label, "homepage") ? g_strdup ("_$!<HomePage>!$_") : g_strdup (label);
  e_vcard_append_attribute_with_value (w->vcard, e_vcard_attribute_new (group, "X-ABLabel"), text);
}

static void
add_type (EVCardAttribute *attr,
          const char      *type)
{
  for (GList *p = e_vcard_attribute_get_params (attr); p; p = p->next)
    {
      if (g_ascii_strcasecmp (e_vcard_attribute_param_get_name (p->data), EVC_TYPE) == 0)
        {
          e_vcard_attribute_param_add_value (p->data, type);
          return;
        }
    }

  e_vcard_attribute_add_param_with_value (attr, e_vcard_attribute_param_new (EVC_TYPE), type);
}

/* How preferred a field is: PREF=n in 4.0; in 3.0, TYPE=pref on the most
 * preferred of its kind (@most), and PREF=n besides when n is not 1, so
 * that a 4.0 card synced as 3.0 keeps its order. */
static void
add_preference (Writer          *w,
                EVCardAttribute *attr,
                guint            pref,
                guint            most)
{
  g_autofree char *rank = NULL;

  if (pref == 0)
    return;

  if (w->version == NB_VCARD_VERSION_3_0 && pref == most)
    add_type (attr, "pref");

  if (w->version == NB_VCARD_VERSION_4_0 || pref != 1)
    {
      rank = g_strdup_printf ("%u", pref);
      e_vcard_attribute_add_param_with_value (attr, e_vcard_attribute_param_new ("PREF"), rank);
    }
}

/* The lowest PREF of fields or addresses, 0 when none has one. */
static guint
most_preferred (GPtrArray *list,
                gsize      pref_offset)
{
  guint most = 0;

  for (guint i = 0; i < list->len; i++)
    {
      guint pref = G_STRUCT_MEMBER (guint, g_ptr_array_index (list, i), pref_offset);

      if (pref != 0 && (most == 0 || pref < most))
        most = pref;
    }

  return most;
}

static void
add_fields (Writer     *w,
            const char *name,
            GPtrArray  *fields,
            gboolean    is_phone)
{
  guint most = most_preferred (fields, G_STRUCT_OFFSET (NbField, pref));

  for (guint i = 0; i < fields->len; i++)
    {
      NbField *field = g_ptr_array_index (fields, i);
      EVCardAttribute *attr = labelled_attribute (w, name, field->label, field->group, is_phone);

      add_preference (w, attr, field->pref, most);
      e_vcard_append_attribute_with_value (w->vcard, attr, field->value);
      add_group_label (w, attr, field->label, is_phone);
    }
}

static void
add_addresses (Writer    *w,
               GPtrArray *addresses)
{
  guint most = most_preferred (addresses, G_STRUCT_OFFSET (NbAddress, pref));

  for (guint i = 0; i < addresses->len; i++)
    {
      NbAddress *address = g_ptr_array_index (addresses, i);
      EVCardAttribute *attr = labelled_attribute (w, EVC_ADR, address->label, address->group, FALSE);

      add_preference (w, attr, address->pref, most);
      for (guint p = 0; p < NB_ADDRESS_N_PARTS; p++)
        e_vcard_attribute_add_value (attr, nb_address_get_part (address, p));
      e_vcard_append_attribute (w->vcard, attr);
      add_group_label (w, attr, address->label, FALSE);
    }
}

/* Splits an escaped N value at the semicolons that are not escaped. */
static GPtrArray *
split_structured (const char *raw)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  GString *part = g_string_new (NULL);

  for (const char *p = raw; ; p++)
    {
      if (*p == '\\' && p[1])
        {
          g_string_append_c (part, *p++);
          g_string_append_c (part, *p);
        }
      else if (*p == ';' || *p == '\0')
        {
          g_ptr_array_add (parts, e_vcard_unescape_string (part->str));
          g_string_truncate (part, 0);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (part, *p);
    }

  g_string_free (part, TRUE);
  return parts;
}

/* The N parts made from a full name: the last word is the family name. */
static GPtrArray *
parts_from_full_name (const char *full_name)
{
  g_autofree char *name = g_strstrip (g_strdup (full_name ? full_name : ""));
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  char *space = strrchr (name, ' ');

  if (space != NULL)
    {
      *space = '\0';
      g_ptr_array_add (parts, g_strdup (g_strstrip (space + 1)));
      g_ptr_array_add (parts, g_strdup (g_strstrip (name)));
    }
  else
    {
      g_ptr_array_add (parts, g_strdup (name));
      g_ptr_array_add (parts, g_strdup (""));
    }

  while (parts->len < 5)
    g_ptr_array_add (parts, g_strdup (""));

  return parts;
}

/**
 * nb_vcard_structured_name_for:
 * @full_name: (nullable): a full name
 *
 * Returns: (transfer full): the N value Netbook writes for a contact that
 *   has no N of its own: "Family;Given;;;", escaped
 */
char *
nb_vcard_structured_name_for (const char *full_name)
{
  g_autoptr(GPtrArray) parts = parts_from_full_name (full_name);
  GString *raw = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      g_autofree char *escaped = e_vcard_escape_string (g_ptr_array_index (parts, i));

      if (i > 0)
        g_string_append_c (raw, ';');
      g_string_append (raw, escaped);
    }

  return g_string_free (raw, FALSE);
}

static void
write_structured_name (Writer    *w,
                       NbContact *contact)
{
  const char *raw = nb_contact_get_structured_name (contact);
  EVCardAttribute *attr = e_vcard_attribute_new (NULL, EVC_N);
  g_autoptr(GPtrArray) parts = NULL;

  /* N as the card had it, else made from the full name. A card that gave
   * no name keeps an empty N (NB_VCARD_EMPTY_N), in 4.0 too, where an
   * absent N could not be told from one to make up. */
  parts = raw ? split_structured (raw) : parts_from_full_name (nb_contact_get_full_name (contact));
  while (parts->len < 5)
    g_ptr_array_add (parts, g_strdup (""));

  for (guint i = 0; i < 5; i++)
    e_vcard_attribute_add_value (attr, g_ptr_array_index (parts, i));
  e_vcard_append_attribute (w->vcard, attr);
}

/* ORG:Company;Department;Team, the organisation's name empty when only its
 * units are known. */
static void
write_organization (Writer    *w,
                    NbContact *contact)
{
  const char *organization = nb_contact_get_organization (contact);
  const char * const *units = nb_contact_get_organization_units (contact);
  EVCardAttribute *attr;

  if (organization == NULL && units[0] == NULL)
    return;

  attr = e_vcard_attribute_new (NULL, EVC_ORG);
  e_vcard_attribute_add_value (attr, organization ? organization : "");
  for (guint i = 0; units[i] != NULL; i++)
    e_vcard_attribute_add_value (attr, units[i]);
  e_vcard_append_attribute (w->vcard, attr);
}

/* The properties Netbook keeps without knowing them, as an EVCard. */
static EVCard *
parse_extras (const char *extra)
{
  g_autofree char *text = NULL;

  if (extra == NULL)
    return e_vcard_new ();

  text = g_strconcat ("BEGIN:VCARD\r\nVERSION:3.0\r\n", extra, "END:VCARD\r\n", NULL);
  return e_vcard_new_from_string (text);
}

static void
add_extras (Writer *w,
            EVCard *extras)
{
  for (GList *l = e_vcard_get_attributes (extras); l; l = l->next)
    {
      const char *name = e_vcard_attribute_get_name (l->data);

      if (g_ascii_strcasecmp (name, EVC_VERSION) == 0)
        continue;
      e_vcard_append_attribute (w->vcard, e_vcard_attribute_copy (l->data));
    }
}

/* Notes the groups the card's properties keep, so that a new one is none
 * of them. */
static void
use_groups (Writer    *w,
            NbContact *contact,
            EVCard    *extras)
{
  GPtrArray *lists[] = {
    nb_contact_get_emails (contact), nb_contact_get_phones (contact), nb_contact_get_websites (contact),
  };
  GPtrArray *addresses = nb_contact_get_addresses (contact);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      use_group (w, ((NbField *) g_ptr_array_index (lists[l], i))->group);
  for (guint i = 0; i < addresses->len; i++)
    use_group (w, ((NbAddress *) g_ptr_array_index (addresses, i))->group);
  for (GList *l = e_vcard_get_attributes (extras); l; l = l->next)
    use_group (w, e_vcard_attribute_get_group (l->data));
}

static const char *
photo_type_3_0 (const char *mime_type)
{
  if (mime_type == NULL)
    return "JPEG";
  if (g_str_equal (mime_type, "image/png"))
    return "PNG";
  if (g_str_equal (mime_type, "image/gif"))
    return "GIF";
  if (g_str_equal (mime_type, "image/webp"))
    return "WEBP";

  return "JPEG";
}

static void
append_folded (GString    *out,
               const char *line)
{
  gsize len = strlen (line);
  gsize pos = 0;
  gboolean first = TRUE;

  while (pos < len)
    {
      gsize room = first ? FOLD_OCTETS : FOLD_OCTETS - 1;
      gsize take = MIN (room, len - pos);

      /* Never split a UTF-8 sequence. */
      while (take > 0 && pos + take < len && ((guchar) line[pos + take] & 0xc0) == 0x80)
        take--;

      if (!first)
        g_string_append_c (out, ' ');
      g_string_append_len (out, line + pos, take);
      g_string_append (out, "\r\n");
      pos += take;
      first = FALSE;
    }
}

/* Appends the lines of @vcard, folded at 75 octets (EVCard folds at 75
 * characters, the standard says octets), leaving out BEGIN, VERSION and
 * END unless @whole. */
static void
append_lines (GString    *out,
              EVCard     *vcard,
              gboolean    whole)
{
  g_autofree char *text = e_vcard_to_string (vcard, EVC_FORMAT_VCARD_30);
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  g_autoptr(GString) logical = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      if (lines[i][0] == ' ')
        {
          g_string_append (logical, lines[i] + 1);
          continue;
        }

      if (logical->len > 0 &&
          (whole || !(g_ascii_strcasecmp (logical->str, "BEGIN:VCARD") == 0 ||
                      g_ascii_strncasecmp (logical->str, "VERSION:", 8) == 0)))
        append_folded (out, logical->str);
      g_string_assign (logical, lines[i]);
    }

  /* The last line, END:VCARD, has no line break from EVCard. */
  if (whole)
    append_folded (out, logical->str);
}

static void
write_photo (Writer    *w,
             NbContact *contact)
{
  GBytes *photo = nb_contact_get_photo (contact);
  EVCardAttribute *attr;

  if (photo != NULL)
    {
      gsize size;
      const guchar *data = g_bytes_get_data (photo, &size);
      g_autofree char *base64 = g_base64_encode (data, size);

      if (w->version == NB_VCARD_VERSION_4_0)
        {
          /* Written by hand: EVCard would escape the data URI's ';' and ','. */
          g_autofree char *line = g_strdup_printf ("PHOTO:data:%s;base64,%s",
                                                   nb_contact_get_photo_mime_type (contact) ?: "image/jpeg",
                                                   base64);

          append_folded (w->by_hand, line);
          return;
        }

      attr = e_vcard_attribute_new (NULL, EVC_PHOTO);
      e_vcard_attribute_add_param_with_value (attr, e_vcard_attribute_param_new (EVC_ENCODING), "b");
      e_vcard_attribute_add_param_with_value (attr, e_vcard_attribute_param_new (EVC_TYPE),
                                              photo_type_3_0 (nb_contact_get_photo_mime_type (contact)));
      e_vcard_append_attribute_with_value (w->vcard, attr, base64);
    }
  else if (nb_contact_get_photo_uri (contact) != NULL)
    {
      attr = e_vcard_attribute_new (NULL, EVC_PHOTO);
      if (w->version == NB_VCARD_VERSION_3_0)
        e_vcard_attribute_add_param_with_value (attr, e_vcard_attribute_param_new (EVC_VALUE), "uri");
      e_vcard_append_attribute_with_value (w->vcard, attr, nb_contact_get_photo_uri (contact));
    }
}

static void
write_full_name (Writer    *w,
                 NbContact *contact)
{
  add_text (w, EVC_FN, nb_contact_get_full_name (contact));
}

static void
write_nickname (Writer    *w,
                NbContact *contact)
{
  add_text (w, EVC_NICKNAME, nb_contact_get_nickname (contact));
}

static void
write_text_properties (Writer    *w,
                       NbContact *contact)
{
  for (guint i = 0; i < G_N_ELEMENTS (nb_vcard_text_properties); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (contact, nb_vcard_text_properties[i].property, &value, NULL);
      add_text (w, nb_vcard_text_properties[i].vcard, value);
    }
}

static void
write_cadence (Writer    *w,
               NbContact *contact)
{
  g_autofree char *days = NULL;

  if (nb_contact_get_cadence (contact) < 0)
    return;

  days = g_strdup_printf ("%d", nb_contact_get_cadence (contact));
  add_text (w, NB_VCARD_CADENCE, days);
}

static void
write_emails (Writer    *w,
              NbContact *contact)
{
  add_fields (w, EVC_EMAIL, nb_contact_get_emails (contact), FALSE);
}

static void
write_phones (Writer    *w,
              NbContact *contact)
{
  add_fields (w, EVC_TEL, nb_contact_get_phones (contact), TRUE);
}

static void
write_websites (Writer    *w,
                NbContact *contact)
{
  add_fields (w, EVC_URL, nb_contact_get_websites (contact), FALSE);
}

static void
write_addresses (Writer    *w,
                 NbContact *contact)
{
  add_addresses (w, nb_contact_get_addresses (contact));
}

/* 4.0 writes 18151210 and --1210; 3.0, 1815-12-10 and --12-10. */
static void
write_birthday (Writer    *w,
                NbContact *contact)
{
  const NbBirthday *birthday = nb_contact_get_birthday (contact);
  g_autofree char *date = NULL;

  if (birthday == NULL)
    return;

  if (w->version != NB_VCARD_VERSION_4_0)
    date = nb_birthday_to_iso (birthday);
  else if (birthday->year != 0)
    date = g_strdup_printf ("%04u%02u%02u", birthday->year, birthday->month, birthday->day);
  else
    date = g_strdup_printf ("--%02u%02u", birthday->month, birthday->day);
  add_text (w, EVC_BDAY, date);
}

static void
write_tags (Writer    *w,
            NbContact *contact)
{
  const char * const *tags = nb_contact_get_tags (contact);
  EVCardAttribute *attr;

  if (tags[0] == NULL)
    return;

  attr = e_vcard_attribute_new (NULL, EVC_CATEGORIES);
  for (guint i = 0; tags[i]; i++)
    e_vcard_attribute_add_value (attr, tags[i]);
  e_vcard_append_attribute (w->vcard, attr);
}

/* One property per phrase, in their order. */
static void
write_phrases (Writer    *w,
               NbContact *contact)
{
  const char * const *looking_for = nb_contact_get_looking_for (contact);
  const char * const *offers = nb_contact_get_offers (contact);

  for (guint i = 0; looking_for[i] != NULL; i++)
    add_text (w, NB_VCARD_LOOKING_FOR, looking_for[i]);
  for (guint i = 0; offers[i] != NULL; i++)
    add_text (w, NB_VCARD_OFFERS, offers[i]);
}

static void
write_notes (Writer    *w,
             NbContact *contact)
{
  add_text (w, EVC_NOTE, nb_contact_get_notes (contact));
}

/* When the contact last changed, after what other programs wrote. */
static void
write_revision (Writer    *w,
                NbContact *contact)
{
  g_autoptr(GDateTime) rev = NULL;
  g_autofree char *stamp = NULL;

  if (nb_contact_get_updated (contact) <= 0)
    return;

  rev = g_date_time_new_from_unix_utc (nb_contact_get_updated (contact) / G_USEC_PER_SEC);
  stamp = g_date_time_format (rev, "%Y%m%dT%H%M%SZ");
  add_text (w, EVC_REV, stamp);
}

/* Netbook's own properties, one function each, in the order they are
 * written. */
static void (* const property_writers[]) (Writer    *w,
                                          NbContact *contact) = {
  write_full_name,        /* FN */
  write_structured_name,  /* N */
  write_nickname,         /* NICKNAME */
  write_organization,     /* ORG */
  write_text_properties,  /* UID, TITLE, X-NETBOOK-HOW-MET, -FOOD, -HELP */
  write_cadence,          /* X-NETBOOK-CADENCE */
  write_emails,           /* EMAIL */
  write_phones,           /* TEL */
  write_websites,         /* URL */
  write_addresses,        /* ADR */
  write_birthday,         /* BDAY */
  write_tags,             /* CATEGORIES */
  write_phrases,          /* X-NETBOOK-LOOKING-FOR, X-NETBOOK-OFFERS */
  write_notes,            /* NOTE */
  write_photo,            /* PHOTO */
};

/* The card's text: Netbook's properties, the lines written by hand, then
 * what other programs wrote (@others). */
static char *
card_text (Writer *w,
           EVCard *others)
{
  GString *out = g_string_new (NULL);

  append_lines (out, w->vcard, TRUE);
  /* Before END:VCARD. */
  g_string_truncate (out, out->len - strlen ("END:VCARD\r\n"));

  if (w->version == NB_VCARD_VERSION_4_0)
    {
      char *line = strstr (out->str, "VERSION:3.0\r\n");

      if (line != NULL)
        line[8] = '4';
    }

  g_string_append (out, w->by_hand->str);
  append_lines (out, others, FALSE);
  g_string_append (out, "END:VCARD\r\n");

  return g_string_free (out, FALSE);
}

/**
 * nb_vcard_write:
 * @contact: a contact
 * @version: vCard 3.0 or 4.0
 *
 * Writes every field Netbook knows, and the properties it kept without
 * knowing them, so that reading the card back gives the same contact.
 *
 * Returns: (transfer full): the card, lines ending in CRLF
 */
char *
nb_vcard_write (NbContact      *contact,
                NbVcardVersion  version)
{
  g_autoptr(EVCard) vcard = e_vcard_new ();
  g_autoptr(EVCard) others = e_vcard_new ();
  g_autoptr(EVCard) extras = NULL;
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) by_hand = g_string_new (NULL);
  Writer w = { vcard, version, groups, 0, by_hand };
  Writer tail = { others, version, groups, 0, by_hand };

  g_return_val_if_fail (NB_IS_CONTACT (contact), NULL);

  extras = parse_extras (nb_contact_get_vcard_extra (contact));
  use_groups (&w, contact, extras);

  for (guint i = 0; i < G_N_ELEMENTS (property_writers); i++)
    property_writers[i] (&w, contact);

  /* What other programs wrote comes after Netbook's own, so that their
   * second photo, say, stays the second. */
  add_extras (&tail, extras);
  write_revision (&tail, contact);

  return card_text (&w, others);
}

/**
 * nb_vcard_version_from_string:
 * @text: "3.0" or "4.0"
 * @version: (out): the version
 *
 * Returns: %FALSE if @text is neither
 */
gboolean
nb_vcard_version_from_string (const char     *text,
                              NbVcardVersion *version)
{
  if (g_strcmp0 (text, "3.0") == 0 || g_strcmp0 (text, "3") == 0)
    *version = NB_VCARD_VERSION_3_0;
  else if (g_strcmp0 (text, "4.0") == 0 || g_strcmp0 (text, "4") == 0)
    *version = NB_VCARD_VERSION_4_0;
  else
    return FALSE;

  return TRUE;
}
