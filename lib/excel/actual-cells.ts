// The cells of one indicator's actuals — annual, prior year, twelve months — as typed in the
// form or an uploaded workbook, parsed with the domain's number parser. Pure.
import { FISCAL_MONTHS, fiscalMonthAt } from '@/lib/domain/fiscal-year';
import { parseNumberInput } from '@/lib/domain/parse-number';
import type { IndicatorUnit } from '@/lib/domain/types';

/** Workbook columns (also used to name the field of a refused value). */
export const ACTUAL_COLUMNS = {
  code: 'A',
  name: 'B',
  section: 'C',
  unit: 'D',
  plan: 'E',
  actual: 'F',
  prior: 'G',
  monthly: ['H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'],
} as const;

/** The workbook's (Japanese) headers, A → S: the template writes them, the upload checks them, and a refused cell is named by its column's header. */
export const WORKBOOK_HEADERS: readonly string[] = [
  'コード',
  '指標名',
  'セクション',
  '単位',
  '計画値',
  '実績（年度）',
  '前年度実績',
  ...FISCAL_MONTHS.map((m) => `${m}月`),
];

/** The header of a workbook column letter ('F' → 実績（年度）). */
export const workbookHeader = (column: string) => WORKBOOK_HEADERS[column.charCodeAt(0) - 65] ?? column;

/** Field names: 'actual', 'prior', or 'm<calendar month>' (m4 = April … m3 = March). */
export const monthField = (fiscalIndex: number) => `m${fiscalMonthAt(fiscalIndex)}`;

export type CellProblem = { row?: number; column: string; field: string; code: string };

export type ActualCells = { actual: string; prior: string; monthly: string[] };
export type ActualValues = { actual: number | null; prior: number | null; monthly: (number | null)[] };

type Unit = { unit: IndicatorUnit; scale: number; allowNegative: boolean };

/** One typed value: blank is "not entered" (null); anything else must parse. */
export function parseCell(text: string, u: Unit): { ok: true; value: number | null } | { ok: false; code: string } {
  if (text.trim() === '') return { ok: true, value: null };
  const r = parseNumberInput(text, { unit: u.unit, scale: u.unit === 'yen' ? 0 : u.scale, allowNegative: u.allowNegative });
  return r.ok ? { ok: true, value: r.value } : { ok: false, code: r.error };
}

export function parseActualCells(
  cells: ActualCells,
  u: Unit,
  row?: number,
): { ok: true; values: ActualValues } | { ok: false; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const take = (text: string, field: string, column: string) => {
    const r = parseCell(text, u);
    if (r.ok) return r.value;
    problems.push({ ...(row === undefined ? {} : { row }), column, field, code: r.code });
    return null;
  };
  const actual = take(cells.actual, 'actual', ACTUAL_COLUMNS.actual);
  const prior = take(cells.prior, 'prior', ACTUAL_COLUMNS.prior);
  const monthly = ACTUAL_COLUMNS.monthly.map((column, i) => take(cells.monthly[i] ?? '', monthField(i), column));
  return problems.length ? { ok: false, problems } : { ok: true, values: { actual, prior, monthly } };
}
