/* nb-suggestion-row.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-suggestion-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-avatar.h"
#include "nb-suggestion-row.h"

/**
 * NbSuggestionRow:
 *
 * Someone to invite next: their avatar and name, why ("last met 94 days
 * ago"), and a plus. Activated, the meals view plans a meal with them.
 */
struct _NbSuggestionRow
{
  AdwActionRow  parent_instance;

  NbContact    *contact;
  char         *reason;

  AdwAvatar    *avatar;
};

G_DEFINE_FINAL_TYPE (NbSuggestionRow, nb_suggestion_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_CONTACT,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nb_suggestion_row_constructed (GObject *object)
{
  NbSuggestionRow *self = (NbSuggestionRow *) object;
  const char *name;
  g_autofree char *label = NULL;

  G_OBJECT_CLASS (nb_suggestion_row_parent_class)->constructed (object);

  g_return_if_fail (NB_IS_CONTACT (self->contact));

  name = nb_contact_get_full_name (self->contact);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), self->reason ? self->reason : "");
  nb_avatar_show_contact (self->avatar, self->contact);

  /* Translators: a suggestion, as a screen reader says it: "Plan a meal
   * with Ada Lovelace: last met 94 days ago". */
  label = g_strdup_printf (_("Plan a meal with %1$s: %2$s"), name, self->reason ? self->reason : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
nb_suggestion_row_dispose (GObject *object)
{
  NbSuggestionRow *self = (NbSuggestionRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_SUGGESTION_ROW);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (nb_suggestion_row_parent_class)->dispose (object);
}

static void
nb_suggestion_row_finalize (GObject *object)
{
  NbSuggestionRow *self = (NbSuggestionRow *) object;

  g_free (self->reason);

  G_OBJECT_CLASS (nb_suggestion_row_parent_class)->finalize (object);
}

static void
nb_suggestion_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  NbSuggestionRow *self = NB_SUGGESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_suggestion_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  NbSuggestionRow *self = NB_SUGGESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      self->contact = g_value_dup_object (value);
      break;

    case PROP_REASON:
      self->reason = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_suggestion_row_class_init (NbSuggestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = nb_suggestion_row_constructed;
  object_class->dispose = nb_suggestion_row_dispose;
  object_class->finalize = nb_suggestion_row_finalize;
  object_class->get_property = nb_suggestion_row_get_property;
  object_class->set_property = nb_suggestion_row_set_property;

  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, NB_TYPE_CONTACT, flags);
  /**
   * NbSuggestionRow:reason:
   *
   * Why now, in words: "last met 94 days ago".
   */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-suggestion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NbSuggestionRow, avatar);
}

static void
nb_suggestion_row_init (NbSuggestionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nb_suggestion_row_new:
 * @contact: whom to invite
 * @reason: why now, in words
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
nb_suggestion_row_new (NbContact  *contact,
                       const char *reason)
{
  g_return_val_if_fail (NB_IS_CONTACT (contact), NULL);

  return g_object_new (NB_TYPE_SUGGESTION_ROW, "contact", contact, "reason", reason, NULL);
}

/**
 * nb_suggestion_row_get_contact:
 *
 * Returns: (transfer none): whom it suggests
 */
NbContact *
nb_suggestion_row_get_contact (NbSuggestionRow *self)
{
  g_return_val_if_fail (NB_IS_SUGGESTION_ROW (self), NULL);

  return self->contact;
}
