// Committee review: the material members read, their opinions (drafts private to the author),
// and the departments' responses. Every read carries the viewer's scope in its `where`.
import { and, asc, count, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPer } from '../prepared';
import { keptUntilDataChanges } from './data-cache';
import {
  departments,
  opinionResponses,
  opinions,
  plans,
  sectionReads,
  sections,
  selfAssessmentRevisions,
  selfAssessments,
  users,
} from '../schema';
import type { AssessmentStatus, ResponseState, Role } from '@/lib/domain/types';

export type Viewer = { id: number; role: Role; departmentIds: readonly number[] };

const MATERIAL: AssessmentStatus[] = ['submitted', 'approved'];
const REVIEW_KINDS = ['preface', 'narrative', 'initiative', 'kpi_table', 'financial_table'] as const;

/**
 * Departments that own reviewable sections of a plan, in the organisation's order. Kept until the
 * data changes (the committee's pages ask on every request); callers only read the result.
 */
export function listReviewDepartments(db: Db, planId: number) {
  return keptUntilDataChanges(db, ['reviewDepartments', planId], () => readReviewDepartments(db, planId));
}

function readReviewDepartments(db: Db, planId: number) {
  return db
    .selectDistinct({ id: departments.id, name: departments.name, sortOrder: departments.sortOrder })
    .from(sections)
    .innerJoin(departments, eq(departments.id, sections.departmentId))
    .where(and(eq(sections.planId, planId), isNull(sections.deletedAt), inArray(sections.kind, [...REVIEW_KINDS])))
    .orderBy(asc(departments.sortOrder))
    .all();
}

/** Which sections of a plan the viewer may read as review material (listReviewSections' `where`). */
function materialScope(planId: number, viewer: Viewer, opts: { departmentId?: number }): SQL {
  const where: SQL[] = [eq(sections.planId, planId), isNull(sections.deletedAt), inArray(sections.kind, [...REVIEW_KINDS])];
  if (opts.departmentId !== undefined) where.push(eq(sections.departmentId, opts.departmentId));
  if (viewer.role === 'committee') where.push(inArray(selfAssessments.status, MATERIAL));
  return and(...where)!;
}

const REVIEW_SECTION = {
  id: sections.id,
  key: sections.key,
  number: sections.number,
  title: sections.title,
  parentId: sections.parentId,
  sortOrder: sections.sortOrder,
  departmentId: sections.departmentId,
  status: selfAssessments.status,
  version: selfAssessments.version,
  updatedAt: selfAssessments.updatedAt,
};

/**
 * Sections of a plan the viewer may read as review material. A committee member gets only
 * submitted and approved self-assessments (the filter is in the query, not after it). Without
 * their narratives: lists and counts need none (listReviewMaterial reads them). Kept until the
 * data changes, per plan, scope and department; callers only read the result.
 */
export function listReviewSections(db: Db, planId: number, viewer: Viewer, opts: { departmentId?: number } = {}) {
  const key = ['reviewSections', planId, viewer.role === 'committee', opts.departmentId ?? null];
  return keptUntilDataChanges(db, key, () => readReviewSections(db, planId, viewer, opts));
}

function readReviewSections(db: Db, planId: number, viewer: Viewer, opts: { departmentId?: number }) {
  return db
    .select(REVIEW_SECTION)
    .from(sections)
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(materialScope(planId, viewer, opts))
    .orderBy(asc(sections.id))
    .all();
}

/** listReviewSections with each section's narrative: the material as a member reads it. */
export function listReviewMaterial(db: Db, planId: number, viewer: Viewer, opts: { departmentId?: number } = {}) {
  return db
    .select({ ...REVIEW_SECTION, narrative: selfAssessments.narrative })
    .from(sections)
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(materialScope(planId, viewer, opts))
    .orderBy(asc(sections.id))
    .all();
}

export type ReviewSection = ReturnType<typeof listReviewSections>[number];

/** The versions of a plan's sections a user last read (every committee page asks: kept prepared). */
const sectionReadsOf = preparedPer((db) =>
  db
    .select({ sectionId: sectionReads.sectionId, version: sectionReads.version })
    .from(sectionReads)
    .innerJoin(sections, eq(sections.id, sectionReads.sectionId))
    .where(and(eq(sectionReads.userId, sql.placeholder('userId')), eq(sections.planId, sql.placeholder('planId'))))
    .prepare(),
);

export function listSectionReads(db: Db, planId: number, userId: number) {
  return sectionReadsOf(db).all({ planId, userId });
}

/** The narratives of the given (section, version) pairs, for "changed since you read it" diffs. */
export function listReadNarratives(db: Db, planId: number, pairs: { sectionId: number; version: number }[]) {
  if (pairs.length === 0) return new Map<number, string>();
  const rows = db
    .select({
      sectionId: selfAssessments.sectionId,
      version: selfAssessmentRevisions.version,
      narrative: selfAssessmentRevisions.narrative,
    })
    .from(selfAssessmentRevisions)
    .innerJoin(selfAssessments, eq(selfAssessments.id, selfAssessmentRevisions.selfAssessmentId))
    .innerJoin(sections, eq(sections.id, selfAssessments.sectionId))
    .where(
      and(
        eq(sections.planId, planId),
        inArray(
          selfAssessments.sectionId,
          pairs.map((p) => p.sectionId),
        ),
      ),
    )
    .all();
  const wanted = new Map(pairs.map((p) => [p.sectionId, p.version]));
  return new Map(rows.filter((r) => wanted.get(r.sectionId) === r.version).map((r) => [r.sectionId, r.narrative]));
}

/** Records that a member read these sections at these versions (only sections of the plan). */
export function markSectionsRead(db: Db, planId: number, userId: number, items: { sectionId: number; version: number }[]) {
  if (items.length === 0) return 0;
  const current = db
    .select({ id: sections.id, version: selfAssessments.version })
    .from(sections)
    .innerJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(
      and(
        eq(sections.planId, planId),
        inArray(
          sections.id,
          items.map((i) => i.sectionId),
        ),
        inArray(selfAssessments.status, MATERIAL),
      ),
    )
    .all();
  const known = new Map(current.map((c) => [c.id, c.version]));
  // Never record a version the member could not have read.
  const valid = items.filter((i) => known.get(i.sectionId) === i.version);
  if (valid.length === 0) return 0;
  const readAt = new Date().toISOString();
  db.insert(sectionReads)
    .values(valid.map((i) => ({ userId, sectionId: i.sectionId, version: i.version, readAt })))
    .onConflictDoUpdate({
      target: [sectionReads.userId, sectionReads.sectionId],
      set: { version: sql`excluded.version`, readAt: sql`excluded.read_at` },
    })
    .run();
  return valid.length;
}

/** Departments in which this member has at least one final opinion (independent review). */
function finalisedDepartments(db: Db, planId: number, authorId: number): number[] {
  return db
    .selectDistinct({ d: opinions.departmentId })
    .from(opinions)
    .where(and(eq(opinions.planId, planId), eq(opinions.authorId, authorId), eq(opinions.status, 'final')))
    .all()
    .map((r) => r.d)
    .filter((d): d is number => d != null);
}

/** The scope of opinions a viewer may read, as a `where` clause. */
export function opinionScope(db: Db, planId: number, viewer: Viewer, independentReview: boolean): SQL {
  const base = eq(opinions.planId, planId);
  const final = eq(opinions.status, 'final');
  switch (viewer.role) {
    case 'committee': {
      if (!independentReview) return and(base, or(eq(opinions.authorId, viewer.id), final))!;
      const mine = finalisedDepartments(db, planId, viewer.id);
      return and(base, or(eq(opinions.authorId, viewer.id), and(final, inArray(opinions.departmentId, mine.length ? mine : [-1]))))!;
    }
    case 'staff':
      return and(base, final, inArray(opinions.departmentId, viewer.departmentIds.length ? [...viewer.departmentIds] : [-1]))!;
    case 'admin':
    case 'manager':
      return and(base, final)!;
    default:
      return sql`0`;
  }
}

/** Opinions the viewer may read, with author and response, optionally for one department. */
export function listOpinions(db: Db, planId: number, viewer: Viewer, opts: { departmentId?: number; independentReview?: boolean } = {}) {
  const where: SQL[] = [opinionScope(db, planId, viewer, opts.independentReview ?? false)];
  if (opts.departmentId !== undefined) where.push(eq(opinions.departmentId, opts.departmentId));
  return db
    .select({
      id: opinions.id,
      departmentId: opinions.departmentId,
      sectionId: opinions.sectionId,
      authorId: opinions.authorId,
      authorName: users.displayName,
      text: opinions.text,
      status: opinions.status,
      version: opinions.version,
      updatedAt: opinions.updatedAt,
      finalizedAt: opinions.finalizedAt,
      responseId: opinionResponses.id,
      responseText: opinionResponses.text,
      responseState: opinionResponses.state,
      responseVersion: opinionResponses.version,
    })
    .from(opinions)
    .innerJoin(users, eq(users.id, opinions.authorId))
    .leftJoin(opinionResponses, eq(opinionResponses.opinionId, opinions.id))
    .where(and(...where))
    .orderBy(asc(opinions.id))
    .all();
}

export type OpinionRow = ReturnType<typeof listOpinions>[number];

/**
 * Per department, of the opinions the viewer may read (listOpinions' scope): how many are final,
 * and how many final and draft ones the viewer wrote. Counts only: the committee's home shows
 * no opinion's text. Kept until the data changes, per viewer (the scope is the viewer's).
 */
export function countOpinionsByDepartment(db: Db, planId: number, viewer: Viewer, opts: { independentReview?: boolean } = {}) {
  const independentReview = opts.independentReview ?? false;
  const key = ['opinionCounts', planId, viewer.id, viewer.role, viewer.departmentIds, independentReview];
  return keptUntilDataChanges(db, key, () => readOpinionCounts(db, planId, viewer, independentReview));
}

function readOpinionCounts(db: Db, planId: number, viewer: Viewer, independentReview: boolean) {
  const mine = eq(opinions.authorId, viewer.id);
  return db
    .select({
      departmentId: opinions.departmentId,
      finals: sql<number>`count(*) filter (where ${opinions.status} = 'final')`,
      myFinal: sql<number>`count(*) filter (where ${mine} and ${opinions.status} = 'final')`,
      myDraft: sql<number>`count(*) filter (where ${mine} and ${opinions.status} = 'draft')`,
    })
    .from(opinions)
    .where(opinionScope(db, planId, viewer, independentReview))
    .groupBy(opinions.departmentId)
    .all();
}

/** One opinion of the organisation with its plan's phase, for the policy check in actions. */
export function getOpinionTarget(db: Db, organisationId: number, opinionId: number) {
  return (
    db
      .select({
        id: opinions.id,
        planId: opinions.planId,
        departmentId: opinions.departmentId,
        sectionId: opinions.sectionId,
        authorId: opinions.authorId,
        text: opinions.text,
        status: opinions.status,
        version: opinions.version,
        phase: plans.phase,
      })
      .from(opinions)
      .innerJoin(plans, eq(plans.id, opinions.planId))
      .where(and(eq(opinions.id, opinionId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

/** The plan and (optional) section a new opinion is for; null when they do not belong together. */
export function getOpinionPlace(db: Db, organisationId: number, planId: number, departmentId: number, sectionId: number | null) {
  const plan = db
    .select({ id: plans.id, phase: plans.phase })
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.organisationId, organisationId)))
    .get();
  const dept = db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.id, departmentId), eq(departments.organisationId, organisationId)))
    .get();
  if (!plan || !dept) return null;
  if (sectionId != null) {
    const s = db
      .select({ id: sections.id })
      .from(sections)
      .where(
        and(eq(sections.id, sectionId), eq(sections.planId, planId), eq(sections.departmentId, departmentId), isNull(sections.deletedAt)),
      )
      .get();
    if (!s) return null;
  }
  return plan;
}

export function insertOpinion(
  db: Db,
  v: { planId: number; departmentId: number; sectionId: number | null; authorId: number; text: string },
) {
  return db
    .insert(opinions)
    .values({ ...v, status: 'draft' })
    .returning({ id: opinions.id, version: opinions.version })
    .get();
}

/** Saves a draft's text; 0 rows when the version moved on, the author differs or it is final. */
export function updateOpinionDraft(db: Db, v: { id: number; authorId: number; version: number; text: string; sectionId: number | null }) {
  return db
    .update(opinions)
    .set({ text: v.text, sectionId: v.sectionId, version: sql`${opinions.version} + 1`, updatedAt: new Date().toISOString() })
    .where(and(eq(opinions.id, v.id), eq(opinions.authorId, v.authorId), eq(opinions.version, v.version), eq(opinions.status, 'draft')))
    .run().changes;
}

export function finalizeOpinionDraft(db: Db, v: { id: number; authorId: number; version: number }) {
  const at = new Date().toISOString();
  return db
    .update(opinions)
    .set({ status: 'final', finalizedAt: at, updatedAt: at, version: sql`${opinions.version} + 1` })
    .where(
      and(
        eq(opinions.id, v.id),
        eq(opinions.authorId, v.authorId),
        eq(opinions.version, v.version),
        eq(opinions.status, 'draft'),
        ne(opinions.text, ''),
      ),
    )
    .run().changes;
}

export function deleteOpinionDraft(db: Db, v: { id: number; authorId: number; version: number }) {
  return db
    .delete(opinions)
    .where(and(eq(opinions.id, v.id), eq(opinions.authorId, v.authorId), eq(opinions.version, v.version), eq(opinions.status, 'draft')))
    .run().changes;
}

/** Saves a response (対応方針); `version` null creates it. Returns rows written (0 = conflict). */
export function saveOpinionResponse(
  db: Db,
  v: { opinionId: number; version: number | null; text: string; state: ResponseState; authorId: number },
) {
  const at = new Date().toISOString();
  if (v.version === null) {
    return db
      .insert(opinionResponses)
      .values({ opinionId: v.opinionId, text: v.text, state: v.state, authorId: v.authorId, updatedAt: at })
      .onConflictDoNothing()
      .run().changes;
  }
  return db
    .update(opinionResponses)
    .set({ text: v.text, state: v.state, authorId: v.authorId, updatedAt: at, version: sql`${opinionResponses.version} + 1` })
    .where(and(eq(opinionResponses.opinionId, v.opinionId), eq(opinionResponses.version, v.version)))
    .run().changes;
}

export function getOpinionResponse(db: Db, opinionId: number) {
  return db.select().from(opinionResponses).where(eq(opinionResponses.opinionId, opinionId)).get() ?? null;
}

/** Per member and department: how many final and draft opinions (counts only, never text). */
export function countOpinionsByMember(db: Db, planId: number) {
  return db
    .select({ authorId: opinions.authorId, departmentId: opinions.departmentId, status: opinions.status, n: count() })
    .from(opinions)
    .where(eq(opinions.planId, planId))
    .groupBy(opinions.authorId, opinions.departmentId, opinions.status)
    .all();
}

/** Active committee logins of an organisation. */
export function listCommitteeUsers(db: Db, organisationId: number) {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.role, 'committee'), eq(users.active, true)))
    .orderBy(asc(users.id))
    .all();
}

/**
 * Last year's final opinions on what a section concerns (the same-key section of the previous
 * annual plan, or its department as a whole), with their responses. Staff see only their departments.
 */
const priorSection = preparedPer((db) =>
  db
    .select({ planId: plans.id, sectionId: sections.id, departmentId: sections.departmentId, title: sections.title })
    .from(plans)
    .innerJoin(sections, and(eq(sections.planId, plans.id), eq(sections.key, sql.placeholder('sectionKey')), isNull(sections.deletedAt)))
    .where(
      and(
        eq(plans.organisationId, sql.placeholder('organisationId')),
        eq(plans.kind, 'annual'),
        eq(plans.startYear, sql.placeholder('year')),
      ),
    )
    .prepare(),
);

const priorSectionOpinions = preparedPer((db) =>
  db
    .select({
      id: opinions.id,
      sectionId: opinions.sectionId,
      text: opinions.text,
      responseText: opinionResponses.text,
      responseState: opinionResponses.state,
      responseUpdatedAt: opinionResponses.updatedAt,
    })
    .from(opinions)
    .leftJoin(opinionResponses, eq(opinionResponses.opinionId, opinions.id))
    .where(
      and(
        eq(opinions.planId, sql.placeholder('planId')),
        eq(opinions.status, 'final'),
        or(
          eq(opinions.sectionId, sql.placeholder('sectionId')),
          and(isNull(opinions.sectionId), eq(opinions.departmentId, sql.placeholder('departmentId'))),
        ),
      ),
    )
    .orderBy(asc(opinions.id))
    .prepare(),
);

export function listPriorOpinions(db: Db, organisationId: number, year: number, sectionKey: string, viewer: Viewer) {
  const prior = priorSection(db).get({ organisationId, sectionKey, year: year - 1 });
  if (!prior || prior.departmentId == null) return { prior: null, rows: [] };
  if (viewer.role === 'staff' && !viewer.departmentIds.includes(prior.departmentId)) return { prior, rows: [] };
  const rows = priorSectionOpinions(db).all({ planId: prior.planId, sectionId: prior.sectionId, departmentId: prior.departmentId });
  return { prior, rows };
}

const sectionKeyOf = preparedPer((db) =>
  db
    .select({ key: sections.key })
    .from(sections)
    .where(and(eq(sections.planId, sql.placeholder('planId')), eq(sections.id, sql.placeholder('sectionId')), isNull(sections.deletedAt)))
    .prepare(),
);

/** The stable key of a section of a plan (null for a foreign or deleted id). */
export function getSectionKey(db: Db, planId: number, sectionId: number): string | null {
  return sectionKeyOf(db).get({ planId, sectionId })?.key ?? null;
}

/** Last year's final opinions on a department (department-wide and on its sections), with responses. */
export function listPriorDepartmentOpinions(db: Db, organisationId: number, year: number, departmentId: number, viewer: Viewer) {
  if (viewer.role === 'staff' && !viewer.departmentIds.includes(departmentId)) return [];
  return db
    .select({
      id: opinions.id,
      sectionId: opinions.sectionId,
      sectionTitle: sections.title,
      text: opinions.text,
      responseText: opinionResponses.text,
      responseState: opinionResponses.state,
      responseUpdatedAt: opinionResponses.updatedAt,
    })
    .from(opinions)
    .innerJoin(plans, eq(plans.id, opinions.planId))
    .leftJoin(sections, eq(sections.id, opinions.sectionId))
    .leftJoin(opinionResponses, eq(opinionResponses.opinionId, opinions.id))
    .where(
      and(
        eq(plans.organisationId, organisationId),
        eq(plans.kind, 'annual'),
        eq(plans.startYear, year - 1),
        eq(opinions.status, 'final'),
        eq(opinions.departmentId, departmentId),
      ),
    )
    .orderBy(asc(opinions.id))
    .all();
}
