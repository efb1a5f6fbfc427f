/* nb-contact-history.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-contact-history"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-format.h"
#include "nb-contact-history.h"
#include "nb-interaction-dialog.h"
#include "nb-introduction-dialog.h"

/**
 * NbContactHistory:
 *
 * A contact's history on their card: interactions, meals that happened
 * and birthdays they had, newest first, under the month's name. It reads
 * a page at a time (nb_store_list_history(), a keyset), the next one as
 * the card's scroller nears its end: years of history never load at
 * once. Interactions open in #NbInteractionDialog (Edit) and are deleted
 * with Undo (#NbUndoDelete); meals open in the meal dialog. It follows
 * the store.
 */
struct _NbContactHistory
{
  GtkWidget      parent_instance;

  NbStore       *store;
  NbUndoDelete  *deletes;
  gint64         contact_id;
  GListStore    *items;
  gboolean       complete;
  guint          reload_source;
  GtkAdjustment *adjustment;   /* the scroller's, while mapped */

  GtkListBox    *list;
  GtkWidget     *empty_label;
};

G_DEFINE_FINAL_TYPE (NbContactHistory, nb_contact_history, GTK_TYPE_WIDGET)

/* How many are read at a time. */
#define PAGE_SIZE 40

static const char *
kind_icon (NbInteractionKind kind)
{
  switch (kind)
    {
    case NB_INTERACTION_MEAL: return "nb-meal-symbolic";
    case NB_INTERACTION_CALL: return "call-start-symbolic";
    case NB_INTERACTION_VIDEO_CALL: return "camera-web-symbolic";
    case NB_INTERACTION_MESSAGE: return "mail-send-symbolic";
    case NB_INTERACTION_HELP_GIVEN:
    case NB_INTERACTION_HELP_RECEIVED: return "emblem-favorite-symbolic";
    case NB_INTERACTION_INTRODUCTION: return "contact-new-symbolic";
    case NB_INTERACTION_FAVOUR_ASKED_OF_ME:
    case NB_INTERACTION_FAVOUR_I_ASKED: return "emblem-shared-symbolic";
    case NB_INTERACTION_THANKS_SENT: return "face-smile-symbolic";
    case NB_INTERACTION_NEWS_SHARED: return "mail-unread-symbolic";
    case NB_INTERACTION_CONNECTED: return "network-workgroup-symbolic";
    case NB_INTERACTION_MET:
    default: return "emoji-people-symbolic";
    }
}

static gboolean
same_answer (NbHistoryItem *a,
             NbHistoryItem *b)
{
  NbInteraction *x = nb_history_item_get_interaction (a);
  NbInteraction *y = nb_history_item_get_interaction (b);

  if (x == NULL || y == NULL)
    return x == y;

  return nb_interaction_get_answer (x) == nb_interaction_get_answer (y) &&
         nb_interaction_get_answered (x) == nb_interaction_get_answered (y);
}

static gboolean
items_equal (NbHistoryItem *a,
             NbHistoryItem *b)
{
  return nb_history_item_get_kind (a) == nb_history_item_get_kind (b) &&
         nb_history_item_get_id (a) == nb_history_item_get_id (b) &&
         nb_history_item_get_date (a) == nb_history_item_get_date (b) &&
         nb_history_item_get_has_time (a) == nb_history_item_get_has_time (b) &&
         nb_history_item_get_interaction_kind (a) == nb_history_item_get_interaction_kind (b) &&
         nb_history_item_get_age (a) == nb_history_item_get_age (b) &&
         g_strcmp0 (nb_history_item_get_title (a), nb_history_item_get_title (b)) == 0 &&
         g_strcmp0 (nb_history_item_get_note (a), nb_history_item_get_note (b)) == 0 &&
         same_answer (a, b);
}

/* Puts @fresh in place of the items from @offset on, changing only what
 * differs (the rows around keep their focus). */
static void
replace_from (NbContactHistory *self,
              guint             offset,
              GPtrArray        *fresh)
{
  GListModel *model = G_LIST_MODEL (self->items);
  guint n_old = g_list_model_get_n_items (model) - offset;
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < fresh->len)
    {
      g_autoptr(NbHistoryItem) old = g_list_model_get_item (model, offset + prefix);

      if (!items_equal (old, g_ptr_array_index (fresh, prefix)))
        break;
      prefix++;
    }

  while (suffix < n_old - prefix && suffix < fresh->len - prefix)
    {
      g_autoptr(NbHistoryItem) old = g_list_model_get_item (model, offset + n_old - 1 - suffix);

      if (!items_equal (old, g_ptr_array_index (fresh, fresh->len - 1 - suffix)))
        break;
      suffix++;
    }

  if (prefix == n_old && prefix == fresh->len)
    return;

  g_list_store_splice (self->items, offset + prefix, n_old - prefix - suffix,
                       fresh->pdata + prefix, fresh->len - prefix - suffix);
}

static void
update_empty (NbContactHistory *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->list), !empty);
  gtk_widget_set_visible (self->empty_label, empty);
}

/* Reads @limit items after the @offset first ones (0: from the newest). */
static gboolean
read_from (NbContactHistory *self,
           guint             offset,
           guint             limit)
{
  g_autoptr(NbHistoryItem) before = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->contact_id == 0)
    return FALSE;

  if (offset > 0)
    before = g_list_model_get_item (G_LIST_MODEL (self->items), offset - 1);

  page = nb_store_list_history (self->store, self->contact_id, before, limit, &error);
  if (page == NULL)
    {
      g_warning ("Could not read the history: %s", error->message);
      return FALSE;
    }

  self->complete = page->len < limit;
  replace_from (self, offset, page);
  update_empty (self);

  return page->len > 0;
}

/**
 * nb_contact_history_load_more:
 * @self: a history
 *
 * Reads the next page, unless everything is read.
 *
 * Returns: whether it read anything
 */
gboolean
nb_contact_history_load_more (NbContactHistory *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_HISTORY (self), FALSE);

  if (self->complete)
    return FALSE;

  return read_from (self, g_list_model_get_n_items (G_LIST_MODEL (self->items)), PAGE_SIZE);
}

static void
reload (NbContactHistory *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  gboolean was_complete = self->complete;

  self->complete = FALSE;
  if (self->store == NULL || self->contact_id == 0)
    {
      g_list_store_remove_all (self->items);
      update_empty (self);
      return;
    }

  /* As many as were read; all of them, if all were (some may be back). */
  read_from (self, 0, was_complete ? n + PAGE_SIZE : MAX (PAGE_SIZE, n));
}

static gboolean
reload_cb (gpointer user_data)
{
  NbContactHistory *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
queue_reload (NbContactHistory *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_cb, self);
}

/* ---------------------------------------------------------------------- */
/* Paging as the card scrolls                                              */

static void
scrolled_cb (NbContactHistory *self)
{
  double left;

  if (self->adjustment == NULL || self->complete)
    return;

  left = gtk_adjustment_get_upper (self->adjustment) -
         (gtk_adjustment_get_value (self->adjustment) + gtk_adjustment_get_page_size (self->adjustment));
  if (left < gtk_adjustment_get_page_size (self->adjustment))
    nb_contact_history_load_more (self);
}

static void
unwatch_scroller (NbContactHistory *self)
{
  if (self->adjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->adjustment, self);
  g_clear_object (&self->adjustment);
}

static void
nb_contact_history_map (GtkWidget *widget)
{
  NbContactHistory *self = NB_CONTACT_HISTORY (widget);
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  GTK_WIDGET_CLASS (nb_contact_history_parent_class)->map (widget);

  unwatch_scroller (self);
  if (scroller == NULL)
    return;

  self->adjustment = g_object_ref (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)));
  g_signal_connect_swapped (self->adjustment, "value-changed", G_CALLBACK (scrolled_cb), self);
  g_signal_connect_swapped (self->adjustment, "changed", G_CALLBACK (scrolled_cb), self);
  scrolled_cb (self);
}

static void
nb_contact_history_unmap (GtkWidget *widget)
{
  unwatch_scroller (NB_CONTACT_HISTORY (widget));

  GTK_WIDGET_CLASS (nb_contact_history_parent_class)->unmap (widget);
}

/* ---------------------------------------------------------------------- */
/* Rows                                                                    */

static void
month_of (NbHistoryItem *item,
          guint         *year,
          guint         *month)
{
  GDate day;

  nb_history_item_get_day (item, &day);
  *year = g_date_get_year (&day);
  *month = g_date_get_month (&day);
}

static void
header_cb (GtkListBoxRow *row,
           GtkListBoxRow *before,
           gpointer       user_data)
{
  NbHistoryItem *item = g_object_get_data (G_OBJECT (row), "nb-item");
  guint year, month, before_year = 0, before_month = 0;

  month_of (item, &year, &month);
  if (before != NULL)
    month_of (g_object_get_data (G_OBJECT (before), "nb-item"), &before_year, &before_month);

  if (year == before_year && month == before_month)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  {
    g_autoptr(GDateTime) first = g_date_time_new_utc (year, month, 1, 0, 0, 0);
    g_autofree char *title = g_date_time_format (first, C_("month view", "%OB %Y"));
    GtkWidget *label = gtk_label_new (title);

    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_add_css_class (label, "heading");
    gtk_widget_add_css_class (label, "dim-label");
    gtk_widget_add_css_class (label, "nb-history-month");
    gtk_widget_set_margin_start (label, 12);
    gtk_widget_set_margin_end (label, 12);
    gtk_widget_set_margin_top (label, 12);
    gtk_widget_set_margin_bottom (label, 6);
    gtk_list_box_row_set_header (row, label);
  }
}

static char *
describe_when (NbHistoryItem *item)
{
  GDate day;

  nb_history_item_get_day (item, &day);
  if (nb_history_item_get_has_time (item))
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (nb_history_item_get_date (item));
      g_autofree char *date = nb_format_day (&day, FALSE);
      g_autofree char *time = nb_format_time (when);

      /* Translators: a day and a time: "Tuesday, November 3 · 14:00". */
      return g_strdup_printf (C_("history", "%1$s · %2$s"), date, time);
    }

  /* The month's name, with its year, is above. */
  return nb_format_day (&day, FALSE);
}

static GtkWidget *
suffix_button (const char *icon_name,
               const char *tooltip,
               const char *accessible,
               const char *action,
               gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);

  return button;
}

/* An introduction someone else made says who, seen from this card
 * ("Introduced by Grace Hopper", "Introduced you to Charles Babbage");
 * one I make says where it stands after its day. */
static void
describe_introduction (NbContactHistory  *self,
                       NbInteraction     *introduction,
                       char             **title,
                       char             **when)
{
  gint64 introducer = nb_interaction_get_introducer (introduction);
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autofree char *status = NULL;

  if (self->store == NULL)
    return;

  if (introducer != 0)
    {
      g_autoptr(NbContact) other = nb_store_get_contact (self->store,
                                                        nb_interaction_get_other_person (introduction,
                                                                                         self->contact_id));

      if (other == NULL)
        return;

      g_free (*title);
      if (introducer == self->contact_id)
        *title = g_strdup_printf (_("Introduced you to %s"), nb_contact_get_full_name (other));
      else
        *title = g_strdup_printf (_("Introduced by %s"), nb_contact_get_full_name (other));
      return;
    }

  status = nb_format_introduction_status (introduction, self->store, g_date_time_to_unix (now));
  if (status != NULL)
    {
      char *both = g_strdup_printf (C_("history", "%1$s · %2$s"), *when, status);

      g_free (*when);
      *when = both;
    }
}

static GtkWidget *
create_row_cb (gpointer object,
               gpointer user_data)
{
  NbHistoryItem *item = object;
  NbHistoryItemKind kind = nb_history_item_get_kind (item);
  NbInteractionKind interaction_kind = nb_history_item_get_interaction_kind (item);
  const char *note = nb_history_item_get_note (item);
  const char *item_title = nb_history_item_get_title (item);
  g_autofree char *when = describe_when (item);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *icon;
  gint64 id = nb_history_item_get_id (item);

  switch (kind)
    {
    case NB_HISTORY_ITEM_BIRTHDAY:
      /* Translators: a birthday in a contact's history. */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Turned %d", "Turned %d",
                                            nb_history_item_get_age (item)),
                               nb_history_item_get_age (item));
      if (nb_history_item_get_age (item) <= 0)
        {
          g_free (title);
          title = g_strdup (item_title ? item_title : "");
        }
      icon = gtk_image_new_from_icon_name ("nb-birthday-symbolic");
      break;

    case NB_HISTORY_ITEM_MEAL:
      title = g_strdup (item_title && *item_title ? item_title : nb_interaction_kind_get_label (NB_INTERACTION_MEAL));
      icon = gtk_image_new_from_icon_name ("nb-meal-symbolic");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "meal.edit");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", id);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      break;

    case NB_HISTORY_ITEM_INTERACTION:
    default:
      /* "Call", "Dinner with Grace Hopper", an event's title. */
      title = g_strdup (item_title && *item_title ? item_title : nb_interaction_kind_get_label (interaction_kind));
      icon = gtk_image_new_from_icon_name (kind_icon (interaction_kind));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "history.edit");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", id);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (row, suffix_button ("document-edit-symbolic", _("Edit"), _("Edit the entry"),
                                                     "history.edit", id));
      adw_action_row_add_suffix (row, suffix_button ("user-trash-symbolic", _("Delete"), _("Delete the entry"),
                                                     "history.delete", id));
      break;
    }

  if (nb_history_item_get_interaction (item) != NULL &&
      nb_interaction_get_kind (nb_history_item_get_interaction (item)) == NB_INTERACTION_INTRODUCTION)
    describe_introduction (user_data, nb_history_item_get_interaction (item), &title, &when);

  if (nb_history_item_get_interaction (item) != NULL)
    {
      /* "Tuesday, March 3 · I said no, March 12". */
      g_autofree char *answer = nb_format_answer (nb_history_item_get_interaction (item));

      if (answer != NULL)
        {
          char *both = g_strdup_printf (C_("history", "%1$s · %2$s"), when, answer);

          g_free (when);
          when = both;
        }
    }

  if (note != NULL && *note != '\0' && kind != NB_HISTORY_ITEM_BIRTHDAY)
    subtitle = g_strdup_printf (C_("history", "%1$s · %2$s"), when, note);
  else
    subtitle = g_strdup (when);

  /* User text is not Pango markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  adw_action_row_set_subtitle_lines (row, 3);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_prefix (row, icon);

  /* Translators: an entry of a contact's history as a screen reader says
   * it: "Call, Tuesday, November 3 · 14:00". */
  label = g_strdup_printf (_("%1$s, %2$s"), title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  g_object_set_data_full (G_OBJECT (row), "nb-item", g_object_ref (item), g_object_unref);

  return GTK_WIDGET (row);
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NbContactHistory *self = NB_CONTACT_HISTORY (widget);
  g_autoptr(NbInteraction) interaction = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->store == NULL)
    return;

  interaction = nb_store_get_interaction (self->store, g_variant_get_int64 (parameter));
  if (interaction == NULL)
    return;

  /* An introduction I make opens with its steps. */
  if (nb_interaction_get_kind (interaction) == NB_INTERACTION_INTRODUCTION &&
      nb_interaction_get_introducer (interaction) == 0 &&
      nb_interaction_get_people (interaction)->len == 2)
    {
      gtk_window_present (GTK_WINDOW (nb_introduction_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                  self->store, interaction)));
      return;
    }

  gtk_window_present (GTK_WINDOW (nb_interaction_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                             self->store, interaction)));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NbContactHistory *self = NB_CONTACT_HISTORY (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  /* The row goes; the focus stays in the history. */
  gtk_widget_grab_focus (GTK_WIDGET (self->list));

  if (self->deletes != NULL)
    nb_undo_delete_interaction (self->deletes, widget, id, _("Removed from the history"));
  else if (!nb_store_delete_interaction (self->store, id, &error))
    g_warning ("Could not delete: %s", error->message);
}

/* ---------------------------------------------------------------------- */

static void
disconnect_store (NbContactHistory *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
}

static void
nb_contact_history_dispose (GObject *object)
{
  NbContactHistory *self = (NbContactHistory *) object;
  GtkWidget *child;

  unwatch_scroller (self);
  disconnect_store (self);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->deletes);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (nb_contact_history_parent_class)->dispose (object);
}

static void
nb_contact_history_class_init (NbContactHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_contact_history_dispose;
  widget_class->map = nb_contact_history_map;
  widget_class->unmap = nb_contact_history_unmap;

  gtk_widget_class_install_action (widget_class, "history.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "history.delete", "x", delete_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nb-contact-history");
}

static void
nb_contact_history_init (NbContactHistory *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->items = g_list_store_new (NB_TYPE_HISTORY_ITEM);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_header_func (self->list, header_cb, NULL, NULL);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->items), create_row_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("History"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));

  self->empty_label = gtk_label_new (_("Nothing noted yet: a call, a message or a meeting goes here"));
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->empty_label), 0);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_parent (self->empty_label, GTK_WIDGET (self));

  update_empty (self);
}

GtkWidget *
nb_contact_history_new (void)
{
  return g_object_new (NB_TYPE_CONTACT_HISTORY, NULL);
}

void
nb_contact_history_set_store (NbContactHistory *self,
                              NbStore          *store)
{
  g_return_if_fail (NB_IS_CONTACT_HISTORY (self));
  g_return_if_fail (store == NULL || NB_IS_STORE (store));

  if (self->store == store)
    return;

  disconnect_store (self);
  if (store != NULL)
    {
      self->store = g_object_ref (store);
      g_signal_connect_swapped (store, "interactions-changed", G_CALLBACK (queue_reload), self);
      g_signal_connect_swapped (store, "meetings-changed", G_CALLBACK (queue_reload), self);
    }

  g_list_store_remove_all (self->items);
  reload (self);
}

void
nb_contact_history_set_deletes (NbContactHistory *self,
                                NbUndoDelete     *deletes)
{
  g_return_if_fail (NB_IS_CONTACT_HISTORY (self));

  g_set_object (&self->deletes, deletes);
}

/**
 * nb_contact_history_set_contact:
 * @self: a history
 * @contact_id: whose history to show, or 0
 */
void
nb_contact_history_set_contact (NbContactHistory *self,
                                gint64            contact_id)
{
  g_return_if_fail (NB_IS_CONTACT_HISTORY (self));

  if (self->contact_id == contact_id)
    {
      reload (self);
      return;
    }

  self->contact_id = contact_id;
  g_list_store_remove_all (self->items);
  reload (self);
}

/**
 * nb_contact_history_get_model:
 *
 * Returns: (transfer none): the items read so far (#NbHistoryItem)
 */
GListModel *
nb_contact_history_get_model (NbContactHistory *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_HISTORY (self), NULL);

  return G_LIST_MODEL (self->items);
}

/**
 * nb_contact_history_get_complete:
 *
 * Returns: whether everything is read
 */
gboolean
nb_contact_history_get_complete (NbContactHistory *self)
{
  g_return_val_if_fail (NB_IS_CONTACT_HISTORY (self), FALSE);

  return self->complete;
}
