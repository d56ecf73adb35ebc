import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../open';
import { deriveRatioGrids, figuresOf, loadMonthGrids } from './figures';
import { indicators, indicatorValues } from '../schema';
import { indicatorColumns, yearValueColumns } from './columns';

/** A plan's indicators with their values for one fiscal year, in one query. */
export function listIndicatorsWithValues(db: Db, planId: number, fiscalYear: number, opts: { coreOnly?: boolean } = {}) {
  const rows = db
    .select({ ...indicatorColumns, ...yearValueColumns })
    .from(indicators)
    .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.fiscalYear, fiscalYear)))
    .where(and(eq(indicators.planId, planId), isNull(indicators.deletedAt)))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const picked = opts.coreOnly ? rows.filter((r) => r.pairKey != null) : rows;
  // The display figures (derived from the months while the year is open): one more query.
  // A picked ratio's parts are among the plan's rows: their months come along.
  const wanted = new Set(picked.flatMap((r) => (r.aggregation === 'ratio' ? [r.id, r.numeratorId, r.denominatorId] : [r.id])));
  const grids = loadMonthGrids(db, { planId, year: fiscalYear, indicatorIds: rows.filter((r) => wanted.has(r.id)).map((r) => r.id) });
  deriveRatioGrids(rows, grids);
  return picked.map((r) => ({ ...r, fig: figuresOf(r, grids, 'oku') }));
}

export type IndicatorWithValues = ReturnType<typeof listIndicatorsWithValues>[number];
