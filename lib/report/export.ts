// The report's tables as a workbook (one sheet per table, numbers as numbers) and as CSV.
import ExcelJS from 'exceljs';
import type { ReportDoc } from './model';
import type { CellFormat, ReportTable } from './table-types';
import { csvCell } from '@/lib/domain/csv';

const NUM_FMT: Record<Exclude<CellFormat, 'text'>, string> = {
  yen: '#,##0"円";"△"#,##0"円"',
  amount: '#,##0;"△"#,##0',
  count: '#,##0;"△"#,##0',
  ratio: '0.0%',
};

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
export const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, '・').slice(0, 31);

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

export async function reportWorkbook(doc: ReportDoc): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hyoka';
  wb.title = doc.title;
  // The file's metadata carries no clock: the same report gives the same workbook (a published
  // year's download does not change from one day to the next, byte length included).
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const t of doc.tables) {
    const ws = wb.addWorksheet(sheetName(t.title));
    ws.addRow([`${doc.title}　${t.title}${doc.draft ? '（案）' : ''}`]).font = { bold: true };
    const header = ws.addRow(t.export.columns.map((c) => c.header));
    header.font = { bold: true };
    t.export.rows.forEach((r) => {
      const row = ws.addRow(r.map((v) => v ?? null));
      t.export.columns.forEach((c, i) => {
        if (c.format !== 'text') row.getCell(i + 1).numFmt = NUM_FMT[c.format];
      });
    });
    if (t.note) ws.addRow([t.note]);
    ws.columns.forEach((col, i) => {
      col.width = i === 0 ? 22 : 18;
    });
    ws.views = [{ state: 'frozen', ySplit: 2 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Ratios as percentages to 0.1 (92.2), yen as whole yen, counts as integers. */
function csvValue(v: string | number | null, format: CellFormat): string | number | null {
  if (v === null || typeof v === 'string' || format !== 'ratio') return v;
  return Math.round(v * 1000) / 10;
}

export function tableCsv(t: ReportTable): string {
  const head = t.export.columns.map((c) =>
    c.format === 'ratio'
      ? `${c.header}（％）`
      : c.format === 'yen'
        ? `${c.header}（円）`
        : c.format === 'amount'
          ? `${c.header}（${c.unitWord}）`
          : c.header,
  );
  const lines = [head.map(csvCell).join(',')];
  for (const r of t.export.rows) lines.push(r.map((v, i) => csvCell(csvValue(v, t.export.columns[i]?.format ?? 'text'))).join(','));
  return lines.join('\r\n');
}

/** Every table, each under its title line, separated by a blank line; UTF-8 with BOM for Excel. */
export function reportCsv(doc: ReportDoc, key?: string): string {
  const tables = key ? doc.tables.filter((t) => t.key === key) : doc.tables;
  return '\uFEFF' + tables.map((t) => `${csvCell(t.title)}\r\n${tableCsv(t)}`).join('\r\n\r\n') + '\r\n';
}
