import { describe, expect, it } from 'vitest';
import { ABSOLUTE_MS, authConfig, IDLE_SECONDS } from './config';

type Jwt = (p: { token: Record<string, unknown>; user?: unknown }) => Record<string, unknown> | null;
const jwt = authConfig.callbacks.jwt as unknown as Jwt;

describe('session limits', () => {
  it('idles out after 30 minutes (in the database); the cookie lives as long as the absolute limit', () => {
    expect(IDLE_SECONDS).toBe(1800);
    expect(authConfig.session.maxAge).toBe(ABSOLUTE_MS / 1000);
  });

  it('stamps the login time, the session id and version at sign-in', () => {
    const token = jwt({ token: {}, user: { id: '7', sid: 'abc', sv: 3 } })!;
    expect(token).toMatchObject({ uid: 7, sid: 'abc', sv: 3 });
    expect(typeof token.loginAt).toBe('number');
  });

  it('refuses a token older than 12 hours however active it was', () => {
    expect(jwt({ token: { uid: 7, sid: 'abc', sv: 3, loginAt: Date.now() - ABSOLUTE_MS - 1000 } })).toBeNull();
    expect(jwt({ token: { uid: 7, sid: 'abc', sv: 3, loginAt: Date.now() - ABSOLUTE_MS + 60_000 } })).not.toBeNull();
  });

  it('refuses a token without a login time', () => {
    expect(jwt({ token: { uid: 7 } })).toBeNull();
  });
});
