// The publish gate: the consistency checker over a year, the refusal without a stated reason,
// and the override kept with the publication and the stored report version.
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { getAnnualPlan } from '@/db/queries/plans';
import { getLastPublish, insertAudit, insertPublishedReport, listPublishedReports } from '@/db/queries/report-publish';
import * as s from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { checkYearNarratives, publishGate, unfilledTokensOfPlan } from './narrative-check';

describe('publish gate', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());
  const plan = getAnnualPlan(t.db, 1, 2024)!;

  it('lets the demo year through without an override, and records none', () => {
    const check = checkYearNarratives(t.db, plan.id, 2024);
    expect(check.contradictions).toEqual([]);
    expect(publishGate(check, undefined)).toEqual({ ok: true, consistencyOverride: null });
    expect(publishGate(check, '念のため')).toEqual({ ok: true, consistencyOverride: null });
  });

  it('refuses a year whose narratives contradict the data unless a reason is stated', () => {
    t.db.update(s.plans).set({ phase: 'review' }).where(eq(s.plans.id, plan.id)).run();
    const ind = t.db
      .select({ id: s.indicators.id })
      .from(s.indicators)
      .where(and(eq(s.indicators.planId, plan.id), eq(s.indicators.code, 'subrogation_amount')))
      .get()!;
    t.db
      .update(s.indicatorValues)
      .set({ actualValue: 90_000_000_000 })
      .where(and(eq(s.indicatorValues.indicatorId, ind.id), eq(s.indicatorValues.fiscalYear, 2024)))
      .run();
    const check = checkYearNarratives(t.db, plan.id, 2024);
    expect(check.contradictions.map((c) => [c.indicatorName, c.field, c.quoted, c.expected])).toContainEqual([
      '代位弁済（金額）',
      'actual',
      '863 億円',
      '900億円',
    ]);
    const n = check.contradictions.length;
    const refused = publishGate(check, undefined);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.detail).toMatchObject({ reason: 'contradictions', count: n });
    expect(publishGate(check, '   ').ok).toBe(false);
    expect(publishGate(check, ' 速報値のため ')).toEqual({ ok: true, consistencyOverride: { reason: '速報値のため', contradictions: n } });
  });

  it('keeps the override with the publication and the stored version', () => {
    const override = { reason: '速報値のため', contradictions: 3 };
    insertAudit(t.db, {
      userId: null,
      action: 'plan.publish',
      entityType: 'plan',
      entityId: String(plan.id),
      after: { consistencyOverride: override },
    });
    expect(getLastPublish(t.db, plan.id)?.override).toEqual(override);
    insertPublishedReport(t.db, {
      planId: plan.id,
      version: 2,
      sha256: 'x'.repeat(64),
      pdf: Buffer.from('%PDF'),
      amendmentNote: null,
      consistencyOverride: override,
      createdBy: null,
    });
    const [latest] = listPublishedReports(t.db, plan.id);
    expect(latest).toMatchObject({ version: 2, consistencyOverride: override });
  });
});

describe('unfilledTokensOfPlan', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());
  const plan = getAnnualPlan(t.db, 1, 2024)!;

  it('names the tokens the narratives use with nothing to stand for, once each', () => {
    expect(unfilledTokensOfPlan(t.db, 1, plan)).toEqual([]);
    t.db.delete(s.committeeMembers).run();
    expect(unfilledTokensOfPlan(t.db, 1, plan)).toEqual(['committee']);
    // A plan whose narratives use no token has nothing unfilled, roster or not.
    expect(unfilledTokensOfPlan(t.db, 1, getAnnualPlan(t.db, 1, 2025)!)).toEqual([]);
  });
});
