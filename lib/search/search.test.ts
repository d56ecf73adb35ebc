import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchViewer } from '@/db/queries/search';
import { opinions, plans, sections, selfAssessments, userDepartments, users } from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { search, snippetOf } from './search';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const db = t.db;

function viewer(login: string): SearchViewer {
  const u = db.select().from(users).where(eq(users.loginId, login)).get()!;
  const depts = db.select().from(userDepartments).where(eq(userDepartments.userId, u.id)).all();
  return { id: u.id, role: u.role, departmentIds: depts.map((d) => d.departmentId), organisationId: u.organisationId };
}

describe('search', () => {
  it('finds the FY2024 section narrative by a Japanese word, with the word marked', () => {
    const hits = search(db, viewer('manager'), '電子申請', { year: 2024, kinds: ['narrative'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.year).toBe(2024);
    expect(hits[0]?.link).toMatch(/^\/years\/2024\/sections\/\d+$/);
    expect(hits[0]?.snippet.some((p) => p.hit && p.text === '電子申請')).toBe(true);
  });

  it('falls back to LIKE for a two-character word', () => {
    const hits = search(db, viewer('manager'), '創業', {});
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.snippet.some((p) => p.hit && p.text === '創業'))).toBe(true);
  });

  it('a committee member never finds another member’s draft, but the author does', () => {
    const c1 = viewer('committee1');
    const plan = db.select().from(plans).where(eq(plans.startYear, 2025)).get()!;
    // Members write on a year in review (the demo's FY2025 is in entry).
    db.update(plans).set({ phase: 'review' }).where(eq(plans.id, plan.id)).run();
    db.insert(opinions)
      .values({
        planId: plan.id,
        authorId: c1.id,
        departmentId: c1.departmentIds[0] ?? null,
        text: '秘密の下書き意見サンプル',
        status: 'draft',
      })
      .run();
    expect(search(db, c1, '下書き意見サンプル', {})).toHaveLength(1);
    expect(search(db, viewer('committee2'), '下書き意見サンプル', {})).toHaveLength(0);
    expect(search(db, viewer('admin'), '下書き意見サンプル', {})).toHaveLength(0);
    expect(search(db, viewer('committee2'), '下書', {})).toHaveLength(0);
    // Back in entry, the year is hidden from the committee: its author finds nothing of it either.
    db.update(plans).set({ phase: 'entry' }).where(eq(plans.id, plan.id)).run();
    expect(search(db, c1, '下書き意見サンプル', {})).toHaveLength(0);
  });

  it('the committee finds nothing of a year in entry, even submitted material; in review it does', () => {
    const plan = db.select().from(plans).where(eq(plans.startYear, 2025)).get()!;
    const sa = db
      .select({ id: selfAssessments.id })
      .from(selfAssessments)
      .innerJoin(sections, eq(sections.id, selfAssessments.sectionId))
      .where(eq(sections.planId, plan.id))
      .get()!;
    db.update(selfAssessments)
      .set({ narrative: '提出済みの令和七年度本文', status: 'submitted' })
      .where(eq(selfAssessments.id, sa.id))
      .run();
    expect(search(db, viewer('manager'), '提出済みの令和七年度', {})).toHaveLength(1);
    expect(search(db, viewer('committee1'), '提出済みの令和七年度', {})).toHaveLength(0);
    db.update(plans).set({ phase: 'review' }).where(eq(plans.id, plan.id)).run();
    expect(search(db, viewer('committee1'), '提出済みの令和七年度', {})).toHaveLength(1);
    db.update(plans).set({ phase: 'entry' }).where(eq(plans.id, plan.id)).run();
  });

  it('the committee does not find an unsubmitted narrative; staff and managers do', () => {
    const draft = db.select().from(selfAssessments).where(eq(selfAssessments.status, 'draft')).get()!;
    db.update(selfAssessments).set({ narrative: '未提出の本文テキスト' }).where(eq(selfAssessments.id, draft.id)).run();
    expect(search(db, viewer('committee1'), '未提出の本文', {})).toHaveLength(0);
    expect(search(db, viewer('manager'), '未提出の本文', {})).toHaveLength(1);
    // the index follows the update: the old words are gone
    expect(
      search(db, viewer('manager'), draft.narrative.slice(0, 6), { kinds: ['narrative'] }).some((h) =>
        h.link.endsWith(`/${draft.sectionId}`),
      ),
    ).toBe(false);
  });

  it('shows a narrative as the report prints it: its tokens filled in', () => {
    const draft = db.select().from(selfAssessments).where(eq(selfAssessments.status, 'draft')).get()!;
    db.update(selfAssessments)
      .set({ narrative: '{{short}}は{{year}}に差し込み確認語を実施した。' })
      .where(eq(selfAssessments.id, draft.id))
      .run();
    const [hit] = search(db, viewer('manager'), '差し込み確認語', {});
    const text = hit!.snippet.map((p) => p.text).join('');
    expect(text).not.toContain('{{');
    expect(hit!.year).toBe(2025);
    expect(text).toBe('東京信用保証協会は令和7年度に差し込み確認語を実施した。');
  });

  it('finds a text by what its tokens print, and not by a token’s own name', () => {
    const draft = db.select().from(selfAssessments).where(eq(selfAssessments.status, 'draft')).get()!;
    db.update(selfAssessments)
      .set({ narrative: '{{short}}は{{year}}に置換検索語を確かめた。' })
      .where(eq(selfAssessments.id, draft.id))
      .run();
    const found = (q: string) => search(db, viewer('manager'), q, {}).filter((h) => h.link.endsWith(`/${draft.sectionId}`));
    // trigram terms ({{short}} stands for 東京信用保証協会), then a 2-character term (LIKE)
    for (const q of ['東京信用保証協会 置換検索語', '信用保証 置換検索語', '東京 置換検索語', '令和7年度 置換検索語']) {
      const [hit] = found(q);
      expect(hit, q).toBeDefined();
      const marked = hit!.snippet.filter((p) => p.hit).map((p) => p.text);
      expect(marked, q).toContain(q.split(' ')[0]);
    }
    // {{year}} prints 令和7年度 in this FY2025 plan, not 令和6年度; "short" is only the token's name
    expect(found('令和6年度 置換検索語')).toEqual([]);
    expect(found('short 置換検索語')).toEqual([]);
  });

  it('finds a token written with spaces, {{ short }}, by what it prints', () => {
    const draft = db.select().from(selfAssessments).where(eq(selfAssessments.status, 'draft')).get()!;
    db.update(selfAssessments).set({ narrative: '{{ short }}は空白入り差込語を確かめた。' }).where(eq(selfAssessments.id, draft.id)).run();
    const found = (q: string) => search(db, viewer('manager'), q, {}).filter((h) => h.link.endsWith(`/${draft.sectionId}`));
    for (const q of ['東京信用保証協会 空白入り差込語', '東京 空白入り差込語']) {
      const [hit] = found(q);
      expect(hit, q).toBeDefined();
      expect(hit!.snippet.map((p) => p.text).join(''), q).toBe('東京信用保証協会は空白入り差込語を確かめた。');
    }
  });
});

describe('snippetOf', () => {
  it('shows the text as written: full-width signs stay, a half-width or upper-case query still matches', () => {
    expect(snippetOf('外部評価委員会（委員：髙橋美樹）の評価', ['委員:髙橋'], 100)).toEqual([
      { text: '外部評価委員会（', hit: false },
      { text: '委員：髙橋', hit: true },
      { text: '美樹）の評価', hit: false },
    ]);
    expect(snippetOf('ＤＸ推進とdx人材', ['DX'], 100)).toEqual([
      { text: 'ＤＸ', hit: true },
      { text: '推進と', hit: false },
      { text: 'dx', hit: true },
      { text: '人材', hit: false },
    ]);
  });
  it('cuts about `width` characters around the first match, with an ellipsis where it cuts', () => {
    const text = `${'あ'.repeat(100)}電子申請${'い'.repeat(100)}`;
    const parts = snippetOf(text, ['電子申請'], 30);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts[1]).toEqual({ text: 'あ'.repeat(10), hit: false });
    expect(parts[2]).toEqual({ text: '電子申請', hit: true });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.map((p) => p.text).join('')).toBe(`…${'あ'.repeat(10)}電子申請${'い'.repeat(16)}…`);
  });
  it('marks every occurrence and cuts around the first', () => {
    expect(snippetOf('あいうえお電子申請かきくけこ電子申請', ['電子申請'], 100)).toEqual([
      { text: 'あいうえお', hit: false },
      { text: '電子申請', hit: true },
      { text: 'かきくけこ', hit: false },
      { text: '電子申請', hit: true },
    ]);
  });
});
