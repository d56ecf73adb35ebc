// `npm start`: prepare the database (migrations; demo data on first start), build when the
// sources changed, then serve on http://127.0.0.1:3000.
//   HYOKA_DEMO=0     production mode: no demo data, AUTH_SECRET required
//   DATABASE_URL     SQLite file (default data/hyoka.db)
//   PORT, HOST       listen address (default 3000, 127.0.0.1)
//   HYOKA_TRUSTED_PROXIES  reverse proxies whose X-Forwarded-For is believed (docs/OPERATIONS.md)
import { spawnSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const demo = process.env.HYOKA_DEMO !== '0';
const env = { ...process.env, HYOKA_DEMO: demo ? '1' : '0', NODE_ENV: 'production' };

if (!env.AUTH_SECRET) {
  if (!demo) {
    console.error('AUTH_SECRET is not set. Production mode refuses to start without a real secret (e.g. `openssl rand -base64 32`).');
    process.exit(1);
  }
  const file = path.join(root, 'data', '.auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
  env.AUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['tsx', demo ? 'scripts/db-seed.ts' : 'scripts/db-migrate.ts']);

function newestMtime(p) {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}
const sources = [
  'app',
  'components',
  'lib',
  'db',
  'i18n',
  'messages',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
];
const built = fs.statSync(path.join(root, '.next', 'BUILD_ID'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (process.env.HYOKA_SKIP_BUILD !== '1' && sources.some((s) => newestMtime(path.join(root, s)) > built)) {
  run('npx', ['next', 'build']);
}

// The peer address of each request, for the login throttle (scripts/peer-address.cjs), and the
// heap's ceiling (scripts/server-options.json; docs/OPERATIONS.md, "Memory"). An operator's
// own NODE_OPTIONS come last, so their --max-old-space-size wins.
const preload = `--require ${JSON.stringify(path.join(root, 'scripts', 'peer-address.cjs'))}`;
const { maxOldSpaceMb, keepAliveTimeoutMs } = JSON.parse(fs.readFileSync(path.join(root, 'scripts', 'server-options.json'), 'utf8'));
const heap = `--max-old-space-size=${maxOldSpaceMb}`;
const serveEnv = { ...env, NODE_OPTIONS: [preload, heap, env.NODE_OPTIONS].filter(Boolean).join(' ') };
// Idle keep-alive connections stay open longer than a proxy's or a client's pool keeps them
// (docs/OPERATIONS.md, "Keep-alive"), so the client is the side that closes: a request never
// lands on a socket the server is closing at that instant.
const listen = ['-H', env.HOST ?? '127.0.0.1', '-p', env.PORT ?? '3000', '--keepAliveTimeout', String(keepAliveTimeoutMs)];
// Next's own entry under this node, not `npx next`: npx and its shell do not pass a SIGTERM on,
// so a `docker stop` or `kill <pid>` of this process would leave the server running, orphaned.
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const server = spawn(process.execPath, [nextBin, 'start', ...listen], {
  stdio: 'inherit',
  env: serveEnv,
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
