'use server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { getPasswordHash, revokeOtherAuthSessions, setOwnPassword } from '@/db/queries/users';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { LIMITS } from '@/lib/plans/validation';
import { ActionFailure, defineAction } from './wrapper';

/**
 * The signed-in user's own password: the current one, then a new one that meets the policy and
 * differs from it. Clears admin's reset flag; this session stays signed in, the user's others end
 * (whoever knew the old password is signed out).
 */
export const changePassword = defineAction(
  'account.password',
  z.object({ current: z.string().min(1).max(LIMITS.password), password: z.string().max(LIMITS.password) }).strict(),
  { action: 'account.password', load: ({ tx, user }) => ({ userId: user.id, hash: getPasswordHash(tx, user.id) }) },
  ({ tx, user, input, target, sessionId, audit }) => {
    if (!target.hash || !bcrypt.compareSync(input.current, target.hash))
      throw new ActionFailure('invalid', { field: 'current', reason: 'wrongCurrent' });
    const problem = passwordProblem(input.password, user.loginId);
    if (problem) throw new ActionFailure('invalid', { field: 'password', reason: problem });
    if (input.password === input.current) throw new ActionFailure('invalid', { field: 'password', reason: 'passwordSame' });
    setOwnPassword(tx, user.id, hashPassword(input.password));
    revokeOtherAuthSessions(tx, user.id, sessionId);
    // Never the password, not even hashed, in the audit log.
    audit({ action: 'user.changePassword', entityType: 'user', entityId: user.id, after: { changed: true, otherSessionsEnded: true } });
    return { changed: true };
  },
  { beforePasswordChange: true },
);
