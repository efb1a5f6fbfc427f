/* nb-dav-client.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-dav-client"

#include "config.h"

#include <netinet/in.h>
#include <netinet/tcp.h>

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <string.h>

#include "nb-dav-client-private.h"
#include "nb-dav-client.h"
#include "nb-sync-error.h"

/**
 * NbDavClient:
 *
 * A CardDAV and CalDAV client for one account: a server address, a user
 * name and a password.
 *
 * Every call blocks until the server has answered, so callers run them in
 * a worker thread (a #GTask), with a #GCancellable to stop them.
 *
 * Hrefs: the server may percent-encode paths in its own way (Radicale
 * answers `/alice/book/Zo%C3%AB.vcf` when asked for `/alice/book/Zoë.vcf`).
 * So every href this client returns, and every href it sends, is brought
 * into one form first: the path alone (when it is on the client's server),
 * each segment percent-decoded and then encoded again, keeping only
 * unreserved characters and the sub-delimiters `!$&'()*+,;=:@` as they are.
 * Two hrefs name the same resource exactly when these forms are equal, so
 * callers may compare them with strcmp().
 */
struct _NbDavClient
{
  GObject      parent_instance;

  SoupSession *session;
  GUri        *base;
  char        *url;
  char        *host;        /* host:port, for messages */
  char        *origin;      /* scheme://host:port, where credentials go */
  char        *authorization;
};

G_DEFINE_FINAL_TYPE (NbDavClient, nb_dav_client, G_TYPE_OBJECT)

#define NS_DAV "DAV:"
#define NS_CARDDAV "urn:ietf:params:xml:ns:carddav"
#define NS_CALDAV "urn:ietf:params:xml:ns:caldav"
#define NS_CS "http://calendarserver.org/ns/"

/* No answer of a DAV server that we read is bigger than this. The answer
 * is held whole, but a multistatus is read as it streams (see
 * Multistatus): memory is this plus the results, not ten times this for
 * an XML tree. test-limits reads 63 MiB of 383,000 ETags in at most
 * 200 MiB (170 MiB measured, 651 MiB with a whole tree). */
#define MAX_RESPONSE_SIZE (64 * 1024 * 1024)
#define MAX_REDIRECTS 5
#define MULTIGET_BATCH 100
/* Of silence, not of a whole answer: a server can think for a minute
 * before it lists a collection of tens of thousands of cards. */
#define TIMEOUT_SECONDS 120

#define HREF_ALLOWED "!$&'()*+,;=:@"

void
nb_dav_resource_free (NbDavResource *resource)
{
  if (resource == NULL)
    return;

  g_free (resource->href);
  g_free (resource->etag);
  g_free (resource->data);
  g_free (resource);
}

void
nb_dav_collection_free (NbDavCollection *collection)
{
  if (collection == NULL)
    return;

  g_free (collection->href);
  g_free (collection->display_name);
  g_free (collection->ctag);
  g_free (collection->sync_token);
  g_free (collection);
}

/* Hrefs */

/**
 * nb_dav_href_child:
 * @collection: a collection's href
 * @name: a file name, such as a UID with ".vcf"; any character goes
 *
 * Makes the href of a resource named @name in @collection, with @name
 * percent-encoded as #NbDavClient sends and returns hrefs.
 *
 * Returns: (transfer full): the href
 */
char *
nb_dav_href_child (const char *collection,
                   const char *name)
{
  GString *href;

  g_return_val_if_fail (collection != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  href = g_string_new (collection);
  if (href->len == 0 || href->str[href->len - 1] != '/')
    g_string_append_c (href, '/');
  g_string_append_uri_escaped (href, name, HREF_ALLOWED, FALSE);

  return g_string_free (href, FALSE);
}

static char *
normalize_path (const char *path)
{
  g_auto(GStrv) segments = g_strsplit (path, "/", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; segments[i] != NULL; i++)
    {
      g_autofree char *decoded = g_uri_unescape_string (segments[i], NULL);

      if (i > 0)
        g_string_append_c (out, '/');

      /* A segment that does not decode (a stray "%", an encoded NUL)
       * stays as the server wrote it. */
      if (decoded == NULL)
        g_string_append (out, segments[i]);
      else
        g_string_append_uri_escaped (out, decoded, HREF_ALLOWED, FALSE);
    }

  if (out->len == 0 || out->str[0] != '/')
    g_string_prepend_c (out, '/');

  return g_string_free (out, FALSE);
}

static char *
uri_origin (GUri *uri)
{
  const char *host = g_uri_get_host (uri);

  return g_strdup_printf ("%s://%s:%d",
                          g_uri_get_scheme (uri),
                          host != NULL ? host : "",
                          g_uri_get_port (uri));
}

/* A URL without the scheme's default port. */
static char *
join_url (const char *scheme,
          const char *host,
          int         port,
          const char *path)
{
  if ((port == 80 && g_strcmp0 (scheme, "http") == 0) ||
      (port == 443 && g_strcmp0 (scheme, "https") == 0))
    port = -1;

  return g_uri_join (G_URI_FLAGS_ENCODED, scheme, NULL, host, port, path, NULL, NULL);
}

/* Brings an href (an absolute path, a relative reference or a full URL)
 * into the form described at the top of this file, resolved against @base
 * as RFC 3986 says. Paths on another server stay full URLs. */
static char *
normalize_href_against (NbDavClient *self,
                        GUri        *base,
                        const char  *href)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *path = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *scheme = NULL;

  /* Servers and callers may write spaces and non-ASCII letters unencoded;
   * GUri wants them encoded, and % stays as it is. */
  escaped = g_uri_escape_string (href, G_URI_RESERVED_CHARS_GENERIC_DELIMITERS
                                 G_URI_RESERVED_CHARS_SUBCOMPONENT_DELIMITERS "%", FALSE);

  /* A relative name whose first segment holds a colon ("urn:uuid:1.vcf",
   * written unencoded) would read as a URI of scheme "urn"; RFC 3986, 4.2
   * writes it "./urn:uuid:1.vcf". Only http and https are addresses here. */
  scheme = g_uri_parse_scheme (escaped);
  if (scheme != NULL &&
      g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    {
      g_autofree char *dotted = g_strconcat ("./", escaped, NULL);

      g_free (escaped);
      escaped = g_steal_pointer (&dotted);
    }

  /* An http address without a host ("http:/..//x", found by fuzzing) is
   * no address either. */
  uri = g_uri_parse_relative (base, escaped, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return normalize_path (href);

  path = normalize_path (g_uri_get_path (uri));
  origin = uri_origin (uri);
  if (g_strcmp0 (origin, self->origin) == 0)
    return g_steal_pointer (&path);

  return join_url (g_uri_get_scheme (uri), g_uri_get_host (uri), g_uri_get_port (uri), path);
}

/* An href of a caller: an absolute path, a path relative to the server
 * address, or a full URL. */
char *
_nb_dav_client_normalize_href (NbDavClient *self,
                               const char  *href)
{
  g_assert (NB_IS_DAV_CLIENT (self));
  g_assert (href != NULL);

  return normalize_href_against (self, self->base, href);
}

static char *
make_url (NbDavClient *self,
          const char  *href)
{
  g_autofree char *normal = NULL;

  if (href == NULL || *href == '\0')
    return g_strdup (self->url);

  normal = _nb_dav_client_normalize_href (self, href);
  if (normal[0] != '/')
    return g_steal_pointer (&normal);

  return join_url (g_uri_get_scheme (self->base), g_uri_get_host (self->base),
                   g_uri_get_port (self->base), normal);
}

/* Errors */

static void
set_transport_error (NbDavClient  *self,
                     GError       *source,
                     GError      **error)
{
  if (g_error_matches (source, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_error_copy (source));
      return;
    }

  g_debug ("Request to %s failed: %s", self->host, source->message);

  /* Other TLS failures (a server that does not speak TLS on that port, a
   * failed handshake) are not about trust. */
  if (g_error_matches (source, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE) ||
      g_error_matches (source, G_TLS_ERROR, G_TLS_ERROR_CERTIFICATE_REQUIRED))
    g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_CERTIFICATE,
                 _("The certificate of %s is not trusted"), self->host);
  else if (g_error_matches (source, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE,
                 _("%s did not answer in time"), self->host);
  else if (source->domain == SOUP_SESSION_ERROR)
    g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                 _("The answer of %s cannot be read"), self->host);
  else
    g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE,
                 _("Cannot reach %s"), self->host);
}

static gboolean
body_mentions (GBytes     *body,
               const char *word)
{
  gsize len = 0;
  const char *data;

  if (body == NULL)
    return FALSE;

  data = g_bytes_get_data (body, &len);
  return data != NULL && g_strstr_len (data, len, word) != NULL;
}

/* Sets @error for an HTTP status that is not a success. */
static void
set_status_error (NbDavClient  *self,
                  guint         status,
                  GBytes       *body,
                  GError      **error)
{
  switch (status)
    {
    case SOUP_STATUS_UNAUTHORIZED:
    case SOUP_STATUS_FORBIDDEN:
    case SOUP_STATUS_PROXY_AUTHENTICATION_REQUIRED:
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH,
                   _("The server refused the user name or password for %s"), self->host);
      break;

    case SOUP_STATUS_NOT_FOUND:
    case SOUP_STATUS_GONE:
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NOT_FOUND,
                   _("Nothing was found at this address on %s"), self->host);
      break;

    case SOUP_STATUS_PRECONDITION_FAILED:
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_CHANGED,
                   _("It changed on %s meanwhile"), self->host);
      break;

    default:
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_SERVER,
                   _("%s answered with an error (%u)"), self->host, status);
      break;
    }
}

/* Requests */

static gboolean
is_redirect (guint status)
{
  return status == SOUP_STATUS_MOVED_PERMANENTLY ||
         status == SOUP_STATUS_FOUND ||
         status == SOUP_STATUS_TEMPORARY_REDIRECT ||
         status == SOUP_STATUS_PERMANENT_REDIRECT;
}

static GBytes *
read_bounded (GInputStream  *stream,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[16384];

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;

      if (data->len + (gsize) n > MAX_RESPONSE_SIZE)
        {
          g_set_error_literal (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                               _("The server’s answer is too big"));
          return NULL;
        }

      g_byte_array_append (data, buffer, n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/*
 * send_request:
 * @method: the HTTP method
 * @href: (nullable): where to, an href or a full URL; %NULL for the
 *   client's URL
 * @depth: (nullable): the Depth header
 * @content_type: (nullable): the type of @body
 * @body: (nullable): the request body
 * @if_match: (nullable): the If-Match header
 * @if_none_match: (nullable): the If-None-Match header
 * @follow: whether to follow redirects (safe methods only)
 * @status: (out): the final HTTP status
 * @etag: (out) (optional): the ETag header of the answer, %NULL if none
 * @final_url: (out) (optional): the address that answered, after
 *   redirects: relative hrefs in the answer are relative to it
 *
 * Sends a request with the credentials up front and reads the whole
 * answer, within MAX_RESPONSE_SIZE. Any HTTP status comes back with its
 * body; only transport failures set @error.
 */
/* A request's headers and body may leave in two writes: with Nagle's
 * algorithm the second can wait for the server's delayed ACK. */
static void
network_event_cb (SoupMessage        *msg,
                  GSocketClientEvent  event,
                  GIOStream          *connection,
                  gpointer            user_data)
{
  GSocket *socket;

  if (event != G_SOCKET_CLIENT_CONNECTED || !G_IS_SOCKET_CONNECTION (connection))
    return;

  socket = g_socket_connection_get_socket (G_SOCKET_CONNECTION (connection));
  if (g_socket_get_family (socket) != G_SOCKET_FAMILY_UNIX)
    g_socket_set_option (socket, IPPROTO_TCP, TCP_NODELAY, TRUE, NULL);
}

static GBytes *
send_request (NbDavClient   *self,
              const char    *method,
              const char    *href,
              const char    *depth,
              const char    *content_type,
              const char    *body,
              const char    *if_match,
              const char    *if_none_match,
              gboolean       follow,
              guint         *status,
              char         **etag,
              GUri         **final_url,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *url = make_url (self, href);
  g_autoptr(GBytes) body_bytes = NULL;

  if (body != NULL)
    body_bytes = g_bytes_new (body, strlen (body));

  for (guint hop = 0; ; hop++)
    {
      g_autoptr(SoupMessage) msg = NULL;
      g_autoptr(GInputStream) stream = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GUri) uri = NULL;
      g_autofree char *origin = NULL;
      g_autoptr(GBytes) answer = NULL;
      SoupMessageHeaders *headers;
      const char *location;
      goffset length;

      uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
      if (uri == NULL ||
          (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 &&
           g_strcmp0 (g_uri_get_scheme (uri), "https") != 0))
        {
          g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                       _("%s sent an address that cannot be used"), self->host);
          return NULL;
        }

      msg = soup_message_new_from_uri (method, uri);
      soup_message_set_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
      g_signal_connect (msg, "network-event", G_CALLBACK (network_event_cb), NULL);
      headers = soup_message_get_request_headers (msg);

      /* Credentials go only to the server of the account. */
      origin = uri_origin (uri);
      if (g_strcmp0 (origin, self->origin) == 0)
        soup_message_headers_replace (headers, "Authorization", self->authorization);

      if (depth != NULL)
        soup_message_headers_replace (headers, "Depth", depth);
      if (if_match != NULL)
        soup_message_headers_replace (headers, "If-Match", if_match);
      if (if_none_match != NULL)
        soup_message_headers_replace (headers, "If-None-Match", if_none_match);
      if (body_bytes != NULL)
        soup_message_set_request_body_from_bytes (msg,
                                                  content_type != NULL
                                                    ? content_type
                                                    : "application/xml; charset=utf-8",
                                                  body_bytes);

      stream = soup_session_send (self->session, msg, cancellable, &local_error);
      if (stream == NULL)
        {
          set_transport_error (self, local_error, error);
          return NULL;
        }

      headers = soup_message_get_response_headers (msg);
      length = soup_message_headers_get_content_length (headers);
      if (length > MAX_RESPONSE_SIZE)
        {
          g_set_error_literal (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                               _("The server’s answer is too big"));
          return NULL;
        }

      answer = read_bounded (stream, cancellable, &local_error);
      if (answer == NULL)
        {
          if (local_error->domain == NB_SYNC_ERROR)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            set_transport_error (self, local_error, error);
          return NULL;
        }

      *status = soup_message_get_status (msg);
      location = soup_message_headers_get_one (headers, "Location");

      if (follow && is_redirect (*status) && location != NULL)
        {
          g_autoptr(GUri) next = NULL;

          if (hop >= MAX_REDIRECTS)
            {
              g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                           _("%s redirects too often"), self->host);
              return NULL;
            }

          next = g_uri_parse_relative (uri, location, SOUP_HTTP_URI_FLAGS, NULL);
          if (next == NULL)
            {
              g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                           _("%s sent an address that cannot be used"), self->host);
              return NULL;
            }

          g_free (url);
          url = g_uri_to_string (next);
          continue;
        }

      if (etag != NULL)
        *etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
      if (final_url != NULL)
        *final_url = g_steal_pointer (&uri);

      return g_steal_pointer (&answer);
    }
}

/* XML */

static gboolean
is_element (xmlNode    *node,
            const char *ns,
            const char *name)
{
  return node != NULL &&
         node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, ns) == 0 &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

static xmlNode *
find_child (xmlNode    *parent,
            const char *ns,
            const char *name)
{
  if (parent == NULL)
    return NULL;

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (is_element (child, ns, name))
      return child;

  return NULL;
}

static char *
node_text (xmlNode  *node,
           gboolean  strip)
{
  xmlChar *content;
  char *text;

  if (node == NULL)
    return NULL;

  content = xmlNodeGetContent (node);
  if (content == NULL)
    return NULL;

  /* libxml2 2.9 passes a CDATA section through as the push parser that
   * xmlTextReader uses gets it, checking only that each sequence decodes
   * to a character: an overlong form (C0 AF for "/") gets through. Such a
   * text is not there at all: a resource without its data is fetched
   * again on its own, and that answer is checked as a whole. */
  if (!g_utf8_validate ((const char *) content, -1, NULL))
    {
      g_debug ("Ignoring the text of <%s>: not UTF-8", (const char *) node->name);
      xmlFree (content);
      return NULL;
    }

  text = g_strdup ((const char *) content);
  xmlFree (content);

  if (strip)
    g_strstrip (text);

  return text;
}

/* "HTTP/1.1 404 Not Found" → 404; 0 when it cannot be read. */
static guint
parse_status_line (xmlNode *node)
{
  g_autofree char *text = node_text (node, TRUE);
  const char *space;
  guint64 code;

  if (text == NULL)
    return 0;

  space = strchr (text, ' ');
  if (space == NULL)
    return 0;

  code = g_ascii_strtoull (space + 1, NULL, 10);
  return code >= 100 && code < 600 ? (guint) code : 0;
}

/* A multistatus answer, read as it streams: the body and the address that
 * gave it: an href in it may be relative, and is then relative to that
 * address (RFC 4918, 8.3), which is the collection's for a REPORT or a
 * PROPFIND of it.
 *
 * The whole answer is never a tree: libxml2's reader walks it, and each
 * child of the root becomes a tree of its own (xmlTextReaderExpand()),
 * freed as the reader goes on to the next. Memory is then the answer
 * (within MAX_RESPONSE_SIZE), one response, and what the caller makes of
 * the responses, instead of some ten times the answer for a whole tree. */
typedef struct
{
  GBytes          *body;
  GUri            *base;
  xmlTextReader   *reader;      /* NULL once read to the end */
  gboolean         on_child;    /* the reader is on a child of the root */
  gboolean         broken;      /* the answer is not well-formed XML */
  gboolean         has_token;
  char            *sync_token;  /* of the first DAV:sync-token of the root */
} Multistatus;

static void
multistatus_clear (Multistatus *ms)
{
  g_clear_pointer (&ms->reader, xmlFreeTextReader);
  g_clear_pointer (&ms->body, g_bytes_unref);
  g_clear_pointer (&ms->base, g_uri_unref);
  g_clear_pointer (&ms->sync_token, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Multistatus, multistatus_clear)

static gboolean
reader_is_element (xmlTextReader *reader,
                   const char    *ns,
                   const char    *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstNamespaceUri (reader), ns) == 0 &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

/* How much of @data libxml2 reads as a whole document: it ends a document
 * at a NUL character, where one after the root is the end and one before
 * it an error. Its reader reads on and would refuse the first too, so it
 * is given the bytes before the NUL only. In UTF-16 (told by its first
 * bytes, as libxml2 does) a character is two bytes; in UCS-4 or EBCDIC,
 * all is read. */
static gsize
xml_length (const char *data,
            gsize       len)
{
  const guchar *bytes = (const guchar *) data;
  gsize unit = 1;
  gsize start = 0;

  if (len >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) ||
                   (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    {
      unit = 2;
      start = 2;
    }
  else if (len >= 4 && ((bytes[0] == '<' && bytes[1] == 0 && bytes[2] == '?' && bytes[3] == 0) ||
                        (bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] == '?')))
    {
      unit = 2;
    }
  else if (memchr (data, '\0', MIN (len, 4)) != NULL)
    {
      return len;
    }

  for (gsize i = start; i + unit <= len; i += unit)
    if (bytes[i] == 0 && (unit == 1 || bytes[i + 1] == 0))
      return i;

  return len;
}

/* Starts reading @body, the answer of @base (transfer full), into @ms:
 * fails unless it begins with a DAV:multistatus element. The rest is read
 * by multistatus_next_response() and multistatus_end(). */
static gboolean
parse_multistatus (NbDavClient  *self,
                   GBytes       *body,
                   GUri         *base,
                   Multistatus  *ms,
                   GError      **error)
{
  const char *data;
  gsize len = 0;
  int ret;

  ms->base = base;
  ms->body = g_bytes_ref (body);
  data = g_bytes_get_data (body, &len);

  if (data != NULL && len > 0 && len <= MAX_RESPONSE_SIZE)
    {
      len = xml_length (data, len);

      /* No network, no entity substitution, no DTD loading, quietly. */
      ms->reader = xmlReaderForMemory (data, (int) len, NULL, NULL,
                                       XML_PARSE_NONET | XML_PARSE_NOERROR |
                                       XML_PARSE_NOWARNING);
    }

  if (ms->reader != NULL)
    {
      do
        ret = xmlTextReaderRead (ms->reader);
      while (ret == 1 && xmlTextReaderNodeType (ms->reader) != XML_READER_TYPE_ELEMENT);

      if (ret == 1 && reader_is_element (ms->reader, NS_DAV, "multistatus"))
        return TRUE;
    }

  g_clear_pointer (&ms->reader, xmlFreeTextReader);
  g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
               _("The answer of %s cannot be read"), self->host);
  return FALSE;
}

/* Reads @data as if it were the answer of @href (the server address
 * when %NULL), for the parsers below that the fuzzers and tests call
 * without a request. */
static gboolean
parse_answer_of (NbDavClient  *self,
                 const char   *data,
                 gsize         len,
                 const char   *href,
                 Multistatus  *ms,
                 GError      **error)
{
  g_autofree char *url = make_url (self, href);
  g_autoptr(GBytes) body = g_bytes_new_static (data, len);

  return parse_multistatus (self, body, g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL),
                            ms, error);
}

/* The next DAV:response child of the root, as a tree of its own that lasts
 * until the next call; NULL at the end of the answer, or where it stops
 * being well-formed (then multistatus_end() fails). On the way, keeps the
 * text of the first DAV:sync-token child of the root. */
static xmlNode *
multistatus_next_response (Multistatus *ms)
{
  while (ms->reader != NULL)
    {
      xmlNode *node;
      int ret;

      /* A child of the root read already: on to its next sibling, which
       * lets the reader free it. */
      if (ms->on_child)
        ret = xmlTextReaderNext (ms->reader);
      else
        ret = xmlTextReaderRead (ms->reader);
      ms->on_child = FALSE;

      if (ret != 1)
        {
          ms->broken = ret < 0;
          g_clear_pointer (&ms->reader, xmlFreeTextReader);
          break;
        }

      /* Text, comments and the end of the root. */
      if (xmlTextReaderDepth (ms->reader) != 1 ||
          xmlTextReaderNodeType (ms->reader) != XML_READER_TYPE_ELEMENT)
        continue;

      node = xmlTextReaderExpand (ms->reader);
      if (node == NULL)
        {
          ms->broken = TRUE;
          g_clear_pointer (&ms->reader, xmlFreeTextReader);
          break;
        }
      ms->on_child = TRUE;

      if (is_element (node, NS_DAV, "response"))
        return node;

      if (!ms->has_token && is_element (node, NS_DAV, "sync-token"))
        {
          ms->has_token = TRUE;
          ms->sync_token = node_text (node, TRUE);
        }
    }

  return NULL;
}

/* Reads the rest of the answer; fails when it is not well-formed XML, and
 * then nothing read from it counts. */
static gboolean
multistatus_end (NbDavClient  *self,
                 Multistatus  *ms,
                 GError      **error)
{
  while (multistatus_next_response (ms) != NULL)
    ;

  if (ms->broken)
    {
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                   _("The answer of %s cannot be read"), self->host);
      return FALSE;
    }

  return TRUE;
}

/* The href in @node, resolved and in normal form. */
static char *
node_href (NbDavClient *self,
           Multistatus *ms,
           xmlNode     *node)
{
  g_autofree char *href = node_text (find_child (node, NS_DAV, "href"), TRUE);

  if (href == NULL || *href == '\0')
    return NULL;

  return normalize_href_against (self, ms->base, href);
}

/* The element @ns:@name in a propstat of @response whose status is a
 * success (or missing). */
static xmlNode *
response_prop (xmlNode    *response,
               const char *ns,
               const char *name)
{
  for (xmlNode *propstat = response->children; propstat != NULL; propstat = propstat->next)
    {
      xmlNode *status_node;
      xmlNode *found;
      guint status;

      if (!is_element (propstat, NS_DAV, "propstat"))
        continue;

      status_node = find_child (propstat, NS_DAV, "status");
      status = status_node != NULL ? parse_status_line (status_node) : 200;
      if (!SOUP_STATUS_IS_SUCCESSFUL (status))
        continue;

      found = find_child (find_child (propstat, NS_DAV, "prop"), ns, name);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The status of the response itself, not of a propstat; 0 if none. */
static guint
response_status (xmlNode *response)
{
  xmlNode *node = find_child (response, NS_DAV, "status");

  return node != NULL ? parse_status_line (node) : 0;
}

static char *
response_prop_text (xmlNode    *response,
                    const char *ns,
                    const char *name)
{
  g_autofree char *text = node_text (response_prop (response, ns, name), TRUE);

  if (text == NULL || *text == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

/* The href inside a property such as current-user-principal. */
static char *
response_prop_href (NbDavClient *self,
                    Multistatus *ms,
                    xmlNode     *response,
                    const char  *ns,
                    const char  *name)
{
  return node_href (self, ms, response_prop (response, ns, name));
}

/* Requests that answer with a multistatus */

static gboolean
request_multistatus (NbDavClient   *self,
                     const char    *method,
                     const char    *href,
                     const char    *depth,
                     const char    *body,
                     gboolean       follow,
                     Multistatus   *ms,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GUri) base = NULL;
  guint status = 0;

  answer = send_request (self, method, href, depth, NULL, body, NULL, NULL, follow,
                         &status, NULL, &base, cancellable, error);
  if (answer == NULL)
    return FALSE;

  if (status != SOUP_STATUS_MULTI_STATUS)
    {
      if (SOUP_STATUS_IS_SUCCESSFUL (status))
        g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                     _("The answer of %s cannot be read"), self->host);
      else
        set_status_error (self, status, answer, error);
      return FALSE;
    }

  return parse_multistatus (self, answer, g_steal_pointer (&base), ms, error);
}

static gboolean
propfind (NbDavClient   *self,
          const char    *href,
          const char    *depth,
          const char    *props,
          Multistatus   *ms,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autofree char *body = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                           "<D:propfind xmlns:D=\"DAV:\""
                                           " xmlns:CR=\"" NS_CARDDAV "\""
                                           " xmlns:C=\"" NS_CALDAV "\""
                                           " xmlns:CS=\"" NS_CS "\">"
                                           "<D:prop>%s</D:prop></D:propfind>",
                                           props);

  return request_multistatus (self, "PROPFIND", href, depth, body, TRUE, ms,
                              cancellable, error);
}

/* GObject */

static void
nb_dav_client_finalize (GObject *object)
{
  NbDavClient *self = (NbDavClient *)object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->base, g_uri_unref);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->host, g_free);
  g_clear_pointer (&self->origin, g_free);
  if (self->authorization != NULL)
    memset (self->authorization, 0, strlen (self->authorization));
  g_clear_pointer (&self->authorization, g_free);

  G_OBJECT_CLASS (nb_dav_client_parent_class)->finalize (object);
}

static void
nb_dav_client_class_init (NbDavClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_dav_client_finalize;

  /* libxml2 wants this once, before threads parse. */
  xmlInitParser ();
}

static void
nb_dav_client_init (NbDavClient *self)
{
}

/* Public API */

/**
 * nb_dav_client_new:
 * @url: the server's address, http or https
 * @user: the user name
 * @password: the password
 * @error: return location for an error
 *
 * Makes a client for one account. It sends the credentials with every
 * request (HTTP Basic), and only to the server of @url.
 *
 * Returns: (transfer full): the client, or %NULL with
 *   %NB_SYNC_ERROR_INVALID when @url is not a web address
 */
NbDavClient *
nb_dav_client_new (const char  *url,
                   const char  *user,
                   const char  *password,
                   GError     **error)
{
  g_autoptr(NbDavClient) self = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autofree char *credentials = NULL;
  g_autofree char *encoded = NULL;
  const char *scheme;

  g_return_val_if_fail (url != NULL, NULL);
  g_return_val_if_fail (user != NULL, NULL);
  g_return_val_if_fail (password != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL ||
      (g_strcmp0 (scheme, "http") != 0 && g_strcmp0 (scheme, "https") != 0) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_INVALID,
                   _("“%s” is not a web address"), url);
      return NULL;
    }

  self = g_object_new (NB_TYPE_DAV_CLIENT, NULL);

  /* Keep the address without user, password, query and fragment. */
  self->base = g_uri_build (SOUP_HTTP_URI_FLAGS,
                            scheme, NULL,
                            g_uri_get_host (uri), g_uri_get_port (uri),
                            *g_uri_get_path (uri) != '\0' ? g_uri_get_path (uri) : "/",
                            NULL, NULL);
  self->url = join_url (scheme, g_uri_get_host (uri), g_uri_get_port (uri),
                        g_uri_get_path (self->base));
  /* Messages name the port too: "Cannot reach 127.0.0.1:5232". */
  self->host = g_strdup_printf (strchr (g_uri_get_host (uri), ':') ? "[%s]:%d" : "%s:%d",
                                g_uri_get_host (uri), g_uri_get_port (self->base));
  self->origin = uri_origin (self->base);

  credentials = g_strdup_printf ("%s:%s", user, password);
  encoded = g_base64_encode ((const guchar *) credentials, strlen (credentials));
  memset (credentials, 0, strlen (credentials));
  self->authorization = g_strdup_printf ("Basic %s", encoded);
  memset (encoded, 0, strlen (encoded));

  self->session = soup_session_new_with_options ("timeout", TIMEOUT_SECONDS,
                                                 "user-agent", "Netbook/" PACKAGE_VERSION,
                                                 NULL);
  /* The credentials go up front: a 401 is a final answer. */
  soup_session_remove_feature_by_type (self->session, SOUP_TYPE_AUTH_MANAGER);

  return g_steal_pointer (&self);
}

/**
 * nb_dav_client_get_url:
 * @self: a #NbDavClient
 *
 * Returns: the server address the client was made with (without any
 *   credentials, query or fragment)
 */
const char *
nb_dav_client_get_url (NbDavClient *self)
{
  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), NULL);

  return self->url;
}

/**
 * nb_dav_client_resolve:
 * @self: a #NbDavClient
 * @href: an href, relative to the server address, or a full URL
 *
 * Returns: (transfer full): the full URL of @href
 */
char *
nb_dav_client_resolve (NbDavClient *self,
                       const char  *href)
{
  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), NULL);
  g_return_val_if_fail (href != NULL, NULL);

  return make_url (self, href);
}

static gboolean
is_fatal (GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
         g_error_matches (error, NB_SYNC_ERROR, NB_SYNC_ERROR_AUTH) ||
         g_error_matches (error, NB_SYNC_ERROR, NB_SYNC_ERROR_CERTIFICATE) ||
         g_error_matches (error, NB_SYNC_ERROR, NB_SYNC_ERROR_UNREACHABLE);
}

/* The current-user-principal in an answer to a PROPFIND of it, or NULL
 * (with @error set when the answer cannot be read). */
static char *
principal_from_multistatus (NbDavClient  *self,
                            Multistatus  *ms,
                            GError      **error)
{
  g_autofree char *principal = NULL;
  xmlNode *response;

  while (principal == NULL && (response = multistatus_next_response (ms)) != NULL)
    principal = response_prop_href (self, ms, response, NS_DAV, "current-user-principal");

  if (!multistatus_end (self, ms, error))
    return NULL;

  return g_steal_pointer (&principal);
}

char *
_nb_dav_client_parse_principal (NbDavClient  *self,
                                const char   *data,
                                gsize         len,
                                const char   *href,
                                GError      **error)
{
  g_auto(Multistatus) ms = { NULL, };

  g_assert (NB_IS_DAV_CLIENT (self));

  if (!parse_answer_of (self, data, len, href, &ms, error))
    return NULL;

  return principal_from_multistatus (self, &ms, error);
}

/* The current-user-principal at @href, or NULL. Errors only when they
 * end the discovery. */
static char *
find_principal (NbDavClient   *self,
                const char    *href,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(Multistatus) ms = { NULL, };
  char *principal = NULL;

  if (propfind (self, href, "0", "<D:current-user-principal/>", &ms, cancellable, &local_error))
    principal = principal_from_multistatus (self, &ms, &local_error);

  if (local_error != NULL)
    {
      if (is_fatal (local_error))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_debug ("No principal at %s: %s", href != NULL ? href : self->url, local_error->message);
      return NULL;
    }

  return principal;
}

/* The home sets in the first response of an answer to a PROPFIND of
 * them; TRUE when it holds any; FALSE with @error set when the answer
 * cannot be read. */
static gboolean
homes_from_multistatus (NbDavClient  *self,
                        Multistatus  *ms,
                        char        **addressbook_home,
                        char        **calendar_home,
                        GError      **error)
{
  g_autofree char *book_home = NULL;
  g_autofree char *cal_home = NULL;
  xmlNode *response = multistatus_next_response (ms);

  if (response != NULL)
    {
      book_home = response_prop_href (self, ms, response, NS_CARDDAV, "addressbook-home-set");
      cal_home = response_prop_href (self, ms, response, NS_CALDAV, "calendar-home-set");
    }

  if (!multistatus_end (self, ms, error))
    return FALSE;

  *addressbook_home = g_steal_pointer (&book_home);
  *calendar_home = g_steal_pointer (&cal_home);

  return *addressbook_home != NULL || *calendar_home != NULL;
}

gboolean
_nb_dav_client_parse_homes (NbDavClient  *self,
                            const char   *data,
                            gsize         len,
                            const char   *href,
                            char        **addressbook_home,
                            char        **calendar_home,
                            GError      **error)
{
  g_auto(Multistatus) ms = { NULL, };

  g_assert (NB_IS_DAV_CLIENT (self));
  g_assert (*addressbook_home == NULL && *calendar_home == NULL);

  if (!parse_answer_of (self, data, len, href, &ms, error))
    return FALSE;

  return homes_from_multistatus (self, &ms, addressbook_home, calendar_home, error);
}

/* Reads the home sets at @href; TRUE when it found any. */
static gboolean
find_homes (NbDavClient   *self,
            const char    *href,
            char         **addressbook_home,
            char         **calendar_home,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(Multistatus) ms = { NULL, };

  if (!propfind (self, href, "0", "<CR:addressbook-home-set/><C:calendar-home-set/>",
                 &ms, cancellable, &local_error) ||
      !homes_from_multistatus (self, &ms, addressbook_home, calendar_home, &local_error))
    {
      if (local_error != NULL && is_fatal (local_error))
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * nb_dav_client_discover:
 * @self: a #NbDavClient
 * @addressbook_home: (out) (nullable) (transfer full): the CardDAV home,
 *   where the user's address books are, or %NULL
 * @calendar_home: (out) (nullable) (transfer full): the CalDAV home, or %NULL
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Finds where the user's address books and calendars are: asks the
 * server address for the user's principal, then `/.well-known/carddav`
 * and `/.well-known/caldav` (following redirects), and asks the principal
 * for its home sets. Either home may be %NULL when the server does not
 * offer it.
 *
 * Returns: %TRUE when it found either home; otherwise %FALSE with
 *   %NB_SYNC_ERROR_NOT_FOUND, or the error of the request that failed
 */
gboolean
nb_dav_client_discover (NbDavClient   *self,
                        char         **addressbook_home,
                        char         **calendar_home,
                        GCancellable  *cancellable,
                        GError       **error)
{
  static const char * const well_known[] = { "/.well-known/carddav", "/.well-known/caldav" };
  g_autofree char *principal = NULL;
  g_autofree char *book_home = NULL;
  g_autofree char *cal_home = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), FALSE);
  g_return_val_if_fail (addressbook_home != NULL, FALSE);
  g_return_val_if_fail (calendar_home != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  principal = find_principal (self, NULL, cancellable, &local_error);
  for (guint i = 0; principal == NULL && local_error == NULL && i < G_N_ELEMENTS (well_known); i++)
    principal = find_principal (self, well_known[i], cancellable, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Without a principal, the address itself may know the homes. */
  if (!find_homes (self, principal, &book_home, &cal_home, cancellable, &local_error) &&
      local_error == NULL && principal != NULL)
    find_homes (self, NULL, &book_home, &cal_home, cancellable, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (book_home == NULL && cal_home == NULL)
    {
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NOT_FOUND,
                   _("No address book or calendar was found on %s"), self->host);
      return FALSE;
    }

  *addressbook_home = g_steal_pointer (&book_home);
  *calendar_home = g_steal_pointer (&cal_home);
  return TRUE;
}

#define COLLECTION_PROPS \
  "<D:resourcetype/><D:displayname/><CS:getctag/><D:sync-token/>" \
  "<C:supported-calendar-component-set/>"

/* The collection in @response, or NULL when it is neither an address book
 * nor a calendar of events. */
static NbDavCollection *
collection_from_response (NbDavClient *self,
                          xmlNode     *response,
                          char        *href)
{
  NbDavCollection *collection;
  xmlNode *type = response_prop (response, NS_DAV, "resourcetype");
  xmlNode *components;
  NbDavKind kind;

  if (find_child (type, NS_CARDDAV, "addressbook") != NULL)
    {
      kind = NB_DAV_ADDRESSBOOK;
    }
  else if (find_child (type, NS_CALDAV, "calendar") != NULL)
    {
      kind = NB_DAV_CALENDAR;

      /* A calendar of tasks only is of no use here; one of journal entries
       * only is a journal. */
      components = response_prop (response, NS_CALDAV, "supported-calendar-component-set");
      if (components != NULL)
        {
          gboolean events = FALSE, journals = FALSE;

          for (xmlNode *comp = components->children; comp != NULL; comp = comp->next)
            {
              xmlChar *name;

              if (!is_element (comp, NS_CALDAV, "comp"))
                continue;

              name = xmlGetProp (comp, (const xmlChar *) "name");
              events |= name != NULL && g_ascii_strcasecmp ((const char *) name, "VEVENT") == 0;
              journals |= name != NULL && g_ascii_strcasecmp ((const char *) name, "VJOURNAL") == 0;
              xmlFree (name);
            }

          if (!events && !journals)
            return NULL;
          if (!events)
            kind = NB_DAV_JOURNAL;
        }
    }
  else
    {
      return NULL;
    }

  collection = g_new0 (NbDavCollection, 1);
  collection->href = g_strdup (href);
  collection->kind = kind;
  collection->display_name = response_prop_text (response, NS_DAV, "displayname");
  collection->ctag = response_prop_text (response, NS_CS, "getctag");
  collection->sync_token = response_prop_text (response, NS_DAV, "sync-token");

  return collection;
}

/* The collections in an answer to a PROPFIND of depth 1 of @home. */
static GPtrArray *
collections_from_multistatus (NbDavClient  *self,
                              Multistatus  *ms,
                              const char   *home,
                              GError      **error)
{
  g_autoptr(GPtrArray) collections = NULL;
  g_autofree char *home_href = _nb_dav_client_normalize_href (self, home);
  xmlNode *response;

  collections = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_dav_collection_free);

  while ((response = multistatus_next_response (ms)) != NULL)
    {
      g_autofree char *href = NULL;
      NbDavCollection *collection;

      href = node_href (self, ms, response);
      if (href == NULL || g_strcmp0 (href, home_href) == 0)
        continue;

      collection = collection_from_response (self, response, href);
      if (collection != NULL)
        g_ptr_array_add (collections, collection);
    }

  if (!multistatus_end (self, ms, error))
    return NULL;

  return g_steal_pointer (&collections);
}

GPtrArray *
_nb_dav_client_parse_collections (NbDavClient  *self,
                                  const char   *data,
                                  gsize         len,
                                  const char   *home,
                                  GError      **error)
{
  g_auto(Multistatus) ms = { NULL, };

  g_assert (NB_IS_DAV_CLIENT (self));
  g_assert (home != NULL);

  if (!parse_answer_of (self, data, len, home, &ms, error))
    return NULL;

  return collections_from_multistatus (self, &ms, home, error);
}

/**
 * nb_dav_client_list_collections:
 * @self: a #NbDavClient
 * @home: the href of a home, from nb_dav_client_discover()
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Lists the address books and calendars (of events) right inside @home.
 *
 * Returns: (transfer full) (element-type NbDavCollection): the
 *   collections, or %NULL with @error set
 */
GPtrArray *
nb_dav_client_list_collections (NbDavClient   *self,
                                const char    *home,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_auto(Multistatus) ms = { NULL, };

  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), NULL);
  g_return_val_if_fail (home != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!propfind (self, home, "1", COLLECTION_PROPS, &ms, cancellable, error))
    return NULL;

  return collections_from_multistatus (self, &ms, home, error);
}

/**
 * nb_dav_client_create_collection:
 * @self: a #NbDavClient
 * @href: where to make it, usually inside a home
 * @kind: an address book, a calendar (of events) or a journal
 * @display_name: (nullable): its name
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Makes an address book or a calendar with an extended MKCOL (RFC 5689).
 *
 * Returns: %TRUE on success
 */
gboolean
nb_dav_client_create_collection (NbDavClient   *self,
                                 const char    *href,
                                 NbDavKind      kind,
                                 const char    *display_name,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GBytes) answer = NULL;
  guint status = 0;

  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), FALSE);
  g_return_val_if_fail (href != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A journal is made with MKCALENDAR (RFC 4791, 5.3.1), which every
   * CalDAV server knows; the others with an extended MKCOL. */
  if (kind == NB_DAV_JOURNAL)
    g_string_append (body,
                     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                     "<C:mkcalendar xmlns:D=\"DAV:\" xmlns:C=\"" NS_CALDAV "\"><D:set><D:prop>");
  else
    {
      g_string_append (body,
                       "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                       "<D:mkcol xmlns:D=\"DAV:\" xmlns:CR=\"" NS_CARDDAV "\""
                       " xmlns:C=\"" NS_CALDAV "\"><D:set><D:prop>"
                       "<D:resourcetype><D:collection/>");
      g_string_append (body, kind == NB_DAV_ADDRESSBOOK ? "<CR:addressbook/>" : "<C:calendar/>");
      g_string_append (body, "</D:resourcetype>");
    }

  if (display_name != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (display_name, -1);

      g_string_append_printf (body, "<D:displayname>%s</D:displayname>", escaped);
    }

  if (kind == NB_DAV_CALENDAR)
    g_string_append (body,
                     "<C:supported-calendar-component-set><C:comp name=\"VEVENT\"/>"
                     "</C:supported-calendar-component-set>");
  else if (kind == NB_DAV_JOURNAL)
    g_string_append (body,
                     "<C:supported-calendar-component-set><C:comp name=\"VJOURNAL\"/>"
                     "</C:supported-calendar-component-set>");

  g_string_append (body, kind == NB_DAV_JOURNAL ? "</D:prop></D:set></C:mkcalendar>"
                                                : "</D:prop></D:set></D:mkcol>");

  answer = send_request (self, kind == NB_DAV_JOURNAL ? "MKCALENDAR" : "MKCOL", href, NULL, NULL, body->str, NULL, NULL, FALSE,
                         &status, NULL, NULL, cancellable, error);
  if (answer == NULL)
    return FALSE;

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      set_status_error (self, status, answer, error);
      return FALSE;
    }

  return TRUE;
}

/* The collection in an answer to a PROPFIND of depth 0 of @href. */
static NbDavCollection *
collection_from_multistatus (NbDavClient  *self,
                             Multistatus  *ms,
                             const char   *href,
                             GError      **error)
{
  g_autofree char *normal = _nb_dav_client_normalize_href (self, href);
  g_autoptr(NbDavCollection) collection = NULL;
  xmlNode *response = multistatus_next_response (ms);

  if (response != NULL)
    collection = collection_from_response (self, response, normal);

  if (!multistatus_end (self, ms, error))
    return NULL;

  if (collection == NULL)
    g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_NOT_FOUND,
                 _("No address book or calendar was found on %s"), self->host);

  return g_steal_pointer (&collection);
}

NbDavCollection *
_nb_dav_client_parse_collection (NbDavClient  *self,
                                 const char   *data,
                                 gsize         len,
                                 const char   *href,
                                 GError      **error)
{
  g_auto(Multistatus) ms = { NULL, };

  g_assert (NB_IS_DAV_CLIENT (self));
  g_assert (href != NULL);

  if (!parse_answer_of (self, data, len, href, &ms, error))
    return NULL;

  return collection_from_multistatus (self, &ms, href, error);
}

/**
 * nb_dav_client_get_collection:
 * @self: a #NbDavClient
 * @href: the collection's href
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads a collection's name, kind, ctag and sync-token, to tell whether
 * anything in it changed.
 *
 * Returns: (transfer full): the collection, or %NULL with @error set
 *   (%NB_SYNC_ERROR_NOT_FOUND when it is not an address book or a calendar)
 */
NbDavCollection *
nb_dav_client_get_collection (NbDavClient   *self,
                              const char    *href,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_auto(Multistatus) ms = { NULL, };

  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), NULL);
  g_return_val_if_fail (href != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!propfind (self, href, "0", COLLECTION_PROPS, &ms, cancellable, error))
    return NULL;

  return collection_from_multistatus (self, &ms, href, error);
}

static void
append_href (GString    *body,
             const char *href)
{
  g_autofree char *escaped = g_markup_escape_text (href, -1);

  g_string_append_printf (body, "<D:href>%s</D:href>", escaped);
}

/* Reads the resources of a multistatus: a response with status 404 is
 * a deleted one; the collection itself and sub-collections are left out. */
static GPtrArray *
resources_from_multistatus (NbDavClient  *self,
                            Multistatus  *ms,
                            const char   *collection,
                            const char   *data_ns,
                            const char   *data_name,
                            GError      **error)
{
  g_autoptr(GPtrArray) resources = NULL;
  g_autofree char *collection_href = _nb_dav_client_normalize_href (self, collection);
  xmlNode *response;

  resources = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_dav_resource_free);

  while ((response = multistatus_next_response (ms)) != NULL)
    {
      g_autofree char *href = NULL;
      NbDavResource *resource;
      guint status;

      href = node_href (self, ms, response);
      if (href == NULL || g_strcmp0 (href, collection_href) == 0)
        continue;

      if (find_child (response_prop (response, NS_DAV, "resourcetype"), NS_DAV, "collection"))
        continue;

      status = response_status (response);
      if (status != 0 && !SOUP_STATUS_IS_SUCCESSFUL (status) &&
          status != SOUP_STATUS_NOT_FOUND && status != SOUP_STATUS_GONE)
        {
          g_debug ("Skipping %s: status %u", href, status);
          continue;
        }

      resource = g_new0 (NbDavResource, 1);
      resource->href = g_steal_pointer (&href);
      resource->deleted = status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE;
      if (!resource->deleted)
        {
          resource->etag = response_prop_text (response, NS_DAV, "getetag");
          if (data_ns != NULL)
            resource->data = node_text (response_prop (response, data_ns, data_name), FALSE);
        }

      g_ptr_array_add (resources, resource);
    }

  if (!multistatus_end (self, ms, error))
    return NULL;

  return g_steal_pointer (&resources);
}

/* Reads a multistatus of resources, as multiget and a PROPFIND of depth 1
 * answer; for tests and fuzzers of the parsing. */
GPtrArray *
_nb_dav_client_parse_resources (NbDavClient  *self,
                                const char   *data,
                                gsize         len,
                                const char   *collection,
                                NbDavKind     kind,
                                gboolean      with_data,
                                GError      **error)
{
  g_auto(Multistatus) ms = { NULL, };

  g_assert (NB_IS_DAV_CLIENT (self));

  /* As if it were the answer of the collection. */
  if (!parse_answer_of (self, data, len, collection, &ms, error))
    return NULL;

  if (!with_data)
    return resources_from_multistatus (self, &ms, collection, NULL, NULL, error);

  return resources_from_multistatus (self, &ms, collection,
                                     kind == NB_DAV_ADDRESSBOOK ? NS_CARDDAV : NS_CALDAV,
                                     kind == NB_DAV_ADDRESSBOOK ? "address-data" : "calendar-data",
                                     error);
}

/* The changes and the new token in an answer to a sync-collection REPORT
 * of @href. */
static GPtrArray *
changes_from_multistatus (NbDavClient  *self,
                          Multistatus  *ms,
                          const char   *href,
                          char        **new_sync_token,
                          GError      **error)
{
  g_autoptr(GPtrArray) resources = NULL;

  /* The token is a child of the root, usually after the responses. */
  resources = resources_from_multistatus (self, ms, href, NULL, NULL, error);
  if (resources == NULL)
    return NULL;

  if (ms->sync_token == NULL || *ms->sync_token == '\0')
    {
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                   _("The answer of %s cannot be read"), self->host);
      return NULL;
    }

  *new_sync_token = g_steal_pointer (&ms->sync_token);

  return g_steal_pointer (&resources);
}

GPtrArray *
_nb_dav_client_parse_changes (NbDavClient  *self,
                              const char   *data,
                              gsize         len,
                              const char   *href,
                              char        **new_sync_token,
                              GError      **error)
{
  g_auto(Multistatus) ms = { NULL, };

  g_assert (NB_IS_DAV_CLIENT (self));
  g_assert (href != NULL && new_sync_token != NULL);

  if (!parse_answer_of (self, data, len, href, &ms, error))
    return NULL;

  return changes_from_multistatus (self, &ms, href, new_sync_token, error);
}

/**
 * nb_dav_client_sync_collection:
 * @self: a #NbDavClient
 * @href: the collection's href
 * @sync_token: (nullable): the token of the last sync; %NULL or "" for a
 *   first sync
 * @new_sync_token: (out) (transfer full): the token for the next sync
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Asks what changed in a collection since @sync_token, with a
 * sync-collection REPORT (RFC 6578). Resources come with their ETags and
 * no data; those deleted come with @deleted set. A first sync lists all.
 *
 * A server may answer with fewer changes than there are (a 507 for the
 * collection itself); the next sync with @new_sync_token gets the rest.
 *
 * Returns: (transfer full) (element-type NbDavResource): the changes, or
 *   %NULL with @error set: %NB_SYNC_ERROR_INVALID_TOKEN when the server no
 *   longer knows @sync_token (sync again from scratch),
 *   %NB_SYNC_ERROR_PROTOCOL when it does not support the report (use
 *   nb_dav_client_list_etags())
 */
GPtrArray *
nb_dav_client_sync_collection (NbDavClient   *self,
                               const char    *href,
                               const char    *sync_token,
                               char         **new_sync_token,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GUri) base = NULL;
  g_auto(Multistatus) ms = { NULL, };
  guint status = 0;

  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), NULL);
  g_return_val_if_fail (href != NULL, NULL);
  g_return_val_if_fail (new_sync_token != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_string_append (body,
                   "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                   "<D:sync-collection xmlns:D=\"DAV:\">");
  if (sync_token != NULL && *sync_token != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (sync_token, -1);

      g_string_append_printf (body, "<D:sync-token>%s</D:sync-token>", escaped);
    }
  else
    {
      g_string_append (body, "<D:sync-token/>");
    }
  g_string_append (body,
                   "<D:sync-level>1</D:sync-level>"
                   "<D:prop><D:getetag/></D:prop></D:sync-collection>");

  answer = send_request (self, "REPORT", href, "0", NULL, body->str, NULL, NULL, FALSE,
                         &status, NULL, &base, cancellable, error);
  if (answer == NULL)
    return NULL;

  if (status != SOUP_STATUS_MULTI_STATUS)
    {
      if (!SOUP_STATUS_IS_SUCCESSFUL (status) && body_mentions (answer, "valid-sync-token"))
        g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_INVALID_TOKEN,
                     _("%s no longer knows what changed since the last sync"), self->host);
      else if (status == SOUP_STATUS_NOT_IMPLEMENTED ||
               ((status == SOUP_STATUS_FORBIDDEN || status == SOUP_STATUS_BAD_REQUEST ||
                 status == SOUP_STATUS_CONFLICT) &&
                body_mentions (answer, "supported-report")))
        g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                     _("%s cannot tell what changed"), self->host);
      else if (SOUP_STATUS_IS_SUCCESSFUL (status))
        g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                     _("The answer of %s cannot be read"), self->host);
      else
        set_status_error (self, status, answer, error);
      return NULL;
    }

  if (!parse_multistatus (self, answer, g_steal_pointer (&base), &ms, error))
    return NULL;

  return changes_from_multistatus (self, &ms, href, new_sync_token, error);
}

/**
 * nb_dav_client_list_etags:
 * @self: a #NbDavClient
 * @href: the collection's href
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Lists all resources of a collection with their ETags (a PROPFIND of
 * depth 1), for servers without sync-collection or after a sync token
 * expired. Sub-collections are left out.
 *
 * Returns: (transfer full) (element-type NbDavResource): the resources,
 *   or %NULL with @error set
 */
GPtrArray *
nb_dav_client_list_etags (NbDavClient   *self,
                          const char    *href,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_auto(Multistatus) ms = { NULL, };

  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), NULL);
  g_return_val_if_fail (href != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!propfind (self, href, "1", "<D:resourcetype/><D:getetag/><D:getcontenttype/>",
                 &ms, cancellable, error))
    return NULL;

  return resources_from_multistatus (self, &ms, href, NULL, NULL, error);
}

/**
 * nb_dav_client_multiget:
 * @self: a #NbDavClient
 * @collection: the collection's href
 * @kind: what the collection holds
 * @hrefs: (element-type utf8): the hrefs of resources in @collection
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Fetches resources with their data and ETags, with
 * addressbook-multiget or calendar-multiget REPORTs (in batches). A
 * resource the server does not have comes back with @deleted set. Hrefs
 * come back in normal form (see #NbDavClient), whatever encoding @hrefs
 * used.
 *
 * Returns: (transfer full) (element-type NbDavResource): the resources,
 *   or %NULL with @error set
 */
GPtrArray *
nb_dav_client_multiget (NbDavClient   *self,
                        const char    *collection,
                        NbDavKind      kind,
                        GPtrArray     *hrefs,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GPtrArray) resources = NULL;
  const char *ns = kind == NB_DAV_ADDRESSBOOK ? NS_CARDDAV : NS_CALDAV;
  const char *report = kind == NB_DAV_ADDRESSBOOK ? "addressbook-multiget" : "calendar-multiget";
  const char *data = kind == NB_DAV_ADDRESSBOOK ? "address-data" : "calendar-data";

  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), NULL);
  g_return_val_if_fail (collection != NULL, NULL);
  g_return_val_if_fail (hrefs != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  resources = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_dav_resource_free);

  for (guint start = 0; start < hrefs->len; start += MULTIGET_BATCH)
    {
      g_autoptr(GString) body = g_string_new (NULL);
      g_auto(Multistatus) ms = { NULL, };
      g_autoptr(GPtrArray) batch = NULL;

      g_string_append_printf (body,
                              "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                              "<X:%s xmlns:D=\"DAV:\" xmlns:X=\"%s\">"
                              "<D:prop><D:getetag/><X:%s/></D:prop>",
                              report, ns, data);

      for (guint i = start; i < hrefs->len && i < start + MULTIGET_BATCH; i++)
        {
          g_autofree char *normal = _nb_dav_client_normalize_href (self, g_ptr_array_index (hrefs, i));

          append_href (body, normal);
        }

      g_string_append_printf (body, "</X:%s>", report);

      if (!request_multistatus (self, "REPORT", collection, "1", body->str, FALSE, &ms,
                                cancellable, error))
        return NULL;

      batch = resources_from_multistatus (self, &ms, collection, ns, data, error);
      if (batch == NULL)
        return NULL;
      g_ptr_array_extend_and_steal (resources, g_steal_pointer (&batch));
    }

  return g_steal_pointer (&resources);
}

/**
 * nb_dav_client_get:
 * @self: a #NbDavClient
 * @href: the resource's href
 * @etag: (out) (optional): its ETag, %NULL when the server sent none or a
 *   weak one
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Fetches one resource with a plain GET, for a resource a multiget did not
 * bring.
 *
 * Returns: (transfer full): its content, or %NULL with @error set
 *   (%NB_SYNC_ERROR_NOT_FOUND when the server does not have it)
 */
char *
nb_dav_client_get (NbDavClient   *self,
                   const char    *href,
                   char         **etag,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GBytes) answer = NULL;
  g_autofree char *tag = NULL;
  const char *data;
  gsize len = 0;
  guint status = 0;

  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), NULL);
  g_return_val_if_fail (href != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  answer = send_request (self, "GET", href, NULL, NULL, NULL, NULL, NULL, TRUE,
                         &status, &tag, NULL, cancellable, error);
  if (answer == NULL)
    return NULL;

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      set_status_error (self, status, answer, error);
      return NULL;
    }

  data = g_bytes_get_data (answer, &len);
  if (data == NULL || len == 0 || memchr (data, '\0', len) != NULL ||
      !g_utf8_validate_len (data, len, NULL))
    {
      g_set_error (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL,
                   _("The answer of %s cannot be read"), self->host);
      return NULL;
    }

  if (etag != NULL)
    *etag = tag != NULL && !g_str_has_prefix (tag, "W/") ? g_steal_pointer (&tag) : NULL;

  return g_strndup (data, len);
}

/**
 * nb_dav_client_put:
 * @self: a #NbDavClient
 * @href: the resource's href
 * @kind: a vCard or an iCalendar object
 * @data: the resource's content
 * @if_match: (nullable): the ETag the resource has on the server, to
 *   replace it only if unchanged; %NULL to make a new resource, only if
 *   there is none at @href
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Writes a vCard or an iCalendar object.
 *
 * Returns: (transfer full): the new ETag, or "" when the server sent none
 *   (ask for it with nb_dav_client_list_etags() or
 *   nb_dav_client_multiget()); %NULL with @error set, which is
 *   %NB_SYNC_ERROR_CHANGED when the resource changed meanwhile (or exists
 *   already)
 */
char *
nb_dav_client_put (NbDavClient   *self,
                   const char    *href,
                   NbDavKind      kind,
                   const char    *data,
                   const char    *if_match,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GBytes) answer = NULL;
  g_autofree char *etag = NULL;
  guint status = 0;

  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), NULL);
  g_return_val_if_fail (href != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  answer = send_request (self, "PUT", href, NULL,
                         kind == NB_DAV_ADDRESSBOOK
                           ? "text/vcard; charset=utf-8"
                           : "text/calendar; charset=utf-8",
                         data,
                         if_match,
                         if_match == NULL ? "*" : NULL,
                         FALSE, &status, &etag, NULL, cancellable, error);
  if (answer == NULL)
    return NULL;

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      set_status_error (self, status, answer, error);
      return NULL;
    }

  /* A weak ETag says nothing about the content the server keeps. */
  if (etag == NULL || g_str_has_prefix (etag, "W/"))
    return g_strdup ("");

  return g_steal_pointer (&etag);
}

/**
 * nb_dav_client_delete:
 * @self: a #NbDavClient
 * @href: the resource's href
 * @if_match: (nullable): the ETag it has on the server, to delete it only
 *   if unchanged
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Deletes a resource. One that is gone already counts as deleted.
 *
 * Returns: %TRUE on success; %FALSE with @error set, which is
 *   %NB_SYNC_ERROR_CHANGED when the resource changed meanwhile
 */
gboolean
nb_dav_client_delete (NbDavClient   *self,
                      const char    *href,
                      const char    *if_match,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) answer = NULL;
  guint status = 0;

  g_return_val_if_fail (NB_IS_DAV_CLIENT (self), FALSE);
  g_return_val_if_fail (href != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  answer = send_request (self, "DELETE", href, NULL, NULL, NULL, if_match, NULL, FALSE,
                         &status, NULL, NULL, cancellable, error);
  if (answer == NULL)
    return FALSE;

  if (SOUP_STATUS_IS_SUCCESSFUL (status) ||
      status == SOUP_STATUS_NOT_FOUND ||
      status == SOUP_STATUS_GONE)
    return TRUE;

  set_status_error (self, status, answer, error);
  return FALSE;
}
