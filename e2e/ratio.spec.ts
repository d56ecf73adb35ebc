// A ratio indicator set on the admin's indicator form: computed from two indicators of the plan
// (代位弁済 to date ÷ 保証債務残高 at the month end); a cycle or a missing part is refused with a
// Japanese message and nothing written. The indicators made here are removed after (soft delete),
// so the specs after this one see FY2025 as seeded.
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { dataChecksum, E2E_DB, one } from './db';
import { authFile } from './helpers';

const RATE = '代位弁済率（e2e）';
const OTHER = '比率の比率（e2e）';

test.use({ storageState: authFile('admin') });

test.afterAll(() => {
  const db = new Database(E2E_DB, { fileMustExist: true });
  try {
    db.prepare("UPDATE indicators SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE name IN (?, ?)").run(RATE, OTHER);
  } finally {
    db.close();
  }
});

test('admin sets a ratio from two indicators; the figure is derived; a cycle and a single part are refused', async ({ page, browser }) => {
  const plan = one<{ id: number }>("SELECT id FROM plans WHERE kind = 'annual' AND start_year = 2025").id;
  await page.goto(`/admin/plans/${plan}/indicators`);
  const add = async (name: string, numerator: string, denominator: string) => {
    await page.getByRole('button', { name: '指標を追加' }).click();
    const form = page.getByRole('form', { name: '指標を追加' });
    await form.getByLabel('指標名').fill(name);
    await form.getByLabel('単位').selectOption({ label: '％' });
    await form.getByLabel('月次の集計').selectOption({ label: '比率（分子の指標 ÷ 分母の指標）' });
    await form.getByLabel('分子の指標').selectOption({ label: numerator });
    await form.getByLabel('分母の指標').selectOption({ label: denominator });
    await form.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
  };
  await add(RATE, '代位弁済（金額）', '保証債務残高（金額）');
  await add(OTHER, RATE, '保証債務残高（金額）');
  const rate = one<{ id: number; code: string; numerator_id: number }>(
    'SELECT id, code, numerator_id FROM indicators WHERE name = ?',
    RATE,
  );

  // 代位弁済率 ÷ … through 比率の比率, which is 代位弁済率 ÷ …: a cycle.
  await page.getByRole('button', { name: `${RATE} を編集` }).click();
  const form = page.getByRole('form', { name: `${RATE} を編集` });
  const before = dataChecksum();
  await form.getByLabel('分子の指標').selectOption({ label: OTHER });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('admin-error')).toContainText('循環参照');
  await form.getByLabel('分子の指標').selectOption({ label: '（指定なし：比率を直接入力）' });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('admin-error')).toContainText('分子と分母の指標を両方指定してください');
  expect(dataChecksum()).toEqual(before);
  expect(one<{ n: number }>('SELECT numerator_id AS n FROM indicators WHERE id = ?', rate.id).n).toBe(rate.numerator_id);
  await page.screenshot({ path: 'test-results/ratio-indicator-form-1280.png', fullPage: true });

  // The manager's drill-down shows the ratio to date, derived from the months of its parts.
  const manager = await (await browser.newContext({ storageState: authFile('manager') })).newPage();
  await manager.goto(`/years/2025/dashboard/indicators/${rate.code}`);
  await expect(manager.getByRole('heading', { level: 1, name: RATE })).toBeVisible();
  await expect(manager.getByText(/\d+\.\d+％/).first()).toBeVisible();
  await expect(manager.getByText('10月末').first()).toBeVisible();
  await manager.screenshot({ path: 'test-results/ratio-indicator-detail-1280.png', fullPage: true });
  await manager.context().close();
});
