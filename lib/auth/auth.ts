import 'server-only';
import { randomUUID } from 'node:crypto';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { clearLoginFailures, isThrottled, recordLoginFailure } from '@/db/queries/login-throttle';
import { createAuthSession, getLoginCandidate } from '@/db/queries/users';
import { authSecretMissing, trustedProxies } from '@/lib/env';
import { clientAddress } from './client-address';
import { authConfig } from './config';
import { dummyHash, verifyPassword } from './password';

export class ThrottledSignin extends CredentialsSignin {
  code = 'throttled';
}

const credentialsSchema = z.object({
  loginId: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

if (authSecretMissing()) {
  throw new Error('AUTH_SECRET is not set: refusing to start in production without a real secret');
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { loginId: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { loginId, password } = parsed.data;
        const db = getDb();
        const keys = [`account:${loginId.toLowerCase()}`, `address:${clientAddress(request.headers, trustedProxies())}`];
        if (isThrottled(db, keys)) throw new ThrottledSignin();
        const candidate = getLoginCandidate(db, loginId);
        const valid = await verifyPassword(password, candidate?.passwordHash ?? dummyHash());
        if (!candidate || !valid || !candidate.active) {
          recordLoginFailure(db, keys);
          return null;
        }
        clearLoginFailures(db, [keys[0]!]);
        const sid = randomUUID();
        createAuthSession(db, candidate.id, sid);
        return { id: String(candidate.id), sid, sv: candidate.sessionVersion } as { id: string };
      },
    }),
  ],
});
