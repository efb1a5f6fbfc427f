/* nb-network-list.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-network-list"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-network-list.h"

/**
 * NbNetworkList:
 *
 * The people of a map as a list, for those who do not see the picture
 * (and for anyone looking for a name): one row per person, in the map's
 * order (nearest first), each saying whom they are linked to and why
 * ("Circle climbing: Grace Hopper, Alan Turing · In touch in the last
 * year"), first whether they connect otherwise separate parts ("Connects
 * Work and Climbing"), then one row per circle and organisation of two or more people
 * on the map, with all its members. Activating a person's row emits
 * #NbNetworkList::activated with the contact id; my own row and the
 * groups' are not activatable.
 */

/* Names shown per circle or organisation in a row; the others counted. */
#define NAMES_PER_GROUP 5

struct _NbNetworkList
{
  GtkWidget       parent_instance;

  NbNetworkGraph *graph;
  GtkListBox     *list_box;
};

G_DEFINE_FINAL_TYPE (NbNetworkList, nb_network_list, GTK_TYPE_WIDGET)

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
name_of (NbNetworkGraph *graph,
         guint           node)
{
  const char *name = nb_network_graph_get_node_name (graph, node);

  /* TRANSLATORS: me, on the map of the network */
  return name != NULL ? name : C_("map of the network", "Me");
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

typedef struct
{
  NbNetworkEdgeKind  kind;
  const char        *label;
  GPtrArray         *names;
} Group;

static void
group_free (Group *group)
{
  g_ptr_array_unref (group->names);
  g_free (group);
}

/**
 * nb_network_list_describe_links:
 * @graph: a graph
 * @node: one of its people
 *
 * Returns: (transfer full): whom @node is linked to and why, one part per
 *   circle, organisation or kind of link, joined by " · "
 */
char *
nb_network_list_describe_links (NbNetworkGraph *graph,
                                guint           node)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char * const *connected = nb_network_graph_get_connected_parts (graph, node);

  if (connected != NULL)
    {
      guint n = g_strv_length ((char **) connected);

      if (n == 2)
        /* TRANSLATORS: on the map's list, someone without whom two parts
         * of the map would be apart; %s: a circle, an organisation or a
         * person, e.g. "Connects Work and Climbing" */
        g_ptr_array_add (parts, g_strdup_printf (_("Connects %s and %s"), connected[0], connected[1]));
      else
        /* TRANSLATORS: as "Connects %s and %s", for three parts or more:
         * the first two named, then how many others */
        g_ptr_array_add (parts, g_strdup_printf (ngettext ("Connects %s, %s and %u more",
                                                           "Connects %s, %s and %u more", n - 2),
                                                 connected[0], connected[1], n - 2));
    }

  for (guint e = 0; e < nb_network_graph_get_n_edges (graph); e++)
    {
      guint source, target, other;
      NbNetworkEdgeKind kind;
      const char *label = nb_network_graph_get_edge_label (graph, e);
      Group *group = NULL;

      nb_network_graph_get_edge (graph, e, &source, &target, &kind);
      if (source != node && target != node)
        continue;
      other = source == node ? target : source;
      /* Introductions: which way matters; one I made has none. */
      if (kind == NB_NETWORK_EDGE_INTRODUCTION)
        label = target == node ? "by" : "you-to";

      for (guint g = 0; g < groups->len && group == NULL; g++)
        {
          Group *candidate = g_ptr_array_index (groups, g);

          if (candidate->kind == kind && g_strcmp0 (candidate->label, label) == 0)
            group = candidate;
        }
      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->kind = kind;
          group->label = label;
          group->names = g_ptr_array_new ();
          g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group->names, (gpointer) name_of (graph, other));
    }

  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);
      g_autoptr(GString) names = g_string_new (NULL);
      guint shown = MIN (group->names->len, NAMES_PER_GROUP);

      for (guint i = 0; i < shown; i++)
        {
          if (i > 0)
            /* TRANSLATORS: between names in a list */
            g_string_append (names, _(", "));
          g_string_append (names, g_ptr_array_index (group->names, i));
        }
      if (group->names->len > shown)
        {
          guint more = group->names->len - shown;
          g_autofree char *text = g_strdup_printf (ngettext ("%s and %u other",
                                                             "%s and %u others", more),
                                                   names->str, more);

          g_string_assign (names, text);
        }

      switch (group->kind)
        {
        case NB_NETWORK_EDGE_IN_TOUCH:
          /* TRANSLATORS: on the map's list: me and people I was in touch
           * with, or, on their row, me */
          g_ptr_array_add (parts, g_strdup_printf (_("In touch in the last year: %s"), names->str));
          break;
        case NB_NETWORK_EDGE_CIRCLE:
          /* TRANSLATORS: a circle's name, then its people on the map */
          g_ptr_array_add (parts, g_strdup_printf (_("Circle %s: %s"), group->label, names->str));
          break;
        case NB_NETWORK_EDGE_ORGANIZATION:
          /* TRANSLATORS: an organisation, then its people on the map */
          g_ptr_array_add (parts, g_strdup_printf (_("%s: %s"), group->label, names->str));
          break;
        case NB_NETWORK_EDGE_INTRODUCTION:
          if (g_strcmp0 (group->label, "by") == 0)
            /* TRANSLATORS: on the map's list, the row of someone who was
             * introduced to me; %s: who introduced us */
            g_ptr_array_add (parts, g_strdup_printf (_("Introduced to you by %s"), names->str));
          else
            /* TRANSLATORS: on the map's list, the row of someone who
             * introduced me to others; %s: those they introduced me to */
            g_ptr_array_add (parts, g_strdup_printf (_("Introduced you to %s"), names->str));
          break;
        case NB_NETWORK_EDGE_MY_INTRODUCTION:
        case NB_NETWORK_EDGE_N_KINDS:
        default:
          /* TRANSLATORS: on the map's list: I introduced this person and
           * %s (names) to each other */
          g_ptr_array_add (parts, g_strdup_printf (_("Introduced to %s"), names->str));
          break;
        }
    }

  g_ptr_array_add (parts, NULL);
  if (parts->len == 1)
    /* TRANSLATORS: on the map's list, someone without links */
    return g_strdup (_("No links"));

  return g_strjoinv (" · ", (char **) parts->pdata);
}

/**
 * nb_network_list_name_group:
 * @graph: a graph
 * @group: one of its groups
 *
 * Returns: (transfer full): the group's name as the map shows it
 */
char *
nb_network_list_name_group (NbNetworkGraph *graph,
                            guint           group)
{
  const char *name = nb_network_graph_get_group_name (graph, group);

  if (nb_network_graph_get_group_kind (graph, group) == NB_NETWORK_EDGE_CIRCLE)
    /* TRANSLATORS: the label of a circle's shape on the map */
    return g_strdup_printf (_("Circle %s"), name);

  return g_strdup (name);
}

/**
 * nb_network_list_describe_group:
 * @graph: a graph
 * @group: one of its groups
 *
 * Returns: (transfer full): all the group's people on the map, in the
 *   map's order
 */
char *
nb_network_list_describe_group (NbNetworkGraph *graph,
                                guint           group)
{
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_members;
  const guint *members = nb_network_graph_get_group_members (graph, group, &n_members);

  g_array_append_vals (sorted, members, n_members);
  g_array_sort (sorted, compare_nodes);
  for (guint i = 0; i < sorted->len; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between names in a list */
        g_string_append (names, _(", "));
      g_string_append (names, name_of (graph, g_array_index (sorted, guint, i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
row_activated_cb (NbNetworkList *self,
                  GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "nb-contact-id");

  if (id != NULL && *id != NB_NETWORK_ME)
    g_signal_emit (self, signals[ACTIVATED], 0, *id);
}

static void
nb_network_list_dispose (GObject *object)
{
  NbNetworkList *self = NB_NETWORK_LIST (object);
  GtkWidget *child;

  g_clear_object (&self->graph);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_NETWORK_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (nb_network_list_parent_class)->dispose (object);
}

static void
nb_network_list_class_init (NbNetworkListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_network_list_dispose;

  /**
   * NbNetworkList::activated:
   * @contact_id: the person whose row was activated
   */
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-network-list.ui");
  gtk_widget_class_bind_template_child (widget_class, NbNetworkList, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
nb_network_list_init (NbNetworkList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
nb_network_list_new (void)
{
  return g_object_new (NB_TYPE_NETWORK_LIST, NULL);
}

GtkListBox *
nb_network_list_get_list_box (NbNetworkList *self)
{
  g_return_val_if_fail (NB_IS_NETWORK_LIST (self), NULL);

  return self->list_box;
}

/**
 * nb_network_list_set_graph:
 * @graph: (nullable): the people
 *
 * Lists the people of @graph, in its order.
 */
void
nb_network_list_set_graph (NbNetworkList  *self,
                           NbNetworkGraph *graph)
{
  GtkWidget *child;

  g_return_if_fail (NB_IS_NETWORK_LIST (self));

  g_set_object (&self->graph, graph);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; graph != NULL && i < nb_network_graph_get_n_nodes (graph); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *links = nb_network_list_describe_links (graph, i);
      gint64 id = nb_network_graph_get_node_id (graph, i);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name_of (graph, i));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), links);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), id != NB_NETWORK_ME);
      g_object_set_data_full (G_OBJECT (row), "nb-contact-id", g_memdup2 (&id, sizeof id), g_free);
      gtk_list_box_append (self->list_box, row);
    }

  for (guint g = 0; graph != NULL && g < nb_network_graph_get_n_groups (graph); g++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = nb_network_list_name_group (graph, g);
      g_autofree char *members = nb_network_list_describe_group (graph, g);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), members);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->list_box, row);
    }
}
