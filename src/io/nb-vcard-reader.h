/* nb-vcard-reader.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-contact.h"

G_BEGIN_DECLS

#define NB_TYPE_VCARD_READER (nb_vcard_reader_get_type ())

G_DECLARE_FINAL_TYPE (NbVcardReader, nb_vcard_reader, NB, VCARD_READER, GObject)

/* Bounds on what one card may hold; a file is read one card at a time, so
 * these bound the memory an import takes (some 100 MiB at most). A card
 * larger than NB_VCARD_MAX_CARD_BYTES or of more than NB_VCARD_MAX_LINES
 * lines (not counting folded continuations) is skipped before it is
 * parsed; of a card within them, the first NB_VCARD_MAX_PROPERTIES
 * properties are read, and a photo larger than NB_VCARD_MAX_PHOTO_BYTES is
 * left out. */
#define NB_VCARD_MAX_CARD_BYTES  (16 * 1024 * 1024)
#define NB_VCARD_MAX_LINES       10000
#define NB_VCARD_MAX_PHOTO_BYTES (10 * 1024 * 1024)
#define NB_VCARD_MAX_PROPERTIES  2000
/* Problems listed for one file; more are counted, not listed. */
#define NB_VCARD_MAX_PROBLEMS    1000

NbVcardReader  *nb_vcard_reader_new           (GInputStream   *stream,
                                               const char     *name) G_GNUC_WARN_UNUSED_RESULT;
NbContact      *nb_vcard_reader_next          (NbVcardReader  *self,
                                               GCancellable   *cancellable,
                                               GError        **error) G_GNUC_WARN_UNUSED_RESULT;
guint           nb_vcard_reader_get_n_cards   (NbVcardReader  *self);
guint           nb_vcard_reader_get_n_skipped (NbVcardReader  *self);
guint64         nb_vcard_reader_get_bytes_read (NbVcardReader *self);
GPtrArray      *nb_vcard_reader_get_problems  (NbVcardReader  *self);

NbContact      *nb_vcard_parse                (const char     *text,
                                               GPtrArray      *warnings,
                                               GError        **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
