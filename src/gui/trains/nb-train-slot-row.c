/* nb-train-slot-row.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-train-slot-row"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "nb-contact-chooser.h"
#include "nb-format.h"
#include "nb-train-format.h"
#include "nb-train-slot-row.h"

/**
 * NbTrainSlotRow:
 *
 * One meal of a meal train: its day, meal and drop-off window, whether
 * it is still open, and who brings it. Each helper is a button with a menu
 * to move them to the meal before or after, or to take them off; they
 * can also be dragged onto another meal. "Add Helper…" finds a contact,
 * or takes the meal myself. The row asks its window to do all of it, through
 * the "train." actions.
 */
struct _NbTrainSlotRow
{
  GtkListBoxRow     parent_instance;

  NbStore          *store;
  NbMealTrainSlot  *slot;
  GPtrArray        *slots;        /* NbMealTrainSlot: the train's, shared */
  gint64            earlier;
  gint64            later;

  GtkMenuButton    *add_button;
  NbContactChooser *chooser;
};

G_DEFINE_FINAL_TYPE (NbTrainSlotRow, nb_train_slot_row, GTK_TYPE_LIST_BOX_ROW)

/* What a dragged helper carries: the slot they leave and who they are. */
#define DRAG_PREFIX "netbook-train-helper:"

/* Every other meal of the train that is not cancelled, to move to: for a
 * move further than the meal before or after, by keyboard as well. */
static GMenuModel *
move_to_menu (NbTrainSlotRow *self,
              gint64          helper,
              GPtrArray      *slots)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; slots != NULL && i < slots->len; i++)
    {
      NbMealTrainSlot *other = g_ptr_array_index (slots, i);
      g_autofree char *title = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (other->id == self->slot->id || other->status == NB_MEETING_CANCELLED ||
          nb_meal_train_slot_has_helper (other, helper))
        continue;

      title = nb_train_slot_dup_title (other);
      item = g_menu_item_new (title, NULL);
      g_menu_item_set_action_and_target (item, "train.move-helper", "(xxx)", self->slot->id,
                                         other->id, helper);
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

static GMenuModel *
helper_menu (NbTrainSlotRow *self,
             gint64          helper,
             GPtrArray      *slots)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  g_autoptr(GMenuModel) move_to = move_to_menu (self, helper, slots);

  if (self->earlier > 0)
    {
      item = g_menu_item_new (_("Move to the _Meal Before"), NULL);
      g_menu_item_set_action_and_target (item, "train.move-helper", "(xxx)", self->slot->id,
                                         self->earlier, helper);
      g_menu_append_item (menu, item);
      g_clear_object (&item);
    }
  if (self->later > 0)
    {
      item = g_menu_item_new (_("Move to the Meal _After"), NULL);
      g_menu_item_set_action_and_target (item, "train.move-helper", "(xxx)", self->slot->id,
                                         self->later, helper);
      g_menu_append_item (menu, item);
      g_clear_object (&item);
    }

  if (g_menu_model_get_n_items (move_to) > 0)
    g_menu_append_submenu (menu, _("Move _To"), move_to);

  item = g_menu_item_new (helper == NB_TRAIN_HELPER_ME ? _("_I Cannot Bring It")
                                                       : _("_Does Not Bring It"), NULL);
  g_menu_item_set_action_and_target (item, "train.remove-helper", "(xx)", self->slot->id, helper);
  g_menu_append_item (menu, item);

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 NbTrainSlotRow *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  gint64 helper = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chip), "helper")) - 1;
  g_autofree char *text = g_strdup_printf (DRAG_PREFIX "%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                           self->slot->id, helper);

  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               NbTrainSlotRow *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chip);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         NbTrainSlotRow *self)
{
  const char *text = g_value_get_string (value);
  gint64 from = 0, helper = -1;

  if (text == NULL || !g_str_has_prefix (text, DRAG_PREFIX) ||
      sscanf (text + strlen (DRAG_PREFIX), "%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
              &from, &helper) != 2 || from <= 0 || helper < 0)
    return FALSE;

  if (from == self->slot->id)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self), "train.move-helper", "(xxx)",
                                     from, self->slot->id, helper);
}

/* A helper's menu is made when it opens: "Move To" lists every meal. */
static void
create_helper_menu (GtkMenuButton *chip,
                    gpointer       user_data)
{
  NbTrainSlotRow *self = user_data;
  gint64 helper = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chip), "helper")) - 1;
  g_autoptr(GMenuModel) menu = helper_menu (self, helper, self->slots);

  gtk_menu_button_set_menu_model (chip, menu);
}

static GtkWidget *
helper_chip (NbTrainSlotRow *self,
             gint64          helper)
{
  g_autofree char *name = nb_train_dup_helper_name (self->store, helper);
  g_autofree char *tooltip = helper == NB_TRAIN_HELPER_ME ? g_strdup (_("You bring it: move or take off"))
                                                         : g_strdup_printf (_("%s brings it: move or take off"), name);
  GtkWidget *chip = gtk_menu_button_new ();
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_menu_button_set_label (GTK_MENU_BUTTON (chip), name);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (chip), create_helper_menu, self, NULL);
  gtk_widget_set_tooltip_text (chip, tooltip);
  gtk_widget_add_css_class (chip, "train-helper");
  g_object_set_data (G_OBJECT (chip), "helper", GSIZE_TO_POINTER (helper + 1));

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (source));

  return chip;
}

static void
contact_chosen_cb (NbTrainSlotRow *self,
                   gint64          id)
{
  nb_contact_chooser_clear (self->chooser);
  gtk_menu_button_popdown (self->add_button);
  gtk_widget_activate_action (GTK_WIDGET (self), "train.add-helper", "(xx)", self->slot->id, id);
}

static void
bring_it_myself_cb (NbTrainSlotRow *self)
{
  gtk_menu_button_popdown (self->add_button);
  gtk_widget_activate_action (GTK_WIDGET (self), "train.add-helper", "(xx)", self->slot->id,
                              (gint64) NB_TRAIN_HELPER_ME);
}

static GtkWidget *
add_helper_button (NbTrainSlotRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *me = gtk_button_new_with_mnemonic (_("I’ll _Bring It"));
  GtkWidget *chooser = nb_contact_chooser_new ();

  gtk_widget_set_size_request (chooser, 260, -1);
  nb_contact_chooser_set_store (NB_CONTACT_CHOOSER (chooser), self->store);
  g_signal_connect_swapped (chooser, "contact-chosen", G_CALLBACK (contact_chosen_cb), self);
  self->chooser = NB_CONTACT_CHOOSER (chooser);
  gtk_widget_set_visible (me, !nb_meal_train_slot_has_helper (self->slot, NB_TRAIN_HELPER_ME));
  g_signal_connect_swapped (me, "clicked", G_CALLBACK (bring_it_myself_cb), self);
  gtk_box_append (GTK_BOX (box), chooser);
  gtk_box_append (GTK_BOX (box), me);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->add_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->add_button, _("Add _Helper…"));
  gtk_menu_button_set_use_underline (self->add_button, TRUE);
  gtk_menu_button_set_popover (self->add_button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button),
                               _("Choose someone to bring this meal, or bring it yourself"));
  gtk_widget_add_css_class (GTK_WIDGET (self->add_button), "flat");

  return GTK_WIDGET (self->add_button);
}

static GtkWidget *
slot_menu_button (NbTrainSlotRow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  gboolean cancelled = self->slot->status == NB_MEETING_CANCELLED;
  g_autoptr(GMenuItem) item = g_menu_item_new (cancelled ? _("_Bring This Meal Back")
                                                         : _("_Cancel This Meal…"), NULL);

  g_menu_item_set_action_and_target (item, cancelled ? "train.restore-slot" : "train.cancel-slot",
                                     "x", self->slot->id);
  g_menu_append_item (menu, item);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("More for this meal"));
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static char *
dup_window_text (NbMealTrain           *train,
                 const NbMealTrainSlot *slot)
{
  g_autoptr(GDateTime) start = nb_meal_train_dup_slot_start (train, slot->day, slot->meal, NULL);
  g_autoptr(GDateTime) end = nb_meal_train_dup_slot_end (train, slot->day, slot->meal, NULL);
  g_autofree char *from = start ? nb_format_time (start) : g_strdup ("");
  g_autofree char *until = end ? nb_format_time (end) : g_strdup ("");

  /* Translators: when a meal can be dropped off: "18:00–19:00". */
  return g_strdup_printf (C_("meal train", "%s–%s"), from, until);
}

static void
build (NbTrainSlotRow *self,
       NbMealTrain    *train)
{
  g_autofree char *title = nb_train_slot_dup_title (self->slot);
  g_autofree char *window = dup_window_text (train, self->slot);
  g_autofree char *subtitle = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *subtitle_label;
  GtkWidget *helpers;
  GtkDropTarget *target;
  gboolean cancelled = self->slot->status == NB_MEETING_CANCELLED;

  if (cancelled)
    /* Translators: a meal of a meal train that will not be brought. */
    subtitle = g_strdup_printf (C_("meal train", "%s · Cancelled"), window);
  else if (self->slot->status == NB_MEETING_DONE)
    /* Translators: a meal of a meal train that was brought. */
    subtitle = g_strdup_printf (C_("meal train", "%s · Brought"), window);
  else if (self->slot->helpers->len == 0)
    /* Translators: a meal of a meal train no one brings yet. */
    subtitle = g_strdup_printf (C_("meal train", "%s · Still open"), window);
  else
    subtitle = g_strdup (window);
  subtitle_label = gtk_label_new (subtitle);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_widget_add_css_class (title_label, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle_label), TRUE);
  gtk_widget_add_css_class (subtitle_label, "caption");
  if (nb_meal_train_slot_is_open (self->slot))
    gtk_widget_add_css_class (subtitle_label, "accent");
  else
    gtk_widget_add_css_class (subtitle_label, "dim-label");
  if (cancelled)
    gtk_widget_add_css_class (GTK_WIDGET (self), "train-slot-cancelled");

  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), title_label);
  gtk_box_append (GTK_BOX (labels), subtitle_label);
  gtk_box_append (GTK_BOX (top), labels);
  gtk_box_append (GTK_BOX (top), slot_menu_button (self));
  gtk_box_append (GTK_BOX (box), top);

  if (!cancelled)
    {
      helpers = gtk_flow_box_new ();
      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (helpers), GTK_SELECTION_NONE);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (helpers), 6);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (helpers), 6);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (helpers), 6);
      gtk_accessible_update_property (GTK_ACCESSIBLE (helpers), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Who brings it"), -1);
      for (guint i = 0; i < self->slot->helpers->len; i++)
        gtk_flow_box_append (GTK_FLOW_BOX (helpers),
                             helper_chip (self, g_array_index (self->slot->helpers, gint64, i)));
      gtk_flow_box_append (GTK_FLOW_BOX (helpers), add_helper_button (self));
      for (GtkWidget *child = gtk_widget_get_first_child (helpers); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          gtk_widget_set_focusable (child, FALSE);
          gtk_widget_set_halign (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child)),
                                 GTK_ALIGN_START);
        }
      gtk_box_append (GTK_BOX (box), helpers);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  {
    g_autofree char *label = g_strdup_printf ("%s, %s", title, subtitle);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }

  if (!cancelled)
    {
      target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
      g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
    }
}

static void
nb_train_slot_row_finalize (GObject *object)
{
  NbTrainSlotRow *self = (NbTrainSlotRow *) object;

  g_clear_pointer (&self->slot, nb_meal_train_slot_free);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_train_slot_row_parent_class)->finalize (object);
}

static void
nb_train_slot_row_class_init (NbTrainSlotRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_train_slot_row_finalize;
}

static void
nb_train_slot_row_init (NbTrainSlotRow *self)
{
}

/**
 * nb_train_slot_row_new:
 * @store: the store, for the helpers' names
 * @train: the slot's train
 * @slot: the slot
 * @slots: (element-type NbMealTrainSlot): all the train's slots, for its
 *   helpers to move to
 * @earlier: the id of the meal before it that is not cancelled, or 0
 * @later: the id of the meal after it, or 0
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
nb_train_slot_row_new (NbStore               *store,
                       NbMealTrain           *train,
                       const NbMealTrainSlot *slot,
                       GPtrArray             *slots,
                       gint64                 earlier,
                       gint64                 later)
{
  NbTrainSlotRow *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (slot != NULL, NULL);

  self = g_object_new (NB_TYPE_TRAIN_SLOT_ROW, NULL);
  self->store = g_object_ref (store);
  self->slot = nb_meal_train_slot_copy (slot);
  self->earlier = earlier;
  self->later = later;
  self->slots = slots ? g_ptr_array_ref (slots) : NULL;
  build (self, train);

  return GTK_WIDGET (self);
}

const NbMealTrainSlot *
nb_train_slot_row_get_slot (NbTrainSlotRow *self)
{
  g_return_val_if_fail (NB_IS_TRAIN_SLOT_ROW (self), NULL);

  return self->slot;
}
