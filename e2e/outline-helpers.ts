// What the outline specs (e2e/outlines.spec.ts, e2e/midterm.spec.ts) do through the admin UI:
// sign in, create a plan, add sections and indicators, move a plan through its phases, publish,
// and read the PDF's text.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './helpers';

export async function signIn(page: Page, base: string, loginId = 'admin') {
  await page.goto(`${base}/login`);
  await page.getByLabel('ログインID').fill(loginId);
  await page.getByLabel('パスワード').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Creates a plan on the admin's plans page and returns its id. */
export async function createPlan(
  page: Page,
  base: string,
  opts: { kind?: 'annual' | 'midterm'; year: number; title: string; source: '空の計画' | RegExp },
) {
  await page.goto(`${base}/admin/plans`);
  const form = page.getByRole('region', { name: '計画を作成' });
  if (opts.kind === 'midterm') await form.getByLabel('中期事業計画').check();
  await form.getByLabel(opts.kind === 'midterm' ? '開始年度（西暦）' : '年度（西暦）').fill(String(opts.year));
  await form.getByLabel('計画の名称').fill(opts.title);
  if (typeof opts.source === 'string') await form.getByLabel(opts.source, { exact: true }).check();
  else {
    await form.getByLabel('テンプレートから作成').check();
    await form.getByLabel(opts.source).check();
  }
  await form.getByRole('button', { name: '作成する' }).click();
  await expect(page).toHaveURL(/\/admin\/plans\/\d+$/);
  return Number(page.url().split('/').pop());
}

/** The plan's numbering style per level, on its settings tab (option labels as the form shows them). */
export async function setNumbering(page: Page, base: string, planId: number, levels: string[]) {
  await page.goto(`${base}/admin/plans/${planId}`);
  const settings = page.getByRole('form', { name: '基本設定' });
  for (const [i, style] of levels.entries()) await settings.getByLabel(`第${i + 1}階層`).selectOption({ label: style });
  await settings.getByRole('button', { name: '保存' }).click();
  await expect(settings.getByRole('status')).toHaveText('保存しました。');
}

export type NewSection = { title: string; kind?: string; parent?: string; department?: string };

/** Adds sections in order on the sections tab; a parent is named by its title. */
export async function addSections(page: Page, base: string, planId: number, list: NewSection[]) {
  await page.goto(`${base}/admin/plans/${planId}/sections`);
  const add = page.getByRole('form', { name: 'セクションを追加' });
  for (const s of list) {
    const parent = add.getByLabel('親セクション');
    if (s.parent) {
      const value = await parent
        .locator('option')
        .filter({ hasText: new RegExp(`${s.parent}$`) })
        .getAttribute('value');
      await parent.selectOption(value!);
    } else await parent.selectOption('');
    await add.getByLabel('見出し').fill(s.title);
    await add.getByLabel('種類').selectOption({ label: s.kind ?? '見出し' });
    await add.getByLabel('担当部署').selectOption(s.department ? { label: s.department } : '');
    await add.getByRole('button', { name: '追加する' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${s.title} を追加しました。` })).toBeVisible();
    await expect(add.getByLabel('見出し')).toHaveValue('');
  }
}

export type NewIndicator = {
  name: string;
  section: string;
  unit: string;
  pairKey?: string;
  measure?: '件数' | '金額';
  direction?: '多いほど良い' | '少ないほど良い';
  aggregation?: string;
  plans: Record<number, string>;
};

/** Adds an indicator on the indicators tab, with its plan values per year. */
export async function addIndicator(page: Page, base: string, planId: number, ind: NewIndicator) {
  await page.goto(`${base}/admin/plans/${planId}/indicators`);
  await page.getByRole('button', { name: '指標を追加' }).click();
  const form = page.getByRole('form', { name: '指標を追加' });
  await form.getByLabel('指標名').fill(ind.name);
  const section = form.getByLabel('セクション', { exact: true });
  const value = await section
    .locator('option')
    .filter({ hasText: new RegExp(`${ind.section}$`) })
    .getAttribute('value');
  await section.selectOption(value!);
  await form.getByLabel('単位', { exact: true }).selectOption({ label: ind.unit });
  if (ind.direction) await form.getByLabel('良い方向').selectOption({ label: ind.direction });
  if (ind.aggregation) await form.getByLabel('月次の集計').selectOption({ label: ind.aggregation });
  if (ind.pairKey) await form.getByLabel(/件数・金額の組/).fill(ind.pairKey);
  if (ind.measure) await form.getByLabel('組の中の役割').selectOption({ label: ind.measure });
  for (const [year, text] of Object.entries(ind.plans)) await form.getByLabel(`${year}年度 計画値`).fill(text);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('button', { name: `${ind.name} を編集` })).toBeVisible();
}

/** Moves a plan through the phase buttons given, confirming each. */
export async function advance(page: Page, base: string, planId: number, buttons: string[]) {
  await page.goto(`${base}/admin/plans/${planId}/phases`);
  for (const b of buttons) {
    await page.getByRole('button', { name: b }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '変更する' }).click();
    await expect(page.getByRole('button', { name: b })).toHaveCount(0);
  }
}

/** Publishes a plan that is in committee review (its phases tab). */
export async function publish(page: Page, base: string, planId: number) {
  await page.goto(`${base}/admin/plans/${planId}/phases`);
  await page.getByRole('button', { name: '公表する' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '公表する' }).click();
  await expect(page.getByTestId('admin-plan-phase')).toHaveText('公表', { timeout: 60_000 });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-outline-'));

/** The PDF's text with all white space removed (pdftotext -layout). */
export async function pdfText(page: Page, url: string, name: string) {
  const pdf = await page.request.get(url);
  expect(pdf.status()).toBe(200);
  const file = path.join(tmp, name);
  fs.writeFileSync(file, await pdf.body());
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** Writes a section's narrative on its page (autosaved). */
export async function writeNarrative(page: Page, base: string, year: number, title: string, text: string) {
  await page.goto(`${base}/years/${year}/sections`);
  await page
    .getByRole('link', { name: new RegExp(title) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await page.getByLabel('自己評価の本文').fill(text);
  await expect(page.getByText(/保存済み/).first()).toBeVisible({ timeout: 15_000 });
}
