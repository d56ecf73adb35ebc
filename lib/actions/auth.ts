'use server';
import { AuthError } from 'next-auth';
import { getTranslations } from '@/lib/i18n/get-translations';
import { z } from 'zod';
import { revokeAuthSession } from '@/db/queries/users';
import { signIn, signOut } from '@/lib/auth/auth';
import { defineAction, definePublicAction, failure } from './wrapper';

const loginSchema = z.object({
  loginId: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  next: z.string().max(500).optional(),
});

/** Only same-site paths: never redirect to another origin after login. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export const login = definePublicAction('auth.login', loginSchema, async ({ loginId, password, next }) => {
  try {
    await signIn('credentials', { loginId, password, redirectTo: safeNext(next) });
  } catch (error) {
    if (error instanceof AuthError) {
      if ((error as { code?: string }).code === 'throttled') {
        const t = await getTranslations('login');
        return { ok: false as const, error: 'throttled' as const, message: t('throttled') };
      }
      return failure('credentials');
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true as const, data: null };
});

export const logout = defineAction(
  'auth.logout',
  z.object({}).strict(),
  // Everyone signed in may end their own session.
  { action: 'session.end', load: ({ user }) => ({ userId: user.id }) },
  ({ tx, user, sessionId, audit }) => {
    if (sessionId) {
      revokeAuthSession(tx, user.id, sessionId);
    }
    audit({ action: 'logout', entityType: 'session', entityId: user.id });
    return null;
  },
  { after: () => signOut({ redirectTo: '/login' }), beforePasswordChange: true },
);
