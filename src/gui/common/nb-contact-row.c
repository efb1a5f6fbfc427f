/* nb-contact-row.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-contact-row"

#include "config.h"

#include <adwaita.h>

#include "nb-avatar.h"
#include "nb-clock.h"
#include "nb-contact-row.h"
#include "nb-format.h"
#include "nb-keep-in-touch.h"

/**
 * NbContactRow:
 *
 * A row of the contact list: avatar, name, and title or organisation. It
 * follows its contact's changes while it shows it.
 */
struct _NbContactRow
{
  GtkWidget  parent_instance;

  NbContact *contact;

  GtkWidget *box;
  AdwAvatar *avatar;
  GtkLabel  *name_label;
  GtkLabel  *detail_label;
};

G_DEFINE_FINAL_TYPE (NbContactRow, nb_contact_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One for every row: whether they say when you were last in touch. */
static GSettings *
get_settings (void)
{
  static GSettings *settings;

  if (g_once_init_enter (&settings))
    g_once_init_leave (&settings, g_settings_new (APP_ID));

  return settings;
}

/* "3 weeks ago", or NULL if never in touch. */
static char *
describe_last_in_touch (NbContact *contact)
{
  gint64 last = nb_contact_get_last_interaction (contact);
  g_autoptr(GDateTime) now = NULL;

  if (last <= 0)
    return NULL;

  now = nb_clock_get_now ();
  return nb_keep_in_touch_describe_since ((int) nb_keep_in_touch_today (now) -
                                          (int) nb_keep_in_touch_day_of (last));
}

static void
update (NbContactRow *self)
{
  g_autofree char *detail = NULL;
  const char *name = NULL;

  if (self->contact != NULL)
    {
      name = nb_contact_get_full_name (self->contact);
      if (g_settings_get_boolean (get_settings (), "show-last-in-touch"))
        detail = describe_last_in_touch (self->contact);
      if (detail == NULL)
        detail = nb_format_organization_line (self->contact);

      /* A card named after its organisation says it once. */
      if (g_strcmp0 (detail, name) == 0)
        g_clear_pointer (&detail, g_free);
    }

  gtk_label_set_text (self->name_label, name ? name : "");
  gtk_label_set_text (self->detail_label, detail ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail != NULL);
  nb_avatar_show_contact (self->avatar, self->contact);

  /* What a screen reader says, and what tests look up the row by. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name ? name : "",
                                  -1);
}

static void
nb_contact_row_dispose (GObject *object)
{
  NbContactRow *self = (NbContactRow *) object;

  nb_contact_row_set_contact (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_CONTACT_ROW);

  G_OBJECT_CLASS (nb_contact_row_parent_class)->dispose (object);
}

static void
nb_contact_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NbContactRow *self = NB_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_contact_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NbContactRow *self = NB_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      nb_contact_row_set_contact (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_contact_row_class_init (NbContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_contact_row_dispose;
  object_class->get_property = nb_contact_row_get_property;
  object_class->set_property = nb_contact_row_set_property;

  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, NB_TYPE_CONTACT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NbContactRow, box);
  gtk_widget_class_bind_template_child (widget_class, NbContactRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, NbContactRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, NbContactRow, detail_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nb-contact-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
nb_contact_row_init (NbContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (get_settings (), "changed::show-last-in-touch", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
nb_contact_row_new (void)
{
  return g_object_new (NB_TYPE_CONTACT_ROW, NULL);
}

/**
 * nb_contact_row_get_contact:
 * @self: a row
 *
 * Returns: (transfer none) (nullable): the contact shown
 */
NbContact *
nb_contact_row_get_contact (NbContactRow *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_ROW (self), NULL);

  return self->contact;
}

void
nb_contact_row_set_contact (NbContactRow *self,
                            NbContact    *contact)
{
  g_return_if_fail (NB_IS_CONTACT_ROW (self));

  if (self->contact == contact)
    return;

  if (self->contact != NULL)
    g_signal_handlers_disconnect_by_func (self->contact, update, self);

  g_set_object (&self->contact, contact);

  if (contact != NULL)
    {
      g_signal_connect_swapped (contact, "notify::full-name", G_CALLBACK (update), self);
      g_signal_connect_swapped (contact, "notify::organization", G_CALLBACK (update), self);
      g_signal_connect_swapped (contact, "notify::organization-units", G_CALLBACK (update), self);
      g_signal_connect_swapped (contact, "notify::title", G_CALLBACK (update), self);
      g_signal_connect_swapped (contact, "notify::photo", G_CALLBACK (update), self);
      g_signal_connect_swapped (contact, "notify::last-interaction", G_CALLBACK (update), self);
    }

  if (self->box != NULL)
    update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
}
