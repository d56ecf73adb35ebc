import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getAnnualPlan } from '@/db/queries/plans';
import { loadReportData } from '@/db/queries/report';
import * as s from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { buildReportForPlan } from './build';
import { reportCsv, reportWorkbook, sheetName } from './export';
import { buildFinancialTable, buildKpiTable, tableYen } from './tables';
import ExcelJS from 'exceljs';

describe('report tables', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());
  const fy24 = getAnnualPlan(t.db, 1, 2024)!;
  /** The table section's stored spec (Tokyo's, from the seed). */
  const setupOf = (kind: 'kpi_table' | 'financial_table') => {
    const s = loadReportData(t.db, fy24).sections.find((x) => x.kind === kind)!;
    return { spec: s.tableSpec, sectionTitle: s.title };
  };

  it('主要業務数値 prints the reference rows: count (YoY), amount (YoY), plan, plan ratio; ― for 回収の件数', () => {
    const table = buildKpiTable(fy24, loadReportData(t.db, fy24), 'oku', setupOf('kpi_table'));
    expect(table.display.head).toEqual(['', '件数', '金額', '計画値（金額）', '計画比（金額）']);
    expect(table.display.rows).toEqual([
      ['保証承諾', '74,291 件 （94.4%）', '1 兆 1,064 億円 （92.3%）', '1 兆 2,000 億円', '92.2%'],
      ['保証債務残高', '461,581 件 （99.0%）', '5 兆 1,076 億円 （90.8%）', '5 兆円', '102.1%'],
      ['代位弁済', '7,027 件 （113.7%）', '863 億円 （117.2%）', '1,000 億円', '86.3%'],
      ['回収', '― （―）', '108 億円 （115.2%）', '100 億円', '108.4%'],
    ]);
    expect(table.note).toBe('※カッコ内の数値は対前年度比を示しています。');
    // Export: numbers, not strings; ratios as fractions.
    expect(table.export.rows[0]).toEqual(['保証承諾', 74291, 0.944, 1_106_400_000_000, 0.923, 1_200_000_000_000, 0.922]);
    expect(table.export.rows[3]![1]).toBeNull();
  });

  it('a 評価 column words the result in each KPI’s direction: 代位弁済 below plan is 達成', () => {
    const base = setupOf('kpi_table');
    const spec = {
      ...base.spec!,
      columns: [
        { key: 'plan_ratio' as const, label: '計画比' },
        { key: 'status' as const, label: '評価' },
      ],
    };
    const table = buildKpiTable(fy24, loadReportData(t.db, fy24), 'oku', { ...base, spec });
    expect(table.display.head).toEqual(['', '計画比', '評価']);
    expect(table.display.rows).toEqual([
      ['保証承諾', '92.2%', '未達'],
      ['保証債務残高', '102.1%', '達成'],
      ['代位弁済', '86.3%', '達成'],
      ['回収', '108.4%', '達成'],
    ]);
  });

  it('収支計算書 prints amounts to 万円 with △ for decreases', () => {
    const table = buildFinancialTable(fy24, loadReportData(t.db, fy24), 'oku', setupOf('financial_table'));
    expect(table.display.head).toEqual(['項目', '金額', '前年度比増減額']);
    expect(table.display.rows[0]).toEqual(['経常収入', '583 億 8,000 万円', '△33 億 6,300 万円']);
    expect(table.display.rows[5]).toEqual(['経常外収支差額', '△24 億 1,900 万円', '△49 億 8,200 万円']);
    expect(table.display.rows[4]).toEqual(['経常外支出', '1,293 億 7,200 万円', '122 億円']);
    expect(table.display.rows[6]).toEqual(['制度改革促進基金取崩額', '0 円', '0 円']);
    expect(table.display.rows).toHaveLength(9);
  });

  it('a 百万円 organisation gets bare numbers and a unit note', () => {
    expect(tableYen(75_871_000_000, 'million', 'oku')).toBe('75,871');
    expect(tableYen(-2_419_000_000, 'million', 'man')).toBe('△2,419');
    expect(tableYen(null, 'million', 'oku')).toBe('―');
    const table = buildFinancialTable(fy24, loadReportData(t.db, fy24), 'million', setupOf('financial_table'));
    expect(table.unitNote).toBe('（単位：百万円）');
    expect(table.display.rows[0]).toEqual(['経常収入', '58,380', '△3,363']);
  });

  it('the workbook has one sheet per table with numeric cells in yen and percent formats', async () => {
    const doc = buildReportForPlan(t.db, fy24);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportWorkbook(doc)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['主要業務数値', '収支計算書']);
    const kpi = wb.getWorksheet('主要業務数値')!;
    expect(kpi.getCell('D3').value).toBe(1_106_400_000_000);
    expect(kpi.getCell('D3').numFmt).toContain('円');
    expect(kpi.getCell('G3').value).toBe(0.922);
    expect(kpi.getCell('G3').numFmt).toBe('0.0%');
    const fin = wb.getWorksheet('収支計算書')!;
    // The columns the table prints: 項目, 金額, 前年度比増減額.
    expect(fin.getRow(2).values).toEqual([undefined, '項目', '金額', '前年度比増減額']);
    expect(fin.getCell('B8').value).toBe(-2_419_000_000);
    expect(fin.getCell('C8').value).toBe(-4_982_000_000);
    expect(sheetName('a/b:c')).toBe('a・b・c');
  });

  it('the CSV has every table, numbers unformatted, with a BOM', () => {
    const csv = reportCsv(buildReportForPlan(t.db, fy24));
    expect(csv.startsWith('\uFEFF主要業務数値\r\n項目,件数,件数 対前年度比（％）,金額（円）')).toBe(true);
    expect(csv).toContain('\r\n保証承諾,74291,94.4,1106400000000,92.3,1200000000000,92.2\r\n');
    expect(csv).toContain('\r\n回収,,,10843000000,115.2,10000000000,108.4\r\n');
    expect(csv).toContain('\r\n項目,金額（円）,前年度比増減額（円）\r\n');
    expect(csv).toContain('経常外収支差額,-2419000000,-4982000000');
  });

  it('a mid-term plan shows each KPI per year from the annual records, and the period total', () => {
    // A mid-term plan FY2023–FY2025 with its own plan values; actuals come from the annual plans.
    const org = 1;
    const mid = t.db
      .insert(s.plans)
      .values({
        organisationId: org,
        kind: 'midterm',
        title: '中期事業計画（令和5〜7年度）',
        startYear: 2023,
        endYear: 2025,
        phase: 'entry',
      })
      .returning({ id: s.plans.id })
      .get().id;
    const sec = t.db
      .insert(s.sections)
      .values({ planId: mid, key: 'kpi.table', title: '主要業務数値', kind: 'kpi_table', number: '1' })
      .returning({ id: s.sections.id })
      .get().id;
    const ind = t.db
      .insert(s.indicators)
      .values({
        planId: mid,
        sectionId: sec,
        code: 'guarantee_approvals_amount',
        name: '保証承諾（金額）',
        unit: 'yen',
        direction: 'higher',
        pairKey: 'guarantee_approvals',
        measure: 'amount',
        aggregation: 'sum',
      })
      .returning({ id: s.indicators.id })
      .get().id;
    const OKU = 100_000_000;
    for (const [y, plan] of [
      [2023, 12_000],
      [2024, 12_000],
      [2025, 11_000],
    ] as const)
      t.db
        .insert(s.indicatorValues)
        .values({ indicatorId: ind, fiscalYear: y, planValue: plan * OKU })
        .run();
    // FY2025 has no annual actual yet: the mid-term plan's own record fills it.
    const fy25Values = t.db
      .select({ id: s.indicatorValues.id })
      .from(s.indicatorValues)
      .where(eq(s.indicatorValues.indicatorId, ind))
      .all();
    expect(fy25Values).toHaveLength(3);
    t.db.update(s.organisations).set({ displayUnit: 'million' }).where(eq(s.organisations.id, org)).run();
    const plan = t.db.select().from(s.plans).where(eq(s.plans.id, mid)).get()!;
    const doc = buildReportForPlan(t.db, plan);
    t.db.update(s.organisations).set({ displayUnit: 'oku' }).where(eq(s.organisations.id, org)).run();
    const table = doc.tables[0]!;
    expect(table.key).toBe('midterm');
    expect(table.unitNote).toBe('（単位：百万円）');
    expect(table.display.head).toEqual(['', '年度', '金額', '計画値', '対計画比', '対前年度比']);
    expect(table.display.rows).toEqual([
      ['保証承諾', '令和5年度', '1,198,500', '1,200,000', '99.9％', '―'],
      ['', '令和6年度', '1,106,400', '1,200,000', '92.2％', '92.3％'],
      ['', '令和7年度', '―', '1,100,000', '―', '―'],
      ['', '期間計', '―', '3,500,000', '―', '―'],
    ]);
    // The export has the same columns, amounts in the table's 百万円, the years as printed.
    expect(table.export.columns.map((c) => [c.header, c.format, c.unitWord])).toEqual([
      ['項目', 'text', undefined],
      ['年度', 'text', undefined],
      ['金額', 'amount', '百万円'],
      ['計画値', 'amount', '百万円'],
      ['対計画比', 'ratio', undefined],
      ['対前年度比', 'ratio', undefined],
    ]);
    expect(table.export.rows).toEqual([
      ['保証承諾', '令和5年度', 1_198_500, 1_200_000, 0.999, null],
      ['保証承諾', '令和6年度', 1_106_400, 1_200_000, 0.922, 0.923],
      ['保証承諾', '令和7年度', null, 1_100_000, null, null],
      ['保証承諾', '期間計', null, 3_500_000, null, null],
    ]);
    expect(reportCsv(doc)).toContain(
      '項目,年度,金額（百万円）,計画値（百万円）,対計画比（％）,対前年度比（％）\r\n保証承諾,令和5年度,1198500,1200000,99.9,\r\n',
    );
  });
});
