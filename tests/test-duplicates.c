/* test-duplicates.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nb-store.h"
#include "nb-store-transaction.h"
#include "nb-test-util.h"

typedef struct
{
  GPtrArray *groups;
  GError    *error;
  guint      n_progress;
  double     last_fraction;
  gboolean   done;
} FindResult;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  FindResult *result = user_data;

  g_assert_cmpfloat (fraction, >=, result->last_fraction);
  g_assert_cmpfloat (fraction, <=, 1.0);
  result->last_fraction = fraction;
  result->n_progress++;
}

static void
found_cb (GObject      *source,
          GAsyncResult *res,
          gpointer      user_data)
{
  FindResult *result = user_data;

  result->groups = nb_store_find_duplicates_finish (NB_STORE (source), res, &result->error);
  result->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((FindResult *) data)->done;
}

static GPtrArray *
find (NbStore *store)
{
  FindResult result = { 0 };

  nb_store_find_duplicates_async (store, progress_cb, &result, NULL, found_cb, &result);
  nb_test_wait_for (is_done, &result);
  g_assert_no_error (result.error);
  g_assert_nonnull (result.groups);

  return result.groups;
}

static NbContact *
person (const char *name,
        const char *email,
        const char *phone)
{
  NbContact *contact = nb_test_contact_new (name, email);

  if (phone != NULL)
    {
      g_autoptr(GPtrArray) phones = nb_field_array_new ();

      g_ptr_array_add (phones, nb_field_new ("cell", phone));
      nb_contact_set_phones (contact, phones);
    }

  return contact;
}

static gint64
add (NbStore    *store,
     const char *name,
     const char *email,
     const char *phone,
     int         bday_day,
     int         bday_month)
{
  g_autoptr(NbContact) draft = person (name, email, phone);
  g_autoptr(NbContact) saved = NULL;
  g_autoptr(GError) error = NULL;

  if (bday_month != 0)
    {
      g_autoptr(NbBirthday) birthday = nb_birthday_new (0, bday_month, bday_day);

      nb_contact_set_birthday (draft, birthday);
    }

  saved = nb_store_save_contact (store, draft, &error);
  g_assert_no_error (error);
  return nb_contact_get_id (saved);
}

/* The one group found, of @a and @b, for @reason, with @detail. */
static void
assert_one_pair (NbStore            *store,
                 gint64              a,
                 gint64              b,
                 NbDuplicateReasons  reason,
                 const char         *detail)
{
  g_autoptr(GPtrArray) groups = find (store);
  NbDuplicate *duplicate;
  GArray *ids;
  const char * const *details;

  g_assert_cmpuint (groups->len, ==, 1);
  duplicate = g_ptr_array_index (groups, 0);
  ids = nb_duplicate_get_contact_ids (duplicate);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, MIN (a, b));
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, MAX (a, b));
  g_assert_true (nb_duplicate_get_reasons (duplicate) & reason);
  details = nb_duplicate_get_details (duplicate);
  g_assert_true (g_strv_contains (details, detail));
  /* One sentence a reason. */
  g_assert_cmpuint (g_strv_length ((char **) details), ==,
                    __builtin_popcount (nb_duplicate_get_reasons (duplicate)));
}

static void
delete_all (NbStore *store)
{
  nb_test_exec_sql (nb_store_get_path (store), "PRAGMA foreign_keys = ON; DELETE FROM contacts");
  nb_store_check_for_changes (store);
}

static void
test_reasons (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  gint64 a, b;

  /* Email addresses in another case. */
  a = add (store, "Ada Lovelace", "ada@example.org", NULL, 0, 0);
  b = add (store, "A. Lovelace", "ADA@Example.org", NULL, 0, 0);
  assert_one_pair (store, a, b, NB_DUPLICATE_SAME_EMAIL, "Same email address: ada@example.org");
  delete_all (store);

  /* A phone number written three ways: one group of three. */
  {
    gint64 c;
    g_autoptr(GPtrArray) groups = NULL;
    NbDuplicate *duplicate;

    a = add (store, "Grace Hopper", NULL, "+44 20 7946 0000", 0, 0);
    b = add (store, "Grace B. Hopper", NULL, "0044 20 7946 0000", 0, 0);
    c = add (store, "G. Hopper", NULL, "020 7946 0000", 0, 0);
    groups = find (store);
    g_assert_cmpuint (groups->len, ==, 1);
    duplicate = g_ptr_array_index (groups, 0);
    g_assert_cmpuint (nb_duplicate_get_contact_ids (duplicate)->len, ==, 3);
    g_assert_cmpint (g_array_index (nb_duplicate_get_contact_ids (duplicate), gint64, 2), ==, c);
    /* Grace B. Hopper's middle initial does not count. */
    g_assert_cmpint (nb_duplicate_get_reasons (duplicate), ==,
                     NB_DUPLICATE_SAME_PHONE | NB_DUPLICATE_SAME_NAME);
    g_assert_true (g_str_has_prefix (nb_duplicate_get_details (duplicate)[0], "Same phone number: "));
    g_assert_true (strstr (nb_duplicate_get_details (duplicate)[0], "7946 0000") != NULL);
    g_assert_cmpstr (nb_duplicate_get_details (duplicate)[1], ==, "Same name: Grace Hopper");
    delete_all (store);
  }

  /* The same name, in another order and case. */
  a = add (store, "Lovelace, Ada", NULL, NULL, 0, 0);
  b = add (store, "ada lovelace", NULL, NULL, 0, 0);
  assert_one_pair (store, a, b, NB_DUPLICATE_SAME_NAME, "Same name: Lovelace, Ada");
  delete_all (store);

  /* Accents. */
  a = add (store, "Émilie du Châtelet", NULL, NULL, 0, 0);
  b = add (store, "Emilie du Chatelet", NULL, NULL, 0, 0);
  assert_one_pair (store, a, b, NB_DUPLICATE_SAME_NAME, "Same name: Émilie du Châtelet");
  delete_all (store);

  /* A nickname. */
  a = add (store, "Bob Dylan", NULL, NULL, 0, 0);
  b = add (store, "Robert Dylan", NULL, NULL, 0, 0);
  assert_one_pair (store, a, b, NB_DUPLICATE_SAME_NAME, "Same name: Bob Dylan");
  delete_all (store);

  /* The same birthday and a similar name. */
  a = add (store, "Ada Lovelace", NULL, NULL, 10, 12);
  b = add (store, "Ada King-Lovelace", NULL, NULL, 10, 12);
  assert_one_pair (store, a, b, NB_DUPLICATE_SAME_BIRTHDAY,
                   "Same birthday, December 10, and a similar name");
  delete_all (store);
}

static void
test_not_proposed (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  g_autoptr(GPtrArray) groups = NULL;

  /* Two John Smiths, each with an address of his own. */
  add (store, "John Smith", "john@smith.example", NULL, 0, 0);
  add (store, "John Smith", "jsmith@acme.example", NULL, 0, 0);
  /* A family's line. */
  add (store, "Mary Jones", NULL, "+1 555 123 4567", 0, 0);
  add (store, "Peter Jones", NULL, "+1 555 123 4567", 0, 0);
  /* Born the same day, with nothing else in common but a first name. */
  add (store, "Ada Smith", NULL, NULL, 1, 5);
  add (store, "Ada Jones", NULL, NULL, 1, 5);
  /* The same name, different birthdays. */
  add (store, "Alan Turing", NULL, NULL, 23, 6);
  add (store, "Alan Turing", NULL, NULL, 24, 6);

  groups = find (store);
  g_assert_cmpuint (groups->len, ==, 0);
}

static void
test_remembered (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 a, b, c;

  a = add (store, "Ada Lovelace", "ada@example.org", NULL, 0, 0);
  b = add (store, "Ada Lovelace", "ada@example.org", "+44 20 7946 0001", 0, 0);
  c = add (store, "Lovelace, Ada", NULL, "020 7946 0001", 0, 0);
  groups = find (store);
  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_cmpuint (nb_duplicate_get_contact_ids (g_ptr_array_index (groups, 0))->len, ==, 3);
  g_clear_pointer (&groups, g_ptr_array_unref);

  /* a and c are not the same person: b goes with one of them only. */
  g_array_append_val (ids, c);
  g_array_append_val (ids, a);
  g_assert_true (nb_store_set_not_duplicates (store, ids, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM not_duplicates"), ==, 1);
  g_assert_cmpint (nb_test_query_int (path, "SELECT contact_a FROM not_duplicates"), ==, a);

  groups = find (store);
  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_cmpuint (nb_duplicate_get_contact_ids (g_ptr_array_index (groups, 0))->len, ==, 2);
  g_clear_pointer (&groups, g_ptr_array_unref);

  /* Neither pair is proposed again once both are said apart. */
  g_array_set_size (ids, 0);
  g_array_append_val (ids, a);
  g_array_append_val (ids, b);
  g_array_append_val (ids, c);
  g_assert_true (nb_store_set_not_duplicates (store, ids, &error));
  groups = find (store);
  g_assert_cmpuint (groups->len, ==, 0);
  g_clear_pointer (&groups, g_ptr_array_unref);

  /* It goes with the card. */
  g_assert_true (nb_store_delete_contact (store, b, &error));
  g_assert_cmpint (nb_test_query_int (path, "SELECT count(*) FROM not_duplicates"), ==, 1);
}

/* ---------------------------------------------------------------------- */
/* Precision and recall on a generated network                              */

static const char *first_names[] = {
  "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "William",
  "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
  "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Margaret", "Andrew",
  "Sandra", "Stephen", "Ashley", "Katherine", "Emily", "Samuel", "Hélène", "Émilie", "José",
  "François", "Jürgen", "Søren", "Zoë", "Björn", "Johannes", "Josef", "Chloé", "Inés",
  "Ramón", "Ana", "Lucía", "Noël", "Agnès", "Peter", "Frederick", "Alexander", "Nicholas",
  "Benjamin", "Edward", "Henry", "Rebecca", "Victoria", "Amanda",
};
static const char *nick_of[][2] = {
  { "Robert", "Bob" }, { "William", "Bill" }, { "Elizabeth", "Liz" }, { "Katherine", "Kate" },
  { "James", "Jim" }, { "Michael", "Mike" }, { "Richard", "Rick" }, { "Thomas", "Tom" },
  { "Joseph", "Joe" }, { "Anthony", "Tony" }, { "Daniel", "Dan" }, { "Matthew", "Matt" },
  { "Andrew", "Andy" }, { "Stephen", "Steve" }, { "Samuel", "Sam" }, { "Johannes", "Hans" },
  { "Josef", "Sepp" }, { "Peter", "Pete" }, { "Frederick", "Fred" }, { "Alexander", "Alex" },
  { "Nicholas", "Nick" }, { "Benjamin", "Ben" }, { "Edward", "Ed" }, { "Henry", "Harry" },
  { "Rebecca", "Becky" }, { "Victoria", "Vicky" }, { "Amanda", "Mandy" }, { "Margaret", "Maggie" },
  { "Jennifer", "Jenny" }, { "Susan", "Sue" },
};
static const char *last_names[] = {
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodríguez",
  "Martínez", "Hernández", "López", "González", "Wilson", "Anderson", "Taylor", "Moore",
  "Jackson", "Martin", "Lee", "Pérez", "Thompson", "White", "Harris", "Sánchez", "Clark",
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
  "Dubois", "Lefèvre", "Moreau", "Lambert", "Bonnet", "François", "Fontaine", "Rousseau",
  "Nakamura", "Kowalski", "Nowak", "Novák", "Horváth", "Rossi", "Russo", "Ferrari", "Esposito",
  "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "O'Brien",
  "Murphy", "Kelly", "Walsh", "Byrne", "Ryan", "Lovelace", "Hopper", "Turing", "Curie",
  "Andersen", "Nielsen", "Hansen", "Pedersen", "Larsen", "Jensen", "Svensson", "Karlsson",
  "Nilsson", "Eriksson",
};

static char *
made_up_surname (GRand *rand)
{
  static const char *syllables[] = {
    "ka", "lo", "ve", "ran", "mi", "sto", "ber", "gen", "tal", "dor",
    "in", "ash", "wen", "rik", "sel", "mar", "ton", "hal", "fen", "dru",
  };
  GString *name = g_string_new (NULL);
  int n = 3;

  for (int i = 0; i < n; i++)
    g_string_append (name, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  name->str[0] = g_ascii_toupper (name->str[0]);

  return g_string_free (name, FALSE);
}

static char *
strip_accents (const char *text)
{
  return g_str_to_ascii (text, "C");
}

static const char *
nickname_of (const char *first)
{
  for (guint i = 0; i < G_N_ELEMENTS (nick_of); i++)
    if (g_str_equal (nick_of[i][0], first))
      return nick_of[i][1];
  return NULL;
}

static gint64
save_card (NbStoreTransaction *transaction,
           const char         *name,
           const char * const *emails,
           const char         *phone,
           int                 bday_day,
           int                 bday_month)
{
  g_autoptr(NbContact) contact = nb_contact_new ();
  g_autoptr(GPtrArray) email_fields = nb_field_array_new ();
  g_autoptr(GPtrArray) phone_fields = nb_field_array_new ();
  g_autoptr(GError) error = NULL;

  nb_contact_set_full_name (contact, name);
  for (guint i = 0; emails != NULL && emails[i] != NULL; i++)
    g_ptr_array_add (email_fields, nb_field_new ("home", emails[i]));
  nb_contact_set_emails (contact, email_fields);
  if (phone != NULL)
    {
      g_ptr_array_add (phone_fields, nb_field_new ("cell", phone));
      nb_contact_set_phones (contact, phone_fields);
    }
  if (bday_month != 0)
    {
      g_autoptr(NbBirthday) birthday = nb_birthday_new (0, bday_month, bday_day);

      nb_contact_set_birthday (contact, birthday);
    }

  g_assert_true (nb_store_transaction_save_contact (transaction, contact, &error));
  g_assert_no_error (error);
  return nb_contact_get_id (contact);
}

#define N_PEOPLE     5000
#define N_DUPLICATES 500
#define N_FAMILIES   100

static void
test_precision_recall (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NbStoreTransaction) transaction = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  g_autoptr(GHashTable) truth = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) groups = NULL;
  gint64 *ids = g_new0 (gint64, N_PEOPLE);
  char **firsts = g_new0 (char *, N_PEOPLE);
  char **lasts = g_new0 (char *, N_PEOPLE);
  char **emails = g_new0 (char *, N_PEOPLE);
  char **phones = g_new0 (char *, N_PEOPLE);
  int *days = g_new0 (int, N_PEOPLE);
  int *months = g_new0 (int, N_PEOPLE);
  guint n_proposed = 0, n_correct = 0, n_found = 0;
  double precision, recall;

  transaction = nb_store_transaction_begin (path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *ascii_first = NULL;
      g_autofree char *ascii_last = NULL;
      const char *email_list[2] = { NULL, NULL };

      firsts[i] = g_strdup (first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))]);
      /* Some common surnames, shared by different people; most rarer. */
      if (g_rand_int_range (rand, 0, 100) < 15)
        lasts[i] = g_strdup (last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))]);
      else
        lasts[i] = made_up_surname (rand);
      ascii_first = strip_accents (firsts[i]);
      ascii_last = strip_accents (lasts[i]);
      /* Most have an address; many a mobile number; half a birthday. */
      if (g_rand_int_range (rand, 0, 100) < 90)
        {
          g_autofree char *email = g_strdup_printf ("%s.%s%u@example.org", ascii_first, ascii_last, i);

          emails[i] = g_ascii_strdown (email, -1);
        }
      if (g_rand_int_range (rand, 0, 100) < 60)
        phones[i] = g_strdup_printf ("7%03u %06u", g_rand_int_range (rand, 100, 1000), i);
      if (g_rand_boolean (rand))
        {
          months[i] = g_rand_int_range (rand, 1, 13);
          days[i] = g_rand_int_range (rand, 1, 29);
        }

      name = g_strdup_printf ("%s %s", firsts[i], lasts[i]);
      email_list[0] = emails[i];
      {
        g_autofree char *phone = phones[i] ? g_strdup_printf ("+44 %s", phones[i]) : NULL;

        ids[i] = save_card (transaction, name, email_list, phone, days[i], months[i]);
      }
    }

  /* Second cards of 500 of them, as another program or a hurried hand
   * would write them. */
  for (guint d = 0; d < N_DUPLICATES; d++)
    {
      guint i = d * (N_PEOPLE / N_DUPLICATES);
      g_autofree char *name = NULL;
      g_autofree char *email = NULL;
      g_autofree char *phone = NULL;
      g_autofree char *extra = NULL;
      const char *email_list[3] = { NULL, NULL, NULL };
      const char *nick = nickname_of (firsts[i]);
      gint64 dup, key;
      int day = 0, month = 0;

      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0: /* Shouted, the same address in capitals. */
          {
            g_autofree char *full = g_strdup_printf ("%s %s", firsts[i], lasts[i]);

            name = g_utf8_strup (full, -1);
          }
          email = emails[i] ? g_ascii_strup (emails[i], -1) : NULL;
          phone = phones[i] ? g_strdup_printf ("0%s", phones[i]) : NULL;
          break;
        case 1: /* Surname first, the phone from abroad. */
          name = g_strdup_printf ("%s, %s", lasts[i], firsts[i]);
          phone = phones[i] ? g_strdup_printf ("0044 %s", phones[i]) : NULL;
          if (phone == NULL)
            email = g_strdup (emails[i]);
          break;
        case 2: /* A nickname. */
          name = g_strdup_printf ("%s %s", nick ? nick : firsts[i], lasts[i]);
          email = g_strdup (emails[i]);
          break;
        case 3: /* Without accents, with another address too. */
          {
            g_autofree char *full = g_strdup_printf ("%s %s", firsts[i], lasts[i]);

            name = strip_accents (full);
            email = g_strdup (emails[i]);
            extra = g_strdup_printf ("work%u@company.example", i);
          }
          break;
        case 4: /* Just the name, nothing else. */
          name = g_strdup_printf ("%s %s", nick ? nick : firsts[i], lasts[i]);
          break;
        default: /* The birthday, and the name with a middle name. */
          name = g_strdup_printf ("%s Maria %s", firsts[i], lasts[i]);
          if (months[i] != 0)
            {
              day = days[i];
              month = months[i];
            }
          else
            phone = phones[i] ? g_strdup_printf ("+44 (0) %s", phones[i]) : NULL;
          break;
        }

      email_list[0] = email ? email : extra;
      email_list[1] = email ? extra : NULL;
      dup = save_card (transaction, name, email_list, phone, day, month);
      key = ids[i] < dup ? ids[i] * 100000 + dup : dup * 100000 + ids[i];
      g_hash_table_add (truth, g_memdup2 (&key, sizeof key));
    }

  /* Families sharing a landline: other people, not copies. */
  for (guint f = 0; f < N_FAMILIES; f++)
    {
      g_autofree char *surname = made_up_surname (rand);
      g_autofree char *phone = g_strdup_printf ("+44 20 7946 %04u", f);
      const char *first = first_names[f % G_N_ELEMENTS (first_names)];
      const char *other = first_names[(f + 7) % G_N_ELEMENTS (first_names)];
      g_autofree char *home = g_strdup_printf ("%s %s", first, surname);
      g_autofree char *name = g_strdup_printf ("%s %s", other, surname);

      save_card (transaction, home, NULL, phone, 0, 0);
      save_card (transaction, name, NULL, phone, 0, 0);
    }

  g_assert_true (nb_store_transaction_commit (transaction, &error));
  g_assert_no_error (error);
  nb_store_check_for_changes (store);

  groups = find (store);
  for (guint g = 0; g < groups->len; g++)
    {
      GArray *group = nb_duplicate_get_contact_ids (g_ptr_array_index (groups, g));

      for (guint x = 0; x < group->len; x++)
        for (guint y = x + 1; y < group->len; y++)
          {
            gint64 key = g_array_index (group, gint64, x) * 100000 + g_array_index (group, gint64, y);

            n_proposed++;
            if (g_hash_table_contains (truth, &key))
              n_correct++;
            else if (g_getenv ("NETBOOK_TEST_SHOW_WRONG"))
              {
                g_autoptr(NbContact) p = nb_store_get_contact (store, g_array_index (group, gint64, x));
                g_autoptr(NbContact) q = nb_store_get_contact (store, g_array_index (group, gint64, y));

                g_printerr ("FP %d [%s] | %s | %s\n", nb_duplicate_get_reasons (g_ptr_array_index (groups, g)),
                            nb_duplicate_get_details (g_ptr_array_index (groups, g))[0],
                            nb_contact_get_full_name (p), nb_contact_get_full_name (q));
              }
          }
    }
  n_found = n_correct;

  precision = n_proposed ? (double) n_correct / n_proposed : 1.0;
  recall = (double) n_found / g_hash_table_size (truth);
  g_test_message ("%u cards, %u with a second card, %u families sharing a line: "
                  "%u groups, %u pairs proposed, %u right: precision %.3f, recall %.3f",
                  N_PEOPLE, N_DUPLICATES, N_FAMILIES, groups->len, n_proposed, n_correct,
                  precision, recall);
  g_print ("# precision %.3f, recall %.3f\n", precision, recall);
  g_assert_cmpfloat (precision, >=, 0.95);
  /* Measured: precision 0.970, recall 0.970. */
  g_assert_cmpfloat (recall, >=, 0.93);

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_free (firsts[i]);
      g_free (lasts[i]);
      g_free (emails[i]);
      g_free (phones[i]);
    }
  g_free (firsts);
  g_free (lasts);
  g_free (emails);
  g_free (phones);
  g_free (days);
  g_free (months);
  g_free (ids);
}

/* ---------------------------------------------------------------------- */
/* Merge and Undo                                                          */

/* Every row of every table but the inner workings of the full-text
 * indexes (their segments change however the same text is written). */
static char *
dump (const char *path)
{
  g_autofree char *all = nb_test_dump_db (path, NULL);
  g_auto(GStrv) lines = g_strsplit (all, "\n", -1);
  GString *out = g_string_new (NULL);
  gboolean skip = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "== "))
        skip = strstr (lines[i], "_data (") != NULL || strstr (lines[i], "_idx (") != NULL;
      if (!skip)
        g_string_append_printf (out, "%s\n", lines[i]);
    }

  return g_string_free (out, FALSE);
}

static gint64
count (const char *path,
       const char *sql_format,
       ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, sql_format);
  sql = g_strdup_vprintf (sql_format, args);
  va_end (args);

  return nb_test_query_int (path, sql);
}

static void
test_merge_undo (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NbStore) store = nb_test_open_store (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NbContact) kept = NULL;
  g_autoptr(NbContact) merged = NULL;
  g_autoptr(NbContact) result = NULL;
  g_autoptr(NbMergeUndo) undo = NULL;
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) emails = nb_field_array_new ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *kept_uid = NULL;
  g_autofree char *other_uid = NULL;
  gint64 a, b, c;

  a = add (store, "Ada Lovelace", "ada@example.org", NULL, 10, 12);
  b = add (store, "Lovelace, Ada", "ADA@example.org", "+44 20 7946 0000", 10, 12);
  c = add (store, "Charles Babbage", "charles@example.org", NULL, 0, 0);
  {
    g_autoptr(NbContact) ada = nb_store_get_contact (store, a);
    g_autoptr(NbContact) other = nb_store_get_contact (store, b);
    g_autoptr(NbContact) saved = NULL;

    nb_contact_set_tags (ada, (const char * const []) { "Friends", NULL });
    saved = nb_store_save_contact (store, ada, &error);
    g_assert_no_error (error);
    g_clear_object (&saved);
    nb_contact_set_tags (other, (const char * const []) { "Work", NULL });
    nb_contact_set_notes (other, "Met at the Analytical Society");
    saved = nb_store_save_contact (store, other, &error);
    g_assert_no_error (error);
    kept_uid = g_strdup (nb_contact_get_uid (ada));
    other_uid = g_strdup (nb_contact_get_uid (other));
  }

  /* A history for each, one interaction with both, an introduction b
   * made of c, meals, a meal train for b that b and c bring meals to,
   * birthday notices, what an import gave b, and c set apart from b. */
  sql = g_strdup_printf (
    "PRAGMA foreign_keys = ON;"
    "INSERT INTO interactions (id, uid, kind, date, created, updated, introducer) VALUES"
    " (101, 'i1', 1, 1000, 1, 1, NULL), (102, 'i2', 1, 2000, 2, 2, NULL),"
    " (103, 'i3', 2, 3000, 3, 3, NULL), (104, 'i4', 7, 4000, 4, 4, %1$" G_GINT64_FORMAT ");"
    "INSERT INTO interaction_people (interaction_id, contact_id, date, opt_in) VALUES"
    " (101, %2$" G_GINT64_FORMAT ", 1000, 0), (102, %1$" G_GINT64_FORMAT ", 2000, 0),"
    " (103, %2$" G_GINT64_FORMAT ", 3000, 0), (103, %1$" G_GINT64_FORMAT ", 3000, 2),"
    " (104, %3$" G_GINT64_FORMAT ", 4000, 1), (104, %1$" G_GINT64_FORMAT ", 4000, 3);"
    "INSERT INTO meetings (id, uid, kind, start, duration, payer, status, follow_up, created, updated)"
    " VALUES (201, 'm1', 2, 5000, 3600, 0, 1, 0, 5, 5), (202, 'm2', 3, 6000, 3600, 0, 1, 0, 6, 6);"
    "INSERT INTO meeting_attendees (meeting_id, position, contact_id, name, email) VALUES"
    " (201, 0, %2$" G_GINT64_FORMAT ", 'Ada Lovelace', NULL),"
    " (201, 1, %1$" G_GINT64_FORMAT ", 'Ada', 'ADA@example.org'),"
    " (202, 0, %1$" G_GINT64_FORMAT ", 'Ada', NULL);"
    "INSERT INTO meal_trains (id, uid, recipient, first_day, last_day, meals, weekdays,"
    " lunch_start, lunch_end, dinner_start, dinner_end, created, updated) VALUES"
    " (301, 't1', %1$" G_GINT64_FORMAT ", 2461000, 2461010, 2, 127, 690, 750, 1050, 1140, 7, 7);"
    "INSERT INTO meal_train_slots (id, train_id, uid, day, meal, updated) VALUES"
    " (401, 301, 's1', 2461001, 3, 8), (402, 301, 's2', 2461002, 3, 9);"
    "INSERT INTO meal_train_helpers (slot_id, position, contact_id) VALUES"
    " (401, 0, %1$" G_GINT64_FORMAT "), (401, 1, %3$" G_GINT64_FORMAT "),"
    " (402, 0, %2$" G_GINT64_FORMAT "), (402, 1, %1$" G_GINT64_FORMAT ");"
    "INSERT INTO birthday_notices (contact_id, year) VALUES"
    " (%1$" G_GINT64_FORMAT ", 2025), (%1$" G_GINT64_FORMAT ", 2024), (%2$" G_GINT64_FORMAT ", 2025);"
    "INSERT INTO imported_rows (source, key, contact_id, data) VALUES"
    " ('linkedin', 'https://www.linkedin.com/in/ada', %1$" G_GINT64_FORMAT ", 'BEGIN:VCARD');"
    "INSERT INTO not_duplicates (contact_a, contact_b) VALUES"
    " (%1$" G_GINT64_FORMAT ", %3$" G_GINT64_FORMAT ");",
    b, a, c);
  nb_test_exec_sql (path, sql);
  nb_store_check_for_changes (store);
  before = dump (path);
  g_assert_nonnull (strstr (before, "== meal_train_helpers (4 rows)"));
  g_assert_nonnull (strstr (before, "== contacts_fts_content (3 rows)"));

  /* The card to keep: a's, with b's phone, notes and circle. */
  kept = nb_store_get_contact (store, a);
  merged = nb_contact_copy (kept);
  {
    g_autoptr(NbContact) other = nb_store_get_contact (store, b);

    nb_contact_set_phones (merged, nb_contact_get_phones (other));
    nb_contact_set_notes (merged, nb_contact_get_notes (other));
    nb_contact_set_tags (merged, (const char * const []) { "Friends", "Work", NULL });
  }
  g_array_append_val (others, b);
  result = nb_store_merge_contacts (store, merged, others, &undo, &error);
  g_assert_no_error (error);
  g_assert_true (result == kept);
  g_assert_nonnull (undo);

  /* One card, with everything. */
  g_assert_null (nb_store_get_contact (store, b));
  g_assert_cmpint (count (path, "SELECT count(*) FROM contacts"), ==, 2);
  g_assert_cmpstr (nb_contact_get_uid (kept), ==, kept_uid);
  g_assert_cmpstr (nb_contact_get_notes (kept), ==, "Met at the Analytical Society");
  g_assert_cmpuint (nb_contact_get_phones (kept)->len, ==, 1);
  g_assert_cmpstr (nb_contact_get_tags (kept)[1], ==, "Work");
  g_assert_cmpint (count (path, "SELECT count(*) FROM interaction_people WHERE contact_id = %" G_GINT64_FORMAT, a), ==, 4);
  g_assert_cmpint (count (path, "SELECT count(*) FROM interaction_people WHERE interaction_id = 103"), ==, 1);
  g_assert_cmpint (count (path, "SELECT opt_in FROM interaction_people WHERE interaction_id = 104 AND contact_id = %" G_GINT64_FORMAT, a), ==, 3);
  g_assert_cmpint (count (path, "SELECT introducer FROM interactions WHERE id = 104"), ==, a);
  g_assert_cmpint (count (path, "SELECT count(*) FROM meeting_attendees WHERE contact_id = %" G_GINT64_FORMAT, a), ==, 2);
  g_assert_cmpint (count (path, "SELECT count(*) FROM meeting_attendees WHERE meeting_id = 201"), ==, 1);
  g_assert_cmpint (count (path, "SELECT recipient FROM meal_trains WHERE id = 301"), ==, a);
  g_assert_cmpint (count (path, "SELECT contact_id FROM meal_train_helpers WHERE slot_id = 401 AND position = 0"), ==, a);
  g_assert_cmpint (count (path, "SELECT count(*) FROM meal_train_helpers WHERE slot_id = 402"), ==, 1);
  g_assert_cmpint (count (path, "SELECT count(*) FROM birthday_notices WHERE contact_id = %" G_GINT64_FORMAT, a), ==, 2);
  g_assert_cmpint (count (path, "SELECT contact_id FROM imported_rows"), ==, a);
  g_assert_cmpint (count (path, "SELECT count(*) FROM not_duplicates"), ==, 0);
  g_assert_cmpint (count (path, "SELECT last_interaction FROM contacts WHERE id = %" G_GINT64_FORMAT, a), ==, 6000);
  /* Sync sends again what names the kept card now. */
  g_assert_cmpint (count (path, "SELECT count(*) FROM interactions WHERE updated < 100"), ==, 1);
  g_assert_cmpint (count (path, "SELECT count(*) FROM meetings WHERE updated < 100"), ==, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM meal_train_slots WHERE updated < 100"), ==, 0);
  nb_test_assert_db_intact (path);

  /* Undo: exactly as before, the same ids and UIDs. */
  g_assert_true (nb_store_undo_merge (store, undo, &error));
  g_assert_no_error (error);
  after = dump (path);
  g_assert_cmpstr (after, ==, before);
  nb_test_assert_db_intact (path);
  {
    g_autoptr(NbContact) other = nb_store_get_contact (store, b);

    g_assert_nonnull (other);
    g_assert_cmpstr (nb_contact_get_uid (other), ==, other_uid);
    g_assert_cmpstr (nb_contact_get_tags (kept)[0], ==, "Friends");
    g_assert_null (nb_contact_get_tags (kept)[1]);
  }

  /* Found again as duplicates? No: c was set apart from b only. */
  {
    g_autoptr(GPtrArray) groups = find (store);

    g_assert_cmpuint (groups->len, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/duplicates/reasons", test_reasons);
  g_test_add_func ("/duplicates/not-proposed", test_not_proposed);
  g_test_add_func ("/duplicates/remembered", test_remembered);
  g_test_add_func ("/duplicates/precision-recall", test_precision_recall);
  g_test_add_func ("/duplicates/merge-undo", test_merge_undo);

  return g_test_run ();
}
