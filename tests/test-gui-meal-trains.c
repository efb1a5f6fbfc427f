/* test-gui-meal-trains.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "nb-calendar-view.h"
#include "nb-clock.h"
#include "nb-contact-card.h"
#include "nb-contact-chooser.h"
#include "nb-day-item.h"
#include "nb-format.h"
#include "nb-gui-test-util.h"
#include "nb-meal-train-dialog.h"
#include "nb-meal-train-window.h"
#include "nb-meal-trains-group.h"
#include "nb-test-util.h"
#include "nb-train-format.h"
#include "nb-train-slot-row.h"

/* Meal trains in the real window: organised from a card, helpers added,
 * moved by their menu and by dragging, taken off and a meal cancelled,
 * each undone from its toast, and the meals seen in the Calendar. The
 * clock is fixed on Wednesday, November 25, 2026. */

typedef NbGuiFixture Fixture;

static GPtrArray *
list_slots (NbStore *store,
            gint64   train_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *slots = nb_store_list_meal_train_slots (store, train_id, 0, G_MAXUINT32, &error);

  g_assert_no_error (error);

  return slots;
}

static NbMealTrainSlot *
slot_at (GPtrArray *slots,
         guint      index)
{
  g_assert_cmpuint (index, <, slots->len);

  return g_ptr_array_index (slots, index);
}

/* The row of the @index-th meal in the train's window. */
static GtkWidget *
slot_row (GtkWindow *window,
          guint      index)
{
  GtkWidget *first = nb_gui_wait_for_widget (window, NB_TYPE_TRAIN_SLOT_ROW, NULL, NULL);
  GtkWidget *row = first;

  for (guint i = 0; i < index && row != NULL; i++)
    row = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (row);
  g_assert_true (NB_IS_TRAIN_SLOT_ROW (row));

  return row;
}

/* Opens "Add Helper…" of @row and chooses @contact_id, as typing their
 * name and Enter would. */
static void
add_helper (GtkWidget *row,
            gint64     contact_id)
{
  GtkWidget *button = nb_gui_wait_for_widget (row, GTK_TYPE_MENU_BUTTON, "label", _("Add _Helper…"));
  GtkWidget *chooser;

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  chooser = nb_gui_wait_for_widget (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)),
                                    NB_TYPE_CONTACT_CHOOSER, NULL, NULL);
  g_signal_emit_by_name (chooser, "contact-chosen", contact_id);
  nb_gui_settle ();
}

static GtkWidget *
helper_chip (GtkWidget  *row,
             const char *name)
{
  return nb_gui_wait_for_widget (row, GTK_TYPE_MENU_BUTTON, "label", name);
}

static gboolean
activate_in_model (GtkWidget  *chip,
                   GMenuModel *menu,
                   const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_label = NULL;
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);

      if (submenu != NULL && activate_in_model (chip, submenu, label))
        return TRUE;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label);
      if (g_strcmp0 (item_label, label) != 0)
        continue;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      g_assert_true (gtk_widget_activate_action_variant (chip, action, target));
      nb_gui_settle ();
      return TRUE;
    }

  return FALSE;
}

/* Activates the item of @chip's menu (or of one of its submenus) labelled
 * @label, as a click on it would. */
static void
activate_menu_item (GtkWidget  *chip,
                    const char *label)
{
  GMenuModel *menu;

  /* The menu is made when it opens. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (chip));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (chip));
  g_assert_nonnull (menu);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (chip));

  if (!activate_in_model (chip, menu, label))
    g_error ("No menu item “%s”", label);
}

static void
click_undo (GtkWindow *window)
{
  nb_gui_click (nb_gui_wait_for_widget (window, GTK_TYPE_BUTTON, "label", _("_Undo")));
  nb_gui_settle ();
}

static void
wait_for_status (GtkWindow  *window,
                 const char *status)
{
  nb_gui_wait_for_widget (window, GTK_TYPE_LABEL, "label", status);
}

static char *
open_evenings (guint open,
               guint total)
{
  return g_strdup_printf (ngettext ("%u of %u evening still open", "%u of %u evenings still open", total),
                          open, total);
}

static void
text_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static char *
read_clipboard (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, text_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  return text;
}

static void
test_organise (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", "ada@example.org");
  gint64 grace = nb_test_add_contact (fixture->store, "Grace Hopper", NULL);
  gint64 vera = nb_test_add_contact (fixture->store, "Vera Rubin", NULL);
  g_autoptr(NbContact) contact = nb_store_get_contact (fixture->store, ada);
  g_autoptr(NbContact) saved_contact = NULL;
  g_autoptr(GPtrArray) addresses = nb_address_array_new ();
  g_autoptr(GPtrArray) trains = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  g_autofree char *summary = NULL;
  NbAddress *address = nb_address_new ("home");
  GtkWidget *card, *calendar, *item;
  GtkWindow *dialog, *window, *confirm;
  NbMealTrain *train;
  gint64 train_id;

  /* What the card says of her goes into the train. */
  g_free (address->street);
  address->street = g_strdup ("12 Bakers Row");
  g_free (address->locality);
  address->locality = g_strdup ("London");
  g_ptr_array_add (addresses, address);
  nb_contact_set_addresses (contact, addresses);
  nb_contact_set_food_preferences (contact, "No nuts");
  saved_contact = nb_store_save_contact (fixture->store, contact, &error);
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-contact", "x", ada);
  card = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CONTACT_CARD, NULL, NULL);
  nb_gui_click (nb_gui_wait_for_widget (card, GTK_TYPE_BUTTON, "label", _("Organise a Meal _Train…")));
  dialog = nb_gui_wait_for_window (NB_TYPE_MEAL_TRAIN_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (nb_gui_wait_for_widget (dialog, ADW_TYPE_ENTRY_ROW, "title",
                                                                               _("Dietary needs and _allergies")))),
                   ==, "No nuts");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (nb_gui_wait_for_widget (dialog, ADW_TYPE_ENTRY_ROW, "title",
                                                                               _("Where to _bring the food")))),
                   ==, "12 Bakers Row, London");
  /* From tomorrow for two weeks, every evening. */
  summary = g_strdup_printf (ngettext ("%u meal for helpers to bring.", "%u meals for helpers to bring.", 14), 14);
  nb_gui_wait_for_widget (dialog, GTK_TYPE_LABEL, "label", summary);

  /* Nothing is kept before Save. */
  trains = nb_store_list_meal_trains (fixture->store, ada, 0, &error);
  g_assert_cmpuint (trains->len, ==, 0);
  g_clear_pointer (&trains, g_ptr_array_unref);

  nb_gui_click (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Save")));
  nb_gui_wait_window_gone (NB_TYPE_MEAL_TRAIN_DIALOG);
  window = nb_gui_wait_for_window (NB_TYPE_MEAL_TRAIN_WINDOW);

  trains = nb_store_list_meal_trains (fixture->store, ada, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trains->len, ==, 1);
  train = g_ptr_array_index (trains, 0);
  train_id = nb_meal_train_get_id (train);
  g_assert_cmpstr (nb_meal_train_get_dietary (train), ==, "No nuts");
  g_assert_cmpstr (nb_meal_train_get_address (train), ==, "12 Bakers Row, London");
  status = open_evenings (14, 14);
  wait_for_status (window, status);

  /* Grace brings the first dinner, Vera the second: chosen by name. */
  add_helper (slot_row (window, 0), grace);
  add_helper (slot_row (window, 1), vera);
  g_free (status);
  status = open_evenings (12, 14);
  wait_for_status (window, status);
  slots = list_slots (fixture->store, train_id);
  g_assert_true (nb_meal_train_slot_has_helper (slot_at (slots, 0), grace));
  g_assert_true (nb_meal_train_slot_has_helper (slot_at (slots, 1), vera));
  g_clear_pointer (&slots, g_ptr_array_unref);

  /* Grace moves to the meal after, by her menu, and back by Undo. */
  activate_menu_item (helper_chip (slot_row (window, 0), "Grace Hopper"), _("Move to the Meal _After"));
  slots = list_slots (fixture->store, train_id);
  g_assert_false (nb_meal_train_slot_has_helper (slot_at (slots, 0), grace));
  g_assert_true (nb_meal_train_slot_has_helper (slot_at (slots, 1), grace));
  g_assert_true (nb_meal_train_slot_has_helper (slot_at (slots, 1), vera));
  g_clear_pointer (&slots, g_ptr_array_unref);
  click_undo (window);
  slots = list_slots (fixture->store, train_id);
  g_assert_true (nb_meal_train_slot_has_helper (slot_at (slots, 0), grace));
  g_assert_false (nb_meal_train_slot_has_helper (slot_at (slots, 1), grace));
  g_clear_pointer (&slots, g_ptr_array_unref);

  /* Grace moves five meals on by "Move To", and back by Undo. */
  {
    g_autofree char *sixth = nb_train_slot_dup_title (nb_train_slot_row_get_slot (NB_TRAIN_SLOT_ROW (slot_row (window, 5))));

    activate_menu_item (helper_chip (slot_row (window, 0), "Grace Hopper"), sixth);
    slots = list_slots (fixture->store, train_id);
    g_assert_true (nb_meal_train_slot_has_helper (slot_at (slots, 5), grace));
    g_assert_false (nb_meal_train_slot_has_helper (slot_at (slots, 0), grace));
    g_clear_pointer (&slots, g_ptr_array_unref);
    click_undo (window);
    slots = list_slots (fixture->store, train_id);
    g_assert_true (nb_meal_train_slot_has_helper (slot_at (slots, 0), grace));
    g_clear_pointer (&slots, g_ptr_array_unref);
  }

  /* Vera is dragged onto the third meal. */
  gtk_window_set_default_size (window, 560, 1000);
  nb_gui_drag (helper_chip (slot_row (window, 1), "Vera Rubin"), slot_row (window, 2));
  slots = list_slots (fixture->store, train_id);
  g_assert_false (nb_meal_train_slot_has_helper (slot_at (slots, 1), vera));
  g_assert_true (nb_meal_train_slot_has_helper (slot_at (slots, 2), vera));
  g_clear_pointer (&slots, g_ptr_array_unref);

  /* Taken off, and back. */
  activate_menu_item (helper_chip (slot_row (window, 2), "Vera Rubin"), _("_Does Not Bring It"));
  slots = list_slots (fixture->store, train_id);
  g_assert_cmpuint (slot_at (slots, 2)->helpers->len, ==, 0);
  g_clear_pointer (&slots, g_ptr_array_unref);
  click_undo (window);
  slots = list_slots (fixture->store, train_id);
  g_assert_true (nb_meal_train_slot_has_helper (slot_at (slots, 2), vera));
  g_clear_pointer (&slots, g_ptr_array_unref);

  /* The fifth meal is cancelled, after asking, and comes back. */
  gtk_widget_activate_action (slot_row (window, 4), "train.cancel-slot", "x",
                              nb_train_slot_row_get_slot (NB_TRAIN_SLOT_ROW (slot_row (window, 4)))->id);
  confirm = nb_gui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "cancel-meal");
  nb_gui_settle ();
  slots = list_slots (fixture->store, train_id);
  g_assert_cmpint (slot_at (slots, 4)->status, ==, NB_MEETING_CANCELLED);
  g_clear_pointer (&slots, g_ptr_array_unref);
  g_free (status);
  status = open_evenings (11, 13);
  wait_for_status (window, status);
  click_undo (window);
  slots = list_slots (fixture->store, train_id);
  g_assert_cmpint (slot_at (slots, 4)->status, ==, NB_MEETING_PLANNED);
  g_clear_pointer (&slots, g_ptr_array_unref);

  /* The rota, to paste into any messenger, says who brings what. */
  gtk_widget_activate_action (GTK_WIDGET (window), "train.copy-rota", NULL);
  {
    g_autofree char *rota = read_clipboard (GTK_WIDGET (window));

    g_assert_nonnull (strstr (rota, "Ada Lovelace"));
    g_assert_nonnull (strstr (rota, "Grace Hopper"));
    g_assert_nonnull (strstr (rota, "Vera Rubin"));
    g_assert_nonnull (strstr (rota, "No nuts"));
  }

  /* Invitations come from me: without my address, they say so. */
  gtk_widget_activate_action (GTK_WIDGET (window), "train.save-invitations", NULL);
  nb_gui_wait_for_widget (window, GTK_TYPE_LABEL, "label",
                          _("Add your email address in Preferences first: invitations come from it"));

  gtk_window_close (window);
  nb_gui_wait_window_gone (NB_TYPE_MEAL_TRAIN_WINDOW);

  /* Her card lists the train. */
  nb_gui_wait_for_widget (card, NB_TYPE_MEAL_TRAINS_GROUP, NULL, NULL);

  /* The Calendar shows the meals, and who brings them. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "calendar");
  calendar = nb_gui_wait_for_widget (fixture->window, NB_TYPE_CALENDAR_VIEW, NULL, NULL);
  {
    g_autofree char *grace_brings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s for %2$s — %3$s brings",
                                                                  "%1$s for %2$s — %3$s bring", 1),
                                                     _("Dinner"), "Ada Lovelace", "Grace Hopper");
    g_autoptr(GDateTime) six = g_date_time_new_local (2026, 11, 26, 18, 0, 0);
    g_autofree char *time = nb_format_time (six);
    g_autofree char *tooltip = g_strdup_printf ("%s, %s", time, grace_brings);

    item = nb_gui_wait_for_widget (calendar, NB_TYPE_DAY_ITEM, "tooltip-text", tooltip);
  }
  gtk_widget_activate (item);
  window = nb_gui_wait_for_window (NB_TYPE_MEAL_TRAIN_WINDOW);
  g_assert_cmpint (nb_meal_train_window_get_train_id (NB_MEAL_TRAIN_WINDOW (window)), ==, train_id);

  /* The whole train is cancelled, after asking, and restarted by Undo. */
  gtk_widget_activate_action (GTK_WIDGET (window), "train.cancel", NULL);
  confirm = nb_gui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "cancel-train");
  nb_gui_settle ();
  wait_for_status (window, _("This meal train is cancelled."));
  {
    g_autoptr(NbMealTrain) cancelled = nb_store_get_meal_train (fixture->store, train_id, &error);

    g_assert_true (nb_meal_train_get_cancelled (cancelled));
  }
  click_undo (window);
  {
    g_autoptr(NbMealTrain) restarted = nb_store_get_meal_train (fixture->store, train_id, &error);

    g_assert_false (nb_meal_train_get_cancelled (restarted));
  }

  gtk_window_destroy (window);
}

/* A meal that passed, in the Meals view's follow-ups: brought, then the
 * helper thanked. */
static void
test_follow_up (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 ada = nb_test_add_contact (fixture->store, "Ada Lovelace", NULL);
  gint64 grace = nb_test_add_contact (fixture->store, "Grace Hopper", NULL);
  g_autoptr(NbMealTrain) train = nb_meal_train_new ();
  g_autoptr(NbMealTrain) saved = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *asked = g_strdup_printf (_("Did %s bring dinner to %s?"), "Grace Hopper", "Ada Lovelace");
  g_autofree char *thank = g_strdup_printf (_("Thank %s for bringing dinner to %s"), "Grace Hopper",
                                            "Ada Lovelace");
  GDate first = nb_test_date (23, 11, 2026);
  GDate last = nb_test_date (24, 11, 2026);
  GtkWidget *row;

  g_assert_true (nb_meal_train_set_days (train, &first, &last, NULL));
  nb_meal_train_set_recipient (train, ada);
  saved = nb_store_save_meal_train (fixture->store, train, &error);
  g_assert_no_error (error);
  slots = list_slots (fixture->store, nb_meal_train_get_id (saved));
  nb_meal_train_slot_add_helper (slot_at (slots, 1), grace);
  g_assert_true (nb_store_save_meal_train_slot (fixture->store, slot_at (slots, 1), &error));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "meals");
  row = gtk_widget_get_ancestor (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", asked),
                                 GTK_TYPE_LIST_BOX_ROW);
  nb_gui_click (nb_gui_wait_for_widget (row, GTK_TYPE_BUTTON, "label", _("It _Happened")));
  row = gtk_widget_get_ancestor (nb_gui_wait_for_widget (fixture->window, GTK_TYPE_LABEL, "label", thank),
                                 GTK_TYPE_LIST_BOX_ROW);
  g_assert_cmpint (nb_test_query_int (nb_store_get_path (fixture->store), "SELECT count(*) FROM interactions"),
                   ==, 2);
  nb_gui_click (nb_gui_wait_for_widget (row, GTK_TYPE_BUTTON, "label", _("_Sent")));
  nb_gui_wait_for_widget_gone (fixture->window, GTK_TYPE_LABEL, "label", thank);
  g_assert_cmpint (nb_test_query_int (nb_store_get_path (fixture->store), "SELECT count(*) FROM interactions"),
                   ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDateTime) now = NULL;

  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  now = g_date_time_new_local (2026, 11, 25, 10, 0, 0);
  nb_clock_set_fixed (now);

  g_test_add ("/gui/meal-trains/organise", Fixture, NULL,
              nb_gui_fixture_set_up, test_organise, nb_gui_fixture_tear_down);
  g_test_add ("/gui/meal-trains/follow-up", Fixture, NULL,
              nb_gui_fixture_set_up, test_follow_up, nb_gui_fixture_tear_down);

  return g_test_run ();
}
