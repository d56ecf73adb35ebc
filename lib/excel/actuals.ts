// The actuals workbook: a template of the user's indicators (one row each, Japanese headers,
// monthly columns April → March) to fill in and upload, and the same table as CSV for Excel.
import 'server-only';
import ExcelJS from 'exceljs';
import type { IndicatorUnit } from '@/lib/domain/types';
import { ACTUAL_COLUMNS, type ActualCells } from './actual-cells';

export type ActualsRow = {
  code: string;
  name: string;
  sectionTitle: string;
  unit: IndicatorUnit;
  scale: number;
  planValue: number | null;
  actualValue: number | null;
  priorActualValue: number | null;
  monthly: (number | null)[];
};

const SHEET = '実績入力';
const MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => `${m}月`);
export const HEADERS = ['コード', '指標名', 'セクション', '単位', '計画値', '実績（年度）', '前年度実績', ...MONTHS];
const UNIT_LABEL: Record<IndicatorUnit, string> = {
  yen: '円',
  cases: '件',
  businesses: '者',
  companies: '社',
  clients: '先',
  institutions: '機関',
  times: '回',
  multiple: '倍',
  percent: '％',
};

/** A stored integer as the number a person types: 211 (scale 1) → 21.1; yen as whole yen. */
function typed(value: number | null, unit: IndicatorUnit, scale: number): number | null {
  if (value === null) return null;
  const s = unit === 'yen' ? 0 : scale;
  return s === 0 ? value : Number((value / 10 ** s).toFixed(s));
}

function line(r: ActualsRow): (string | number | null)[] {
  const v = (x: number | null) => typed(x, r.unit, r.scale);
  return [r.code, r.name, r.sectionTitle, UNIT_LABEL[r.unit], v(r.planValue), v(r.actualValue), v(r.priorActualValue), ...r.monthly.map(v)];
}

export async function buildActualsWorkbook(rows: ActualsRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hyoka';
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(line(r));
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = i === 1 || i === 2 ? 36 : i === 0 ? 30 : 14;
  });
  // Reference columns (code … plan) are shaded: editing them changes nothing.
  for (let r = 2; r <= rows.length + 1; r++) {
    for (const col of ['A', 'B', 'C', 'D', 'E'])
      ws.getCell(`${col}${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString();
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  return '';
}

export type UploadedRow = ActualCells & { row: number; code: string };
export type ReadResult = { ok: true; rows: UploadedRow[] } | { ok: false; code: 'not_xlsx' | 'bad_header' | 'empty' };

/** The filled rows of an uploaded workbook, as text per cell; the action parses and validates. */
export async function readActualsWorkbook(data: ArrayBuffer): Promise<ReadResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data);
  } catch {
    return { ok: false, code: 'not_xlsx' };
  }
  const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
  if (!ws) return { ok: false, code: 'bad_header' };
  const header = HEADERS.map((_h, i) => cellText(ws.getRow(1).getCell(i + 1).value).trim());
  if (header.join('|') !== HEADERS.join('|')) return { ok: false, code: 'bad_header' };
  const rows: UploadedRow[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const text = (col: string) => cellText(row.getCell(col).value).trim();
    const code = text(ACTUAL_COLUMNS.code);
    const monthly = ACTUAL_COLUMNS.monthly.map(text);
    const actual = text(ACTUAL_COLUMNS.actual);
    const prior = text(ACTUAL_COLUMNS.prior);
    if (!code && !actual && !prior && monthly.every((m) => !m)) return;
    rows.push({ row: n, code, actual, prior, monthly });
  });
  return rows.length ? { ok: true, rows } : { ok: false, code: 'empty' };
}

const csvField = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV with a BOM and CRLF, so that Japanese Excel opens it as UTF-8. */
export function actualsCsv(rows: ActualsRow[]): string {
  const lines = [HEADERS, ...rows.map(line)].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
