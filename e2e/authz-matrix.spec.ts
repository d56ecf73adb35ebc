// The authorization matrix: every server action and route handler × anonymous, staff of the
// owning department, staff of another department, committee, manager, admin × the record's
// states, called directly (the action's HTTP POST, the route's GET/POST), never through the UI.
// The expected outcome of each cell is checked in (e2e/authz-expectations.ts); the list of
// actions and routes comes from the build, so a new one without a row fails here.
//
// Allowed cells really write, so this runs against a server of its own (port 3101, a fresh demo
// in data/matrix.db: e2e/matrix-server.ts); each cell gets a fresh target record written straight
// into that database (e2e/matrix-fixtures.ts). A refused cell must leave every table unchanged
// and, for an action, be logged as an `action.refused` line on the server's output.
import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test';
import { listBuiltActions } from './actions';
import {
  type ActionRow,
  EXPECTATIONS,
  MATRIX_ROLES,
  type MatrixRole,
  parseCells,
  REFUSAL_CODES,
  type Row,
  STATES,
  type StateName,
} from './authz-expectations';
import { type ActionCallSpec, type Caller, DEMO_PASSWORD, loginOf, MatrixDb, type RouteCallSpec, SCENARIOS } from './matrix-fixtures';
import { MATRIX_BASE, MatrixServer, type RefusalLine } from './matrix-server';

const COOKIE = 'authjs.session-token';
const ROUTE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

// ── what the build and the sources contain ────────────────────────────────────────────────────

/** `lib/actions/x.ts#name` of every action in the build's server-reference manifest. */
function builtActionKeys(): string[] {
  return [...new Set(listBuiltActions().map((a) => `${a.file}#${a.name}`))].sort();
}

/** The route handlers of the build: `/years/[year]/report.pdf` and the methods their source exports. */
function builtRoutes(): { path: string; methods: string[]; source: string }[] {
  const manifest = JSON.parse(fs.readFileSync('.next/server/app-paths-manifest.json', 'utf8')) as Record<string, string>;
  return Object.keys(manifest)
    .filter((k) => k.endsWith('/route'))
    .map((k) => {
      const source = `app${k}.ts`;
      const text = fs.existsSync(source) ? fs.readFileSync(source, 'utf8') : '';
      const methods = new Set<string>();
      for (const m of text.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)) methods.add(m[1]!);
      for (const m of text.matchAll(/export\s+const\s+\{([^}]*)\}/g)) for (const n of m[1]!.split(',')) methods.add(n.trim());
      const urlPath = k.replace(/\/route$/, '').replace(/\/\([^)]+\)/g, '') || '/';
      return { path: urlPath, methods: [...methods].filter((m) => ROUTE_METHODS.includes(m)).sort(), source };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** 'GET,POST /api/auth/[...nextauth]' → methods and path. */
function routeKey(key: string): { methods: string[]; path: string } | null {
  const m = /^([A-Z,]+) (\/\S*)$/.exec(key);
  return m ? { methods: m[1]!.split(','), path: m[2]! } : null;
}

/** The name each action logs under: `defineAction('assessment.save', …)` → assessment.save. */
function definedActionNames(): Map<string, { name: string; isPublic: boolean }> {
  const out = new Map<string, { name: string; isPublic: boolean }>();
  for (const f of fs.readdirSync('lib/actions').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const file = `lib/actions/${f}`;
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/export const (\w+) = define(Public)?Action\(\s*'([^']+)'/g))
      out.set(`${file}#${m[1]}`, { name: m[3]!, isPublic: m[2] === 'Public' });
  }
  return out;
}

const actionRows = () => Object.entries(EXPECTATIONS).filter((e): e is [string, ActionRow] => e[1].kind === 'action');
const testedRows = () =>
  Object.entries(EXPECTATIONS).filter((e): e is [string, Exclude<Row, { kind: 'framework' }>] => e[1].kind !== 'framework');

// ── calling ──────────────────────────────────────────────────────────────────────────────────

type Outcome = { outcome: 'allow' | 'refuse' | 'unexpected'; detail: string; code?: string; logged?: boolean };

let xff = 0;
/**
 * A new X-Forwarded-For per sign-in, as an attacker dodging the login throttle would send: the
 * matrix server trusts no proxy, so these are ignored (checked after the cells).
 */
const address = () => `10.31.${Math.floor(++xff / 250)}.${xff % 250}`;

/**
 * One retry when the server had just closed the idle keep-alive socket the request went out on
 * (its keepAliveTimeout is 5 s; some contexts idle longer between their cells): that request
 * never reached the server.
 */
async function send(fn: () => Promise<APIResponse>): Promise<APIResponse> {
  try {
    return await fn();
  } catch (e) {
    if (!/ECONNRESET|socket hang up/.test((e as Error).message)) throw e;
    return fn();
  }
}

async function postAction(ctx: APIRequestContext, id: string, args: unknown[], urlPath: string, extra: Record<string, string> = {}) {
  return send(() =>
    ctx.post(`${MATRIX_BASE}${urlPath}`, {
      headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: MATRIX_BASE, ...extra },
      data: JSON.stringify(args),
      maxRedirects: 0,
    }),
  );
}

/** The ActionResult row of a flight response (`1:{"ok":…}`), or null. */
function actionResult(body: string): { ok: boolean; error?: string; detail?: unknown } | null {
  const m = /^[0-9a-f]+:(\{"ok":.*)$/m.exec(body);
  return m ? (JSON.parse(m[1]!) as { ok: boolean; error?: string; detail?: unknown }) : null;
}

const redirectsToLogin = (res: APIResponse) =>
  [302, 303, 307, 308].includes(res.status()) && /\/login(\?|$)/.test(res.headers().location ?? '');
const excerpt = (s: string) => s.replace(/\s+/g, ' ').slice(0, 160);

function classifyAction(rowKey: string, row: ActionRow, res: APIResponse, body: string): Outcome {
  if (redirectsToLogin(res)) return { outcome: 'refuse', detail: `${res.status()} → /login (proxy)` };
  const result = actionResult(body);
  if (result?.ok === true) return { outcome: 'allow', detail: 'ok:true' };
  if (result?.ok === false) {
    const code = result.error ?? '?';
    if ((REFUSAL_CODES as readonly string[]).includes(code)) return { outcome: 'refuse', detail: code, code };
    if (row.alsoRefusal?.code === code) {
      const problems = (result.detail as { problems?: { code: string }[] } | undefined)?.problems;
      const notYours = code !== 'invalid' || (problems?.length && problems.every((p) => p.code === 'not_yours'));
      if (notYours) return { outcome: 'refuse', detail: `${code} (${row.alsoRefusal.when})`, code };
    }
    return { outcome: 'unexpected', detail: `ok:false ${code} ${excerpt(JSON.stringify(result.detail ?? ''))}` };
  }
  // Sign-in and sign-out answer with the redirect that follows them.
  const redirect = res.headers()['x-action-redirect'] ?? '';
  if (rowKey.endsWith('#login') && redirect && (res.headers()['set-cookie'] ?? '').includes(`${COOKIE}=ey`))
    return { outcome: 'allow', detail: `signed in, → ${redirect}` };
  if (rowKey.endsWith('#logout') && /\/login/.test(redirect)) return { outcome: 'allow', detail: `signed out, → ${redirect}` };
  return { outcome: 'unexpected', detail: `HTTP ${res.status()} ${excerpt(body)}` };
}

function classifyRoute(res: APIResponse): Outcome {
  const s = res.status();
  if (s === 200) return { outcome: 'allow', detail: '200' };
  if ([401, 403, 404].includes(s)) return { outcome: 'refuse', detail: String(s) };
  if (redirectsToLogin(res)) return { outcome: 'refuse', detail: `${s} → /login (proxy)` };
  return { outcome: 'unexpected', detail: `HTTP ${s} ${res.headers()['content-type'] ?? ''}` };
}

/** Two probes for anonymous: no cookie at all (the proxy), and a logged-out session's token (the handler). */
function combine(a: Outcome, b: Outcome): Outcome {
  const detail = `no cookie: ${a.detail}; logged-out token: ${b.detail}`;
  if (a.outcome === 'unexpected' || b.outcome === 'unexpected') return { outcome: 'unexpected', detail };
  if (a.outcome === 'allow' || b.outcome === 'allow') return { outcome: 'allow', detail };
  return { outcome: 'refuse', detail, code: b.code, logged: b.logged };
}

// ── the tests ────────────────────────────────────────────────────────────────────────────────

test.describe('authorization matrix', () => {
  test('every built action and route handler has an expectation row, and every row a fixture', () => {
    const problems: string[] = [];
    const built = builtActionKeys();
    const rows = new Set(actionRows().map(([k]) => k));
    for (const key of built) if (!rows.has(key)) problems.push(`action ${key} is in the build but has no row in e2e/authz-expectations.ts`);
    for (const key of rows) if (!built.includes(key)) problems.push(`row ${key} names an action that is not in the build`);

    const routes = builtRoutes();
    const routeRows = Object.keys(EXPECTATIONS)
      .filter((k) => EXPECTATIONS[k]!.kind !== 'action')
      .map((k) => ({ key: k, parsed: routeKey(k) }));
    for (const r of routeRows) if (!r.parsed) problems.push(`route row "${r.key}" is not "METHOD /path"`);
    for (const r of routes) {
      if (r.methods.length === 0) problems.push(`route ${r.path}: no exported method found in ${r.source}`);
      for (const m of r.methods) {
        if (!routeRows.some((row) => row.parsed?.path === r.path && row.parsed.methods.includes(m)))
          problems.push(`route handler ${m} ${r.path} is in the build but has no row in e2e/authz-expectations.ts`);
      }
    }
    for (const row of routeRows) {
      const r = routes.find((x) => x.path === row.parsed?.path);
      if (!r) problems.push(`row ${row.key} names a route that is not in the build`);
      else for (const m of row.parsed!.methods) if (!r.methods.includes(m)) problems.push(`row ${row.key}: ${r.source} exports no ${m}`);
    }

    const names = definedActionNames();
    for (const key of built)
      if (!names.has(key)) problems.push(`${key}: no defineAction('<name>', …) found in its source (the name refusals are logged under)`);
    for (const [key, row] of testedRows()) {
      if (!SCENARIOS[key]) problems.push(`row ${key} has no fixture in e2e/matrix-fixtures.ts`);
      if (Object.keys(row.states).length === 0) problems.push(`row ${key} has no state`);
      for (const [state, spec] of Object.entries(row.states)) {
        if (!(state in STATES)) problems.push(`row ${key}: state "${state}" is not described in STATES`);
        try {
          parseCells(spec!);
        } catch (e) {
          problems.push(`row ${key} / ${state}: ${(e as Error).message}`);
        }
      }
    }
    for (const key of Object.keys(SCENARIOS)) if (!EXPECTATIONS[key]) problems.push(`fixture ${key} has no expectation row`);
    expect(problems, problems.join('\n')).toEqual([]);
    // The build really was read (not an empty manifest that trivially matches).
    expect(built.length).toBeGreaterThan(40);
    expect(routes.length).toBeGreaterThan(5);
  });

  test.describe('cells', () => {
    const server = new MatrixServer();
    let db: MatrixDb;
    const contexts = new Map<MatrixRole, APIRequestContext>();
    let loggedOut: APIRequestContext;
    let workbook: Buffer;
    const disposable: APIRequestContext[] = [];
    const actionIds = new Map<string, string>();

    /** A context signed in as `login` through the login action, as a browser would. */
    async function signedIn(
      playwright: { request: { newContext: () => Promise<APIRequestContext> } },
      login: string,
    ): Promise<APIRequestContext> {
      const ctx = await playwright.request.newContext();
      const res = await postAction(
        ctx,
        actionIds.get('lib/actions/auth.ts#login')!,
        [{ loginId: login, password: DEMO_PASSWORD }],
        '/login',
        { 'x-forwarded-for': address() },
      );
      const state = await ctx.storageState();
      if (!state.cookies.some((c) => c.name === COOKIE))
        throw new Error(`could not sign in as ${login}: HTTP ${res.status()} ${excerpt(await res.text())}`);
      return ctx;
    }

    test.beforeAll(async ({ playwright }) => {
      test.setTimeout(180_000);
      for (const a of listBuiltActions()) actionIds.set(`${a.file}#${a.name}`, a.id);
      await server.start();
      db = new MatrixDb();
      for (const role of MATRIX_ROLES) if (role !== 'anonymous') contexts.set(role, await signedIn(playwright, loginOf(role)!));
      // The token of a session that has been logged out: it passes the proxy (it is well signed)
      // but names a revoked session, so the action or route handler itself must refuse it.
      const gone = await signedIn(playwright, 'committee3');
      const token = (await gone.storageState()).cookies.find((c) => c.name === COOKIE)!.value;
      const out = await postAction(gone, actionIds.get('lib/actions/auth.ts#logout')!, [{}], '/');
      expect(out.headers()['x-action-redirect'] ?? '', 'logout of the probe session').toContain('/login');
      await gone.dispose();
      loggedOut = await playwright.request.newContext({
        storageState: {
          cookies: [
            { name: COOKIE, value: token, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' },
          ],
          origins: [],
        },
      });
      const template = await contexts.get('admin')!.get(`${MATRIX_BASE}/api/years/2025/actuals/template`);
      expect(template.status(), 'the actuals template for the upload cells').toBe(200);
      workbook = await template.body();
    });

    test.afterAll(async () => {
      for (const ctx of [...contexts.values(), loggedOut, ...disposable]) await ctx?.dispose().catch(() => {});
      db?.close();
      await server.stop();
    });

    test('each cell is allowed or refused as the table says; refusals change nothing and are logged', async ({ playwright }) => {
      test.setTimeout(420_000);
      const names = definedActionNames();
      // MATRIX_ONLY=<regex> runs some rows only, while working on them; the suite runs them all.
      const only = process.env.MATRIX_ONLY ? new RegExp(process.env.MATRIX_ONLY) : null;
      const rows = testedRows()
        .filter(([k]) => !only || only.test(k))
        .sort(([a], [b]) => a.localeCompare(b));
      const stateNames = new Set<string>();
      let cells = 0;
      for (const [, row] of rows) {
        for (const s of Object.keys(row.states)) {
          stateNames.add(s);
          cells += MATRIX_ROLES.length;
        }
      }
      const nActions = rows.filter(([, r]) => r.kind === 'action').length;
      const nRoutes = rows.length - nActions;
      console.log(
        `authorization matrix: ${cells} cells (${nActions} actions, ${nRoutes} routes, ${MATRIX_ROLES.length} roles, states ${[...stateNames].join(', ')})`,
      );

      const diffs: string[] = [];
      const tally = { allow: 0, refuse: 0, unexpected: 0 };
      const started = Date.now();

      const newContext = async () => {
        const ctx = await playwright.request.newContext();
        disposable.push(ctx);
        return ctx;
      };

      /** Calls an action cell whose fixture exists; `ctx` is the signed-in caller's context. */
      async function runAction(
        rowKey: string,
        row: ActionRow,
        spec: ActionCallSpec,
        caller: Caller,
        ctx: APIRequestContext | null,
      ): Promise<Outcome> {
        const id = actionIds.get(rowKey)!;
        const { name, isPublic } = names.get(rowKey)!;
        const urlPath = isPublic ? '/login' : '/';
        const once = async (c: APIRequestContext, userId: number | null): Promise<Outcome> => {
          const mark = server.mark();
          const res = await postAction(c, id, spec.args, urlPath, isPublic ? { 'x-forwarded-for': address() } : {});
          const out = classifyAction(rowKey, row, res, await res.text());
          if (out.outcome === 'refuse' && out.code && !row.refusalNotLogged) {
            const line = await server.waitForRefusal(
              mark,
              (r: RefusalLine) => r.action === name && r.userId === (isPublic ? null : userId) && r.code === out.code,
            );
            out.logged = line !== null;
          }
          return out;
        };
        if (caller.role !== 'anonymous') return once(ctx!, caller.userId);
        if (isPublic) return once(await newContext(), null);
        return combine(await once(await newContext(), null), await once(loggedOut, null));
      }

      async function runRoute(spec: RouteCallSpec, caller: Caller): Promise<Outcome> {
        const once = async (c: APIRequestContext) => {
          const url = `${MATRIX_BASE}${spec.path}`;
          const res = await send(() =>
            spec.method === 'GET'
              ? c.get(url, { maxRedirects: 0 })
              : c.post(url, {
                  maxRedirects: 0,
                  multipart: spec.upload
                    ? {
                        file: {
                          name: 'actuals.xlsx',
                          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                          buffer: workbook,
                        },
                      }
                    : {},
                }),
          );
          await res.body();
          return classifyRoute(res);
        };
        if (caller.role === 'anonymous') return combine(await once(await newContext()), await once(loggedOut));
        return once(contexts.get(caller.role)!);
      }

      for (const [rowKey, row] of rows) {
        const rowStarted = Date.now();
        for (const [state, cellsSpec] of Object.entries(row.states) as [StateName, string][]) {
          const expected = parseCells(cellsSpec);
          for (const role of MATRIX_ROLES) {
            const login = loginOf(role);
            const caller: Caller = { role, login, userId: login ? db.users[login]! : null };
            const cell = `${rowKey} | ${state} | ${role}`;
            let got: Outcome;
            let before: Record<string, string> = {};
            let auditBefore = -1;
            try {
              // The cell's own target record, and (sign-in/out) a session of its own; then the
              // "before" picture; then the call.
              const spec = SCENARIOS[rowKey]!(db, state, caller);
              let ctx: APIRequestContext | null = role === 'anonymous' ? null : contexts.get(role)!;
              if (rowKey.endsWith('#login') && role !== 'anonymous') ctx = await newContext();
              if (rowKey.endsWith('#logout') && role !== 'anonymous') {
                ctx = await signedIn(playwright, login!);
                disposable.push(ctx);
              }
              before = db.checksum();
              auditBefore = db.auditMax();
              if (spec.kind === 'action' && row.kind === 'action') got = await runAction(rowKey, row, spec, caller, ctx);
              else if (spec.kind === 'route' && row.kind === 'route') got = await runRoute(spec, caller);
              else throw new Error(`the fixture of ${rowKey} calls a ${spec.kind}, the row is a ${row.kind}`);
            } catch (e) {
              got = { outcome: 'unexpected', detail: `threw: ${(e as Error).message.split('\n')[0]}` };
              auditBefore = -1;
            }
            tally[got.outcome]++;
            if (got.outcome === 'unexpected') {
              diffs.push(`${cell}: expected ${expected[role]}, got an unexpected answer (a fixture or input bug?): ${got.detail}`);
              continue;
            }
            if (process.env.MATRIX_VERBOSE) console.log(`    ${cell}: ${got.outcome} (${got.detail})`);
            if (got.outcome !== expected[role]) diffs.push(`${cell}: expected ${expected[role]}, got ${got.outcome} (${got.detail})`);
            if (got.outcome === 'refuse') {
              const after = db.checksum();
              const changed = Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
              if (changed.length) diffs.push(`${cell}: refused (${got.detail}) but tables changed: ${changed.join(', ')}`);
              if (db.auditMax() !== auditBefore) diffs.push(`${cell}: refused (${got.detail}) but an audit row was written`);
              if (got.logged === false) diffs.push(`${cell}: refused (${got.detail}) but no action.refused line was logged for it`);
            } else if (row.kind === 'action' && !names.get(rowKey)!.isPublic && db.auditMax() <= auditBefore) {
              diffs.push(`${cell}: allowed but no audit row was written`);
            }
          }
        }
        if (process.env.MATRIX_VERBOSE) console.log(`  ${rowKey}: ${Date.now() - rowStarted} ms, ${diffs.length} diffs so far`);
      }
      console.log(
        `authorization matrix: ${tally.allow} allowed, ${tally.refuse} refused, ${tally.unexpected} unexpected, ${diffs.length} differing cells, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(tally.allow + tally.refuse + tally.unexpected, 'every cell ran').toBe(cells);
      expect(diffs, `cells that differ from e2e/authz-expectations.ts:\n${diffs.join('\n')}`).toEqual([]);
    });

    test('with no trusted proxy configured, the login throttle ignores X-Forwarded-For', async ({ playwright }) => {
      const ctx = await playwright.request.newContext();
      const id = actionIds.get('lib/actions/auth.ts#login')!;
      const count = (key: string) =>
        (db.sqlite.prepare('select failures from login_throttle where key = ?').get(key) as { failures: number } | undefined)?.failures ??
        0;
      const before = count('address:127.0.0.1');
      for (let i = 1; i <= 3; i++)
        await postAction(ctx, id, [{ loginId: 'xff-probe', password: `wrong-${i}` }], '/login', {
          'x-forwarded-for': `203.0.113.${i}`,
          'x-real-ip': `203.0.113.${i}`,
          'x-hyoka-peer': `198.51.100.${i}`,
        });
      await ctx.dispose();
      // Every failure counted against the real peer; no key for a forged address, not even the cells' 10.31.x.x.
      expect(count('address:127.0.0.1') - before).toBe(3);
      const forged = db.sqlite.prepare("select key from login_throttle where key like 'address:%' and key <> 'address:127.0.0.1'").all();
      expect(forged).toEqual([]);
      console.log(`authorization matrix: X-Forwarded-For ignored (3 failures counted against the peer 127.0.0.1)`);
    });
  });
});
