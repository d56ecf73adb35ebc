import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { fiscalMonthAt } from '@/lib/domain/fiscal-year';
import type { Db } from '../open';
import { keptUntilDataChanges } from './data-cache';
import { deriveRatioGrids, loadMonthGrids, loadRatioParts } from './figures';
import { departments, indicators, indicatorValues, monthlyActuals, plans, sections, users } from '../schema';
import { indicatorColumns, yearValueColumns } from './columns';
import { assertIndicatorInOrganisation } from './ownership';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** Indicators of a plan that belong to sections, with one year's values and the owning department. */
function indicatorRows(db: Db, planId: number, fiscalYear: number, where: { sectionId?: number; departmentIds?: number[] | null }) {
  const conditions = [eq(indicators.planId, planId), isNull(indicators.deletedAt), isNull(sections.deletedAt)];
  if (where.sectionId !== undefined) conditions.push(eq(indicators.sectionId, where.sectionId));
  if (where.departmentIds) conditions.push(inArray(sections.departmentId, where.departmentIds.length ? where.departmentIds : [-1]));
  return db
    .select({
      ...indicatorColumns,
      aliases: indicators.aliases,
      sectionTitle: sections.title,
      departmentId: sections.departmentId,
      departmentName: departments.name,
      unit: indicators.unit,
      scale: indicators.scale,
      direction: indicators.direction,
      ratioRounding: indicators.ratioRounding,
      yenPrecision: indicators.yenPrecision,
      aggregation: indicators.aggregation,
      pairKey: indicators.pairKey,
      measure: indicators.measure,
      allowNegative: indicators.allowNegative,
      ...yearValueColumns,
      version: sql<number>`coalesce(${indicatorValues.version}, 0)`,
      updatedAt: indicatorValues.updatedAt,
      updatedBy: users.displayName,
    })
    .from(indicators)
    .innerJoin(sections, eq(sections.id, indicators.sectionId))
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.fiscalYear, fiscalYear)))
    .leftJoin(users, eq(users.id, indicatorValues.updatedBy))
    .where(and(...conditions))
    .orderBy(asc(sections.id), asc(indicators.sortOrder), asc(indicators.id))
    .all();
}

/** Indicators with values and monthly actuals: of one section, or of departments (null = all). */
export function listIndicatorsForEntry(
  db: Db,
  planId: number,
  fiscalYear: number,
  where: { sectionId?: number; departmentIds?: number[] | null },
) {
  const rows = indicatorRows(db, planId, fiscalYear, where);
  // This year's months and last year's (for 前年同期比 and the forecast), in one query.
  // A ratio's parts may be another section's: their rows (a query only when so) and months.
  const parts = loadRatioParts(db, planId, fiscalYear, rows);
  const grids = loadMonthGrids(db, { planId, year: fiscalYear, indicatorIds: [...rows, ...parts].map((r) => r.id) });
  const own = new Map(grids);
  deriveRatioGrids([...rows, ...parts], grids);
  const empty = () => Array<number | null>(12).fill(null);
  return rows.map((r) => {
    const derived = grids.get(r.id) !== own.get(r.id) ? grids.get(r.id) : undefined;
    return {
      ...r,
      monthly: own.get(r.id)?.months ?? empty(),
      priorMonthly: own.get(r.id)?.priorMonths ?? empty(),
      derivedMonthly: derived?.months ?? null,
      derivedPriorMonthly: derived?.priorMonths ?? null,
    };
  });
}

export type EntryIndicator = ReturnType<typeof listIndicatorsForEntry>[number];

/** One section's listIndicatorsForEntry, kept until the data changes (./data-cache). Read-only. */
export function keptSectionIndicatorsForEntry(db: Db, planId: number, fiscalYear: number, sectionId: number): EntryIndicator[] {
  return keptUntilDataChanges(db, ['entryIndicators', planId, fiscalYear, sectionId], () =>
    listIndicatorsForEntry(db, planId, fiscalYear, { sectionId }),
  );
}

/** One indicator with its plan and section, scoped by organisation (a foreign id finds nothing). */
export function getIndicatorTarget(db: Db, organisationId: number, indicatorId: number) {
  return (
    db
      .select({
        id: indicators.id,
        code: indicators.code,
        unit: indicators.unit,
        scale: indicators.scale,
        allowNegative: indicators.allowNegative,
        planId: plans.id,
        year: plans.startYear,
        endYear: plans.endYear,
        phase: plans.phase,
        sectionId: sections.id,
        departmentId: sections.departmentId,
      })
      .from(indicators)
      .innerJoin(plans, eq(plans.id, indicators.planId))
      .innerJoin(sections, eq(sections.id, indicators.sectionId))
      .where(and(eq(indicators.id, indicatorId), eq(plans.organisationId, organisationId), isNull(indicators.deletedAt)))
      .get() ?? null
  );
}

/** A plan's indicators by code, for an upload (one query). */
/** The plan's indicators with these codes, and the prior-year actual each now holds for `fiscalYear`. */
export function getIndicatorsByCode(db: Db, planId: number, codes: string[], fiscalYear: number) {
  if (codes.length === 0) return [];
  return db
    .select({
      id: indicators.id,
      code: indicators.code,
      unit: indicators.unit,
      scale: indicators.scale,
      allowNegative: indicators.allowNegative,
      departmentId: sections.departmentId,
      priorActualValue: indicatorValues.priorActualValue,
    })
    .from(indicators)
    .innerJoin(sections, eq(sections.id, indicators.sectionId))
    .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.fiscalYear, fiscalYear)))
    .where(and(eq(indicators.planId, planId), inArray(indicators.code, codes), isNull(indicators.deletedAt)))
    .all();
}

export function getIndicatorValues(db: Db, indicatorId: number, fiscalYear: number) {
  return (
    db
      .select({
        actualValue: indicatorValues.actualValue,
        priorActualValue: indicatorValues.priorActualValue,
        version: indicatorValues.version,
        updatedAt: indicatorValues.updatedAt,
        updatedBy: users.displayName,
      })
      .from(indicatorValues)
      .leftJoin(users, eq(users.id, indicatorValues.updatedBy))
      .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.fiscalYear, fiscalYear)))
      .get() ?? null
  );
}

export type ActualsWrite = {
  actual: number | null;
  prior: number | null;
  monthly: (number | null)[];
  userId: number;
  /** The writer's organisation: the indicator must be one of its own (db/queries/ownership.ts). */
  organisationId: number;
};

/**
 * Saves an indicator's annual, prior-year and monthly actuals when its values row is still at
 * `baseVersion` (0: no row yet); null when someone saved in between. `baseVersion` null
 * overwrites (an upload). Returns the new version.
 */
export function saveActuals(db: Db, indicatorId: number, fiscalYear: number, baseVersion: number | null, w: ActualsWrite): number | null {
  assertIndicatorInOrganisation(db, indicatorId, w.organisationId);
  const current = db
    .select({ version: indicatorValues.version })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.fiscalYear, fiscalYear)))
    .get();
  let version: number;
  if (!current) {
    if (baseVersion !== null && baseVersion !== 0) return null;
    db.insert(indicatorValues)
      .values({ indicatorId, fiscalYear, actualValue: w.actual, priorActualValue: w.prior, updatedBy: w.userId })
      .run();
    version = 1;
  } else {
    const base = baseVersion ?? current.version;
    const row = db
      .update(indicatorValues)
      .set({ actualValue: w.actual, priorActualValue: w.prior, updatedBy: w.userId, updatedAt: now, version: base + 1 })
      .where(
        and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.fiscalYear, fiscalYear), eq(indicatorValues.version, base)),
      )
      .returning({ version: indicatorValues.version })
      .get();
    if (!row) return null;
    version = row.version;
  }
  db.delete(monthlyActuals)
    .where(and(eq(monthlyActuals.indicatorId, indicatorId), eq(monthlyActuals.fiscalYear, fiscalYear)))
    .run();
  const months = w.monthly.flatMap((value, i) =>
    value === null ? [] : [{ indicatorId, fiscalYear, month: fiscalMonthAt(i), value, updatedBy: w.userId }],
  );
  if (months.length) db.insert(monthlyActuals).values(months).run();
  return version;
}
