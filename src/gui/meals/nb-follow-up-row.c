/* nb-follow-up-row.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-follow-up-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nb-clock.h"
#include "nb-follow-up-row.h"
#include "nb-format.h"
#include "nb-week.h"

/**
 * NbFollowUpRow:
 *
 * A past meal to follow up: "did it happen?" while it is planned, "send a
 * thank-you note" once it happened, and two answers. An answer emits
 * #NbFollowUpRow::answered with the meal as it is to be saved.
 */
struct _NbFollowUpRow
{
  GtkListBoxRow  parent_instance;

  NbMeeting     *meeting;

  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkButton     *yes_button;
  GtkButton     *no_button;
};

G_DEFINE_FINAL_TYPE (NbFollowUpRow, nb_follow_up_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_MEETING,
  N_PROPS
};

enum {
  ANSWERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
asks_if_it_happened (NbFollowUpRow *self)
{
  return nb_meeting_get_status (self->meeting) == NB_MEETING_PLANNED;
}

static void
answer (NbFollowUpRow *self,
        gboolean       yes)
{
  g_autoptr(NbMeeting) changed = nb_meeting_copy (self->meeting);

  if (asks_if_it_happened (self))
    nb_meeting_set_status (changed, yes ? NB_MEETING_DONE : NB_MEETING_CANCELLED);
  else if (yes)
    {
      g_autoptr(GDateTime) now = nb_clock_get_now ();

      nb_meeting_set_follow_up (changed, NB_FOLLOW_UP_SENT, now);
    }
  else
    nb_meeting_set_follow_up (changed, NB_FOLLOW_UP_NOT_NEEDED, NULL);

  g_signal_emit (self, signals[ANSWERED], 0, changed);
}

static void
yes_clicked_cb (NbFollowUpRow *self)
{
  answer (self, TRUE);
}

static void
no_clicked_cb (NbFollowUpRow *self)
{
  answer (self, FALSE);
}

static void
set_answer (GtkButton  *button,
            const char *label,
            const char *accessible)
{
  GtkWidget *text;

  gtk_button_set_label (button, label);
  /* Long answers ("Wurde abgesagt") wrap rather than leave the column. */
  text = gtk_button_get_child (button);
  if (GTK_IS_LABEL (text))
    {
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
nb_follow_up_row_constructed (GObject *object)
{
  NbFollowUpRow *self = (NbFollowUpRow *) object;
  GDateTime *start;
  g_autofree char *title = NULL;
  g_autofree char *time = NULL;
  g_autofree char *day = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *yes = NULL;
  g_autofree char *no = NULL;
  g_autofree char *label = NULL;
  GDate date;

  G_OBJECT_CLASS (nb_follow_up_row_parent_class)->constructed (object);

  g_return_if_fail (NB_IS_MEETING (self->meeting));

  start = nb_meeting_get_start (self->meeting);
  nb_date_from_local_time (start, &date);
  title = nb_meeting_dup_title (self->meeting);
  time = nb_format_time (start);
  day = nb_format_day (&date, FALSE);

  if (asks_if_it_happened (self))
    {
      /* Translators: a past meal's day and time, then the question. */
      subtitle = g_strdup_printf (_("%1$s, %2$s — did it happen?"), day, time);
      yes = g_strdup_printf (_("%s happened"), title);
      no = g_strdup_printf (_("%s was cancelled"), title);
      set_answer (self->yes_button, _("It _Happened"), yes);
      set_answer (self->no_button, _("It Was _Cancelled"), no);
    }
  else
    {
      subtitle = g_strdup_printf (_("%1$s — send a thank-you note"), day);
      yes = g_strdup_printf (_("Thank-you note for %s sent"), title);
      no = g_strdup_printf (_("No thank-you note needed for %s"), title);
      set_answer (self->yes_button, _("_Sent"), yes);
      set_answer (self->no_button, _("Not _Needed"), no);
    }

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);

  label = g_strdup_printf ("%s, %s", title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
nb_follow_up_row_dispose (GObject *object)
{
  NbFollowUpRow *self = (NbFollowUpRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), NB_TYPE_FOLLOW_UP_ROW);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (nb_follow_up_row_parent_class)->dispose (object);
}

static void
nb_follow_up_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  NbFollowUpRow *self = NB_FOLLOW_UP_ROW (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_follow_up_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  NbFollowUpRow *self = NB_FOLLOW_UP_ROW (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      self->meeting = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nb_follow_up_row_class_init (NbFollowUpRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = nb_follow_up_row_constructed;
  object_class->dispose = nb_follow_up_row_dispose;
  object_class->get_property = nb_follow_up_row_get_property;
  object_class->set_property = nb_follow_up_row_set_property;

  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL, NB_TYPE_MEETING,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NbFollowUpRow::answered:
   * @self: the row
   * @meeting: the meal with the answer, to be saved
   */
  signals[ANSWERED] =
    g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NB_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Netbook/ui/nb-follow-up-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NbFollowUpRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, NbFollowUpRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, NbFollowUpRow, yes_button);
  gtk_widget_class_bind_template_child (widget_class, NbFollowUpRow, no_button);
  gtk_widget_class_bind_template_callback (widget_class, yes_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, no_clicked_cb);
}

static void
nb_follow_up_row_init (NbFollowUpRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nb_follow_up_row_new:
 * @meeting: a past meal to follow up
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
nb_follow_up_row_new (NbMeeting *meeting)
{
  g_return_val_if_fail (NB_IS_MEETING (meeting), NULL);

  return g_object_new (NB_TYPE_FOLLOW_UP_ROW, "meeting", meeting, NULL);
}

/**
 * nb_follow_up_row_get_meeting:
 *
 * Returns: (transfer none): the meal
 */
NbMeeting *
nb_follow_up_row_get_meeting (NbFollowUpRow *self)
{
  g_return_val_if_fail (NB_IS_FOLLOW_UP_ROW (self), NULL);

  return self->meeting;
}
