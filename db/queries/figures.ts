// The months behind the display figures (lib/domain/figures.ts): for the indicators of a plan,
// their own months of the fiscal year and the prior year's months of the indicator with the
// same code (last year's plan), in two queries whatever the number of indicators.
import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  type FigureIndicator,
  type FigureNumbers,
  type FigureValues,
  type Figures,
  figureNumbers,
  indicatorFigures,
  type MonthGrid,
} from '@/lib/domain/figures';
import type { DisplayUnit } from '@/lib/domain/types';
import type { Db } from '../open';
import { ratioFigureValues } from '@/lib/domain/figures-ratio';
import { indicators, indicatorValues, monthlyActuals, plans } from '../schema';
import { indicatorColumns, yearValueColumns } from './columns';

/** Fiscal position of a calendar month (4 → 0 … 3 → 11), for ordering in SQL. */
export const fiscalIndexOf = sql`((${monthlyActuals.month} + 8) % 12)`;

export type MonthRowWithYear = { indicatorId: number; fiscalYear: number; month: number; value: number; cumulative: number };

const source = alias(indicators, 'source');

/**
 * Monthly rows of a plan's indicators for `year` (their own) and `year − 1` (any indicator of
 * the organisation with the same code), with running totals per indicator and year: two queries whatever the number of indicators. `scope` narrows the plan's indicators (conditions on `indicators`); `priorScope`
 * narrows those whose prior year is wanted (default: all in scope).
 */
export function listMonthRows(
  db: Db,
  input: { organisationId?: number; planId: number; year: number; scope?: SQL; priorScope?: SQL },
): MonthRowWithYear[] {
  const { organisationId, planId, year } = input;
  const inPlan = and(eq(indicators.planId, planId), isNull(indicators.deletedAt), input.scope ?? sql`1`);
  // This year: the indicators' own months (the (indicator, year, month) index).
  const own = db
    .select({
      indicatorId: indicators.id,
      fiscalYear: monthlyActuals.fiscalYear,
      month: monthlyActuals.month,
      value: monthlyActuals.value,
    })
    .from(indicators)
    .innerJoin(monthlyActuals, and(eq(monthlyActuals.indicatorId, indicators.id), eq(monthlyActuals.fiscalYear, year)))
    .where(inPlan)
    .orderBy(asc(indicators.id), asc(fiscalIndexOf))
    .all();
  // Last year: the months of the same code in the plans covering it (found by the (plan, code) index).
  const organisation = organisationId ?? sql`(select p.organisation_id from plans p where p.id = ${planId})`;
  // CROSS JOIN fixes SQLite's join order: from the plan's indicators outwards. Left to choose, it
  // scanned every monthly row of the database first (seconds on a large organisation). INDEXED BY:
  // for a list of indicators it built an automatic index over every monthly row of the year
  // instead (90 ms on the benchmark's large dataset, for the committee's 120 key figures).
  const prior = db.all<{ indicatorId: number; fiscalYear: number; month: number; value: number; sourceId: number }>(sql`
    select ${indicators.id} as indicatorId, ${monthlyActuals.fiscalYear} as fiscalYear, ${monthlyActuals.month} as month,
      ${monthlyActuals.value} as value, ${source.id} as sourceId
    from ${indicators}
    cross join ${plans}
    cross join ${indicators} as "source"
    cross join ${monthlyActuals} indexed by monthly_actuals_pk
    where ${and(inPlan, input.priorScope ?? sql`1`)}
      and ${plans.organisationId} = ${organisation} and ${plans.startYear} <= ${year - 1} and ${plans.endYear} >= ${year - 1}
      and ${source.planId} = ${plans.id} and ${source.code} = ${indicators.code} and ${source.deletedAt} is null
      and ${monthlyActuals.indicatorId} = ${source.id} and ${monthlyActuals.fiscalYear} = ${year - 1}
    order by ${indicators.id}, ${source.id}, ${fiscalIndexOf}`);
  // Two plans can hold last year's months of one code (an annual and a mid-term plan): keep the first.
  const firstSource = new Map<number, number>();
  const priorRows = prior.filter((r) => {
    const seen = firstSource.get(r.indicatorId);
    if (seen === undefined) firstSource.set(r.indicatorId, r.sourceId);
    return (seen ?? r.sourceId) === r.sourceId;
  });
  // Running totals per indicator and year, in fiscal order (a window function in SQL cost more
  // than the whole query on a large plan).
  const out: MonthRowWithYear[] = [];
  let key = '';
  let total = 0;
  for (const r of [...own, ...priorRows]) {
    const k = `${r.indicatorId}:${r.fiscalYear}`;
    if (k !== key) {
      key = k;
      total = 0;
    }
    total += r.value;
    out.push({ indicatorId: r.indicatorId, fiscalYear: r.fiscalYear, month: r.month, value: r.value, cumulative: total });
  }
  return out;
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

/** A fiscal-order grid from group_concat's "index:value,…" (the values are stored integers). */
function gridOf(text: string): (number | null)[] {
  const grid: (number | null)[] = Array.from({ length: 12 }, () => null);
  for (const cell of text.split(',')) {
    const at = cell.indexOf(':');
    grid[Number(cell.slice(0, at))] = Number(cell.slice(at + 1));
  }
  return grid;
}

/** A month's position and value, for group_concat: "index:value". */
const monthCell = sql`group_concat(${fiscalIndexOf} || ':' || ${monthlyActuals.value})`;

/**
 * The month grids of some (or all) indicators of a plan for a fiscal year: the grids
 * toMonthGrids(listMonthRows(…)) gives, in two queries of one row per indicator and year (a
 * page's key figures read 2,880 month rows through listMonthRows, more work than the rest of
 * their loader).
 */
export function loadMonthGrids(
  db: Db,
  input: { organisationId?: number; planId: number; year: number; indicatorIds?: number[] },
): MonthGrids {
  const { planId, year } = input;
  const scope = input.indicatorIds ? inArray(indicators.id, input.indicatorIds.length ? input.indicatorIds : [-1]) : sql`1`;
  const inPlan = and(eq(indicators.planId, planId), isNull(indicators.deletedAt), scope);
  const own = db.all<{ id: number; months: string }>(sql`
    select ${indicators.id} as id, ${monthCell} as months
    from ${indicators}
    cross join ${monthlyActuals} indexed by monthly_actuals_pk
    where ${inPlan} and ${monthlyActuals.indicatorId} = ${indicators.id} and ${monthlyActuals.fiscalYear} = ${year}
    group by ${indicators.id}`);
  // Last year as in listMonthRows: the same code in the plans covering it, the first source kept.
  const organisation = input.organisationId ?? sql`(select p.organisation_id from plans p where p.id = ${planId})`;
  const prior = db.all<{ id: number; months: string }>(sql`
    select ${indicators.id} as id, ${monthCell} as months
    from ${indicators}
    cross join ${plans}
    cross join ${indicators} as "source"
    cross join ${monthlyActuals} indexed by monthly_actuals_pk
    where ${inPlan}
      and ${plans.organisationId} = ${organisation} and ${plans.startYear} <= ${year - 1} and ${plans.endYear} >= ${year - 1}
      and ${source.planId} = ${plans.id} and ${source.code} = ${indicators.code} and ${source.deletedAt} is null
      and ${monthlyActuals.indicatorId} = ${source.id} and ${monthlyActuals.fiscalYear} = ${year - 1}
    group by ${indicators.id}, ${source.id}
    order by ${indicators.id}, ${source.id}`);
  const empty = () => Array.from({ length: 12 }, () => null);
  const grids: MonthGrids = new Map();
  for (const r of own) grids.set(r.id, { months: gridOf(r.months), priorMonths: empty() });
  let last = -1;
  for (const r of prior) {
    if (r.id === last) continue; // a second plan holding last year's months of the code
    last = r.id;
    const g = grids.get(r.id);
    if (g) g.priorMonths = gridOf(r.months);
    else grids.set(r.id, { months: empty(), priorMonths: gridOf(r.months) });
  }
  return grids;
}

export type ValueRow = FigureIndicator & {
  id: number;
  planValue: number | null;
  actualValue: number | null;
  priorActualValue: number | null;
  numeratorId?: number | null;
  denominatorId?: number | null;
};

function valuesOf(row: ValueRow, grids: MonthGrids): FigureValues {
  const g = grids.get(row.id);
  return {
    plan: row.planValue,
    actual: row.actualValue,
    prior: row.priorActualValue,
    months: g?.months as MonthGrid | undefined,
    priorMonths: g?.priorMonths,
  };
}

/** indicatorFigures for a row with its values and (when any) its month grids. */
export function figuresOf(row: ValueRow, grids: MonthGrids, displayUnit: DisplayUnit): Figures {
  return indicatorFigures(row, valuesOf(row, grids), displayUnit);
}

/** figureNumbers for a row (no strings: for counts over many indicators). */
export function figureNumbersOf(row: ValueRow, grids: MonthGrids): FigureNumbers {
  return figureNumbers(row, valuesOf(row, grids));
}

/** Ids of the ratio parts of `rows` that `rows` does not hold (a department's page, one indicator). */
function missingParts(rows: readonly ValueRow[]): number[] {
  const have = new Set(rows.map((r) => r.id));
  const ids = new Set<number>();
  for (const r of rows) {
    if (r.aggregation !== 'ratio') continue;
    for (const p of [r.numeratorId, r.denominatorId]) if (p != null && !have.has(p)) ids.add(p);
  }
  return [...ids];
}

/**
 * The ratio parts `rows` refers to but does not hold, with their year's values: one query, and
 * only when some part is missing (a plan's full list holds them all), whatever the number of ratios.
 */
export function loadRatioParts(db: Db, planId: number, year: number, rows: readonly ValueRow[]): ValueRow[] {
  const ids = missingParts(rows);
  if (ids.length === 0) return [];
  return db
    .select({ ...indicatorColumns, ...yearValueColumns })
    .from(indicators)
    .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.fiscalYear, year)))
    .where(and(eq(indicators.planId, planId), inArray(indicators.id, ids), isNull(indicators.deletedAt)))
    .all();
}

/**
 * Replaces the months of the ratio indicators among `rows` by the ratios of their parts
 * (found among `rows`), so that figuresOf reads them like any indicator. A part that is itself
 * a ratio is derived first; a ratio whose parts are missing keeps its own months.
 */
export function deriveRatioGrids(rows: readonly ValueRow[], grids: MonthGrids): void {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const done = new Set<number>();
  const derive = (row: ValueRow, depth: number) => {
    if (done.has(row.id) || depth > rows.length) return;
    done.add(row.id);
    const num = row.numeratorId == null ? undefined : byId.get(row.numeratorId);
    const den = row.denominatorId == null ? undefined : byId.get(row.denominatorId);
    if (row.aggregation !== 'ratio' || !num || !den) return;
    derive(num, depth + 1);
    derive(den, depth + 1);
    const v = ratioFigureValues(
      row,
      valuesOf(row, grids),
      { ind: num, values: valuesOf(num, grids) },
      { ind: den, values: valuesOf(den, grids) },
    );
    grids.set(row.id, { months: v.months as (number | null)[], priorMonths: v.priorMonths as (number | null)[] });
  };
  for (const r of rows) derive(r, 0);
}
