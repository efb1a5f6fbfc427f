/* nb-contact-merge.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-contact.h"
#include "nb-merge.h"

G_BEGIN_DECLS

const NbMergeField *nb_contact_merge_get_fields (guint     *n_fields);
NbContact          *nb_contact_merge            (NbContact *base,
                                                 NbContact *local,
                                                 NbContact *remote,
                                                 gboolean   local_is_newer,
                                                 GString   *local_lost,
                                                 GString   *remote_lost,
                                                 GPtrArray *conflicts) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
