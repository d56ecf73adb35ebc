// A ratio indicator (代位弁済率 = 代位弁済 ÷ 保証債務残高, say) computed from two indicators of
// the same plan. Its months are the ratio of the two indicators' figures to each month end (each
// read by its own kind: a flow's total so far, a stock's balance); indicatorFigures then reads
// those months like a stock, so the as-of month, 前年同期比 and the forecast follow as for any
// indicator, and an annual figure entered on the ratio itself still overrides them.
import { type FigureIndicator, type FigureValues, figureNumbers, type MonthGrid, monthsToDate } from './figures';
import { exactFraction, roundDiv } from './money';

export type RatioPart = { ind: FigureIndicator; values: FigureValues };

/** Stored-integer factor of the ratio's unit: a percentage is × 100, a 倍 or count × 1. */
function unitFactor(ind: FigureIndicator): bigint {
  return (ind.unit === 'percent' ? 100n : 1n) * 10n ** BigInt(ind.scale);
}

/**
 * numerator ÷ denominator as a stored integer of the ratio indicator (its unit and scale),
 * rounded half up; null when either is missing or the denominator is not positive.
 */
export function ratioValue(
  ind: FigureIndicator,
  num: number | null,
  numInd: FigureIndicator,
  den: number | null,
  denInd: FigureIndicator,
): number | null {
  if (num === null || den === null || den <= 0) return null;
  const n = exactFraction(num);
  const d = exactFraction(den);
  // (num ÷ 10^numScale) ÷ (den ÷ 10^denScale) × factor, in whole stored units.
  const top = n.num * d.den * unitFactor(ind) * 10n ** BigInt(denInd.scale);
  const bottom = n.den * d.num * 10n ** BigInt(numInd.scale);
  const negative = top < 0n;
  const units = roundDiv(negative ? -top : top, bottom, 'half_up');
  return negative && units !== 0n ? -Number(units) : Number(units);
}

function ratioMonths(ind: FigureIndicator, num: RatioPart, den: RatioPart, pick: (v: FigureValues) => MonthGrid | null | undefined) {
  const nm = pick(num.values);
  const dm = pick(den.values);
  return Array.from({ length: 12 }, (_, k) => {
    // A month counts only when both indicators have it: a ratio of April's numerator to May's
    // denominator would mean nothing.
    if (nm?.[k] == null || dm?.[k] == null) return null;
    return ratioValue(ind, monthsToDate(nm, num.ind.aggregation, k), num.ind, monthsToDate(dm, den.ind.aggregation, k), den.ind);
  });
}

/**
 * The ratio indicator's values with its months (this year and last) derived from its two
 * indicators. A year both indicators close with a full-year figure (entered, or twelve months)
 * ends on their ratio (last year too); the ratio's own entered annual and prior figures are kept
 * and override. Everything derived is in the months, so a data layer can keep just the grids.
 */
export function ratioFigureValues(ind: FigureIndicator, own: FigureValues, num: RatioPart, den: RatioPart): FigureValues {
  const months = ratioMonths(ind, num, den, (v) => v.months);
  const priorMonths = ratioMonths(ind, num, den, (v) => v.priorMonths);
  const n = figureNumbers(num.ind, num.values);
  const d = figureNumbers(den.ind, den.values);
  if (n.actual !== null && d.actual !== null && !n.toDate && !d.toDate) months[11] = ratioValue(ind, n.actual, num.ind, d.actual, den.ind);
  // Last year ends on the ratio of the parts' year-ends (entered, or twelve months).
  const priorEnd = ratioValue(ind, n.prior, num.ind, d.prior, den.ind);
  if (priorEnd !== null) priorMonths[11] = priorEnd;
  return { ...own, months, priorMonths };
}

export type RatioLink = { id: number; aggregation: string; numeratorId: number | null; denominatorId: number | null };
export type RatioProblem = 'ratioParts' | 'ratioSelf' | 'ratioPartMissing' | 'ratioCycle';

/**
 * Why a ratio's parts cannot be saved, or null. `plan` is every live indicator of the ratio's
 * plan (as stored); `self` the indicator being saved (id null when new). Both parts or neither;
 * not itself; of the same plan; and following parts never leads back to it.
 */
export function ratioLinkProblem(
  plan: readonly RatioLink[],
  self: { id: number | null; numeratorId: number | null; denominatorId: number | null },
): RatioProblem | null {
  const { id, numeratorId: num, denominatorId: den } = self;
  if ((num === null) !== (den === null)) return 'ratioParts';
  if (num === null || den === null) return null;
  if (num === id || den === id) return 'ratioSelf';
  const byId = new Map(plan.map((l) => [l.id, l]));
  if (!byId.has(num) || !byId.has(den)) return 'ratioPartMissing';
  if (id === null) return null; // nothing refers to an indicator not yet saved
  const seen = new Set<number>();
  const stack = [num, den];
  while (stack.length) {
    const at = stack.pop()!;
    if (at === id) return 'ratioCycle';
    if (seen.has(at)) continue;
    seen.add(at);
    const l = byId.get(at);
    if (l?.aggregation === 'ratio') for (const p of [l.numeratorId, l.denominatorId]) if (p !== null) stack.push(p);
  }
  return null;
}
