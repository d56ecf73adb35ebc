import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { enqueueMail } from '@/db/queries/notifications';
import { mailQueue, notifications, plans, users } from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { deadlineStage, japanDate, notifyDeadlines } from '@/lib/notify/deadlines';
import { retryDelay, type Sender, sendDue } from './worker';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const db = t.db;

describe('sendDue', () => {
  it('keeps a mail queued with a later attempt while the server fails, and sends it once it answers', async () => {
    enqueueMail(db, [{ userId: null, toAddress: 'a@example.test', subject: '件名', body: '本文' }]);
    const down: Sender = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    const now = new Date();
    expect(await sendDue(db, down, now, 1000)).toBe(0);
    const row = db.select().from(mailQueue).get()!;
    expect(row.status).toBe('queued');
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain('ECONNREFUSED');
    // not due again before its backoff
    const got: string[] = [];
    const up: Sender = async (m) => {
      got.push(m.subject);
    };
    expect(await sendDue(db, up, now, 1000)).toBe(0);
    expect(await sendDue(db, up, new Date(Date.parse(row.nextAttemptAt) + 1), 1000)).toBe(1);
    expect(got).toEqual(['件名']);
    expect(db.select().from(mailQueue).get()!.status).toBe('sent');
  });

  it('backs off exponentially up to an hour', () => {
    expect([0, 1, 2, 3].map((a) => retryDelay(a, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(30, 1000)).toBe(3_600_000);
  });
});

describe('deadline notices', () => {
  it('stages: 7 days before, the day before, passed', () => {
    expect(deadlineStage('2026-04-30', '2026-04-20')).toBeNull();
    expect(deadlineStage('2026-04-30', '2026-04-23')).toBe('week');
    expect(deadlineStage('2026-04-30', '2026-04-29')).toBe('day');
    expect(deadlineStage('2026-04-30', '2026-04-30')).toBe('day');
    expect(deadlineStage('2026-04-30', '2026-05-01')).toBe('passed');
    expect(japanDate(new Date('2026-04-30T15:30:00Z'))).toBe('2026-05-01');
  });

  it('reach each staff member who still owes work once, however often they are computed', () => {
    const fy2025 = db.select().from(plans).where(eq(plans.startYear, 2025)).get()!;
    expect(fy2025.phase).toBe('entry');
    const after = new Date(`${fy2025.entryDeadline}T12:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 2);
    const first = notifyDeadlines(db, after);
    expect(first).toBeGreaterThan(0);
    expect(notifyDeadlines(db, after)).toBe(0);
    const roles = db
      .select({ role: users.role })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.kind, 'deadline'))
      .all();
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(['staff']));
  });
});
