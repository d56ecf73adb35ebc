import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../open';
import { loginThrottle } from '../schema';

/**
 * Failures within 15 minutes lock the key for 15 minutes: 5 for an account, 30 for an address
 * (an office behind one NAT shares an address; guessing one account is stopped by its own key).
 */
export const THROTTLE = { windowMs: 15 * 60_000, lockMs: 15 * 60_000, account: 5, address: 30 } as const;

const limitFor = (key: string) => (key.startsWith('address:') ? THROTTLE.address : THROTTLE.account);

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
      const lockedUntil = failures >= limitFor(key) ? now + THROTTLE.lockMs : null;
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
