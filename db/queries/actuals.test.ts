// Optimistic locking at the query level: a save based on an old version writes nothing.
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { monthlyActuals, sections } from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { getIndicatorValues, listIndicatorsForEntry, saveActuals } from './actuals';
import { NotInOrganisation } from './ownership';
import { createAssessment, getAssessmentTarget, listRevisions, listRevisionTexts, updateAssessment } from './assessments';
import { getAnnualPlan, getFirstOrganisation } from './plans';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const org = getFirstOrganisation(t.db)!;
const plan = getAnnualPlan(t.db, org.id, 2025)!;
const section = (key: string) =>
  t.db
    .select({ id: sections.id })
    .from(sections)
    .where(and(eq(sections.planId, plan.id), eq(sections.key, key)))
    .get()!.id;

describe('self-assessment versions', () => {
  it('keeps every version and refuses a save based on an old one', () => {
    const id = section('init.shien.founders');
    const w = { narrative: 'v1', rating: null, status: 'draft' as const, returnComment: null, userId: 1, organisationId: org.id };
    const first = createAssessment(t.db, id, w);
    // Read (and kept) before the next save, which must show in the next read.
    expect(listRevisions(t.db, id).map((r) => r.version)).toEqual([1]);
    expect(updateAssessment(t.db, first.id, 1, { ...w, narrative: 'v2' })?.version).toBe(2);
    expect(updateAssessment(t.db, first.id, 1, { ...w, narrative: 'stale' })).toBeNull();
    expect(getAssessmentTarget(t.db, org.id, id)).toMatchObject({ narrative: 'v2', version: 2 });
    expect(listRevisions(t.db, id).map((r) => r.version)).toEqual([2, 1]);
    expect(listRevisionTexts(t.db, id, [1, 2]).map((r) => [r.version, r.narrative])).toEqual([
      [1, 'v1'],
      [2, 'v2'],
    ]);
  });
  it('lists the versions without their texts; a text is read for its own section only', () => {
    const id = section('init.shien.founders');
    expect(listRevisions(t.db, id)[0]).not.toHaveProperty('narrative');
    const other = section('init.kanri.guideline');
    const w = { narrative: 'other v1', rating: null, status: 'draft' as const, returnComment: null, userId: 1, organisationId: org.id };
    createAssessment(t.db, other, w);
    expect(listRevisionTexts(t.db, other, [1, 2]).map((r) => r.narrative)).toEqual(['other v1']);
    expect(listRevisionTexts(t.db, id, [1]).map((r) => r.narrative)).toEqual(['v1']);
    expect(listRevisionTexts(t.db, id, [])).toEqual([]);
  });
  it('lists content revisions only: a submit, approve or return is not a save of the text', () => {
    const id = section('init.shien.founders');
    const base = getAssessmentTarget(t.db, org.id, id)!;
    const w = { narrative: 'v2', rating: null, returnComment: null, organisationId: org.id };
    updateAssessment(t.db, base.assessmentId!, 2, { ...w, status: 'submitted', userId: 1 });
    updateAssessment(t.db, base.assessmentId!, 3, { ...w, status: 'approved', userId: 2 });
    const revisions = listRevisions(t.db, id);
    expect(revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(revisions[0]!.status).toBe('draft');
  });
  it('finds no section of another organisation', () => {
    expect(getAssessmentTarget(t.db, org.id + 1, section('init.shien.founders'))).toBeNull();
  });
  it("refuses to write another organisation's section, whatever the caller, and writes nothing", () => {
    const id = section('init.shien.founders');
    const base = getAssessmentTarget(t.db, org.id, id)!;
    const foreign = { narrative: 'x', rating: null, status: 'draft' as const, returnComment: null, userId: 1, organisationId: org.id + 1 };
    expect(() => updateAssessment(t.db, base.assessmentId!, base.version!, foreign)).toThrow(NotInOrganisation);
    expect(() => createAssessment(t.db, section('init.kanri.guideline'), foreign)).toThrow(NotInOrganisation);
    expect(getAssessmentTarget(t.db, org.id, id)).toMatchObject({ narrative: base.narrative, version: base.version });
  });
});

describe('actuals', () => {
  const [ind] = listIndicatorsForEntry(t.db, plan.id, 2025, { sectionId: section('init.kanri.guideline') });
  it('lists a section’s indicators with twelve months in fiscal order', () => {
    expect(ind!.code).toBe('full_release_count');
    expect(ind!.monthly).toHaveLength(12);
    expect(ind!.monthly.slice(0, 7).every((v) => v !== null)).toBe(true);
    expect(ind!.monthly.slice(7)).toEqual([null, null, null, null, null]);
  });
  it('saves annual, prior and monthly values at the expected version and refuses a stale one', () => {
    const monthly = [70, 71, null, null, null, null, null, null, null, null, null, 75];
    const v = saveActuals(t.db, ind!.id, 2025, ind!.version, { actual: 836, prior: 797, monthly, userId: 1, organisationId: org.id });
    expect(v).toBe(ind!.version + 1);
    expect(saveActuals(t.db, ind!.id, 2025, ind!.version, { actual: 1, prior: 1, monthly, userId: 1, organisationId: org.id })).toBeNull();
    expect(getIndicatorValues(t.db, ind!.id, 2025)).toMatchObject({ actualValue: 836, priorActualValue: 797, version: v });
    const foreign = { actual: 1, prior: 1, monthly, userId: 1, organisationId: org.id + 1 };
    expect(() => saveActuals(t.db, ind!.id, 2025, v, foreign)).toThrow(NotInOrganisation);
    expect(getIndicatorValues(t.db, ind!.id, 2025)).toMatchObject({ actualValue: 836, version: v });
    const months = t.db
      .select({ month: monthlyActuals.month, value: monthlyActuals.value })
      .from(monthlyActuals)
      .where(and(eq(monthlyActuals.indicatorId, ind!.id), eq(monthlyActuals.fiscalYear, 2025)))
      .all();
    expect(months.sort((a, b) => a.month - b.month)).toEqual([
      { month: 3, value: 75 },
      { month: 4, value: 70 },
      { month: 5, value: 71 },
    ]);
  });
});
