/* nb-log-interaction.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-log-interaction"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-log-interaction.h"
#include "nb-toast.h"

/* One click to note that you were in touch, from the card and from the
 * keep-in-touch list alike: a one-person interaction now, and a toast
 * whose Undo deletes it. */

typedef struct
{
  NbStore *store;
  gint64   id;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_free (undo);
}

static void
undo_cb (AdwToast *toast,
         Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!nb_store_delete_interaction (undo->store, undo->id, &error))
    g_warning ("Could not undo: %s", error->message);
}

/**
 * nb_log_interaction_now:
 * @where: a widget of the window, for the toast
 * @store: the store
 * @contact_id: with whom
 * @kind: how (not a meal: the planner makes those)
 *
 * Notes that you were in touch with someone now, with Undo.
 *
 * Returns: whether it was saved (else a toast says why)
 */
gboolean
nb_log_interaction_now (GtkWidget         *where,
                        NbStore           *store,
                        gint64             contact_id,
                        NbInteractionKind  kind)
{
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(NbInteraction) interaction = NULL;
  g_autoptr(NbInteraction) saved = NULL;
  g_autoptr(NbContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  const char *name = NULL;
  AdwToast *toast;
  Undo *undo;

  g_return_val_if_fail (GTK_IS_WIDGET (where), FALSE);
  g_return_val_if_fail (NB_IS_STORE (store), FALSE);
  g_return_val_if_fail ((guint) kind < NB_INTERACTION_N_KINDS && kind != NB_INTERACTION_MEAL, FALSE);

  interaction = nb_interaction_new_with_contact (kind, contact_id, now);
  nb_interaction_set_has_time (interaction, TRUE);
  /* "Called them", "wrote to them": I reached out. */
  if (kind == NB_INTERACTION_CALL || kind == NB_INTERACTION_MESSAGE)
    nb_interaction_set_initiator (interaction, NB_INITIATOR_ME);
  saved = nb_store_save_interaction (store, interaction, &error);
  if (saved == NULL)
    {
      nb_toast_show_message (where, error->message);
      return FALSE;
    }

  contact = nb_store_get_contact (store, contact_id);
  if (contact != NULL)
    name = nb_contact_get_full_name (contact);
  if (name == NULL)
    name = "";

  if (kind == NB_INTERACTION_CALL)
    /* Translators: a toast: "Noted: you called Ada Lovelace". */
    message = g_strdup_printf (_("Noted: you called %s"), name);
  else if (kind == NB_INTERACTION_MESSAGE)
    message = g_strdup_printf (_("Noted: you wrote to %s"), name);
  else if (kind == NB_INTERACTION_MET)
    message = g_strdup_printf (_("Noted: you met %s"), name);
  else
    /* Translators: a toast: "Noted: Video call with Ada Lovelace". */
    message = g_strdup_printf (_("Noted: %1$s with %2$s"), nb_interaction_kind_get_label (kind), name);

  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (store);
  undo->id = nb_interaction_get_id (saved);

  /* A toast's title is Pango markup. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb), undo, undo_free, 0);
  nb_toast_add (where, toast);

  return TRUE;
}
