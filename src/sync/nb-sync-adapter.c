/* nb-sync-adapter.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nb-address.h"
#include "nb-attendee.h"
#include "nb-cadence.h"
#include "nb-contact.h"
#include "nb-contact-merge.h"
#include "nb-field.h"
#include "nb-calendar-event.h"
#include "nb-ical.h"
#include "nb-meeting.h"
#include "nb-store-error.h"
#include "nb-sync-adapter.h"
#include "nb-sync-error.h"
#include "nb-sync-train.h"
#include "nb-vcard-reader.h"
#include "nb-vcard-writer.h"

/* ---------------------------------------------------------------------- */
/* What both kinds share                                                    */

/* The UID of a resource that has none (RFC 6350 and 5545 ask for one, not
 * every client writes one): its file name, so that it stays the same from
 * one sync to the next. */
static char *
uid_from_href (const char *href)
{
  g_autofree char *unescaped = g_uri_unescape_string (href, NULL);
  const char *name = strrchr (unescaped ? unescaped : href, '/');
  g_autofree char *base = g_strdup (name ? name + 1 : (unescaped ? unescaped : href));
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_steal_pointer (&base);
}

char *
_nb_sync_uid_from_href (const char *href)
{
  return uid_from_href (href);
}

/**
 * nb_sync_text_revision:
 * @text: a vCard or an iCalendar object
 * @property: the property that says when it last changed, "REV" or
 *   "LAST-MODIFIED"
 *
 * Returns: when the first @property in @text says it last changed, in
 *   microseconds since 1970, or 0 if it has none that can be read
 */
gint64
nb_sync_text_revision (const char *text,
                       const char *property)
{
  gsize length = strlen (property);
  const char *line = text;

  g_return_val_if_fail (text != NULL && property != NULL, 0);

  for (; line != NULL && *line != '\0'; line = strchr (line, '\n'), line = line ? line + 1 : NULL)
    {
      const char *value;
      char digits[15];
      guint n = 0;
      g_autoptr(GDateTime) time = NULL;

      if (g_ascii_strncasecmp (line, property, length) != 0 ||
          (line[length] != ':' && line[length] != ';'))
        continue;

      value = strchr (line, ':');
      if (value == NULL)
        return 0;

      /* 20261123T101500Z and 2026-11-23T10:15:00Z alike: the digits. */
      for (value++; *value != '\0' && *value != '\r' && *value != '\n' && n < 14; value++)
        if (g_ascii_isdigit (*value))
          digits[n++] = *value;
      digits[n] = '\0';
      if (n != 14)
        return 0;

      {
        char part[5] = { 0 };
        int values[6];
        static const guint offsets[] = { 0, 4, 6, 8, 10, 12 };
        static const guint lengths[] = { 4, 2, 2, 2, 2, 2 };

        for (guint i = 0; i < 6; i++)
          {
            memcpy (part, digits + offsets[i], lengths[i]);
            part[lengths[i]] = '\0';
            values[i] = atoi (part);
          }
        time = g_date_time_new_utc (values[0], values[1], values[2], values[3], values[4], values[5]);
      }

      return time ? g_date_time_to_unix (time) * G_USEC_PER_SEC : 0;
    }

  return 0;
}

/* ---------------------------------------------------------------------- */
/* Contacts: vCards in an address book                                     */

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

static GObject *
contact_parse (NbStoreTransaction  *transaction,
               const char          *text,
               const char          *href,
               gint64              *revision,
               GError             **error)
{
  g_autoptr(NbContact) contact = nb_vcard_parse (text, NULL, error);

  if (contact == NULL)
    return NULL;

  if (nb_contact_get_uid (contact) == NULL || *nb_contact_get_uid (contact) == '\0')
    {
      g_autofree char *uid = uid_from_href (href);

      nb_contact_set_uid (contact, uid);
    }

  if (revision != NULL)
    *revision = nb_sync_text_revision (text, "REV");

  return G_OBJECT (g_steal_pointer (&contact));
}

static char *
contact_serialize (NbStoreTransaction *transaction,
                   GObject            *item)
{
  /* 3.0 is what every CardDAV server and client reads. */
  return nb_vcard_write (NB_CONTACT (item), NB_VCARD_VERSION_3_0);
}

static GObject *
contact_load (NbStoreTransaction  *transaction,
              const char          *uid,
              GError             **error)
{
  return G_OBJECT (nb_store_transaction_load_contact_by_uid (transaction, uid, error));
}

static gboolean
contact_save (NbStoreTransaction  *transaction,
              GObject             *item,
              GError             **error)
{
  return nb_store_transaction_save_contact (transaction, NB_CONTACT (item), error);
}

static gboolean
contact_remove (NbStoreTransaction  *transaction,
                GObject             *item,
                GError             **error)
{
  return nb_store_transaction_delete_contact (transaction, nb_contact_get_id (NB_CONTACT (item)),
                                              error);
}

static const char *
contact_get_uid (GObject *item)
{
  return nb_contact_get_uid (NB_CONTACT (item));
}

static gint64
contact_get_updated (GObject *item)
{
  return nb_contact_get_updated (NB_CONTACT (item));
}

static gboolean
contact_assign (GObject *item,
                GObject *other)
{
  return nb_contact_assign (NB_CONTACT (item), NB_CONTACT (other));
}

static char *
contact_dup_name (GObject *item)
{
  return g_strdup (nb_contact_get_full_name (NB_CONTACT (item)));
}

static GObject *
contact_find_twin (NbStoreTransaction *transaction,
                   GObject            *item)
{
  g_autoptr(NbContact) twin = nb_store_transaction_find_duplicate (transaction, NB_CONTACT (item));

  if (twin == NULL || nb_store_transaction_is_synced (transaction, nb_contact_get_uid (twin)))
    return NULL;

  return G_OBJECT (g_steal_pointer (&twin));
}

static const NbMergeField *
contact_get_fields (GObject *item,
                    guint   *n_fields)
{
  return nb_contact_merge_get_fields (n_fields);
}

static const NbSyncAdapter contacts_adapter = {
  .kind = NB_COLLECTION_CONTACTS,
  .dav_kind = NB_DAV_ADDRESSBOOK,
  .extension = ".vcf",
  .item = { contact_copy, contact_equal },
  .get_fields = contact_get_fields,
  .parse = contact_parse,
  .serialize = contact_serialize,
  .load = contact_load,
  .save = contact_save,
  .remove = contact_remove,
  .get_uid = contact_get_uid,
  .get_updated = contact_get_updated,
  .assign = contact_assign,
  .dup_name = contact_dup_name,
  .find_twin = contact_find_twin,
};

/* ---------------------------------------------------------------------- */
/* Meals: events in a calendar                                             */

static char *
describe_kind (GObject *item)
{
  return g_strdup (nb_meal_kind_get_name (nb_meeting_get_kind (NB_MEETING (item))));
}

static char *
describe_start (GObject *item)
{
  GDateTime *start = nb_meeting_get_start (NB_MEETING (item));

  return start ? g_date_time_format (start, "%Y-%m-%d %H:%M") : NULL;
}

static char *
describe_duration (GObject *item)
{
  guint minutes = nb_meeting_get_duration (NB_MEETING (item));

  return g_strdup_printf (g_dngettext (NULL, "%u minute", "%u minutes", minutes), minutes);
}

/* The same words as the meal's line and dialog, so that a note reads like
 * the form. */
static char *
describe_payer (GObject *item)
{
  return g_strdup (nb_payer_get_label (nb_meeting_get_payer (NB_MEETING (item))));
}

static char *
describe_status (GObject *item)
{
  return g_strdup (nb_meeting_status_get_label (nb_meeting_get_status (NB_MEETING (item))));
}

static char *
describe_follow_up (GObject *item)
{
  return g_strdup (nb_follow_up_get_label (nb_meeting_get_follow_up (NB_MEETING (item))));
}

static char *
describe_attendees (GObject *item)
{
  GPtrArray *attendees = nb_meeting_get_attendees (NB_MEETING (item));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; attendees != NULL && i < attendees->len; i++)
    {
      NbAttendee *attendee = g_ptr_array_index (attendees, i);

      g_strv_builder_add (builder, attendee->name ? attendee->name : attendee->email);
    }
  names = g_strv_builder_end (builder);

  return nb_merge_describe_strv ((const char * const *) names);
}

static const NbMergeField meal_fields[] = {
  { N_("Meal"), { "kind" }, NULL, describe_kind },
  { N_("When"), { "start" }, NULL, describe_start },
  { N_("Length"), { "duration" }, NULL, describe_duration },
  { N_("Place"), { "place" }, NULL, NULL },
  { N_("Address"), { "address" }, NULL, NULL },
  { N_("Who pays"), { "payer" }, NULL, describe_payer },
  { N_("Status"), { "status" }, NULL, describe_status },
  { N_("Purpose and notes"), { "notes" }, NULL, NULL },
  { N_("Thank-You Note"), { "follow-up", "follow-up-date" }, NULL, describe_follow_up },
  { N_("With"), { "attendees" }, NULL, describe_attendees },
  { N_("Title"), { "title" }, NULL, NULL },
};

/* Meals, and meal trains and their slots (nb-sync-train.c), which are
 * events of the same calendar. */
#define TRAIN(item) NB_SYNC_TRAIN_ITEM (item)

static gboolean
is_train (GObject *item)
{
  return NB_IS_SYNC_TRAIN_ITEM (item);
}

static GObject *
meal_copy (GObject *item)
{
  if (is_train (item))
    return _nb_sync_train_copy (TRAIN (item));

  return G_OBJECT (nb_meeting_copy (NB_MEETING (item)));
}

static gboolean
meal_equal (GObject *a,
            GObject *b)
{
  if (is_train (a) || is_train (b))
    return is_train (a) && is_train (b) && _nb_sync_train_equal (TRAIN (a), TRAIN (b));

  return nb_meeting_content_equal (NB_MEETING (a), NB_MEETING (b));
}

/* An attendee's contact: by the UID Netbook wrote, else by email address,
 * as an import finds it. */
static gint64
find_contact_cb (const char *email,
                 const char *uid,
                 gpointer    user_data)
{
  return nb_store_transaction_find_contact (user_data, email, uid);
}

/* A meal, or an event that is not one (a dentist appointment, a
 * repeating meeting), kept apart. */
static GObject *
meal_parse (NbStoreTransaction  *transaction,
            const char          *text,
            const char          *href,
            gint64              *revision,
            GError             **error)
{
  g_autoptr(NbIcalEvent) meal = NULL;
  g_autoptr(NbCalendarEvent) other = NULL;
  g_autofree char *name = uid_from_href (href);

  if (_nb_sync_train_is_resource (text))
    return _nb_sync_train_parse (transaction, text, name, revision, error);

  if (!nb_ical_read_resource (text, name, &meal, &other, error))
    return NULL;

  if (other != NULL)
    return G_OBJECT (g_steal_pointer (&other));

  if (transaction != NULL)
    nb_ical_event_link_attendees (meal, find_contact_cb, transaction);

  if (revision != NULL)
    *revision = nb_sync_text_revision (text, "LAST-MODIFIED");

  return G_OBJECT (g_object_ref (meal->meeting));
}

static char *
contact_uid_cb (gint64   contact_id,
                gpointer user_data)
{
  return nb_store_transaction_dup_contact_uid (user_data, contact_id);
}

static char *
meal_serialize (NbStoreTransaction *transaction,
                GObject            *item)
{
  if (is_train (item))
    return _nb_sync_train_serialize (transaction, TRAIN (item));

  return nb_ical_write_meeting_calendar (NB_MEETING (item), transaction ? contact_uid_cb : NULL,
                                         transaction);
}

static GObject *
meal_load (NbStoreTransaction  *transaction,
           const char          *uid,
           GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  NbMeeting *meeting = nb_store_transaction_load_meeting_by_uid (transaction, uid, &local_error);

  if (meeting != NULL)
    return G_OBJECT (meeting);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return _nb_sync_train_load (transaction, uid, error);
}

static gboolean
meal_save (NbStoreTransaction  *transaction,
           GObject             *item,
           GError             **error)
{
  if (is_train (item))
    return _nb_sync_train_save (transaction, TRAIN (item), error);

  return nb_store_transaction_save_meeting (transaction, NB_MEETING (item), error);
}

static gboolean
meal_remove (NbStoreTransaction  *transaction,
             GObject             *item,
             GError             **error)
{
  if (is_train (item))
    return _nb_sync_train_remove (transaction, TRAIN (item), error);

  return nb_store_transaction_delete_meeting (transaction, nb_meeting_get_id (NB_MEETING (item)),
                                              error);
}

static const char *
meal_get_uid (GObject *item)
{
  if (is_train (item))
    return _nb_sync_train_get_uid (TRAIN (item));

  return nb_meeting_get_uid (NB_MEETING (item));
}

static gint64
meal_get_updated (GObject *item)
{
  if (is_train (item))
    return _nb_sync_train_get_updated (TRAIN (item));

  return nb_meeting_get_updated (NB_MEETING (item));
}

static gboolean
meal_assign (GObject *item,
             GObject *other)
{
  if (is_train (item) || is_train (other))
    return is_train (item) && is_train (other) && _nb_sync_train_assign (TRAIN (item), TRAIN (other));

  return nb_meeting_assign (NB_MEETING (item), NB_MEETING (other));
}

static char *
meal_dup_name (GObject *item)
{
  if (is_train (item))
    return _nb_sync_train_dup_name (TRAIN (item));

  return nb_meeting_dup_title (NB_MEETING (item));
}

static void
meal_keep_server_text (GObject *merged,
                       GObject *remote)
{
  if (is_train (merged) || is_train (remote))
    {
      if (is_train (merged) && is_train (remote))
        _nb_sync_train_keep_server_text (TRAIN (merged), TRAIN (remote));
      return;
    }

  nb_meeting_set_ical_source (NB_MEETING (merged), nb_meeting_get_ical_source (NB_MEETING (remote)));
}

static const NbMergeField *
meal_get_fields (GObject *item,
                 guint   *n_fields)
{
  if (is_train (item))
    return _nb_sync_train_get_fields (TRAIN (item), n_fields);

  *n_fields = G_N_ELEMENTS (meal_fields);
  return meal_fields;
}

static gboolean
meal_is_other (GObject *item)
{
  return NB_IS_CALENDAR_EVENT (item);
}

static gboolean
meal_save_other (NbStoreTransaction  *transaction,
                 gint64               collection_id,
                 const char          *href,
                 const char          *etag,
                 GObject             *other,
                 GError             **error)
{
  return nb_store_transaction_save_calendar_event (transaction, collection_id, href, etag,
                                                   NB_CALENDAR_EVENT (other), error);
}

static const NbSyncAdapter meals_adapter = {
  .kind = NB_COLLECTION_MEALS,
  .dav_kind = NB_DAV_CALENDAR,
  .extension = ".ics",
  .item = { meal_copy, meal_equal },
  .fields = meal_fields,
  .n_fields = G_N_ELEMENTS (meal_fields),
  .parse = meal_parse,
  .serialize = meal_serialize,
  .load = meal_load,
  .save = meal_save,
  .remove = meal_remove,
  .get_uid = meal_get_uid,
  .get_updated = meal_get_updated,
  .assign = meal_assign,
  .dup_name = meal_dup_name,
  .keep_server_text = meal_keep_server_text,
  .get_fields = meal_get_fields,
  .is_other = meal_is_other,
  .save_other = meal_save_other,
  .remove_other = nb_store_transaction_delete_calendar_event,
};

/**
 * nb_sync_adapter_get:
 * @kind: what to sync
 *
 * Returns: (transfer none): how to sync it
 */
const NbSyncAdapter *
nb_sync_adapter_get (NbCollectionKind kind)
{
  switch (kind)
    {
    case NB_COLLECTION_CONTACTS:
      return &contacts_adapter;
    case NB_COLLECTION_MEALS:
      return &meals_adapter;
    case NB_COLLECTION_INTERACTIONS:
      return _nb_sync_journal_adapter ();
    default:
      g_return_val_if_reached (NULL);
    }
}
