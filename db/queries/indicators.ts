import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { keptUntilDataChanges } from './data-cache';
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

/**
 * The indicators of some sections of a plan by section (the first `perSection` of each, in the
 * plan's order, when given), with their values and display figures for one fiscal year: the same rows
 * and figures as listIndicatorsWithValues gives for them, without reading the rest of the plan.
 * The ratio parts they derive from (at any depth, from any section) are read along in the same
 * query, so a ratio's figure is derived as on every other page. Three queries, whatever the size
 * of the plan or the number of sections.
 */
export function listSectionIndicatorsWithValues(
  db: Db,
  planId: number,
  fiscalYear: number,
  sectionIds: readonly number[],
  opts: { perSection?: number } = {},
): Map<number, IndicatorWithValues[]> {
  if (sectionIds.length === 0) return new Map();
  const limit = opts.perSection ?? -1;
  // Each section's first indicators through the (section, order) index, one statement text for
  // any number of sections (a JSON array parameter); then the parts of every ratio among them,
  // and their parts. SQLite's LIMIT -1 is no limit.
  const wanted = sql`(
    with recursive
      first(id) as (
        select i.id from json_each(${JSON.stringify(sectionIds)}) s
        join ${indicators} i on i.id in (
          select x.id from ${indicators} x
          where x.section_id = s.value and x.plan_id = ${planId} and x.deleted_at is null
          order by x.sort_order, x.id limit ${limit}
        )
      ),
      needed(id) as (
        select id from first
        union
        select p.id from needed
        join ${indicators} r on r.id = needed.id and r.aggregation = 'ratio'
        join ${indicators} p on p.id in (r.numerator_id, r.denominator_id) and p.plan_id = ${planId} and p.deleted_at is null
      )
    select id from needed
  )`;
  const rows = db
    .select({ ...indicatorColumns, ...yearValueColumns })
    .from(indicators)
    .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.fiscalYear, fiscalYear)))
    .where(and(eq(indicators.planId, planId), isNull(indicators.deletedAt), sql`${indicators.id} in ${wanted}`))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const grids = loadMonthGrids(db, { planId, year: fiscalYear, indicatorIds: rows.map((r) => r.id) });
  deriveRatioGrids(rows, grids);
  // A section's own first rows come first in the plan's order; its other rows here are only
  // ratio parts, which rank after them.
  const bySection = new Map<number, IndicatorWithValues[]>(sectionIds.map((id) => [id, []]));
  for (const r of rows) {
    const list = r.sectionId == null ? undefined : bySection.get(r.sectionId);
    if (list && (limit < 0 || list.length < limit)) list.push({ ...r, fig: figuresOf(r, grids, 'oku') });
  }
  return bySection;
}

/** listSectionIndicatorsWithValues kept until the data changes (./data-cache). Read-only. */
export function keptSectionIndicatorsWithValues(
  db: Db,
  planId: number,
  fiscalYear: number,
  sectionIds: readonly number[],
  opts: { perSection?: number } = {},
): Map<number, IndicatorWithValues[]> {
  return keptUntilDataChanges(db, ['sectionIndicators', planId, fiscalYear, sectionIds, opts.perSection ?? null], () =>
    listSectionIndicatorsWithValues(db, planId, fiscalYear, sectionIds, opts),
  );
}
