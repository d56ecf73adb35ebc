// One indicator-year, every page: the dashboard, its drill-down, the trends page, the section
// page, the committee's review and the report print the same figure strings. They once
// disagreed (保証債務残高 FY2024: 102.2 % on trends, 102.1 % in the report).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceFigures } from '@/components/sections/types';
import { listIndicatorsForEntry } from '@/db/queries/actuals';
import { loadDashboard, loadIndicatorDetail, loadTrends } from '@/db/queries/dashboard';
import { listIndicatorsWithValues } from '@/db/queries/indicators';
import { getAnnualPlan, getFirstOrganisation } from '@/db/queries/plans';
import { yearsFigures } from '@/lib/domain/figures-years';
import { createTestDb } from '@/lib/testing/test-db';
import { buildReportForPlan } from './build';

type Strings = { actual: string; planRatio: string; compared: string };

describe('the same indicator-year prints the same figures on every page', () => {
  let h: ReturnType<typeof createTestDb>;
  let orgId: number;
  beforeAll(() => {
    h = createTestDb({ demo: true });
    orgId = getFirstOrganisation(h.db)!.id;
  });
  afterAll(() => h.cleanup());

  const everywhere = (year: number, code: string) => {
    const plan = getAnnualPlan(h.db, orgId, year)!;
    const pick = <T extends { code: string }>(xs: T[]) => xs.find((x) => x.code === code)!;
    const s = (f: { toDate: boolean; text: { actual: string; planRatio: string; yoy: string; samePeriodYoy: string } }): Strings => ({
      actual: f.text.actual,
      planRatio: f.text.planRatio,
      compared: f.toDate ? f.text.samePeriodYoy : f.text.yoy,
    });
    const dashboard = pick(
      loadDashboard(h.db, { organisationId: orgId, planId: plan.id, year, entryDeadline: null, today: '2026-01-01' }).indicators,
    ).fig;
    const detail = loadIndicatorDetail(h.db, { organisationId: orgId, planId: plan.id, year, code })!.fig;
    const t = loadTrends(h.db, { organisationId: orgId, code });
    const ind = t.index.find((i) => i.code === code)!;
    const trends = yearsFigures(ind, t.history, t.months, t.displayUnit).find((y) => y.year === year)!.fig;
    const entry = pick(listIndicatorsForEntry(h.db, plan.id, year, {}));
    const section = workspaceFigures({ ...entry, aliases: entry.aliases ?? [] });
    const review = pick(listIndicatorsWithValues(h.db, plan.id, year)).fig;
    const doc = buildReportForPlan(h.db, plan);
    const kpi = doc.tables.find((x) => x.key === 'kpi')!;
    const reportRow = kpi.display.rows.find((r) => r[0] && ind.name.startsWith(r[0]))!;
    return { dashboard: s(dashboard), detail: s(detail), trends: s(trends), section: s(section), review: s(review), reportRow, doc, plan };
  };

  const expectAgree = (r: ReturnType<typeof everywhere>) => {
    expect(r.detail).toEqual(r.dashboard);
    expect(r.trends).toEqual(r.dashboard);
    expect(r.section).toEqual(r.dashboard);
    expect(r.review).toEqual(r.dashboard);
    // The report prints the ratio with an ASCII % as the published document does; the digits agree.
    expect(r.reportRow[4]).toBe(r.dashboard.planRatio.replace('％', '%'));
    expect(r.reportRow[2]).toContain(`（${r.dashboard.compared.replace('％', '%')}）`);
  };

  it('FY2024 保証債務残高 (truncated ratios): 102.1 % everywhere', () => {
    const r = everywhere(2024, 'outstanding_guarantees_amount');
    expect(r.dashboard.planRatio).toBe('102.1％');
    expectAgree(r);
  });

  it('FY2025 保証承諾 to date (derived from the months): the same figures, and not 「―」', () => {
    const r = everywhere(2025, 'guarantee_approvals_amount');
    expect(r.dashboard.actual).not.toBe('―');
    expect(r.dashboard.planRatio).toMatch(/^\d+\.\d％$/);
    expect(r.dashboard.compared).toMatch(/^\d+\.\d％$/);
    expectAgree(r);
    const ind = buildReportForPlan(h.db, r.plan).tables.find((x) => x.key === 'kpi')!;
    expect(ind.note).toContain('10月末');
  });
});
