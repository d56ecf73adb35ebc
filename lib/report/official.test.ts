import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { getAnnualPlan } from '@/db/queries/plans';
import * as s from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';

describe('the official PDF when no browser is available', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => {
    t.cleanup();
    vi.unstubAllEnvs();
  });

  it('publishing still succeeds: the PDF is deferred to the first download and the deferral is audited', async () => {
    vi.stubEnv('HYOKA_CHROMIUM_PATH', '/nonexistent/chromium');
    vi.resetModules();
    const { storeOfficialPdfAfterPublish } = await import('./official');
    const { htmlToPdf, PdfUnavailableError } = await import('./pdf');
    await expect(htmlToPdf('<p>x</p>')).rejects.toBeInstanceOf(PdfUnavailableError);
    const plan = getAnnualPlan(t.db, 1, 2024)!;
    const result = await storeOfficialPdfAfterPublish(t.db, plan.organisationId, plan.id, 1);
    expect(result).toEqual({ status: 'deferred', reason: 'no browser at /nonexistent/chromium' });
    expect(t.db.select().from(s.publishedReports).where(eq(s.publishedReports.planId, plan.id)).all()).toHaveLength(0);
    const audit = t.db.select().from(s.auditLog).where(eq(s.auditLog.action, 'report.pdf.deferred')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entityId).toBe(String(plan.id));
  });

  it('finds the plan only in the publishing organisation', async () => {
    const { storeOfficialPdfAfterPublish } = await import('./official');
    const plan = getAnnualPlan(t.db, 1, 2024)!;
    expect(await storeOfficialPdfAfterPublish(t.db, plan.organisationId + 1, plan.id, 1)).toEqual({
      status: 'deferred',
      reason: 'plan not found',
    });
  });

  it('states what changed and why', async () => {
    const { amendmentNote, formatDateJa } = await import('./official');
    expect(amendmentNote('数値の誤記を訂正', '委員会の指摘')).toBe('内容：数値の誤記を訂正\n理由：委員会の指摘');
    expect(amendmentNote(null, '委員会の指摘')).toBe('委員会の指摘');
    expect(amendmentNote(null, null)).toBeNull();
    expect(formatDateJa('2025-06-30T16:00:00.000Z')).toBe('2025年7月1日');
  });
});
