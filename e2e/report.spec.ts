// The published report, end to end: the FY2024 preview with the reference's tables, the PDF
// (text checked with pdftotext), the xlsx and CSV, the draft mark of FY2025, and an amendment
// (unlock with a reason → re-publish → version 2, version 1 still downloadable). FY2024 is left
// published with its figures unchanged.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect, request, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { actionId, callAction } from './actions';
import { one } from './db';
import { authFile } from './helpers';
import { E2E_BASE } from './ports';
import { browserCount, e2eServerPid } from './proc';

test.describe.configure({ mode: 'serial' });
test.use({ storageState: authFile('admin') });

const PUBLISH = 'lib/actions/publish.ts';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-e2e-report-'));
const api = (who: string): Promise<APIRequestContext> => request.newContext({ baseURL: E2E_BASE, storageState: authFile(who) });

/** pdftotext per page (form feeds separate pages). */
function pdfPages(body: Buffer, name: string): string[] {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, body);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
}
const squash = (s: string) => s.replace(/\s+/g, '');

let v1Sha = '';

test('FY2024 preview: the document with the reference’s KPI and financial tables', async ({ page }) => {
  await page.goto('/years/2024/report');
  await expect(page.getByTestId('report-status')).toContainText('公表済み');
  const doc = page.getByRole('region', { name: '報告書本文' });
  await expect(doc.getByRole('heading', { name: '令和６年度 経営計画の評価' })).toBeVisible();
  await expect(
    doc.getByText('（委員：慶應義塾大学商学部教授 髙橋美樹、東洋大学名誉教授 安田武彦、弁護士 浅井弘章）', { exact: false }),
  ).toBeVisible();
  for (const h of ['１.業務環境', '２.事業計画', '３.決算概要', '４.重点課題', '５.コンプライアンスの徹底', '６.外部評価委員の意見等']) {
    await expect(doc.getByRole('heading', { name: h })).toBeVisible();
  }
  await expect(doc.getByRole('heading', { name: '保証承諾 （計画 1 兆 2,000 億円）' })).toBeVisible();
  const kpi = doc.getByRole('table', { name: '主要業務数値' });
  const row = (name: string) => kpi.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row('保証承諾').getByRole('cell')).toHaveText([
    '74,291 件 （94.4%）',
    '1 兆 1,064 億円 （92.3%）',
    '1 兆 2,000 億円',
    '92.2%',
  ]);
  await expect(row('保証債務残高').getByRole('cell')).toHaveText(['461,581 件 （99.0%）', '5 兆 1,076 億円 （90.8%）', '5 兆円', '102.1%']);
  await expect(row('代位弁済').getByRole('cell')).toHaveText(['7,027 件 （113.7%）', '863 億円 （117.2%）', '1,000 億円', '86.3%']);
  await expect(row('回収').getByRole('cell')).toHaveText(['― （―）', '108 億円 （115.2%）', '100 億円', '108.4%']);
  await expect(doc.getByText('※カッコ内の数値は対前年度比を示しています。')).toBeVisible();
  const fin = doc.getByRole('table', { name: '収支計算書' });
  await expect(fin.getByRole('row').filter({ hasText: '経常外収支差額' }).getByRole('cell')).toHaveText([
    '△24 億 1,900 万円',
    '△49 億 8,200 万円',
  ]);
  await expect(fin.getByRole('row').filter({ hasText: '当期収支差額' }).getByRole('cell')).toHaveText([
    '208 億 7,000 万円',
    '△56 億 6,900 万円',
  ]);
  await expect(doc.getByRole('heading', { name: '事業継続計画（ＢＣＰ）', exact: true })).toBeVisible();
  await expect(page.locator('[data-draft-mark]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/report-fy2024-preview.png' });
});

test('the print view is the document alone, outside the app chrome', async ({ page }) => {
  await page.goto('/years/2024/report/print');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('region', { name: '報告書本文' }).getByRole('heading', { name: '３.決算概要' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '印刷する' })).toBeHidden();
});

test('the FY2024 PDF is generated once, stored as version 1, and holds the text', async () => {
  const ctx = await api('manager');
  const res = await ctx.get('/years/2024/report.pdf');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['x-report-version']).toBe('1');
  const body = await res.body();
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdfPages(body, 'fy2024-v1.pdf');
  const text = pages.join('\n');
  expect(text).toContain('1 兆 1,064 億円');
  expect(text).toContain('△24 億 1,900 万円');
  expect(text).toContain('92.2％');
  expect(squash(text)).toContain(squash('・定期的に有効な研修・訓練を実施していることで、安否確認システムが役職員に定着しており'));
  expect(text).not.toContain('案 DRAFT');
  for (const [i, p] of pages.entries()) expect(p).toContain(`${i + 1} / ${pages.length}`);
  v1Sha = res.headers()['x-report-sha256']!;
  expect(v1Sha).toMatch(/^[0-9a-f]{64}$/);
  // Stored with its hash, the time and the user; a second download serves the same file.
  const stored = one<{ n: number; sha256: string; created_by: number | null }>(
    "select count(*) n, sha256, created_by from published_reports where plan_id = (select id from plans where kind = 'annual' and start_year = 2024)",
  );
  expect(stored.n).toBe(1);
  expect(stored.sha256).toBe(v1Sha);
  const again = await ctx.get('/years/2024/report.pdf');
  expect(again.headers()['x-report-sha256']).toBe(v1Sha);
  await ctx.dispose();
});

test('the xlsx holds one sheet per table with numeric cells; the CSV has the numbers', async () => {
  const ctx = await api('staff-hosho');
  const res = await ctx.get('/years/2024/report.xlsx');
  expect(res.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['主要業務数値', '収支計算書']);
  const kpi = wb.getWorksheet('主要業務数値')!;
  expect(kpi.getCell('A3').value).toBe('保証承諾');
  expect(kpi.getCell('B3').value).toBe(74291);
  expect(kpi.getCell('D3').value).toBe(1_106_400_000_000);
  expect(typeof kpi.getCell('G3').value).toBe('number');
  expect(kpi.getCell('B6').value).toBeNull();
  const fin = wb.getWorksheet('収支計算書')!;
  expect(fin.getCell('B8').value).toBe(-2_419_000_000);
  const csv = await ctx.get('/years/2024/report.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text).toContain('保証承諾,74291,94.4,1106400000000,92.3,1200000000000,92.2');
  expect((await ctx.get('/years/2024/report.csv?table=nope')).status()).toBe(404);
  await ctx.dispose();
});

test('FY2025 (not published) is a draft: 案 on the preview and on every PDF page', async ({ page }) => {
  await page.goto('/years/2025/report');
  await expect(page.getByTestId('report-status')).toContainText('案');
  await expect(page.locator('[data-draft-mark]')).toHaveText('案 DRAFT');
  await page.screenshot({ path: 'test-results/report-fy2025-draft.png' });
  const res = await page.request.get('/years/2025/report.pdf');
  expect(res.status()).toBe(200);
  expect(res.headers()['x-report-draft']).toBe('true');
  const pages = pdfPages(await res.body(), 'fy2025-draft.pdf');
  expect(pages.length).toBeGreaterThan(1);
  for (const p of pages) expect(p).toContain('案 DRAFT');
  // A draft is never stored as an official version.
  expect(
    one<{ n: number }>(
      "select count(*) n from published_reports where plan_id = (select id from plans where kind = 'annual' and start_year = 2025)",
    ).n,
  ).toBe(0);
});

test('8 parallel draft PDFs all finish on one shared browser; the page says 作成中 while it waits', async ({ page }) => {
  test.setTimeout(180_000);
  const server = e2eServerPid();
  const manager = await api('manager');
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, browserCount(server));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const started = Date.now();
  const all = await Promise.all(Array.from({ length: 8 }, () => manager.get('/years/2025/report.pdf', { timeout: 170_000 })));
  sampling = false;
  await sampler;
  for (const res of all) {
    expect(res.status()).toBe(200);
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  console.log(`report: 8 parallel draft PDFs in ${Date.now() - started} ms, at most ${peak} browser(s) in the server`);
  expect(peak).toBe(1);
  await manager.dispose();

  // The link on the report page: 作成中 while the PDF is made, then the download.
  await page.goto('/years/2025/report');
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId('pdf-download').click();
  await expect(page.getByTestId('pdf-status')).toContainText('作成中');
  await page.screenshot({ path: 'test-results/report-pdf-making.png' });
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByTestId('pdf-status')).toHaveText('');
});

test('the published year is its snapshot: renaming a department, a committee member or the organisation changes no output', async () => {
  const ctx = await api('admin');
  const read = async () => ({
    page: (await (await ctx.get('/years/2024/report')).text()).replace(/nonce="[^"]*"/g, ''),
    csv: await (await ctx.get('/years/2024/report.csv')).text(),
    xlsx: (await (await ctx.get('/years/2024/report.xlsx')).body()).length,
  });
  const before = await read();
  const dept = one<{ id: number; code: string; name: string }>("SELECT id, code, name FROM departments WHERE code = 'hosho'");
  const member = one<{ id: number; name: string; affiliation: string; title: string; user_id: number | null }>(
    'SELECT id, name, affiliation, title, user_id FROM committee_members ORDER BY sort_order, id LIMIT 1',
  );
  expect(before.page).toContain(member.name);
  const saveDept = actionId('lib/actions/admin-org.ts', 'saveDepartment');
  const saveMember = actionId('lib/actions/admin-org.ts', 'saveCommitteeMember');
  const renamed = `${member.name}（改名）`;
  const ok = async (r: Promise<{ body: string }>) => expect((await r).body).toContain('"ok":true');
  await ok(callAction(ctx, saveDept, [{ id: dept.id, code: dept.code, name: `${dept.name}（改）` }]));
  await ok(
    callAction(ctx, saveMember, [
      { id: member.id, name: renamed, affiliation: member.affiliation, title: member.title, userId: member.user_id },
    ]),
  );
  try {
    const after = await read();
    expect(after.page).not.toContain(renamed);
    expect(after.page).toContain(member.name);
    expect(after.csv).toBe(before.csv);
    expect(after.xlsx).toBe(before.xlsx);
  } finally {
    await ok(callAction(ctx, saveDept, [{ id: dept.id, code: dept.code, name: dept.name }]));
    await ok(
      callAction(ctx, saveMember, [
        { id: member.id, name: member.name, affiliation: member.affiliation, title: member.title, userId: member.user_id },
      ]),
    );
    await ctx.dispose();
  }
});

test('downloads refuse anonymous visitors and unknown years', async () => {
  // Explicitly empty: contexts made inside a test inherit the file's storageState otherwise.
  const anon = await request.newContext({ baseURL: E2E_BASE, storageState: { cookies: [], origins: [] } });
  for (const p of ['/years/2024/report.pdf', '/years/2024/report.xlsx', '/years/2024/report.csv']) {
    const r = await anon.get(p, { maxRedirects: 0 });
    expect([302, 303, 307, 401]).toContain(r.status());
  }
  await anon.dispose();
  const ctx = await api('admin');
  expect((await ctx.get('/years/1999/report.xlsx')).status()).toBe(404);
  expect((await ctx.get('/years/2024/report.pdf?version=99')).status()).toBe(404);
  await ctx.dispose();
});

test('an amendment: unlock with a reason, re-publish, version 2 states why; version 1 stays downloadable', async ({ page }) => {
  const fy24 = one<{ id: number }>("select id from plans where kind = 'annual' and start_year = 2024").id;
  const unlock = actionId(PUBLISH, 'unlockYear');
  const publish = actionId(PUBLISH, 'publishYear');
  // Refusals first: not admin, no reason.
  const staff = await api('staff-hosho');
  expect((await callAction(staff, unlock, [{ planId: fy24, reason: 'x' }], { path: '/years/2024/report' })).error).toBe('forbidden');
  await staff.dispose();
  const ctx = await api('admin');
  expect((await callAction(ctx, unlock, [{ planId: fy24, reason: '  ' }], { path: '/years/2024/report' })).error).toBe('invalid');
  expect((await callAction(ctx, publish, [{ planId: fy24 }], { path: '/years/2024/report' })).error).toBe('published');
  expect(one<{ phase: string }>('select phase from plans where id = ?', fy24).phase).toBe('published');

  const REASON = 'e2e：委員名簿の表記を確認したため';
  const WHAT = 'e2e：前文の表記を確認（数値の変更なし）';
  expect((await callAction(ctx, unlock, [{ planId: fy24, reason: REASON }], { path: '/years/2024/report' })).ok).toBe(true);
  expect(one<{ phase: string }>('select phase from plans where id = ?', fy24).phase).toBe('review');
  const audit = one<{ after: string }>(
    "select after from audit_log where action = 'plan.unlock' and entity_id = ? order by id desc limit 1",
    String(fy24),
  );
  expect(JSON.parse(audit.after).reason).toBe(REASON);
  // While unlocked the preview is a draft again.
  await page.goto('/years/2024/report');
  await expect(page.locator('[data-draft-mark]')).toHaveCount(1);

  const r = await callAction(ctx, publish, [{ planId: fy24, reason: WHAT }], { path: '/years/2024/report' });
  expect(r.ok).toBe(true);
  expect(r.body).toContain('"status":"stored"');
  expect(one<{ phase: string }>('select phase from plans where id = ?', fy24).phase).toBe('published');
  const v2 = one<{ version: number; amendment_note: string; created_by: number }>(
    'select version, amendment_note, created_by from published_reports where plan_id = ? order by version desc limit 1',
    fy24,
  );
  expect(v2.version).toBe(2);
  expect(v2.amendment_note).toContain(REASON);
  expect(v2.amendment_note).toContain(WHAT);

  const latest = await ctx.get('/years/2024/report.pdf');
  expect(latest.headers()['x-report-version']).toBe('2');
  const pages = pdfPages(await latest.body(), 'fy2024-v2.pdf');
  expect(squash(pages[0]!)).toContain(squash('訂正版（第2版）'));
  expect(squash(pages[0]!)).toContain(squash(REASON));
  expect(pages.join('\n')).toContain('1 兆 1,064 億円');
  const first = await ctx.get('/years/2024/report.pdf?version=1');
  expect(first.headers()['x-report-sha256']).toBe(v1Sha);
  await ctx.dispose();

  await page.goto('/years/2024/report');
  await expect(page.locator('[data-draft-mark]')).toHaveCount(0);
  const versions = page.getByRole('region', { name: '公表版の履歴' });
  await expect(versions.getByRole('link', { name: '第2版をダウンロード' })).toBeVisible();
  await expect(versions.getByRole('link', { name: '第1版をダウンロード' })).toBeVisible();
  await expect(versions.getByText(REASON, { exact: false })).toBeVisible();
});
