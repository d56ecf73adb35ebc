import type { Page } from '@playwright/test';

export const DEMO_PASSWORD = 'hyoka-demo-2024';
export const ROLES = ['admin', 'staff-hosho', 'staff-shien', 'staff-kanri', 'committee1', 'committee2', 'manager'] as const;
export type DemoLogin = (typeof ROLES)[number];

export const authFile = (login: string) => `e2e/.auth/${login}.json`;

export async function login(page: Page, loginId: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('ログインID').fill(loginId);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}
