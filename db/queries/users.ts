import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPer } from '../prepared';
import { authSessions, departments, userDepartments, users } from '../schema';

export type SessionUser = {
  id: number;
  loginId: string;
  displayName: string;
  role: (typeof users.$inferSelect)['role'];
  organisationId: number;
  departmentIds: number[];
  sessionVersion: number;
  /** The session's last user activity (ISO). */
  activeAt: string;
  /** Admin reset the password: nothing else until the user has chosen a new one. */
  mustChangePassword: boolean;
};

export function getLoginCandidate(db: Db, loginId: string) {
  return db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.loginId, loginId))
    .get();
}

/**
 * The user behind a session, reloaded on every request; null if inactive, the session is gone,
 * or it has been idle since before `idleSince` (ISO).
 */
const sessionRow = preparedPer((db) =>
  db
    .select({
      id: users.id,
      loginId: users.loginId,
      displayName: users.displayName,
      role: users.role,
      organisationId: users.organisationId,
      active: users.active,
      sessionVersion: users.sessionVersion,
      sid: authSessions.id,
      mustChangePassword: users.mustChangePassword,
      activeAt: sql<string>`coalesce(${authSessions.lastActiveAt}, ${authSessions.createdAt})`,
    })
    .from(users)
    .innerJoin(
      authSessions,
      and(eq(authSessions.userId, users.id), eq(authSessions.id, sql.placeholder('sessionId')), isNull(authSessions.revokedAt)),
    )
    .where(eq(users.id, sql.placeholder('userId')))
    .prepare(),
);
const userDepartmentIds = preparedPer((db) =>
  db
    .select({ id: userDepartments.departmentId })
    .from(userDepartments)
    .where(eq(userDepartments.userId, sql.placeholder('userId')))
    .prepare(),
);

export function getSessionUser(db: Db, userId: number, sessionId: string, sessionVersion: number, idleSince: string): SessionUser | null {
  const row = sessionRow(db).get({ userId, sessionId });
  if (!row || !row.active || row.sessionVersion !== sessionVersion || row.activeAt < idleSince) return null;
  const depts = userDepartmentIds(db).all({ userId });
  return {
    id: row.id,
    loginId: row.loginId,
    displayName: row.displayName,
    role: row.role,
    organisationId: row.organisationId,
    sessionVersion: row.sessionVersion,
    activeAt: row.activeAt,
    mustChangePassword: row.mustChangePassword,
    departmentIds: depts.map((d) => d.id),
  };
}

/** Marks the session active now (a request the user made; background polling does not call this). */
export function touchAuthSession(db: Db, sessionId: string, at: string): void {
  db.update(authSessions)
    .set({ lastActiveAt: at })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)))
    .run();
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

/** Ends every open session of the user but the one given (a password change signs out elsewhere). */
export function revokeOtherAuthSessions(db: Db, userId: number, keepSessionId: string | null): void {
  const others = keepSessionId === null ? undefined : ne(authSessions.id, keepSessionId);
  db.update(authSessions)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt), others))
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

export function getPasswordHash(db: Db, userId: number): string | null {
  return db.select({ h: users.passwordHash }).from(users).where(eq(users.id, userId)).get()?.h ?? null;
}

/** The user's own new password; the reset flag is cleared (admin's reset already ended every session). */
export function setOwnPassword(db: Db, userId: number, passwordHash: string): void {
  db.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: new Date().toISOString() }).where(eq(users.id, userId)).run();
}

/** The active administrators' names: whom a user without a year to open is told to ask. */
export function listAdminNames(db: Db, organisationId: number): string[] {
  return db
    .select({ name: users.displayName })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.role, 'admin'), eq(users.active, true)))
    .orderBy(users.id)
    .all()
    .map((r) => r.name);
}
