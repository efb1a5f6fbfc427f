/* nb-duplicate.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-duplicate"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-duplicate-private.h"
#include "nb-text.h"

/**
 * NbDuplicate:
 *
 * Two or more cards that are probably the same person, with why: see
 * nb_store_find_duplicates_async().
 */
struct _NbDuplicate
{
  GObject             parent_instance;

  GArray             *contact_ids;
  NbDuplicateReasons  reasons;
  GStrv               details;
};

G_DEFINE_FINAL_TYPE (NbDuplicate, nb_duplicate, G_TYPE_OBJECT)

/* A name shared by more cards than this is many people (John Smith), not
 * one person's copies: it is not proposed by its name alone. Cards that
 * share an email address or a phone number in greater numbers are an
 * office or a family, not one person, and are left out as well. */
#define MAX_NAME_BLOCK   10
#define MAX_FIELD_BLOCK  10
/* People born on the same day who share a part of their name. */
#define MAX_BIRTHDAY_BLOCK 30
/* No group grows beyond this by a chain of likenesses. */
#define MAX_GROUP 20
/* How many cards between two looks at the cancellable. */
#define CANCEL_CHECK 4096

static void
nb_duplicate_finalize (GObject *object)
{
  NbDuplicate *self = (NbDuplicate *) object;

  g_clear_pointer (&self->contact_ids, g_array_unref);
  g_clear_pointer (&self->details, g_strfreev);

  G_OBJECT_CLASS (nb_duplicate_parent_class)->finalize (object);
}

static void
nb_duplicate_class_init (NbDuplicateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nb_duplicate_finalize;
}

static void
nb_duplicate_init (NbDuplicate *self)
{
}

/**
 * nb_duplicate_get_contact_ids:
 * @self: a duplicate
 *
 * Returns: (transfer none) (element-type gint64): the ids of the cards, at
 *   least two, in ascending order
 */
GArray *
nb_duplicate_get_contact_ids (NbDuplicate *self)
{
  g_return_val_if_fail (NB_IS_DUPLICATE (self), NULL);

  return self->contact_ids;
}

/**
 * nb_duplicate_get_reasons:
 * @self: a duplicate
 *
 * Returns: why the cards are probably the same person
 */
NbDuplicateReasons
nb_duplicate_get_reasons (NbDuplicate *self)
{
  g_return_val_if_fail (NB_IS_DUPLICATE (self), 0);

  return self->reasons;
}

/**
 * nb_duplicate_get_details:
 * @self: a duplicate
 *
 * Returns: (transfer none): one sentence, translated, for each reason, in
 *   the order of #NbDuplicateReasons, such as "Same email address:
 *   ada@example.org"
 */
const char * const *
nb_duplicate_get_details (NbDuplicate *self)
{
  g_return_val_if_fail (NB_IS_DUPLICATE (self), NULL);

  return (const char * const *) self->details;
}

/* ---------------------------------------------------------------------- */
/* NbMergeUndo                                                             */

static void
merge_row_clear (NbMergeRow *row)
{
  for (guint i = 0; i < row->n_values; i++)
    sqlite3_value_free (row->values[i]);
  g_clear_pointer (&row->values, g_free);
  row->n_values = 0;
}

static void
merge_move_clear (NbMergeMove *move)
{
  g_clear_pointer (&move->text1, g_free);
  g_clear_pointer (&move->text2, g_free);
}

static void
merge_undo_clear (NbMergeUndo *undo)
{
  g_clear_object (&undo->kept);
  merge_row_clear (&undo->kept_row);
  g_clear_pointer (&undo->others, g_ptr_array_unref);
  g_clear_pointer (&undo->other_rows, g_array_unref);
  g_clear_pointer (&undo->moves, g_array_unref);
}

NbMergeUndo *
_nb_merge_undo_new (void)
{
  NbMergeUndo *undo = g_rc_box_new0 (NbMergeUndo);

  undo->others = g_ptr_array_new_with_free_func (g_object_unref);
  undo->other_rows = g_array_new (FALSE, TRUE, sizeof (NbMergeRow));
  g_array_set_clear_func (undo->other_rows, (GDestroyNotify) merge_row_clear);
  undo->moves = g_array_new (FALSE, TRUE, sizeof (NbMergeMove));
  g_array_set_clear_func (undo->moves, (GDestroyNotify) merge_move_clear);

  return undo;
}

static NbMergeUndo *
merge_undo_ref (NbMergeUndo *undo)
{
  return g_rc_box_acquire (undo);
}

G_DEFINE_BOXED_TYPE (NbMergeUndo, nb_merge_undo, merge_undo_ref, nb_merge_undo_free)

void
nb_merge_undo_free (NbMergeUndo *undo)
{
  if (undo != NULL)
    g_rc_box_release_full (undo, (GDestroyNotify) merge_undo_clear);
}

/**
 * nb_merge_undo_get_kept_id:
 * @undo: what a merge did
 *
 * Returns: the id of the card the others were merged into
 */
gint64
nb_merge_undo_get_kept_id (NbMergeUndo *undo)
{
  g_return_val_if_fail (undo != NULL, 0);

  return undo->kept_id;
}

/* ---------------------------------------------------------------------- */
/* Names                                                                   */

/* Common nicknames and spellings of given names, in English, German,
 * French and Spanish, each to one name they stand for (all folded: no
 * case, no accents). A name is compared by what it stands for, so that
 * "Bob Dylan" is "Robert Dylan". */
static const struct { const char *nick; const char *name; } nicknames[] = {
  /* English */
  { "bob", "robert" }, { "bobby", "robert" }, { "rob", "robert" }, { "robbie", "robert" },
  { "bill", "william" }, { "billy", "william" }, { "will", "william" }, { "willy", "william" },
  { "liam", "william" },
  { "liz", "elizabeth" }, { "lizzie", "elizabeth" }, { "lizzy", "elizabeth" },
  { "beth", "elizabeth" }, { "betty", "elizabeth" }, { "eliza", "elizabeth" },
  { "elisabeth", "elizabeth" }, { "lisbeth", "elizabeth" }, { "babette", "elizabeth" },
  { "kate", "katherine" }, { "katie", "katherine" }, { "kathy", "katherine" },
  { "cathy", "katherine" }, { "catherine", "katherine" }, { "katharine", "katherine" },
  { "kathryn", "katherine" }, { "katharina", "katherine" }, { "kathi", "katherine" },
  { "jim", "james" }, { "jimmy", "james" }, { "jamie", "james" },
  { "mike", "michael" }, { "mikey", "michael" }, { "mick", "michael" },
  { "dave", "david" }, { "davy", "david" },
  { "dick", "richard" }, { "rick", "richard" }, { "richie", "richard" },
  { "tom", "thomas" }, { "tommy", "thomas" },
  { "tony", "anthony" }, { "matt", "matthew" },
  { "dan", "daniel" }, { "danny", "daniel" },
  { "joe", "joseph" }, { "joey", "joseph" }, { "josef", "joseph" }, { "sepp", "joseph" },
  { "seppl", "joseph" },
  { "sam", "samuel" }, { "ben", "benjamin" }, { "alex", "alexander" },
  { "andy", "andrew" }, { "drew", "andrew" },
  { "steve", "stephen" }, { "steven", "stephen" },
  { "ed", "edward" }, { "eddie", "edward" }, { "ted", "edward" }, { "teddy", "edward" },
  { "harry", "henry" }, { "jack", "john" }, { "johnny", "john" },
  { "nick", "nicholas" }, { "nicolas", "nicholas" }, { "nico", "nicholas" },
  { "klaus", "nicholas" }, { "nikolaus", "nicholas" },
  { "pat", "patrick" }, { "pete", "peter" },
  { "fred", "frederick" }, { "freddie", "frederick" },
  { "greg", "gregory" }, { "larry", "lawrence" },
  { "charlie", "charles" }, { "chuck", "charles" },
  { "jen", "jennifer" }, { "jenny", "jennifer" },
  { "sue", "susan" }, { "susie", "susan" }, { "suzy", "susan" },
  { "maggie", "margaret" }, { "meg", "margaret" }, { "peggy", "margaret" },
  { "margarete", "margaret" }, { "grete", "margaret" }, { "gretel", "margaret" },
  { "margot", "margaret" }, { "marguerite", "margaret" },
  { "annie", "anne" }, { "ann", "anne" },
  { "debbie", "deborah" }, { "vicky", "victoria" }, { "becky", "rebecca" },
  { "jess", "jessica" }, { "mandy", "amanda" },
  /* German */
  { "hans", "johannes" }, { "hannes", "johannes" }, { "johann", "johannes" },
  { "fritz", "friedrich" }, { "uli", "ulrich" }, { "resi", "theresa" },
  { "therese", "theresa" }, { "wolfi", "wolfgang" }, { "steffi", "stephanie" },
  { "stefanie", "stephanie" }, { "sigi", "siegfried" },
  /* French */
  { "manu", "emmanuel" }, { "dede", "andre" }, { "jeannot", "jean" },
  /* Spanish */
  { "pepe", "jose" }, { "paco", "francisco" }, { "pancho", "francisco" },
  { "curro", "francisco" }, { "nacho", "ignacio" }, { "lola", "dolores" },
  { "lupe", "guadalupe" }, { "quique", "enrique" }, { "charo", "rosario" },
  { "manolo", "manuel" }, { "toni", "antonio" }, { "memo", "guillermo" },
  { "chuy", "jesus" }, { "rafa", "rafael" },
};

static GHashTable *
nickname_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (nicknames); i++)
        g_hash_table_insert (t, (gpointer) nicknames[i].nick, (gpointer) nicknames[i].name);
      g_once_init_leave (&table, t);
    }

  return table;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The words of a name, folded (case, accents), each as the name it stands
 * for; in the order written ("Lovelace, Ada": "ada", "lovelace"), with
 * the given name first when known. Apostrophes join ("O'Brien": "obrien");
 * initials are left out when two words are left. */
static GPtrArray *
name_tokens (const char *name)
{
  g_autofree char *folded = nb_text_fold (name);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  GHashTable *nicks = nickname_table ();
  const char *comma = strchr (folded, ',');
  GString *word = g_string_new (NULL);
  guint n_long = 0;
  guint after_comma = 0;

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (c == '\'' || c == 0x2019)
        continue;

      if (word->len > 0)
        {
          g_ptr_array_add (words, g_strdup (word->str));
          g_string_truncate (word, 0);
          if (comma != NULL && p > comma && after_comma == 0)
            after_comma = words->len;
        }
      if (c == 0)
        break;
      if (comma != NULL && p == comma && after_comma == 0)
        after_comma = words->len + 1;
    }
  g_string_free (word, TRUE);

  /* "Lovelace, Ada" is Ada Lovelace. */
  if (after_comma > 1 && after_comma <= words->len)
    {
      g_autoptr(GPtrArray) reordered = g_ptr_array_new_with_free_func (g_free);

      for (guint i = after_comma - 1; i < words->len; i++)
        g_ptr_array_add (reordered, g_steal_pointer (&words->pdata[i]));
      for (guint i = 0; i < after_comma - 1; i++)
        g_ptr_array_add (reordered, g_steal_pointer (&words->pdata[i]));
      g_clear_pointer (&words, g_ptr_array_unref);
      words = g_steal_pointer (&reordered);
    }

  for (guint i = 0; i < words->len; i++)
    n_long += g_utf8_strlen (words->pdata[i], -1) > 1;

  for (guint i = 0; i < words->len; i++)
    {
      const char *w = words->pdata[i];
      const char *canonical;

      if (n_long >= 2 && g_utf8_strlen (w, -1) == 1)
        continue;
      canonical = g_hash_table_lookup (nicks, w);
      g_ptr_array_add (tokens, g_strdup (canonical ? canonical : w));
    }

  return tokens;
}

static char *
tokens_key (GPtrArray *tokens)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    g_ptr_array_add (sorted, tokens->pdata[i]);
  g_ptr_array_sort (sorted, compare_strings);

  for (guint i = 0; i < sorted->len; i++)
    {
      if (i > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, sorted->pdata[i]);
    }

  return g_string_free (key, FALSE);
}

/* What two names are the same by: folded, the words as the names they
 * stand for, sorted. "Lovelace, Ada", "ADA LOVELACE" and "Ada Lovelace"
 * all give "ada lovelace"; "Bob Dylan" and "Robert Dylan" "dylan robert". */
char *
_nb_duplicate_name_key (const char *name)
{
  g_autoptr(GPtrArray) tokens = name_tokens (name);

  return tokens_key (tokens);
}

/* ---------------------------------------------------------------------- */
/* The finder                                                              */

typedef struct
{
  gint64     id;
  char      *name;
  char      *key;
  GPtrArray *tokens;       /* given name first */
  GPtrArray *emails;       /* as written */
  GPtrArray *email_keys;   /* lower case */
  GPtrArray *phones;       /* as written */
  GPtrArray *phone_keys;   /* nb_text_phone_key() */
  int        bday_year;
  int        bday_month;
  int        bday_day;
} Person;

typedef struct
{
  guint              a, b;       /* indexes of people, a < b */
  NbDuplicateReasons reasons;
  const char        *email;      /* the first in common, as @a wrote it */
  const char        *phone;
} Pair;

struct _NbDuplicateFinder
{
  GArray     *people;       /* Person */
  GHashTable *by_id;        /* gint64 id → index + 1 */
  GHashTable *not_same;     /* guint64 (a << 32 | b) of indexes */
  GArray     *not_same_ids; /* pairs of gint64, until run */
};

static guint pair_hash (gconstpointer key);

static void
person_clear (Person *person)
{
  g_free (person->name);
  g_free (person->key);
  g_clear_pointer (&person->tokens, g_ptr_array_unref);
  g_clear_pointer (&person->emails, g_ptr_array_unref);
  g_clear_pointer (&person->email_keys, g_ptr_array_unref);
  g_clear_pointer (&person->phones, g_ptr_array_unref);
  g_clear_pointer (&person->phone_keys, g_ptr_array_unref);
}

NbDuplicateFinder *
_nb_duplicate_finder_new (void)
{
  NbDuplicateFinder *finder = g_new0 (NbDuplicateFinder, 1);

  finder->people = g_array_new (FALSE, TRUE, sizeof (Person));
  g_array_set_clear_func (finder->people, (GDestroyNotify) person_clear);
  finder->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  finder->not_same = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL);
  finder->not_same_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  return finder;
}

void
_nb_duplicate_finder_free (NbDuplicateFinder *finder)
{
  if (finder == NULL)
    return;

  g_array_unref (finder->people);
  g_hash_table_unref (finder->by_id);
  g_hash_table_unref (finder->not_same);
  g_array_unref (finder->not_same_ids);
  g_free (finder);
}

void
_nb_duplicate_finder_add_contact (NbDuplicateFinder *finder,
                                  gint64             id,
                                  const char        *name,
                                  int                bday_year,
                                  int                bday_month,
                                  int                bday_day)
{
  Person person = { 0 };
  guint index = finder->people->len + 1;

  person.id = id;
  person.name = g_strdup (name ? name : "");
  person.tokens = name_tokens (person.name);
  person.key = tokens_key (person.tokens);
  person.bday_year = bday_year;
  person.bday_month = bday_month;
  person.bday_day = bday_day;
  g_array_append_val (finder->people, person);
  g_hash_table_insert (finder->by_id, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (index));
}

static Person *
lookup_person (NbDuplicateFinder *finder,
               gint64             id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (finder->by_id, &id));

  return index ? &g_array_index (finder->people, Person, index - 1) : NULL;
}

static void
add_field (GPtrArray  **values,
           GPtrArray  **keys,
           const char  *value,
           char        *key)
{
  if (key == NULL)
    return;

  if (*values == NULL)
    {
      *values = g_ptr_array_new_with_free_func (g_free);
      *keys = g_ptr_array_new_with_free_func (g_free);
    }

  for (guint i = 0; i < (*keys)->len; i++)
    {
      if (g_str_equal ((*keys)->pdata[i], key))
        {
          g_free (key);
          return;
        }
    }

  g_ptr_array_add (*values, g_strdup (value));
  g_ptr_array_add (*keys, key);
}

void
_nb_duplicate_finder_add_email (NbDuplicateFinder *finder,
                                gint64             id,
                                const char        *email)
{
  Person *person = lookup_person (finder, id);
  g_autofree char *stripped = g_strstrip (g_strdup (email ? email : ""));

  if (person == NULL || strchr (stripped, '@') == NULL)
    return;

  add_field (&person->emails, &person->email_keys, stripped, g_utf8_casefold (stripped, -1));
}

void
_nb_duplicate_finder_add_phone (NbDuplicateFinder *finder,
                                gint64             id,
                                const char        *phone)
{
  Person *person = lookup_person (finder, id);

  if (person == NULL)
    return;

  add_field (&person->phones, &person->phone_keys, phone, nb_text_phone_key (phone));
}

void
_nb_duplicate_finder_add_not_duplicates (NbDuplicateFinder *finder,
                                         gint64             a,
                                         gint64             b)
{
  g_array_append_val (finder->not_same_ids, a);
  g_array_append_val (finder->not_same_ids, b);
}

static guint64
pair_key (guint a,
          guint b)
{
  return a < b ? ((guint64) a << 32) | b : ((guint64) b << 32) | a;
}

/* A pair's hash: g_int64_hash() folds the two halves together (a ^ b),
 * which gives the pairs of one block of cards, numbered alike, a handful
 * of hashes between them, and the tables of pairs slow to a crawl. The
 * bits are mixed instead (the finalizer of splitmix64). */
static guint
pair_hash (gconstpointer key)
{
  guint64 x = *(const guint64 *) key;

  x ^= x >> 30;
  x *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  x ^= x >> 27;
  x *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  x ^= x >> 31;

  return (guint) x;
}

static const char *
common_value (GPtrArray *values,
              GPtrArray *keys,
              GPtrArray *other_keys)
{
  if (keys == NULL || other_keys == NULL)
    return NULL;

  for (guint i = 0; i < keys->len; i++)
    for (guint j = 0; j < other_keys->len; j++)
      if (g_str_equal (keys->pdata[i], other_keys->pdata[j]))
        return values->pdata[i];

  return NULL;
}

static gboolean
has_token (GPtrArray  *tokens,
           const char *token)
{
  for (guint i = 0; i < tokens->len; i++)
    if (g_str_equal (tokens->pdata[i], token))
      return TRUE;

  return FALSE;
}

static guint
n_common_tokens (GPtrArray *a,
                 GPtrArray *b)
{
  guint n = 0;

  for (guint i = 0; i < a->len; i++)
    n += has_token (b, a->pdata[i]);

  return n;
}

/* Two given names that may be one person's: the same (after nicknames),
 * one the other's initial or beginning ("Al", "Alexandra"), or spelt a
 * little differently ("Jon", "John"). */
static gboolean
given_names_agree (Person *p,
                   Person *q)
{
  const char *a, *b;

  if (p->tokens->len == 0 || q->tokens->len == 0 || g_str_equal (p->key, q->key))
    return TRUE;

  /* "Ada" and "Ada Lovelace". */
  if ((p->tokens->len == 1 && has_token (q->tokens, p->tokens->pdata[0])) ||
      (q->tokens->len == 1 && has_token (p->tokens, q->tokens->pdata[0])))
    return TRUE;

  a = p->tokens->pdata[0];
  b = q->tokens->pdata[0];
  return g_str_has_prefix (a, b) || g_str_has_prefix (b, a) ||
         nb_text_edit_distance (a, b, 2) <= 2;
}

static gboolean
same_birthday (Person *p,
               Person *q)
{
  return p->bday_month != 0 && p->bday_month == q->bday_month && p->bday_day == q->bday_day &&
         (p->bday_year == 0 || q->bday_year == 0 || p->bday_year == q->bday_year);
}

/* What tells two cards apart, however alike their names: each has email
 * addresses and none in common, each phone numbers and none in common, or
 * each a birthday and not the same. */
static gboolean
contradict (Person *p,
            Person *q)
{
  if (p->email_keys != NULL && q->email_keys != NULL &&
      common_value (p->emails, p->email_keys, q->email_keys) == NULL)
    return TRUE;
  if (p->phone_keys != NULL && q->phone_keys != NULL &&
      common_value (p->phones, p->phone_keys, q->phone_keys) == NULL)
    return TRUE;
  if (p->bday_month != 0 && q->bday_month != 0 && !same_birthday (p, q))
    return TRUE;

  return FALSE;
}

/* A similar name, enough with the same birthday: the words of one among
 * the other's ("Ada Lovelace", "Ada King-Lovelace"), two words in common,
 * or at most two letters apart ("Jon Smith", "John Smith"). */
static gboolean
similar_names (Person *p,
               Person *q)
{
  guint common = n_common_tokens (p->tokens, q->tokens);

  if (common > 0 && (common == p->tokens->len || common == q->tokens->len || common >= 2))
    return TRUE;

  return nb_text_edit_distance (p->key, q->key, 2) <= 2;
}

static NbDuplicateReasons
pair_reasons (Person      *p,
              Person      *q,
              const char **email,
              const char **phone)
{
  NbDuplicateReasons reasons = 0;
  gboolean contradicted = contradict (p, q);

  *email = common_value (p->emails, p->email_keys, q->email_keys);
  if (*email != NULL)
    reasons |= NB_DUPLICATE_SAME_EMAIL;

  /* A family's or an office's line is not one person's. */
  *phone = common_value (p->phones, p->phone_keys, q->phone_keys);
  if (*phone != NULL && (*email != NULL || given_names_agree (p, q)))
    reasons |= NB_DUPLICATE_SAME_PHONE;

  if (*p->key != '\0' && g_str_equal (p->key, q->key) && (reasons != 0 || !contradicted))
    reasons |= NB_DUPLICATE_SAME_NAME;

  if (same_birthday (p, q) && similar_names (p, q) && (reasons != 0 || !contradicted))
    reasons |= NB_DUPLICATE_SAME_BIRTHDAY;

  return reasons;
}

typedef struct
{
  GHashTable *by_email;
  GHashTable *by_phone;
  GHashTable *by_name;
  GHashTable *by_birthday;
} Blocks;

static void
block_add (GHashTable *blocks,
           char       *key,
           guint       index)
{
  GArray *members = g_hash_table_lookup (blocks, key);

  if (members == NULL)
    {
      members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (blocks, key, members);
    }
  else
    g_free (key);

  /* The same person twice under one key (two addresses alike) once. */
  if (members->len == 0 || g_array_index (members, guint, members->len - 1) != index)
    g_array_append_val (members, index);
}

static GHashTable *
blocks_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
}

static void
candidates_from (GHashTable *blocks,
                 guint       max,
                 GHashTable *candidates)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, blocks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *members = value;

      if (members->len < 2 || members->len > max)
        continue;

      for (guint i = 0; i < members->len; i++)
        for (guint j = i + 1; j < members->len; j++)
          {
            guint64 key = pair_key (g_array_index (members, guint, i),
                                    g_array_index (members, guint, j));

            if (!g_hash_table_contains (candidates, &key))
              g_hash_table_add (candidates, g_memdup2 (&key, sizeof key));
          }
    }
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }

  return i;
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *p = a, *q = b;
  gboolean strong_p = (p->reasons & (NB_DUPLICATE_SAME_EMAIL | NB_DUPLICATE_SAME_PHONE)) != 0;
  gboolean strong_q = (q->reasons & (NB_DUPLICATE_SAME_EMAIL | NB_DUPLICATE_SAME_PHONE)) != 0;

  if (strong_p != strong_q)
    return strong_p ? -1 : 1;
  if (p->a != q->a)
    return p->a < q->a ? -1 : 1;
  return p->b < q->b ? -1 : (p->b > q->b);
}

static int
compare_duplicates (gconstpointer a,
                    gconstpointer b)
{
  NbDuplicate *p = *(NbDuplicate **) a, *q = *(NbDuplicate **) b;
  NbDuplicateReasons strong = NB_DUPLICATE_SAME_EMAIL | NB_DUPLICATE_SAME_PHONE;
  int rank_p = (p->reasons & strong) ? 0 : (p->reasons & NB_DUPLICATE_SAME_NAME) ? 1 : 2;
  int rank_q = (q->reasons & strong) ? 0 : (q->reasons & NB_DUPLICATE_SAME_NAME) ? 1 : 2;
  gint64 first_p = g_array_index (p->contact_ids, gint64, 0);
  gint64 first_q = g_array_index (q->contact_ids, gint64, 0);

  if (rank_p != rank_q)
    return rank_p - rank_q;
  return first_p < first_q ? -1 : (first_p > first_q);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : (x > y);
}

static char *
format_birthday (int month,
                 int day)
{
  /* A leap year, for 29 February. */
  g_autoptr(GDateTime) date = g_date_time_new_utc (2000, month, day, 0, 0, 0);

  if (date == NULL)
    return g_strdup_printf ("%d-%d", month, day);

  /* Translators: a birthday, in strftime()'s format: "December 10". */
  return g_date_time_format (date, C_("birthday", "%B %-d"));
}

G_GNUC_PRINTF (2, 3)
static void
add_detail (GStrvBuilder *details,
            const char   *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_strv_builder_add (details, text);
}

static NbDuplicate *
make_duplicate (NbDuplicateFinder *finder,
                GArray            *members,
                GArray            *pairs)
{
  NbDuplicate *duplicate = g_object_new (NB_TYPE_DUPLICATE, NULL);
  g_autoptr(GStrvBuilder) details = g_strv_builder_new ();
  const char *email = NULL, *phone = NULL;
  Person *first = NULL, *born = NULL;

  duplicate->contact_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), members->len);
  for (guint i = 0; i < members->len; i++)
    {
      Person *person = &g_array_index (finder->people, Person, g_array_index (members, guint, i));

      g_array_append_val (duplicate->contact_ids, person->id);
      if (first == NULL || person->id < first->id)
        first = person;
    }
  g_array_sort (duplicate->contact_ids, compare_ids);

  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *pair = &g_array_index (pairs, Pair, i);

      duplicate->reasons |= pair->reasons;
      if (email == NULL)
        email = pair->email;
      if (phone == NULL && (pair->reasons & NB_DUPLICATE_SAME_PHONE))
        phone = pair->phone;
      if (born == NULL && (pair->reasons & NB_DUPLICATE_SAME_BIRTHDAY))
        born = &g_array_index (finder->people, Person, pair->a);
    }

  if (duplicate->reasons & NB_DUPLICATE_SAME_EMAIL)
    add_detail (details, _("Same email address: %s"), email);
  if (duplicate->reasons & NB_DUPLICATE_SAME_PHONE)
    add_detail (details, _("Same phone number: %s"), phone);
  if (duplicate->reasons & NB_DUPLICATE_SAME_NAME)
    add_detail (details, _("Same name: %s"), first->name);
  if (duplicate->reasons & NB_DUPLICATE_SAME_BIRTHDAY)
    {
      g_autofree char *day = format_birthday (born->bday_month, born->bday_day);

      /* Translators: the birthday is "December 10". */
      add_detail (details, _("Same birthday, %s, and a similar name"), day);
    }
  duplicate->details = g_strv_builder_end (details);

  return duplicate;
}

/**
 * _nb_duplicate_finder_run:
 * @finder: a finder fed every card
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Finds the cards that are probably one person's. Cards are put in
 * blocks by what they could share (an email address, a phone number, a
 * name key, a birthday with a word of the name), only cards of one block
 * are compared, and the pairs found join into groups, never joining two
 * cards the user said are not the same person.
 *
 * Returns: (transfer full) (element-type NbDuplicate) (nullable): the
 *   groups, strongest first
 */
GPtrArray *
_nb_duplicate_finder_run (NbDuplicateFinder  *finder,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_autoptr(GHashTable) candidates = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree guint *parent = NULL;
  g_autofree guint *size = NULL;
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GHashTable) group_pairs = NULL;
  g_autoptr(GHashTable) accepted = NULL;
  Blocks blocks = { blocks_new (), blocks_new (), blocks_new (), blocks_new () };
  guint n = finder->people->len;
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i + 1 < finder->not_same_ids->len; i += 2)
    {
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (finder->by_id,
                                  &g_array_index (finder->not_same_ids, gint64, i)));
      guint b = GPOINTER_TO_UINT (g_hash_table_lookup (finder->by_id,
                                  &g_array_index (finder->not_same_ids, gint64, i + 1)));

      if (a != 0 && b != 0)
        {
          guint64 k = pair_key (a - 1, b - 1);

          g_hash_table_add (finder->not_same, g_memdup2 (&k, sizeof k));
        }
    }

  for (guint i = 0; i < n; i++)
    {
      Person *person = &g_array_index (finder->people, Person, i);

      if (i % CANCEL_CHECK == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;

      for (guint e = 0; person->email_keys && e < person->email_keys->len; e++)
        block_add (blocks.by_email, g_strdup (person->email_keys->pdata[e]), i);
      for (guint p = 0; person->phone_keys && p < person->phone_keys->len; p++)
        block_add (blocks.by_phone, g_strdup (person->phone_keys->pdata[p]), i);
      if (*person->key != '\0')
        block_add (blocks.by_name, g_strdup (person->key), i);
      if (person->bday_month != 0)
        for (guint t = 0; t < person->tokens->len; t++)
          block_add (blocks.by_birthday,
                     g_strdup_printf ("%d-%d %s", person->bday_month, person->bday_day,
                                      (char *) person->tokens->pdata[t]),
                     i);
    }

  candidates_from (blocks.by_email, MAX_FIELD_BLOCK, candidates);
  candidates_from (blocks.by_phone, MAX_FIELD_BLOCK, candidates);
  candidates_from (blocks.by_name, MAX_NAME_BLOCK, candidates);
  candidates_from (blocks.by_birthday, MAX_BIRTHDAY_BLOCK, candidates);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;

  g_hash_table_iter_init (&iter, candidates);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint64 k = *(guint64 *) key;
      Pair pair = { (guint) (k >> 32), (guint) (k & 0xffffffff), 0, NULL, NULL };

      if (g_hash_table_contains (finder->not_same, &k))
        continue;

      pair.reasons = pair_reasons (&g_array_index (finder->people, Person, pair.a),
                                   &g_array_index (finder->people, Person, pair.b),
                                   &pair.email, &pair.phone);
      if (pair.reasons != 0)
        g_array_append_val (pairs, pair);
    }

  /* The strongest likenesses join first, so that a group limited in size
   * keeps them. */
  g_array_sort (pairs, compare_pairs);
  accepted = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *pair = &g_array_index (pairs, Pair, i);
      guint64 k = pair_key (pair->a, pair->b);

      g_hash_table_add (accepted, g_memdup2 (&k, sizeof k));
    }

  parent = g_new (guint, n);
  size = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    {
      parent[i] = i;
      size[i] = 1;
    }

  /* Members of each group, to check that no two the user set apart meet. */
  groups = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *pair = &g_array_index (pairs, Pair, i);
      guint ra = find_root (parent, pair->a);
      guint rb = find_root (parent, pair->b);
      GArray *ma, *mb;
      gboolean apart = FALSE;

      if (ra == rb)
        continue;
      if (size[ra] + size[rb] > MAX_GROUP)
        {
          pair->reasons = 0;
          continue;
        }

      /* A chain of likenesses joins no two cards that the user set apart
       * or that tell themselves apart (John Smith of one address, a card
       * with only the name John Smith, John Smith of another address). */
      ma = g_hash_table_lookup (groups, GUINT_TO_POINTER (ra));
      mb = g_hash_table_lookup (groups, GUINT_TO_POINTER (rb));
      {
        guint na = ma ? ma->len : 1, nb = mb ? mb->len : 1;

        for (guint x = 0; x < na && !apart; x++)
          for (guint y = 0; y < nb && !apart; y++)
            {
              guint px = ma ? g_array_index (ma, guint, x) : ra;
              guint py = mb ? g_array_index (mb, guint, y) : rb;
              guint64 k = pair_key (px, py);

              apart = g_hash_table_contains (finder->not_same, &k) ||
                      (!g_hash_table_contains (accepted, &k) &&
                       contradict (&g_array_index (finder->people, Person, px),
                                   &g_array_index (finder->people, Person, py)));
            }
      }
      if (apart)
        {
          pair->reasons = 0;
          continue;
        }

      if (size[ra] < size[rb])
        {
          guint t = ra;
          GArray *tm = ma;

          ra = rb;
          rb = t;
          ma = mb;
          mb = tm;
        }
      if (ma == NULL)
        {
          ma = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (ma, ra);
          g_hash_table_insert (groups, GUINT_TO_POINTER (ra), ma);
        }
      if (mb != NULL)
        {
          g_array_append_vals (ma, mb->data, mb->len);
          g_hash_table_remove (groups, GUINT_TO_POINTER (rb));
        }
      else
        g_array_append_val (ma, rb);

      parent[rb] = ra;
      size[ra] += size[rb];
    }

  /* The pairs that made each group, for its reasons. */
  group_pairs = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *pair = &g_array_index (pairs, Pair, i);
      guint root;
      GArray *list;

      if (pair->reasons == 0)
        continue;
      root = find_root (parent, pair->a);
      if (root != find_root (parent, pair->b))
        continue;

      list = g_hash_table_lookup (group_pairs, GUINT_TO_POINTER (root));
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (Pair));
          g_hash_table_insert (group_pairs, GUINT_TO_POINTER (root), list);
        }
      g_array_append_val (list, *pair);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *list = g_hash_table_lookup (group_pairs, key);

      if (list != NULL)
        g_ptr_array_add (result, make_duplicate (finder, value, list));
    }

  g_ptr_array_sort (result, compare_duplicates);

  g_hash_table_unref (blocks.by_email);
  g_hash_table_unref (blocks.by_phone);
  g_hash_table_unref (blocks.by_name);
  g_hash_table_unref (blocks.by_birthday);
  return g_steal_pointer (&result);

fail:
  g_hash_table_unref (blocks.by_email);
  g_hash_table_unref (blocks.by_phone);
  g_hash_table_unref (blocks.by_name);
  g_hash_table_unref (blocks.by_birthday);
  return NULL;
}
