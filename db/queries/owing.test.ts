import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/lib/testing/test-db';
import { opinions, plans, users } from '../schema';
import { listOwing } from './owing';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const db = t.db;

describe('listOwing', () => {
  const plan = db.select().from(plans).where(eq(plans.startYear, 2025)).get()!;
  const login = (id: number) => db.select().from(users).where(eq(users.id, id)).get()!.loginId;

  it('entry: staff of departments with sections not yet submitted, with how many', () => {
    const owing = listOwing(db, plan);
    expect(owing.length).toBeGreaterThan(0);
    expect(owing.every((o) => o.role === 'staff' && o.items > 0)).toBe(true);
    expect(owing.map((o) => login(o.userId))).toContain('staff-hosho');
  });

  it('review: committee members without a final opinion; planning and published: nobody', () => {
    const c1 = db.select().from(users).where(eq(users.loginId, 'committee1')).get()!;
    db.insert(opinions).values({ planId: plan.id, authorId: c1.id, text: '確定済みの意見', status: 'final' }).run();
    const owing = listOwing(db, { ...plan, phase: 'review' }).map((o) => login(o.userId));
    expect(owing).toContain('committee2');
    expect(owing).not.toContain('committee1');
    expect(listOwing(db, { ...plan, phase: 'planning' })).toEqual([]);
    expect(listOwing(db, { ...plan, phase: 'published' })).toEqual([]);
  });
});
