/* nb-radicale.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include <signal.h>
#include <sys/prctl.h>

#include "nb-radicale.h"

/* A Radicale server of the test's own: in a temporary folder, on a free
 * port of 127.0.0.1, with the users alice (secret) and bob (hunter2), each
 * allowed only their own collections. */

struct _NbRadicale
{
  char        *dir;
  char        *storage;
  char        *config;
  char        *log;
  char        *url;
  guint16      port;
  GSubprocess *process;
};

#define START_TIMEOUT_US (15 * G_USEC_PER_SEC)

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

static char *
log_tail (NbRadicale *self)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (self->log, &contents, &len, NULL) || len == 0)
    return g_strdup ("(empty log)");

  if (len > 2000)
    return g_strdup (contents + len - 2000);

  return g_steal_pointer (&contents);
}

static void
child_setup (gpointer data)
{
  /* No server outlives a test that aborts. */
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static gboolean
answers (NbRadicale *self)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;

  g_socket_client_set_timeout (client, 1);
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", self->port, NULL, NULL);

  return connection != NULL;
}

static gboolean
spawn (NbRadicale  *self,
       GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  gint64 deadline;

  g_assert (self->process == NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_subprocess_launcher_set_stderr_file_path (launcher, self->log);
  g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);
  self->process = g_subprocess_launcher_spawn (launcher, error,
                                               "radicale", "--config", self->config,
                                               NULL);
  if (self->process == NULL)
    return FALSE;

  deadline = g_get_monotonic_time () + START_TIMEOUT_US;
  while (g_get_monotonic_time () < deadline)
    {
      /* GLib reaps the child meanwhile; then it has no identifier. */
      if (g_subprocess_get_identifier (self->process) == NULL)
        {
          g_autofree char *tail = log_tail (self);

          g_clear_object (&self->process);
          g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                       "Radicale exited on start:\n%s", tail);
          return FALSE;
        }

      if (answers (self))
        return TRUE;

      g_usleep (50 * 1000);
    }

  {
    g_autofree char *tail = log_tail (self);

    nb_radicale_kill (self);
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                 "Radicale did not answer on port %u within 15 s:\n%s", self->port, tail);
    return FALSE;
  }
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

/**
 * nb_radicale_start:
 * @error: return location for an error
 *
 * Starts a Radicale server of its own in a temporary folder, with the
 * users alice (password "secret") and bob ("hunter2"), and waits (up to
 * 15 s) until it answers.
 *
 * Returns: (transfer full): the server, or %NULL with @error set (with the
 *   end of Radicale's log)
 */
NbRadicale *
nb_radicale_start (GError **error)
{
  g_autoptr(NbRadicale) self = g_new0 (NbRadicale, 1);
  g_autofree char *users = NULL;
  g_autofree char *config = NULL;

  self->dir = g_dir_make_tmp ("netbook-radicale-XXXXXX", error);
  if (self->dir == NULL)
    return NULL;

  self->storage = g_build_filename (self->dir, "collections", NULL);
  self->config = g_build_filename (self->dir, "config", NULL);
  self->log = g_build_filename (self->dir, "radicale.log", NULL);
  users = g_build_filename (self->dir, "users", NULL);

  self->port = free_port (error);
  if (self->port == 0)
    return NULL;
  self->url = g_strdup_printf ("http://127.0.0.1:%u/", self->port);

  if (!g_file_set_contents (users, "alice:secret\nbob:hunter2\n", -1, error))
    return NULL;

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
                            self->port, users, self->storage);
  if (!g_file_set_contents (self->config, config, -1, error))
    return NULL;

  if (!spawn (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * nb_radicale_get_url:
 * @self: a #NbRadicale
 *
 * Returns: the server's address, "http://127.0.0.1:PORT/"
 */
const char *
nb_radicale_get_url (NbRadicale *self)
{
  return self->url;
}

/**
 * nb_radicale_get_storage:
 * @self: a #NbRadicale
 *
 * Returns: the folder where the server keeps its collections
 */
const char *
nb_radicale_get_storage (NbRadicale *self)
{
  return self->storage;
}

static void
end (NbRadicale *self,
     int         signum)
{
  if (self->process == NULL)
    return;

  g_subprocess_send_signal (self->process, signum);
  g_subprocess_wait (self->process, NULL, NULL);
  g_clear_object (&self->process);
}

/**
 * nb_radicale_stop:
 * @self: a #NbRadicale
 *
 * Stops the server (SIGTERM) and waits until it is gone. Its collections
 * stay; nb_radicale_restart() starts it again.
 */
void
nb_radicale_stop (NbRadicale *self)
{
  end (self, SIGTERM);
}

/**
 * nb_radicale_kill:
 * @self: a #NbRadicale
 *
 * Kills the server (SIGKILL), as if it died in the middle of a request,
 * and waits until it is gone.
 */
void
nb_radicale_kill (NbRadicale *self)
{
  end (self, SIGKILL);
}

/**
 * nb_radicale_restart:
 * @self: a #NbRadicale
 * @error: return location for an error
 *
 * Starts the server again, on the same port with the same collections
 * (stopping it first if it runs).
 *
 * Returns: %TRUE when it answers again
 */
gboolean
nb_radicale_restart (NbRadicale  *self,
                     GError     **error)
{
  nb_radicale_stop (self);
  return spawn (self, error);
}

/**
 * nb_radicale_http:
 * @self: a #NbRadicale
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
nb_radicale_http (NbRadicale  *self,
                  const char  *method,
                  const char  *path,
                  const char  *user,
                  const char  *password,
                  const char  *content_type,
                  const char  *body,
                  char       **response,
                  char       **etag)
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
 * nb_radicale_free:
 * @self: a #NbRadicale
 *
 * Stops the server and removes its folder with all collections.
 */
void
nb_radicale_free (NbRadicale *self)
{
  if (self == NULL)
    return;

  nb_radicale_stop (self);

  if (self->dir != NULL)
    remove_recursively (self->dir);

  g_free (self->dir);
  g_free (self->storage);
  g_free (self->config);
  g_free (self->log);
  g_free (self->url);
  g_free (self);
}
