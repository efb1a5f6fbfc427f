/* nb-sync-train.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-sync"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-ical-train.h"
#include "nb-ical.h"
#include "nb-sync-adapter.h"
#include "nb-sync-train.h"

/* Meal trains in the meals calendar. A train is one calendar object
 * resource (its own UID, the train's all-day event) and each of its slots
 * another (its own UID, RELATED-TO;RELTYPE=PARENT the train's): RFC 4791,
 * 4.1, wants one UID a resource, and a helper moved from one meal to
 * another then changes two small resources rather than the whole train.
 * Both go through the meals adapter, as NbSyncTrainItem: a train or a slot
 * with the `updated` sync compares, as it does for meals. A slot that
 * arrives before its train waits for the next sync (see nb-sync-engine.c);
 * helpers are contacts, found by the UID their cards came with. */

struct _NbSyncTrainItem
{
  GObject          parent_instance;

  NbMealTrain     *train;      /* a train, or */
  NbMealTrainSlot *slot;       /* a slot */
  char            *train_uid;  /* of the slot */
  gint64           updated;
};

G_DEFINE_FINAL_TYPE (NbSyncTrainItem, nb_sync_train_item, G_TYPE_OBJECT)

static void
nb_sync_train_item_finalize (GObject *object)
{
  NbSyncTrainItem *self = (NbSyncTrainItem *) object;

  g_clear_object (&self->train);
  g_clear_pointer (&self->slot, nb_meal_train_slot_free);
  g_clear_pointer (&self->train_uid, g_free);

  G_OBJECT_CLASS (nb_sync_train_item_parent_class)->finalize (object);
}

static void
nb_sync_train_item_class_init (NbSyncTrainItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nb_sync_train_item_finalize;
}

static void
nb_sync_train_item_init (NbSyncTrainItem *self)
{
}

/**
 * nb_sync_train_item_new_train:
 * @train: a meal train, which the item keeps
 * @updated: when it was last changed here, or 0
 *
 * Returns: (transfer full): a train as sync sees it
 */
NbSyncTrainItem *
nb_sync_train_item_new_train (NbMealTrain *train,
                              gint64       updated)
{
  NbSyncTrainItem *self;

  g_return_val_if_fail (NB_IS_MEAL_TRAIN (train), NULL);

  self = g_object_new (NB_TYPE_SYNC_TRAIN_ITEM, NULL);
  self->train = g_object_ref (train);
  self->updated = updated;

  return self;
}

/**
 * nb_sync_train_item_new_slot:
 * @slot: a slot of a meal train, which the item copies
 * @train_uid: the UID of its train
 * @updated: when it was last changed here, or 0
 *
 * Returns: (transfer full): a slot as sync sees it
 */
NbSyncTrainItem *
nb_sync_train_item_new_slot (const NbMealTrainSlot *slot,
                             const char            *train_uid,
                             gint64                 updated)
{
  NbSyncTrainItem *self;

  g_return_val_if_fail (slot != NULL && train_uid != NULL, NULL);

  self = g_object_new (NB_TYPE_SYNC_TRAIN_ITEM, NULL);
  self->slot = nb_meal_train_slot_copy (slot);
  self->train_uid = g_strdup (train_uid);
  self->updated = updated;

  return self;
}

/**
 * nb_sync_train_item_get_train:
 * @self: an item
 *
 * Returns: (transfer none) (nullable): its train, %NULL for a slot
 */
NbMealTrain *
nb_sync_train_item_get_train (NbSyncTrainItem *self)
{
  g_return_val_if_fail (NB_IS_SYNC_TRAIN_ITEM (self), NULL);

  return self->train;
}

/**
 * nb_sync_train_item_get_slot:
 * @self: an item
 *
 * Returns: (transfer none) (nullable): its slot, %NULL for a train
 */
NbMealTrainSlot *
nb_sync_train_item_get_slot (NbSyncTrainItem *self)
{
  g_return_val_if_fail (NB_IS_SYNC_TRAIN_ITEM (self), NULL);

  return self->slot;
}

/**
 * nb_sync_train_item_get_train_uid:
 * @self: an item
 *
 * Returns: (nullable): the UID of its train, for a slot
 */
const char *
nb_sync_train_item_get_train_uid (NbSyncTrainItem *self)
{
  g_return_val_if_fail (NB_IS_SYNC_TRAIN_ITEM (self), NULL);

  return self->train_uid;
}

/* ---------------------------------------------------------------------- */
/* The fields a conflict is resolved by                                    */

static NbMealTrain *
train_of (GObject *item)
{
  return NB_IS_SYNC_TRAIN_ITEM (item) ? NB_SYNC_TRAIN_ITEM (item)->train : NULL;
}

static NbMealTrainSlot *
slot_of (GObject *item)
{
  return NB_IS_SYNC_TRAIN_ITEM (item) ? NB_SYNC_TRAIN_ITEM (item)->slot : NULL;
}

static void
copy_days (GObject *to,
           GObject *from)
{
  NbMealTrain *a = train_of (to), *b = train_of (from);
  GDate first, last;
  guint start, end;

  if (a == NULL || b == NULL)
    return;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, nb_meal_train_get_first_day (b));
  g_date_set_julian (&last, nb_meal_train_get_last_day (b));
  nb_meal_train_set_days (a, &first, &last, NULL);
  nb_meal_train_set_meals (a, nb_meal_train_get_meals (b));
  nb_meal_train_set_weekdays (a, nb_meal_train_get_weekdays (b));
  nb_meal_train_get_window (b, NB_MEAL_LUNCH, &start, &end);
  nb_meal_train_set_window (a, NB_MEAL_LUNCH, start, end);
  nb_meal_train_get_window (b, NB_MEAL_DINNER, &start, &end);
  nb_meal_train_set_window (a, NB_MEAL_DINNER, start, end);
}

static char *
describe_days (GObject *item)
{
  NbMealTrain *train = train_of (item);
  GDate first, last;
  char a[32], b[32];

  if (train == NULL || nb_meal_train_get_first_day (train) == 0)
    return NULL;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, nb_meal_train_get_first_day (train));
  g_date_set_julian (&last, nb_meal_train_get_last_day (train));
  g_date_strftime (a, sizeof a, "%Y-%m-%d", &first);
  g_date_strftime (b, sizeof b, "%Y-%m-%d", &last);

  return g_strdup_printf ("%s – %s", a, b);
}

static void
copy_address (GObject *to,
              GObject *from)
{
  if (train_of (to) != NULL && train_of (from) != NULL)
    nb_meal_train_set_address (train_of (to), nb_meal_train_get_address (train_of (from)));
}

static char *
describe_address (GObject *item)
{
  return train_of (item) ? g_strdup (nb_meal_train_get_address (train_of (item))) : NULL;
}

static void
copy_dietary (GObject *to,
              GObject *from)
{
  if (train_of (to) != NULL && train_of (from) != NULL)
    nb_meal_train_set_dietary (train_of (to), nb_meal_train_get_dietary (train_of (from)));
}

static char *
describe_dietary (GObject *item)
{
  return train_of (item) ? g_strdup (nb_meal_train_get_dietary (train_of (item))) : NULL;
}

static void
copy_notes (GObject *to,
            GObject *from)
{
  if (train_of (to) != NULL && train_of (from) != NULL)
    nb_meal_train_set_notes (train_of (to), nb_meal_train_get_notes (train_of (from)));
}

static char *
describe_notes (GObject *item)
{
  return train_of (item) ? g_strdup (nb_meal_train_get_notes (train_of (item))) : NULL;
}

/* Whom it is for and why, how many eat, whether it is cancelled. */
static void
copy_details (GObject *to,
              GObject *from)
{
  NbMealTrain *a = train_of (to), *b = train_of (from);

  if (a == NULL || b == NULL)
    return;

  nb_meal_train_set_recipient (a, nb_meal_train_get_recipient (b));
  nb_meal_train_set_reason (a, nb_meal_train_get_reason (b));
  nb_meal_train_set_n_people (a, nb_meal_train_get_n_people (b));
  nb_meal_train_set_cancelled (a, nb_meal_train_get_cancelled (b));
}

static char *
describe_details (GObject *item)
{
  NbMealTrain *train = train_of (item);

  if (train == NULL)
    return NULL;

  return g_strdup (nb_meal_train_get_reason (train));
}

static const NbMergeField train_fields[] = {
  /* Translators: fields of a meal train in a sync conflict's note. */
  { N_("Days and meals"), { NULL }, copy_days, describe_days },
  { N_("Address"), { NULL }, copy_address, describe_address },
  { N_("Dietary needs"), { NULL }, copy_dietary, describe_dietary },
  { N_("Notes for helpers"), { NULL }, copy_notes, describe_notes },
  { N_("For whom and why"), { NULL }, copy_details, describe_details },
};

static void
copy_helpers (GObject *to,
              GObject *from)
{
  NbMealTrainSlot *a = slot_of (to), *b = slot_of (from);

  if (a == NULL || b == NULL)
    return;

  g_array_set_size (a->helpers, 0);
  g_array_append_vals (a->helpers, b->helpers->data, b->helpers->len);
}

static char *
describe_helpers (GObject *item)
{
  NbMealTrainSlot *slot = slot_of (item);

  if (slot == NULL || slot->helpers->len == 0)
    return NULL;

  /* Translators: who brings a meal of a meal train, in a sync
   * conflict's note. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u helper", "%u helpers", slot->helpers->len),
                          slot->helpers->len);
}

static void
copy_status (GObject *to,
             GObject *from)
{
  NbMealTrainSlot *a = slot_of (to), *b = slot_of (from);

  if (a == NULL || b == NULL)
    return;

  a->status = b->status;
  a->follow_up = b->follow_up;
}

static char *
describe_status (GObject *item)
{
  NbMealTrainSlot *slot = slot_of (item);

  return slot ? g_strdup (nb_meeting_status_get_label (slot->status)) : NULL;
}

static const NbMergeField slot_fields[] = {
  /* Translators: fields of a meal of a meal train in a sync conflict's
   * note. */
  { N_("Helpers"), { NULL }, copy_helpers, describe_helpers },
  { N_("Status"), { NULL }, copy_status, describe_status },
};

/**
 * _nb_sync_train_get_fields:
 * @item: a train or a slot
 * @n_fields: (out): how many fields
 *
 * Returns: (transfer none): the fields a conflict on @item is resolved by
 */
const NbMergeField *
_nb_sync_train_get_fields (NbSyncTrainItem *item,
                           guint           *n_fields)
{
  if (item->train != NULL)
    {
      *n_fields = G_N_ELEMENTS (train_fields);
      return train_fields;
    }

  *n_fields = G_N_ELEMENTS (slot_fields);
  return slot_fields;
}

/* ---------------------------------------------------------------------- */
/* Items                                                                   */

static gint64
find_contact_cb (const char *email,
                 const char *uid,
                 gpointer    user_data)
{
  if (user_data == NULL)
    return 0;

  return nb_store_transaction_find_contact (user_data, email, uid);
}

static char *
contact_uid_cb (gint64   contact_id,
                gpointer user_data)
{
  return nb_store_transaction_dup_contact_uid (user_data, contact_id);
}

/* Whether a line of @text starts with @name. */
static gboolean
has_line (const char *text,
          const char *name)
{
  gsize length = strlen (name);

  for (const char *p = text; p != NULL; p = strchr (p, '\n'), p = p ? p + 1 : NULL)
    if (g_ascii_strncasecmp (p, name, length) == 0)
      return TRUE;

  return FALSE;
}

/**
 * _nb_sync_train_is_resource:
 * @text: a resource of the meals calendar
 *
 * Returns: whether it may hold a meal train or one of its slots
 */
gboolean
_nb_sync_train_is_resource (const char *text)
{
  return has_line (text, "X-NETBOOK-TRAIN-");
}

/**
 * _nb_sync_train_parse:
 * @transaction: (nullable): the sync's transaction, to find the helpers
 *   and the recipient among the contacts
 * @text: a resource for which _nb_sync_train_is_resource() holds
 * @name: its name
 * @revision: (out) (optional): its LAST-MODIFIED, in microseconds
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the train or slot it holds
 */
GObject *
_nb_sync_train_parse (NbStoreTransaction  *transaction,
                      const char          *text,
                      const char          *name,
                      gint64              *revision,
                      GError             **error)
{
  if (revision != NULL)
    *revision = nb_sync_text_revision (text, "LAST-MODIFIED");

  if (has_line (text, "X-NETBOOK-TRAIN-SLOT"))
    {
      g_autofree char *train_uid = NULL;
      g_autoptr(NbMealTrainSlot) slot = nb_ical_read_train_slot (text, name, find_contact_cb, transaction,
                                                                 &train_uid, NULL, error);

      if (slot == NULL)
        return NULL;

      return G_OBJECT (nb_sync_train_item_new_slot (slot, train_uid, 0));
    }
  else
    {
      g_autoptr(NbIcalTrain) train = nb_ical_read_train (text, name, find_contact_cb, transaction,
                                                         NULL, error);

      if (train == NULL)
        return NULL;

      return G_OBJECT (nb_sync_train_item_new_train (train->train, 0));
    }
}

/* Whom a train is for, for the titles of its events. */
static char *
recipient_name (NbStoreTransaction *transaction,
                NbMealTrain        *train)
{
  g_autofree char *name = NULL;

  if (transaction != NULL && nb_meal_train_get_recipient (train) > 0)
    nb_store_transaction_get_person (transaction, nb_meal_train_get_recipient (train), &name, NULL, NULL);
  if (name == NULL)
    /* Translators: whom a meal train is for, when the contact is gone. */
    name = g_strdup (C_("meal train", "someone"));

  return g_steal_pointer (&name);
}

/**
 * _nb_sync_train_serialize:
 * @transaction: the sync's transaction
 * @item: a train or a slot
 *
 * Returns: (transfer full): the resource the server keeps of it
 */
char *
_nb_sync_train_serialize (NbStoreTransaction *transaction,
                          NbSyncTrainItem    *item)
{
  g_autoptr(NbMealTrain) train = NULL;
  g_autofree char *name = NULL;
  char *text = NULL;

  if (item->train != NULL)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      name = recipient_name (transaction, item->train);
      return nb_ical_write_train_calendar (item->train, none, name, transaction ? contact_uid_cb : NULL,
                                           transaction);
    }

  if (transaction != NULL)
    train = nb_store_transaction_load_meal_train_by_uid (transaction, item->train_uid, NULL, NULL);
  if (train != NULL)
    {
      name = recipient_name (transaction, train);
      text = nb_ical_write_train_slot_calendar (train, item->slot, name, contact_uid_cb, transaction);
    }
  if (text == NULL)
    {
      g_autofree char *begin = nb_ical_calendar_begin ();

      /* Its train is gone: nothing to say of it. */
      text = g_strconcat (begin, nb_ical_calendar_end (), NULL);
    }

  return text;
}

/**
 * _nb_sync_train_load:
 * @transaction: the sync's transaction
 * @uid: a UID
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the train or slot of @uid, or
 *   %NULL with @error unset if there is none
 */
GObject *
_nb_sync_train_load (NbStoreTransaction  *transaction,
                     const char          *uid,
                     GError             **error)
{
  g_autoptr(NbMealTrain) train = NULL;
  g_autoptr(NbMealTrainSlot) slot = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *train_uid = NULL;
  gint64 updated = 0;

  train = nb_store_transaction_load_meal_train_by_uid (transaction, uid, &updated, &local_error);
  if (train != NULL)
    return G_OBJECT (nb_sync_train_item_new_train (train, updated));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  slot = nb_store_transaction_load_meal_train_slot_by_uid (transaction, uid, &train_uid, &updated, error);
  if (slot == NULL)
    return NULL;

  return G_OBJECT (nb_sync_train_item_new_slot (slot, train_uid, updated));
}

/**
 * _nb_sync_train_save:
 * @transaction: the sync's transaction
 * @item: a train or a slot
 * @error: return location for an error
 *
 * Writes @item and sets its `updated`. A slot whose train is not there
 * (yet) fails with %NB_STORE_ERROR_NOT_FOUND.
 *
 * Returns: %TRUE on success
 */
gboolean
_nb_sync_train_save (NbStoreTransaction  *transaction,
                     NbSyncTrainItem     *item,
                     GError             **error)
{
  if (item->train != NULL)
    return nb_store_transaction_save_meal_train (transaction, item->train, &item->updated, error);

  return nb_store_transaction_save_meal_train_slot (transaction, item->slot, item->train_uid,
                                                    &item->updated, error);
}

gboolean
_nb_sync_train_remove (NbStoreTransaction  *transaction,
                       NbSyncTrainItem     *item,
                       GError             **error)
{
  if (item->train != NULL)
    return nb_store_transaction_delete_meal_train (transaction, nb_meal_train_get_id (item->train),
                                                   error);

  return nb_store_transaction_delete_meal_train_slot (transaction, item->slot->id, error);
}

const char *
_nb_sync_train_get_uid (NbSyncTrainItem *item)
{
  return item->train != NULL ? nb_meal_train_get_uid (item->train) : item->slot->uid;
}

gint64
_nb_sync_train_get_updated (NbSyncTrainItem *item)
{
  return item->updated;
}

GObject *
_nb_sync_train_copy (NbSyncTrainItem *item)
{
  g_autoptr(NbMealTrain) train = NULL;

  if (item->train == NULL)
    return G_OBJECT (nb_sync_train_item_new_slot (item->slot, item->train_uid, item->updated));

  train = nb_meal_train_copy (item->train);
  return G_OBJECT (nb_sync_train_item_new_train (train, item->updated));
}

gboolean
_nb_sync_train_equal (NbSyncTrainItem *a,
                      NbSyncTrainItem *b)
{
  if (a->train != NULL && b->train != NULL)
    return nb_meal_train_content_equal (a->train, b->train);

  if (a->slot != NULL && b->slot != NULL)
    return g_strcmp0 (a->train_uid, b->train_uid) == 0 &&
           nb_meal_train_slot_content_equal (a->slot, b->slot);

  return FALSE;
}

/**
 * _nb_sync_train_assign:
 * @item: a train or a slot, stored
 * @other: another of the same kind
 *
 * Gives @item what @other says, keeping its id.
 *
 * Returns: whether anything changed
 */
gboolean
_nb_sync_train_assign (NbSyncTrainItem *item,
                       NbSyncTrainItem *other)
{
  if (_nb_sync_train_equal (item, other))
    return FALSE;

  if (item->train != NULL && other->train != NULL)
    {
      NbMealTrain *train = item->train;

      nb_meal_train_set_uid (train, nb_meal_train_get_uid (other->train));
      for (guint i = 0; i < G_N_ELEMENTS (train_fields); i++)
        train_fields[i].copy (G_OBJECT (item), G_OBJECT (other));
      nb_meal_train_set_ical_source (train, nb_meal_train_get_ical_source (other->train));
      return TRUE;
    }

  if (item->slot != NULL && other->slot != NULL)
    {
      g_free (item->slot->uid);
      item->slot->uid = g_strdup (other->slot->uid);
      item->slot->day = other->slot->day;
      item->slot->meal = other->slot->meal;
      for (guint i = 0; i < G_N_ELEMENTS (slot_fields); i++)
        slot_fields[i].copy (G_OBJECT (item), G_OBJECT (other));
      g_free (item->train_uid);
      item->train_uid = g_strdup (other->train_uid);
      return TRUE;
    }

  return FALSE;
}

char *
_nb_sync_train_dup_name (NbSyncTrainItem *item)
{
  if (item->train != NULL)
    /* Translators: a meal train, in sync's messages. */
    return g_strdup_printf (_("Meal train %s"), nb_meal_train_get_uid (item->train));

  /* Translators: a meal of a meal train, in sync's messages. */
  return g_strdup_printf (_("Meal %s of a meal train"), item->slot->uid);
}

void
_nb_sync_train_keep_server_text (NbSyncTrainItem *merged,
                                 NbSyncTrainItem *remote)
{
  if (merged->train != NULL && remote->train != NULL)
    nb_meal_train_set_ical_source (merged->train, nb_meal_train_get_ical_source (remote->train));
}
