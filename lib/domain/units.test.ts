import { describe, expect, it } from 'vitest';
import { formatInUnit, formatYen } from './money';
import { chartValue, formatMoney } from './progress';
import { DISPLAY_UNITS, unitNote } from './units';

const AMOUNT = 68_000_000_000; // 680億円

describe('display units', () => {
  it.each([
    ['yen', '68,000,000,000', '（単位：円）'],
    ['thousand', '68,000,000', '（単位：千円）'],
    ['man', '6,800,000', '（単位：万円）'],
    ['million', '68,000', '（単位：百万円）'],
    ['hundred_million', '680', '（単位：億円）'],
  ] as const)('%s: 680億円 prints %s under %s', (unit, printed, note) => {
    expect(formatInUnit(AMOUNT, unit)).toBe(printed);
    expect(unitNote(unit)).toBe(note);
    expect(formatMoney(AMOUNT, unit)).toBe(`${printed}${note.slice(4, -1)}`);
  });

  it('writes the mixed 兆/億/万 form with no unit note', () => {
    expect(unitNote('oku')).toBeNull();
    expect(formatMoney(1_106_400_000_000, 'oku')).toBe('1兆1,064億円');
    expect(formatYen(-2_419_000_000, { spaced: true })).toBe('△24 億 1,900 万円');
  });

  it('rounds half up in the unit and marks negatives with △', () => {
    expect(formatInUnit(1_500_000, 'million')).toBe('2');
    expect(formatInUnit(-75_871_400_000, 'million')).toBe('△75,871');
    expect(formatInUnit(49_999, 'man')).toBe('5');
  });

  it('charts every unit in its own scale', () => {
    expect(DISPLAY_UNITS.map((u) => chartValue(AMOUNT, 'yen', 0, u))).toEqual([680, 680, 68_000, 6_800_000, 68_000_000, 68_000_000_000]);
  });
});
