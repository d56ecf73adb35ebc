import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { createTestDb } from '@/lib/testing/test-db';
import { runSetup } from './first-run';

const ARGS = ['--org', '北の国信用保証協会', '--short', '北の国保証', '--admin', 'kikaku', '--password', 'a-long-password-1'];

describe('npm run setup', () => {
  const t = createTestDb();
  const demo = createTestDb({ demo: true });
  afterAll(() => {
    t.cleanup();
    demo.cleanup();
  });
  const count = (sql: string) => (t.sqlite.prepare(sql).get() as { n: number }).n;

  it('names every missing or bad option and creates nothing', () => {
    const r = runSetup(t.db, ['--org', '', '--admin', 'bad login', '--password', 'short']);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('--org（正式名称）が空です');
    expect(r.message).toContain('--short（略称）を指定してください');
    expect(r.message).toContain('--admin に使えるのは半角英数字');
    expect(r.message).toContain('--password は10文字以上');
    expect(r.message).toContain('使い方：npm run setup');
    expect(runSetup(t.db, [...ARGS, '--colour', 'red']).message).toContain('引数を読めません');
    expect(count('select count(*) as n from organisations')).toBe(0);
    expect(count('select count(*) as n from users')).toBe(0);
  });

  it('creates the organisation and its administrator, who can sign in', async () => {
    const r = runSetup(t.db, ARGS);
    expect(r).toMatchObject({ ok: true });
    const org = t.sqlite.prepare('select name, short_name, self_name, is_demo from organisations').get();
    expect(org).toEqual({ name: '北の国信用保証協会', short_name: '北の国保証', self_name: '当協会', is_demo: 0 });
    const user = t.sqlite.prepare('select login_id, role, display_name, password_hash from users').get() as Record<string, string>;
    expect(user).toMatchObject({ login_id: 'kikaku', role: 'admin', display_name: '管理者' });
    expect(await verifyPassword('a-long-password-1', user.password_hash!)).toBe(true);
  });

  it('refuses to run twice, and on a demo database', () => {
    const again = runSetup(t.db, [...ARGS.slice(0, 5), 'other', '--password', 'another-password']);
    expect(again).toEqual({ ok: false, message: expect.stringContaining('既に組織があります') });
    expect(count('select count(*) as n from users')).toBe(1);
    expect(runSetup(demo.db, ARGS).ok).toBe(false);
  });
});
