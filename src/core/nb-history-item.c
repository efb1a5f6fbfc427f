/* nb-history-item.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-history-item"

#include "config.h"

#include "nb-history-item.h"
#include "nb-keep-in-touch.h"

/**
 * NbHistoryItem:
 *
 * One entry of a contact's history, as nb_store_list_history() gives
 * them, newest first: an interaction, a meal that happened, or a
 * birthday the contact had. Read-only.
 *
 * #NbHistoryItem:id is the interaction's or the meal's id, and for a
 * birthday the year. Items are ordered by date, then kind, then id, all
 * descending; an item is the cursor of the next page.
 */
struct _NbHistoryItem
{
  GObject            parent_instance;

  NbHistoryItemKind  kind;
  gint64             id;
  gint64             date;
  gboolean           has_time;
  NbInteractionKind  interaction_kind;
  NbInteraction     *interaction;
  char              *title;
  char              *note;
  int                age;
};

G_DEFINE_FINAL_TYPE (NbHistoryItem, nb_history_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_DATE,
  PROP_HAS_TIME,
  PROP_INTERACTION_KIND,
  PROP_INTERACTION,
  PROP_TITLE,
  PROP_NOTE,
  PROP_AGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nb_history_item_finalize (GObject *object)
{
  NbHistoryItem *self = (NbHistoryItem *) object;

  g_clear_object (&self->interaction);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (nb_history_item_parent_class)->finalize (object);
}

static void
nb_history_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NbHistoryItem *self = NB_HISTORY_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_DATE: g_value_set_int64 (value, self->date); break;
    case PROP_HAS_TIME: g_value_set_boolean (value, self->has_time); break;
    case PROP_INTERACTION_KIND: g_value_set_enum (value, self->interaction_kind); break;
    case PROP_INTERACTION: g_value_set_object (value, self->interaction); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_AGE: g_value_set_int (value, self->age); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_history_item_class_init (NbHistoryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = nb_history_item_finalize;
  object_class->get_property = nb_history_item_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, NB_TYPE_HISTORY_ITEM_KIND,
                       NB_HISTORY_ITEM_INTERACTION, ro);
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_DATE] = g_param_spec_int64 ("date", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_HAS_TIME] = g_param_spec_boolean ("has-time", NULL, NULL, FALSE, ro);
  properties[PROP_INTERACTION_KIND] =
    g_param_spec_enum ("interaction-kind", NULL, NULL, NB_TYPE_INTERACTION_KIND,
                       NB_INTERACTION_MET, ro);
  properties[PROP_INTERACTION] =
    g_param_spec_object ("interaction", NULL, NULL, NB_TYPE_INTERACTION, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, ro);
  properties[PROP_AGE] = g_param_spec_int ("age", NULL, NULL, 0, G_MAXINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_history_item_init (NbHistoryItem *self)
{
  self->interaction_kind = NB_INTERACTION_MET;
}

NbHistoryItem *
_nb_history_item_new (NbHistoryItemKind kind,
                      gint64            id,
                      gint64            date,
                      gboolean          has_time)
{
  NbHistoryItem *self = g_object_new (NB_TYPE_HISTORY_ITEM, NULL);

  self->kind = kind;
  self->id = id;
  self->date = date;
  self->has_time = has_time;
  if (kind == NB_HISTORY_ITEM_MEAL)
    self->interaction_kind = NB_INTERACTION_MEAL;

  return self;
}

void
_nb_history_item_set_details (NbHistoryItem     *self,
                              NbInteractionKind  interaction_kind,
                              const char        *title,
                              const char        *note,
                              int                age)
{
  self->interaction_kind = interaction_kind;
  g_free (self->title);
  self->title = g_strdup (title);
  g_free (self->note);
  self->note = g_strdup (note);
  self->age = age;
}

void
_nb_history_item_set_interaction (NbHistoryItem *self,
                                  NbInteraction *interaction)
{
  g_set_object (&self->interaction, interaction);
}

/* Newest first: by date, kind and id, all descending. */
int
_nb_history_item_compare (NbHistoryItem *a,
                          NbHistoryItem *b)
{
  if (a->date != b->date)
    return a->date > b->date ? -1 : 1;
  if (a->kind != b->kind)
    return a->kind > b->kind ? -1 : 1;
  if (a->id != b->id)
    return a->id > b->id ? -1 : 1;

  return 0;
}

NbHistoryItemKind
nb_history_item_get_kind (NbHistoryItem *self)
{
  g_return_val_if_fail (NB_IS_HISTORY_ITEM (self), NB_HISTORY_ITEM_INTERACTION);

  return self->kind;
}

/**
 * nb_history_item_get_date:
 * @self: an item
 *
 * Returns: when, in seconds since 1970; for a day without a time (a
 *   birthday, an interaction of a day) its local midnight
 */
gint64
nb_history_item_get_date (NbHistoryItem *self)
{
  g_return_val_if_fail (NB_IS_HISTORY_ITEM (self), 0);

  return self->date;
}

gboolean
nb_history_item_get_has_time (NbHistoryItem *self)
{
  g_return_val_if_fail (NB_IS_HISTORY_ITEM (self), FALSE);

  return self->has_time;
}

/**
 * nb_history_item_get_day:
 * @self: an item
 * @day: (out caller-allocates): its day, in the local time zone
 */
void
nb_history_item_get_day (NbHistoryItem *self,
                         GDate         *day)
{
  g_return_if_fail (NB_IS_HISTORY_ITEM (self));
  g_return_if_fail (day != NULL);

  g_date_clear (day, 1);
  g_date_set_julian (day, nb_keep_in_touch_day_of (self->date));
}

/**
 * nb_history_item_get_id:
 * @self: an item
 *
 * Returns: the interaction's or the meal's id; for a birthday, the year
 */
gint64
nb_history_item_get_id (NbHistoryItem *self)
{
  g_return_val_if_fail (NB_IS_HISTORY_ITEM (self), 0);

  return self->id;
}

/**
 * nb_history_item_get_interaction_kind:
 * @self: an item
 *
 * Returns: how you were in touch: %NB_INTERACTION_MEAL for a meal; for a
 *   birthday, meaningless
 */
NbInteractionKind
nb_history_item_get_interaction_kind (NbHistoryItem *self)
{
  g_return_val_if_fail (NB_IS_HISTORY_ITEM (self), NB_INTERACTION_MET);

  return self->interaction_kind;
}

/**
 * nb_history_item_get_interaction:
 * @self: an item
 *
 * Returns: (transfer none) (nullable): the interaction, as stored, for
 *   %NB_HISTORY_ITEM_INTERACTION (to edit: nb_interaction_copy() it)
 */
NbInteraction *
nb_history_item_get_interaction (NbHistoryItem *self)
{
  g_return_val_if_fail (NB_IS_HISTORY_ITEM (self), NULL);

  return self->interaction;
}

/**
 * nb_history_item_get_title:
 * @self: an item
 *
 * Returns: what to show: an interaction's own title or its kind with the
 *   other people ("Call", "Call with Alan Turing"), a meal's title
 *   ("Lunch with Ada Lovelace"), or "Birthday"
 */
const char *
nb_history_item_get_title (NbHistoryItem *self)
{
  g_return_val_if_fail (NB_IS_HISTORY_ITEM (self), NULL);

  return self->title;
}

/**
 * nb_history_item_get_note:
 * @self: an item
 *
 * Returns: (nullable): an interaction's note or a meal's notes
 */
const char *
nb_history_item_get_note (NbHistoryItem *self)
{
  g_return_val_if_fail (NB_IS_HISTORY_ITEM (self), NULL);

  return self->note;
}

/**
 * nb_history_item_get_age:
 * @self: an item
 *
 * Returns: for a birthday, the age the contact turned, or 0 when their
 *   year of birth is not known
 */
int
nb_history_item_get_age (NbHistoryItem *self)
{
  g_return_val_if_fail (NB_IS_HISTORY_ITEM (self), 0);

  return self->age;
}
