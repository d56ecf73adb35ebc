import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { inOrganisationPlans } from './scope';
import { financialLines, indicators, indicatorValues, plans, sections } from '../schema';

export type IndicatorFields = Omit<typeof indicators.$inferInsert, 'id' | 'planId' | 'deletedAt' | 'sortOrder'>;

/** A plan's live indicators with their values of every year of the plan (two queries). */
export function listAdminIndicators(db: Db, planId: number) {
  const rows = db
    .select()
    .from(indicators)
    .where(and(eq(indicators.planId, planId), isNull(indicators.deletedAt)))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const values = db
    .select({
      indicatorId: indicatorValues.indicatorId,
      fiscalYear: indicatorValues.fiscalYear,
      planValue: indicatorValues.planValue,
      actualValue: indicatorValues.actualValue,
      priorActualValue: indicatorValues.priorActualValue,
    })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicators.planId, planId), isNull(indicators.deletedAt)))
    .orderBy(asc(indicatorValues.fiscalYear))
    .all();
  return rows.map((r) => ({ ...r, values: values.filter((v) => v.indicatorId === r.id) }));
}

export type AdminIndicator = ReturnType<typeof listAdminIndicators>[number];

export function getIndicatorForAdmin(db: Db, organisationId: number, indicatorId: number) {
  return (
    db
      .select({ indicator: indicators, phase: plans.phase, startYear: plans.startYear, endYear: plans.endYear })
      .from(indicators)
      .innerJoin(plans, eq(plans.id, indicators.planId))
      .where(and(eq(indicators.id, indicatorId), eq(plans.organisationId, organisationId), isNull(indicators.deletedAt)))
      .get() ?? null
  );
}

/** Codes stay unique within a plan, deleted indicators included (the unique index covers them). */
export function indicatorCodeTaken(db: Db, planId: number, code: string, exceptId = -1): boolean {
  return (
    db
      .select({ id: indicators.id })
      .from(indicators)
      .where(and(eq(indicators.planId, planId), eq(indicators.code, code), ne(indicators.id, exceptId)))
      .get() !== undefined
  );
}

export function sectionInPlan(db: Db, planId: number, sectionId: number): boolean {
  return (
    db
      .select({ id: sections.id })
      .from(sections)
      .where(and(eq(sections.id, sectionId), eq(sections.planId, planId), isNull(sections.deletedAt)))
      .get() !== undefined
  );
}

/** How the plan's live indicators refer to each other as ratio parts (to refuse a cycle). */
export function listRatioLinks(db: Db, planId: number) {
  return db
    .select({
      id: indicators.id,
      aggregation: indicators.aggregation,
      numeratorId: indicators.numeratorId,
      denominatorId: indicators.denominatorId,
    })
    .from(indicators)
    .where(and(eq(indicators.planId, planId), isNull(indicators.deletedAt)))
    .all();
}

export function insertIndicator(db: Db, planId: number, fields: IndicatorFields): number {
  const last = db
    .select({ n: sql<number>`coalesce(max(${indicators.sortOrder}), -1)` })
    .from(indicators)
    .where(eq(indicators.planId, planId))
    .get();
  return db
    .insert(indicators)
    .values({ ...fields, planId, sortOrder: (last?.n ?? -1) + 1 })
    .returning({ id: indicators.id })
    .get().id;
}

export function updateIndicatorFields(db: Db, organisationId: number, indicatorId: number, fields: IndicatorFields) {
  db.update(indicators)
    .set(fields)
    .where(and(eq(indicators.id, indicatorId), inOrganisationPlans(indicators.planId, organisationId)))
    .run();
}

/** Sets the plan value of each given year, creating the year's row when missing. */
export function setPlanValues(db: Db, indicatorId: number, values: { fiscalYear: number; planValue: number | null }[], userId: number) {
  if (!values.length) return;
  db.insert(indicatorValues)
    .values(values.map((v) => ({ indicatorId, fiscalYear: v.fiscalYear, planValue: v.planValue, updatedBy: userId })))
    .onConflictDoUpdate({
      target: [indicatorValues.indicatorId, indicatorValues.fiscalYear],
      set: {
        planValue: sql`excluded.plan_value`,
        updatedBy: userId,
        version: sql`${indicatorValues.version} + 1`,
        updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
      },
    })
    .run();
}

export function softDeleteIndicator(db: Db, organisationId: number, indicatorId: number) {
  db.update(indicators)
    .set({ deletedAt: new Date().toISOString() })
    .where(and(eq(indicators.id, indicatorId), inOrganisationPlans(indicators.planId, organisationId)))
    .run();
}

export function listAdminFinancialLines(db: Db, planId: number) {
  return db
    .select()
    .from(financialLines)
    .where(eq(financialLines.planId, planId))
    .orderBy(asc(financialLines.fiscalYear), asc(financialLines.sortOrder), asc(financialLines.id))
    .all();
}

export function getFinancialLineForAdmin(db: Db, organisationId: number, lineId: number) {
  return (
    db
      .select({ line: financialLines, phase: plans.phase, startYear: plans.startYear, endYear: plans.endYear })
      .from(financialLines)
      .innerJoin(plans, eq(plans.id, financialLines.planId))
      .where(and(eq(financialLines.id, lineId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

export function listYearLines(db: Db, planId: number, fiscalYear: number) {
  return db
    .select({ id: financialLines.id, name: financialLines.name, sortOrder: financialLines.sortOrder })
    .from(financialLines)
    .where(and(eq(financialLines.planId, planId), eq(financialLines.fiscalYear, fiscalYear)))
    .orderBy(asc(financialLines.sortOrder), asc(financialLines.id))
    .all();
}

export function insertFinancialLine(db: Db, values: typeof financialLines.$inferInsert): number {
  return db.insert(financialLines).values(values).returning({ id: financialLines.id }).get().id;
}

export function updateFinancialLine(db: Db, organisationId: number, lineId: number, values: Partial<typeof financialLines.$inferInsert>) {
  db.update(financialLines)
    .set(values)
    .where(and(eq(financialLines.id, lineId), inOrganisationPlans(financialLines.planId, organisationId)))
    .run();
}

export function deleteFinancialLine(db: Db, organisationId: number, lineId: number) {
  db.delete(financialLines)
    .where(and(eq(financialLines.id, lineId), inOrganisationPlans(financialLines.planId, organisationId)))
    .run();
}

export function orderFinancialLines(db: Db, organisationId: number, ids: number[]) {
  if (!ids.length) return;
  const cases = sql.join(
    ids.map((lid, i) => sql`when ${lid} then ${i}`),
    sql` `,
  );
  db.update(financialLines)
    .set({ sortOrder: sql`case ${financialLines.id} ${cases} end` })
    .where(and(inArray(financialLines.id, ids), inOrganisationPlans(financialLines.planId, organisationId)))
    .run();
}
