// Number formatting for the evaluation report: yen in 兆/億/万 style, yen in table units,
// counts, and scaled integers (stored values with implied decimals).
//
// Rounding rules (all functions in this file):
// - Rounding applies to the magnitude; the sign is put back afterwards. 'half_up' therefore
//   rounds halves away from zero (-15 → △2 at one digit), 'down' truncates toward zero.
// - A value whose magnitude rounds to 0 prints as plain 0, never △0.
// - Negatives are written with a leading △ (U+25B3), as in the published document.
// - Arithmetic is exact: inputs are converted to BigInt (non-integer doubles exactly, as
//   binary fractions), so amounts beyond 2^53 or awkward halves never round twice.
// - Non-finite inputs are programming errors and throw a RangeError.

import type { DisplayUnit, IndicatorUnit, YenPrecision } from './types';
import { UNIT_WORD } from './units';

export type Rounding = 'half_up' | 'down';

/** Minus sign used in published Japanese financial tables. */
export const NEGATIVE_MARK = '△';
/** Shown for a missing value (U+2015 HORIZONTAL BAR). */
export const MISSING_MARK = '―';

const CHO = 10n ** 12n;
const OKU = 10n ** 8n;
const MAN = 10n ** 4n;

const PRECISION_STEP: Record<YenPrecision, bigint> = { oku: OKU, man: MAN, yen: 1n };
const DISPLAY_UNIT_STEP: Record<DisplayUnit, bigint> = {
  oku: OKU,
  hundred_million: OKU,
  million: 10n ** 6n,
  man: MAN,
  thousand: 10n ** 3n,
  yen: 1n,
};

/**
 * The exact value of a finite double as num/den (den a positive power of two).
 * Helper shared by the domain modules.
 */
export function exactFraction(x: number): { num: bigint; den: bigint } {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  let v = x;
  let den = 1n;
  // Doubling a non-integer double is exact (it is below 2^53), so this terminates.
  while (!Number.isInteger(v)) {
    v *= 2;
    den *= 2n;
  }
  return { num: BigInt(v), den };
}

/** num ÷ den for num ≥ 0, den > 0, rounded per `rounding`. Helper shared by the domain modules. */
export function roundDiv(num: bigint, den: bigint, rounding: Rounding): bigint {
  const q = num / den;
  if (rounding === 'down') return q;
  const r = num % den;
  return r * 2n >= den ? q + 1n : q;
}

/** Sign and |x| ÷ step rounded, computed exactly. Helper shared by the domain modules. */
export function roundedMagnitude(x: number, step: bigint, rounding: Rounding): { negative: boolean; units: bigint } {
  const { num, den } = exactFraction(x);
  const negative = num < 0n;
  const units = roundDiv(negative ? -num : num, den * step, rounding);
  return { negative: negative && units !== 0n, units };
}

/** Digits of a non-negative bigint with a comma every three digits. */
export function groupDigits(n: bigint): string {
  const s = n.toString();
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function sign(negative: boolean): string {
  return negative ? NEGATIVE_MARK : '';
}

/**
 * A yen amount in 兆/億/万 style: `1兆1,064億円`, `583億8,000万円`, `△24億1,900万円`, `0円`.
 * Zero parts are dropped; each part has digit grouping. `precision` rounds to 億, 万 or
 * whole yen (default 万). `spaced` puts a half-width space between number and unit and
 * between parts: `1 兆 1,064 億円`.
 */
export function formatYen(yen: number, opts: { precision?: YenPrecision; rounding?: Rounding; spaced?: boolean } = {}): string {
  const step = PRECISION_STEP[opts.precision ?? 'man'];
  const { negative, units } = roundedMagnitude(yen, step, opts.rounding ?? 'half_up');
  const sp = opts.spaced ? ' ' : '';
  const whole = units * step;
  if (whole === 0n) return `0${sp}円`;
  const parts: Array<[bigint, string]> = [
    [whole / CHO, '兆'],
    [(whole / OKU) % MAN, '億'],
    [(whole / MAN) % MAN, '万'],
    [whole % MAN, ''],
  ];
  const tokens = parts.filter(([n]) => n !== 0n).map(([n, unit]) => ({ n: groupDigits(n), unit }));
  const last = tokens[tokens.length - 1];
  if (last) last.unit += '円';
  const body = tokens.map(({ n, unit }) => `${n}${sp}${unit}`).join(sp);
  return sign(negative) + body;
}

/**
 * An amount in a table's display unit, number only: 75871000000 in 'million' → `75,871`.
 * Negatives get △. Default rounding half up.
 */
export function formatInUnit(yen: number, unit: DisplayUnit, opts: { rounding?: Rounding } = {}): string {
  const { negative, units } = roundedMagnitude(yen, DISPLAY_UNIT_STEP[unit], opts.rounding ?? 'half_up');
  return sign(negative) + groupDigits(units);
}

/** A count with digit grouping: `74,291`, `△5`. Non-integers are rounded half up. */
export function formatCount(n: number): string {
  const { negative, units } = roundedMagnitude(n, 1n, 'half_up');
  return sign(negative) + groupDigits(units);
}

/**
 * A stored integer with `scale` implied decimals: (113, 2) → `1.13`, (211, 1) → `21.1`,
 * (18032, 0) → `18,032`, (-5, 1) → `△0.5`. A non-integer value is rounded half up first.
 */
export function formatScaled(value: number, scale: number): string {
  if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`bad scale: ${scale}`);
  const { negative, units } = roundedMagnitude(value, 1n, 'half_up');
  if (scale === 0) return sign(negative) + groupDigits(units);
  const divisor = 10n ** BigInt(scale);
  const intPart = groupDigits(units / divisor);
  const fracPart = (units % divisor).toString().padStart(scale, '0');
  return `${sign(negative)}${intPart}.${fracPart}`;
}

/**
 * An indicator value with its unit word: yen via formatYen (`precision`, `spaced`),
 * `74,291件`, `10,690者`, `835回`, `1.13倍`, `21.1％`. `value` is the stored integer and
 * `scale` its implied decimals (ignored for yen, which is always whole yen).
 * `spaced` puts a space before 件/者/回/倍 (`1.13 倍`), never before ％. null → `―`.
 */
export function formatIndicatorValue(
  value: number | null,
  unit: IndicatorUnit,
  scale: number,
  opts: { precision?: YenPrecision; spaced?: boolean } = {},
): string {
  if (value === null) return MISSING_MARK;
  if (unit === 'yen') return formatYen(value, { precision: opts.precision, spaced: opts.spaced });
  const sp = opts.spaced && unit !== 'percent' ? ' ' : '';
  return `${formatScaled(value, scale)}${sp}${UNIT_WORD[unit]}`;
}

/**
 * A chart axis tick (a value already in its display unit): digit grouping, at most `decimals`
 * decimals with trailing zeros dropped, △ for negatives: 12000 → `12,000`, 1.5 → `1.5`.
 */
export function formatTick(value: number, decimals = 2): string {
  const text = formatScaled(Math.round(value * 10 ** decimals), decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
