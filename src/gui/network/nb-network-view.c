/* nb-network-view.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-network-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-network-list.h"
#include "nb-network-map.h"
#include "nb-network-view.h"
#include "nb-reloader.h"

/**
 * NbNetworkView:
 *
 * The map of the network, around me or around a person ("Show on Map" on
 * a card: win.show-on-map): the map and, beside it, the same people as a
 * list. Read and laid out in a worker thread
 * (nb_store_load_network_async()), again when the store changes while it
 * is shown. A person activated on the map or in the list opens their
 * card (win.show-contact). Narrower than NARROW_WIDTH, the list is below
 * the map rather than beside it, each half the height.
 */

#define NARROW_WIDTH 600
struct _NbNetworkView
{
  GtkWidget      parent_instance;

  NbReloader    *reloader;
  GCancellable  *cancellable;
  gint64         person;
  gboolean       loading;

  GtkWidget     *box;
  GtkWidget     *header;
  GtkWidget     *panes;
  GtkWidget     *panes_separator;
  GtkLabel      *title_label;
  GtkWidget     *me_button;
  GtkStack      *stack;
  NbNetworkMap  *map;
  NbNetworkList *list;
};

static void nb_network_view_view_iface_init (NbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NbNetworkView, nb_network_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (NB_TYPE_VIEW, nb_network_view_view_iface_init))

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_loading (NbNetworkView *self,
             gboolean       loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(NbNetworkView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NbNetworkGraph) graph = nb_store_load_network_finish (NB_STORE (source), result, &error);
  g_autofree char *title = NULL;
  const char *name;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (graph == NULL && self->person != NB_NETWORK_ME)
    {
      /* The person is gone (deleted meanwhile): around me instead. */
      g_debug ("Could not read the map around %" G_GINT64_FORMAT ": %s", self->person,
               error->message);
      nb_network_view_show_person (self, NB_NETWORK_ME);
      return;
    }
  if (graph == NULL)
    {
      g_warning ("Could not read the map of the network: %s", error->message);
      set_loading (self, FALSE);
      return;
    }

  name = nb_network_graph_get_node_name (graph, 0);
  if (name != NULL)
    /* TRANSLATORS: the title of the map around someone */
    title = g_strdup_printf (_("Around %s"), name);
  else
    /* TRANSLATORS: the title of the map around me */
    title = g_strdup (_("Around Me"));
  gtk_label_set_text (self->title_label, title);
  gtk_widget_set_sensitive (self->me_button, name != NULL);

  nb_network_map_set_graph (self->map, graph);
  nb_network_list_set_graph (self->list, graph);
  gtk_stack_set_visible_child_name (self->stack, "map");
  set_loading (self, FALSE);
}

static void
reload_view (GtkWidget *view)
{
  NbNetworkView *self = NB_NETWORK_VIEW (view);
  NbStore *store = nb_reloader_get_store (self->reloader);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (store == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  if (nb_network_map_get_graph (self->map) == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  nb_store_load_network_async (store, self->person, NB_NETWORK_DEFAULT_MAX_NODES, self->cancellable,
                               loaded_cb, g_object_ref (self));
}

/**
 * nb_network_view_show_person:
 * @contact_id: the person in the middle, or %NB_NETWORK_ME
 *
 * Shows the map around @contact_id (read when the view is shown).
 */
void
nb_network_view_show_person (NbNetworkView *self,
                             gint64         contact_id)
{
  g_return_if_fail (NB_IS_NETWORK_VIEW (self));

  self->person = contact_id;
  nb_reloader_reload (self->reloader);
}

gint64
nb_network_view_get_person (NbNetworkView *self)
{
  g_return_val_if_fail (NB_IS_NETWORK_VIEW (self), NB_NETWORK_ME);

  return self->person;
}

gboolean
nb_network_view_get_loading (NbNetworkView *self)
{
  g_return_val_if_fail (NB_IS_NETWORK_VIEW (self), FALSE);

  return self->loading;
}

static void
person_activated_cb (NbNetworkView *self,
                     gint64         contact_id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-contact", "x", contact_id);
}

static void
me_clicked_cb (NbNetworkView *self)
{
  nb_network_view_show_person (self, NB_NETWORK_ME);
}

static void
zoom_to_fit_cb (NbNetworkView *self)
{
  nb_network_map_zoom_to_fit (self->map);
}

static NbStore *
view_get_store (NbView *view)
{
  return nb_reloader_get_store (NB_NETWORK_VIEW (view)->reloader);
}

static void
view_set_store (NbView  *view,
                NbStore *store)
{
  NbNetworkView *self = NB_NETWORK_VIEW (view);

  nb_reloader_set_store (self->reloader, store);
}

static void
nb_network_view_view_iface_init (NbViewInterface *iface)
{
  iface->title = N_("Map");
  iface->icon_name = "network-workgroup-symbolic";
  iface->get_store = view_get_store;
  iface->set_store = view_set_store;
}

static void
nb_network_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NbNetworkView *self = NB_NETWORK_VIEW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_network_view_dispose (GObject *object)
{
  NbNetworkView *self = NB_NETWORK_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->reloader);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_NETWORK_VIEW);

  G_OBJECT_CLASS (nb_network_view_parent_class)->dispose (object);
}

/* As narrow as the list below the map allows; as wide as beside it. */
static void
nb_network_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  NbNetworkView *self = NB_NETWORK_VIEW (widget);
  int header, map, list, map_natural, list_natural;

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation != GTK_ORIENTATION_HORIZONTAL)
    return;

  gtk_widget_measure (self->header, orientation, -1, &header, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->stack), orientation, -1, &map, &map_natural, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->list), orientation, -1, &list, &list_natural, NULL, NULL);
  *minimum = MAX (header, MAX (map, list));
  *natural = MAX (*minimum, MAX (*natural, map_natural + list_natural));
}

static void
nb_network_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  NbNetworkView *self = NB_NETWORK_VIEW (widget);
  GtkOrientation orientation = width < NARROW_WIDTH ? GTK_ORIENTATION_VERTICAL
                                                    : GTK_ORIENTATION_HORIZONTAL;

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->panes)) != orientation)
    {
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->panes), orientation);
      /* Below: halves of the height (homogeneous), the list's own
       * background apart from the map's, no line. */
      gtk_widget_set_visible (self->panes_separator, orientation == GTK_ORIENTATION_HORIZONTAL);
      gtk_box_set_homogeneous (GTK_BOX (self->panes), orientation == GTK_ORIENTATION_VERTICAL);
    }
  gtk_widget_allocate (self->box, width, height, baseline, NULL);
}

static void
nb_network_view_class_init (NbNetworkViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_network_view_dispose;
  object_class->get_property = nb_network_view_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (NB_TYPE_NETWORK_MAP);
  g_type_ensure (NB_TYPE_NETWORK_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-network-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NbNetworkView, box);
  gtk_widget_class_bind_template_child (widget_class, NbNetworkView, header);
  gtk_widget_class_bind_template_child (widget_class, NbNetworkView, panes);
  gtk_widget_class_bind_template_child (widget_class, NbNetworkView, panes_separator);
  gtk_widget_class_bind_template_child (widget_class, NbNetworkView, title_label);
  gtk_widget_class_bind_template_child (widget_class, NbNetworkView, me_button);
  gtk_widget_class_bind_template_child (widget_class, NbNetworkView, stack);
  gtk_widget_class_bind_template_child (widget_class, NbNetworkView, map);
  gtk_widget_class_bind_template_child (widget_class, NbNetworkView, list);
  gtk_widget_class_bind_template_callback (widget_class, person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, me_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, zoom_to_fit_cb);

  widget_class->measure = nb_network_view_measure;
  widget_class->size_allocate = nb_network_view_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "nb-network-view");
}

static void
nb_network_view_init (NbNetworkView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->person = NB_NETWORK_ME;
  self->reloader = nb_reloader_new (GTK_WIDGET (self), reload_view);
}

GtkWidget *
nb_network_view_new (void)
{
  return g_object_new (NB_TYPE_NETWORK_VIEW, NULL);
}
