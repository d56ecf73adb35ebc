// Starting and stopping the production server the benchmark measures.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';

export type Server = { proc: ChildProcess; base: string; peakRssKb: () => number; stop: () => Promise<void> };

export async function startServer(dbFile: string, port: number): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: dbFile,
      HYOKA_DEMO: '1',
      HYOKA_COUNT_QUERIES: '1',
      AUTH_SECRET: 'bench-only-secret-0123456789abcdef',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const peakRssKb = () => {
    try {
      const status = fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      return Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
      setTimeout(() => proc.kill('SIGKILL'), 5000);
    });
  return { proc, base, peakRssKb, stop };
}

/** Logs in through the real login page in Chromium and returns the Cookie header. */
export async function loginCookie(base: string, loginId: string, password: string): Promise<string> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('ログインID').fill(loginId);
    await page.getByLabel('パスワード').fill(password);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}
