/* nb-introduction-mail.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nb-contact.h"

G_BEGIN_DECLS

void  nb_introduction_mail_compose_ask       (NbContact  *asked,
                                              NbContact  *other,
                                              char      **subject,
                                              char      **body);
void  nb_introduction_mail_compose_introduce (NbContact  *a,
                                              NbContact  *b,
                                              char      **subject,
                                              char      **body);
char *nb_introduction_mail_ask_uri           (NbContact  *asked,
                                              NbContact  *other) G_GNUC_WARN_UNUSED_RESULT;
char *nb_introduction_mail_introduce_uri     (NbContact  *a,
                                              NbContact  *b) G_GNUC_WARN_UNUSED_RESULT;
gboolean nb_introduction_mail_has_address    (NbContact  *contact);

G_END_DECLS
