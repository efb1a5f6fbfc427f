/* nb-day-popover.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NB_TYPE_DAY_POPOVER (nb_day_popover_get_type ())

G_DECLARE_FINAL_TYPE (NbDayPopover, nb_day_popover, NB, DAY_POPOVER, GtkPopover)

GtkWidget   *nb_day_popover_new      (void);
void         nb_day_popover_show_day (NbDayPopover *self,
                                      const GDate  *day,
                                      GPtrArray    *birthdays,
                                      GPtrArray    *meals,
                                      GPtrArray    *trains,
                                      GPtrArray    *others);

G_END_DECLS
