// Starting and stopping the production server the benchmark measures.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import serverOptions from '../scripts/server-options.json';

export type Server = { proc: ChildProcess; base: string; peakRss: () => { mb: number; processes: number }; stop: () => Promise<void> };

const up = async (base: string) => {
  try {
    return (await fetch(`${base}/api/health`)).ok;
  } catch {
    return false;
  }
};

/** The server process and its descendants (next start may fork a worker). */
function processTree(pid: number): number[] {
  const out = [pid];
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      for (const c of children ? children.split(/\s+/) : []) out.push(...processTree(Number(c)));
    }
  } catch {
    // gone
  }
  return out;
}

export async function startServer(dbFile: string, port: number): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  if (await up(base)) throw new Error(`something already answers on ${base}; the benchmark needs the port to itself`);
  const proc = spawn(
    process.execPath,
    [
      'node_modules/next/dist/bin/next',
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
      '--keepAliveTimeout',
      String(serverOptions.keepAliveTimeoutMs),
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: dbFile,
        HYOKA_DEMO: '1',
        HYOKA_COUNT_QUERIES: '1',
        AUTH_SECRET: 'bench-only-secret-0123456789abcdef',
        // The heap ceiling and keep-alive `npm start` gives the server (scripts/start.mjs), so the bench measures them.
        NODE_OPTIONS: `--max-old-space-size=${serverOptions.maxOldSpaceMb}`,
      },
      // Its own process group, so stop() ends the server and anything it started.
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  let ready = false;
  for (let i = 0; i < 120 && !ready && proc.exitCode === null; i++) {
    ready = await up(base);
    if (!ready) await new Promise((r) => setTimeout(r, 500));
  }
  if (!ready) {
    if (proc.exitCode === null) process.kill(-proc.pid!, 'SIGKILL');
    throw new Error(`the server on ${base} did not start`);
  }
  // Peak resident memory (VmHWM) of each server process; the largest one is the figure.
  const peaks = new Map<number, number>();
  const sample = () => {
    for (const pid of processTree(proc.pid!)) {
      try {
        // The server's own processes, not the Chromium it starts for PDFs.
        if (/chrom/i.test(fs.readFileSync(`/proc/${pid}/comm`, 'utf8'))) continue;
        const kb = Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
        peaks.set(pid, Math.max(peaks.get(pid) ?? 0, kb));
      } catch {
        // gone
      }
    }
  };
  const sampler = setInterval(sample, 1000);
  const peakRss = () => {
    sample();
    return { mb: Math.round(Math.max(0, ...peaks.values()) / 1024), processes: peaks.size };
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      clearInterval(sampler);
      if (proc.exitCode !== null) return resolve();
      const kill = setTimeout(() => process.kill(-proc.pid!, 'SIGKILL'), 5000);
      proc.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      process.kill(-proc.pid!, 'SIGTERM');
    });
  return { proc, base, peakRss, stop };
}

export async function withBrowser<T>(fn: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  try {
    return await fn(await browser.newPage());
  } finally {
    await browser.close();
  }
}

export async function logIn(page: import('playwright-core').Page, base: string, loginId: string, password: string): Promise<string> {
  await page.goto(`${base}/login`);
  await page.getByLabel('ログインID').fill(loginId);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
  const cookies = await page.context().cookies();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** Logs in through the real login page in Chromium and returns the Cookie header. */
export function loginCookie(base: string, loginId: string, password: string): Promise<string> {
  return withBrowser((page) => logIn(page, base, loginId, password));
}

export type CapturedAction = { cookie: string; actionId: string; headers: Record<string, string>; args: unknown[] };

/**
 * Logs in, opens a section page, types into the narrative and captures the autosave request
 * the browser sends (action id, router-state header, arguments), so the load test replays
 * exactly what a browser sends.
 */
export function captureAutosave(base: string, loginId: string, password: string, sectionPath: string): Promise<CapturedAction> {
  return withBrowser(async (page) => {
    const cookie = await logIn(page, base, loginId, password);
    await page.goto(base + sectionPath);
    const request = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined, { timeout: 30_000 });
    await page.locator('#narrative').fill('ベンチの自己評価（ブラウザから）');
    const r = await request;
    await r.response();
    const headers = r.headers();
    const keep = ['next-action', 'next-router-state-tree', 'content-type', 'accept'];
    return {
      cookie,
      actionId: headers['next-action']!,
      headers: Object.fromEntries(keep.filter((k) => headers[k] !== undefined).map((k) => [k, headers[k]!])),
      args: JSON.parse(r.postData() ?? '[]') as unknown[],
    };
  });
}
