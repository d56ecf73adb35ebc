// Query results kept in memory until the data changes. Triggers move the data version
// (db/schema/meta.ts) in every writing transaction, so a result read at version v is answered
// again only while the version is still v: a reload costs one query and a render, and the first
// request after any write (from this process or another) reloads. Callers treat what they get
// as read-only: it is shared by every request until the next write.
import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPer } from '../prepared';
import { dataVersion } from '../schema';

/** Results kept per database handle (tests open several), the least recently used dropped first. */
const KEPT = 128;
type Kept = { version: number; value: unknown };
const byHandle = new WeakMap<Db, Map<string, Kept>>();

/** Asked before every kept result is answered: prepared once per handle. */
const dataVersionRow = preparedPer((db) =>
  db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1)).prepare(),
);

export function currentDataVersion(db: Db): number {
  return dataVersionRow(db).get()?.version ?? 0;
}

/**
 * `load()`, answered from memory while the data version has not moved since it ran for the same
 * key. The key names the query and every input it reads (ids, year, day, scope): two calls with
 * equal keys must ask the same question.
 */
export function keptUntilDataChanges<T>(db: Db, key: readonly unknown[], load: () => T): T {
  const version = currentDataVersion(db);
  const kept = byHandle.get(db) ?? new Map<string, Kept>();
  byHandle.set(db, kept);
  const text = JSON.stringify(key);
  const hit = kept.get(text);
  if (hit && hit.version === version) {
    kept.delete(text);
    kept.set(text, hit);
    return hit.value as T;
  }
  const value = load();
  kept.set(text, { version, value });
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return value;
}
