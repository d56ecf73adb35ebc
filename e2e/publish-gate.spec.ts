// The consistency checker as the publish gate, on a server and database of this spec's own
// (OWN_PORTS.publishGate, data/publish-gate.db): FY2024 is unlocked and its 保証承諾 actual
// changed to 1兆1,500億円, so the narrative's 1 兆 1,064 億円 contradicts the data. Publishing is
// refused without a reason; the phases page lists the contradictions; with a stated reason the
// year is published, and the audit log and the report's version list keep the override.
import Database from 'better-sqlite3';
import { type APIRequestContext, type Browser, expect, test } from '@playwright/test';
import { actionId, actionResult, callAction } from './actions';
import { loginSession, type OwnServer, startOwnServer } from './own-server';
import { OWN_PORTS } from './ports';

const REASON = 'e2e：速報値で公表し、確報で訂正するため';

let server: OwnServer;
let admin: APIRequestContext;
let planId: number;

function withDb<T>(fn: (d: Database.Database) => T, readonly = true): T {
  const d = new Database(server.dbFile, { readonly, fileMustExist: true });
  d.pragma('busy_timeout = 5000');
  try {
    return fn(d);
  } finally {
    d.close();
  }
}
const one = <T>(sql: string, ...args: unknown[]) => withDb((d) => d.prepare(sql).get(...args) as T);
const action = (name: string) => actionId('lib/actions/publish.ts', name);

async function adminPage(browser: Browser) {
  const context = await browser.newContext({ storageState: await admin.storageState(), baseURL: server.base });
  return { context, page: await context.newPage() };
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer({ port: OWN_PORTS.publishGate, name: 'publish-gate' });
  admin = await loginSession(server, 'admin');
  planId = one<{ id: number }>("SELECT id FROM plans WHERE kind = 'annual' AND start_year = 2024").id;
});

test.afterAll(async () => {
  await admin?.dispose();
  await server?.stop();
});

test('a year whose narratives contradict the data is refused without a reason', async () => {
  const unlocked = await callAction(admin, action('unlockYear'), [{ planId, reason: 'e2e：実績の差し替え' }], {
    base: server.base,
    path: '/',
  });
  expect(unlocked.ok).toBe(true);
  withDb((d) => {
    d.prepare(
      `UPDATE indicator_values SET actual_value = 1150000000000 WHERE fiscal_year = 2024 AND indicator_id =
         (SELECT id FROM indicators WHERE plan_id = ? AND code = 'guarantee_approvals_amount')`,
    ).run(planId);
  }, false);

  const r = await callAction(admin, action('publishYear'), [{ planId }], { base: server.base, path: '/' });
  const result = actionResult(r.body);
  expect(result?.error).toBe('conflict');
  expect(result?.detail).toMatchObject({ reason: 'contradictions', count: 3 });
  expect(one<{ phase: string }>('SELECT phase FROM plans WHERE id = ?', planId).phase).toBe('review');
  // A blank reason is no reason.
  const blank = await callAction(admin, action('publishYear'), [{ planId, override: '   ' }], { base: server.base, path: '/' });
  expect(blank.error).toBe('invalid');
  expect(one<{ phase: string }>('SELECT phase FROM plans WHERE id = ?', planId).phase).toBe('review');
});

test('the phases page lists the contradictions; publishing with a stated reason is recorded', async ({ browser }) => {
  const { context, page } = await adminPage(browser);
  await page.goto(`/admin/plans/${planId}/phases`);
  const gate = page.getByRole('region', { name: '本文の数値の整合性' });
  await expect(gate).toContainText('3 件がデータと一致しません');
  const rows = gate.getByTestId('contradiction');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('1 兆 1,064 億円');
  await expect(rows.first()).toContainText('1兆1,500億円');

  await page.getByRole('button', { name: '公表する', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('3 件がデータと一致しません');
  await dialog.getByRole('button', { name: '理由を記録して公表する' }).click();
  await expect(page.getByTestId('admin-error')).toContainText('不一致を承知で公表する理由');
  await page.screenshot({ path: 'test-results/publish-gate-dialog.png', fullPage: true });
  expect(one<{ phase: string }>('SELECT phase FROM plans WHERE id = ?', planId).phase).toBe('review');

  await dialog.getByLabel('不一致を承知で公表する理由（必須）').fill(REASON);
  await dialog.getByRole('button', { name: '理由を記録して公表する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '公表しました。' })).toBeVisible({ timeout: 60_000 });
  expect(one<{ phase: string }>('SELECT phase FROM plans WHERE id = ?', planId).phase).toBe('published');

  const audit = one<{ after: string }>(
    "SELECT after FROM audit_log WHERE action = 'plan.publish' AND entity_id = ? ORDER BY id DESC LIMIT 1",
    String(planId),
  );
  const after = JSON.parse(audit.after);
  expect(after.consistencyOverride).toEqual({ reason: REASON, contradictions: 3 });
  expect(after.contradictions).toHaveLength(3);
  const stored = one<{ version: number; consistency_override: string }>(
    'SELECT version, consistency_override FROM published_reports WHERE plan_id = ? ORDER BY version DESC LIMIT 1',
    planId,
  );
  expect(JSON.parse(stored.consistency_override)).toEqual({ reason: REASON, contradictions: 3 });

  await page.goto('/years/2024/report');
  const versions = page.getByRole('region', { name: '公表版の履歴' });
  await expect(versions.getByTestId('consistency-override').first()).toHaveText(`不一致 3 件を承知で公表（理由：${REASON}）`);
  await page.screenshot({ path: 'test-results/publish-gate-versions.png', fullPage: true });
  await context.close();
});
