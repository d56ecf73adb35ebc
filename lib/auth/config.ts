// Session settings shared by the proxy and the full auth module. No database access here.
import type { NextAuthConfig } from 'next-auth';

/**
 * Idle limit, kept in the database (the session's last activity, which background polling does
 * not move) and checked on every request by lib/auth/session.
 */
export const IDLE_SECONDS = 30 * 60;
/** Sent by requests the app makes on its own (polling): they do not count as activity. */
export const BACKGROUND_HEADER = 'x-hyoka-background';
/** Absolute limit from login, checked in the jwt callback and again in requireUser. */
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/**
 * The cookie lives as long as the absolute limit and is not re-issued per request: nothing
 * decodes or re-encrypts it on the way in (the proxy only looks for it), and the same value is
 * decoded once (lib/auth/claims). Idle expiry is the database's.
 */
const COOKIE_SECONDS = ABSOLUTE_MS / 1000;

export const authConfig = {
  trustHost: true,
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: COOKIE_SECONDS },
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
