import { describe, expect, it } from 'vitest';
import { changeAmount, cumulative, formatRatio, pacePoints, planPace, progressStatus, ratioTenths } from './ratio';

describe('ratioTenths', () => {
  it('reproduces the reference document', () => {
    expect(ratioTenths(11064e8, 12000e8)).toBe(922); // 保証承諾 計画比
    expect(ratioTenths(51076e8, 50000e8, 'down')).toBe(1021); // 保証債務残高 計画比 (truncated)
    expect(ratioTenths(51076e8, 50000e8, 'half_up')).toBe(1022);
    expect(ratioTenths(51076e8, 50000e8)).toBe(1022); // default half_up
    expect(ratioTenths(863e8, 1000e8)).toBe(863); // 代位弁済 計画比
    expect(ratioTenths(10848000000, 100e8)).toBe(1085);
    expect(ratioTenths(10848000000, 100e8, 'down')).toBe(1084); // 回収 108.4%
    expect(ratioTenths(835, 256)).toBe(3262); // 326.2%
    expect(ratioTenths(835, 256, 'down')).toBe(3261);
    expect(ratioTenths(89, 113)).toBe(788); // 78.8%
    expect(ratioTenths(701, 681)).toBe(1029); // 102.9%
    expect(ratioTenths(9381, 4410)).toBe(2127);
  });

  it('rounds exactly at the half', () => {
    expect(ratioTenths(1, 2000)).toBe(1); // 0.05% → 0.1%
    expect(ratioTenths(1, 2000, 'down')).toBe(0);
    expect(ratioTenths(1, 2001)).toBe(0);
    expect(ratioTenths(2, 3)).toBe(667);
    expect(ratioTenths(2, 3, 'down')).toBe(666);
    expect(ratioTenths(1, 3)).toBe(333);
  });

  it('is exact for values up to 1e13', () => {
    // 9,999,999,999,999 / 10,000,000,000,000 = 99.99999999999% → 1000 half up, 999 down
    expect(ratioTenths(9_999_999_999_999, 1e13)).toBe(1000);
    expect(ratioTenths(9_999_999_999_999, 1e13, 'down')).toBe(999);
    // exactly 99.95%
    expect(ratioTenths(9_995_000_000_000, 1e13)).toBe(1000);
    expect(ratioTenths(9_994_999_999_999, 1e13)).toBe(999);
    expect(ratioTenths(1e13, 1)).toBe(1e16);
  });

  it('handles zero and negative actuals (magnitude rounding)', () => {
    expect(ratioTenths(0, 100)).toBe(0);
    expect(ratioTenths(-1, 2000)).toBe(-1);
    expect(ratioTenths(-1, 2000, 'down')).toBe(0);
    expect(ratioTenths(-2419, 1000)).toBe(-2419);
    expect(Object.is(ratioTenths(-1, 3000), 0)).toBe(true); // no -0
  });

  it('handles non-integer inputs exactly', () => {
    expect(ratioTenths(0.5, 1)).toBe(500);
    expect(ratioTenths(1, 0.5)).toBe(2000);
    expect(ratioTenths(0.0005, 1)).toBe(1); // 0.0005 is a little above 5e-4 as a double
  });

  it('returns null for missing or non-positive bases', () => {
    expect(ratioTenths(null, 100)).toBeNull();
    expect(ratioTenths(100, null)).toBeNull();
    expect(ratioTenths(null, null)).toBeNull();
    expect(ratioTenths(100, 0)).toBeNull();
    expect(ratioTenths(100, -5)).toBeNull();
    expect(ratioTenths(Number.NaN, 5)).toBeNull();
    expect(ratioTenths(5, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('formatRatio', () => {
  it('formats tenths as a percentage', () => {
    expect(formatRatio(922)).toBe('92.2％');
    expect(formatRatio(922, { ascii: true })).toBe('92.2%');
    expect(formatRatio(1021)).toBe('102.1％');
    expect(formatRatio(1000)).toBe('100.0％');
    expect(formatRatio(0)).toBe('0.0％');
    expect(formatRatio(5)).toBe('0.5％');
    expect(formatRatio(32620)).toBe('3,262.0％');
    expect(formatRatio(-25)).toBe('△2.5％');
  });

  it('writes null as ―', () => {
    expect(formatRatio(null)).toBe('―');
    expect(formatRatio(null, { ascii: true })).toBe('―');
  });
});

describe('progressStatus', () => {
  it('higher is better', () => {
    expect(progressStatus(1021, 'higher')).toBe('ahead');
    expect(progressStatus(1000, 'higher')).toBe('ahead');
    expect(progressStatus(999, 'higher')).toBe('on_track');
    expect(progressStatus(950, 'higher')).toBe('on_track');
    expect(progressStatus(949, 'higher')).toBe('behind');
    expect(progressStatus(922, 'higher')).toBe('behind');
    expect(progressStatus(0, 'higher')).toBe('behind');
  });

  it('lower is better (代位弁済)', () => {
    expect(progressStatus(863, 'lower')).toBe('ahead');
    expect(progressStatus(1000, 'lower')).toBe('ahead');
    expect(progressStatus(1001, 'lower')).toBe('on_track');
    expect(progressStatus(1050, 'lower')).toBe('on_track');
    expect(progressStatus(1051, 'lower')).toBe('behind');
    expect(progressStatus(1172, 'lower')).toBe('behind');
  });

  it('uses a custom tolerance', () => {
    expect(progressStatus(922, 'higher', { tolerance: 100 })).toBe('on_track');
    expect(progressStatus(899, 'higher', { tolerance: 100 })).toBe('behind');
    expect(progressStatus(999, 'higher', { tolerance: 0 })).toBe('behind');
    expect(progressStatus(1001, 'lower', { tolerance: 0 })).toBe('behind');
    expect(progressStatus(1100, 'lower', { tolerance: 100 })).toBe('on_track');
  });

  it('returns null for a missing ratio', () => {
    expect(progressStatus(null, 'higher')).toBeNull();
    expect(progressStatus(null, 'lower')).toBeNull();
  });
});

describe('changeAmount', () => {
  it('subtracts the prior value', () => {
    expect(changeAmount(58380000000, 61743000000)).toBe(-3363000000);
    expect(changeAmount(129372000000, 117172000000)).toBe(12200000000);
    expect(changeAmount(0, 0)).toBe(0);
  });

  it('returns null when either side is missing', () => {
    expect(changeAmount(null, 1)).toBeNull();
    expect(changeAmount(1, null)).toBeNull();
  });
});

describe('cumulative', () => {
  it('sums in order', () => {
    expect(cumulative([1, 2, 3, 4])).toEqual([1, 3, 6, 10]);
    expect(cumulative([])).toEqual([]);
  });

  it('leaves months not entered as null', () => {
    expect(cumulative([10, 20, null, null])).toEqual([10, 30, null, null]);
    expect(cumulative([null, null, 5])).toEqual([null, null, 5]);
    expect(cumulative([10, null, 5])).toEqual([10, null, 15]);
  });

  it('keeps zeros and negatives as entered values', () => {
    expect(cumulative([0, 0, null])).toEqual([0, 0, null]);
    expect(cumulative([10, -3, 0])).toEqual([10, 7, 7]);
  });

  it('handles a full fiscal year', () => {
    const months = Array.from({ length: 12 }, () => 100e8);
    const result = cumulative(months);
    expect(result).toHaveLength(12);
    expect(result[11]).toBe(1200e8);
  });
});

describe('planPace and pacePoints', () => {
  it('prorates the plan by months', () => {
    expect(planPace(12000e8, 0)).toBe(0);
    expect(planPace(12000e8, 1)).toBe(1000e8);
    expect(planPace(12000e8, 6)).toBe(6000e8);
    expect(planPace(12000e8, 12)).toBe(12000e8);
    expect(planPace(100, 1)).toBe(8); // 8.33 → 8
    expect(planPace(102, 1)).toBe(9); // 8.5 → 9 (half up)
    expect(planPace(100, 5)).toBe(42); // 41.67 → 42
    expect(planPace(-102, 1)).toBe(-9);
    expect(planPace(1e13 + 6, 1)).toBe(833_333_333_334); // 833,333,333,333.83 → up
  });

  it('refuses months outside 0-12', () => {
    expect(() => planPace(100, -1)).toThrow(RangeError);
    expect(() => planPace(100, 13)).toThrow(RangeError);
    expect(() => planPace(100, 1.5)).toThrow(RangeError);
  });

  it('lists the 12 monthly pace points ending at the plan', () => {
    const points = pacePoints(1000e8);
    expect(points).toHaveLength(12);
    expect(points[0]).toBe(8333333333); // 83.33億 → rounded half up
    expect(points[5]).toBe(500e8);
    expect(points[11]).toBe(1000e8);
    expect(pacePoints(12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(pacePoints(0)).toEqual(Array(12).fill(0));
  });
});
