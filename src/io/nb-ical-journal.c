/* nb-ical-journal.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-ical-journal"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <string.h>

#include "nb-ical-journal.h"
#include "nb-ical-private.h"
#include "nb-ical-raw.h"
#include "nb-ical-text.h"
#include "nb-io-error.h"

/* Interactions (a call, a message, met in person…) as iCalendar VJOURNALs
 * (RFC 5545, 3.6.3): a journal entry is "something that happened", which
 * an interaction is, and calendar apps that do not show journals leave
 * them alone. One VJOURNAL per interaction:
 *
 *   UID, DTSTAMP, LAST-MODIFIED
 *   DTSTART            UTC date and time, or VALUE=DATE for a day
 *   SUMMARY            its own title, else "Call with Ada Lovelace",
 *                      made in the language of the device that writes it
 *   DESCRIPTION        the note
 *   ATTENDEE;CN=…:mailto:…   each person with an email address
 *   X-NETBOOK-CONTACT  the UID of each person's contact, so that one
 *                      without an email address is found too
 *   X-NETBOOK-INTERACTION    the kind (nb_interaction_kind_to_string())
 *   X-NETBOOK-DEFAULT-TITLE  the SUMMARY Netbook made, when it has no own
 *                      title: while SUMMARY still says it, each device
 *                      shows the title made in its own language
 *   X-NETBOOK-ANSWER   a favour's answer: yes, no or later
 *   X-NETBOOK-ANSWERED when it was given (UTC date and time)
 *   X-NETBOOK-INITIATOR  who reached out: me or them
 *
 * and for an introduction:
 *
 *   X-NETBOOK-INTRODUCER   the contact UID of whoever made it, one of its
 *                      people; none when I made it
 *   X-NETBOOK-OPT-IN   where one person stands in its double opt-in, then
 *                      their contact UID: "agreed UID" (asked, agreed or
 *                      declined), one per person asked
 *   X-NETBOOK-INTRODUCED   when I introduced them (UTC date and time)
 *   X-NETBOOK-FOLLOWED-UP  when I asked how it went (UTC date and time)
 *
 * An interaction read from a file or a server keeps its VJOURNAL as it was
 * written (NbInteraction:ical-source); written back, only the properties of
 * what Netbook changed are written anew, every other line as it was.
 *
 * A circle's keep-in-touch rhythm is a VJOURNAL too, in the same journal
 * collection (see nb_ical_write_circle()). */

#define X_INTERACTION   "X-NETBOOK-INTERACTION"
#define X_CONTACT       "X-NETBOOK-CONTACT"
#define X_DEFAULT_TITLE "X-NETBOOK-DEFAULT-TITLE"
#define X_CIRCLE        "X-NETBOOK-CIRCLE"
#define X_CADENCE       "X-NETBOOK-CADENCE"
#define X_ANSWER        "X-NETBOOK-ANSWER"
#define X_ANSWERED      "X-NETBOOK-ANSWERED"
#define X_INITIATOR     "X-NETBOOK-INITIATOR"
#define X_INTRODUCER    "X-NETBOOK-INTRODUCER"
#define X_OPT_IN        "X-NETBOOK-OPT-IN"
#define X_INTRODUCED    "X-NETBOOK-INTRODUCED"
#define X_FOLLOWED_UP   "X-NETBOOK-FOLLOWED-UP"

#define CIRCLE_UID_PREFIX "netbook-circle-"

/* Beyond this many people, the rest of a VJOURNAL's are not read: no
 * conversation has them, and a hostile file may. */
#define MAX_PEOPLE 1000

void
nb_ical_journal_free (NbIcalJournal *journal)
{
  if (journal == NULL)
    return;

  g_clear_object (&journal->interaction);
  g_clear_pointer (&journal->emails, g_ptr_array_unref);
  g_clear_pointer (&journal->contact_uids, g_ptr_array_unref);
  g_clear_pointer (&journal->introducer_uid, g_free);
  g_clear_pointer (&journal->opt_ins, g_ptr_array_unref);
  g_free (journal);
}

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

static const char *
mailto (const char *value)
{
  if (value != NULL && g_ascii_strncasecmp (value, "mailto:", 7) == 0 && value[7] != '\0')
    return value + 7;

  return NULL;
}

/* The people a VJOURNAL names: ATTENDEEs by email address, and
 * X-NETBOOK-CONTACTs by contact UID. */
static void
read_people (icalcomponent *component,
             NbIcalJournal *journal)
{
  for (icalproperty *p = icalcomponent_get_first_property (component, ICAL_ATTENDEE_PROPERTY);
       p != NULL && journal->emails->len < MAX_PEOPLE;
       p = icalcomponent_get_next_property (component, ICAL_ATTENDEE_PROPERTY))
    {
      const char *email = mailto (icalproperty_get_attendee (p));

      if (email != NULL)
        g_ptr_array_add (journal->emails, g_strdup (email));
    }

  for (icalproperty *p = icalcomponent_get_first_property (component, ICAL_X_PROPERTY);
       p != NULL && journal->contact_uids->len < MAX_PEOPLE;
       p = icalcomponent_get_next_property (component, ICAL_X_PROPERTY))
    {
      const char *value = icalproperty_get_x (p);

      if (value == NULL || *value == '\0')
        continue;
      if (g_ascii_strcasecmp (icalproperty_get_x_name (p), X_CONTACT) == 0)
        g_ptr_array_add (journal->contact_uids, g_strdup (value));
      else if (g_ascii_strcasecmp (icalproperty_get_x_name (p), X_OPT_IN) == 0 &&
               journal->opt_ins->len < MAX_PEOPLE)
        g_ptr_array_add (journal->opt_ins, g_strdup (value));
      else if (g_ascii_strcasecmp (icalproperty_get_x_name (p), X_INTRODUCER) == 0 &&
               journal->introducer_uid == NULL)
        journal->introducer_uid = g_strdup (value);
    }
}

/* A UTC date and time of an X- property, 0 when there is none or it
 * cannot be read. */
static gint64
read_utc_time (icalcomponent *component,
               const char    *name)
{
  const char *value = _nb_ical_x_value (component, name);
  struct icaltimetype t;

  if (value == NULL)
    return 0;

  t = icaltime_from_string (value);
  if (icaltime_is_null_time (t) || !icaltime_is_valid_time (t) || t.is_date ||
      t.year < 1900 || t.year >= 10000)
    return 0;

  return icaltime_as_timet_with_zone (t, icaltimezone_get_utc_timezone ());
}

/* A VJOURNAL as an interaction; NULL with @error set
 * (%NB_IO_ERROR_NOT_SUPPORTED) when it is none of Netbook's. */
/* A favour's answer and who reached out; a word Netbook does not know
 * (another version's) is left as not said, and the line stays in the
 * entry's source. */
static void
read_give_and_take (icalcomponent *component,
                    NbInteraction *interaction)
{
  NbAnswer answer;
  NbInitiator initiator;

  if (nb_answer_from_string (_nb_ical_x_value (component, X_ANSWER), &answer))
    nb_interaction_set_answer (interaction, answer);
  if (nb_initiator_from_string (_nb_ical_x_value (component, X_INITIATOR), &initiator))
    nb_interaction_set_initiator (interaction, initiator);
  nb_interaction_set_answered (interaction, read_utc_time (component, X_ANSWERED));
  nb_interaction_set_introduced (interaction, read_utc_time (component, X_INTRODUCED));
  nb_interaction_set_followed_up (interaction, read_utc_time (component, X_FOLLOWED_UP));
}

static NbIcalJournal *
read_journal (icalcomponent  *root,
              icalcomponent  *component,
              GError        **error)
{
  icalproperty *dtstart = icalcomponent_get_first_property (component, ICAL_DTSTART_PROPERTY);
  const char *kind_name = _nb_ical_x_value (component, X_INTERACTION);
  const char *uid = icalcomponent_get_uid (component);
  const char *summary = icalcomponent_get_summary (component);
  const char *default_title = _nb_ical_x_value (component, X_DEFAULT_TITLE);
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *synthetic_uid = NULL;
  NbIcalJournal *journal;
  NbInteractionKind kind;
  gboolean date_only = FALSE;

  /* A journal entry of another app (a diary, meeting minutes) is no
   * interaction: taking each as "met" would count every note anyone wrote
   * as time spent with the people it names. */
  if (!nb_interaction_kind_from_string (kind_name, &kind))
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                           kind_name == NULL
                           ? _("the journal entry is not one of Netbook’s interactions (it has no X-NETBOOK-INTERACTION)")
                           : _("the journal entry names a kind of interaction Netbook does not know"));
      return NULL;
    }
  /* Meals are events of the calendar, not journal entries. */
  if (kind == NB_INTERACTION_MEAL)
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                           _("the journal entry is a meal, which Netbook keeps as an event"));
      return NULL;
    }
  if (dtstart == NULL || (start = _nb_ical_read_time (root, dtstart, &date_only)) == NULL)
    {
      g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                           _("the journal entry has no valid date (DTSTART)"));
      return NULL;
    }

  /* A UID is text without control characters (RFC 5545, 3.3.11): one
   * with a lone CR would not read back the same once written. */
  for (const char *c = uid; c != NULL && *c != '\0'; c++)
    if ((guchar) *c < 0x20 || *c == 0x7f)
      {
        g_set_error_literal (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED,
                             _("the journal entry’s UID holds a control character"));
        return NULL;
      }

  journal = g_new0 (NbIcalJournal, 1);
  journal->interaction = nb_interaction_new ();
  journal->emails = g_ptr_array_new_with_free_func (g_free);
  journal->contact_uids = g_ptr_array_new_with_free_func (g_free);
  journal->opt_ins = g_ptr_array_new_with_free_func (g_free);

  if (uid == NULL || *uid == '\0')
    {
      /* Without a UID, the same entry still matches itself when the file
       * is imported again. */
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "\n%s\n%s", g_date_time_to_unix (start),
                                              kind_name, summary ? summary : "");
      g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

      synthetic_uid = g_strconcat ("netbook-", hash, NULL);
      uid = synthetic_uid;
    }

  nb_interaction_set_uid (journal->interaction, uid);
  nb_interaction_set_kind (journal->interaction, kind);
  if (date_only)
    {
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, g_date_time_get_day_of_month (start), g_date_time_get_month (start),
                      g_date_time_get_year (start));
      nb_interaction_set_day (journal->interaction, &day);
    }
  else
    nb_interaction_set_date_time (journal->interaction, start);

  nb_interaction_set_note (journal->interaction, icalcomponent_get_description (component));
  /* SUMMARY is the title of its own unless it is the one Netbook made. */
  if (summary != NULL && *summary != '\0' && g_strcmp0 (summary, default_title) != 0)
    nb_interaction_set_title (journal->interaction, summary);

  read_people (component, journal);
  read_give_and_take (component, journal->interaction);

  return journal;
}


/* The interactions of @text; @n_journals counts its VJOURNALs, and
 * @circle and @cadence are set from the first circle's rhythm, if any. */
static GPtrArray *
read_journals (const char  *text,
               const char  *name,
               GPtrArray   *problems,
               guint       *n_journals,
               char       **circle,
               int         *cadence,
               GError     **error)
{
  g_autoptr(GPtrArray) journals = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_ical_journal_free);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) raw = NULL;
  g_autoptr(GList) calendars = NULL;
  icalcomponent *root;
  guint c = 0;

  *n_journals = 0;
  root = _nb_ical_parse_root (text, name, &calendars, error);
  if (root == NULL)
    return NULL;

  lines = nb_ical_text_split (text);
  raw = _nb_ical_find_raw_calendars (lines, "VJOURNAL");
  if (raw->len != g_list_length (calendars))
    g_ptr_array_set_size (raw, 0);

  for (GList *l = calendars; l != NULL; l = l->next, c++)
    {
      NbIcalRawCalendar *matched = c < raw->len ? g_ptr_array_index (raw, c) : NULL;
      guint k = 0;

      if (matched != NULL &&
          matched->components->len != (guint) icalcomponent_count_components (l->data, ICAL_VJOURNAL_COMPONENT))
        matched = NULL;

      for (icalcomponent *component = icalcomponent_get_first_component (l->data, ICAL_VJOURNAL_COMPONENT);
           component != NULL;
           component = icalcomponent_get_next_component (l->data, ICAL_VJOURNAL_COMPONENT), k++)
        {
          g_autoptr(GError) local_error = NULL;
          const char *circle_name = _nb_ical_x_value (component, X_CIRCLE);
          NbIcalJournal *journal;

          (*n_journals)++;

          if (circle_name != NULL && *circle_name != '\0' &&
              _nb_ical_x_value (component, X_INTERACTION) == NULL)
            {
              if (circle != NULL && *circle == NULL)
                {
                  const char *days = _nb_ical_x_value (component, X_CADENCE);
                  gint64 value = days ? g_ascii_strtoll (days, NULL, 10) : -1;

                  *circle = g_strdup (circle_name);
                  *cadence = value >= 0 && value <= 36600 ? (int) value : -1;
                }
              continue;
            }

          journal = read_journal (l->data, component, &local_error);
          if (journal == NULL)
            {
              const char *summary = icalcomponent_get_summary (component);

              if (problems != NULL)
                /* Translators: a file's name, the journal entry's number and
                 * title, and why it was left out. */
                g_ptr_array_add (problems,
                                 g_strdup_printf (_("%s, journal entry %u (“%s”): left out: %s"),
                                                  name, *n_journals, summary ? summary : "",
                                                  local_error->message));
              continue;
            }

          if (matched != NULL && k < matched->components->len)
            {
              g_autofree char *source = _nb_ical_component_source (lines, matched, k);

              nb_interaction_set_ical_source (journal->interaction, source);
            }

          g_ptr_array_add (journals, journal);
        }
    }

  icalcomponent_free (root);
  return g_steal_pointer (&journals);
}

/**
 * nb_ical_parse_journals:
 * @text: a whole calendar file, in UTF-8
 * @name: the file's name, for messages
 * @problems: (element-type utf8): where to add a message for each journal
 *   entry that is not an interaction and was left out
 * @error: return location for why the calendar cannot be read
 *
 * Reads the interactions of a calendar: its VJOURNALs with an
 * X-NETBOOK-INTERACTION. Other journal entries are left out and listed:
 * they are notes of another app, which nothing says are time spent with
 * people. Each interaction keeps its VJOURNAL as it was written.
 *
 * Returns: (transfer full) (element-type NbIcalJournal): the interactions
 */
GPtrArray *
nb_ical_parse_journals (const char  *text,
                        const char  *name,
                        GPtrArray   *problems,
                        GError     **error)
{
  guint n_journals;

  g_return_val_if_fail (text != NULL, NULL);

  return read_journals (text, name, problems, &n_journals, NULL, NULL, error);
}

/**
 * nb_ical_read_journal_resource:
 * @text: a calendar object of a CalDAV journal collection
 * @name: its name, for messages
 * @journal: (out) (transfer full) (nullable): the interaction it holds
 * @circle: (out) (transfer full) (nullable): the circle whose rhythm it
 *   holds
 * @cadence: (out): that rhythm, in days, 0 for never, -1 for none
 * @error: return location for an error
 *
 * Returns: %TRUE when it holds one interaction or a circle's rhythm
 */
gboolean
nb_ical_read_journal_resource (const char     *text,
                               const char     *name,
                               NbIcalJournal **journal,
                               char          **circle,
                               int            *cadence,
                               GError        **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) journals = NULL;
  guint n_journals = 0;

  g_return_val_if_fail (text != NULL && journal != NULL && circle != NULL && cadence != NULL, FALSE);

  *journal = NULL;
  *circle = NULL;
  *cadence = -1;

  journals = read_journals (text, name, problems, &n_journals, circle, cadence, error);
  if (journals == NULL)
    return FALSE;

  if (*circle != NULL && n_journals == 1)
    return TRUE;
  g_clear_pointer (circle, g_free);

  if (journals->len == 1 && n_journals == 1)
    {
      *journal = g_ptr_array_steal_index (journals, 0);
      return TRUE;
    }

  g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_NOT_SUPPORTED, "%s",
               problems->len > 0 ? (const char *) g_ptr_array_index (problems, 0)
                                 : _("it holds no interaction"));
  return FALSE;
}

/**
 * nb_ical_journal_link_people:
 * @journal: an entry read by nb_ical_parse_journals()
 * @find_contact: finds a contact by email address (then with a %NULL UID)
 *   or by UID (then with a %NULL email address)
 * @user_data: data for @find_contact
 *
 * Sets the interaction's people: the contacts its ATTENDEEs' email
 * addresses (in any case) name, then those its X-NETBOOK-CONTACTs name.
 * People who match no contact stay in the VJOURNAL, and are not counted.
 */
void
nb_ical_journal_link_people (NbIcalJournal         *journal,
                             NbIcalFindContactFunc  find_contact,
                             gpointer               user_data)
{
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_if_fail (journal != NULL && find_contact != NULL);

  for (guint i = 0; i < journal->emails->len; i++)
    {
      gint64 id = find_contact (g_ptr_array_index (journal->emails, i), NULL, user_data);

      if (id > 0)
        g_array_append_val (people, id);
    }
  for (guint i = 0; i < journal->contact_uids->len; i++)
    {
      gint64 id = find_contact (NULL, g_ptr_array_index (journal->contact_uids, i), user_data);

      if (id > 0)
        g_array_append_val (people, id);
    }

  nb_interaction_set_people (journal->interaction, people);

  /* Who made an introduction, and where its people stand: only people
   * among its own count. */
  if (journal->introducer_uid != NULL)
    {
      gint64 id = find_contact (NULL, journal->introducer_uid, user_data);

      if (id > 0 && nb_interaction_has_person (journal->interaction, id))
        nb_interaction_set_introducer (journal->interaction, id);
    }
  for (guint i = 0; i < journal->opt_ins->len; i++)
    {
      const char *value = g_ptr_array_index (journal->opt_ins, i);
      const char *space = strchr (value, ' ');
      g_autofree char *word = space ? g_strndup (value, space - value) : NULL;
      NbOptIn opt_in;
      gint64 id;

      if (word == NULL || !nb_opt_in_from_string (word, &opt_in) || space[1] == '\0')
        continue;
      id = find_contact (NULL, space + 1, user_data);
      if (id > 0)
        nb_interaction_set_opt_in (journal->interaction, id, opt_in);
    }
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

enum
{
  GROUP_STAMP  = 1 << 0,
  GROUP_TIME   = 1 << 1,
  GROUP_TITLE  = 1 << 2,
  GROUP_NOTE   = 1 << 3,
  GROUP_KIND   = 1 << 4,
  GROUP_PEOPLE = 1 << 5,
  GROUP_ANSWER = 1 << 6,
  GROUP_INITIATOR = 1 << 7,
  GROUP_INTRODUCTION = 1 << 8,
  GROUP_ALL    = (1 << 9) - 1,
};

static const struct {
  const char *name;
  guint       group;
} managed_properties[] = {
  { "DTSTAMP", GROUP_STAMP },
  { "LAST-MODIFIED", GROUP_STAMP },
  { "DTSTART", GROUP_TIME },
  { "SUMMARY", GROUP_TITLE },
  { X_DEFAULT_TITLE, GROUP_TITLE },
  { "DESCRIPTION", GROUP_NOTE },
  { X_INTERACTION, GROUP_KIND },
  { X_ANSWER, GROUP_ANSWER },
  { X_ANSWERED, GROUP_ANSWER },
  { X_INITIATOR, GROUP_INITIATOR },
  { X_INTRODUCER, GROUP_INTRODUCTION },
  { X_OPT_IN, GROUP_INTRODUCTION },
  { X_INTRODUCED, GROUP_INTRODUCTION },
  { X_FOLLOWED_UP, GROUP_INTRODUCTION },
};

static guint
group_of (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (managed_properties); i++)
    if (g_str_equal (name, managed_properties[i].name))
      return managed_properties[i].group;

  return 0;
}

static struct icaltimetype
utc_time (gint64 unix_seconds)
{
  return icaltime_from_timet_with_zone (unix_seconds, FALSE, icaltimezone_get_utc_timezone ());
}

/* The title Netbook makes: "Call with Ada Lovelace and Alan Turing". */
static char *
default_title (NbInteraction      *interaction,
               const NbIcalWriter *writer)
{
  GArray *people = nb_interaction_get_people (interaction);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < people->len; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *email = NULL;
      g_autofree char *uid = NULL;

      if (writer->person (g_array_index (people, gint64, i), &name, &email, &uid, writer->user_data) &&
          name != NULL)
        g_strv_builder_add (builder, name);
    }
  names = g_strv_builder_end (builder);

  return nb_interaction_describe (nb_interaction_get_kind (interaction), (const char * const *) names);
}

/* One person: an ATTENDEE when they have an email address, and their
 * contact's UID. */
static void
append_person (GString            *out,
               gint64              contact_id,
               const NbIcalWriter *writer)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *uid = NULL;

  if (!writer->person (contact_id, &name, &email, &uid, writer->user_data))
    return;

  if (email != NULL)
    {
      g_autofree char *address = g_strconcat ("mailto:", email, NULL);
      icalcomponent *component = icalcomponent_new (ICAL_VJOURNAL_COMPONENT);
      icalproperty *property = icalproperty_new_attendee (address);

      if (name != NULL)
        icalproperty_add_parameter (property, icalparameter_new_cn (name));
      icalcomponent_add_property (component, property);
      _nb_ical_append_component_lines (out, component);
      icalcomponent_free (component);
    }
  _nb_ical_append_x (out, X_CONTACT, uid);
}

static char *
dup_contact_uid (gint64              contact_id,
                 const NbIcalWriter *writer)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *uid = NULL;

  if (!writer->person (contact_id, &name, &email, &uid, writer->user_data))
    return NULL;

  return g_steal_pointer (&uid);
}

/* Who made an introduction, where its people stand, and its steps. */
static void
append_introduction (GString            *out,
                     NbInteraction      *interaction,
                     const NbIcalWriter *writer)
{
  GArray *people = nb_interaction_get_people (interaction);

  if (nb_interaction_get_introducer (interaction) > 0)
    {
      g_autofree char *uid = dup_contact_uid (nb_interaction_get_introducer (interaction), writer);

      if (uid != NULL)
        _nb_ical_append_x (out, X_INTRODUCER, uid);
    }
  for (guint i = 0; i < people->len; i++)
    {
      gint64 id = g_array_index (people, gint64, i);
      const char *word = nb_opt_in_to_string (nb_interaction_get_opt_in (interaction, id));
      g_autofree char *uid = word ? dup_contact_uid (id, writer) : NULL;

      if (uid != NULL)
        {
          g_autofree char *value = g_strconcat (word, " ", uid, NULL);

          _nb_ical_append_x (out, X_OPT_IN, value);
        }
    }
  if (nb_interaction_get_introduced (interaction) > 0)
    _nb_ical_append_x (out, X_INTRODUCED,
                       icaltime_as_ical_string (utc_time (nb_interaction_get_introduced (interaction))));
  if (nb_interaction_get_followed_up (interaction) > 0)
    _nb_ical_append_x (out, X_FOLLOWED_UP,
                       icaltime_as_ical_string (utc_time (nb_interaction_get_followed_up (interaction))));
}

/* The properties of @groups. */
static void
append_groups (GString            *out,
               NbInteraction      *interaction,
               const NbIcalWriter *writer,
               guint               groups)
{
  icalcomponent *component = icalcomponent_new (ICAL_VJOURNAL_COMPONENT);
  g_autofree char *made_title = NULL;

  if (groups & GROUP_STAMP)
    {
      gint64 updated = nb_interaction_get_updated (interaction);

      icalcomponent_add_property (component, icalproperty_new_dtstamp (utc_time (time (NULL))));
      icalcomponent_add_property (component,
                                  icalproperty_new_lastmodified (utc_time (updated > 0 ? updated / G_USEC_PER_SEC
                                                                                       : time (NULL))));
    }

  if (groups & GROUP_TIME)
    {
      if (nb_interaction_get_has_time (interaction))
        icalcomponent_add_property (component,
                                    icalproperty_new_dtstart (utc_time (nb_interaction_get_date (interaction))));
      else
        {
          struct icaltimetype t = icaltime_null_date ();
          GDate day;

          nb_interaction_get_day (interaction, &day);
          t.year = g_date_get_year (&day);
          t.month = g_date_get_month (&day);
          t.day = g_date_get_day (&day);
          icalcomponent_add_property (component, icalproperty_new_dtstart (t));
        }
    }

  if (groups & GROUP_TITLE)
    {
      const char *title = nb_interaction_get_title (interaction);

      if (title == NULL)
        made_title = default_title (interaction, writer);
      icalcomponent_add_property (component, icalproperty_new_summary (title ? title : made_title));
    }

  if ((groups & GROUP_NOTE) && nb_interaction_get_note (interaction) != NULL)
    icalcomponent_add_property (component, icalproperty_new_description (nb_interaction_get_note (interaction)));

  _nb_ical_append_component_lines (out, component);
  icalcomponent_free (component);

  if (groups & GROUP_KIND)
    _nb_ical_append_x (out, X_INTERACTION, nb_interaction_kind_to_string (nb_interaction_get_kind (interaction)));
  if (made_title != NULL)
    _nb_ical_append_x (out, X_DEFAULT_TITLE, made_title);

  if ((groups & GROUP_ANSWER) && nb_interaction_get_answer (interaction) != NB_ANSWER_NONE)
    {
      _nb_ical_append_x (out, X_ANSWER, nb_answer_to_string (nb_interaction_get_answer (interaction)));
      if (nb_interaction_get_answered (interaction) > 0)
        _nb_ical_append_x (out, X_ANSWERED,
                           icaltime_as_ical_string (utc_time (nb_interaction_get_answered (interaction))));
    }
  if ((groups & GROUP_INITIATOR) && nb_interaction_get_initiator (interaction) != NB_INITIATOR_UNKNOWN)
    _nb_ical_append_x (out, X_INITIATOR, nb_initiator_to_string (nb_interaction_get_initiator (interaction)));
  if (groups & GROUP_INTRODUCTION)
    append_introduction (out, interaction, writer);
}

static char *
write_new_journal (NbInteraction      *interaction,
                   const NbIcalWriter *writer)
{
  GString *out = g_string_new ("BEGIN:VJOURNAL\r\n");
  GArray *people = nb_interaction_get_people (interaction);
  icalcomponent *component = icalcomponent_new (ICAL_VJOURNAL_COMPONENT);

  icalcomponent_add_property (component, icalproperty_new_uid (nb_interaction_get_uid (interaction)));
  if (nb_interaction_get_created (interaction) > 0)
    icalcomponent_add_property (component,
                                icalproperty_new_created (utc_time (nb_interaction_get_created (interaction) / G_USEC_PER_SEC)));
  _nb_ical_append_component_lines (out, component);
  icalcomponent_free (component);

  append_groups (out, interaction, writer, GROUP_ALL);
  for (guint i = 0; i < people->len; i++)
    append_person (out, g_array_index (people, gint64, i), writer);
  g_string_append (out, "END:VJOURNAL\r\n");

  return g_string_free (out, FALSE);
}

/* What of @interaction differs from @before, the interaction as its
 * VJOURNAL says it. */
static guint
changed_groups (NbInteraction *before,
                NbInteraction *interaction)
{
  guint changed = 0;

  if (nb_interaction_get_date (before) != nb_interaction_get_date (interaction) ||
      nb_interaction_get_has_time (before) != nb_interaction_get_has_time (interaction))
    changed |= GROUP_TIME;
  if (g_strcmp0 (nb_interaction_get_note (before), nb_interaction_get_note (interaction)) != 0)
    changed |= GROUP_NOTE;
  if (nb_interaction_get_kind (before) != nb_interaction_get_kind (interaction))
    changed |= GROUP_KIND;
  if (nb_interaction_get_answer (before) != nb_interaction_get_answer (interaction) ||
      nb_interaction_get_answered (before) != nb_interaction_get_answered (interaction))
    changed |= GROUP_ANSWER;
  if (nb_interaction_get_initiator (before) != nb_interaction_get_initiator (interaction))
    changed |= GROUP_INITIATOR;
  if (nb_interaction_get_introducer (before) != nb_interaction_get_introducer (interaction) ||
      nb_interaction_get_introduced (before) != nb_interaction_get_introduced (interaction) ||
      nb_interaction_get_followed_up (before) != nb_interaction_get_followed_up (interaction))
    changed |= GROUP_INTRODUCTION;
  {
    GArray *people = nb_interaction_get_people (interaction);
    GArray *people_before = nb_interaction_get_people (before);

    for (guint i = 0; i < people->len; i++)
      {
        gint64 id = g_array_index (people, gint64, i);

        if (nb_interaction_get_opt_in (before, id) != nb_interaction_get_opt_in (interaction, id))
          changed |= GROUP_INTRODUCTION;
      }
    for (guint i = 0; i < people_before->len; i++)
      {
        gint64 id = g_array_index (people_before, gint64, i);

        if (nb_interaction_get_opt_in (before, id) != nb_interaction_get_opt_in (interaction, id))
          changed |= GROUP_INTRODUCTION;
      }
  }
  {
    GArray *a = nb_interaction_get_people (before);
    GArray *b = nb_interaction_get_people (interaction);

    /* No people: a GArray's data may be NULL, which memcmp must not get. */
    if (a->len != b->len || (a->len > 0 && memcmp (a->data, b->data, a->len * sizeof (gint64)) != 0))
      changed |= GROUP_PEOPLE;
  }
  /* A title Netbook made follows the kind and the people. */
  if (g_strcmp0 (nb_interaction_get_title (before), nb_interaction_get_title (interaction)) != 0 ||
      (nb_interaction_get_title (interaction) == NULL && (changed & (GROUP_KIND | GROUP_PEOPLE))))
    changed |= GROUP_TITLE;

  return changed;
}

typedef struct
{
  NbInteraction      *interaction;
  const NbIcalWriter *writer;
  guint               changed;
  guint               written;
  GArray             *present;   /* people the VJOURNAL still names */
} Patch;

static void
write_pending (GString *out,
               Patch   *patch,
               guint    groups)
{
  guint due = patch->changed & groups & ~patch->written & ~GROUP_PEOPLE;

  if (due != 0)
    {
      append_groups (out, patch->interaction, patch->writer, due);
      patch->written |= due;
    }
}

/* Whether a line naming @id (0: nobody known) stays. */
static gboolean
keep_person (Patch  *patch,
             gint64  id)
{
  if (id <= 0)
    return TRUE;
  if (!nb_interaction_has_person (patch->interaction, id))
    return FALSE;

  g_array_append_val (patch->present, id);
  return TRUE;
}

static gboolean
is_present (Patch  *patch,
            gint64  id)
{
  for (guint i = 0; i < patch->present->len; i++)
    if (g_array_index (patch->present, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static void
write_back_line (GString    *out,
                 Patch      *patch,
                 NbIcalLine *line)
{
  guint group = group_of (line->name);

  if (group != 0 && (patch->changed & group))
    {
      write_pending (out, patch, group);
      return;
    }

  if ((patch->changed & GROUP_PEOPLE) && nb_ical_line_is (line, "ATTENDEE", NULL))
    {
      icalproperty *property = icalproperty_new_from_string (line->unfolded);
      const char *email = property ? mailto (icalproperty_get_attendee (property)) : NULL;
      gint64 id = email ? patch->writer->find_contact (email, NULL, patch->writer->user_data) : 0;

      g_clear_pointer (&property, icalproperty_free);
      if (!keep_person (patch, id))
        return;
    }
  else if ((patch->changed & GROUP_PEOPLE) && nb_ical_line_is (line, X_CONTACT, NULL))
    {
      g_autofree char *uid = g_strdup (nb_ical_line_get_value (line));
      gint64 id = *uid ? patch->writer->find_contact (NULL, uid, patch->writer->user_data) : 0;

      if (!keep_person (patch, id))
        return;
    }

  g_string_append (out, line->raw);
}

/* The interaction's VCALENDAR with what Netbook changed written in, every
 * other line as it was; %NULL when it cannot be read back. */
static char *
patch_source (NbInteraction      *interaction,
              const NbIcalWriter *writer)
{
  const char *source = nb_interaction_get_ical_source (interaction);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) present = g_array_new (FALSE, FALSE, sizeof (gint64));
  NbIcalJournal *old;
  Patch patch = { interaction, writer, 0, 0, present };
  GString *out;
  guint depth = 0, n_journals = 0;
  gboolean in_journal = FALSE, has_uid = FALSE;

  before = read_journals (source, "", NULL, &n_journals, NULL, NULL, NULL);
  if (before == NULL || before->len != 1 || n_journals != 1)
    return NULL;

  old = g_ptr_array_index (before, 0);
  if (g_strcmp0 (nb_interaction_get_uid (old->interaction), nb_interaction_get_uid (interaction)) != 0)
    return NULL;
  nb_ical_journal_link_people (old, writer->find_contact, writer->user_data);

  patch.changed = changed_groups (old->interaction, interaction);
  if (patch.changed == 0)
    return g_strdup (source);
  patch.changed |= GROUP_STAMP;

  lines = nb_ical_text_split (source);
  out = g_string_sized_new (strlen (source) + 256);

  for (guint i = 0; i < lines->len; i++)
    {
      NbIcalLine *line = g_ptr_array_index (lines, i);

      if (nb_ical_line_is (line, "BEGIN", NULL))
        {
          depth++;
          if (depth == 2 && g_str_equal (line->value, "VJOURNAL"))
            in_journal = TRUE;
          else if (depth == 3 && in_journal)
            write_pending (out, &patch, GROUP_ALL);
          g_string_append (out, line->raw);
          continue;
        }

      if (nb_ical_line_is (line, "END", NULL))
        {
          if (depth == 2 && in_journal)
            {
              GArray *people = nb_interaction_get_people (interaction);

              write_pending (out, &patch, GROUP_ALL);
              /* An entry read without a UID has one made from its date,
               * kind and summary; written with what changed, it says it,
               * or it would not be itself when read again. */
              if (!has_uid)
                _nb_ical_append_x (out, "UID", nb_interaction_get_uid (interaction));
              if (patch.changed & GROUP_PEOPLE)
                for (guint k = 0; k < people->len; k++)
                  if (!is_present (&patch, g_array_index (people, gint64, k)))
                    append_person (out, g_array_index (people, gint64, k), writer);
              in_journal = FALSE;
            }
          depth = depth > 0 ? depth - 1 : 0;
          g_string_append (out, line->raw);
          continue;
        }

      if (depth == 2 && in_journal)
        {
          if (nb_ical_line_is (line, "UID", NULL))
            has_uid = TRUE;
          write_back_line (out, &patch, line);
        }
      else
        g_string_append (out, line->raw);
    }

  return g_string_free (out, FALSE);
}

/* The VJOURNAL of a calendar. */
static char *
journal_of (const char *calendar)
{
  g_autoptr(GPtrArray) lines = nb_ical_text_split (calendar);
  g_autoptr(GPtrArray) raw = _nb_ical_find_raw_calendars (lines, "VJOURNAL");
  NbIcalRawCalendar *first = raw->len > 0 ? g_ptr_array_index (raw, 0) : NULL;
  GString *out = g_string_new (NULL);

  if (first != NULL && first->components->len > 0)
    _nb_ical_append_span (out, lines, g_array_index (first->components, NbIcalSpan, 0));

  return g_string_free (out, FALSE);
}

/**
 * nb_ical_write_interaction:
 * @interaction: an interaction with at least one person
 * @writer: what writing needs of the contacts
 *
 * Writes an interaction as a VJOURNAL (see the top of this file). One read
 * from a file or a server is written as it was read, with only what
 * changed since written anew.
 *
 * Returns: (transfer full): the VJOURNAL
 */
char *
nb_ical_write_interaction (NbInteraction      *interaction,
                           const NbIcalWriter *writer)
{
  g_autofree char *calendar = NULL;

  g_return_val_if_fail (NB_IS_INTERACTION (interaction), NULL);
  g_return_val_if_fail (writer != NULL && writer->person != NULL && writer->find_contact != NULL, NULL);

  if (nb_interaction_get_ical_source (interaction) != NULL &&
      (calendar = patch_source (interaction, writer)) != NULL)
    return journal_of (calendar);

  return write_new_journal (interaction, writer);
}

/**
 * nb_ical_write_interaction_calendar:
 * @interaction: an interaction with at least one person
 * @writer: what writing needs of the contacts
 *
 * Writes an interaction as a whole calendar object, as a CalDAV
 * collection keeps it.
 *
 * Returns: (transfer full): the VCALENDAR
 */
char *
nb_ical_write_interaction_calendar (NbInteraction      *interaction,
                                    const NbIcalWriter *writer)
{
  g_autofree char *begin = NULL;
  g_autofree char *journal = NULL;
  char *calendar;

  g_return_val_if_fail (NB_IS_INTERACTION (interaction), NULL);
  g_return_val_if_fail (writer != NULL && writer->person != NULL && writer->find_contact != NULL, NULL);

  if (nb_interaction_get_ical_source (interaction) != NULL &&
      (calendar = patch_source (interaction, writer)) != NULL)
    return calendar;

  begin = nb_ical_calendar_begin ();
  journal = write_new_journal (interaction, writer);

  return g_strconcat (begin, journal, nb_ical_calendar_end (), NULL);
}

/**
 * nb_ical_write_journal_timezones:
 * @interaction: an interaction
 * @written: (element-type utf8 utf8): the TZIDs of the VTIMEZONEs written
 *   so far
 *
 * The VTIMEZONEs of the calendar an interaction was read from that are
 * not written yet: its VJOURNAL, written back, may still name them.
 *
 * Returns: (transfer full): the VTIMEZONEs, or an empty string
 */
char *
nb_ical_write_journal_timezones (NbInteraction *interaction,
                                 GHashTable    *written)
{
  const char *source = nb_interaction_get_ical_source (interaction);
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (NB_IS_INTERACTION (interaction), NULL);

  if (source == NULL)
    return g_string_free (out, FALSE);

  _nb_ical_append_unwritten_zones (out, source, written);

  return g_string_free (out, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Circles                                                                 */

/**
 * nb_ical_circle_uid:
 * @name: a circle's name
 *
 * The UID of a circle's rhythm: made from its name alone, so that two
 * devices that set the same circle's rhythm write the same resource and
 * agree on it, rather than making two.
 *
 * Returns: (transfer full): "netbook-circle-" and the name's UTF-8 bytes
 *   in hexadecimal
 */
char *
nb_ical_circle_uid (const char *name)
{
  GString *out = g_string_new (CIRCLE_UID_PREFIX);

  g_return_val_if_fail (name != NULL, NULL);

  for (const guchar *p = (const guchar *) name; *p != '\0'; p++)
    g_string_append_printf (out, "%02x", *p);

  return g_string_free (out, FALSE);
}

/**
 * nb_ical_circle_name_from_uid:
 * @uid: a UID
 *
 * Returns: (transfer full) (nullable): the circle's name, if @uid is one
 *   nb_ical_circle_uid() made
 */
char *
nb_ical_circle_name_from_uid (const char *uid)
{
  gsize length;
  GString *out;

  if (uid == NULL || !g_str_has_prefix (uid, CIRCLE_UID_PREFIX))
    return NULL;

  uid += strlen (CIRCLE_UID_PREFIX);
  length = strlen (uid);
  if (length == 0 || length % 2 != 0)
    return NULL;

  out = g_string_sized_new (length / 2);
  for (gsize i = 0; i < length; i += 2)
    {
      int high = g_ascii_xdigit_value (uid[i]);
      int low = g_ascii_xdigit_value (uid[i + 1]);

      if (high < 0 || low < 0 || (high == 0 && low == 0))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      g_string_append_c (out, (char) (high * 16 + low));
    }

  if (!g_utf8_validate (out->str, out->len, NULL))
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/**
 * nb_ical_write_circle:
 * @name: a circle's name
 * @cadence_days: its keep-in-touch rhythm in days, 0 for never
 *
 * A circle's rhythm as a calendar object of the journal collection: a
 * VJOURNAL whose UID comes from the name (nb_ical_circle_uid()), with
 * `X-NETBOOK-CIRCLE` (the name) and `X-NETBOOK-CADENCE` (the days, as a
 * contact's `X-NETBOOK-CADENCE` in its vCard) and a SUMMARY for people
 * who look at the collection with another app. It has no DTSTART, which a
 * VJOURNAL may lack (RFC 5545, 3.6.3): it is about no day, and so no
 * calendar app puts it on one.
 *
 * Returns: (transfer full): the VCALENDAR
 */
char *
nb_ical_write_circle (const char *name,
                      int         cadence_days)
{
  g_autofree char *begin = nb_ical_calendar_begin ();
  g_autofree char *uid = nb_ical_circle_uid (name);
  g_autofree char *days = g_strdup_printf ("%d", MAX (cadence_days, 0));
  /* Translators: the title of a circle's keep-in-touch rhythm in other
   * calendar apps: "Keep in touch: Family". */
  g_autofree char *summary = g_strdup_printf (_("Keep in touch: %s"), name);
  icalcomponent *component = icalcomponent_new (ICAL_VJOURNAL_COMPONENT);
  GString *out = g_string_new (begin);

  g_string_append (out, "BEGIN:VJOURNAL\r\n");
  icalcomponent_add_property (component, icalproperty_new_uid (uid));
  icalcomponent_add_property (component, icalproperty_new_dtstamp (utc_time (time (NULL))));
  icalcomponent_add_property (component, icalproperty_new_summary (summary));
  _nb_ical_append_component_lines (out, component);
  icalcomponent_free (component);
  _nb_ical_append_x (out, X_CIRCLE, name);
  _nb_ical_append_x (out, X_CADENCE, days);
  g_string_append (out, "END:VJOURNAL\r\n");
  g_string_append (out, nb_ical_calendar_end ());

  return g_string_free (out, FALSE);
}

/**
 * nb_ical_journal_same_entry:
 * @source: (nullable): a calendar an interaction was read from
 * @other: (nullable): another
 *
 * Whether both hold the same VJOURNAL, line for line, whatever calendar
 * is around it: an entry exported by Netbook inside its own calendar and
 * imported again is the one it was read as.
 *
 * Returns: %TRUE if they hold the same entry
 */
gboolean
nb_ical_journal_same_entry (const char *source,
                            const char *other)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (source == NULL || other == NULL)
    return FALSE;

  a = journal_of (source);
  b = journal_of (other);

  return *a != '\0' && g_str_equal (a, b);
}
