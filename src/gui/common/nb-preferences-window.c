/* nb-preferences-window.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-preferences-window"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <stdlib.h>

#include "nb-cadence.h"
#include "nb-preferences-window.h"

/**
 * NbPreferencesWindow:
 *
 * Netbook's preferences, each stored in GSettings as soon as it changes:
 * the weekly goal of meals, how often to see people by default, whether
 * birthdays are announced, the daily keep-in-touch reminder and its time,
 * and whether Netbook runs in the background (see NbApplication).
 */
struct _NbPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkAdjustment        *goal_adjustment;
  GtkSwitch            *birthday_switch;
  AdwComboRow          *cadence_row;
  GtkStringList        *cadence_model;
  GArray               *cadence_days;   /* the model's rhythms */

  GtkSwitch            *digest_switch;
  GtkSwitch            *background_switch;
  GtkSpinButton        *hour_spin;
  GtkSpinButton        *minute_spin;
  GtkAdjustment        *hour_adjustment;
  GtkAdjustment        *minute_adjustment;
  GtkLabel             *am_pm_label;
  gboolean              twelve_hours;   /* 9 AM rather than 09 */

  NbStore              *store;
  GtkWidget            *circles_group;
  GtkSwitch            *last_in_touch_switch;
  GtkSwitch            *give_and_take_switch;
  AdwEntryRow          *my_name_row;
  AdwEntryRow          *my_email_row;
};

G_DEFINE_FINAL_TYPE (NbPreferencesWindow, nb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean
model_has_strings (GListModel         *model,
                   const char * const *strings)
{
  guint n = g_list_model_get_n_items (model);

  if (n != g_strv_length ((char **) strings))
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (!g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), strings[i]))
      return FALSE;

  return TRUE;
}

/* The combo row shows the offered rhythms; a rhythm set some other way
 * (by hand, or by a later version) is shown too, as the last choice. */
static gboolean
cadence_get_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  NbPreferencesWindow *self = user_data;
  g_auto(GStrv) labels = NULL;
  guint selected;

  g_clear_pointer (&self->cadence_days, g_array_unref);
  self->cadence_days = nb_cadence_list_choices (NB_CADENCE_CHOICES_DEFAULT,
                                                g_variant_get_int32 (variant), 0,
                                                &labels, &selected);
  if (!model_has_strings (G_LIST_MODEL (self->cadence_model), (const char * const *) labels))
    gtk_string_list_splice (self->cadence_model, 0,
                            g_list_model_get_n_items (G_LIST_MODEL (self->cadence_model)),
                            (const char * const *) labels);

  g_value_set_uint (value, selected);
  return TRUE;
}

static GVariant *
cadence_set_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  NbPreferencesWindow *self = user_data;
  guint index = g_value_get_uint (value);

  /* No choice: nothing to store. */
  if (self->cadence_days == NULL || index >= self->cadence_days->len)
    return NULL;

  return g_variant_new_int32 (g_array_index (self->cadence_days, int, index));
}

/* The reminder's time: one setting, minutes after midnight, shown as an
 * hour and minutes. */
static gboolean
hour_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_int32 (variant) / 60);
  return TRUE;
}

static GVariant *
hour_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  NbPreferencesWindow *self = user_data;
  int minute = g_settings_get_int (self->settings, "digest-time") % 60;
  int hour = CLAMP ((int) g_value_get_double (value), 0, 23);

  return g_variant_new_int32 (hour * 60 + minute);
}

static gboolean
minute_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_int32 (variant) % 60);
  return TRUE;
}

static GVariant *
minute_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  NbPreferencesWindow *self = user_data;
  int hour = g_settings_get_int (self->settings, "digest-time") / 60;
  int minute = CLAMP ((int) g_value_get_double (value), 0, 59);

  return g_variant_new_int32 (hour * 60 + minute);
}

/* 12-hour times where the desktop (GNOME's clock format) or, without
 * GNOME's setting, the language shows them so. */
static gboolean
uses_twelve_hours (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *format;

  schema = source ? g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE) : NULL;
  if (schema != NULL && g_settings_schema_has_key (schema, "clock-format"))
    {
      g_autoptr(GSettings) interface = g_settings_new_full (schema, NULL, NULL);
      g_autofree char *clock_format = g_settings_get_string (interface, "clock-format");

      return g_strcmp0 (clock_format, "12h") == 0;
    }

  format = nl_langinfo (T_FMT);
  return format != NULL && (strstr (format, "%r") || strstr (format, "%p") || strstr (format, "%I") ||
                            strstr (format, "%l"));
}

static gboolean
hour_output_cb (GtkSpinButton       *spin,
                NbPreferencesWindow *self)
{
  int hour = (int) gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = NULL;

  if (self->twelve_hours)
    {
      /* "9" and, after the minutes, "AM" in the language's words. */
      text = g_strdup_printf ("%d", hour % 12 == 0 ? 12 : hour % 12);
      gtk_label_set_label (self->am_pm_label, nl_langinfo (hour < 12 ? AM_STR : PM_STR));
    }
  else
    text = g_strdup_printf ("%02d", hour);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* Typed: "9", "21", or "9 pm" on a 12-hour clock (where "9" keeps the
 * half of the day shown). */
static int
hour_input_cb (GtkSpinButton       *spin,
               double              *new_value,
               NbPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *pm = g_utf8_casefold (nl_langinfo (PM_STR), -1);
  g_autofree char *am = g_utf8_casefold (nl_langinfo (AM_STR), -1);
  char *end = NULL;
  long hour = strtol (text, &end, 10);

  if (end == text || hour < 0 || hour > 23)
    return GTK_INPUT_ERROR;

  if (self->twelve_hours && hour >= 1 && hour <= 12)
    {
      if (*pm != '\0' && strstr (folded, pm) != NULL)
        hour = hour % 12 + 12;
      else if (*am != '\0' && strstr (folded, am) != NULL)
        hour = hour % 12;
      else if (gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)) >= 12)
        hour = hour % 12 + 12;
      else
        hour = hour % 12;
    }

  *new_value = hour;
  return TRUE;
}

static gboolean
minute_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", (int) gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Circles                                                                 */

static void
circle_cadence_cb (AdwComboRow         *row,
                   GParamSpec          *pspec,
                   NbPreferencesWindow *self)
{
  GArray *days = g_object_get_data (G_OBJECT (row), "nb-days");
  const char *name = g_object_get_data (G_OBJECT (row), "nb-circle");
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || days == NULL || selected >= days->len)
    return;

  if (!nb_store_set_circle_cadence (self->store, name, g_array_index (days, int, selected), &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      AdwToast *toast = adw_toast_new (escaped);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
    }
}

/* One row per circle, with its rhythm. */
static void
fill_circles (NbPreferencesWindow *self)
{
  g_autoptr(GPtrArray) circles = NULL;
  g_autoptr(GError) error = NULL;
  int default_days = g_settings_get_int (self->settings, "default-cadence-days");

  circles = nb_store_list_circles (self->store, &error);
  if (circles == NULL)
    {
      g_warning ("Could not read the circles: %s", error->message);
      return;
    }

  for (guint i = 0; i < circles->len; i++)
    {
      NbCircle *circle = g_ptr_array_index (circles, i);
      g_auto(GStrv) labels = NULL;
      g_autofree char *members = NULL;
      GArray *days;
      GtkWidget *row = adw_combo_row_new ();
      guint selected = 0;

      days = nb_cadence_list_choices (NB_CADENCE_CHOICES_CONTACT, circle->cadence_days, default_days,
                                      &labels, &selected);
      /* A circle without a rhythm of its own leaves its people to theirs,
       * or to the default. */
      for (guint j = 0; j < days->len; j++)
        if (g_array_index (days, int, j) == NB_CADENCE_AS_DEFAULT)
          {
            g_free (labels[j]);
            /* Translators: a circle's keep-in-touch rhythm: none of its own. */
            labels[j] = g_strdup (C_("circle rhythm", "None"));
          }

      /* A circle's name is a tag anyone typed: not Pango markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), circle->name);
      members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", circle->n_members),
                                 circle->n_members);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), members);
      adw_combo_row_set_model (ADW_COMBO_ROW (row),
                               G_LIST_MODEL (gtk_string_list_new ((const char * const *) labels)));
      g_object_unref (adw_combo_row_get_model (ADW_COMBO_ROW (row)));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
      g_object_set_data_full (G_OBJECT (row), "nb-days", days, (GDestroyNotify) g_array_unref);
      g_object_set_data_full (G_OBJECT (row), "nb-circle", g_strdup (circle->name), g_free);
      g_signal_connect (row, "notify::selected", G_CALLBACK (circle_cadence_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->circles_group), row);
    }
}

static void
nb_preferences_window_dispose (GObject *object)
{
  NbPreferencesWindow *self = (NbPreferencesWindow *) object;

  g_clear_object (&self->store);

  /* The mapping needs the window; the row may outlive it. */
  if (self->cadence_row != NULL)
    g_settings_unbind (self->cadence_row, "selected");
  if (self->hour_adjustment != NULL)
    g_settings_unbind (self->hour_adjustment, "value");
  if (self->minute_adjustment != NULL)
    g_settings_unbind (self->minute_adjustment, "value");
  g_clear_object (&self->settings);
  g_clear_pointer (&self->cadence_days, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (nb_preferences_window_parent_class)->dispose (object);
}

static void
nb_preferences_window_class_init (NbPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, goal_adjustment);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, birthday_switch);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, cadence_model);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, digest_switch);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, hour_adjustment);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, minute_adjustment);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, am_pm_label);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, circles_group);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, last_in_touch_switch);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, give_and_take_switch);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, my_name_row);
  gtk_widget_class_bind_template_child (widget_class, NbPreferencesWindow, my_email_row);
}

static void
nb_preferences_window_init (NbPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "weekly-goal", self->goal_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "birthday-notifications", self->birthday_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "my-name", self->my_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "my-email", self->my_email_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-give-and-take", self->give_and_take_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-last-in-touch", self->last_in_touch_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "default-cadence-days", self->cadence_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, cadence_get_mapping, cadence_set_mapping,
                                self, NULL);

  /* Reminders. */
  self->twelve_hours = uses_twelve_hours ();
  gtk_widget_set_visible (GTK_WIDGET (self->am_pm_label), self->twelve_hours);
  g_signal_connect (self->hour_spin, "output", G_CALLBACK (hour_output_cb), self);
  g_signal_connect (self->hour_spin, "input", G_CALLBACK (hour_input_cb), self);
  g_signal_connect (self->minute_spin, "output", G_CALLBACK (minute_output_cb), NULL);
  g_settings_bind (self->settings, "digest-enabled", self->digest_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "digest-time", self->hour_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT, hour_get_mapping, hour_set_mapping, self, NULL);
  g_settings_bind_with_mapping (self->settings, "digest-time", self->minute_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT, minute_get_mapping, minute_set_mapping, self, NULL);
  g_settings_bind (self->settings, "run-in-background", self->background_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * nb_preferences_window_new:
 * @parent: the window it belongs to
 *
 * Returns: (transfer floating): the preferences window
 */
GtkWidget *
nb_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (NB_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
}

/**
 * nb_preferences_window_set_store:
 * @self: the preferences
 * @store: (nullable): the store, whose circles it lists
 *
 * Shows the circles of @store, each with its rhythm.
 */
void
nb_preferences_window_set_store (NbPreferencesWindow *self,
                                 NbStore             *store)
{
  g_return_if_fail (NB_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (store == NULL || NB_IS_STORE (store));

  if (self->store != NULL || store == NULL)
    return;

  self->store = g_object_ref (store);
  fill_circles (self);
}
