// Who still owes work in a plan's current phase: the recipients of deadline notices and of the
// planning department's reminders (one definition for both).
import { and, count, eq, inArray, isNull, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { opinions, plans, sections, selfAssessments, userDepartments, users } from '../schema';

/** Kinds that carry a self-assessment (as in admin-phases.ts). */
const ASSESSED = ['narrative', 'initiative', 'preface'] as const;

export type Owing = { userId: number; displayName: string; role: string; items: number };

/**
 * entry: staff of each department with sections not yet submitted or approved (items = those sections);
 * review: committee members with no final opinion on the plan yet (items = their drafts);
 * other phases: nobody.
 */
export function listOwing(db: Db, plan: { id: number; phase: string; organisationId: number }): Owing[] {
  if (plan.phase === 'entry') {
    return db
      .select({ userId: users.id, displayName: users.displayName, role: users.role, items: count(sections.id) })
      .from(sections)
      .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
      .innerJoin(userDepartments, eq(userDepartments.departmentId, sections.departmentId))
      .innerJoin(users, eq(users.id, userDepartments.userId))
      .where(
        and(
          eq(sections.planId, plan.id),
          isNull(sections.deletedAt),
          inArray(sections.kind, [...ASSESSED]),
          or(isNull(selfAssessments.status), notInArray(selfAssessments.status, ['submitted', 'approved'])),
          eq(users.role, 'staff'),
          eq(users.active, true),
          eq(users.organisationId, plan.organisationId),
        ),
      )
      .groupBy(users.id)
      .orderBy(users.id)
      .all();
  }
  if (plan.phase === 'review') {
    return db
      .select({
        userId: users.id,
        displayName: users.displayName,
        role: users.role,
        items: sql<number>`(select count(*) from ${opinions} where ${opinions.planId} = ${plan.id} and ${opinions.authorId} = ${users.id} and ${opinions.status} = 'draft')`,
      })
      .from(users)
      .where(
        and(
          eq(users.organisationId, plan.organisationId),
          eq(users.role, 'committee'),
          eq(users.active, true),
          sql`not exists (select 1 from ${opinions} where ${opinions.planId} = ${plan.id} and ${opinions.authorId} = ${users.id} and ${opinions.status} = 'final')`,
        ),
      )
      .orderBy(users.id)
      .all();
  }
  return [];
}

/** Plans in entry or review with that phase's deadline set: what the deadline notices look at. */
export function listPlansWithOpenDeadline(db: Db) {
  return db
    .select({
      id: plans.id,
      organisationId: plans.organisationId,
      year: plans.startYear,
      phase: plans.phase,
      entryDeadline: plans.entryDeadline,
      reviewDeadline: plans.reviewDeadline,
    })
    .from(plans)
    .where(
      or(
        and(eq(plans.phase, 'entry'), sql`${plans.entryDeadline} is not null`),
        and(eq(plans.phase, 'review'), sql`${plans.reviewDeadline} is not null`),
      ),
    )
    .all();
}
