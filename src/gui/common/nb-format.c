/* nb-format.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-format"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-format.h"

/**
 * nb_format_label_keys:
 * @kind: the kind of field
 *
 * Returns: (transfer none): the canonical labels a field of @kind offers,
 *   %NULL-terminated
 */
const char * const *
nb_format_label_keys (NbLabelKind kind)
{
  static const char * const email[] = { "home", "work", "other", NULL };
  static const char * const phone[] = { "mobile", "home", "work", "main", "fax", "pager", "other", NULL };
  static const char * const website[] = { "homepage", "home", "work", "other", NULL };
  static const char * const address[] = { "home", "work", "other", NULL };

  switch (kind)
    {
    case NB_LABEL_KIND_EMAIL: return email;
    case NB_LABEL_KIND_PHONE: return phone;
    case NB_LABEL_KIND_WEBSITE: return website;
    case NB_LABEL_KIND_ADDRESS: return address;
    default: g_return_val_if_reached (email);
    }
}

/**
 * nb_format_label:
 * @label: (nullable): a canonical or custom label
 *
 * Returns: (transfer full): the label as shown: translated when canonical,
 *   as written when custom, empty for none
 */
char *
nb_format_label (const char *label)
{
  static const struct { const char *key; const char *text; } labels[] = {
    { "home", NC_("field label", "Home") },
    { "work", NC_("field label", "Work") },
    { "other", NC_("field label", "Other") },
    { "mobile", NC_("field label", "Mobile") },
    /* Translators: a phone number's label: the main number of a household
     * or a company. */
    { "main", NC_("field label", "Main") },
    { "fax", NC_("field label", "Fax") },
    { "pager", NC_("field label", "Pager") },
    { "homepage", NC_("field label", "Homepage") },
  };

  if (label == NULL)
    return g_strdup ("");

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (g_str_equal (label, labels[i].key))
        return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "field label", labels[i].text));
    }

  return g_strdup (label);
}

/**
 * nb_format_month_name:
 * @month: 1 to 12
 *
 * Returns: (transfer full): the month's name in the locale, standing alone
 */
char *
nb_format_month_name (guint month)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  date = g_date_time_new_utc (2000, month, 1, 0, 0, 0);
  /* %OB: the month's name in the nominative case, where a language has one. */
  return g_date_time_format (date, "%OB");
}

/**
 * nb_format_birthday:
 * @birthday: a birthday
 *
 * Returns: (transfer full): "December 10, 1815", or "December 10" without
 *   the year, in the locale's way
 */
char *
nb_format_birthday (const NbBirthday *birthday)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (birthday != NULL, NULL);

  date = g_date_time_new_utc (birthday->year ? birthday->year : 2000,
                              birthday->month, birthday->day, 0, 0, 0);

  if (birthday->year)
    /* Translators: a birthday with its year, as g_date_time_format() takes
     * it: "%B %-d, %Y" gives "December 10, 1815"; "%-d. %B %Y" gives
     * "10. Dezember 1815". */
    return g_date_time_format (date, _("%B %-d, %Y"));

  /* Translators: a birthday without its year: "%B %-d" gives "December 10";
   * "%-d. %B" gives "10. Dezember". */
  return g_date_time_format (date, _("%B %-d"));
}

/**
 * nb_format_birthday_countdown:
 * @birthday: a birthday
 * @today: the current date
 *
 * Returns: (transfer full): "Turns 43 in 5 days", "Turns 43 today",
 *   "Birthday in 5 days" (without the year), …
 */
char *
nb_format_birthday_countdown (const NbBirthday *birthday,
                              const GDate      *today)
{
  int days, age;

  g_return_val_if_fail (birthday != NULL, NULL);

  days = nb_birthday_days_until (birthday, today);
  age = nb_birthday_age_at_next (birthday, today);

  if (age >= 0)
    {
      if (days == 0)
        return g_strdup_printf (_("Turns %d today"), age);
      if (days == 1)
        return g_strdup_printf (_("Turns %d tomorrow"), age);
      /* Translators: "Turns 43 in 5 days": the first %d is the age the
       * person turns, the second the number of days until then, which
       * chooses the plural form. Use %1$d and %2$d to reorder them. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Turns %d in %d day",
                                           "Turns %d in %d days", days),
                              age, days);
    }

  if (days == 0)
    return g_strdup (_("Birthday today"));
  if (days == 1)
    return g_strdup (_("Birthday tomorrow"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Birthday in %d day",
                                       "Birthday in %d days", days),
                          days);
}

/**
 * nb_format_organization:
 * @contact: a contact
 *
 * The organisation with its units, as GNOME Contacts shows them, the unit
 * first: “Marketing, Acme”; with more units, the smallest first, as an
 * address goes: “Web Team, Marketing, Acme”.
 *
 * Returns: (transfer full) (nullable): the organisation, or %NULL
 */
char *
nb_format_organization (NbContact *contact)
{
  const char * const *units = nb_contact_get_organization_units (contact);
  char *text = g_strdup (nb_contact_get_organization (contact));

  for (guint i = 0; units[i] != NULL; i++)
    {
      char *joined;

      if (*units[i] == '\0')
        continue;
      if (text == NULL)
        {
          text = g_strdup (units[i]);
          continue;
        }

      /* Translators: a unit of an organisation, then what it is part of:
       * “Marketing, Acme”, or “Web Team, Marketing, Acme”. */
      joined = g_strdup_printf (C_("organization unit", "%1$s, %2$s"), units[i], text);
      g_free (text);
      text = joined;
    }

  return text;
}

/**
 * nb_format_organization_line:
 * @contact: a contact
 *
 * Returns: (transfer full) (nullable): "Title, Organisation", either alone,
 *   or %NULL when there is neither; the organisation with its units, as
 *   nb_format_organization() gives it
 */
char *
nb_format_organization_line (NbContact *contact)
{
  const char *title = nb_contact_get_title (contact);
  g_autofree char *organization = nb_format_organization (contact);

  if (title && organization)
    /* Translators: a person's job title and organisation: "Engineer, Acme". */
    return g_strdup_printf (_("%1$s, %2$s"), title, organization);

  return g_strdup (title ? title : organization);
}

/**
 * nb_format_card_hint:
 * @contact: a contact
 *
 * Returns: (transfer full) (nullable): what tells a card from another of
 *   the same name at a glance: its first email address, else its first
 *   phone number, else its title and organisation, else its first website;
 *   %NULL when it has none of them
 */
char *
nb_format_card_hint (NbContact *contact)
{
  GPtrArray *emails = nb_contact_get_emails (contact);
  GPtrArray *phones = nb_contact_get_phones (contact);
  GPtrArray *websites = nb_contact_get_websites (contact);
  char *organization;

  if (emails != NULL && emails->len > 0)
    return g_strdup (((NbField *) g_ptr_array_index (emails, 0))->value);
  if (phones != NULL && phones->len > 0)
    return g_strdup (((NbField *) g_ptr_array_index (phones, 0))->value);
  if ((organization = nb_format_organization_line (contact)) != NULL)
    return organization;
  if (websites != NULL && websites->len > 0)
    return g_strdup (((NbField *) g_ptr_array_index (websites, 0))->value);

  return NULL;
}

/**
 * nb_format_field_uri:
 * @kind: the kind of field
 * @value: its value
 *
 * Returns: (transfer full) (nullable): the URI that opens the field: a
 *   mailto:, tel: or web address, or %NULL
 */
char *
nb_format_field_uri (NbLabelKind  kind,
                     const char  *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL || *value == '\0')
    return NULL;

  switch (kind)
    {
    case NB_LABEL_KIND_EMAIL:
      escaped = g_uri_escape_string (value, "@+.", FALSE);
      return g_strconcat ("mailto:", escaped, NULL);

    case NB_LABEL_KIND_PHONE:
      {
        GString *number = g_string_new ("tel:");

        for (const char *p = value; *p; p++)
          if (g_ascii_isdigit (*p) || (*p == '+' && number->len == 4))
            g_string_append_c (number, *p);
        return g_string_free (number, FALSE);
      }

    case NB_LABEL_KIND_WEBSITE:
      if (g_str_has_prefix (value, "http://") || g_str_has_prefix (value, "https://"))
        return g_strdup (value);
      if (g_uri_peek_scheme (value) != NULL)
        return NULL;
      return g_strconcat ("https://", value, NULL);

    case NB_LABEL_KIND_ADDRESS:
    default:
      return NULL;
    }
}

/**
 * nb_format_day:
 * @day: a date
 * @with_year: whether to say the year
 *
 * Returns: (transfer full): "Wednesday, November 25, 2026", or without the
 *   year "Wednesday, November 25", in the locale's way
 */
char *
nb_format_day (const GDate *day,
               gboolean     with_year)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  date = g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day),
                              g_date_get_day (day), 0, 0, 0);

  if (with_year)
    /* Translators: a day, as g_date_time_format() takes it: "%A, %B %-d, %Y"
     * gives "Wednesday, November 25, 2026"; "%A, %-d. %B %Y" gives
     * "Mittwoch, 25. November 2026". */
    return g_date_time_format (date, _("%A, %B %-d, %Y"));

  /* Translators: a day without its year: "%A, %B %-d" gives "Wednesday,
   * November 25"; "%A, %-d. %B" gives "Mittwoch, 25. November". */
  return g_date_time_format (date, _("%A, %B %-d"));
}

/**
 * nb_format_week:
 * @start: the first day of a week
 *
 * Returns: (transfer full): the week's days: "November 23 – 29, 2026",
 *   "November 30 – December 6, 2026" or "December 28, 2026 – January 3,
 *   2027"
 */
char *
nb_format_week (const GDate *start)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);

  first = g_date_time_new_utc (g_date_get_year (start), g_date_get_month (start),
                               g_date_get_day (start), 0, 0, 0);
  last = g_date_time_add_days (first, 6);

  /* Translators: the formats of a week's first and last days, as
   * g_date_time_format() takes them, for "November 23 – 29, 2026",
   * "November 30 – December 6, 2026" and "December 28, 2026 – January 3,
   * 2027"; in German "23. – 29. November 2026" takes "%-d." for the first
   * day of a week within one month. */
  if (g_date_time_get_year (first) != g_date_time_get_year (last))
    {
      from = g_date_time_format (first, C_("first day of a week across years", "%B %-d, %Y"));
      to = g_date_time_format (last, C_("last day of a week", "%B %-d, %Y"));
    }
  else if (g_date_time_get_month (first) != g_date_time_get_month (last))
    {
      from = g_date_time_format (first, C_("first day of a week across months", "%B %-d"));
      to = g_date_time_format (last, C_("last day of a week", "%B %-d, %Y"));
    }
  else
    {
      from = g_date_time_format (first, C_("first day of a week within a month", "%B %-d"));
      to = g_date_time_format (last, C_("last day of a week within a month", "%-d, %Y"));
    }

  /* Translators: a span of days: "November 23 – 29, 2026". */
  return g_strdup_printf (_("%1$s – %2$s"), from, to);
}

static gboolean
use_12_hours (void)
{
  static int twelve = -1;

  if (twelve < 0)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      twelve = 0;
      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
      if (schema != NULL && g_settings_schema_has_key (schema, "clock-format"))
        {
          g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);

          twelve = g_settings_get_enum (settings, "clock-format") == 1;
        }
    }

  return twelve;
}

/**
 * nb_format_time:
 * @time: a time
 *
 * Returns: (transfer full): "12:30", or "12:30 PM" where the desktop shows
 *   a 12-hour clock
 */
char *
nb_format_time (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, NULL);

  if (use_12_hours ())
    /* Translators: a time on a 12-hour clock, as g_date_time_format()
     * takes it: "%-l:%M %p" gives "12:30 PM". */
    return g_date_time_format (time, _("%-l:%M %p"));

  /* Translators: a time on a 24-hour clock: "%H:%M" gives "12:30". */
  return g_date_time_format (time, _("%H:%M"));
}

/**
 * nb_format_moment:
 * @usec: a time, in microseconds since 1970
 *
 * Returns: (transfer full): the day and the time, as "Tuesday, November 24,
 *   2026, 18:42"
 */
char *
nb_format_moment (gint64 usec)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);
  g_autofree char *clock = nb_format_time (time);
  g_autofree char *day = NULL;
  GDate date;

  nb_date_set_from_date_time (&date, time);
  day = nb_format_day (&date, TRUE);
  /* Translators: when a sync conflict happened: a day, a time. */
  return g_strdup_printf (_("%s, %s"), day, clock);
}

/**
 * nb_format_last_sync:
 * @usec: when a sync last ended well, in microseconds since 1970, or 0
 *
 * Returns: (transfer full): "Last synced at 14:05", "Last synced on
 *   21/11/2026" or "Not synced yet"
 */
char *
nb_format_last_sync (gint64 usec)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) now = nb_clock_get_now ();
  g_autofree char *clock = NULL;
  g_autofree char *date = NULL;

  if (usec <= 0)
    return g_strdup (_("Not synced yet"));

  time = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);
  if (g_date_time_get_year (time) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (time) == g_date_time_get_day_of_year (now))
    {
      clock = nb_format_time (time);
      /* Translators: %s is a time, as "14:05". */
      return g_strdup_printf (_("Last synced at %s"), clock);
    }

  date = g_date_time_format (time, "%x");
  /* Translators: %s is a date in the locale's short form. */
  return g_strdup_printf (_("Last synced on %s"), date);
}

/**
 * nb_format_days_ago:
 * @days: how many days ago
 *
 * Returns: (transfer full): "today", "yesterday", "94 days ago"
 */
char *
nb_format_days_ago (int days)
{
  if (days <= 0)
    return g_strdup (_("today"));
  if (days == 1)
    return g_strdup (_("yesterday"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days), days);
}

/**
 * nb_format_suggestion:
 * @suggestion: someone to invite
 * @today: the current date
 *
 * Returns: (transfer full): why to invite them: "Last met 94 days ago",
 *   "Birthday on Friday", "Never met since you added them"
 */
char *
nb_format_suggestion (const NbSuggestion *suggestion,
                      const GDate        *today)
{
  g_return_val_if_fail (suggestion != NULL, NULL);

  switch (suggestion->reason)
    {
    case NB_SUGGESTION_BIRTHDAY:
      {
        g_autoptr(GDateTime) day = NULL;
        g_autofree char *weekday = NULL;

        if (suggestion->days <= 0)
          return g_strdup (_("Birthday today"));
        if (suggestion->days == 1)
          return g_strdup (_("Birthday tomorrow"));

        day = g_date_time_new_utc (g_date_get_year (&suggestion->birthday),
                                   g_date_get_month (&suggestion->birthday),
                                   g_date_get_day (&suggestion->birthday), 0, 0, 0);
        if (suggestion->days < 7)
          {
            weekday = g_date_time_format (day, "%A");
            /* Translators: "Birthday on Friday". */
            return g_strdup_printf (_("Birthday on %s"), weekday);
          }
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Birthday in %d day",
                                             "Birthday in %d days", suggestion->days),
                                suggestion->days);
      }

    case NB_SUGGESTION_LAST_MET:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Last met %d day ago",
                                           "Last met %d days ago", suggestion->days),
                              suggestion->days);

    case NB_SUGGESTION_LAST_IN_TOUCH:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Last in touch %d day ago",
                                           "Last in touch %d days ago", suggestion->days),
                              suggestion->days);

    case NB_SUGGESTION_NEVER_MET:
    default:
      return g_strdup (_("Never met since you added them"));
    }
}

/* The local day of a moment (seconds, UTC), without its weekday or year:
 * "March 12". */
static char *
format_short_day (gint64 unix_seconds)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_seconds);
  g_autoptr(GDateTime) date = g_date_time_new_utc (g_date_time_get_year (when),
                                                   g_date_time_get_month (when),
                                                   g_date_time_get_day_of_month (when), 0, 0, 0);

  /* Translators: the day of an answer or of an introduction, as
   * g_date_time_format() takes it: "%B %-d" gives "March 12"; "%-d. %B"
   * gives "12. März". */
  return g_date_time_format (date, C_("answer", "%B %-d"));
}

/**
 * nb_format_answer:
 * @interaction: an interaction
 *
 * Returns: (nullable): for a favour that was answered, the answer as a
 *   plain fact, with its day when known: "I said no, March 12" for a
 *   favour asked of me, "They said yes" for one I asked; %NULL otherwise.
 *   Saying no is said as plainly as yes.
 */
char *
nb_format_answer (NbInteraction *interaction)
{
  NbInteractionKind kind;
  NbAnswer answer;
  const char *said;
  gboolean mine;
  g_autofree char *day = NULL;

  g_return_val_if_fail (NB_IS_INTERACTION (interaction), NULL);

  kind = nb_interaction_get_kind (interaction);
  answer = nb_interaction_get_answer (interaction);
  if (!nb_interaction_kind_is_request (kind) || answer == NB_ANSWER_NONE)
    return NULL;

  mine = kind == NB_INTERACTION_FAVOUR_ASKED_OF_ME;
  switch (answer)
    {
    case NB_ANSWER_YES:
      said = mine ? C_("answer", "I said yes") : C_("answer", "They said yes");
      break;
    case NB_ANSWER_NO:
      said = mine ? C_("answer", "I said no") : C_("answer", "They said no");
      break;
    case NB_ANSWER_LATER:
    default:
      said = mine ? C_("answer", "I said later") : C_("answer", "They said later");
      break;
    }

  if (nb_interaction_get_answered (interaction) <= 0)
    return g_strdup (said);

  day = format_short_day (nb_interaction_get_answered (interaction));

  /* Translators: an answer and its day: "I said no, March 12". */
  return g_strdup_printf (C_("answer", "%1$s, %2$s"), said, day);
}


/**
 * nb_format_people:
 * @store: the store
 * @people: (element-type gint64): contacts' ids
 *
 * Returns: (transfer full): the names of the first two: "Ada Lovelace
 *   and Charles Babbage", or one name, or ""
 */
char *
nb_format_people (NbStore *store,
                  GArray  *people)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(NbContact) contact = nb_store_get_contact (store, g_array_index (people, gint64, i));

      if (contact != NULL && nb_contact_get_full_name (contact) != NULL)
        g_ptr_array_add (names, g_strdup (nb_contact_get_full_name (contact)));
    }

  if (names->len == 0)
    return g_strdup ("");
  if (names->len == 1)
    return g_strdup (g_ptr_array_index (names, 0));
  /* Translators: two people: "Ada Lovelace and Charles Babbage". */
  return g_strdup_printf (_("%1$s and %2$s"), (char *) g_ptr_array_index (names, 0),
                          (char *) g_ptr_array_index (names, 1));
}

/**
 * nb_format_introduction_status:
 * @introduction: an introduction I make
 * @store: the store, for the people's names
 * @now: the time, in seconds since 1970 (UTC)
 *
 * Returns: (nullable): where it stands, as a short sentence: "Not asked
 *   yet", "Waiting for Charles Babbage", "Charles Babbage would rather
 *   not", "Both agreed", "Introduced March 3", "Introduced March 3 · time
 *   to ask how it went", "Introduced March 3 · followed up"; %NULL for
 *   anything but an introduction I make
 */
char *
nb_format_introduction_status (NbInteraction *introduction,
                               NbStore       *store,
                               gint64         now)
{
  NbIntroductionStep step;
  GArray *people;
  g_autoptr(GArray) waiting = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *day = NULL;
  gboolean anyone_asked = FALSE;

  g_return_val_if_fail (NB_IS_INTERACTION (introduction), NULL);
  g_return_val_if_fail (NB_IS_STORE (store), NULL);

  step = nb_interaction_get_introduction_step (introduction, now);
  people = nb_interaction_get_people (introduction);
  if (nb_interaction_get_introduced (introduction) > 0)
    day = format_short_day (nb_interaction_get_introduced (introduction));

  switch (step)
    {
    case NB_INTRODUCTION_STEP_ASKING:
      for (guint i = 0; i < people->len; i++)
        {
          gint64 id = g_array_index (people, gint64, i);
          NbOptIn opt_in = nb_interaction_get_opt_in (introduction, id);

          anyone_asked = anyone_asked || opt_in != NB_OPT_IN_NONE;
          if (opt_in != NB_OPT_IN_AGREED)
            g_array_append_val (waiting, id);
        }
      if (!anyone_asked)
        return g_strdup (_("Not asked yet"));
      {
        g_autofree char *names = nb_format_people (store, waiting);

        /* Translators: an introduction waits for the people who have not
         * agreed yet: "Waiting for Charles Babbage". */
        return g_strdup_printf (_("Waiting for %s"), names);
      }

    case NB_INTRODUCTION_STEP_DECLINED:
      for (guint i = 0; i < people->len; i++)
        {
          gint64 id = g_array_index (people, gint64, i);

          if (nb_interaction_get_opt_in (introduction, id) == NB_OPT_IN_DECLINED)
            g_array_append_val (waiting, id);
        }
      {
        g_autofree char *names = nb_format_people (store, waiting);

        /* Translators: someone declined an introduction; said plainly,
         * as an answer like any other. */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s would rather not", "%s would rather not",
                                             waiting->len),
                                names);
      }

    case NB_INTRODUCTION_STEP_READY:
      return g_strdup (_("Both agreed"));

    case NB_INTRODUCTION_STEP_INTRODUCED:
      /* Translators: when an introduction was made: "Introduced March 3". */
      return g_strdup_printf (_("Introduced %s"), day);

    case NB_INTRODUCTION_STEP_FOLLOW_UP:
      /* Translators: an introduction made a few weeks ago: time to ask
       * the two how it went. */
      return g_strdup_printf (_("Introduced %s · time to ask how it went"), day);

    case NB_INTRODUCTION_STEP_DONE:
      return day != NULL
             /* Translators: an introduction made, and asked about since. */
             ? g_strdup_printf (_("Introduced %s · followed up"), day)
             : g_strdup (_("Followed up"));

    case NB_INTRODUCTION_STEP_NONE:
    default:
      return NULL;
    }
}
