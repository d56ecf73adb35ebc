import { and, asc, count, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { PlanPhase } from '@/lib/domain/types';
import type { Db } from '../open';
import { departments, opinions, plans, sections, selfAssessments } from '../schema';

/** Kinds that carry a self-assessment (the others are headings, tables and section 6). */
const ASSESSED = ['narrative', 'initiative', 'preface'] as const;

/** What is unfinished before the year moves on: sections not approved (未着手 counted) and opinions not final. */
export function unfinishedSummary(db: Db, planId: number) {
  const byStatus = db
    .select({ status: sql<string>`coalesce(${selfAssessments.status}, 'not_started')`, n: count() })
    .from(sections)
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(and(eq(sections.planId, planId), isNull(sections.deletedAt), inArray(sections.kind, [...ASSESSED])))
    .groupBy(sql`coalesce(${selfAssessments.status}, 'not_started')`)
    .all();
  const notApproved = db
    .select({
      id: sections.id,
      number: sections.number,
      title: sections.title,
      status: sql<string>`coalesce(${selfAssessments.status}, 'not_started')`,
      departmentName: departments.name,
    })
    .from(sections)
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .where(
      and(
        eq(sections.planId, planId),
        isNull(sections.deletedAt),
        inArray(sections.kind, [...ASSESSED]),
        or(isNull(selfAssessments.status), ne(selfAssessments.status, 'approved')),
      ),
    )
    .orderBy(asc(sections.id))
    .limit(100)
    .all();
  const draftOpinions =
    db
      .select({ n: count() })
      .from(opinions)
      .where(and(eq(opinions.planId, planId), ne(opinions.status, 'final')))
      .get()?.n ?? 0;
  const total = byStatus.reduce((n, r) => n + r.n, 0);
  const approved = byStatus.find((r) => r.status === 'approved')?.n ?? 0;
  return { byStatus, notApproved, notApprovedCount: total - approved, total, draftOpinions };
}

export type UnfinishedSummary = ReturnType<typeof unfinishedSummary>;

/** Moves the phase only from the phase the admin saw; 0 when someone else moved it first. */
export function setPlanPhase(db: Db, organisationId: number, planId: number, from: PlanPhase, to: PlanPhase): number {
  return db
    .update(plans)
    .set({ phase: to, version: sql`${plans.version} + 1`, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` })
    .where(and(eq(plans.id, planId), eq(plans.organisationId, organisationId), eq(plans.phase, from)))
    .run().changes;
}
