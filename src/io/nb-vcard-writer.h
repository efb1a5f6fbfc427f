/* nb-vcard-writer.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-contact.h"

G_BEGIN_DECLS

typedef enum
{
  NB_VCARD_VERSION_3_0,
  NB_VCARD_VERSION_4_0,
} NbVcardVersion;

char           *nb_vcard_write               (NbContact      *contact,
                                              NbVcardVersion  version) G_GNUC_WARN_UNUSED_RESULT;
gboolean        nb_vcard_version_from_string (const char     *text,
                                              NbVcardVersion *version);
char           *nb_vcard_structured_name_for (const char     *full_name) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
