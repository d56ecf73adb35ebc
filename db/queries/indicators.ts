import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../open';
import { figuresOf, loadMonthGrids } from './figures';
import { indicators, indicatorValues } from '../schema';

/** A plan's indicators with their values for one fiscal year, in one query. */
export function listIndicatorsWithValues(db: Db, planId: number, fiscalYear: number, opts: { coreOnly?: boolean } = {}) {
  const rows = db
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      sectionId: indicators.sectionId,
      unit: indicators.unit,
      scale: indicators.scale,
      direction: indicators.direction,
      ratioRounding: indicators.ratioRounding,
      yenPrecision: indicators.yenPrecision,
      pairKey: indicators.pairKey,
      measure: indicators.measure,
      aggregation: indicators.aggregation,
      planValue: indicatorValues.planValue,
      actualValue: indicatorValues.actualValue,
      priorActualValue: indicatorValues.priorActualValue,
    })
    .from(indicators)
    .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.fiscalYear, fiscalYear)))
    .where(and(eq(indicators.planId, planId), isNull(indicators.deletedAt)))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const picked = opts.coreOnly ? rows.filter((r) => r.pairKey != null) : rows;
  // The display figures (derived from the months while the year is open): one more query.
  const grids = loadMonthGrids(db, { planId, year: fiscalYear, indicatorIds: picked.map((r) => r.id) });
  return picked.map((r) => ({ ...r, fig: figuresOf(r, grids, 'oku') }));
}

export type IndicatorWithValues = ReturnType<typeof listIndicatorsWithValues>[number];
