/* nb-types.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _NbAddress          NbAddress;
typedef struct _NbBirthday         NbBirthday;
typedef struct _NbContact          NbContact;
typedef struct _NbContactList      NbContactList;
typedef struct _NbField            NbField;
typedef struct _NbStore            NbStore;
typedef struct _NbStoreTransaction NbStoreTransaction;

G_END_DECLS
