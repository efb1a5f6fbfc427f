/* nb-sync-journal.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nb-ical-journal.h"
#include "nb-io-error.h"
#include "nb-sync-adapter.h"
#include "nb-sync-circle.h"

/* Interactions and circles' rhythms: the journal collection.
 *
 * Interactions are VJOURNALs (nb-ical-journal.c), in a calendar of their
 * own, "Netbook Journal", made next to the meals calendar with MKCALENDAR
 * and a supported-calendar-component-set of VJOURNAL only, rather than in
 * the meals calendar: the apps that share that calendar (GNOME Calendar,
 * Thunderbird, DAVx⁵ and the phone calendars behind it) expect events
 * there, and some servers refuse a VJOURNAL in a calendar made for events
 * (supported-calendar-component-set, RFC 4791, 5.2.3). A journal of its
 * own is also one that calendar apps do not offer for new events.
 *
 * A circle's rhythm ("Close friends: every 2 weeks") travels in the same
 * collection as one VJOURNAL per circle (nb_ical_write_circle()): its UID
 * is made from the circle's name, so that two devices that give the same
 * circle a rhythm write the same resource, and a second device agrees on
 * it after a sync; deleting the resource takes the rhythm away. A person's
 * own rhythm travels in their vCard (X-NETBOOK-CADENCE), as before. */

static gboolean
is_circle (GObject *item)
{
  return NB_IS_SYNC_CIRCLE (item);
}

static gboolean
both_interactions (GObject *a,
                   GObject *b)
{
  return NB_IS_INTERACTION (a) && NB_IS_INTERACTION (b);
}

/* ---------------------------------------------------------------------- */
/* The fields a conflict is resolved by                                    */

static void
copy_kind (GObject *to,
           GObject *from)
{
  if (both_interactions (to, from))
    nb_interaction_set_kind (NB_INTERACTION (to), nb_interaction_get_kind (NB_INTERACTION (from)));
}

static char *
describe_kind (GObject *item)
{
  if (!NB_IS_INTERACTION (item))
    return NULL;

  return g_strdup (nb_interaction_kind_get_label (nb_interaction_get_kind (NB_INTERACTION (item))));
}

static void
copy_when (GObject *to,
           GObject *from)
{
  if (!both_interactions (to, from))
    return;

  g_object_freeze_notify (to);
  nb_interaction_set_date (NB_INTERACTION (to), nb_interaction_get_date (NB_INTERACTION (from)));
  nb_interaction_set_has_time (NB_INTERACTION (to), nb_interaction_get_has_time (NB_INTERACTION (from)));
  g_object_thaw_notify (to);
}

static char *
describe_when (GObject *item)
{
  g_autoptr(GDateTime) when = NULL;

  if (!NB_IS_INTERACTION (item))
    return NULL;

  when = nb_interaction_dup_date_time (NB_INTERACTION (item));
  return g_date_time_format (when, nb_interaction_get_has_time (NB_INTERACTION (item)) ? "%Y-%m-%d %H:%M"
                                                                                     : "%Y-%m-%d");
}

static void
copy_people (GObject *to,
             GObject *from)
{
  if (both_interactions (to, from))
    nb_interaction_set_people (NB_INTERACTION (to), nb_interaction_get_people (NB_INTERACTION (from)));
}

static char *
describe_people (GObject *item)
{
  guint n;

  if (!NB_IS_INTERACTION (item))
    return NULL;

  n = nb_interaction_get_people (NB_INTERACTION (item))->len;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n), n);
}

static void
copy_note (GObject *to,
           GObject *from)
{
  if (both_interactions (to, from))
    nb_interaction_set_note (NB_INTERACTION (to), nb_interaction_get_note (NB_INTERACTION (from)));
}

static char *
describe_note (GObject *item)
{
  return NB_IS_INTERACTION (item) ? g_strdup (nb_interaction_get_note (NB_INTERACTION (item))) : NULL;
}

static void
copy_title (GObject *to,
            GObject *from)
{
  if (both_interactions (to, from))
    nb_interaction_set_title (NB_INTERACTION (to), nb_interaction_get_title (NB_INTERACTION (from)));
}

static char *
describe_title (GObject *item)
{
  return NB_IS_INTERACTION (item) ? g_strdup (nb_interaction_get_title (NB_INTERACTION (item))) : NULL;
}

static void
copy_answer (GObject *to,
             GObject *from)
{
  if (!both_interactions (to, from))
    return;

  g_object_freeze_notify (to);
  nb_interaction_set_answer (NB_INTERACTION (to), nb_interaction_get_answer (NB_INTERACTION (from)));
  nb_interaction_set_answered (NB_INTERACTION (to), nb_interaction_get_answered (NB_INTERACTION (from)));
  g_object_thaw_notify (to);
}

static char *
describe_answer (GObject *item)
{
  NbInteraction *interaction;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *day = NULL;

  if (!NB_IS_INTERACTION (item))
    return NULL;

  interaction = NB_INTERACTION (item);
  if (nb_interaction_get_answered (interaction) <= 0)
    return g_strdup (nb_answer_get_label (nb_interaction_get_answer (interaction)));

  when = g_date_time_new_from_unix_local (nb_interaction_get_answered (interaction));
  day = g_date_time_format (when, "%Y-%m-%d");
  return g_strdup_printf ("%s (%s)", nb_answer_get_label (nb_interaction_get_answer (interaction)), day);
}

static void
copy_initiator (GObject *to,
                GObject *from)
{
  if (both_interactions (to, from))
    nb_interaction_set_initiator (NB_INTERACTION (to), nb_interaction_get_initiator (NB_INTERACTION (from)));
}

static char *
describe_initiator (GObject *item)
{
  if (!NB_IS_INTERACTION (item))
    return NULL;

  switch (nb_interaction_get_initiator (NB_INTERACTION (item)))
    {
    /* Translators: who reached out, in a sync conflict's note. */
    case NB_INITIATOR_ME: return g_strdup (_("Me"));
    case NB_INITIATOR_THEM: return g_strdup (_("Them"));
    case NB_INITIATOR_UNKNOWN:
    default: return g_strdup (_("Not said"));
    }
}

static void
copy_introduction (GObject *to,
                   GObject *from)
{
  NbInteraction *a, *b;
  GArray *people;

  if (!both_interactions (to, from))
    return;

  a = NB_INTERACTION (to);
  b = NB_INTERACTION (from);
  people = nb_interaction_get_people (a);
  g_object_freeze_notify (to);
  nb_interaction_set_introducer (a, nb_interaction_has_person (a, nb_interaction_get_introducer (b))
                                    ? nb_interaction_get_introducer (b) : 0);
  nb_interaction_set_introduced (a, nb_interaction_get_introduced (b));
  nb_interaction_set_followed_up (a, nb_interaction_get_followed_up (b));
  for (guint i = 0; i < people->len; i++)
    nb_interaction_set_opt_in (a, g_array_index (people, gint64, i),
                               nb_interaction_get_opt_in (b, g_array_index (people, gint64, i)));
  g_object_thaw_notify (to);
}

static char *
describe_introduction (GObject *item)
{
  if (!NB_IS_INTERACTION (item))
    return NULL;

  /* Translators: where an introduction stands, in a sync conflict's note. */
  switch (nb_interaction_get_introduction_step (NB_INTERACTION (item), time (NULL)))
    {
    case NB_INTRODUCTION_STEP_ASKING: return g_strdup (_("Asking"));
    case NB_INTRODUCTION_STEP_DECLINED: return g_strdup (_("Declined"));
    case NB_INTRODUCTION_STEP_READY: return g_strdup (_("Both agreed"));
    case NB_INTRODUCTION_STEP_INTRODUCED:
    case NB_INTRODUCTION_STEP_FOLLOW_UP: return g_strdup (_("Introduced"));
    case NB_INTRODUCTION_STEP_DONE: return g_strdup (_("Followed up"));
    case NB_INTRODUCTION_STEP_NONE:
    default: return g_strdup (_("Not said"));
    }
}

static void
copy_rhythm (GObject *to,
             GObject *from)
{
  if (is_circle (to) && is_circle (from))
    nb_sync_circle_set_cadence (NB_SYNC_CIRCLE (to), nb_sync_circle_get_cadence (NB_SYNC_CIRCLE (from)));
}

static char *
describe_rhythm (GObject *item)
{
  int days;

  if (!is_circle (item))
    return NULL;

  days = nb_sync_circle_get_cadence (NB_SYNC_CIRCLE (item));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "every %d day", "every %d days", days), days);
}

static const NbMergeField journal_fields[] = {
  /* Translators: fields of an interaction (a call, a message…) in a sync
   * conflict's note. */
  { N_("Kind"), { NULL }, copy_kind, describe_kind },
  { N_("When"), { NULL }, copy_when, describe_when },
  { N_("With"), { NULL }, copy_people, describe_people },
  { N_("Note"), { NULL }, copy_note, describe_note },
  { N_("Title"), { NULL }, copy_title, describe_title },
  { N_("Answer"), { NULL }, copy_answer, describe_answer },
  { N_("Reached Out"), { NULL }, copy_initiator, describe_initiator },
  { N_("Introduction"), { NULL }, copy_introduction, describe_introduction },
  /* Translators: a circle's keep-in-touch rhythm, in a sync conflict's note. */
  { N_("Rhythm"), { NULL }, copy_rhythm, describe_rhythm },
};

/* ---------------------------------------------------------------------- */
/* Items                                                                   */

static GObject *
journal_copy (GObject *item)
{
  if (is_circle (item))
    return G_OBJECT (nb_sync_circle_new (nb_sync_circle_get_name (NB_SYNC_CIRCLE (item)),
                                         nb_sync_circle_get_cadence (NB_SYNC_CIRCLE (item))));

  return G_OBJECT (nb_interaction_copy (NB_INTERACTION (item)));
}

static gboolean
journal_equal (GObject *a,
               GObject *b)
{
  if (both_interactions (a, b))
    return nb_interaction_content_equal (NB_INTERACTION (a), NB_INTERACTION (b));
  if (is_circle (a) && is_circle (b))
    return g_str_equal (nb_sync_circle_get_name (NB_SYNC_CIRCLE (a)), nb_sync_circle_get_name (NB_SYNC_CIRCLE (b))) &&
           nb_sync_circle_get_cadence (NB_SYNC_CIRCLE (a)) == nb_sync_circle_get_cadence (NB_SYNC_CIRCLE (b));

  return FALSE;
}

static gint64
find_contact_cb (const char *email,
                 const char *uid,
                 gpointer    user_data)
{
  if (user_data == NULL)
    return 0;

  return nb_store_transaction_find_contact (user_data, email, uid);
}

static gboolean
person_cb (gint64     contact_id,
           char     **name,
           char     **email,
           char     **uid,
           gpointer   user_data)
{
  if (user_data == NULL)
    return FALSE;

  return nb_store_transaction_get_person (user_data, contact_id, name, email, uid);
}

static GObject *
journal_parse (NbStoreTransaction  *transaction,
               const char          *text,
               const char          *href,
               gint64              *revision,
               GError             **error)
{
  g_autoptr(NbIcalJournal) journal = NULL;
  g_autofree char *circle = NULL;
  g_autofree char *name = _nb_sync_uid_from_href (href);
  int cadence = -1;

  if (!nb_ical_read_journal_resource (text, name, &journal, &circle, &cadence, error))
    return NULL;

  if (revision != NULL)
    *revision = nb_sync_text_revision (text, "LAST-MODIFIED");

  if (circle != NULL)
    {
      if (cadence < 0)
        {
          g_set_error (error, NB_IO_ERROR, NB_IO_ERROR_INVALID,
                       _("the rhythm of the circle “%s” cannot be read"), circle);
          return NULL;
        }
      return G_OBJECT (nb_sync_circle_new (circle, cadence));
    }

  nb_ical_journal_link_people (journal, find_contact_cb, transaction);

  return G_OBJECT (g_object_ref (journal->interaction));
}

static char *
journal_serialize (NbStoreTransaction *transaction,
                   GObject            *item)
{
  NbIcalWriter writer = { person_cb, find_contact_cb, transaction };

  if (is_circle (item))
    return nb_ical_write_circle (nb_sync_circle_get_name (NB_SYNC_CIRCLE (item)),
                                 nb_sync_circle_get_cadence (NB_SYNC_CIRCLE (item)));

  return nb_ical_write_interaction_calendar (NB_INTERACTION (item), &writer);
}

static GObject *
journal_load (NbStoreTransaction  *transaction,
              const char          *uid,
              GError             **error)
{
  g_autofree char *circle = nb_ical_circle_name_from_uid (uid);

  if (circle != NULL)
    {
      int cadence = nb_store_transaction_get_circle_cadence (transaction, circle);

      return cadence >= 0 ? G_OBJECT (nb_sync_circle_new (circle, cadence)) : NULL;
    }

  return G_OBJECT (nb_store_transaction_load_interaction_by_uid (transaction, uid, error));
}

static gboolean
journal_save (NbStoreTransaction  *transaction,
              GObject             *item,
              GError             **error)
{
  if (is_circle (item))
    return nb_store_transaction_set_circle_cadence (transaction, nb_sync_circle_get_name (NB_SYNC_CIRCLE (item)),
                                                    nb_sync_circle_get_cadence (NB_SYNC_CIRCLE (item)), error);

  return nb_store_transaction_save_interaction (transaction, NB_INTERACTION (item), error);
}

static gboolean
journal_remove (NbStoreTransaction  *transaction,
                GObject             *item,
                GError             **error)
{
  if (is_circle (item))
    return nb_store_transaction_set_circle_cadence (transaction, nb_sync_circle_get_name (NB_SYNC_CIRCLE (item)),
                                                    -1, error);

  return nb_store_transaction_delete_interaction (transaction, nb_interaction_get_id (NB_INTERACTION (item)),
                                                  error);
}

static const char *
journal_get_uid (GObject *item)
{
  if (is_circle (item))
    return nb_sync_circle_get_uid (NB_SYNC_CIRCLE (item));

  return nb_interaction_get_uid (NB_INTERACTION (item));
}

static gint64
journal_get_updated (GObject *item)
{
  if (is_circle (item))
    return nb_sync_circle_get_revision (NB_SYNC_CIRCLE (item));

  return nb_interaction_get_updated (NB_INTERACTION (item));
}

static gboolean
journal_assign (GObject *item,
                GObject *other)
{
  if (both_interactions (item, other))
    return nb_interaction_assign (NB_INTERACTION (item), NB_INTERACTION (other));

  if (is_circle (item) && is_circle (other) &&
      nb_sync_circle_get_cadence (NB_SYNC_CIRCLE (item)) != nb_sync_circle_get_cadence (NB_SYNC_CIRCLE (other)))
    {
      nb_sync_circle_set_cadence (NB_SYNC_CIRCLE (item), nb_sync_circle_get_cadence (NB_SYNC_CIRCLE (other)));
      return TRUE;
    }

  return FALSE;
}

static char *
journal_dup_name (GObject *item)
{
  NbInteraction *interaction;

  if (is_circle (item))
    return g_strdup (nb_sync_circle_get_name (NB_SYNC_CIRCLE (item)));

  interaction = NB_INTERACTION (item);
  if (nb_interaction_get_title (interaction) != NULL)
    return g_strdup (nb_interaction_get_title (interaction));

  return nb_interaction_describe (nb_interaction_get_kind (interaction), NULL);
}

static void
journal_keep_server_text (GObject *merged,
                          GObject *remote)
{
  if (both_interactions (merged, remote))
    nb_interaction_set_ical_source (NB_INTERACTION (merged),
                                    nb_interaction_get_ical_source (NB_INTERACTION (remote)));
}

static const NbSyncAdapter journal_adapter = {
  .kind = NB_COLLECTION_INTERACTIONS,
  .dav_kind = NB_DAV_JOURNAL,
  .extension = ".ics",
  .item = { journal_copy, journal_equal },
  .fields = journal_fields,
  .n_fields = G_N_ELEMENTS (journal_fields),
  .parse = journal_parse,
  .serialize = journal_serialize,
  .load = journal_load,
  .save = journal_save,
  .remove = journal_remove,
  .get_uid = journal_get_uid,
  .get_updated = journal_get_updated,
  .assign = journal_assign,
  .dup_name = journal_dup_name,
  .keep_server_text = journal_keep_server_text,
};

/**
 * _nb_sync_journal_adapter:
 *
 * Returns: (transfer none): how interactions and circles' rhythms sync
 */
const NbSyncAdapter *
_nb_sync_journal_adapter (void)
{
  return &journal_adapter;
}
