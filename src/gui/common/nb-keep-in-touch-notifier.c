/* nb-keep-in-touch-notifier.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-keep-in-touch-notifier"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-keep-in-touch-notifier.h"

/* How often, at most, the notifier looks at the wall clock, in seconds. A
 * timeout runs on the monotonic clock, which stands still while the
 * computer sleeps and ignores a change of the time or the time zone: a
 * single timeout to tomorrow's digest time would come late after a night
 * of suspend. Looking once a minute costs a comparison of two times; the
 * database is read only when the digest time has come, once a day. */
#define TICK_SECONDS 60

/* How many people the digest names; the rest are "and 3 more". */
#define NAMED 2

/**
 * NbKeepInTouchNotifier:
 *
 * The daily keep-in-touch digest: once a day, at the time set in
 * Preferences ("digest-time"), a notification names the people it is
 * time to get back in touch with — "3 people to get back in touch with",
 * "Ada Lovelace, Alan Turing and 1 more" — and opens the list
 * (app.show-keep-in-touch) or snoozes them all for a day
 * (app.snooze-keep-in-touch). Started later that day, Netbook gives it at
 * once. The database remembers the day it was given (see
 * nb_store_claim_keep_in_touch_digest()), so that it is given once
 * however often Netbook starts, and once between two processes. Silent on
 * days nobody is due; the "digest-enabled" setting turns it off.
 */
struct _NbKeepInTouchNotifier
{
  GObject       parent_instance;

  GApplication *application;   /* not owned: it owns the notifier */
  NbStore      *store;
  GSettings    *settings;
  guint         timeout_id;
  guint32       checked_day;   /* the day looked at, after its time */
};

G_DEFINE_FINAL_TYPE (NbKeepInTouchNotifier, nb_keep_in_touch_notifier, G_TYPE_OBJECT)

static void schedule (NbKeepInTouchNotifier *self);

/**
 * nb_keep_in_touch_digest_new:
 * @entries: (element-type NbKeepInTouchEntry): the first people due, most
 *   overdue first (at least one)
 * @n_due: how many are due in all
 *
 * Returns: (transfer full): the digest notification
 */
GNotification *
nb_keep_in_touch_digest_new (GPtrArray *entries,
                             gint64     n_due)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  NbKeepInTouchEntry *first;
  GNotification *notification;

  g_return_val_if_fail (entries != NULL && entries->len > 0, NULL);

  first = g_ptr_array_index (entries, 0);
  if (n_due == 1)
    {
      /* Translators: the daily reminder, when one person is due. */
      title = g_strdup_printf (_("Time to get back in touch with %s"), first->name);
      body = nb_keep_in_touch_entry_describe (first);
    }
  else
    {
      NbKeepInTouchEntry *second = g_ptr_array_index (entries, MIN (entries->len - 1, 1));
      guint n_more = (guint) MIN (n_due - NAMED, G_MAXUINT);

      /* Translators: the title of the daily reminder, for two people or
       * more: "3 people to get back in touch with". */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person to get back in touch with",
                                            "%u people to get back in touch with",
                                            (gulong) MIN (n_due, G_MAXUINT)),
                               (guint) MIN (n_due, G_MAXUINT));
      if (n_due == 2)
        /* Translators: the daily reminder names two people. */
        body = g_strdup_printf (_("%1$s and %2$s"), first->name, second->name);
      else
        /* Translators: the daily reminder names the first two people due
         * and counts the others: "Ada Lovelace, Alan Turing and 1 more". */
        body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s, %2$s and %3$u more",
                                             "%1$s, %2$s and %3$u more", n_more),
                                first->name, second->name, n_more);
    }

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_default_action (notification, "app.show-keep-in-touch");
  g_notification_add_button (notification, _("Snooze All for a Day"), "app.snooze-keep-in-touch");

  return notification;
}

/**
 * nb_keep_in_touch_notifier_check:
 * @self: a notifier
 *
 * Gives today's digest if the setting allows it, its time has come, it
 * was not given today (by this process or another), and someone is due.
 *
 * Returns: how many people it counted, 0 if none was given
 */
gint64
nb_keep_in_touch_notifier_check (NbKeepInTouchNotifier *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_due = 0;

  g_return_val_if_fail (NB_IS_KEEP_IN_TOUCH_NOTIFIER (self), 0);

  if (!g_settings_get_boolean (self->settings, "digest-enabled"))
    return 0;

  now = nb_clock_get_now ();
  if (g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now) <
      g_settings_get_int (self->settings, "digest-time"))
    return 0;

  entries = nb_store_claim_keep_in_touch_digest (self->store, now,
                                                 g_settings_get_int (self->settings, "default-cadence-days"),
                                                 NAMED, &n_due, &error);
  if (entries == NULL)
    {
      g_warning ("Could not look up whom to get back in touch with: %s", error->message);
      return 0;
    }
  if (n_due == 0 || entries->len == 0)
    return 0;

  notification = nb_keep_in_touch_digest_new (entries, n_due);
  g_application_send_notification (self->application, NB_KEEP_IN_TOUCH_DIGEST_ID, notification);

  return n_due;
}

/**
 * nb_keep_in_touch_notifier_snooze_all:
 * @self: a notifier
 * @error: return location for an error
 *
 * Snoozes everyone due until tomorrow, in one transaction, and takes the
 * digest away.
 *
 * Returns: how many were snoozed, or -1 on error
 */
gint64
nb_keep_in_touch_notifier_snooze_all (NbKeepInTouchNotifier  *self,
                                      GError                **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) noon = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;
  gint64 n;

  g_return_val_if_fail (NB_IS_KEEP_IN_TOUCH_NOTIFIER (self), -1);

  /* Noon, not midnight: a day whose midnight a change of daylight saving
   * time skips still has one. */
  now = nb_clock_get_now ();
  noon = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now), 12, 0, 0);
  tomorrow = g_date_time_add_days (noon, 1);

  n = nb_store_snooze_due (self->store, now, g_settings_get_int (self->settings, "default-cadence-days"),
                           g_date_time_to_unix (tomorrow), error);
  if (n >= 0)
    g_application_withdraw_notification (self->application, NB_KEEP_IN_TOUCH_DIGEST_ID);

  return n;
}

/* Gives the digest the first time the clock is past its time each day. */
static void
look (NbKeepInTouchNotifier *self)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  guint32 today = nb_keep_in_touch_today (now);

  if (self->checked_day == today)
    return;
  if (g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now) <
      g_settings_get_int (self->settings, "digest-time"))
    return;

  self->checked_day = today;
  nb_keep_in_touch_notifier_check (self);
}

static gboolean
timeout_cb (gpointer user_data)
{
  NbKeepInTouchNotifier *self = user_data;

  self->timeout_id = 0;
  look (self);
  schedule (self);

  return G_SOURCE_REMOVE;
}

/* Wakes up at the digest time if it is less than a minute away, else in a
 * minute, to look at the wall clock again. */
static void
schedule (NbKeepInTouchNotifier *self)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  int seconds = (g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now)) * 60 +
                g_date_time_get_second (now);
  int at = g_settings_get_int (self->settings, "digest-time") * 60;
  int wait = TICK_SECONDS;

  if (at > seconds)
    wait = CLAMP (at - seconds, 1, TICK_SECONDS);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add_seconds ((guint) wait, timeout_cb, self);
}

static void
settings_changed_cb (NbKeepInTouchNotifier *self)
{
  /* Turned on, or set to another time: look again today. */
  self->checked_day = 0;
  if (self->timeout_id != 0)
    schedule (self);
}

/**
 * nb_keep_in_touch_notifier_start:
 * @self: a notifier
 *
 * Gives today's digest if its time has come, and looks again every
 * minute for the next.
 */
void
nb_keep_in_touch_notifier_start (NbKeepInTouchNotifier *self)
{
  g_return_if_fail (NB_IS_KEEP_IN_TOUCH_NOTIFIER (self));

  look (self);
  schedule (self);
}

static void
nb_keep_in_touch_notifier_finalize (GObject *object)
{
  NbKeepInTouchNotifier *self = (NbKeepInTouchNotifier *) object;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (nb_keep_in_touch_notifier_parent_class)->finalize (object);
}

static void
nb_keep_in_touch_notifier_class_init (NbKeepInTouchNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_keep_in_touch_notifier_finalize;
}

static void
nb_keep_in_touch_notifier_init (NbKeepInTouchNotifier *self)
{
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::digest-enabled", G_CALLBACK (settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::digest-time", G_CALLBACK (settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * nb_keep_in_touch_notifier_new:
 * @application: the application that sends the notification
 * @store: the store
 *
 * Returns: (transfer full): a notifier, not started
 */
NbKeepInTouchNotifier *
nb_keep_in_touch_notifier_new (GApplication *application,
                               NbStore      *store)
{
  NbKeepInTouchNotifier *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_KEEP_IN_TOUCH_NOTIFIER, NULL);
  self->application = application;
  self->store = g_object_ref (store);

  return self;
}
