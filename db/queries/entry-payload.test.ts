// The section page hands the client only what its components read of each entry row: the same
// figures as the full row gives, without the page's own columns (section, department, parts).
import { afterAll, describe, expect, it } from 'vitest';
import { toWorkspaceIndicator, workspaceFigures } from '@/components/sections/types';
import { createTestDb } from '@/lib/testing/test-db';
import { listIndicatorsForEntry } from './actuals';
import { getAnnualPlan, getFirstOrganisation } from './plans';

describe('the section page’s indicators as sent to the client', () => {
  const h = createTestDb({ demo: true });
  afterAll(() => h.cleanup());

  it('keep every figure of every section’s indicators, in both years, and drop the server-side columns', () => {
    let n = 0;
    for (const year of [2024, 2025]) {
      const plan = getAnnualPlan(h.db, getFirstOrganisation(h.db)!.id, year)!;
      for (const row of listIndicatorsForEntry(h.db, plan.id, year, { departmentIds: null })) {
        const sent = toWorkspaceIndicator(row);
        expect(workspaceFigures(sent)).toEqual(workspaceFigures({ ...row, aliases: row.aliases ?? [] }));
        expect(sent).not.toHaveProperty('sectionTitle');
        expect(sent).not.toHaveProperty('departmentName');
        expect(sent).not.toHaveProperty('numeratorId');
        expect(sent.monthly).toBe(row.monthly);
        expect(sent.aliases).toEqual(row.aliases ?? []);
        n++;
      }
    }
    expect(n).toBeGreaterThan(50);
  });
});
