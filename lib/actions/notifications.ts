'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getNotificationSettings, markNotificationsRead, saveNotificationSettings } from '@/db/queries/notifications';
import { ActionFailure, defineAction } from './wrapper';

/** Marks some (or all, ids null) of one's own notifications read; the query is scoped by the user. */
export const markRead = defineAction(
  'notification.read',
  z.object({ ids: z.array(z.number().int().positive()).max(500).nullable() }).strict(),
  ({ tx, user, input, authorize, audit }) => {
    authorize('notification.own', { authorId: user.id });
    const n = markNotificationsRead(tx, user.id, input.ids);
    audit({ action: 'notification.read', entityType: 'user', entityId: user.id, after: { marked: n, all: input.ids === null } });
    return { marked: n };
  },
  { after: () => revalidatePath('/', 'layout') },
);

/** Opt-in mail: an address and per-event or daily-digest mail; optimistic version (0 = none yet). */
export const saveMailSettings = defineAction(
  'notification.settings',
  z
    .object({
      version: z.number().int().min(0),
      email: z.union([z.literal(''), z.email().max(254)]),
      mode: z.enum(['off', 'each', 'digest']),
    })
    .strict()
    .refine((v) => v.mode === 'off' || v.email !== '', { path: ['email'], message: 'emailRequired' }),
  ({ tx, user, input, authorize, audit }) => {
    authorize('notification.own', { authorId: user.id });
    const before = getNotificationSettings(tx, user.id);
    if (saveNotificationSettings(tx, user.id, input.version, { email: input.email, mode: input.mode }) === 0)
      throw new ActionFailure('conflict', before);
    audit({
      action: 'notification.settings',
      entityType: 'user',
      entityId: user.id,
      before: before ? { email: before.email, mode: before.mode } : null,
      after: { email: input.email, mode: input.mode },
    });
    return { version: input.version + 1 };
  },
);
