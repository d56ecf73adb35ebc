import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getAnnualPlan } from '@/db/queries/plans';
import { createTestDb } from '@/lib/testing/test-db';
import { buildReportForPlan } from './build';
import { closePdfBrowser, htmlToPdf, pdfQueueState } from './pdf';
import { renderReportDocument } from './render-html';
import { reportCss } from './styles';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-pdf-'));
function pdfText(pdf: Buffer, name: string): string[] {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  // One string per page (pdftotext separates pages with a form feed).
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim().length > 0);
}

describe('the report as a PDF from Chromium', () => {
  const t = createTestDb({ demo: true });
  afterAll(async () => {
    await closePdfBrowser();
    t.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('FY2024: text is embedded (pdftotext reads the figures and the opinions), page numbers, no draft mark', async () => {
    const doc = buildReportForPlan(t.db, getAnnualPlan(t.db, 1, 2024)!);
    const pdf = await htmlToPdf(renderReportDocument(doc, reportCss({ draft: doc.draft })));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfText(pdf, 'fy2024');
    const all = pages.join('\n');
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(all).toContain('1 兆 1,064 億円');
    expect(all).toContain('△24 億 1,900 万円');
    expect(all).toContain('保証承諾');
    expect(all).toContain('６.外部評価委員の意見等');
    expect(all.replace(/\s+/g, '')).toContain('・定期的に有効な研修・訓練を実施していることで、安否確認システムが役職員に定着しており');
    for (const [i, p] of pages.entries()) expect(p).toContain(`${i + 1} / ${pages.length}`);
    expect(all).not.toContain('案 DRAFT');
  }, 60_000);

  it('FY2025 (entry): every page carries the draft mark', async () => {
    const doc = buildReportForPlan(t.db, getAnnualPlan(t.db, 1, 2025)!);
    expect(doc.draft).toBe(true);
    const pdf = await htmlToPdf(renderReportDocument(doc, reportCss({ draft: doc.draft })));
    const pages = pdfText(pdf, 'fy2025');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) expect(p).toContain('案 DRAFT');
  }, 60_000);

  it('parallel renders share one browser, at most two at a time', async () => {
    const html = '<!doctype html><html lang="ja"><body><p>作成中の試験</p></body></html>';
    let peak = 0;
    const watch = setInterval(() => {
      peak = Math.max(peak, pdfQueueState().running);
    }, 5);
    const pdfs = await Promise.all(Array.from({ length: 5 }, () => htmlToPdf(html)));
    clearInterval(watch);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(peak).toBeLessThanOrEqual(2);
    expect(pdfQueueState()).toEqual({ running: 0, waiting: 0 });
  });
});
