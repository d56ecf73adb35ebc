import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AssessmentStatus } from '@/lib/domain/types';
import type { Db } from '../open';
import { preparedPer } from '../prepared';
import { keptUntilDataChanges } from './data-cache';
import { departments, plans, sections, selfAssessmentRevisions, selfAssessments, users } from '../schema';
import { assertAssessmentInOrganisation, assertSectionInOrganisation } from './ownership';

/** A section's self-assessment as its page and its actions read it (null columns: none written yet). */
const assessmentColumns = {
  assessmentId: selfAssessments.id,
  narrative: selfAssessments.narrative,
  rating: selfAssessments.rating,
  status: selfAssessments.status,
  version: selfAssessments.version,
  returnComment: selfAssessments.returnComment,
};

/** One section of a plan with its self-assessment; scoped by plan so a foreign id finds nothing. */
const sectionDetail = preparedPer((db) =>
  db
    .select({
      id: sections.id,
      planId: sections.planId,
      number: sections.number,
      title: sections.title,
      kind: sections.kind,
      departmentId: sections.departmentId,
      departmentName: departments.name,
      ...assessmentColumns,
      updatedAt: selfAssessments.updatedAt,
    })
    .from(sections)
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(and(eq(sections.planId, sql.placeholder('planId')), eq(sections.id, sql.placeholder('sectionId')), isNull(sections.deletedAt)))
    .prepare(),
);

export function getSectionDetail(db: Db, planId: number, sectionId: number) {
  return sectionDetail(db).get({ planId, sectionId }) ?? null;
}

/** What an assessment action needs to decide: the section, its plan's phase, the current row. */
const assessmentTarget = preparedPer((db) =>
  db
    .select({
      sectionId: sections.id,
      planId: plans.id,
      year: plans.startYear,
      phase: plans.phase,
      ratingScale: plans.ratingScale,
      departmentId: sections.departmentId,
      kind: sections.kind,
      ...assessmentColumns,
    })
    .from(sections)
    .innerJoin(plans, eq(plans.id, sections.planId))
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(
      and(
        eq(sections.id, sql.placeholder('sectionId')),
        eq(plans.organisationId, sql.placeholder('organisationId')),
        isNull(sections.deletedAt),
      ),
    )
    .prepare(),
);

export function getAssessmentTarget(db: Db, organisationId: number, sectionId: number) {
  return assessmentTarget(db).get({ organisationId, sectionId }) ?? null;
}

export type AssessmentTarget = NonNullable<ReturnType<typeof getAssessmentTarget>>;

type AssessmentWrite = {
  narrative: string;
  rating: string | null;
  status: 'draft' | 'submitted' | 'returned' | 'approved';
  returnComment: string | null;
  userId: number;
  /** The writer's organisation: the section must be one of its own (db/queries/ownership.ts). */
  organisationId: number;
};

/** The first version of a section's assessment, with its revision. */
export function createAssessment(db: Db, sectionId: number, w: AssessmentWrite) {
  assertSectionInOrganisation(db, sectionId, w.organisationId);
  const row = db
    .insert(selfAssessments)
    .values({
      sectionId,
      narrative: w.narrative,
      rating: w.rating,
      status: w.status,
      returnComment: w.returnComment,
      updatedBy: w.userId,
      version: 1,
    })
    .returning({ id: selfAssessments.id, version: selfAssessments.version, updatedAt: selfAssessments.updatedAt })
    .get();
  db.insert(selfAssessmentRevisions)
    .values({ selfAssessmentId: row.id, version: 1, narrative: w.narrative, rating: w.rating, status: w.status, authorId: w.userId })
    .run();
  return row;
}

/**
 * Writes a new version when the row is still at `baseVersion`; null when someone saved in
 * between (nothing is written). Every version is kept as a revision.
 */
export function updateAssessment(db: Db, assessmentId: number, baseVersion: number, w: AssessmentWrite) {
  assertAssessmentInOrganisation(db, assessmentId, w.organisationId);
  const row = db
    .update(selfAssessments)
    .set({
      narrative: w.narrative,
      rating: w.rating,
      status: w.status,
      returnComment: w.returnComment,
      updatedBy: w.userId,
      version: baseVersion + 1,
      updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
    })
    .where(and(eq(selfAssessments.id, assessmentId), eq(selfAssessments.version, baseVersion)))
    .returning({ id: selfAssessments.id, version: selfAssessments.version, updatedAt: selfAssessments.updatedAt })
    .get();
  if (!row) return null;
  db.insert(selfAssessmentRevisions)
    .values({
      selfAssessmentId: assessmentId,
      version: row.version,
      narrative: w.narrative,
      rating: w.rating,
      status: w.status,
      authorId: w.userId,
    })
    .run();
  return row;
}

/** The version someone else saved, for the conflict view. */
export function getAssessmentVersion(db: Db, assessmentId: number) {
  return (
    db
      .select({
        version: selfAssessments.version,
        narrative: selfAssessments.narrative,
        rating: selfAssessments.rating,
        status: selfAssessments.status,
        updatedAt: selfAssessments.updatedAt,
        updatedBy: users.displayName,
      })
      .from(selfAssessments)
      .leftJoin(users, eq(users.id, selfAssessments.updatedBy))
      .where(eq(selfAssessments.id, assessmentId))
      .get() ?? null
  );
}

/**
 * The content revisions of a section's self-assessment, newest first: the versions that changed
 * the text or the rating. A submit, approve or return writes a version too (the row's version is
 * the optimistic lock) but saves no content: it is the audit log's, not the history's, and its
 * author (admin, on approve) is not who last saved the text. Without the texts: every autosave is
 * a version, so a section written over weeks has hundreds; the two compared are read on their own
 * (listRevisionTexts).
 */
export function listRevisions(db: Db, sectionId: number, limit = 200) {
  // It compares every version's text with the one before: kept until the next write, as a
  // section page is read far more often than its text is saved.
  return keptUntilDataChanges(db, ['revisions', sectionId, limit], () => readRevisions(db, sectionId, limit));
}

function readRevisions(db: Db, sectionId: number, limit: number) {
  return db.all<{
    version: number;
    rating: string | null;
    status: AssessmentStatus;
    author: string | null;
    createdAt: string;
  }>(sql`
    select version, rating, status, author, created_at as createdAt from (
      select r.version, r.narrative, r.rating, r.status, u.display_name as author, r.created_at,
        lag(r.version) over w as prev_version, lag(r.narrative) over w as prev_narrative, lag(r.rating) over w as prev_rating
      from ${selfAssessmentRevisions} r
      join ${selfAssessments} a on a.id = r.self_assessment_id
      left join ${users} u on u.id = r.author_id
      where a.section_id = ${sectionId}
      window w as (order by r.version)
    )
    where prev_version is null or narrative <> prev_narrative or rating is not prev_rating
    order by version desc
    limit ${limit}`);
}

/** The text and rating of some saved versions of a section's assessment (others' versions are not found). */
export function listRevisionTexts(db: Db, sectionId: number, versions: readonly number[]) {
  if (versions.length === 0) return [];
  return db
    .select({
      version: selfAssessmentRevisions.version,
      narrative: selfAssessmentRevisions.narrative,
      rating: selfAssessmentRevisions.rating,
    })
    .from(selfAssessmentRevisions)
    .innerJoin(selfAssessments, eq(selfAssessments.id, selfAssessmentRevisions.selfAssessmentId))
    .where(and(eq(selfAssessments.sectionId, sectionId), inArray(selfAssessmentRevisions.version, [...versions])))
    .orderBy(selfAssessmentRevisions.version)
    .all();
}

export type RevisionRow = ReturnType<typeof listRevisions>[number];

/** The narratives of a plan's sections, for warning counts on the list (one query). */
export function listNarratives(db: Db, planId: number) {
  return db
    .select({ sectionId: sections.id, narrative: selfAssessments.narrative })
    .from(selfAssessments)
    .innerJoin(sections, eq(sections.id, selfAssessments.sectionId))
    .where(and(eq(sections.planId, planId), isNull(sections.deletedAt)))
    .all();
}
