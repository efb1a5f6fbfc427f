/* nb-list-import.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-contact.h"
#include "nb-store-transaction.h"

G_BEGIN_DECLS

gboolean nb_list_import_contact (NbStoreTransaction  *transaction,
                                 const char          *source,
                                 const char          *key,
                                 NbContact           *incoming,
                                 NbMergeOutcome      *outcome,
                                 gint64              *contact_id,
                                 GError             **error);

char    *nb_list_import_dup_summary (guint                added,
                                    guint                updated,
                                    guint                unchanged,
                                    guint                skipped) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
