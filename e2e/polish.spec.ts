// What a newcomer hit: a refused or unknown page answers with Hyoka's own Japanese page, and no
// page logs a missing resource (the favicon 404 of every page).
import { expect, test } from '@playwright/test';
import { authFile } from './helpers';

test.use({ storageState: authFile('staff-hosho') });

test('staff opening /admin or an unknown page get the Japanese not-found / no-access page', async ({ page }) => {
  for (const path of ['/admin', '/admin/audit', '/no-such-page']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByTestId('not-found')).toHaveText('ページが見つからないか、閲覧する権限がありません');
    await expect(page.getByRole('link', { name: 'ホームへ戻る' })).toBeVisible();
  }
});

test('no missing resource is logged in the console on the main pages', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() === 404) errors.push(`404 ${r.url()}`);
  });
  for (const path of ['/years/2025/sections', '/notifications', '/search?q=電子申請', '/settings']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
});
