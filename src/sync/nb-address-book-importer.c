/* nb-address-book-importer.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-address-book-importer"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-address-book-importer.h"
#include "nb-address-book-private.h"
#include "nb-list-import.h"
#include "nb-store-transaction.h"
#include "nb-sync-error.h"
#include "nb-vcard-reader.h"

/**
 * NbAddressBookImporter:
 *
 * Imports the cards of one of GNOME's address books (an #NbAddressBook),
 * read from Evolution Data Server through libebook, with no file in
 * between. Each card is matched as a row of another program's list is
 * (nb_list_import_contact(), by the book's source UID and the card's UID):
 * importing the book again updates the cards it made, merged field by
 * field against what the book said then, without duplicates and without
 * overwriting what the user wrote. The book is read through a cursor, a
 * page at a time, so that memory stays bounded however many cards it
 * holds; the whole import is one transaction, and a failure or a cancel
 * leaves the store as it was.
 */
struct _NbAddressBookImporter
{
  GObject        parent_instance;

  NbStore       *store;
  char          *db_path;
  NbAddressBook *book;
  GPtrArray     *problems;
  GMainContext  *context;    /* where progress is reported */

  double         fraction;
  guint          n_added;
  guint          n_updated;
  guint          n_unchanged;
  guint          n_skipped;
};

G_DEFINE_FINAL_TYPE (NbAddressBookImporter, nb_address_book_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Cards read from the book at a time. */
#define PAGE_SIZE 500
/* Progress is reported at most this often. */
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 10)
/* A cursor that finds the book changed under it is read again this often. */
#define MAX_OUT_OF_SYNC 5

typedef struct
{
  NbAddressBookImporter *self;
  double                 fraction;
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
report_progress (NbAddressBookImporter *self,
                 double                 fraction)
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
nb_address_book_importer_finalize (GObject *object)
{
  NbAddressBookImporter *self = (NbAddressBookImporter *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->book);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (nb_address_book_importer_parent_class)->finalize (object);
}

static void
nb_address_book_importer_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  NbAddressBookImporter *self = NB_ADDRESS_BOOK_IMPORTER (object);

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
nb_address_book_importer_class_init (NbAddressBookImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_address_book_importer_finalize;
  object_class->get_property = nb_address_book_importer_get_property;

  /**
   * NbAddressBookImporter:fraction:
   *
   * How much of the address book has been read, from 0 to 1; notified in
   * the thread that started nb_address_book_importer_run_async(), at most
   * ten times a second.
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nb_address_book_importer_init (NbAddressBookImporter *self)
{
  self->problems = g_ptr_array_new_with_free_func (g_free);
}

/**
 * nb_address_book_importer_new:
 * @store: the store to import into
 * @book: the address book to import
 *
 * Returns: (transfer full): an importer
 */
NbAddressBookImporter *
nb_address_book_importer_new (NbStore       *store,
                              NbAddressBook *book)
{
  NbAddressBookImporter *self;

  g_return_val_if_fail (NB_IS_STORE (store), NULL);
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK (book), NULL);

  self = g_object_new (NB_TYPE_ADDRESS_BOOK_IMPORTER, NULL);
  self->store = g_object_ref (store);
  self->db_path = g_strdup (nb_store_get_path (store));
  self->book = g_object_ref (book);

  return self;
}

/**
 * nb_address_book_importer_get_book:
 *
 * Returns: (transfer none): the address book it imports
 */
NbAddressBook *
nb_address_book_importer_get_book (NbAddressBookImporter *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self), NULL);

  return self->book;
}

static void
add_problem (NbAddressBookImporter *self,
             const char            *card,
             const char            *why)
{
  if (self->problems->len >= NB_VCARD_MAX_PROBLEMS)
    return;

  /* Translators: a card of one of GNOME's address books that was not
   * imported whole, and why: "Address book “Friends”, card “Ada
   * Lovelace”: the photo is not an image and was left out". */
  g_ptr_array_add (self->problems,
                   g_strdup_printf (_("Address book “%s”, card “%s”: %s"),
                                    nb_address_book_get_name (self->book), card, why));
}

static const char *
card_name (EContact *contact)
{
  static const EContactField fields[] = {
    E_CONTACT_FULL_NAME, E_CONTACT_FILE_AS, E_CONTACT_NICKNAME, E_CONTACT_ORG,
    E_CONTACT_EMAIL_1, E_CONTACT_UID,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *name = e_contact_get_const (contact, fields[i]);

      if (name != NULL && *name != '\0')
        return name;
    }

  return "?";
}

/* Evolution Data Server keeps a card's photo in a file of its own and
 * gives its address: the photo goes into the card, as a vCard file would
 * have it, unless it is too large to keep. */
static void
inline_photo (EContact  *contact,
              GPtrArray *warnings)
{
  EContactPhoto *photo = e_contact_get (contact, E_CONTACT_PHOTO);
  g_autoptr(GError) error = NULL;
  gboolean too_large = FALSE;

  if (photo == NULL)
    return;

  if (photo->type == E_CONTACT_PHOTO_TYPE_URI && photo->data.uri != NULL &&
      g_str_has_prefix (photo->data.uri, "file:"))
    {
      g_autoptr(GFile) file = g_file_new_for_uri (photo->data.uri);
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      too_large = info != NULL && g_file_info_get_size (info) > NB_VCARD_MAX_PHOTO_BYTES;
    }
  e_contact_photo_free (photo);

  if (too_large)
    {
      e_contact_set (contact, E_CONTACT_PHOTO, NULL);
      g_ptr_array_add (warnings, g_strdup (_("the photo is empty or too large and was left out")));
    }
  else if (!e_contact_inline_local_photos (contact, &error))
    {
      e_contact_set (contact, E_CONTACT_PHOTO, NULL);
      g_ptr_array_add (warnings, g_strdup (_("the photo could not be read and was left out")));
    }
}

static gboolean
import_card (NbAddressBookImporter  *self,
             NbStoreTransaction     *transaction,
             const char             *source,
             EContact               *contact,
             GError                **error)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NbContact) card = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *text = NULL;
  const char *uid = e_contact_get_const (contact, E_CONTACT_UID);
  NbMergeOutcome outcome;

  if (uid == NULL || *uid == '\0')
    {
      self->n_skipped++;
      add_problem (self, card_name (contact), _("it has no UID"));
      return TRUE;
    }

  inline_photo (contact, warnings);
  text = e_vcard_to_string (E_VCARD (contact), EVC_FORMAT_VCARD_30);
  card = nb_vcard_parse (text, warnings, &parse_error);
  for (guint i = 0; i < warnings->len; i++)
    add_problem (self, card_name (contact), g_ptr_array_index (warnings, i));

  if (card == NULL)
    {
      self->n_skipped++;
      add_problem (self, card_name (contact), parse_error->message);
      return TRUE;
    }

  if (!nb_list_import_contact (transaction, source, uid, card, &outcome, NULL, error))
    return FALSE;

  switch (outcome)
    {
    case NB_MERGE_ADDED: self->n_added++; break;
    case NB_MERGE_UPDATED: self->n_updated++; break;
    case NB_MERGE_UNCHANGED: self->n_unchanged++; break;
    default: g_assert_not_reached ();
    }

  return TRUE;
}

static void
reset_counts (NbAddressBookImporter *self)
{
  self->n_added = self->n_updated = self->n_unchanged = self->n_skipped = 0;
  g_ptr_array_set_size (self->problems, 0);
}

static void
set_read_error (NbAddressBookImporter  *self,
                GError                **error,
                GError                 *local_error)
{
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_error_copy (local_error));
      return;
    }

  g_dbus_error_strip_remote_error (local_error);
  g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE,
               /* Translators: an address book's name, and why it could not be read. */
               _("The address book “%s” could not be read: %s"),
               nb_address_book_get_name (self->book), local_error->message);
}

/* A book whose backend has no cursor (an LDAP directory, say) is read all
 * at once. */
static gboolean
import_all_at_once (NbAddressBookImporter  *self,
                    NbStoreTransaction     *transaction,
                    EBookClient            *client,
                    const char             *source,
                    GCancellable           *cancellable,
                    GError                **error)
{
  g_autoptr(EBookQuery) query = e_book_query_any_field_contains ("");
  g_autofree char *sexp = e_book_query_to_string (query);
  g_autoptr(GError) local_error = NULL;
  GSList *contacts = NULL;
  guint total, done = 0;
  gboolean ok = TRUE;

  if (!e_book_client_get_contacts_sync (client, sexp, &contacts, cancellable, &local_error))
    {
      set_read_error (self, error, local_error);
      return FALSE;
    }

  total = g_slist_length (contacts);
  for (GSList *l = contacts; ok && l != NULL; l = l->next, done++)
    {
      ok = !g_cancellable_set_error_if_cancelled (cancellable, error) &&
           import_card (self, transaction, source, l->data, error);
      if (done % PAGE_SIZE == 0)
        report_progress (self, (double) done / total);
    }
  g_slist_free_full (contacts, g_object_unref);

  return ok;
}

static void
got_result_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
import_book (NbAddressBookImporter  *self,
             NbStoreTransaction     *transaction,
             GMainContext           *context,
             GCancellable           *cancellable,
             GError                **error)
{
  /* Sorted as GNOME Contacts sorts, by the names Evolution Data Server
   * indexes: sorted by UID, each page costs a pass over the whole book
   * (10,000 cards took 13.8 s rather than 2.6 s, 30,000 80 s). */
  static const EContactField sort_fields[] = { E_CONTACT_FAMILY_NAME, E_CONTACT_GIVEN_NAME };
  static const EBookCursorSortType sort_types[] = { E_BOOK_CURSOR_SORT_ASCENDING, E_BOOK_CURSOR_SORT_ASCENDING };
  g_autoptr(ESourceRegistry) registry = NULL;
  g_autoptr(ESource) source = NULL;
  g_autoptr(EBookClient) client = NULL;
  g_autoptr(EBookClientCursor) cursor = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) local_error = NULL;
  ESourceAddressBook *extension;
  gboolean local;
  g_autofree char *source_id = NULL;
  gint64 last_report = 0;
  guint total, done = 0, out_of_sync = 0;

  registry = _nb_address_book_open_registry (cancellable, error);
  if (registry == NULL)
    return FALSE;

  source = e_source_registry_ref_source (registry, nb_address_book_get_uid (self->book));
  if (source == NULL || !e_source_has_extension (source, E_SOURCE_EXTENSION_ADDRESS_BOOK))
    {
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NOT_FOUND,
                   _("The address book “%s” is no longer there: it was removed from GNOME Contacts or its account"),
                   nb_address_book_get_name (self->book));
      return FALSE;
    }

  /* A book of an online account is read once it is connected (or from
   * its cache, after the timeout); it says so through its source, in the
   * import's context, iterated meanwhile. A book on this computer never
   * says so: it is read at once. */
  extension = e_source_get_extension (source, E_SOURCE_EXTENSION_ADDRESS_BOOK);
  local = g_strcmp0 (e_source_backend_get_backend_name (E_SOURCE_BACKEND (extension)), "local") == 0;
  e_book_client_connect (source, local ? (guint32) -1 : NB_ADDRESS_BOOK_TIMEOUT_S, cancellable,
                         got_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);
  client = (EBookClient *) e_book_client_connect_finish (result, &local_error);
  if (client == NULL)
    {
      set_read_error (self, error, local_error);
      return FALSE;
    }

  source_id = g_strconcat ("eds:", e_source_get_uid (source), NULL);

  if (!e_book_client_get_cursor_sync (client, NULL, sort_fields, sort_types,
                                      G_N_ELEMENTS (sort_fields), &cursor, cancellable,
                                      &local_error))
    {
      if (g_error_matches (local_error, E_CLIENT_ERROR, E_CLIENT_ERROR_NOT_SUPPORTED))
        return import_all_at_once (self, transaction, client, source_id, cancellable, error);
      set_read_error (self, error, local_error);
      return FALSE;
    }

  total = MAX (e_book_client_cursor_get_total (cursor), 1);

  for (;;)
    {
      GSList *contacts = NULL;
      gboolean ok = TRUE;
      gint64 now;
      int n;

      /* What the book says of itself meanwhile (the cursor's revision). */
      while (g_main_context_iteration (context, FALSE))
        ;

      n = e_book_client_cursor_step_sync (cursor,
                                          E_BOOK_CURSOR_STEP_MOVE | E_BOOK_CURSOR_STEP_FETCH,
                                          E_BOOK_CURSOR_ORIGIN_CURRENT, PAGE_SIZE, &contacts,
                                          cancellable, &local_error);
      /* Stepping on from the end is refused: all has been read. */
      if (n < 0 && g_error_matches (local_error, E_CLIENT_ERROR, E_CLIENT_ERROR_QUERY_REFUSED) &&
          done > 0)
        break;
      if (n < 0)
        {
          /* The book changed under the cursor, which has not moved: again. */
          if (g_error_matches (local_error, E_CLIENT_ERROR, E_CLIENT_ERROR_OUT_OF_SYNC) &&
              ++out_of_sync <= MAX_OUT_OF_SYNC)
            {
              g_clear_error (&local_error);
              continue;
            }
          set_read_error (self, error, local_error);
          return FALSE;
        }
      if (contacts == NULL)
        break;

      for (GSList *l = contacts; ok && l != NULL; l = l->next, done++)
        ok = import_card (self, transaction, source_id, l->data, error);
      g_slist_free_full (contacts, g_object_unref);
      if (!ok || g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (n < PAGE_SIZE)
        break;

      now = g_get_monotonic_time ();
      if (now - last_report > PROGRESS_INTERVAL_US)
        {
          last_report = now;
          report_progress (self, (double) done / MAX (total, done));
        }
    }

  return TRUE;
}

/**
 * nb_address_book_importer_run:
 * @self: an importer
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Imports the address book, blocking; use it from a worker thread or the
 * command line. The main thread's store learns of the new contacts with
 * nb_store_check_for_changes().
 *
 * Returns: %TRUE if the import was stored; on %FALSE nothing was stored
 */
gboolean
nb_address_book_importer_run (NbAddressBookImporter  *self,
                              GCancellable           *cancellable,
                              GError                **error)
{
  g_autoptr(NbStoreTransaction) transaction = NULL;
  g_autoptr(GMainContext) context = NULL;
  gboolean ok;

  g_return_val_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self), FALSE);

  reset_counts (self);

  transaction = nb_store_transaction_begin (self->db_path, error);
  if (transaction == NULL)
    return FALSE;

  /* libebook's clients answer on the context they were made in: one of
   * the import's own, iterated between pages. */
  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  ok = import_book (self, transaction, context, cancellable, error);
  g_main_context_pop_thread_default (context);

  if (!ok || g_cancellable_set_error_if_cancelled (cancellable, error) ||
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
  NbAddressBookImporter *self = source_object;
  GError *error = NULL;

  if (nb_address_book_importer_run (self, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * nb_address_book_importer_run_async:
 * @self: an importer
 * @cancellable: (nullable): a cancellable
 * @callback: called when the import is done
 * @user_data: data for @callback
 *
 * Imports the address book in a worker thread, reporting
 * #NbAddressBookImporter:fraction.
 */
void
nb_address_book_importer_run_async (NbAddressBookImporter *self,
                                    GCancellable          *cancellable,
                                    GAsyncReadyCallback    callback,
                                    gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self));

  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nb_address_book_importer_run_async);
  g_task_run_in_thread (task, run_worker);
}

/**
 * nb_address_book_importer_run_finish:
 * @self: an importer
 * @result: the result
 * @error: return location for an error
 *
 * Also tells the store about the imported contacts.
 *
 * Returns: %TRUE if the import was stored
 */
gboolean
nb_address_book_importer_run_finish (NbAddressBookImporter  *self,
                                     GAsyncResult           *result,
                                     GError                **error)
{
  gboolean ok;

  g_return_val_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  ok = g_task_propagate_boolean (G_TASK (result), error);
  if (ok)
    nb_store_check_for_changes (self->store);

  return ok;
}

double
nb_address_book_importer_get_fraction (NbAddressBookImporter *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self), 0.0);

  return self->fraction;
}

guint
nb_address_book_importer_get_n_added (NbAddressBookImporter *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self), 0);

  return self->n_added;
}

guint
nb_address_book_importer_get_n_updated (NbAddressBookImporter *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self), 0);

  return self->n_updated;
}

guint
nb_address_book_importer_get_n_unchanged (NbAddressBookImporter *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self), 0);

  return self->n_unchanged;
}

guint
nb_address_book_importer_get_n_skipped (NbAddressBookImporter *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self), 0);

  return self->n_skipped;
}

/**
 * nb_address_book_importer_get_problems:
 * @self: an importer
 *
 * Returns: (transfer none) (element-type utf8): a message for each card
 *   that was skipped and each part of a card that was left out
 */
GPtrArray *
nb_address_book_importer_get_problems (NbAddressBookImporter *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self), NULL);

  return self->problems;
}

/**
 * nb_address_book_importer_dup_summary:
 * @self: an importer
 *
 * Returns: (transfer full): one line such as "Imported 120 contacts,
 *   updated 3, skipped 1", in the words of a file's import
 */
char *
nb_address_book_importer_dup_summary (NbAddressBookImporter *self)
{
  g_return_val_if_fail (NB_IS_ADDRESS_BOOK_IMPORTER (self), NULL);

  return nb_list_import_dup_summary (self->n_added, self->n_updated, self->n_unchanged, self->n_skipped);
}
