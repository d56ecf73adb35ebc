// Other corporations' outlines, built through the admin UI from an empty plan on a server of its
// own, each ending in the report preview and the PDF text showing exactly what was set up:
// a three-level outline numbered ４. → ⑴ → ① ② with a 件 / 金額 pair on ①; and an outline with
// no 決算概要 whose first chapter has children (1)…(4), and section 6 as one paragraph with no heading.
// Then the same organisation with a dozen years of plans: the year switches stay five buttons wide.
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { addIndicator, addSections, advance, createPlan, pdfText, publish, setNumbering, signIn, writeNarrative } from './outline-helpers';
import { type OwnServer, startOwnServer } from './own-server';
import { OWN_PORTS } from './ports';

test.describe.configure({ mode: 'serial' });
test.use({ storageState: { cookies: [], origins: [] } });

let server: OwnServer;

test.beforeAll(async () => {
  server = await startOwnServer({ port: OWN_PORTS.outlines, name: 'outlines' });
});
test.afterAll(async () => {
  await server?.stop();
});

test('three levels numbered ４. → ⑴ → ① ② with a 件 / 金額 pair on ①', async ({ page }) => {
  test.setTimeout(240_000);
  const base = server.base;
  await signIn(page, base);
  const planId = await createPlan(page, base, { year: 2026, title: '令和8年度 経営計画', source: '空の計画' });
  await setNumbering(page, base, planId, ['1. 2. 3.', '⑴ ⑵ ⑶', '① ② ③']);
  await addSections(page, base, planId, [
    { title: '業務環境' },
    { title: '事業計画' },
    { title: '主要指標', parent: '事業計画', kind: '事業計画表' },
    { title: '経営基盤' },
    { title: '重点課題' },
    { title: '保証の推進', parent: '重点課題' },
    { title: '創業支援', parent: '保証の推進', kind: '本文', department: '保証部門' },
    { title: '事業承継支援', parent: '保証の推進', kind: '本文', department: '経営支援部門' },
  ]);
  await page.getByRole('button', { name: /番号を、計画の見出し番号の書式で振り直す/ }).click();
  const tree = page.getByTestId('section-tree');
  await expect(tree).toContainText('４. 重点課題');
  for (const label of ['１. 業務環境', '⑴ 保証の推進', '① 創業支援', '② 事業承継支援']) await expect(tree).toContainText(label);

  for (const [name, unit, measure, plan] of [
    ['創業支援（件数）', '件', '件数', '1,200件'],
    ['創業支援（金額）', '金額（円）', '金額', '30億円'],
  ] as const) {
    await addIndicator(page, base, planId, {
      name,
      section: '創業支援',
      unit,
      pairKey: 'startup',
      measure,
      aggregation: '年度の値のみ（月次なし）',
      plans: { 2026: plan },
    });
  }

  await advance(page, base, planId, ['「実績入力」へ進める']);
  await writeNarrative(page, base, 2026, '創業支援', '創業予定者への保証を重点的に推進しました。');
  for (const [name, actual] of [
    ['創業支援（件数）', '1,260件'],
    ['創業支援（金額）', '27億円'],
  ] as const) {
    const group = page.getByRole('group', { name });
    await group.getByLabel('実績（年度）').fill(actual);
    await group.getByRole('button', { name: '実績を保存' }).click();
    await expect(group.getByTestId('actuals-status')).toHaveText(/保存しました/);
  }
  await advance(page, base, planId, ['「委員会評価」へ進める']);

  // This corporation writes the plan after an amount heading as 「（計画：…）」, with no space.
  await page.goto(`${base}/admin/organisation`);
  const org = page.getByRole('form', { name: '組織の設定' });
  const headingPlan = org.getByLabel('見出しに付ける計画値');
  await expect(headingPlan).toHaveValue(' （計画 {plan}）');
  await headingPlan.fill('（計画）');
  await org.getByRole('button', { name: '保存' }).click();
  await expect(org.getByTestId('admin-error')).toContainText('{plan}');
  await headingPlan.fill('（計画：{plan}）');
  await expect(org.getByTestId('heading-plan-preview')).toHaveText('（見出し）（計画：1 兆 2,000 億円）');
  await org.getByRole('button', { name: '保存' }).click();
  await expect(org.getByRole('status')).toHaveText('保存しました。');
  await publish(page, base, planId);

  await page.goto(`${base}/years/2026/report`);
  const doc = page.getByRole('region', { name: '報告書本文' });
  for (const h of ['４.重点課題', '⑴保証の推進', '①創業支援（計画：30 億円）', '②事業承継支援'])
    await expect(doc.getByRole('heading', { name: h, exact: true })).toBeVisible();
  await expect(doc).toContainText('創業予定者への保証を重点的に推進しました。');
  // The pair is one row of the KPI table: 件数 and 金額 with the plan and 計画比.
  const kpi = doc.locator('[data-table="kpi"]');
  await expect(kpi.locator('tbody tr')).toHaveCount(1);
  await expect(kpi.locator('tbody tr')).toHaveText('創業支援1,260 件27 億円30 億円90.0%―');
  await page.screenshot({ path: 'test-results/outline-levels-report.png', fullPage: true });

  const text = await pdfText(page, `${base}/years/2026/report.pdf`, 'levels.pdf');
  expect(text).toContain('４.重点課題⑴保証の推進①創業支援（計画：30億円）創業予定者への保証を重点的に推進しました。②事業承継支援');
  expect(text).toMatch(/創業支援1,260件.*27億円.*30億円.*90\.0%/);
  expect(text).not.toContain('４..');
  expect(text).not.toContain('⑴.');
});

test('no 決算概要; the first chapter has children (1)…(4); section 6 is one paragraph with no heading', async ({ browser, page }) => {
  test.setTimeout(240_000);
  const base = server.base;
  await signIn(page, base);
  // This corporation writes heading digits half-width: (1), not (１).
  await page.goto(`${base}/admin/organisation`);
  const org = page.getByRole('form', { name: '組織の設定' });
  await org.getByLabel('半角（1.）').check();
  await org.getByRole('button', { name: '保存' }).click();
  await expect(org.getByRole('status')).toHaveText('保存しました。');

  const planId = await createPlan(page, base, { year: 2027, title: '令和9年度 事業計画', source: '空の計画' });
  await setNumbering(page, base, planId, ['1. 2. 3.', '(1) (2) (3)']);
  const children = ['経済の動向', '中小企業の動向', '金融機関の動向', '保証利用の動向'];
  await addSections(page, base, planId, [
    { title: '業務環境' },
    ...children.map((title, i) => ({ title, parent: '業務環境', kind: '本文', department: i < 2 ? '保証部門' : '回収部門' })),
    { title: '重点課題への取組', kind: '本文', department: '経営支援部門' },
    { title: '外部評価委員の意見', kind: '委員意見' },
  ]);
  await page.getByRole('button', { name: /番号を、計画の見出し番号の書式で振り直す/ }).click();
  const tree = page.getByTestId('section-tree');
  await expect(tree).toContainText('3. 外部評価委員の意見');
  for (const [i, title] of children.entries()) await expect(tree).toContainText(`(${i + 1}) ${title}`);

  await advance(page, base, planId, ['「実績入力」へ進める']);
  await writeNarrative(page, base, 2027, '経済の動向', '県内経済は緩やかに持ち直しました。');
  await advance(page, base, planId, ['「委員会評価」へ進める']);

  // Two members each finalise an opinion on a department of this year.
  const opinions = [
    ['committee1', '保証部門', '創業支援の成果を数値で示してほしい。'],
    ['committee2', '回収部門', '回収の取組は着実に進んでいる。'],
  ] as const;
  for (const [who, dept, text] of opinions) {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const member = await context.newPage();
    await signIn(member, base, who);
    await member.goto(`${base}/years/2027/review`);
    await member.getByRole('link', { name: `${dept}の資料を読んで意見を書く` }).click();
    await member.getByLabel('意見（・の項目）', { exact: true }).fill(`・${text}`);
    await member.getByRole('button', { name: '下書きとして追加' }).click();
    await expect(member.getByTestId('my-opinion')).toHaveAttribute('data-status', 'draft');
    member.once('dialog', (d) => void d.accept());
    await member.getByRole('button', { name: '確定する' }).click();
    await expect(member.getByTestId('my-opinion')).toHaveAttribute('data-status', 'final');
    await context.close();
  }

  // Section 6 as one paragraph with no heading.
  await page.goto(`${base}/years/2027/opinions/compilation`);
  await page.getByLabel('「3.外部評価委員の意見」の形式').selectOption({ label: '見出しなしの一つの段落' });
  await page.getByRole('button', { name: '確定した意見から作成し直す' }).click();
  const block = page.getByTestId('compilation-block');
  await expect(block).toHaveCount(1);
  await expect(block).toContainText('この形式では見出しを付けません。');
  const paragraph = opinions.map(([, , text]) => text).join('');
  await expect(block.getByRole('textbox', { name: '本文' })).toHaveValue(paragraph);

  await publish(page, base, planId);
  await page.goto(`${base}/years/2027/report`);
  const doc = page.getByRole('region', { name: '報告書本文' });
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText(['1.業務環境', '2.重点課題への取組', '3.外部評価委員の意見']);
  await expect(doc.getByRole('heading', { level: 3 })).toHaveText(children.map((c, i) => `(${i + 1})${c}`));
  await expect(doc).not.toContainText('決算概要');
  await expect(doc).not.toContainText('収支');
  // The opinions: one paragraph right under the chapter's heading, no department heading, no bullet.
  const section6 = doc.getByRole('heading', { name: '3.外部評価委員の意見' }).locator('xpath=following-sibling::*[1]');
  await expect(section6).toHaveText(paragraph);
  await expect(doc).not.toContainText('・創業支援');
  await page.screenshot({ path: 'test-results/outline-paragraph-report.png', fullPage: true });

  const text = await pdfText(page, `${base}/years/2027/report.pdf`, 'paragraph.pdf');
  expect(text).toContain(`1.業務環境(1)経済の動向県内経済は緩やかに持ち直しました。(2)中小企業の動向(3)金融機関の動向(4)保証利用の動向`);
  expect(text).toContain(`3.外部評価委員の意見${paragraph}`);
  expect(text).not.toContain('決算概要');
  expect(text).not.toContain('保証部門');
});

test('an organisation with a dozen years of plans: each year switch shows five around the year, the rest in a menu', async ({ page }) => {
  const base = server.base;
  // Past annual plans, published, as an organisation that has kept its records in Hyoka for years
  // would have (copies of the demo's FY2024 plan without its sections).
  const db = new Database(server.dbFile);
  try {
    const cols = (db.prepare('pragma table_info(plans)').all() as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !['id', 'start_year', 'end_year', 'title'].includes(c));
    const copy = db.prepare(
      `insert into plans (${cols.join(', ')}, start_year, end_year, title) select ${cols.join(', ')}, ?, ?, ? from plans where kind = 'annual' and start_year = 2024
       and not exists (select 1 from plans where kind = 'annual' and start_year = ?)`,
    );
    for (let y = 2014; y <= 2023; y++) copy.run(y, y, `${y}年度 経営計画`, y);
  } finally {
    db.close();
  }
  await signIn(page, base);

  await page.goto(`${base}/years/2016`);
  const years = page.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('list', { name: '年度' });
  // The window slides inside the list at its oldest end: always five buttons.
  await expect(years.locator(':scope > li > a')).toHaveText([
    '平成30年度 (2018年度)',
    '平成29年度 (2017年度)',
    '平成28年度 (2016年度)',
    '平成27年度 (2015年度)',
    '平成26年度 (2014年度)',
  ]);
  await expect(years.locator('[aria-current="page"]')).toHaveText('平成28年度 (2016年度)');
  const more = years.locator('details');
  await expect(more.locator('summary')).toHaveText(/^他の年度（\d+）$/);
  await expect(more.getByRole('link', { name: '令和6年度 (2024年度)' })).toBeHidden();
  // By keyboard: the menu opens on Enter and lists the other years, newest first.
  await more.locator('summary').focus();
  await page.keyboard.press('Enter');
  const others = more.getByRole('link');
  await expect(others.first()).toBeVisible();
  const labels = await others.allTextContents();
  expect(labels.slice(-6)).toEqual([
    '令和6年度 (2024年度)',
    '令和5年度 (2023年度)',
    '令和4年度 (2022年度)',
    '令和3年度 (2021年度)',
    '令和2年度 (2020年度)',
    '令和元年度 (2019年度)',
  ]);
  await expect(more.locator('summary')).toHaveText(`他の年度（${labels.length}）`);
  await page.screenshot({ path: 'test-results/year-switch-menu.png' });
  // As a menu does, it closes on Escape (the focus back on its summary) and on a click elsewhere.
  await page.keyboard.press('Escape');
  await expect(others.first()).toBeHidden();
  await expect(more.locator('summary')).toBeFocused();
  await more.locator('summary').click();
  await expect(others.first()).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(others.first()).toBeHidden();
  await more.locator('summary').click();
  await more.getByRole('link', { name: '令和6年度 (2024年度)' }).click();
  await expect(page).toHaveURL(`${base}/years/2024`);
  await expect(years.locator('[aria-current="page"]')).toHaveText('令和6年度 (2024年度)');
  await expect(years.locator(':scope > li > a')).toHaveCount(5);

  // The section list's switch keeps to the section list.
  await page.goto(`${base}/years/2023/sections`);
  const sectionYears = page.getByRole('navigation', { name: '年度を切り替え' });
  await expect(sectionYears.locator(':scope > ul > li > a')).toHaveText([
    '令和7年度 (2025年度)',
    '令和6年度 (2024年度)',
    '令和5年度 (2023年度)',
    '令和4年度 (2022年度)',
    '令和3年度 (2021年度)',
  ]);
  await expect(sectionYears.locator('summary')).toHaveText(/^他の年度（\d+）$/);

  // The dashboard's own switch keeps to the dashboard, with the same window.
  await page.goto(`${base}/years/2020/dashboard`);
  const dashboardYears = page.getByTestId('year-switch');
  await expect(dashboardYears.locator(':scope > li > a')).toHaveText([
    '令和4年度 (2022年度)',
    '令和3年度 (2021年度)',
    '令和2年度 (2020年度)',
    '令和元年度 (2019年度)',
    '平成30年度 (2018年度)',
  ]);
  await dashboardYears.locator('summary').click();
  await dashboardYears.getByRole('link', { name: '平成26年度 (2014年度)' }).click();
  await expect(page).toHaveURL(`${base}/years/2014/dashboard`);
});
