import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Role } from '@/lib/domain/types';
import type { Db } from '../open';
import {
  authSessions,
  committeeMembers,
  departments,
  mailQueue,
  notificationSettings,
  notifications,
  userDepartments,
  users,
} from '../schema';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export function listAdminUsers(db: Db, organisationId: number) {
  const rows = db
    .select({ id: users.id, loginId: users.loginId, displayName: users.displayName, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .orderBy(asc(users.id))
    .all();
  const links = db
    .select({ userId: userDepartments.userId, departmentId: userDepartments.departmentId })
    .from(userDepartments)
    .innerJoin(users, eq(users.id, userDepartments.userId))
    .where(eq(users.organisationId, organisationId))
    .all();
  return rows.map((r) => ({ ...r, departmentIds: links.filter((l) => l.userId === r.id).map((l) => l.departmentId) }));
}

export type AdminUser = ReturnType<typeof listAdminUsers>[number];

export function getUserForAdmin(db: Db, organisationId: number, userId: number) {
  const row = db
    .select({ id: users.id, loginId: users.loginId, displayName: users.displayName, role: users.role, active: users.active })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
    .get();
  if (!row) return null;
  const depts = db.select({ id: userDepartments.departmentId }).from(userDepartments).where(eq(userDepartments.userId, userId)).all();
  return { ...row, departmentIds: depts.map((d) => d.id) };
}

export function loginIdTaken(db: Db, loginId: string, exceptId = -1): boolean {
  return (
    db
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.loginId}) = lower(${loginId})`, ne(users.id, exceptId)))
      .get() !== undefined
  );
}

/** All given departments belong to the organisation. */
export function departmentsInOrganisation(db: Db, organisationId: number, ids: number[]): boolean {
  if (!ids.length) return true;
  const found = db
    .select({ id: departments.id })
    .from(departments)
    .where(and(inArray(departments.id, ids), eq(departments.organisationId, organisationId)))
    .all();
  return found.length === new Set(ids).size;
}

export function insertUser(
  db: Db,
  values: { organisationId: number; loginId: string; displayName: string; role: Role; passwordHash: string },
): number {
  return db.insert(users).values(values).returning({ id: users.id }).get().id;
}

/** Role changes and deactivation end the user's existing sessions (sessionVersion is checked per request). */
export function updateUserFields(
  db: Db,
  organisationId: number,
  userId: number,
  values: { displayName: string; role: Role; active: boolean },
  endSessions: boolean,
) {
  db.update(users)
    .set({ ...values, updatedAt: now, ...(endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
    .run();
}

export function setUserDepartments(db: Db, userId: number, departmentIds: number[]) {
  db.delete(userDepartments).where(eq(userDepartments.userId, userId)).run();
  const unique = [...new Set(departmentIds)];
  if (unique.length)
    db.insert(userDepartments)
      .values(unique.map((departmentId) => ({ userId, departmentId })))
      .run();
}

/** A password set by admin: every session of the user ends; `mustChange` makes them choose their own. */
export function setPasswordHash(db: Db, organisationId: number, userId: number, passwordHash: string, opts: { mustChange: boolean }) {
  db.update(users)
    .set({ passwordHash, mustChangePassword: opts.mustChange, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
    .run();
}

/** Whether the user wrote anything (or acted at all): such users are deactivated, never deleted. */
export function userHasHistory(db: Db, userId: number): boolean {
  const row = db.get<{ n: number }>(sql`select (
      exists(select 1 from audit_log where user_id = ${userId})
      or exists(select 1 from self_assessments where updated_by = ${userId})
      or exists(select 1 from self_assessment_revisions where author_id = ${userId})
      or exists(select 1 from opinions where author_id = ${userId})
      or exists(select 1 from opinion_responses where author_id = ${userId})
      or exists(select 1 from opinion_compilations where updated_by = ${userId})
      or exists(select 1 from indicator_values where updated_by = ${userId})
      or exists(select 1 from monthly_actuals where updated_by = ${userId})
      or exists(select 1 from indicator_notes where author_id = ${userId})
      or exists(select 1 from published_reports where created_by = ${userId})
    ) as n`);
  return Boolean(row?.n);
}

export function deleteUserRow(db: Db, organisationId: number, userId: number) {
  // The user's own rows go only when the user is this organisation's.
  if (
    !db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
      .get()
  )
    return;
  db.delete(authSessions).where(eq(authSessions.userId, userId)).run();
  // What the user only received (notices, mail settings, mail not yet sent) goes with the account;
  // mail already sent stays in the queue's record, without its recipient.
  db.delete(notifications).where(eq(notifications.userId, userId)).run();
  db.delete(notificationSettings).where(eq(notificationSettings.userId, userId)).run();
  db.delete(mailQueue)
    .where(and(eq(mailQueue.userId, userId), ne(mailQueue.status, 'sent')))
    .run();
  db.update(mailQueue).set({ userId: null }).where(eq(mailQueue.userId, userId)).run();
  db.delete(userDepartments).where(eq(userDepartments.userId, userId)).run();
  db.update(committeeMembers).set({ userId: null }).where(eq(committeeMembers.userId, userId)).run();
  db.delete(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
    .run();
}

export function listAdminDepartments(db: Db, organisationId: number) {
  return db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      sortOrder: departments.sortOrder,
      users: sql<number>`(select count(*) from user_departments ud where ud.department_id = ${departments.id})`,
      sections: sql<number>`(select count(*) from sections s where s.department_id = ${departments.id})`,
    })
    .from(departments)
    .where(eq(departments.organisationId, organisationId))
    .orderBy(asc(departments.sortOrder), asc(departments.id))
    .all();
}

export function getDepartmentForAdmin(db: Db, organisationId: number, departmentId: number) {
  return (
    db
      .select()
      .from(departments)
      .where(and(eq(departments.id, departmentId), eq(departments.organisationId, organisationId)))
      .get() ?? null
  );
}

export function departmentCodeTaken(db: Db, organisationId: number, code: string, exceptId = -1): boolean {
  return (
    db
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.organisationId, organisationId), eq(departments.code, code), ne(departments.id, exceptId)))
      .get() !== undefined
  );
}

export function departmentInUse(db: Db, departmentId: number): boolean {
  const row = db.get<{ n: number }>(sql`select (
      exists(select 1 from user_departments where department_id = ${departmentId})
      or exists(select 1 from sections where department_id = ${departmentId})
      or exists(select 1 from opinions where department_id = ${departmentId})
      or exists(select 1 from opinion_compilations where department_id = ${departmentId})
    ) as n`);
  return Boolean(row?.n);
}

export function insertDepartment(db: Db, values: { organisationId: number; code: string; name: string }): number {
  const last = db
    .select({ n: sql<number>`coalesce(max(${departments.sortOrder}), -1)` })
    .from(departments)
    .where(eq(departments.organisationId, values.organisationId))
    .get();
  return db
    .insert(departments)
    .values({ ...values, sortOrder: (last?.n ?? -1) + 1 })
    .returning({ id: departments.id })
    .get().id;
}

export function updateDepartment(db: Db, organisationId: number, departmentId: number, values: { code: string; name: string }) {
  db.update(departments)
    .set(values)
    .where(and(eq(departments.id, departmentId), eq(departments.organisationId, organisationId)))
    .run();
}

export function deleteDepartment(db: Db, organisationId: number, departmentId: number) {
  db.delete(departments)
    .where(and(eq(departments.id, departmentId), eq(departments.organisationId, organisationId)))
    .run();
}

/** Rewrites sort orders of a table's rows in one statement: ids[i] gets i. */
export function orderRows(db: Db, organisationId: number, table: 'departments' | 'committee_members', ids: number[]) {
  if (!ids.length) return;
  const t = table === 'departments' ? departments : committeeMembers;
  const cases = sql.join(
    ids.map((rid, i) => sql`when ${rid} then ${i}`),
    sql` `,
  );
  db.update(t)
    .set({ sortOrder: sql`case ${t.id} ${cases} end` })
    .where(and(inArray(t.id, ids), eq(t.organisationId, organisationId)))
    .run();
}

export function listAdminCommittee(db: Db, organisationId: number) {
  return db
    .select({
      id: committeeMembers.id,
      name: committeeMembers.name,
      affiliation: committeeMembers.affiliation,
      title: committeeMembers.title,
      sortOrder: committeeMembers.sortOrder,
      userId: committeeMembers.userId,
      loginId: users.loginId,
    })
    .from(committeeMembers)
    .leftJoin(users, eq(users.id, committeeMembers.userId))
    .where(eq(committeeMembers.organisationId, organisationId))
    .orderBy(asc(committeeMembers.sortOrder), asc(committeeMembers.id))
    .all();
}

export function getCommitteeMemberForAdmin(db: Db, organisationId: number, memberId: number) {
  return (
    db
      .select()
      .from(committeeMembers)
      .where(and(eq(committeeMembers.id, memberId), eq(committeeMembers.organisationId, organisationId)))
      .get() ?? null
  );
}

export function insertCommitteeMember(
  db: Db,
  values: { organisationId: number; name: string; affiliation: string; title: string; userId: number | null },
): number {
  const last = db
    .select({ n: sql<number>`coalesce(max(${committeeMembers.sortOrder}), -1)` })
    .from(committeeMembers)
    .where(eq(committeeMembers.organisationId, values.organisationId))
    .get();
  return db
    .insert(committeeMembers)
    .values({ ...values, sortOrder: (last?.n ?? -1) + 1 })
    .returning({ id: committeeMembers.id })
    .get().id;
}

export function updateCommitteeMember(
  db: Db,
  organisationId: number,
  memberId: number,
  values: { name: string; affiliation: string; title: string; userId: number | null },
) {
  db.update(committeeMembers)
    .set(values)
    .where(and(eq(committeeMembers.id, memberId), eq(committeeMembers.organisationId, organisationId)))
    .run();
}

export function deleteCommitteeMember(db: Db, organisationId: number, memberId: number) {
  db.delete(committeeMembers)
    .where(and(eq(committeeMembers.id, memberId), eq(committeeMembers.organisationId, organisationId)))
    .run();
}
