/* nb-keep-in-touch-row.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-keep-in-touch-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-avatar.h"
#include "nb-clock.h"
#include "nb-keep-in-touch-row.h"

/**
 * NbKeepInTouchRow:
 *
 * Someone on the keep-in-touch list: their avatar, name and why they are
 * there ("Mentors · Every month · last call 7 weeks ago"), and one button
 * for each thing to do about it: log a call, a message or a meeting, plan
 * a meal, snooze (3 days, a week, two weeks, or until a day of the
 * calendar), open their card (also what activating the row does). The
 * buttons only name actions: "keep-in-touch.log" (x, i) and
 * "keep-in-touch.snooze" (x, i) / "keep-in-touch.snooze-until" (x, x) of
 * the view, "meal.plan-with" and "win.show-contact" of the window.
 */
struct _NbKeepInTouchRow
{
  GtkListBoxRow  parent_instance;

  NbDueItem     *item;
  char          *name;

  AdwAvatar     *avatar;
  GtkLabel      *name_label;
  GtkLabel      *reason_label;
  GtkWidget     *call_button;
  GtkWidget     *message_button;
  GtkWidget     *met_button;
  GtkWidget     *plan_button;
  GtkWidget     *snooze_button;
  GtkWidget     *snooze_3_button;
  GtkWidget     *snooze_7_button;
  GtkWidget     *snooze_14_button;
  GtkPopover    *snooze_popover;
  GtkCalendar   *snooze_calendar;
  GtkWidget     *open_button;
};

G_DEFINE_FINAL_TYPE (NbKeepInTouchRow, nb_keep_in_touch_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
snooze_chosen_cb (NbKeepInTouchRow *self)
{
  gtk_popover_popdown (self->snooze_popover);
}

static void
snooze_until_cb (NbKeepInTouchRow *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->snooze_calendar);
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (day),
                                                         g_date_time_get_month (day),
                                                         g_date_time_get_day_of_month (day),
                                                         0, 0, 0);

  gtk_popover_popdown (self->snooze_popover);
  gtk_widget_activate_action (GTK_WIDGET (self), "keep-in-touch.snooze-until", "(xx)",
                              nb_due_item_get_entry (self->item)->contact_id,
                              g_date_time_to_unix (midnight));
}

/* The calendar opens a week on, or where the snooze ends. */
static void
snooze_shown_cb (NbKeepInTouchRow *self)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GDateTime) week = g_date_time_add_days (now, 7);

  gtk_calendar_select_day (self->snooze_calendar, week);
}

static void
set_accessible_label (GtkWidget *widget,
                      char      *label)
{
  g_autofree char *owned = label;

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, owned, -1);
}

static char *
describe (NbDueItem *item)
{
  const NbKeepInTouchEntry *entry = nb_due_item_get_entry (item);
  g_autofree char *reason = nb_keep_in_touch_entry_describe (entry);
  g_autofree char *when = NULL;
  GDate today;
  int days;

  if (!nb_due_item_get_soon (item) || !g_date_valid (&entry->due))
    return g_steal_pointer (&reason);

  nb_clock_get_today (&today);
  days = g_date_days_between (&today, &entry->due);
  if (days <= 1)
    when = g_strdup (_("Due tomorrow"));
  else
    /* Translators: when someone will be due, in "Due this week". */
    when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day", "Due in %d days", days), days);

  /* Translators: when someone is due, then why: "Due in 3 days · Every
   * month · last call 4 weeks ago". */
  return g_strdup_printf (C_("keep in touch reason", "%1$s · %2$s"), when, reason);
}

static void
show_item (NbKeepInTouchRow *self,
           NbStore          *store)
{
  const NbKeepInTouchEntry *entry = nb_due_item_get_entry (self->item);
  g_autoptr(NbContact) contact = store ? nb_store_get_contact (store, entry->contact_id) : NULL;
  g_autofree char *reason = describe (self->item);
  g_autofree char *label = NULL;
  GVariant *id = g_variant_new_int64 (entry->contact_id);

  g_variant_ref_sink (id);

  self->name = g_strdup (entry->name ? entry->name : "");
  gtk_label_set_text (self->name_label, self->name);
  gtk_label_set_text (self->reason_label, reason);
  adw_avatar_set_text (self->avatar, self->name);
  if (contact != NULL)
    nb_avatar_show_contact (self->avatar, contact);

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self), id);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->plan_button), id);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->open_button), id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->call_button), "(xi)", entry->contact_id,
                                    (int) NB_INTERACTION_CALL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->message_button), "(xi)", entry->contact_id,
                                    (int) NB_INTERACTION_MESSAGE);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->met_button), "(xi)", entry->contact_id,
                                    (int) NB_INTERACTION_MET);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->snooze_3_button), "(xi)", entry->contact_id, 3);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->snooze_7_button), "(xi)", entry->contact_id, 7);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->snooze_14_button), "(xi)", entry->contact_id, 14);
  g_variant_unref (id);

  /* Translators: a row of the keep-in-touch list as a screen reader says
   * it: "Ada Lovelace, Mentors · Every month · last call 7 weeks ago". */
  label = g_strdup_printf (_("%1$s, %2$s"), self->name, reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* Translators: buttons of the keep-in-touch list as a screen reader says
   * them; %s is a name. */
  set_accessible_label (self->call_button, g_strdup_printf (_("Log a call with %s"), self->name));
  set_accessible_label (self->message_button, g_strdup_printf (_("Log a message to %s"), self->name));
  set_accessible_label (self->met_button, g_strdup_printf (_("Log that you met %s"), self->name));
  set_accessible_label (self->plan_button, g_strdup_printf (_("Plan a meal with %s"), self->name));
  set_accessible_label (self->snooze_button, g_strdup_printf (_("Snooze %s"), self->name));
  set_accessible_label (self->open_button, g_strdup_printf (_("Open the card of %s"), self->name));
}

static void
nb_keep_in_touch_row_dispose (GObject *object)
{
  NbKeepInTouchRow *self = (NbKeepInTouchRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_KEEP_IN_TOUCH_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (nb_keep_in_touch_row_parent_class)->dispose (object);
}

static void
nb_keep_in_touch_row_finalize (GObject *object)
{
  NbKeepInTouchRow *self = (NbKeepInTouchRow *) object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (nb_keep_in_touch_row_parent_class)->finalize (object);
}

static void
nb_keep_in_touch_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  NbKeepInTouchRow *self = NB_KEEP_IN_TOUCH_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_keep_in_touch_row_class_init (NbKeepInTouchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_keep_in_touch_row_dispose;
  object_class->finalize = nb_keep_in_touch_row_finalize;
  object_class->get_property = nb_keep_in_touch_row_get_property;

  /**
   * NbKeepInTouchRow:title:
   *
   * The name shown.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-keep-in-touch-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, reason_label);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, call_button);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, message_button);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, met_button);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, plan_button);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, snooze_button);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, snooze_3_button);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, snooze_7_button);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, snooze_14_button);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, snooze_popover);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, snooze_calendar);
  gtk_widget_class_bind_template_child (widget_class, NbKeepInTouchRow, open_button);
  gtk_widget_class_bind_template_callback (widget_class, snooze_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, snooze_until_cb);
}

static void
nb_keep_in_touch_row_init (NbKeepInTouchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->snooze_popover, "show", G_CALLBACK (snooze_shown_cb), self);
}

/**
 * nb_keep_in_touch_row_new:
 * @store: (nullable): the store, for the contact's photo
 * @item: whom the row is for
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
nb_keep_in_touch_row_new (NbStore   *store,
                          NbDueItem *item)
{
  NbKeepInTouchRow *self;

  g_return_val_if_fail (NB_IS_DUE_ITEM (item), NULL);

  self = g_object_new (NB_TYPE_KEEP_IN_TOUCH_ROW, NULL);
  self->item = g_object_ref (item);
  show_item (self, store);

  return GTK_WIDGET (self);
}

/**
 * nb_keep_in_touch_row_get_item:
 *
 * Returns: (transfer none): whom the row is for
 */
NbDueItem *
nb_keep_in_touch_row_get_item (NbKeepInTouchRow *self)
{
  g_return_val_if_fail (NB_IS_KEEP_IN_TOUCH_ROW (self), NULL);

  return self->item;
}

/**
 * nb_keep_in_touch_row_get_name:
 *
 * Returns: the name shown
 */
const char *
nb_keep_in_touch_row_get_name (NbKeepInTouchRow *self)
{
  g_return_val_if_fail (NB_IS_KEEP_IN_TOUCH_ROW (self), NULL);

  return self->name;
}
