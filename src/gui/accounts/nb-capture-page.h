/* nb-capture-page.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-account.h"
#include "nb-store.h"

G_BEGIN_DECLS

#define NB_TYPE_CAPTURE_PAGE (nb_capture_page_get_type ())

G_DECLARE_FINAL_TYPE (NbCapturePage, nb_capture_page, NB, CAPTURE_PAGE, GtkBox)

GtkWidget *nb_capture_page_new (NbStore   *store,
                                NbAccount *account);

G_END_DECLS
