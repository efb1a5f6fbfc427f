/* nb-due-item.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-due-item"

#include "config.h"

#include "nb-due-item.h"

/**
 * NbDueItem:
 *
 * Someone on the keep-in-touch list, as an item of a list model: the
 * store's #NbKeepInTouchEntry, and whether they are due already or only
 * soon (this week).
 */
struct _NbDueItem
{
  GObject             parent_instance;

  NbKeepInTouchEntry *entry;
  gboolean            soon;
};

G_DEFINE_FINAL_TYPE (NbDueItem, nb_due_item, G_TYPE_OBJECT)

static void
nb_due_item_finalize (GObject *object)
{
  NbDueItem *self = (NbDueItem *) object;

  g_clear_pointer (&self->entry, nb_keep_in_touch_entry_free);

  G_OBJECT_CLASS (nb_due_item_parent_class)->finalize (object);
}

static void
nb_due_item_class_init (NbDueItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nb_due_item_finalize;
}

static void
nb_due_item_init (NbDueItem *self)
{
}

/**
 * nb_due_item_new:
 * @entry: the entry, copied
 * @soon: whether they are due only soon
 *
 * Returns: (transfer full): a new item
 */
NbDueItem *
nb_due_item_new (const NbKeepInTouchEntry *entry,
                 gboolean                  soon)
{
  NbDueItem *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (NB_TYPE_DUE_ITEM, NULL);
  self->entry = nb_keep_in_touch_entry_copy (entry);
  self->soon = soon;

  return self;
}

const NbKeepInTouchEntry *
nb_due_item_get_entry (NbDueItem *self)
{
  g_return_val_if_fail (NB_IS_DUE_ITEM (self), NULL);

  return self->entry;
}

gboolean
nb_due_item_get_soon (NbDueItem *self)
{
  g_return_val_if_fail (NB_IS_DUE_ITEM (self), FALSE);

  return self->soon;
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (g_date_valid (a) != g_date_valid (b))
    return FALSE;

  return !g_date_valid (a) || g_date_compare (a, b) == 0;
}

/**
 * nb_due_item_equal:
 *
 * Returns: whether both say the same of the same person: a row made for
 *   one shows the other
 */
gboolean
nb_due_item_equal (NbDueItem *self,
                   NbDueItem *other)
{
  const NbKeepInTouchEntry *a, *b;

  g_return_val_if_fail (NB_IS_DUE_ITEM (self) && NB_IS_DUE_ITEM (other), FALSE);

  a = self->entry;
  b = other->entry;

  return self->soon == other->soon &&
         a->contact_id == b->contact_id &&
         g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->circle, b->circle) == 0 &&
         a->source == b->source &&
         a->rhythm_days == b->rhythm_days &&
         a->days_since == b->days_since &&
         a->last_kind == b->last_kind &&
         a->last_date == b->last_date &&
         dates_equal (&a->due, &b->due) &&
         dates_equal (&a->snoozed_until, &b->snoozed_until);
}
