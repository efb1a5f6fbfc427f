/* nb-contact-chooser.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-contact-chooser"

#include "config.h"

#include <adwaita.h>

#include "nb-contact-chooser.h"
#include "nb-contact-list.h"
#include "nb-contact-row.h"

/**
 * NbContactChooser:
 *
 * Finds a contact by typing: a search entry with the first matches below
 * it. Enter takes the first match, Down moves into the matches; a click or
 * Enter on one takes it. Enter in the empty entry activates the window's
 * default widget. #NbContactChooser::contact-chosen says whom.
 */
struct _NbContactChooser
{
  GtkWidget           parent_instance;

  NbStore            *store;
  NbContactList      *contacts;
  GtkSliceListModel  *first;

  GtkSearchEntry     *entry;
  GtkListBox         *results;
  GtkLabel           *no_match_label;
};

G_DEFINE_FINAL_TYPE (NbContactChooser, nb_contact_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  CONTACT_CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* How many matches are shown; typing more narrows them. */
#define N_SHOWN 6

static void
update_visibility (NbContactChooser *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  gboolean searching = text[0] != '\0';
  guint n = self->first ? g_list_model_get_n_items (G_LIST_MODEL (self->first)) : 0;
  gboolean loading = self->contacts && nb_contact_list_get_loading (self->contacts);

  gtk_widget_set_visible (GTK_WIDGET (self->results), searching && n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_match_label), searching && n == 0 && !loading);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *contact_row = nb_contact_row_new ();

  nb_contact_row_set_contact (NB_CONTACT_ROW (contact_row), item);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), contact_row);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, nb_contact_get_full_name (item),
                                  -1);

  return row;
}

static void
choose (NbContactChooser *self,
        NbContact        *contact)
{
  gint64 id = nb_contact_get_id (contact);

  nb_contact_chooser_clear (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  g_signal_emit (self, signals[CONTACT_CHOSEN], 0, id);
}

static void
search_changed_cb (NbContactChooser *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  if (self->contacts != NULL && text[0] != '\0')
    nb_contact_list_set_search (self->contacts, text);
  update_visibility (self);
}

static void
entry_activate_cb (NbContactChooser *self)
{
  g_autoptr(NbContact) contact = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  /* Nothing typed: Enter does what it does in the window, such as saving
   * a dialog. */
  if (text[0] == '\0')
    {
      gtk_widget_activate_default (GTK_WIDGET (self));
      return;
    }

  if (!gtk_widget_get_visible (GTK_WIDGET (self->results)))
    return;

  contact = g_list_model_get_item (G_LIST_MODEL (self->first), 0);
  if (contact != NULL)
    choose (self, contact);
}

static void
stop_search_cb (NbContactChooser *self)
{
  nb_contact_chooser_clear (self);
}

static void
row_activated_cb (NbContactChooser *self,
                  GtkListBoxRow    *row)
{
  g_autoptr(NbContact) contact = g_list_model_get_item (G_LIST_MODEL (self->first),
                                                        gtk_list_box_row_get_index (row));

  if (contact != NULL)
    choose (self, contact);
}

static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      NbContactChooser      *self)
{
  GtkListBoxRow *row;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  row = gtk_list_box_get_row_at_index (self->results, 0);
  if (row == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->results)))
    return GDK_EVENT_PROPAGATE;

  gtk_widget_grab_focus (GTK_WIDGET (row));
  return GDK_EVENT_STOP;
}

static void
nb_contact_chooser_dispose (GObject *object)
{
  NbContactChooser *self = (NbContactChooser *) object;

  if (self->results != NULL)
    gtk_list_box_bind_model (self->results, NULL, NULL, NULL, NULL);
  g_clear_object (&self->first);
  if (self->contacts != NULL)
    g_signal_handlers_disconnect_by_func (self->contacts, update_visibility, self);
  g_clear_object (&self->contacts);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_CONTACT_CHOOSER);

  G_OBJECT_CLASS (nb_contact_chooser_parent_class)->dispose (object);
}

static void
nb_contact_chooser_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  NbContactChooser *self = NB_CONTACT_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_contact_chooser_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  NbContactChooser *self = NB_CONTACT_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      nb_contact_chooser_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
nb_contact_chooser_grab_focus (GtkWidget *widget)
{
  NbContactChooser *self = NB_CONTACT_CHOOSER (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
nb_contact_chooser_class_init (NbContactChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_contact_chooser_dispose;
  object_class->get_property = nb_contact_chooser_get_property;
  object_class->set_property = nb_contact_chooser_set_property;
  widget_class->grab_focus = nb_contact_chooser_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, NB_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NbContactChooser::contact-chosen:
   * @self: the chooser
   * @id: the contact
   *
   * A contact was chosen.
   */
  signals[CONTACT_CHOSEN] =
    g_signal_new ("contact-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-contact-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, NbContactChooser, entry);
  gtk_widget_class_bind_template_child (widget_class, NbContactChooser, results);
  gtk_widget_class_bind_template_child (widget_class, NbContactChooser, no_match_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nb-contact-chooser");
}

static void
nb_contact_chooser_init (NbContactChooser *self)
{
  GtkEventController *key;
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), key);
}

GtkWidget *
nb_contact_chooser_new (void)
{
  return g_object_new (NB_TYPE_CONTACT_CHOOSER, NULL);
}

/**
 * nb_contact_chooser_get_store:
 *
 * Returns: (transfer none) (nullable): the store searched
 */
NbStore *
nb_contact_chooser_get_store (NbContactChooser *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_CHOOSER (self), NULL);

  return self->store;
}

void
nb_contact_chooser_set_store (NbContactChooser *self,
                              NbStore          *store)
{
  g_return_if_fail (NB_IS_CONTACT_CHOOSER (self));
  g_return_if_fail (store == NULL || NB_IS_STORE (store));

  if (self->store == store)
    return;

  gtk_list_box_bind_model (self->results, NULL, NULL, NULL, NULL);
  g_clear_object (&self->first);
  if (self->contacts != NULL)
    g_signal_handlers_disconnect_by_func (self->contacts, update_visibility, self);
  g_clear_object (&self->contacts);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      self->contacts = nb_contact_list_new (store);
      self->first = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->contacts)), 0, N_SHOWN);
      gtk_list_box_bind_model (self->results, G_LIST_MODEL (self->first), create_row, self, NULL);
      g_signal_connect_swapped (self->first, "items-changed", G_CALLBACK (update_visibility), self);
      g_signal_connect_swapped (self->contacts, "notify::loading", G_CALLBACK (update_visibility), self);
    }

  update_visibility (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * nb_contact_chooser_clear:
 * @self: a chooser
 *
 * Empties the entry and hides the matches.
 */
void
nb_contact_chooser_clear (NbContactChooser *self)
{
  g_return_if_fail (NB_IS_CONTACT_CHOOSER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  update_visibility (self);
}
