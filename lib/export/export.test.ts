import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTranslator } from 'next-intl';
import { afterAll, describe, expect, it } from 'vitest';
import { getAnnualPlan } from '@/db/queries/plans';
import { loadWorkbookData } from '@/db/queries/workbook';
import { buildReportForPlan } from '@/lib/report/build';
import * as s from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import messages from '@/messages/ja/exports.json';
import { reportDocx } from './docx';
import { yearWorkbook } from './workbook';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const tr = createTranslator({ locale: 'ja', messages, namespace: 'workbook' });

describe('the year workbook', () => {
  it('FY2024: one row per indicator with numbers as numbers, every section’s narrative, opinions and responses', async () => {
    const plan = getAnnualPlan(t.db, 1, 2024)!;
    const data = loadWorkbookData(t.db, plan);
    const buf = await yearWorkbook(data, {
      year: 2024,
      asOf: '2026-12-01',
      t: (k, v) => tr(k as never, v as never),
      narrativeVisible: () => true,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['指標', '月次実績', '自己評価', '委員意見と対応']);
    const ind = wb.getWorksheet('指標')!;
    expect(ind.rowCount - 2).toBe(data.indicators.length);
    expect(ind.getRow(2).getCell(6).value).toBe('計画');
    expect(ind.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ind.autoFilter).toBeTruthy();
    const numeric = [...Array(data.indicators.length).keys()].filter((i) => typeof ind.getRow(i + 3).getCell(7).value === 'number');
    expect(numeric.length).toBeGreaterThan(data.indicators.length / 2);
    const secs = wb.getWorksheet('自己評価')!;
    const narratives = (
      t.sqlite
        .prepare(
          "select a.narrative from self_assessments a join sections s on s.id = a.section_id where s.plan_id = ? and a.narrative <> '' and s.deleted_at is null",
        )
        .all(plan.id) as { narrative: string }[]
    ).map((r) => r.narrative);
    expect(narratives.length).toBeGreaterThan(10);
    const cells = [...Array(secs.rowCount - 2).keys()].map((i) => secs.getRow(i + 3).getCell(6).value);
    for (const n of narratives) expect(cells).toContain(n);
    expect(wb.getWorksheet('委員意見と対応')!.rowCount - 2).toBe(data.opinions.length);
  });
});

describe('the workbook of a mid-term plan', () => {
  it('has each year’s figures in columns headed by the year as the document labels it, amounts in the plan’s unit', async () => {
    const plan = t.db
      .insert(s.plans)
      .values({
        organisationId: 1,
        kind: 'midterm',
        title: '中期事業計画',
        startYear: 2015,
        endYear: 2017,
        phase: 'entry',
        displayUnit: 'million',
      })
      .returning()
      .get();
    const ind = t.db
      .insert(s.indicators)
      .values({ planId: plan.id, code: 'approvals', name: '保証承諾（金額）', unit: 'yen', direction: 'higher', aggregation: 'annual' })
      .returning({ id: s.indicators.id })
      .get().id;
    const M = 1_000_000;
    for (const [y, planValue, actualValue] of [
      [2015, 100_000, 95_000],
      [2016, 100_000, 102_000],
      [2017, 100_000, null],
    ] as const)
      t.db
        .insert(s.indicatorValues)
        .values({ indicatorId: ind, fiscalYear: y, planValue: planValue * M, actualValue: actualValue === null ? null : actualValue * M })
        .run();
    const years = [2015, 2016, 2017].map((fiscalYear) => ({ fiscalYear, label: `平成${fiscalYear - 1988}年度` }));
    const buf = await yearWorkbook(loadWorkbookData(t.db, plan), {
      year: 2015,
      years,
      unit: 'million',
      asOf: '2026-12-01',
      t: (k, v) => tr(k as never, v as never),
      narrativeVisible: () => true,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('指標')!;
    const head = sheet.getRow(2).values as unknown[];
    expect(head.slice(1, 12)).toEqual([
      'コード',
      '指標名',
      '部署',
      'セクション',
      '単位',
      '平成27年度 計画',
      '平成27年度 実績',
      '平成27年度 前年度実績',
      '平成27年度 計画比',
      '平成27年度 前年比',
      '平成27年度 状況',
    ]);
    expect(head.slice(12, 13)).toEqual(['平成28年度 計画']);
    expect(head).toHaveLength(1 + 5 + 3 * 6);
    const row = Array.from(sheet.getRow(3).values as unknown[], (v) => v ?? null);
    expect(row[5]).toBe('百万円');
    expect(row.slice(6, 12)).toEqual([100_000, 95_000, null, 0.95, null, '概ね達成']);
    // 平成28年度: the year before's actual is its prior year.
    expect(row.slice(12, 18)).toEqual([100_000, 102_000, 95_000, 1.02, 1.074, '達成']);
    expect(row.slice(18, 20)).toEqual([100_000, null]);
  });
});

describe('the report as Word', () => {
  it('is a zip with word/document.xml holding the FY2024 figures and section 6, in a Japanese font', async () => {
    const doc = buildReportForPlan(t.db, getAnnualPlan(t.db, 1, 2024)!);
    const zip = await JSZip.loadAsync(await reportDocx(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('１.業務環境');
    expect(text).toContain('令和６年度 経営計画の評価');
    expect(text).toContain('６.外部評価委員の意見等');
    expect(text).toContain('令和 6 年度は、賃上げの加速');
    expect(text).toContain('保証承諾 （計画 1 兆 2,000 億円）');
    expect(xml).toContain('w:pStyle w:val="Heading1"');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('w:eastAsia="游明朝"');
    const sixth = doc.blocks.find((b) => b.type === 'heading' && b.text.startsWith('６'));
    expect(sixth).toBeTruthy();
    expect(text).toContain(sixth!.type === 'heading' ? sixth!.text : '');
  });
});
