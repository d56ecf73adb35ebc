// The wording of figure sentences (admin): the placeholders listed, a live preview on a real
// indicator-year, an unknown placeholder refused with nothing saved, no silent overwrite, an
// audit entry. The default wording is put back after, for the specs that insert sentences.
import Database from 'better-sqlite3';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { E2E_DB, one } from './db';
import { authFile } from './helpers';

const REFERENCE = '保証承諾は、件数 74,291件（前年度比 94.4％）、金額 1兆1,064億円（計画比 92.2％、前年度比 92.3％）となりました。';

async function open(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile('admin'), viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/admin/organisation/sentences');
  return page;
}
const stored = () =>
  one<{ s: string | null; v: number }>('SELECT figure_sentences AS s, version AS v FROM organisations ORDER BY id LIMIT 1');

test.afterAll(() => {
  const db = new Database(E2E_DB, { fileMustExist: true });
  try {
    db.prepare('UPDATE organisations SET figure_sentences = NULL').run();
  } finally {
    db.close();
  }
});

test('admin edits the wording with a live preview; unknown placeholders are refused; a stale save does not overwrite', async ({
  browser,
}) => {
  const page = await open(browser);
  await expect(page.getByRole('heading', { level: 1, name: '数値の文の文言' })).toBeVisible();
  await expect(page.getByTestId('sentence-tokens')).toContainText('{planRatio}');
  // The preview is FY2024's 保証承諾 as the reference document writes it.
  await expect(page.getByTestId('sentence-yearEnd-preview')).toHaveText(REFERENCE);
  await expect(page.getByTestId('sentence-toDate-preview')).toContainText('月末');

  // A typo: said as it is typed, refused on save, nothing written.
  const before = stored();
  const yearEnd = page.getByLabel('年度を終えた年の文', { exact: true });
  await yearEnd.fill('{name}の実績は{actaul}でした。');
  await expect(page.getByTestId('sentence-yearEnd-problems')).toHaveText('ない差し込み項目：{actaul}');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('admin-error')).toContainText('ない差し込み項目があります');
  expect(stored()).toEqual(before);

  // The organisation's own wording: previewed, saved, audited.
  await yearEnd.fill('{name}の実績は{actual}[（計画比 {planRatio}）]でした。');
  await expect(page.getByTestId('sentence-yearEnd-preview')).toHaveText('保証承諾の実績は1兆1,064億円（計画比 92.2％）でした。');
  await page.screenshot({ path: 'test-results/sentences-admin-1280.png', fullPage: true });
  const other = await open(browser);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '文言を保存しました。' })).toBeVisible();
  const saved = stored();
  expect(JSON.parse(saved.s!).yearEnd).toBe('{name}の実績は{actual}[（計画比 {planRatio}）]でした。');
  expect(saved.v).toBe(before.v + 1);
  expect(
    one<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'organisation.sentences' AND "after" LIKE '%でした。%'`).n,
  ).toBe(1);

  // A second admin who opened the page before that save is refused, not silently overwriting it.
  await other.getByLabel('年度途中の文', { exact: true }).fill('{name}は{asOf}で{actual}です。');
  await other.getByRole('button', { name: '保存' }).click();
  await expect(other.getByTestId('admin-error')).toContainText('他の人が先に保存しました');
  expect(stored()).toEqual(saved);
  await other.context().close();

  // Back to the default wording (stored as none).
  await page.getByRole('button', { name: '既定の文言に戻す' }).click();
  await expect(page.getByTestId('sentence-yearEnd-preview')).toHaveText(REFERENCE);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '文言を保存しました。' })).toBeVisible();
  expect(stored().s).toBeNull();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/sentences-admin-390.png', fullPage: true });
  await page.context().close();
});

test('a sentence is written in the document\'s words on an English screen too: 「10月末」, not "end of Oct"', async ({ browser }) => {
  const page = await open(browser);
  await page.context().addCookies([{ name: 'hyoka-locale', value: 'en', url: page.url() }]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('数値の文の文言');
  const preview = page.getByTestId('sentence-toDate-preview');
  await expect(preview).toContainText('月末');
  await expect(preview).not.toContainText('end of');
  await page.context().close();
});
