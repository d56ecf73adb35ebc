// A mid-term plan kept in Hyoka on its own, built through the UI from an empty plan on a server of
// its own: three past years (no annual plan of those years exists), in 百万円 with 平成 year labels;
// its core KPIs per year with 金額 / 対計画比 / 対前年度比 and a 評価 column, one KPI renamed, the
// lower-is-better KPI (代位弁済) 達成 when below plan; figures entered on its own section pages;
// published, and the PDF's text shows what was set up.
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { addIndicator, addSections, advance, createPlan, pdfText, publish, signIn } from './outline-helpers';
import { type OwnServer, startOwnServer } from './own-server';
import { OWN_PORTS } from './ports';

test.describe.configure({ mode: 'serial' });
test.use({ storageState: { cookies: [], origins: [] } });

let server: OwnServer;

test.beforeAll(async () => {
  server = await startOwnServer({ port: OWN_PORTS.midterm, name: 'midterm' });
});
test.afterAll(async () => {
  await server?.stop();
});

const TITLE = '中期事業計画（平成27〜29年度）';
// Plan and actual per year, in 百万円 as typed.
const APPROVALS = { plan: '100,000百万円', actual: ['95,000百万円', '102,000百万円', '98,000百万円'] };
const SUBROGATION = { plan: '2,000百万円', actual: ['1,800百万円', '2,100百万円', '1,900百万円'] };

test('a mid-term plan over three past years: 百万円, 平成 years, KPIs per year with 評価, published', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const base = server.base;
  await signIn(page, base);
  const planId = await createPlan(page, base, { kind: 'midterm', year: 2015, title: TITLE, source: '空の計画' });

  // The committee reads a mid-term plan as an annual one: not before it is in review.
  const committee = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(committee, base, 'committee1');
  for (const path of [`/midterm/${planId}`, `/midterm/${planId}/report`]) {
    const res = await committee.goto(`${base}${path}`);
    expect(res?.status(), path).toBe(404);
    await expect(committee.getByText(TITLE)).toHaveCount(0);
  }
  await committee.goto(`${base}/midterm`);
  await expect(committee.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(committee.getByText(TITLE)).toHaveCount(0);
  // Nor does the header offer the mid-term plans (the demo has no other).
  await expect(committee.getByRole('banner').getByRole('link', { name: '中期計画', exact: true })).toHaveCount(0);

  // The plan's amounts in 百万円.
  const settings = page.getByRole('form', { name: '基本設定' });
  await settings.getByLabel('金額の表示単位（この計画）').selectOption({ label: '百万円' });
  await settings.getByRole('button', { name: '保存' }).click();
  await expect(settings.getByRole('status')).toHaveText('保存しました。');

  await addSections(page, base, planId, [
    { title: '中期事業計画の実績' },
    { title: '主要業務数値', parent: '中期事業計画の実績', kind: '事業計画表' },
  ]);
  for (const [name, direction, plan] of [
    ['保証承諾（金額）', '多いほど良い', APPROVALS.plan],
    ['代位弁済（金額）', '少ないほど良い', SUBROGATION.plan],
  ] as const) {
    await addIndicator(page, base, planId, {
      name,
      section: '主要業務数値',
      unit: '金額（円）',
      direction,
      pairKey: name.startsWith('保証') ? 'approvals' : 'subrogation',
      measure: '金額',
      aggregation: '年度の値のみ（月次なし）',
      plans: { 2015: plan, 2016: plan, 2017: plan },
    });
  }
  // One KPI renamed: this corporation calls it 保証承諾実績.
  await page.getByRole('button', { name: '保証承諾（金額） を編集' }).click();
  const edit = page.getByRole('form', { name: '保証承諾（金額） を編集' });
  await edit.getByLabel('指標名').fill('保証承諾実績（金額）');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('button', { name: '保証承諾実績（金額） を編集' })).toBeVisible();

  // The table: 金額 / 対計画比 / 対前年度比 per year, no 計画値 column, a 評価 column, a note.
  await page.goto(`${base}/admin/plans/${planId}/tables`);
  const table = page.getByTestId('table-spec').filter({ hasText: '中期計画（年度ごとの行）' });
  await table.getByRole('button', { name: '「計画値」の列を削除' }).click();
  await table.getByRole('button', { name: '列を追加' }).click();
  await table.getByLabel('5列目の数値').selectOption({ label: '評価' });
  await table.getByLabel('5列目の見出し').fill('評価');
  await table.getByLabel('表の下の注記（※…）').fill('※代位弁済は計画を下回ることが良い結果です。');
  // This document calls the period's row 「3か年計」, not the default 「期間計」.
  await expect(table.getByLabel('期間の合計の行')).toHaveAttribute('placeholder', '期間計');
  await table.getByLabel('期間の合計の行').fill('3か年計');
  await table.getByRole('button', { name: '表の設定を保存' }).click();
  await expect(table.getByRole('status')).toHaveText('表の設定を保存しました');

  await advance(page, base, planId, ['「実績入力」へ進める']);

  // Its own navigation entry and section pages; each year's figures entered on them.
  await page.goto(`${base}/midterm`);
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('link', { name: /主要業務数値/ }).click();
  for (const [i, era] of ['平成27年度', '平成28年度', '平成29年度'].entries()) {
    await page.getByRole('link', { name: era }).click();
    await expect(page.getByRole('link', { name: era })).toHaveAttribute('aria-current', 'page');
    for (const [name, values] of [
      ['保証承諾実績（金額）', APPROVALS],
      ['代位弁済（金額）', SUBROGATION],
    ] as const) {
      const group = page.getByRole('group', { name });
      await group.getByLabel('実績（年度）').fill(values.actual[i]!);
      await group.getByRole('button', { name: '実績を保存' }).click();
      await expect(group.getByTestId('actuals-status')).toHaveText(/保存しました/);
    }
  }

  await advance(page, base, planId, ['「委員会評価」へ進める']);
  await publish(page, base, planId);

  const rows = [
    ['保証承諾実績', '平成27年度', '95,000', '95.0％', '―', '概ね達成'],
    ['', '平成28年度', '102,000', '102.0％', '107.4％', '達成'],
    ['', '平成29年度', '98,000', '98.0％', '96.1％', '概ね達成'],
    ['', '3か年計', '295,000', '98.3％', '―', '概ね達成'],
    ['代位弁済', '平成27年度', '1,800', '90.0％', '―', '達成'],
    ['', '平成28年度', '2,100', '105.0％', '116.7％', '概ね達成'],
    ['', '平成29年度', '1,900', '95.0％', '90.5％', '達成'],
    ['', '3か年計', '5,800', '96.7％', '―', '達成'],
  ];
  await page.goto(`${base}/midterm/${planId}/report`);
  // The title already says its period: the navigation does not print it a second time.
  await expect(page.getByRole('navigation', { name: '中期計画のナビゲーション' })).toContainText(TITLE);
  await expect(page.getByRole('navigation', { name: '中期計画のナビゲーション' })).not.toContainText('平成27年度〜');
  const doc = page.getByRole('region', { name: '報告書本文' });
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const kpi = doc.locator('[data-table="midterm"]');
  await expect(kpi).toContainText('（単位：百万円）');
  await expect(kpi.locator('thead th')).toHaveText(['', '年度', '金額', '対計画比', '対前年度比', '評価']);
  const body = kpi.locator('tbody tr');
  await expect(body).toHaveCount(rows.length);
  for (const [i, row] of rows.entries()) await expect(body.nth(i).locator('td, th')).toHaveText(row);
  await expect(kpi).toContainText('※代位弁済は計画を下回ることが良い結果です。');
  await expect(doc).not.toContainText('保証承諾（金額）');
  await page.screenshot({ path: 'test-results/midterm-report.png', fullPage: true });
  // The same downloads as an annual report, each naming the plan.
  const downloads = page.getByRole('region', { name: 'ダウンロード' });
  await expect(downloads.getByRole('link', { name: 'Word（報告書）' })).toHaveAttribute('href', `/years/2015/report.docx?plan=${planId}`);
  await expect(downloads.getByRole('link', { name: 'Excel（全データ）' })).toHaveAttribute(
    'href',
    `/years/2015/workbook.xlsx?plan=${planId}`,
  );
  // Published: the committee reads it now, from the header's link.
  await committee.goto(`${base}/midterm`);
  await committee.getByRole('banner').getByRole('link', { name: '中期計画', exact: true }).click();
  await committee.getByRole('link', { name: TITLE }).click();
  await expect(committee).toHaveURL(new RegExp(`/midterm/${planId}$`));
  await committee.goto(`${base}/midterm/${planId}/report`);
  await expect(committee.getByRole('region', { name: '報告書本文' }).getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await committee.context().close();

  const text = await pdfText(page, `${base}/years/2015/report.pdf?plan=${planId}`, 'midterm.pdf');
  expect(text).toContain(TITLE);
  expect(text).toContain('（単位：百万円）');
  expect(text).toContain('年度金額対計画比対前年度比評価');
  for (const row of rows) expect(text).toContain(row.join(''));
  expect(text).toContain('※代位弁済は計画を下回ることが良い結果です。');

  // The exports follow the plan too: the table's columns in 百万円, the years as labelled.
  const csv = await (await page.request.get(`${base}/years/2015/report.csv?plan=${planId}`)).text();
  expect(csv).toContain('項目,年度,金額（百万円）,対計画比（％）,対前年度比（％）,評価\r\n保証承諾実績,平成27年度,95000,95,,概ね達成\r\n');
  expect(csv).toContain('代位弁済,3か年計,5800,96.7,,達成');
  const workbook = await page.request.get(`${base}/years/2015/workbook.xlsx?plan=${planId}`);
  expect(workbook.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbook.body()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('指標')!;
  const head = sheet.getRow(2).values as unknown[];
  for (const h of ['平成27年度 実績', '平成28年度 実績', '平成29年度 実績']) expect(head).toContain(h);
  const approvals = Array.from(sheet.getRow(3).values as unknown[], (v) => v ?? null);
  expect(approvals.slice(1, 3)).toContain('保証承諾実績（金額）');
  expect(approvals).toContain('百万円');
  expect(approvals[head.indexOf('平成29年度 実績')]).toBe(98_000);
});
