/* nb-contact-editor.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nb-contact.h"

G_BEGIN_DECLS

#define NB_TYPE_CONTACT_EDITOR (nb_contact_editor_get_type ())

G_DECLARE_FINAL_TYPE (NbContactEditor, nb_contact_editor, NB, CONTACT_EDITOR, GtkWidget)

GtkWidget *nb_contact_editor_new          (void);
NbContact *nb_contact_editor_get_original (NbContactEditor  *self);
void       nb_contact_editor_edit         (NbContactEditor  *self,
                                           NbContact        *contact);
NbContact *nb_contact_editor_build_draft  (NbContactEditor  *self,
                                           GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   nb_contact_editor_is_dirty     (NbContactEditor  *self);
void       nb_contact_editor_focus_name   (NbContactEditor  *self);

G_END_DECLS
