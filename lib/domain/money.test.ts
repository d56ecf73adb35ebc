import { describe, expect, it } from 'vitest';
import {
  exactFraction,
  formatCount,
  formatInUnit,
  formatIndicatorValue,
  formatScaled,
  formatTick,
  formatYen,
  groupDigits,
  roundDiv,
  roundedMagnitude,
} from './money';

describe('formatYen', () => {
  it.each([
    [1106400000000, 'oku', '1兆1,064億円'],
    [1200000000000, 'oku', '1兆2,000億円'],
    [5000000000000, 'oku', '5兆円'],
    [5107600000000, 'oku', '5兆1,076億円'],
    [86300000000, 'oku', '863億円'],
    [10848000000, 'oku', '108億円'],
    [10000000000, 'oku', '100億円'],
  ] as const)('reference 事業計画 amounts: %d at %s → %s', (yen, precision, expected) => {
    expect(formatYen(yen, { precision })).toBe(expected);
  });

  it.each([
    [58380000000, '583億8,000万円'],
    [35091000000, '350億9,100万円'],
    [-3363000000, '△33億6,300万円'],
    [-687000000, '△6億8,700万円'],
    [126953000000, '1,269億5,300万円'],
    [12200000000, '122億円'],
    [-2419000000, '△24億1,900万円'],
    [0, '0円'],
    [369956000000, '3,699億5,600万円'],
    [7000000000, '70億円'],
  ])('reference 決算概要 amounts (default precision 万): %d → %s', (yen, expected) => {
    expect(formatYen(yen)).toBe(expected);
  });

  it('writes exact yen with precision yen', () => {
    expect(formatYen(123456789, { precision: 'yen' })).toBe('1億2,345万6,789円');
    expect(formatYen(1000000001, { precision: 'yen' })).toBe('10億1円');
    expect(formatYen(5, { precision: 'yen' })).toBe('5円');
    expect(formatYen(9999, { precision: 'yen' })).toBe('9,999円');
    expect(formatYen(10000, { precision: 'yen' })).toBe('1万円');
    expect(formatYen(1000000000000, { precision: 'yen' })).toBe('1兆円');
    expect(formatYen(1000000000001, { precision: 'yen' })).toBe('1兆1円');
    expect(formatYen(-123456789, { precision: 'yen' })).toBe('△1億2,345万6,789円');
  });

  it('drops zero middle parts', () => {
    expect(formatYen(1000000050000)).toBe('1兆5万円');
    expect(formatYen(100000000)).toBe('1億円');
    expect(formatYen(10000)).toBe('1万円');
  });

  it('groups a 兆 part of 10,000 or more', () => {
    expect(formatYen(12345 * 1e12, { precision: 'oku' })).toBe('12,345兆円');
  });

  it('rounds half up on the magnitude at each precision', () => {
    expect(formatYen(10849999999, { precision: 'oku' })).toBe('108億円');
    expect(formatYen(10850000000, { precision: 'oku' })).toBe('109億円');
    expect(formatYen(-10850000000, { precision: 'oku' })).toBe('△109億円');
    expect(formatYen(-10849999999, { precision: 'oku' })).toBe('△108億円');
    expect(formatYen(14999)).toBe('1万円');
    expect(formatYen(15000)).toBe('2万円');
    expect(formatYen(99995000)).toBe('1億円');
    expect(formatYen(999_999_949_999_999, { precision: 'oku' })).toBe('999兆9,999億円');
    expect(formatYen(999_999_950_000_000, { precision: 'oku' })).toBe('1,000兆円');
  });

  it('truncates with rounding down', () => {
    expect(formatYen(10899999999, { precision: 'oku', rounding: 'down' })).toBe('108億円');
    expect(formatYen(-19999, { rounding: 'down' })).toBe('△1万円');
    expect(formatYen(9999, { rounding: 'down' })).toBe('0円');
  });

  it('prints 0円 without △ when a negative rounds to zero', () => {
    expect(formatYen(-4999)).toBe('0円');
    expect(formatYen(-5000)).toBe('△1万円');
    expect(formatYen(-49999999, { precision: 'oku' })).toBe('0円');
    expect(formatYen(-9999, { rounding: 'down' })).toBe('0円');
    expect(formatYen(-0)).toBe('0円');
  });

  it('inserts half-width spaces when spaced', () => {
    expect(formatYen(1106400000000, { precision: 'oku', spaced: true })).toBe('1 兆 1,064 億円');
    expect(formatYen(-2419000000, { spaced: true })).toBe('△24 億 1,900 万円');
    expect(formatYen(5000000000000, { spaced: true })).toBe('5 兆円');
    expect(formatYen(0, { spaced: true })).toBe('0 円');
    expect(formatYen(58380000000, { spaced: true })).toBe('583 億 8,000 万円');
    expect(formatYen(123456789, { precision: 'yen', spaced: true })).toBe('1 億 2,345 万 6,789 円');
  });

  it('is exact beyond 2^53 and for fractional yen', () => {
    expect(formatYen(2 ** 53 + 2, { precision: 'yen' })).toBe('9,007兆1,992億5,474万994円');
    expect(formatYen(0.5, { precision: 'yen' })).toBe('1円');
    expect(formatYen(0.49999999999999994, { precision: 'yen' })).toBe('0円');
    expect(formatYen(-1.5, { precision: 'yen' })).toBe('△2円');
  });

  it('throws on non-finite input', () => {
    expect(() => formatYen(Number.NaN)).toThrow(RangeError);
    expect(() => formatYen(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatInUnit', () => {
  it('writes millions, thousands and 億 without a unit', () => {
    expect(formatInUnit(75871000000, 'million')).toBe('75,871');
    expect(formatInUnit(75871000000, 'thousand')).toBe('75,871,000');
    expect(formatInUnit(75871000000, 'oku')).toBe('759');
    expect(formatInUnit(1106400000000, 'oku')).toBe('11,064');
    expect(formatInUnit(0, 'million')).toBe('0');
  });

  it('uses △ for negatives and rounds half up on the magnitude', () => {
    expect(formatInUnit(-3363000000, 'million')).toBe('△3,363');
    expect(formatInUnit(1500000, 'million')).toBe('2');
    expect(formatInUnit(1499999, 'million')).toBe('1');
    expect(formatInUnit(-1500000, 'million')).toBe('△2');
    expect(formatInUnit(-499999, 'million')).toBe('0');
    expect(formatInUnit(500, 'thousand')).toBe('1');
  });

  it('truncates with rounding down', () => {
    expect(formatInUnit(1999999, 'million', { rounding: 'down' })).toBe('1');
    expect(formatInUnit(-1999999, 'million', { rounding: 'down' })).toBe('△1');
    expect(formatInUnit(-999999, 'million', { rounding: 'down' })).toBe('0');
  });
});

describe('formatCount', () => {
  it('groups digits and marks negatives', () => {
    expect(formatCount(74291)).toBe('74,291');
    expect(formatCount(461581)).toBe('461,581');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(-1234)).toBe('△1,234');
    expect(formatCount(1234567890)).toBe('1,234,567,890');
  });

  it('rounds non-integers half up on the magnitude', () => {
    expect(formatCount(2.5)).toBe('3');
    expect(formatCount(-2.5)).toBe('△3');
    expect(formatCount(-0.4)).toBe('0');
  });
});

describe('formatScaled', () => {
  it('writes implied decimals', () => {
    expect(formatScaled(113, 2)).toBe('1.13');
    expect(formatScaled(211, 1)).toBe('21.1');
    expect(formatScaled(18032, 0)).toBe('18,032');
    expect(formatScaled(100, 2)).toBe('1.00');
    expect(formatScaled(5, 2)).toBe('0.05');
    expect(formatScaled(0, 1)).toBe('0.0');
    expect(formatScaled(1234567, 1)).toBe('123,456.7');
    expect(formatScaled(32620, 1)).toBe('3,262.0');
  });

  it('marks negatives with △', () => {
    expect(formatScaled(-5, 1)).toBe('△0.5');
    expect(formatScaled(-113, 2)).toBe('△1.13');
    expect(formatScaled(-18032, 0)).toBe('△18,032');
  });

  it('refuses a bad scale', () => {
    expect(() => formatScaled(1, -1)).toThrow(RangeError);
    expect(() => formatScaled(1, 1.5)).toThrow(RangeError);
  });
});

describe('formatIndicatorValue', () => {
  it('writes each unit', () => {
    expect(formatIndicatorValue(74291, 'cases', 0)).toBe('74,291件');
    expect(formatIndicatorValue(10690, 'businesses', 0)).toBe('10,690者');
    expect(formatIndicatorValue(835, 'times', 0)).toBe('835回');
    expect(formatIndicatorValue(113, 'multiple', 2)).toBe('1.13倍');
    expect(formatIndicatorValue(211, 'percent', 1)).toBe('21.1％');
    expect(formatIndicatorValue(399100000000, 'yen', 0, { precision: 'oku' })).toBe('3,991億円');
    expect(formatIndicatorValue(58380000000, 'yen', 0)).toBe('583億8,000万円');
  });

  it('spaces unit words except ％ when spaced', () => {
    expect(formatIndicatorValue(113, 'multiple', 2, { spaced: true })).toBe('1.13 倍');
    expect(formatIndicatorValue(74291, 'cases', 0, { spaced: true })).toBe('74,291 件');
    expect(formatIndicatorValue(211, 'percent', 1, { spaced: true })).toBe('21.1％');
    expect(formatIndicatorValue(1106400000000, 'yen', 0, { precision: 'oku', spaced: true })).toBe('1 兆 1,064 億円');
  });

  it('writes null as ― and negatives with △', () => {
    expect(formatIndicatorValue(null, 'cases', 0)).toBe('―');
    expect(formatIndicatorValue(null, 'yen', 0)).toBe('―');
    expect(formatIndicatorValue(-12, 'percent', 1)).toBe('△1.2％');
  });
});

describe('helpers', () => {
  it('exactFraction is exact', () => {
    expect(exactFraction(12)).toEqual({ num: 12n, den: 1n });
    expect(exactFraction(0.5)).toEqual({ num: 1n, den: 2n });
    expect(exactFraction(-0.75)).toEqual({ num: -3n, den: 4n });
    const { num, den } = exactFraction(0.1);
    expect(Number(num) / Number(den)).toBe(0.1);
    expect(() => exactFraction(Number.NaN)).toThrow(RangeError);
  });

  it('roundDiv and roundedMagnitude', () => {
    expect(roundDiv(5n, 10n, 'half_up')).toBe(1n);
    expect(roundDiv(4n, 10n, 'half_up')).toBe(0n);
    expect(roundDiv(19n, 10n, 'down')).toBe(1n);
    expect(roundedMagnitude(-5, 10n, 'half_up')).toEqual({ negative: true, units: 1n });
    expect(roundedMagnitude(-4, 10n, 'half_up')).toEqual({ negative: false, units: 0n });
  });

  it('groupDigits', () => {
    expect(groupDigits(0n)).toBe('0');
    expect(groupDigits(123n)).toBe('123');
    expect(groupDigits(1234n)).toBe('1,234');
    expect(groupDigits(123456789012345678901n)).toBe('123,456,789,012,345,678,901');
  });
});

describe('formatTick', () => {
  it('groups digits, keeps up to two decimals without trailing zeros, marks negatives with △', () => {
    expect(formatTick(12000)).toBe('12,000');
    expect(formatTick(0)).toBe('0');
    expect(formatTick(1.5)).toBe('1.5');
    expect(formatTick(1.125)).toBe('1.13');
    expect(formatTick(2.0)).toBe('2');
    expect(formatTick(-2500.25)).toBe('△2,500.25');
  });
});
