/* nb-cli.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-cli.h"
#include "nb-exporter.h"
#include "nb-importer.h"
#include "nb-store.h"

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
