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

test('in-app links move within the page; a modified click opens a tab as any link does', async ({ page, context }) => {
  await page.goto('/years/2025/sections');
  await page.waitForLoadState('networkidle');
  const documents: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'document' && r.frame() === page.mainFrame()) documents.push(r.url());
  });
  // A value of this page's window survives a navigation in the page, not a new document.
  await page.evaluate(() => Object.assign(window, { hyokaSamePage: true }));
  const first = page.locator('main a[data-nav][href^="/years/2025/sections/"]').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(href!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /担当セクション一覧/ }).click();
  await expect(page).toHaveURL('/years/2025/sections');
  expect(await page.evaluate(() => (window as { hyokaSamePage?: boolean }).hyokaSamePage)).toBe(true);
  expect(documents).toEqual([]);
  // Ctrl+click: the browser's own new tab, and this page stays where it is.
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    page
      .locator(`main a[href="${href}"]`)
      .first()
      .click({ modifiers: ['Control'] }),
  ]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe(href);
  await expect(page).toHaveURL('/years/2025/sections');
  await tab.close();
});

test('on a phone the account links fold behind 「メニュー」, with the unread count; on a desktop they are always shown', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/years/2025/sections');
  const logout = page.getByRole('button', { name: 'ログアウト' });
  await expect(logout).toBeHidden();
  await expect(page.getByRole('link', { name: 'パスワード変更' })).toBeHidden();
  // The keyboard reaches the toggle: Space opens it as a click does.
  await page.getByRole('checkbox', { name: /メニュー/ }).focus();
  await page.keyboard.press('Space');
  await expect(logout).toBeVisible();
  await expect(page.getByRole('link', { name: 'パスワード変更' })).toBeVisible();
  await page.getByTestId('account-menu').click();
  await expect(logout).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(logout).toBeVisible();
  await expect(page.getByTestId('account-menu')).toBeHidden();
});
