/* nb-birthday-notifier.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-birthday-notifier"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-birthday-notifier.h"
#include "nb-clock.h"

/**
 * NbBirthdayNotifier:
 *
 * Announces birthdays with a desktop notification on their morning, at
 * NB_BIRTHDAY_NOTIFIER_HOUR: "Ada Lovelace turns 211 today", with buttons
 * to open the card or plan a meal. Started later that day, Netbook
 * announces them at once; the store remembers which were announced, so
 * none is announced twice. The "birthday-notifications" setting turns it
 * off.
 */
struct _NbBirthdayNotifier
{
  GObject       parent_instance;

  GApplication *application;   /* not owned: it owns the notifier */
  NbStore      *store;
  GSettings    *settings;
  guint         timeout_id;
  guint32       checked_day;   /* the day looked at, after its hour */
};

G_DEFINE_FINAL_TYPE (NbBirthdayNotifier, nb_birthday_notifier, G_TYPE_OBJECT)

static void schedule (NbBirthdayNotifier *self);

static GNotification *
notification_for (NbBirthdayEvent *event)
{
  g_autofree char *title = NULL;
  GNotification *notification;

  if (event->age >= 0)
    /* Translators: a notification: "Ada Lovelace turns 211 today". */
    title = g_strdup_printf (_("%s turns %d today"), event->name, event->age);
  else
    /* Translators: a notification for a birthday without a year. */
    title = g_strdup_printf (_("It is %s’s birthday today"), event->name);

  notification = g_notification_new (title);
  g_notification_set_body (notification, _("Call to wish a happy birthday, or plan a meal together?"));
  g_notification_set_default_action_and_target (notification, "app.show-contact", "x", event->contact_id);
  g_notification_add_button_with_target (notification, _("Open Card"), "app.show-contact", "x",
                                         event->contact_id);
  g_notification_add_button_with_target (notification, _("Plan a Meal"), "app.plan-meal", "x",
                                         event->contact_id);

  return notification;
}

/**
 * nb_birthday_notifier_check:
 * @self: a notifier
 *
 * Announces today's birthdays that were not announced yet, if the setting
 * allows it.
 *
 * Returns: how many were announced
 */
guint
nb_birthday_notifier_check (NbBirthdayNotifier *self)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_return_val_if_fail (NB_IS_BIRTHDAY_NOTIFIER (self), 0);

  if (!g_settings_get_boolean (self->settings, "birthday-notifications"))
    return 0;

  nb_clock_get_today (&today);
  events = nb_store_claim_birthday_notices (self->store, &today, &error);
  if (events == NULL)
    {
      g_warning ("Could not look up today's birthdays: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < events->len; i++)
    {
      NbBirthdayEvent *event = g_ptr_array_index (events, i);
      g_autoptr(GNotification) notification = notification_for (event);
      g_autofree char *id = g_strdup_printf ("birthday-%" G_GINT64_FORMAT "-%u", event->contact_id,
                                             g_date_get_year (&today));

      g_application_send_notification (self->application, id, notification);
    }

  return events->len;
}

/* Announces the day's birthdays the first time the clock is past their
 * hour that day. */
static void
look (NbBirthdayNotifier *self)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  GDate today;

  nb_date_set_from_date_time (&today, local);
  if (self->checked_day == g_date_get_julian (&today) || g_date_time_get_hour (local) < NB_BIRTHDAY_NOTIFIER_HOUR)
    return;

  self->checked_day = g_date_get_julian (&today);
  nb_birthday_notifier_check (self);
}

static gboolean
timeout_cb (gpointer user_data)
{
  NbBirthdayNotifier *self = user_data;

  self->timeout_id = 0;
  look (self);
  schedule (self);

  return G_SOURCE_REMOVE;
}

/* Wakes up at the next morning hour, or in a minute if that is later.
 * A timeout runs on the monotonic clock, which stands still while the
 * computer sleeps: running for days in the background, a timeout to the
 * next morning set at night would come late after a suspend. Looking at
 * the wall clock once a minute costs a comparison; the store is asked
 * once a day. */
static void
schedule (NbBirthdayNotifier *self)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                                                      g_date_time_get_day_of_month (local),
                                                      NB_BIRTHDAY_NOTIFIER_HOUR, 0, 0);
  g_autoptr(GDateTime) next = NULL;
  GTimeSpan wait;

  next = g_date_time_compare (local, today) < 0 ? g_date_time_ref (today) : g_date_time_add_days (today, 1);
  wait = g_date_time_difference (next, local);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add_seconds ((guint) CLAMP (wait / G_TIME_SPAN_SECOND, 1, 60), timeout_cb, self);
}

/**
 * nb_birthday_notifier_start:
 * @self: a notifier
 *
 * Announces today's birthdays if their morning hour has come, and wakes up
 * for the next.
 */
void
nb_birthday_notifier_start (NbBirthdayNotifier *self)
{
  g_return_if_fail (NB_IS_BIRTHDAY_NOTIFIER (self));

  look (self);
  schedule (self);
}

static void
nb_birthday_notifier_finalize (GObject *object)
{
  NbBirthdayNotifier *self = (NbBirthdayNotifier *) object;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (nb_birthday_notifier_parent_class)->finalize (object);
}

static void
nb_birthday_notifier_class_init (NbBirthdayNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_birthday_notifier_finalize;
}

static void
nb_birthday_notifier_init (NbBirthdayNotifier *self)
{
  self->settings = g_settings_new (APP_ID);
}

/**
 * nb_birthday_notifier_new:
 * @application: the application that sends the notifications
 * @store: the store
 *
 * Returns: (transfer full): a notifier, not started
 */
NbBirthdayNotifier *
nb_birthday_notifier_new (GApplication *application,
                          NbStore      *store)
{
  NbBirthdayNotifier *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_BIRTHDAY_NOTIFIER, NULL);
  self->application = application;
  self->store = g_object_ref (store);

  return self;
}
