/* nb-avatar.c
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nb-avatar"

#include "config.h"

#include "nb-avatar.h"

#define TEXTURE_KEY "nb-avatar-texture"

typedef struct
{
  GBytes     *photo;
  GdkTexture *texture;
} CachedTexture;

static void
cached_texture_free (CachedTexture *cached)
{
  g_bytes_unref (cached->photo);
  g_object_unref (cached->texture);
  g_free (cached);
}

/* The decoded photo is kept on the contact, with the data it was decoded
 * from, so that scrolling back to a row or opening its card does not decode
 * it again, and a new photo is never shown stale. */
static GdkTexture *
texture_for_contact (NbContact *contact)
{
  g_autoptr(GError) error = NULL;
  GBytes *photo = nb_contact_get_photo (contact);
  CachedTexture *cached;
  GdkTexture *texture;

  if (photo == NULL)
    return NULL;

  cached = g_object_get_data (G_OBJECT (contact), TEXTURE_KEY);
  if (cached != NULL && cached->photo == photo)
    return cached->texture;

  texture = gdk_texture_new_from_bytes (photo, &error);
  if (texture == NULL)
    {
      g_debug ("Photo of “%s” cannot be shown: %s",
               nb_contact_get_full_name (contact), error->message);
      return NULL;
    }

  cached = g_new0 (CachedTexture, 1);
  cached->photo = g_bytes_ref (photo);
  cached->texture = texture;
  g_object_set_data_full (G_OBJECT (contact), TEXTURE_KEY, cached,
                          (GDestroyNotify) cached_texture_free);

  return texture;
}

/**
 * nb_avatar_show_contact:
 * @avatar: an avatar
 * @contact: (nullable): the contact to show
 *
 * Shows the contact's photo, or the initials of their name.
 */
void
nb_avatar_show_contact (AdwAvatar *avatar,
                        NbContact *contact)
{
  g_return_if_fail (ADW_IS_AVATAR (avatar));

  adw_avatar_set_text (avatar, contact ? nb_contact_get_full_name (contact) : NULL);
  adw_avatar_set_custom_image (avatar,
                               contact ? GDK_PAINTABLE (texture_for_contact (contact)) : NULL);
}
