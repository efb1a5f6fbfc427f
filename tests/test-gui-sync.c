/* test-gui-sync.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "nb-account.h"
#include "nb-account-form.h"
#include "nb-accounts-window.h"
#include "nb-gui-test-util.h"
#include "nb-dav-server.h"
#include "nb-secrets.h"
#include "nb-sync-error.h"
#include "nb-test-util.h"
#include "nb-window.h"

/* Accounts and Sync driven through their widgets, as a person would: the
 * real application and window, a server of the test's own (Radicale or
 * Xandikos, as NETBOOK_TEST_SERVER says), and the keyring of the test
 * session (build-aux/setup.sh test). */

#define USER "alice"
#define PASSWORD "secret"
#define WRONG_PASSWORD "not-the-password-42"

typedef struct
{
  NbGuiFixture  gui;
  NbDavServer  *dav;
  char         *server;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dav = nb_dav_server_start_default (&error);
  g_assert_no_error (error);
  fixture->server = nb_account_normalize_server (nb_dav_server_get_url (fixture->dav));
  g_assert_nonnull (fixture->server);

  nb_gui_fixture_set_up (&fixture->gui, data);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  nb_gui_fixture_tear_down (&fixture->gui, data);

  /* No password outlives its test. */
  g_assert_true (nb_secrets_clear (fixture->server, USER, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&fixture->dav, nb_dav_server_free);
  g_free (fixture->server);
}

/* Finding widgets ------------------------------------------------------- */

typedef gboolean (*WidgetTest) (GtkWidget *widget,
                                gconstpointer data);

static GtkWidget *
find_where (GtkWidget     *root,
            GType          type,
            WidgetTest     test,
            gconstpointer  data,
            gboolean       mapped)
{
  if ((!mapped || gtk_widget_get_mapped (root)) &&
      g_type_is_a (G_OBJECT_TYPE (root), type) && test (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_where (child, type, test, data, mapped);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, data);
}

static gboolean
label_starts_with (GtkWidget     *widget,
                   gconstpointer  data)
{
  return g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), data);
}

/* What a translated format says before its first %s. */
static char *
format_prefix (const char *format)
{
  const char *s = strstr (format, "%s");

  g_assert_nonnull (s);
  return g_strndup (format, s - format);
}

static NbAccountsWindow *
accounts_window (void)
{
  return NB_ACCOUNTS_WINDOW (nb_gui_wait_for_window (NB_TYPE_ACCOUNTS_WINDOW));
}

/* The button whose label (with its mnemonic) is @label. */
static GtkWidget *
button_with_label (gpointer    root,
                   const char *label)
{
  GtkWidget *text = nb_gui_wait_for_widget (root, GTK_TYPE_LABEL, "label", label);
  GtkWidget *button = gtk_widget_get_ancestor (text, GTK_TYPE_BUTTON);

  g_assert_nonnull (button);
  return button;
}

static GtkWidget *
sync_button (Fixture *fixture)
{
  GtkWidget *button = nb_gui_find_widget (GTK_WIDGET (fixture->gui.window), GTK_TYPE_BUTTON,
                                          "action-name", "win.sync", FALSE);

  g_assert_nonnull (button);
  return button;
}

static const char *
sync_icon (Fixture *fixture)
{
  GtkWidget *image = nb_gui_find_widget (sync_button (fixture), GTK_TYPE_IMAGE, NULL, NULL, FALSE);

  g_assert_nonnull (image);
  return gtk_image_get_icon_name (GTK_IMAGE (image));
}

static gboolean
sync_idle (Fixture *fixture)
{
  GtkWidget *stack = gtk_button_get_child (GTK_BUTTON (sync_button (fixture)));

  g_assert_true (GTK_IS_STACK (stack));
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "idle") == 0;
}

static gboolean
synced_well (gpointer data)
{
  Fixture *fixture = data;
  const char *tooltip = gtk_widget_get_tooltip_text (sync_button (fixture));
  g_autofree char *today = format_prefix (_("Last synced at %s"));
  g_autofree char *earlier = format_prefix (_("Last synced on %s"));

  return sync_idle (fixture) && tooltip != NULL &&
         (g_str_has_prefix (tooltip, today) || g_str_has_prefix (tooltip, earlier));
}

static gboolean
sync_failed (gpointer data)
{
  Fixture *fixture = data;
  const char *tooltip = gtk_widget_get_tooltip_text (sync_button (fixture));
  g_autofree char *failed = format_prefix (_("Sync failed: %s"));

  return sync_idle (fixture) && tooltip != NULL && g_str_has_prefix (tooltip, failed);
}

static gint64
count_accounts (Fixture *fixture)
{
  return nb_test_query_int (nb_store_get_path (fixture->gui.store), "SELECT count(*) FROM accounts");
}

/* The account's password in the keyring; %NULL, having checked why, when
 * there is none. */
static char *
lookup_password (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  char *password = nb_secrets_lookup (fixture->server, USER, NULL, &error);
  char *copy;

  if (password == NULL)
    g_assert_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NO_PASSWORD);
  else
    g_assert_no_error (error);

  /* A copy the tests may g_free(): libsecret's memory is not malloc's. */
  copy = g_strdup (password);
  secret_password_free (password);

  return copy;
}

/* The form ----------------------------------------------------------------- */

static void
set_row_text (gpointer    root,
              GType       type,
              const char *title,
              const char *text)
{
  GtkWidget *row = nb_gui_wait_for_widget (root, type, "title", title);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  nb_gui_settle ();
}

static void
fill_form (Fixture    *fixture,
           gpointer    window,
           const char *password)
{
  set_row_text (window, ADW_TYPE_ENTRY_ROW, _("Server Address"),
                nb_dav_server_get_url (fixture->dav));
  set_row_text (window, ADW_TYPE_ENTRY_ROW, _("User Name"), USER);
  set_row_text (window, ADW_TYPE_PASSWORD_ENTRY_ROW, _("Password"), password);
}

static gboolean
form_busy (gpointer data)
{
  GtkWidget *form = data;
  GtkWidget *spinner = nb_gui_find_widget (form, GTK_TYPE_SPINNER, NULL, NULL, FALSE);

  return gtk_widget_get_visible (spinner);
}

static gboolean
form_idle (gpointer data)
{
  return !form_busy (data);
}

static gboolean
form_gone (gpointer data)
{
  return nb_gui_find_widget (data, NB_TYPE_ACCOUNT_FORM, NULL, NULL, TRUE) == NULL;
}

/* What the form offers first for @kind: Netbook's own address book or
 * calendar, found or to be made; never another app's, such as the one
 * Xandikos makes for everyone, unless it is picked. */
static char *
first_offer (Fixture   *fixture,
             NbDavKind  kind)
{
  g_autofree char *home = nb_dav_server_get_home (fixture->dav, USER, kind);
  g_autoptr(GPtrArray) entries = nb_dav_server_list (fixture->dav, home, USER, PASSWORD);
  const char *own = kind == NB_DAV_ADDRESSBOOK ? "/netbook-contacts/" : "/netbook-meals/";

  for (guint i = 0; i < entries->len; i++)
    {
      NbDavServerEntry *entry = g_ptr_array_index (entries, i);

      if (entry->kind == (int) kind && g_str_has_suffix (entry->path, own))
        return g_strdup (entry->display_name);
    }

  return g_strdup (kind == NB_DAV_ADDRESSBOOK ? _("New Address Book “Netbook Contacts”")
                                              : _("New Calendar “Netbook Meals”"));
}

/* Opens Accounts with none yet (straight on the form), connects to the
 * server as alice and adds the account with what the form offers first;
 * returns once the first sync is over. */
static NbAccountsWindow *
add_account (Fixture *fixture)
{
  NbAccountsWindow *window;
  GtkWidget *form, *password_row, *text, *error_label, *contacts_row, *meals_row;
  GtkStringObject *choice;
  GtkWidget *group;
  g_autofree char *offered = NULL;
  g_autofree char *notice = NULL;

  g_assert_false (gtk_widget_get_visible (sync_button (fixture)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->gui.window), "win.accounts", NULL);
  window = accounts_window ();
  form = nb_gui_wait_for_widget (window, NB_TYPE_ACCOUNT_FORM, NULL, NULL);
  fill_form (fixture, window, PASSWORD);
  /* Typed as people type it, without a scheme: https first, then plain
   * http, as the server is on this computer. */
  set_row_text (window, ADW_TYPE_ENTRY_ROW, _("Server Address"),
                nb_dav_server_get_url (fixture->dav) + strlen ("http://"));

  /* Enter in the password field connects (GtkText binds Enter to its
   * "activate" signal). */
  password_row = nb_gui_wait_for_widget (window, ADW_TYPE_PASSWORD_ENTRY_ROW, "title", _("Password"));
  gtk_widget_grab_focus (password_row);
  text = nb_gui_find_widget (password_row, GTK_TYPE_TEXT, NULL, NULL, TRUE);
  g_assert_nonnull (text);
  g_assert_true (gtk_widget_has_focus (text));
  g_signal_emit_by_name (text, "activate");
  g_assert_true (form_busy (form));
  nb_test_wait_for (form_idle, form);
  error_label = find_where (form, GTK_TYPE_LABEL, has_css_class, "error", FALSE);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), ==, "");
  g_assert_false (gtk_widget_get_visible (error_label));

  /* Offered first: Netbook's own address book and calendar, new ones
   * here, even where the server has some of its own (Xandikos has one
   * each). */
  group = nb_gui_wait_for_widget (window, ADW_TYPE_PREFERENCES_GROUP, "title", _("Sync With"));
  notice = g_strdup_printf (_("Using %s: the server does not answer over https, and "
                              "the password does not leave this computer"),
                            nb_dav_server_get_url (fixture->dav));
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==, notice);
  contacts_row = nb_gui_wait_for_widget (window, ADW_TYPE_COMBO_ROW, "title", _("Contacts"));
  choice = adw_combo_row_get_selected_item (ADW_COMBO_ROW (contacts_row));
  offered = first_offer (fixture, NB_DAV_ADDRESSBOOK);
  g_assert_cmpstr (gtk_string_object_get_string (choice), ==, offered);
  meals_row = nb_gui_wait_for_widget (window, ADW_TYPE_COMBO_ROW, "title", _("Meals"));
  choice = adw_combo_row_get_selected_item (ADW_COMBO_ROW (meals_row));
  g_clear_pointer (&offered, g_free);
  offered = first_offer (fixture, NB_DAV_CALENDAR);
  g_assert_cmpstr (gtk_string_object_get_string (choice), ==, offered);

  /* Adding it closes the form, lists it and syncs at once. */
  nb_gui_click (button_with_label (window, _("_Add Account")));
  nb_test_wait_for (form_gone, window);
  nb_gui_wait_for_widget (window, ADW_TYPE_ACTION_ROW, "title", USER);
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, "title", _("No Accounts"), TRUE));
  g_assert_true (gtk_widget_get_visible (sync_button (fixture)));
  nb_test_wait_for (synced_well, fixture);
  g_assert_cmpstr (sync_icon (fixture), ==, "emblem-synchronizing-symbolic");
  g_assert_cmpint (count_accounts (fixture), ==, 1);

  return window;
}

/* The cases ---------------------------------------------------------------- */

static gboolean
label_has_text (gpointer data)
{
  GtkWidget *label = data;

  return gtk_widget_get_mapped (label) && *gtk_label_get_label (GTK_LABEL (label)) != '\0';
}

static void
test_wrong_password (Fixture       *fixture,
                     gconstpointer  data)
{
  NbAccountsWindow *window;
  GtkWidget *form, *error_label, *connect;
  g_autofree char *password = NULL;
  const char *message;

  /* Without accounts there is nothing to sync, and Accounts opens on the
   * form that adds one. */
  g_assert_false (gtk_widget_get_visible (sync_button (fixture)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->gui.window), "win.accounts", NULL);
  window = accounts_window ();
  form = nb_gui_wait_for_widget (window, NB_TYPE_ACCOUNT_FORM, NULL, NULL);
  error_label = find_where (form, GTK_TYPE_LABEL, has_css_class, "error", FALSE);
  g_assert_nonnull (error_label);
  g_assert_false (gtk_widget_get_visible (error_label));

  /* Connect waits for all three fields. */
  connect = button_with_label (window, _("_Connect"));
  g_assert_false (gtk_widget_is_sensitive (connect));
  fill_form (fixture, window, WRONG_PASSWORD);

  nb_gui_click (connect);
  nb_test_wait_for (label_has_text, error_label);
  nb_test_wait_for (form_idle, form);
  message = gtk_label_get_label (GTK_LABEL (error_label));
  g_test_message ("The form says: %s", message);
  g_assert_null (strstr (message, WRONG_PASSWORD));

  /* Nothing was added: no account, no password, nothing to sync; what was
   * typed is kept to try again. */
  g_assert_cmpint (count_accounts (fixture), ==, 0);
  password = lookup_password (fixture);
  g_assert_null (password);
  g_assert_false (gtk_widget_get_visible (sync_button (fixture)));
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW, "title", _("Contacts"), TRUE));
  nb_gui_wait_for_widget (window, ADW_TYPE_ENTRY_ROW, "text", nb_dav_server_get_url (fixture->dav));
  nb_gui_wait_for_widget (window, ADW_TYPE_ENTRY_ROW, "text", USER);
  g_assert_true (gtk_widget_is_sensitive (connect));
}

static void
test_add_account_and_sync (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *password = NULL;
  g_autofree char *book = NULL;
  g_autofree char *synced_today = format_prefix (_("Last synced at %s"));
  g_autofree char *synced_earlier = format_prefix (_("Last synced on %s"));
  g_autoptr(GPtrArray) accounts = NULL;
  NbAccountsWindow *window;
  NbAccount *account;
  const char *subtitle;
  GtkWidget *row;

  /* A contact from before the account goes to the server with the first
   * sync. */
  nb_test_add_contact (fixture->gui.store, "Ada Lovelace", "ada@example.com");

  window = add_account (fixture);
  password = lookup_password (fixture);
  g_assert_cmpstr (password, ==, PASSWORD);
  accounts = nb_store_list_accounts (fixture->gui.store, NULL);
  g_assert_cmpuint (accounts->len, ==, 1);
  account = g_ptr_array_index (accounts, 0);

  /* The row says how the sync went, as soon as it is over, and with which
   * address book and calendar. */
  row = nb_gui_wait_for_widget (window, ADW_TYPE_ACTION_ROW, "title", USER);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_test_message ("The row says: %s", subtitle);
  g_assert_nonnull (strstr (subtitle, nb_account_get_collection_name (account,
                                                                      NB_COLLECTION_CONTACTS)));
  g_assert_nonnull (strstr (subtitle, nb_account_get_collection_name (account,
                                                                      NB_COLLECTION_MEALS)));
  g_assert_true (strstr (subtitle, synced_today) != NULL || strstr (subtitle, synced_earlier) != NULL);
  g_assert_cmpint (nb_test_query_int (nb_store_get_path (fixture->gui.store),
                                      "SELECT last_sync FROM accounts"), >, 0);

  /* The server has the address book, with the contact in it. */
  book = nb_dav_server_read_all (fixture->dav,
                                 nb_account_get_collection (account, NB_COLLECTION_CONTACTS),
                                 USER, PASSWORD);
  g_assert_nonnull (strstr (book, "FN:Ada Lovelace"));
  g_assert_nonnull (strstr (book, "ada@example.com"));
}

static void
test_server_down (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(NbAccount) account = nb_account_new (0, fixture->server, USER);
  g_autofree char *host = nb_account_dup_host (account);
  g_autofree char *toast_format = format_prefix (_("Could not sync with %s: %s"));
  g_autofree char *toast_start = g_strdup_printf ("%s%s", toast_format, host);
  g_autofree char *failed = format_prefix (_("Sync failed: %s"));
  NbAccountsWindow *window;
  GtkWidget *toast, *row;
  const char *tooltip;

  window = add_account (fixture);
  gtk_window_close (GTK_WINDOW (window));
  nb_gui_wait_window_gone (NB_TYPE_ACCOUNTS_WINDOW);

  /* No toast before the server is down. */
  g_assert_null (find_where (GTK_WIDGET (fixture->gui.window), GTK_TYPE_LABEL,
                             label_starts_with, toast_start, FALSE));

  nb_dav_server_stop (fixture->dav);
  nb_gui_click (sync_button (fixture));
  nb_test_wait_for (sync_failed, fixture);

  /* The Sync button warns and says why; a toast says so too. */
  tooltip = gtk_widget_get_tooltip_text (sync_button (fixture));
  g_test_message ("The Sync button says: %s", tooltip);
  g_assert_cmpstr (sync_icon (fixture), ==, "dialog-warning-symbolic");
  g_assert_null (strstr (tooltip, PASSWORD));
  toast = find_where (GTK_WIDGET (fixture->gui.window), GTK_TYPE_LABEL,
                      label_starts_with, toast_start, TRUE);
  g_assert_nonnull (toast);
  g_test_message ("The toast says: %s", gtk_label_get_label (GTK_LABEL (toast)));
  g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (toast)), PASSWORD));

  /* Netbook goes on working offline. */
  nb_test_add_contact (fixture->gui.store, "Grace Hopper", "grace@navy.example");
  nb_gui_wait_for_widget (fixture->gui.window, GTK_TYPE_LABEL, "label", "Grace Hopper");
  g_assert_cmpint (nb_store_count_contacts (fixture->gui.store), ==, 1);

  /* Accounts shows the problem on the account's row. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->gui.window), "win.accounts", NULL);
  window = accounts_window ();
  row = nb_gui_wait_for_widget (window, ADW_TYPE_ACTION_ROW, "title", USER);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), failed));
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (window), NB_TYPE_ACCOUNT_FORM, NULL, NULL, TRUE));
}

static gboolean
row_gone (gpointer data)
{
  return nb_gui_find_widget (data, ADW_TYPE_ACTION_ROW, "title", USER, FALSE) == NULL;
}

static void
test_remove_account (Fixture       *fixture,
                     gconstpointer  data)
{
  NbAccountsWindow *window;
  AdwMessageDialog *dialog;
  GtkWidget *row, *remove;
  g_autofree char *password = NULL;

  window = add_account (fixture);
  row = nb_gui_wait_for_widget (window, ADW_TYPE_ACTION_ROW, "title", USER);
  remove = nb_gui_find_widget (row, GTK_TYPE_BUTTON, "tooltip-text", _("Remove Account"), TRUE);
  g_assert_nonnull (remove);

  /* Cancel keeps it. */
  nb_gui_click (remove);
  dialog = ADW_MESSAGE_DIALOG (nb_gui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  nb_gui_click (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Cancel")));
  nb_gui_wait_window_gone (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (nb_gui_find_widget (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, "title", USER, TRUE));
  g_assert_cmpint (count_accounts (fixture), ==, 1);
  password = lookup_password (fixture);
  g_assert_cmpstr (password, ==, PASSWORD);
  g_clear_pointer (&password, g_free);

  /* Remove removes it, and its password. */
  nb_gui_click (remove);
  dialog = ADW_MESSAGE_DIALOG (nb_gui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  nb_gui_click (nb_gui_wait_for_widget (dialog, GTK_TYPE_BUTTON, "label", _("_Remove")));
  nb_gui_wait_window_gone (ADW_TYPE_MESSAGE_DIALOG);
  nb_test_wait_for (row_gone, window);
  nb_gui_wait_for_widget (window, ADW_TYPE_ACTION_ROW, "title", _("No Accounts"));
  g_assert_cmpint (count_accounts (fixture), ==, 0);
  password = lookup_password (fixture);
  g_assert_null (password);

  /* Nothing to sync any more. */
  g_assert_false (gtk_widget_get_visible (sync_button (fixture)));
}

static gboolean
one_captured (gpointer data)
{
  Fixture *fixture = data;

  return nb_test_query_int (nb_store_get_path (fixture->gui.store),
                            "SELECT count(*) FROM interactions WHERE captured_from IS NOT NULL") == 1;
}

static gboolean
switch_is_on (gpointer data)
{
  return gtk_switch_get_active (GTK_SWITCH (data));
}

/* Accounts lists the account's other calendars (not the meals' one) with
 * a switch, off until turned on, which chooses the calendar to count its
 * meetings as interactions; off again forgets it. */
static void
test_capture_calendars (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char mkcalendar[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<C:mkcalendar xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
    "<D:set><D:prop><D:displayname>Work Meetings</D:displayname></D:prop></D:set></C:mkcalendar>";
  NbAccountsWindow *window;
  GtkWidget *row, *button, *calendar_row, *toggle;
  g_autofree char *home = NULL;
  g_autofree char *work = NULL;
  g_autofree char *href = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  gint64 account_id;

  window = add_account (fixture);
  home = nb_dav_server_get_home (fixture->dav, USER, NB_DAV_CALENDAR);
  work = g_str_has_suffix (home, "/") ? g_strconcat (home, "work/", NULL)
                                      : g_strconcat (home, "/work/", NULL);
  g_assert_cmpuint (nb_dav_server_http (fixture->dav, "MKCALENDAR", work, USER, PASSWORD,
                                        "application/xml; charset=utf-8", mkcalendar, NULL, NULL),
                    ==, 201);
  account_id = nb_test_query_int (nb_store_get_path (fixture->gui.store), "SELECT id FROM accounts");
  nb_test_add_contact (fixture->gui.store, "Ada Lovelace", "ada@example.org");
  href = g_strconcat (work, "tea.ics", NULL);
  g_assert_cmpuint (nb_dav_server_http (fixture->dav, "PUT", href, USER, PASSWORD,
                                        "text/calendar; charset=utf-8",
                                        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                                        "BEGIN:VEVENT\r\nUID:tea\r\nDTSTAMP:20200101T000000Z\r\n"
                                        "SUMMARY:Tea\r\nDTSTART:20200115T160000Z\r\n"
                                        "ATTENDEE:mailto:Ada@Example.org\r\nEND:VEVENT\r\n"
                                        "END:VCALENDAR\r\n", NULL, NULL) / 100, ==, 2);

  row = nb_gui_wait_for_widget (window, ADW_TYPE_ACTION_ROW, "title", USER);
  button = nb_gui_find_widget (row, GTK_TYPE_BUTTON, "tooltip-text",
                               _("Count Meetings as Interactions"), TRUE);
  g_assert_nonnull (button);
  nb_gui_click (button);

  calendar_row = nb_gui_wait_for_widget (window, ADW_TYPE_ACTION_ROW, "title", "Work Meetings");
  toggle = nb_gui_find_widget (calendar_row, GTK_TYPE_SWITCH, NULL, NULL, TRUE);
  g_assert_nonnull (toggle);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  /* Only the other calendar: one switch on the page. */
  accounts = nb_store_list_accounts (fixture->gui.store, NULL);
  g_assert_cmpuint (accounts->len, ==, 1);
  g_assert_nonnull (nb_account_get_collection_name (g_ptr_array_index (accounts, 0), NB_COLLECTION_MEALS));
  g_assert_null (nb_gui_find_widget (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, "title",
                                     nb_account_get_collection_name (g_ptr_array_index (accounts, 0),
                                                                     NB_COLLECTION_MEALS),
                                     TRUE));

  /* As the keyboard does: the row activates its switch; a sync reads the
   * calendar at once. */
  gtk_widget_activate (calendar_row);
  nb_test_wait_for (switch_is_on, toggle);
  nb_test_wait_for (one_captured, fixture);
  chosen = nb_store_list_capture_calendars (fixture->gui.store, account_id, NULL);
  g_assert_cmpuint (chosen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (chosen, 0), ==, work);
  g_clear_pointer (&chosen, g_ptr_array_unref);

  gtk_widget_activate (calendar_row);
  nb_gui_settle ();
  chosen = nb_store_list_capture_calendars (fixture->gui.store, account_id, NULL);
  g_assert_cmpuint (chosen->len, ==, 0);
  g_assert_false (one_captured (fixture));
}

int
main (int   argc,
      char *argv[])
{
  if (!nb_gui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/gui/sync/wrong-password", Fixture, NULL,
              fixture_set_up, test_wrong_password, fixture_tear_down);
  g_test_add ("/gui/sync/add-account-and-sync", Fixture, NULL,
              fixture_set_up, test_add_account_and_sync, fixture_tear_down);
  g_test_add ("/gui/sync/server-down", Fixture, NULL,
              fixture_set_up, test_server_down, fixture_tear_down);
  g_test_add ("/gui/sync/remove-account", Fixture, NULL,
              fixture_set_up, test_remove_account, fixture_tear_down);
  g_test_add ("/gui/sync/capture-calendars", Fixture, NULL,
              fixture_set_up, test_capture_calendars, fixture_tear_down);

  return g_test_run ();
}
