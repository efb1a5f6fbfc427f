/* nb-reloader.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_RELOADER (nb_reloader_get_type ())

G_DECLARE_FINAL_TYPE (NbReloader, nb_reloader, NB, RELOADER, GObject)

/* Reads what the view shows from the store. */
typedef void (*NbReloadFunc) (GtkWidget *view);

NbReloader *nb_reloader_new       (GtkWidget    *view,
                                   NbReloadFunc  reload) G_GNUC_WARN_UNUSED_RESULT;
NbStore    *nb_reloader_get_store (NbReloader   *self);
void        nb_reloader_set_store (NbReloader   *self,
                                   NbStore      *store);
void        nb_reloader_reload    (NbReloader   *self);
void        nb_reloader_queue     (NbReloader   *self);
gboolean    nb_reloader_is_ready  (NbReloader   *self);

G_END_DECLS
