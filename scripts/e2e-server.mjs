// The server the e2e suite runs against: a fresh demo database of its own, port 3100.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const db = path.join(root, 'data', 'e2e.db');
for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
const env = {
  ...process.env,
  DATABASE_URL: db,
  HYOKA_DEMO: '1',
  AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
  HYOKA_BCRYPT_COST: '4',
  // The test runner plays the reverse proxy: its X-Forwarded-For is believed here (bad-input's
  // failed logins count against a documentation address, not against 127.0.0.1 for the whole
  // suite). The servers of e2e/own-server.ts trust no proxy.
  HYOKA_TRUSTED_PROXIES: '127.0.0.1',
  PORT: process.env.PORT ?? '3100',
};
const child = spawn('node', ['scripts/start.mjs'], { cwd: root, stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
