/* nb-merge-dialog.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-merge-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nb-address.h"
#include "nb-contact-merge.h"
#include "nb-field.h"
#include "nb-format.h"
#include "nb-merge-dialog.h"
#include "nb-text.h"

/**
 * NbMergeDialog:
 *
 * Merges cards of one person into one, field by field: a field the cards
 * agree on (or only one of them has) is kept as it is; where they differ,
 * the values are offered side by side — one to keep for a field of one
 * value (the name, the birthday, the photo…), any of them for a field of
 * several (email addresses, phone numbers, websites, addresses, circles)
 * and for notes, which are kept together. The first card is the one kept;
 * "Merge" emits #NbMergeDialog::merge, and the caller stores it.
 */

typedef enum
{
  CHOICE_ONE,      /* radio buttons: the card whose value is kept */
  CHOICE_FIELDS,   /* check buttons: NbField values (emails, phones, websites) */
  CHOICE_ADDRESSES,
  CHOICE_STRINGS,  /* check buttons: strv values (circles, needs, offers) */
  CHOICE_TEXTS,    /* check buttons: texts kept together (notes) */
} ChoiceKind;

typedef struct
{
  const NbMergeField *field;
  ChoiceKind          kind;
  GPtrArray          *buttons;  /* GtkCheckButton */
  GPtrArray          *values;   /* per button: NbContact (ONE), NbField, NbAddress or char * */
} Choice;

struct _NbMergeDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkBox         *fields_box;
  GtkLabel       *intro_label;

  GPtrArray      *contacts;  /* NbContact; the first is kept */
  GPtrArray      *choices;   /* Choice */
};

G_DEFINE_FINAL_TYPE (NbMergeDialog, nb_merge_dialog, ADW_TYPE_WINDOW)

enum {
  MERGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
choice_free (Choice *choice)
{
  g_ptr_array_unref (choice->buttons);
  g_ptr_array_unref (choice->values);
  g_free (choice);
}

static ChoiceKind
kind_of (const NbMergeField *field)
{
  const char *property = field->properties[0];

  if (g_str_equal (property, "emails") || g_str_equal (property, "phones") ||
      g_str_equal (property, "websites"))
    return CHOICE_FIELDS;
  if (g_str_equal (property, "addresses"))
    return CHOICE_ADDRESSES;
  if (g_str_equal (property, "tags") || g_str_equal (property, "looking-for") ||
      g_str_equal (property, "offers"))
    return CHOICE_STRINGS;
  if (g_str_equal (property, "notes") || g_str_equal (property, "how-met") ||
      g_str_equal (property, "help-notes") || g_str_equal (property, "food-preferences"))
    return CHOICE_TEXTS;

  return CHOICE_ONE;
}

/* Whether @a and @b hold the same @field. */
static gboolean
same_field (const NbMergeField *field,
            NbContact          *a,
            NbContact          *b)
{
  g_autoptr(NbContact) probe = nb_contact_copy (a);

  nb_merge_field_copy (field, G_OBJECT (probe), G_OBJECT (b));
  return nb_contact_content_equal (probe, a);
}

static gboolean
same_value (const NbMergeField *field,
            const char         *a,
            const char         *b)
{
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;

  if (g_ascii_strcasecmp (a, b) == 0)
    return TRUE;
  if (!g_str_equal (field->properties[0], "phones"))
    return FALSE;

  da = nb_text_digits (a);
  db = nb_text_digits (b);
  return *da != '\0' && g_str_equal (da, db);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         Choice              *choice,
         const char          *title,
         const char          *subtitle,
         gboolean             active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_check_button_new ();

  if (choice->kind == CHOICE_ONE && choice->buttons->len > 0)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button),
                                g_ptr_array_index (choice->buttons, 0));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), active);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (group, row);

  g_ptr_array_add (choice->buttons, button);
  return button;
}

/* "From Ada King": which card a value is on; with what tells it apart
 * when another card has the same name ("From Ada Lovelace ·
 * ada@engines.example"). */
static char *
from_card (NbMergeDialog *self,
           NbContact     *contact)
{
  const char *name = nb_contact_get_full_name (contact);
  g_autofree char *hint = NULL;

  for (guint i = 0; i < self->contacts->len && hint == NULL; i++)
    {
      NbContact *other = g_ptr_array_index (self->contacts, i);

      if (other != contact && g_strcmp0 (nb_contact_get_full_name (other), name) == 0)
        hint = nb_format_card_hint (contact);
    }

  if (hint != NULL)
    /* Translators: under a value offered in a merge, the card it is on,
     * with what tells it from another card of the same name. */
    return g_strdup_printf (C_("merge", "From %1$s · %2$s"), name, hint);

  /* Translators: under a value offered in a merge, the card it is on. */
  return g_strdup_printf (C_("merge", "From %s"), name);
}

static AdwPreferencesGroup *
new_group (NbMergeDialog      *self,
           const NbMergeField *field,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(field->label));
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (self->fields_box, group);

  return ADW_PREFERENCES_GROUP (group);
}

/* One value of several cards to keep: the first card's, else the first
 * that has one. Offered only when two cards hold different values. */
static void
add_one_choice (NbMergeDialog      *self,
                const NbMergeField *field)
{
  g_autoptr(GPtrArray) distinct = g_ptr_array_new ();
  AdwPreferencesGroup *group;
  Choice *choice;

  for (guint i = 0; i < self->contacts->len; i++)
    {
      NbContact *contact = g_ptr_array_index (self->contacts, i);
      g_autofree char *text = nb_merge_field_describe (field, G_OBJECT (contact));
      gboolean seen = FALSE;

      if (text == NULL)
        continue;
      for (guint j = 0; j < distinct->len && !seen; j++)
        seen = same_field (field, g_ptr_array_index (distinct, j), contact);
      if (!seen)
        g_ptr_array_add (distinct, contact);
    }

  choice = g_new0 (Choice, 1);
  choice->field = field;
  choice->kind = CHOICE_ONE;
  choice->buttons = g_ptr_array_new ();
  choice->values = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->choices, choice);

  /* Nothing to choose: the one value there is is kept. */
  if (distinct->len < 2)
    {
      if (distinct->len == 1)
        g_ptr_array_add (choice->values, g_object_ref (g_ptr_array_index (distinct, 0)));
      return;
    }

  group = new_group (self, field, NULL);
  for (guint i = 0; i < distinct->len; i++)
    {
      NbContact *contact = g_ptr_array_index (distinct, i);
      g_autofree char *text = nb_merge_field_describe (field, G_OBJECT (contact));
      g_autofree char *from = from_card (self, contact);

      add_row (group, choice, text, from, i == 0);
      g_ptr_array_add (choice->values, g_object_ref (contact));
    }
}

/* Values of a field of several: every distinct one is offered, all kept
 * unless unticked. */
static void
add_many_choice (NbMergeDialog      *self,
                 const NbMergeField *field,
                 ChoiceKind          kind)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) froms = g_ptr_array_new_with_free_func (g_free);
  guint n_giving = 0;
  AdwPreferencesGroup *group;
  Choice *choice;

  choice = g_new0 (Choice, 1);
  choice->field = field;
  choice->kind = kind;
  choice->buttons = g_ptr_array_new ();
  g_ptr_array_add (self->choices, choice);

  switch (kind)
    {
    case CHOICE_FIELDS:
      choice->values = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_field_free);
      break;
    case CHOICE_ADDRESSES:
      choice->values = g_ptr_array_new_with_free_func ((GDestroyNotify) nb_address_free);
      break;
    case CHOICE_STRINGS:
    case CHOICE_TEXTS:
    case CHOICE_ONE:
    default:
      choice->values = g_ptr_array_new_with_free_func (g_free);
      break;
    }

  for (guint i = 0; i < self->contacts->len; i++)
    {
      NbContact *contact = g_ptr_array_index (self->contacts, i);
      guint had = texts->len;

      /* The card's values of this field as texts, with their items. */
      if (kind == CHOICE_FIELDS)
        {
          GPtrArray *fields = NULL;

          g_object_get (contact, field->properties[0], &fields, NULL);
          for (guint j = 0; fields != NULL && j < fields->len; j++)
            {
              NbField *one = g_ptr_array_index (fields, j);
              gboolean seen = FALSE;

              for (guint k = 0; k < choice->values->len && !seen; k++)
                seen = same_value (field, ((NbField *) g_ptr_array_index (choice->values, k))->value,
                                   one->value);
              if (seen)
                continue;
              g_ptr_array_add (choice->values, nb_field_copy (one));
              g_ptr_array_add (texts, g_strdup (one->value));
              g_ptr_array_add (froms, from_card (self, contact));
            }
          g_clear_pointer (&fields, g_ptr_array_unref);
        }
      else if (kind == CHOICE_ADDRESSES)
        {
          GPtrArray *addresses = nb_contact_get_addresses (contact);

          for (guint j = 0; j < addresses->len; j++)
            {
              NbAddress *one = g_ptr_array_index (addresses, j);
              g_autofree char *text = nb_address_format (one);
              gboolean seen = FALSE;

              for (guint k = 0; k < texts->len && !seen; k++)
                seen = g_str_equal (g_ptr_array_index (texts, k), text);
              if (seen)
                continue;
              g_ptr_array_add (choice->values, nb_address_copy (one));
              g_ptr_array_add (texts, g_steal_pointer (&text));
              g_ptr_array_add (froms, from_card (self, contact));
            }
        }
      else if (kind == CHOICE_STRINGS)
        {
          g_auto(GStrv) strings = NULL;

          g_object_get (contact, field->properties[0], &strings, NULL);
          for (guint j = 0; strings != NULL && strings[j] != NULL; j++)
            {
              if (g_ptr_array_find_with_equal_func (choice->values, strings[j], g_str_equal, NULL))
                continue;
              g_ptr_array_add (choice->values, g_strdup (strings[j]));
              g_ptr_array_add (texts, g_strdup (strings[j]));
              g_ptr_array_add (froms, from_card (self, contact));
            }
        }
      else
        {
          g_autofree char *text = NULL;

          g_object_get (contact, field->properties[0], &text, NULL);
          if (text == NULL || *text == '\0' ||
              g_ptr_array_find_with_equal_func (choice->values, text, g_str_equal, NULL))
            continue;
          g_ptr_array_add (choice->values, g_strdup (text));
          g_ptr_array_add (texts, g_steal_pointer (&text));
          g_ptr_array_add (froms, from_card (self, contact));
        }

      if (texts->len > had)
        n_giving++;
    }

  /* Ask only when two cards or more bring values of their own: what one
   * card alone has is kept. */
  if (n_giving < 2)
    {
      /* All kept, without a question. */
      for (guint i = 0; i < choice->values->len; i++)
        g_ptr_array_add (choice->buttons, NULL);
      return;
    }

  group = new_group (self, field,
                     kind == CHOICE_TEXTS ? _("What is ticked is kept, one after the other.")
                                          : _("What is ticked is kept."));
  for (guint i = 0; i < texts->len; i++)
    add_row (group, choice, g_ptr_array_index (texts, i), g_ptr_array_index (froms, i), TRUE);
}

static gboolean
is_ticked (Choice *choice,
           guint   i)
{
  GtkCheckButton *button = g_ptr_array_index (choice->buttons, i);

  return button == NULL || gtk_check_button_get_active (button);
}

/**
 * nb_merge_dialog_dup_merged:
 * @self: a dialog
 *
 * Returns: (transfer full): the card to keep, a detached copy of the first
 *   card with the values chosen
 */
NbContact *
nb_merge_dialog_dup_merged (NbMergeDialog *self)
{
  NbContact *merged;

  g_return_val_if_fail (NB_IS_MERGE_DIALOG (self), NULL);

  merged = nb_contact_copy (g_ptr_array_index (self->contacts, 0));

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);
      const char *property = choice->field->properties[0];

      switch (choice->kind)
        {
        case CHOICE_ONE:
          for (guint j = 0; j < choice->values->len; j++)
            if (j < choice->buttons->len ? is_ticked (choice, j) : j == 0)
              {
                nb_merge_field_copy (choice->field, G_OBJECT (merged),
                                     g_ptr_array_index (choice->values, j));
                break;
              }
          break;

        case CHOICE_FIELDS:
          {
            g_autoptr(GPtrArray) kept = nb_field_array_new ();

            for (guint j = 0; j < choice->values->len; j++)
              if (is_ticked (choice, j))
                g_ptr_array_add (kept, nb_field_copy (g_ptr_array_index (choice->values, j)));
            g_object_set (merged, property, kept, NULL);
          }
          break;

        case CHOICE_ADDRESSES:
          {
            g_autoptr(GPtrArray) kept = nb_address_array_new ();

            for (guint j = 0; j < choice->values->len; j++)
              if (is_ticked (choice, j))
                g_ptr_array_add (kept, nb_address_copy (g_ptr_array_index (choice->values, j)));
            nb_contact_set_addresses (merged, kept);
          }
          break;

        case CHOICE_STRINGS:
          {
            g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
            g_auto(GStrv) kept = NULL;

            for (guint j = 0; j < choice->values->len; j++)
              if (is_ticked (choice, j))
                g_strv_builder_add (builder, g_ptr_array_index (choice->values, j));
            kept = g_strv_builder_end (builder);
            g_object_set (merged, property, kept, NULL);
          }
          break;

        case CHOICE_TEXTS:
          {
            g_autoptr(GString) kept = g_string_new (NULL);

            for (guint j = 0; j < choice->values->len; j++)
              if (is_ticked (choice, j))
                {
                  if (kept->len > 0)
                    g_string_append (kept, "\n\n");
                  g_string_append (kept, g_ptr_array_index (choice->values, j));
                }
            g_object_set (merged, property, kept->len > 0 ? kept->str : NULL, NULL);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return merged;
}

/**
 * nb_merge_dialog_dup_other_ids:
 * @self: a dialog
 *
 * Returns: (transfer full) (element-type gint64): the cards merged into
 *   the first
 */
GArray *
nb_merge_dialog_dup_other_ids (NbMergeDialog *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (NB_IS_MERGE_DIALOG (self), NULL);

  for (guint i = 1; i < self->contacts->len; i++)
    {
      gint64 id = nb_contact_get_id (g_ptr_array_index (self->contacts, i));

      g_array_append_val (ids, id);
    }

  return ids;
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  NbMergeDialog *self = NB_MERGE_DIALOG (widget);

  g_signal_emit (self, signals[MERGE], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
fill (NbMergeDialog *self)
{
  const NbMergeField *fields;
  guint n_fields = 0;
  g_autofree char *subtitle = NULL;
  g_autofree char *intro = NULL;
  NbContact *kept = g_ptr_array_index (self->contacts, 0);

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card into one", "%u cards into one",
                                           self->contacts->len),
                              self->contacts->len);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  intro = g_strdup_printf (_("The cards become one, “%s”, with the history, meals, circles and introductions of all of them. Where they differ, choose what to keep."),
                           nb_contact_get_full_name (kept));
  gtk_label_set_text (self->intro_label, intro);

  fields = nb_contact_merge_get_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      ChoiceKind kind = kind_of (&fields[i]);

      /* Other programs' fields are kept as the first card has them, or
       * as the first that has them. */
      if (kind == CHOICE_ONE || g_str_equal (fields[i].properties[0], "vcard-extra"))
        add_one_choice (self, &fields[i]);
      else
        add_many_choice (self, &fields[i], kind);
    }
}

static void
nb_merge_dialog_dispose (GObject *object)
{
  NbMergeDialog *self = NB_MERGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_MERGE_DIALOG);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);

  G_OBJECT_CLASS (nb_merge_dialog_parent_class)->dispose (object);
}

static void
nb_merge_dialog_class_init (NbMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nb_merge_dialog_dispose;

  /**
   * NbMergeDialog::merge:
   * @self: the dialog
   *
   * Emitted when "Merge" is pressed; the dialog closes after it.
   */
  signals[MERGE] = g_signal_new ("merge", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Netbook/ui/nb-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NbMergeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, NbMergeDialog, fields_box);
  gtk_widget_class_bind_template_child (widget_class, NbMergeDialog, intro_label);

  gtk_widget_class_install_action (widget_class, "merge.merge", NULL, merge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nb_merge_dialog_init (NbMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);
}

/**
 * nb_merge_dialog_new:
 * @parent: the window it is for
 * @contacts: (element-type NbContact): two cards or more of one person;
 *   the first is kept
 *
 * Returns: (transfer none): a dialog, not shown yet
 */
NbMergeDialog *
nb_merge_dialog_new (GtkWindow *parent,
                     GPtrArray *contacts)
{
  NbMergeDialog *self;

  g_return_val_if_fail (contacts != NULL && contacts->len >= 2, NULL);

  self = g_object_new (NB_TYPE_MERGE_DIALOG, "transient-for", parent, NULL);
  self->contacts = g_ptr_array_ref (contacts);
  fill (self);

  return self;
}
