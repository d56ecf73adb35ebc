import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '@/lib/testing/count-statements';
import { createTestDb } from '@/lib/testing/test-db';
import { indicators, plans, sections, selfAssessments } from '../schema';
import { getIndicatorValues, saveActuals } from './actuals';
import { loadDashboardCached } from './dashboard';
import { currentDataVersion } from './data-cache';
import { keptSectionIndicatorsWithValues, listSectionIndicatorsWithValues } from './indicators';
import { getAnnualPlan, getFirstOrganisation, listPlans } from './plans';

describe('the dashboard kept until the data changes', () => {
  let h: ReturnType<typeof createTestDb>;
  let input: Parameters<typeof loadDashboardCached>[1];
  beforeAll(() => {
    h = createTestDb({ demo: true });
    const org = getFirstOrganisation(h.db)!.id;
    const plan = getAnnualPlan(h.db, org, 2025)!;
    input = {
      organisationId: org,
      planId: plan.id,
      year: 2025,
      entryDeadline: plan.entryDeadline,
      today: '2025-11-25',
      departmentId: null,
    };
  });
  afterAll(() => h.cleanup());

  const load = (over: Partial<typeof input> = {}) => countStatements(h.sqlite, () => loadDashboardCached(h.db, { ...input, ...over }));
  const recovery = () =>
    h.db
      .select()
      .from(indicators)
      .where(and(eq(indicators.planId, input.planId), eq(indicators.code, 'recovery_amount')))
      .get()!;

  it('a reload builds no statement (the data version is read by a kept one) and answers the same figures', () => {
    const first = load();
    expect(first.queries).toBeGreaterThan(5);
    const again = load();
    expect(again.queries).toBe(0);
    expect(again.result).toBe(first.result);
  });

  it('another department, day or deadline is loaded on its own', () => {
    expect(load({ departmentId: 1 }).queries).toBeGreaterThan(1);
    expect(load({ today: '2025-11-26' }).queries).toBeGreaterThan(1);
    expect(load().queries).toBe(0);
  });

  it('a month saved moves the version in its own transaction, and the next load shows it', () => {
    const ind = recovery();
    const before = currentDataVersion(h.db);
    const card = (r: ReturnType<typeof load>) => r.result.indicators.find((i) => i.code === 'recovery_amount')!.fig;
    expect(card(load()).asOfMonth).toBe(10);
    const values = getIndicatorValues(h.db, ind.id, 2025)!;
    const monthly = Array.from({ length: 12 }, (_, k) => (k < 7 ? 1_000_000_000 : k === 7 ? 900_000_000 : null));
    h.sqlite.transaction(() =>
      saveActuals(h.db, ind.id, 2025, values.version, {
        actual: null,
        prior: values.priorActualValue,
        monthly,
        userId: 1,
        organisationId: getFirstOrganisation(h.db)!.id,
      }),
    )();
    expect(currentDataVersion(h.db)).toBeGreaterThan(before);
    const after = load();
    expect(after.queries).toBeGreaterThan(1);
    expect(card(after).asOfMonth).toBe(11);
  });

  it('a write rolled back leaves the version, and the kept dashboard, as they were', () => {
    load();
    const before = currentDataVersion(h.db);
    expect(() =>
      h.sqlite.transaction(() => {
        h.db.update(indicators).set({ name: '途中で取り消す' }).where(eq(indicators.id, recovery().id)).run();
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(currentDataVersion(h.db)).toBe(before);
    expect(load().queries).toBe(0);
  });

  it('an autosave of a narrative does not move it; a change of status does', () => {
    load();
    const row = h.db
      .select({ id: selfAssessments.id, narrative: selfAssessments.narrative, status: selfAssessments.status })
      .from(selfAssessments)
      .innerJoin(sections, eq(sections.id, selfAssessments.sectionId))
      .where(eq(sections.planId, input.planId))
      .limit(1)
      .get()!;
    const before = currentDataVersion(h.db);
    h.db
      .update(selfAssessments)
      .set({ narrative: `${row.narrative}。` })
      .where(eq(selfAssessments.id, row.id))
      .run();
    expect(currentDataVersion(h.db)).toBe(before);
    expect(load().queries).toBe(0);
    h.db
      .update(selfAssessments)
      .set({ status: row.status === 'approved' ? 'submitted' : 'approved' })
      .where(eq(selfAssessments.id, row.id))
      .run();
    expect(currentDataVersion(h.db)).toBe(before + 1);
    expect(load().queries).toBeGreaterThan(1);
  });
});

describe('the key figures of listed sections kept until the data changes', () => {
  let h: ReturnType<typeof createTestDb>;
  let planId: number;
  let sectionIds: number[];
  beforeAll(() => {
    h = createTestDb({ demo: true });
    planId = getAnnualPlan(h.db, getFirstOrganisation(h.db)!.id, 2025)!.id;
    sectionIds = h.db
      .select({ id: sections.id })
      .from(sections)
      .where(eq(sections.planId, planId))
      .all()
      .map((s) => s.id);
  });
  afterAll(() => h.cleanup());

  const load = (ids = sectionIds, opts: { perSection?: number } = { perSection: 2 }) =>
    countStatements(h.sqlite, () => keptSectionIndicatorsWithValues(h.db, planId, 2025, ids, opts));

  it('answers the same figures as the query, and builds no statement on a reload', () => {
    const first = load();
    expect(first.result).toEqual(listSectionIndicatorsWithValues(h.db, planId, 2025, sectionIds, { perSection: 2 }));
    const again = load();
    expect(again.queries).toBe(0);
    expect(again.result).toBe(first.result);
  });

  it('other sections or another cut are another question', () => {
    load();
    expect(load(sectionIds.slice(1)).queries).toBeGreaterThan(1);
    expect(load(sectionIds, { perSection: 1 }).queries).toBeGreaterThan(1);
    expect(load(sectionIds, {}).queries).toBeGreaterThan(1);
  });

  it('an indicator renamed is shown on the next load', () => {
    const first = load().result;
    const [sectionId, rows] = [...first].find(([, r]) => r.length > 0)!;
    h.db.update(indicators).set({ name: '名前を変えた指標' }).where(eq(indicators.id, rows[0]!.id)).run();
    const after = load();
    expect(after.queries).toBeGreaterThan(1);
    expect(after.result.get(sectionId)![0]!.name).toBe('名前を変えた指標');
  });
});

describe('the plan list kept until the data changes', () => {
  it('answers again from memory, and a renamed plan or a new phase at once', () => {
    const h = createTestDb({ demo: true });
    try {
      const org = getFirstOrganisation(h.db)!.id;
      const first = listPlans(h.db, org);
      expect(first.length).toBeGreaterThan(1);
      expect(listPlans(h.db, org)).toBe(first); // the kept array: a new read would make a new one

      const fy2025 = getAnnualPlan(h.db, org, 2025)!;
      h.db.update(plans).set({ title: '令和7年度 経営計画（改訂）' }).where(eq(plans.id, fy2025.id)).run();
      expect(listPlans(h.db, org).find((p) => p.id === fy2025.id)?.title).toBe('令和7年度 経営計画（改訂）');
      h.db.update(plans).set({ phase: 'review' }).where(eq(plans.id, fy2025.id)).run();
      expect(listPlans(h.db, org).find((p) => p.id === fy2025.id)?.phase).toBe('review');
    } finally {
      h.cleanup();
    }
  });
});
