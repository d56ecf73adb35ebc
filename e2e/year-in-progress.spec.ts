// The year in progress (FY2025 of the demo, April–October entered): the cards show the actual to
// date with its month; a month entered on the section page moves the card, the chart and the
// report draft together; the committee never sees a year still in planning or in entry.
import { type Browser, expect, type Page, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { E2E_DB, one } from './db';
import { authFile } from './helpers';

const CORE = ['guarantee_approvals_amount', 'outstanding_guarantees_amount', 'subrogation_amount', 'recovery_amount'];

async function as(browser: Browser, who: string, width = 1440): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(who), viewport: { width, height: 900 } });
  return context.newPage();
}

const sectionOf = (code: string) =>
  one<{ id: number }>(
    `select s.id from indicators i join sections s on s.id = i.section_id join plans p on p.id = i.plan_id
     where p.start_year = 2025 and p.kind = 'annual' and i.code = ?`,
    code,
  ).id;

/** Types a value into one month of an indicator on its section page and saves. */
async function enterMonth(page: Page, code: string, name: string, month: number, value: string) {
  await page.goto(`/years/2025/sections/${sectionOf(code)}`);
  const editor = page.getByTestId('indicator-editor').filter({ has: page.locator('legend', { hasText: name }) });
  // The save button appears once the page has hydrated; a click on the months' summary before
  // that can be undone by hydration (seen on a loaded machine), so wait for it first.
  await expect(editor.getByRole('button', { name: '実績を保存' })).toBeVisible();
  await editor.locator('summary').click();
  await expect(editor.locator('details')).toHaveAttribute('open', '');
  await editor.getByLabel(`${month}月`, { exact: true }).fill(value);
  await editor.getByRole('button', { name: '実績を保存' }).click();
  await expect(editor.getByTestId('actuals-status')).toHaveText('保存しました');
}

test('manager, FY2025: the four cards show the actual to date with its month, and a forecast marked as one', async ({ browser }) => {
  const page = await as(browser, 'manager');
  await page.goto('/years/2025/dashboard');
  for (const code of CORE) {
    const card = page.getByTestId(`kpi-${code}`);
    await expect(card.getByTestId('kpi-actual')).not.toContainText('未入力');
    await expect(card.getByTestId('kpi-as-of')).toContainText('10月末');
    await expect(card.getByTestId('kpi-plan-ratio')).toHaveText(/^\d+\.\d％$/);
    await expect(card.getByTestId('kpi-yoy')).toHaveText(/^\d+\.\d％$/);
    await expect(card.getByTestId('kpi-forecast')).toContainText('着地見込み（予測）');
  }
  await expect(page.getByTestId('kpi-guarantee_approvals_amount')).toContainText('前年同期比');
  await expect(page.getByTestId('kpi-guarantee_approvals_amount')).toContainText('進捗率');
  await page.screenshot({ path: 'test-results/fy2025-dashboard-1440.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/fy2025-dashboard-390.png', fullPage: true });
  // Nothing on the phone scrolls sideways but the tables' own scroll boxes.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The header never breaks a word: each control stays on one line (behind 「メニュー」 on a phone).
  await page.getByTestId('account-menu').click();
  for (const name of ['ログアウト', '日本語']) {
    const box = await page
      .getByRole('banner')
      .getByRole('button', { name })
      .or(page.getByRole('banner').getByRole('link', { name }))
      .first()
      .boundingBox();
    expect(box!.height, name).toBeLessThan(40);
  }
  await page.goto('/years/2025/report');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/fy2025-report-390.png', fullPage: false });
  await page.context().close();
});

test('a month entered on the section page moves the card, the chart and the report draft together', async ({ browser }) => {
  // The core KPIs belong to 企画部 (admin); staff-hosho enters its own indicator below.
  const admin = await as(browser, 'admin');
  const manager = await as(browser, 'manager');
  const code = 'recovery_amount';
  try {
    await enterMonth(admin, code, '回収（金額）', 11, '9億');
    await manager.goto('/years/2025/dashboard');
    const card = manager.getByTestId(`kpi-${code}`);
    await expect(card.getByTestId('kpi-as-of')).toContainText('11月末');
    const cardActual = (await card.getByTestId('kpi-actual').locator('span').first().textContent())!;
    await manager.goto(`/years/2025/dashboard/indicators/${code}`);
    await expect(manager.getByTestId('indicator-summary')).toContainText(cardActual);
    await expect(manager.getByTestId('monthly-table').getByRole('row', { name: /^11月/ })).toContainText('9億円');
    await expect(manager.getByTestId(`progress-${code}`)).toContainText('11月末時点');
    await manager.goto('/years/2025/report');
    // The report writes 「108 億円」 where the card writes 「108億円」: the same figure.
    const row = manager.getByRole('row', { name: /^回収/ }).first();
    await expect.poll(async () => ((await row.textContent()) ?? '').replace(/\s/g, '')).toContain(cardActual);
    // 回収 now runs to November, the other KPIs to October: the note gives the range.
    await expect(manager.getByText(/10月末〜11月末/).first()).toBeVisible();
  } finally {
    await enterMonth(admin, code, '回収（金額）', 11, '');
    await admin.context().close();
    await manager.context().close();
  }
});

test('staff-hosho enters a month of its own indicator: the dashboard and the drill-down follow', async ({ browser }) => {
  const staff = await as(browser, 'staff-hosho');
  const manager = await as(browser, 'manager');
  const code = 'startup_guarantee_amount';
  const deptId = one<{ id: number }>(`select id from departments where name = '保証部門'`).id;
  try {
    await enterMonth(staff, code, 'スタートアップ創出促進保証制度 保証承諾額', 11, '5億');
    const editor = staff
      .getByTestId('indicator-editor')
      .filter({ has: staff.locator('legend', { hasText: 'スタートアップ創出促進保証制度' }) });
    await expect(editor.getByTestId('derived-actual')).toContainText('11月末までの累計');
    // The figure sentence follows the data and the organisation's wording.
    await expect(staff.getByTestId('figure-sentences')).toContainText('スタートアップ創出促進保証制度 保証承諾額は、11月末で');
    await expect(staff.getByTestId('figure-sentences')).toContainText('「本文に挿入」で自己評価の末尾に追加され');
    // The preview compares to date with the same months of last year, and its header says so.
    await expect(staff.getByTestId('report-preview').getByRole('columnheader').last()).toHaveText('前年同期比');
    await manager.goto(`/years/2025/dashboard?dept=${deptId}`);
    const row = manager.getByRole('row').filter({ has: manager.getByRole('link', { name: 'スタートアップ創出促進保証制度 保証承諾額' }) });
    await expect(row).toContainText('11月末');
    await manager.goto(`/years/2025/dashboard/indicators/${code}`);
    await expect(manager.getByTestId('monthly-table').getByRole('row', { name: /^11月/ })).toContainText('5億円');
  } finally {
    await enterMonth(staff, code, 'スタートアップ創出促進保証制度 保証承諾額', 11, '');
    await staff.context().close();
    await manager.context().close();
  }
});

test('the committee does not see a year while it is in planning or entry; the manager does', async ({ browser }) => {
  // This spec runs before the year cycle (admin.spec.ts) creates FY2026: a bare plan of our own, removed after.
  expect(one<{ n: number }>(`select count(*) n from plans where start_year = 2026`).n).toBe(0);
  const org = one<{ id: number }>('select id from organisations order by id limit 1').id;
  const write = <T>(fn: (db: Database.Database) => T): T => {
    const db = new Database(E2E_DB, { fileMustExist: true });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  const planId = write(
    (db) =>
      db
        .prepare(
          `insert into plans (organisation_id, kind, title, start_year, end_year, phase) values (?, 'annual', '令和8年度 経営計画', 2026, 2026, 'planning')`,
        )
        .run(org).lastInsertRowid,
  );
  const committee = await as(browser, 'committee1');
  const manager = await as(browser, 'manager');
  try {
    const res = await committee.goto('/years/2026');
    expect(res?.status()).toBe(404);
    expect((await committee.request.get('/api/years/2026/dashboard')).status()).toBe(404);
    expect((await committee.request.get('/years/2026/report.csv')).status()).toBe(404);
    // FY2025 is in entry: its figures are still being entered, so not the committee's yet either.
    expect((await committee.goto('/years/2025/review'))?.status()).toBe(404);
    expect((await committee.request.get('/api/years/2025/dashboard')).status()).toBe(404);
    await committee.goto('/years/2024/review');
    await expect(committee.getByRole('link', { name: /令和8年度/ })).toHaveCount(0);
    await expect(committee.getByRole('link', { name: /令和7年度/ })).toHaveCount(0);
    // A published year: the material is read, not written.
    await expect(committee.getByRole('link', { name: /意見を書く/ })).toHaveCount(0);
    await manager.goto('/years/2025/dashboard');
    await expect(manager.getByRole('link', { name: /令和8年度/ }).first()).toBeVisible();
  } finally {
    write((db) => db.prepare('delete from plans where id = ?').run(planId));
    await committee.context().close();
    await manager.context().close();
  }
});
