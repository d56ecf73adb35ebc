// Plan set-up and administration, end to end. The shared demo has FY2023/2024 published and
// FY2025 in entry (other specs use them), so the yearly cycle is exercised on FY2026, created
// by copying FY2025 — the same "copy last year's plan" feature an admin uses for any year.
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { actionId, callAction } from './actions';
import { dataChecksum, one } from './db';
import { authFile } from './helpers';
import { E2E_BASE } from './ports';

test.describe.configure({ mode: 'serial' });
test.use({ storageState: authFile('admin') });

const api = (who: string): Promise<APIRequestContext> => request.newContext({ storageState: authFile(who) });
const error = (page: Page) => page.getByTestId('admin-error');
let fy26 = 0;
/** A real action POST made by the admin UI, replayed later by other roles. */
let captured: { path: string; id: string; args: unknown[] } | null = null;

async function capture(page: Page, act: () => Promise<void>) {
  const req = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await act();
  const r = await req;
  return { path: new URL(r.url()).pathname, id: r.headers()['next-action']!, args: JSON.parse(r.postData() ?? '[]') as unknown[] };
}

test('admin creates FY2026 by copying FY2025; a second FY2026 is refused', async ({ page }) => {
  await page.goto('/admin');
  await page
    .getByRole('link', { name: /計画と年度/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/admin\/plans$/);
  const form = page.getByRole('region', { name: '計画を作成' });
  await form.getByLabel('年度（西暦）').fill('2026');
  await form.getByLabel('計画の名称').fill('令和8年度 経営計画');
  await form.getByLabel(/前年度の計画をコピー/).check();
  await form.getByLabel('コピー元の計画').selectOption({ label: '令和7年度 経営計画（令和7年度 (2025年度)）' });
  await form.getByRole('button', { name: '作成する' }).click();
  await expect(page).toHaveURL(/\/admin\/plans\/\d+$/);
  fy26 = Number(page.url().split('/').pop());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('令和8年度 経営計画');
  await expect(page.getByTestId('admin-plan-phase')).toHaveText('計画策定');
  // Deadlines move a year on with the copy.
  await expect(page.getByLabel('実績入力の締切')).toHaveValue('2027-04-30');

  const copied = one<{ n: number }>('select count(*) n from sections where plan_id = ? and deleted_at is null', fy26).n;
  const source = one<{ n: number }>(
    "select count(*) n from sections s join plans p on p.id = s.plan_id where p.kind = 'annual' and p.start_year = 2025 and s.deleted_at is null",
  ).n;
  expect(copied).toBe(source);
  const v = one<{ plan: number | null; prior: number | null }>(
    "select v.plan_value plan, v.prior_actual_value prior from indicator_values v join indicators i on i.id = v.indicator_id where i.plan_id = ? and i.code = 'guarantee_approvals_amount'",
    fy26,
  );
  expect(v.plan).toBeNull();

  await page.goto('/admin/plans');
  await form.getByLabel('年度（西暦）').fill('2026');
  await form.getByLabel('計画の名称').fill('重複');
  await form.getByLabel('テンプレートから作成').check();
  const before = dataChecksum();
  await form.getByRole('button', { name: '作成する' }).click();
  await expect(error(page)).toContainText('この年度の計画はすでにあります');
  expect(dataChecksum()).toEqual(before);
});

test('admin edits a section, assigns a department, reorders by keyboard; bad input changes nothing', async ({ page }) => {
  await page.goto(`/admin/plans/${fy26}/sections`);
  const tree = page.getByTestId('section-tree');
  await page.getByRole('button', { name: '１. 業務環境 を編集' }).click();
  const edit = page.getByRole('form', { name: '業務環境 を編集' });
  await edit.getByLabel('見出し').fill('業務環境と中小企業の動向');
  await edit.getByLabel('担当部署').selectOption({ label: '経理部' });
  captured = await capture(page, () => edit.getByRole('button', { name: '保存' }).click());
  await expect(tree).toContainText('１. 業務環境と中小企業の動向');
  await expect(tree.locator('li', { hasText: '１. 業務環境と中小企業の動向' })).toContainText('経理部');

  const before = dataChecksum();
  await page.getByRole('button', { name: '１. 業務環境と中小企業の動向 を編集' }).click();
  const again = page.getByRole('form', { name: '業務環境と中小企業の動向 を編集' });
  await again.getByLabel('番号', { exact: true }).fill('２.');
  await again.getByRole('button', { name: '保存' }).click();
  await expect(again.getByTestId('admin-error')).toContainText('同じ階層に同じ番号');
  await again.getByLabel('番号', { exact: true }).fill('１.');
  await again.getByLabel('見出し').fill('   ');
  await again.getByRole('button', { name: '保存' }).click();
  await expect(again.getByTestId('admin-error')).toContainText('入力してください');
  await again.getByLabel('見出し').fill('長'.repeat(5000));
  await again.getByRole('button', { name: '保存' }).click();
  await expect(again.getByTestId('admin-error')).toContainText('長すぎます');
  expect(dataChecksum()).toEqual(before);
  await again.getByRole('button', { name: 'キャンセル' }).click();

  // Keyboard only: focus the move button and press Enter; focus stays on it after the move.
  const down = page.getByRole('button', { name: '１. 業務環境と中小企業の動向 を下へ移動' });
  await down.focus();
  await page.keyboard.press('Enter');
  const order = async () => {
    const rows = await tree.locator(':scope > li').allInnerTexts();
    return [rows.findIndex((r) => r.includes('業務環境と中小企業の動向')), rows.findIndex((r) => r.includes('２. 事業計画'))] as const;
  };
  // Down past 事業計画 and its children: 業務環境 now follows that whole subtree.
  await expect
    .poll(async () => {
      const [env, plan] = await order();
      return env > plan;
    })
    .toBe(true);
  await expect(down).toBeFocused();
  await page.getByRole('button', { name: '１. 業務環境と中小企業の動向 を上へ移動' }).press('Enter');
  await expect
    .poll(async () => {
      const [env, plan] = await order();
      return env < plan;
    })
    .toBe(true);

  // Add, nest (indent), delete and restore a section.
  const add = page.getByRole('form', { name: 'セクションを追加' });
  await add.getByLabel('番号', { exact: true }).fill('7');
  await add.getByLabel('見出し').fill('e2e 新しいセクション');
  await add.getByLabel('種類').selectOption({ label: '本文' });
  await add.getByRole('button', { name: '追加する' }).click();
  await expect(tree).toContainText('7 e2e 新しいセクション');
  await page.getByRole('button', { name: '7 e2e 新しいセクション を直前のセクションの下へ移動' }).click();
  await expect
    .poll(
      () =>
        one<{ parent: string }>(
          "select p.title parent from sections s join sections p on p.id = s.parent_id where s.plan_id = ? and s.title = 'e2e 新しいセクション'",
          fy26,
        )?.parent,
    )
    .toBe('外部評価委員の意見等');
  await page.getByRole('button', { name: '7 e2e 新しいセクション を削除' }).click();
  await expect(page.getByTestId('deleted-sections')).toContainText('e2e 新しいセクション');
  await page.getByRole('button', { name: '7 e2e 新しいセクション を復元' }).click();
  await expect(tree).toContainText('7 e2e 新しいセクション');
  await page.screenshot({ path: 'test-results/admin-sections-1280.png', fullPage: true });
});

test('admin edits an indicator plan value; negative and malformed values are refused', async ({ page }) => {
  await page.goto(`/admin/plans/${fy26}/indicators`);
  await page.getByRole('button', { name: '保証承諾（金額） を編集' }).click();
  const form = page.getByRole('form', { name: '保証承諾（金額） を編集' });
  const before = dataChecksum();
  await form.getByLabel('2026年度 計画値').fill('△5');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('admin-error')).toContainText('マイナスの値は入力できません');
  await form.getByLabel('2026年度 計画値').fill('12abc');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('admin-error')).toContainText('数値に使えない文字');
  await form.getByLabel('指標名').fill('');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('admin-error')).toBeVisible();
  expect(dataChecksum()).toEqual(before);
  await form.getByLabel('指標名').fill('保証承諾（金額）');
  await form.getByLabel('2026年度 計画値').fill('1兆2,500億');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('plan-guarantee_approvals_amount-2026')).toHaveText('1兆2,500億円');

  // 決算概要 lines: FY2025 of the demo has none, so FY2026 starts with none; add one.
  const line = page.getByRole('form', { name: '行を追加' });
  await line.getByLabel('科目').fill('経常収入');
  await line.getByLabel('前年度の金額（任意）').fill('583億8,000万');
  await line.getByRole('button', { name: '行を追加' }).click();
  await expect(page.getByTestId('financial-2026')).toContainText('583億8,000万円');
  await line.getByLabel('科目').fill('経常収入');
  await line.getByRole('button', { name: '行を追加' }).click();
  await expect(page.getByText('同じ年度に同じ名前の行があります')).toBeVisible();

  // A section holding figures asks before it goes.
  await page.goto(`/admin/plans/${fy26}/sections`);
  await page.getByRole('button', { name: '保証承諾 を削除', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('入力済みの本文または数値があります');
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
  await expect(page.getByTestId('section-tree')).toContainText('保証承諾');
});

test('non-admins are refused every admin action called directly, and nothing changes', async () => {
  expect(captured).not.toBeNull();
  const sectionId = (captured!.args[0] as { sectionId: number }).sectionId;
  const indicatorId = one<{ id: number }>("select id from indicators where plan_id = ? and code = 'guarantee_approvals_amount'", fy26).id;
  const lineId = one<{ id: number }>('select id from financial_lines where plan_id = ? order by sort_order limit 1', fy26).id;
  const userId = one<{ id: number }>("select id from users where login_id = 'staff-shien'").id;
  const deptId = one<{ id: number }>("select id from departments where code = 'keiri'").id;
  const memberId = one<{ id: number }>('select id from committee_members order by sort_order limit 1').id;
  const file = (area: string) => `lib/actions/admin-${area}.ts`;
  const calls: [string, string, unknown][] = [
    [file('plans'), 'createPlan', { kind: 'annual', startYear: 2031, title: 'x', source: 'empty' }],
    [
      file('plans'),
      'updatePlan',
      {
        planId: fy26,
        version: 1,
        title: 'x',
        startYear: 2026,
        ratingScale: [],
        independentReview: false,
        entryDeadline: '',
        reviewDeadline: '',
        publishDeadline: '',
      },
    ],
    [file('sections'), 'addSection', { planId: fy26, parentId: null, number: '', title: 'x', kind: 'narrative', departmentId: null }],
    [file('sections'), 'updateSection', { sectionId, number: '1', title: 'x', kind: 'narrative', departmentId: null }],
    [file('sections'), 'moveSection', { sectionId, move: 'down' }],
    [file('sections'), 'renumberSections', { planId: fy26, parentId: null }],
    [file('sections'), 'deleteSection', { sectionId, confirmed: true }],
    [file('sections'), 'restoreSection', { sectionId }],
    [
      file('indicators'),
      'saveIndicator',
      {
        planId: fy26,
        id: indicatorId,
        sectionId: null,
        code: '',
        name: 'x',
        unit: 'yen',
        scale: 0,
        direction: 'higher',
        yenPrecision: 'oku',
        aggregation: 'sum',
        pairKey: '',
        measure: null,
        allowNegative: false,
        planValues: [],
      },
    ],
    [file('indicators'), 'deleteIndicator', { id: indicatorId }],
    [file('indicators'), 'saveFinancialLine', { planId: fy26, fiscalYear: 2026, name: 'x', sectionId: null, priorAmount: '' }],
    [file('indicators'), 'moveFinancialLine', { id: lineId, move: 'down' }],
    [file('indicators'), 'removeFinancialLine', { id: lineId }],
    [file('phases'), 'changePhase', { planId: fy26, from: 'planning', to: 'entry', confirmed: true }],
    [
      file('people'),
      'createUser',
      { loginId: 'intruder', displayName: 'x', role: 'admin', departmentIds: [], password: 'long-enough-password' },
    ],
    [file('people'), 'updateUser', { userId, displayName: 'x', role: 'admin', departmentIds: [], active: true }],
    [file('people'), 'resetPassword', { userId, password: 'long-enough-password' }],
    [file('people'), 'deleteUser', { userId }],
    [file('org'), 'saveDepartment', { code: 'x', name: 'x' }],
    [file('org'), 'moveDepartment', { id: deptId, move: 'down' }],
    [file('org'), 'removeDepartment', { id: deptId }],
    [file('org'), 'saveCommitteeMember', { name: 'x', affiliation: '', title: '', userId: null }],
    [file('org'), 'moveCommitteeMember', { id: memberId, move: 'down' }],
    [file('org'), 'removeCommitteeMember', { id: memberId }],
  ];
  const before = dataChecksum();
  for (const who of ['staff-hosho', 'committee1', 'manager']) {
    const ctx = await api(who);
    // The admin's own request, replayed byte for byte with another role's session.
    const replay = await callAction(ctx, captured!.id, captured!.args, { path: captured!.path });
    expect(replay.error, `${who} replay`).toBe('forbidden');
    for (const [file, name, args] of calls) {
      const r = await callAction(ctx, actionId(file, name), [args], { path: '/years/2025' });
      expect(r.ok, `${who} ${name}`).toBe(false);
      expect(r.error, `${who} ${name}`).toBe('forbidden');
    }
    await ctx.dispose();
  }
  expect(dataChecksum()).toEqual(before);
});

test('a published year refuses edits in the UI and by direct action calls', async ({ page }) => {
  const fy24 = one<{ id: number }>("select id from plans where kind = 'annual' and start_year = 2024").id;
  await page.goto(`/admin/plans/${fy24}/sections`);
  await expect(page.getByTestId('published-note')).toBeVisible();
  await expect(page.getByRole('button', { name: /を編集$/ })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'セクションを追加' })).toHaveCount(0);
  const sectionId = one<{ id: number }>("select id from sections where plan_id = ? and key = 'environment'", fy24).id;
  const before = dataChecksum();
  const ctx = await api('admin');
  const r = await callAction(ctx, captured!.id, [{ ...(captured!.args[0] as object), sectionId }], { path: captured!.path });
  expect(r.error).toBe('published');
  const add = await callAction(
    ctx,
    actionId('lib/actions/admin-sections.ts', 'addSection'),
    [{ planId: fy24, parentId: null, number: '', title: 'x', kind: 'narrative', departmentId: null }],
    { path: '/years/2025' },
  );
  expect(add.error).toBe('published');
  await ctx.dispose();
  expect(dataChecksum()).toEqual(before);
});

test('admin moves FY2026 through its phases with a summary and a confirmation', async ({ page }) => {
  await page.goto(`/admin/plans/${fy26}/phases`);
  await expect(page.getByTestId('not-approved-count')).toContainText('/');
  for (const [button, phase] of [
    ['「実績入力」へ進める', '実績入力'],
    ['「委員会評価」へ進める', '委員会評価'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('未承認のセクションが');
    await dialog.getByRole('button', { name: '変更する' }).click();
    await expect(page.getByTestId('admin-plan-phase')).toHaveText(phase);
  }
  expect(one<{ phase: string }>('select phase from plans where id = ?', fy26).phase).toBe('review');
  // review → published through publishYear (lib/actions/publish.ts, shared with issue 6).
  await page.getByRole('button', { name: '公表する' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('変更できなくなり');
  await dialog.getByRole('button', { name: '公表する' }).click();
  await expect(page.getByTestId('admin-plan-phase')).toHaveText('公表', { timeout: 30_000 });
  expect(one<{ phase: string }>('select phase from plans where id = ?', fy26).phase).toBe('published');
  await expect(page.getByRole('form', { name: '公表の取り消し（訂正のため）' })).toBeVisible();

  // Read-only from now on: in the UI…
  await page.goto(`/admin/plans/${fy26}/sections`);
  await expect(page.getByTestId('published-note')).toBeVisible();
  await expect(page.getByRole('button', { name: /を編集$/ })).toHaveCount(0);
  await page.goto(`/admin/plans/${fy26}/indicators`);
  await expect(page.getByRole('button', { name: /を編集$/ })).toHaveCount(0);
  await page.goto(`/admin/plans/${fy26}`);
  await expect(page.getByLabel('計画の名称')).toBeDisabled();
  // …and by direct calls, the admin's own captured request included.
  const before = dataChecksum();
  const ctx = await api('admin');
  expect((await callAction(ctx, captured!.id, captured!.args, { path: captured!.path })).error).toBe('published');
  const indicatorId = one<{ id: number }>("select id from indicators where plan_id = ? and code = 'guarantee_approvals_amount'", fy26).id;
  expect(
    (await callAction(ctx, actionId('lib/actions/admin-indicators.ts', 'deleteIndicator'), [{ id: indicatorId }], { path: '/years/2025' }))
      .error,
  ).toBe('published');
  expect(
    (
      await callAction(
        ctx,
        actionId('lib/actions/admin-phases.ts', 'changePhase'),
        [{ planId: fy26, from: 'review', to: 'entry', confirmed: true }],
        { path: '/years/2025' },
      )
    ).error,
  ).toBe('published');
  await ctx.dispose();
  expect(dataChecksum()).toEqual(before);
  await page.goto(`/admin/plans/${fy26}/phases`);
  await page.screenshot({ path: 'test-results/admin-phases-1280.png', fullPage: true });
});

test('a mid-term plan over FY2024–FY2026 shows three years of values per indicator and leaves /years alone', async ({ page }) => {
  await page.goto('/admin/plans');
  const form = page.getByRole('region', { name: '計画を作成' });
  await form.getByLabel('中期事業計画（3年間）').check();
  await form.getByLabel('開始年度（西暦）').fill('2024');
  await form.getByLabel('計画の名称').fill('中期事業計画（令和6〜8年度）');
  await form.getByLabel('テンプレートから作成').check();
  await form.getByRole('button', { name: '作成する' }).click();
  await expect(page).toHaveURL(/\/admin\/plans\/\d+$/);
  const mid = Number(page.url().split('/').pop());
  expect(one<{ kind: string; s: number; e: number }>('select kind, start_year s, end_year e from plans where id = ?', mid)).toEqual({
    kind: 'midterm',
    s: 2024,
    e: 2026,
  });
  await page.getByRole('link', { name: '指標・決算概要' }).click();
  const table = page.getByTestId('indicators-table');
  for (const y of [2024, 2025, 2026]) await expect(table.getByRole('columnheader', { name: `${y}年度 計画値` })).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveCount(8);
  await page.getByRole('button', { name: '代位弁済（金額） を編集' }).click();
  const f = page.getByRole('form', { name: '代位弁済（金額） を編集' });
  await f.getByLabel('2025年度 計画値').fill('900億');
  await f.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('plan-subrogation_amount-2025')).toHaveText('900億円');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/admin-midterm-indicators-390.png', fullPage: true });
  // The year pages still show the annual FY2024 plan.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/years/2024');
  await expect(page.getByText('令和6年度 経営計画').first()).toBeVisible();
});

test('people: create a user, reset the password, deactivate; writers cannot be deleted', async ({ page, browser }) => {
  await page.goto('/admin/users');
  const form = page.getByRole('form', { name: 'ユーザーを追加' });
  await form.getByLabel('ログインID').fill('e2e-newcomer');
  await form.getByLabel('氏名').fill('新人 五郎');
  await form.getByLabel('役割').selectOption({ label: '職員' });
  await form.getByLabel('初期パスワード（10文字以上）').fill('first-password-1');
  await form.getByLabel('保証部門').check();
  await form.getByRole('button', { name: '追加する' }).click();
  await expect(page.getByTestId('users-table')).toContainText('e2e-newcomer');
  await form.getByLabel('ログインID').fill('e2e-newcomer');
  await form.getByLabel('氏名').fill('重複');
  await form.getByLabel('初期パスワード（10文字以上）').fill('first-password-1');
  await form.getByRole('button', { name: '追加する' }).click();
  await expect(form.getByTestId('admin-error')).toContainText('このログインIDはすでに使われています');

  // The newcomer logs in; a password reset ends that session.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const p2 = await other.newPage();
  await p2.goto('/login');
  await p2.getByLabel('ログインID').fill('e2e-newcomer');
  await p2.getByLabel('パスワード').fill('first-password-1');
  await p2.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(p2).toHaveURL(/\/years\/2025\/sections$/);
  await page.getByRole('button', { name: '新人 五郎 を編集' }).click();
  const section = page.getByRole('region', { name: '新人 五郎 を編集' });
  await section.getByLabel('新しいパスワード').fill('second-password-2');
  await section.getByRole('button', { name: 'パスワードを再設定' }).click();
  await expect(section.getByRole('status')).toContainText('パスワードを再設定しました');
  await p2.goto('/years/2025/sections');
  await expect(p2).toHaveURL(/\/login/);
  await other.close();

  await section.getByLabel(/利用中/).uncheck();
  await section.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('users-table').locator('tr', { hasText: 'e2e-newcomer' })).toContainText('利用停止');
  // Someone who wrote opinions is never deleted (deactivate instead)…
  await page.getByRole('button', { name: '髙橋美樹 を編集' }).click();
  const writer = page.getByRole('region', { name: '髙橋美樹 を編集' });
  const before = dataChecksum();
  // The delete asks first; cancelling keeps everything and gives the focus back to the button.
  await writer.getByRole('button', { name: 'ユーザーを削除' }).click();
  await expect(writer.getByRole('alertdialog')).toContainText('「髙橋美樹」を削除しますか？');
  await writer.getByRole('alertdialog').getByRole('button', { name: 'キャンセル' }).click();
  await expect(writer.getByRole('button', { name: 'ユーザーを削除' })).toBeFocused();
  await writer.getByRole('button', { name: 'ユーザーを削除' }).click();
  await writer.getByRole('alertdialog').getByRole('button', { name: '削除する' }).click();
  await expect(writer.getByTestId('admin-error')).toContainText('記録を残しているため削除できません');
  expect(dataChecksum()).toEqual(before);
  // …while an account that never wrote anything can go.
  await page.getByRole('button', { name: '新人 五郎 を編集' }).click();
  const newcomer = page.getByRole('region', { name: '新人 五郎 を編集' });
  await newcomer.getByRole('button', { name: 'ユーザーを削除' }).click();
  await newcomer.getByRole('alertdialog').getByRole('button', { name: '削除する' }).click();
  await expect(page.getByTestId('users-table')).not.toContainText('e2e-newcomer');
  expect(one<{ n: number }>("select count(*) n from users where login_id = 'e2e-newcomer'").n).toBe(0);
});

test('the audit log shows each change with before and after; the backup downloads', async ({ page }) => {
  await page.goto('/admin/audit?entity=section');
  const table = page.getByTestId('audit-table');
  await expect(table).toContainText('セクションの更新');
  await expect(table).toContainText('業務環境と中小企業の動向');
  await page.getByLabel('操作').fill('user.create');
  await page.getByLabel('対象').selectOption('user');
  await page.getByRole('button', { name: '絞り込む' }).click();
  // Other specs add users too (security.spec's password probe): every row listed is an addition,
  // and ours is among them once.
  const rows = table.locator('tbody tr');
  await expect(rows.filter({ hasText: 'e2e-newcomer' })).toHaveCount(1);
  await expect(rows.filter({ hasNotText: 'ユーザーの追加' })).toHaveCount(0);
  await page.goto('/admin/audit?entity=user&action=user.delete');
  await expect(rows.filter({ hasText: '新人 五郎' })).toHaveCount(1);
  await expect(rows.filter({ hasNotText: 'ユーザーの削除' })).toHaveCount(0);
  await expect(table).not.toContainText('first-password-1');

  await page.goto('/admin/backup');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'バックアップをダウンロード' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^hyoka-\d{8}-\d{4}\.db$/);
  const path = await file.path();
  const fs = await import('node:fs');
  expect(fs.readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');

  const staff = await api('staff-hosho');
  const refused = await staff.get(`${E2E_BASE}/admin/backup/download`, { maxRedirects: 0 });
  expect(refused.status()).toBe(403);
  await staff.dispose();
});

test('an admin action is one request that brings the page up to date: no refresh after it', async ({ page }) => {
  // Page data (RSC) requests and posts, as the browser sends them.
  const rsc: string[] = [];
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('_rsc=') || r.headers().rsc) rsc.push(r.url());
    if (r.method() === 'POST') posts.push(r.url());
  });
  await page.goto('/admin/departments');
  await page.waitForLoadState('networkidle');
  const list = page.getByTestId('departments-list');
  const names = () => list.locator('li .font-medium').allTextContents();
  const before = await names();
  await page.getByLabel('部署名').fill('一時検証部');
  await page.getByLabel('コード').fill('e2e_temp');
  await page.getByRole('button', { name: '部署を追加' }).click();
  await expect.poll(names).toEqual([...before, '一時検証部']);
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(posts).toHaveLength(1);
  expect(rsc, 'the action answers with the page: no refresh after it').toEqual([]);
  expect(one<{ n: number }>("select count(*) n from departments where code = 'e2e_temp'").n).toBe(1);

  await page.getByRole('button', { name: '一時検証部 を上へ移動' }).click();
  await expect.poll(names).toEqual([...before.slice(0, -1), '一時検証部', before.at(-1)]);
  await page.getByRole('button', { name: '一時検証部 を削除' }).click();
  await page.getByRole('button', { name: '削除する' }).click();
  await expect.poll(names).toEqual(before);
  await expect(page.getByRole('status').filter({ hasText: '削除しました。' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(posts).toHaveLength(3);
  expect(rsc).toEqual([]);
});
