/* nb-meal-train-dialog.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-meal-train-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "nb-clock.h"
#include "nb-contact-chooser.h"
#include "nb-format.h"
#include "nb-meal-train-dialog.h"
#include "nb-toast.h"

/**
 * NbMealTrainDialog:
 *
 * Organises a meal train, or changes one: for whom and why, from which
 * day to which, on which days of the week, lunch, dinner or both and when
 * they can be brought, where to, for how many, and what the helpers need
 * to know. A new train's dietary needs and address come from the card.
 * Saving a new train says so (#NbMealTrainDialog::created), for its window
 * to open, to find helpers.
 */
struct _NbMealTrainDialog
{
  AdwWindow         parent_instance;

  NbStore          *store;
  NbMealTrain      *train;        /* the draft */
  gboolean          is_new;

  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  GtkWidget        *save_button;
  AdwActionRow     *recipient_row;
  NbContactChooser *chooser;
  AdwEntryRow      *reason_row;
  GtkMenuButton    *first_button;
  GtkMenuButton    *last_button;
  GtkLabel         *first_label;
  GtkLabel         *last_label;
  GtkCalendar      *first_calendar;
  GtkCalendar      *last_calendar;
  GtkFlowBox       *weekdays_box;
  GtkSwitch        *lunch_switch;
  GtkSwitch        *dinner_switch;
  GtkSpinButton    *lunch_start_spin;
  GtkSpinButton    *lunch_end_spin;
  GtkSpinButton    *dinner_start_spin;
  GtkSpinButton    *dinner_end_spin;
  AdwEntryRow      *address_row;
  GtkSpinButton    *people_spin;
  AdwEntryRow      *dietary_row;
  AdwEntryRow      *notes_row;
  GtkLabel         *summary_label;

  GtkToggleButton  *weekday_buttons[7];
  gboolean          loading;
  GDate             first;
  GDate             last;
};

G_DEFINE_FINAL_TYPE (NbMealTrainDialog, nb_meal_train_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define MINUTES_PER_DAY (24 * 60)

static void
set_recipient (NbMealTrainDialog *self,
               gint64             id)
{
  g_autoptr(NbContact) contact = id > 0 ? nb_store_get_contact (self->store, id) : NULL;

  nb_meal_train_set_recipient (self->train, contact ? id : 0);
  gtk_widget_set_visible (GTK_WIDGET (self->chooser), contact == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->recipient_row), contact != NULL);
  if (contact != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->recipient_row),
                                   nb_contact_get_full_name (contact));
}

/* The card's first address, on one line. */
static char *
dup_contact_address (NbContact *contact)
{
  GPtrArray *addresses = nb_contact_get_addresses (contact);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (addresses == NULL || addresses->len == 0)
    return NULL;

  text = nb_address_format (g_ptr_array_index (addresses, 0));
  lines = g_strsplit (text, "\n", -1);

  return g_strjoinv (", ", lines);
}

static void
prefill_from_contact (NbMealTrainDialog *self,
                      gint64             id)
{
  g_autoptr(NbContact) contact = nb_store_get_contact (self->store, id);
  g_autofree char *address = NULL;
  const char *food;

  if (contact == NULL)
    return;

  address = dup_contact_address (contact);
  if (address != NULL && *gtk_editable_get_text (GTK_EDITABLE (self->address_row)) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->address_row), address);

  food = nb_contact_get_food_preferences (contact);
  if (food != NULL && *gtk_editable_get_text (GTK_EDITABLE (self->dietary_row)) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->dietary_row), food);
}

static void
contact_chosen_cb (NbMealTrainDialog *self,
                   gint64             id)
{
  nb_contact_chooser_clear (self->chooser);
  set_recipient (self, id);
  prefill_from_contact (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
}

static void
change_recipient_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  NbMealTrainDialog *self = NB_MEAL_TRAIN_DIALOG (widget);

  set_recipient (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->chooser));
}

static GDateTime *
date_time_from_date (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 12, 0, 0);
}

static void
date_from_calendar (GtkCalendar *calendar,
                    GDate       *date)
{
  g_autoptr(GDateTime) time = gtk_calendar_get_date (calendar);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
}

static guint
spin_minutes (GtkSpinButton *spin)
{
  return (guint) gtk_spin_button_get_value_as_int (spin);
}

/* The draft as the fields say, and how many meals that is. */
static void
update (NbMealTrainDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) times = NULL;
  g_autofree char *first = nb_format_day (&self->first, FALSE);
  g_autofree char *last = nb_format_day (&self->last, FALSE);
  NbTrainMeals meals = NB_TRAIN_MEALS_NONE;
  guint weekdays = 0;
  gboolean valid;

  if (self->loading)
    return;

  gtk_label_set_text (self->first_label, first);
  gtk_label_set_text (self->last_label, last);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->first_button), first);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->last_button), last);

  for (guint i = 0; i < G_N_ELEMENTS (self->weekday_buttons); i++)
    if (gtk_toggle_button_get_active (self->weekday_buttons[i]))
      weekdays |= 1u << i;
  if (gtk_switch_get_active (self->lunch_switch))
    meals |= NB_TRAIN_MEALS_LUNCH;
  if (gtk_switch_get_active (self->dinner_switch))
    meals |= NB_TRAIN_MEALS_DINNER;

  nb_meal_train_set_weekdays (self->train, weekdays);
  nb_meal_train_set_meals (self->train, meals);
  nb_meal_train_set_window (self->train, NB_MEAL_LUNCH, spin_minutes (self->lunch_start_spin),
                            spin_minutes (self->lunch_end_spin));
  nb_meal_train_set_window (self->train, NB_MEAL_DINNER, spin_minutes (self->dinner_start_spin),
                            spin_minutes (self->dinner_end_spin));

  gtk_widget_set_sensitive (GTK_WIDGET (self->lunch_start_spin), (meals & NB_TRAIN_MEALS_LUNCH) != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->lunch_end_spin), (meals & NB_TRAIN_MEALS_LUNCH) != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->dinner_start_spin), (meals & NB_TRAIN_MEALS_DINNER) != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->dinner_end_spin), (meals & NB_TRAIN_MEALS_DINNER) != 0);

  valid = nb_meal_train_set_days (self->train, &self->first, &self->last, &error);
  if (!valid)
    gtk_label_set_text (self->summary_label, error->message);
  else
    {
      g_autofree char *summary = NULL;

      times = nb_meal_train_list_slot_times (self->train);
      if (times->len == 0)
        {
          valid = FALSE;
          gtk_label_set_text (self->summary_label,
                              _("Choose a meal and a day of the week that falls in these days."));
        }
      else
        {
          summary = g_strdup_printf (ngettext ("%u meal for helpers to bring.",
                                               "%u meals for helpers to bring.", times->len),
                                     times->len);
          gtk_label_set_text (self->summary_label, summary);
        }
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "train.save",
                                 valid && nb_meal_train_get_recipient (self->train) > 0);
}

static void
first_day_selected_cb (NbMealTrainDialog *self)
{
  guint32 length = g_date_days_between (&self->first, &self->last);

  if (self->loading)
    return;

  date_from_calendar (self->first_calendar, &self->first);

  /* The train keeps its length when it moves. */
  self->last = self->first;
  g_date_add_days (&self->last, length);
  {
    g_autoptr(GDateTime) last = date_time_from_date (&self->last);

    gtk_calendar_select_day (self->last_calendar, last);
  }
  update (self);
}

static void
last_day_selected_cb (NbMealTrainDialog *self)
{
  if (self->loading)
    return;

  date_from_calendar (self->last_calendar, &self->last);
  update (self);
}

static void
meals_changed_cb (NbMealTrainDialog *self)
{
  update (self);
}

/* A time of day, as the clock reads it: "18:00" or "6:00 PM". */
static gboolean
spin_output_cb (NbMealTrainDialog *self,
                GtkSpinButton     *spin)
{
  guint minutes = spin_minutes (spin);
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *text = NULL;

  if (minutes >= MINUTES_PER_DAY)
    /* Translators: the end of a drop-off window at midnight. */
    text = g_strdup (_("midnight"));
  else
    {
      time = g_date_time_new_local (2000, 1, 1, minutes / 60, minutes % 60, 0);
      text = nb_format_time (time);
    }
  gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* "18:30", "18.30", "1830", "18", and a 12-hour clock's "6:30 pm". */
static int
spin_input_cb (NbMealTrainDialog *self,
               double            *value,
               GtkSpinButton     *spin)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autofree char *folded = g_utf8_strdown (text, -1);
  guint hours = 0, minutes = 0;
  int n;

  n = sscanf (folded, "%u%*[:.h ]%u", &hours, &minutes);
  if (n == 1 && hours >= 100)
    {
      minutes = hours % 100;
      hours /= 100;
    }
  if (n < 1 || hours > 24 || minutes > 59)
    return GTK_INPUT_ERROR;

  if (strstr (folded, "pm") != NULL && hours < 12)
    hours += 12;
  else if (strstr (folded, "am") != NULL && hours == 12)
    hours = 0;

  *value = MIN (hours * 60 + minutes, MINUTES_PER_DAY);

  return TRUE;
}

static void
setup_spin (NbMealTrainDialog *self,
            GtkSpinButton     *spin,
            guint              minutes,
            gboolean           is_end)
{
  GtkAdjustment *adjustment = gtk_adjustment_new (minutes, is_end ? 15 : 0,
                                                  is_end ? MINUTES_PER_DAY : MINUTES_PER_DAY - 15,
                                                  15, 60, 0);

  gtk_spin_button_set_adjustment (spin, adjustment);
  gtk_spin_button_set_value (spin, minutes);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (update), self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NbMealTrainDialog *self = NB_MEAL_TRAIN_DIALOG (widget);
  g_autoptr(NbMealTrain) saved = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  update (self);
  nb_meal_train_set_reason (self->train, gtk_editable_get_text (GTK_EDITABLE (self->reason_row)));
  nb_meal_train_set_address (self->train, gtk_editable_get_text (GTK_EDITABLE (self->address_row)));
  nb_meal_train_set_dietary (self->train, gtk_editable_get_text (GTK_EDITABLE (self->dietary_row)));
  nb_meal_train_set_notes (self->train, gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
  nb_meal_train_set_n_people (self->train, gtk_spin_button_get_value_as_int (self->people_spin));

  saved = nb_store_save_meal_train (self->store, self->train, &error);
  if (saved == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the meal train: %s"),
                                                  error->message);

      nb_toast_show_message (GTK_WIDGET (self), message);
      return;
    }

  /* Its window belongs to the main window, not to the dialog that goes. */
  g_object_ref (self);
  gtk_window_destroy (GTK_WINDOW (self));
  if (self->is_new)
    g_signal_emit (self, signals[CREATED], 0, parent, nb_meal_train_get_id (saved));
  g_object_unref (self);
}

static void
nb_meal_train_dialog_dispose (GObject *object)
{
  NbMealTrainDialog *self = (NbMealTrainDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_MEAL_TRAIN_DIALOG);
  g_clear_object (&self->train);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_meal_train_dialog_parent_class)->dispose (object);
}

static void
nb_meal_train_dialog_class_init (NbMealTrainDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_meal_train_dialog_dispose;

  /**
   * NbMealTrainDialog::created:
   * @self: the dialog
   * @parent: (nullable): the window the dialog belonged to
   * @id: the new train's id
   *
   * A new train was saved, and the dialog closed.
   */
  signals[CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, GTK_TYPE_WINDOW, G_TYPE_INT64);

  g_type_ensure (NB_TYPE_CONTACT_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-meal-train-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, recipient_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, chooser);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, first_button);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, last_button);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, first_label);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, last_label);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, first_calendar);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, last_calendar);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, weekdays_box);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, lunch_switch);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, dinner_switch);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, lunch_start_spin);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, lunch_end_spin);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, dinner_start_spin);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, dinner_end_spin);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, people_spin);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, dietary_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, NbMealTrainDialog, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, contact_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, first_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, last_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, meals_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_input_cb);

  gtk_widget_class_install_action (widget_class, "train.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "train.change-recipient", NULL,
                                   change_recipient_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* Seven toggles, Monday first, named as the language names the days. */
static void
add_weekday_buttons (NbMealTrainDialog *self)
{
  GDate day;

  /* Monday, 4 January 2027. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 4, G_DATE_JANUARY, 2027);

  for (guint i = 0; i < G_N_ELEMENTS (self->weekday_buttons); i++, g_date_add_days (&day, 1))
    {
      g_autoptr(GDateTime) time = date_time_from_date (&day);
      /* Translators: a day of the week, short, as g_date_time_format()
       * takes it: "%a" gives "Mon". */
      g_autofree char *short_name = g_date_time_format (time, C_("meal train", "%a"));
      g_autofree char *name = g_date_time_format (time, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (short_name);

      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (update), self);
      gtk_flow_box_append (self->weekdays_box, button);
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      self->weekday_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
}

static void
nb_meal_train_dialog_init (NbMealTrainDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_weekday_buttons (self);
}

static void
load_train (NbMealTrainDialog *self)
{
  guint lunch_start, lunch_end, dinner_start, dinner_end;
  NbTrainMeals meals = nb_meal_train_get_meals (self->train);
  guint weekdays = nb_meal_train_get_weekdays (self->train);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;

  self->loading = TRUE;
  g_date_clear (&self->first, 1);
  g_date_clear (&self->last, 1);
  if (nb_meal_train_get_first_day (self->train) != 0)
    {
      g_date_set_julian (&self->first, nb_meal_train_get_first_day (self->train));
      g_date_set_julian (&self->last, nb_meal_train_get_last_day (self->train));
    }
  else
    {
      /* From tomorrow, for two weeks. */
      g_autoptr(GDateTime) now = nb_clock_get_now ();

      g_date_set_dmy (&self->first, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
      g_date_add_days (&self->first, 1);
      self->last = self->first;
      g_date_add_days (&self->last, 13);
    }
  first = date_time_from_date (&self->first);
  last = date_time_from_date (&self->last);
  gtk_calendar_select_day (self->first_calendar, first);
  gtk_calendar_select_day (self->last_calendar, last);

  for (guint i = 0; i < G_N_ELEMENTS (self->weekday_buttons); i++)
    gtk_toggle_button_set_active (self->weekday_buttons[i], (weekdays & (1u << i)) != 0);
  gtk_switch_set_active (self->lunch_switch, (meals & NB_TRAIN_MEALS_LUNCH) != 0);
  gtk_switch_set_active (self->dinner_switch, (meals & NB_TRAIN_MEALS_DINNER) != 0);

  nb_meal_train_get_window (self->train, NB_MEAL_LUNCH, &lunch_start, &lunch_end);
  nb_meal_train_get_window (self->train, NB_MEAL_DINNER, &dinner_start, &dinner_end);
  setup_spin (self, self->lunch_start_spin, lunch_start, FALSE);
  setup_spin (self, self->lunch_end_spin, lunch_end, TRUE);
  setup_spin (self, self->dinner_start_spin, dinner_start, FALSE);
  setup_spin (self, self->dinner_end_spin, dinner_end, TRUE);

  gtk_editable_set_text (GTK_EDITABLE (self->reason_row),
                         nb_meal_train_get_reason (self->train) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->address_row),
                         nb_meal_train_get_address (self->train) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->dietary_row),
                         nb_meal_train_get_dietary (self->train) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row),
                         nb_meal_train_get_notes (self->train) ?: "");
  gtk_spin_button_set_value (self->people_spin, nb_meal_train_get_n_people (self->train));
  self->loading = FALSE;
}

/**
 * nb_meal_train_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store
 * @train: (nullable): a train to change, or %NULL for a new one
 * @recipient: for a new train, the contact it is for, or 0 to choose
 *
 * Returns: (transfer none): the dialog, to present
 */
NbMealTrainDialog *
nb_meal_train_dialog_new (GtkWindow   *parent,
                          NbStore     *store,
                          NbMealTrain *train,
                          gint64       recipient)
{
  NbMealTrainDialog *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (train == NULL || NB_IS_MEAL_TRAIN (train), NULL);

  self = g_object_new (NB_TYPE_MEAL_TRAIN_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->is_new = train == NULL;
  self->train = train ? nb_meal_train_copy (train) : nb_meal_train_new ();
  nb_contact_chooser_set_store (self->chooser, store);

  adw_window_title_set_title (self->window_title,
                              self->is_new ? _("New Meal Train") : _("Edit Meal Train"));
  gtk_window_set_title (GTK_WINDOW (self),
                        self->is_new ? _("New Meal Train") : _("Edit Meal Train"));

  load_train (self);
  if (self->is_new)
    {
      set_recipient (self, recipient);
      prefill_from_contact (self, recipient);
    }
  else
    set_recipient (self, nb_meal_train_get_recipient (self->train));
  update (self);

  return self;
}
