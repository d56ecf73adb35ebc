import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { PlanKind } from '@/lib/domain/types';
import type { SourcePlan } from '@/lib/plans/copy';
import type { PlanStructure } from '@/lib/plans/structure';
import type { Db } from '../open';
import { departments, financialLines, indicators, indicatorValues, monthlyActuals, plans, sections } from '../schema';
import { indicatorColumns } from './columns';

export type AdminPlan = typeof plans.$inferSelect;

export function getPlanForAdmin(db: Db, organisationId: number, planId: number): AdminPlan | null {
  return (
    db
      .select()
      .from(plans)
      .where(and(eq(plans.id, planId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

/** Another plan of the same kind starting the same year (two annual plans for a year are refused). */
export function findSamePlan(db: Db, organisationId: number, kind: PlanKind, startYear: number, exceptId = -1) {
  return (
    db
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.organisationId, organisationId), eq(plans.kind, kind), eq(plans.startYear, startYear), ne(plans.id, exceptId)))
      .get() ?? null
  );
}

export function departmentIdsByCode(db: Db, organisationId: number): Map<string, number> {
  const rows = db
    .select({ id: departments.id, code: departments.code })
    .from(departments)
    .where(eq(departments.organisationId, organisationId))
    .all();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export function insertPlan(db: Db, values: typeof plans.$inferInsert): number {
  return db.insert(plans).values(values).returning({ id: plans.id }).get().id;
}

/** A plan's live contents as the copy logic needs them. */
export function loadSourcePlan(db: Db, plan: { id: number; startYear: number; endYear: number }): SourcePlan {
  const secs = db
    .select({
      id: sections.id,
      parentId: sections.parentId,
      key: sections.key,
      number: sections.number,
      title: sections.title,
      kind: sections.kind,
      departmentId: sections.departmentId,
      sortOrder: sections.sortOrder,
      tableSpec: sections.tableSpec,
    })
    .from(sections)
    .where(and(eq(sections.planId, plan.id), isNull(sections.deletedAt)))
    .orderBy(asc(sections.id))
    .all();
  const inds = db
    .select({ ...indicatorColumns, aliases: indicators.aliases, allowNegative: indicators.allowNegative, sortOrder: indicators.sortOrder })
    .from(indicators)
    .where(and(eq(indicators.planId, plan.id), isNull(indicators.deletedAt)))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const values = db
    .select({ indicatorId: indicatorValues.indicatorId, fiscalYear: indicatorValues.fiscalYear, actualValue: indicatorValues.actualValue })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(eq(indicators.planId, plan.id))
    .all();
  const lines = db
    .select({
      sectionId: financialLines.sectionId,
      fiscalYear: financialLines.fiscalYear,
      name: financialLines.name,
      amount: financialLines.amount,
      sortOrder: financialLines.sortOrder,
    })
    .from(financialLines)
    .where(eq(financialLines.planId, plan.id))
    .all();
  const codeOf = new Map(inds.map((i) => [i.id, i.code]));
  const valuesOf = new Map<number, { fiscalYear: number; actualValue: number | null }[]>();
  for (const v of values) {
    const list = valuesOf.get(v.indicatorId) ?? [];
    list.push({ fiscalYear: v.fiscalYear, actualValue: v.actualValue });
    valuesOf.set(v.indicatorId, list);
  }
  return {
    startYear: plan.startYear,
    endYear: plan.endYear,
    sections: secs,
    indicators: inds.map(({ id, numeratorId, denominatorId, ...ind }) => ({
      ...ind,
      numeratorCode: codeOf.get(numeratorId ?? -1) ?? null,
      denominatorCode: codeOf.get(denominatorId ?? -1) ?? null,
      values: valuesOf.get(id) ?? [],
    })),
    financialLines: lines,
  };
}

/** Writes a structure into an empty plan: sections level by level, then indicators, values and lines in batches. */
export function insertPlanStructure(
  db: Db,
  planId: number,
  structure: PlanStructure,
): { sections: number; indicators: number; financialLines: number } {
  const idOf = new Map<string, number>();
  let pending = structure.sections;
  while (pending.length) {
    const ready = pending.filter((s) => s.parentKey === null || idOf.has(s.parentKey));
    if (!ready.length) break; // orphans (a parent key that does not exist) are left out
    const rows = db
      .insert(sections)
      .values(
        ready.map((s) => ({
          planId,
          parentId: s.parentKey === null ? null : idOf.get(s.parentKey)!,
          key: s.key,
          number: s.number,
          title: s.title,
          kind: s.kind,
          departmentId: s.departmentId,
          sortOrder: s.sortOrder,
          tableSpec: s.tableSpec ?? null,
        })),
      )
      .returning({ id: sections.id, key: sections.key })
      .all();
    for (const r of rows) idOf.set(r.key, r.id);
    pending = pending.filter((s) => !idOf.has(s.key));
  }
  const sectionId = (key: string | null) => (key === null ? null : (idOf.get(key) ?? null));
  if (structure.indicators.length) {
    const created = db
      .insert(indicators)
      .values(
        structure.indicators.map(({ sectionKey, values: _v, numeratorCode: _n, denominatorCode: _d, ...ind }) => ({
          ...ind,
          planId,
          sectionId: sectionId(sectionKey),
        })),
      )
      .returning({ id: indicators.id, code: indicators.code })
      .all();
    const idByCode = new Map(created.map((r) => [r.code, r.id]));
    // A ratio's parts are known by code until every indicator has its id (a few ratios per plan).
    for (const ind of structure.indicators) {
      const numeratorId = idByCode.get(ind.numeratorCode ?? '') ?? null;
      const denominatorId = idByCode.get(ind.denominatorCode ?? '') ?? null;
      if (ind.aggregation !== 'ratio' || numeratorId === null || denominatorId === null) continue;
      db.update(indicators)
        .set({ numeratorId, denominatorId })
        .where(eq(indicators.id, idByCode.get(ind.code)!))
        .run();
    }
    const valueRows = structure.indicators.flatMap((ind) => ind.values.map((v) => ({ indicatorId: idByCode.get(ind.code)!, ...v })));
    if (valueRows.length) db.insert(indicatorValues).values(valueRows).run();
  }
  if (structure.financialLines.length) {
    db.insert(financialLines)
      .values(structure.financialLines.map(({ sectionKey, ...l }) => ({ ...l, planId, sectionId: sectionId(sectionKey), amount: null })))
      .run();
  }
  return { sections: idOf.size, indicators: structure.indicators.length, financialLines: structure.financialLines.length };
}

export type PlanSettings = Pick<
  AdminPlan,
  'title' | 'startYear' | 'endYear' | 'ratingScale' | 'independentReview' | 'entryDeadline' | 'reviewDeadline' | 'publishDeadline'
> &
  Partial<Pick<AdminPlan, 'documentTitle' | 'numbering' | 'displayUnit'>>;

/** Optimistic: 0 when the plan changed since `version`. */
export function updatePlanSettings(db: Db, planId: number, version: number, values: PlanSettings): number {
  return db
    .update(plans)
    .set({ ...values, version: sql`${plans.version} + 1`, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` })
    .where(and(eq(plans.id, planId), eq(plans.version, version)))
    .run().changes;
}

/** Moving a plan's period moves its per-year rows with it. */
export function shiftPlanYears(db: Db, planId: number, delta: number): void {
  if (delta === 0) return;
  const ids = db
    .select({ id: indicators.id })
    .from(indicators)
    .where(eq(indicators.planId, planId))
    .all()
    .map((r) => r.id);
  // Two steps through negative years so the (indicator, year) unique index never collides midway.
  if (ids.length) {
    db.update(indicatorValues)
      .set({ fiscalYear: sql`-(${indicatorValues.fiscalYear} + ${delta})` })
      .where(inArray(indicatorValues.indicatorId, ids))
      .run();
    db.update(indicatorValues)
      .set({ fiscalYear: sql`-${indicatorValues.fiscalYear}` })
      .where(and(inArray(indicatorValues.indicatorId, ids), sql`${indicatorValues.fiscalYear} < 0`))
      .run();
    db.update(monthlyActuals)
      .set({ fiscalYear: sql`-(${monthlyActuals.fiscalYear} + ${delta})` })
      .where(inArray(monthlyActuals.indicatorId, ids))
      .run();
    db.update(monthlyActuals)
      .set({ fiscalYear: sql`-${monthlyActuals.fiscalYear}` })
      .where(and(inArray(monthlyActuals.indicatorId, ids), sql`${monthlyActuals.fiscalYear} < 0`))
      .run();
  }
  db.update(financialLines)
    .set({ fiscalYear: sql`${financialLines.fiscalYear} + ${delta}` })
    .where(eq(financialLines.planId, planId))
    .run();
}

export function listAdminPlans(db: Db, organisationId: number) {
  return db
    .select({
      id: plans.id,
      kind: plans.kind,
      title: plans.title,
      startYear: plans.startYear,
      endYear: plans.endYear,
      phase: plans.phase,
      publishedAt: plans.publishedAt,
    })
    .from(plans)
    .where(eq(plans.organisationId, organisationId))
    .orderBy(sql`${plans.startYear} desc`, asc(plans.kind))
    .all();
}
