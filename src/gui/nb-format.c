/* nb-format.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-format"

#include "config.h"

#include <glib/gi18n.h>

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
 * nb_format_organization_line:
 * @contact: a contact
 *
 * Returns: (transfer full) (nullable): "Title, Organisation", either alone,
 *   or %NULL when there is neither
 */
char *
nb_format_organization_line (NbContact *contact)
{
  const char *title = nb_contact_get_title (contact);
  const char *organization = nb_contact_get_organization (contact);

  if (title && organization)
    /* Translators: a person's job title and organisation: "Engineer, Acme". */
    return g_strdup_printf (_("%1$s, %2$s"), title, organization);

  return g_strdup (title ? title : organization);
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
