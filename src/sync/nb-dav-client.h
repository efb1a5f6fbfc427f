/* nb-dav-client.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * NbDavKind:
 * @NB_DAV_ADDRESSBOOK: a CardDAV address book, of vCards
 * @NB_DAV_CALENDAR: a CalDAV calendar, of iCalendar events
 * @NB_DAV_JOURNAL: a CalDAV calendar of journal entries (VJOURNAL) only
 */
typedef enum
{
  NB_DAV_ADDRESSBOOK,
  NB_DAV_CALENDAR,
  NB_DAV_JOURNAL,
} NbDavKind;

/**
 * NbDavResource:
 * @href: its path on the server
 * @etag: (nullable): its entity tag
 * @data: (nullable): its content, when asked for
 * @deleted: whether it was deleted (in a sync-collection report)
 *
 * A card or an event on the server.
 */
typedef struct
{
  char     *href;
  char     *etag;
  char     *data;
  gboolean  deleted;
} NbDavResource;

/**
 * NbDavCollection:
 * @href: its path on the server
 * @display_name: (nullable): its name
 * @kind: what it holds
 * @ctag: (nullable): its getctag, which changes with any of its content
 * @sync_token: (nullable): its sync-token, when it supports sync-collection
 *
 * An address book or a calendar on the server.
 */
typedef struct
{
  char      *href;
  char      *display_name;
  NbDavKind  kind;
  char      *ctag;
  char      *sync_token;
} NbDavCollection;

void  nb_dav_resource_free   (NbDavResource   *resource);
void  nb_dav_collection_free (NbDavCollection *collection);
char *nb_dav_href_child      (const char      *collection,
                              const char      *name) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbDavResource, nb_dav_resource_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbDavCollection, nb_dav_collection_free)

#define NB_TYPE_DAV_CLIENT (nb_dav_client_get_type ())

G_DECLARE_FINAL_TYPE (NbDavClient, nb_dav_client, NB, DAV_CLIENT, GObject)

NbDavClient *nb_dav_client_new               (const char    *url,
                                              const char    *user,
                                              const char    *password,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
const char  *nb_dav_client_get_url           (NbDavClient   *self);
char        *nb_dav_client_resolve           (NbDavClient   *self,
                                              const char    *href) G_GNUC_WARN_UNUSED_RESULT;
gboolean     nb_dav_client_discover          (NbDavClient   *self,
                                              char         **addressbook_home,
                                              char         **calendar_home,
                                              GCancellable  *cancellable,
                                              GError       **error);
GPtrArray   *nb_dav_client_list_collections  (NbDavClient   *self,
                                              const char    *home,
                                              GCancellable  *cancellable,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     nb_dav_client_create_collection (NbDavClient   *self,
                                              const char    *href,
                                              NbDavKind      kind,
                                              const char    *display_name,
                                              GCancellable  *cancellable,
                                              GError       **error);
NbDavCollection *nb_dav_client_get_collection (NbDavClient  *self,
                                              const char    *href,
                                              GCancellable  *cancellable,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *nb_dav_client_sync_collection   (NbDavClient   *self,
                                              const char    *href,
                                              const char    *sync_token,
                                              char         **new_sync_token,
                                              GCancellable  *cancellable,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *nb_dav_client_list_etags        (NbDavClient   *self,
                                              const char    *href,
                                              GCancellable  *cancellable,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *nb_dav_client_multiget          (NbDavClient   *self,
                                              const char    *collection,
                                              NbDavKind      kind,
                                              GPtrArray     *hrefs,
                                              GCancellable  *cancellable,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_dav_client_get               (NbDavClient   *self,
                                              const char    *href,
                                              char         **etag,
                                              GCancellable  *cancellable,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
char        *nb_dav_client_put               (NbDavClient   *self,
                                              const char    *href,
                                              NbDavKind      kind,
                                              const char    *data,
                                              const char    *if_match,
                                              GCancellable  *cancellable,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     nb_dav_client_delete            (NbDavClient   *self,
                                              const char    *href,
                                              const char    *if_match,
                                              GCancellable  *cancellable,
                                              GError       **error);

G_END_DECLS
