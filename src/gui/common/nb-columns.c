/* nb-columns.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nb-columns.h"

/**
 * NbColumns:
 *
 * A container that lays out two children side by side when there is room, the second in a
 * column of #NbColumns:side-width, and one above the other when
 * there is not: the Meals view's week beside its follow-ups and
 * suggestions on a wide window, above them on a phone.
 */
struct _NbColumns
{
  GtkWidget        parent_instance;

  int              spacing;
  int              side_width;
  int              main_width;   /* the least the first child gets beside */
};

G_DEFINE_FINAL_TYPE (NbColumns, nb_columns, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPACING,
  PROP_SIDE_WIDTH,
  PROP_MAIN_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_children (GtkWidget  *widget,
              GtkWidget **main,
              GtkWidget **side)
{
  *main = *side = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      if (*main == NULL)
        *main = child;
      else if (*side == NULL)
        *side = child;
    }
}

static gboolean
side_by_side (NbColumns *self,
              int              width)
{
  return width >= self->main_width + self->spacing + self->side_width;
}

static int
height_for_width (GtkWidget *child,
                  int        width,
                  gboolean   natural)
{
  int minimum = 0, natural_height = 0;

  if (child == NULL)
    return 0;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural_height, NULL, NULL);
  return natural ? natural_height : minimum;
}

static void
nb_columns_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  NbColumns *self = NB_COLUMNS (widget);
  GtkWidget *main, *side;

  get_children (widget, &main, &side);
  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int main_min = 0, main_nat = 0, side_min = 0, side_nat = 0;

      if (main != NULL)
        gtk_widget_measure (main, orientation, -1, &main_min, &main_nat, NULL, NULL);
      if (side != NULL)
        gtk_widget_measure (side, orientation, -1, &side_min, &side_nat, NULL, NULL);

      *minimum = MAX (main_min, side_min);
      *natural = side ? MAX (main_nat, self->main_width) + self->spacing + MAX (side_nat, self->side_width)
                      : main_nat;
      *natural = MAX (*natural, *minimum);
      return;
    }

  if (for_size < 0)
    {
      int width_min = 0, width_nat = 0;

      nb_columns_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &width_min, &width_nat, NULL, NULL);
      for_size = width_nat;
    }

  if (side != NULL && side_by_side (self, for_size))
    {
      int main_width = for_size - self->spacing - self->side_width;

      *minimum = MAX (height_for_width (main, main_width, FALSE),
                      height_for_width (side, self->side_width, FALSE));
      *natural = MAX (height_for_width (main, main_width, TRUE),
                      height_for_width (side, self->side_width, TRUE));
    }
  else
    {
      int gap = main && side ? self->spacing : 0;

      *minimum = height_for_width (main, for_size, FALSE) + gap + height_for_width (side, for_size, FALSE);
      *natural = height_for_width (main, for_size, TRUE) + gap + height_for_width (side, for_size, TRUE);
    }
}

static void
nb_columns_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  NbColumns *self = NB_COLUMNS (widget);
  GtkWidget *main, *side;
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  get_children (widget, &main, &side);

  if (side != NULL && side_by_side (self, width))
    {
      int main_width = width - self->spacing - self->side_width;
      int main_x = rtl ? self->side_width + self->spacing : 0;
      int side_x = rtl ? 0 : main_width + self->spacing;

      gtk_widget_size_allocate (main, &(GtkAllocation) { main_x, 0, main_width, height }, -1);
      gtk_widget_size_allocate (side, &(GtkAllocation) { side_x, 0, self->side_width, height }, -1);
    }
  else
    {
      int main_height = side ? height_for_width (main, width, FALSE) : height;

      if (main != NULL)
        gtk_widget_size_allocate (main, &(GtkAllocation) { 0, 0, width, main_height }, -1);
      if (side != NULL)
        gtk_widget_size_allocate (side,
                                  &(GtkAllocation) { 0, main_height + self->spacing, width,
                                                     MAX (height - main_height - self->spacing, 0) },
                                  -1);
    }
}

static GtkSizeRequestMode
nb_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
nb_columns_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  NbColumns *self = NB_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_SPACING: g_value_set_int (value, self->spacing); break;
    case PROP_SIDE_WIDTH: g_value_set_int (value, self->side_width); break;
    case PROP_MAIN_WIDTH: g_value_set_int (value, self->main_width); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_int (NbColumns *self,
         int             *slot,
         int              value,
         guint            prop_id)
{
  if (*slot == value)
    return;

  *slot = value;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
nb_columns_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  NbColumns *self = NB_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_SPACING: set_int (self, &self->spacing, g_value_get_int (value), prop_id); break;
    case PROP_SIDE_WIDTH: set_int (self, &self->side_width, g_value_get_int (value), prop_id); break;
    case PROP_MAIN_WIDTH: set_int (self, &self->main_width, g_value_get_int (value), prop_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_columns_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (nb_columns_parent_class)->dispose (object);
}

static void
nb_columns_class_init (NbColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = nb_columns_dispose;
  object_class->get_property = nb_columns_get_property;
  object_class->set_property = nb_columns_set_property;
  widget_class->measure = nb_columns_measure;
  widget_class->size_allocate = nb_columns_size_allocate;
  widget_class->get_request_mode = nb_columns_get_request_mode;

  properties[PROP_SPACING] = g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 24, flags);
  properties[PROP_SIDE_WIDTH] = g_param_spec_int ("side-width", NULL, NULL, 0, G_MAXINT, 340, flags);
  properties[PROP_MAIN_WIDTH] = g_param_spec_int ("main-width", NULL, NULL, 0, G_MAXINT, 400, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "nb-columns");
}

static void
nb_columns_init (NbColumns *self)
{
  self->spacing = 24;
  self->side_width = 340;
  self->main_width = 400;
}

GtkWidget *
nb_columns_new (void)
{
  return g_object_new (NB_TYPE_COLUMNS, NULL);
}
