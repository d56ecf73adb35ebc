import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { getAnnualPlan } from '@/db/queries/plans';
import { getReportPlan } from '@/db/queries/report';
import { getReportSnapshot, markPublished } from '@/db/queries/report-publish';
import { createTestDb } from '@/lib/testing/test-db';
import { buildReportForPlan, reportDocFor, takeReportSnapshot } from './build';
import { reportCsv, reportWorkbook } from './export';

const t = createTestDb({ demo: true });

/** Every sheet's cell values, row by row. */
async function workbookCells(file: Buffer | ArrayBuffer | Uint8Array): Promise<unknown[][][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as ArrayBuffer);
  return book.worksheets.map((sheet) => sheet.getSheetValues().map((row) => (Array.isArray(row) ? row : [])));
}
afterAll(() => t.cleanup());

const org = () => (t.sqlite.prepare('select id from organisations order by id limit 1').get() as { id: number }).id;
const rename = (from: string, to: string) => t.sqlite.prepare('update departments set name = ? where name = ?').run(to, from).changes;
/** What else readers see that the published-year triggers do not guard: the organisation's name and the committee roster. */
const renameOutside = (suffix: string) => {
  t.sqlite.prepare('update organisations set name = name || ?').run(suffix);
  t.sqlite.prepare('update committee_members set name = name || ?').run(suffix);
};

describe('the published report comes from its snapshot', () => {
  it('a year published at publication: renaming a department afterwards changes neither the document, the CSV nor the xlsx', async () => {
    const entry = getAnnualPlan(t.db, org(), 2025)!;
    expect(markPublished(t.db, org(), entry.id, entry.phase)).toBe(1);
    const plan = getReportPlan(t.db, org(), entry.id)!;
    takeReportSnapshot(t.db, plan);
    const before = reportDocFor(t.db, plan);
    const csv = reportCsv(before);
    const xlsx = await reportWorkbook(before);
    expect(JSON.stringify(before)).toContain('保証部門');

    expect(rename('保証部門', '保証統括部')).toBe(1);
    renameOutside('（改）');
    // Live data did change (so the comparison below can fail) …
    expect(JSON.stringify(buildReportForPlan(t.db, plan))).toContain('（改）');
    // … the published report did not.
    const after = reportDocFor(t.db, plan);
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('（改）');
    expect(reportCsv(after)).toBe(csv);
    // The cells, not the file's bytes (the zip carries its creation time).
    expect((await workbookCells(xlsx)).flat(2).filter((v) => v != null).length).toBeGreaterThan(20);
    expect(await workbookCells(await reportWorkbook(after))).toEqual(await workbookCells(xlsx));
    rename('保証統括部', '保証部門');
  });

  it('a year published before snapshots existed is fixed at its first reading', () => {
    const plan = getReportPlan(t.db, org(), getAnnualPlan(t.db, org(), 2024)!.id)!;
    expect(plan.phase).toBe('published');
    const first = reportDocFor(t.db, plan);
    rename('経営支援部門', '経営支援統括部');
    renameOutside('（再）');
    expect(JSON.stringify(buildReportForPlan(t.db, plan))).toContain('（再）');
    expect(reportDocFor(t.db, plan)).toEqual(first);
    rename('経営支援統括部', '経営支援部門');
  });

  it('a year not published is always live', () => {
    const plan = getReportPlan(t.db, org(), getAnnualPlan(t.db, org(), 2024)!.id)!;
    const live = { ...plan, phase: 'review' as const };
    renameOutside('（今）');
    expect(JSON.stringify(reportDocFor(t.db, live))).toContain('（今）');
  });

  it('a snapshot is parsed once while the data stands, and a re-publication’s snapshot replaces it', () => {
    const plan = getReportPlan(t.db, org(), getAnnualPlan(t.db, org(), 2025)!.id)!;
    const kept = getReportSnapshot(t.db, plan.id);
    expect(kept).not.toBeNull();
    expect(getReportSnapshot(t.db, plan.id)).toBe(kept); // the same parsed model, not read again
    renameOutside('（新）');
    expect(getReportSnapshot(t.db, plan.id)).toEqual(kept); // live data moved, the snapshot did not
    expect(JSON.stringify(reportDocFor(t.db, plan))).not.toContain('（新）');
    takeReportSnapshot(t.db, plan); // a re-publication takes the live data
    expect(JSON.stringify(reportDocFor(t.db, plan))).toContain('（新）');
  });
});
