// First run of a real install, through the UI: an empty production database (HYOKA_DEMO=0) on
// a server of its own; the operator runs `npm run setup`; the new administrator signs in,
// creates the first plan from a template, takes it through its phases and publishes it; the
// preview and the PDF carry the organisation's name and the plan's title, nothing of the demo.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type OwnServer, startOwnServer } from './own-server';
import { OWN_PORTS } from './ports';

test.describe.configure({ mode: 'serial' });
test.use({ storageState: { cookies: [], origins: [] } });

let server: OwnServer;
const ORG = '北の国信用保証協会';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-first-run-'));

const setup = (args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/setup.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: server.dbFile, HYOKA_BCRYPT_COST: '4' },
  });

test.beforeAll(async () => {
  server = await startOwnServer({ port: OWN_PORTS.firstRun, name: 'first-run', demo: false });
});
test.afterAll(async () => {
  await server?.stop();
});

test('an empty install says how to set it up; the setup command creates the organisation once', async ({ page }) => {
  await page.goto(`${server.base}/login`);
  await expect(page.getByTestId('not-set-up')).toContainText('npm run setup');
  await expect(page.getByText('デモ用アカウント')).toHaveCount(0);

  const bad = setup(['--org', ORG, '--admin', 'kikaku', '--password', 'short']);
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('--short（略称）を指定してください');
  expect(bad.stderr).toContain('--password は10文字以上');

  const ok = setup(['--org', ORG, '--short', '北の国保証', '--admin', 'kikaku', '--password', 'first-admin-pass', '--name', '企画 太郎']);
  expect(ok.stderr).toBe('');
  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain(`「${ORG}」と管理者 kikaku を作成しました`);

  const again = setup(['--org', '別の協会', '--short', '別', '--admin', 'other', '--password', 'another-password']);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('既に組織があります');

  await page.goto(`${server.base}/login`);
  await expect(page.getByTestId('not-set-up')).toHaveCount(0);
  await expect(page.getByText('北の国保証')).toBeVisible();
});

test('the first administrator creates the first plan from a template and publishes its report', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto(`${server.base}/login`);
  await page.getByLabel('ログインID').fill('kikaku');
  await page.getByLabel('パスワード').fill('first-admin-pass');
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId('current-user')).toContainText('企画 太郎');

  // Organisation settings: the header follows the short name; a bad value is refused with the field named.
  await page.goto(`${server.base}/admin/organisation`);
  const settings = page.getByRole('form', { name: '組織の設定' });
  await settings.getByLabel('略称').fill('');
  await settings.getByRole('button', { name: '保存' }).click();
  await expect(settings.getByTestId('admin-error')).toContainText('略称');
  await settings.getByLabel('略称').fill('北の国保証協会');
  await settings.getByLabel('西暦（2024年度）').check();
  await expect(settings.getByTestId('organisation-preview')).toContainText('2025年度');
  await settings.getByRole('button', { name: '保存' }).click();
  await expect(settings.getByRole('status')).toHaveText('保存しました。');
  await page.screenshot({ path: 'test-results/first-run-organisation.png', fullPage: true });
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('北の国保証協会');

  // The committee, and the roster printed through a format of the organisation's own.
  await page.goto(`${server.base}/admin/committee`);
  // Before anyone is registered the roster has nothing to print, and the form says so.
  await expect(page.getByRole('form', { name: '名簿の書式' }).getByTestId('roster-preview')).toHaveText(
    '委員が登録されていません。登録するまで、本文の {{committee}} はそのまま表示されます。',
  );
  for (const [name, affiliation, title] of [
    ['山田一郎', '北の国大学経済学部', '教授'],
    ['佐藤花子', '', '弁護士'],
  ] as const) {
    const add = page.getByRole('form', { name: '委員を追加' });
    await add.getByLabel('氏名').fill(name);
    await add.getByLabel('所属').fill(affiliation);
    await add.getByLabel('肩書').fill(title);
    await add.getByRole('button', { name: '委員を追加' }).click();
    await expect(page.getByRole('button', { name: `${name} を編集` })).toBeVisible();
  }
  const roster = page.getByRole('form', { name: '名簿の書式' });
  await roster.getByLabel('委員ひとりの書式').fill('{affiliation}{title} {name}氏');
  await roster.getByLabel('前後の語句').fill('{members}');
  await expect(roster.getByTestId('roster-preview')).toHaveText('北の国大学経済学部教授 山田一郎氏、弁護士 佐藤花子氏');
  await roster.getByLabel('前後の語句').fill('委員のみ');
  await roster.getByRole('button', { name: '書式を保存' }).click();
  await expect(roster.getByTestId('admin-error')).toContainText('{members}');
  await roster.getByLabel('前後の語句').fill('{members}により構成される');
  await roster.getByRole('button', { name: '書式を保存' }).click();
  await expect(roster.getByRole('status')).toHaveText('保存しました。');

  // A manager added before any plan exists lands on a page that says who sets up the year, not a 404.
  await page.goto(`${server.base}/admin/users`);
  const people = page.getByRole('form', { name: 'ユーザーを追加' });
  await people.getByLabel('ログインID').fill('yakuin');
  await people.getByLabel('氏名').fill('役員 一郎');
  await people.getByLabel('役割').selectOption({ label: '役員・管理職' });
  await people.getByLabel('初期パスワード（10文字以上）').fill('manager-password-1');
  await people.getByRole('button', { name: '追加する' }).click();
  await expect(page.getByTestId('users-table')).toContainText('yakuin');
  const managerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const manager = await managerContext.newPage();
  await manager.goto(`${server.base}/login`);
  await manager.getByLabel('ログインID').fill('yakuin');
  await manager.getByLabel('パスワード').fill('manager-password-1');
  await manager.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(manager).toHaveURL(/\/years$/);
  await expect(manager.getByTestId('no-year')).toHaveText('まだ開ける年度がありません');
  await expect(manager.getByRole('main')).toContainText('ご不明な点は 企画 太郎 にお問い合わせください。');
  await manager.screenshot({ path: 'test-results/first-run-no-year.png', fullPage: true });

  await page.goto(`${server.base}/admin/plans`);
  const form = page.getByRole('region', { name: '計画を作成' });
  await form.getByLabel('年度（西暦）').fill('2025');
  await form.getByLabel('計画の名称').fill('令和7年度 事業計画');
  // A bad template file is refused with where it is wrong; then the neutral shipped template.
  await form.getByLabel('テンプレートファイルを読み込む').check();
  await form.getByLabel('テンプレートファイル（JSON）').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'hyoka-template', version: 1, name: 'x', sections: [{ key: 'a', title: '', kind: 'chapter' }] }),
    ),
  });
  await form.getByRole('button', { name: '作成する' }).click();
  await expect(form.getByTestId('admin-error')).toContainText('sections[1].title が空です');
  await form.getByLabel('テンプレートから作成').check();
  await form.getByLabel(/^4章構成/).check();
  await form.getByRole('button', { name: '作成する' }).click();
  await expect(page).toHaveURL(/\/admin\/plans\/\d+$/);
  const planId = Number(page.url().split('/').pop());
  // The document title is printed exactly as entered: nothing is appended to 「…の実績評価」.
  const planSettings = page.getByRole('form', { name: '基本設定' });
  await planSettings.getByLabel('文書の題名').fill('令和7年度 事業計画の実績評価');
  await planSettings.getByRole('button', { name: '保存' }).click();
  await expect(planSettings.getByRole('status')).toHaveText('保存しました。');

  // Units: a plan value typed in 百万円 is the same amount as in 億円; an unreadable one names the indicator and the year.
  await page.goto(`${server.base}/admin/plans/${planId}/indicators`);
  await page.getByRole('button', { name: '保証承諾（金額） を編集' }).click();
  const ind = page.getByRole('form', { name: '保証承諾（金額） を編集' });
  await ind.getByLabel('2025年度 計画値').fill('680億円億円');
  await ind.getByRole('button', { name: '保存' }).click();
  await expect(ind.getByTestId('admin-error')).toContainText('「保証承諾（金額）」の令和7年度（2025年度）の値を読み取れません');
  await ind.getByLabel('2025年度 計画値').fill('68,000百万円');
  await ind.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('plan-guarantee_approvals_amount-2025')).toHaveText('680億円');

  await page.goto(`${server.base}/admin/plans/${planId}/phases`);
  await page.getByRole('button', { name: '「実績入力」へ進める' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '変更する' }).click();
  await expect(page.getByTestId('admin-plan-phase')).toHaveText('実績入力');

  // The preface uses tokens: the section page lists them and previews them resolved.
  await page.goto(`${server.base}/years/2025/sections`);
  await page
    .getByRole('link', { name: /はじめに/ })
    .first()
    .click();
  await page.getByTestId('token-list').locator('summary').click();
  await expect(page.getByTestId('token-list')).toContainText('山田一郎氏、弁護士 佐藤花子氏により構成される');
  const narrative = '{{organisation}}では、{{year}}の事業計画について、外部評価委員会（{{committee}}）の評価を受けました。';
  await page.getByLabel('自己評価の本文').fill(narrative);
  const preview = page.getByTestId('report-preview');
  await expect(preview).toContainText(
    `${ORG}では、2025年度の事業計画について、外部評価委員会（北の国大学経済学部教授 山田一郎氏、弁護士 佐藤花子氏により構成される）の評価を受けました。`,
  );
  await expect(preview).not.toContainText('{{');
  await expect(page.getByText(/保存済み/).first()).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: 'test-results/first-run-section.png', fullPage: true });

  await page.goto(`${server.base}/admin/plans/${planId}/phases`);
  for (const [button, phase] of [['「委員会評価」へ進める', '委員会評価']] as const) {
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '変更する' }).click();
    await expect(page.getByTestId('admin-plan-phase')).toHaveText(phase);
  }
  await page.getByRole('button', { name: '公表する' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '公表する' }).click();
  await expect(page.getByTestId('admin-plan-phase')).toHaveText('公表', { timeout: 60_000 });

  // Once a year exists, the same address takes the manager to it.
  await manager.goto(`${server.base}/years`);
  await expect(manager).toHaveURL(/\/years\/2025\/dashboard$/);
  await managerContext.close();

  await page.goto(`${server.base}/years/2025/report`);
  const doc = page.getByRole('region', { name: '報告書本文' });
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText('令和7年度 事業計画の実績評価');
  await expect(doc).toContainText(ORG);
  await expect(doc).not.toContainText('東京');
  for (const h of ['１.業務環境', '２.事業計画', '３.重点課題', '４.外部評価委員の意見'])
    await expect(doc.getByRole('heading', { name: h })).toBeVisible();
  await expect(doc).toContainText('外部評価委員会（北の国大学経済学部教授 山田一郎氏、弁護士 佐藤花子氏により構成される）');
  await expect(doc.getByRole('heading', { name: '保証承諾 （計画 680 億円）' })).toBeVisible();
  await page.screenshot({ path: 'test-results/first-run-report.png', fullPage: true });

  const pdf = await page.request.get(`${server.base}/years/2025/report.pdf`);
  expect(pdf.status()).toBe(200);
  const file = path.join(tmp, 'first.pdf');
  fs.writeFileSync(file, await pdf.body());
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('令和7年度事業計画の実績評価');
  expect(text).not.toContain('実績評価の評価');
  expect(decodeURIComponent(pdf.headers()['content-disposition'] ?? '')).toContain('令和7年度 事業計画の実績評価');
  expect(text).toContain(ORG);
  expect(text).not.toContain('東京');
});
