import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { listIndicatorsForEntry } from '@/db/queries/actuals';
import { listAdminFinancialLines } from '@/db/queries/admin-indicators';
import { getAnnualPlan } from '@/db/queries/plans';
import * as s from '@/db/schema';
import { compareWithReference, extractFigures, htmlToText, parseReference } from '@/lib/testing/fidelity';
import { compareTablesWithData, compareTablesWithReference } from '@/lib/testing/table-cells';
import { createTestDb } from '@/lib/testing/test-db';
import { buildReportForPlan } from './build';
import { checkYearNarratives } from './narrative-check';
import { renderReportBody } from './render-html';

// The published document, kept in the repository (docs/reference/README.md gives its source).
const REFERENCE = path.resolve(__dirname, '../../docs/reference/r6-keiei-keikaku-hyoka.txt');
const reference = fs.readFileSync(REFERENCE, 'utf8');

type TestDb = ReturnType<typeof createTestDb>;

/** The FY2024 report of a demo database, and the data its tables are computed from. */
function fy2024(t: TestDb) {
  const plan = getAnnualPlan(t.db, 1, 2024)!;
  const doc = buildReportForPlan(t.db, plan);
  const indicators = listIndicatorsForEntry(t.db, plan.id, 2024, { departmentIds: null });
  const lines = listAdminFinancialLines(t.db, plan.id).filter((l) => l.fiscalYear === 2024);
  return { plan, doc, tablesVsData: () => compareTablesWithData(doc.tables, indicators, lines) };
}

describe('fidelity: the FY2024 demo report against the published reference', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());
  const { plan, doc, tablesVsData } = fy2024(t);
  const text = htmlToText(renderReportBody(doc));
  const headings = doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : b.type === 'bullets' ? [b.heading] : []));
  const result = compareWithReference(text, reference, headings);

  it('parses the reference into sentences, chapters and figures', () => {
    const parts = parseReference(reference);
    expect(parts.chapters).toEqual([
      '１.業務環境',
      '２.事業計画',
      '３.決算概要',
      '４.重点課題',
      '５.コンプライアンスの徹底',
      '６.外部評価委員の意見等',
    ]);
    expect(parts.sentences.length).toBeGreaterThan(150);
    expect(parts.figures).toContain('1兆1,064億円');
    expect(parts.figures).toContain('△24億1,900万円');
    expect(parts.figures).toContain('92.2％');
  });

  it('has every sentence of the reference, in order', () => {
    console.log(
      `fidelity: sentences ${result.sentences.matched}/${result.sentences.total}, figures ${result.figures.matched}/${result.figures.total}, chapters ${result.chapters.matched}/${result.chapters.total}`,
    );
    expect(result.sentences.missing).toEqual([]);
  });

  it('has every figure of the reference', () => {
    expect(result.figures.missing).toEqual([]);
  });

  it('has the chapter headings with the document numbering, and the title', () => {
    expect(result.chapters.missing).toEqual([]);
    expect(result.title).toBe(true);
    // As printed: full-width digits, nothing appended.
    expect(doc.title).toBe('令和６年度 経営計画の評価');
  });

  it('a changed figure or a dropped sentence is caught', () => {
    const broken = text.replaceAll('1 兆 1,064 億円', '1 兆 1,065 億円').replace('前年度比で減少しました。', '');
    const r = compareWithReference(broken, reference, headings);
    expect(r.figures.missing).toContain('1兆1,064億円');
    expect(r.sentences.missing.length).toBeGreaterThan(0);
  });

  it('prints every cell of the reference tables, row by row', () => {
    const r = compareTablesWithReference(doc.tables, reference);
    console.log(`fidelity: table cells ${r.cells - r.mismatches.length}/${r.cells} in ${r.rows} rows`);
    expect(r.mismatches).toEqual([]);
    expect(r.unmatched).toEqual([]);
    expect(r.rows).toBe(13);
  });

  it('prints every table cell as the value it is computed from', () => {
    const r = tablesVsData();
    expect(r.mismatches).toEqual([]);
    expect(r.cells).toBe(4 * 4 + 9 * 2);
  });

  it('every figure the narratives quote agrees with the data (the consistency checker)', () => {
    const r = checkYearNarratives(t.db, plan.id, 2024);
    console.log(`fidelity: narrative figures checked ${r.checked}, contradictions ${r.contradictions.length}`);
    expect(r.contradictions).toEqual([]);
    expect(r.checked).toBeGreaterThanOrEqual(67);
  });

  it('extracts figures with units only', () => {
    expect(extractFigures('計画 1 兆 2,000 億円、92.2％ と 2 回、令和 6 年度')).toEqual(['1兆2,000億円', '92.2％', '2回']);
  });
});

describe('fidelity can fail: the 保証承諾 actual changed to 1兆1,500億円', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());
  const plan = getAnnualPlan(t.db, 1, 2024)!;
  // The published-year lock holds at the database: take the year back to review to change it.
  t.db.update(s.plans).set({ phase: 'review' }).where(eq(s.plans.id, plan.id)).run();
  const amount = t.db
    .select({ id: s.indicators.id })
    .from(s.indicators)
    .where(and(eq(s.indicators.planId, plan.id), eq(s.indicators.code, 'guarantee_approvals_amount')))
    .get()!;
  t.db
    .update(s.indicatorValues)
    .set({ actualValue: 1_150_000_000_000 })
    .where(and(eq(s.indicatorValues.indicatorId, amount.id), eq(s.indicatorValues.fiscalYear, 2024)))
    .run();
  const { doc, tablesVsData } = fy2024(t);

  it('the table no longer matches the reference, on the 保証承諾 金額 cells', () => {
    const r = compareTablesWithReference(doc.tables, reference);
    expect(r.mismatches).toEqual([
      { table: '主要業務数値', row: '保証承諾', column: '金額', report: '1兆1,500億円（95.9%）', reference: '1兆1,064億円（92.3%）' },
      { table: '主要業務数値', row: '保証承諾', column: '計画比（金額）', report: '95.8%', reference: '92.2%' },
    ]);
  });

  it('the table still shows its data (the cell check is against the values, not the seed)', () => {
    expect(tablesVsData().mismatches).toEqual([]);
  });

  it('the consistency checker reports the narrative figure that now contradicts the data', () => {
    const r = checkYearNarratives(t.db, plan.id, 2024);
    expect(
      r.contradictions.map(({ sectionTitle, indicatorName, field, quoted, expected }) => ({
        sectionTitle,
        indicatorName,
        field,
        quoted,
        expected,
      })),
    ).toEqual([
      { sectionTitle: '保証承諾', indicatorName: '保証承諾（金額）', field: 'actual', quoted: '1 兆 1,064 億円', expected: '1兆1,500億円' },
      { sectionTitle: '保証承諾', indicatorName: '保証承諾（金額）', field: 'plan_ratio', quoted: '計画比 92.2％', expected: '95.8％' },
      { sectionTitle: '保証承諾', indicatorName: '保証承諾（金額）', field: 'yoy', quoted: '前年度比 92.3％', expected: '95.9％' },
    ]);
  });

  it('a table computed from the wrong value fails the data check on that cell', () => {
    const wrong = doc.tables.map((tb) =>
      tb.key !== 'kpi'
        ? tb
        : {
            ...tb,
            display: {
              ...tb.display,
              rows: tb.display.rows.map((r) => (r[0] === '保証承諾' ? [r[0]!, r[1]!, '1 兆 1,064 億円 （92.3%）', r[3]!, r[4]!] : r)),
            },
          },
    );
    const indicators = listIndicatorsForEntry(t.db, plan.id, 2024, { departmentIds: null });
    const lines = listAdminFinancialLines(t.db, plan.id).filter((l) => l.fiscalYear === 2024);
    const r = compareTablesWithData(wrong, indicators, lines);
    expect(r.mismatches.map((m) => [m.row, m.column, m.cell])).toEqual([['保証承諾', '金額', '1 兆 1,064 億円 （92.3%）']]);
  });
});
