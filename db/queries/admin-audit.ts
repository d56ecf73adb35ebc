import { and, desc, eq, gte, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { auditLog, users } from '../schema';

export type AuditFilter = { userId?: number; entityType?: string; action?: string; from?: string; to?: string };

/** Audit entries of the organisation (and system entries without a user), newest first. */
export function listAuditEntries(db: Db, organisationId: number, f: AuditFilter, limit: number, offset: number) {
  const where: (SQL | undefined)[] = [or(eq(users.organisationId, organisationId), isNull(auditLog.userId))];
  if (f.userId) where.push(eq(auditLog.userId, f.userId));
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  if (f.action) where.push(like(auditLog.action, `%${f.action.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  // Dates are whole days in UTC ISO; `to` is inclusive.
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lt(auditLog.at, nextDay(f.to)));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userName: users.displayName,
      loginId: users.loginId,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map(redactDraftOpinion);
}

/** What stands in for a draft's text in the audit log: that there was text, and how long. */
export type RedactedDraft = { draft: true; chars: number };

/**
 * A committee member's opinion is read by others only once it is final (lib/auth/policy.ts,
 * opinion.read), and the audit log is read by admin: the text of a draft (its creation, every
 * edit, its deletion) never leaves this function. The finalisation entry carries the final text.
 */
export function redactDraftOpinion<T extends { entityType: string; action: string; before: unknown; after: unknown }>(row: T): T {
  if (row.entityType !== 'opinion' || row.action === 'opinion.finalize') return row;
  return { ...row, before: redactText(row.before), after: redactText(row.after) };
}

function redactText(value: unknown): unknown {
  if (!value || typeof value !== 'object' || !('text' in value)) return value;
  const text = (value as { text: unknown }).text;
  const redacted: RedactedDraft = { draft: true, chars: typeof text === 'string' ? text.length : 0 };
  return { ...value, text: redacted };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function listAuditEntityTypes(db: Db): string[] {
  return db
    .selectDistinct({ t: auditLog.entityType })
    .from(auditLog)
    .orderBy(auditLog.entityType)
    .all()
    .map((r) => r.t);
}

/** For the few audited events outside a server action (the backup download). */
export function recordAudit(db: Db, entry: { userId: number; action: string; entityType: string; after?: unknown }) {
  db.insert(auditLog)
    .values({ userId: entry.userId, action: entry.action, entityType: entry.entityType, entityId: null, after: entry.after ?? null })
    .run();
}
