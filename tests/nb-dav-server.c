/* nb-dav-server.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <errno.h>
#include <string.h>

#include <signal.h>
#include <sys/prctl.h>

#include "nb-dav-server.h"

/* A DAV server of the test's own, in a temporary folder, on free ports of
 * 127.0.0.1, with the users alice (password "secret") and bob ("hunter2"),
 * each allowed only their own collections:
 *
 *  - Radicale, with its own htpasswd file and owner_only rights;
 *  - Xandikos, which has no authentication and serves one principal: one
 *    for each user, each in a folder of its own, as a reverse proxy in
 *    front of it would have it.
 *
 * Clients talk to the test proxy (tests/dav-proxy.py) in front of either:
 * for Xandikos, it checks the passwords and sends each user to their own
 * Xandikos (refusing another user's paths with 403); for Radicale it only
 * passes the requests on. Either way the test can make one resource fail
 * (nb_dav_server_set_fault()). NB_DAV_SERVER_DIRECT leaves the proxy out
 * (Radicale only), as the benchmark does.
 *
 * NETBOOK_TEST_SERVER=radicale|xandikos chooses the server of
 * nb_dav_server_start_default(); tests/meson.build runs each sync test
 * with both. */

#define START_TIMEOUT_US (20 * G_USEC_PER_SEC)
#define PYTHON "/usr/bin/python3"

static const struct
{
  const char *name;
  const char *password;
} users[] = {
  { "alice", "secret" },
  { "bob", "hunter2" },
};

/* One process of the server. */
typedef struct
{
  char        *name;
  GStrv        argv;
  char        *log;
  guint16      port;
  GSubprocess *process;
} Child;

struct _NbDavServer
{
  NbDavServerKind   kind;
  NbDavServerFlags  flags;
  char             *dir;
  char             *home;
  char             *storage;
  char             *url;
  GPtrArray        *children;   /* of Child, the proxy last */
};

static void
child_free (Child *child)
{
  g_clear_object (&child->process);
  g_strfreev (child->argv);
  g_free (child->name);
  g_free (child->log);
  g_free (child);
}

static guint16
free_port (GError **error)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GInetAddress) loopback = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GSocketAddress) bound = NULL;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, error);
  if (socket == NULL)
    return 0;

  loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  address = g_inet_socket_address_new (loopback, 0);
  if (!g_socket_bind (socket, address, FALSE, error))
    return 0;

  bound = g_socket_get_local_address (socket, error);
  if (bound == NULL)
    return 0;

  g_socket_close (socket, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

/* Adds a process to start, which answers on @port when it is ready. */
static void
add_child (NbDavServer  *self,
           const char   *name,
           guint16       port,
           GStrvBuilder *argv)
{
  g_autofree char *log_name = g_strdup_printf ("%s.log", name);
  Child *child = g_new0 (Child, 1);

  g_strdelimit (log_name, " ()", '-');
  child->name = g_strdup (name);
  child->argv = g_strv_builder_end (argv);
  child->log = g_build_filename (self->dir, log_name, NULL);
  child->port = port;
  g_ptr_array_add (self->children, child);
}

static char *
log_tail (Child *child)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (child->log, &contents, &len, NULL) || len == 0)
    return g_strdup ("(empty log)");

  if (len > 2000)
    return g_strdup (contents + len - 2000);

  return g_steal_pointer (&contents);
}

static char *
all_logs (NbDavServer *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->children->len; i++)
    {
      Child *child = g_ptr_array_index (self->children, i);
      g_autofree char *tail = log_tail (child);

      g_string_append_printf (text, "--- %s (port %u):\n%s\n", child->name, child->port, tail);
    }

  return g_string_free (text, FALSE);
}

static void
child_setup (gpointer data)
{
  /* No server outlives a test that aborts. */
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static gboolean
answers (guint16 port)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;

  g_socket_client_set_timeout (client, 1);
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, NULL);

  return connection != NULL;
}

static void
end (NbDavServer *self,
     int          signum)
{
  /* The proxy first: clients see the server go at once. */
  for (guint i = self->children->len; i > 0; i--)
    {
      Child *child = g_ptr_array_index (self->children, i - 1);

      if (child->process != NULL)
        g_subprocess_send_signal (child->process, signum);
    }

  for (guint i = self->children->len; i > 0; i--)
    {
      Child *child = g_ptr_array_index (self->children, i - 1);

      if (child->process != NULL)
        g_subprocess_wait (child->process, NULL, NULL);
      g_clear_object (&child->process);
    }
}

/* Starts every process, then waits until each answers on its port. */
static gboolean
spawn (NbDavServer  *self,
       GError      **error)
{
  gint64 deadline;

  for (guint i = 0; i < self->children->len; i++)
    {
      Child *child = g_ptr_array_index (self->children, i);
      g_autoptr(GSubprocessLauncher) launcher = NULL;

      g_assert (child->process == NULL);

      launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
      g_subprocess_launcher_set_stderr_file_path (launcher, child->log);
      /* A home of their own: Xandikos's git reads its configuration there,
       * and G_TEST_OPTION_ISOLATE_DIRS sets HOME and XDG_CONFIG_HOME to
       * /dev/null. */
      g_subprocess_launcher_setenv (launcher, "HOME", self->home, TRUE);
      g_subprocess_launcher_unsetenv (launcher, "XDG_CONFIG_HOME");
      g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);
      child->process = g_subprocess_launcher_spawnv (launcher, (const char * const *) child->argv,
                                                     error);
      if (child->process == NULL)
        {
          end (self, SIGKILL);
          return FALSE;
        }
    }

  deadline = g_get_monotonic_time () + START_TIMEOUT_US;
  for (guint i = 0; i < self->children->len; i++)
    {
      Child *child = g_ptr_array_index (self->children, i);

      while (!answers (child->port))
        {
          /* GLib reaps a child that exits; then it has no identifier. */
          if (g_subprocess_get_identifier (child->process) == NULL)
            {
              g_autofree char *logs = all_logs (self);

              end (self, SIGKILL);
              g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                           "%s exited on start:\n%s", child->name, logs);
              return FALSE;
            }

          if (g_get_monotonic_time () > deadline)
            {
              g_autofree char *logs = all_logs (self);

              end (self, SIGKILL);
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                           "%s did not answer on port %u within %d s:\n%s", child->name,
                           child->port, (int) (START_TIMEOUT_US / G_USEC_PER_SEC), logs);
              return FALSE;
            }

          g_usleep (20 * 1000);
        }
    }

  return TRUE;
}

static void
remove_recursively (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    dir = g_dir_open (path, 0, NULL);

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_recursively (child);
        }
    }

  g_remove (path);
}

/* A program the tests need, or an error that says how to get it: CI
 * installs it, so its absence is a failure, not a reason to skip. */
static gboolean
need_program (const char  *program,
              const char  *package,
              GError     **error)
{
  g_autofree char *path = g_find_program_in_path (program);

  if (path != NULL)
    return TRUE;

  g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT,
               "%s is not installed, and the sync tests need it: "
               "apt install %s (build-aux/setup.sh test installs it)", program, package);
  return FALSE;
}

static gboolean
add_radicale (NbDavServer  *self,
              guint16       port,
              GError      **error)
{
  g_autofree char *users_file = g_build_filename (self->dir, "users", NULL);
  g_autofree char *config_file = g_build_filename (self->dir, "radicale.conf", NULL);
  g_autofree char *config = NULL;
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();

  if (!need_program ("radicale", "radicale", error))
    return FALSE;

  self->storage = g_build_filename (self->dir, "collections", NULL);
  if (!g_file_set_contents (users_file, "alice:secret\nbob:hunter2\n", -1, error))
    return FALSE;

  /* No delay after a wrong password: the tests try some. */
  config = g_strdup_printf ("[server]\n"
                            "hosts = 127.0.0.1:%u\n"
                            "\n"
                            "[auth]\n"
                            "type = htpasswd\n"
                            "htpasswd_filename = %s\n"
                            "htpasswd_encryption = plain\n"
                            "delay = 0\n"
                            "\n"
                            "[rights]\n"
                            "type = owner_only\n"
                            "\n"
                            "[storage]\n"
                            "filesystem_folder = %s\n"
                            "\n"
                            "[web]\n"
                            "type = none\n"
                            "\n"
                            "[logging]\n"
                            "level = warning\n",
                            port, users_file, self->storage);
  if (!g_file_set_contents (config_file, config, -1, error))
    return FALSE;

  g_strv_builder_add_many (argv, "radicale", "--config", config_file, NULL);
  add_child (self, "Radicale", port, argv);
  return TRUE;
}

static gboolean
add_xandikos (NbDavServer   *self,
              GStrvBuilder  *proxy_args,
              GError       **error)
{
  if (!need_program ("xandikos", "xandikos", error))
    return FALSE;

  self->storage = g_build_filename (self->dir, "xandikos", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (users); i++)
    {
      g_autofree char *name = g_strdup_printf ("Xandikos (%s)", users[i].name);
      g_autofree char *root = g_build_filename (self->storage, users[i].name, NULL);
      g_autofree char *principal = g_strdup_printf ("/%s", users[i].name);
      g_autofree char *port_text = NULL;
      g_autofree char *proxy_user = NULL;
      g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
      guint16 port = free_port (error);

      if (port == 0)
        return FALSE;
      port_text = g_strdup_printf ("%u", port);

      /* --defaults makes the principal with an address book and a
       * calendar, as a new account on a real server has. */
      g_strv_builder_add_many (argv, "xandikos", "--defaults", "-d", root, "-l", "127.0.0.1",
                               "-p", port_text, "--current-user-principal", principal, NULL);
      add_child (self, name, port, argv);
      proxy_user = g_strdup_printf ("--user=%s:%s:%u", users[i].name, users[i].password, port);
      g_strv_builder_add (proxy_args, proxy_user);
    }

  return TRUE;
}

/**
 * nb_dav_server_kind_from_env:
 *
 * Returns: the server NETBOOK_TEST_SERVER names ("radicale" or
 *   "xandikos"), Radicale when it is not set
 */
NbDavServerKind
nb_dav_server_kind_from_env (void)
{
  const char *name = g_getenv ("NETBOOK_TEST_SERVER");

  if (name == NULL || *name == '\0' || g_str_equal (name, "radicale"))
    return NB_DAV_SERVER_RADICALE;
  if (g_str_equal (name, "xandikos"))
    return NB_DAV_SERVER_XANDIKOS;

  g_error ("NETBOOK_TEST_SERVER=%s: the tests know radicale and xandikos", name);
}

/**
 * nb_dav_server_start:
 * @kind: which server
 * @flags: with the test proxy in front, or not
 * @error: return location for an error
 *
 * Starts a server of its own in a temporary folder, with the users alice
 * (password "secret") and bob ("hunter2"), and waits (up to 20 s) until it
 * answers. A server program that is not installed is an error, which says
 * which package has it.
 *
 * Returns: (transfer full): the server, or %NULL with @error set (with the
 *   end of the logs)
 */
NbDavServer *
nb_dav_server_start (NbDavServerKind    kind,
                     NbDavServerFlags   flags,
                     GError           **error)
{
  g_autoptr(NbDavServer) self = g_new0 (NbDavServer, 1);
  g_autoptr(GStrvBuilder) proxy_args = g_strv_builder_new ();
  g_autofree char *script = g_build_filename (NB_TESTS_SRCDIR, "dav-proxy.py", NULL);
  g_autofree char *port_text = NULL;
  guint16 port;

  g_return_val_if_fail (kind == NB_DAV_SERVER_RADICALE || !(flags & NB_DAV_SERVER_DIRECT), NULL);

  self->kind = kind;
  self->flags = flags;
  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) child_free);
  self->dir = g_dir_make_tmp ("netbook-dav-XXXXXX", error);
  if (self->dir == NULL)
    return NULL;
  self->home = g_build_filename (self->dir, "home", NULL);
  if (g_mkdir (self->home, 0700) != 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: %s", self->home,
                   g_strerror (errno));
      return NULL;
    }

  /* The port clients use: the proxy's, or the server's without one. */
  port = free_port (error);
  if (port == 0)
    return NULL;
  self->url = g_strdup_printf ("http://127.0.0.1:%u/", port);
  port_text = g_strdup_printf ("--port=%u", port);
  g_strv_builder_add_many (proxy_args, PYTHON, script, port_text, NULL);

  if (kind == NB_DAV_SERVER_RADICALE)
    {
      guint16 radicale_port = (flags & NB_DAV_SERVER_DIRECT) ? port : free_port (error);
      g_autofree char *upstream = g_strdup_printf ("--upstream=%u", radicale_port);

      if (radicale_port == 0 || !add_radicale (self, radicale_port, error))
        return NULL;
      g_strv_builder_add (proxy_args, upstream);
    }
  else if (!add_xandikos (self, proxy_args, error))
    {
      return NULL;
    }

  if (!(flags & NB_DAV_SERVER_DIRECT))
    {
      if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
        {
          g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT,
                       "%s is not installed, and the test proxy needs it: apt install python3",
                       PYTHON);
          return NULL;
        }
      add_child (self, "proxy", port, proxy_args);
    }

  if (!spawn (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * nb_dav_server_start_default:
 * @error: return location for an error
 *
 * Starts the server NETBOOK_TEST_SERVER names, behind the test proxy.
 *
 * Returns: (transfer full): the server, or %NULL with @error set
 */
NbDavServer *
nb_dav_server_start_default (GError **error)
{
  return nb_dav_server_start (nb_dav_server_kind_from_env (), NB_DAV_SERVER_DEFAULT, error);
}

NbDavServerKind
nb_dav_server_get_kind (NbDavServer *self)
{
  return self->kind;
}

/**
 * nb_dav_server_get_name:
 * @self: a #NbDavServer
 *
 * Returns: "Radicale" or "Xandikos", for messages
 */
const char *
nb_dav_server_get_name (NbDavServer *self)
{
  return self->kind == NB_DAV_SERVER_RADICALE ? "Radicale" : "Xandikos";
}

/**
 * nb_dav_server_get_url:
 * @self: a #NbDavServer
 *
 * Returns: the server's address, "http://127.0.0.1:PORT/"
 */
const char *
nb_dav_server_get_url (NbDavServer *self)
{
  return self->url;
}

/**
 * nb_dav_server_get_storage:
 * @self: a #NbDavServer
 *
 * Returns: the folder where the server keeps its collections (Radicale's
 *   "collection-root" is in it; Xandikos has a folder for each user)
 */
const char *
nb_dav_server_get_storage (NbDavServer *self)
{
  return self->storage;
}

/**
 * nb_dav_server_get_home:
 * @self: a #NbDavServer
 * @user: "alice" or "bob"
 * @kind: address books or calendars
 *
 * Returns: (transfer full): where @user's collections of @kind are, as
 *   the server says in its addressbook-home-set or calendar-home-set
 */
char *
nb_dav_server_get_home (NbDavServer *self,
                        const char  *user,
                        NbDavKind    kind)
{
  if (self->kind == NB_DAV_SERVER_RADICALE)
    return g_strdup_printf ("/%s/", user);

  return g_strdup_printf ("/%s/%s/", user, kind == NB_DAV_ADDRESSBOOK ? "contacts" : "calendars");
}

/**
 * nb_dav_server_stop:
 * @self: a #NbDavServer
 *
 * Stops the server, and the proxy, (SIGTERM) and waits until they are
 * gone: the port refuses connections. The collections stay;
 * nb_dav_server_restart() starts it again.
 */
void
nb_dav_server_stop (NbDavServer *self)
{
  end (self, SIGTERM);
}

/**
 * nb_dav_server_kill:
 * @self: a #NbDavServer
 *
 * Kills the server and the proxy (SIGKILL), as if it died in the middle of
 * a request, and waits until they are gone.
 */
void
nb_dav_server_kill (NbDavServer *self)
{
  end (self, SIGKILL);
}

/**
 * nb_dav_server_restart:
 * @self: a #NbDavServer
 * @error: return location for an error
 *
 * Starts the server again, on the same port with the same collections
 * (stopping it first if it runs). A fault set before is gone.
 *
 * Returns: %TRUE when it answers again
 */
gboolean
nb_dav_server_restart (NbDavServer  *self,
                       GError      **error)
{
  nb_dav_server_stop (self);
  return spawn (self, error);
}

static guint
request (NbDavServer  *self,
         const char   *method,
         const char   *path,
         const char   *depth,
         const char   *user,
         const char   *password,
         const char   *content_type,
         const char   *body,
         char        **response,
         char        **etag)
{
  /* Radicale can think for minutes before listing cards it did not write
   * itself (the sync benchmark lays 10,000 into its folder). */
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 600, NULL);
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = g_strconcat (self->url, path[0] == '/' ? path + 1 : path, NULL);
  SoupMessageHeaders *headers;

  if (response != NULL)
    *response = NULL;
  if (etag != NULL)
    *etag = NULL;

  /* 127.0.0.1 needs no proxy, and so no GSettings. */
  g_object_set (session, "proxy-resolver", NULL, NULL);
  soup_session_remove_feature_by_type (session, SOUP_TYPE_AUTH_MANAGER);
  msg = soup_message_new (method, url);
  g_assert (msg != NULL);
  soup_message_set_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (msg);

  if (depth != NULL)
    soup_message_headers_replace (headers, "Depth", depth);

  if (user != NULL)
    {
      g_autofree char *credentials = g_strdup_printf ("%s:%s", user, password);
      g_autofree char *encoded = g_base64_encode ((const guchar *) credentials,
                                                  strlen (credentials));
      g_autofree char *value = g_strdup_printf ("Basic %s", encoded);

      soup_message_headers_replace (headers, "Authorization", value);
    }

  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg,
                                                content_type != NULL
                                                  ? content_type
                                                  : "application/xml; charset=utf-8",
                                                bytes);
    }

  answer = soup_session_send_and_read (session, msg, NULL, &error);
  if (answer == NULL)
    return 0;

  if (response != NULL)
    *response = g_strndup (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer));
  if (etag != NULL)
    *etag = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                    "ETag"));

  return soup_message_get_status (msg);
}

/**
 * nb_dav_server_http:
 * @self: a #NbDavServer
 * @method: the HTTP method
 * @path: the path on the server, such as "/alice/book/x.vcf"
 * @user: (nullable): the user name, with @password; %NULL for none
 * @password: (nullable): the password
 * @content_type: (nullable): the type of @body
 * @body: (nullable): the request body
 * @response: (out) (optional): the answer's body
 * @etag: (out) (optional): the answer's ETag header, %NULL if none
 *
 * Sends a plain request, as another client would, with the credentials
 * up front.
 *
 * Returns: the HTTP status, 0 when the server cannot be reached
 */
guint
nb_dav_server_http (NbDavServer  *self,
                    const char   *method,
                    const char   *path,
                    const char   *user,
                    const char   *password,
                    const char   *content_type,
                    const char   *body,
                    char        **response,
                    char        **etag)
{
  return request (self, method, path, NULL, user, password, content_type, body, response, etag);
}

void
nb_dav_server_entry_free (NbDavServerEntry *entry)
{
  g_free (entry->path);
  g_free (entry->etag);
  g_free (entry->display_name);
  g_free (entry->components);
  g_free (entry);
}

#define NS_DAV "DAV:"
#define NS_CARDDAV "urn:ietf:params:xml:ns:carddav"
#define NS_CALDAV "urn:ietf:params:xml:ns:caldav"

static gboolean
is_element (xmlNode    *node,
            const char *ns,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_str_equal ((const char *) node->ns->href, ns) &&
         g_str_equal ((const char *) node->name, name);
}

static xmlNode *
child_element (xmlNode    *node,
               const char *ns,
               const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, ns, name))
      return child;

  return NULL;
}

static char *
text_of (xmlNode *node)
{
  xmlChar *content;
  char *text;

  if (node == NULL)
    return NULL;

  content = xmlNodeGetContent (node);
  text = g_strstrip (g_strdup ((const char *) content));
  xmlFree (content);

  return text;
}

/* The path of @href, which is relative to @base (RFC 4918, 8.3). */
static char *
resolve_path (const char *base,
              const char *href)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *resolved = g_uri_resolve_relative (base, href, G_URI_FLAGS_ENCODED, &error);
  g_autoptr(GUri) uri = NULL;

  g_assert_no_error (error);
  uri = g_uri_parse (resolved, G_URI_FLAGS_ENCODED, &error);
  g_assert_no_error (error);

  return g_strdup (g_uri_get_path (uri));
}

static gboolean
same_path (const char *a,
           const char *b)
{
  g_autofree char *x = g_uri_unescape_string (a, NULL);
  g_autofree char *y = g_uri_unescape_string (b, NULL);
  size_t x_len = strlen (x), y_len = strlen (y);

  /* A collection with or without its slash. */
  if (x_len > 0 && x[x_len - 1] == '/')
    x[--x_len] = '\0';
  if (y_len > 0 && y[y_len - 1] == '/')
    y[--y_len] = '\0';

  return g_str_equal (x, y);
}

static NbDavServerEntry *
read_entry (xmlNode    *response,
            const char *base)
{
  NbDavServerEntry *entry = g_new0 (NbDavServerEntry, 1);
  g_autofree char *href = text_of (child_element (response, NS_DAV, "href"));

  g_assert_nonnull (href);
  entry->path = resolve_path (base, href);
  entry->kind = -1;

  for (xmlNode *propstat = response->children; propstat != NULL; propstat = propstat->next)
    {
      g_autofree char *status = NULL;
      xmlNode *prop, *type, *components;

      if (!is_element (propstat, NS_DAV, "propstat"))
        continue;
      status = text_of (child_element (propstat, NS_DAV, "status"));
      prop = child_element (propstat, NS_DAV, "prop");
      if (status == NULL || strstr (status, " 200 ") == NULL || prop == NULL)
        continue;

      if (child_element (prop, NS_DAV, "getetag") != NULL)
        entry->etag = text_of (child_element (prop, NS_DAV, "getetag"));
      if (child_element (prop, NS_DAV, "displayname") != NULL)
        entry->display_name = text_of (child_element (prop, NS_DAV, "displayname"));

      components = child_element (prop, NS_CALDAV, "supported-calendar-component-set");
      if (components != NULL)
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (xmlNode *comp = components->children; comp != NULL; comp = comp->next)
            {
              xmlChar *name;

              if (!is_element (comp, NS_CALDAV, "comp"))
                continue;
              name = xmlGetProp (comp, (const xmlChar *) "name");
              g_string_append_printf (names, "%s%s", names->len > 0 ? " " : "", (char *) name);
              xmlFree (name);
            }
          g_free (entry->components);
          entry->components = g_strdup (names->str);
        }

      type = child_element (prop, NS_DAV, "resourcetype");
      if (type != NULL)
        {
          entry->collection = child_element (type, NS_DAV, "collection") != NULL;
          if (child_element (type, NS_CARDDAV, "addressbook") != NULL)
            entry->kind = NB_DAV_ADDRESSBOOK;
          else if (child_element (type, NS_CALDAV, "calendar") != NULL)
            entry->kind = NB_DAV_CALENDAR;
        }
    }

  return entry;
}

/**
 * nb_dav_server_list:
 * @self: a #NbDavServer
 * @path: a collection
 * @user: the user name
 * @password: the password
 *
 * Lists what @path holds (PROPFIND, Depth 1), as another client sees it,
 * without @path itself. Fails the test when the server does not answer
 * with a multistatus.
 *
 * Returns: (transfer container) (element-type NbDavServerEntry): the
 *   members, in the server's order
 */
GPtrArray *
nb_dav_server_list (NbDavServer *self,
                    const char  *path,
                    const char  *user,
                    const char  *password)
{
  static const char body[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<D:propfind xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><D:prop>"
    "<D:resourcetype/><D:getetag/><D:displayname/><C:supported-calendar-component-set/>"
    "</D:prop></D:propfind>";
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *base = g_strconcat (self->url, path[0] == '/' ? path + 1 : path, NULL);
  xmlDoc *doc;
  xmlNode *root;
  guint status;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_dav_server_entry_free);
  status = request (self, "PROPFIND", path, "1", user, password, NULL, body, &answer, NULL);
  if (status != 207)
    g_error ("PROPFIND %s on %s: status %u: %s", path, nb_dav_server_get_name (self), status,
             answer ? answer : "");

  doc = xmlReadMemory (answer, strlen (answer), base, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_true (is_element (root, NS_DAV, "multistatus"));

  for (xmlNode *response = root->children; response != NULL; response = response->next)
    {
      NbDavServerEntry *entry;

      if (!is_element (response, NS_DAV, "response"))
        continue;

      entry = read_entry (response, base);
      if (same_path (entry->path, path))
        nb_dav_server_entry_free (entry);
      else
        g_ptr_array_add (entries, entry);
    }
  xmlFreeDoc (doc);

  return g_steal_pointer (&entries);
}

/**
 * nb_dav_server_read_all:
 * @self: a #NbDavServer
 * @path: a collection
 * @user: the user name
 * @password: the password
 *
 * Reads every resource of @path, one GET each, as another client would.
 *
 * Returns: (transfer full): their bodies, one after the other
 */
char *
nb_dav_server_read_all (NbDavServer *self,
                        const char  *path,
                        const char  *user,
                        const char  *password)
{
  g_autoptr(GPtrArray) entries = nb_dav_server_list (self, path, user, password);
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      NbDavServerEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *body = NULL;

      if (entry->collection)
        continue;

      g_assert_cmpuint (request (self, "GET", entry->path, NULL, user, password, NULL, NULL,
                                 &body, NULL), ==, 200);
      g_string_append (all, body);
    }

  return g_string_free (all, FALSE);
}

/**
 * nb_dav_server_set_fault:
 * @self: a #NbDavServer, behind the test proxy
 * @path: the path of a resource, encoded or not
 * @status: the HTTP status it fails with, such as 404 or 500
 * @fault: what a multiget says of it
 *
 * Makes one resource fail until nb_dav_server_clear_fault(): a request
 * for it is answered with @status, and in the answer to a multiget REPORT
 * its response carries @status instead (%NB_DAV_FAULT_STATUS) or is left
 * out (%NB_DAV_FAULT_DROP). It replaces a fault set before.
 */
void
nb_dav_server_set_fault (NbDavServer *self,
                         const char  *path,
                         guint        status,
                         NbDavFault   fault)
{
  g_autofree char *escaped = g_uri_escape_string (path, NULL, FALSE);
  g_autofree char *control = g_strdup_printf ("/.dav-proxy/fault?path=%s&status=%u&drop=%d",
                                              escaped, status, fault == NB_DAV_FAULT_DROP);

  g_assert_false (self->flags & NB_DAV_SERVER_DIRECT);
  g_assert_cmpuint (request (self, "PUT", control, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                    ==, 200);
}

/**
 * nb_dav_server_clear_fault:
 * @self: a #NbDavServer, behind the test proxy
 *
 * Lets the resource of nb_dav_server_set_fault() be again.
 *
 * Returns: how many times the fault was used: requests answered with the
 *   status, and responses replaced or left out
 */
guint
nb_dav_server_clear_fault (NbDavServer *self)
{
  g_autofree char *answer = NULL;

  g_assert_false (self->flags & NB_DAV_SERVER_DIRECT);
  g_assert_cmpuint (request (self, "DELETE", "/.dav-proxy/fault", NULL, NULL, NULL, NULL, NULL,
                             &answer, NULL), ==, 200);

  return (guint) g_ascii_strtoull (answer, NULL, 10);
}

/**
 * nb_dav_server_free:
 * @self: a #NbDavServer
 *
 * Kills the server and removes its folder with all collections.
 */
void
nb_dav_server_free (NbDavServer *self)
{
  if (self == NULL)
    return;

  /* Nothing of it is kept: no need to wait for a clean stop. */
  if (self->children != NULL)
    {
      nb_dav_server_kill (self);
      g_ptr_array_unref (self->children);
    }

  if (self->dir != NULL)
    remove_recursively (self->dir);

  g_free (self->dir);
  g_free (self->home);
  g_free (self->storage);
  g_free (self->url);
  g_free (self);
}
