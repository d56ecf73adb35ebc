// Accessibility: axe on every main page, no serious or critical violations; and a keyboard-only
// path through login.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { authFile } from './helpers';

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `${label}: ${summary.join('\n')}`).toEqual([]);
}

test('login page', async ({ page }) => {
  await page.goto('/login');
  await expectNoSeriousViolations(page, 'login');
});

const PAGES: [string, string, string][] = [
  ['admin', '/years/2025', 'admin year overview'],
  ['staff-hosho', '/years/2025/sections', 'staff my sections'],
  ['committee1', '/years/2024/review', 'committee home'],
  ['manager', '/years/2025/dashboard', 'manager dashboard'],
  ['manager', '/years/2024/dashboard', 'FY2024 dashboard'],
  ['admin', '/years/2024/report', 'report preview'],
  ['admin', '/admin', 'admin index'],
];

for (const [login, path, label] of PAGES) {
  test.describe(label, () => {
    test.use({ storageState: authFile(login) });
    test(`${label} (${path})`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expectNoSeriousViolations(page, label);
    });
  });
}

test.describe('section page', () => {
  test.use({ storageState: authFile('staff-hosho') });
  test('a section page of the user', async ({ page }) => {
    await page.goto('/years/2025/sections');
    await page
      .getByRole('link', { name: /金融機関と連携した支援/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/years\/2025\/sections\/\d+$/);
    await expectNoSeriousViolations(page, 'section page');
  });
});

test('keyboard only: log in and reach my sections', async ({ page }) => {
  await page.goto('/login');
  const loginId = page.getByLabel('ログインID');
  for (let i = 0; i < 6 && !(await loginId.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(loginId).toBeFocused();
  await page.keyboard.type('staff-hosho');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('パスワード')).toBeFocused();
  await page.keyboard.type('hyoka-demo-2024');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/years\/2025\/sections$/);
  // The first link a keyboard user meets skips to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused();
});
