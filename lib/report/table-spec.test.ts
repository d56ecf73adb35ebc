// Report tables as data: a table section's spec decides the title, columns, note, unit and row
// order the report prints; the financial table is found by the section's kind, not its title.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { getAnnualPlan } from '@/db/queries/plans';
import { loadReportData } from '@/db/queries/report';
import * as s from '@/db/schema';
import { defaultTableSpec, inRowOrder, specProblems, type TableSpec, tableSpecSchema } from '@/lib/domain/table-spec';
import { createTestDb } from '@/lib/testing/test-db';
import { buildReportForPlan } from './build';
import { renderReportBody } from './render-html';
import type { ReportData, ReportPlan } from '@/db/queries/report';
import { warekiFiscalYear } from '@/lib/domain/fiscal-year';
import { buildKpiTable, buildMidtermTable } from './tables';

describe('table spec helpers', () => {
  it('orders rows by the listed keys first, then the others as they were', () => {
    expect(inRowOrder(['a', 'b', 'c', 'd'], (x) => x, ['c', 'a'])).toEqual(['c', 'a', 'b', 'd']);
  });
  it('refuses a column the layout has no figure for, and a column given twice', () => {
    const spec = defaultTableSpec('financial');
    expect(specProblems('financial', spec)).toEqual([]);
    expect(specProblems('financial', { ...spec, columns: [{ key: 'plan_ratio', label: '計画比' }] })).toEqual(['columnNotInTable']);
    expect(specProblems('kpi', { ...spec, columns: [...spec.columns, { key: 'amount', label: 'x' }] })).toEqual(['duplicateColumn']);
  });
});

describe('tables printed from their section’s spec', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());
  // FY2025 is not published, so its sections can be changed.
  const plan = getAnnualPlan(t.db, 1, 2025)!;
  const section = (kind: 'kpi_table' | 'financial_table') =>
    t.db
      .select()
      .from(s.sections)
      .where(eq(s.sections.planId, plan.id))
      .all()
      .find((x) => x.kind === kind)!;

  it('a neutral default where the section has no spec: its title, 件数 / 金額 / 計画 / 計画比 / 前年度比, no note but the to-date one', () => {
    const data = loadReportData(t.db, plan);
    const table = buildKpiTable(plan, data, 'oku', { spec: null, sectionTitle: '事業計画の実績' });
    expect(table.title).toBe('事業計画の実績');
    expect(table.display.head).toEqual(['', '件数', '金額', '計画', '計画比', '前年度比']);
    // FY2025 is in progress: the only note says the figures are to date.
    expect(table.note).toMatch(/^※実績は\d+月末までの月次実績によります/);
  });

  it('columns, labels, note, unit and row order as set', () => {
    const spec: TableSpec = {
      title: '保証業務の状況',
      stubLabel: '区分',
      columns: [
        { key: 'amount', label: '実績', withYoy: false },
        { key: 'plan', label: '計画' },
        { key: 'plan_ratio', label: '達成率' },
        { key: 'change', label: '前年度比増減' },
      ],
      note: '※金額は百万円未満を四捨五入しています。',
      unit: 'million',
      rowOrder: ['subrogation', 'recovery'],
    };
    const kpi = section('kpi_table');
    t.db.update(s.sections).set({ tableSpec: spec }).where(eq(s.sections.id, kpi.id)).run();
    const doc = buildReportForPlan(t.db, plan);
    const table = doc.tables.find((x) => x.key === 'kpi')!;
    expect(table.title).toBe('保証業務の状況');
    expect(table.unitNote).toBe('（単位：百万円）');
    expect(table.display.head).toEqual(['区分', '実績', '計画', '達成率', '前年度比増減']);
    expect(table.display.rows.map((r) => r[0])).toEqual(['代位弁済', '回収', '保証承諾', '保証債務残高']);
    expect(table.display.rows[0]![2]).toMatch(/^[\d,]+$/);
    // FY2025 is in progress, so the report says its figures are to date instead of the note;
    // the same year without monthly figures prints the table's own note.
    expect(table.note).toMatch(/^※実績は\d+月末まで/);
    const closed = buildKpiTable(plan, { ...loadReportData(t.db, plan), grids: new Map() }, 'oku', { spec });
    expect(closed.note).toBe('※金額は百万円未満を四捨五入しています。');
    const html = renderReportBody(doc);
    expect(html).toContain('aria-label="保証業務の状況"');
  });

  it('the financial table is bound by the section’s kind, whatever its title', () => {
    const fin = section('financial_table');
    t.db.update(s.sections).set({ title: '損益の状況', tableSpec: null }).where(eq(s.sections.id, fin.id)).run();
    const table = buildReportForPlan(t.db, plan).tables.find((x) => x.key === 'financial')!;
    expect(table.title).toBe('損益の状況');
    expect(table.display.head).toEqual(['項目', '金額', '前年度', '増減額']);
  });
});

describe('a mid-term table of past years', () => {
  it('labels its years in the era style, in 百万円, from its own values where no annual plan exists', () => {
    const plan = { startYear: 2015, endYear: 2017, kind: 'midterm' } as ReportPlan;
    const ind = { id: 1, code: 'approvals', name: '保証承諾', pairKey: 'approvals', measure: 'amount', unit: 'yen', yenPrecision: 'oku' };
    const data = {
      indicators: [{ ...ind, ratioRounding: 'half_up', aggregation: 'sum', direction: 'higher', scale: 0 }],
      values: [2015, 2016, 2017].map((y, i) => ({
        indicatorId: 1,
        fiscalYear: y,
        planValue: 100_000_000_000,
        actualValue: [95_000_000_000, 101_000_000_000, 99_000_000_000][i]!,
        priorActualValue: null,
      })),
    } as unknown as ReportData;
    // An annual table's spec (no year column) falls back to the mid-term default.
    const annualSpec = { ...defaultTableSpec('kpi'), note: '※注' };
    const table = buildMidtermTable(plan, data, [], 'million', { spec: annualSpec, yearLabel: warekiFiscalYear });
    expect(table.display.head).toEqual(['', '年度', '金額', '計画値', '対計画比', '対前年度比']);
    expect(table.display.rows.map((r) => r.slice(1, 5))).toEqual([
      ['平成27年度', '95,000', '100,000', '95.0％'],
      ['平成28年度', '101,000', '100,000', '101.0％'],
      ['平成29年度', '99,000', '100,000', '99.0％'],
      ['期間計', '295,000', '300,000', '98.3％'],
    ]);
    // A document that words its table its own way: the period's row and the 評価 column.
    const worded: TableSpec = {
      ...defaultTableSpec('midterm'),
      columns: [...defaultTableSpec('midterm').columns, { key: 'status', label: '評価' }],
      words: { periodTotal: '3か年計', ahead: '◎', behind: '×' },
    };
    const own = buildMidtermTable(plan, data, [], 'million', { spec: worded, yearLabel: warekiFiscalYear });
    expect(own.display.rows.map((r) => [r[1], r.at(-1)])).toEqual([
      ['平成27年度', '概ね達成'],
      ['平成28年度', '◎'],
      ['平成29年度', '概ね達成'],
      ['3か年計', '概ね達成'],
    ]);
  });

  it('accepts words of the table and refuses an empty or unknown one', () => {
    const spec = defaultTableSpec('midterm');
    expect(tableSpecSchema.safeParse({ ...spec, words: { periodEnd: '年度末' } }).success).toBe(true);
    expect(tableSpecSchema.safeParse({ ...spec, words: { periodEnd: ' ' } }).success).toBe(false);
    expect(tableSpecSchema.safeParse({ ...spec, words: { total: '計' } }).success).toBe(false);
  });
});
