// Plan progress through the year: the twelve fiscal months of an indicator laid out against
// the plan's pace, progress status by direction, year-on-year trend, and figures in the
// organisation's display unit. Pure: the dashboard queries hand in rows, these shape them.

import { FISCAL_MONTHS, fiscalMonthIndex } from './fiscal-year';
import { formatInUnit, formatIndicatorValue, MISSING_MARK } from './money';
import { planPace, progressStatus, ratioTenths } from './ratio';
import { DISPLAY_UNIT_WORD, DISPLAY_UNIT_YEN } from './units';
import type { Direction, DisplayUnit, IndicatorUnit, ProgressStatus, RatioRounding, YenPrecision } from './types';

/** How an indicator's months make its figure (lib/domain/figures.ts: IndicatorKind). A ratio's months read like a balance. */
export type Aggregation = 'sum' | 'end' | 'annual' | 'ratio';

/** One month as the database gives it: calendar month (4 = April), the month's value and,
 *  for flows, the running total the query computed. */
export type MonthRow = { month: number; value: number; cumulative?: number | null };

export type MonthPoint = {
  /** Calendar month, 4 … 3. */
  month: number;
  /** Position in the fiscal year, 0 = April. */
  index: number;
  /** The value entered for the month; null when not entered (never 0 for "missing"). */
  value: number | null;
  /** Flows: the total to date; balances: the month-end balance. null when not entered. */
  progress: number | null;
  /** Where the plan expects `progress` to be: plan × months ÷ 12 for flows, the plan for balances. */
  pace: number | null;
};

/**
 * The twelve fiscal months (April → March) of an indicator. Months without a row stay null.
 * Flows ('sum') accumulate the entered months (or take the query's running total when it
 * gave one); balances ('end') keep the month-end value. 'annual' indicators have no months.
 */
export function fiscalSeries(rows: readonly MonthRow[], aggregation: Aggregation, plan: number | null): MonthPoint[] {
  const byIndex = new Map<number, MonthRow>();
  for (const r of rows) byIndex.set(fiscalMonthIndex(r.month), r);
  let running = 0;
  return FISCAL_MONTHS.map((month, index) => {
    const row = aggregation === 'annual' ? undefined : byIndex.get(index);
    const value = row ? row.value : null;
    let progress: number | null = null;
    if (row) {
      running += row.value;
      progress = aggregation === 'sum' ? (row.cumulative ?? running) : row.value;
    }
    let pace: number | null = null;
    if (plan !== null && aggregation !== 'annual') pace = aggregation === 'sum' ? planPace(plan, index + 1) : plan;
    return { month, index, value, progress, pace };
  });
}

/** The figures message naming a to-date figure's month: a flow's total, a balance, a ratio at month end. */
export function asOfKey(aggregation: Aggregation): 'toDate' | 'balanceAsOf' | 'asOf' {
  if (aggregation === 'end') return 'balanceAsOf';
  return aggregation === 'ratio' ? 'asOf' : 'toDate';
}

/** The last month with a value, or null when none has been entered. */
export function latestEntered(series: readonly MonthPoint[]): MonthPoint | null {
  for (let i = series.length - 1; i >= 0; i--) {
    const p = series[i];
    if (p && p.progress !== null) return p;
  }
  return null;
}

/** Months (calendar numbers) not entered up to and including the latest entered month, and after it. */
export function missingMonths(series: readonly MonthPoint[]): { gaps: number[]; notYet: number[] } {
  const last = latestEntered(series);
  const gaps: number[] = [];
  const notYet: number[] = [];
  for (const p of series) {
    if (p.value !== null) continue;
    if (last && p.index < last.index) gaps.push(p.month);
    else notYet.push(p.month);
  }
  return { gaps, notYet };
}

export type PaceProgress = { month: number; progress: number; pace: number; ratio: number | null; status: ProgressStatus | null };

/** Progress to date against the plan's pace at the latest entered month, with a status by direction. */
export function paceProgress(
  series: readonly MonthPoint[],
  direction: Direction,
  rounding: RatioRounding = 'half_up',
): PaceProgress | null {
  const last = latestEntered(series);
  if (!last || last.progress === null || last.pace === null) return null;
  const ratio = ratioTenths(last.progress, last.pace, rounding);
  return { month: last.month, progress: last.progress, pace: last.pace, ratio, status: progressStatus(ratio, direction) };
}

export type Trend = 'better' | 'worse' | 'flat';

/**
 * Whether a year-on-year ratio (tenths of a percent) is good news for an indicator of this
 * direction: 117.2% more subrogation is 'worse', 115.2% more recovery is 'better'.
 */
export function yoyTrend(tenths: number | null, direction: Direction): Trend | null {
  if (tenths === null) return null;
  if (tenths === 1000) return 'flat';
  const up = tenths > 1000;
  return up === (direction === 'higher') ? 'better' : 'worse';
}

/** The words a display unit prints in a column header: 億円, 百万円, 千円. */
export const DISPLAY_UNIT_LABEL: Readonly<Record<DisplayUnit, string>> = DISPLAY_UNIT_WORD;

/**
 * An indicator value as the dashboard shows it. Yen follow the organisation's display unit:
 * 'oku' writes 兆/億 style (`1兆1,064億円`), 'million'/'thousand' write the number in that
 * unit with its label (`1,106,400百万円`). Other units as formatIndicatorValue. null → `―`.
 */
export function formatFigure(
  value: number | null,
  ind: { unit: IndicatorUnit; scale: number; yenPrecision?: YenPrecision },
  displayUnit: DisplayUnit,
): string {
  if (value === null) return MISSING_MARK;
  if (ind.unit === 'yen' && displayUnit !== 'oku') return `${formatInUnit(value, displayUnit)}${DISPLAY_UNIT_LABEL[displayUnit]}`;
  return formatIndicatorValue(value, ind.unit, ind.scale, { precision: ind.unit === 'yen' ? (ind.yenPrecision ?? 'oku') : undefined });
}

/** A yen amount in the display unit for a money table (決算概要): 兆/億/万 style or the unit's number. */
export function formatMoney(value: number | null, displayUnit: DisplayUnit): string {
  if (value === null) return MISSING_MARK;
  if (displayUnit === 'oku') return formatIndicatorValue(value, 'yen', 0, { precision: 'man' });
  return `${formatInUnit(value, displayUnit)}${DISPLAY_UNIT_LABEL[displayUnit]}`;
}

/** A value as a chart coordinate in the display unit (億円 for 'oku'); charts plot numbers, tooltips print formatFigure. */
export function chartValue(value: number | null, unit: IndicatorUnit, scale: number, displayUnit: DisplayUnit): number | null {
  if (value === null) return null;
  if (unit === 'yen') return value / DISPLAY_UNIT_YEN[displayUnit];
  return value / 10 ** scale;
}

/** A date as YYYY-MM-DD in Japan time (deadlines are Japanese calendar dates). */
export function japanDate(date: Date): string {
  return new Date(date.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The deadline sections can be overdue against: the entry deadline while actuals are being entered. */
export function overdueDeadline(plan: { phase: string; entryDeadline: string | null }): string | null {
  return plan.phase === 'planning' || plan.phase === 'entry' ? plan.entryDeadline : null;
}

/** Whole days from `today` to `deadline` (both YYYY-MM-DD): 3 = three days left, −2 = two days past. */
export function daysUntil(today: string, deadline: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A section is overdue once the deadline has passed without a submission (提出済み or 承認済み). */
export function isOverdue(status: string | null, deadline: string | null, today: string): boolean {
  if (deadline === null) return false;
  return daysUntil(today, deadline) < 0 && status !== 'submitted' && status !== 'approved';
}

/** Notes of one indicator numbered in order (注1, 注2 …); month notes mark their month on the chart. */
export function numberNotes<N extends { month: number | null }>(notes: readonly N[]): (N & { n: number })[] {
  return notes.map((note, i) => ({ ...note, n: i + 1 }));
}
