// Publishing: the plan's phase moves and the official PDFs (published_reports, kept forever).
import { and, desc, eq, max, sql } from 'drizzle-orm';
import type { PlanPhase } from '@/lib/domain/types';
import type { Db } from '../open';
import { preparedPer } from '../prepared';
import { auditLog, plans, publishedReports, reportSnapshots, users } from '../schema';
import { keptUntilDataChanges } from './data-cache';

const NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export function getPlanForPublish(db: Db, organisationId: number, planId: number) {
  return (
    db
      .select({
        id: plans.id,
        phase: plans.phase,
        publishedAt: plans.publishedAt,
        title: plans.title,
        kind: plans.kind,
        startYear: plans.startYear,
        endYear: plans.endYear,
      })
      .from(plans)
      .where(and(eq(plans.id, planId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

/** published from `from`; 0 rows when someone moved the phase first. */
export function markPublished(db: Db, organisationId: number, planId: number, from: PlanPhase): number {
  return db
    .update(plans)
    .set({ phase: 'published', publishedAt: NOW, version: sql`${plans.version} + 1`, updatedAt: NOW })
    .where(and(eq(plans.id, planId), eq(plans.organisationId, organisationId), eq(plans.phase, from)))
    .run().changes;
}

/** published → review (publishedAt stays: it is the time of the last publication). */
export function markUnlocked(db: Db, organisationId: number, planId: number): number {
  return db
    .update(plans)
    .set({ phase: 'review', version: sql`${plans.version} + 1`, updatedAt: NOW })
    .where(and(eq(plans.id, planId), eq(plans.organisationId, organisationId), eq(plans.phase, 'published')))
    .run().changes;
}

export type ConsistencyOverride = { reason: string; contradictions: number };

export type PublishedReportInfo = {
  id: number;
  version: number;
  sha256: string;
  amendmentNote: string | null;
  consistencyOverride: ConsistencyOverride | null;
  createdAt: string;
  createdByName: string | null;
  size: number;
};

/** Every stored version of a plan's report, newest first, without the file (every report page asks). */
const publishedReportsOf = preparedPer((db) =>
  db
    .select({
      id: publishedReports.id,
      version: publishedReports.version,
      sha256: publishedReports.sha256,
      amendmentNote: publishedReports.amendmentNote,
      consistencyOverride: publishedReports.consistencyOverride,
      createdAt: publishedReports.createdAt,
      createdByName: users.displayName,
      size: sql<number>`length(${publishedReports.pdf})`,
    })
    .from(publishedReports)
    .leftJoin(users, eq(users.id, publishedReports.createdBy))
    .where(eq(publishedReports.planId, sql.placeholder('planId')))
    .orderBy(desc(publishedReports.version))
    .prepare(),
);

export function listPublishedReports(db: Db, planId: number): PublishedReportInfo[] {
  return publishedReportsOf(db).all({ planId });
}

/** One stored version (the latest when `version` is omitted), with the file. */
export function getPublishedReportFile(db: Db, planId: number, version?: number) {
  const q = db
    .select({
      version: publishedReports.version,
      sha256: publishedReports.sha256,
      pdf: publishedReports.pdf,
      createdAt: publishedReports.createdAt,
    })
    .from(publishedReports);
  const row =
    version === undefined
      ? q.where(eq(publishedReports.planId, planId)).orderBy(desc(publishedReports.version)).limit(1).get()
      : q.where(and(eq(publishedReports.planId, planId), eq(publishedReports.version, version))).get();
  return row ?? null;
}

export function nextReportVersion(db: Db, planId: number): number {
  const row = db
    .select({ v: max(publishedReports.version) })
    .from(publishedReports)
    .where(eq(publishedReports.planId, planId))
    .get();
  return (row?.v ?? 0) + 1;
}

export function insertPublishedReport(
  db: Db,
  values: {
    planId: number;
    version: number;
    sha256: string;
    pdf: Buffer;
    amendmentNote: string | null;
    consistencyOverride: ConsistencyOverride | null;
    createdBy: number | null;
  },
) {
  return db.insert(publishedReports).values(values).returning({ id: publishedReports.id, createdAt: publishedReports.createdAt }).get();
}

/** The reason given with the last unlock of the plan (the amendment's "why"), if any. */
export function getLastUnlock(db: Db, planId: number): { reason: string; at: string } | null {
  const row = db
    .select({ after: auditLog.after, at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'plan'), eq(auditLog.entityId, String(planId)), eq(auditLog.action, 'plan.unlock')))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  const reason = (row?.after as { reason?: unknown } | null)?.reason;
  return row && typeof reason === 'string' ? { reason, at: row.at } : null;
}

/** The last publication of the plan: who published, what they said changed, and any consistency override. */
export function getLastPublish(
  db: Db,
  planId: number,
): { userId: number | null; note: string | null; override: ConsistencyOverride | null; at: string } | null {
  const row = db
    .select({ userId: auditLog.userId, after: auditLog.after, at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'plan'), eq(auditLog.entityId, String(planId)), eq(auditLog.action, 'plan.publish')))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  if (!row) return null;
  const after = row.after as { reason?: unknown; consistencyOverride?: ConsistencyOverride | null } | null;
  const note = after?.reason;
  return { userId: row.userId, note: typeof note === 'string' ? note : null, override: after?.consistencyOverride ?? null, at: row.at };
}

/** An audit row written outside an action (PDF stored or deferred after publishing). */
export function insertAudit(
  db: Db,
  entry: { userId: number | null; action: string; entityType: string; entityId: string; after?: unknown },
) {
  db.insert(auditLog)
    .values({
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      after: entry.after ?? null,
    })
    .run();
}

/**
 * The published report's stored document model (JSON), or null when none was taken yet. Parsed
 * once and kept until the data changes (taking or replacing a snapshot moves the version, by
 * trigger); callers only read it.
 */
export function getReportSnapshot(db: Db, planId: number): unknown {
  return keptUntilDataChanges(
    db,
    ['reportSnapshot', planId],
    () => db.select({ model: reportSnapshots.model }).from(reportSnapshots).where(eq(reportSnapshots.planId, planId)).get()?.model ?? null,
  );
}

/** Stores (or, on a re-publication, replaces) the published report's document model. */
export function saveReportSnapshot(db: Db, planId: number, model: unknown): void {
  db.insert(reportSnapshots)
    .values({ planId, model })
    .onConflictDoUpdate({ target: reportSnapshots.planId, set: { model, takenAt: new Date().toISOString() } })
    .run();
}
