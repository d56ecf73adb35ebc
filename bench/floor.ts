// `npm run bench:floor`: the framework's own floor on this machine, for issue 15's ratio targets.
// Builds a bare Next.js app (the same Next, React and Node as Hyoka, nothing of Hyoka's) in
// the system's temporary directory and measures, with the bench's own load generator and 10 connections:
//   /api/health  a plain route handler, as Hyoka's (outside the proxy)
//   /plain       a dynamic page with a small form, no proxy
//   /nonce       the same page behind a proxy that sets a per-request nonce CSP, as Hyoka's
//                proxy.ts does for every page
// and prints each page's req/s, its ratio to /api/health and its cost (1 / req/s): what a page
// with the nonce proxy costs before it renders anything of its own (README, Benchmark).
//   npm run bench:floor -- --duration 10 --port 3210
// Run it alone on the machine: `flock /tmp/hyoka-heavy.lock npm run bench:floor`.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, type LoadResult, settleMs } from './load';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const DURATION = Number(arg('duration', '10'));
const PORT = Number(arg('port', '3210'));
const ROUNDS = 2;
// Outside the project: inside it, Next would take the project's lockfile folder for the app's root.
const APP = path.join(os.tmpdir(), 'hyoka-floor-app');
// The app's own link to Next: the project's path would load a second React beside the app's.
const NEXT_BIN = path.join(APP, 'node_modules/next/dist/bin/next');

const page = `import { connection } from 'next/server';
export default async function Page() {
  await connection();
  return (
    <main>
      <h1>ログイン</h1>
      <form>
        <label>ID <input name="id" autoComplete="username" /></label>
        <label>PW <input name="pw" type="password" autoComplete="current-password" /></label>
        <button type="submit">ログイン</button>
      </form>
    </main>
  );
}
`;

const files: Record<string, string> = {
  'package.json': '{ "name": "floor-app", "private": true }\n',
  'next.config.js': 'module.exports = { poweredByHeader: false };\n',
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['dom', 'esnext'],
      jsx: 'react-jsx',
      module: 'esnext',
      moduleResolution: 'bundler',
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      esModuleInterop: true,
      isolatedModules: true,
    },
    include: ['**/*.ts', '**/*.tsx'],
  }),
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="ja"><body>{children}</body></html>);
}
`,
  'app/plain/page.tsx': page,
  'app/nonce/page.tsx': page,
  'app/api/health/route.ts': `export const dynamic = 'force-dynamic';
export function GET() {
  return new Response('ok', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
`,
  // The nonce part of Hyoka's proxy.ts, for /nonce only.
  'proxy.ts': `import { type NextRequest, NextResponse } from 'next/server';
export default function proxy(req: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'strict-dynamic'";
  const headers = new Headers(req.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('content-security-policy', csp);
  return res;
}
export const config = { matcher: ['/nonce'] };
`,
};

/** The bare app, with the project's node_modules linked in (Next resolves packages only inside its root). */
function writeApp() {
  fs.rmSync(APP, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(APP, name)), { recursive: true });
    fs.writeFileSync(path.join(APP, name), text);
  }
  const modules = path.resolve('node_modules');
  try {
    execFileSync('cp', ['-al', modules, path.join(APP, 'node_modules')], { stdio: 'ignore' });
  } catch {
    execFileSync('cp', ['-a', modules, path.join(APP, 'node_modules')]); // another file system: a copy
  }
}

async function serve(): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${PORT}`;
  const proc = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
    cwd: APP,
    env: { ...process.env, NODE_ENV: 'production' },
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, stop: () => process.kill(-proc.pid!, 'SIGTERM') };
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-proc.pid!, 'SIGKILL');
  throw new Error(`the bare app did not start on ${base}`);
}

async function main() {
  writeApp();
  execFileSync(process.execPath, [NEXT_BIN, 'build'], { cwd: APP, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await serve();
  try {
    const paths = ['/api/health', '/plain', '/nonce'];
    const runs = new Map<string, LoadResult[]>(paths.map((p) => [p, []]));
    for (const p of paths) await load(server.base, { path: p }, 10, 2); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (const p of paths) {
        const r = await load(server.base, { path: p }, 10, DURATION);
        if (r.errors || r.non2xx) throw new Error(`${p}: ${r.errors} errors, ${r.non2xx} non-2xx responses`);
        runs.get(p)!.push(r);
        await new Promise((res) => setTimeout(res, settleMs(r)));
      }
    }
    const rps = (p: string) => Math.max(...runs.get(p)!.map((r) => r.rps));
    const health = rps('/api/health');
    console.log(
      `Framework floor: bare Next.js app, ${os.cpus().length} cores, Node ${process.version}, 10 connections, best of ${ROUNDS} × ${DURATION} s`,
    );
    for (const p of paths)
      console.log(
        `${p.padEnd(12)} ${rps(p).toFixed(1).padStart(8)} req/s  ×/api/health ${(rps(p) / health).toFixed(2)}  ${(1000 / rps(p)).toFixed(2)} ms per request`,
      );
  } finally {
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
