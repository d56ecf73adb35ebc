import { expect, test } from '@playwright/test';
import { authFile, login } from './helpers';

test.describe('login and role homes', () => {
  test('an anonymous visitor is sent to the login page', async ({ page }) => {
    await page.goto('/years/2024/dashboard');
    await expect(page).toHaveURL(/\/login\?next=%2Fyears%2F2024%2Fdashboard/);
    await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  });

  test('the login page lists the demo accounts in demo mode', async ({ page }) => {
    await page.goto('/login');
    const demo = page.getByRole('region', { name: 'デモ用アカウント' });
    for (const id of ['admin', 'staff-hosho', 'staff-shien', 'staff-kanri', 'committee1', 'committee2', 'committee3', 'manager']) {
      await expect(demo.getByText(id, { exact: true })).toBeVisible();
    }
  });

  test('a wrong password gets a clear message and no session', async ({ page }) => {
    await login(page, 'staff-hosho', 'wrong-password');
    await expect(page.getByTestId('login-error')).toHaveText('ログインIDまたはパスワードが正しくありません。');
    await page.goto('/years/2025/sections');
    await expect(page).toHaveURL(/\/login/);
  });

  test('an unknown user gets the same message as a wrong password', async ({ page }) => {
    await login(page, 'nobody-here', 'whatever-password');
    await expect(page.getByTestId('login-error')).toHaveText('ログインIDまたはパスワードが正しくありません。');
  });

  test('admin lands on the year overview with real data', async ({ page }) => {
    await login(page, 'admin');
    await expect(page).toHaveURL(/\/years\/2025$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('令和7年度 (2025年度)');
    await expect(page.getByTestId('plan-phase')).toHaveText('実績入力');
    await expect(page.getByRole('link', { name: /信用保証業務の電子化/ })).toBeVisible();
  });

  test('staff land on their sections of the current year', async ({ page }) => {
    await login(page, 'staff-hosho');
    await expect(page).toHaveURL(/\/years\/2025\/sections$/);
    const table = page.getByTestId('my-sections');
    await expect(table.getByRole('link', { name: /信用保証業務の電子化/ })).toBeVisible();
    await expect(table.getByRole('link', { name: /経営改善・事業再生に向けた支援/ })).toHaveCount(0);
  });

  test('committee members land on the material to review', async ({ page }) => {
    await login(page, 'committee1');
    await expect(page).toHaveURL(/\/years\/2024\/review$/);
    await expect(page.getByRole('heading', { name: '保証部門' })).toBeVisible();
    await expect(page.getByRole('link', { name: /金融機関と連携した支援/ })).toBeVisible();
  });

  test('managers land on the dashboard; FY2024 shows the reference figures', async ({ page }) => {
    await login(page, 'manager');
    await expect(page).toHaveURL(/\/years\/2025\/dashboard$/);
    await page.goto('/years/2024/dashboard');
    const cards = page.getByTestId('kpi-cards');
    await expect(cards).toContainText('1兆1,064億円');
    await expect(cards).toContainText('92.2％');
    await expect(cards).toContainText('86.3％');
  });

  test('the language switch persists across pages', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  });

  test('logging out invalidates the session cookie', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, 'staff-shien');
    await expect(page).toHaveURL(/\/years\/2025\/sections$/);
    const saved = await context.storageState();
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await expect(page).toHaveURL(/\/login/);
    // Replaying the old cookie must not get back in.
    const replay = await browser.newContext({ storageState: saved });
    const again = await replay.newPage();
    await again.goto('/years/2025/sections');
    await expect(again).toHaveURL(/\/login/);
    await replay.close();
    await context.close();
  });
});

test.describe('saved role sessions', () => {
  test.use({ storageState: authFile('staff-kanri') });
  test('a staff member of two departments sees both', async ({ page }) => {
    await page.goto('/years/2025/sections');
    await expect(page.getByTestId('my-sections')).toContainText('期中管理部門');
    await expect(page.getByTestId('my-sections')).toContainText('回収部門');
  });
});

test.describe('the year navigation', () => {
  test.use({ storageState: authFile('manager') });
  test('marks the page the reader is on, and the overview only on itself', async ({ page }) => {
    const nav = page.getByRole('navigation', { name: 'メインナビゲーション' });
    const current = nav.locator('ul:not([aria-label]) [aria-current="page"]');
    await page.goto('/years/2024');
    await expect(current).toHaveText('年度概要');
    // A page below the dashboard: the dashboard is current, the overview (its parent path) is not.
    await page.goto('/years/2024/dashboard/indicators/subrogation_amount');
    await expect(current).toHaveText('ダッシュボード');
    await expect(nav.getByRole('link', { name: 'ダッシュボード' })).toHaveCSS('font-weight', '600');
    await page.goto('/years/2024/report');
    await expect(current).toHaveText('報告書');
    // The year switch keeps its own mark: the year being read.
    await expect(nav.getByRole('list', { name: '年度' }).locator('[aria-current="page"]')).toHaveText('令和6年度 (2024年度)');
  });
});
