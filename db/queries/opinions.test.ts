import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/lib/testing/test-db';
import { departments, organisations, plans, sections, selfAssessmentRevisions, selfAssessments, userDepartments, users } from '../schema';
import {
  countOpinionsByDepartment,
  deleteOpinionDraft,
  finalizeOpinionDraft,
  getOpinionPlace,
  getOpinionTarget,
  getSectionKey,
  insertOpinion,
  listOpinions,
  listPriorOpinions,
  listReadNarratives,
  listReviewDepartments,
  listReviewMaterial,
  listReviewSections,
  listSectionReads,
  markSectionsRead,
  saveOpinionResponse,
  updateOpinionDraft,
  type Viewer,
} from './opinions';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const db = t.db;

function viewer(loginId: string): Viewer & { organisationId: number } {
  const u = db.select().from(users).where(eq(users.loginId, loginId)).get()!;
  const depts = db.select().from(userDepartments).where(eq(userDepartments.userId, u.id)).all();
  return { id: u.id, role: u.role, departmentIds: depts.map((d) => d.departmentId), organisationId: u.organisationId };
}
const plan = (year: number) =>
  db
    .select()
    .from(plans)
    .where(and(eq(plans.startYear, year), eq(plans.kind, 'annual')))
    .get()!;
const dept = (code: string) => db.select().from(departments).where(eq(departments.code, code)).get()!.id;
const section = (planId: number, key: string) =>
  db
    .select()
    .from(sections)
    .where(and(eq(sections.planId, planId), eq(sections.key, key)))
    .get()!;

const c1 = viewer('committee1');
const c2 = viewer('committee2');
const admin = viewer('admin');
const manager = viewer('manager');
const staffKanri = viewer('staff-kanri');
const staffHosho = viewer('staff-hosho');
const p25 = plan(2025);
const p24 = plan(2024);
const kaishu = dept('kaishu');
const hosho = dept('hosho');

describe('opinion visibility', () => {
  const draft = insertOpinion(db, { planId: p25.id, departmentId: kaishu, sectionId: null, authorId: c1.id, text: '下書きの意見' });
  const finalOne = insertOpinion(db, { planId: p25.id, departmentId: kaishu, sectionId: null, authorId: c1.id, text: '確定した意見' });
  finalizeOpinionDraft(db, { id: finalOne.id, authorId: c1.id, version: 1 });

  it('a draft is read only by its author', () => {
    expect(listOpinions(db, p25.id, c1).map((o) => o.id)).toEqual([draft.id, finalOne.id]);
    for (const v of [c2, admin, manager, staffKanri])
      expect(
        listOpinions(db, p25.id, v).map((o) => o.id),
        String(v.id),
      ).toEqual([finalOne.id]);
  });

  it('staff read final opinions of their departments only', () => {
    expect(listOpinions(db, p25.id, staffHosho)).toEqual([]);
    expect(listOpinions(db, p25.id, staffKanri, { departmentId: kaishu })).toHaveLength(1);
  });

  it('independent review: the others’ finals appear only after finalising one’s own', () => {
    expect(listOpinions(db, p25.id, c2, { independentReview: true })).toEqual([]);
    const own = insertOpinion(db, { planId: p25.id, departmentId: kaishu, sectionId: null, authorId: c2.id, text: '委員2の意見' });
    expect(listOpinions(db, p25.id, c2, { independentReview: true }).map((o) => o.id)).toEqual([own.id]);
    finalizeOpinionDraft(db, { id: own.id, authorId: c2.id, version: 1 });
    expect(listOpinions(db, p25.id, c2, { independentReview: true }).map((o) => o.id)).toEqual([finalOne.id, own.id]);
    // Finalising in one department does not open the others.
    expect(listOpinions(db, p25.id, c1, { independentReview: true, departmentId: kaishu }).map((o) => o.id)).toEqual([
      draft.id,
      finalOne.id,
      own.id,
    ]);
  });

  it('drafts are written only by their author, at the version they were read, and never once final', () => {
    expect(updateOpinionDraft(db, { id: draft.id, authorId: c2.id, version: 1, text: 'x', sectionId: null })).toBe(0);
    expect(updateOpinionDraft(db, { id: draft.id, authorId: c1.id, version: 9, text: 'x', sectionId: null })).toBe(0);
    expect(updateOpinionDraft(db, { id: finalOne.id, authorId: c1.id, version: 2, text: 'x', sectionId: null })).toBe(0);
    expect(updateOpinionDraft(db, { id: draft.id, authorId: c1.id, version: 1, text: '直した', sectionId: null })).toBe(1);
    expect(deleteOpinionDraft(db, { id: finalOne.id, authorId: c1.id, version: 2 })).toBe(0);
    expect(deleteOpinionDraft(db, { id: draft.id, authorId: c2.id, version: 2 })).toBe(0);
    expect(listOpinions(db, p25.id, c1).find((o) => o.id === draft.id)?.text).toBe('直した');
  });

  it('an empty draft is not finalised', () => {
    const empty = insertOpinion(db, { planId: p25.id, departmentId: kaishu, sectionId: null, authorId: c1.id, text: '' });
    expect(finalizeOpinionDraft(db, { id: empty.id, authorId: c1.id, version: 1 })).toBe(0);
  });

  it('responses use optimistic locking', () => {
    expect(
      saveOpinionResponse(db, { opinionId: finalOne.id, version: null, text: '対応します', state: 'in_progress', authorId: staffKanri.id }),
    ).toBe(1);
    expect(saveOpinionResponse(db, { opinionId: finalOne.id, version: null, text: '二重作成', state: 'open', authorId: admin.id })).toBe(0);
    expect(saveOpinionResponse(db, { opinionId: finalOne.id, version: 5, text: '古い版', state: 'done', authorId: admin.id })).toBe(0);
    expect(saveOpinionResponse(db, { opinionId: finalOne.id, version: 1, text: '対応済み', state: 'done', authorId: staffKanri.id })).toBe(
      1,
    );
    const row = listOpinions(db, p25.id, staffKanri).find((o) => o.id === finalOne.id)!;
    expect([row.responseText, row.responseState, row.responseVersion]).toEqual(['対応済み', 'done', 2]);
  });

  it('a place must be a department and section of the same plan and organisation', () => {
    const recovery = section(p25.id, 'init.kaishu.recovery');
    expect(getOpinionPlace(db, c1.organisationId, p25.id, kaishu, recovery.id)).not.toBeNull();
    expect(getOpinionPlace(db, c1.organisationId, p25.id, hosho, recovery.id)).toBeNull();
    expect(getOpinionPlace(db, c1.organisationId, p24.id, kaishu, recovery.id)).toBeNull();
    expect(getOpinionPlace(db, c1.organisationId + 99, p25.id, kaishu, null)).toBeNull();
  });

  it('a published year refuses new opinions at the database', () => {
    expect(() => insertOpinion(db, { planId: p24.id, departmentId: kaishu, sectionId: null, authorId: c1.id, text: 'x' })).toThrow(
      /plan is published/,
    );
  });
});

describe('review material', () => {
  it('committee members get submitted and approved sections only', () => {
    const all = listReviewSections(db, p24.id, admin);
    const forCommittee = listReviewSections(db, p24.id, c1);
    expect(forCommittee.length).toBeGreaterThan(10);
    expect(forCommittee.every((s) => s.status === 'submitted' || s.status === 'approved')).toBe(true);
    expect(listReviewSections(db, p25.id, c1)).toEqual([]); // FY2025: drafts only
    expect(listReviewSections(db, p25.id, admin).some((s) => s.status === 'draft')).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(forCommittee.length);
  });

  it('lists the material without narratives, and reads them with the same scope', () => {
    const list = listReviewSections(db, p24.id, c1);
    const material = listReviewMaterial(db, p24.id, c1);
    expect(list[0]).not.toHaveProperty('narrative');
    expect(material.map(({ narrative: _, ...rest }) => rest)).toEqual(list);
    expect(material.some((s) => (s.narrative ?? '').length > 0)).toBe(true);
    expect(listReviewMaterial(db, p25.id, c1)).toEqual([]);
  });

  it('reads record only versions that are current material, and give the narrative read', () => {
    const s = section(p25.id, 'init.kaishu.recovery');
    const sa = db.insert(selfAssessments).values({ sectionId: s.id, narrative: '回収の実績。', status: 'submitted' }).returning().get();
    db.insert(selfAssessmentRevisions)
      .values({ selfAssessmentId: sa.id, version: 1, narrative: '回収の実績。', status: 'submitted' })
      .run();
    expect(markSectionsRead(db, p25.id, c1.id, [{ sectionId: s.id, version: 2 }])).toBe(0);
    expect(markSectionsRead(db, p24.id, c1.id, [{ sectionId: s.id, version: 1 }])).toBe(0);
    expect(markSectionsRead(db, p25.id, c1.id, [{ sectionId: s.id, version: 1 }])).toBe(1);
    expect(listSectionReads(db, p25.id, c1.id)).toEqual([{ sectionId: s.id, version: 1 }]);
    expect(listSectionReads(db, p25.id, c2.id)).toEqual([]);
    expect(listReadNarratives(db, p25.id, [{ sectionId: s.id, version: 1 }]).get(s.id)).toBe('回収の実績。');
    expect(listReviewSections(db, p25.id, c1, { departmentId: kaishu }).map((r) => r.key)).toEqual(['init.kaishu.recovery']);
  });
});

describe('last year’s opinions beside this year’s sections', () => {
  it('a section finds the same-key section of the previous plan and its department’s opinions', () => {
    const bcp = listPriorOpinions(db, c1.organisationId, 2025, 'init.common.bcp', c1);
    expect(bcp.rows.map((r) => r.text.slice(0, 11))).toEqual([
      '定期的に有効な研修・訓',
      '共同システムのバックア',
      '「ＢＣＰ説明会」を通じ',
    ]);
    const digital = listPriorOpinions(db, c1.organisationId, 2025, 'init.hosho.digitalisation', c1);
    expect(digital.rows).toHaveLength(5);
    expect(listPriorOpinions(db, c1.organisationId, 2025, 'init.hosho.digitalisation', staffKanri).rows).toEqual([]);
    expect(listPriorOpinions(db, c1.organisationId, 2025, 'init.hosho.digitalisation', staffHosho).rows).toHaveLength(5);
    expect(listPriorOpinions(db, c1.organisationId, 2023, 'init.hosho.digitalisation', c1).prior).toBeNull();
    const bcp25 = section(p25.id, 'init.common.bcp');
    expect(getSectionKey(db, p25.id, bcp25.id)).toBe('init.common.bcp');
    expect(getSectionKey(db, p24.id, bcp25.id)).toBeNull();
  });
});

describe('getOpinionTarget', () => {
  it('finds an opinion of the caller’s organisation only', () => {
    const p25 = plan(2025);
    const mine = insertOpinion(db, {
      planId: p25.id,
      departmentId: dept('kaishu'),
      sectionId: null,
      authorId: c1.id,
      text: '組織内の意見',
    });
    expect(getOpinionTarget(db, c1.organisationId, mine.id)).toMatchObject({ id: mine.id, planId: p25.id, phase: p25.phase });
    const other = db.insert(organisations).values({ name: '別の協会' }).returning({ id: organisations.id }).get();
    expect(getOpinionTarget(db, other.id, mine.id)).toBeNull();
  });
});

describe('countOpinionsByDepartment', () => {
  /** The committee home's tallies as it made them from the listed opinions. */
  const tally = (v: Viewer, planId: number, independentReview: boolean) => {
    const rows = listOpinions(db, planId, v, { independentReview });
    const depts = [...new Set(rows.map((o) => o.departmentId))];
    return depts
      .map((departmentId) => {
        const of = rows.filter((o) => o.departmentId === departmentId);
        const mine = of.filter((o) => o.authorId === v.id);
        return {
          departmentId,
          finals: of.filter((o) => o.status === 'final').length,
          myFinal: mine.filter((o) => o.status === 'final').length,
          myDraft: mine.filter((o) => o.status === 'draft').length,
        };
      })
      .sort((a, b) => (a.departmentId ?? 0) - (b.departmentId ?? 0));
  };
  const counted = (v: Viewer, planId: number, independentReview: boolean) =>
    // A copy: the kept result is shared and read-only.
    [...countOpinionsByDepartment(db, planId, v, { independentReview })].sort((a, b) => (a.departmentId ?? 0) - (b.departmentId ?? 0));

  it('counts what listOpinions lists, for every role, with and without independent review', () => {
    // Drafts and finals of two members in two departments of the year under review.
    const hoshoDraft = insertOpinion(db, { planId: p25.id, departmentId: hosho, sectionId: null, authorId: c2.id, text: '保証の下書き' });
    const hoshoFinal = insertOpinion(db, { planId: p25.id, departmentId: hosho, sectionId: null, authorId: c1.id, text: '保証の意見' });
    finalizeOpinionDraft(db, { id: hoshoFinal.id, authorId: c1.id, version: 1 });
    expect(hoshoDraft.id).toBeGreaterThan(0);
    let nonEmpty = 0;
    for (const planId of [p24.id, p25.id])
      for (const v of [c1, c2, admin, manager, staffKanri, staffHosho])
        for (const independent of [false, true]) {
          const expected = tally(v, planId, independent);
          nonEmpty += expected.length;
          expect(counted(v, planId, independent), `${v.id} ${planId} ${independent}`).toEqual(expected);
        }
    expect(nonEmpty).toBeGreaterThan(10);
    expect(counted(c2, p25.id, false).find((c) => c.departmentId === hosho)).toEqual({
      departmentId: hosho,
      finals: 1,
      myFinal: 0,
      myDraft: 1,
    });
  });
});

describe('the committee home’s lists are kept until the data changes', () => {
  it('answers a repeated question from memory and a question after a write from the database', () => {
    const countsBefore = countOpinionsByDepartment(db, p25.id, c2);
    expect(countOpinionsByDepartment(db, p25.id, c2)).toBe(countsBefore); // the same kept array
    const myDrafts = (rows: typeof countsBefore) => rows.find((c) => c.departmentId === kaishu)?.myDraft ?? 0;
    insertOpinion(db, { planId: p25.id, departmentId: kaishu, sectionId: null, authorId: c2.id, text: '回収の下書き' });
    const countsAfter = countOpinionsByDepartment(db, p25.id, c2);
    expect(myDrafts(countsAfter)).toBe(myDrafts(countsBefore) + 1);
    // Another member's scope is their own, not c2's kept answer.
    expect(myDrafts(countOpinionsByDepartment(db, p25.id, c1))).not.toBe(myDrafts(countsAfter));

    const recovery = section(p25.id, 'init.kaishu.recovery');
    const listed = () => listReviewSections(db, p25.id, c1).map((s) => s.id);
    expect(listed()).toContain(recovery.id);
    expect(listReviewSections(db, p25.id, c1)).toBe(listReviewSections(db, p25.id, c1));
    db.update(selfAssessments).set({ status: 'returned' }).where(eq(selfAssessments.sectionId, recovery.id)).run();
    expect(listed()).not.toContain(recovery.id);
    expect(listReviewSections(db, p25.id, admin).map((s) => s.id)).toContain(recovery.id); // the admin's scope

    const depts = listReviewDepartments(db, p24.id);
    expect(listReviewDepartments(db, p24.id)).toBe(depts);
    db.update(departments).set({ name: '信用保証部' }).where(eq(departments.id, hosho)).run();
    expect(listReviewDepartments(db, p24.id).find((d) => d.id === hosho)?.name).toBe('信用保証部');
  });
});
