import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getSessionUser, type SessionUser, touchAuthSession } from '@/db/queries/users';
import { auth } from './auth';
import { ABSOLUTE_MS, BACKGROUND_HEADER, IDLE_SECONDS } from './config';

export type CurrentUser = SessionUser;

/** The session's activity is written at most this often (not one UPDATE per request). */
const TOUCH_EVERY_MS = 60_000;

/**
 * The signed-in user, reloaded from the database; null when anonymous, expired, idle or revoked.
 * A request the user makes moves the idle clock; background polling (BACKGROUND_HEADER, sent by
 * the dashboard's refetch) does not, so an open dashboard does not keep a session alive.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await auth()) as { uid?: number; sid?: string; sv?: number; loginAt?: number } | null;
  if (!session?.uid || !session.sid || typeof session.sv !== 'number') return null;
  const now = Date.now();
  if (typeof session.loginAt !== 'number' || now - session.loginAt > ABSOLUTE_MS) return null;
  const db = getDb();
  const user = getSessionUser(db, session.uid, session.sid, session.sv, new Date(now - IDLE_SECONDS * 1000).toISOString());
  if (!user) return null;
  const background = (await headers()).get(BACKGROUND_HEADER) === '1';
  if (!background && now - Date.parse(user.activeAt) > TOUCH_EVERY_MS) touchAuthSession(db, session.sid, new Date(now).toISOString());
  return user;
});

/** For pages: the user, or a redirect to the login page (or to the password change admin asked for). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  if (user.mustChangePassword) redirect('/account/password');
  return user;
}

export async function getSessionId(): Promise<string | null> {
  const session = (await auth()) as { sid?: string } | null;
  return session?.sid ?? null;
}
