import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { countUnread, listNotifications, saveNotificationSettings } from '@/db/queries/notifications';
import { departments, mailQueue, notifications, opinions, plans, sections, users } from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { emitNotification } from './emit';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
afterEach(() => {
  delete process.env.HYOKA_SMTP_URL;
});
const db = t.db;

const user = (login: string) => db.select().from(users).where(eq(users.loginId, login)).get()!;
const fy2025 = db.select().from(plans).where(eq(plans.startYear, 2025)).get()!;
/** A section of staff-hosho's department in FY2025. */
const hoshoSection = db
  .select({ id: sections.id, departmentId: sections.departmentId })
  .from(sections)
  .innerJoin(departments, eq(departments.id, sections.departmentId))
  .where(and(eq(sections.planId, fy2025.id), eq(sections.kind, 'initiative'), isNotNull(sections.departmentId)))
  .all()
  .find((s) =>
    t.sqlite.prepare('select 1 from user_departments where user_id = ? and department_id = ?').get(user('staff-hosho').id, s.departmentId),
  )!;

describe('emitNotification', () => {
  it('a submitted section notifies the planning department only, linking to the section', () => {
    const staff = user('staff-hosho');
    const admin = user('admin');
    const n = emitNotification(db, staff, { kind: 'submitted', sectionId: hoshoSection.id });
    expect(n).toBe(1);
    expect(countUnread(db, admin.id)).toBe(1);
    expect(countUnread(db, staff.id)).toBe(0);
    expect(countUnread(db, user('committee1').id)).toBe(0);
    const [note] = listNotifications(db, admin.id, { limit: 5 });
    expect(note?.link).toBe(`/years/2025/sections/${hoshoSection.id}`);
  });

  it('a return goes to the department’s staff with the reason, and is mailed to those who chose mail', () => {
    process.env.HYOKA_SMTP_URL = 'smtp://127.0.0.1:2599';
    const staff = user('staff-hosho');
    saveNotificationSettings(db, staff.id, 0, { email: 'hosho@example.test', mode: 'each' });
    emitNotification(db, user('admin'), { kind: 'returned', sectionId: hoshoSection.id, reason: '数値の根拠を追記してください' });
    const [note] = listNotifications(db, staff.id, { limit: 1 });
    expect(note?.kind).toBe('returned');
    expect(note?.params.reason).toBe('数値の根拠を追記してください');
    expect(countUnread(db, user('staff-shien').id)).toBe(0);
    const mail = db.select().from(mailQueue).where(eq(mailQueue.userId, staff.id)).all();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toContain('差し戻されました');
    expect(mail[0]?.body).toContain(`/years/2025/sections/${hoshoSection.id}`);
    expect(mail[0]?.body).toContain('数値の根拠を追記してください');
  });

  it('without SMTP nothing is queued', () => {
    const before = db.select().from(mailQueue).all().length;
    emitNotification(db, user('admin'), { kind: 'approved', sectionId: hoshoSection.id });
    expect(db.select().from(mailQueue).all().length).toBe(before);
  });

  it('a committee draft never notifies anybody', () => {
    const c1 = user('committee1');
    const draft = db
      .insert(opinions)
      .values({ planId: fy2025.id, departmentId: hoshoSection.departmentId, authorId: c1.id, text: '下書き', status: 'draft' })
      .returning()
      .get();
    const before = db.select().from(notifications).all().length;
    expect(emitNotification(db, c1, { kind: 'opinionFinalized', opinionId: draft.id })).toBe(0);
    expect(emitNotification(db, user('admin'), { kind: 'responseWritten', opinionId: draft.id })).toBe(0);
    expect(db.select().from(notifications).all().length).toBe(before);
  });

  it('a final opinion reaches the planning department and the department concerned, not other staff or members', () => {
    const c1 = user('committee1');
    const final = db
      .insert(opinions)
      .values({ planId: fy2025.id, departmentId: hoshoSection.departmentId, authorId: c1.id, text: '意見', status: 'final' })
      .returning()
      .get();
    const unreadOf = (login: string) => countUnread(db, user(login).id);
    const counts = ['admin', 'staff-hosho', 'staff-shien', 'committee2', 'manager'].map(unreadOf);
    emitNotification(db, c1, { kind: 'opinionFinalized', opinionId: final.id });
    const after = ['admin', 'staff-hosho', 'staff-shien', 'committee2', 'manager'].map(unreadOf);
    expect(after.map((n, i) => n - (counts[i] ?? 0))).toEqual([1, 1, 0, 0, 0]);
    // the response goes back to the member who wrote it
    const c1Before = unreadOf('committee1');
    emitNotification(db, user('staff-hosho'), { kind: 'responseWritten', opinionId: final.id });
    expect(unreadOf('committee1')).toBe(c1Before + 1);
  });
});
