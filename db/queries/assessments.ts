import { and, eq, inArray, isNull, count } from 'drizzle-orm';
import type { Db } from '../open';
import { departments, opinions, sections, selfAssessments } from '../schema';

/** One section of a plan with its self-assessment; scoped by plan so a foreign id finds nothing. */
export function getSectionDetail(db: Db, planId: number, sectionId: number) {
  return (
    db
      .select({
        id: sections.id,
        planId: sections.planId,
        number: sections.number,
        title: sections.title,
        kind: sections.kind,
        departmentId: sections.departmentId,
        departmentName: departments.name,
        assessmentId: selfAssessments.id,
        narrative: selfAssessments.narrative,
        rating: selfAssessments.rating,
        status: selfAssessments.status,
        version: selfAssessments.version,
        returnComment: selfAssessments.returnComment,
        updatedAt: selfAssessments.updatedAt,
      })
      .from(sections)
      .leftJoin(departments, eq(departments.id, sections.departmentId))
      .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
      .where(and(eq(sections.planId, planId), eq(sections.id, sectionId), isNull(sections.deletedAt)))
      .get() ?? null
  );
}

/** What the committee reads: submitted and approved self-assessments, with final-opinion counts. */
export function listReviewMaterial(db: Db, planId: number) {
  const rows = db
    .select({
      id: sections.id,
      parentId: sections.parentId,
      sortOrder: sections.sortOrder,
      number: sections.number,
      title: sections.title,
      departmentId: sections.departmentId,
      departmentName: departments.name,
      departmentOrder: departments.sortOrder,
      status: selfAssessments.status,
      narrative: selfAssessments.narrative,
      updatedAt: selfAssessments.updatedAt,
    })
    .from(sections)
    .innerJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .where(and(eq(sections.planId, planId), isNull(sections.deletedAt), inArray(selfAssessments.status, ['submitted', 'approved'])))
    .orderBy(departments.sortOrder, sections.id)
    .all();
  const opinionCounts = db
    .select({ departmentId: opinions.departmentId, sectionId: opinions.sectionId, n: count() })
    .from(opinions)
    .where(and(eq(opinions.planId, planId), eq(opinions.status, 'final')))
    .groupBy(opinions.departmentId, opinions.sectionId)
    .all();
  return { rows, opinionCounts };
}
