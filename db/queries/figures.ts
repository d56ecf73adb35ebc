// The months behind the display figures (lib/domain/figures.ts): for the indicators of a plan,
// their own months of the fiscal year and the prior year's months of the indicator with the
// same code (last year's plan), in one query whatever the number of indicators.
import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { type FigureIndicator, type FigureValues, type Figures, indicatorFigures, type MonthGrid } from '@/lib/domain/figures';
import type { DisplayUnit } from '@/lib/domain/types';
import type { Db } from '../open';
import { indicators, monthlyActuals, plans } from '../schema';

/** Fiscal position of a calendar month (4 → 0 … 3 → 11), for ordering in SQL. */
export const fiscalIndexOf = sql`((${monthlyActuals.month} + 8) % 12)`;

export type MonthRowWithYear = { indicatorId: number; fiscalYear: number; month: number; value: number; cumulative: number };

const source = alias(indicators, 'source');

/**
 * Monthly rows of a plan's indicators for `year` (their own) and `year − 1` (any indicator of
 * the organisation with the same code), with running totals per indicator and year computed
 * by SQLite. `scope` narrows the plan's indicators (conditions on `indicators`); `priorScope`
 * narrows those whose prior year is wanted (default: all in scope).
 */
export function listMonthRows(
  db: Db,
  input: { organisationId?: number; planId: number; year: number; scope?: SQL; priorScope?: SQL },
): MonthRowWithYear[] {
  const { organisationId, planId, year } = input;
  // Without the organisation at hand, the plan's own (a sub-select, still one statement).
  const organisation = organisationId ?? sql`(select p.organisation_id from plans p where p.id = ${planId})`;
  const ownYear = and(eq(source.id, indicators.id), eq(monthlyActuals.fiscalYear, year));
  const priorYear = and(eq(monthlyActuals.fiscalYear, year - 1), input.priorScope ?? sql`1`);
  const rows = db
    .select({
      indicatorId: indicators.id,
      fiscalYear: monthlyActuals.fiscalYear,
      month: monthlyActuals.month,
      value: monthlyActuals.value,
      sourceId: source.id,
      cumulative: sql<number>`sum(${monthlyActuals.value}) over (partition by ${indicators.id}, ${monthlyActuals.fiscalYear}, ${source.id} order by ${fiscalIndexOf})`,
    })
    .from(indicators)
    .innerJoin(source, and(eq(source.code, indicators.code), isNull(source.deletedAt)))
    .innerJoin(plans, and(eq(plans.id, source.planId), eq(plans.organisationId, organisation)))
    .innerJoin(monthlyActuals, eq(monthlyActuals.indicatorId, source.id))
    .where(
      and(
        eq(indicators.planId, planId),
        isNull(indicators.deletedAt),
        inArray(monthlyActuals.fiscalYear, [year - 1, year]),
        or(ownYear, priorYear),
        input.scope ?? sql`1`,
      ),
    )
    .orderBy(asc(indicators.id), asc(monthlyActuals.fiscalYear), asc(source.id), asc(fiscalIndexOf))
    .all();
  // Two plans can hold last year's months of one code (an annual and a mid-term plan): keep the first.
  const firstSource = new Map<string, number>();
  return rows.filter((r) => {
    const key = `${r.indicatorId}:${r.fiscalYear}`;
    const seen = firstSource.get(key);
    if (seen === undefined) firstSource.set(key, r.sourceId);
    return (seen ?? r.sourceId) === r.sourceId;
  });
}

export type MonthGrids = Map<number, { months: (number | null)[]; priorMonths: (number | null)[] }>;

/** Rows of listMonthRows as twelve-month grids per indicator (fiscal order). */
export function toMonthGrids(rows: readonly MonthRowWithYear[], year: number): MonthGrids {
  const grids: MonthGrids = new Map();
  for (const r of rows) {
    let g = grids.get(r.indicatorId);
    if (!g) {
      g = { months: Array.from({ length: 12 }, () => null), priorMonths: Array.from({ length: 12 }, () => null) };
      grids.set(r.indicatorId, g);
    }
    (r.fiscalYear === year ? g.months : g.priorMonths)[(r.month + 8) % 12] = r.value;
  }
  return grids;
}

/** The month grids of some (or all) indicators of a plan for a fiscal year: one query. */
export function loadMonthGrids(db: Db, input: { organisationId?: number; planId: number; year: number; indicatorIds?: number[] }) {
  const scope = input.indicatorIds ? inArray(indicators.id, input.indicatorIds.length ? input.indicatorIds : [-1]) : undefined;
  return toMonthGrids(listMonthRows(db, { ...input, scope }), input.year);
}

type ValueRow = FigureIndicator & { id: number; planValue: number | null; actualValue: number | null; priorActualValue: number | null };

/** indicatorFigures for a row with its values and (when any) its month grids. */
export function figuresOf(row: ValueRow, grids: MonthGrids, displayUnit: DisplayUnit): Figures {
  const g = grids.get(row.id);
  const values: FigureValues = {
    plan: row.planValue,
    actual: row.actualValue,
    prior: row.priorActualValue,
    months: g?.months as MonthGrid | undefined,
    priorMonths: g?.priorMonths,
  };
  return indicatorFigures(row, values, displayUnit);
}
