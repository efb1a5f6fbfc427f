/* nb-cli.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-address-book-importer.h"
#include "nb-cadence.h"
#include "nb-cli.h"
#include "nb-clock.h"
#include "nb-exporter.h"
#include "nb-ical-events.h"
#include "nb-importer.h"
#include "nb-store.h"
#include "nb-sync-error.h"
#include "nb-sync-manager.h"
#include "nb-sync-setup.h"

#include <stdio.h>
#include <termios.h>
#include <unistd.h>

/* The command line's work, without a window or a display: each prints one
 * line of summary, details and errors on stderr, and returns the exit
 * status. */

static NbStore *
open_store (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = db_path ? g_strdup (db_path) : nb_store_get_default_path ();
  NbStore *store = nb_store_new (path, &error);

  if (store == NULL)
    g_printerr ("netbook: %s\n", error->message);

  return store;
}

/**
 * nb_cli_import:
 * @db_path: (nullable): the database, or %NULL for the default one
 * @files: the files to import
 *
 * Returns: 0 if the files were imported, 1 if nothing was
 */
int
nb_cli_import (const char         *db_path,
               const char * const *files)
{
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GPtrArray *problems;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("netbook: %s\n", _("--import needs at least one file"));
      return 1;
    }

  store = open_store (db_path);
  if (store == NULL)
    return 1;

  importer = nb_importer_new (store);
  for (guint i = 0; files[i]; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);

      nb_importer_add_file (importer, file);
    }

  if (!nb_importer_run (importer, NULL, &error))
    {
      g_printerr ("netbook: %s\n", error->message);
      g_printerr ("netbook: %s\n", _("Nothing was imported."));
      return 1;
    }

  problems = nb_importer_get_problems (importer);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("netbook: %s\n", (const char *) g_ptr_array_index (problems, i));

  summary = nb_importer_dup_summary (importer);
  g_print ("%s\n", summary);
  return 0;
}

static void
print_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("netbook: %s\n", (const char *) g_ptr_array_index (problems, i));
}

static char *
join_book_names (GPtrArray *books)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < books->len; i++)
    {
      if (i > 0)
        /* Translators: between the names of address books in a list. */
        g_string_append (names, _(", "));
      g_string_append_printf (names, "“%s”", nb_address_book_get_name (g_ptr_array_index (books, i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The book whose UID is @name, else the one book called @name. */
static NbAddressBook *
find_book (GPtrArray  *books,
           const char *name)
{
  NbAddressBook *found = NULL;
  g_autoptr(GString) uids = g_string_new (NULL);
  guint n_found = 0;

  for (guint i = 0; i < books->len; i++)
    if (g_str_equal (nb_address_book_get_uid (g_ptr_array_index (books, i)), name))
      return g_ptr_array_index (books, i);

  for (guint i = 0; i < books->len; i++)
    {
      NbAddressBook *book = g_ptr_array_index (books, i);

      if (g_utf8_collate (nb_address_book_get_name (book), name) != 0)
        continue;
      found = book;
      n_found++;
      g_string_append_printf (uids, " %s", nb_address_book_get_uid (book));
    }

  if (n_found > 1)
    {
      g_printerr ("netbook: ");
      /* Translators: a name several address books share, then their UIDs. */
      g_printerr (_("Several address books are called “%s”: name the one to import by its UID:%s"),
                  name, uids->str);
      g_printerr ("\n");
      return NULL;
    }

  if (found == NULL)
    {
      g_autofree char *names = join_book_names (books);

      g_printerr ("netbook: ");
      if (books->len == 0)
        g_printerr (_("There is no address book “%s”: GNOME has no address book at all"), name);
      else
        /* Translators: the name asked for, then the names of the address books. */
        g_printerr (_("There is no address book “%s”. The address books are: %s"), name, names);
      g_printerr ("\n");
    }

  return found;
}

/**
 * nb_cli_import_address_book:
 * @db_path: (nullable): the database, or %NULL for the default one
 * @name: (nullable): the name or UID of one of GNOME's address books
 *
 * Without @name, prints the address books of GNOME Contacts and Evolution,
 * one a line: the name, then a tab and the account if it has one. With
 * @name, imports that address book and prints a summary as nb_cli_import()
 * does.
 *
 * Returns: 0 if the address books were listed or the one was imported, 1
 *   if not
 */
int
nb_cli_import_address_book (const char *db_path,
                            const char *name)
{
  g_autoptr(GPtrArray) books = NULL;
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbAddressBookImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  NbAddressBook *book;

  books = nb_address_book_list (NULL, &error);
  if (books == NULL)
    {
      g_printerr ("netbook: %s\n", error->message);
      return 1;
    }

  if (name == NULL)
    {
      for (guint i = 0; i < books->len; i++)
        {
          NbAddressBook *listed = g_ptr_array_index (books, i);
          const char *account = nb_address_book_get_account (listed);

          if (account != NULL)
            g_print ("%s\t%s\n", nb_address_book_get_name (listed), account);
          else
            g_print ("%s\n", nb_address_book_get_name (listed));
        }
      return 0;
    }

  book = find_book (books, name);
  if (book == NULL)
    return 1;

  store = open_store (db_path);
  if (store == NULL)
    return 1;

  importer = nb_address_book_importer_new (store, book);
  if (!nb_address_book_importer_run (importer, NULL, &error))
    {
      g_printerr ("netbook: %s\n", error->message);
      g_printerr ("netbook: %s\n", _("Nothing was imported."));
      return 1;
    }

  print_problems (nb_address_book_importer_get_problems (importer));
  summary = nb_address_book_importer_dup_summary (importer);
  g_print ("%s\n", summary);
  return 0;
}

/**
 * nb_cli_export:
 * @db_path: (nullable): the database, or %NULL for the default one
 * @file: the file to write; its extension says what to write
 * @vcard_version: (nullable): "3.0" (the default) or "4.0"
 *
 * Returns: 0 if the file was written, 1 if not
 */
int
nb_cli_export (const char *db_path,
               const char *file,
               const char *vcard_version)
{
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbExporter) exporter = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *lower = NULL;
  NbVcardVersion version = NB_VCARD_VERSION_3_0;

  lower = g_ascii_strdown (file, -1);
  if (!g_str_has_suffix (lower, ".vcf") && !g_str_has_suffix (lower, ".vcard") &&
      !g_str_has_suffix (lower, ".ics") && !g_str_has_suffix (lower, ".ical"))
    {
      g_printerr ("netbook: ");
      g_printerr (_("Cannot tell what to write to “%s”: name it *.vcf for contacts or *.ics for meals"),
                  file);
      g_printerr ("\n");
      return 1;
    }

  if (vcard_version != NULL && !nb_vcard_version_from_string (vcard_version, &version))
    {
      g_printerr ("netbook: ");
      g_printerr (_("Unknown vCard version “%s”: use 3.0 or 4.0"), vcard_version);
      g_printerr ("\n");
      return 1;
    }

  store = open_store (db_path);
  if (store == NULL)
    return 1;

  target = g_file_new_for_commandline_arg (file);
  exporter = nb_exporter_new (store, target);
  nb_exporter_set_vcard_version (exporter, version);

  if (!nb_exporter_run (exporter, NULL, &error))
    {
      g_printerr ("netbook: %s\n", error->message);
      return 1;
    }

  summary = nb_exporter_dup_summary (exporter);
  g_print ("%s\n", summary);
  return 0;
}

/* The password, from standard input: a line, never an argument (which
 * other users can read in the process list). At a terminal it is asked
 * for without echo. */
static char *
read_password (const char *user,
               const char *server)
{
  char buffer[1024];
  struct termios saved, quiet;
  gboolean tty = isatty (STDIN_FILENO);
  char *line;
  gsize length;

  if (tty)
    {
      /* Translators: the prompt of netbook --add-account: user, server. */
      g_printerr (_("Password for %s on %s: "), user, server);
      tcgetattr (STDIN_FILENO, &saved);
      quiet = saved;
      quiet.c_lflag &= ~ECHO;
      tcsetattr (STDIN_FILENO, TCSANOW, &quiet);
    }

  line = fgets (buffer, sizeof buffer, stdin);

  if (tty)
    {
      tcsetattr (STDIN_FILENO, TCSANOW, &saved);
      g_printerr ("\n");
    }

  if (line == NULL)
    return NULL;

  length = strcspn (buffer, "\r\n");
  buffer[length] = '\0';
  line = g_strndup (buffer, length);
  memset (buffer, 0, sizeof buffer);

  return line;
}

static void
print_collections (NbSyncDiscovery *discovery,
                   NbAccount       *account)
{
  for (guint kind = 0; kind < NB_N_COLLECTION_KINDS; kind++)
    {
      const char *href = nb_account_get_collection (account, kind);
      const char *name = nb_account_get_collection_name (account, kind);
      GPtrArray *found = discovery->collections[kind];
      gboolean contacts = kind == NB_COLLECTION_CONTACTS;
      gboolean made = TRUE;
      g_autofree char *line = NULL;

      /* Made by the first sync, next to the calendar. */
      if (kind == NB_COLLECTION_INTERACTIONS)
        continue;

      for (guint i = 0; found != NULL && i < found->len; i++)
        if (g_strcmp0 (((NbDavCollection *) g_ptr_array_index (found, i))->href, href) == 0)
          made = FALSE;

      if (href == NULL)
        line = g_strdup (contacts ? _("No address book: contacts are not synced")
                                  : _("No calendar: meals are not synced"));
      else if (made)
        /* Translators: a collection netbook --add-account made: its name, its path. */
        line = g_strdup_printf (contacts ? _("Address book “%s” (%s), made now")
                                         : _("Calendar “%s” (%s), made now"), name, href);
      else
        /* Translators: a collection netbook --add-account found: its name, its path. */
        line = g_strdup_printf (contacts ? _("Address book “%s” (%s)")
                                         : _("Calendar “%s” (%s)"), name, href);

      g_print ("  %s\n", line);
    }
}

/**
 * nb_cli_add_account:
 * @db_path: (nullable): the database, or %NULL for the default one
 * @server: the server's address
 * @user: the user name
 *
 * Reads the password from standard input, finds the address book and the
 * calendar (making them when there are none), keeps the password in the
 * keyring and adds the account.
 *
 * Returns: 0 if the account was added, 1 if not
 */
int
nb_cli_add_account (const char *db_path,
                    const char *server,
                    const char *user)
{
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbSyncDiscovery) discovery = NULL;
  g_autoptr(NbAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;
  g_autofree char *host = NULL;

  if (user == NULL || *user == '\0')
    {
      g_printerr ("netbook: %s\n", _("--add-account needs --user NAME"));
      return 1;
    }

  store = open_store (db_path);
  if (store == NULL)
    return 1;

  password = read_password (user, server);
  if (password == NULL || *password == '\0')
    {
      g_printerr ("netbook: %s\n", _("No password was given on standard input"));
      return 1;
    }

  discovery = nb_sync_discover (server, user, password, NULL, &error);
  if (discovery != NULL)
    account = nb_sync_add_account (store, discovery, password, NULL, NULL, &error);
  memset (password, 0, strlen (password));

  if (account == NULL)
    {
      g_printerr ("netbook: %s\n", error->message);
      return 1;
    }

  host = nb_account_dup_host (account);
  if (discovery->notice != NULL)
    g_print ("%s\n", discovery->notice);
  /* Translators: netbook --add-account's report: user, server. */
  g_print (_("Added %s on %s:"), user, host);
  g_print ("\n");
  print_collections (discovery, account);
  g_print ("%s\n", _("The password is kept in the keyring. Run “netbook --sync” to sync."));

  return 0;
}

static NbAccount *
find_account (NbStore    *store,
              const char *server,
              const char *user)
{
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = nb_account_normalize_server (server);

  accounts = nb_store_list_accounts (store, &error);
  if (accounts == NULL)
    {
      g_printerr ("netbook: %s\n", error->message);
      return NULL;
    }

  for (guint i = 0; i < accounts->len; i++)
    {
      NbAccount *account = g_ptr_array_index (accounts, i);

      if (g_strcmp0 (nb_account_get_server (account), normalized) == 0 &&
          g_str_equal (nb_account_get_user (account), user))
        return g_object_ref (account);
    }

  g_printerr ("netbook: ");
  g_printerr (_("There is no account of %s on %s"), user, server);
  g_printerr ("\n");
  return NULL;
}

/**
 * nb_cli_remove_account:
 * @db_path: (nullable): the database, or %NULL for the default one
 * @server: the server's address
 * @user: the user name
 *
 * Forgets the account and its password; its contacts and meals stay.
 *
 * Returns: 0 if it was removed, 1 if not
 */
int
nb_cli_remove_account (const char *db_path,
                       const char *server,
                       const char *user)
{
  g_autoptr(NbStore) store = NULL;
  g_autoptr(NbAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *host = NULL;

  if (user == NULL || *user == '\0')
    {
      g_printerr ("netbook: %s\n", _("--remove-account needs --user NAME"));
      return 1;
    }

  store = open_store (db_path);
  if (store == NULL)
    return 1;

  account = find_account (store, server, user);
  if (account == NULL)
    return 1;

  if (!nb_sync_remove_account (store, account, NULL, &error))
    {
      g_printerr ("netbook: %s\n", error->message);
      return 1;
    }

  host = nb_account_dup_host (account);
  /* Translators: netbook --remove-account's report: user, server. */
  g_print (_("Removed %s on %s, and its password from the keyring."), user, host);
  g_print ("\n");
  return 0;
}

/* Progress on a terminal: one line, rewritten, a few times a second. */
typedef struct
{
  gint64           shown;
  NbCollectionKind kind;
  NbSyncDirection  direction;
  gboolean         line;
} Progress;

static void
sync_progress_cb (const NbSyncProgress *progress,
                  gpointer              user_data)
{
  Progress *state = user_data;
  gint64 now = g_get_monotonic_time ();
  gboolean contacts = progress->kind == NB_COLLECTION_CONTACTS;
  gboolean sending = progress->direction == NB_SYNC_SENDING;
  g_autofree char *done = NULL;
  g_autofree char *total = NULL;
  g_autofree char *line = NULL;

  if (progress->total == 0)
    return;

  /* A finished stage stays on its own line. */
  if (state->line && (state->kind != progress->kind || state->direction != progress->direction))
    g_print ("\n");
  else if (progress->done < progress->total && progress->done > 0 &&
           now - state->shown < G_USEC_PER_SEC / 5)
    return;

  state->shown = now;
  state->kind = progress->kind;
  state->direction = progress->direction;
  state->line = TRUE;

  done = g_strdup_printf ("%'u", progress->done);
  total = g_strdup_printf ("%'u", progress->total);
  if (contacts && sending)
    /* Translators: sync progress on the command line: "Contacts: 800 of 2,000 sent". */
    line = g_strdup_printf (_("Contacts: %s of %s sent"), done, total);
  else if (contacts)
    line = g_strdup_printf (_("Contacts: %s of %s received"), done, total);
  else if (sending)
    line = g_strdup_printf (_("Meals: %s of %s sent"), done, total);
  else
    line = g_strdup_printf (_("Meals: %s of %s received"), done, total);

  g_print ("\r\033[K%s", line);
  fflush (stdout);
}

/**
 * nb_cli_sync:
 * @db_path: (nullable): the database, or %NULL for the default one
 *
 * Syncs every account once and prints what moved.
 *
 * Returns: 0 if every account synced, 1 if one could not
 */
int
nb_cli_sync (const char *db_path)
{
  g_autoptr(NbStore) store = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0, };
  gboolean tty = isatty (STDOUT_FILENO);
  int status = 0;

  store = open_store (db_path);
  if (store == NULL)
    return 1;

  results = nb_sync_run (store, NULL, tty ? sync_progress_cb : NULL, &progress, &error);
  if (progress.line)
    g_print ("\n");
  if (results == NULL)
    {
      g_printerr ("netbook: %s\n", error->message);
      return 1;
    }

  if (results->len == 0)
    g_printerr ("netbook: %s\n", _("No account to sync: add one with --add-account URL --user NAME"));

  for (guint i = 0; i < results->len; i++)
    {
      NbSyncResult *result = g_ptr_array_index (results, i);
      g_autofree char *report = nb_sync_result_describe (result);

      if (result->error != NULL)
        {
          g_printerr ("netbook: %s", report);
          status = 1;
        }
      else
        g_print ("%s", report);
    }

  return status;
}

/* The default keep-in-touch rhythm of Preferences, as the window reads it;
 * the schema's default when the schema is not installed. */
static int
default_cadence (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "default-cadence-days"))
    return 30;

  settings = g_settings_new_full (schema, NULL, NULL);
  return g_settings_get_int (settings, "default-cadence-days");
}

static void
append_cell (GString    *out,
             const char *text,
             guint       width,
             gboolean    last)
{
  g_string_append (out, text);
  if (last)
    return;

  if (width == 0)
    {
      g_string_append_c (out, '\t');
      return;
    }

  for (glong pad = width - g_utf8_strlen (text, -1) + 2; pad > 0; pad--)
    g_string_append_c (out, ' ');
}

/**
 * nb_cli_format_keep_in_touch:
 * @entries: (element-type NbKeepInTouchEntry): who is due
 * @aligned: %TRUE for columns aligned with spaces (for a terminal),
 *   %FALSE for fields separated by tabs (for scripts)
 *
 * Returns: (transfer full): a header line and a line per person: name,
 *   circle, rhythm, days since last in touch, how you were last in touch;
 *   "Nobody is due" alone when there is nobody
 */
char *
nb_cli_format_keep_in_touch (GPtrArray *entries,
                             gboolean   aligned)
{
  enum { NAME, CIRCLE, RHYTHM, DAYS, LAST, N_COLUMNS };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint widths[N_COLUMNS] = { 0, };
  GString *out = g_string_new (NULL);
  char **header;

  if (entries->len == 0)
    {
      g_string_append_printf (out, "%s\n", _("Nobody is due"));
      return g_string_free (out, FALSE);
    }

  header = g_new0 (char *, N_COLUMNS + 1);
  /* Translators: the columns of netbook --keep-in-touch. */
  header[NAME] = g_strdup (C_("keep in touch column", "Name"));
  header[CIRCLE] = g_strdup (C_("keep in touch column", "Circle"));
  header[RHYTHM] = g_strdup (C_("keep in touch column", "Rhythm"));
  header[DAYS] = g_strdup (C_("keep in touch column", "Days since"));
  header[LAST] = g_strdup (C_("keep in touch column", "Last"));
  g_ptr_array_add (rows, header);

  for (guint i = 0; i < entries->len; i++)
    {
      NbKeepInTouchEntry *entry = g_ptr_array_index (entries, i);
      char **row = g_new0 (char *, N_COLUMNS + 1);
      char *name = g_strdup (entry->name ? entry->name : "");

      /* One line per person, whatever the name holds. */
      g_strdelimit (name, "\t\r\n", ' ');
      row[NAME] = name;
      row[CIRCLE] = g_strdup (entry->source == NB_RHYTHM_SOURCE_CIRCLE && entry->circle
                              ? entry->circle : aligned ? "—" : "");
      g_strdelimit (row[CIRCLE], "\t\r\n", ' ');
      row[RHYTHM] = entry->source == NB_RHYTHM_SOURCE_DEFAULT
        ? nb_cadence_describe_default (entry->rhythm_days)
        : nb_cadence_describe (entry->rhythm_days);
      row[DAYS] = g_strdup_printf ("%d", entry->days_since);
      row[LAST] = g_strdup (entry->last_date != 0
                            ? nb_interaction_kind_get_label (entry->last_kind)
                            : C_("keep in touch", "Never in touch"));
      g_ptr_array_add (rows, row);
    }

  if (aligned)
    for (guint r = 0; r < rows->len; r++)
      for (guint c = 0; c < N_COLUMNS; c++)
        widths[c] = MAX (widths[c], (guint) g_utf8_strlen (((char **) g_ptr_array_index (rows, r))[c], -1));

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < N_COLUMNS; c++)
        append_cell (out, row[c], widths[c], c == N_COLUMNS - 1);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/**
 * nb_cli_keep_in_touch:
 * @db_path: (nullable): the database, or %NULL for the default one
 *
 * Prints who is due, most overdue first, with the default rhythm of
 * Preferences: aligned columns on a terminal, tab-separated fields
 * otherwise.
 *
 * Returns: 0, or 1 if the database could not be read
 */
int
nb_cli_keep_in_touch (const char *db_path)
{
  g_autoptr(NbStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  store = open_store (db_path);
  if (store == NULL)
    return 1;

  entries = nb_store_list_due (store, now, default_cadence (), 0, G_MAXUINT, &error);
  if (entries == NULL)
    {
      g_printerr ("netbook: %s\n", error->message);
      return 1;
    }

  text = nb_cli_format_keep_in_touch (entries, isatty (STDOUT_FILENO));
  g_print ("%s", text);

  return 0;
}

/**
 * nb_cli_capture:
 * @db_path: (nullable): the database, or %NULL for the default one
 * @file: an iCalendar file of the user's own calendar
 * @forget: %TRUE to remove what @file added instead
 *
 * Counts the past meetings of @file with contacts as interactions (again:
 * what changed in the file changes them, what left it removes them), or
 * forgets them. The file is only read.
 *
 * Returns: 0 on success, 1 if nothing was changed
 */
int
nb_cli_capture (const char *db_path,
                const char *file,
                gboolean    forget)
{
  g_autoptr(NbStore) store = NULL;
  g_autoptr(GFile) location = g_file_new_for_commandline_arg (file);
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_captured_meeting_free);
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (location);
  g_autofree char *source = NULL;
  g_autofree char *text = NULL;
  guint changed = 0;
  gboolean complete = TRUE;

  if (path == NULL)
    {
      g_printerr ("netbook: ");
      g_printerr (_("“%s” is not a local file"), file);
      g_printerr ("\n");
      return 1;
    }
  source = nb_store_capture_file_source (path);

  if (!forget)
    {
      g_autofree char *basename = g_file_get_basename (location);

      if (!g_file_get_contents (path, &text, NULL, &error) ||
          !nb_ical_capture_file (text, basename, NULL, now, meetings, &complete, &error))
        {
          g_printerr ("netbook: %s\n", error->message);
          return 1;
        }
      if (!complete)
        {
          g_autofree char *message = nb_ical_capture_dup_limit_message (basename);

          g_printerr ("netbook: %s\n", message);
        }
    }

  store = open_store (db_path);
  if (store == NULL)
    return 1;

  if (!nb_store_replace_captured_interactions (store, source, meetings, now, &changed, &error))
    {
      g_printerr ("netbook: %s\n", error->message);
      return 1;
    }

  /* TRANSLATORS: after netbook --capture-interactions or
   * --forget-interactions FILE.ics */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u interaction added, changed or removed",
                        "%u interactions added, changed or removed", changed),
           changed);
  g_print ("\n");
  return 0;
}
