/* nb-csv-layout.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-csv-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "nb-address.h"
#include "nb-birthday.h"
#include "nb-csv-layout.h"
#include "nb-field.h"
#include "nb-io-error.h"

/**
 * NbCsvLayout:
 *
 * What each column of a CSV list of people holds, read from its header:
 * LinkedIn's Connections.csv, Google Contacts' and Outlook's exports (in
 * English, and Outlook's in German too) by the names their exporters give
 * columns, and any other list by the column names it shares with them
 * ("Name", "Email", "Phone", "Company"…). Turns each row into a card,
 * with a key that finds the same person in the next export of the same
 * list.
 */


/* What a label column labels. */
typedef enum
{
  KIND_NONE,
  KIND_EMAIL,
  KIND_PHONE,
  KIND_ADDRESS,
  KIND_WEBSITE,
} Kind;

typedef struct
{
  NbCsvField       field;
  Kind        kind;    /* of a NB_CSV_FIELD_LABEL column */
  guint       group;   /* "E-mail 2 - Value" and "E-mail 2 - Label" share 2 */
  const char *label;   /* a fixed label: Outlook's "Home Phone" is "home" */
} Column;

struct _NbCsvLayout
{
  GObject     parent_instance;

  NbCsvSource source;
  GStrv       header;
  GArray     *columns;  /* of Column, one per column of the header */
  guint       n_known;
};

G_DEFINE_FINAL_TYPE (NbCsvLayout, nb_csv_layout, G_TYPE_OBJECT)

/* Columns that mean the same in every export, by their lowercase names. */
static const struct {
  const char *name;
  NbCsvField       field;
  const char *label;
} named_columns[] = {
  { "name", NB_CSV_FIELD_FULL_NAME, NULL },
  { "full name", NB_CSV_FIELD_FULL_NAME, NULL },
  { "display name", NB_CSV_FIELD_FULL_NAME, NULL },
  { "first name", NB_CSV_FIELD_GIVEN, NULL },
  { "given name", NB_CSV_FIELD_GIVEN, NULL },
  { "middle name", NB_CSV_FIELD_MIDDLE, NULL },
  { "additional name", NB_CSV_FIELD_MIDDLE, NULL },
  { "last name", NB_CSV_FIELD_FAMILY, NULL },
  { "family name", NB_CSV_FIELD_FAMILY, NULL },
  { "surname", NB_CSV_FIELD_FAMILY, NULL },
  { "name prefix", NB_CSV_FIELD_PREFIX, NULL },
  { "name suffix", NB_CSV_FIELD_SUFFIX, NULL },
  { "suffix", NB_CSV_FIELD_SUFFIX, NULL },
  { "nickname", NB_CSV_FIELD_NICKNAME, NULL },
  { "company", NB_CSV_FIELD_ORGANIZATION, NULL },
  { "organization", NB_CSV_FIELD_ORGANIZATION, NULL },
  { "organisation", NB_CSV_FIELD_ORGANIZATION, NULL },
  { "organization name", NB_CSV_FIELD_ORGANIZATION, NULL },
  { "department", NB_CSV_FIELD_DEPARTMENT, NULL },
  { "organization department", NB_CSV_FIELD_DEPARTMENT, NULL },
  { "job title", NB_CSV_FIELD_TITLE, NULL },
  { "position", NB_CSV_FIELD_TITLE, NULL },
  { "organization title", NB_CSV_FIELD_TITLE, NULL },
  { "title", NB_CSV_FIELD_TITLE, NULL },
  { "birthday", NB_CSV_FIELD_BIRTHDAY, NULL },
  { "notes", NB_CSV_FIELD_NOTES, NULL },
  { "note", NB_CSV_FIELD_NOTES, NULL },
  { "labels", NB_CSV_FIELD_TAGS, NULL },
  { "group membership", NB_CSV_FIELD_TAGS, NULL },
  { "categories", NB_CSV_FIELD_TAGS, NULL },
  { "email", NB_CSV_FIELD_EMAIL, NULL },
  { "e-mail", NB_CSV_FIELD_EMAIL, NULL },
  { "email address", NB_CSV_FIELD_EMAIL, NULL },
  { "e-mail address", NB_CSV_FIELD_EMAIL, NULL },
  { "e-mail 2 address", NB_CSV_FIELD_EMAIL, NULL },
  { "e-mail 3 address", NB_CSV_FIELD_EMAIL, NULL },
  { "phone", NB_CSV_FIELD_PHONE, NULL },
  { "telephone", NB_CSV_FIELD_PHONE, NULL },
  { "mobile", NB_CSV_FIELD_PHONE, "mobile" },
  { "primary phone", NB_CSV_FIELD_PHONE, "main" },
  { "home phone", NB_CSV_FIELD_PHONE, "home" },
  { "home phone 2", NB_CSV_FIELD_PHONE, "home" },
  { "business phone", NB_CSV_FIELD_PHONE, "work" },
  { "business phone 2", NB_CSV_FIELD_PHONE, "work" },
  { "company main phone", NB_CSV_FIELD_PHONE, "work" },
  { "mobile phone", NB_CSV_FIELD_PHONE, "mobile" },
  { "car phone", NB_CSV_FIELD_PHONE, "other" },
  { "other phone", NB_CSV_FIELD_PHONE, "other" },
  { "business fax", NB_CSV_FIELD_PHONE, "fax" },
  { "home fax", NB_CSV_FIELD_PHONE, "fax" },
  { "other fax", NB_CSV_FIELD_PHONE, "fax" },
  { "pager", NB_CSV_FIELD_PHONE, "pager" },
  { "website", NB_CSV_FIELD_WEBSITE, NULL },
  { "web page", NB_CSV_FIELD_WEBSITE, NULL },
  { "personal web page", NB_CSV_FIELD_WEBSITE, "home" },
  { "url", NB_CSV_FIELD_WEBSITE, NULL },
  { "connected on", NB_CSV_FIELD_CONNECTED_ON, NULL },
  /* Outlook in German. */
  { "vorname", NB_CSV_FIELD_GIVEN, NULL },
  { "weitere vornamen", NB_CSV_FIELD_MIDDLE, NULL },
  { "nachname", NB_CSV_FIELD_FAMILY, NULL },
  { "anrede", NB_CSV_FIELD_PREFIX, NULL },
  { "firma", NB_CSV_FIELD_ORGANIZATION, NULL },
  { "abteilung", NB_CSV_FIELD_DEPARTMENT, NULL },
  { "e-mail-adresse", NB_CSV_FIELD_EMAIL, NULL },
  { "e-mail 2: adresse", NB_CSV_FIELD_EMAIL, NULL },
  { "e-mail 3: adresse", NB_CSV_FIELD_EMAIL, NULL },
  { "telefon geschäftlich", NB_CSV_FIELD_PHONE, "work" },
  { "telefon geschäftlich 2", NB_CSV_FIELD_PHONE, "work" },
  { "telefon privat", NB_CSV_FIELD_PHONE, "home" },
  { "telefon privat 2", NB_CSV_FIELD_PHONE, "home" },
  { "mobiltelefon", NB_CSV_FIELD_PHONE, "mobile" },
  { "weiteres telefon", NB_CSV_FIELD_PHONE, "other" },
  { "fax geschäftlich", NB_CSV_FIELD_PHONE, "fax" },
  { "fax privat", NB_CSV_FIELD_PHONE, "fax" },
  { "webseite", NB_CSV_FIELD_WEBSITE, NULL },
  { "geburtstag", NB_CSV_FIELD_BIRTHDAY, NULL },
  { "notizen", NB_CSV_FIELD_NOTES, NULL },
  { "kategorien", NB_CSV_FIELD_TAGS, NULL },
};

/* Outlook's addresses: "Business Street", "Home City", "Straße privat"… */
static const struct {
  const char *name;
  NbCsvField       field;
} address_parts[] = {
  { "street", NB_CSV_FIELD_ADDRESS_STREET },
  { "street 2", NB_CSV_FIELD_ADDRESS_EXTENDED },
  { "street 3", NB_CSV_FIELD_ADDRESS_EXTENDED },
  { "po box", NB_CSV_FIELD_ADDRESS_PO_BOX },
  { "city", NB_CSV_FIELD_ADDRESS_CITY },
  { "state", NB_CSV_FIELD_ADDRESS_REGION },
  { "postal code", NB_CSV_FIELD_ADDRESS_POSTAL_CODE },
  { "country/region", NB_CSV_FIELD_ADDRESS_COUNTRY },
  { "country", NB_CSV_FIELD_ADDRESS_COUNTRY },
  { "straße", NB_CSV_FIELD_ADDRESS_STREET },
  { "straße 2", NB_CSV_FIELD_ADDRESS_EXTENDED },
  { "straße 3", NB_CSV_FIELD_ADDRESS_EXTENDED },
  { "postfach", NB_CSV_FIELD_ADDRESS_PO_BOX },
  { "ort", NB_CSV_FIELD_ADDRESS_CITY },
  { "region", NB_CSV_FIELD_ADDRESS_REGION },
  { "postleitzahl", NB_CSV_FIELD_ADDRESS_POSTAL_CODE },
  { "land/region", NB_CSV_FIELD_ADDRESS_COUNTRY },
};

static const struct {
  const char *english;
  const char *german;
  const char *label;
} address_places[] = {
  { "business", "geschäftlich", "work" },
  { "home", "privat", "home" },
  { "other", "weitere", "other" },
};

/* Google's numbered columns: "E-mail 1 - Value", "Address 2 - City". */
static const struct {
  const char *name;
  Kind        kind;
} google_kinds[] = {
  { "e-mail", KIND_EMAIL },
  { "phone", KIND_PHONE },
  { "address", KIND_ADDRESS },
  { "website", KIND_WEBSITE },
  { "organization", KIND_NONE },
};

static void
nb_csv_layout_finalize (GObject *object)
{
  NbCsvLayout *self = NB_CSV_LAYOUT (object);

  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->header, g_strfreev);

  G_OBJECT_CLASS (nb_csv_layout_parent_class)->finalize (object);
}

static void
nb_csv_layout_class_init (NbCsvLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nb_csv_layout_finalize;
}

static void
nb_csv_layout_init (NbCsvLayout *self)
{
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
}

/* A header's name as the tables say it: lowercase, single spaces. */
static char *
normalize_name (const char *name)
{
  g_autofree char *down = g_utf8_strdown (name, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = down; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* "e-mail 2 - value": Google's numbered column. */
static gboolean
read_google_column (const char *name,
                    Column     *column)
{
  const char *dash = strstr (name, " - ");
  g_autofree char *left = NULL;
  const char *part;
  char *space, *end;
  guint64 number;

  if (dash == NULL)
    return FALSE;

  left = g_strndup (name, dash - name);
  part = dash + 3;
  space = strrchr (left, ' ');
  if (space == NULL)
    return FALSE;
  number = g_ascii_strtoull (space + 1, &end, 10);
  if (*end != '\0' || end == space + 1 || number == 0 || number > 1000)
    return FALSE;
  *space = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (google_kinds); i++)
    {
      if (strcmp (left, google_kinds[i].name) != 0)
        continue;

      column->group = number;
      column->kind = google_kinds[i].kind;

      if (strcmp (part, "label") == 0 || strcmp (part, "type") == 0)
        column->field = google_kinds[i].kind == KIND_NONE ? NB_CSV_FIELD_IGNORE : NB_CSV_FIELD_LABEL;
      else if (google_kinds[i].kind == KIND_NONE)
        {
          /* The first organisation is the card's. */
          if (number != 1)
            column->field = NB_CSV_FIELD_IGNORE;
          else if (strcmp (part, "name") == 0)
            column->field = NB_CSV_FIELD_ORGANIZATION;
          else if (strcmp (part, "title") == 0)
            column->field = NB_CSV_FIELD_TITLE;
          else if (strcmp (part, "department") == 0)
            column->field = NB_CSV_FIELD_DEPARTMENT;
          else
            column->field = NB_CSV_FIELD_IGNORE;
        }
      else if (google_kinds[i].kind == KIND_ADDRESS)
        {
          static const struct { const char *name; NbCsvField field; } parts[] = {
            { "formatted", NB_CSV_FIELD_ADDRESS_FORMATTED },
            { "street", NB_CSV_FIELD_ADDRESS_STREET },
            { "extended address", NB_CSV_FIELD_ADDRESS_EXTENDED },
            { "po box", NB_CSV_FIELD_ADDRESS_PO_BOX },
            { "city", NB_CSV_FIELD_ADDRESS_CITY },
            { "region", NB_CSV_FIELD_ADDRESS_REGION },
            { "postal code", NB_CSV_FIELD_ADDRESS_POSTAL_CODE },
            { "country", NB_CSV_FIELD_ADDRESS_COUNTRY },
          };

          column->field = NB_CSV_FIELD_IGNORE;
          for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
            if (strcmp (part, parts[j].name) == 0)
              column->field = parts[j].field;
        }
      else if (strcmp (part, "value") == 0)
        {
          static const NbCsvField fields[] = {
            [KIND_EMAIL] = NB_CSV_FIELD_EMAIL,
            [KIND_PHONE] = NB_CSV_FIELD_PHONE,
            [KIND_WEBSITE] = NB_CSV_FIELD_WEBSITE,
          };

          column->field = fields[google_kinds[i].kind];
        }
      else
        column->field = NB_CSV_FIELD_IGNORE;

      return TRUE;
    }

  return FALSE;
}

/* "business city", "ort geschäftlich": Outlook's addresses. */
static gboolean
read_outlook_address (const char *name,
                      Column     *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (address_places); i++)
    {
      gsize english = strlen (address_places[i].english);
      gsize german = strlen (address_places[i].german);
      gsize length = strlen (name);
      g_autofree char *part = NULL;

      if (g_str_has_prefix (name, address_places[i].english) && name[english] == ' ')
        part = g_strdup (name + english + 1);
      else if (length > german + 1 && g_str_has_suffix (name, address_places[i].german) &&
               name[length - german - 1] == ' ')
        part = g_strndup (name, length - german - 1);
      else
        continue;

      for (guint j = 0; j < G_N_ELEMENTS (address_parts); j++)
        if (strcmp (part, address_parts[j].name) == 0)
          {
            column->field = address_parts[j].field;
            column->group = 1000 + i;
            column->label = address_places[i].label;
            return TRUE;
          }
    }

  return FALSE;
}

static gboolean
has_column (const char * const *names,
            const char         *name)
{
  return g_strv_contains (names, name);
}

static NbCsvSource
detect_source (const char * const *names,
               gboolean            numbered)
{
  if (has_column (names, "connected on") && has_column (names, "url"))
    return NB_CSV_SOURCE_LINKEDIN;
  if (numbered || has_column (names, "group membership") ||
      (has_column (names, "labels") && has_column (names, "file as")))
    return NB_CSV_SOURCE_GOOGLE;
  if (has_column (names, "e-mail address") || has_column (names, "business phone") ||
      has_column (names, "e-mail-adresse") || has_column (names, "telefon geschäftlich"))
    return NB_CSV_SOURCE_OUTLOOK;

  return NB_CSV_SOURCE_OTHER;
}

static gboolean finish_columns (NbCsvLayout *self);
static Kind     kind_of_field  (NbCsvField   field);

/**
 * nb_csv_layout_new_for_header:
 * @header: the cells of a row that may be a header
 *
 * Returns: (transfer full) (nullable): what the columns hold, or %NULL
 *   when the row names no column of a name, an email address or a phone
 *   number (it is no header, or not of a list of people)
 */
NbCsvLayout *
nb_csv_layout_new_for_header (const char * const *header)
{
  g_autoptr(NbCsvLayout) self = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean numbered = FALSE;

  g_return_val_if_fail (header != NULL, NULL);

  for (guint i = 0; header[i] != NULL; i++)
    g_ptr_array_add (names, normalize_name (header[i]));
  g_ptr_array_add (names, NULL);

  self = g_object_new (NB_TYPE_CSV_LAYOUT, NULL);

  for (guint i = 0; i + 1 < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      Column column = { NB_CSV_FIELD_IGNORE, KIND_NONE, 0, NULL };

      if (read_google_column (name, &column))
        numbered = TRUE;
      else if (!read_outlook_address (name, &column))
        for (guint j = 0; j < G_N_ELEMENTS (named_columns); j++)
          if (strcmp (name, named_columns[j].name) == 0)
            {
              column.field = named_columns[j].field;
              column.label = named_columns[j].label;
              break;
            }

      g_array_append_val (self->columns, column);
    }

  self->source = detect_source ((const char * const *) names->pdata, numbered);
  self->header = g_strdupv ((char **) header);

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);
      const char *name = g_ptr_array_index (names, i);

      /* Outlook's "Title" is "Mr." or "Dr.", its job title "Job Title". */
      if (self->source == NB_CSV_SOURCE_OUTLOOK && strcmp (name, "title") == 0)
        column->field = NB_CSV_FIELD_PREFIX;
      /* LinkedIn's URL is the profile's. */
      if (self->source == NB_CSV_SOURCE_LINKEDIN && column->field == NB_CSV_FIELD_WEBSITE)
        column->label = "LinkedIn";
    }

  if (!finish_columns (self))
    return NULL;

  return g_steal_pointer (&self);
}

/* Numbers the emails, phones and websites that are not in numbered
 * groups, and counts what the columns hold. Returns whether a column
 * holds a name, an email address or a phone number. */
static gboolean
finish_columns (NbCsvLayout *self)
{
  guint next_email = 1, next_phone = 1, next_website = 1;
  gboolean person = FALSE;

  self->n_known = 0;
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);

      /* Emails, phones and websites that are not in numbered groups each
       * have one of their own. */
      if (column->group == 0)
        switch (column->field)
          {
          case NB_CSV_FIELD_EMAIL: column->group = next_email++; break;
          case NB_CSV_FIELD_PHONE: column->group = next_phone++; break;
          case NB_CSV_FIELD_WEBSITE: column->group = next_website++; break;
          default: break;
          }

      if (column->field != NB_CSV_FIELD_IGNORE)
        self->n_known++;
      if (column->field == NB_CSV_FIELD_FULL_NAME || column->field == NB_CSV_FIELD_GIVEN ||
          column->field == NB_CSV_FIELD_FAMILY || column->field == NB_CSV_FIELD_EMAIL ||
          column->field == NB_CSV_FIELD_PHONE)
        person = TRUE;
    }

  return person;
}

NbCsvSource
nb_csv_layout_get_source (NbCsvLayout *self)
{
  g_return_val_if_fail (NB_IS_CSV_LAYOUT (self), NB_CSV_SOURCE_OTHER);

  return self->source;
}

/**
 * nb_csv_layout_get_source_id:
 * @self: a layout
 *
 * Returns: the source's word where imports are remembered: `linkedin`,
 *   `google`, `outlook` or `csv`
 */
const char *
nb_csv_layout_get_source_id (NbCsvLayout *self)
{
  static const char *ids[] = {
    [NB_CSV_SOURCE_OTHER] = "csv",
    [NB_CSV_SOURCE_LINKEDIN] = "linkedin",
    [NB_CSV_SOURCE_GOOGLE] = "google",
    [NB_CSV_SOURCE_OUTLOOK] = "outlook",
  };

  g_return_val_if_fail (NB_IS_CSV_LAYOUT (self), NULL);

  return ids[self->source];
}

/**
 * nb_csv_layout_get_source_name:
 * @self: a layout
 *
 * Returns: the source as a person calls it: "LinkedIn", "Google
 *   Contacts", "Outlook" or "a CSV list", translated
 */
const char *
nb_csv_layout_get_source_name (NbCsvLayout *self)
{
  g_return_val_if_fail (NB_IS_CSV_LAYOUT (self), NULL);

  switch (self->source)
    {
    case NB_CSV_SOURCE_LINKEDIN: return "LinkedIn";
    case NB_CSV_SOURCE_GOOGLE: return _("Google Contacts");
    case NB_CSV_SOURCE_OUTLOOK: return "Outlook";
    case NB_CSV_SOURCE_OTHER:
    default:
      /* Translators: where contacts were imported from, when it was not
       * LinkedIn, Google Contacts or Outlook. */
      return _("a CSV list");
    }
}

guint
nb_csv_layout_get_n_columns (NbCsvLayout *self)
{
  g_return_val_if_fail (NB_IS_CSV_LAYOUT (self), 0);

  return self->columns->len;
}

/**
 * nb_csv_layout_get_n_known:
 * @self: a layout
 *
 * Returns: how many columns hold something a card has
 */
guint
nb_csv_layout_get_n_known (NbCsvLayout *self)
{
  g_return_val_if_fail (NB_IS_CSV_LAYOUT (self), 0);

  return self->n_known;
}

/* The words fields are remembered by, in the order of NbCsvField. */
static const char * const field_names[NB_CSV_N_FIELDS] = {
  "ignore", "full-name", "given-name", "middle-name", "family-name", "prefix", "suffix",
  "nickname", "organization", "department", "title", "email", "phone", "website", "birthday",
  "notes", "circles", "connected-on", "label", "address", "street", "extended-address",
  "po-box", "city", "region", "postal-code", "country",
};

/**
 * nb_csv_field_get_label:
 * @field: what a column holds
 *
 * Returns: what it is called in the list of columns to choose from,
 *   translated
 */
const char *
nb_csv_field_get_label (NbCsvField field)
{
  switch (field)
    {
    /* Translators: what a column of a CSV list holds, in the list of
     * columns to choose from before an import. */
    case NB_CSV_FIELD_IGNORE: return C_("csv column", "Leave Out");
    case NB_CSV_FIELD_FULL_NAME: return C_("csv column", "Full Name");
    case NB_CSV_FIELD_GIVEN: return C_("csv column", "First Name");
    case NB_CSV_FIELD_MIDDLE: return C_("csv column", "Middle Name");
    case NB_CSV_FIELD_FAMILY: return C_("csv column", "Last Name");
    case NB_CSV_FIELD_PREFIX: return C_("csv column", "Name Prefix");
    case NB_CSV_FIELD_SUFFIX: return C_("csv column", "Name Suffix");
    case NB_CSV_FIELD_NICKNAME: return C_("csv column", "Nickname");
    case NB_CSV_FIELD_ORGANIZATION: return C_("csv column", "Organization");
    case NB_CSV_FIELD_DEPARTMENT: return C_("csv column", "Department");
    case NB_CSV_FIELD_TITLE: return C_("csv column", "Job Title");
    case NB_CSV_FIELD_EMAIL: return C_("csv column", "Email");
    case NB_CSV_FIELD_PHONE: return C_("csv column", "Phone");
    case NB_CSV_FIELD_WEBSITE: return C_("csv column", "Website");
    case NB_CSV_FIELD_BIRTHDAY: return C_("csv column", "Birthday");
    case NB_CSV_FIELD_NOTES: return C_("csv column", "Notes");
    case NB_CSV_FIELD_TAGS: return C_("csv column", "Circles");
    case NB_CSV_FIELD_CONNECTED_ON: return C_("csv column", "Connected On");
    case NB_CSV_FIELD_LABEL: return C_("csv column", "Label");
    case NB_CSV_FIELD_ADDRESS_FORMATTED: return C_("csv column", "Address");
    case NB_CSV_FIELD_ADDRESS_STREET: return C_("csv column", "Street");
    case NB_CSV_FIELD_ADDRESS_EXTENDED: return C_("csv column", "Extended Address");
    case NB_CSV_FIELD_ADDRESS_PO_BOX: return C_("csv column", "PO Box");
    case NB_CSV_FIELD_ADDRESS_CITY: return C_("csv column", "City");
    case NB_CSV_FIELD_ADDRESS_REGION: return C_("csv column", "Region");
    case NB_CSV_FIELD_ADDRESS_POSTAL_CODE: return C_("csv column", "Postal Code");
    case NB_CSV_FIELD_ADDRESS_COUNTRY: return C_("csv column", "Country");
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * nb_csv_layout_new_with_fields:
 * @header: the cells of the header
 * @fields: (array length=n_fields): what each column holds, as the user
 *   chose; columns beyond them are left out
 * @n_fields: how many there are
 *
 * Returns: (transfer full) (nullable): a layout for a list of some other
 *   program, or %NULL when no column holds a name, an email address or
 *   a phone number
 */
NbCsvLayout *
nb_csv_layout_new_with_fields (const char * const *header,
                               const NbCsvField   *fields,
                               guint               n_fields)
{
  g_autoptr(NbCsvLayout) self = NULL;

  g_return_val_if_fail (header != NULL, NULL);
  g_return_val_if_fail (fields != NULL || n_fields == 0, NULL);

  self = g_object_new (NB_TYPE_CSV_LAYOUT, NULL);
  self->source = NB_CSV_SOURCE_OTHER;
  self->header = g_strdupv ((char **) header);

  for (guint i = 0; header[i] != NULL; i++)
    {
      Column column = { NB_CSV_FIELD_IGNORE, KIND_NONE, 0, NULL };

      if (i < n_fields && (guint) fields[i] < NB_CSV_N_FIELDS && fields[i] != NB_CSV_FIELD_LABEL)
        column.field = fields[i];
      /* Each address column a part of one address. */
      if (kind_of_field (column.field) == KIND_ADDRESS)
        column.group = 1;
      g_array_append_val (self->columns, column);
    }

  if (!finish_columns (self))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * nb_csv_layout_get_header:
 * @self: a layout
 *
 * Returns: (transfer none): the header it was made for
 */
const char * const *
nb_csv_layout_get_header (NbCsvLayout *self)
{
  g_return_val_if_fail (NB_IS_CSV_LAYOUT (self), NULL);

  return (const char * const *) self->header;
}

/**
 * nb_csv_layout_get_field:
 * @self: a layout
 * @column: a column, from 0
 *
 * Returns: what the column holds
 */
NbCsvField
nb_csv_layout_get_field (NbCsvLayout *self,
                         guint        column)
{
  g_return_val_if_fail (NB_IS_CSV_LAYOUT (self), NB_CSV_FIELD_IGNORE);

  if (column >= self->columns->len)
    return NB_CSV_FIELD_IGNORE;

  return g_array_index (self->columns, Column, column).field;
}

/**
 * nb_csv_header_dup_key:
 * @header: the cells of a header
 *
 * Returns: (transfer full): a short key for the header's columns (the same
 *   for the same names, whatever their case and spacing), under which the
 *   columns chosen for it are remembered
 */
char *
nb_csv_header_dup_key (const char * const *header)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  g_return_val_if_fail (header != NULL, NULL);

  for (guint i = 0; header[i] != NULL; i++)
    {
      g_autofree char *name = normalize_name (header[i]);

      g_string_append (joined, name);
      g_string_append_c (joined, '\x1f');
    }

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, joined->str, joined->len);
}

/**
 * nb_csv_layout_dup_fields_string:
 * @self: a layout
 *
 * Returns: (transfer full): what each column holds, as words separated by
 *   commas ("given-name,family-name,email,ignore"), to remember it
 */
char *
nb_csv_layout_dup_fields_string (NbCsvLayout *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (NB_IS_CSV_LAYOUT (self), NULL);

  for (guint i = 0; i < self->columns->len; i++)
    g_strv_builder_add (builder, field_names[g_array_index (self->columns, Column, i).field]);
  words = g_strv_builder_end (builder);

  return g_strjoinv (",", words);
}

/**
 * nb_csv_layout_new_from_fields_string:
 * @header: the cells of the header
 * @text: what nb_csv_layout_dup_fields_string() gave for it
 *
 * Returns: (transfer full) (nullable): the layout, or %NULL when @text
 *   does not fit @header or names no person's column
 */
NbCsvLayout *
nb_csv_layout_new_from_fields_string (const char * const *header,
                                      const char         *text)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (NbCsvField));

  g_return_val_if_fail (header != NULL, NULL);

  if (text == NULL)
    return NULL;

  words = g_strsplit (text, ",", -1);
  if (g_strv_length (words) != g_strv_length ((char **) header))
    return NULL;

  for (guint i = 0; words[i] != NULL; i++)
    {
      NbCsvField field = NB_CSV_FIELD_IGNORE;

      for (guint j = 0; j < NB_CSV_N_FIELDS; j++)
        if (g_str_equal (words[i], field_names[j]))
          field = j;
      g_array_append_val (fields, field);
    }

  return nb_csv_layout_new_with_fields (header, (const NbCsvField *) fields->data, fields->len);
}

/* ---------------------------------------------------------------------- */
/* Dates                                                                    */

static int
month_of_name (const char *name)
{
  static const char *months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  };
  g_autofree char *down = g_ascii_strdown (name, -1);

  if (strlen (down) < 3)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (strncmp (down, months[i], 3) == 0)
      return i + 1;

  return 0;
}

static gboolean
set_date (GDate *date,
          int    year,
          int    month,
          int    day)
{
  if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;
  /* A year of two digits: 00–29 this century, the rest the last. */
  if (year > 0 && year < 100)
    year += year < 30 ? 2000 : 1900;
  if (year == 0)
    year = 1604;  /* nb_birthday_parse()'s year unknown; never a valid day to use alone */
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * nb_csv_parse_date:
 * @text: a date as exporters write them: `2021-03-05`, `--03-05`,
 *   `05 Mar 2021` (LinkedIn), `Mar 5, 2021`, `5.3.2021` (German),
 *   `3/5/2021`
 * @month_first: whether `3/5/2021` is March 5th (as Outlook in English
 *   writes it) rather than May 3rd; a first number over 12 is a day
 * @date: (out caller-allocates): the date; its year is 1604 when @text has
 *   none
 *
 * Returns: whether @text is a date
 */
gboolean
nb_csv_parse_date (const char *text,
                   gboolean    month_first,
                   GDate      *date)
{
  g_autofree char *trimmed = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(NbBirthday) iso = NULL;
  int a, b, c;
  char sep;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    return FALSE;

  iso = nb_birthday_parse (trimmed);
  if (iso != NULL)
    return set_date (date, iso->year, iso->month, iso->day);

  /* 5.3.2021, 3/5/2021, 2021/03/05 */
  {
    char rest[2];

    if (sscanf (trimmed, "%d%c%d%*[./-]%d%1s", &a, &sep, &b, &c, rest) == 4 &&
        (sep == '.' || sep == '/' || sep == '-'))
      {
        if (a > 31)
          return set_date (date, a, b, c);
        if (sep == '.' || !month_first || a > 12)
          return set_date (date, c, b, a);
        return set_date (date, c, a, b);
      }
  }

  /* 05 Mar 2021, Mar 5, 2021, 5 March */
  g_strdelimit (trimmed, ",", ' ');
  words = g_strsplit_set (trimmed, " ", -1);
  {
    int day = 0, month = 0, year = 0;
    guint n = 0;

    for (guint i = 0; words[i] != NULL; i++)
      {
        char *end;
        gint64 number;

        if (*words[i] == '\0')
          continue;
        if (++n > 3)
          return FALSE;

        number = g_ascii_strtoll (words[i], &end, 10);
        if (end != words[i] && (*end == '\0' || *end == '.'))
          {
            if (day == 0 && number <= 31)
              day = number;
            else if (year == 0)
              year = number;
            else
              return FALSE;
          }
        else if (month == 0 && (month = month_of_name (words[i])) != 0)
          ;
        else
          return FALSE;
      }

    if (month != 0 && day != 0)
      return set_date (date, year, month, day);
  }

  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* Rows                                                                     */

typedef struct
{
  char      *label;
  gboolean   pref;
  GPtrArray *values;
  NbAddress *address;
} Group;

static void
group_free (Group *group)
{
  g_free (group->label);
  g_clear_pointer (&group->values, g_ptr_array_unref);
  g_clear_pointer (&group->address, nb_address_free);
  g_free (group);
}

static Group *
get_group (GHashTable *groups,
           Kind        kind,
           guint       number)
{
  gpointer key = GUINT_TO_POINTER (kind * 100000 + number);
  Group *group = g_hash_table_lookup (groups, key);

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->values = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (groups, key, group);
    }

  return group;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  guint x = GPOINTER_TO_UINT (a), y = GPOINTER_TO_UINT (b);

  return x < y ? -1 : x > y;
}

static Kind
kind_of_field (NbCsvField field)
{
  switch (field)
    {
    case NB_CSV_FIELD_EMAIL: return KIND_EMAIL;
    case NB_CSV_FIELD_PHONE: return KIND_PHONE;
    case NB_CSV_FIELD_WEBSITE: return KIND_WEBSITE;
    case NB_CSV_FIELD_ADDRESS_FORMATTED:
    case NB_CSV_FIELD_ADDRESS_STREET:
    case NB_CSV_FIELD_ADDRESS_EXTENDED:
    case NB_CSV_FIELD_ADDRESS_PO_BOX:
    case NB_CSV_FIELD_ADDRESS_CITY:
    case NB_CSV_FIELD_ADDRESS_REGION:
    case NB_CSV_FIELD_ADDRESS_POSTAL_CODE:
    case NB_CSV_FIELD_ADDRESS_COUNTRY:
      return KIND_ADDRESS;
    default:
      return KIND_NONE;
    }
}

/* Google's labels: "* Home" is the preferred home one; its own words are
 * Netbook's labels, others stay as they are. */
static char *
read_label (const char *text,
            gboolean   *pref)
{
  static const struct { const char *google; const char *label; } labels[] = {
    { "home", "home" }, { "work", "work" }, { "mobile", "mobile" }, { "other", "other" },
    { "main", "main" }, { "home fax", "fax" }, { "work fax", "fax" }, { "fax", "fax" },
    { "pager", "pager" }, { "homepage", "homepage" }, { "home page", "homepage" },
    { "profile", "homepage" },
  };
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  const char *start = trimmed;
  g_autofree char *down = NULL;

  if (g_str_has_prefix (start, "* "))
    {
      *pref = TRUE;
      start += 2;
    }
  if (*start == '\0')
    return NULL;

  down = g_utf8_strdown (start, -1);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (strcmp (down, labels[i].google) == 0)
      return g_strdup (labels[i].label);

  return g_strdup (start);
}

/* Google puts several values in one cell, between " ::: ". */
static void
add_values (GPtrArray  *values,
            const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ":::", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *value = g_strstrip (parts[i]);

      if (*value != '\0')
        g_ptr_array_add (values, g_strdup (value));
    }
}

static void
set_address_part (NbAddress  *address,
                  NbCsvField       field,
                  const char *value)
{
  /* The components in vCard ADR order. */
  static const NbCsvField order[] = {
    NB_CSV_FIELD_ADDRESS_PO_BOX, NB_CSV_FIELD_ADDRESS_EXTENDED, NB_CSV_FIELD_ADDRESS_STREET, NB_CSV_FIELD_ADDRESS_CITY,
    NB_CSV_FIELD_ADDRESS_REGION, NB_CSV_FIELD_ADDRESS_POSTAL_CODE, NB_CSV_FIELD_ADDRESS_COUNTRY,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *before;

      if (order[i] != field)
        continue;

      /* Outlook's Street 2 and 3 go after what is there. */
      before = nb_address_get_part (address, i);
      if (before != NULL && *before != '\0')
        {
          g_autofree char *both = g_strconcat (before, ", ", value, NULL);

          nb_address_set_part (address, i, both);
        }
      else
        nb_address_set_part (address, i, value);
    }
}

/* Google's and Outlook's circles: Google's own groups ("* myContacts",
 * "* starred") are not the user's. */
static void
add_tags (GPtrArray  *tags,
          const char *text,
          const char *separators)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *copy = g_strdup (text);
  char *p;

  /* ":::" to one separator. */
  while ((p = strstr (copy, ":::")) != NULL)
    memcpy (p, ";  ", 3);
  parts = g_strsplit_set (copy, separators, -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (*tag == '\0' || g_str_has_prefix (tag, "* "))
        continue;
      if (!g_ptr_array_find_with_equal_func (tags, tag, g_str_equal, NULL))
        g_ptr_array_add (tags, g_strdup (tag));
    }
}

static char *
escape_component (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* LinkedIn's profile address without its scheme, "www.", query or
 * trailing slash, so that "https://www.linkedin.com/in/ada/" and
 * "http://linkedin.com/in/ada" are one key. */
static char *
url_key (const char *url)
{
  g_autofree char *down = g_utf8_strdown (url, -1);
  const char *start = down;
  char *end;

  if (g_str_has_prefix (start, "https://"))
    start += 8;
  else if (g_str_has_prefix (start, "http://"))
    start += 7;
  if (g_str_has_prefix (start, "www."))
    start += 4;

  end = (char *) start + strcspn (start, "?#");
  while (end > start && end[-1] == '/')
    end--;

  return g_strndup (start, end - start);
}

/**
 * nb_csv_layout_read_row:
 * @self: a layout
 * @row: the cells of a row below the header
 * @key: (out) (optional): a key for the person in this source: the same
 *   in the next export of the same list (a LinkedIn profile's address, or
 *   the name with the first email address or phone number)
 * @connected_on: (out caller-allocates) (optional): the day of LinkedIn's
 *   "Connected On", cleared when there is none
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the row as a card, or %NULL when
 *   it has no name, email address or phone number
 */
NbContact *
nb_csv_layout_read_row (NbCsvLayout        *self,
                        const char * const *row,
                        char              **key,
                        GDate              *connected_on,
                        GError            **error)
{
  g_autoptr(NbContact) contact = nb_contact_new ();
  g_autoptr(GHashTable) groups = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) group_free);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) emails = nb_field_array_new ();
  g_autoptr(GPtrArray) phones = nb_field_array_new ();
  g_autoptr(GPtrArray) websites = nb_field_array_new ();
  g_autoptr(GPtrArray) addresses = nb_address_array_new ();
  g_autoptr(GList) numbers = NULL;
  const char *parts[NB_CSV_FIELD_SUFFIX + 1] = { NULL };
  const char *full_name = NULL, *profile = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  gboolean month_first = self->source != NB_CSV_SOURCE_OTHER;
  g_autofree char *name = NULL;

  g_return_val_if_fail (NB_IS_CSV_LAYOUT (self), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  if (connected_on != NULL)
    g_date_clear (connected_on, 1);

  for (guint i = 0; i < self->columns->len && row[i] != NULL; i++)
    {
      const Column *column = &g_array_index (self->columns, Column, i);
      g_autofree char *value = g_strstrip (g_strdup (row[i]));
      Kind kind = kind_of_field (column->field);
      Group *group;

      if (*value == '\0')
        continue;

      switch (column->field)
        {
        case NB_CSV_FIELD_IGNORE:
          break;
        case NB_CSV_FIELD_FULL_NAME:
          full_name = row[i];
          break;
        case NB_CSV_FIELD_GIVEN:
        case NB_CSV_FIELD_MIDDLE:
        case NB_CSV_FIELD_FAMILY:
        case NB_CSV_FIELD_PREFIX:
        case NB_CSV_FIELD_SUFFIX:
          parts[column->field] = row[i];
          break;
        case NB_CSV_FIELD_NICKNAME:
          nb_contact_set_nickname (contact, value);
          break;
        case NB_CSV_FIELD_ORGANIZATION:
          nb_contact_set_organization (contact, value);
          break;
        case NB_CSV_FIELD_DEPARTMENT:
          {
            const char *units[] = { value, NULL };

            nb_contact_set_organization_units (contact, units);
          }
          break;
        case NB_CSV_FIELD_TITLE:
          nb_contact_set_title (contact, value);
          break;
        case NB_CSV_FIELD_BIRTHDAY:
          {
            GDate date;

            if (nb_csv_parse_date (value, month_first, &date))
              {
                guint year = g_date_get_year (&date);
                g_autoptr(NbBirthday) birthday =
                  nb_birthday_new (year == 1604 ? 0 : year, g_date_get_month (&date),
                                   g_date_get_day (&date));

                nb_contact_set_birthday (contact, birthday);
              }
          }
          break;
        case NB_CSV_FIELD_NOTES:
          if (notes->len > 0)
            g_string_append (notes, "\n\n");
          g_string_append (notes, value);
          break;
        case NB_CSV_FIELD_TAGS:
          add_tags (tags, value, self->source == NB_CSV_SOURCE_OUTLOOK ? ";," : ";");
          break;
        case NB_CSV_FIELD_CONNECTED_ON:
          if (connected_on != NULL)
            nb_csv_parse_date (value, TRUE, connected_on);
          break;
        case NB_CSV_FIELD_LABEL:
          group = get_group (groups, column->kind, column->group);
          g_clear_pointer (&group->label, g_free);
          group->label = read_label (value, &group->pref);
          break;
        case NB_CSV_FIELD_EMAIL:
        case NB_CSV_FIELD_PHONE:
        case NB_CSV_FIELD_WEBSITE:
          group = get_group (groups, kind, column->group);
          if (group->label == NULL && column->label != NULL)
            group->label = g_strdup (column->label);
          add_values (group->values, value);
          if (column->field == NB_CSV_FIELD_WEBSITE && self->source == NB_CSV_SOURCE_LINKEDIN)
            profile = row[i];
          break;
        case NB_CSV_FIELD_ADDRESS_FORMATTED:
        case NB_CSV_FIELD_ADDRESS_STREET:
        case NB_CSV_FIELD_ADDRESS_EXTENDED:
        case NB_CSV_FIELD_ADDRESS_PO_BOX:
        case NB_CSV_FIELD_ADDRESS_CITY:
        case NB_CSV_FIELD_ADDRESS_REGION:
        case NB_CSV_FIELD_ADDRESS_POSTAL_CODE:
        case NB_CSV_FIELD_ADDRESS_COUNTRY:
          group = get_group (groups, KIND_ADDRESS, column->group);
          if (group->label == NULL && column->label != NULL)
            group->label = g_strdup (column->label);
          if (group->address == NULL)
            group->address = nb_address_new (NULL);
          if (column->field == NB_CSV_FIELD_ADDRESS_FORMATTED)
            g_ptr_array_add (group->values, g_strdup (value));
          else
            set_address_part (group->address, column->field, value);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* Groups in their order: E-mail 1 before E-mail 2. */
  numbers = g_hash_table_get_keys (groups);
  numbers = g_list_sort (numbers, compare_keys);
  for (GList *l = numbers; l != NULL; l = l->next)
    {
      guint number = GPOINTER_TO_UINT (l->data);
      Group *group = g_hash_table_lookup (groups, l->data);
      Kind kind = number / 100000;
      GPtrArray *target = kind == KIND_EMAIL ? emails : kind == KIND_PHONE ? phones : websites;

      if (kind == KIND_ADDRESS)
        {
          if (group->address == NULL)
            continue;
          /* Only "Formatted": it is the street, as written. */
          if (nb_address_is_empty (group->address) && group->values->len > 0)
            nb_address_set_part (group->address, 2, g_ptr_array_index (group->values, 0));
          if (nb_address_is_empty (group->address))
            continue;
          g_free (group->address->label);
          group->address->label = g_strdup (group->label);
          group->address->pref = group->pref ? 1 : 0;
          g_ptr_array_add (addresses, g_steal_pointer (&group->address));
          continue;
        }

      for (guint i = 0; i < group->values->len; i++)
        {
          NbField *field = nb_field_new (group->label, g_ptr_array_index (group->values, i));

          field->pref = group->pref && i == 0 ? 1 : 0;
          g_ptr_array_add (target, field);
        }
    }

  if (full_name != NULL)
    name = g_strstrip (g_strdup (full_name));
  else
    {
      static const NbCsvField order[] = { NB_CSV_FIELD_PREFIX, NB_CSV_FIELD_GIVEN, NB_CSV_FIELD_MIDDLE, NB_CSV_FIELD_FAMILY, NB_CSV_FIELD_SUFFIX };
      GString *joined = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        {
          g_autofree char *part = g_strstrip (g_strdup (parts[order[i]] ? parts[order[i]] : ""));

          if (*part == '\0')
            continue;
          if (joined->len > 0)
            g_string_append_c (joined, ' ');
          g_string_append (joined, part);
        }
      name = g_string_free (joined, FALSE);
    }

  if (*name == '\0')
    {
      g_clear_pointer (&name, g_free);
      if (nb_contact_get_organization (contact) != NULL)
        name = g_strdup (nb_contact_get_organization (contact));
      else if (emails->len > 0)
        name = g_strdup (((NbField *) g_ptr_array_index (emails, 0))->value);
      else if (phones->len > 0)
        name = g_strdup (((NbField *) g_ptr_array_index (phones, 0))->value);
    }

  if (name == NULL || (emails->len == 0 && phones->len == 0 && *name == '\0'))
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                           _("it has no name, email address or phone number"));
      return NULL;
    }

  nb_contact_set_full_name (contact, name);
  if (parts[NB_CSV_FIELD_GIVEN] != NULL || parts[NB_CSV_FIELD_FAMILY] != NULL)
    {
      g_autofree char *family = escape_component (parts[NB_CSV_FIELD_FAMILY]);
      g_autofree char *given = escape_component (parts[NB_CSV_FIELD_GIVEN]);
      g_autofree char *middle = escape_component (parts[NB_CSV_FIELD_MIDDLE]);
      g_autofree char *prefix = escape_component (parts[NB_CSV_FIELD_PREFIX]);
      g_autofree char *suffix = escape_component (parts[NB_CSV_FIELD_SUFFIX]);
      g_autofree char *structured = g_strjoin (";", family, given, middle, prefix, suffix, NULL);

      g_strstrip (structured);
      nb_contact_set_structured_name (contact, structured);
    }

  if (notes->len > 0)
    nb_contact_set_notes (contact, notes->str);
  if (self->source == NB_CSV_SOURCE_LINKEDIN &&
      !g_ptr_array_find_with_equal_func (tags, "LinkedIn", g_str_equal, NULL))
    g_ptr_array_add (tags, g_strdup ("LinkedIn"));
  g_ptr_array_add (tags, NULL);
  nb_contact_set_tags (contact, (const char * const *) tags->pdata);
  nb_contact_set_emails (contact, emails);
  nb_contact_set_phones (contact, phones);
  nb_contact_set_websites (contact, websites);
  nb_contact_set_addresses (contact, addresses);

  if (key != NULL)
    {
      g_autofree char *folded = g_utf8_casefold (name, -1);

      if (profile != NULL)
        *key = url_key (profile);
      else if (emails->len > 0)
        {
          g_autofree char *email = g_utf8_strdown (((NbField *) g_ptr_array_index (emails, 0))->value, -1);

          *key = g_strdup_printf ("%s\x1f%s", folded, email);
        }
      else if (phones->len > 0)
        *key = g_strdup_printf ("%s\x1f%s", folded,
                                ((NbField *) g_ptr_array_index (phones, 0))->value);
      else
        *key = g_steal_pointer (&folded);
    }

  return g_steal_pointer (&contact);
}
