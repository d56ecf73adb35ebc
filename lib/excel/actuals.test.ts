import { describe, expect, it } from 'vitest';
import { parseActualCells, WORKBOOK_HEADERS as HEADERS } from './actual-cells';
import { actualsCsv, buildActualsWorkbook, readActualsWorkbook } from './actuals';

const rows = [
  {
    code: 'e_application_share',
    name: '電子申込の割合',
    sectionTitle: '電子化',
    unit: 'percent' as const,
    scale: 1,
    planValue: null,
    actualValue: 211,
    priorActualValue: 88,
    monthly: Array(12).fill(null),
  },
  {
    code: 'seido',
    name: '制度融資 保証承諾額',
    sectionTitle: '制度融資',
    unit: 'yen' as const,
    scale: 0,
    planValue: 1_200_000_000_000,
    actualValue: null,
    priorActualValue: 983_100_000_000,
    monthly: [80_000_000_000, ...Array(11).fill(null)],
  },
];

describe('actuals workbook', () => {
  it('round-trips: the template reads back as the typed numbers of each row', async () => {
    const buffer = await buildActualsWorkbook(rows);
    const read = await readActualsWorkbook(new Uint8Array(buffer).buffer);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.rows.map((r) => [r.row, r.code, r.actual, r.prior, r.monthly[0]])).toEqual([
      [2, 'e_application_share', '21.1', '8.8', ''],
      [3, 'seido', '', '983100000000', '80000000000'],
    ]);
    const parsed = parseActualCells(read.rows[0]!, { unit: 'percent', scale: 1, allowNegative: false });
    expect(parsed).toEqual({ ok: true, values: { actual: 211, prior: 88, monthly: Array(12).fill(null) } });
  });
  it('refuses a file that is not a workbook', async () => {
    expect(await readActualsWorkbook(new TextEncoder().encode('not a zip').buffer as ArrayBuffer)).toEqual({ ok: false, code: 'not_xlsx' });
  });
  it('names the row, column and reason of every refused cell', () => {
    const r = parseActualCells(
      { actual: '12abc', prior: '1,06,4', monthly: ['１，０００', ...Array(11).fill('')] },
      { unit: 'cases', scale: 0, allowNegative: false },
      7,
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        { row: 7, column: 'F', field: 'actual', code: 'invalid_char' },
        { row: 7, column: 'G', field: 'prior', code: 'bad_grouping' },
      ],
    });
  });
  it('writes CSV with a BOM, Japanese headers and CRLF', () => {
    const csv = actualsCsv(rows);
    expect(csv.startsWith('\uFEFFコード,指標名,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${HEADERS.join(',')}`);
    expect(csv.split('\r\n')[1]).toBe('e_application_share,電子申込の割合,電子化,％,,21.1,8.8,,,,,,,,,,,,');
  });
});
