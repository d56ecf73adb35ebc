import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getSessionUser, type SessionUser, touchAuthSession } from '@/db/queries/users';
import { claimsOf, type SessionClaims } from './claims';
import { SESSION_COOKIES } from './cookies';
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
  const session = await sessionClaims();
  if (!session) return null;
  const now = Date.now();
  if (now - session.loginAt > ABSOLUTE_MS) return null;
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

/** The request's session cookie, decoded once per request (and once per token: lib/auth/claims). */
const sessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (token) return claimsOf(name, token);
  }
  return null;
});

export async function getSessionId(): Promise<string | null> {
  return (await sessionClaims())?.sid ?? null;
}
