// The section page hands the client only what its components read of each entry row: the same
// figures as the full row gives, without the page's own columns (section, department, parts),
// and without the fields at their defaults, which the browser puts back.
import { afterAll, describe, expect, it } from 'vitest';
import { fromWireIndicator, toWorkspaceIndicator, workspaceFigures } from '@/components/sections/types';
import { createTestDb } from '@/lib/testing/test-db';
import { listIndicatorsForEntry } from './actuals';
import { getAnnualPlan, getFirstOrganisation } from './plans';

describe('the section page’s indicators as sent to the client', () => {
  const h = createTestDb({ demo: true });
  afterAll(() => h.cleanup());

  it('keep every figure of every section’s indicators, in both years, and drop the server-side columns', () => {
    let n = 0;
    let defaulted = 0;
    for (const year of [2024, 2025]) {
      const plan = getAnnualPlan(h.db, getFirstOrganisation(h.db)!.id, year)!;
      for (const row of listIndicatorsForEntry(h.db, plan.id, year, { departmentIds: null })) {
        const sent = toWorkspaceIndicator(row);
        const read = fromWireIndicator(sent);
        expect(workspaceFigures(read)).toEqual(workspaceFigures({ ...row, aliases: row.aliases ?? [] }));
        expect(sent).not.toHaveProperty('sectionTitle');
        expect(sent).not.toHaveProperty('departmentName');
        expect(sent).not.toHaveProperty('numeratorId');
        expect(read.monthly).toBe(row.monthly);
        expect(read.aliases).toEqual(row.aliases ?? []);
        // Every field the components read comes back as the row has it.
        for (const k of [
          'unit',
          'scale',
          'ratioRounding',
          'yenPrecision',
          'direction',
          'allowNegative',
          'pairKey',
          'measure',
          'updatedAt',
          'updatedBy',
        ] as const)
          expect(read[k] ?? null, `${row.code}.${k}`).toEqual(row[k] ?? null);
        if (row.scale === 0 && !row.allowNegative && row.updatedBy === null) {
          expect(sent).not.toHaveProperty('scale');
          expect(sent).not.toHaveProperty('allowNegative');
          expect(sent).not.toHaveProperty('updatedBy');
          defaulted++;
        }
        n++;
      }
    }
    expect(n).toBeGreaterThan(50);
    expect(defaulted).toBeGreaterThan(10);
  });
});
