import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/lib/testing/test-db';
import { departments, opinions, plans, sections, users } from '../schema';
import {
  buildCompilation,
  committeeOpinionsHeading,
  composeBody,
  listCompilations,
  listCompilationSources,
  listFinalOpinionsForCompilation,
  reorderCompilations,
  replaceCompilations,
  updateCompilation,
} from './compilation';
import { finalizeOpinionDraft, insertOpinion } from './opinions';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const db = t.db;
const plan = (year: number) =>
  db
    .select()
    .from(plans)
    .where(and(eq(plans.startYear, year), eq(plans.kind, 'annual')))
    .get()!;
const userId = (login: string) => db.select().from(users).where(eq(users.loginId, login)).get()!.id;
const dept = (code: string) => db.select().from(departments).where(eq(departments.code, code)).get()!.id;

describe('composeBody', () => {
  it('writes bullets or one paragraph, without doubling a typed bullet', () => {
    expect(composeBody(['一つ目。', '・二つ目。', '  '], 'bullets')).toBe('・一つ目。\n・二つ目。');
    expect(composeBody(['一つ目。', '・二つ目。'], 'paragraph')).toBe('一つ目。二つ目。');
  });
});

describe('FY2024: the seeded compilation is what the opinions compile to', () => {
  const p24 = plan(2024);
  it('same blocks, same bodies, same order; department headings as printed', () => {
    const built = buildCompilation(listFinalOpinionsForCompilation(db, p24.id), 'bullets');
    const stored = listCompilations(db, p24.id);
    expect(built.map((b) => b.body)).toEqual(stored.map((s) => s.body));
    expect(built.slice(0, 4).map((b) => b.heading)).toEqual(['保証部門', '経営支援部門', '期中管理部門', '回収部門']);
    const sources = listCompilationSources(db, p24.id);
    expect(sources).toHaveLength(21);
    expect(built.flatMap((b) => b.opinionIds).sort((a, b) => a - b)).toEqual(sources.map((s) => s.opinionId).sort((a, b) => a - b));
  });
  it('the published compilation cannot be replaced', () => {
    expect(() => replaceCompilations(db, p24.id, [], userId('admin'))).toThrow(/plan is published/);
  });
});

describe('FY2025: compile, edit, reorder', () => {
  const p25 = plan(2025);
  const admin = userId('admin');
  const c1 = userId('committee1');
  const a = insertOpinion(db, { planId: p25.id, departmentId: dept('kaishu'), sectionId: null, authorId: c1, text: '回収について。' });
  const b = insertOpinion(db, { planId: p25.id, departmentId: dept('hosho'), sectionId: null, authorId: c1, text: '保証について。' });
  insertOpinion(db, { planId: p25.id, departmentId: dept('hosho'), sectionId: null, authorId: c1, text: '下書きは載らない。' });
  finalizeOpinionDraft(db, { id: a.id, authorId: c1, version: 1 });
  finalizeOpinionDraft(db, { id: b.id, authorId: c1, version: 1 });

  it('groups by department in department order and leaves drafts out', () => {
    const blocks = buildCompilation(listFinalOpinionsForCompilation(db, p25.id), 'bullets');
    expect(blocks.map((x) => [x.heading, x.body])).toEqual([
      ['保証部門', '・保証について。'],
      ['回収部門', '・回収について。'],
    ]);
    replaceCompilations(db, p25.id, blocks, admin);
    expect(listCompilations(db, p25.id).map((c) => c.heading)).toEqual(['保証部門', '回収部門']);
  });

  it('edits the report text with a version check and leaves the opinion as written', () => {
    const [first] = listCompilations(db, p25.id);
    expect(updateCompilation(db, { planId: p25.id, id: first!.id, version: 7, heading: 'x', body: 'x', userId: admin })).toBe(0);
    expect(updateCompilation(db, { planId: plan(2023).id, id: first!.id, version: 1, heading: 'x', body: 'x', userId: admin })).toBe(0);
    expect(
      updateCompilation(db, {
        planId: p25.id,
        id: first!.id,
        version: 1,
        heading: '保証部門',
        body: '・保証について、編集した。',
        userId: admin,
      }),
    ).toBe(1);
    expect(db.select().from(opinions).where(eq(opinions.id, b.id)).get()!.text).toBe('保証について。');
  });

  it('reorders only with exactly the plan’s blocks', () => {
    const ids = listCompilations(db, p25.id).map((c) => c.id);
    expect(reorderCompilations(db, p25.id, [ids[0]!], admin)).toBe(false);
    expect(reorderCompilations(db, p25.id, [...ids].reverse(), admin)).toBe(true);
    expect(listCompilations(db, p25.id).map((c) => c.heading)).toEqual(['回収部門', '保証部門']);
  });
});

describe('FY2024 section 6 equals the reference document', () => {
  it('headings and bullets exactly as printed', async () => {
    const { referenceSection6 } = await import('@/e2e/section6-reference');
    const stored = listCompilations(db, plan(2024).id).map((c) => ({ heading: c.heading, bullets: c.body.split('\n') }));
    const reference = referenceSection6();
    expect(reference).toHaveLength(7);
    expect(reference.flatMap((b) => b.bullets)).toHaveLength(21);
    expect(stored).toEqual(reference);
  });
});

describe('committeeOpinionsHeading', () => {
  it("is the heading the plan's document prints over the opinions, and none without such a section", () => {
    expect(committeeOpinionsHeading(db, plan(2024).id)).toBe('６.外部評価委員の意見等');
    const p = plan(2025);
    const section = db
      .select()
      .from(sections)
      .where(and(eq(sections.planId, p.id), eq(sections.kind, 'committee_opinions')))
      .get()!;
    db.update(sections).set({ number: '第3章', title: '外部評価委員の意見' }).where(eq(sections.id, section.id)).run();
    expect(committeeOpinionsHeading(db, p.id)).toBe('第3章\u3000外部評価委員の意見');
    db.update(sections).set({ deletedAt: '2026-01-01T00:00:00Z' }).where(eq(sections.id, section.id)).run();
    expect(committeeOpinionsHeading(db, p.id)).toBeNull();
    db.update(sections).set({ number: section.number, title: section.title, deletedAt: null }).where(eq(sections.id, section.id)).run();
  });
});
