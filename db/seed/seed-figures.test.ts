// Every figure printed in the reference document's tables, reproduced by computation from the
// seeded database (not from the seed module): 事業計画 summary table and 収支計算書.
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { getAnnualPlan, getFirstOrganisation } from '@/db/queries/plans';
import { listIndicatorsWithValues } from '@/db/queries/indicators';
import { financialLines } from '@/db/schema';
import { formatCount, formatYen } from '@/lib/domain/money';
import { changeAmount, formatRatio, ratioTenths } from '@/lib/domain/ratio';
import { createTestDb } from '@/lib/testing/test-db';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const org = getFirstOrganisation(t.db)!;
const plan = getAnnualPlan(t.db, org.id, 2024)!;
const indicators = listIndicatorsWithValues(t.db, plan.id, 2024);
const byCode = (code: string) => {
  const i = indicators.find((x) => x.code === code);
  if (!i) throw new Error(`no indicator ${code}`);
  return i;
};

// Printed: 件数 (前年度比), 金額 (前年度比), 計画値, 計画比 — the rows of the 事業計画 table.
const KPI_TABLE = [
  {
    pair: 'guarantee_approvals',
    count: '74,291',
    countYoy: '94.4%',
    amount: '1兆1,064億円',
    amountYoy: '92.3%',
    plan: '1兆2,000億円',
    planRatio: '92.2%',
  },
  {
    pair: 'outstanding_guarantees',
    count: '461,581',
    countYoy: '99.0%',
    amount: '5兆1,076億円',
    amountYoy: '90.8%',
    plan: '5兆円',
    planRatio: '102.1%',
  },
  {
    pair: 'subrogation',
    count: '7,027',
    countYoy: '113.7%',
    amount: '863億円',
    amountYoy: '117.2%',
    plan: '1,000億円',
    planRatio: '86.3%',
  },
  { pair: 'recovery', count: null, countYoy: null, amount: '108億円', amountYoy: '115.2%', plan: '100億円', planRatio: '108.4%' },
] as const;

describe('FY2024 事業計画 table from the database', () => {
  for (const row of KPI_TABLE) {
    it(row.pair, () => {
      const count = byCode(`${row.pair}_count`);
      const amount = byCode(`${row.pair}_amount`);
      expect(count.actualValue == null ? null : formatCount(count.actualValue)).toBe(row.count);
      const countYoy = ratioTenths(count.actualValue, count.priorActualValue, count.ratioRounding);
      expect(countYoy == null ? null : formatRatio(countYoy, { ascii: true })).toBe(row.countYoy);
      expect(formatYen(amount.actualValue!, { precision: 'oku' })).toBe(row.amount);
      expect(formatRatio(ratioTenths(amount.actualValue, amount.priorActualValue, amount.ratioRounding), { ascii: true })).toBe(
        row.amountYoy,
      );
      expect(formatYen(amount.planValue!, { precision: 'oku' })).toBe(row.plan);
      expect(formatRatio(ratioTenths(amount.actualValue, amount.planValue, amount.ratioRounding), { ascii: true })).toBe(row.planRatio);
    });
  }
  it('prints the document spacing when asked', () => {
    expect(formatYen(byCode('guarantee_approvals_amount').actualValue!, { precision: 'oku', spaced: true })).toBe('1 兆 1,064 億円');
  });
});

// Printed: 項目, 金額, 前年度比増減額 — the 収支計算書.
const FINANCIAL_TABLE: [string, string, string][] = [
  ['経常収入', '583億8,000万円', '△33億6,300万円'],
  ['経常支出', '350億9,100万円', '△26億7,600万円'],
  ['経常収支差額', '232億8,900万円', '△6億8,700万円'],
  ['経常外収入', '1,269億5,300万円', '72億1,800万円'],
  ['経常外支出', '1,293億7,200万円', '122億円'],
  ['経常外収支差額', '△24億1,900万円', '△49億8,200万円'],
  ['制度改革促進基金取崩額', '0円', '0円'],
  ['収支差額変動準備金取崩額', '0円', '0円'],
  ['当期収支差額', '208億7,000万円', '△56億6,900万円'],
];

describe('FY2024 収支計算書 from the database', () => {
  const lines = t.db
    .select()
    .from(financialLines)
    .where(and(eq(financialLines.planId, plan.id), eq(financialLines.fiscalYear, 2024)))
    .orderBy(financialLines.sortOrder)
    .all();
  it('has the nine lines in printed order', () => {
    expect(lines.map((l) => l.name)).toEqual(FINANCIAL_TABLE.map(([name]) => name));
  });
  for (const [name, amount, change] of FINANCIAL_TABLE) {
    it(name, () => {
      const line = lines.find((l) => l.name === name)!;
      expect(formatYen(line.amount!, { precision: 'man' })).toBe(amount);
      expect(formatYen(changeAmount(line.amount, line.priorAmount)!, { precision: 'man' })).toBe(change);
    });
  }
});

describe('FY2024 重点課題 figures from the database', () => {
  const printed: [string, string][] = [
    ['support_meetings', '326.2%'],
    ['e_application_count', '231.5%'],
  ];
  for (const [code, yoy] of printed) {
    it(code, () => {
      const i = byCode(code);
      expect(formatRatio(ratioTenths(i.actualValue, i.priorActualValue, i.ratioRounding), { ascii: true })).toBe(yoy);
    });
  }
  it('effect indicators are multiples', () => {
    const effects = indicators.filter((i) => i.unit === 'multiple').map((i) => i.actualValue);
    expect(effects).toEqual([113, 105, 133]);
  });
});
