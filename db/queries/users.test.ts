import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/lib/testing/test-db';
import { createAuthSession, getSessionUser, revokeOtherAuthSessions, touchAuthSession } from './users';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());

describe('the session idle limit', () => {
  const user = t.sqlite.prepare("select id, session_version as sv from users where login_id = 'manager'").get() as {
    id: number;
    sv: number;
  };
  const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

  it('refuses a session whose last activity is older than the limit; a touch renews it', () => {
    createAuthSession(t.db, user.id, 'idle-probe');
    t.sqlite.prepare("update auth_sessions set created_at = ? where id = 'idle-probe'").run(iso(40 * 60_000));
    const idleSince = iso(30 * 60_000);
    expect(getSessionUser(t.db, user.id, 'idle-probe', user.sv, idleSince)).toBeNull();
    const touched = iso(29 * 60_000);
    touchAuthSession(t.db, 'idle-probe', touched);
    expect(getSessionUser(t.db, user.id, 'idle-probe', user.sv, idleSince)?.activeAt).toBe(touched);
  });
});

describe('revokeOtherAuthSessions (a password change)', () => {
  const id = (login: string) => (t.sqlite.prepare('select id from users where login_id = ?').get(login) as { id: number }).id;
  const open = (sid: string) =>
    (t.sqlite.prepare('select revoked_at r from auth_sessions where id = ?').get(sid) as { r: string | null }).r === null;

  it("ends the user's other sessions, keeps this one, and leaves other users alone", () => {
    const me = id('staff-hosho');
    for (const sid of ['pw-here', 'pw-laptop', 'pw-phone']) createAuthSession(t.db, me, sid);
    createAuthSession(t.db, id('staff-shien'), 'pw-colleague');
    revokeOtherAuthSessions(t.db, me, 'pw-here');
    expect(['pw-here', 'pw-laptop', 'pw-phone', 'pw-colleague'].map(open)).toEqual([true, false, false, true]);
  });
});
