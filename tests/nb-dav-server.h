/* nb-dav-server.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nb-dav-client.h"

G_BEGIN_DECLS

/* A DAV server of the test's own (see nb-dav-server.c). A test that uses
 * G_TEST_OPTION_ISOLATE_DIRS and a #SoupSession with the default proxy
 * resolver needs GIO_USE_PROXY_RESOLVER=dummy (tests/meson.build sets it). */
typedef struct _NbDavServer NbDavServer;

/**
 * NbDavServerKind:
 * @NB_DAV_SERVER_RADICALE: Radicale, which checks the passwords itself
 * @NB_DAV_SERVER_XANDIKOS: Xandikos, one for each user, behind the test
 *   proxy, which checks the passwords
 */
typedef enum
{
  NB_DAV_SERVER_RADICALE,
  NB_DAV_SERVER_XANDIKOS,
} NbDavServerKind;

/**
 * NbDavServerFlags:
 * @NB_DAV_SERVER_DEFAULT: behind the test proxy (tests/dav-proxy.py),
 *   which can make a resource fail
 * @NB_DAV_SERVER_DIRECT: Radicale only: no proxy, as for the benchmark
 */
typedef enum
{
  NB_DAV_SERVER_DEFAULT = 0,
  NB_DAV_SERVER_DIRECT  = 1 << 0,
} NbDavServerFlags;

/**
 * NbDavFault:
 * @NB_DAV_FAULT_STATUS: the resource's response in a multiget carries the
 *   status instead of the resource
 * @NB_DAV_FAULT_DROP: the resource's response is left out of a multiget
 *
 * How a resource fails in the answer to a multiget REPORT. A request for
 * the resource itself is answered with the status either way.
 */
typedef enum
{
  NB_DAV_FAULT_STATUS,
  NB_DAV_FAULT_DROP,
} NbDavFault;

/**
 * NbDavServerEntry:
 * @path: its path on the server, resolved and percent-encoded as the server
 *   wrote it
 * @etag: (nullable): its ETag
 * @display_name: (nullable): its name
 * @collection: whether it is a collection
 * @kind: for a collection, whether it is an address book or a calendar,
 *   -1 for neither
 * @components: (nullable): for a calendar, the components it takes
 *   (supported-calendar-component-set), such as "VEVENT VTODO"
 *
 * What a PROPFIND lists.
 */
typedef struct
{
  char     *path;
  char     *etag;
  char     *display_name;
  gboolean  collection;
  int       kind;
  char     *components;
} NbDavServerEntry;

NbDavServerKind  nb_dav_server_kind_from_env (void);
NbDavServer *nb_dav_server_start          (NbDavServerKind    kind,
                                           NbDavServerFlags   flags,
                                           GError           **error) G_GNUC_WARN_UNUSED_RESULT;
NbDavServer *nb_dav_server_start_default  (GError           **error) G_GNUC_WARN_UNUSED_RESULT;
NbDavServerKind nb_dav_server_get_kind    (NbDavServer       *self);
const char  *nb_dav_server_get_name       (NbDavServer       *self);
const char  *nb_dav_server_get_url        (NbDavServer       *self);
const char  *nb_dav_server_get_storage    (NbDavServer       *self);
char        *nb_dav_server_get_home       (NbDavServer       *self,
                                           const char        *user,
                                           NbDavKind          kind) G_GNUC_WARN_UNUSED_RESULT;
void         nb_dav_server_stop           (NbDavServer       *self);
void         nb_dav_server_kill           (NbDavServer       *self);
gboolean     nb_dav_server_restart        (NbDavServer       *self,
                                           GError           **error);
guint        nb_dav_server_http           (NbDavServer       *self,
                                           const char        *method,
                                           const char        *path,
                                           const char        *user,
                                           const char        *password,
                                           const char        *content_type,
                                           const char        *body,
                                           char             **response,
                                           char             **etag);
GPtrArray   *nb_dav_server_list           (NbDavServer       *self,
                                           const char        *path,
                                           const char        *user,
                                           const char        *password) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_dav_server_read_all       (NbDavServer       *self,
                                           const char        *path,
                                           const char        *user,
                                           const char        *password) G_GNUC_WARN_UNUSED_RESULT;
void         nb_dav_server_set_fault      (NbDavServer       *self,
                                           const char        *path,
                                           guint              status,
                                           NbDavFault         fault);
guint        nb_dav_server_clear_fault    (NbDavServer       *self);
void         nb_dav_server_free           (NbDavServer       *self);

void         nb_dav_server_entry_free     (NbDavServerEntry  *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbDavServer, nb_dav_server_free)

G_END_DECLS
