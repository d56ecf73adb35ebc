// Notifications end to end, on a server of its own (fresh demo, its own SMTP settings) and a real
// SMTP listener (smtp-server on 127.0.0.1): submit → the planning department's bell and mail;
// return → the staff's notification with the reason; while the mail server is down the mail
// waits in the queue, survives a server restart, and is delivered once the mail server is back.
import Database from 'better-sqlite3';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { login } from './helpers';
import { type OwnServer, startOwnServer } from './own-server';
import { OWN_PORTS } from './ports';
import { startSmtp } from './smtp';

const SMTP_PORT = 2525;
const NAME = 'notifications';
const env = (base: string) => ({
  HYOKA_SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  HYOKA_MAIL_FROM: 'Hyoka <hyoka@example.test>',
  HYOKA_PUBLIC_URL: base,
  HYOKA_MAIL_TICK_MS: '300',
  HYOKA_MAIL_RETRY_MS: '300',
  // however long the outage and the restart take, a retry is at most 2 s away once the server is back
  HYOKA_MAIL_RETRY_MAX_MS: '2000',
});

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let server: OwnServer;
test.afterAll(async () => {
  await server?.stop();
});

function query<T>(sql: string, ...args: unknown[]): T[] {
  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
}

async function signIn(browser: Browser, who: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.base });
  const page = await context.newPage();
  await login(page, who);
  await expect(page.getByTestId('current-user')).toBeVisible();
  return page;
}

async function chooseMail(page: Page, email: string) {
  await page.goto('/settings');
  await expect(page.getByTestId('no-smtp')).toHaveCount(0);
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('できごとごとに受け取る').check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
}

test('submit and return reach the bell, the notifications page and mail; queued mail survives a mail outage and a restart', async ({
  browser,
}) => {
  const port = OWN_PORTS.notifications;
  const base = `http://127.0.0.1:${port}`;
  const smtp = await startSmtp(SMTP_PORT);
  server = await startOwnServer({ port, name: NAME, env: env(base) });

  const staff = await signIn(browser, 'staff-hosho');
  const admin = await signIn(browser, 'admin');
  await chooseMail(staff, 'hosho@example.test');
  await chooseMail(admin, 'kikaku@example.test');
  await admin.goto('/years/2025');
  await expect(admin.getByTestId('bell-count')).toHaveCount(0);

  const [section] = query<{ id: number }>(
    "SELECT s.id FROM sections s JOIN plans p ON p.id = s.plan_id WHERE p.start_year = 2025 AND s.key = 'init.hosho.bank_cooperation'",
  );
  const path = `/years/2025/sections/${section!.id}`;
  await staff.goto(path);
  await staff.getByLabel('自己評価の本文').fill('地域金融機関との協調保証を拡充しました。');
  await expect(staff.getByTestId('save-status')).toHaveText(/保存済み \d\d:\d\d/);
  await staff.getByRole('button', { name: '提出する' }).click();
  await staff.getByRole('button', { name: '提出する' }).click();
  await expect(staff.getByTestId('read-only')).toBeVisible();

  // The planning department's bell shows 1 and the notification leads to the section.
  await admin.goto('/years/2025');
  await expect(admin.getByTestId('bell-count')).toHaveText('1');
  await admin.getByTestId('bell').click();
  await expect(admin).toHaveURL(/\/notifications$/);
  await admin.screenshot({ path: 'test-results/notifications-admin.png', fullPage: true });
  const note = admin.getByTestId('notifications').getByRole('link', { name: /金融機関と連携した支援」が提出されました/ });
  await note.click();
  await expect(admin).toHaveURL(new RegExp(`${path}$`));
  await admin.reload();
  await expect(admin.getByTestId('bell-count')).toHaveCount(0);

  // The mail to the planning department: Japanese subject, the link back.
  await expect.poll(() => smtp.mails.filter((m) => m.to.includes('kikaku@example.test')).length, { timeout: 20_000 }).toBe(1);
  const adminMail = smtp.mails.find((m) => m.to.includes('kikaku@example.test'))!;
  expect(adminMail.subject).toMatch(/^【経営計画評価】「.*金融機関と連携した支援」が提出されました$/);
  expect(adminMail.text).toContain(`${base}${path}`);

  // The mail server goes away; the admin returns the section with a reason.
  await smtp.stop();
  const reason = '協調保証の件数と金額を加えてください。';
  await admin.getByRole('button', { name: '差し戻す' }).click();
  await admin.getByLabel('差戻しの理由（担当者に表示されます）').fill(reason);
  await admin.getByRole('button', { name: '差戻しを送る' }).click();
  await expect(admin.getByTestId('return-comment')).toContainText(reason);

  await staff.goto('/notifications');
  await expect(staff.getByTestId('notifications')).toContainText(`金融機関と連携した支援」が差し戻されました。理由: ${reason}`);
  await staff.screenshot({ path: 'test-results/notifications-staff.png', fullPage: true });
  // Marking one read is one request that brings the list up to date: no refresh after it.
  const unread = staff.getByTestId('notifications').locator('li[data-read="0"]');
  const unreadBefore = await unread.count();
  const rsc: string[] = [];
  staff.on('request', (r) => {
    if (r.url().includes('_rsc=') || r.headers().rsc) rsc.push(r.url());
  });
  await unread.first().getByRole('button', { name: '既読にする' }).click();
  await expect(unread).toHaveCount(unreadBefore - 1);
  await staff.waitForLoadState('networkidle');
  expect(rsc).toEqual([]);

  // The mail was tried, failed and waits in the queue.
  const queued = () =>
    query<{ status: string; attempts: number }>("SELECT status, attempts FROM mail_queue WHERE to_address = 'hosho@example.test'");
  await expect.poll(() => queued()[0]?.attempts ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(queued().map((q) => q.status)).toEqual(['queued']);

  // The server restarts while the mail is still queued: nothing is lost.
  await staff.context().close();
  await admin.context().close();
  await server.stop();
  server = await startOwnServer({ port, name: NAME, fresh: false, env: env(base) });
  expect(queued().map((q) => q.status)).toEqual(['queued']);

  // The mail server comes back: the mail is delivered, with the reason and the link.
  const back = await startSmtp(SMTP_PORT);
  try {
    await expect.poll(() => back.mails.filter((m) => m.to.includes('hosho@example.test')).length, { timeout: 60_000 }).toBe(1);
    const mail = back.mails.find((m) => m.to.includes('hosho@example.test'))!;
    expect(mail.subject).toMatch(/^【経営計画評価】「.*金融機関と連携した支援」が差し戻されました$/);
    expect(mail.text).toContain(reason);
    expect(mail.text).toContain(`${base}${path}`);
    expect(queued().map((q) => q.status)).toEqual(['sent']);
  } finally {
    await back.stop();
  }
});
