/* nb-capture-files-group.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_CAPTURE_FILES_GROUP (nb_capture_files_group_get_type ())

G_DECLARE_FINAL_TYPE (NbCaptureFilesGroup, nb_capture_files_group, NB, CAPTURE_FILES_GROUP, AdwPreferencesGroup)

GtkWidget *nb_capture_files_group_new       (NbStore             *store);
NbStore   *nb_capture_files_group_get_store (NbCaptureFilesGroup *self);
void       nb_capture_files_group_set_store (NbCaptureFilesGroup *self,
                                             NbStore             *store);

G_END_DECLS
