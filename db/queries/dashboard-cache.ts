// The year dashboard's figures, kept per (plan, department, day) until the data changes: the
// data version (db/schema/meta.ts) is moved by triggers in every writing transaction, so a
// manager's reload costs one query and a render, and the first request after any write reloads.
import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { dataVersion } from '../schema';
import { type DashboardData, type DashboardInput, loadDashboard } from './dashboard';

/** Dashboards kept per database handle (tests open several). */
const KEPT = 64;
const byHandle = new WeakMap<Db, Map<string, { version: number; data: DashboardData }>>();

export function currentDataVersion(db: Db): number {
  return db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1)).get()?.version ?? 0;
}

/** loadDashboard, answered from memory while the data version has not moved. Treat the result as read-only. */
export function loadDashboardCached(db: Db, input: DashboardInput): DashboardData {
  const version = currentDataVersion(db);
  const kept = byHandle.get(db) ?? new Map<string, { version: number; data: DashboardData }>();
  byHandle.set(db, kept);
  const key = JSON.stringify([
    input.organisationId,
    input.planId,
    input.year,
    input.departmentId ?? null,
    input.entryDeadline,
    input.today,
  ]);
  const hit = kept.get(key);
  if (hit && hit.version === version) {
    kept.delete(key);
    kept.set(key, hit);
    return hit.data;
  }
  const data = loadDashboard(db, input);
  kept.set(key, { version, data });
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return data;
}
