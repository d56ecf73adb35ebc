import { and, asc, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { NumberingStyle, SectionKind } from '@/lib/domain/types';
import type { Db } from '../open';
import { inOrganisationPlans } from './scope';
import { departments, financialLines, indicators, indicatorValues, plans, sections, selfAssessments } from '../schema';

/** A section with its plan's phase, scoped to the organisation. */
export function getSectionForAdmin(db: Db, organisationId: number, sectionId: number) {
  return (
    db
      .select({
        id: sections.id,
        planId: sections.planId,
        parentId: sections.parentId,
        number: sections.number,
        numberStyle: sections.numberStyle,
        title: sections.title,
        kind: sections.kind,
        departmentId: sections.departmentId,
        sortOrder: sections.sortOrder,
        deletedAt: sections.deletedAt,
        phase: plans.phase,
      })
      .from(sections)
      .innerJoin(plans, eq(plans.id, sections.planId))
      .where(and(eq(sections.id, sectionId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

/** Every section of a plan (deleted ones too, for the recovery list), document order by the caller. */
export function listAdminSections(db: Db, planId: number) {
  return db
    .select({
      id: sections.id,
      parentId: sections.parentId,
      key: sections.key,
      number: sections.number,
      numberStyle: sections.numberStyle,
      title: sections.title,
      kind: sections.kind,
      departmentId: sections.departmentId,
      departmentName: departments.name,
      sortOrder: sections.sortOrder,
      deletedAt: sections.deletedAt,
    })
    .from(sections)
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .where(eq(sections.planId, planId))
    .orderBy(asc(sections.sortOrder), asc(sections.id))
    .all();
}

/** The live outline of a plan, for renumbering (lib/plans/renumber.ts). */
export function listOutlineRows(db: Db, planId: number) {
  return db
    .select({
      id: sections.id,
      parentId: sections.parentId,
      sortOrder: sections.sortOrder,
      kind: sections.kind,
      number: sections.number,
      numberStyle: sections.numberStyle,
    })
    .from(sections)
    .where(and(eq(sections.planId, planId), isNull(sections.deletedAt)))
    .all();
}

export function listLiveSiblings(db: Db, planId: number, parentId: number | null) {
  return db
    .select({ id: sections.id, sortOrder: sections.sortOrder, number: sections.number })
    .from(sections)
    .where(
      and(
        eq(sections.planId, planId),
        parentId === null ? isNull(sections.parentId) : eq(sections.parentId, parentId),
        isNull(sections.deletedAt),
      ),
    )
    .orderBy(asc(sections.sortOrder), asc(sections.id))
    .all();
}

/** A live sibling already printed with this number (numbers must not repeat under one parent). */
export function sectionNumberTaken(db: Db, planId: number, parentId: number | null, number: string, exceptId = -1): boolean {
  if (number === '') return false;
  return listLiveSiblings(db, planId, parentId).some((s) => s.number === number && s.id !== exceptId);
}

export function insertSection(
  db: Db,
  values: {
    planId: number;
    parentId: number | null;
    key: string;
    number: string;
    title: string;
    kind: SectionKind;
    departmentId: number | null;
    sortOrder: number;
  },
): number {
  return db.insert(sections).values(values).returning({ id: sections.id }).get().id;
}

export function updateSectionFields(
  db: Db,
  organisationId: number,
  sectionId: number,
  values: { number: string; numberStyle?: NumberingStyle | null; title: string; kind: SectionKind; departmentId: number | null },
) {
  db.update(sections)
    .set(values)
    .where(and(eq(sections.id, sectionId), inOrganisationPlans(sections.planId, organisationId)))
    .run();
}

/** Places a section under a parent and rewrites the sort order of its new siblings in one statement. */
export function placeSection(db: Db, organisationId: number, sectionId: number, parentId: number | null, orderedSiblingIds: number[]) {
  db.update(sections)
    .set({ parentId })
    .where(and(eq(sections.id, sectionId), inOrganisationPlans(sections.planId, organisationId)))
    .run();
  if (!orderedSiblingIds.length) return;
  const cases = sql.join(
    orderedSiblingIds.map((sid, i) => sql`when ${sid} then ${i}`),
    sql` `,
  );
  db.update(sections)
    .set({ sortOrder: sql`case ${sections.id} ${cases} end` })
    .where(and(inArray(sections.id, orderedSiblingIds), inOrganisationPlans(sections.planId, organisationId)))
    .run();
}

/** Renumbers siblings in one statement: ids[i] gets numbers[i]. */
export function setSectionNumbers(db: Db, organisationId: number, ids: number[], numbers: string[]) {
  if (!ids.length) return;
  const cases = sql.join(
    ids.map((sid, i) => sql`when ${sid} then ${numbers[i]}`),
    sql` `,
  );
  db.update(sections)
    .set({ number: sql`case ${sections.id} ${cases} end` })
    .where(and(inArray(sections.id, ids), inOrganisationPlans(sections.planId, organisationId)))
    .run();
}

/** The section and all its descendants (live or deleted), by a recursive query. */
export function subtreeIds(db: Db, planId: number, rootId: number): number[] {
  const rows = db.all<{ id: number }>(sql`
    with recursive t(id) as (
      select id from sections where id = ${rootId} and plan_id = ${planId}
      union all
      select s.id from sections s join t on s.parent_id = t.id
    ) select id from t`);
  return rows.map((r) => r.id);
}

/** Whether any of these sections holds written text, entered values or amounts. */
export function sectionsHaveContent(db: Db, ids: number[]): boolean {
  if (!ids.length) return false;
  const text = db
    .select({ id: selfAssessments.id })
    .from(selfAssessments)
    .where(and(inArray(selfAssessments.sectionId, ids), ne(sql`trim(${selfAssessments.narrative})`, '')))
    .limit(1)
    .get();
  if (text) return true;
  const value = db
    .select({ id: indicatorValues.id })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(
      and(
        inArray(indicators.sectionId, ids),
        isNull(indicators.deletedAt),
        sql`coalesce(${indicatorValues.planValue}, ${indicatorValues.actualValue}) is not null`,
      ),
    )
    .limit(1)
    .get();
  if (value) return true;
  const line = db
    .select({ id: financialLines.id })
    .from(financialLines)
    .where(and(inArray(financialLines.sectionId, ids), isNotNull(financialLines.amount)))
    .limit(1)
    .get();
  return line !== undefined;
}

/** Soft delete: the subtree's live rows get one shared timestamp, so a restore brings back exactly them. */
export function softDeleteSections(db: Db, organisationId: number, ids: number[], at: string) {
  db.update(sections)
    .set({ deletedAt: at })
    .where(and(inArray(sections.id, ids), isNull(sections.deletedAt), inOrganisationPlans(sections.planId, organisationId)))
    .run();
}

export function restoreSections(db: Db, organisationId: number, ids: number[], deletedAt: string) {
  db.update(sections)
    .set({ deletedAt: null })
    .where(and(inArray(sections.id, ids), eq(sections.deletedAt, deletedAt), inOrganisationPlans(sections.planId, organisationId)))
    .run();
}

export function departmentInOrganisation(db: Db, organisationId: number, departmentId: number): boolean {
  return (
    db
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.id, departmentId), eq(departments.organisationId, organisationId)))
      .get() !== undefined
  );
}
