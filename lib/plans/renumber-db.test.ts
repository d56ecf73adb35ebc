// Renumbering the demo's FY2025 outline with a second numbered level, against a real database:
// the numbers are stored as printed and the report prints them as they are, amount headings included.
import { afterAll, describe, expect, it } from 'vitest';
import { listOutlineRows, setSectionNumbers } from '@/db/queries/admin-sections';
import { getAnnualPlan } from '@/db/queries/plans';
import { buildReportForPlan } from '@/lib/report/build';
import { createTestDb } from '@/lib/testing/test-db';
import { renumberOutline } from './renumber';

describe('renumbering a plan and printing it', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());

  it('prints ２. then ⑴保証承諾 （計画 …）: the number is kept beside the plan amount, nothing appended', () => {
    const plan = getAnnualPlan(t.db, 1, 2025)!;
    const changes = renumberOutline(listOutlineRows(t.db, plan.id), ['arabic_dot', 'paren_enclosed'], 'full');
    setSectionNumbers(t.db, plan.organisationId, [...changes.keys()], [...changes.values()]);
    const headings = buildReportForPlan(t.db, plan).blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings).toContain('１.業務環境');
    expect(headings).toContain('２.事業計画');
    expect(headings.find((h) => h.includes('保証承諾'))).toMatch(/^⑴保証承諾 （計画 .+）$/);
    expect(headings.find((h) => h.includes('保証債務残高'))).toMatch(/^⑵保証債務残高/);
    expect(headings.some((h) => /[⑴⑵]\./.test(h) || /\.\./.test(h))).toBe(false);
  });
});
