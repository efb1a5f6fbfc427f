/* fuzz-common.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* What a target reads at most: a larger input is not read (build-aux/fuzz.sh
 * gives libFuzzer the same -max_len). Real cards, calendars and DAV answers
 * are larger, but what goes wrong in them goes wrong in 64 KiB too, and
 * smaller inputs run faster. */
#define NB_FUZZ_MAX_LEN (64 * 1024)

/* The entry points of libFuzzer, which fuzz-main.c calls too. */
int LLVMFuzzerInitialize   (int             *argc,
                            char          ***argv);
int LLVMFuzzerTestOneInput (const uint8_t   *data,
                            size_t           size);

/* Each target's own set-up, once, from LLVMFuzzerInitialize(). */
void nb_fuzz_target_init   (void);

/* @data as a string: a copy with a NUL after it. */
char *nb_fuzz_dup_text     (const uint8_t   *data,
                            size_t           size) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
