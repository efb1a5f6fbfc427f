/* nb-text.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *nb_text_normalize      (const char *text) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_text_fold           (const char *text) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_text_sort_key       (const char *name) G_GNUC_WARN_UNUSED_RESULT;
const char *nb_text_collation_id   (void);
char       *nb_text_fts_query      (const char *search) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_text_digits         (const char *text) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_text_strip_dup      (const char *text) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_text_drop_controls  (const char *text) G_GNUC_WARN_UNUSED_RESULT;
char       *nb_text_phone_key      (const char *phone) G_GNUC_WARN_UNUSED_RESULT;
guint       nb_text_edit_distance  (const char *a,
                                    const char *b,
                                    guint       max);

G_END_DECLS
