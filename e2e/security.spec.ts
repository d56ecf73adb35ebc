import { expect, test } from '@playwright/test';
import { decode, encode } from 'next-auth/jwt';
import { actionId, actionResult, callAction } from './actions';
import Database from 'better-sqlite3';
import { E2E_DB, one, withDb } from './db';
import { authFile, login } from './helpers';
import { yearInReview } from './phase';
import { E2E_BASE } from './ports';

const BASE = E2E_BASE;
const SECRET = 'e2e-only-secret-not-for-production-0123456789';
const COOKIE = 'authjs.session-token';
const PROTECTED = ['/years/2024', '/years/2024/dashboard', '/years/2025/sections', '/years/2024/review'];

test.describe('security headers and cookies', () => {
  test('every page carries a strict CSP and the other headers', async ({ request }) => {
    for (const path of ['/login', '/api/health']) {
      const res = await request.get(path);
      const h = res.headers();
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(h['x-frame-options'], path).toBe('DENY');
      expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(h['content-security-policy'], path).not.toContain("'unsafe-eval'");
    }
    // A page's scripts need their nonce; the health check (no proxy, plain text) loads nothing at all.
    expect((await request.get('/login')).headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect((await request.get('/api/health')).headers()['content-security-policy']).toContain("default-src 'none'");
  });

  test('idle connections are kept longer than a client or proxy pools them (scripts/server-options.json)', async ({ request }) => {
    // Node's default of 5 s let a test's request land on a socket the server was closing
    // (`socket hang up`): the server must outlive the client's idle sockets.
    const h = (await request.get('/api/health')).headers();
    expect(h.connection).toBe('keep-alive');
    expect(h['keep-alive']).toBe('timeout=65');
  });

  test('the session cookie is HttpOnly and SameSite', async ({ page }) => {
    await login(page, 'manager');
    await expect(page).toHaveURL(/dashboard/);
    const cookie = (await page.context().cookies()).find((c) => c.name === COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });

  test('/api/health answers ok without a session', async ({ request }) => {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    expect(await res.text()).toBe('ok');
  });
});

test.describe('bypass probes without a valid session', () => {
  const variants: [string, Record<string, string>, string][] = [
    ['no cookie', {}, ''],
    ['forged x-middleware-subrequest', { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' }, ''],
    [
      'forged middleware subrequest (old name)',
      { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
      '',
    ],
    ['RSC request', { rsc: '1' }, '?_rsc=probe'],
    ['prefetch request', { rsc: '1', 'next-router-prefetch': '1' }, '?_rsc=probe'],
  ];
  for (const [name, headers, query] of variants) {
    test(`${name} gets no protected data`, async ({ request }) => {
      for (const path of PROTECTED) {
        const res = await request.get(path + query, { headers, maxRedirects: 0 });
        const body = await res.text();
        expect([302, 303, 307, 308, 401, 403, 404], `${name} ${path} → ${res.status()}`).toContain(res.status());
        expect(body, `${name} ${path}`).not.toContain('保証部門');
        expect(body, `${name} ${path}`).not.toContain('1兆1,064億円');
      }
    });
  }

  test('an expired session cookie is refused', async ({ browser }) => {
    const token = await encode({ token: { uid: 1, sid: 'x', sv: 1, loginAt: Date.now() }, secret: SECRET, salt: COOKIE, maxAge: -60 });
    const context = await browser.newContext();
    await context.addCookies([{ name: COOKIE, value: token, url: BASE, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    await page.goto('/years/2024');
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });

  test('a well-signed cookie for a session that does not exist is refused', async ({ browser }) => {
    const token = await encode({
      token: { uid: 1, sid: 'never-issued', sv: 1, loginAt: Date.now() },
      secret: SECRET,
      salt: COOKIE,
      maxAge: 600,
    });
    const context = await browser.newContext();
    await context.addCookies([{ name: COOKIE, value: token, url: BASE, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    await page.goto('/years/2024');
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });

  test('a token older than 12 hours is refused', async ({ browser }) => {
    const context = await browser.newContext({ storageState: authFile('admin') });
    const live = (await context.cookies()).find((c) => c.name === COOKIE)!;
    await context.close();
    // The same live session, re-signed as if it had started 13 hours ago. A fresh context:
    // an open page's prefetches would bring the live cookie back.
    const claims = (await decode({ token: live.value, secret: SECRET, salt: COOKIE }))!;
    const token = await encode({ token: { ...claims, loginAt: Date.now() - 13 * 3600_000 }, secret: SECRET, salt: COOKIE, maxAge: 600 });
    const stale = await browser.newContext();
    await stale.addCookies([{ name: COOKIE, value: token, url: BASE, httpOnly: true, sameSite: 'Lax' }]);
    const page = await stale.newPage();
    await page.goto('/years/2024');
    await expect(page).toHaveURL(/\/login/);
    await stale.close();
  });
});

test.describe('actions called directly', () => {
  test('without a session an action is refused', async ({ playwright }) => {
    const anon = await playwright.request.newContext();
    // No cookie at all: the proxy turns the POST away before the action runs.
    const viaApp = await callAction(anon, actionId('lib/actions/auth.ts', 'logout'), [{}], { path: '/years/2025' });
    expect(viaApp.ok).toBeNull();
    expect([303, 307]).toContain(viaApp.status);
    await anon.dispose();
    // A well-signed cookie of a session that does not exist passes the proxy: the action
    // itself must refuse it.
    const token = await encode({
      token: { uid: 1, sid: 'never-issued', sv: 1, loginAt: Date.now() },
      secret: SECRET,
      salt: COOKIE,
      maxAge: 600,
    });
    const forged = await playwright.request.newContext({ extraHTTPHeaders: { cookie: `${COOKIE}=${token}` } });
    const r = await callAction(forged, actionId('lib/actions/auth.ts', 'logout'), [{}], { path: '/years/2025' });
    expect(r.ok).toBe(false);
    expect(r.error).toBe('unauthenticated');
    await forged.dispose();
  });

  for (const [name, origin] of [
    ['a cross-site Origin', 'https://evil.example'],
    ['Origin: null', 'null'],
  ] as const) {
    test(`${name} is refused and changes nothing`, async ({ playwright, browser }) => {
      // A fresh login of our own, so that a successful logout would be visible.
      const context = await browser.newContext();
      const page = await context.newPage();
      await login(page, 'staff-shien');
      await expect(page).toHaveURL(/\/sections$/);
      const state = await context.storageState();
      const api = await playwright.request.newContext({ storageState: state });
      const r = await callAction(api, actionId('lib/actions/auth.ts', 'logout'), [{}], { origin });
      expect(r.ok).not.toBe(true);
      expect(r.status).not.toBe(200);
      await page.goto('/years/2025/sections');
      await expect(page).toHaveURL(/\/years\/2025\/sections$/);
      await api.dispose();
      await context.close();
    });
  }
});

test.describe('login throttling', () => {
  test('behind a trusted proxy the client address comes from X-Forwarded-For; a forged peer stamp is overwritten', async ({ page }) => {
    // The e2e server trusts 127.0.0.1 as its proxy (scripts/e2e-server.mjs).
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '192.0.2.1, 203.0.113.77', 'x-hyoka-peer': '10.99.99.99' });
    await login(page, 'ghost-proxied', 'wrong-password');
    await expect(page.getByTestId('login-error')).toBeVisible();
    const keys = withDb((db) => db.prepare("SELECT key FROM login_throttle WHERE key LIKE 'address:%'").all() as { key: string }[]).map(
      (r) => r.key,
    );
    // The right-most address the trusted proxy appended is the client; the left one could be forged.
    expect(keys).toContain('address:203.0.113.77');
    expect(keys).not.toContain('address:192.0.2.1');
    expect(keys).not.toContain('address:10.99.99.99');
  });

  test('repeated failures lock the account with a clear message', async ({ page }) => {
    for (let i = 0; i < 5; i++) {
      await login(page, 'ghost-account', `wrong-${i}`);
      await expect(page.getByTestId('login-error')).toHaveText('ログインIDまたはパスワードが正しくありません。');
    }
    await login(page, 'ghost-account', 'wrong-again');
    await expect(page.getByTestId('login-error')).toContainText('しばらくの間ログインできません');
  });
});

test.describe('admin pages for other roles', () => {
  // Each admin page asks the policy itself: the admin layout renders beside the page and its
  // notFound() does not stop the page's own data from being rendered into the 404.
  test('are a 404 that carries none of the page’s data', async ({ playwright }) => {
    const { planId, indicators, sections } = withDb((db) => {
      const plan = db.prepare("SELECT id FROM plans WHERE kind = 'annual' AND start_year = 2025").get() as { id: number };
      const names = (sql: string) => (db.prepare(sql).all(plan.id) as { v: string }[]).map((r) => r.v);
      return {
        planId: plan.id,
        indicators: names('SELECT name AS v FROM indicators WHERE plan_id = ? ORDER BY id LIMIT 5'),
        // Initiative titles: a heading such as 前文 is also a UI string, sent with every page.
        sections: names(
          "SELECT title AS v FROM sections WHERE plan_id = ? AND deleted_at IS NULL AND kind = 'initiative' ORDER BY id LIMIT 5",
        ),
      };
    });
    const pages: [string, string[]][] = [
      [`/admin/plans/${planId}/indicators`, indicators],
      [`/admin/plans/${planId}/sections`, sections],
      // The step list's label as rendered (the bare words are a UI string, sent with every page).
      [`/admin/plans/${planId}/phases`, ['aria-label="年度の段階"']],
      ['/admin/users', ['staff-kanri']],
    ];
    const admin = await playwright.request.newContext({ baseURL: BASE, storageState: authFile('admin') });
    for (const [path, markers] of pages) {
      const body = await (await admin.get(path)).text();
      for (const m of markers) expect(body, `admin sees ${m} on ${path}`).toContain(m);
    }
    await admin.dispose();
    for (const who of ['staff-hosho', 'committee1', 'manager']) {
      const api = await playwright.request.newContext({ baseURL: BASE, storageState: authFile(who) });
      for (const [path, markers] of pages) {
        const res = await api.get(path);
        expect(res.status(), `${who} ${path}`).toBe(404);
        const body = await res.text();
        for (const m of markers) {
          expect(body, `${who} ${path} carries ${m}`).not.toContain(m);
          // …nor in the page's serialized (RSC) form.
          expect(body, `${who} ${path} carries ${m}`).not.toContain(m.replace(/^aria-label="(.*)"$/, '\\"aria-label\\":\\"$1\\"'));
        }
      }
      await api.dispose();
    }
  });
});

test.describe('the audit log', () => {
  // Members write opinions on a year in review: FY2025 for these tests, then back in entry.
  yearInReview(2025);
  test('never shows a committee member’s draft opinion text to admin', async ({ playwright }) => {
    const plan = one<{ id: number }>("SELECT id FROM plans WHERE kind = 'annual' AND start_year = 2025");
    const dept = one<{ id: number }>('SELECT id FROM departments ORDER BY sort_order, id LIMIT 1');
    const draft = `監査ログ試験の下書き意見 ${Date.now()}`;
    const member = await playwright.request.newContext({ baseURL: BASE, storageState: authFile('committee1') });
    const save = await callAction(member, actionId('lib/actions/opinions.ts', 'saveOpinion'), [
      { planId: plan.id, departmentId: dept.id, sectionId: null, text: draft },
    ]);
    const saved = actionResult(save.body)?.data as { id: number; version: number } | undefined;
    expect(saved?.id, save.body.slice(0, 300)).toBeDefined();
    const edit = await callAction(member, actionId('lib/actions/opinions.ts', 'saveOpinion'), [
      { planId: plan.id, departmentId: dept.id, sectionId: null, id: saved!.id, version: saved!.version, text: `${draft}（修正）` },
    ]);
    expect(actionResult(edit.body)?.ok, edit.body.slice(0, 300)).toBe(true);

    const admin = await playwright.request.newContext({ baseURL: BASE, storageState: authFile('admin') });
    const res = await admin.get('/admin/audit?entity=opinion');
    expect(res.status()).toBe(200);
    // The entries are in the log (the newest on the first page), their text is not on the page.
    const audited = one<{ n: number }>(
      "SELECT count(*) AS n FROM audit_log WHERE entity_type = 'opinion' AND entity_id = ? AND action IN ('opinion.create', 'opinion.update')",
      String(saved!.id),
    );
    expect(audited.n).toBe(2);
    expect(await res.text()).not.toContain(draft);

    const del = await callAction(member, actionId('lib/actions/opinions.ts', 'deleteOpinion'), [
      { id: saved!.id, version: saved!.version + 1 },
    ]);
    expect(actionResult(del.body)?.ok, del.body.slice(0, 300)).toBe(true);
    expect(await (await admin.get('/admin/audit?entity=opinion')).text()).not.toContain(draft);
    await member.dispose();
    await admin.dispose();
  });
});

test.describe('the login form without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('posts (the password never reaches a URL), signs in, and shows a refusal', async ({ page }) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto('/login');
    await expect(page.locator('form')).toHaveAttribute('method', /post/i);
    await page.getByLabel('ログインID').fill('staff-shien');
    await page.getByLabel('パスワード').fill('wrong-password-nojs');
    await page.getByLabel('パスワード').press('Enter');
    await expect(page.getByTestId('login-error')).toHaveText('ログインIDまたはパスワードが正しくありません。');
    await page.getByLabel('ログインID').fill('staff-shien');
    await page.getByLabel('パスワード').fill('hyoka-demo-2024');
    await page.getByLabel('パスワード').press('Enter');
    await expect(page).toHaveURL(/\/years\/\d{4}\/sections$/);
    for (const u of urls) {
      expect(u).not.toContain('hyoka-demo-2024');
      expect(u).not.toContain('wrong-password-nojs');
      expect(u).not.toContain('password=');
    }
  });
});

test.describe('the idle timeout', () => {
  test('background polling of the dashboard does not renew the session; the user’s own requests do', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, 'manager');
    await expect(page).toHaveURL(/dashboard/);
    const sid = withDb(
      (db) =>
        (
          db
            .prepare(
              "SELECT s.id FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.login_id = 'manager' ORDER BY s.created_at DESC LIMIT 1",
            )
            .get() as { id: string }
        ).id,
    );
    const rw = new Database(E2E_DB);
    rw.pragma('busy_timeout = 5000');
    const setActive = (minutesAgo: number) =>
      rw
        .prepare('UPDATE auth_sessions SET last_active_at = ? WHERE id = ?')
        .run(new Date(Date.now() - minutesAgo * 60_000).toISOString(), sid);
    const activeAt = () => (rw.prepare('SELECT last_active_at AS a FROM auth_sessions WHERE id = ?').get(sid) as { a: string }).a;
    const poll = () => page.request.get('/api/years/2025/dashboard', { headers: { 'x-hyoka-background': '1' } });
    try {
      // 29 minutes idle: the poll is answered but does not move the clock.
      setActive(29);
      const before = activeAt();
      expect((await poll()).status()).toBe(200);
      expect(activeAt()).toBe(before);
      // 31 minutes idle: the session has ended, for the poll and for the page.
      setActive(31);
      expect((await poll()).status()).toBe(401);
      await page.goto('/years/2025/dashboard');
      await expect(page).toHaveURL(/\/login/);
    } finally {
      rw.close();
      await context.close();
    }
  });

  test('a request the user makes renews the idle clock', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, 'manager');
    await expect(page).toHaveURL(/dashboard/);
    const rw = new Database(E2E_DB);
    rw.pragma('busy_timeout = 5000');
    try {
      const sid = (
        rw
          .prepare(
            "SELECT s.id FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.login_id = 'manager' ORDER BY s.created_at DESC LIMIT 1",
          )
          .get() as { id: string }
      ).id;
      rw.prepare('UPDATE auth_sessions SET last_active_at = ? WHERE id = ?').run(new Date(Date.now() - 29 * 60_000).toISOString(), sid);
      await page.goto('/years/2025/dashboard');
      await expect(page).toHaveURL(/dashboard/);
      const a = (rw.prepare('SELECT last_active_at AS a FROM auth_sessions WHERE id = ?').get(sid) as { a: string }).a;
      expect(Date.now() - Date.parse(a)).toBeLessThan(60_000);
    } finally {
      rw.close();
      await context.close();
    }
  });
});

test.describe('passwords', () => {
  test('admin cannot set a weak password; after admin’s reset the user must choose their own first', async ({ playwright, browser }) => {
    const admin = await playwright.request.newContext({ baseURL: BASE, storageState: authFile('admin') });
    const create = actionId('lib/actions/admin-people.ts', 'createUser');
    const loginId = `pw-probe-${Date.now() % 100000}`;
    const user = { loginId, displayName: 'パスワード試験', role: 'manager', departmentIds: [] };
    for (const weak of ['aaaaaaaaaa', '1234567890', 'password123', `${loginId}-2026`]) {
      const r = actionResult((await callAction(admin, create, [{ ...user, password: weak }])).body);
      expect(r?.ok, weak).toBe(false);
      expect(r?.error, weak).toBe('invalid');
    }
    const created = actionResult((await callAction(admin, create, [{ ...user, password: 'first-Kx8 spring' }])).body);
    expect(created?.ok, JSON.stringify(created)).toBe(true);
    const userId = (created!.data as { id: number }).id;
    const reset = actionResult(
      (await callAction(admin, actionId('lib/actions/admin-people.ts', 'resetPassword'), [{ userId, password: 'reset-Jq3 autumn' }])).body,
    );
    expect(reset?.ok, JSON.stringify(reset)).toBe(true);
    await admin.dispose();

    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, loginId, 'reset-Jq3 autumn');
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page.getByTestId('must-change')).toBeVisible();
    // The same user signed in elsewhere (another browser) is signed out by the change below.
    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await login(other, loginId, 'reset-Jq3 autumn');
    await expect(other).toHaveURL(/\/account\/password$/);
    // Nothing else until then: pages send the user back here, actions are refused.
    await page.goto('/years/2025/dashboard');
    await expect(page).toHaveURL(/\/account\/password$/);
    await page.getByLabel('現在のパスワード').fill('reset-Jq3 autumn');
    await page.getByLabel('新しいパスワード', { exact: true }).fill('aaaaaaaaaa');
    await page.getByLabel('新しいパスワード（確認）').fill('aaaaaaaaaa');
    await page.getByRole('button', { name: '変更する' }).click();
    await expect(page.getByTestId('password-error')).toContainText('同じ文字');
    await page.getByLabel('新しいパスワード', { exact: true }).fill('my-own-Wv5 winter');
    await page.getByLabel('新しいパスワード（確認）').fill('my-own-Wv5 winter');
    await page.getByRole('button', { name: '変更する' }).click();
    await expect(page.getByTestId('password-done')).toBeVisible();
    await page.goto('/years/2025/dashboard');
    await expect(page).toHaveURL(/\/years\/2025\/dashboard$/);
    await other.goto('/years/2025/dashboard');
    await expect(other).toHaveURL(/\/login/);
    await elsewhere.close();
    await context.close();
  });
});
