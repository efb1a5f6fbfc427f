/* nb-contact-sidebar.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-contact-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-contact-ids.h"
#include "nb-contact-list.h"
#include "nb-contact-row.h"
#include "nb-contact-sidebar.h"

/**
 * NbContactSidebar:
 *
 * The people beside every view: a search that finds them as one types,
 * the list (any number can be selected, and dragged onto a day to plan a
 * meal with them), and what to show when the list is empty or the search
 * finds no one. It emits #NbContactSidebar::selection-changed and
 * #NbContactSidebar::activated; the window decides what they show.
 *
 * The contact selected stays selected when the list is made again (a
 * rename moves it, a sync reloads it); nb_contact_sidebar_reveal() selects
 * a contact now, or once the list holds it.
 */
struct _NbContactSidebar
{
  GtkWidget          parent_instance;

  NbStore           *store;
  NbContactList     *contacts;
  GtkMultiSelection *selection;

  gint64             shown_id;    /* the one contact selected */
  gint64             wanted_id;   /* to select once the list holds it */
  gboolean           selecting;   /* the selection is changed here */

  GSettings         *settings;
  guint              count_source;

  GtkWidget         *keep_button;
  GtkLabel          *keep_count;
  GtkSearchEntry    *search_entry;
  GtkStack          *stack;
  GtkListView       *list_view;
};

G_DEFINE_FINAL_TYPE (NbContactSidebar, nb_contact_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_SELECTED,
  N_PROPS
};

enum {
  SELECTION_CHANGED,
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------------- */
/* Keep in touch                                                           */

/* "Keep in Touch (3)": how many are due, counted again after each burst
 * of changes. */
static void
update_count (NbContactSidebar *self)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  gint64 n;

  if (self->store == NULL)
    return;

  n = nb_store_count_due (self->store, now, g_settings_get_int (self->settings, "default-cadence-days"),
                          &error);
  if (n < 0)
    g_warning ("Could not count whom to keep in touch with: %s", error->message);

  text = g_strdup_printf ("%" G_GINT64_FORMAT, MAX (n, 0));
  gtk_label_set_text (self->keep_count, text);
  gtk_widget_set_visible (GTK_WIDGET (self->keep_count), n > 0);

  /* Translators: the sidebar's Keep in Touch entry as a screen reader says
   * it: "Keep in Touch, 3 due". */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Keep in Touch, %s due", "Keep in Touch, %s due",
                                        (gulong) MAX (n, 0)),
                           text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->keep_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static gboolean
count_idle_cb (gpointer user_data)
{
  NbContactSidebar *self = user_data;

  self->count_source = 0;
  update_count (self);

  return G_SOURCE_REMOVE;
}

static void
queue_count (NbContactSidebar *self)
{
  if (self->count_source == 0)
    self->count_source = g_idle_add (count_idle_cb, self);
}

/**
 * nb_contact_sidebar_get_n_due:
 * @self: a sidebar
 *
 * Returns: the count of people due that the Keep in Touch entry shows
 */
guint
nb_contact_sidebar_get_n_due (NbContactSidebar *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_SIDEBAR (self), 0);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->keep_count)))
    return 0;

  return (guint) g_ascii_strtoull (gtk_label_get_text (self->keep_count), NULL, 10);
}

/**
 * nb_contact_sidebar_set_keep_in_touch_shown:
 * @self: a sidebar
 * @shown: whether the Keep in Touch view is shown
 *
 * The entry looks chosen while its view is shown.
 */
void
nb_contact_sidebar_set_keep_in_touch_shown (NbContactSidebar *self,
                                            gboolean          shown)
{
  g_return_if_fail (NB_IS_CONTACT_SIDEBAR (self));

  if (shown)
    gtk_widget_add_css_class (self->keep_button, "nb-shown");
  else
    gtk_widget_remove_css_class (self->keep_button, "nb-shown");
}

/* ---------------------------------------------------------------------- */
/* Selection                                                               */

guint
nb_contact_sidebar_get_n_selected (NbContactSidebar *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_val_if_fail (NB_IS_CONTACT_SIDEBAR (self), 0);

  if (self->selection == NULL)
    return 0;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  return (guint) MIN (gtk_bitset_get_size (selected), G_MAXUINT);
}

/**
 * nb_contact_sidebar_dup_selected_ids:
 * @self: a sidebar
 *
 * Returns: (transfer full) (element-type gint64): the contacts selected
 */
GArray *
nb_contact_sidebar_dup_selected_ids (NbContactSidebar *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (NB_IS_CONTACT_SIDEBAR (self), ids);

  if (self->selection == NULL)
    return ids;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_iter_init_first (&iter, selected, &position))
    {
      do
        {
          gint64 id = nb_contact_list_get_id (self->contacts, position);

          if (id != 0)
            g_array_append_val (ids, id);
        }
      while (gtk_bitset_iter_next (&iter, &position));
    }

  return ids;
}

static void
select_only (NbContactSidebar *self,
             guint             position)
{
  self->selecting = TRUE;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  self->selecting = FALSE;
}

/* Selects @id alone, if the list holds it. */
static gboolean
select_contact (NbContactSidebar *self,
                gint64            id)
{
  guint position = nb_contact_list_find (self->contacts, id);

  if (position == G_MAXUINT)
    return FALSE;

  if (!gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position) ||
      nb_contact_sidebar_get_n_selected (self) != 1)
    select_only (self, position);

  return TRUE;
}

static void
selection_changed_cb (NbContactSidebar *self)
{
  g_autoptr(GArray) ids = nb_contact_sidebar_dup_selected_ids (self);

  self->shown_id = ids->len == 1 ? g_array_index (ids, gint64, 0) : 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0, !self->selecting);
}

/* The contact wanted is not in the list as searched: the list of
 * everyone holds it. */
static void
clear_search_for_wanted (NbContactSidebar *self)
{
  if (nb_contact_list_get_search (self->contacts) != NULL)
    nb_contact_sidebar_clear_search (self);
}

/**
 * nb_contact_sidebar_reveal:
 * @self: a sidebar
 * @id: a contact
 *
 * Selects the contact, even if the search hides it (the search is then
 * cleared), or once the list holds it (a contact just saved).
 */
void
nb_contact_sidebar_reveal (NbContactSidebar *self,
                           gint64            id)
{
  g_return_if_fail (NB_IS_CONTACT_SIDEBAR (self));

  if (self->contacts == NULL || select_contact (self, id))
    return;

  self->wanted_id = id;
  if (!nb_contact_list_get_loading (self->contacts))
    clear_search_for_wanted (self);
}

/* ---------------------------------------------------------------------- */
/* The list                                                                */

static void
update_stack (NbContactSidebar *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));
  const char *search = nb_contact_list_get_search (self->contacts);

  if (n_items > 0 || nb_contact_list_get_loading (self->contacts))
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (search != NULL)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* A contact that moved in the list (renamed, or the list was made again)
 * stays selected. */
static void
contacts_changed_cb (NbContactSidebar *self)
{
  gint64 wanted = self->wanted_id ? self->wanted_id : self->shown_id;

  if (wanted != 0 && gtk_widget_is_sensitive (GTK_WIDGET (self)) && select_contact (self, wanted))
    self->wanted_id = 0;
  else if (self->wanted_id != 0 && !nb_contact_list_get_loading (self->contacts))
    clear_search_for_wanted (self);

  update_stack (self);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0, FALSE);
}

/**
 * nb_contact_sidebar_has_no_contacts:
 * @self: a sidebar
 *
 * Returns: whether there is no one at all (not only no one found)
 */
gboolean
nb_contact_sidebar_has_no_contacts (NbContactSidebar *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_SIDEBAR (self), TRUE);

  return self->contacts == NULL ||
         (g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) == 0 &&
          nb_contact_list_get_search (self->contacts) == NULL &&
          !nb_contact_list_get_loading (self->contacts));
}

static void
list_activate_cb (NbContactSidebar *self,
                  guint             position)
{
  g_signal_emit (self, signals[ACTIVATED], 0);
}

/* Contacts dragged from the list: the selected ones if the row dragged is
 * one of them, else the one dragged. Other applications get their names
 * as text. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *item)
{
  NbContactSidebar *self = NB_CONTACT_SIDEBAR (gtk_widget_get_ancestor (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)),
                                                                         NB_TYPE_CONTACT_SIDEBAR));
  NbContact *contact = nb_contact_row_get_contact (NB_CONTACT_ROW (gtk_list_item_get_child (item)));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(NbContactIds) payload = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GBytes) text = NULL;

  if (contact == NULL || self == NULL)
    return NULL;

  if (gtk_list_item_get_selected (item))
    ids = nb_contact_sidebar_dup_selected_ids (self);
  else
    {
      gint64 id = nb_contact_get_id (contact);

      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, id);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(NbContact) each = nb_store_get_contact (self->store, g_array_index (ids, gint64, i));

      if (each != NULL)
        g_string_append_printf (names, "%s%s", names->len ? "\n" : "", nb_contact_get_full_name (each));
    }

  payload = nb_contact_ids_new (ids);
  text = g_bytes_new (names->str, names->len);

  return gdk_content_provider_new_union ((GdkContentProvider *[]) {
                                           gdk_content_provider_new_typed (NB_TYPE_CONTACT_IDS, payload),
                                           gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text),
                                         }, 2);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkListItem   *item)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (gtk_list_item_get_child (item));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *row = nb_contact_row_new ();
  GtkDragSource *source = gtk_drag_source_new ();

  /* People are dragged onto days to plan meals with them. */
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), item);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  nb_contact_row_set_contact (NB_CONTACT_ROW (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  nb_contact_row_set_contact (NB_CONTACT_ROW (gtk_list_item_get_child (item)), NULL);
}

/* ---------------------------------------------------------------------- */
/* Search                                                                  */

static void
search_changed_cb (NbContactSidebar *self)
{
  if (self->contacts == NULL)
    return;

  nb_contact_list_set_search (self->contacts, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_stack (self);
}

static void
stop_search_cb (NbContactSidebar *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
search_activate_cb (NbContactSidebar *self)
{
  if (self->contacts == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) == 0)
    return;

  select_only (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Typing finds people at once; Down goes on to the list. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       NbContactSidebar      *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      self->contacts == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) == 0)
    return GDK_EVENT_PROPAGATE;

  if (nb_contact_sidebar_get_n_selected (self) == 0)
    select_only (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return GDK_EVENT_STOP;
}

void
nb_contact_sidebar_clear_search (NbContactSidebar *self)
{
  g_return_if_fail (NB_IS_CONTACT_SIDEBAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (self->contacts != NULL)
    nb_contact_list_set_search (self->contacts, NULL);
}

void
nb_contact_sidebar_focus_search (NbContactSidebar *self)
{
  g_return_if_fail (NB_IS_CONTACT_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
nb_contact_sidebar_focus_list (NbContactSidebar *self)
{
  g_return_if_fail (NB_IS_CONTACT_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/**
 * nb_contact_sidebar_set_key_capture:
 * @self: a sidebar
 * @widget: (nullable): where typing searches, such as the window; %NULL
 *   while a form is being filled in
 */
void
nb_contact_sidebar_set_key_capture (NbContactSidebar *self,
                                    GtkWidget        *widget)
{
  g_return_if_fail (NB_IS_CONTACT_SIDEBAR (self));

  gtk_search_entry_set_key_capture_widget (self->search_entry, widget);
}

static void
clear_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NbContactSidebar *self = NB_CONTACT_SIDEBAR (widget);

  nb_contact_sidebar_clear_search (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ---------------------------------------------------------------------- */

NbStore *
nb_contact_sidebar_get_store (NbContactSidebar *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_SIDEBAR (self), NULL);

  return self->store;
}

/**
 * nb_contact_sidebar_set_store:
 * @self: a sidebar
 * @store: the store whose contacts it lists
 */
void
nb_contact_sidebar_set_store (NbContactSidebar *self,
                              NbStore          *store)
{
  g_return_if_fail (NB_IS_CONTACT_SIDEBAR (self));
  g_return_if_fail (NB_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->contacts = nb_contact_list_new (store);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->contacts)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->contacts, "items-changed", G_CALLBACK (contacts_changed_cb), self);
  g_signal_connect_swapped (self->contacts, "notify::loading", G_CALLBACK (contacts_changed_cb), self);
  g_signal_connect_swapped (store, "keep-in-touch-changed", G_CALLBACK (queue_count), self);

  update_stack (self);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
nb_contact_sidebar_dispose (GObject *object)
{
  NbContactSidebar *self = (NbContactSidebar *) object;

  if (self->contacts != NULL)
    g_signal_handlers_disconnect_by_data (self->contacts, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->count_source, g_source_remove);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_CONTACT_SIDEBAR);

  g_clear_object (&self->selection);
  g_clear_object (&self->contacts);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_contact_sidebar_parent_class)->dispose (object);
}

static void
nb_contact_sidebar_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  NbContactSidebar *self = NB_CONTACT_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_N_SELECTED:
      g_value_set_uint (value, nb_contact_sidebar_get_n_selected (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_contact_sidebar_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  NbContactSidebar *self = NB_CONTACT_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (g_value_get_object (value) != NULL)
        nb_contact_sidebar_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_contact_sidebar_class_init (NbContactSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_contact_sidebar_dispose;
  object_class->get_property = nb_contact_sidebar_get_property;
  object_class->set_property = nb_contact_sidebar_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, NB_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NbContactSidebar::selection-changed:
   * @self: the sidebar
   * @by_person: whether a person changed it, rather than a reload
   *
   * The contacts selected, or the list, changed.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  /**
   * NbContactSidebar::activated:
   * @self: the sidebar
   *
   * A contact was activated (Enter, a double click): show it.
   */
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-contact-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, NbContactSidebar, keep_button);
  gtk_widget_class_bind_template_child (widget_class, NbContactSidebar, keep_count);
  gtk_widget_class_bind_template_child (widget_class, NbContactSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NbContactSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, NbContactSidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "sidebar.clear-search", NULL, clear_search_action);
}

static void
nb_contact_sidebar_init (NbContactSidebar *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *key;
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::default-cadence-days", G_CALLBACK (queue_count), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), key);

  /* Delete deletes the selected contacts, but only from the list: in an
   * entry it deletes text. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("people.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);
}

/**
 * nb_contact_sidebar_new:
 * @store: (nullable): the store whose contacts it lists
 *
 * Returns: (transfer floating): a new sidebar
 */
GtkWidget *
nb_contact_sidebar_new (NbStore *store)
{
  return g_object_new (NB_TYPE_CONTACT_SIDEBAR, "store", store, NULL);
}
