/* fuzz-vcard.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The vCard reader on any bytes, as `netbook --import` reads a file
 * (NbVcardReader over a stream) and as a sync reads one card of an address
 * book (nb_vcard_parse()). Each card read is written back, in vCard 3.0
 * and 4.0 as export and sync write it, and what is written must read
 * again: a card Netbook accepts is never one it cannot give back. */

#include <gio/gio.h>

#include "nb-vcard-reader.h"
#include "nb-vcard-writer.h"

#include "fuzz-common.h"

void
nb_fuzz_target_init (void)
{
}

static void
write_and_read_back (NbContact *contact)
{
  static const NbVcardVersion versions[] = { NB_VCARD_VERSION_3_0, NB_VCARD_VERSION_4_0 };

  for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autofree char *written = nb_vcard_write (contact, versions[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(NbContact) again = NULL;

      g_assert_nonnull (written);
      again = nb_vcard_parse (written, NULL, &error);
      if (again == NULL)
        g_error ("A card read and written in vCard %s cannot be read again: %s\n%s",
                 versions[i] == NB_VCARD_VERSION_3_0 ? "3.0" : "4.0", error->message, written);
    }
}

/* As the importer reads a file: card after card, until the end or an
 * error that ends the file. */
static void
read_stream (const uint8_t *data,
             size_t         size)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr(NbVcardReader) reader = nb_vcard_reader_new (stream, "fuzz.vcf");
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (;;)
    {
      g_autoptr(NbContact) contact = nb_vcard_reader_next (reader, NULL, &error);

      if (contact == NULL)
        break;

      n++;
      write_and_read_back (contact);
    }

  g_assert_cmpuint (nb_vcard_reader_get_n_cards (reader), >=, n);
  g_assert_cmpuint (nb_vcard_reader_get_bytes_read (reader), <=, size);
  g_assert_nonnull (nb_vcard_reader_get_problems (reader));
}

/* As a sync reads the address-data of one resource. */
static void
read_one (const uint8_t *data,
          size_t         size)
{
  g_autofree char *text = nb_fuzz_dup_text (data, size);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) contact = nb_vcard_parse (text, warnings, &error);

  g_assert ((contact == NULL) == (error != NULL));
  if (contact != NULL)
    write_and_read_back (contact);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  if (size > NB_FUZZ_MAX_LEN)
    return 0;

  read_stream (data, size);
  read_one (data, size);

  return 0;
}
