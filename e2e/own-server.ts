// A server of a spec's own: `node scripts/start.mjs` on its own port and its own SQLite file,
// for tests that must not touch the shared e2e database (load, concurrency, crash). It is
// started detached, in a process group of its own, so that stop() reaches `next start` too.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { type APIRequestContext, request } from '@playwright/test';
import { callAction, listBuiltActions } from './actions';

export const E2E_AUTH_SECRET = 'e2e-only-secret-not-for-production-0123456789';

export type OwnServer = {
  port: number;
  base: string;
  /** The SQLite file, relative to the project root. */
  dbFile: string;
  pid: number;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  /** Signals the whole process group and waits for the server to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

// Specs run from the project root, as the other e2e helpers assume ('data/e2e.db', '.next/…').
const root = process.cwd();

async function waitForHealth(base: string, child: ChildProcess, timeoutMs: number, output: () => string) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited before it was ready:\n${output()}`);
    if ((await probe(base)) === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server on ${base} was not ready in ${timeoutMs} ms:\n${output()}`);
}

/**
 * The status of one probe of /api/health (0: accepted, no answer; null: nothing listens), on a
 * connection of its own, its answer read to the end and the connection closed.
 * A kept-alive connection, or a response left unread, is a request in flight to the server: its
 * graceful shutdown would wait for it, and keep answering on it.
 */
function probe(base: string): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get(`${base}/api/health`, { agent: false, headers: { connection: 'close' }, timeout: 2_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(res.statusCode ?? 0));
    });
    // Accepted but not answered: still there.
    req.on('timeout', () => {
      resolve(0);
      req.destroy();
    });
    req.on('error', () => resolve(null));
  });
}

/** Whether nothing answers on `base` within `withinMs`. */
export async function portFreed(base: string, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if ((await probe(base)) === null) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Starts the app on `port` with the database `data/<name>.db`. `fresh` (the default) deletes
 * the file and its -wal/-shm first, so the demo data is loaded anew; `fresh: false` reopens
 * what is there (a restart after a crash).
 */
export async function startOwnServer(opts: {
  port: number;
  name: string;
  fresh?: boolean;
  timeoutMs?: number;
  /** false: production mode on an empty database (no demo data), as a real install starts. */
  demo?: boolean;
  /** Extra environment of the server (e.g. its SMTP settings). */
  env?: Record<string, string>;
}): Promise<OwnServer> {
  const dbFile = path.join('data', `${opts.name}.db`);
  const abs = path.join(root, dbFile);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  if (opts.fresh !== false) for (const f of [abs, `${abs}-wal`, `${abs}-shm`]) fs.rmSync(f, { force: true });
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('no .next build: run `npx next build` first');

  const base = `http://127.0.0.1:${opts.port}`;
  // Nothing else may answer on our port: we would test someone else's server.
  if ((await probe(base)) !== null) throw new Error(`port ${opts.port} is already in use`);

  let log = '';
  const child = spawn('node', ['scripts/start.mjs'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      DATABASE_URL: dbFile,
      HYOKA_DEMO: opts.demo === false ? '0' : '1',
      HYOKA_SKIP_BUILD: '1',
      HYOKA_BCRYPT_COST: '4',
      AUTH_SECRET: E2E_AUTH_SECRET,
      HYOKA_COUNT_QUERIES: '',
      // No reverse proxy is trusted: X-Forwarded-For is ignored (the matrix checks it).
      HYOKA_TRUSTED_PROXIES: '',
      ...opts.env,
    },
  });
  // The whole log is kept: readers hold offsets into it (e2e/matrix-server.ts).
  const keep = (chunk: Buffer) => {
    log += chunk.toString();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid!;
  // If the test process goes away without stop() (a killed worker), take the server along.
  const onExit = () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.on('exit', onExit);

  const server: OwnServer = {
    port: opts.port,
    base,
    dbFile,
    pid,
    output: () => log,
    async stop(signal = 'SIGTERM') {
      process.off('exit', onExit);
      const signalGroup = (sig: NodeJS.Signals) => {
        try {
          process.kill(-pid, sig);
        } catch {
          // the group is already gone
        }
      };
      if (child.exitCode === null && child.signalCode === null) {
        signalGroup(signal);
        await exited;
      }
      // The group leader may exit before `next start` below it, and a graceful shutdown waits for
      // requests in flight (a PDF being made): wait until the port is free, then kill what is left.
      if (await portFreed(base, signal === 'SIGKILL' ? 5_000 : 20_000)) return;
      if (signal !== 'SIGKILL') {
        signalGroup('SIGKILL');
        if (await portFreed(base, 5_000)) {
          console.warn(`the server on ${base} did not stop within 20 s of ${signal}; killed. Its last output:\n${log.slice(-2000)}`);
          return;
        }
      }
      throw new Error(`the server on ${base} still answers after ${signal}`);
    },
  };
  try {
    await waitForHealth(base, child, opts.timeoutMs ?? 120_000, () => log);
  } catch (error) {
    await server.stop('SIGKILL').catch(() => undefined);
    throw error;
  }
  return server;
}

/** Signs in through the real login action; the returned context carries that session's cookie. */
export async function loginSession(server: OwnServer, loginId: string, password = 'hyoka-demo-2024'): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: server.base });
  const login = listBuiltActions().find((a) => a.name === 'login');
  if (!login) throw new Error('the login action is not in the build');
  const r = await callAction(api, login.id, [{ loginId, password }], { base: server.base, path: '/login' });
  const cookies = (await api.storageState()).cookies;
  if (!cookies.some((c) => c.name === 'authjs.session-token'))
    throw new Error(`login of ${loginId} failed: HTTP ${r.status} ${r.body.slice(-300)}`);
  return api;
}
