/* nb-mailto.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-mailto.h"

/* A mailto: URI (RFC 6068) for the desktop's mail app to open as a draft:
 * Netbook never sends mail itself. */

/* What may stay as it is in an address (RFC 6068, 2: "some-char" less
 * "%" and the delimiters; "@" is kept so that an address reads as one). */
#define ADDRESS_ALLOWED "!$'()*+.-_~@"

/* What may stay in the value of a header field: unreserved characters
 * only, so that "&", "=", "#", "%", "+" and spaces in a text are never
 * read as the URI's own. */
#define VALUE_ALLOWED "-._~"

/* Line breaks in a body are CRLF (RFC 6068, 5), written %0D%0A. */
static char *
escape_body (const char *body)
{
  g_autoptr(GString) crlf = g_string_sized_new (strlen (body) + 16);

  for (const char *p = body; *p != '\0'; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\n' || *p == '\r')
        g_string_append (crlf, "\r\n");
      else
        g_string_append_c (crlf, *p);
    }

  return g_uri_escape_string (crlf->str, VALUE_ALLOWED, FALSE);
}

/**
 * nb_mailto_build:
 * @to: (array zero-terminated=1) (nullable): the addresses; empty ones
 *   and ones that cannot be an address (no "@", or a character that
 *   cannot be in one: a space, a comma, "<", ">"…) are left out
 * @subject: (nullable): the subject
 * @body: (nullable): the text, in lines
 *
 * Returns: (transfer full): `mailto:ada@example.org,charles@example.org?subject=…&body=…`,
 *   everything escaped so that the mail app shows the text as it is
 *   given (UTF-8 as percent-encoded bytes)
 */
char *
nb_mailto_build (const char * const *to,
                 const char         *subject,
                 const char         *body)
{
  GString *uri = g_string_new ("mailto:");
  const char *separator = "?";
  gboolean first = TRUE;

  for (guint i = 0; to != NULL && to[i] != NULL; i++)
    {
      const char *address = to[i];
      g_autofree char *escaped = NULL;

      if (strchr (address, '@') == NULL || strpbrk (address, " ,<>\"\t\r\n;:?&=#%") != NULL ||
          !g_utf8_validate (address, -1, NULL))
        continue;

      escaped = g_uri_escape_string (address, ADDRESS_ALLOWED, FALSE);
      if (!first)
        g_string_append_c (uri, ',');
      g_string_append (uri, escaped);
      first = FALSE;
    }

  if (subject != NULL && *subject != '\0')
    {
      g_autofree char *escaped = g_uri_escape_string (subject, VALUE_ALLOWED, FALSE);

      g_string_append_printf (uri, "%ssubject=%s", separator, escaped);
      separator = "&";
    }
  if (body != NULL && *body != '\0')
    {
      g_autofree char *escaped = escape_body (body);

      g_string_append_printf (uri, "%sbody=%s", separator, escaped);
    }

  return g_string_free (uri, FALSE);
}
