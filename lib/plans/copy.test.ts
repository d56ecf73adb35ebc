import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { departmentIdsByCode, insertPlan, insertPlanStructure, loadSourcePlan } from '@/db/queries/admin-plans';
import { getAnnualPlan } from '@/db/queries/plans';
import * as s from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { copyStructure, shiftDate } from './copy';
import { builtInTemplate } from './template';
import { templateStructure } from './template-file';

const standardTemplate = (years: { startYear: number; endYear: number }, depts: ReadonlyMap<string, number>) =>
  templateStructure(builtInTemplate('standard'), years, depts);

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const org = t.db.select().from(s.organisations).get()!;

function planRows(planId: number) {
  const sections = t.db
    .select()
    .from(s.sections)
    .where(and(eq(s.sections.planId, planId), isNull(s.sections.deletedAt)))
    .all();
  const indicators = t.db.select().from(s.indicators).where(eq(s.indicators.planId, planId)).all();
  const values = t.db
    .select({ code: s.indicators.code, v: s.indicatorValues })
    .from(s.indicatorValues)
    .innerJoin(s.indicators, eq(s.indicators.id, s.indicatorValues.indicatorId))
    .where(eq(s.indicators.planId, planId))
    .all();
  const lines = t.db.select().from(s.financialLines).where(eq(s.financialLines.planId, planId)).all();
  return { sections, indicators, values, lines };
}

describe('the shipped six-chapter template', () => {
  const structure = standardTemplate({ startYear: 2030, endYear: 2030 }, departmentIdsByCode(t.db, org.id));

  it('has the preface and the six numbered sections at the top, in order', () => {
    const top = structure.sections.filter((x) => x.parentKey === null).sort((a, b) => a.sortOrder - b.sortOrder);
    expect(top.map((x) => [x.number, x.title])).toEqual([
      ['', '前文'],
      ['１.', '業務環境'],
      ['２.', '事業計画'],
      ['３.', '決算概要'],
      ['４.', '重点課題'],
      ['５.', 'コンプライアンスの徹底'],
      ['６.', '外部評価委員の意見等'],
    ]);
  });

  it('holds the four core KPIs as count/amount pairs and no initiative indicators', () => {
    const pairs = new Map<string, string[]>();
    for (const ind of structure.indicators) pairs.set(ind.pairKey!, [...(pairs.get(ind.pairKey!) ?? []), ind.measure!]);
    expect([...pairs.keys()]).toEqual(['guarantee_approvals', 'outstanding_guarantees', 'subrogation', 'recovery']);
    for (const m of pairs.values()) expect(m.sort()).toEqual(['amount', 'count']);
    expect(structure.indicators.find((i) => i.pairKey === 'subrogation')!.direction).toBe('lower');
  });

  it('has the 決算概要 lines, department groups with owners, and no initiatives', () => {
    expect(structure.financialLines.map((l) => l.name)).toContain('経常収支差額');
    expect(structure.financialLines).toHaveLength(9);
    expect(structure.sections.some((x) => x.kind === 'initiative')).toBe(false);
    const hosho = structure.sections.find((x) => x.key === 'group.hosho')!;
    expect(hosho.departmentId).toBe(departmentIdsByCode(t.db, org.id).get('hosho'));
  });

  it('gives a mid-term plan three years of values and lines', () => {
    const mid = standardTemplate({ startYear: 2024, endYear: 2026 }, new Map());
    expect(mid.indicators[0]!.values.map((v) => v.fiscalYear)).toEqual([2024, 2025, 2026]);
    expect(mid.financialLines).toHaveLength(27);
    expect(mid.sections.every((x) => x.departmentId === null)).toBe(true);
  });

  it('writes into a plan with parents resolved', () => {
    const planId = insertPlan(t.db, { organisationId: org.id, kind: 'annual', title: 'T', startYear: 2030, endYear: 2030 });
    const counts = insertPlanStructure(t.db, planId, structure);
    const rows = planRows(planId);
    expect(counts.sections).toBe(structure.sections.length);
    expect(rows.values).toHaveLength(8);
    const approvals = rows.sections.find((x) => x.key === 'kpi.approvals')!;
    expect(rows.sections.find((x) => x.id === approvals.parentId)!.key).toBe('business_plan');
  });
});

describe('copying a plan', () => {
  const fy24 = getAnnualPlan(t.db, org.id, 2024)!;
  const fy25 = getAnnualPlan(t.db, org.id, 2025)!;

  it('copies structure, owners and indicators; plan values empty; last year actuals become prior values', () => {
    const structure = copyStructure(loadSourcePlan(t.db, fy24), { startYear: 2025, endYear: 2025 });
    const planId = insertPlan(t.db, { organisationId: org.id, kind: 'annual', title: 'copy', startYear: 2025, endYear: 2025 });
    insertPlanStructure(t.db, planId, structure);
    const src = planRows(fy24.id);
    const dst = planRows(planId);
    expect(dst.sections.map((x) => [x.key, x.number, x.title, x.kind, x.departmentId]).sort()).toEqual(
      src.sections.map((x) => [x.key, x.number, x.title, x.kind, x.departmentId]).sort(),
    );
    expect(dst.indicators.map((i) => i.code).sort()).toEqual(src.indicators.map((i) => i.code).sort());
    const approvals = dst.values.find((v) => v.code === 'guarantee_approvals_amount')!.v;
    expect(approvals).toMatchObject({ fiscalYear: 2025, planValue: null, actualValue: null, priorActualValue: 1_106_400_000_000 });
    const line = dst.lines.find((l) => l.name === '当期収支差額')!;
    expect(line).toMatchObject({ fiscalYear: 2025, amount: null, priorAmount: 20_870_000_000 });
    const parentKey = (rows: typeof dst.sections, key: string) => rows.find((x) => x.id === rows.find((y) => y.key === key)!.parentId)?.key;
    expect(parentKey(dst.sections, 'init.hosho.digitalisation')).toBe('group.hosho');
  });

  it('leaves out deleted sections and their subtrees and the indicators they own', () => {
    const source = loadSourcePlan(t.db, fy25);
    const group = source.sections.find((x) => x.key === 'group.hosho')!;
    const pruned = { ...source, sections: source.sections.filter((x) => x.id !== group.id) };
    const structure = copyStructure(pruned, { startYear: 2026, endYear: 2026 });
    expect(structure.sections.some((x) => x.key.startsWith('init.hosho.'))).toBe(false);
    expect(structure.indicators.some((i) => i.code === 'seido_yushi_approvals_amount')).toBe(false);
    expect(structure.indicators.some((i) => i.code === 'guarantee_approvals_amount')).toBe(true);
  });

  it('a mid-term copy gets three years; only the first has a prior-year value', () => {
    const structure = copyStructure(loadSourcePlan(t.db, fy24), { startYear: 2025, endYear: 2027 });
    const ind = structure.indicators.find((i) => i.code === 'subrogation_amount')!;
    expect(ind.values).toEqual([
      { fiscalYear: 2025, planValue: null, priorActualValue: 86_300_000_000 },
      { fiscalYear: 2026, planValue: null, priorActualValue: null },
      { fiscalYear: 2027, planValue: null, priorActualValue: null },
    ]);
  });
});

describe('shiftDate', () => {
  it('moves a deadline by whole years and handles 29 February', () => {
    expect(shiftDate('2025-04-30', 1)).toBe('2026-04-30');
    expect(shiftDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftDate(null, 1)).toBeNull();
    expect(shiftDate('garbage', 1)).toBeNull();
  });
});
