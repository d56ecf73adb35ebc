import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../open';
import { loginThrottle } from '../schema';

/** Five failures within 15 minutes lock the key (account or address) for 15 minutes. */
export const THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

export function isThrottled(db: Db, keys: string[], now = Date.now()): boolean {
  if (keys.length === 0) return false;
  const rows = db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).all();
  return rows.some((r) => r.lockedUntil != null && r.lockedUntil > now);
}

export function recordLoginFailure(db: Db, keys: string[], now = Date.now()): void {
  db.transaction((tx) => {
    for (const key of keys) {
      const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      const fresh = !row || now - row.windowStartedAt > THROTTLE.windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil = failures >= THROTTLE.maxFailures ? now + THROTTLE.lockMs : null;
      const windowStartedAt = fresh ? now : row.windowStartedAt;
      tx.insert(loginThrottle)
        .values({ key, failures, windowStartedAt, lockedUntil })
        .onConflictDoUpdate({ target: loginThrottle.key, set: { failures, windowStartedAt, lockedUntil } })
        .run();
    }
  });
}

export function clearLoginFailures(db: Db, keys: string[]): void {
  if (keys.length === 0) return;
  db.delete(loginThrottle).where(inArray(loginThrottle.key, keys)).run();
}
