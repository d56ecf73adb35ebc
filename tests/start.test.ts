// `npm start` in production mode refuses to run without a real secret, before touching anything.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start', () => {
  it('refuses production mode without AUTH_SECRET', () => {
    const env = { ...process.env, HYOKA_DEMO: '0', DATABASE_URL: '/nonexistent-dir/never.db' } as NodeJS.ProcessEnv;
    delete env.AUTH_SECRET;
    const r = spawnSync(process.execPath, ['scripts/start.mjs'], { env, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/AUTH_SECRET is not set/);
  });
});
