/* nb-importer.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-importer"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-clock.h"
#include "nb-csv-layout.h"
#include "nb-csv-preview.h"
#include "nb-csv-reader.h"
#include "nb-ical.h"
#include "nb-ical-events.h"
#include "nb-ical-journal.h"
#include "nb-ical-train.h"
#include "nb-importer.h"
#include "nb-io-error.h"
#include "nb-list-import.h"
#include "nb-store-transaction.h"
#include "nb-vcard-reader.h"

/**
 * NbImporter:
 *
 * Imports vCard files of contacts, CSV lists of people (LinkedIn's
 * Connections.csv, Google Contacts' and Outlook's exports, any list whose
 * header names its columns; see nb-csv-layout.c) and iCalendar files of
 * meals, meal
 * trains with their slots (matched by UID, see nb-ical-train.c) and
 * interactions (VJOURNALs with X-NETBOOK-INTERACTION) into the
 * store: every file of one import goes in one transaction, so an import
 * either happens whole or not at all (a file that cannot be read, a damaged
 * calendar, a full disk, a cancel leave the store as it was). Cards that
 * cannot be read are skipped and listed; copies of stored contacts and meals
 * are merged into them rather than added twice.
 */
struct _NbImporter
{
  GObject       parent_instance;

  NbStore      *store;
  char         *db_path;
  GPtrArray    *files;
  GHashTable   *layouts;    /* GFile → the NbCsvLayout the user chose */
  GPtrArray    *problems;
  GMainContext *context;    /* where progress is reported */

  double        fraction;
  guint         n_added;
  guint         n_updated;
  guint         n_unchanged;
  guint         n_skipped;

  gboolean      had_cards;
  gboolean      had_calendars;
  guint         n_meals_added;
  guint         n_meals_updated;
  guint         n_meals_unchanged;
  guint         n_meals_skipped;
  guint         n_interactions_added;
  guint         n_interactions_updated;
  guint         n_interactions_unchanged;
  guint         n_interactions_skipped;
  guint         n_trains_added;
  guint         n_trains_updated;
  guint         n_trains_unchanged;
  gboolean      had_journals;
  /* Interactions counted from meetings in calendar files. */
  guint         n_captured;
};

G_DEFINE_FINAL_TYPE (NbImporter, nb_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Progress is reported at most this often. */
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 10)

typedef struct
{
  NbImporter *self;
  double      fraction;
} Progress;

static gboolean
report_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;

  if (progress->self->fraction != progress->fraction)
    {
      progress->self->fraction = progress->fraction;
      g_object_notify_by_pspec (G_OBJECT (progress->self), properties[PROP_FRACTION]);
    }

  return G_SOURCE_REMOVE;
}

static void
progress_free (Progress *progress)
{
  g_object_unref (progress->self);
  g_free (progress);
}

static void
report_progress (NbImporter *self,
                 double      fraction)
{
  Progress *progress;

  if (self->context == NULL)
    {
      self->fraction = fraction;
      return;
    }

  progress = g_new0 (Progress, 1);
  progress->self = g_object_ref (self);
  progress->fraction = CLAMP (fraction, 0.0, 1.0);
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, report_progress_cb,
                              progress, (GDestroyNotify) progress_free);
}

static void
nb_importer_finalize (GObject *object)
{
  NbImporter *self = (NbImporter *) object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (nb_importer_parent_class)->finalize (object);
}

static void
nb_importer_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NbImporter *self = NB_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_importer_class_init (NbImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_importer_finalize;
  object_class->get_property = nb_importer_get_property;

  /**
   * NbImporter:fraction:
   *
   * How much of the files has been read, from 0 to 1; notified in the
   * thread that started nb_importer_run_async().
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_importer_init (NbImporter *self)
{
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  self->layouts = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal,
                                         g_object_unref, g_object_unref);
  self->problems = g_ptr_array_new_with_free_func (g_free);
}

/**
 * nb_importer_new:
 * @store: the store to import into
 *
 * Returns: (transfer full): an importer
 */
NbImporter *
nb_importer_new (NbStore *store)
{
  NbImporter *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  self = g_object_new (NB_TYPE_IMPORTER, NULL);
  self->store = g_object_ref (store);
  self->db_path = g_strdup (nb_store_get_path (store));

  return self;
}

void
nb_importer_add_file (NbImporter *self,
                      GFile      *file)
{
  g_return_if_fail (NB_IS_IMPORTER (self));
  g_return_if_fail (G_IS_FILE (file));

  g_ptr_array_add (self->files, g_object_ref (file));
}

/**
 * nb_importer_add_csv_file:
 * @self: an importer
 * @file: a CSV list
 * @layout: what its columns hold, as the user chose
 *
 * Adds a list to import with the columns the user chose (see
 * #NbCsvPreview); they are remembered for the next list with the same
 * header, also on the command line.
 */
void
nb_importer_add_csv_file (NbImporter  *self,
                          GFile       *file,
                          NbCsvLayout *layout)
{
  g_return_if_fail (NB_IS_IMPORTER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (NB_IS_CSV_LAYOUT (layout));

  nb_importer_add_file (self, file);
  g_hash_table_replace (self->layouts, g_object_ref (file), g_object_ref (layout));
}

static char *
file_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path ? g_filename_display_basename (path) : g_file_get_uri (file);
}

/* Opens a file for reading as UTF-8: a UTF-16 file (Outlook writes them)
 * is converted on the way. */
static GBufferedInputStream *
open_file (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInputStream) raw = NULL;
  g_autoptr(GInputStream) buffered = NULL;
  g_autoptr(GInputStream) converted = NULL;
  g_autoptr(GCharsetConverter) converter = NULL;
  const guint8 *head;
  gsize len = 0;

  raw = g_file_read (file, cancellable, error);
  if (raw == NULL)
    return NULL;

  buffered = g_buffered_input_stream_new (G_INPUT_STREAM (raw));
  if (g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (buffered), 2, cancellable, error) < 0)
    return NULL;

  head = g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (buffered), &len);
  if (len < 2 || !((head[0] == 0xff && head[1] == 0xfe) || (head[0] == 0xfe && head[1] == 0xff)))
    return G_BUFFERED_INPUT_STREAM (g_steal_pointer (&buffered));

  converter = g_charset_converter_new ("UTF-8", "UTF-16", error);
  if (converter == NULL)
    return NULL;
  converted = g_converter_input_stream_new (buffered, G_CONVERTER (converter));

  return G_BUFFERED_INPUT_STREAM (g_buffered_input_stream_new (converted));
}

/* Whether a file starts, after a byte order mark and blank lines, with
 * BEGIN:VCALENDAR. */
static gboolean
is_calendar (GBufferedInputStream  *stream,
             GCancellable          *cancellable,
             GError               **error)
{
  static const char begin[] = "BEGIN:VCALENDAR";
  const char *head;
  gsize len = 0, i = 0;

  if (g_buffered_input_stream_fill (stream, 256, cancellable, error) < 0)
    return FALSE;

  head = g_buffered_input_stream_peek_buffer (stream, &len);
  if (len >= 3 && memcmp (head, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (head[i]))
    i++;

  return len - i >= strlen (begin) && g_ascii_strncasecmp (head + i, begin, strlen (begin)) == 0;
}

/* Counts what was done with one contact. */
static void
count_outcome (NbImporter     *self,
               NbMergeOutcome  outcome)
{
  switch (outcome)
    {
    case NB_MERGE_ADDED: self->n_added++; break;
    case NB_MERGE_UPDATED: self->n_updated++; break;
    case NB_MERGE_UNCHANGED: self->n_unchanged++; break;
    default: g_assert_not_reached ();
    }
}

/* Reports how far the files are read, at most every PROGRESS_INTERVAL_US. */
static void
report_read (NbImporter *self,
             gint64     *last_report,
             guint64     done,
             guint64     total)
{
  gint64 now = g_get_monotonic_time ();

  if (now - *last_report > PROGRESS_INTERVAL_US && total > 0)
    {
      *last_report = now;
      report_progress (self, (double) done / total);
    }
}

/* A file that could not be read to its end: a cancel as it is, anything
 * else with the file's name. Returns %FALSE. */
static gboolean
fail_reading (const char  *name,
              GError      *local_error,
              GError     **error)
{
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, local_error);
  else
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not read “%s”: %s"), name, local_error->message);
      g_error_free (local_error);
    }

  return FALSE;
}

/* Whether a file holds vCards: BEGIN:VCARD among its first bytes (after
 * a BOM, blank lines, or a few lines of something else). */
static gboolean
is_vcard (GBufferedInputStream  *stream,
          GCancellable          *cancellable,
          GError               **error)
{
  static const char begin[] = "BEGIN:VCARD";
  const char *head;
  gsize len = 0;

  if (g_buffered_input_stream_fill (stream, 4096, cancellable, error) < 0)
    return FALSE;

  head = g_buffered_input_stream_peek_buffer (stream, &len);
  for (gsize i = 0; i + strlen (begin) <= len; i++)
    if (g_ascii_strncasecmp (head + i, begin, strlen (begin)) == 0)
      return TRUE;

  return FALSE;
}

static void
add_problem (NbImporter *self,
             char       *problem)
{
  if (self->problems->len < NB_VCARD_MAX_PROBLEMS)
    g_ptr_array_add (self->problems, problem);
  else
    g_free (problem);
}

/* A LinkedIn connection is the first interaction with the person, made
 * once: after that it is the user's, to change or delete. */
static gboolean
add_connection (NbImporter          *self,
                NbStoreTransaction  *transaction,
                const char          *source,
                const char          *key,
                gint64               contact_id,
                const GDate         *day,
                GError             **error)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, key, -1);
  g_autofree char *uid = g_strdup_printf ("netbook-%s-connected-%s", source, hash);
  g_autoptr(NbInteraction) interaction = NULL;
  g_autoptr(GError) local_error = NULL;

  interaction = nb_store_transaction_load_interaction_by_uid (transaction, uid, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (interaction != NULL)
    {
      self->n_interactions_unchanged++;
      return TRUE;
    }

  interaction = nb_interaction_new_with_contact (NB_INTERACTION_CONNECTED, contact_id, NULL);
  nb_interaction_set_uid (interaction, uid);
  nb_interaction_set_day (interaction, day);
  /* Translators: the title of the first entry in the history of someone
   * imported from LinkedIn's list of connections. */
  nb_interaction_set_title (interaction, _("Connected on LinkedIn"));
  if (!nb_store_transaction_save_interaction (transaction, interaction, error))
    return FALSE;

  self->had_journals = TRUE;
  self->n_interactions_added++;
  return TRUE;
}

/* The reader's problems so far that are not listed yet, so that problems
 * are listed in the order of their lines. */
static void
take_reader_problems (NbImporter  *self,
                      NbCsvReader *reader,
                      guint       *taken)
{
  GPtrArray *problems = nb_csv_reader_get_problems (reader);

  for (; *taken < problems->len; (*taken)++)
    add_problem (self, g_strdup (g_ptr_array_index (problems, *taken)));
}

/* Reads a CSV list of people: its header (among its first rows) tells
 * whose export it is and what each column holds; each row after it is a
 * person, merged into the card an earlier import of the same list made,
 * or into a copy of it. A row that is not a person is skipped and listed. */
static gboolean
import_csv (NbImporter          *self,
            NbStoreTransaction  *transaction,
            GFile               *file,
            const char          *name,
            guint64              done_before,
            guint64              total,
            GCancellable        *cancellable,
            GError             **error)
{
  g_autoptr(GFileInputStream) raw = NULL;
  g_autoptr(NbCsvReader) reader = NULL;
  g_autoptr(NbCsvLayout) layout = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) header = NULL;
  NbCsvLayout *given;
  const char *source;
  gint64 last_report = 0;
  guint n_taken = 0;

  raw = g_file_read (file, cancellable, error);
  if (raw == NULL)
    return FALSE;

  reader = nb_csv_reader_new (G_INPUT_STREAM (raw), name);

  given = g_hash_table_lookup (self->layouts, file);
  if (!nb_csv_find_header (reader, transaction, given, &layout, &header, NULL, cancellable, &local_error))
    return fail_reading (name, g_steal_pointer (&local_error), error);

  /* Text without columns is no list at all. */
  if (header == NULL)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is neither a vCard nor an iCalendar file: it holds no contact card and no calendar"), name);
      return FALSE;
    }

  if (layout == NULL && given != NULL)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” changed: its columns are no longer the ones chosen"), name);
      return FALSE;
    }

  if (layout == NULL)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a list of people Netbook can read: none of its first rows names a column of names, email addresses or phone numbers. Import it in the window to choose what its columns hold."),
                   name);
      return FALSE;
    }

  /* Columns the user chose are remembered for the next list like it. */
  if (given != NULL)
    {
      g_autofree char *key = nb_csv_header_dup_key ((const char * const *) header);
      g_autofree char *columns = nb_csv_layout_dup_fields_string (given);

      if (!nb_store_transaction_set_list_columns (transaction, key, columns, error))
        return FALSE;
    }

  self->had_cards = TRUE;
  source = nb_csv_layout_get_source_id (layout);

  while (local_error == NULL)
    {
      g_auto(GStrv) row = nb_csv_reader_next (reader, cancellable, &local_error);
      g_autoptr(NbContact) contact = NULL;
      g_autoptr(GError) row_error = NULL;
      g_autofree char *key = NULL;
      NbMergeOutcome outcome;
      gint64 contact_id = 0;
      GDate connected;

      take_reader_problems (self, reader, &n_taken);
      if (row == NULL)
        break;

      contact = nb_csv_layout_read_row (layout, (const char * const *) row, &key, &connected, &row_error);
      if (contact == NULL)
        {
          self->n_skipped++;
          /* Translators: a row of a CSV file that was not imported, and why,
           * such as "Connections.csv, line 12: it has no name, email
           * address or phone number". */
          add_problem (self, g_strdup_printf (_("%s, line %u: %s"), name,
                                              nb_csv_reader_get_line (reader), row_error->message));
          continue;
        }

      if (!nb_list_import_contact (transaction, source, key, contact, &outcome, &contact_id, error))
        return FALSE;

      count_outcome (self, outcome);

      if (g_date_valid (&connected) &&
          !add_connection (self, transaction, source, key, contact_id, &connected, error))
        return FALSE;

      report_read (self, &last_report, done_before + nb_csv_reader_get_bytes_read (reader), total);
    }

  if (local_error != NULL)
    return fail_reading (name, g_steal_pointer (&local_error), error);

  self->n_skipped += nb_csv_reader_get_n_skipped (reader);
  take_reader_problems (self, reader, &n_taken);

  return TRUE;
}

/* Reads a whole calendar file, bounded by NB_ICAL_MAX_BYTES. */
static char *
read_calendar (GInputStream  *stream,
               const char    *name,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  guint8 chunk[64 * 1024];

  for (;;)
    {
      gssize n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (bytes->len + n > NB_ICAL_MAX_BYTES)
        {
          g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                       _("“%s” is larger than %u MiB"), name, NB_ICAL_MAX_BYTES / (1024 * 1024));
          return NULL;
        }
      g_byte_array_append (bytes, chunk, n);
    }

  if (!g_utf8_validate ((const char *) bytes->data, bytes->len, NULL) ||
      memchr (bytes->data, '\0', bytes->len) != NULL)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                   _("“%s” is not a UTF-8 text file"), name);
      return NULL;
    }

  g_byte_array_append (bytes, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}

/* An attendee's contact in the database being imported into. */
static gint64
find_contact_cb (const char *email,
                 const char *uid,
                 gpointer    user_data)
{
  return nb_store_transaction_find_contact (user_data, email, uid);
}

/* Whether a calendar may hold a meal train: a line that starts with one of
 * its properties. */
static gboolean
has_trains (const char *text)
{
  for (const char *p = text; p != NULL; p = strchr (p, '\n'), p = p ? p + 1 : NULL)
    if (g_ascii_strncasecmp (p, "X-NETBOOK-TRAIN-", strlen ("X-NETBOOK-TRAIN-")) == 0)
      return TRUE;

  return FALSE;
}

/* Reads and stores the meal trains of a calendar; the meals' reader left
 * their events out, and said so in @problems, which it need not now. */
static gboolean
import_trains (NbImporter          *self,
               NbStoreTransaction  *transaction,
               const char          *text,
               const char          *name,
               GPtrArray           *problems,
               GCancellable        *cancellable,
               GError             **error)
{
  /* The same words as nb_ical_parse() says them in. */
  const char *part_of_train = _("it is part of a meal train, not a meal");
  g_autoptr(GPtrArray) train_problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) trains = NULL;

  trains = nb_ical_read_trains (text, name, find_contact_cb, transaction, train_problems, error);
  if (trains == NULL)
    return FALSE;

  for (guint i = problems->len; i > 0; i--)
    if (strstr (g_ptr_array_index (problems, i - 1), part_of_train) != NULL)
      g_ptr_array_remove_index (problems, i - 1);

  for (guint i = 0; i < trains->len; i++)
    {
      NbIcalTrain *train = g_ptr_array_index (trains, i);
      NbMergeOutcome outcome;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (!nb_store_transaction_merge_meal_train (transaction, train->train, train->slots, &outcome,
                                                  error))
        return FALSE;

      switch (outcome)
        {
        case NB_MERGE_ADDED: self->n_trains_added++; break;
        case NB_MERGE_UPDATED: self->n_trains_updated++; break;
        case NB_MERGE_UNCHANGED: self->n_trains_unchanged++; break;
        default: g_assert_not_reached ();
        }
    }

  for (guint i = 0; i < train_problems->len; i++)
    g_ptr_array_add (problems, g_strdup (g_ptr_array_index (train_problems, i)));

  return TRUE;
}

/* Whether a calendar has a VJOURNAL, in any case. */
static gboolean
has_journals (const char *text)
{
  for (const char *p = strchr (text, ':'); p != NULL; p = strchr (p + 1, ':'))
    if (p - text >= 5 && g_ascii_strncasecmp (p - 5, "BEGIN", 5) == 0 &&
        g_ascii_strncasecmp (p + 1, "VJOURNAL", 8) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
import_calendar (NbImporter          *self,
                 NbStoreTransaction  *transaction,
                 GInputStream        *stream,
                 const char          *name,
                 const char          *path,
                 GCancellable        *cancellable,
                 GError             **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) journal_problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) journals = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n_trains = 0;

  text = read_calendar (stream, name, cancellable, &local_error);
  if (text == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
          local_error->domain == NB_IO_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("Could not read “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  events = nb_ical_parse (text, name, problems, error);
  if (events == NULL)
    return FALSE;

  /* libical reads the file a second time only when it has journal
   * entries. */
  if (has_journals (text))
    {
      self->had_journals = TRUE;
      journals = nb_ical_parse_journals (text, name, journal_problems, error);
      if (journals == NULL)
        return FALSE;
    }

  if (has_trains (text))
    {
      guint before = self->n_trains_added + self->n_trains_updated + self->n_trains_unchanged;

      if (!import_trains (self, transaction, text, name, problems, cancellable, error))
        return FALSE;
      n_trains = self->n_trains_added + self->n_trains_updated + self->n_trains_unchanged - before;
    }

  if (events->len == 0 && problems->len == 0 && (journals == NULL || journals->len == 0) &&
      journal_problems->len == 0 && n_trains == 0)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_EMPTY,
                   _("“%s” holds no meals"), name);
      return FALSE;
    }

  for (guint i = 0; i < events->len; i++)
    {
      NbIcalEvent *event = g_ptr_array_index (events, i);
      NbMergeOutcome outcome;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      nb_ical_event_link_attendees (event, find_contact_cb, transaction);
      if (!nb_store_transaction_merge_meeting (transaction, event->meeting, &outcome, error))
        return FALSE;

      switch (outcome)
        {
        case NB_MERGE_ADDED: self->n_meals_added++; break;
        case NB_MERGE_UPDATED: self->n_meals_updated++; break;
        case NB_MERGE_UNCHANGED: self->n_meals_unchanged++; break;
        default: g_assert_not_reached ();
        }
    }

  /* Events that are not meals may be meetings with contacts: they count
   * as interactions, replacing what an earlier import of the file
   * counted. Read again only when there may be some to add or take back. */
  if (path != NULL &&
      (problems->len > 0 || nb_store_transaction_has_file_captured (transaction, path)))
    {
      g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_captured_meeting_free);
      g_autoptr(GDateTime) now = nb_clock_get_now ();
      g_autoptr(GHashTable) meals = g_hash_table_new (g_str_hash, g_str_equal);
      guint changed = 0;
      gboolean complete = TRUE;

      /* Those imported as meals count as meals, not once more. */
      for (guint i = 0; i < events->len; i++)
        {
          NbIcalEvent *event = g_ptr_array_index (events, i);
          const char *uid = nb_meeting_get_uid (event->meeting);

          if (uid != NULL)
            g_hash_table_add (meals, (gpointer) uid);
        }

      if (!nb_ical_capture_file (text, name, meals, now, meetings, &complete, error) ||
          !nb_store_transaction_replace_file_captured (transaction, path, meetings, now, &changed, error))
        return FALSE;
      self->n_captured += changed;
      if (!complete)
        g_ptr_array_add (self->problems, nb_ical_capture_dup_limit_message (name));
    }

  self->n_meals_skipped += problems->len;
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (self->problems, g_strdup (g_ptr_array_index (problems, i)));

  for (guint i = 0; journals != NULL && i < journals->len; i++)
    {
      NbIcalJournal *journal = g_ptr_array_index (journals, i);
      NbMergeOutcome outcome;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      nb_ical_journal_link_people (journal, find_contact_cb, transaction);
      if (nb_interaction_get_people (journal->interaction)->len == 0)
        {
          const char *title = nb_interaction_get_title (journal->interaction);

          g_ptr_array_add (journal_problems,
                           /* Translators: a file's name and an interaction's
                            * title: it was not imported. */
                           g_strdup_printf (_("%s, “%s”: left out: it names none of your contacts"),
                                            name, title ? title : nb_interaction_get_uid (journal->interaction)));
          continue;
        }

      /* Exported, then imported again: the entry is the one it was read
       * as, in another calendar. */
      {
        g_autoptr(NbInteraction) stored = nb_store_transaction_load_interaction_by_uid (transaction,
                                                                                       nb_interaction_get_uid (journal->interaction),
                                                                                       NULL);

        if (stored != NULL &&
            nb_ical_journal_same_entry (nb_interaction_get_ical_source (stored),
                                        nb_interaction_get_ical_source (journal->interaction)))
          nb_interaction_set_ical_source (journal->interaction, nb_interaction_get_ical_source (stored));
      }

      if (!nb_store_transaction_merge_interaction (transaction, journal->interaction, &outcome, error))
        return FALSE;

      switch (outcome)
        {
        case NB_MERGE_ADDED: self->n_interactions_added++; break;
        case NB_MERGE_UPDATED: self->n_interactions_updated++; break;
        case NB_MERGE_UNCHANGED: self->n_interactions_unchanged++; break;
        default: g_assert_not_reached ();
        }
    }

  self->n_interactions_skipped += journal_problems->len;
  for (guint i = 0; i < journal_problems->len; i++)
    g_ptr_array_add (self->problems, g_strdup (g_ptr_array_index (journal_problems, i)));

  return TRUE;
}

static guint64
file_size (GFile        *file,
           GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);

  return info ? (guint64) g_file_info_get_size (info) : 0;
}

static gboolean
import_file (NbImporter          *self,
             NbStoreTransaction  *transaction,
             GFile               *file,
             guint64              done_before,
             guint64              total,
             GCancellable        *cancellable,
             GError             **error)
{
  g_autofree char *name = file_display_name (file);
  g_autoptr(GBufferedInputStream) stream = NULL;
  g_autoptr(NbVcardReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 last_report = 0;
  gboolean calendar = FALSE;
  GPtrArray *problems;

  stream = open_file (file, cancellable, &local_error);
  if (stream != NULL)
    calendar = is_calendar (stream, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not read “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  if (calendar)
    {
      g_autofree char *path = g_file_get_path (file);

      self->had_calendars = TRUE;
      return import_calendar (self, transaction, G_INPUT_STREAM (stream), name, path,
                              cancellable, error);
    }

  if (!is_vcard (stream, cancellable, &local_error))
    {
      if (local_error != NULL)
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("Could not read “%s”: %s"), name, local_error->message);
          return FALSE;
        }
      return import_csv (self, transaction, file, name, done_before, total, cancellable, error);
    }

  self->had_cards = TRUE;
  reader = nb_vcard_reader_new (G_INPUT_STREAM (stream), name);

  for (;;)
    {
      g_autoptr(NbContact) contact = NULL;
      NbMergeOutcome outcome;

      contact = nb_vcard_reader_next (reader, cancellable, &local_error);
      if (contact == NULL)
        break;

      if (!nb_store_transaction_merge_contact (transaction, contact, &outcome, error))
        return FALSE;

      count_outcome (self, outcome);

      report_read (self, &last_report, done_before + nb_vcard_reader_get_bytes_read (reader), total);
    }

  if (local_error != NULL)
    return fail_reading (name, g_steal_pointer (&local_error), error);

  if (nb_vcard_reader_get_n_cards (reader) == 0)
    {
      g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is neither a vCard nor an iCalendar file: it holds no contact card and no calendar"), name);
      return FALSE;
    }

  self->n_skipped += nb_vcard_reader_get_n_skipped (reader);
  problems = nb_vcard_reader_get_problems (reader);
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (self->problems, g_strdup (g_ptr_array_index (problems, i)));

  return TRUE;
}

static void
reset_counts (NbImporter *self)
{
  self->n_added = self->n_updated = self->n_unchanged = self->n_skipped = 0;
  self->n_meals_added = self->n_meals_updated = self->n_meals_unchanged = self->n_meals_skipped = 0;
  self->n_interactions_added = self->n_interactions_updated = 0;
  self->n_interactions_unchanged = self->n_interactions_skipped = 0;
  self->n_trains_added = self->n_trains_updated = self->n_trains_unchanged = 0;
  self->had_journals = FALSE;
  self->n_captured = 0;
  self->had_cards = self->had_calendars = FALSE;
  g_ptr_array_set_size (self->problems, 0);
}

/**
 * nb_importer_run:
 * @self: an importer
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Imports the files, blocking; use it from a worker thread or the command
 * line. The main thread's store learns of the new contacts and meals with
 * nb_store_check_for_changes().
 *
 * Returns: %TRUE if the import was stored; on %FALSE nothing was stored
 */
gboolean
nb_importer_run (NbImporter    *self,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(NbStoreTransaction) transaction = NULL;
  guint64 total = 0, done = 0;

  g_return_val_if_fail (NB_IS_IMPORTER (self), FALSE);

  reset_counts (self);

  for (guint i = 0; i < self->files->len; i++)
    total += file_size (g_ptr_array_index (self->files, i), cancellable);

  transaction = nb_store_transaction_begin (self->db_path, error);
  if (transaction == NULL)
    return FALSE;

  for (guint i = 0; i < self->files->len; i++)
    {
      GFile *file = g_ptr_array_index (self->files, i);

      if (!import_file (self, transaction, file, done, total, cancellable, error))
        {
          reset_counts (self);
          return FALSE;
        }
      done += file_size (file, cancellable);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !nb_store_transaction_commit (transaction, error))
    {
      reset_counts (self);
      return FALSE;
    }

  report_progress (self, 1.0);
  return TRUE;
}

static void
run_worker (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  NbImporter *self = source_object;
  GError *error = NULL;

  if (nb_importer_run (self, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * nb_importer_run_async:
 * @self: an importer
 * @cancellable: (nullable): a cancellable
 * @callback: called when the import is done
 * @user_data: data for @callback
 *
 * Imports the files in a worker thread, reporting #NbImporter:fraction.
 */
void
nb_importer_run_async (NbImporter          *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (NB_IS_IMPORTER (self));

  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_importer_run_async);
  g_task_run_in_thread (task, run_worker);
}

/**
 * nb_importer_run_finish:
 * @self: an importer
 * @result: the result
 * @error: return location for an error
 *
 * Also tells the store about the imported contacts.
 *
 * Returns: %TRUE if the import was stored
 */
gboolean
nb_importer_run_finish (NbImporter    *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (NB_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  ok = g_task_propagate_boolean (G_TASK (result), error);
  if (ok)
    nb_store_check_for_changes (self->store);

  return ok;
}

double
nb_importer_get_fraction (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0.0);

  return self->fraction;
}

guint
nb_importer_get_n_added (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_added;
}

guint
nb_importer_get_n_updated (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_updated;
}

guint
nb_importer_get_n_unchanged (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_unchanged;
}

guint
nb_importer_get_n_skipped (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_skipped;
}

/**
 * nb_importer_get_problems:
 * @self: an importer
 *
 * Returns: (transfer none) (element-type utf8): a message for each card that
 *   was skipped and each part of a card that was left out
 */
GPtrArray *
nb_importer_get_problems (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), NULL);

  return self->problems;
}

static char *
contacts_summary (NbImporter *self)
{
  return nb_list_import_dup_summary (self->n_added, self->n_updated, self->n_unchanged, self->n_skipped);
}

static char *
meals_summary (NbImporter *self)
{
  g_autofree char *added = NULL;
  g_autofree char *summary = NULL;

  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u meal", "Imported %u meals",
                                        self->n_meals_added),
                           self->n_meals_added);
  /* Translators: the %s is "Imported N meals"; then how many stored meals
   * were updated and how many events were left out. */
  summary = g_strdup_printf (C_("meals", "%s, updated %u, skipped %u"), added,
                             self->n_meals_updated, self->n_meals_skipped);

  if (self->n_meals_unchanged == 0)
    return g_steal_pointer (&summary);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the %s is the summary before. */
                                       "%s; %u meal was already up to date",
                                       "%s; %u meals were already up to date",
                                       self->n_meals_unchanged),
                          summary, self->n_meals_unchanged);
}

static char *
interactions_summary (NbImporter *self)
{
  g_autofree char *added = NULL;
  g_autofree char *summary = NULL;

  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u interaction", "Imported %u interactions",
                                        self->n_interactions_added),
                           self->n_interactions_added);
  /* Translators: the %s is "Imported N interactions"; then how many stored
   * interactions were updated, and how many left out. */
  summary = g_strdup_printf (C_("interactions", "%s, updated %u, skipped %u"), added,
                             self->n_interactions_updated, self->n_interactions_skipped);

  if (self->n_interactions_unchanged == 0)
    return g_steal_pointer (&summary);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the %s is the summary before. */
                                       "%s; %u interaction was already up to date",
                                       "%s; %u interactions were already up to date",
                                       self->n_interactions_unchanged),
                          summary, self->n_interactions_unchanged);
}

/**
 * nb_importer_dup_summary:
 * @self: an importer
 *
 * Returns: (transfer full): one line such as "Imported 120 contacts,
 *   updated 3, skipped 1", and the same for meals when calendars were
 *   imported
 */
char *
nb_importer_dup_summary (NbImporter *self)
{
  g_autofree char *contacts = NULL;
  g_autofree char *meals = NULL;

  g_return_val_if_fail (NB_IS_IMPORTER (self), NULL);

  if (self->had_calendars)
    meals = meals_summary (self);
  if (self->had_cards || !self->had_calendars)
    contacts = contacts_summary (self);

  if (self->had_journals)
    {
      g_autofree char *interactions = interactions_summary (self);
      /* A list of people brings interactions without meals (LinkedIn's
       * connections). */
      char *both = meals ? g_strdup_printf (_("%s. %s"), meals, interactions)
                         : g_steal_pointer (&interactions);

      g_free (meals);
      meals = both;
    }

  if (self->n_trains_added + self->n_trains_updated + self->n_trains_unchanged > 0)
    {
      /* Translators: what an import did with meals, then with meal
       * trains: "…. Meal trains: 1 added, 0 updated, 0 already up to
       * date". */
      char *both = g_strdup_printf (_("%s. Meal trains: %u added, %u updated, %u already up to date"),
                                    meals, self->n_trains_added, self->n_trains_updated,
                                    self->n_trains_unchanged);

      g_free (meals);
      meals = both;
    }

  if (self->n_captured > 0)
    {
      char *both = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: the %s is what the import did
                                                  * with meals; then how many interactions
                                                  * the calendar's meetings with contacts
                                                  * added, changed or removed. */
                                                 "%s. Meetings with your contacts: %u interaction added, changed or removed",
                                                 "%s. Meetings with your contacts: %u interactions added, changed or removed",
                                                 self->n_captured),
                                    meals, self->n_captured);

      g_free (meals);
      meals = both;
    }

  if (contacts != NULL && meals != NULL)
    /* Translators: what an import of contacts and of meals did. */
    return g_strdup_printf (_("%s. %s"), contacts, meals);

  return g_strdup (contacts ? contacts : meals);
}

/**
 * nb_importer_get_n_meals_added:
 *
 * Returns: how many meals the last run added
 */
guint
nb_importer_get_n_meals_added (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_meals_added;
}

/**
 * nb_importer_get_n_trains_added:
 *
 * Returns: how many meal trains the last run added
 */
guint
nb_importer_get_n_trains_added (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_trains_added;
}

/**
 * nb_importer_get_n_trains_updated:
 *
 * Returns: how many stored meal trains the last run changed
 */
guint
nb_importer_get_n_trains_updated (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_trains_updated;
}

/**
 * nb_importer_get_n_trains_unchanged:
 *
 * Returns: how many meal trains the last run found stored as they were
 */
guint
nb_importer_get_n_trains_unchanged (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_trains_unchanged;
}

/**
 * nb_importer_get_n_captured:
 *
 * Returns: how many interactions the meetings with contacts in the last
 *   run's calendar files added, changed or removed
 */
guint
nb_importer_get_n_captured (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_captured;
}

/**
 * nb_importer_get_n_interactions_added:
 *
 * Returns: how many interactions the last run added
 */
guint
nb_importer_get_n_interactions_added (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_interactions_added;
}

guint
nb_importer_get_n_interactions_updated (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_interactions_updated;
}

guint
nb_importer_get_n_interactions_unchanged (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_interactions_unchanged;
}

guint
nb_importer_get_n_interactions_skipped (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_interactions_skipped;
}

guint
nb_importer_get_n_meals_updated (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_meals_updated;
}

guint
nb_importer_get_n_meals_unchanged (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_meals_unchanged;
}

guint
nb_importer_get_n_meals_skipped (NbImporter *self)
{
  g_return_val_if_fail (NB_IS_IMPORTER (self), 0);

  return self->n_meals_skipped;
}
