/* nb-ical-private.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "nb-ical.h"

G_BEGIN_DECLS

GDateTime *_nb_ical_read_time (icalcomponent *root,
                               icalproperty  *property,
                               gboolean      *date_only) G_GNUC_WARN_UNUSED_RESULT;
gboolean   _nb_ical_check_size (const char    *text,
                                const char    *name,
                                GError       **error);

icalcomponent *_nb_ical_parse_root (const char     *text,
                                    const char     *name,
                                    GList         **calendars,
                                    GError        **error);
const char *_nb_ical_x_value (icalcomponent *component,
                              const char    *name);
void        _nb_ical_append_component_lines (GString       *out,
                                             icalcomponent *component);
void        _nb_ical_append_x (GString    *out,
                               const char *name,
                               const char *value);
void        _nb_ical_add_time (icalcomponent *component,
                               icalproperty  *property,
                               GDateTime     *time,
                               void         (*set) (icalproperty *, struct icaltimetype));

G_END_DECLS
