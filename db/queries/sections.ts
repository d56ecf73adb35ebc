import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { departments, opinions, sections, selfAssessments, users } from '../schema';

const editor = alias(users, 'editor');

/** Sections of a plan with their self-assessment state, in document order, in one query. */
export function listSectionStatuses(db: Db, planId: number, opts: { departmentIds?: number[]; statuses?: string[] } = {}) {
  const where = [eq(sections.planId, planId), isNull(sections.deletedAt)];
  if (opts.departmentIds) where.push(inArray(sections.departmentId, opts.departmentIds.length ? opts.departmentIds : [-1]));
  if (opts.statuses) where.push(inArray(selfAssessments.status, opts.statuses as ('draft' | 'submitted' | 'returned' | 'approved')[]));
  return db
    .select({
      id: sections.id,
      parentId: sections.parentId,
      number: sections.number,
      title: sections.title,
      kind: sections.kind,
      sortOrder: sections.sortOrder,
      departmentId: sections.departmentId,
      departmentName: departments.name,
      status: selfAssessments.status,
      version: selfAssessments.version,
      updatedAt: selfAssessments.updatedAt,
      updatedBy: editor.displayName,
      narrativeLength: sql<number>`coalesce(length(${selfAssessments.narrative}), 0)`,
    })
    .from(sections)
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .leftJoin(editor, eq(editor.id, selfAssessments.updatedBy))
    .where(and(...where))
    .orderBy(asc(sections.id))
    .all();
}

export type SectionStatusRow = ReturnType<typeof listSectionStatuses>[number];

/** Sections ordered as the document reads: depth-first by sort order. */
export function inDocumentOrder<T extends { id: number; parentId: number | null; sortOrder: number }>(
  rows: T[],
): (T & { depth: number })[] {
  const children = new Map<number | null, T[]>();
  for (const r of rows) {
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const known = new Set(rows.map((r) => r.id));
  const out: (T & { depth: number })[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const r of (children.get(parent) ?? []).sort((a, b) => a.sortOrder - b.sortOrder)) {
      out.push({ ...r, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  // Rows whose parent was filtered out still appear, at the top level.
  for (const [parent, list] of children) {
    if (parent === null || known.has(parent)) continue;
    for (const r of list.sort((a, b) => a.sortOrder - b.sortOrder)) {
      out.push({ ...r, depth: 0 });
      walk(r.id, 1);
    }
  }
  return out;
}

/** Status counts per department for the year overview (未着手 counted where no row exists). */
export function countStatusesByDepartment(db: Db, planId: number) {
  return db
    .select({
      departmentId: sections.departmentId,
      departmentName: departments.name,
      status: sql<string>`coalesce(${selfAssessments.status}, 'not_started')`,
      n: count(),
    })
    .from(sections)
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(and(eq(sections.planId, planId), isNull(sections.deletedAt), inArray(sections.kind, ['narrative', 'initiative', 'preface'])))
    .groupBy(sections.departmentId, sql`coalesce(${selfAssessments.status}, 'not_started')`)
    .orderBy(departments.sortOrder)
    .all();
}

export function countFinalOpinions(db: Db, planId: number): number {
  return (
    db
      .select({ n: count() })
      .from(opinions)
      .where(and(eq(opinions.planId, planId), eq(opinions.status, 'final')))
      .get()?.n ?? 0
  );
}
