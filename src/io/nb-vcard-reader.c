/* nb-vcard-reader.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-vcard-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-evcard.h"
#include "nb-io-error.h"
#include "nb-text.h"
#include "nb-vcard-lines.h"
#include "nb-vcard-reader.h"
#include "nb-vcard-writer.h"

/**
 * NbVcardReader:
 *
 * Reads the cards of a vCard 2.1, 3.0 or 4.0 stream one at a time, so that a
 * file of any size is read in bounded memory. Each card is split off by its
 * BEGIN/END lines (after a group too), unfolded and decoded line by line
 * from its bytes (QUOTED-PRINTABLE and CHARSET; see nb-vcard-lines.c), and
 * parsed by libebook-contacts' EVCard (escapes, BASE64). A card that cannot
 * be read is skipped and reported; bytes outside cards are ignored.
 */
struct _NbVcardReader
{
  GObject       parent_instance;

  GInputStream *stream;
  char         *name;
  GByteArray   *buffer;     /* unread bytes */
  gsize         offset;     /* of the next line in buffer */
  GString      *card;       /* the card being collected */
  GPtrArray    *problems;
  guint64       bytes_read;
  guint         line_no;
  guint         card_line;  /* line of the current card's BEGIN */
  guint         card_lines; /* its unfolded lines so far */
  guint         n_unlisted; /* problems past NB_VCARD_MAX_PROBLEMS */
  guint         n_cards;
  guint         n_skipped;
  gboolean      eof;
  gboolean      first_chunk;
  gboolean      card_open;
  gboolean      card_oversized;
  gboolean      card_many_lines;
  gboolean      pending_begin;  /* a BEGIN line ended the last card */
  guint         pending_line;
};

G_DEFINE_FINAL_TYPE (NbVcardReader, nb_vcard_reader, G_TYPE_OBJECT)

#define CHUNK_SIZE (64 * 1024)

/* Lines outside a card are dropped as they come, so only lines inside a
 * card are kept; this bounds a line outside cards too. */
#define MAX_STRAY_LINE (64 * 1024)

typedef enum
{
  LABEL_FOR_PHONE,
  LABEL_FOR_OTHER,
} LabelKind;

static void
nb_vcard_reader_finalize (GObject *object)
{
  NbVcardReader *self = (NbVcardReader *) object;

  g_clear_object (&self->stream);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->buffer, g_byte_array_unref);
  g_string_free (self->card, TRUE);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_vcard_reader_parent_class)->finalize (object);
}

static void
nb_vcard_reader_class_init (NbVcardReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_vcard_reader_finalize;
}

static void
nb_vcard_reader_init (NbVcardReader *self)
{
  self->buffer = g_byte_array_new ();
  self->card = g_string_new (NULL);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->first_chunk = TRUE;
}

/**
 * nb_vcard_reader_new:
 * @stream: the stream to read
 * @name: the name of the file, for messages
 *
 * Returns: (transfer full): a reader
 */
NbVcardReader *
nb_vcard_reader_new (GInputStream *stream,
                     const char   *name)
{
  NbVcardReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  self = g_object_new (NB_TYPE_VCARD_READER, NULL);
  self->stream = g_object_ref (stream);
  self->name = g_strdup (name);

  return self;
}

/* ---------------------------------------------------------------------- */
/* From EVCard attributes to a contact                                     */

static char *
clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  /* CRLF and CR (QUOTED-PRINTABLE =0D=0A) become LF; other control
   * characters but tab are dropped, those of Latin-1 (U+0080–U+009F, as a
   * value in a wrong CHARSET decodes) too, as the contact drops them
   * (nb_text_drop_controls()): a card whose name is only those has none. */
  for (const char *p = valid; *p; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else if ((guchar) *p < 0x20 && *p != '\n' && *p != '\t')
        continue;
      else
        g_string_append_c (out, *p);
    }

  {
    g_autofree char *text_only = nb_text_drop_controls (out->str);

    g_string_free (out, TRUE);
    return g_strstrip (g_steal_pointer (&text_only));
  }
}

/* The whole value of a property that is not structured: EVCard splits
 * every value at ';', which in such a value is text (vCard 2.1 writers do
 * not escape it). */
static char *
attribute_text (EVCardAttribute *attr)
{
  g_autoptr(GString) value = g_string_new (NULL);
  char *text;

  for (GList *v = e_vcard_attribute_get_values (attr); v; v = v->next)
    {
      if (v != e_vcard_attribute_get_values (attr))
        g_string_append_c (value, ';');
      g_string_append (value, v->data);
    }

  text = clean_text (value->str);

  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static gboolean
has_param_value (EVCardAttribute *attr,
                 const char      *param,
                 const char      *value)
{
  for (GList *p = e_vcard_attribute_get_param (attr, param); p; p = p->next)
    {
      /* TYPE="home,voice" arrives as one value. */
      g_auto(GStrv) parts = g_strsplit (p->data, ",", -1);

      for (guint i = 0; parts[i]; i++)
        {
          if (g_ascii_strcasecmp (g_strstrip (parts[i]), value) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* vCard 2.1 writes types as bare parameters (TEL;WORK;VOICE), which EVCard
 * turns into TYPE values; either way, look at TYPE. */
static gboolean
has_type (EVCardAttribute *attr,
          const char      *type)
{
  return has_param_value (attr, EVC_TYPE, type);
}

static char *
apple_label (const char *label)
{
  static const struct { const char *apple; const char *label; } known[] = {
    { "Home", "home" }, { "Work", "work" }, { "Other", "other" },
    { "Mobile", "mobile" }, { "Main", "main" }, { "HomePage", "homepage" },
    { "HomeFAX", "fax" }, { "WorkFAX", "fax" }, { "OtherFAX", "fax" },
    { "Pager", "pager" },
  };
  gsize len = strlen (label);

  if (len < 7 || !g_str_has_prefix (label, "_$!<") || !g_str_has_suffix (label, ">!$_"))
    return g_strdup (label);

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      if (len == strlen (known[i].apple) + 8 &&
          strncmp (label + 4, known[i].apple, len - 8) == 0)
        return g_strdup (known[i].label);
    }

  return g_strndup (label + 4, len - 8);
}

static gboolean
same_group (EVCardAttribute *attr,
            const char      *group)
{
  const char *other = e_vcard_attribute_get_group (attr);

  return other != NULL && g_ascii_strcasecmp (other, group) == 0;
}

static char *
group_label (EVCard          *vcard,
             EVCardAttribute *attr)
{
  const char *group = e_vcard_attribute_get_group (attr);

  if (group == NULL || *group == '\0')
    return NULL;

  for (GList *l = e_vcard_get_attributes (vcard); l; l = l->next)
    {
      EVCardAttribute *other = l->data;

      if (g_ascii_strcasecmp (e_vcard_attribute_get_name (other), "X-ABLabel") == 0 &&
          same_group (other, group))
        {
          g_autofree char *text = attribute_text (other);

          return text ? apple_label (text) : NULL;
        }
    }

  return NULL;
}

static char *
field_label (EVCard          *vcard,
             EVCardAttribute *attr,
             LabelKind        kind)
{
  static const struct { const char *type; const char *label; } phone_types[] = {
    { "FAX", "fax" }, { "PAGER", "pager" }, { "CELL", "mobile" }, { "WORK", "work" },
    { "HOME", "home" }, { "MAIN", "main" }, { "X-MAIN", "main" }, { "OTHER", "other" },
  };
  static const struct { const char *type; const char *label; } other_types[] = {
    { "WORK", "work" }, { "HOME", "home" }, { "OTHER", "other" },
  };
  char *label = group_label (vcard, attr);

  if (label != NULL)
    return label;

  if (kind == LABEL_FOR_PHONE)
    {
      for (guint i = 0; i < G_N_ELEMENTS (phone_types); i++)
        if (has_type (attr, phone_types[i].type))
          return g_strdup (phone_types[i].label);
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (other_types); i++)
        if (has_type (attr, other_types[i].type))
          return g_strdup (other_types[i].label);
    }

  return NULL;
}

/* How preferred a property is: vCard 4's PREF, from 1 (the most) to 100,
 * which Netbook also writes in 3.0 to keep it; else 1 for the TYPE=pref of
 * 3.0 and the bare PREF of 2.1; 0 when it is not. */
static guint
preference (EVCardAttribute *attr)
{
  guint pref = 0;

  for (GList *p = e_vcard_attribute_get_param (attr, "PREF"); p; p = p->next)
    {
      g_autofree char *text = g_strstrip (g_strdup (p->data));
      guint64 value;

      if (g_ascii_string_to_unsigned (text, 10, 1, 100, &value, NULL) && (pref == 0 || value < pref))
        pref = value;
    }

  if (pref == 0 && has_type (attr, "PREF"))
    pref = 1;

  return pref;
}

static void
add_field (GPtrArray       *fields,
           EVCard          *vcard,
           EVCardAttribute *attr,
           LabelKind        kind)
{
  g_autofree char *value = attribute_text (attr);
  g_autofree char *label = NULL;
  NbField *field;

  if (value == NULL)
    return;

  label = field_label (vcard, attr, kind);
  field = nb_field_new (label, value);
  field->group = g_strdup (e_vcard_attribute_get_group (attr));
  field->pref = preference (attr);
  g_ptr_array_add (fields, field);
}

static void
add_address (GPtrArray       *addresses,
             EVCard          *vcard,
             EVCardAttribute *attr)
{
  g_autofree char *label = field_label (vcard, attr, LABEL_FOR_OTHER);
  g_autoptr(NbAddress) address = nb_address_new (label);
  GList *values = e_vcard_attribute_get_values (attr);
  guint i = 0;

  for (GList *v = values; v && i < NB_ADDRESS_N_PARTS; v = v->next, i++)
    {
      g_autofree char *part = clean_text (v->data);

      nb_address_set_part (address, i, part);
    }
  address->group = g_strdup (e_vcard_attribute_get_group (attr));
  address->pref = preference (attr);

  if (!nb_address_is_empty (address))
    g_ptr_array_add (addresses, g_steal_pointer (&address));
}

/* ORG:Company;Department;Team: the organisation's name, or %NULL, and
 * its units, which the contact keeps in their places. */
static char *
read_organization (NbContact       *contact,
                   EVCardAttribute *attr)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) units = NULL;
  GList *values = e_vcard_attribute_get_values (attr);
  char *organization = values ? clean_text (values->data) : NULL;

  for (GList *v = values ? values->next : NULL; v; v = v->next)
    {
      g_autofree char *unit = clean_text (v->data);

      g_strv_builder_add (builder, unit);
    }
  units = g_strv_builder_end (builder);
  nb_contact_set_organization_units (contact, (const char * const *) units);

  if (organization != NULL && *organization == '\0')
    g_clear_pointer (&organization, g_free);

  return organization;
}

/* "Family;Given;Additional;Prefix;Suffix" → "Prefix Given Additional Family
 * Suffix", and the N value as it must be written back. */
static char *
name_from_n (EVCardAttribute  *attr,
             char            **structured)
{
  static const guint order[] = { 3, 1, 2, 0, 4 };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *name = g_string_new (NULL);
  GString *raw = g_string_new (NULL);
  guint i = 0;

  for (GList *v = e_vcard_attribute_get_values (attr); v && i < 5; v = v->next, i++)
    g_ptr_array_add (parts, clean_text (v->data));
  while (parts->len < 5)
    g_ptr_array_add (parts, g_strdup (""));

  for (i = 0; i < 5; i++)
    {
      const char *part = g_ptr_array_index (parts, order[i]);
      g_autofree char *escaped = e_vcard_escape_string (g_ptr_array_index (parts, i));

      if (*part)
        {
          if (name->len)
            g_string_append_c (name, ' ');
          g_string_append (name, part);
        }

      if (i > 0)
        g_string_append_c (raw, ';');
      g_string_append (raw, escaped);
    }

  *structured = g_string_free (raw, FALSE);
  if (name->len == 0)
    {
      g_string_free (name, TRUE);
      return NULL;
    }

  return g_string_free (name, FALSE);
}

static void
append_note (GString    *notes,
             const char *text)
{
  if (text == NULL)
    return;
  if (notes->len > 0)
    g_string_append (notes, "\n\n");
  g_string_append (notes, text);
}

/* The image type from the data's first bytes: the formats photos come in
 * are known without the system's MIME database, others are asked of it. */
static char *
image_mime_type (const guchar *data,
                 gsize         len)
{
  g_autofree char *type = NULL;

  if (len >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff)
    return g_strdup ("image/jpeg");
  if (len >= 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0)
    return g_strdup ("image/png");
  if (len >= 6 && (memcmp (data, "GIF87a", 6) == 0 || memcmp (data, "GIF89a", 6) == 0))
    return g_strdup ("image/gif");
  if (len >= 12 && memcmp (data, "RIFF", 4) == 0 && memcmp (data + 8, "WEBP", 4) == 0)
    return g_strdup ("image/webp");

  type = g_content_type_guess (NULL, data, len, NULL);
  return g_content_type_get_mime_type (type);
}

static gboolean
set_photo_from_data_uri (NbContact  *contact,
                         const char *uri)
{
  const char *comma = strchr (uri, ',');
  g_autofree char *header = NULL;
  g_autofree guchar *data = NULL;
  gsize len = 0;

  if (comma == NULL)
    return FALSE;

  header = g_ascii_strdown (uri + 5, comma - uri - 5);
  if (!g_str_has_suffix (header, ";base64"))
    return FALSE;

  data = g_base64_decode (comma + 1, &len);
  if (len == 0)
    return FALSE;

  {
    g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&data), len);
    g_autofree char *mime = image_mime_type (g_bytes_get_data (bytes, NULL), len);

    if (mime == NULL || !g_str_has_prefix (mime, "image/"))
      return FALSE;
    nb_contact_set_photo (contact, bytes, mime);
  }

  return TRUE;
}

static gboolean
is_base64 (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if (!g_ascii_isalnum (*p) && !strchr ("+/= \t", *p))
        return FALSE;
    }

  return *text != '\0';
}

/* The photo's data: decoded as its ENCODING says, or, without one, from
 * base64 all the same when it is that, as some exporters write it in 3.0
 * (with VALUE=BINARY or no parameter at all). */
static GBytes *
photo_data (EVCardAttribute *attr,
            const char      *value)
{
  GList *decoded_values;
  GString *decoded;
  guchar *data;
  gsize len = 0;

  if (e_vcard_attribute_get_param (attr, EVC_ENCODING) != NULL || !is_base64 (value))
    {
      decoded_values = e_vcard_attribute_get_values_decoded (attr);
      decoded = decoded_values ? decoded_values->data : NULL;
      return decoded ? g_bytes_new (decoded->str, decoded->len) : NULL;
    }

  data = g_base64_decode (value, &len);
  return g_bytes_new_take (data, len);
}

static void
read_photo (NbContact       *contact,
            EVCardAttribute *attr,
            GPtrArray       *warnings)
{
  GList *values = e_vcard_attribute_get_values (attr);
  g_autofree char *value = values ? g_strstrip (g_strdup (values->data)) : NULL;
  g_autofree char *mime = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len = 0;
  const guchar *data;

  if (value == NULL || *value == '\0')
    return;

  /* Base64 takes 4 bytes for 3, and some writers put spaces in it. */
  if (strlen (value) / 2 > NB_VCARD_MAX_PHOTO_BYTES)
    {
      g_ptr_array_add (warnings, g_strdup (_("the photo is empty or too large and was left out")));
      return;
    }

  if (g_ascii_strncasecmp (value, "data:", 5) == 0)
    {
      if (!set_photo_from_data_uri (contact, value))
        g_ptr_array_add (warnings, g_strdup (_("the photo could not be read and was left out")));
      return;
    }

  if (has_param_value (attr, EVC_VALUE, "uri") || has_param_value (attr, EVC_VALUE, "url") ||
      g_str_has_prefix (value, "http://") || g_str_has_prefix (value, "https://"))
    {
      nb_contact_set_photo_uri (contact, value);
      return;
    }

  bytes = photo_data (attr, value);
  data = bytes ? g_bytes_get_data (bytes, &len) : NULL;
  if (len == 0 || len > NB_VCARD_MAX_PHOTO_BYTES)
    {
      g_ptr_array_add (warnings, g_strdup (_("the photo is empty or too large and was left out")));
      return;
    }

  mime = image_mime_type (data, len);
  if (mime == NULL || !g_str_has_prefix (mime, "image/"))
    {
      g_ptr_array_add (warnings, g_strdup (_("the photo is not an image and was left out")));
      return;
    }

  nb_contact_set_photo (contact, bytes, mime);
}

/* The properties Netbook reads into fields that keep their group. */
static gboolean
is_field (EVCardAttribute *attr)
{
  static const char *names[] = { EVC_EMAIL, EVC_TEL, EVC_URL, EVC_ADR };
  const char *name = e_vcard_attribute_get_name (attr);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return TRUE;

  return FALSE;
}

/* An X-ABLabel is the label of the email address, phone number, website or
 * postal address of its group, which Netbook reads as such; any other is
 * kept, with its group, as it was. */
static gboolean
labels_a_field (EVCard          *vcard,
                EVCardAttribute *attr)
{
  const char *group = e_vcard_attribute_get_group (attr);

  if (group == NULL || g_ascii_strcasecmp (e_vcard_attribute_get_name (attr), "X-ABLabel") != 0)
    return FALSE;

  for (GList *l = e_vcard_get_attributes (vcard); l; l = l->next)
    {
      if (is_field (l->data) && same_group (l->data, group))
        return TRUE;
    }

  return FALSE;
}

static char *
extra_properties (EVCard *extras)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out;

  if (e_vcard_get_attributes (extras) == NULL)
    return NULL;

  text = e_vcard_to_string (extras, EVC_FORMAT_VCARD_30);
  lines = g_strsplit (text, "\r\n", -1);
  out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      if (*lines[i] == '\0' ||
          g_ascii_strcasecmp (lines[i], "BEGIN:VCARD") == 0 ||
          g_ascii_strcasecmp (lines[i], "END:VCARD") == 0 ||
          g_ascii_strncasecmp (lines[i], "VERSION:", 8) == 0)
        continue;
      g_string_append (out, lines[i]);
      g_string_append (out, "\r\n");
    }

  return g_string_free (out, out->len == 0);
}

/* A name for a card that gives none, as GNOME Contacts shows one: its
 * organisation, else its first email address, else its first phone
 * number; a card with only a photo is an unnamed person. %NULL when the
 * card has nothing to know it by. */
static char *
name_for_nameless (NbContact  *contact,
                   const char *organization,
                   GPtrArray  *emails,
                   GPtrArray  *phones)
{
  if (organization != NULL)
    return g_strdup (organization);
  if (emails->len > 0)
    return g_strdup (((NbField *) g_ptr_array_index (emails, 0))->value);
  if (phones->len > 0)
    return g_strdup (((NbField *) g_ptr_array_index (phones, 0))->value);
  if (nb_contact_get_photo (contact) != NULL || nb_contact_get_photo_uri (contact) != NULL)
    /* Translators: the name given to a contact whose card has no name,
     * organisation, email address or phone number, only a photo. */
    return g_strdup (_("Unnamed Person"));

  return NULL;
}

/* A single-valued text property; the first of its kind counts. */
static gboolean
read_text_property (NbContact       *contact,
                    EVCardAttribute *attr,
                    const char      *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (nb_vcard_text_properties); i++)
    {
      g_autofree char *current = NULL;

      if (g_ascii_strcasecmp (name, nb_vcard_text_properties[i].vcard) != 0)
        continue;

      g_object_get (contact, nb_vcard_text_properties[i].property, &current, NULL);
      if (current == NULL)
        {
          g_autofree char *value = attribute_text (attr);

          g_object_set (contact, nb_vcard_text_properties[i].property, value, NULL);
        }
      return TRUE;
    }

  return FALSE;
}

/* A card being read: the contact, and what its properties add up to until
 * the card has been read whole. */
typedef struct
{
  EVCard       *vcard;         /* the card, once read */
  EVCard       *extras;        /* the properties kept as they were */
  GPtrArray    *warnings;
  NbContact    *contact;
  GPtrArray    *emails;
  GPtrArray    *phones;
  GPtrArray    *websites;
  GPtrArray    *addresses;
  GStrvBuilder *tags;
  GStrvBuilder *looking_for;
  GStrvBuilder *offers;
  GString      *notes;
  char         *full_name;
  char         *name_from_parts;
  char         *structured;    /* the N value, escaped */
  char         *organization;
  gboolean      have_organization;
} CardReading;

static void
card_reading_init (CardReading *r,
                   GPtrArray   *warnings)
{
  r->extras = e_vcard_new ();
  r->warnings = g_ptr_array_ref (warnings);
  r->contact = nb_contact_new ();
  r->emails = nb_field_array_new ();
  r->phones = nb_field_array_new ();
  r->websites = nb_field_array_new ();
  r->addresses = nb_address_array_new ();
  r->tags = g_strv_builder_new ();
  r->looking_for = g_strv_builder_new ();
  r->offers = g_strv_builder_new ();
  r->notes = g_string_new (NULL);
}

static void
card_reading_clear (CardReading *r)
{
  g_clear_object (&r->vcard);
  g_clear_object (&r->extras);
  g_clear_pointer (&r->warnings, g_ptr_array_unref);
  g_clear_object (&r->contact);
  g_clear_pointer (&r->emails, g_ptr_array_unref);
  g_clear_pointer (&r->phones, g_ptr_array_unref);
  g_clear_pointer (&r->websites, g_ptr_array_unref);
  g_clear_pointer (&r->addresses, g_ptr_array_unref);
  g_clear_pointer (&r->tags, g_strv_builder_unref);
  g_clear_pointer (&r->looking_for, g_strv_builder_unref);
  g_clear_pointer (&r->offers, g_strv_builder_unref);
  if (r->notes != NULL)
    g_string_free (g_steal_pointer (&r->notes), TRUE);
  g_clear_pointer (&r->full_name, g_free);
  g_clear_pointer (&r->name_from_parts, g_free);
  g_clear_pointer (&r->structured, g_free);
  g_clear_pointer (&r->organization, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CardReading, card_reading_clear)

/* The properties Netbook reads, one function each. Where a property may
 * come more than once but the contact has one, the first counts. */

static void
read_fn_property (CardReading     *r,
                  EVCardAttribute *attr)
{
  if (r->full_name == NULL)
    r->full_name = attribute_text (attr);
}

static void
read_n_property (CardReading     *r,
                 EVCardAttribute *attr)
{
  if (r->structured == NULL)
    r->name_from_parts = name_from_n (attr, &r->structured);
}

static void
read_nickname_property (CardReading     *r,
                        EVCardAttribute *attr)
{
  GList *values;
  g_autofree char *nickname = NULL;

  if (nb_contact_get_nickname (r->contact) != NULL)
    return;

  values = e_vcard_attribute_get_values (attr);
  nickname = values ? clean_text (values->data) : NULL;
  nb_contact_set_nickname (r->contact, nickname);
}

static void
read_org_property (CardReading     *r,
                   EVCardAttribute *attr)
{
  if (!r->have_organization)
    r->organization = read_organization (r->contact, attr);
  r->have_organization = TRUE;
}

static void
read_email_property (CardReading     *r,
                     EVCardAttribute *attr)
{
  add_field (r->emails, r->vcard, attr, LABEL_FOR_OTHER);
}

static void
read_tel_property (CardReading     *r,
                   EVCardAttribute *attr)
{
  add_field (r->phones, r->vcard, attr, LABEL_FOR_PHONE);
}

static void
read_url_property (CardReading     *r,
                   EVCardAttribute *attr)
{
  add_field (r->websites, r->vcard, attr, LABEL_FOR_OTHER);
}

static void
read_adr_property (CardReading     *r,
                   EVCardAttribute *attr)
{
  add_address (r->addresses, r->vcard, attr);
}

static void
read_bday_property (CardReading     *r,
                    EVCardAttribute *attr)
{
  g_autofree char *value = attribute_text (attr);
  g_autoptr(NbBirthday) birthday = NULL;

  if (value == NULL)
    return;

  birthday = nb_birthday_parse (value);
  /* Apple Contacts: the year in the value is a placeholder. */
  if (birthday != NULL && e_vcard_attribute_get_param (attr, "X-APPLE-OMIT-YEAR") != NULL)
    birthday->year = 0;

  if (birthday == NULL)
    g_ptr_array_add (r->warnings,
                     g_strdup_printf (_("the birthday “%s” is not a valid date and was left out"),
                                      value));
  else
    nb_contact_set_birthday (r->contact, birthday);
}

static void
read_photo_property (CardReading     *r,
                     EVCardAttribute *attr)
{
  /* The first photo is the contact's; another is kept as it was. */
  if (nb_contact_get_photo (r->contact) != NULL || nb_contact_get_photo_uri (r->contact) != NULL)
    e_vcard_append_attribute (r->extras, e_vcard_attribute_copy (attr));
  else
    read_photo (r->contact, attr, r->warnings);
}

static void
read_categories_property (CardReading     *r,
                          EVCardAttribute *attr)
{
  for (GList *v = e_vcard_attribute_get_values (attr); v; v = v->next)
    {
      g_autofree char *tag = clean_text (v->data);

      if (tag && *tag)
        g_strv_builder_add (r->tags, tag);
    }
}

/* One phrase of a need or an offer. */
static void
add_phrase (GStrvBuilder    *phrases,
            EVCardAttribute *attr)
{
  g_autofree char *phrase = attribute_text (attr);

  if (phrase != NULL)
    g_strv_builder_add (phrases, phrase);
}

static void
read_looking_for_property (CardReading     *r,
                           EVCardAttribute *attr)
{
  add_phrase (r->looking_for, attr);
}

static void
read_offers_property (CardReading     *r,
                      EVCardAttribute *attr)
{
  add_phrase (r->offers, attr);
}

static void
read_note_property (CardReading     *r,
                    EVCardAttribute *attr)
{
  g_autofree char *note = attribute_text (attr);

  append_note (r->notes, note);
}

static void
read_cadence_property (CardReading     *r,
                       EVCardAttribute *attr)
{
  g_autofree char *value = attribute_text (attr);
  guint64 days = 0;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 0, 3660, &days, NULL))
    nb_contact_set_cadence (r->contact, (int) days);
  else
    g_ptr_array_add (r->warnings,
                     g_strdup_printf (_("the keep-in-touch rhythm “%s” is not a number of days and was left out"),
                                      value ? value : ""));
}

/* Each property Netbook reads, besides the single-valued text ones
 * (nb_vcard_text_properties); those without a reader are written anew
 * (VERSION, REV) or frame the card. Any other is kept as it was. */
static const struct {
  const char *name;
  void      (*read) (CardReading     *r,
                     EVCardAttribute *attr);
} property_readers[] = {
  { EVC_FN, read_fn_property },
  { EVC_N, read_n_property },
  { EVC_NICKNAME, read_nickname_property },
  { EVC_ORG, read_org_property },
  { EVC_EMAIL, read_email_property },
  { EVC_TEL, read_tel_property },
  { EVC_URL, read_url_property },
  { EVC_ADR, read_adr_property },
  { EVC_BDAY, read_bday_property },
  { EVC_PHOTO, read_photo_property },
  { EVC_CATEGORIES, read_categories_property },
  { EVC_NOTE, read_note_property },
  { NB_VCARD_CADENCE, read_cadence_property },
  { NB_VCARD_LOOKING_FOR, read_looking_for_property },
  { NB_VCARD_OFFERS, read_offers_property },
  { EVC_VERSION, NULL },
  { "PRODID", NULL },
  { EVC_REV, NULL },
  { "BEGIN", NULL },
  { "END", NULL },
};

static void
read_property (CardReading     *r,
               EVCardAttribute *attr,
               const char      *name)
{
  if (read_text_property (r->contact, attr, name))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (property_readers); i++)
    {
      if (g_ascii_strcasecmp (name, property_readers[i].name) != 0)
        continue;

      if (property_readers[i].read != NULL)
        property_readers[i].read (r, attr);
      return;
    }

  if (!labels_a_field (r->vcard, attr))
    e_vcard_append_attribute (r->extras, e_vcard_attribute_copy (attr));
}

static void
read_properties (CardReading *r)
{
  guint n_properties = 0;

  for (GList *l = e_vcard_get_attributes (r->vcard); l; l = l->next)
    {
      EVCardAttribute *attr = l->data;
      const char *name = e_vcard_attribute_get_name (attr);

      if (name == NULL)
        continue;

      if (++n_properties > NB_VCARD_MAX_PROPERTIES)
        {
          g_ptr_array_add (r->warnings,
                           g_strdup_printf (_("only the first %u properties were read"),
                                            NB_VCARD_MAX_PROPERTIES));
          break;
        }

      read_property (r, attr, name);
    }
}

/* The contact's name: FN, else made from N, else as GNOME Contacts names
 * a card without one. FALSE when the card has nothing to know it by. */
static gboolean
settle_name (CardReading  *r,
             GError      **error)
{
  if (r->full_name == NULL)
    r->full_name = g_strdup (r->name_from_parts);
  if (r->full_name == NULL)
    {
      r->full_name = name_for_nameless (r->contact, r->organization, r->emails, r->phones);
      /* That name is shown, and written back as FN, which 3.0 and 4.0
       * require; but the card's N stays as it was: empty, not made up. */
      if (r->structured == NULL)
        r->structured = g_strdup (NB_VCARD_EMPTY_N);
    }
  if (r->full_name == NULL)
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                           _("the card has no name, organisation, email address, phone number or photo"));
      return FALSE;
    }

  /* An N that says no more than the full name is not kept: it is what
   * Netbook would write anyway, and it would go stale on a rename. */
  if (r->structured != NULL)
    {
      g_autofree char *derived = nb_vcard_structured_name_for (r->full_name);

      if (g_str_equal (derived, r->structured))
        g_clear_pointer (&r->structured, g_free);
    }

  return TRUE;
}

/* The contact, with what the card's properties added up to. */
static NbContact *
finish_contact (CardReading *r)
{
  g_auto(GStrv) tags = g_strv_builder_end (r->tags);
  g_auto(GStrv) looking_for = g_strv_builder_end (r->looking_for);
  g_auto(GStrv) offers = g_strv_builder_end (r->offers);
  g_autofree char *extra_text = extra_properties (r->extras);

  nb_contact_set_full_name (r->contact, r->full_name);
  nb_contact_set_structured_name (r->contact, r->structured);
  nb_contact_set_organization (r->contact, r->organization);
  nb_contact_set_emails (r->contact, r->emails);
  nb_contact_set_phones (r->contact, r->phones);
  nb_contact_set_websites (r->contact, r->websites);
  nb_contact_set_addresses (r->contact, r->addresses);
  nb_contact_set_tags (r->contact, (const char * const *) tags);
  nb_contact_set_looking_for (r->contact, (const char * const *) looking_for);
  nb_contact_set_offers (r->contact, (const char * const *) offers);
  nb_contact_set_notes (r->contact, r->notes->str);
  nb_contact_set_vcard_extra (r->contact, extra_text);

  return g_steal_pointer (&r->contact);
}

/* The card as EVCard reads it, from its clean lines, or %NULL when it is
 * no card. */
static EVCard *
read_evcard (const char  *cleaned,
             GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (cleaned, -1);
  EVCard *vcard;

  if (!g_str_has_prefix (lower, "begin:vcard\r\n"))
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_INVALID, _("the card does not begin with BEGIN:VCARD"));
      return NULL;
    }
  if (strstr (lower, "\r\nend:vcard\r\n") == NULL)
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_INVALID, _("the card does not end with END:VCARD"));
      return NULL;
    }

  vcard = e_vcard_new_from_string (cleaned);
  if (vcard == NULL)
    g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_INVALID, _("the card cannot be read"));

  return vcard;
}

/* Reads one card of @len bytes, in any of the character sets real
 * exporters write; see nb_vcard_parse(). */
static NbContact *
parse_card (const char  *text,
            gsize        len,
            GPtrArray   *warnings,
            GError     **error)
{
  g_auto(CardReading) reading = { 0 };
  g_autofree char *cleaned = NULL;

  /* What the reading holds first, then the card's text, kept until the
   * end: in this order glibc's malloc consolidates less (callgrind counts
   * about 2% fewer instructions per card). */
  card_reading_init (&reading, warnings);
  cleaned = nb_vcard_lines_clean (text, len, warnings);
  reading.vcard = read_evcard (cleaned, error);
  if (reading.vcard == NULL)
    return NULL;

  read_properties (&reading);
  if (!settle_name (&reading, error))
    return NULL;

  return finish_contact (&reading);
}

/**
 * nb_vcard_parse:
 * @text: one card, from BEGIN:VCARD to END:VCARD
 * @warnings: (element-type utf8) (nullable): where to add a message for
 *   each part of the card that was left out or read by a guess
 * @error: return location for why the card cannot be read
 *
 * Returns: (transfer full) (nullable): a detached contact, or %NULL if the
 *   card cannot be read
 */
NbContact *
nb_vcard_parse (const char  *text,
                GPtrArray   *warnings,
                GError     **error)
{
  g_autoptr(GPtrArray) ignored = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (warnings == NULL)
    warnings = ignored = g_ptr_array_new_with_free_func (g_free);

  return parse_card (text, strlen (text), warnings, error);
}

/* ---------------------------------------------------------------------- */
/* Splitting a stream into cards                                           */

static gboolean
fill_buffer (NbVcardReader  *self,
             GCancellable   *cancellable,
             GError        **error)
{
  guint8 chunk[CHUNK_SIZE];
  gssize n;

  if (self->offset > 0)
    {
      g_byte_array_remove_range (self->buffer, 0, self->offset);
      self->offset = 0;
    }

  n = g_input_stream_read (self->stream, chunk, sizeof chunk, cancellable, error);
  if (n < 0)
    return FALSE;
  if (n == 0)
    {
      self->eof = TRUE;
      return TRUE;
    }

  if (self->first_chunk)
    {
      self->first_chunk = FALSE;
      /* A UTF-8 byte-order mark is not part of the first line. */
      if (n >= 3 && chunk[0] == 0xef && chunk[1] == 0xbb && chunk[2] == 0xbf)
        {
          g_byte_array_append (self->buffer, chunk + 3, n - 3);
          self->bytes_read += n;
          return TRUE;
        }
    }

  g_byte_array_append (self->buffer, chunk, n);
  self->bytes_read += n;
  return TRUE;
}

/* Gives the next line without its end; FALSE at the end of the stream. */
static gboolean
next_line (NbVcardReader  *self,
           const char    **line,
           gsize          *len,
           GCancellable   *cancellable,
           GError        **error)
{
  for (;;)
    {
      /* An empty GByteArray has no data at all (NULL): neither memchr
       * nor pointer arithmetic may be given that. */
      gsize available = self->buffer->len - self->offset;
      const guint8 *start = available > 0 ? self->buffer->data + self->offset : NULL;
      const guint8 *nl = available > 0 ? memchr (start, '\n', available) : NULL;

      if (nl != NULL || (self->eof && available > 0))
        {
          gsize line_len = nl ? (gsize) (nl - start) : available;

          /* CR LF, LF and the CR CR LF of some exporters all end a line. */
          *line = (const char *) start;
          *len = line_len;
          while (*len > 0 && start[*len - 1] == '\r')
            (*len)--;
          self->offset += nl ? line_len + 1 : line_len;
          self->line_no++;
          return TRUE;
        }

      if (self->eof)
        return FALSE;

      /* A line longer than anything acceptable is cut into pieces; the
       * card it is in will be too large and skipped. */
      if (available > NB_VCARD_MAX_CARD_BYTES + 1 || (!self->card_open && available > MAX_STRAY_LINE))
        {
          *line = (const char *) start;
          *len = available;
          self->offset += available;
          return TRUE;
        }

      if (!fill_buffer (self, cancellable, error))
        return FALSE;
    }
}

static void
add_problem (NbVcardReader *self,
             guint          card,
             guint          line,
             const char    *name,
             const char    *message,
             gboolean       skipped)
{
  char *text;

  /* A file of a million broken cards must not make a million messages. */
  if (self->problems->len >= NB_VCARD_MAX_PROBLEMS)
    {
      self->n_unlisted++;
      return;
    }

  /* Translators: a card is one contact in a vCard file; %s is the file's
   * name, then the card's number in the file and the line it begins on. */
  if (skipped)
    text = g_strdup_printf (_("%s, card %u (line %u): skipped: %s"),
                            self->name, card, line, message);
  else if (name != NULL)
    text = g_strdup_printf (_("%s, card %u (line %u, “%s”): %s"),
                            self->name, card, line, name, message);
  else
    text = g_strdup_printf (_("%s, card %u (line %u): %s"), self->name, card, line, message);

  g_ptr_array_add (self->problems, text);
}

static void
start_card (NbVcardReader *self,
            const char    *line,
            gsize          len,
            guint          line_no)
{
  g_string_truncate (self->card, 0);
  g_string_append_len (self->card, line, len);
  g_string_append (self->card, "\r\n");
  self->card_open = TRUE;
  self->card_oversized = FALSE;
  self->card_many_lines = FALSE;
  self->card_lines = 1;
  self->card_line = line_no;
  self->n_cards++;
}

/* Parses the collected card; NULL when it had to be skipped. */
static NbContact *
finish_card (NbVcardReader *self,
             gboolean       has_end)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint card = self->n_cards;
  guint line = self->card_line;
  NbContact *contact;

  self->card_open = FALSE;

  if (self->card_oversized)
    {
      g_autofree char *message =
        self->card_many_lines
          ? g_strdup_printf (_("the card has more than %u lines"), NB_VCARD_MAX_LINES)
          : g_strdup_printf (_("the card is larger than %u MiB"), NB_VCARD_MAX_CARD_BYTES / (1024 * 1024));

      add_problem (self, card, line, NULL, message, TRUE);
      self->n_skipped++;
      return NULL;
    }

  if (!has_end)
    {
      g_string_append (self->card, "END:VCARD\r\n");
      add_problem (self, card, line, NULL, _("the card has no END:VCARD line"),
                   FALSE);
    }

  contact = parse_card (self->card->str, self->card->len, warnings, &error);
  g_string_truncate (self->card, 0);

  if (contact == NULL)
    {
      add_problem (self, card, line, NULL, error->message, TRUE);
      self->n_skipped++;
      return NULL;
    }

  for (guint i = 0; i < warnings->len; i++)
    add_problem (self, card, line, nb_contact_get_full_name (contact),
                 g_ptr_array_index (warnings, i), FALSE);

  return contact;
}

/**
 * nb_vcard_reader_next:
 * @self: a reader
 * @cancellable: (nullable): a cancellable
 * @error: return location for a read error
 *
 * Reads on to the next card that can be read. Cards that cannot be read are
 * skipped and listed in nb_vcard_reader_get_problems().
 *
 * Returns: (transfer full) (nullable): a detached contact, or %NULL at the
 *   end of the stream or on a read error (then @error is set)
 */
NbContact *
nb_vcard_reader_next (NbVcardReader  *self,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_return_val_if_fail (NB_IS_VCARD_READER (self), NULL);

  if (self->pending_begin)
    {
      self->pending_begin = FALSE;
      start_card (self, "BEGIN:VCARD", 11, self->pending_line);
    }

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      const char *line;
      gsize len;
      NbContact *contact;

      if (!next_line (self, &line, &len, cancellable, &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }

          /* The stream ends inside a card. */
          if (self->card_open)
            {
              contact = finish_card (self, FALSE);
              if (contact != NULL)
                return contact;
            }

          if (self->n_unlisted > 0)
            {
              /* Translators: %s is a file's name. */
              g_ptr_array_add (self->problems,
                               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%s: %u more problem is not listed",
                                                             "%s: %u more problems are not listed",
                                                             self->n_unlisted),
                                                self->name, self->n_unlisted));
              self->n_unlisted = 0;
            }
          return NULL;
        }

      if (!self->card_open)
        {
          if (nb_vcard_line_is (line, len, "BEGIN:VCARD"))
            start_card (self, line, len, self->line_no);
          continue;
        }

      if (nb_vcard_line_is (line, len, "BEGIN:VCARD"))
        {
          /* No END before the next card: end this one here. */
          self->pending_begin = TRUE;
          self->pending_line = self->line_no;
          contact = finish_card (self, FALSE);
          if (contact != NULL)
            return contact;
          self->pending_begin = FALSE;
          start_card (self, line, len, self->pending_line);
          continue;
        }

      if (!self->card_oversized)
        {
          /* A folded line goes on with a space or a tab. */
          if (len == 0 || (line[0] != ' ' && line[0] != '\t'))
            self->card_lines++;

          if (self->card_lines > NB_VCARD_MAX_LINES)
            {
              /* EVCard would take some 400 bytes for each. */
              self->card_oversized = self->card_many_lines = TRUE;
              g_string_truncate (self->card, 0);
            }
          else if (self->card->len + len + 2 > NB_VCARD_MAX_CARD_BYTES)
            {
              self->card_oversized = TRUE;
              g_string_truncate (self->card, 0);
            }
          else
            {
              g_string_append_len (self->card, line, len);
              g_string_append (self->card, "\r\n");
            }
        }

      if (nb_vcard_line_is (line, len, "END:VCARD"))
        {
          contact = finish_card (self, TRUE);
          if (contact != NULL)
            return contact;
        }
    }
}

guint
nb_vcard_reader_get_n_cards (NbVcardReader *self)
{
  g_return_val_if_fail (NB_IS_VCARD_READER (self), 0);

  return self->n_cards;
}

guint
nb_vcard_reader_get_n_skipped (NbVcardReader *self)
{
  g_return_val_if_fail (NB_IS_VCARD_READER (self), 0);

  return self->n_skipped;
}

guint64
nb_vcard_reader_get_bytes_read (NbVcardReader *self)
{
  g_return_val_if_fail (NB_IS_VCARD_READER (self), 0);

  return self->bytes_read;
}

/**
 * nb_vcard_reader_get_problems:
 * @self: a reader
 *
 * Returns: (transfer none) (element-type utf8): a message for each card
 *   skipped and each part of a card left out
 */
GPtrArray *
nb_vcard_reader_get_problems (NbVcardReader *self)
{
  g_return_val_if_fail (NB_IS_VCARD_READER (self), NULL);

  return self->problems;
}
