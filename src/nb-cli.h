/* nb-cli.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <gio/gio.h>

G_BEGIN_DECLS

int nb_cli_import (const char          *db_path,
                   const char * const  *files);
int nb_cli_import_address_book (const char *db_path,
                                const char *name);
int nb_cli_export (const char          *db_path,
                   const char          *file,
                   const char          *vcard_version);
int nb_cli_add_account    (const char          *db_path,
                           const char          *server,
                           const char          *user);
int nb_cli_remove_account (const char          *db_path,
                           const char          *server,
                           const char          *user);
int nb_cli_sync           (const char          *db_path);
int nb_cli_keep_in_touch  (const char          *db_path);
int nb_cli_capture        (const char          *db_path,
                           const char          *file,
                           gboolean             forget);
char *nb_cli_format_keep_in_touch (GPtrArray  *entries,
                                   gboolean    aligned) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
