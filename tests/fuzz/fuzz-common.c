/* fuzz-common.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

/* A warning or a critical is a crash: GLib's warnings and criticals
 * (g_return_if_fail) are for programmer errors, never for bad input, which
 * our code must answer with a GError or a problem message. The test suite
 * runs with G_DEBUG=fatal-warnings for the same reason. Debug messages and
 * g_message() are dropped, so that a fuzzer's output stays readable. */
static GLogWriterOutput
fatal_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) == 0)
    return G_LOG_WRITER_HANDLED;

  g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
  fprintf (stderr, "fuzz: a GLib warning or critical on this input is a bug\n");
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* Not $G_DEBUG nor $G_MESSAGES_DEBUG: each input runs the same way. */
  g_log_set_writer_func (fatal_writer, NULL, NULL);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  nb_fuzz_target_init ();

  return 0;
}

char *
nb_fuzz_dup_text (const uint8_t *data,
                  size_t         size)
{
  char *text = g_malloc (size + 1);

  if (size > 0)
    memcpy (text, data, size);
  text[size] = '\0';

  return text;
}
