import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTranslator } from 'next-intl';
import { afterAll, describe, expect, it } from 'vitest';
import { getAnnualPlan } from '@/db/queries/plans';
import { loadWorkbookData } from '@/db/queries/workbook';
import { buildReportForPlan } from '@/lib/report/build';
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
    const narratives = data.sections.filter((s) => s.narrative).map((s) => s.narrative);
    const cells = [...Array(secs.rowCount - 2).keys()].map((i) => secs.getRow(i + 3).getCell(6).value);
    for (const n of narratives) expect(cells).toContain(n);
    expect(wb.getWorksheet('委員意見と対応')!.rowCount - 2).toBe(data.opinions.length);
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
