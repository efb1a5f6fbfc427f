/* nb-store-transaction-import.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-store-transaction"

#include "config.h"

#include "nb-store-transaction-private.h"

/* What an import of another program's list (a CSV export, an address book
 * of GNOME's) last gave each card, by source and key: a re-import merges
 * what the list says now against what it said then, so that it changes
 * only what the list changed, never what the user wrote on the card. What
 * was given is the importer's text (a vCard); the store keeps it as it is. */

static gboolean
can_write (NbStoreTransaction *self)
{
  return self->writable && !self->done;
}

/**
 * nb_store_transaction_load_imported:
 * @self: a transaction
 * @source: where the list comes from, such as "linkedin"
 * @key: the row's key in that source, such as a profile's address
 * @data: (out) (optional): what the last import of that row gave the card
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a detached copy of the card the
 *   row went into, or %NULL (with @error unset) when it was never imported
 *   or its card is gone
 */
NbContact *
nb_store_transaction_load_imported (NbStoreTransaction  *self,
                                    const char          *source,
                                    const char          *key,
                                    char               **data,
                                    GError             **error)
{
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);
  g_return_val_if_fail (source != NULL && key != NULL, NULL);

  stmt = nb_db_prepare (self->db,
                        "SELECT contact_id, data FROM imported_rows WHERE source = ? AND key = ?",
                        error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      text = g_strdup (nb_db_column_text (stmt, 1));
      rc = sqlite3_step (stmt);
    }
  if (!nb_db_finish_rows (self->db, stmt, rc, error) || id <= 0)
    return NULL;

  if (data != NULL)
    *data = g_steal_pointer (&text);

  return nb_db_load_contact (self->db, id, error);
}

/**
 * nb_store_transaction_set_imported:
 * @self: a writable transaction
 * @source: where the list comes from
 * @key: the row's key in that source
 * @contact_id: the stored card the row went into
 * @data: what the row gave the card this time
 * @error: return location for an error
 *
 * Remembers what an import gave a card, for the next import of the same
 * row (nb_store_transaction_load_imported()). It is forgotten with the
 * card.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_set_imported (NbStoreTransaction  *self,
                                   const char          *source,
                                   const char          *key,
                                   gint64               contact_id,
                                   const char          *data,
                                   GError             **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (source != NULL && key != NULL && data != NULL, FALSE);
  g_return_val_if_fail (contact_id > 0, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  stmt = nb_db_prepare (self->db,
                        "INSERT OR REPLACE INTO imported_rows (source, key, contact_id, data)"
                        " VALUES (?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, contact_id);
  sqlite3_bind_text (stmt, 4, data, -1, SQLITE_TRANSIENT);

  return nb_db_step_done (self->db, stmt, error);
}

/* The columns the user chose for a list, by its header's key, in the
 * meta table: "csv-columns:KEY". */
static char *
columns_key (const char *header_key)
{
  return g_strconcat ("csv-columns:", header_key, NULL);
}

/**
 * nb_store_transaction_dup_list_columns:
 * @self: a transaction
 * @header_key: a list's header, as nb_csv_header_dup_key() gives it
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): what the user last chose each
 *   column of such a list to hold, as the importer wrote it, or %NULL
 *   (with @error unset) when they never chose
 */
char *
nb_store_transaction_dup_list_columns (NbStoreTransaction  *self,
                                       const char          *header_key,
                                       GError             **error)
{
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), NULL);
  g_return_val_if_fail (header_key != NULL, NULL);

  stmt = nb_db_prepare (self->db, "SELECT value FROM meta WHERE key = ?", error);
  if (stmt == NULL)
    return NULL;

  key = columns_key (header_key);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      value = g_strdup (nb_db_column_text (stmt, 0));
      rc = sqlite3_step (stmt);
    }
  if (!nb_db_finish_rows (self->db, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&value);
}

/**
 * nb_store_transaction_set_list_columns:
 * @self: a writable transaction
 * @header_key: a list's header, as nb_csv_header_dup_key() gives it
 * @columns: what the user chose each column to hold, as the importer
 *   writes it
 * @error: return location for an error
 *
 * Remembers the columns chosen for lists with this header, for the next
 * import of such a list, in the window or on the command line.
 *
 * Returns: %TRUE on success
 */
gboolean
nb_store_transaction_set_list_columns (NbStoreTransaction  *self,
                                       const char          *header_key,
                                       const char          *columns,
                                       GError             **error)
{
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NB_IS_STORE_TRANSACTION (self), FALSE);
  g_return_val_if_fail (header_key != NULL && columns != NULL, FALSE);
  g_return_val_if_fail (can_write (self), FALSE);

  stmt = nb_db_prepare (self->db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  key = columns_key (header_key);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, columns, -1, SQLITE_TRANSIENT);

  return nb_db_step_done (self->db, stmt, error);
}
