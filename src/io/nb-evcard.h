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
/* Needs and offers: one property per phrase, in order. */
#define NB_VCARD_LOOKING_FOR "X-NETBOOK-LOOKING-FOR"
#define NB_VCARD_OFFERS      "X-NETBOOK-OFFERS"
/* Keep in touch every so many days; 0 for never. */
#define NB_VCARD_CADENCE "X-NETBOOK-CADENCE"

/* The N of a card that gave no name: written back as it was, and not made
 * up from the name Netbook shows for it. */
#define NB_VCARD_EMPTY_N ";;;;"

/* The single-valued text properties, and the NbContact properties they
 * fill: read and written alike. */
static const struct {
  const char *vcard;
  const char *property;
} nb_vcard_text_properties[] = {
  { EVC_UID, "uid" },
  { EVC_TITLE, "title" },
  { NB_VCARD_HOW_MET, "how-met" },
  { NB_VCARD_FOOD, "food-preferences" },
  { NB_VCARD_HELP, "help-notes" },
};

/* libebook-contacts 3.46 declares no cleanup function for EVCard. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EVCard, g_object_unref)
