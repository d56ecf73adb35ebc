import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '@/lib/testing/count-statements';
import { createTestDb } from '@/lib/testing/test-db';
import { indicatorFigures } from '@/lib/domain/figures';
import { cumulative } from '@/lib/domain/ratio';
import { fiscalSeries, missingMonths } from '@/lib/domain/progress';
import { generateLarge } from '../seed/generate-large';
import { updatePlanSettings } from './admin-plans';
import { getAnnualPlan, getFirstOrganisation } from './plans';
import { digestByDepartment, loadDashboard, loadIndicatorDetail, loadTrends, PRIORITY_LIST_LIMIT } from './dashboard';

type TestDb = ReturnType<typeof createTestDb>;

/** The dashboard's query count; asserted equal on small and large data. */
const DASHBOARD_QUERIES = 10;
const DETAIL_QUERIES = 6;
const TRENDS_QUERIES = 5;

describe('dashboard loader on the demo', () => {
  let h: TestDb;
  let orgId: number;
  beforeAll(() => {
    h = createTestDb({ demo: true });
    orgId = getFirstOrganisation(h.db)!.id;
  });
  afterAll(() => h.cleanup());

  const load = (year: number, departmentId: number | null = null) => {
    const plan = getAnnualPlan(h.db, orgId, year)!;
    return countStatements(h.sqlite, () =>
      loadDashboard(h.db, {
        organisationId: orgId,
        planId: plan.id,
        year,
        entryDeadline: plan.entryDeadline,
        today: '2026-11-25',
        departmentId,
      }),
    );
  };

  it('FY2024: the core KPIs with the reference figures, in a fixed number of queries', () => {
    const { result, queries } = load(2024);
    expect(queries).toBe(DASHBOARD_QUERIES);
    const subrogation = result.indicators.find((i) => i.code === 'subrogation_amount')!;
    expect(subrogation).toMatchObject({ actualValue: 86_300_000_000, direction: 'lower', aggregation: 'sum' });
    expect(result.financial.map((l) => l.name)).toContain('経常収支差額');
    expect(result.trend.filter((t) => t.code === 'guarantee_approvals_amount').map((t) => t.fiscalYear)).toEqual([2023, 2024]);
  });

  it('running totals from SQL equal the domain cumulative, and FY2024 months add up to the actual', () => {
    const { result } = load(2024);
    const ind = result.indicators.find((i) => i.code === 'guarantee_approvals_amount')!;
    const rows = result.monthly.filter((m) => m.indicatorId === ind.id);
    expect(rows.map((r) => r.month)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
    expect(rows.map((r) => r.cumulative)).toEqual(cumulative(rows.map((r) => r.value)));
    expect(rows.at(-1)!.cumulative).toBe(ind.actualValue);
  });

  it('FY2025: months November–March are missing, not zero', () => {
    const { result } = load(2025);
    const ind = result.indicators.find((i) => i.code === 'subrogation_amount')!;
    const series = fiscalSeries(
      result.monthly.filter((m) => m.indicatorId === ind.id),
      ind.aggregation,
      ind.planValue,
    );
    expect(missingMonths(series)).toEqual({ gaps: [], notYet: [11, 12, 1, 2, 3] });
    expect(series[7]!.progress).toBeNull();
  });

  it('FY2025 workflow: draft sections past the entry deadline are overdue, counted per department', () => {
    const { result } = load(2025);
    const overdue = result.workflow.statusCounts.reduce((s, c) => s + c.overdue, 0);
    expect(overdue).toBeGreaterThan(0);
    expect(result.workflow.overdueSections.length).toBe(Math.min(overdue, 50));
    const before = load(2025, null).result.workflow;
    expect(before.statusCounts.length).toBeGreaterThan(0);
  });

  it('FY2024 opinions are counted per department with their open responses', () => {
    const { result } = load(2024);
    const total = result.workflow.opinionCounts.reduce((s, c) => s + c.opinions, 0);
    expect(total).toBeGreaterThan(0);
    expect(result.workflow.opinionCounts.every((c) => c.openResponses <= c.opinions)).toBe(true);
  });

  it('the department filter keeps the core KPIs and only that department’s other indicators', () => {
    const all = load(2024).result;
    const hosho = all.departments.find((d) => d.name === '保証部門')!;
    const { result, queries } = load(2024, hosho.id);
    expect(queries).toBe(DASHBOARD_QUERIES);
    expect(result.indicators.filter((i) => i.pairKey).length).toBe(8);
    expect(result.indicators.filter((i) => !i.pairKey).every((i) => i.departmentId === hosho.id)).toBe(true);
    expect(result.workflow.statusCounts.every((c) => c.departmentId === hosho.id)).toBe(true);
  });

  it('the drill-down and the multi-year view run a fixed number of queries too', () => {
    const plan = getAnnualPlan(h.db, orgId, 2025)!;
    const detail = countStatements(h.sqlite, () =>
      loadIndicatorDetail(h.db, { organisationId: orgId, planId: plan.id, year: 2025, code: 'subrogation_amount' }),
    );
    expect(detail.queries).toBe(DETAIL_QUERIES);
    expect(detail.result!.monthly).toHaveLength(7);
    expect(detail.result!.history.map((r) => r.fiscalYear)).toEqual([2023, 2024, 2025]);
    const trends = countStatements(h.sqlite, () => loadTrends(h.db, { organisationId: orgId, code: 'recovery_amount' }));
    expect(trends.queries).toBe(TRENDS_QUERIES);
    expect(trends.result.history.map((r) => r.actual)).toEqual([9_410_000_000, 10_843_000_000, null]);
  });

  it('another organisation’s plan is not reachable through the drill-down', () => {
    const plan = getAnnualPlan(h.db, orgId, 2024)!;
    expect(loadIndicatorDetail(h.db, { organisationId: orgId, planId: plan.id, year: 2024, code: 'no_such_code' })).toBeNull();
  });
});

describe('the dashboard figures in the plan’s unit', () => {
  let h: TestDb;
  let orgId: number;
  beforeAll(() => {
    h = createTestDb({ demo: true });
    orgId = getFirstOrganisation(h.db)!.id;
  });
  afterAll(() => h.cleanup());

  it('a plan in 百万円 shows its dashboard and drill-down in 百万円; the other years and the trends keep the organisation’s unit', () => {
    const plan = getAnnualPlan(h.db, orgId, 2025)!;
    const input = { organisationId: orgId, planId: plan.id, year: 2025, entryDeadline: plan.entryDeadline, today: '2026-11-25' };
    expect(loadDashboard(h.db, input).displayUnit).toBe('oku');
    expect(updatePlanSettings(h.db, plan.id, plan.version, { ...plan, displayUnit: 'million' })).toBe(1);
    const dash = loadDashboard(h.db, input);
    expect(dash.displayUnit).toBe('million');
    expect(dash.indicators.find((i) => i.code === 'subrogation_amount')!.fig.text.plan).toMatch(/^[\d,]+百万円$/);
    expect(loadIndicatorDetail(h.db, { ...input, code: 'subrogation_amount' })!.displayUnit).toBe('million');
    const other = getAnnualPlan(h.db, orgId, 2024)!;
    expect(loadDashboard(h.db, { ...input, planId: other.id, year: 2024 }).displayUnit).toBe('oku');
    expect(loadTrends(h.db, { organisationId: orgId }).displayUnit).toBe('oku');
  });
});

describe('dashboard loader on a large generated database', () => {
  let h: TestDb;
  let large: ReturnType<typeof generateLarge>;
  beforeAll(() => {
    h = createTestDb();
    large = generateLarge(h.sqlite, { years: 20, sectionsPerYear: 30, indicators: 50, revisions: 2_000, opinions: 400, users: 40 });
  });
  afterAll(() => h.cleanup());

  it('generates what it was asked for', () => {
    const count = (sql: string) => (h.sqlite.prepare(sql).get() as { n: number }).n;
    expect(count('select count(*) n from plans')).toBe(20);
    expect(count('select count(*) n from indicators')).toBe(20 * 50);
    expect(count('select count(*) n from monthly_actuals')).toBe(19 * 50 * 12 + 50 * 7);
    expect(count('select count(*) n from opinions')).toBe(400);
    expect(count('select count(*) n from self_assessment_revisions')).toBe(2_000);
    // Each assessment stands at its latest revision, so the next save does not collide.
    expect(
      count(
        'select count(*) n from self_assessments a where a.version is not (select max(r.version) from self_assessment_revisions r where r.self_assessment_id = a.id)',
      ),
    ).toBe(0);
  });

  it('the same number of queries as on the demo, for the year, the drill-down and the trends', () => {
    const planId = large.planIds.at(-1)!;
    const dash = countStatements(h.sqlite, () =>
      loadDashboard(h.db, {
        organisationId: large.organisationId,
        planId,
        year: large.lastYear,
        entryDeadline: '2026-04-30',
        today: '2026-11-25',
      }),
    );
    expect(dash.queries).toBe(DASHBOARD_QUERIES);
    expect(dash.result.indicators).toHaveLength(50);
    expect(dash.result.trend.filter((t) => t.code === 'recovery_amount')).toHaveLength(20);
    const detail = countStatements(h.sqlite, () =>
      loadIndicatorDetail(h.db, { organisationId: large.organisationId, planId, year: large.lastYear, code: 'indicator_20' }),
    );
    expect(detail.queries).toBe(DETAIL_QUERIES);
    expect(detail.result!.history).toHaveLength(20);
    const trends = countStatements(h.sqlite, () => loadTrends(h.db, { organisationId: large.organisationId, code: 'indicator_20' }));
    expect(trends.queries).toBe(TRENDS_QUERIES);
    expect(trends.result.index).toHaveLength(50);
  });
});

describe('dashboard loader with more initiative indicators than a page should list', () => {
  let h: TestDb;
  let large: ReturnType<typeof generateLarge>;
  beforeAll(() => {
    h = createTestDb();
    large = generateLarge(h.sqlite, {
      years: 2,
      sectionsPerYear: 12,
      indicators: PRIORITY_LIST_LIMIT + 80,
      revisions: 24,
      opinions: 10,
      users: 8,
    });
  });
  afterAll(() => h.cleanup());

  // The first year is complete (the last is in progress, without annual actuals).
  const load = (departmentId: number | null) =>
    countStatements(h.sqlite, () =>
      loadDashboard(h.db, {
        organisationId: large.organisationId,
        planId: large.planIds[0]!,
        year: large.years[0]!,
        entryDeadline: null,
        today: '2026-11-25',
        departmentId,
      }),
    );

  it('the all-departments view sends the core KPIs and a digest per department, in the same queries', () => {
    const all = load(null);
    expect(all.queries).toBe(DASHBOARD_QUERIES);
    expect(all.result.indicators.every((i) => i.pairKey != null)).toBe(true);
    expect(all.result.indicators).toHaveLength(8);
    const digest = all.result.priorityDigest!;
    const initiatives = PRIORITY_LIST_LIMIT + 80 - 8;
    expect(digest.reduce((n, d) => n + d.total, 0)).toBe(initiatives);
    for (const d of digest) expect(d.ahead + d.on_track + d.behind + d.none).toBe(d.total);
    expect(digest.some((d) => d.ahead > 0) && digest.some((d) => d.behind > 0)).toBe(true);
  });

  it('choosing a department lists its indicators, as before', () => {
    const digest = load(null).result.priorityDigest!;
    const first = digest.find((d) => d.departmentId !== null)!;
    const one = load(first.departmentId);
    expect(one.result.priorityDigest).toBeNull();
    expect(one.result.indicators.filter((i) => i.pairKey == null)).toHaveLength(first.total);
  });
});

describe('digestByDepartment', () => {
  it('counts by status with the direction respected, and indicators without a ratio apart', () => {
    const row = (departmentId: number, direction: 'higher' | 'lower', planValue: number | null, actualValue: number | null) => ({
      departmentId,
      departmentName: `d${departmentId}`,
      direction,
      fig: indicatorFigures(
        { unit: 'cases', scale: 0, direction, ratioRounding: 'half_up', aggregation: 'annual' },
        { plan: planValue, actual: actualValue, prior: null },
      ),
    });
    const digest = digestByDepartment([
      row(1, 'higher', 100, 120),
      row(1, 'lower', 100, 120),
      row(1, 'higher', null, 5),
      row(2, 'lower', 100, 80),
    ]);
    expect(digest).toEqual([
      { departmentId: 1, departmentName: 'd1', total: 3, ahead: 1, on_track: 0, behind: 1, none: 1 },
      { departmentId: 2, departmentName: 'd2', total: 1, ahead: 1, on_track: 0, behind: 0, none: 0 },
    ]);
  });
});
