/* test-limits.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nb-dav-client.h"
#include "nb-ical.h"
#include "nb-sync-error.h"
#include "nb-test-util.h"
#include "nb-vcard-reader.h"

/*
 * Hostile sizes: a 1 GiB vCard stream, one card of a million lines, a
 * 100 MiB photo, a calendar of a million events, a 1 GiB DAV answer. Each is
 * refused or streamed, with a message, and the process doing the work (the
 * real `netbook --import`, or this test run again as a child for the DAV
 * client) stays under RSS_BOUND_MIB of peak resident memory, as the kernel
 * counts it (wait4's ru_maxrss).
 *
 * The input is never written to disk: it is generated into the child's
 * standard input (`--import /dev/stdin`) or sent by a server on 127.0.0.1.
 *
 * Under AddressSanitizer (some 5 times slower, and its shadow memory and
 * allocator count as resident: 434 MiB where 60 MiB is enough without) the
 * giant inputs are 128 MiB instead of 1 GiB, the many small cards fewer,
 * the largest DAV answer read 2 MiB instead of 63 MiB, and the bound is
 * 3 times as high (the whole test took 660 s under ASan with 4 times as
 * much, on a busy machine); NB_TEST_GIANT_MIB sets the giant size
 * by hand.
 *
 * ru_maxrss is conservative: a child forked from this test starts with its
 * resident pages (some 20 MiB here, more under ASan) before it runs
 * netbook.
 */

#define RSS_BOUND_MIB 200

#if defined(__SANITIZE_ADDRESS__)
# define UNDER_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define UNDER_ASAN 1
# endif
#endif

static guint64
giant_bytes (void)
{
  const char *env = g_getenv ("NB_TEST_GIANT_MIB");

  if (env != NULL && *env)
    return g_ascii_strtoull (env, NULL, 10) * 1024 * 1024;
#ifdef UNDER_ASAN
  return (guint64) 128 * 1024 * 1024;
#else
  return (guint64) 1024 * 1024 * 1024;
#endif
}

static long
rss_bound_kib (void)
{
#ifdef UNDER_ASAN
  return 3 * RSS_BOUND_MIB * 1024L;
#else
  return RSS_BOUND_MIB * 1024L;
#endif
}

/* ---------------------------------------------------------------------- */
/* A child with a generated standard input                                 */

typedef struct
{
  int   fd;
  guint64 written;
  gboolean closed;   /* the child stopped reading */
} Sink;

/* Writes all of @data, unless the child closed its end. */
static gboolean
sink_write (Sink       *sink,
            const char *data,
            gsize       len)
{
  while (len > 0 && !sink->closed)
    {
      ssize_t n = write (sink->fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          g_assert_cmpint (errno, ==, EPIPE);
          sink->closed = TRUE;
          break;
        }
      data += n;
      len -= n;
      sink->written += n;
    }
  return !sink->closed;
}

typedef void (*Generator) (Sink *sink, gpointer data);

typedef struct
{
  int    status;
  long   maxrss_kib;
  double seconds;
  char  *out;
  char  *err;
} ChildResult;

static void
child_result_clear (ChildResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

static char *
read_fd (int fd)
{
  GString *text = g_string_new (NULL);
  char buffer[4096];
  ssize_t n;

  lseek (fd, 0, SEEK_SET);
  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  close (fd);
  return g_string_free (text, FALSE);
}

/* A file for the child's stdout or stderr: a pipe could fill up while the
 * test writes the child's input. */
static int
temp_fd (void)
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("nb-limits-XXXXXX", &path, NULL);

  g_assert_cmpint (fd, >=, 0);
  unlink (path);
  return fd;
}

static void
run_child (const char * const *argv,
           Generator           generator,
           gpointer            data,
           ChildResult        *result)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int out_fd = temp_fd ();
  int err_fd = temp_fd ();
  int in_fd = -1;
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  GPid pid;
  int status;

#ifdef UNDER_ASAN
  {
    /* A small quarantine: freed memory kept back to find use-after-free
     * would otherwise be counted as resident. */
    const char *asan = g_environ_getenv (envp, "ASAN_OPTIONS");
    g_autofree char *options = g_strdup_printf ("%s%squarantine_size_mb=16", asan ? asan : "",
                                                asan && *asan ? ":" : "");
    envp = g_environ_setenv (envp, "ASAN_OPTIONS", options, TRUE);
  }
#endif

  g_spawn_async_with_pipes_and_fds (NULL, argv, (const char * const *) envp,
                                    G_SPAWN_DO_NOT_REAP_CHILD,
                                    NULL, NULL, -1, out_fd, err_fd, NULL, NULL, 0,
                                    &pid, generator ? &in_fd : NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  if (generator != NULL)
    {
      Sink sink = { in_fd, 0, FALSE };

      generator (&sink, data);
      close (in_fd);
      g_test_message ("wrote %" G_GUINT64_FORMAT " MiB to the child%s", sink.written >> 20,
                      sink.closed ? " (it stopped reading)" : "");
    }

  /* A server of this test's may be answering the child meanwhile. */
  for (;;)
    {
      pid_t done = wait4 (pid, &status, WNOHANG, &usage);

      if (done == pid)
        break;
      g_assert_true (done == 0 || errno == EINTR);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (10000);
    }
  g_spawn_close_pid (pid);

  result->status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  result->maxrss_kib = usage.ru_maxrss;
  result->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  result->out = read_fd (out_fd);
  result->err = read_fd (err_fd);

  g_test_message ("peak RSS %ld MiB (bound %ld MiB), %.1f s, exit %d",
                  result->maxrss_kib / 1024, rss_bound_kib () / 1024, result->seconds,
                  result->status);
  g_test_message ("stdout: %.500s", result->out);
  g_test_message ("stderr: %.500s", result->err);
  if (!WIFEXITED (status))
    g_error ("the child did not exit: %s", WIFSIGNALED (status) ? g_strsignal (WTERMSIG (status)) : "?");
}

static void
run_import (Generator    generator,
            gpointer     data,
            ChildResult *result)
{
  g_autofree char *db = nb_test_tmp_path ("limits.db");
  const char *argv[] = { g_getenv ("NETBOOK_BIN"), "--database", db, "--import", "/dev/stdin", NULL };

  g_assert_nonnull (argv[0]);
  run_child (argv, generator, data, result);
  g_assert_cmpint (result->maxrss_kib, <, rss_bound_kib ());
}

/* ---------------------------------------------------------------------- */
/* vCard                                                                   */

static const char after_card[] =
  "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:after\r\nFN:Ada After\r\nEND:VCARD\r\n";

/* 1 GiB of cards of 1 MiB each, all the same contact: the reader and the
 * import must not keep what they have read. */
static void
generate_giant_file (Sink    *sink,
                     gpointer data)
{
  guint64 total = giant_bytes ();
  g_autoptr(GString) card = g_string_new ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:giant\r\nFN:Grace Giant\r\nNOTE:");

  while (card->len < 1024 * 1024)
    g_string_append (card, "All work and no play makes a very long note. ");
  g_string_append (card, "\r\nEND:VCARD\r\n");

  while (sink->written < total)
    if (!sink_write (sink, card->str, card->len))
      return;
  sink_write (sink, after_card, strlen (after_card));
}

static void
test_giant_file (void)
{
  ChildResult result = { 0 };

  run_import (generate_giant_file, NULL, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (result.out, "Imported 2 contacts"));
  child_result_clear (&result);
}

/* 64 MiB of empty cards (1.8 million; 4 MiB under ASan, where each
 * line said about them costs a slow unwind), each one skipped: what is
 * said about them must not grow with them (it took 3 GiB for 1 GiB). */
static void
generate_skipped_cards (Sink    *sink,
                        gpointer data)
{
  guint64 total = MIN (64 * 1024 * 1024, giant_bytes () / 32);
  g_autoptr(GString) cards = g_string_new (NULL);

  while (cards->len < 1024 * 1024)
    g_string_append (cards, "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n");

  while (sink->written < total)
    if (!sink_write (sink, cards->str, cards->len))
      return;
  sink_write (sink, after_card, strlen (after_card));
}

static void
test_skipped_cards (void)
{
  ChildResult result = { 0 };

  run_import (generate_skipped_cards, NULL, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (result.out, "Imported 1 contact, updated 0, skipped "));
  g_assert_cmpuint (strlen (result.err), <, 256 * 1024);
  g_assert_nonnull (strstr (result.err, "more problems are not listed"));
  child_result_clear (&result);
}

static void
generate_million_lines (Sink    *sink,
                        gpointer data)
{
  static const char head[] = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:lines\r\nFN:Many Lines\r\n";
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (lines, "TEL:%u\r\n", i);

  sink_write (sink, head, strlen (head));
  for (guint i = 0; i < 1000; i++)
    if (!sink_write (sink, lines->str, lines->len))
      return;
  sink_write (sink, "END:VCARD\r\n", 11);
  sink_write (sink, after_card, strlen (after_card));
}

static void
test_million_lines (void)
{
  ChildResult result = { 0 };

  run_import (generate_million_lines, NULL, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (result.out, "Imported 1 contact, updated 0, skipped 1"));
  g_assert_nonnull (strstr (result.err, "stdin, card 1 (line 1): skipped: "));
  child_result_clear (&result);
}

static void
generate_giant_photo (Sink    *sink,
                      gpointer data)
{
  static const char head[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:photo\r\nFN:Pia Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/";
  g_autoptr(GString) folded = g_string_new (NULL);
  guint64 total = 100 * 1024 * 1024;

  while (folded->len < 1024 * 1024)
    g_string_append (folded, "\r\n AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

  sink_write (sink, head, strlen (head));
  while (sink->written < total)
    if (!sink_write (sink, folded->str, folded->len))
      return;
  sink_write (sink, "\r\nEND:VCARD\r\n", 13);
  sink_write (sink, after_card, strlen (after_card));
}

static void
test_giant_photo (void)
{
  ChildResult result = { 0 };

  run_import (generate_giant_photo, NULL, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (result.out, "Imported 1 contact, updated 0, skipped 1"));
  g_assert_nonnull (strstr (result.err, "stdin, card 1 (line 1): skipped: the card is larger than 16 MiB"));
  child_result_clear (&result);
}

/* The largest card read: a photo just under NB_VCARD_MAX_PHOTO_BYTES
 * (13 MiB of BASE64) and notes, 15.5 MiB in all. */
static void
generate_largest_card (Sink    *sink,
                       gpointer data)
{
  static const char head[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:largest\r\nFN:Lara Largest\r\nPHOTO;ENCODING=b;TYPE=PNG:";
  g_autoptr(GString) photo = g_string_new (NULL);
  g_autoptr(GString) note = g_string_new ("\r\nNOTE:");
  g_autofree guchar *png = g_malloc0 (NB_VCARD_MAX_PHOTO_BYTES - 1024);
  g_autofree char *base64 = NULL;
  gsize len;

  /* A PNG's signature, then zeros. */
  memcpy (png, "\x89PNG\r\n\x1a\n", 8);
  base64 = g_base64_encode (png, NB_VCARD_MAX_PHOTO_BYTES - 1024);
  len = strlen (base64);
  for (gsize i = 0; i < len; i += 74)
    {
      if (i > 0)
        g_string_append (photo, "\r\n ");
      g_string_append_len (photo, base64 + i, MIN (len - i, 74));
    }
  while (note->len < 2 * 1024 * 1024)
    g_string_append (note, "A long note\\nof many lines. ");

  sink_write (sink, head, strlen (head));
  sink_write (sink, photo->str, photo->len);
  sink_write (sink, note->str, note->len);
  sink_write (sink, "\r\nEND:VCARD\r\n", 13);
}

static void
test_largest_card (void)
{
  ChildResult result = { 0 };

  run_import (generate_largest_card, NULL, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "Imported 1 contact, updated 0, skipped 0\n");
  child_result_clear (&result);
}

/* What real data looks like: 100,000 contacts (5,000 under ASan),
 * imported whole. */
#ifdef UNDER_ASAN
# define N_BOOK 5000
#else
# define N_BOOK 100000
#endif
static void
generate_address_book (Sink    *sink,
                       gpointer data)
{
  g_autoptr(GString) chunk = g_string_new (NULL);

  for (guint i = 0; i < N_BOOK; i++)
    {
      g_string_append_printf (chunk,
                              "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:book-%u\r\nFN:Person %u\r\n"
                              "N:%u;Person;;;\r\nEMAIL;TYPE=HOME:person%u@example.org\r\n"
                              "TEL;TYPE=CELL:+1 555 %07u\r\nBDAY:1980-%02u-%02u\r\n"
                              "ADR;TYPE=HOME:;;%u Main Street;Springfield;;12345;USA\r\n"
                              "NOTE:Met at the conference in %u.\r\nEND:VCARD\r\n",
                              i, i, i, i, i, 1 + i % 12, 1 + i % 28, i, 1990 + i % 30);
      if (chunk->len > 1024 * 1024)
        {
          if (!sink_write (sink, chunk->str, chunk->len))
            return;
          g_string_truncate (chunk, 0);
        }
    }
  sink_write (sink, chunk->str, chunk->len);
}

static void
test_address_book (void)
{
  g_autofree char *expected = g_strdup_printf ("Imported %u contacts, updated 0, skipped 0\n", N_BOOK);
  ChildResult result = { 0 };

  run_import (generate_address_book, NULL, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, expected);
  child_result_clear (&result);
}

/* ---------------------------------------------------------------------- */
/* iCalendar                                                               */

static void
generate_calendar (Sink    *sink,
                   gpointer data)
{
  /* A million, but some 150 bytes each; or 36 bytes each; or as many meals
   * as the README's benchmark has. */
  gboolean dense = GPOINTER_TO_INT (data) == 1;
  guint n_events = GPOINTER_TO_INT (data) == 2 ? 30000 : 1000000;
  static const char head[] = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n";
  g_autoptr(GString) chunk = g_string_new (NULL);

  sink_write (sink, head, strlen (head));
  for (guint i = 0; i < n_events; i++)
    {
      if (dense)
        g_string_append_printf (chunk, "BEGIN:VEVENT\r\nUID:%u\r\nEND:VEVENT\r\n", i);
      else
        g_string_append_printf (chunk,
                                "BEGIN:VEVENT\r\nUID:event-%u@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
                                "DTSTART:2026%02u%02uT120000Z\r\nDTEND:2026%02u%02uT133000Z\r\n"
                                "SUMMARY:Lunch %u\r\nEND:VEVENT\r\n",
                                i, 1 + i % 12, 1 + i % 28, 1 + i % 12, 1 + i % 28, i);
      if (chunk->len > 1024 * 1024)
        {
          if (!sink_write (sink, chunk->str, chunk->len))
            return;
          g_string_truncate (chunk, 0);
        }
    }
  sink_write (sink, chunk->str, chunk->len);
  sink_write (sink, "END:VCALENDAR\r\n", 15);
}

/* A million events of some 150 bytes: more bytes than a calendar may have. */
static void
test_million_events (void)
{
  ChildResult result = { 0 };

  run_import (generate_calendar, GINT_TO_POINTER (0), &result);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_nonnull (strstr (result.err, "“stdin” is larger than 64 MiB"));
  g_assert_nonnull (strstr (result.err, "Nothing was imported."));
  child_result_clear (&result);
}

/* A million events of 36 bytes: within the bytes, but more events than a
 * calendar may have. */
static void
test_million_events_dense (void)
{
  ChildResult result = { 0 };

  run_import (generate_calendar, GINT_TO_POINTER (1), &result);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_nonnull (strstr (result.err, "“stdin” holds more than 200000 events and other parts"));
  g_assert_nonnull (strstr (result.err, "Nothing was imported."));
  child_result_clear (&result);
}

/* 30,000 meals, as an export of the README's benchmark has: imported
 * under the bound. (At NB_ICAL_MAX_COMPONENTS it takes 761 MiB: see
 * nb-ical.h.) */
static void
test_many_meals (void)
{
  ChildResult result = { 0 };

  run_import (generate_calendar, GINT_TO_POINTER (2), &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (result.out, "Imported 30000 meals"));
  child_result_clear (&result);
}

/* ---------------------------------------------------------------------- */
/* A DAV server that answers with a gigabyte                               */

typedef enum
{
  GIANT_STREAMED,     /* 1 GiB, no Content-Length */
  GIANT_WITH_LENGTH,  /* 1 GiB, said up front */
  GIANT_LARGEST,      /* a whole multistatus just under the client's bound */
} GiantKind;

/* The DAV client's bound on an answer (MAX_RESPONSE_SIZE in
 * nb-dav-client.c). */
#define DAV_MAX_ANSWER (64 * 1024 * 1024)

/* Whole responses up to this, for the largest answer read. */
static guint64
largest_answer_bytes (void)
{
#ifdef UNDER_ASAN
  return 2 * 1024 * 1024;
#else
  return DAV_MAX_ANSWER - 1024 * 1024;
#endif
}

typedef struct
{
  GiantKind          kind;
  GSocketListener   *listener;
  GCancellable      *cancellable;  /* to stop waiting when no child came */
  guint64            sent;
  guint              responses;  /* whole ones sent */
} GiantServer;

static gboolean
giant_answer (GiantServer       *server,
              GSocketConnection *connection)
{
  GInputStream *in = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_autoptr(GString) request = g_string_new (NULL);
  g_autoptr(GString) head = g_string_new (NULL);
  g_autoptr(GString) chunk = g_string_new (NULL);
  guint64 total = server->kind == GIANT_LARGEST ? largest_answer_bytes () : giant_bytes ();
  char buffer[4096];
  const char *end;
  gsize head_len;
  gsize body_len = 0;
  guint64 sent = 0;
  guint per_chunk = 0;
  guint responses = 0;

  /* The request's head, then its body. */
  while ((end = strstr (request->str, "\r\n\r\n")) == NULL)
    {
      gssize n = g_input_stream_read (in, buffer, sizeof buffer, NULL, NULL);

      if (n <= 0)
        return TRUE;
      g_string_append_len (request, buffer, n);
    }
  {
    const char *length = strstr (request->str, "Content-Length: ");

    if (length == NULL)
      length = strstr (request->str, "content-length: ");
    if (length != NULL && length < end)
      body_len = g_ascii_strtoull (length + 16, NULL, 10);
  }
  /* An offset, not @end: reading the body may move the string. */
  head_len = (gsize) (end - request->str) + 4;
  while (request->len < head_len + body_len)
    {
      gssize n = g_input_stream_read (in, buffer, sizeof buffer, NULL, NULL);

      if (n <= 0)
        return TRUE;
      g_string_append_len (request, buffer, n);
    }

  g_string_append (head, "HTTP/1.1 207 Multi-Status\r\n"
                         "Content-Type: application/xml; charset=utf-8\r\n"
                         "Connection: close\r\n");
  if (server->kind == GIANT_WITH_LENGTH)
    g_string_append_printf (head, "Content-Length: %" G_GUINT64_FORMAT "\r\n", total);
  g_string_append (head, "\r\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
                         "<d:multistatus xmlns:d=\"DAV:\">\r\n");
  if (!g_output_stream_write_all (out, head->str, head->len, NULL, NULL, NULL))
    return TRUE;

  for (; chunk->len < 1024 * 1024; per_chunk++)
    g_string_append_printf (chunk,
                            "<d:response><d:href>/cal/event-%u.ics</d:href><d:propstat><d:prop>"
                            "<d:getetag>\"%u\"</d:getetag></d:prop>"
                            "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>\r\n",
                            per_chunk, per_chunk);
  while (sent < total)
    {
      gsize n = MIN (chunk->len, total - sent);

      /* Whole responses, then the end, for the largest answer read. */
      if (server->kind == GIANT_LARGEST && n < chunk->len)
        break;
      if (!g_output_stream_write_all (out, chunk->str, n, NULL, NULL, NULL))
        break;
      sent += n;
      if (n == chunk->len)
        responses += per_chunk;
    }
  if (server->kind == GIANT_LARGEST)
    g_output_stream_write_all (out, "</d:multistatus>\r\n", 18, NULL, NULL, NULL);
  server->sent = sent;
  server->responses = responses;
  return TRUE;
}

/* Answers the one request the child makes, in a thread of its own. */
static gpointer
giant_serve (gpointer user_data)
{
  GiantServer *server = user_data;
  g_autoptr(GSocketConnection) connection = g_socket_listener_accept (server->listener, NULL,
                                                                     server->cancellable, NULL);

  if (connection != NULL)
    giant_answer (server, connection);
  return NULL;
}

static void
run_giant_dav_answer (GiantKind kind)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GiantServer server = { kind, listener, cancellable, 0, 0 };
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  const char *argv[] = { NULL, "--dav-child", NULL, NULL };
  ChildResult result = { 0 };
  GThread *thread;

  g_socket_listener_add_address (listener, address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error);
  g_assert_no_error (error);
  /* One connection, served by a thread of the test's own. */
  thread = g_thread_new ("giant-server", giant_serve, &server);

  url = g_strdup_printf ("http://127.0.0.1:%u/cal/",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  argv[0] = g_getenv ("NB_TEST_SELF");
  argv[2] = url;
  run_child (argv, NULL, NULL, &result);
  /* The child has gone: the server has answered, its writes fail, or it
   * still waits for a child that never came. */
  g_cancellable_cancel (cancellable);
  g_thread_join (thread);
  g_socket_listener_close (listener);

  g_test_message ("the server sent %" G_GUINT64_FORMAT " MiB; the child said: %s",
                  server.sent >> 20, result.err);
  if (result.status != 0)
    g_printerr ("The child exited with %d after %.1f s; the server sent %" G_GUINT64_FORMAT
                " bytes; the child said: %s", result.status, result.seconds, server.sent, result.err);
  g_assert_cmpint (result.status, ==, 0);
  if (kind == GIANT_LARGEST)
    {
      g_autofree char *listed = g_strdup_printf ("listed %u entity tags\n", server.responses);

      /* Each response is listed, though every chunk repeats the hrefs of
       * the first: streaming loses none. */
      g_assert_cmpstr (result.err, ==, listed);
    }
  else
    g_assert_cmpstr (result.err, ==, "The server’s answer is too big\n");
  g_assert_cmpint (result.maxrss_kib, <, rss_bound_kib ());
  child_result_clear (&result);
}

static void
test_giant_dav_answer (gconstpointer data)
{
  GiantKind kind = GPOINTER_TO_INT (data);

  /* The largest answer read: the client holds the answer (at most
   * DAV_MAX_ANSWER) and the resources it lists, but reads the XML as it
   * streams, one response at a time. 63 MiB of 383,000 entity tags: peak
   * 170 MiB in 1.6 s (651 MiB when libxml2 made a tree of the whole). */
  run_giant_dav_answer (kind);
}

/* The child: lists the collection's entity tags, or says why it could
 * not; exits 0 when it listed them or that was a protocol error. */
static int
dav_child (const char *url)
{
  g_autoptr(NbDavClient) client = NULL;
  g_autoptr(GPtrArray) etags = NULL;
  g_autoptr(GError) error = NULL;

  client = nb_dav_client_new (url, "user", "password", &error);
  if (client == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  etags = nb_dav_client_list_etags (client, "/cal/", NULL, &error);
  if (etags != NULL)
    {
      g_printerr ("listed %u entity tags\n", etags->len);
      return 0;
    }
  g_printerr ("%s\n", error->message);
  return g_error_matches (error, NB_SYNC_ERROR, NB_SYNC_ERROR_PROTOCOL) ? 0 : 4;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--dav-child"))
    {
      setlocale (LC_ALL, "");
      return dav_child (argv[2]);
    }

  /* A child that stops reading its input is no reason to stop. */
  signal (SIGPIPE, SIG_IGN);
  {
    g_autofree char *self = g_canonicalize_filename (argv[0], NULL);

    g_setenv ("NB_TEST_SELF", self, TRUE);
  }

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/limits/vcard/giant-file", test_giant_file);
  g_test_add_func ("/limits/vcard/skipped-cards", test_skipped_cards);
  g_test_add_func ("/limits/vcard/million-lines", test_million_lines);
  g_test_add_func ("/limits/vcard/giant-photo", test_giant_photo);
  g_test_add_func ("/limits/vcard/largest-card", test_largest_card);
  g_test_add_func ("/limits/vcard/address-book", test_address_book);
  g_test_add_func ("/limits/ical/million-events", test_million_events);
  g_test_add_func ("/limits/ical/million-events-dense", test_million_events_dense);
  g_test_add_func ("/limits/ical/many-meals", test_many_meals);
  g_test_add_data_func ("/limits/dav/giant-answer", GINT_TO_POINTER (GIANT_STREAMED),
                        test_giant_dav_answer);
  g_test_add_data_func ("/limits/dav/giant-answer-with-length", GINT_TO_POINTER (GIANT_WITH_LENGTH),
                        test_giant_dav_answer);
  g_test_add_data_func ("/limits/dav/largest-answer", GINT_TO_POINTER (GIANT_LARGEST),
                        test_giant_dav_answer);

  return g_test_run ();
}
