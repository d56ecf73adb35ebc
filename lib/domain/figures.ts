// The display figures of one indicator-year: the one place that decides what actual a page
// shows (entered, or derived from the months by the indicator's kind), against which plan,
// and every ratio printed next to it. Dashboards, trends, the section page, exports and the
// report all read these figures, so the same indicator-year prints the same strings
// everywhere (they once disagreed: 102.2 % on one page, 102.1 % in the report).

import { fiscalMonthAt } from './fiscal-year';
import { exactFraction, formatScaled, MISSING_MARK, NEGATIVE_MARK, roundDiv } from './money';
import { formatFigure } from './progress';
import { formatRatio, planPace, progressStatus, ratioTenths } from './ratio';
import type { Direction, DisplayUnit, IndicatorUnit, ProgressStatus, RatioRounding, YenPrecision } from './types';

/**
 * How the year's actual follows from the months: 'sum' a flow (承諾, 代位弁済, 回収: the total of
 * the months), 'end' a stock (残高: the latest month), 'annual' entered as a yearly figure only,
 * 'ratio' numerator ÷ denominator of two other indicators (lib/domain/figures-ratio.ts turns
 * them into months of the ratio, which then read like a stock: the latest month is the figure).
 */
export type IndicatorKind = 'sum' | 'end' | 'annual' | 'ratio';

/** The kind the months are read by: a ratio's months are ratios to date, read like a stock. */
function monthKind(kind: IndicatorKind): Exclude<IndicatorKind, 'ratio'> {
  return kind === 'ratio' ? 'end' : kind;
}

export type FigureIndicator = {
  unit: IndicatorUnit;
  scale: number;
  direction: Direction;
  ratioRounding: RatioRounding;
  aggregation: IndicatorKind;
  yenPrecision?: YenPrecision;
};

/** Twelve months in fiscal order (index 0 = April); null = not entered. */
export type MonthGrid = readonly (number | null)[];

export type FigureValues = {
  plan: number | null;
  /** The annual actual as entered; it overrides the months. */
  actual: number | null;
  /** The prior year's annual actual. */
  prior: number | null;
  months?: MonthGrid | null;
  priorMonths?: MonthGrid | null;
};

export type ForecastBasis = 'prior_shape' | 'pace' | 'latest';

export type Figures = {
  /** The actual shown: the entered annual figure, else derived from the months. */
  actual: number | null;
  source: 'entered' | 'months' | null;
  /** Derived from fewer than twelve months: a figure "to date". */
  toDate: boolean;
  /** Calendar month of the latest entered month behind a to-date figure (10 → 「10月末」). */
  asOfMonth: number | null;
  /** Months of the fiscal year the actual covers (12 for a full year). */
  monthsElapsed: number;
  plan: number | null;
  /** The plan due by the months elapsed: plan × months ÷ 12 for flows, the plan for stocks. */
  planToDate: number | null;
  /** 計画比: actual ÷ plan for the months elapsed (÷ the annual plan for a full year), tenths of a %. */
  planRatio: number | null;
  /** 進捗率: actual ÷ the annual plan, tenths of a %. */
  progressRate: number | null;
  prior: number | null;
  /** The prior year over the same months (flows: the total; stocks: the same month's balance). */
  priorToDate: number | null;
  /** 前年同期比 (a ratio, or a change in tenths of the unit for percentages: see isPoints). */
  samePeriodYoy: number | null;
  /** 前年度比: against the prior year's annual actual (full years and stocks only). */
  yoy: number | null;
  /** Percentages compare as point changes (+6.9pt), not as ratios of ratios. */
  isPoints: boolean;
  /** 着地見込み: the year-end forecast of a to-date figure; null for a full year. */
  forecast: number | null;
  forecastBasis: ForecastBasis | null;
  forecastRatio: number | null;
  status: ProgressStatus | null;
  text: {
    actual: string;
    plan: string;
    planToDate: string;
    planRatio: string;
    progressRate: string;
    prior: string;
    samePeriodYoy: string;
    yoy: string;
    forecast: string;
    forecastRatio: string;
  };
};

function latestIndex(months: MonthGrid | null | undefined): number {
  if (!months) return -1;
  for (let i = Math.min(months.length, 12) - 1; i >= 0; i--) if (months[i] != null) return i;
  return -1;
}

/** The months' figure up to fiscal index `last`: the total for a flow, that month's value for a stock. */
export function monthsToDate(months: MonthGrid | null | undefined, kind: IndicatorKind, last: number): number | null {
  if (!months || last < 0 || kind === 'annual') return null;
  if (monthKind(kind) === 'end') return months[last] ?? null;
  let total = 0;
  let any = false;
  for (let i = 0; i <= last; i++) {
    const v = months[i];
    if (v != null) {
      total += v;
      any = true;
    }
  }
  return any ? total : null;
}

/** value × num ÷ den rounded half up on the magnitude, exactly; null when den ≤ 0. */
function scaleBy(value: number, num: number, den: number): number | null {
  if (den <= 0) return null;
  const v = exactFraction(value);
  const n = exactFraction(num);
  const d = exactFraction(den);
  const top = v.num * n.num * d.den;
  const bottom = v.den * n.den * d.num;
  const negative = top < 0n;
  const units = roundDiv(negative ? -top : top, bottom, 'half_up');
  return negative && units !== 0n ? -Number(units) : Number(units);
}

/** A change in percentage points from two stored percentages: +6.9pt, △1.2pt, ±0.0pt. */
export function formatPoints(change: number | null, scale: number): string {
  if (change === null) return MISSING_MARK;
  const body = formatScaled(Math.abs(change), scale);
  if (change === 0) return `±${body}pt`;
  return `${change > 0 ? '+' : NEGATIVE_MARK}${body}pt`;
}

/**
 * Year-end forecast from the months so far. With the prior year's same months and year-end:
 * actual × prior year-end ÷ prior to date (last year's monthly shape). Otherwise a flow runs
 * on at its pace (× 12 ÷ months) and a stock stays at its latest balance.
 */
function forecastOf(
  kind: IndicatorKind,
  actual: number,
  monthsElapsed: number,
  priorToDate: number | null,
  priorYearEnd: number | null,
): { value: number | null; basis: ForecastBasis } {
  if (priorToDate !== null && priorToDate > 0 && priorYearEnd !== null) {
    return { value: scaleBy(actual, priorYearEnd, priorToDate), basis: 'prior_shape' };
  }
  if (kind === 'end') return { value: actual, basis: 'latest' };
  return { value: scaleBy(actual, 12, monthsElapsed), basis: 'pace' };
}

export type FigureNumbers = Omit<Figures, 'text'>;

/** Every figure shown for one indicator-year, with its display strings. */
export function indicatorFigures(ind: FigureIndicator, v: FigureValues, displayUnit: DisplayUnit = 'oku'): Figures {
  return withFigureText(figureNumbers(ind, v), ind, displayUnit);
}

/** The display strings of figures already computed (the dashboard's browser adds them itself). */
export function withFigureText(n: FigureNumbers, ind: FigureIndicator, displayUnit: DisplayUnit = 'oku'): Figures {
  const fig = (x: number | null) => formatFigure(x, ind, displayUnit);
  const cmp = (x: number | null) => (n.isPoints ? formatPoints(x, ind.scale) : formatRatio(x));
  return {
    ...n,
    text: {
      actual: fig(n.actual),
      plan: fig(n.plan),
      planToDate: fig(n.planToDate),
      planRatio: formatRatio(n.planRatio),
      progressRate: formatRatio(n.progressRate),
      prior: fig(n.prior),
      samePeriodYoy: cmp(n.samePeriodYoy),
      yoy: cmp(n.yoy),
      forecast: fig(n.forecast),
      forecastRatio: formatRatio(n.forecastRatio),
    },
  };
}

/** The figures as numbers only (a status count over many indicators needs no strings). */
export function figureNumbers(ind: FigureIndicator, v: FigureValues): FigureNumbers {
  const kind = monthKind(ind.aggregation);
  const rounding = ind.ratioRounding;
  const isPoints = ind.unit === 'percent';
  const last = kind === 'annual' ? -1 : latestIndex(v.months);
  const derived = monthsToDate(v.months, kind, last);

  let actual: number | null;
  let source: Figures['source'];
  let monthsElapsed: number;
  if (v.actual !== null) {
    actual = v.actual;
    source = 'entered';
    monthsElapsed = 12;
  } else if (derived !== null) {
    actual = derived;
    source = 'months';
    monthsElapsed = last + 1;
  } else {
    actual = null;
    source = null;
    monthsElapsed = 0;
  }
  const toDate = source === 'months' && monthsElapsed < 12;
  const asOfMonth = toDate ? fiscalMonthAt(last) : null;

  const plan = v.plan;
  let planToDate: number | null = null;
  if (plan !== null && monthsElapsed > 0) planToDate = kind === 'sum' && toDate ? planPace(plan, monthsElapsed) : plan;

  // The prior year over the same months, and its year-end (entered, else twelve months).
  const priorLast = latestIndex(v.priorMonths);
  const priorToDate = toDate ? monthsToDate(v.priorMonths, kind, monthsElapsed - 1) : null;
  const priorYearEnd = v.prior ?? (priorLast === 11 ? monthsToDate(v.priorMonths, kind, 11) : null);

  const compare = (a: number | null, b: number | null) =>
    isPoints ? (a === null || b === null ? null : a - b) : ratioTenths(a, b, rounding);
  const planRatio = ratioTenths(actual, planToDate, rounding);
  const progressRate = ratioTenths(actual, plan, rounding);
  const samePeriodYoy = toDate ? compare(actual, priorToDate) : source === null ? null : compare(actual, priorYearEnd);
  // A flow to date against a whole prior year says nothing; a stock's balance compares with last year-end.
  const yoy = toDate && kind === 'sum' ? null : compare(actual, priorYearEnd);

  let forecast: number | null = null;
  let forecastBasis: ForecastBasis | null = null;
  if (toDate && actual !== null) {
    const f = forecastOf(kind, actual, monthsElapsed, priorToDate, priorYearEnd);
    forecast = f.value;
    forecastBasis = f.basis;
  }
  const forecastRatio = ratioTenths(forecast, plan, rounding);
  const status = progressStatus(planRatio, ind.direction);

  return {
    actual,
    source,
    toDate,
    asOfMonth,
    monthsElapsed,
    plan,
    planToDate,
    planRatio,
    progressRate,
    prior: priorYearEnd,
    priorToDate,
    samePeriodYoy,
    yoy,
    isPoints,
    forecast,
    forecastBasis,
    forecastRatio,
    status,
  };
}

/** Rows of (month, value) as twelve months in fiscal order. */
export function monthGrid(rows: readonly { month: number; value: number }[]): (number | null)[] {
  const grid: (number | null)[] = Array.from({ length: 12 }, () => null);
  for (const r of rows) grid[(r.month + 8) % 12] = r.value;
  return grid;
}

/**
 * The figures as they stood at the end of each fiscal month (the monthly table's and the
 * chart's points): the same computation as the year's, over the months up to that one; null
 * for a month not entered. The last entered month's figures are the year's own.
 */
export function figuresByMonth(ind: FigureIndicator, v: FigureValues, displayUnit: DisplayUnit = 'oku'): (Figures | null)[] {
  const months = v.months ?? [];
  return Array.from({ length: 12 }, (_, k) => {
    if (months[k] == null) return null;
    const upTo = Array.from({ length: 12 }, (_, i) => (i <= k ? (months[i] ?? null) : null));
    return indicatorFigures(ind, { ...v, actual: null, months: upTo }, displayUnit);
  });
}
