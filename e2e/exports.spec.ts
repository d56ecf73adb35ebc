// The exports that retire the side spreadsheet: the FY2024 workbook opens in exceljs with a row
// per indicator (numbers as numbers) and every section's narrative; the Word report is a zip whose
// word/document.xml holds the report's figures and section 6.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, request, test } from '@playwright/test';
import { one } from './db';
import { authFile } from './helpers';

test('the FY2024 workbook: one row per indicator with numeric cells, every section’s narrative, frozen filtered headers', async () => {
  const api = await request.newContext({ storageState: authFile('manager') });
  const res = await api.get('/years/2024/workbook.xlsx');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['指標', '月次実績', '自己評価', '委員意見と対応']);

  const { n } = one<{ n: number }>(
    "SELECT count(*) AS n FROM indicators i JOIN plans p ON p.id = i.plan_id WHERE p.start_year = 2024 AND p.kind = 'annual' AND i.deleted_at IS NULL",
  );
  const ind = wb.getWorksheet('指標')!;
  expect(ind.rowCount - 2).toBe(n);
  expect(ind.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  expect(ind.autoFilter).toBeTruthy();
  const codeCol = ind.getColumn(1).values.slice(3) as string[];
  const approvals = ind.getRow(3 + codeCol.findIndex((c) => typeof c === 'string' && /approval/i.test(c)));
  expect(typeof approvals.getCell(6).value).toBe('number');
  expect(typeof approvals.getCell(7).value).toBe('number');

  const narratives = one<{ texts: string }>(
    "SELECT json_group_array(a.narrative) AS texts FROM self_assessments a JOIN sections s ON s.id = a.section_id JOIN plans p ON p.id = s.plan_id WHERE p.start_year = 2024 AND p.kind = 'annual' AND a.narrative <> '' AND s.deleted_at IS NULL",
  );
  const secs = wb.getWorksheet('自己評価')!;
  const cells = new Set(secs.getColumn(6).values.slice(3) as string[]);
  const expected = JSON.parse(narratives.texts) as string[];
  expect(expected.length).toBeGreaterThan(10);
  for (const text of expected) expect(cells.has(text)).toBe(true);
});

test('the FY2024 report as Word: word/document.xml holds the figures and section 6', async () => {
  const api = await request.newContext({ storageState: authFile('admin') });
  const res = await api.get('/years/2024/report.docx');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('wordprocessingml');
  const zip = await JSZip.loadAsync(await res.body());
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('令和6年度');
  expect(text).toContain('保証承諾 （計画 1 兆 2,000 億円）');
  expect(text).toMatch(/６\.[^<]*/);
  expect(text).toContain('保証部門');
  expect(text).toContain('令和 6 年度は、賃上げの加速');
  expect(xml).toContain('<w:tbl>');
  expect(xml).toContain('w:eastAsia="游明朝"');

  const anonymous = await request.newContext();
  const refused = await anonymous.get('/years/2024/report.docx', { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(refused.status());
});
