/* nb-test-util.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-contact-list.h"
#include "nb-importer.h"
#include "nb-store.h"

G_BEGIN_DECLS

typedef gboolean (*NbTestCondition) (gpointer data);

char      *nb_test_tmp_path           (const char      *name) G_GNUC_WARN_UNUSED_RESULT;
NbStore   *nb_test_open_store         (char           **path) G_GNUC_WARN_UNUSED_RESULT;
guint      nb_test_slowdown           (void);
void       nb_test_wait_for           (NbTestCondition  condition,
                                       gpointer         data);
void       nb_test_wait_list_loaded   (NbContactList   *list);
NbContact *nb_test_contact_new        (const char      *name,
                                       const char      *email) G_GNUC_WARN_UNUSED_RESULT;
gint64     nb_test_add_contact        (NbStore         *store,
                                       const char      *name,
                                       const char      *email);
GDate      nb_test_date               (int              day,
                                       int              month,
                                       int              year);
char      *nb_test_export             (NbStore         *store,
                                       const char      *name) G_GNUC_WARN_UNUSED_RESULT;
NbInteraction *nb_test_save_interaction (NbStore      *store,
                                         NbInteraction *draft) G_GNUC_WARN_UNUSED_RESULT;
NbImporter *nb_test_import            (NbStore         *store,
                                       const char      *path) G_GNUC_WARN_UNUSED_RESULT;
char      *nb_test_data_path          (const char      *name) G_GNUC_WARN_UNUSED_RESULT;
char      *nb_test_file_checksum      (const char      *path) G_GNUC_WARN_UNUSED_RESULT;
void       nb_test_exec_sql           (const char      *path,
                                       const char      *sql);
gint64     nb_test_query_int          (const char      *path,
                                       const char      *sql);
int        nb_test_run_netbook        (char           **out,
                                       char           **err,
                                       const char      *first_arg,
                                       ...) G_GNUC_NULL_TERMINATED;
int        nb_test_run_netbook_input  (const char      *input,
                                       char           **out,
                                       char           **err,
                                       const char      *first_arg,
                                       ...) G_GNUC_NULL_TERMINATED;
char      *nb_test_run_python         (const char      *script,
                                       const char      *input) G_GNUC_WARN_UNUSED_RESULT;
gboolean   nb_test_file_tree_contains (const char      *dir,
                                       const char      *needle,
                                       char           **found_path);

/* Storage faults: a mount namespace of the test's own, where it can mount
 * a small tmpfs (a disk that fills up) or make a folder read-only. */
gboolean   nb_test_enter_mount_namespace (char        **why_not);
gboolean   nb_test_can_mount          (void);
void       nb_test_mount_tmpfs        (const char      *dir,
                                       gsize            size);
void       nb_test_mount_read_only    (const char      *dir);
void       nb_test_unmount            (const char      *dir);
char      *nb_test_fill_disk          (const char      *dir,
                                       gsize            leave) G_GNUC_WARN_UNUSED_RESULT;
char      *nb_test_dump_db            (const char      *path,
                                       const char      *where) G_GNUC_WARN_UNUSED_RESULT;
void       nb_test_assert_db_intact   (const char      *path);

/* Another process holding the database: the test binary runs itself again
 * (nb_test_lock_holder_main() first thing in its main()), which holds a
 * write transaction until nb_test_release_lock(). */
int        nb_test_lock_holder_main   (void);
GSubprocess *nb_test_hold_lock        (const char      *test_name,
                                       const char      *path) G_GNUC_WARN_UNUSED_RESULT;
void       nb_test_release_lock       (GSubprocess     *holder);

G_END_DECLS
