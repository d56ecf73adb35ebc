// One CSV cell, for every CSV the app writes. Spreadsheet programs run a cell that starts with
// = + - @ (or a tab or CR before one) as a formula: text typed by a user (an indicator name,
// a department) could then compute, link out or run commands on the reader's machine. Such a
// text cell is written with a leading apostrophe, which Excel shows as text; plain numbers
// (a negative figure, -5 or -1.5) stay numbers.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The text of a CSV cell: formula-safe, quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (no line break). */
export const csvLine = (cells: readonly (string | number | null | undefined)[]): string => cells.map(csvCell).join(',');
