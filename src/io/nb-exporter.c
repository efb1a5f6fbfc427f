/* nb-exporter.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-exporter"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "nb-exporter.h"
#include "nb-ical.h"
#include "nb-ical-journal.h"
#include "nb-ical-train.h"
#include "nb-io-error.h"
#include "nb-store-transaction.h"

/**
 * NbExporter:
 *
 * Writes contacts to a vCard file, or meals, meal trains with their slots
 * (see nb-ical-train.c), interactions (VJOURNALs, see nb-ical-journal.c)
 * and birthdays to an iCalendar file, from a
 * consistent snapshot of the store. The file is replaced only when
 * everything was written: an existing file stays as it was when the export
 * fails.
 */
struct _NbExporter
{
  GObject         parent_instance;

  NbStore        *store;
  char           *db_path;
  GFile          *file;
  GArray         *ids;        /* nullable: all contacts */
  NbVcardVersion  version;
  NbExportFormat  format;
  guint           n_exported;
  guint           n_birthdays;
  guint           n_interactions;
  guint           n_trains;
};

G_DEFINE_FINAL_TYPE (NbExporter, nb_exporter, G_TYPE_OBJECT)

typedef struct
{
  NbExporter         *self;
  NbStoreTransaction *transaction;
  GOutputStream      *stream;
  GCancellable       *cancellable;
  GHashTable         *zones;   /* the TZIDs of the VTIMEZONEs written */
} WriteData;

static void
nb_exporter_finalize (GObject *object)
{
  NbExporter *self = (NbExporter *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (nb_exporter_parent_class)->finalize (object);
}

static void
nb_exporter_class_init (NbExporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_exporter_finalize;
}

static void
nb_exporter_init (NbExporter *self)
{
  self->version = NB_VCARD_VERSION_3_0;
}

/**
 * nb_exporter_new:
 * @store: the store to export from
 * @file: the file to write
 *
 * Returns: (transfer full): an exporter of every meal as iCalendar when the
 *   file's name ends in .ics, else of every contact as vCard 3.0
 */
NbExporter *
nb_exporter_new (NbStore *store,
                 GFile   *file)
{
  NbExporter *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (NB_TYPE_EXPORTER, NULL);
  self->store = g_object_ref (store);
  self->db_path = g_strdup (nb_store_get_path (store));
  self->file = g_object_ref (file);
  self->format = nb_export_format_for_file (file);

  return self;
}

/**
 * nb_export_format_for_file:
 * @file: a file to export to
 *
 * Returns: the format its name asks for: iCalendar for .ics and .ical,
 *   else vCard
 */
NbExportFormat
nb_export_format_for_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *lower = basename ? g_ascii_strdown (basename, -1) : NULL;

  if (lower != NULL && (g_str_has_suffix (lower, ".ics") || g_str_has_suffix (lower, ".ical")))
    return NB_EXPORT_ICALENDAR;

  return NB_EXPORT_VCARD;
}

void
nb_exporter_set_format (NbExporter     *self,
                        NbExportFormat  format)
{
  g_return_if_fail (NB_IS_EXPORTER (self));

  self->format = format;
}

NbExportFormat
nb_exporter_get_format (NbExporter *self)
{
  g_return_val_if_fail (NB_IS_EXPORTER (self), NB_EXPORT_VCARD);

  return self->format;
}

void
nb_exporter_set_vcard_version (NbExporter     *self,
                               NbVcardVersion  version)
{
  g_return_if_fail (NB_IS_EXPORTER (self));

  self->version = version;
}

/**
 * nb_exporter_set_contact_ids:
 * @self: an exporter
 * @ids: (nullable) (element-type gint64): the contacts to export, or %NULL
 *   for all
 */
void
nb_exporter_set_contact_ids (NbExporter *self,
                             GArray     *ids)
{
  g_return_if_fail (NB_IS_EXPORTER (self));

  g_clear_pointer (&self->ids, g_array_unref);
  if (ids != NULL)
    self->ids = g_array_ref (ids);
}

static gboolean
write_contact_cb (NbContact  *contact,
                  gpointer    user_data,
                  GError    **error)
{
  WriteData *data = user_data;
  g_autofree char *card = nb_vcard_write (contact, data->self->version);

  if (!g_output_stream_write_all (data->stream, card, strlen (card), NULL,
                                  data->cancellable, error))
    return FALSE;

  data->self->n_exported++;
  return TRUE;
}

static gboolean
write_text (WriteData   *data,
            const char  *text,
            GError     **error)
{
  return g_output_stream_write_all (data->stream, text, strlen (text), NULL,
                                    data->cancellable, error);
}

static char *
contact_uid_cb (gint64   contact_id,
                gpointer user_data)
{
  WriteData *data = user_data;

  return nb_store_transaction_dup_contact_uid (data->transaction, contact_id);
}

static gboolean
write_meeting_cb (NbMeeting  *meeting,
                  gpointer    user_data,
                  GError    **error)
{
  WriteData *data = user_data;
  g_autofree char *zones = nb_ical_write_source_timezones (meeting, data->zones);
  g_autofree char *event = nb_ical_write_meeting (meeting, contact_uid_cb, data);

  if (!write_text (data, zones, error) || !write_text (data, event, error))
    return FALSE;

  data->self->n_exported++;
  return TRUE;
}

static gboolean
person_cb (gint64     contact_id,
           char     **name,
           char     **email,
           char     **uid,
           gpointer   user_data)
{
  WriteData *data = user_data;

  return nb_store_transaction_get_person (data->transaction, contact_id, name, email, uid);
}

static gint64
find_contact_cb (const char *email,
                 const char *uid,
                 gpointer    user_data)
{
  WriteData *data = user_data;

  return nb_store_transaction_find_contact (data->transaction, email, uid);
}

/* Meals are VEVENTs already: their interactions are not written again. */
static gboolean
write_interaction_cb (NbInteraction  *interaction,
                      gpointer        user_data,
                      GError        **error)
{
  WriteData *data = user_data;
  NbIcalWriter writer = { person_cb, find_contact_cb, data };
  g_autofree char *zones = NULL;
  g_autofree char *journal = NULL;

  if (nb_interaction_get_kind (interaction) == NB_INTERACTION_MEAL)
    return TRUE;

  zones = nb_ical_write_journal_timezones (interaction, data->zones);
  journal = nb_ical_write_interaction (interaction, &writer);
  if (!write_text (data, zones, error) || !write_text (data, journal, error))
    return FALSE;

  data->self->n_interactions++;
  return TRUE;
}

static gboolean
write_birthday_cb (const char        *uid,
                   const char        *name,
                   const NbBirthday  *birthday,
                   gpointer           user_data,
                   GError           **error)
{
  WriteData *data = user_data;
  g_autofree char *event = nb_ical_write_birthday (uid, name, birthday);

  if (g_cancellable_set_error_if_cancelled (data->cancellable, error))
    return FALSE;

  if (!write_text (data, event, error))
    return FALSE;

  data->self->n_birthdays++;
  return TRUE;
}

/* A meal train and all its slots; its slots at their drop-off windows in
 * the local zone, whose VTIMEZONE is written once. */
static gboolean
write_train_cb (NbMealTrain  *train,
                GPtrArray    *slots,
                gpointer      user_data,
                GError      **error)
{
  WriteData *data = user_data;
  g_autofree char *name = NULL;
  g_autofree char *events = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *zone = g_time_zone_get_identifier (local);

  if (nb_meal_train_get_recipient (train) > 0)
    nb_store_transaction_get_person (data->transaction, nb_meal_train_get_recipient (train),
                                     &name, NULL, NULL);
  if (name == NULL)
    /* Translators: whom a meal train is for, when the contact is gone. */
    name = g_strdup (C_("meal train", "someone"));

  if (slots->len > 0 && !g_hash_table_contains (data->zones, zone))
    {
      NbMealTrainSlot *first = g_ptr_array_index (slots, 0);
      g_autoptr(GDateTime) since = nb_meal_train_dup_slot_start (train, first->day, first->meal, NULL);
      g_autofree char *text = since ? nb_ical_write_timezone (zone, g_date_time_to_unix (since)) : NULL;

      if (text != NULL && !write_text (data, text, error))
        return FALSE;
      g_hash_table_add (data->zones, g_strdup (zone));
    }

  events = nb_ical_write_train (train, slots, name, contact_uid_cb, data);
  if (!write_text (data, events, error))
    return FALSE;

  data->self->n_trains++;
  return TRUE;
}

/* The calendar: the time zones the meals use, the meals, the meal
 * trains, the interactions, the birthdays. */
static gboolean
write_calendar (WriteData  *data,
                GError    **error)
{
  g_auto(GStrv) zones = NULL;
  g_autoptr(GArray) first_starts = NULL;
  g_autofree char *begin = nb_ical_calendar_begin ();

  if (!write_text (data, begin, error))
    return FALSE;

  zones = nb_store_transaction_list_time_zones (data->transaction, &first_starts, error);
  if (zones == NULL)
    return FALSE;

  for (guint i = 0; zones[i] != NULL; i++)
    {
      g_autofree char *zone = nb_ical_write_timezone (zones[i], g_array_index (first_starts, gint64, i));

      if (zone != NULL && !write_text (data, zone, error))
        return FALSE;
      g_hash_table_add (data->zones, g_strdup (zones[i]));
    }

  if (!nb_store_transaction_foreach_meeting (data->transaction, data->cancellable,
                                             write_meeting_cb, data, error))
    return FALSE;

  if (!nb_store_transaction_foreach_meal_train (data->transaction, data->cancellable,
                                                write_train_cb, data, error))
    return FALSE;

  if (!nb_store_transaction_foreach_interaction (data->transaction, data->cancellable,
                                                 write_interaction_cb, data, error))
    return FALSE;

  if (!nb_store_transaction_foreach_birthday (data->transaction, write_birthday_cb, data, error))
    return FALSE;

  return write_text (data, nb_ical_calendar_end (), error);
}

/* A new, hidden file next to @target, so that moving it there is a rename. */
static GFileOutputStream *
create_temporary (GFile         *target,
                  GFile        **temporary,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (target);
  g_autofree char *basename = g_file_get_basename (target);

  for (guint attempt = 0; ; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x.tmp", basename, g_random_int ());
      g_autoptr(GFile) file = g_file_get_child (parent, name);
      g_autoptr(GError) local_error = NULL;
      GFileOutputStream *stream;

      stream = g_file_create (file, G_FILE_CREATE_PRIVATE, cancellable, &local_error);
      if (stream != NULL)
        {
          *temporary = g_steal_pointer (&file);
          return stream;
        }

      if (attempt > 8 || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
}

static gboolean
sync_to_disk (GFile   *file,
              GError **error)
{
  const char *path = g_file_peek_path (file);
  int fd;

  /* Not a local file: its file system does what it can. */
  if (path == NULL)
    return TRUE;

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/**
 * nb_exporter_run:
 * @self: an exporter
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Writes the file, blocking. The cards go to a temporary file that replaces
 * the target only when complete.
 *
 * Returns: %TRUE if the whole file was written
 */
gboolean
nb_exporter_run (NbExporter    *self,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(NbStoreTransaction) transaction = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFile) temporary = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_parse_name (self->file);
  g_autoptr(GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  WriteData data;

  g_return_val_if_fail (NB_IS_EXPORTER (self), FALSE);

  self->n_exported = 0;
  self->n_birthdays = 0;
  self->n_interactions = 0;
  self->n_trains = 0;

  transaction = nb_store_transaction_begin_read (self->db_path, error);
  if (transaction == NULL)
    return FALSE;

  stream = create_temporary (self->file, &temporary, cancellable, &local_error);
  if (stream != NULL)
    {
      gboolean written;

      data.self = self;
      data.transaction = transaction;
      data.stream = G_OUTPUT_STREAM (stream);
      data.cancellable = cancellable;
      data.zones = zones;

      if (self->format == NB_EXPORT_ICALENDAR)
        written = write_calendar (&data, &local_error);
      else
        written = nb_store_transaction_foreach_contact (transaction, self->ids, cancellable,
                                                        write_contact_cb, &data, &local_error);
      /* Close in any case; the first error is the one to report. */
      if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, written ? &local_error : NULL))
        written = FALSE;

      /* On the disk before it takes the target's name: after a power cut
       * the target is the old file or the whole new one, never an empty
       * or partial one. */
      if (written && !sync_to_disk (temporary, &local_error))
        written = FALSE;

      if (written && g_file_move (temporary, self->file, G_FILE_COPY_OVERWRITE,
                                  cancellable, NULL, NULL, &local_error))
        return TRUE;

      g_file_delete (temporary, NULL, NULL);
    }

  self->n_exported = self->n_birthdays = self->n_interactions = self->n_trains = 0;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, local_error->domain, local_error->code,
                 _("Could not write “%s”: %s"), name, local_error->message);

  return FALSE;
}

static void
run_worker (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;

  if (nb_exporter_run (source_object, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
nb_exporter_run_async (NbExporter          *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (NB_IS_EXPORTER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_exporter_run_async);
  g_task_run_in_thread (task, run_worker);
}

gboolean
nb_exporter_run_finish (NbExporter    *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (NB_IS_EXPORTER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

guint
nb_exporter_get_n_exported (NbExporter *self)
{
  g_return_val_if_fail (NB_IS_EXPORTER (self), 0);

  return self->n_exported;
}

/**
 * nb_exporter_get_n_interactions:
 * @self: an exporter
 *
 * Returns: how many interactions the last iCalendar export wrote
 */
guint
nb_exporter_get_n_interactions (NbExporter *self)
{
  g_return_val_if_fail (NB_IS_EXPORTER (self), 0);

  return self->n_interactions;
}

/**
 * nb_exporter_get_n_trains:
 * @self: an exporter
 *
 * Returns: how many meal trains the last iCalendar export wrote
 */
guint
nb_exporter_get_n_trains (NbExporter *self)
{
  g_return_val_if_fail (NB_IS_EXPORTER (self), 0);

  return self->n_trains;
}

/**
 * nb_exporter_dup_summary:
 * @self: an exporter
 *
 * Returns: (transfer full): one line such as "Exported 120 contacts to
 *   contacts.vcf"
 */
char *
nb_exporter_dup_summary (NbExporter *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (NB_IS_EXPORTER (self), NULL);

  name = g_file_get_basename (self->file);
  if (self->format == NB_EXPORT_ICALENDAR)
    {
      g_autofree char *meals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Exported %u meal to “%s”",
                                                             "Exported %u meals to “%s”",
                                                             self->n_exported),
                                                self->n_exported, name);

      if (self->n_interactions > 0)
        {
          /* Translators: what an export of meals did, then how many
           * interactions (calls, messages…) went with them: "Exported 3
           * meals to “meals.ics”, 5 interactions". */
          char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u interaction", "%s, %u interactions",
                                                     self->n_interactions),
                                        meals, self->n_interactions);

          g_free (meals);
          meals = more;
        }

      if (self->n_trains > 0)
        {
          /* Translators: what an export of meals did, then how many meal
           * trains went with them: "Exported 3 meals to “meals.ics”, 1
           * meal train". */
          char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u meal train", "%s, %u meal trains",
                                                     self->n_trains),
                                        meals, self->n_trains);

          g_free (meals);
          meals = more;
        }

      if (self->n_birthdays == 0)
        return g_steal_pointer (&meals);

      /* Translators: what an export of meals did, then how many birthdays
       * went with them: "Exported 3 meals to “meals.ics”, and 12
       * birthdays". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, and %u birthday", "%s, and %u birthdays",
                                           self->n_birthdays),
                              meals, self->n_birthdays);
    }

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Exported %u contact to “%s”",
                                       "Exported %u contacts to “%s”",
                                       self->n_exported),
                          self->n_exported, name);
}
