// Test-only: the report's tables read cell by cell, against the reference document's tables and
// against the numbers they are computed from. The reference's rows are whole lines of the
// extracted text (label, then cells); a printed cell is read back into numbers (whole yen, a
// count, a ratio in tenths of a percent) with arithmetic of its own, so a table that shows the
// wrong value, column or year fails on that cell.
import type { ReportTable } from '@/lib/report/table-types';

const strip = (s: string) => s.replace(/\s+/g, '');
/** As the extraction prints it: --- for a missing value, ASCII parentheses in the 回収 row. */
const normalise = (s: string) => strip(s).replace(/-{3}/g, '―').replace(/\(/g, '（').replace(/\)/g, '）');

const FIGURE = String.raw`△?(?:\d[\d,]*[兆億万])*(?:\d[\d,]*)?円|\d[\d,]*件|\d+(?:\.\d+)?%|―`;
const CELL = new RegExp(String.raw`(?:${FIGURE})(?:（(?:${FIGURE})）)?`, 'y');
const ROW = /^([^\d△―（]+)(.+)$/;

/** The table rows of the reference text: label → cells, whitespace removed. */
export function referenceTableRows(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const m = ROW.exec(normalise(line));
    if (!m) continue;
    const rest = m[2]!;
    const cells: string[] = [];
    CELL.lastIndex = 0;
    while (CELL.lastIndex < rest.length) {
      const at = CELL.lastIndex;
      const c = CELL.exec(rest);
      if (!c || c.index !== at) break;
      cells.push(c[0]);
    }
    if (cells.length > 0 && cells.join('') === rest) rows.set(m[1]!, cells);
  }
  return rows;
}

export type CellMismatch = { table: string; row: string; column: string; report: string; reference: string };

/** Every cell of the report's tables against the same row of the reference's tables. */
export function compareTablesWithReference(tables: readonly ReportTable[], referenceText: string) {
  const reference = referenceTableRows(referenceText);
  const mismatches: CellMismatch[] = [];
  const seen = new Set<string>();
  let cells = 0;
  for (const t of tables) {
    for (const row of t.display.rows) {
      const label = strip(row[0] ?? '');
      const ref = reference.get(label);
      if (!ref) {
        mismatches.push({ table: t.title, row: label, column: '', report: row.join(' | '), reference: '(no such row)' });
        continue;
      }
      seen.add(label);
      row.slice(1).forEach((cell, i) => {
        cells += 1;
        const mine = normalise(cell);
        if (mine !== ref[i])
          mismatches.push({ table: t.title, row: label, column: t.display.head[i + 1] ?? '', report: mine, reference: ref[i] ?? '' });
      });
    }
  }
  const unmatched = [...reference.keys()].filter((k) => !seen.has(k));
  return { rows: seen.size, cells, mismatches, unmatched };
}

export type ReadFigure =
  | { kind: 'yen'; value: bigint }
  | { kind: 'count'; value: bigint }
  | { kind: 'ratio'; tenths: bigint }
  | { kind: 'missing' };

const int = (s: string) => BigInt(s.replace(/,/g, ''));
const BIG: Record<string, bigint> = { 兆: 10n ** 12n, 億: 10n ** 8n, 万: 10n ** 4n };

export function readFigure(text: string): ReadFigure {
  const s = normalise(text);
  if (s === '―') return { kind: 'missing' };
  let m = /^(\d[\d,]*)件$/.exec(s);
  if (m) return { kind: 'count', value: int(m[1]!) };
  m = /^(\d+)\.(\d)%$/.exec(s);
  if (m) return { kind: 'ratio', tenths: int(m[1]!) * 10n + int(m[2]!) };
  m = /^(△)?((?:\d[\d,]*[兆億万])*)(\d[\d,]*)?円$/.exec(s);
  if (!m) throw new Error(`not a figure: ${text}`);
  let value = 0n;
  for (const [, n, unit] of m[2]!.matchAll(/(\d[\d,]*)([兆億万])/g)) value += int(n!) * BIG[unit!]!;
  if (m[3]) value += int(m[3]);
  return { kind: 'yen', value: m[1] ? -value : value };
}

/** A printed cell: the figure and the ratio in parentheses after it, if any. */
export function readCell(cell: string): { figure: ReadFigure; paren: ReadFigure | null } {
  const m = /^(.*?)(?:（(.*)）)?$/.exec(normalise(cell))!;
  return { figure: readFigure(m[1]!), paren: m[2] === undefined ? null : readFigure(m[2]) };
}

/** What an amount should print as: whole yen rounded half up to the step of its precision. */
export function expectedYen(value: number | null, precision: 'oku' | 'man' | 'yen'): ReadFigure {
  if (value === null) return { kind: 'missing' };
  const step = { oku: 10n ** 8n, man: 10n ** 4n, yen: 1n }[precision];
  const v = BigInt(value);
  const mag = v < 0n ? -v : v;
  const rounded = ((mag * 2n + step) / (2n * step)) * step;
  return { kind: 'yen', value: v < 0n ? -rounded : rounded };
}

export const expectedCount = (value: number | null): ReadFigure =>
  value === null ? { kind: 'missing' } : { kind: 'count', value: BigInt(value) };

/** actual ÷ base in tenths of a percent, truncated ('down') or rounded half up. */
export function expectedRatio(actual: number | null, base: number | null, rounding: 'down' | 'half_up'): ReadFigure {
  if (actual === null || base === null || base === 0) return { kind: 'missing' };
  const num = BigInt(actual) * 1000n;
  const den = BigInt(base);
  return { kind: 'ratio', tenths: rounding === 'down' ? num / den : (num * 2n + den) / (2n * den) };
}

type KpiIndicator = {
  name: string;
  ratioRounding: 'down' | 'half_up';
  yenPrecision: 'oku' | 'man' | 'yen';
  planValue: number | null;
  actualValue: number | null;
  priorActualValue: number | null;
};
type Line = { name: string; amount: number | null; priorAmount: number | null };

/**
 * The 主要業務数値 and 収支計算書 tables against the values they show: a KPI row 「X」 is the
 * indicators 「X（件数）」 and 「X（金額）」 (the demo's naming); a 収支計算書 row is the line of that
 * name. Returns the cells that do not read as their value.
 */
export function compareTablesWithData(tables: readonly ReportTable[], indicators: readonly KpiIndicator[], lines: readonly Line[]) {
  const mismatches: { table: string; row: string; column: string; cell: string; expected: ReadFigure[] }[] = [];
  let cells = 0;
  const same = (a: ReadFigure | null, b: ReadFigure) => a !== null && JSON.stringify(a, big) === JSON.stringify(b, big);
  const check = (t: ReportTable, row: string[], col: number, expected: ReadFigure[]) => {
    cells += 1;
    const cell = row[col] ?? '';
    const read = readCell(cell);
    const ok = same(read.figure, expected[0]!) && (expected.length === 1 ? read.paren === null : same(read.paren, expected[1]!));
    if (!ok) mismatches.push({ table: t.title, row: row[0] ?? '', column: t.display.head[col] ?? '', cell, expected });
  };
  for (const t of tables) {
    for (const row of t.display.rows) {
      const label = row[0] ?? '';
      if (t.key === 'kpi') {
        const count = indicators.find((i) => i.name === `${label}（件数）`);
        const amount = indicators.find((i) => i.name === `${label}（金額）`);
        if (!amount) throw new Error(`no amount indicator for ${label}`);
        const a = amount.actualValue;
        check(t, row, 1, [
          expectedCount(count?.actualValue ?? null),
          expectedRatio(count?.actualValue ?? null, count?.priorActualValue ?? null, count?.ratioRounding ?? 'half_up'),
        ]);
        check(t, row, 2, [expectedYen(a, amount.yenPrecision), expectedRatio(a, amount.priorActualValue, amount.ratioRounding)]);
        check(t, row, 3, [expectedYen(amount.planValue, amount.yenPrecision)]);
        check(t, row, 4, [expectedRatio(a, amount.planValue, amount.ratioRounding)]);
      } else if (t.key === 'financial') {
        const line = lines.find((l) => l.name === label);
        if (!line) throw new Error(`no financial line ${label}`);
        const change = line.amount === null || line.priorAmount === null ? null : line.amount - line.priorAmount;
        check(t, row, 1, [expectedYen(line.amount, 'man')]);
        check(t, row, 2, [expectedYen(change, 'man')]);
      }
    }
  }
  return { cells, mismatches };
}

const big = (_: string, v: unknown) => (typeof v === 'bigint' ? v.toString() : v);
