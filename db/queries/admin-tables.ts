// The report tables' specs on their sections (sections.table_spec), for the admin's table editor.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { TableSpec } from '@/lib/domain/table-spec';
import type { Db } from '../open';
import { plans, sections } from '../schema';

const TABLE_KINDS = ['kpi_table', 'financial_table'] as const;

/** A table section with its plan's kind and phase, scoped by organisation; null when not found. */
export function getTableSectionForAdmin(db: Db, organisationId: number, sectionId: number) {
  return (
    db
      .select({
        id: sections.id,
        planId: sections.planId,
        title: sections.title,
        kind: sections.kind,
        tableSpec: sections.tableSpec,
        deletedAt: sections.deletedAt,
        phase: plans.phase,
        planKind: plans.kind,
      })
      .from(sections)
      .innerJoin(plans, eq(plans.id, sections.planId))
      .where(and(eq(sections.id, sectionId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

/** A plan's live table sections in sort order (the caller puts them in document order). */
export function listTableSections(db: Db, planId: number) {
  return db
    .select({ id: sections.id, number: sections.number, title: sections.title, kind: sections.kind, tableSpec: sections.tableSpec })
    .from(sections)
    .where(and(eq(sections.planId, planId), isNull(sections.deletedAt), inArray(sections.kind, [...TABLE_KINDS])))
    .orderBy(asc(sections.sortOrder), asc(sections.id))
    .all();
}

export function setTableSpec(db: Db, planId: number, sectionId: number, spec: TableSpec | null) {
  return db
    .update(sections)
    .set({ tableSpec: spec })
    .where(and(eq(sections.id, sectionId), eq(sections.planId, planId)))
    .run().changes;
}
