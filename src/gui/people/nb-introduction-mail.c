/* nb-introduction-mail.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nb-field.h"
#include "nb-format.h"
#include "nb-introduction-mail.h"
#include "nb-mailto.h"

/* The drafts of an introduction, in the user's language, for the
 * desktop's mail app to open (a mailto: URI): asking one person whether
 * they would like to meet the other, and introducing both to each other.
 * Short, plain and meant to be edited; Netbook never sends mail itself. */

/* Whom a greeting names: the given name of the structured name
 * ("Lovelace;Ada;;;"), else the full name. */
static char *
dup_greeting_name (NbContact *contact)
{
  const char *structured = nb_contact_get_structured_name (contact);
  const char *full = nb_contact_get_full_name (contact);

  if (structured != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (structured, ";", 3);

      if (parts[0] != NULL && parts[1] != NULL && *g_strstrip (parts[1]) != '\0')
        return g_strdup (parts[1]);
    }

  return g_strdup (full != NULL && *full != '\0' ? full : _("there"));
}

static const char *
name_of (NbContact *contact)
{
  const char *full = nb_contact_get_full_name (contact);

  return full != NULL && *full != '\0' ? full : _("Someone");
}

/* A line about a person: what they do, what they can offer and what
 * they are looking for, as the card says it; %NULL when it says none. */
static char *
dup_about (NbContact *contact)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *work = nb_format_organization_line (contact);
  const char * const *offers = nb_contact_get_offers (contact);
  const char * const *needs = nb_contact_get_looking_for (contact);

  if (work != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&work));
  if (offers[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (_("; "), (char **) offers);

      /* Translators: in an introduction email, what a person can offer. */
      g_ptr_array_add (parts, g_strdup_printf (_("can help with %s"), list));
    }
  if (needs[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (_("; "), (char **) needs);

      /* Translators: in an introduction email, what a person needs. */
      g_ptr_array_add (parts, g_strdup_printf (_("is looking for %s"), list));
    }
  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the things said about a person in
   * an introduction email. */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

/**
 * nb_introduction_mail_compose_ask:
 * @asked: the person asked
 * @other: the person they would meet
 * @subject: (out): the subject
 * @body: (out): the text
 *
 * The draft asking @asked whether they would like to be introduced to
 * @other, saying that no is a fine answer.
 */
void
nb_introduction_mail_compose_ask (NbContact  *asked,
                                  NbContact  *other,
                                  char      **subject,
                                  char      **body)
{
  g_autofree char *greeting = NULL;
  g_autofree char *about = NULL;
  g_autofree char *who = NULL;

  g_return_if_fail (NB_IS_CONTACT (asked) && NB_IS_CONTACT (other));

  greeting = dup_greeting_name (asked);
  about = dup_about (other);
  if (about != NULL)
    /* Translators: a person and what is known of them, in an email:
     * "Charles Babbage (Engineer, Difference Engines Ltd, can help with
     * instrument making)". */
    who = g_strdup_printf (_("%1$s (%2$s)"), name_of (other), about);
  else
    who = g_strdup (name_of (other));

  /* Translators: the subject of an email asking whether someone would
   * like to be introduced; %s is the other person's name. */
  *subject = g_strdup_printf (_("Would you like to meet %s?"), name_of (other));
  /* Translators: an email asking whether someone would like to be
   * introduced to another person. Keep the line breaks; the user edits
   * it before sending. %1$s is the greeted person's first name, %2$s the
   * other person with what is known of them. */
  *body = g_strdup_printf (_("Hello %1$s,\n\n"
                             "I think you would enjoy meeting %2$s. Would you like me to introduce you?\n\n"
                             "If you would rather not, that is fine too.\n\n"
                             "Best wishes"),
                           greeting, who);
}

/**
 * nb_introduction_mail_compose_introduce:
 * @a: one person
 * @b: the other
 * @subject: (out): the subject
 * @body: (out): the text
 *
 * The draft introducing @a and @b to each other, with a line about each.
 */
void
nb_introduction_mail_compose_introduce (NbContact  *a,
                                        NbContact  *b,
                                        char      **subject,
                                        char      **body)
{
  g_autofree char *greeting_a = NULL;
  g_autofree char *greeting_b = NULL;
  g_autofree char *about_a = NULL;
  g_autofree char *about_b = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *hello = NULL;

  g_return_if_fail (NB_IS_CONTACT (a) && NB_IS_CONTACT (b));

  greeting_a = dup_greeting_name (a);
  greeting_b = dup_greeting_name (b);
  about_a = dup_about (a);
  about_b = dup_about (b);

  /* Translators: the subject of an email introducing two people. */
  *subject = g_strdup_printf (_("Introduction: %1$s and %2$s"), name_of (a), name_of (b));

  /* Translators: the opening of an email introducing two people, by their
   * first names. Keep the line breaks. */
  hello = g_strdup_printf (_("Hello %1$s and %2$s,\n\nI would like to introduce you to each other.\n\n"),
                           greeting_a, greeting_b);
  text = g_string_new (hello);
  if (about_a != NULL)
    /* Translators: a line about one person in an introduction email:
     * "Ada Lovelace: mathematician, is looking for an engineer". */
    g_string_append_printf (text, _("%1$s: %2$s\n"), name_of (a), about_a);
  if (about_b != NULL)
    g_string_append_printf (text, _("%1$s: %2$s\n"), name_of (b), about_b);
  if (about_a != NULL || about_b != NULL)
    g_string_append_c (text, '\n');
  /* Translators: the end of an email introducing two people. Keep the
   * line breaks. */
  g_string_append (text, _("I will let you take it from here.\n\nBest wishes"));

  *body = g_string_free (g_steal_pointer (&text), FALSE);
}

/* The preferred (first) email address, or NULL. */
static const char *
address_of (NbContact *contact)
{
  GPtrArray *emails = nb_contact_get_emails (contact);

  for (guint i = 0; i < emails->len; i++)
    {
      NbField *field = g_ptr_array_index (emails, i);

      if (field->value != NULL && *field->value != '\0')
        return field->value;
    }

  return NULL;
}

/**
 * nb_introduction_mail_has_address:
 * @contact: a contact
 *
 * Returns: whether a draft to them can name their address
 */
gboolean
nb_introduction_mail_has_address (NbContact *contact)
{
  g_return_val_if_fail (NB_IS_CONTACT (contact), FALSE);

  return address_of (contact) != NULL;
}

/**
 * nb_introduction_mail_ask_uri:
 * @asked: the person asked
 * @other: the person they would meet
 *
 * Returns: (transfer full): the mailto: URI of the draft of
 *   nb_introduction_mail_compose_ask(), to @asked's address
 */
char *
nb_introduction_mail_ask_uri (NbContact *asked,
                              NbContact *other)
{
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  const char *to[] = { address_of (asked), NULL };

  nb_introduction_mail_compose_ask (asked, other, &subject, &body);
  return nb_mailto_build (to[0] ? to : NULL, subject, body);
}

/**
 * nb_introduction_mail_introduce_uri:
 * @a: one person
 * @b: the other
 *
 * Returns: (transfer full): the mailto: URI of the draft of
 *   nb_introduction_mail_compose_introduce(), to both addresses known
 */
char *
nb_introduction_mail_introduce_uri (NbContact *a,
                                    NbContact *b)
{
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  const char *to[3] = { NULL, NULL, NULL };
  guint n = 0;

  if (address_of (a) != NULL)
    to[n++] = address_of (a);
  if (address_of (b) != NULL)
    to[n++] = address_of (b);

  nb_introduction_mail_compose_introduce (a, b, &subject, &body);
  return nb_mailto_build (to, subject, body);
}
