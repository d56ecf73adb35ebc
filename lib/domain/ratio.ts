// Ratios against plan / prior year (計画比・前年度比), progress status, change amounts,
// cumulative monthly actuals and plan pace. Ratios are integers in tenths of a percent
// (922 = 92.2%), computed exactly with BigInt.

import type { Direction, ProgressStatus, RatioRounding } from './types';
import { MISSING_MARK, exactFraction, formatScaled, roundDiv } from './money';

/**
 * actual ÷ base as an integer count of 0.1% (11064億 / 12000億 → 922).
 * null when either value is null or not finite, or base ≤ 0.
 * Rounding applies to the magnitude: 'half_up' rounds halves away from zero, 'down'
 * truncates toward zero (the reference's 事業計画 table: 5兆1,076億 / 5兆 → 1021).
 */
export function ratioTenths(actual: number | null, base: number | null, rounding: RatioRounding = 'half_up'): number | null {
  if (actual === null || base === null) return null;
  if (!Number.isFinite(actual) || !Number.isFinite(base) || base <= 0) return null;
  const a = exactFraction(actual);
  const b = exactFraction(base);
  // (a.num / a.den) / (b.num / b.den) × 1000 = a.num × b.den × 1000 / (a.den × b.num)
  const num = a.num * b.den * 1000n;
  const den = a.den * b.num;
  const negative = num < 0n;
  const units = roundDiv(negative ? -num : num, den, rounding);
  return negative && units !== 0n ? -Number(units) : Number(units);
}

/**
 * A ratio in tenths as a percentage: 922 → `92.2％` (full-width ％), `92.2%` with ascii.
 * Negative ratios get △. null → `―`.
 */
export function formatRatio(tenths: number | null, opts: { ascii?: boolean } = {}): string {
  if (tenths === null) return MISSING_MARK;
  return formatScaled(tenths, 1) + (opts.ascii ? '%' : '％');
}

/** Default band (in tenths of a percent) below plan that still counts as on track. */
export const DEFAULT_TOLERANCE_TENTHS = 50;

/**
 * Progress against plan from a plan ratio in tenths.
 * higher is better: ≥ 1000 'ahead', ≥ 1000 − tolerance 'on_track', else 'behind'.
 * lower is better (代位弁済): ≤ 1000 'ahead', ≤ 1000 + tolerance 'on_track', else 'behind'.
 * null → null.
 */
export function progressStatus(tenths: number | null, direction: Direction, opts: { tolerance?: number } = {}): ProgressStatus | null {
  if (tenths === null) return null;
  const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE_TENTHS;
  if (direction === 'higher') {
    if (tenths >= 1000) return 'ahead';
    if (tenths >= 1000 - tolerance) return 'on_track';
    return 'behind';
  }
  if (tenths <= 1000) return 'ahead';
  if (tenths <= 1000 + tolerance) return 'on_track';
  return 'behind';
}

/** actual − prior (増減額); null when either is null. */
export function changeAmount(actual: number | null, prior: number | null): number | null {
  if (actual === null || prior === null) return null;
  return actual - prior;
}

/**
 * Running totals of monthly values in fiscal order (April first).
 * A month that is not entered (null) stays null in the result; an entered month holds the
 * total of every entered month up to and including it. So [10, 20, null, null] →
 * [10, 30, null, null] and a gap [10, null, 5] → [10, null, 15].
 */
export function cumulative(monthly: readonly (number | null)[]): (number | null)[] {
  let total = 0;
  return monthly.map((v) => {
    if (v === null) return null;
    total += v;
    return total;
  });
}

/**
 * The share of an annual plan due after `monthsElapsed` months: plan × months ÷ 12,
 * rounded half up (on the magnitude) to an integer. monthsElapsed must be an integer 0–12.
 */
export function planPace(plan: number, monthsElapsed: number): number {
  if (!Number.isInteger(monthsElapsed) || monthsElapsed < 0 || monthsElapsed > 12) {
    throw new RangeError(`monthsElapsed must be an integer 0-12: ${monthsElapsed}`);
  }
  const { num, den } = exactFraction(plan);
  const negative = num < 0n;
  const n = (negative ? -num : num) * BigInt(monthsElapsed);
  const units = roundDiv(n, den * 12n, 'half_up');
  return negative && units !== 0n ? -Number(units) : Number(units);
}

/** planPace for months 1–12 (index 0 = end of April, index 11 = the whole plan). */
export function pacePoints(plan: number): number[] {
  return Array.from({ length: 12 }, (_, i) => planPace(plan, i + 1));
}
