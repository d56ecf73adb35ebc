// The committee's pages read the indicators of the sections they list, not the whole plan's:
// the same rows and figures as the plan's full list gives for those sections, in a number of
// statements that does not grow with the plan.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '@/lib/testing/count-statements';
import { queryPlans } from '@/lib/testing/query-plans';
import { createTestDb } from '@/lib/testing/test-db';
import { generateLarge } from '../seed/generate-large';
import { indicators, sections } from '../schema';
import { type IndicatorWithValues, listIndicatorsWithValues, listSectionIndicatorsWithValues } from './indicators';
import { getAnnualPlan, getFirstOrganisation } from './plans';

type TestDb = ReturnType<typeof createTestDb>;

/** What the pages did before: the plan's full list, filtered per section (and cut). */
function expected(all: IndicatorWithValues[], sectionIds: number[], perSection?: number) {
  return new Map(sectionIds.map((id) => [id, all.filter((f) => f.sectionId === id).slice(0, perSection ?? Number.POSITIVE_INFINITY)]));
}

const sectionsOf = (h: TestDb, planId: number) =>
  h.db
    .select({ id: sections.id })
    .from(sections)
    .where(eq(sections.planId, planId))
    .all()
    .map((s) => s.id);

describe('indicators of some sections, on the demo with ratios of ratios', () => {
  let h: TestDb;
  let planId: number;
  let chained: { id: number; sectionId: number };
  beforeAll(() => {
    h = createTestDb({ demo: true });
    planId = getAnnualPlan(h.db, getFirstOrganisation(h.db)!.id, 2025)!.id;
    const byCode = (code: string) =>
      h.db
        .select()
        .from(indicators)
        .where(and(eq(indicators.planId, planId), eq(indicators.code, code)))
        .get()!;
    const rate = { unit: 'percent', scale: 2, direction: 'lower', ratioRounding: 'half_up', aggregation: 'ratio' } as const;
    // A ratio in another section than its parts, and a ratio of that ratio in a third section,
    // first in its section's order: its figure needs parts two steps away, from two sections.
    const first = h.db
      .insert(indicators)
      .values({
        ...rate,
        planId,
        sectionId: byCode('recovery_amount').sectionId,
        code: 'subrogation_rate',
        name: '代位弁済率',
        numeratorId: byCode('subrogation_amount').id,
        denominatorId: byCode('outstanding_guarantees_amount').id,
        sortOrder: 999,
      })
      .returning({ id: indicators.id })
      .get().id;
    const third = byCode('guarantee_approvals_count').sectionId!;
    chained = h.db
      .insert(indicators)
      .values({
        ...rate,
        planId,
        sectionId: third,
        code: 'subrogation_rate_per_approval',
        name: '承諾当たり代位弁済率',
        numeratorId: first,
        denominatorId: byCode('guarantee_approvals_count').id,
        sortOrder: -1,
      })
      .returning({ id: indicators.id, sectionId: indicators.sectionId })
      .get() as { id: number; sectionId: number };
    // A deleted indicator stays out, as in the full list.
    h.db
      .update(indicators)
      .set({ deletedAt: '2025-01-01T00:00:00Z' })
      .where(eq(indicators.id, byCode('recovery_count').id))
      .run();
  });
  afterAll(() => h.cleanup());

  it('gives each section the rows and figures of the full list, cut to the first N when asked', () => {
    for (const year of [2024, 2025]) {
      const plan = getAnnualPlan(h.db, getFirstOrganisation(h.db)!.id, year)!;
      const all = listIndicatorsWithValues(h.db, plan.id, year);
      const ids = sectionsOf(h, plan.id);
      expect(all.length).toBeGreaterThan(0);
      for (const perSection of [undefined, 1, 2, 3]) {
        expect(listSectionIndicatorsWithValues(h.db, plan.id, year, ids, { perSection })).toEqual(expected(all, ids, perSection));
        const some = ids.filter((_, i) => i % 3 === 1);
        expect(listSectionIndicatorsWithValues(h.db, plan.id, year, some, { perSection })).toEqual(expected(all, some, perSection));
      }
    }
  });

  it('derives a ratio of a ratio from parts outside the listed section', () => {
    const all = listIndicatorsWithValues(h.db, planId, 2025);
    const [row] = listSectionIndicatorsWithValues(h.db, planId, 2025, [chained.sectionId], { perSection: 1 }).get(chained.sectionId)!;
    expect(row!.id).toBe(chained.id);
    expect(row!.fig.source).toBe('months');
    expect(row!.fig).toEqual(all.find((f) => f.id === chained.id)!.fig);
  });

  it('reads nothing for no section, and nothing of another plan', () => {
    const none = countStatements(h.sqlite, () => listSectionIndicatorsWithValues(h.db, planId, 2025, []));
    expect(none.queries).toBe(0);
    expect(none.result.size).toBe(0);
    const other = getAnnualPlan(h.db, getFirstOrganisation(h.db)!.id, 2024)!;
    const foreign = sectionsOf(h, other.id);
    const result = listSectionIndicatorsWithValues(h.db, planId, 2025, foreign);
    expect([...result.values()].flat()).toEqual([]);
  });
});

describe('indicators of some sections, on a large generated plan', () => {
  let small: TestDb;
  let large: TestDb;
  beforeAll(() => {
    small = createTestDb();
    generateLarge(small.sqlite, { years: 2, sectionsPerYear: 6, indicators: 12, revisions: 20, opinions: 10, users: 12 });
    large = createTestDb();
    generateLarge(large.sqlite, { years: 4, sectionsPerYear: 40, indicators: 800, revisions: 200, opinions: 100, users: 30 });
  });
  afterAll(() => {
    small.cleanup();
    large.cleanup();
  });

  const run = (h: TestDb, perSection?: number) => {
    const plan = h.db.select({ id: sections.planId }).from(sections).orderBy(sections.id).get()!;
    const year = (h.sqlite.prepare('select start_year as y from plans where id = ?').get(plan.id) as { y: number }).y;
    const ids = sectionsOf(h, plan.id);
    const counted = countStatements(h.sqlite, () => listSectionIndicatorsWithValues(h.db, plan.id, year, ids, { perSection }));
    return { ...counted, all: listIndicatorsWithValues(h.db, plan.id, year), ids };
  };

  it('runs the same three statements on 12 indicators and on 800, for every section', () => {
    for (const perSection of [2, undefined]) {
      const a = run(small, perSection);
      const b = run(large, perSection);
      expect(a.queries).toBe(3);
      expect(b.queries).toBe(a.queries);
      expect(b.result).toEqual(expected(b.all, b.ids, perSection));
    }
  });

  it('reads through the indexes, never through an index built for the query', () => {
    // Left to itself, SQLite built an automatic index over every monthly row of the database for
    // last year's months of a list of indicators (90 ms on the benchmark's large dataset).
    const { statements } = run(large, 2);
    const plans = queryPlans(large.sqlite, statements);
    expect(plans.filter((p) => p.plan.includes('monthly_actuals')).length).toBeGreaterThan(0);
    for (const p of plans) expect(p.plan, p.sql).not.toMatch(/AUTOMATIC/);
    for (const p of plans.filter((p) => p.plan.includes('monthly_actuals')))
      expect(p.plan, p.sql).toMatch(/SEARCH (monthly_actuals|m) USING INDEX monthly_actuals_pk/);
    // Each section's first indicators come from the (section, order) index, without a sort.
    expect(plans[0]!.plan).toMatch(/SEARCH x USING INDEX indicators_section_order \(section_id=\?\)/);
  });

  it('cuts each section to its first two in the plan’s order', () => {
    const { result, all, ids } = run(large, 2);
    expect([...result.values()].flat()).toHaveLength(ids.length * 2);
    for (const id of ids)
      expect(result.get(id)!.map((f) => f.id)).toEqual(
        all
          .filter((f) => f.sectionId === id)
          .slice(0, 2)
          .map((f) => f.id),
      );
  });
});
