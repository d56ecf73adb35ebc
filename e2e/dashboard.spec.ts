import { expect, request as playwrightRequest, test } from '@playwright/test';
import { actionId, callAction } from './actions';
import { dataChecksum, one } from './db';
import { authFile } from './helpers';
import { E2E_BASE } from './ports';

const BASE = E2E_BASE;

test.describe('the manager reads the year dashboard', () => {
  test.use({ storageState: authFile('manager') });

  test('FY2024 shows the reference figures, with status by direction', async ({ page }) => {
    await page.goto('/years/2024/dashboard');
    await expect(page.getByTestId('year-switch').getByRole('link', { name: '令和6年度 (2024年度)' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const expectCard = async (code: string, actual: string, planRatio: string, yoy: string, status: string) => {
      const card = page.getByTestId(`kpi-${code}`);
      await expect(card.getByTestId('kpi-actual')).toHaveText(actual);
      await expect(card.getByTestId('kpi-plan-ratio')).toHaveText(planRatio);
      await expect(card.getByTestId('kpi-yoy')).toHaveText(yoy);
      await expect(card.locator('[data-status]')).toHaveAttribute('data-status', status);
    };
    await expectCard('guarantee_approvals_amount', '1兆1,064億円', '92.2％', '92.3％', 'behind');
    await expectCard('outstanding_guarantees_amount', '5兆1,076億円', '102.1％', '90.8％', 'ahead');
    // Lower is better: 86.3% of the subrogation plan is a good result.
    await expectCard('subrogation_amount', '863億円', '86.3％', '117.2％', 'ahead');
    await expectCard('recovery_amount', '108億円', '108.4％', '115.2％', 'ahead');
    await expect(page.getByTestId('kpi-subrogation_amount')).toContainText('良好（計画達成）');
    await expect(page.getByTestId('kpi-subrogation_amount')).toContainText('前年度より悪化');
    // 決算概要 with △ for decreases; 重点課題 by department; workflow with opinions.
    await expect(page.getByTestId('yoy-financial')).toContainText('△33億6,300万円');
    await expect(page.getByTestId('priority-table').first()).toBeVisible();
    await expect(page.getByTestId('opinion-table')).toContainText('保証部門');
  });

  test('the first HTML already carries the key figures (no chart script needed); the detail tables follow in the browser', async ({
    page,
  }) => {
    const res = await page.request.get('/years/2024/dashboard');
    const html = await res.text();
    expect(html).toContain('1兆1,064億円');
    expect(html).toContain('86.3％');
    expect(html).not.toContain('recharts-wrapper');
    // The detail tables below the first screen are made in the browser from the page's data:
    // the HTML holds their headings and a line saying they are on their way, not the tables.
    expect(html).toContain('重点課題の指標（部門別）');
    expect(html).toContain('表示を準備しています…');
    expect(html).not.toContain('data-testid="priority-table"');
    await page.goto('/years/2024/dashboard');
    await expect(page.getByTestId('priority-table').first()).toBeVisible();
    await expect(page.getByText('表示を準備しています…')).toHaveCount(0);
  });

  test('switches to FY2023 and drills into 代位弁済 to see its monthly table', async ({ page }) => {
    await page.goto('/years/2024/dashboard');
    await page.getByTestId('year-switch').getByRole('link', { name: '令和5年度 (2023年度)' }).click();
    await expect(page).toHaveURL(/\/years\/2023\/dashboard$/);
    const card = page.getByTestId('kpi-subrogation_amount');
    await expect(card.getByTestId('kpi-actual')).toHaveText('736億円');
    await expect(card.getByTestId('kpi-plan-ratio')).toHaveText('―');

    await page.goto('/years/2024/dashboard');
    await page.getByRole('link', { name: '代位弁済 の詳細を開く' }).click();
    await expect(page).toHaveURL(/\/years\/2024\/dashboard\/indicators\/subrogation_amount$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('代位弁済（金額）');
    const table = page.getByTestId('monthly-table');
    await expect(table.getByRole('row')).toHaveCount(13);
    await expect(table.getByRole('row', { name: /^3月/ })).toContainText('863億円');
    await expect(page.getByTestId('indicator-history')).toContainText('令和5年度 (2023年度)');
    await expect(page.getByTestId('indicator-narrative')).toContainText('代位弁済');
  });

  test('FY2025: November to March are shown as not entered, not as zero', async ({ page }) => {
    await page.goto('/years/2025/dashboard/indicators/subrogation_amount');
    const table = page.getByTestId('monthly-table');
    for (const m of ['11月', '12月', '1月', '2月', '3月']) {
      const row = table.getByRole('row', { name: new RegExp(`^${m}`) });
      await expect(row).toHaveAttribute('data-missing', 'true');
      await expect(row).toContainText('未入力');
    }
    await expect(table.getByRole('row', { name: /^10月/ })).not.toHaveAttribute('data-missing', 'true');
    await page.goto('/years/2025/dashboard');
    await expect(page.getByTestId('progress-subrogation_amount').getByTestId('missing-months')).toHaveText(
      '未入力の月: 11月・12月・1月・2月・3月',
    );
    // A year in progress has no 決算概要 yet: the table says so rather than standing empty.
    await expect(page.getByTestId('yoy-financial')).toContainText('この年度の決算概要はまだ登録されていません');
  });

  test('every chart has a table alternative and a tooltip with the formatted figure', async ({ page }) => {
    await page.goto('/years/2024/dashboard');
    const panel = page.getByTestId('progress-guarantee_approvals_amount');
    const chart = panel.getByRole('img', { name: /月次推移グラフ/ });
    await expect(chart.locator('.recharts-wrapper')).toBeVisible();
    // The mouse only reaches what is on screen (the cards above grew by a line).
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2);
    await expect(panel.locator('.recharts-tooltip-wrapper')).toContainText('1兆1,064億円');
    await panel.getByRole('button', { name: '表で見る' }).click();
    await expect(panel.getByTestId('monthly-table')).toBeVisible();
    await expect(panel.getByTestId('monthly-table').getByRole('row', { name: /^3月/ })).toContainText('1兆1,064億円');
  });

  test('the department filter narrows the priorities and the workflow', async ({ page }) => {
    await page.goto('/years/2025/dashboard');
    await page.getByRole('combobox', { name: '部門' }).selectOption({ label: '保証部門' });
    await page.getByRole('button', { name: '表示', exact: true }).click();
    await expect(page).toHaveURL(/dept=\d+/);
    await expect(page.getByTestId('priority-table')).toHaveCount(1);
    await expect(page.getByTestId('priority-table')).toContainText('保証部門');
    await expect(page.getByTestId('kpi-cards')).toBeVisible();
  });

  test('the live data route answers with the same figures and checks the user', async ({ page }) => {
    const res = await page.request.get('/api/years/2024/dashboard');
    expect(res.status()).toBe(200);
    // The wire form (lib/dashboard/wire.ts): figures as numbers, their text made in the browser.
    const body = (await res.json()) as { indicators: { code: string; fig: { actual: number; text?: unknown } }[] };
    const approvals = body.indicators.find((i) => i.code === 'guarantee_approvals_amount');
    expect(approvals?.fig.actual).toBe(1_106_400_000_000);
    expect(approvals?.fig.text).toBeUndefined();
    const anon = await playwrightRequest.newContext({ baseURL: BASE, storageState: { cookies: [], origins: [] } });
    // The proxy sends anonymous visitors to the login page; the route itself answers 401 behind it.
    const refused = await anon.get('/api/years/2024/dashboard', { maxRedirects: 0 });
    expect([401, 302, 303, 307]).toContain(refused.status());
    expect(await refused.text()).not.toContain('guarantee_approvals_amount');
    await anon.dispose();
    await page.goto('/years/2024/dashboard');
    await expect(page.getByTestId('live-updated')).toContainText('最終更新');
  });

  test('the multi-year view compares every year of an indicator', async ({ page }) => {
    await page.goto('/years/2024/dashboard');
    await page.getByRole('link', { name: '複数年度の推移を見る' }).click();
    await expect(page).toHaveURL(/\/trends/);
    await page.getByTestId('trend-index').getByRole('link', { name: '回収（金額）' }).click();
    const panel = page.getByTestId('trend-panel');
    await expect(panel.locator('.recharts-wrapper')).toBeVisible();
    await panel.getByRole('button', { name: '表で見る' }).click();
    const table = panel.getByTestId('trend-table');
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table.getByRole('row', { name: /2024年度/ })).toContainText('108億円');
  });

  test('screenshots at 1440px and 390px', async ({ page }) => {
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/years/2024/dashboard');
      await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
      await page.screenshot({ path: `test-results/dashboard-${width}.png`, fullPage: true });
      await page.screenshot({ path: `test-results/dashboard-${width}-first-screen.png` });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/years/2025/dashboard/indicators/subrogation_amount');
    await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/indicator-1440.png', fullPage: true });
  });
});

test.describe('notes on charts, and managers cannot write', () => {
  test('admin adds a note; it shows on the chart and in the drill-down; the manager replaying it is refused', async ({ browser }) => {
    const admin = await browser.newContext({ storageState: authFile('admin') });
    const page = await admin.newPage();
    await page.goto('/years/2025/dashboard/indicators/subrogation_amount');
    await page.getByLabel('対象').selectOption({ label: '5月' });
    await page.getByLabel('注記（200字まで）').fill('大口先の代位弁済が集中');
    const posted = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
    await page.getByRole('button', { name: '注記を保存' }).click();
    const req = await posted;
    await expect(page.getByRole('status').filter({ hasText: '注記を保存しました。' })).toBeVisible();
    await expect(page.getByTestId('note-list')).toContainText('大口先の代位弁済が集中');
    await expect(page.getByTestId('monthly-table').getByRole('row', { name: /^5月/ })).toContainText('大口先の代位弁済が集中');
    await page.goto('/years/2025/dashboard');
    await expect(page.getByTestId('progress-subrogation_amount')).toContainText('大口先の代位弁済が集中');
    await admin.close();

    const notesBefore = one<{ n: number }>('select count(*) n from indicator_notes').n;
    const before = dataChecksum();
    const manager = await playwrightRequest.newContext({ baseURL: BASE, storageState: authFile('manager') });
    const headers = { ...req.headers() };
    delete headers.cookie;
    const replay = await manager.post(req.url(), { headers, data: req.postData() ?? '', maxRedirects: 0 });
    const body = await replay.text();
    expect(body).toContain('"ok":false');
    expect(body).toContain('"error":"forbidden"');

    const noteId = one<{ id: number }>("select id from indicator_notes where text = '大口先の代位弁済が集中'").id;
    const del = await callAction(manager, actionId('lib/actions/notes.ts', 'deleteNote'), [{ noteId }], { path: '/years/2025/dashboard' });
    expect(del.ok).toBe(false);
    expect(del.error).toBe('forbidden');
    await manager.dispose();
    expect(one<{ n: number }>('select count(*) n from indicator_notes').n).toBe(notesBefore);
    expect(dataChecksum()).toEqual(before);
  });

  test('the manager sees notes but no note form', async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: authFile('manager') });
    const page = await ctx.newPage();
    await page.goto('/years/2025/dashboard/indicators/subrogation_amount');
    await expect(page.getByTestId('note-list')).toContainText('大口先の代位弁済が集中');
    await expect(page.getByRole('button', { name: '注記を保存' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '削除' })).toHaveCount(0);
    await ctx.close();
  });
});
