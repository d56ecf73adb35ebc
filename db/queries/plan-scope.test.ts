// Writes and lookups that actions make on a plan or a session carry their scope: a foreign
// organisation's plan, another user's session, or a stale version change nothing.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { getAnnualPlan, getPlanOfOrganisation, setPlanIndependentReview } from './plans';
import { createAuthSession, revokeAuthSession } from './users';

describe('plan and session scope', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());
  const plan = getAnnualPlan(t.db, 1, 2025)!;

  it('finds a plan only in its own organisation', () => {
    expect(getPlanOfOrganisation(t.db, 1, plan.id)).toMatchObject({ id: plan.id, phase: plan.phase });
    expect(getPlanOfOrganisation(t.db, 2, plan.id)).toBeNull();
  });

  it('switches independent review only from the current version, in the own organisation', () => {
    expect(setPlanIndependentReview(t.db, 2, plan.id, plan.version, true)).toBe(0);
    expect(setPlanIndependentReview(t.db, 1, plan.id, plan.version + 5, true)).toBe(0);
    expect(setPlanIndependentReview(t.db, 1, plan.id, plan.version, true)).toBe(1);
    expect(getPlanOfOrganisation(t.db, 1, plan.id)).toMatchObject({ independentReview: true });
  });

  it("revokes the user's own session, not someone else's", () => {
    const [a, b] = t.db.select({ id: s.users.id }).from(s.users).limit(2).all();
    createAuthSession(t.db, a!.id, 'session-a');
    revokeAuthSession(t.db, b!.id, 'session-a');
    const revokedAt = () => t.db.select().from(s.authSessions).where(eq(s.authSessions.id, 'session-a')).get()!.revokedAt;
    expect(revokedAt()).toBeNull();
    revokeAuthSession(t.db, a!.id, 'session-a');
    expect(revokedAt()).not.toBeNull();
  });
});
