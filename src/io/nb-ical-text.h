/* nb-ical-text.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * NbIcalLine:
 * @name: the property's name in upper case, without a group; for BEGIN and
 *   END lines, "BEGIN" or "END"
 * @value: for BEGIN and END lines, the component's name in upper case;
 *   otherwise %NULL
 * @raw: the content line as it was written: its folded lines and their
 *   line ends
 * @unfolded: the content line unfolded, without its line end
 *
 * One content line of an iCalendar text (RFC 5545, 3.1).
 */
typedef struct
{
  char *name;
  char *value;
  char *raw;
  char *unfolded;
} NbIcalLine;

void       nb_ical_line_free         (NbIcalLine *line);
GPtrArray *nb_ical_text_split        (const char *text) G_GNUC_WARN_UNUSED_RESULT;
gboolean   nb_ical_line_is           (NbIcalLine *line,
                                      const char *name,
                                      const char *value);
const char *nb_ical_line_get_value   (NbIcalLine *line);
char      *nb_ical_escape_text       (const char *value) G_GNUC_WARN_UNUSED_RESULT;
void       nb_ical_append_folded     (GString    *out,
                                      const char *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbIcalLine, nb_ical_line_free)

G_END_DECLS
