import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../open';
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
  return opts.coreOnly ? rows.filter((r) => r.pairKey != null) : rows;
}

export type IndicatorWithValues = ReturnType<typeof listIndicatorsWithValues>[number];
