import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../open';
import { authSessions, departments, userDepartments, users } from '../schema';

export type SessionUser = {
  id: number;
  loginId: string;
  displayName: string;
  role: (typeof users.$inferSelect)['role'];
  organisationId: number;
  departmentIds: number[];
  sessionVersion: number;
};

export function getLoginCandidate(db: Db, loginId: string) {
  return db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.loginId, loginId))
    .get();
}

/** The user behind a session, reloaded on every request; null if inactive or the session is gone. */
export function getSessionUser(db: Db, userId: number, sessionId: string, sessionVersion: number): SessionUser | null {
  const row = db
    .select({
      id: users.id,
      loginId: users.loginId,
      displayName: users.displayName,
      role: users.role,
      organisationId: users.organisationId,
      active: users.active,
      sessionVersion: users.sessionVersion,
      sid: authSessions.id,
    })
    .from(users)
    .innerJoin(authSessions, and(eq(authSessions.userId, users.id), eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)))
    .where(eq(users.id, userId))
    .get();
  if (!row || !row.active || row.sessionVersion !== sessionVersion) return null;
  const depts = db.select({ id: userDepartments.departmentId }).from(userDepartments).where(eq(userDepartments.userId, userId)).all();
  return {
    id: row.id,
    loginId: row.loginId,
    displayName: row.displayName,
    role: row.role,
    organisationId: row.organisationId,
    sessionVersion: row.sessionVersion,
    departmentIds: depts.map((d) => d.id),
  };
}

export function createAuthSession(db: Db, userId: number, sessionId: string): void {
  db.insert(authSessions).values({ id: sessionId, userId }).run();
}

/** Ends a login session of the user (logout); a session id of someone else changes nothing. */
export function revokeAuthSession(db: Db, userId: number, sessionId: string): void {
  db.update(authSessions)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(authSessions.id, sessionId), eq(authSessions.userId, userId), isNull(authSessions.revokedAt)))
    .run();
}

export function listUserDepartmentNames(db: Db, userId: number): string[] {
  return db
    .select({ name: departments.name })
    .from(userDepartments)
    .innerJoin(departments, eq(departments.id, userDepartments.departmentId))
    .where(eq(userDepartments.userId, userId))
    .orderBy(departments.sortOrder)
    .all()
    .map((r) => r.name);
}
