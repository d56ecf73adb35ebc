// Search across years: a manager finds the FY2024 section by a Japanese word with the word marked;
// a committee member never finds another member's draft (the author does).
import { expect, request, test } from '@playwright/test';
import { actionId, callAction } from './actions';
import { one } from './db';
import { authFile } from './helpers';
import { yearInReview } from './phase';

const OPINIONS = 'lib/actions/opinions.ts';

test.describe('search', () => {
  test.use({ storageState: authFile('manager') });

  test('a manager finds the FY2024 section by 「電子申請」 with a highlighted snippet, from the header', async ({ page }) => {
    await page.goto('/years/2024/dashboard');
    await page.getByRole('banner').getByRole('link', { name: '検索' }).click();
    await expect(page).toHaveURL(/\/search$/);
    await page.getByLabel('検索する言葉').fill('電子申請');
    await page.getByLabel('年度').selectOption('2024');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await expect(page).toHaveURL(/q=%E9%9B%BB%E5%AD%90%E7%94%B3%E8%AB%8B/);
    const result = page.getByTestId('search-result').filter({ hasText: '自己評価' }).first();
    await expect(result).toContainText('2024年度');
    await expect(result.locator('mark').first()).toHaveText('電子申請');
    await page.screenshot({ path: 'test-results/search-manager.png', fullPage: true });
    const href = await result.getByRole('link').getAttribute('href');
    expect(href).toMatch(/^\/years\/2024\/sections\/\d+$/);
    await result.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});

test.describe('a member’s draft', () => {
  // Members write opinions on a year in review: FY2025 for this test, then back in entry.
  yearInReview(2025);

  test('committee2 searching a word of committee1’s draft finds nothing; committee1 finds it', async ({ browser }) => {
    const word = 'e2e検索用の下書き語句ワカサギ';
    const plan = one<{ id: number }>("SELECT id FROM plans WHERE start_year = 2025 AND kind = 'annual'");
    const dept = one<{ id: number }>("SELECT id FROM departments WHERE code = 'shien'");
    const c1 = await request.newContext({ storageState: authFile('committee1') });
    const created = await callAction(
      c1,
      actionId(OPINIONS, 'saveOpinion'),
      [{ planId: plan.id, departmentId: dept.id, sectionId: null, text: `・${word}について確認したい。` }],
      { path: '/years/2025/review' },
    );
    expect(created.ok).toBe(true);
    const draft = one<{ id: number; version: number }>('SELECT id, version FROM opinions WHERE text LIKE ?', `%${word}%`);
    try {
      const other = await (await browser.newContext({ storageState: authFile('committee2') })).newPage();
      await other.goto(`/search?q=${encodeURIComponent('ワカサギ')}`);
      await expect(other.getByText('「ワカサギ」に一致するものは見つかりませんでした。')).toBeVisible();
      await expect(other.getByTestId('search-result')).toHaveCount(0);
      // a two-character part of it (the LIKE path) finds nothing either
      await other.goto(`/search?q=${encodeURIComponent('語句')}`);
      await expect(other.getByText(word)).toHaveCount(0);
      await other.context().close();

      const author = await (await browser.newContext({ storageState: authFile('committee1') })).newPage();
      await author.goto(`/search?q=${encodeURIComponent('ワカサギ')}`);
      await expect(author.getByTestId('search-result')).toHaveCount(1);
      await expect(author.getByTestId('search-result').locator('mark')).toHaveText('ワカサギ');
      await author.context().close();
    } finally {
      const removed = await callAction(c1, actionId(OPINIONS, 'deleteOpinion'), [{ id: draft.id, version: draft.version }], {
        path: '/years/2025/review',
      });
      expect(removed.ok).toBe(true);
    }
  });
});
