/* nb-contact.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-contact"

#include "config.h"

#include "nb-contact-private.h"
#include "nb-text.h"

/**
 * NbContact:
 *
 * A person on a contact card. Objects that come from the #NbStore are shared:
 * there is one object per stored contact, and every change saved through the
 * store updates it, so every view showing it stays current. Objects made
 * with nb_contact_new() or nb_contact_copy() are detached drafts until they
 * are saved.
 */
struct _NbContact
{
  GObject     parent_instance;

  gint64      id;
  char       *uid;
  char       *full_name;
  char       *structured_name;
  char       *nickname;
  char       *organization;
  char       *title;
  char       *how_met;
  char       *food_preferences;
  char       *help_notes;
  char       *notes;
  char       *photo_mime_type;
  char       *photo_uri;
  char       *vcard_extra;
  NbBirthday *birthday;
  GPtrArray  *emails;
  GPtrArray  *phones;
  GPtrArray  *websites;
  GPtrArray  *addresses;
  GStrv       tags;
  GStrv       organization_units;
  GStrv       looking_for;
  GStrv       offers;
  GBytes     *photo;
  int         cadence;
  gint64      last_interaction;
  NbInteractionKind last_interaction_kind;
  gint64      created;
  gint64      updated;
};

G_DEFINE_FINAL_TYPE (NbContact, nb_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_FULL_NAME,
  PROP_STRUCTURED_NAME,
  PROP_NICKNAME,
  PROP_ORGANIZATION,
  PROP_TITLE,
  PROP_HOW_MET,
  PROP_FOOD_PREFERENCES,
  PROP_HELP_NOTES,
  PROP_NOTES,
  PROP_PHOTO_MIME_TYPE,
  PROP_PHOTO_URI,
  PROP_VCARD_EXTRA,
  PROP_BIRTHDAY,
  PROP_EMAILS,
  PROP_PHONES,
  PROP_WEBSITES,
  PROP_ADDRESSES,
  PROP_TAGS,
  PROP_ORGANIZATION_UNITS,
  PROP_LOOKING_FOR,
  PROP_OFFERS,
  PROP_PHOTO,
  PROP_CADENCE,
  PROP_LAST_INTERACTION,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FIRST_STRING_PROP PROP_UID
#define LAST_STRING_PROP  PROP_VCARD_EXTRA

/* The string properties, in the order of the enum above. */
static char **
string_slot (NbContact *self,
             guint      prop_id)
{
  char **slots[] = {
    &self->uid, &self->full_name, &self->structured_name, &self->nickname,
    &self->organization, &self->title, &self->how_met, &self->food_preferences,
    &self->help_notes, &self->notes, &self->photo_mime_type, &self->photo_uri,
    &self->vcard_extra,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (slots) == LAST_STRING_PROP - FIRST_STRING_PROP + 1);
  g_assert (prop_id >= FIRST_STRING_PROP && prop_id <= LAST_STRING_PROP);

  return slots[prop_id - FIRST_STRING_PROP];
}

/* Empty strings are stored as NULL, so that "no value" has one form; what
 * people read loses its control characters (nb_text_drop_controls()), the
 * vCard lines kept as they came and the photo's address do not. */
static void
set_string (NbContact  *self,
            guint       prop_id,
            const char *value)
{
  char **slot = string_slot (self, prop_id);
  g_autofree char *clean = NULL;

  if (prop_id != PROP_VCARD_EXTRA && prop_id != PROP_PHOTO_URI)
    value = clean = nb_text_drop_controls (value);

  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*slot, value) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  guint a_len = a ? g_strv_length ((char **) a) : 0;
  guint b_len = b ? g_strv_length ((char **) b) : 0;

  if (a_len != b_len)
    return FALSE;

  for (guint i = 0; i < a_len; i++)
    {
      if (g_strcmp0 (a[i], b[i]) != 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
bytes_equal (GBytes *a,
             GBytes *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return g_bytes_equal (a, b);
}

static void
set_field_array (NbContact  *self,
                 GPtrArray **slot,
                 GPtrArray  *value,
                 guint       prop_id)
{
  if (nb_field_array_equal (*slot, value))
    return;

  g_clear_pointer (slot, g_ptr_array_unref);
  *slot = nb_field_array_copy (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
nb_contact_finalize (GObject *object)
{
  NbContact *self = (NbContact *) object;

  for (guint prop_id = FIRST_STRING_PROP; prop_id <= LAST_STRING_PROP; prop_id++)
    g_clear_pointer (string_slot (self, prop_id), g_free);

  g_clear_pointer (&self->birthday, nb_birthday_free);
  g_clear_pointer (&self->emails, g_ptr_array_unref);
  g_clear_pointer (&self->phones, g_ptr_array_unref);
  g_clear_pointer (&self->websites, g_ptr_array_unref);
  g_clear_pointer (&self->addresses, g_ptr_array_unref);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->organization_units, g_strfreev);
  g_clear_pointer (&self->looking_for, g_strfreev);
  g_clear_pointer (&self->offers, g_strfreev);
  g_clear_pointer (&self->photo, g_bytes_unref);

  G_OBJECT_CLASS (nb_contact_parent_class)->finalize (object);
}

static void
nb_contact_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NbContact *self = NB_CONTACT (object);

  if (prop_id >= FIRST_STRING_PROP && prop_id <= LAST_STRING_PROP)
    {
      g_value_set_string (value, *string_slot (self, prop_id));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_BIRTHDAY:
      g_value_set_boxed (value, self->birthday);
      break;

    case PROP_EMAILS:
      g_value_set_boxed (value, self->emails);
      break;

    case PROP_PHONES:
      g_value_set_boxed (value, self->phones);
      break;

    case PROP_WEBSITES:
      g_value_set_boxed (value, self->websites);
      break;

    case PROP_ADDRESSES:
      g_value_set_boxed (value, self->addresses);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_ORGANIZATION_UNITS:
      g_value_set_boxed (value, self->organization_units);
      break;

    case PROP_LOOKING_FOR:
      g_value_set_boxed (value, self->looking_for);
      break;

    case PROP_OFFERS:
      g_value_set_boxed (value, self->offers);
      break;

    case PROP_PHOTO:
      g_value_set_boxed (value, self->photo);
      break;

    case PROP_CADENCE:
      g_value_set_int (value, self->cadence);
      break;

    case PROP_LAST_INTERACTION:
      g_value_set_int64 (value, self->last_interaction);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_int64 (value, self->updated);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_contact_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  NbContact *self = NB_CONTACT (object);

  if (prop_id >= FIRST_STRING_PROP && prop_id <= LAST_STRING_PROP)
    {
      set_string (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_BIRTHDAY:
      nb_contact_set_birthday (self, g_value_get_boxed (value));
      break;

    case PROP_EMAILS:
      nb_contact_set_emails (self, g_value_get_boxed (value));
      break;

    case PROP_PHONES:
      nb_contact_set_phones (self, g_value_get_boxed (value));
      break;

    case PROP_WEBSITES:
      nb_contact_set_websites (self, g_value_get_boxed (value));
      break;

    case PROP_ADDRESSES:
      nb_contact_set_addresses (self, g_value_get_boxed (value));
      break;

    case PROP_TAGS:
      nb_contact_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_ORGANIZATION_UNITS:
      nb_contact_set_organization_units (self, g_value_get_boxed (value));
      break;

    case PROP_LOOKING_FOR:
      nb_contact_set_looking_for (self, g_value_get_boxed (value));
      break;

    case PROP_OFFERS:
      nb_contact_set_offers (self, g_value_get_boxed (value));
      break;

    case PROP_PHOTO:
      nb_contact_set_photo (self, g_value_get_boxed (value), self->photo_mime_type);
      break;

    case PROP_CADENCE:
      nb_contact_set_cadence (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              (G_PARAM_READWRITE |
                               G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS));
}

static void
nb_contact_class_init (NbContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = nb_contact_finalize;
  object_class->get_property = nb_contact_get_property;
  object_class->set_property = nb_contact_set_property;

  /**
   * NbContact:id:
   *
   * The row id in the store, or 0 for a contact that was never saved.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_UID] = string_pspec ("uid");
  properties[PROP_FULL_NAME] = string_pspec ("full-name");

  /**
   * NbContact:structured-name:
   *
   * The vCard N value this contact was imported with, kept so that an export
   * writes it back unchanged. Cleared when the name is edited.
   */
  properties[PROP_STRUCTURED_NAME] = string_pspec ("structured-name");
  properties[PROP_NICKNAME] = string_pspec ("nickname");
  properties[PROP_ORGANIZATION] = string_pspec ("organization");
  properties[PROP_TITLE] = string_pspec ("title");
  properties[PROP_HOW_MET] = string_pspec ("how-met");
  properties[PROP_FOOD_PREFERENCES] = string_pspec ("food-preferences");
  properties[PROP_HELP_NOTES] = string_pspec ("help-notes");
  properties[PROP_NOTES] = string_pspec ("notes");
  properties[PROP_PHOTO_MIME_TYPE] =
    g_param_spec_string ("photo-mime-type", NULL, NULL, NULL, ro | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PHOTO_URI] = string_pspec ("photo-uri");

  /**
   * NbContact:vcard-extra:
   *
   * vCard properties Netbook does not know, as vCard 3.0 lines, kept so that
   * they survive an export or a sync.
   */
  properties[PROP_VCARD_EXTRA] = string_pspec ("vcard-extra");
  properties[PROP_BIRTHDAY] =
    g_param_spec_boxed ("birthday", NULL, NULL, NB_TYPE_BIRTHDAY, rw);
  properties[PROP_EMAILS] =
    g_param_spec_boxed ("emails", NULL, NULL, G_TYPE_PTR_ARRAY, rw);
  properties[PROP_PHONES] =
    g_param_spec_boxed ("phones", NULL, NULL, G_TYPE_PTR_ARRAY, rw);
  properties[PROP_WEBSITES] =
    g_param_spec_boxed ("websites", NULL, NULL, G_TYPE_PTR_ARRAY, rw);
  properties[PROP_ADDRESSES] =
    g_param_spec_boxed ("addresses", NULL, NULL, G_TYPE_PTR_ARRAY, rw);
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * NbContact:looking-for:
   *
   * What they need now, as short phrases ("a job in data science", "a good
   * plumber"); never %NULL. In vCards, one `X-NETBOOK-LOOKING-FOR` each.
   */
  properties[PROP_LOOKING_FOR] =
    g_param_spec_boxed ("looking-for", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * NbContact:offers:
   *
   * What they are good at or can offer, as short phrases ("instrument
   * making", "advice on fundraising"); never %NULL. In vCards, one
   * `X-NETBOOK-OFFERS` each.
   */
  properties[PROP_OFFERS] =
    g_param_spec_boxed ("offers", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * NbContact:organization-units:
   *
   * The units of the organisation the contact works in, largest first, as
   * a vCard's ORG lists them after the organisation's name
   * (ORG:Company;Department;Team). A unit may be empty to keep the place of
   * the ones after it. Never %NULL.
   */
  properties[PROP_ORGANIZATION_UNITS] =
    g_param_spec_boxed ("organization-units", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_PHOTO] =
    g_param_spec_boxed ("photo", NULL, NULL, G_TYPE_BYTES, rw);
  /**
   * NbContact:cadence:
   *
   * How often to keep in touch, in days: -1 for the default of the
   * preferences, 0 for never reminding.
   */
  properties[PROP_CADENCE] =
    g_param_spec_int ("cadence", NULL, NULL, -1, 3660, -1, rw);

  /**
   * NbContact:last-interaction:
   *
   * When you were last in touch (a meal that happened, or a contact you
   * logged), in seconds since 1970; 0 for never. Kept by the store.
   */
  properties[PROP_LAST_INTERACTION] =
    g_param_spec_int64 ("last-interaction", NULL, NULL, 0, G_MAXINT64, 0,
                        ro | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, ro | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL, 0, G_MAXINT64, 0, ro | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_contact_init (NbContact *self)
{
  self->cadence = -1;
  self->emails = nb_field_array_new ();
  self->phones = nb_field_array_new ();
  self->websites = nb_field_array_new ();
  self->addresses = nb_address_array_new ();
  self->tags = g_new0 (char *, 1);
  self->organization_units = g_new0 (char *, 1);
  self->looking_for = g_new0 (char *, 1);
  self->offers = g_new0 (char *, 1);
}

/**
 * nb_contact_new:
 *
 * Returns: (transfer full): a new, detached contact
 */
NbContact *
nb_contact_new (void)
{
  return g_object_new (NB_TYPE_CONTACT, NULL);
}

/**
 * nb_contact_copy:
 * @self: a contact
 *
 * Makes a detached draft with the same content, id included, so that saving
 * the draft updates the original.
 *
 * Returns: (transfer full): a deep copy of @self
 */
NbContact *
nb_contact_copy (NbContact *self)
{
  NbContact *copy;

  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  copy = nb_contact_new ();
  copy->id = self->id;
  copy->created = self->created;
  copy->updated = self->updated;
  copy->last_interaction = self->last_interaction;
  copy->last_interaction_kind = self->last_interaction_kind;
  nb_contact_assign (copy, self);

  return copy;
}

/**
 * nb_contact_assign:
 * @self: a contact
 * @other: the contact to copy the content of
 *
 * Sets every content property of @self (all but the id and the timestamps)
 * to the value in @other, notifying only those that change.
 *
 * Returns: %TRUE if anything changed
 */
gboolean
nb_contact_assign (NbContact *self,
                   NbContact *other)
{
  gboolean changed;

  g_return_val_if_fail (NB_IS_CONTACT (self), FALSE);
  g_return_val_if_fail (NB_IS_CONTACT (other), FALSE);

  if (self == other)
    return FALSE;

  changed = !nb_contact_content_equal (self, other);
  if (!changed)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));

  for (guint prop_id = FIRST_STRING_PROP; prop_id <= LAST_STRING_PROP; prop_id++)
    set_string (self, prop_id, *string_slot (other, prop_id));

  nb_contact_set_birthday (self, other->birthday);
  nb_contact_set_emails (self, other->emails);
  nb_contact_set_phones (self, other->phones);
  nb_contact_set_websites (self, other->websites);
  nb_contact_set_addresses (self, other->addresses);
  nb_contact_set_tags (self, (const char * const *) other->tags);
  nb_contact_set_organization_units (self, (const char * const *) other->organization_units);
  nb_contact_set_looking_for (self, (const char * const *) other->looking_for);
  nb_contact_set_offers (self, (const char * const *) other->offers);
  nb_contact_set_photo (self, other->photo, other->photo_mime_type);
  nb_contact_set_cadence (self, other->cadence);

  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/**
 * nb_contact_content_equal:
 * @self: a contact
 * @other: another contact
 *
 * Returns: %TRUE if both have the same content; the id and the timestamps
 *   are not compared
 */
gboolean
nb_contact_content_equal (NbContact *self,
                          NbContact *other)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), FALSE);
  g_return_val_if_fail (NB_IS_CONTACT (other), FALSE);

  for (guint prop_id = FIRST_STRING_PROP; prop_id <= LAST_STRING_PROP; prop_id++)
    {
      if (g_strcmp0 (*string_slot (self, prop_id), *string_slot (other, prop_id)) != 0)
        return FALSE;
    }

  return nb_birthday_equal (self->birthday, other->birthday) &&
         nb_field_array_equal (self->emails, other->emails) &&
         nb_field_array_equal (self->phones, other->phones) &&
         nb_field_array_equal (self->websites, other->websites) &&
         nb_address_array_equal (self->addresses, other->addresses) &&
         strv_equal ((const char * const *) self->tags, (const char * const *) other->tags) &&
         strv_equal ((const char * const *) self->organization_units,
                     (const char * const *) other->organization_units) &&
         strv_equal ((const char * const *) self->looking_for, (const char * const *) other->looking_for) &&
         strv_equal ((const char * const *) self->offers, (const char * const *) other->offers) &&
         bytes_equal (self->photo, other->photo) &&
         self->cadence == other->cadence;
}

gint64
nb_contact_get_id (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), 0);

  return self->id;
}

void
_nb_contact_set_id (NbContact *self,
                    gint64     id)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_nb_contact_set_timestamps (NbContact *self,
                            gint64     created,
                            gint64     updated)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  if (self->created != created)
    {
      self->created = created;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
    }

  if (self->updated != updated)
    {
      self->updated = updated;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
    }
}

#define STRING_ACCESSORS(name, PROP)                                  \
  const char *                                                        \
  nb_contact_get_##name (NbContact *self)                             \
  {                                                                   \
    g_return_val_if_fail (NB_IS_CONTACT (self), NULL);                \
    return self->name;                                                \
  }                                                                   \
  void                                                                \
  nb_contact_set_##name (NbContact  *self,                            \
                         const char *value)                           \
  {                                                                   \
    g_return_if_fail (NB_IS_CONTACT (self));                          \
    set_string (self, PROP, value);                                   \
  }

STRING_ACCESSORS (uid, PROP_UID)
STRING_ACCESSORS (full_name, PROP_FULL_NAME)
STRING_ACCESSORS (structured_name, PROP_STRUCTURED_NAME)
STRING_ACCESSORS (nickname, PROP_NICKNAME)
STRING_ACCESSORS (organization, PROP_ORGANIZATION)
STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (how_met, PROP_HOW_MET)
STRING_ACCESSORS (food_preferences, PROP_FOOD_PREFERENCES)
STRING_ACCESSORS (help_notes, PROP_HELP_NOTES)
STRING_ACCESSORS (notes, PROP_NOTES)
STRING_ACCESSORS (photo_uri, PROP_PHOTO_URI)
STRING_ACCESSORS (vcard_extra, PROP_VCARD_EXTRA)

#undef STRING_ACCESSORS

const NbBirthday *
nb_contact_get_birthday (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return self->birthday;
}

/**
 * nb_contact_set_birthday:
 * @self: a contact
 * @birthday: (nullable): the birthday, or %NULL for none
 */
void
nb_contact_set_birthday (NbContact        *self,
                         const NbBirthday *birthday)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  if (nb_birthday_equal (self->birthday, birthday))
    return;

  g_clear_pointer (&self->birthday, nb_birthday_free);
  if (birthday != NULL)
    self->birthday = nb_birthday_copy (birthday);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTHDAY]);
}

/**
 * nb_contact_get_emails:
 * @self: a contact
 *
 * Returns: (transfer none) (element-type NbField): the email addresses
 */
GPtrArray *
nb_contact_get_emails (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return self->emails;
}

/**
 * nb_contact_set_emails:
 * @self: a contact
 * @emails: (nullable) (element-type NbField): the email addresses; copied
 */
void
nb_contact_set_emails (NbContact *self,
                       GPtrArray *emails)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  set_field_array (self, &self->emails, emails, PROP_EMAILS);
}

/**
 * nb_contact_get_phones:
 * @self: a contact
 *
 * Returns: (transfer none) (element-type NbField): the phone numbers
 */
GPtrArray *
nb_contact_get_phones (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return self->phones;
}

/**
 * nb_contact_set_phones:
 * @self: a contact
 * @phones: (nullable) (element-type NbField): the phone numbers; copied
 */
void
nb_contact_set_phones (NbContact *self,
                       GPtrArray *phones)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  set_field_array (self, &self->phones, phones, PROP_PHONES);
}

/**
 * nb_contact_get_websites:
 * @self: a contact
 *
 * Returns: (transfer none) (element-type NbField): the websites
 */
GPtrArray *
nb_contact_get_websites (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return self->websites;
}

/**
 * nb_contact_set_websites:
 * @self: a contact
 * @websites: (nullable) (element-type NbField): the websites; copied
 */
void
nb_contact_set_websites (NbContact *self,
                         GPtrArray *websites)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  set_field_array (self, &self->websites, websites, PROP_WEBSITES);
}

/**
 * nb_contact_get_addresses:
 * @self: a contact
 *
 * Returns: (transfer none) (element-type NbAddress): the postal addresses
 */
GPtrArray *
nb_contact_get_addresses (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return self->addresses;
}

/**
 * nb_contact_set_addresses:
 * @self: a contact
 * @addresses: (nullable) (element-type NbAddress): the addresses; copied
 */
void
nb_contact_set_addresses (NbContact *self,
                          GPtrArray *addresses)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  if (nb_address_array_equal (self->addresses, addresses))
    return;

  g_clear_pointer (&self->addresses, g_ptr_array_unref);
  self->addresses = nb_address_array_copy (addresses);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESSES]);
}

/**
 * nb_contact_get_tags:
 * @self: a contact
 *
 * Returns: (transfer none): the tags, never %NULL
 */
const char * const *
nb_contact_get_tags (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return (const char * const *) self->tags;
}

/**
 * nb_contact_set_tags:
 * @self: a contact
 * @tags: (nullable): the tags; empty ones and repeats are left out
 */
void
nb_contact_set_tags (NbContact          *self,
                     const char * const *tags)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) cleaned = NULL;

  g_return_if_fail (NB_IS_CONTACT (self));

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      if (*tags[i] == '\0' || !g_hash_table_add (seen, (gpointer) tags[i]))
        continue;
      g_strv_builder_add (builder, tags[i]);
    }

  cleaned = g_strv_builder_end (builder);
  if (strv_equal ((const char * const *) self->tags, (const char * const *) cleaned))
    return;

  g_strfreev (self->tags);
  self->tags = g_steal_pointer (&cleaned);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

/* Phrases as people typed them: trimmed, without control characters,
 * empty ones and repeats left out, in their order. */
static void
set_phrases (NbContact          *self,
             GStrv              *slot,
             const char * const *phrases,
             guint               prop_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) cleaned = NULL;

  for (guint i = 0; phrases != NULL && phrases[i] != NULL; i++)
    {
      g_autofree char *clean = nb_text_drop_controls (phrases[i]);
      gboolean seen = FALSE;

      if (clean == NULL)
        continue;
      g_strstrip (clean);
      if (*clean == '\0')
        continue;
      for (guint j = 0; j < kept->len && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (kept, j), clean);
      if (seen)
        continue;
      g_strv_builder_add (builder, clean);
      g_ptr_array_add (kept, g_steal_pointer (&clean));
    }

  cleaned = g_strv_builder_end (builder);
  if (strv_equal ((const char * const *) *slot, (const char * const *) cleaned))
    return;

  g_strfreev (*slot);
  *slot = g_steal_pointer (&cleaned);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * nb_contact_get_looking_for:
 * @self: a contact
 *
 * Returns: (transfer none): what they need now, never %NULL
 */
const char * const *
nb_contact_get_looking_for (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return (const char * const *) self->looking_for;
}

/**
 * nb_contact_set_looking_for:
 * @self: a contact
 * @phrases: (nullable): what they need now; empty ones and repeats are left
 *   out
 */
void
nb_contact_set_looking_for (NbContact          *self,
                            const char * const *phrases)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  set_phrases (self, &self->looking_for, phrases, PROP_LOOKING_FOR);
}

/**
 * nb_contact_get_offers:
 * @self: a contact
 *
 * Returns: (transfer none): what they are good at or can offer, never %NULL
 */
const char * const *
nb_contact_get_offers (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return (const char * const *) self->offers;
}

/**
 * nb_contact_set_offers:
 * @self: a contact
 * @phrases: (nullable): what they are good at or can offer; empty ones and
 *   repeats are left out
 */
void
nb_contact_set_offers (NbContact          *self,
                       const char * const *phrases)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  set_phrases (self, &self->offers, phrases, PROP_OFFERS);
}

/**
 * nb_contact_get_organization_units:
 * @self: a contact
 *
 * Returns: (transfer none): the units of the contact's organisation, largest
 *   first; never %NULL
 */
const char * const *
nb_contact_get_organization_units (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return (const char * const *) self->organization_units;
}

/**
 * nb_contact_set_organization_units:
 * @self: a contact
 * @units: (nullable): the units of the contact's organisation, largest
 *   first; empty units at the end are left out, others keep their place
 */
void
nb_contact_set_organization_units (NbContact          *self,
                                   const char * const *units)
{
  guint n = units ? g_strv_length ((char **) units) : 0;
  g_auto(GStrv) kept = NULL;

  g_return_if_fail (NB_IS_CONTACT (self));

  while (n > 0 && *units[n - 1] == '\0')
    n--;

  kept = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    kept[i] = g_strdup (units[i]);

  if (strv_equal ((const char * const *) self->organization_units, (const char * const *) kept))
    return;

  g_strfreev (self->organization_units);
  self->organization_units = g_steal_pointer (&kept);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZATION_UNITS]);
}

/**
 * nb_contact_get_photo:
 * @self: a contact
 *
 * Returns: (transfer none) (nullable): the photo's image data
 */
GBytes *
nb_contact_get_photo (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return self->photo;
}

const char *
nb_contact_get_photo_mime_type (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NULL);

  return self->photo_mime_type;
}

/**
 * nb_contact_set_photo:
 * @self: a contact
 * @photo: (nullable): image data, or %NULL to remove the photo
 * @mime_type: (nullable): the image's type, such as "image/jpeg"
 */
void
nb_contact_set_photo (NbContact  *self,
                      GBytes     *photo,
                      const char *mime_type)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  if (photo != NULL && g_bytes_get_size (photo) == 0)
    photo = NULL;
  if (photo == NULL)
    mime_type = NULL;

  g_object_freeze_notify (G_OBJECT (self));

  if (!bytes_equal (self->photo, photo))
    {
      g_clear_pointer (&self->photo, g_bytes_unref);
      self->photo = photo ? g_bytes_ref (photo) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHOTO]);
    }

  set_string (self, PROP_PHOTO_MIME_TYPE, mime_type);

  g_object_thaw_notify (G_OBJECT (self));
}

gint64
nb_contact_get_created (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), 0);

  return self->created;
}

gint64
nb_contact_get_updated (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), 0);

  return self->updated;
}

int
nb_contact_get_cadence (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), -1);

  return self->cadence;
}

/**
 * nb_contact_set_cadence:
 * @self: a contact
 * @days: keep in touch every @days days; -1 for the default, 0 for never
 */
void
nb_contact_set_cadence (NbContact *self,
                        int        days)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  days = CLAMP (days, -1, 3660);
  if (self->cadence == days)
    return;

  self->cadence = days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CADENCE]);
}

gint64
nb_contact_get_last_interaction (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), 0);

  return self->last_interaction;
}

NbInteractionKind
nb_contact_get_last_interaction_kind (NbContact *self)
{
  g_return_val_if_fail (NB_IS_CONTACT (self), NB_INTERACTION_MEAL);

  return self->last_interaction_kind;
}

void
_nb_contact_set_last_interaction (NbContact         *self,
                                  gint64             when,
                                  NbInteractionKind  kind)
{
  g_return_if_fail (NB_IS_CONTACT (self));

  if (self->last_interaction == when && self->last_interaction_kind == kind)
    return;

  self->last_interaction = when;
  self->last_interaction_kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_INTERACTION]);
}
