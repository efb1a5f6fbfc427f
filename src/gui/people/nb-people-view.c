/* nb-people-view.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-people-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-alert.h"
#include "nb-contact-card.h"
#include "nb-contact-editor.h"
#include "nb-people-view.h"

/**
 * NbPeopleView:
 *
 * The People view: what the contacts selected in the sidebar hold — one
 * contact's card, what can be done with several, a welcome when there is
 * no one yet — and the editor. Its actions, inserted as "people" (on the
 * view, and by the window on itself for the header bar's buttons): `new`,
 * `edit`, `save`, `cancel`, `delete` (with Undo) and `export-selected`.
 *
 * Unsaved edits are never dropped without asking, neither on Cancel nor
 * when the window closes.
 */
struct _NbPeopleView
{
  GtkWidget           parent_instance;

  NbStore            *store;
  NbUndoDelete       *deletes;
  GSimpleActionGroup *actions;
  GArray             *selected;
  gboolean            no_contacts;
  gboolean            editing;

  GtkStack           *stack;
  NbContactCard      *card;
  NbContactEditor    *editor;
  AdwStatusPage      *multi_page;
};

static void nb_people_view_view_iface_init (NbViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NbPeopleView, nb_people_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (NB_TYPE_VIEW, nb_people_view_view_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_EDITING,
  PROP_SHOWING_CARD,
  PROP_N_SELECTED,
  N_PROPS
};

enum {
  CONTACT_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_enabled (NbPeopleView *self,
             const char   *name,
             gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (NbPeopleView *self)
{
  gboolean card = nb_people_view_get_showing_card (self);
  guint n = self->selected->len;

  set_enabled (self, "edit", card);
  set_enabled (self, "delete", !self->editing && n > 0);
  set_enabled (self, "save", self->editing);
  set_enabled (self, "cancel", self->editing);
  set_enabled (self, "export-selected", !self->editing && n > 0);
}

static void
show_page (NbPeopleView *self,
           const char   *page)
{
  gboolean was_card = nb_people_view_get_showing_card (self);

  gtk_stack_set_visible_child_name (self->stack, page);
  update_actions (self);
  if (was_card != nb_people_view_get_showing_card (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWING_CARD]);
}

/**
 * nb_people_view_show_selection:
 * @self: the People view
 * @ids: (element-type gint64): the contacts selected
 * @no_contacts: whether there is no one at all
 *
 * Shows what the selection holds, unless a contact is being edited.
 */
void
nb_people_view_show_selection (NbPeopleView *self,
                               GArray       *ids,
                               gboolean      no_contacts)
{
  g_return_if_fail (NB_IS_PEOPLE_VIEW (self));
  g_return_if_fail (ids != NULL);

  if (ids != self->selected)
    {
      g_array_set_size (self->selected, 0);
      g_array_append_vals (self->selected, ids->data, ids->len);
    }
  self->no_contacts = no_contacts;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);

  if (self->editing)
    {
      update_actions (self);
      return;
    }

  if (ids->len == 1)
    {
      g_autoptr(NbContact) contact = nb_store_get_contact (self->store, g_array_index (ids, gint64, 0));

      nb_contact_card_set_contact (self->card, contact);
      show_page (self, contact ? "card" : "select");
      return;
    }

  nb_contact_card_set_contact (self->card, NULL);
  if (ids->len > 1)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Contact Selected",
                                                             "%u Contacts Selected", ids->len),
                                                ids->len);

      adw_status_page_set_title (self->multi_page, title);
      show_page (self, "multi");
    }
  else
    show_page (self, no_contacts ? "welcome" : "select");
}

/* ---------------------------------------------------------------------- */
/* Editing                                                                 */

static void
set_editing (NbPeopleView *self,
             NbContact    *contact)
{
  self->editing = contact != NULL;
  nb_contact_editor_edit (self->editor, contact);

  if (self->editing)
    {
      show_page (self, "editor");
      /* Focus goes into the form before the sidebar is made insensitive. */
      nb_contact_editor_focus_name (self->editor);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
      return;
    }

  /* Told before the editor goes, so that focus can move to the list. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
  nb_people_view_show_selection (self, self->selected, self->no_contacts);
}

/* What the person can do when a save failed for a reason that passes. */
static const char *
save_advice (const GError *error)
{
  if (error->domain != NB_STORE_ERROR)
    return NULL;

  switch (error->code)
    {
    case NB_STORE_ERROR_FULL:
      return _("Your changes are still here: make some room on the disk, then save again.");
    case NB_STORE_ERROR_BUSY:
      return _("Your changes are still here: save again in a moment.");
    case NB_STORE_ERROR_READ_ONLY:
    case NB_STORE_ERROR_IO:
      return _("Your changes are still here: make the database writable, then save again.");
    default:
      return NULL;
    }
}

static gboolean
save (NbPeopleView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) draft = NULL;
  g_autoptr(NbContact) saved = NULL;

  draft = nb_contact_editor_build_draft (self->editor, &error);
  if (draft == NULL)
    return FALSE;

  saved = nb_store_save_contact (self->store, draft, &error);
  if (saved == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the contact: %s"), error->message);
      const char *advice = save_advice (error);

      if (advice != NULL)
        {
          g_autofree char *reason = g_steal_pointer (&message);

          message = g_strdup_printf ("%s\n\n%s", reason, advice);
        }
      nb_alert_show (GTK_WIDGET (self), _("Not Saved"), message);
      return FALSE;
    }

  set_editing (self, NULL);
  g_signal_emit (self, signals[CONTACT_SAVED], 0, nb_contact_get_id (saved));

  return TRUE;
}

static void
save_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  save (user_data);
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     NbPeopleView     *self)
{
  if (g_str_equal (response, "discard"))
    set_editing (self, NULL);
}

static void
cancel_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  NbPeopleView *self = user_data;
  NbContact *original = nb_contact_editor_get_original (self->editor);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (!nb_contact_editor_is_dirty (self->editor))
    {
      set_editing (self, NULL);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("Discard Changes?"), NULL);
  if (original != NULL && nb_contact_get_id (original) != 0)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("Your changes to “%s” will be lost."),
                                    nb_contact_get_full_name (original));
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), _("The new contact will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  NbPeopleView *self = user_data;
  g_autoptr(NbContact) draft = NULL;

  if (self->editing)
    {
      nb_contact_editor_focus_name (self->editor);
      return;
    }

  draft = nb_contact_new ();
  set_editing (self, draft);
}

static void
edit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  NbPeopleView *self = user_data;
  NbContact *contact = nb_contact_card_get_contact (self->card);

  if (contact != NULL && !self->editing)
    set_editing (self, contact);
}

static void
delete_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  NbPeopleView *self = user_data;
  g_autoptr(GArray) ids = g_array_copy (self->selected);
  g_autofree char *title = NULL;

  if (self->editing || ids->len == 0 || self->deletes == NULL)
    return;

  if (ids->len == 1)
    {
      g_autoptr(NbContact) contact = nb_store_get_contact (self->store, g_array_index (ids, gint64, 0));

      /* Translators: a toast; %s is the deleted contact's name. */
      title = g_strdup_printf (_("“%s” deleted"), contact ? nb_contact_get_full_name (contact) : "");
    }
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contact deleted",
                                          "%u contacts deleted", ids->len),
                             ids->len);

  nb_undo_delete_contacts (self->deletes, GTK_WIDGET (self), ids, title);
}

static void
export_selected_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  NbPeopleView *self = user_data;

  if (self->selected->len == 0)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "files.export-contacts", "@ax",
                              g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, self->selected->data,
                                                         self->selected->len, sizeof (gint64)));
}

/* ---------------------------------------------------------------------- */
/* Closing                                                                 */

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   NbPeopleView     *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (g_str_equal (response, "cancel"))
    return;

  if (g_str_equal (response, "save") && !save (self))
    return;

  set_editing (self, NULL);

  /* Closed once the dialog is gone: it is still emitting its response. */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (root), g_object_unref);
}

/**
 * nb_people_view_close_request:
 * @self: the People view
 *
 * The window is asked to close: with unsaved edits, asks whether to save
 * them, and closes the window itself once answered.
 *
 * Returns: %TRUE when it asks, and the window must not close yet
 */
gboolean
nb_people_view_close_request (NbPeopleView *self)
{
  NbContact *original;
  GtkWidget *dialog;

  g_return_val_if_fail (NB_IS_PEOPLE_VIEW (self), FALSE);

  if (!self->editing || !nb_contact_editor_is_dirty (self->editor))
    return FALSE;

  original = nb_contact_editor_get_original (self->editor);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Save Changes?"), NULL);
  if (original != NULL && nb_contact_get_id (original) != 0)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("“%s” has unsaved changes. If you don’t save, they will be lost."),
                                    nb_contact_get_full_name (original));
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                 _("The new contact has not been saved. If you don’t save it, it will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* ---------------------------------------------------------------------- */

gboolean
nb_people_view_get_editing (NbPeopleView *self)
{
  g_return_val_if_fail (NB_IS_PEOPLE_VIEW (self), FALSE);

  return self->editing;
}

/**
 * nb_people_view_get_showing_card:
 * @self: the People view
 *
 * Returns: whether it shows one contact's card, which can be edited
 */
gboolean
nb_people_view_get_showing_card (NbPeopleView *self)
{
  g_return_val_if_fail (NB_IS_PEOPLE_VIEW (self), FALSE);

  return !self->editing && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "card") == 0;
}

guint
nb_people_view_get_n_selected (NbPeopleView *self)
{
  g_return_val_if_fail (NB_IS_PEOPLE_VIEW (self), 0);

  return self->selected->len;
}

/**
 * nb_people_view_get_actions:
 * @self: the People view
 *
 * Returns: (transfer none): its actions, for the window to insert as
 *   "people" too
 */
GActionGroup *
nb_people_view_get_actions (NbPeopleView *self)
{
  g_return_val_if_fail (NB_IS_PEOPLE_VIEW (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

void
nb_people_view_set_deletes (NbPeopleView *self,
                            NbUndoDelete *deletes)
{
  g_return_if_fail (NB_IS_PEOPLE_VIEW (self));

  g_set_object (&self->deletes, deletes);
  nb_contact_card_set_deletes (self->card, deletes);
}

static void
set_store (NbPeopleView *self,
           NbStore      *store)
{
  if (!g_set_object (&self->store, store))
    return;

  nb_contact_card_set_store (self->card, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
nb_people_view_dispose (GObject *object)
{
  NbPeopleView *self = (NbPeopleView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_PEOPLE_VIEW);
  g_clear_object (&self->actions);
  g_clear_object (&self->deletes);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nb_people_view_parent_class)->dispose (object);
}

static void
nb_people_view_finalize (GObject *object)
{
  NbPeopleView *self = (NbPeopleView *) object;

  g_array_unref (self->selected);

  G_OBJECT_CLASS (nb_people_view_parent_class)->finalize (object);
}

static void
nb_people_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NbPeopleView *self = NB_PEOPLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_EDITING: g_value_set_boolean (value, self->editing); break;
    case PROP_SHOWING_CARD: g_value_set_boolean (value, nb_people_view_get_showing_card (self)); break;
    case PROP_N_SELECTED: g_value_set_uint (value, self->selected->len); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_people_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NbPeopleView *self = NB_PEOPLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE: set_store (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_people_view_class_init (NbPeopleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags readable = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = nb_people_view_dispose;
  object_class->finalize = nb_people_view_finalize;
  object_class->get_property = nb_people_view_get_property;
  object_class->set_property = nb_people_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, NB_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_STORE, properties[PROP_STORE]);
  properties[PROP_EDITING] = g_param_spec_boolean ("editing", NULL, NULL, FALSE, readable);
  properties[PROP_SHOWING_CARD] = g_param_spec_boolean ("showing-card", NULL, NULL, FALSE, readable);
  properties[PROP_N_SELECTED] = g_param_spec_uint ("n-selected", NULL, NULL, 0, G_MAXUINT, 0, readable);
  g_object_class_install_property (object_class, PROP_EDITING, properties[PROP_EDITING]);
  g_object_class_install_property (object_class, PROP_SHOWING_CARD, properties[PROP_SHOWING_CARD]);
  g_object_class_install_property (object_class, PROP_N_SELECTED, properties[PROP_N_SELECTED]);

  /**
   * NbPeopleView::contact-saved:
   * @self: the view
   * @id: the contact
   *
   * A contact was saved from the editor: the sidebar selects it.
   */
  signals[CONTACT_SAVED] =
    g_signal_new ("contact-saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (NB_TYPE_CONTACT_CARD);
  g_type_ensure (NB_TYPE_CONTACT_EDITOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-people-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NbPeopleView, stack);
  gtk_widget_class_bind_template_child (widget_class, NbPeopleView, card);
  gtk_widget_class_bind_template_child (widget_class, NbPeopleView, editor);
  gtk_widget_class_bind_template_child (widget_class, NbPeopleView, multi_page);
}

static void
nb_people_view_init (NbPeopleView *self)
{
  static const GActionEntry entries[] = {
    { "new", new_action },
    { "edit", edit_action },
    { "save", save_action },
    { "cancel", cancel_action },
    { "delete", delete_action },
    { "export-selected", export_selected_action },
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selected = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "people", G_ACTION_GROUP (self->actions));
  update_actions (self);
}

static NbStore *
view_get_store (NbView *view)
{
  return NB_PEOPLE_VIEW (view)->store;
}

static void
view_set_store (NbView  *view,
                NbStore *store)
{
  set_store (NB_PEOPLE_VIEW (view), store);
}

static void
nb_people_view_view_iface_init (NbViewInterface *iface)
{
  iface->title = N_("People");
  iface->icon_name = "system-users-symbolic";
  iface->get_store = view_get_store;
  iface->set_store = view_set_store;
}

/**
 * nb_people_view_new:
 * @store: the store
 * @deletes: (nullable): how the window deletes with Undo
 *
 * Returns: (transfer floating): a new People view
 */
GtkWidget *
nb_people_view_new (NbStore      *store,
                    NbUndoDelete *deletes)
{
  NbPeopleView *self = g_object_new (NB_TYPE_PEOPLE_VIEW, "store", store, NULL);

  nb_people_view_set_deletes (self, deletes);
  return GTK_WIDGET (self);
}
