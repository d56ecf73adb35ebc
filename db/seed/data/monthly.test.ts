import { describe, expect, it } from 'vitest';
import { synthesizeMonthly } from './monthly';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('synthesizeMonthly: sum', () => {
  const cases: Array<[number, string]> = [
    [1_106_400_000_000, 'guarantee_approvals_amount'], // 1兆1,064億円
    [10_843_000_000, 'recovery_amount'], // 108億4,300万円
    [74_291, 'guarantee_approvals_count'],
    [835, 'support_meetings'],
    [10, 'double_guarantee_count'],
    [7, 'tiny'],
    [1, 'one'],
    [0, 'zero'],
    [2_178_000_000, 'succession_seido_amount'],
    [123_456_789, 'odd_yen'],
    [-2_419_000_000, 'negative_flow'],
  ];

  it.each(cases)('%d (%s) adds up exactly', (annual, seed) => {
    const months = synthesizeMonthly(annual, 'sum', seed);
    expect(months).toHaveLength(12);
    expect(months.every((m) => Number.isSafeInteger(m))).toBe(true);
    expect(sum(months)).toBe(annual);
    if (annual >= 0) expect(months.every((m) => m >= 0)).toBe(true);
  });

  it('keeps whole millions when the annual is whole millions', () => {
    for (const [annual, seed] of cases) {
      if (annual === 0 || annual % 1_000_000 !== 0) continue;
      const months = synthesizeMonthly(annual, 'sum', seed);
      expect(months.every((m) => m % 1_000_000 === 0)).toBe(true);
    }
  });

  it('is plausible: no month is zero or more than a quarter of a large annual', () => {
    const months = synthesizeMonthly(74_291, 'sum', 'guarantee_approvals_count');
    for (const m of months) {
      expect(m).toBeGreaterThan(74_291 / 12 / 2);
      expect(m).toBeLessThan(74_291 / 4);
    }
  });

  it('is deterministic and depends on the seed', () => {
    const a = synthesizeMonthly(983_100_000_000, 'sum', 'seido');
    expect(synthesizeMonthly(983_100_000_000, 'sum', 'seido')).toEqual(a);
    expect(synthesizeMonthly(983_100_000_000, 'sum', 'other')).not.toEqual(a);
  });

  it('refuses a non-integer annual', () => {
    expect(() => synthesizeMonthly(1.5, 'sum', 'x')).toThrow();
  });
});

describe('synthesizeMonthly: end', () => {
  const cases: Array<[number, number | null, string]> = [
    [5_107_600_000_000, 5_624_000_000_000, 'outstanding_guarantees_amount'], // falling balance
    [461_581, 466_120, 'outstanding_guarantees_count'],
    [16_889, 15_978, 'relaxed_terms_businesses'], // rising balance
    [28, 7, 'e_application_institutions'],
    [2_027, 2_122, 'accident_report_businesses'],
    [45, 38, 'e_certificate_institutions'],
    [100_000, null, 'no_prior'],
    [0, 5, 'to_zero'],
  ];

  it.each(cases)('%d (prior %s, %s): March equals the annual', (annual, prior, seed) => {
    const months = synthesizeMonthly(annual, 'end', seed, { prior });
    expect(months).toHaveLength(12);
    expect(months.every((m) => Number.isSafeInteger(m))).toBe(true);
    expect(months[11]).toBe(annual);
    expect(months.every((m) => m >= 0)).toBe(true);
  });

  it.each(cases)('%d (prior %s, %s): April starts near the prior', (annual, prior, seed) => {
    const months = synthesizeMonthly(annual, 'end', seed, { prior });
    const start = prior ?? annual;
    const gap = Math.abs(annual - start);
    const tolerance = gap * 0.3 + Math.abs(annual) * 0.03 + 1;
    expect(Math.abs(months[0]! - start)).toBeLessThanOrEqual(tolerance);
  });

  it('moves toward the annual: the second half is closer than the first month', () => {
    const annual = 5_107_600_000_000;
    const prior = 5_624_000_000_000;
    const months = synthesizeMonthly(annual, 'end', 'outstanding', { prior });
    expect(Math.abs(months[8]! - annual)).toBeLessThan(Math.abs(months[0]! - annual));
    expect(months.every((m) => m % 1_000_000 === 0)).toBe(true);
  });

  it('is deterministic', () => {
    expect(synthesizeMonthly(16_889, 'end', 's', { prior: 15_978 })).toEqual(synthesizeMonthly(16_889, 'end', 's', { prior: 15_978 }));
  });
});
