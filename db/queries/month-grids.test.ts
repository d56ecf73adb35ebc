// loadMonthGrids reads one row per indicator and year; its grids are the ones the month rows
// (listMonthRows, which the dashboard's charts read) give, last year's from the first plan
// holding the code when two do.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '@/lib/testing/count-statements';
import { createTestDb } from '@/lib/testing/test-db';
import { generateLarge } from '../seed/generate-large';
import { indicators, monthlyActuals, plans } from '../schema';
import { listMonthRows, loadMonthGrids, toMonthGrids } from './figures';
import { getFirstOrganisation } from './plans';

type TestDb = ReturnType<typeof createTestDb>;

const fromRows = (h: TestDb, planId: number, year: number, indicatorIds?: number[]) =>
  toMonthGrids(
    listMonthRows(h.db, {
      planId,
      year,
      scope: indicatorIds ? inArray(indicators.id, indicatorIds.length ? indicatorIds : [-1]) : undefined,
    }),
    year,
  );

const annualPlans = (h: TestDb) =>
  h.db.select({ id: plans.id, year: plans.startYear }).from(plans).where(eq(plans.kind, 'annual')).orderBy(plans.startYear).all();
const idsOf = (h: TestDb, planId: number) =>
  h.db
    .select({ id: indicators.id })
    .from(indicators)
    .where(eq(indicators.planId, planId))
    .all()
    .map((r) => r.id);

describe('month grids on the demo, with a mid-term plan holding last year too', () => {
  let h: TestDb;
  beforeAll(() => {
    h = createTestDb({ demo: true });
    const org = getFirstOrganisation(h.db)!.id;
    // A mid-term plan over FY2024–2026 whose indicator shares a code with FY2024's annual plan,
    // with other months: FY2025's last year has two sources, and the first one (annual) counts.
    const midterm = h.db
      .insert(plans)
      .values({ organisationId: org, kind: 'midterm', title: '中期計画', startYear: 2024, endYear: 2026, phase: 'entry' })
      .returning({ id: plans.id })
      .get().id;
    const fy2024 = annualPlans(h).find((p) => p.year === 2024)!.id;
    // An indicator of FY2024 with months of its own, so the annual plan is a source too.
    const shared = h.db
      .select({ code: indicators.code, name: indicators.name, unit: indicators.unit, aggregation: indicators.aggregation })
      .from(indicators)
      .innerJoin(monthlyActuals, eq(monthlyActuals.indicatorId, indicators.id))
      .where(eq(indicators.planId, fy2024))
      .orderBy(indicators.id)
      .get()!;
    const copy = h.db
      .insert(indicators)
      .values({ planId: midterm, code: shared.code, name: shared.name, unit: shared.unit, aggregation: shared.aggregation })
      .returning({ id: indicators.id })
      .get().id;
    h.db
      .insert(monthlyActuals)
      .values([4, 5, 6].map((month) => ({ indicatorId: copy, fiscalYear: 2024, month, value: 7 + month })))
      .run();
  });
  afterAll(() => h.cleanup());

  it('gives the grids of the month rows, for every year, all indicators or some', () => {
    let filled = 0;
    for (const p of annualPlans(h)) {
      const ids = idsOf(h, p.id);
      const all = loadMonthGrids(h.db, { planId: p.id, year: p.year });
      expect(all).toEqual(fromRows(h, p.id, p.year));
      filled += all.size;
      const some = ids.filter((_, i) => i % 4 === 0);
      expect(loadMonthGrids(h.db, { planId: p.id, year: p.year, indicatorIds: some })).toEqual(fromRows(h, p.id, p.year, some));
      expect(loadMonthGrids(h.db, { planId: p.id, year: p.year, indicatorIds: [] }).size).toBe(0);
    }
    expect(filled).toBeGreaterThan(50);
  });

  it('takes last year from the first plan holding the code, in two statements', () => {
    const p = annualPlans(h).find((x) => x.year === 2025)!;
    const { result, queries } = countStatements(h.sqlite, () => loadMonthGrids(h.db, { planId: p.id, year: 2025 }));
    expect(queries).toBe(2);
    const withPrior = [...result.values()].filter((g) => g.priorMonths.some((m) => m !== null));
    expect(withPrior.length).toBeGreaterThan(0);
    // No grid took the mid-term plan's months (8, 9, 10 for April–June).
    expect(withPrior.some((g) => g.priorMonths[0] === 11 && g.priorMonths[1] === 12 && g.priorMonths[2] === 13)).toBe(false);
  });
});

describe('month grids on a large generated organisation', () => {
  let h: TestDb;
  beforeAll(() => {
    h = createTestDb();
    generateLarge(h.sqlite, { years: 4, sectionsPerYear: 10, indicators: 300, revisions: 50, opinions: 20, users: 12 });
  });
  afterAll(() => h.cleanup());

  it('gives the grids of the month rows, the open year included', () => {
    for (const p of annualPlans(h)) {
      const some = idsOf(h, p.id).filter((_, i) => i % 3 === 0);
      expect(loadMonthGrids(h.db, { planId: p.id, year: p.year })).toEqual(fromRows(h, p.id, p.year));
      expect(loadMonthGrids(h.db, { planId: p.id, year: p.year, indicatorIds: some })).toEqual(fromRows(h, p.id, p.year, some));
    }
  });
});
