/* nb-evcard.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* libebook-contacts' headers use API that GLib has deprecated since. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#include <libebook-contacts/libebook-contacts.h>
G_GNUC_END_IGNORE_DEPRECATIONS

/* Netbook's own fields, kept in vCards under these names. */
#define NB_VCARD_HOW_MET "X-NETBOOK-HOW-MET"
#define NB_VCARD_FOOD    "X-NETBOOK-FOOD"
#define NB_VCARD_HELP    "X-NETBOOK-HELP"

/* libebook-contacts 3.46 declares no cleanup function for EVCard. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EVCard, g_object_unref)
