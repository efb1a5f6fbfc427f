/* nb-sync-button.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-sync-button"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-format.h"
#include "nb-sync-button.h"
#include "nb-toast.h"

/**
 * NbSyncButton:
 *
 * The Sync button of the header bar, as GNOME Calendar's sync indicator:
 * there only when an account is set up; a spinner while syncing, and the
 * progress in its tooltip; a warning after a failure, with why in its
 * tooltip and in a toast (said once, not on every timer tick); else when
 * it last synced. It activates `win.sync`.
 */
struct _NbSyncButton
{
  AdwBin         parent_instance;

  NbSyncManager *manager;
  char          *said;      /* the last failure said in a toast */

  GtkWidget     *button;
  GtkStack      *stack;
  GtkImage      *image;
  GtkSpinner    *spinner;
};

G_DEFINE_FINAL_TYPE (NbSyncButton, nb_sync_button, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MANAGER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
status_changed_cb (NbSyncButton *self)
{
  NbSyncManager *manager = self->manager;
  gboolean syncing = nb_sync_manager_get_syncing (manager);
  const char *error = nb_sync_manager_get_error (manager);
  g_autofree char *tooltip = NULL;

  gtk_widget_set_visible (self->button, nb_sync_manager_get_n_accounts (manager) > 0);
  gtk_stack_set_visible_child_name (self->stack, syncing ? "busy" : "idle");
  gtk_spinner_set_spinning (self->spinner, syncing);
  gtk_image_set_from_icon_name (self->image,
                                error ? "dialog-warning-symbolic" : "emblem-synchronizing-symbolic");

  if (syncing)
    /* Translators: the Sync button's tooltip while it runs; %d is a percentage. */
    tooltip = g_strdup_printf (_("Syncing… %d %%"),
                               (int) (nb_sync_manager_get_fraction (manager) * 100));
  else if (error != NULL)
    tooltip = g_strdup_printf (_("Sync failed: %s"), error);
  else
    tooltip = nb_format_last_sync (nb_sync_manager_get_last_sync (manager));

  gtk_widget_set_tooltip_text (self->button, tooltip);
}

/* What failed, or else what was left out ("1 contact could not be
 * fetched: …"), in a toast with a way to the accounts. */
static void
finished_cb (NbSyncButton *self,
             GPtrArray    *results)
{
  for (guint i = 0; i < results->len; i++)
    {
      NbSyncResult *result = g_ptr_array_index (results, i);
      g_autofree char *host = NULL;
      g_autofree char *message = NULL;
      g_autofree char *escaped = NULL;
      const char *problem;
      AdwToast *toast;

      if (g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        continue;

      if (result->error != NULL)
        problem = result->error->message;
      else if (result->problems->len > 0)
        problem = g_ptr_array_index (result->problems, 0);
      else
        continue;

      /* The same problem on every timer tick is said once. */
      if (g_strcmp0 (self->said, problem) == 0)
        return;
      g_free (self->said);
      self->said = g_strdup (problem);

      host = nb_account_dup_host (result->account);
      if (result->error != NULL)
        /* Translators: a sync that failed: the server, and why. Netbook goes on
         * working offline. */
        message = g_strdup_printf (_("Could not sync with %s: %s"), host, problem);
      else
        /* Translators: a sync that went, but for something it left out: the
         * server, and what. */
        message = g_strdup_printf (_("Synced with %s, but: %s"), host, problem);

      escaped = g_markup_escape_text (message, -1);
      toast = adw_toast_new (escaped);
      adw_toast_set_timeout (toast, 10);
      adw_toast_set_button_label (toast, _("_Accounts"));
      adw_toast_set_action_name (toast, "win.accounts");
      nb_toast_add (GTK_WIDGET (self), toast);
      return;
    }

  g_clear_pointer (&self->said, g_free);
}

static void
nb_sync_button_dispose (GObject *object)
{
  NbSyncButton *self = (NbSyncButton *) object;

  if (self->manager != NULL)
    g_signal_handlers_disconnect_by_data (self->manager, self);
  g_clear_object (&self->manager);
  g_clear_pointer (&self->said, g_free);
  /* AdwBin lets go of the button itself. */

  G_OBJECT_CLASS (nb_sync_button_parent_class)->dispose (object);
}

static void
nb_sync_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NbSyncButton *self = NB_SYNC_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MANAGER:
      g_value_set_object (value, self->manager);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_sync_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NbSyncButton *self = NB_SYNC_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MANAGER:
      nb_sync_button_set_manager (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_sync_button_class_init (NbSyncButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_sync_button_dispose;
  object_class->get_property = nb_sync_button_get_property;
  object_class->set_property = nb_sync_button_set_property;

  properties[PROP_MANAGER] =
    g_param_spec_object ("manager", NULL, NULL, NB_TYPE_SYNC_MANAGER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-sync-button.ui");
  gtk_widget_class_bind_template_child (widget_class, NbSyncButton, button);
  gtk_widget_class_bind_template_child (widget_class, NbSyncButton, stack);
  gtk_widget_class_bind_template_child (widget_class, NbSyncButton, image);
  gtk_widget_class_bind_template_child (widget_class, NbSyncButton, spinner);
}

static void
nb_sync_button_init (NbSyncButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

NbSyncManager *
nb_sync_button_get_manager (NbSyncButton *self)
{
  g_return_val_if_fail (NB_IS_SYNC_BUTTON (self), NULL);

  return self->manager;
}

/**
 * nb_sync_button_set_manager:
 * @self: a sync button
 * @manager: (nullable): what syncs, whose state the button shows
 */
void
nb_sync_button_set_manager (NbSyncButton  *self,
                            NbSyncManager *manager)
{
  g_return_if_fail (NB_IS_SYNC_BUTTON (self));
  g_return_if_fail (manager == NULL || NB_IS_SYNC_MANAGER (manager));

  if (self->manager == manager)
    return;

  if (self->manager != NULL)
    g_signal_handlers_disconnect_by_data (self->manager, self);
  g_set_object (&self->manager, manager);

  if (manager != NULL)
    {
      g_signal_connect_swapped (manager, "notify", G_CALLBACK (status_changed_cb), self);
      g_signal_connect_swapped (manager, "finished", G_CALLBACK (finished_cb), self);
      status_changed_cb (self);
    }
  else
    gtk_widget_set_visible (self->button, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MANAGER]);
}

/**
 * nb_sync_button_sync:
 * @self: a sync button
 *
 * Syncs now; how it went is said even when it failed as before.
 */
void
nb_sync_button_sync (NbSyncButton *self)
{
  g_return_if_fail (NB_IS_SYNC_BUTTON (self));

  if (self->manager == NULL)
    return;

  g_clear_pointer (&self->said, g_free);
  nb_sync_manager_sync (self->manager);
}
