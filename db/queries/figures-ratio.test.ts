// A ratio indicator on the demo's FY2025 (a year in progress): 代位弁済率 = 代位弁済額 to date ÷
// 保証債務残高 at the same month end, the same figure on every page, with no query per indicator.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromWireIndicator, toWorkspaceIndicator, workspaceFigures } from '@/components/sections/types';
import type { FigureIndicator } from '@/lib/domain/figures';
import { ratioValue } from '@/lib/domain/figures-ratio';
import { reportFigures } from '@/lib/report/tables';
import { countStatements } from '@/lib/testing/count-statements';
import { createTestDb } from '@/lib/testing/test-db';
import { indicators, indicatorValues } from '../schema';
import { listIndicatorsForEntry } from './actuals';
import { loadDashboard, loadIndicatorDetail } from './dashboard';
import { listIndicatorsWithValues } from './indicators';
import { getAnnualPlan, getFirstOrganisation } from './plans';
import { loadReportData } from './report';
import { insertPlan, insertPlanStructure, loadSourcePlan } from './admin-plans';
import { copyStructure } from '@/lib/plans/copy';

const rate: FigureIndicator = { unit: 'percent', scale: 2, direction: 'lower', ratioRounding: 'half_up', aggregation: 'ratio' };

describe('a ratio indicator derived from two indicators of its plan', () => {
  let h: ReturnType<typeof createTestDb>;
  let orgId: number;
  let plan: NonNullable<ReturnType<typeof getAnnualPlan>>;
  let ratioId: number;
  let queriesWithoutRatio: number;
  const dashboard = () =>
    countStatements(h.sqlite, () =>
      loadDashboard(h.db, { organisationId: orgId, planId: plan.id, year: 2025, entryDeadline: null, today: '2025-12-01' }),
    );

  beforeAll(() => {
    h = createTestDb({ demo: true });
    orgId = getFirstOrganisation(h.db)!.id;
    plan = getAnnualPlan(h.db, orgId, 2025)!;
    queriesWithoutRatio = dashboard().queries;
    const byCode = (code: string) =>
      h.db
        .select()
        .from(indicators)
        .where(and(eq(indicators.planId, plan.id), eq(indicators.code, code)))
        .get()!;
    // Another section than its parts', so a section's page has to fetch them.
    const other = byCode('recovery_amount');
    ratioId = h.db
      .insert(indicators)
      .values({
        ...rate,
        planId: plan.id,
        sectionId: other.sectionId,
        code: 'subrogation_rate',
        name: '代位弁済率',
        numeratorId: byCode('subrogation_amount').id,
        denominatorId: byCode('outstanding_guarantees_amount').id,
        sortOrder: 999,
      })
      .returning({ id: indicators.id })
      .get().id;
  });
  afterAll(() => h.cleanup());

  it('is the numerator to date over the denominator at the same month, in the dashboard’s usual queries', () => {
    const { result, queries } = dashboard();
    expect(queries).toBe(queriesWithoutRatio);
    const pick = (code: string) => result.indicators.find((i) => i.code === code)!;
    const sub = pick('subrogation_amount');
    const bal = pick('outstanding_guarantees_amount');
    const r = pick('subrogation_rate');
    expect(sub.fig.asOfMonth).toBe(bal.fig.asOfMonth);
    expect(r.fig.source).toBe('months');
    expect(r.fig.asOfMonth).toBe(sub.fig.asOfMonth);
    expect(r.fig.actual).toBe(ratioValue(rate, sub.fig.actual, sub, bal.fig.actual, bal));
    expect(r.fig.actual).toBeGreaterThan(0);
    expect(r.fig.text.actual).toMatch(/^\d+\.\d\d％$/);
  });

  it('prints the same strings on the drill-down, the section page, the review list and the report', () => {
    const dash = dashboard().result.indicators.find((i) => i.code === 'subrogation_rate')!.fig.text;
    const detail = loadIndicatorDetail(h.db, { organisationId: orgId, planId: plan.id, year: 2025, code: 'subrogation_rate' })!;
    expect(detail.fig.text).toEqual(dash);
    expect(detail.monthly.length).toBeGreaterThan(0);
    const entry = listIndicatorsForEntry(h.db, plan.id, 2025, { sectionId: detail.indicator.sectionId! }).find((i) => i.id === ratioId)!;
    expect(entry.monthly.every((m) => m === null)).toBe(true);
    expect(workspaceFigures({ ...entry, aliases: [] }).text).toEqual(dash);
    expect(workspaceFigures(fromWireIndicator(toWorkspaceIndicator(entry))).text).toEqual(dash);
    expect(listIndicatorsWithValues(h.db, plan.id, 2025).find((i) => i.id === ratioId)!.fig.text).toEqual(dash);
    const data = loadReportData(h.db, plan);
    expect(reportFigures(plan, data, data.indicators.find((i) => i.id === ratioId)!).text).toEqual(dash);
  });

  it('takes an annual figure entered on the ratio itself over the derived one', () => {
    h.db.insert(indicatorValues).values({ indicatorId: ratioId, fiscalYear: 2025, actualValue: 123 }).run();
    const fig = dashboard().result.indicators.find((i) => i.code === 'subrogation_rate')!.fig;
    expect(fig.actual).toBe(123);
    expect(fig.source).toBe('entered');
    expect(fig.text.actual).toBe('1.23％');
    h.db.delete(indicatorValues).where(eq(indicatorValues.indicatorId, ratioId)).run();
  });

  it('a copied plan keeps the ratio on the copies of its parts (codes carry over, ids do not)', () => {
    const structure = copyStructure(loadSourcePlan(h.db, plan), { startYear: 2031, endYear: 2031 });
    const planId = insertPlan(h.db, {
      organisationId: orgId,
      kind: 'annual',
      title: '複写',
      startYear: 2031,
      endYear: 2031,
      phase: 'planning',
    });
    insertPlanStructure(h.db, planId, structure);
    const copied = h.db.select().from(indicators).where(eq(indicators.planId, planId)).all();
    const byId = new Map(copied.map((i) => [i.id, i.code]));
    const ratio = copied.find((i) => i.code === 'subrogation_rate')!;
    expect(ratio.aggregation).toBe('ratio');
    expect([byId.get(ratio.numeratorId!), byId.get(ratio.denominatorId!)]).toEqual(['subrogation_amount', 'outstanding_guarantees_amount']);
  });
});
