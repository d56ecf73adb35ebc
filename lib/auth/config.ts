// Session settings shared by the proxy and the full auth module. No database access here.
import type { NextAuthConfig } from 'next-auth';

/**
 * Idle limit: the JWT's lifetime (renewed on each request through the proxy) and, authoritative,
 * the session's last activity in the database, which background polling does not move.
 */
export const IDLE_SECONDS = 30 * 60;
/** Sent by requests the app makes on its own (polling): they do not count as activity. */
export const BACKGROUND_HEADER = 'x-hyoka-background';
/** Absolute limit from login, checked in the jwt callback and again in requireUser. */
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;

export const authConfig = {
  trustHost: true,
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: IDLE_SECONDS, updateAge: 0 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id?: string; sid?: string; sv?: number };
        token.uid = Number(u.id);
        token.sid = u.sid;
        token.sv = u.sv;
        token.loginAt = Date.now();
      }
      if (typeof token.loginAt !== 'number' || Date.now() - token.loginAt > ABSOLUTE_MS) return null;
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        uid: token.uid as number,
        sid: token.sid as string,
        sv: token.sv as number,
        loginAt: token.loginAt as number,
      };
    },
  },
  logger: {
    error(error) {
      // A wrong password is not a server error: don't print a stack trace for it.
      if ((error as { type?: string }).type === 'CredentialsSignin') return;
      console.error(error);
    },
  },
} satisfies NextAuthConfig;
