/* nb-contact-card.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-contact-card"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-avatar.h"
#include "nb-cadence.h"
#include "nb-clock.h"
#include "nb-contact-card.h"
#include "nb-contact-history.h"
#include "nb-interaction-dialog.h"
#include "nb-introduction-dialog.h"
#include "nb-introductions-group.h"
#include "nb-log-interaction.h"
#include "nb-format.h"
#include "nb-give-and-take-group.h"
#include "nb-matches-group.h"
#include "nb-meal-row.h"
#include "nb-meal-train-window.h"
#include "nb-meal-trains-group.h"

/**
 * NbContactCard:
 *
 * Shows a contact: photo, name, how to reach them, their birthday, what
 * matters for the relationship, when you were last in touch and your meals
 * together. Emails, phone numbers and websites open in the program for
 * them; every value can be copied. It follows the contact's changes, and
 * the store's meals, while it shows it.
 */
struct _NbContactCard
{
  GtkWidget   parent_instance;

  NbContact  *contact;
  NbStore    *store;
  GSettings  *settings;

  GtkWidget  *scroller;
  GtkWidget  *plan_button;
  GtkWidget  *map_button;
  AdwAvatar  *avatar;
  GtkLabel   *name_label;
  GtkLabel   *nickname_label;
  GtkLabel   *organization_label;
  GtkBox     *groups_box;
  NbContactHistory *history;
};

G_DEFINE_FINAL_TYPE (NbContactCard, nb_contact_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTACT,
  PROP_STORE,
  N_PROPS
};

/* How many meals the card lists at most; the latest past ones first show,
 * the others fold away. */
#define MAX_MEALS 50
#define SHOWN_PAST_MEALS 5
#define MAX_SYNC_NOTES 5

static GParamSpec *properties[N_PROPS];

static void
copy_clicked_cb (GtkButton *button)
{
  const char *value = g_object_get_data (G_OBJECT (button), "nb-value");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), value);
  gtk_widget_activate_action (GTK_WIDGET (button), "win.show-toast", "s", _("Copied to clipboard"));
}

static void
row_activated_cb (AdwActionRow *row)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "nb-uri");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (row));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static GtkWidget *
info_row (const char *icon_name,
          const char *title,
          const char *subtitle,
          const char *uri,
          const char *copy_value)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  /* User text is not Pango markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (row, subtitle);
  /* Long notes wrap, up to a point: the editor has all of them. */
  adw_action_row_set_title_lines (row, 10);
  adw_action_row_set_subtitle_lines (row, 2);
  gtk_widget_add_css_class (GTK_WIDGET (row), "property");

  if (icon_name != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle ? subtitle : "", -1);
      gtk_widget_add_css_class (icon, "dim-label");
      adw_action_row_add_prefix (row, icon);
    }

  if (uri != NULL)
    {
      g_object_set_data_full (G_OBJECT (row), "nb-uri", g_strdup (uri), g_free);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), NULL);
    }

  if (copy_value != NULL)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("edit-copy-symbolic");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Copy"));
      g_object_set_data_full (G_OBJECT (button), "nb-value", g_strdup (copy_value), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (copy_clicked_cb), NULL);
      adw_action_row_add_suffix (row, button);
    }

  return GTK_WIDGET (row);
}

static AdwPreferencesGroup *
new_group (const char *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  if (title != NULL)
    adw_preferences_group_set_title (group, title);

  return group;
}

static void
add_group_if_filled (NbContactCard       *self,
                     AdwPreferencesGroup *group,
                     guint                n_rows)
{
  if (n_rows == 0)
    {
      g_object_ref_sink (group);
      g_object_unref (group);
      return;
    }

  gtk_box_append (self->groups_box, GTK_WIDGET (group));
}

static guint
add_fields (AdwPreferencesGroup *group,
            GPtrArray           *fields,
            NbLabelKind          kind,
            const char          *icon_name)
{
  for (guint i = 0; i < fields->len; i++)
    {
      NbField *field = g_ptr_array_index (fields, i);
      g_autofree char *label = nb_format_label (field->label);
      g_autofree char *uri = nb_format_field_uri (kind, field->value);

      adw_preferences_group_add (group, info_row (icon_name, field->value, label, uri, field->value));
    }

  return fields->len;
}

static guint
add_text_row (AdwPreferencesGroup *group,
              const char          *icon_name,
              const char          *text,
              const char          *caption)
{
  if (text == NULL || *text == '\0')
    return 0;

  adw_preferences_group_add (group, info_row (icon_name, text, caption, NULL, NULL));
  return 1;
}

/* When you were last in touch, and how often you mean to be. */
static void
add_keep_in_touch (NbContactCard *self)
{
  AdwPreferencesGroup *group = new_group (_("Keep in Touch"));
  gint64 last = nb_contact_get_last_interaction (self->contact);
  int cadence = nb_contact_get_cadence (self->contact);
  g_autofree char *last_text = NULL;
  g_autofree char *rhythm = NULL;
  const char *how = NULL;

  if (last > 0)
    {
      g_autoptr(GDateTime) then = g_date_time_new_from_unix_local (last);
      g_autofree char *ago = NULL;
      NbInteractionKind kind = nb_contact_get_last_interaction_kind (self->contact);
      GDate then_day, today;

      g_date_clear (&then_day, 1);
      g_date_set_dmy (&then_day, g_date_time_get_day_of_month (then), g_date_time_get_month (then),
                      g_date_time_get_year (then));
      nb_clock_get_today (&today);
      ago = nb_format_days_ago (g_date_days_between (&then_day, &today));
      how = nb_interaction_kind_get_label (kind);

      if (kind == NB_INTERACTION_MEAL || kind == NB_INTERACTION_MET)
        /* Translators: "Last met 12 days ago", "Last met today". */
        last_text = g_strdup_printf (_("Last met %s"), ago);
      else
        /* Translators: "Last in touch 5 days ago". */
        last_text = g_strdup_printf (_("Last in touch %s"), ago);
    }
  else
    last_text = g_strdup (_("Not met yet"));

  adw_preferences_group_add (group, info_row (last > 0 && nb_contact_get_last_interaction_kind (self->contact) !=
                                              NB_INTERACTION_MEAL ? "emoji-people-symbolic" : "nb-meal-symbolic",
                                              last_text, how, NULL, NULL));

  if (cadence == NB_CADENCE_AS_DEFAULT)
    rhythm = nb_cadence_describe_default (g_settings_get_int (self->settings, "default-cadence-days"));
  else
    rhythm = nb_cadence_describe (cadence);
  adw_preferences_group_add (group, info_row ("view-refresh-symbolic", rhythm, _("How often to meet"),
                                              NULL, NULL));

  gtk_box_append (self->groups_box, GTK_WIDGET (group));
}

static void
meal_row_activated_cb (AdwActionRow *row)
{
  NbMeeting *meeting = nb_meal_row_get_meeting (NB_MEAL_ROW (row));

  gtk_widget_activate_action (GTK_WIDGET (row), "meal.edit", "x", nb_meeting_get_id (meeting));
}

static GtkWidget *
card_meal_row (NbContactCard *self,
               NbMeeting     *meeting)
{
  GtkWidget *row = nb_meal_row_new (self->store, meeting, TRUE);

  g_signal_connect (row, "activated", G_CALLBACK (meal_row_activated_cb), NULL);
  return row;
}

/* The meals together: the planned ones, soonest first, then the latest
 * past ones; earlier ones fold away. */
static void
add_meals (NbContactCard *self)
{
  g_autoptr(GPtrArray) meals = NULL;
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  AdwPreferencesGroup *group;
  GtkWidget *earlier = NULL;
  guint n_past = 0;
  int first_past;

  if (self->store == NULL || nb_contact_get_id (self->contact) == 0)
    return;

  meals = nb_store_list_contact_meetings (self->store, nb_contact_get_id (self->contact), MAX_MEALS);
  if (meals->len == 0)
    return;

  group = new_group (_("Meals Together"));

  /* Latest first: the planned ones are at the front. */
  for (first_past = 0; first_past < (int) meals->len; first_past++)
    if (g_date_time_compare (nb_meeting_get_start (g_ptr_array_index (meals, first_past)), now) < 0)
      break;

  for (int i = first_past - 1; i >= 0; i--)
    adw_preferences_group_add (group, card_meal_row (self, g_ptr_array_index (meals, i)));

  for (guint i = first_past; i < meals->len; i++, n_past++)
    {
      GtkWidget *row = card_meal_row (self, g_ptr_array_index (meals, i));

      if (n_past < SHOWN_PAST_MEALS)
        {
          adw_preferences_group_add (group, row);
          continue;
        }

      if (earlier == NULL)
        {
          earlier = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (earlier), _("Earlier Meals"));
          adw_preferences_group_add (group, earlier);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (earlier), row);
    }

  gtk_box_append (self->groups_box, GTK_WIDGET (group));
}

/* What sync conflicts replaced on this card: kept, and shown, so that no
 * change made on one device is lost unseen. */
static void
add_sync_history (NbContactCard *self)
{
  g_autoptr(GPtrArray) notes = NULL;
  AdwPreferencesGroup *group;

  if (self->store == NULL || nb_contact_get_uid (self->contact) == NULL)
    return;

  notes = nb_store_list_sync_notes (self->store, NB_COLLECTION_CONTACTS,
                                    nb_contact_get_uid (self->contact));
  if (notes->len == 0)
    return;

  group = new_group (_("Replaced by Sync"));
  adw_preferences_group_set_description (group,
    _("This card was changed here and on another device at once; the newer change of each field was kept. This is what it replaced."));

  for (guint i = 0; i < MIN (notes->len, MAX_SYNC_NOTES); i++)
    {
      NbSyncNote *note = g_ptr_array_index (notes, i);
      g_autofree char *when = nb_format_moment (note->date);

      adw_preferences_group_add (group, info_row ("emblem-synchronizing-symbolic", note->summary,
                                                  when, NULL, note->summary));
    }

  gtk_box_append (self->groups_box, GTK_WIDGET (group));
}

/* The meal trains for them. */
static void
add_meal_trains (NbContactCard *self)
{
  g_autoptr(GPtrArray) trains = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  trains = nb_store_list_meal_trains (self->store, nb_contact_get_id (self->contact), 0, &error);
  if (trains == NULL)
    {
      g_warning ("Could not read the meal trains: %s", error->message);
      return;
    }
  if (trains->len > 0)
    gtk_box_append (self->groups_box, nb_meal_trains_group_new (self->store, trains, FALSE));
}

/* Introduced to, introduced by. */
static void
add_introductions (NbContactCard *self)
{
  g_autoptr(GPtrArray) introductions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *group;

  if (self->store == NULL)
    return;

  introductions = nb_store_list_introductions (self->store, nb_contact_get_id (self->contact), &error);
  if (introductions == NULL)
    {
      g_warning ("Could not read the introductions: %s", error->message);
      return;
    }
  if (introductions->len == 0)
    return;

  group = nb_introductions_group_new (self->store, nb_contact_get_id (self->contact), introductions);
  gtk_box_append (self->groups_box, group);
}

static void
add_give_and_take (NbContactCard *self)
{
  g_autoptr(NbGiveAndTake) counts = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *group;

  if (self->store == NULL || !g_settings_get_boolean (self->settings, "show-give-and-take"))
    return;

  now = nb_clock_get_now ();
  counts = nb_store_get_give_and_take (self->store, nb_contact_get_id (self->contact), now, &error);
  if (counts == NULL)
    {
      g_warning ("Could not read the give and take: %s", error->message);
      return;
    }
  if (nb_give_and_take_count (counts) == 0)
    return;

  group = nb_give_and_take_group_new ();
  nb_give_and_take_group_show (NB_GIVE_AND_TAKE_GROUP (group), counts, nb_contact_get_full_name (self->contact));
  gtk_box_append (self->groups_box, group);
}

static void
rebuild (NbContactCard *self)
{
  g_autofree char *organization = NULL;
  g_autofree char *nickname = NULL;
  AdwPreferencesGroup *group;
  GtkWidget *child;
  const char *name;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))))
    gtk_box_remove (self->groups_box, child);

  nb_avatar_show_contact (self->avatar, self->contact);

  if (self->contact == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->nickname_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->organization_label), FALSE);
      return;
    }

  name = nb_contact_get_full_name (self->contact);
  gtk_label_set_text (self->name_label, name ? name : "");

  if (nb_contact_get_nickname (self->contact) != NULL)
    /* Translators: how a nickname is shown under the name. */
    nickname = g_strdup_printf (_("“%s”"), nb_contact_get_nickname (self->contact));
  gtk_label_set_text (self->nickname_label, nickname ? nickname : "");
  gtk_widget_set_visible (GTK_WIDGET (self->nickname_label), nickname != NULL);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->plan_button), "x",
                                    nb_contact_get_id (self->contact));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->map_button), "x",
                                    nb_contact_get_id (self->contact));

  organization = nb_format_organization_line (self->contact);
  gtk_label_set_text (self->organization_label, organization ? organization : "");
  gtk_widget_set_visible (GTK_WIDGET (self->organization_label), organization != NULL);

  /* How to reach them. */
  group = new_group (NULL);
  n = add_fields (group, nb_contact_get_emails (self->contact), NB_LABEL_KIND_EMAIL,
                  "mail-unread-symbolic");
  n += add_fields (group, nb_contact_get_phones (self->contact), NB_LABEL_KIND_PHONE,
                   "call-start-symbolic");
  n += add_fields (group, nb_contact_get_websites (self->contact), NB_LABEL_KIND_WEBSITE,
                   "web-browser-symbolic");
  for (guint i = 0; i < nb_contact_get_addresses (self->contact)->len; i++)
    {
      NbAddress *address = g_ptr_array_index (nb_contact_get_addresses (self->contact), i);
      g_autofree char *text = nb_address_format (address);
      g_autofree char *label = nb_format_label (address->label);

      adw_preferences_group_add (group, info_row ("mark-location-symbolic", text, label, NULL, text));
      n++;
    }
  add_group_if_filled (self, group, n);

  /* Their birthday. */
  group = new_group (NULL);
  n = 0;
  if (nb_contact_get_birthday (self->contact) != NULL)
    {
      const NbBirthday *birthday = nb_contact_get_birthday (self->contact);
      g_autofree char *date = nb_format_birthday (birthday);
      g_autofree char *countdown = NULL;
      GDate today;

      nb_clock_get_today (&today);
      countdown = nb_format_birthday_countdown (birthday, &today);
      adw_preferences_group_add (group, info_row ("nb-birthday-symbolic", date, countdown, NULL, NULL));
      n++;
    }
  add_group_if_filled (self, group, n);

  /* What matters for the relationship. */
  group = new_group (_("Relationship"));
  n = add_text_row (group, "emoji-people-symbolic", nb_contact_get_how_met (self->contact),
                    _("How we met"));
  n += add_text_row (group, "emblem-favorite-symbolic", nb_contact_get_help_notes (self->contact),
                     _("How I can help"));
  n += add_text_row (group, "emoji-food-symbolic", nb_contact_get_food_preferences (self->contact),
                     _("Food preferences"));
  if (nb_contact_get_looking_for (self->contact)[0] != NULL)
    {
      /* Translators: the separator between a card's needs or offers. */
      g_autofree char *needs = g_strjoinv (_("; "), (char **) nb_contact_get_looking_for (self->contact));

      n += add_text_row (group, "system-search-symbolic", needs, _("Looking for"));
    }
  if (nb_contact_get_offers (self->contact)[0] != NULL)
    {
      g_autofree char *offers = g_strjoinv (_("; "), (char **) nb_contact_get_offers (self->contact));

      n += add_text_row (group, "starred-symbolic", offers, _("Good at or can offer"));
    }
  if (nb_contact_get_tags (self->contact)[0] != NULL)
    {
      /* Translators: the separator between tags. */
      g_autofree char *tags = g_strjoinv (_(", "), (char **) nb_contact_get_tags (self->contact));

      n += add_text_row (group, "bookmark-new-symbolic", tags, _("Tags"));
    }
  add_group_if_filled (self, group, n);

  /* Who could help with their needs, and whom their offers could. */
  if (self->store != NULL && nb_contact_get_looking_for (self->contact)[0] != NULL)
    gtk_box_append (self->groups_box, nb_matches_group_new (self->store, nb_contact_get_id (self->contact), TRUE));
  if (self->store != NULL && nb_contact_get_offers (self->contact)[0] != NULL)
    gtk_box_append (self->groups_box, nb_matches_group_new (self->store, nb_contact_get_id (self->contact), FALSE));

  add_keep_in_touch (self);
  add_meal_trains (self);
  add_introductions (self);
  add_give_and_take (self);
  add_meals (self);

  group = new_group (_("Notes"));
  n = add_text_row (group, NULL, nb_contact_get_notes (self->contact), NULL);
  add_group_if_filled (self, group, n);

  add_sync_history (self);
}

static void
log_interaction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NbContactCard *self = NB_CONTACT_CARD (widget);
  NbInteractionKind kind = g_variant_get_int32 (parameter);

  if (self->contact == NULL || self->store == NULL || (guint) kind >= NB_INTERACTION_N_KINDS ||
      kind == NB_INTERACTION_MEAL)
    return;

  nb_log_interaction_now (widget, self->store, nb_contact_get_id (self->contact), kind);
}

/* Introduce this person to someone: the other chosen in the dialog when
 * the parameter is 0. */
static void
introduce_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NbContactCard *self = NB_CONTACT_CARD (widget);
  g_autoptr(NbInteraction) introduction = NULL;
  gint64 other = g_variant_get_int64 (parameter);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->contact == NULL || self->store == NULL)
    return;

  introduction = nb_interaction_new_with_contact (NB_INTERACTION_INTRODUCTION, nb_contact_get_id (self->contact), NULL);
  if (other > 0 && other != nb_contact_get_id (self->contact))
    nb_interaction_add_person (introduction, other);
  gtk_window_present (GTK_WINDOW (nb_introduction_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                              self->store, introduction)));
}

static void
organise_train_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NbContactCard *self = NB_CONTACT_CARD (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->contact == NULL || self->store == NULL)
    return;

  nb_meal_train_window_organise (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                 nb_contact_get_id (self->contact));
}

static void
introduced_by_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NbContactCard *self = NB_CONTACT_CARD (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->contact == NULL || self->store == NULL)
    return;

  gtk_window_present (GTK_WINDOW (nb_introduction_dialog_new_made_by_someone (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                              self->store,
                                                                              nb_contact_get_id (self->contact))));
}

static void
add_interaction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NbContactCard *self = NB_CONTACT_CARD (widget);
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(NbInteraction) interaction = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->contact == NULL || self->store == NULL)
    return;

  interaction = nb_interaction_new_with_contact (NB_INTERACTION_CALL, nb_contact_get_id (self->contact), now);
  nb_interaction_set_has_time (interaction, TRUE);
  gtk_window_present (GTK_WINDOW (nb_interaction_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                             self->store, interaction)));
}

static void
disconnect_store (NbContactCard *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, rebuild, self);
  g_clear_object (&self->store);
}

static void
nb_contact_card_dispose (GObject *object)
{
  NbContactCard *self = (NbContactCard *) object;

  nb_contact_card_set_contact (self, NULL);
  disconnect_store (self);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_CONTACT_CARD);

  G_OBJECT_CLASS (nb_contact_card_parent_class)->dispose (object);
}

static void
nb_contact_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NbContactCard *self = NB_CONTACT_CARD (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_contact_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  NbContactCard *self = NB_CONTACT_CARD (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      nb_contact_card_set_contact (self, g_value_get_object (value));
      break;

    case PROP_STORE:
      nb_contact_card_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_contact_card_class_init (NbContactCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_contact_card_dispose;
  object_class->get_property = nb_contact_card_get_property;
  object_class->set_property = nb_contact_card_set_property;

  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, NB_TYPE_CONTACT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, NB_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "card.log-interaction", "i", log_interaction_action);
  gtk_widget_class_install_action (widget_class, "card.add-interaction", NULL, add_interaction_action);
  gtk_widget_class_install_action (widget_class, "card.introduce", "x", introduce_action);
  gtk_widget_class_install_action (widget_class, "card.introduced-by", NULL, introduced_by_action);
  gtk_widget_class_install_action (widget_class, "card.organise-train", NULL, organise_train_action);

  g_type_ensure (NB_TYPE_CONTACT_HISTORY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-contact-card.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, NbContactCard, scroller);
  gtk_widget_class_bind_template_child (widget_class, NbContactCard, plan_button);
  gtk_widget_class_bind_template_child (widget_class, NbContactCard, map_button);
  gtk_widget_class_bind_template_child (widget_class, NbContactCard, avatar);
  gtk_widget_class_bind_template_child (widget_class, NbContactCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, NbContactCard, nickname_label);
  gtk_widget_class_bind_template_child (widget_class, NbContactCard, organization_label);
  gtk_widget_class_bind_template_child (widget_class, NbContactCard, groups_box);
  gtk_widget_class_bind_template_child (widget_class, NbContactCard, history);
}

static void
nb_contact_card_init (NbContactCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::show-give-and-take", G_CALLBACK (rebuild), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
nb_contact_card_new (void)
{
  return g_object_new (NB_TYPE_CONTACT_CARD, NULL);
}

/**
 * nb_contact_card_get_contact:
 * @self: a card
 *
 * Returns: (transfer none) (nullable): the contact shown
 */
NbContact *
nb_contact_card_get_contact (NbContactCard *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_CARD (self), NULL);

  return self->contact;
}

void
nb_contact_card_set_contact (NbContactCard *self,
                             NbContact     *contact)
{
  g_return_if_fail (NB_IS_CONTACT_CARD (self));

  if (self->contact == contact)
    return;

  if (self->contact != NULL)
    g_signal_handlers_disconnect_by_func (self->contact, rebuild, self);

  g_set_object (&self->contact, contact);

  if (contact != NULL)
    g_signal_connect_swapped (contact, "notify", G_CALLBACK (rebuild), self);

  if (self->groups_box != NULL)
    rebuild (self);
  if (self->history != NULL)
    nb_contact_history_set_contact (self->history, contact ? nb_contact_get_id (contact) : 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
}

/**
 * nb_contact_card_set_store:
 * @self: a card
 * @store: (nullable): the store, for the meals
 */
void
nb_contact_card_set_store (NbContactCard *self,
                           NbStore       *store)
{
  g_return_if_fail (NB_IS_CONTACT_CARD (self));
  g_return_if_fail (store == NULL || NB_IS_STORE (store));

  if (self->store == store)
    return;

  disconnect_store (self);
  if (store != NULL)
    {
      self->store = g_object_ref (store);
      g_signal_connect_swapped (store, "meetings-changed", G_CALLBACK (rebuild), self);
      g_signal_connect_swapped (store, "interactions-changed", G_CALLBACK (rebuild), self);
      g_signal_connect_swapped (store, "meal-trains-changed", G_CALLBACK (rebuild), self);
    }

  if (self->groups_box != NULL)
    rebuild (self);
  if (self->history != NULL)
    nb_contact_history_set_store (self->history, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * nb_contact_card_set_deletes:
 * @self: a card
 * @deletes: (nullable): how the window deletes with Undo
 */
void
nb_contact_card_set_deletes (NbContactCard *self,
                             NbUndoDelete  *deletes)
{
  g_return_if_fail (NB_IS_CONTACT_CARD (self));

  nb_contact_history_set_deletes (self->history, deletes);
}
