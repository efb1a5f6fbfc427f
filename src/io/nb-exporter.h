/* nb-exporter.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-store.h"
#include "nb-vcard-writer.h"

G_BEGIN_DECLS

/**
 * NbExportFormat:
 * @NB_EXPORT_VCARD: contacts as vCard
 * @NB_EXPORT_ICALENDAR: meals as iCalendar
 */
typedef enum
{
  NB_EXPORT_VCARD,
  NB_EXPORT_ICALENDAR,
} NbExportFormat;

#define NB_TYPE_EXPORTER (nb_exporter_get_type ())

G_DECLARE_FINAL_TYPE (NbExporter, nb_exporter, NB, EXPORTER, GObject)

NbExporter *nb_exporter_new             (NbStore              *store,
                                         GFile                *file) G_GNUC_WARN_UNUSED_RESULT;
NbExportFormat nb_export_format_for_file (GFile             *file);
void        nb_exporter_set_format      (NbExporter           *self,
                                         NbExportFormat        format);
NbExportFormat nb_exporter_get_format   (NbExporter           *self);
void        nb_exporter_set_vcard_version (NbExporter         *self,
                                         NbVcardVersion        version);
void        nb_exporter_set_contact_ids (NbExporter           *self,
                                         GArray               *ids);
gboolean    nb_exporter_run             (NbExporter           *self,
                                         GCancellable         *cancellable,
                                         GError              **error);
void        nb_exporter_run_async       (NbExporter           *self,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean    nb_exporter_run_finish      (NbExporter           *self,
                                         GAsyncResult         *result,
                                         GError              **error);
guint       nb_exporter_get_n_exported  (NbExporter           *self);
guint       nb_exporter_get_n_interactions (NbExporter        *self);
guint       nb_exporter_get_n_trains    (NbExporter           *self);
char       *nb_exporter_dup_summary     (NbExporter           *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
