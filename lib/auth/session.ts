import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getSessionUser, type SessionUser } from '@/db/queries/users';
import { auth } from './auth';
import { ABSOLUTE_MS } from './config';

export type CurrentUser = SessionUser;

/** The signed-in user, reloaded from the database; null when anonymous, expired or revoked. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await auth()) as { uid?: number; sid?: string; sv?: number; loginAt?: number } | null;
  if (!session?.uid || !session.sid || typeof session.sv !== 'number') return null;
  if (typeof session.loginAt !== 'number' || Date.now() - session.loginAt > ABSOLUTE_MS) return null;
  return getSessionUser(getDb(), session.uid, session.sid, session.sv);
});

/** For pages: the user, or a redirect to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return user;
}

export async function getSessionId(): Promise<string | null> {
  const session = (await auth()) as { sid?: string } | null;
  return session?.sid ?? null;
}
